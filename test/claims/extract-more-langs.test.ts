/**
 * Languages added to the lexicons for issue 10's held-out set (Turkish, Dutch, Czech, …): per
 * language, a General Staff day report, a running total, a Russian MoD claim about Ukrainian
 * losses and a hard negative. Sentences written for these tests with the General Staff's figures
 * for 2024-11-12 (712,610 in total, +1,950 that day; tanks +23, armoured vehicles +81,
 * artillery +38).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findNumbers } from '../../src/claims/numbers.ts';
import { expectNone, expectOnly } from './helpers.ts';
import type { Expect } from './helpers.ts';

const GS = 'ua_general_staff';
const OPTS = { published: '2024-11-12' };

interface Case {
  daily: string;
  total: string;
  ruMod: string;
  negatives: readonly string[];
  totalQualifier?: Expect['qualifier'];
}

const DAY: readonly Expect[] = [
  { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 1950 },
  { claimant: GS, subject: 'ru', metric: 'tanks', kind: 'daily', value: 23 },
  { claimant: GS, subject: 'ru', metric: 'afv', kind: 'daily', value: 81 },
  { claimant: GS, subject: 'ru', metric: 'artillery', kind: 'daily', value: 38 },
];
const TOTAL: Expect = { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 712610 };
const RU_MOD: Expect = { claimant: 'ru_mod', subject: 'ua', metric: 'personnel', kind: 'daily', value: 1400 };

const CASES: Record<string, Case> = {
  Turkish: {
    daily: "Ukrayna Genelkurmay Başkanlığı, Rusya'nın son 24 saatte 1950 asker, 23 tank, 81 zırhlı araç ve 38 topçu sistemi kaybettiğini açıkladı.",
    total: 'Ukrayna Genelkurmay Başkanlığına göre savaşın başından bu yana Rus ordusu toplam 712.610 asker kaybetti.',
    ruMod: 'Rusya Savunma Bakanlığı, Ukrayna ordusunun son 24 saatte 1.400 asker kaybettiğini iddia etti.',
    negatives: ["Almanya, Ukrayna'ya 1.500 asker ve 20 tank gönderileceğini açıkladı.", 'Rusya ve Ukrayna, 150 esiri takas etti.'],
  },
  Dutch: {
    daily: 'Volgens de Oekraïense generale staf verloor Rusland in de afgelopen 24 uur 1950 militairen, 23 tanks, 81 gepantserde gevechtsvoertuigen en 38 artilleriesystemen.',
    total: 'Sinds het begin van de grootschalige invasie heeft Rusland volgens de generale staf in Kiev 712.610 militairen verloren.',
    ruMod: 'Het Russische ministerie van Defensie meldt dat het Oekraïense leger in het afgelopen etmaal 1400 militairen heeft verloren.',
    negatives: ['Nederland levert Oekraïne 20 tanks en traint 1500 Oekraïense soldaten.', 'Rusland en Oekraïne hebben 150 krijgsgevangenen uitgewisseld.'],
  },
  Czech: {
    daily: 'Podle ukrajinského generálního štábu přišlo Rusko za uplynulý den o 1950 vojáků, 23 tanků, 81 obrněných bojových vozidel a 38 dělostřeleckých systémů.',
    total: 'Ztráty ruské armády od začátku invaze dosáhly podle generálního štábu 712 610 vojáků.',
    ruMod: 'Ruské ministerstvo obrany tvrdí, že ukrajinská armáda za uplynulých 24 hodin ztratila 1400 vojáků.',
    negatives: ['Česko pošle Ukrajině 20 tanků a vycvičí 1500 ukrajinských vojáků.', 'Rusko a Ukrajina si vyměnily 150 zajatců.'],
  },
  Slovak: {
    daily: 'Podľa ukrajinského generálneho štábu prišlo Rusko za uplynulý deň o 1950 vojakov, 23 tankov, 81 obrnených bojových vozidiel a 38 delostreleckých systémov.',
    total: 'Straty ruskej armády od začiatku invázie dosiahli podľa generálneho štábu 712 610 vojakov.',
    ruMod: 'Ruské ministerstvo obrany tvrdí, že ukrajinská armáda za uplynulých 24 hodín stratila 1400 vojakov.',
    negatives: ['Slovensko pošle Ukrajine 20 tankov a vycvičí 1500 ukrajinských vojakov.', 'Rusko a Ukrajina si vymenili 150 zajatcov.'],
  },
  Bulgarian: {
    daily: 'Генералният щаб на ВСУ съобщи, че за последното денонощие руската армия е загубила 1950 военнослужещи, 23 танка, 81 бойни бронирани машини и 38 артилерийски системи.',
    total: 'Общите загуби на Русия от началото на инвазията достигат 712 610 военнослужещи, според Генералния щаб в Киев.',
    ruMod: 'Руското министерство на отбраната заяви, че украинската армия е загубила 1400 военнослужещи за последното денонощие.',
    negatives: ['България ще изпрати на Украйна 20 танка и ще обучи 1500 украински войници.', 'Русия и Украйна размениха 150 военнопленници.'],
  },
  Hungarian: {
    daily: 'Az ukrán vezérkar szerint az orosz hadsereg az elmúlt 24 órában 1950 katonát, 23 harckocsit, 81 páncélozott harcjárművet és 38 tüzérségi rendszert veszített.',
    total: 'Az ukrán vezérkar szerint a háború kezdete óta összesen 712 610 katonát veszített az orosz hadsereg.',
    ruMod: 'Az orosz védelmi minisztérium közölte, hogy az ukrán hadsereg az elmúlt 24 órában 1400 katonát veszített.',
    negatives: ['Magyarország nem küld 20 harckocsit Ukrajnának, de 1500 ukrán katonát kiképeznek Németországban.', 'Oroszország és Ukrajna 150 hadifoglyot cserélt ki.'],
  },
  Lithuanian: {
    daily: 'Ukrainos generalinis štabas praneša, kad per pastarąją parą Rusija neteko 1950 karių, 23 tankų, 81 šarvuotos kovos mašinos ir 38 artilerijos sistemų.',
    total: 'Ukrainos generalinio štabo duomenimis, nuo plataus masto invazijos pradžios Rusija neteko 712 610 karių.',
    ruMod: 'Rusijos gynybos ministerija teigia, kad Ukrainos kariuomenė per pastarąją parą neteko 1400 karių.',
    negatives: ['Lietuva perduos Ukrainai 20 tankų ir apmokys 1500 Ukrainos karių.', 'Rusija ir Ukraina apsikeitė 150 belaisvių.'],
  },
  Latvian: {
    daily: 'Ukrainas Bruņoto spēku ģenerālštābs ziņo, ka pēdējās diennakts laikā Krievija zaudējusi 1950 karavīrus, 23 tankus, 81 bruņumašīnu un 38 artilērijas sistēmas.',
    total: 'Kopš pilna mēroga iebrukuma sākuma Krievija zaudējusi 712 610 karavīrus, ziņo Ukrainas ģenerālštābs.',
    ruMod: 'Krievijas aizsardzības ministrija apgalvo, ka Ukrainas armija pēdējās diennakts laikā zaudējusi 1400 karavīrus.',
    negatives: ['Latvija nodos Ukrainai 20 tankus un apmācīs 1500 Ukrainas karavīrus.', 'Krievija un Ukraina apmainījās ar 150 gūstekņiem.'],
  },
  Swedish: {
    daily: 'Enligt den ukrainska generalstaben har Ryssland under det senaste dygnet förlorat 1950 soldater, 23 stridsvagnar, 81 pansrade stridsfordon och 38 artillerisystem.',
    total: 'Sedan invasionens början har Ryssland förlorat totalt 712 610 soldater, uppger generalstaben i Kiev.',
    ruMod: 'Ryska försvarsministeriet hävdar att den ukrainska armén förlorat 1400 soldater under det senaste dygnet.',
    negatives: ['Sverige skickar 20 stridsvagnar till Ukraina och utbildar 1500 ukrainska soldater.', 'Ryssland och Ukraina utväxlade 150 krigsfångar.'],
  },
  Norwegian: {
    daily: 'Ifølge den ukrainske generalstaben har Russland det siste døgnet mistet 1950 soldater, 23 stridsvogner, 81 pansrede kjøretøy og 38 artillerisystemer.',
    total: 'Siden starten av fullskalainvasjonen har Russland mistet totalt 712 610 soldater, ifølge generalstaben i Kyiv.',
    ruMod: 'Det russiske forsvarsdepartementet hevder at den ukrainske hæren har mistet 1400 soldater det siste døgnet.',
    negatives: ['Norge sender 20 stridsvogner til Ukraina og trener 1500 ukrainske soldater.', 'Russland og Ukraina utvekslet 150 krigsfanger.'],
  },
  Danish: {
    daily: 'Ifølge den ukrainske generalstab har Rusland i løbet af det seneste døgn mistet 1950 soldater, 23 kampvogne, 81 pansrede kampkøretøjer og 38 artillerisystemer.',
    total: 'Siden invasionens begyndelse har Rusland mistet i alt 712 610 soldater, oplyser generalstaben i Kyiv.',
    ruMod: 'Det russiske forsvarsministerium hævder, at den ukrainske hær har mistet 1400 soldater i løbet af det seneste døgn.',
    negatives: ['Danmark sender 20 kampvogne til Ukraine og træner 1500 ukrainske soldater.', 'Rusland og Ukraine udvekslede 150 krigsfanger.'],
  },
  Finnish: {
    daily: 'Ukrainan asevoimien pääesikunnan mukaan Venäjä on menettänyt viimeisen vuorokauden aikana 1950 sotilasta, 23 panssarivaunua, 81 panssaroitua taisteluajoneuvoa ja 38 tykistöjärjestelmää.',
    total: 'Pääesikunnan mukaan Venäjä on menettänyt hyökkäyksen alusta lähtien yhteensä 712 610 sotilasta.',
    ruMod: 'Venäjän puolustusministeriö väittää, että Ukrainan armeija menetti viimeisen vuorokauden aikana 1400 sotilasta.',
    negatives: ['Suomi lähettää Ukrainalle 20 panssarivaunua ja kouluttaa 1500 ukrainalaista sotilasta.', 'Venäjä ja Ukraina vaihtoivat 150 sotavankia.'],
  },
  Arabic: {
    daily: 'أعلنت هيئة الأركان العامة للقوات المسلحة الأوكرانية أن الجيش الروسي خسر خلال الساعات الـ24 الماضية 1950 جنديا و23 دبابة و81 مركبة قتالية مدرعة و38 نظام مدفعية.',
    total: 'وبحسب هيئة الأركان الأوكرانية، ارتفعت خسائر الجيش الروسي منذ بداية الحرب إلى نحو 712 ألفا و610 جنود.',
    ruMod: 'قالت وزارة الدفاع الروسية إن الجيش الأوكراني خسر 1400 جندي خلال الساعات الـ24 الماضية.',
    totalQualifier: 'about',
    negatives: ['أعلنت ألمانيا إرسال 20 دبابة إلى أوكرانيا وتدريب 1500 جندي أوكراني.', 'تبادلت روسيا وأوكرانيا 150 أسيرا.'],
  },
  Greek: {
    daily: 'Σύμφωνα με το Γενικό Επιτελείο των Ενόπλων Δυνάμεων της Ουκρανίας, η Ρωσία έχασε το τελευταίο 24ωρο 1.950 στρατιώτες, 23 άρματα μάχης, 81 τεθωρακισμένα οχήματα μάχης και 38 συστήματα πυροβολικού.',
    total: 'Από την αρχή της εισβολής η Ρωσία έχει χάσει συνολικά 712.610 στρατιώτες, σύμφωνα με το ουκρανικό Γενικό Επιτελείο.',
    ruMod: 'Το ρωσικό υπουργείο Άμυνας ισχυρίζεται ότι ο ουκρανικός στρατός έχασε 1.400 στρατιώτες τις τελευταίες 24 ώρες.',
    negatives: ['Η Ελλάδα θα στείλει στην Ουκρανία 20 άρματα μάχης και θα εκπαιδεύσει 1.500 Ουκρανούς στρατιώτες.', 'Η Ρωσία και η Ουκρανία αντάλλαξαν 150 αιχμαλώτους πολέμου.'],
  },
  'Croatian and Serbian (Latin)': {
    daily: 'Prema podacima Glavnog stožera ukrajinske vojske, Rusija je u posljednja 24 sata izgubila 1950 vojnika, 23 tenka, 81 oklopno borbeno vozilo i 38 topničkih sustava.',
    total: 'Generalštab Oružanih snaga Ukrajine saopštio je da je Rusija od početka invazije izgubila ukupno 712.610 vojnika.',
    ruMod: 'Rusko ministarstvo odbrane tvrdi da je ukrajinska vojska u protekla 24 časa izgubila 1400 vojnika.',
    negatives: ['Hrvatska će Ukrajini isporučiti 20 tenkova i obučiti 1500 ukrajinskih vojnika.', 'Rusija i Ukrajina razmijenile su 150 zarobljenika.'],
  },
  Slovenian: {
    daily: 'Po podatkih generalštaba ukrajinske vojske je Rusija v zadnjih 24 urah izgubila 1950 vojakov, 23 tankov, 81 oklepnih bojnih vozil in 38 artilerijskih sistemov.',
    total: 'Od začetka invazije je Rusija po navedbah generalštaba skupno izgubila 712.610 vojakov.',
    ruMod: 'Rusko obrambno ministrstvo trdi, da je ukrajinska vojska v zadnjih 24 urah izgubila 1400 vojakov.',
    negatives: ['Slovenija bo Ukrajini poslala 20 tankov in usposobila 1500 ukrajinskih vojakov.', 'Rusija in Ukrajina sta izmenjali 150 vojnih ujetnikov.'],
  },
  Estonian: {
    daily: 'Ukraina kindralstaabi andmetel kaotas Venemaa viimase ööpäeva jooksul 1950 sõdurit, 23 tanki, 81 soomukit ja 38 suurtükisüsteemi.',
    total: 'Ukraina kindralstaabi teatel on Venemaa sõja algusest alates kaotanud kokku 712 610 sõdurit.',
    ruMod: 'Venemaa kaitseministeerium väidab, et Ukraina armee kaotas viimase ööpäeva jooksul 1400 sõdurit.',
    negatives: ['Eesti saadab Ukrainale 20 tanki ja koolitab 1500 Ukraina sõdurit.', 'Venemaa ja Ukraina vahetasid 150 sõjavangi.'],
  },
  'Serbian (Cyrillic)': {
    daily: 'Генералштаб Оружаних снага Украјине саопштио је да је Русија у протекла 24 сата изгубила 1950 војника, 23 тенка, 81 оклопно борбено возило и 38 артиљеријских система.',
    total: 'Према подацима Генералштаба, Русија је од почетка инвазије изгубила укупно 712.610 војника.',
    ruMod: 'Руско министарство одбране тврди да је украјинска војска у протекла 24 сата изгубила 1400 војника.',
    negatives: ['Србија неће слати Украјини 20 тенкова, а Немачка ће обучити 1500 украјинских војника.', 'Русија и Украјина размениле су 150 заробљеника.'],
  },
  Indonesian: {
    daily: 'Menurut Staf Umum Angkatan Bersenjata Ukraina, Rusia kehilangan 1.950 tentara, 23 tank, 81 kendaraan tempur lapis baja, dan 38 sistem artileri dalam 24 jam terakhir.',
    total: 'Sejak awal invasi, Rusia telah kehilangan 712.610 tentara, menurut Staf Umum Ukraina.',
    ruMod: 'Kementerian Pertahanan Rusia mengklaim militer Ukraina kehilangan 1.400 tentara dalam 24 jam terakhir.',
    negatives: ['Jerman akan mengirim 20 tank ke Ukraina dan melatih 1.500 tentara Ukraina.', 'Rusia dan Ukraina bertukar 150 tawanan perang.'],
  },
  Hindi: {
    daily: 'यूक्रेन के जनरल स्टाफ के अनुसार, पिछले 24 घंटों में रूस ने 1,950 सैनिक, 23 टैंक, 81 बख्तरबंद वाहन और 38 तोपखाना प्रणालियाँ खो दीं।',
    total: 'यूक्रेन के जनरल स्टाफ के अनुसार, युद्ध की शुरुआत से अब तक रूस के कुल 7,12,610 सैनिक मारे गए हैं।',
    ruMod: 'रूस के रक्षा मंत्रालय ने दावा किया कि पिछले 24 घंटों में यूक्रेनी सेना के 1,400 सैनिक मारे गए।',
    negatives: ['जर्मनी यूक्रेन को 20 टैंक भेजेगा और 1,500 यूक्रेनी सैनिकों को प्रशिक्षण देगा।', 'रूस और यूक्रेन ने 150 युद्धबंदियों की अदला-बदली की।'],
  },
  Vietnamese: {
    daily: 'Theo Bộ Tổng tham mưu Ukraine, trong 24 giờ qua Nga mất 1.950 binh sĩ, 23 xe tăng, 81 xe chiến đấu bọc thép và 38 hệ thống pháo.',
    total: 'Theo Bộ Tổng tham mưu Ukraine, kể từ đầu cuộc chiến Nga đã mất tổng cộng 712.610 binh sĩ.',
    ruMod: 'Bộ Quốc phòng Nga tuyên bố quân đội Ukraine mất 1.400 binh sĩ trong 24 giờ qua.',
    negatives: ['Đức sẽ gửi 20 xe tăng cho Ukraine và huấn luyện 1.500 binh sĩ Ukraine.', 'Nga và Ukraine trao đổi 150 tù binh.'],
  },
};

for (const [language, c] of Object.entries(CASES)) {
  describe(language, () => {
    test('a General Staff day report: personnel and equipment, daily', () => {
      expectOnly(c.daily, OPTS, ...DAY);
    });
    test('the running total since the invasion', () => {
      expectOnly(c.total, OPTS, c.totalQualifier ? { ...TOTAL, qualifier: c.totalQualifier } : TOTAL);
    });
    test("the Russian MoD on Ukraine's losses", () => {
      expectOnly(c.ruMod, OPTS, RU_MOD);
    });
    test('hard negatives: aid, training, exchanges give no claim', () => {
      for (const n of c.negatives) expectNone(n, OPTS);
    });
  });
}

test('scale abbreviations after digits: "712 tis." (cs/sk)', () => {
  assert.deepEqual(findNumbers('přesáhly 712 tis. vojáků').map((n) => n.value), [712000]);
});

test('numbers written in parts: "712 bin 610", "712 ألفا و610", "مليون و77 ألفا و830"', () => {
  assert.deepEqual(findNumbers('kayıpları 712 bin 610 askere ulaştı').map((n) => n.value), [712610]);
  assert.deepEqual(findNumbers('1 milyon 77 bin 830 asker').map((n) => n.value), [1077830]);
  assert.deepEqual(findNumbers('إلى نحو 712 ألفا و610 جنود').map((n) => n.value), [712610]);
  assert.deepEqual(findNumbers('إلى نحو مليون و77 ألفا و830 فردا').map((n) => n.value), [1077830]);
  // The Arabic "and" glued to a figure is no model code.
  assert.deepEqual(findNumbers('1950 جنديا و23 دبابة').map((n) => n.value), [1950, 23]);
  // A thousand figure followed by a separate count stays two numbers.
  assert.deepEqual(findNumbers('11 bin, 23 tank').map((n) => n.value), [11000, 23]);
});

describe('Arabic phrasing', () => {
  test('"اعترفت روسيا بمقتل …": Moscow admits its own dead; a vowel mark inside "أُصيب"', () => {
    expectOnly(
      'اعترفت روسيا بمقتل 1351 جنديًا، منذ بداية غزو أوكرانيا قبل شهر، فيما أُصيب 3825 بجروح.',
      { published: '2022-03-25' },
      { claimant: 'ru_mod', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 1351 },
      { claimant: 'ru_mod', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 3825 },
    );
  });

  test('"ما بين 7000 و 15000": a range at its lower end, NATO\'s and not Moscow\'s from the sentence before', () => {
    expectOnly(
      'اعترفت موسكو بمقتل 1351 جنديًا. وقدّر مسؤول عسكري في الناتو أن ما بين 7000 و 15000 جندي روسي قتلوا حتى الآن.',
      { published: '2022-03-25' },
      { claimant: 'ru_mod', subject: 'ru', metric: 'personnel', value: 1351 },
      { claimant: 'other', subject: 'ru', metric: 'personnel', value: 7000 },
    );
  });
});

test('Indian digit grouping: "7,12,610" is 712,610; "1,950" and "12,610" stay as they were', () => {
  assert.deepEqual(findNumbers('कुल 7,12,610 सैनिक').map((n) => n.value), [712610]);
  assert.deepEqual(findNumbers('lost 1,950 and 12,610 troops').map((n) => n.value), [1950, 12610]);
});

test('Vietnamese "binh" (soldier) after a figure is no Turkish "bin" (thousand)', () => {
  assert.deepEqual(findNumbers('mất 1.950 binh sĩ').map((n) => n.value), [1950]);
  assert.deepEqual(findNumbers('mất 11 binh sĩ').map((n) => n.value), [11]);
  assert.deepEqual(findNumbers('11 binden fazla').map((n) => n.value), [11000]);
});
