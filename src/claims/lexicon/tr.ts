/** Turkish: AA, TRT and news sites quoting the Ukrainian General Staff, Moscow and London. Suffixes ride on the stems ("askerini", "tankı"). */
import type { Lexicon } from './types.ts';

export const TR: Lexicon = {
  lang: 'tr',
  loss: ['kaybet\\p{L}*|kaybı\\p{L}*|kayıp\\p{L}*|kayıpları\\p{L}*|öldürül\\p{L}*|öldür\\p{L}*|yaralan\\p{L}*|imha edil\\p{L}*|imha et\\p{L}*|etkisiz hale getiril\\p{L}*|etkisiz hale getir\\p{L}*|hayatını kaybet\\p{L}*|can ver\\p{L}*|düşürül\\p{L}*|vurul\\p{L}*'],
  notALoss: ['seferber\\p{L}*|konuşlandırıl\\p{L}*|takas\\p{L}*|esir\\p{L}*|tutsak\\p{L}*|sivil\\p{L}*|yardım\\p{L}*|gönderil\\p{L}*|askere alın\\p{L}*'],
  forecast: ['kaybedebilir|kaybedecek\\p{L}*|kaybetmesi bekleniyor|tahmin edil\\p{L}*'],
  combined: ['her iki taraf\\p{L}*|iki ordu\\p{L}*'],
  side: { ru: 'rusya|rusya\\p{L}+|ruslar\\p{L}*|rusların|moskova', ua: 'ukraynalı\\p{L}*', enemy: 'düşman\\p{L}*' },
  military: ['ordu\\p{L}*|asker\\p{L}*|silahlı kuvvetler\\p{L}*|cephe\\p{L}*|savaş\\p{L}*|personel\\p{L}*'],
  metrics: [
    ['personnel', 'loss', 'ölü ve yaralı|ölü veya yaralı|kayıp|ölü|yaralı'],
    ['personnel', 'troops', 'asker\\p{L}*|personel\\p{L}*|savaşçı\\p{L}*|işgalci\\p{L}*'],
    // "kişi" is a person: soldiers only in a military sentence ("Saldırıda 5 kişi hayatını kaybetti" are civilians).
    ['personnel', 'people', 'kişi\\p{L}*'],
    ['afv', 'equipment', 'zırhlı (?:savaş |muharebe |personel )?ara[çc]\\p{L}*|zırhlı taşıyıcı\\p{L}*'],
    ['tanks', 'equipment', 'tank(?:ı|ını|ın|lar\\p{L}*)?'],
    ['artillery', 'equipment', 'topçu (?:sistem\\p{L}*|silah\\p{L}*)|top(?:çu)?\\p{L}{0,3} sistem\\p{L}*|obüs\\p{L}*|top(?=,| ve )'],
    ['mlrs', 'equipment', 'çok namlulu roketatar\\p{L}*|roketatar\\p{L}*|çoklu roket (?:atar\\p{L}*|sistem\\p{L}*)|çoklu fırlatma roket sistem\\p{L}*'],
    ['air_defense', 'equipment', 'hava savunma (?:sistem\\p{L}*|araç\\p{L}*)|hava savunma'],
    ['aircraft', 'equipment', 'uçağ\\p{L}*|uçak|savaş uça\\p{L}*'],
    ['helicopters', 'equipment', 'helikopter\\p{L}*'],
    ['uav', 'equipment', '[iİ]ha\\p{L}*|insansız hava ara[çc]\\p{L}*|drone\\p{L}*|dron\\p{L}*'],
    ['cruise_missiles', 'equipment', 'seyir füze\\p{L}*|kruz füze\\p{L}*'],
    ['ships', 'equipment', 'gemi\\p{L}*|tekne\\p{L}*|bot(?:u|lar\\p{L}*)'],
    ['vehicles_fuel_tanks', 'equipment', 'ara[çc] ve yakıt tank\\p{L}*|askeri ara[çc]\\p{L}*|yakıt tank\\p{L}*|kamyon\\p{L}*|ara[çc]\\p{L}*'],
    ['special_equipment', 'equipment', 'özel (?:teçhizat\\p{L}*|ekipman\\p{L}*|araç\\p{L}*)'],
  ],
  fillers: ['rus', 'ukraynalı', 'düşman', 'imha', 'edilen', 'yeni', 'adet', 'daha', 'kendi'],
  functionAfter: ['içinde', 'sadece', 'yalnızca', 'günde', 'günlük', 'karşı'],
  units: {
    'bir': 1, 'iki': 2, 'üç': 3, 'dört': 4, 'beş': 5, 'altı': 6, 'yedi': 7, 'sekiz': 8, 'dokuz': 9,
    'yirmi': 20, 'otuz': 30, 'kırk': 40, 'elli': 50, 'altmış': 60, 'yetmiş': 70, 'seksen': 80, 'doksan': 90, 'yüz': 100, 'yarım': 0.5,
  },
  scales: { 'milyon': 1_000_000 },
  digitScales: { 'milyon': 1_000_000 },
  qualifiers: {
    atLeast: ['en az', 'asgari'],
    about: ['yaklaşık', 'tahminen', 'neredeyse'],
  },
  kind: {
    daily: ['geçtiğimiz gün|geçtiğimiz 24 saatte|son 24 saatte|son yirmi dört saatte|son bir günde|bir günde|dün|aynı gün|tek bir günde|günlük kayıp\\p{L}*'],
    average: ['ortalama|günde ortalama|her gün|günlük ortalama|gün başına'],
    cumulative: ["savaşın başından bu yana|işgalin başından bu yana|(?:tam ölçekli )?işgalin başlangıcından bu yana|24 şubat 2022'den bu yana|şubat 2022'den bu yana|toplamda|toplam"],
    period: [
      // One battle's toll: its window, of unstated length.
      ['[\\p{Lu}][\\p{L}-]+ (?:savaşında|muharebesinde)', null],
      ['geçen ay|son bir ayda|bir ayda|bu ay', 30],
      ['geçen hafta|son bir haftada|bir haftada|bu hafta', 7],
      ['geçen yıl|bir yılda|son bir yılda', 365],
      ['aynı dönemde|bu dönemde|bu süre(?: zarfında| içinde)', null],
    ],
  },
  claimants: [
    ['ua_general_staff', 'org', "ukrayna (?:silahlı kuvvetleri )?genelkurmay\\p{L}*|ukrayna savunma bakanlığı\\p{L}*|genelkurmay başkanlığı\\p{L}*"],
    ['ru_mod', 'org', "rusya savunma bakanlığı\\p{L}*|rus savunma bakanlığı\\p{L}*|rusya(?:'nın)? savunma bakan\\p{L}*"],
    ['uk_mod', 'org', '[iİ]ngiliz (?:savunma bakanlığı\\p{L}*|istihbarat\\p{L}*)|[iİ]ngiltere savunma bakanlığı\\p{L}*'],
    ['us', 'org', 'abd(?:li)? yetkililer\\p{L}*|abd savunma bakanlığı\\p{L}*|abd istihbarat\\p{L}*'],
    ['ru_mod', 'country', 'moskova|rus ordusu'],
    ['ua_general_staff', 'country', 'ukrayna silahlı kuvvetleri|ukrayna ordusu'],
  ],
  months: ['ocak', 'şubat', 'mart', 'nisan', 'mayıs', 'haziran', 'temmuz', 'ağustos', 'eylül', 'ekim', 'kasım', 'aralık'],
  weekdays: ['pazar', 'pazartesi', 'salı', 'çarşamba', 'perşembe', 'cuma', 'cumartesi'],
  speech: ['açıkladı|açıklamasında|bildirdi|bildiriyor|duyurdu|ifade etti|belirtti|kaydetti|iddia etti|öne sürdü|aktardı|paylaştı|dedi|tahmin ediyor'],
  sameNoun: ['bunların|bunlardan'],
};
