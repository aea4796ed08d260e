/**
 * Eleventh round, Ukrainian coverage of commanders, sector spokesmen and monthly summaries: phrasings
 * seen in real articles, in sentences written for these tests (figures of the shape such reports give:
 * a southern spokesman's day, a sector's month as a table of "label – figure" rows, the ministry's month
 * as a list under a colon, a commander's stretch that runs on past his quote).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractClaims } from '../../src/claims/extract.ts';
import { expectClaims } from './helpers.ts';

const GS = 'ua_general_staff';
const O = 'ua_other';

describe('a sector spokesman speaks for his sector (ua_other), by title or by name', () => {
  test('"речник Сил оборони півдня"', () => {
    expectClaims(
      'За минулу добу на півдні України знищено 95 окупантів, повідомив речник Сил оборони півдня Дмитро Плетенчук.',
      { published: '2024-04-30', lang: 'uk' },
      { claimant: O, subject: 'ru', metric: 'personnel', kind: 'daily', value: 95 },
    );
  });
  test('"представник Східного угруповання військ ЗСУ": the army named after the grouping is no second speaker', () => {
    expectClaims(
      'Про це в ефірі телемарафону розповів представник Східного угруповання військ ЗСУ. За добу на Бахмутському напрямку ворог втратив 144 військових убитими.',
      { published: '2022-12-29', lang: 'uk' },
      { claimant: O, subject: 'ru', metric: 'personnel', kind: 'daily', value: 144 },
    );
  });
  test('"речник Державної прикордонної служби"', () => {
    expectClaims(
      'Під час спроби прориву кордону прикордонники ліквідували 34 окупанти, розповів речник Державної прикордонної служби.',
      { published: '2025-06-10', lang: 'uk' },
      { claimant: O, subject: 'ru', metric: 'personnel', value: 34 },
    );
  });
  test('the spokespeople most quoted, named in Cyrillic ("За словами Череватого")', () => {
    expectClaims(
      'За словами Череватого, за добу на Бахмутському напрямку ворог втратив 121 військового убитими.',
      { published: '2023-01-20', lang: 'uk' },
      { claimant: O, subject: 'ru', metric: 'personnel', kind: 'daily', value: 121 },
    );
  });
  test('the General Staff\'s spokesman still speaks for the General Staff', () => {
    expectClaims(
      'За даними Генштабу, за минулу добу російська армія втратила 1 140 військових, повідомив речник Генштабу.',
      { published: '2024-05-10', lang: 'uk' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 1140 },
    );
  });
});

describe("Washington's envoy in Ukrainian", () => {
  test('"спецпредставник Трампа Кіт Келлог" is the US', () => {
    expectClaims(
      'Спецпредставник Трампа Кіт Келлог вважає, що втрати росіян убитими та пораненими перевищують мільйон осіб.',
      { published: '2025-09-19', lang: 'uk' },
      { claimant: 'us', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 1_000_000, qualifier: 'more_than' },
    );
  });
});

describe('a war long over', () => {
  test('Soviet troops at Stalingrad are no claim, this war\'s figure beside them is', () => {
    const claims = extractClaims(
      'Генштаб повідомляє, що від початку вторгнення Росія втратила 1 100 000 військових. Під час Сталінградської битви радянські війська втратили близько 480 тисяч загиблими.',
      { published: '2025-09-19', lang: 'uk' },
    );
    assert.deepEqual(claims.map((c) => c.value), [1_100_000]);
  });
});

describe('a sector\'s month as rows of a label and its figure', () => {
  const text = [
    'Російська армія за вересень втратила 19 870 військовослужбовців на Східному напрямку, повідомив речник ОСУВ «Дніпро».',
    '',
    'За його даними, втрати росіян у техніці за місяць склали:',
    '',
    'танки – 37;',
    '',
    'гелікоптери – один;',
    '',
    'протитанкові засоби – три;',
    '',
    'реактивні системи залпового вогню – 15;',
    '',
    'пункти управління БПЛА – 310;',
    '',
    'склади боєприпасів – 40.',
  ].join('\n');
  test('each row in the heading\'s window, past a row spelt in words and one whose label is no class', () => {
    expectClaims(
      text,
      { published: '2024-10-02', lang: 'uk' },
      { claimant: O, metric: 'personnel', kind: 'period', value: 19870 },
      { claimant: O, metric: 'tanks', kind: 'period', value: 37 },
      { claimant: O, metric: 'helicopters', kind: 'period', value: 1 },
      { claimant: O, metric: 'mlrs', kind: 'period', value: 15 },
      { claimant: O, metric: 'other', kind: 'period', value: 40 },
    );
  });
  test('drone control posts are kit of another kind, not drones', () => {
    const claims = extractClaims(text, { published: '2024-10-02', lang: 'uk' });
    assert.ok(claims.some((c) => c.value === 310 && c.metric === 'other'));
    assert.ok(!claims.some((c) => c.metric === 'uav'));
  });
});

describe('a month\'s rate: "на місяць", "кожного місяця"', () => {
  test('"втрачає 30 000–35 000 військових на місяць" is a monthly average at its lower end', () => {
    expectClaims(
      'Президент України Володимир Зеленський заявив, що зараз Росія втрачає 30 000–35 000 військових на місяць.',
      { published: '2026-02-19', lang: 'uk' },
      { claimant: O, subject: 'ru', metric: 'personnel', kind: 'average', periodDays: 30, value: 30000 },
    );
  });
  test('"кожного місяця втрачає щонайменше 40 000"', () => {
    expectClaims(
      'За словами Зеленського, Росія кожного місяця втрачає щонайменше 40 000 солдатів.',
      { published: '2026-02-19', lang: 'uk' },
      { claimant: O, subject: 'ru', metric: 'personnel', kind: 'average', periodDays: 30, value: 40000, qualifier: 'at_least' },
    );
  });
  test('"за місяць" stays one month\'s figure', () => {
    expectClaims(
      'За словами Зеленського, за місяць Сили оборони ліквідували 26 000 окупантів.',
      { published: '2025-11-07', lang: 'uk' },
      { claimant: O, subject: 'ru', metric: 'personnel', kind: 'period', periodDays: 30, value: 26000 },
    );
  });
});

describe('the ministry\'s month as a list under a colon', () => {
  test('lines closed by semicolons go on in the heading\'s window; "військової автомобільної техніки" are vehicles', () => {
    expectClaims(
      [
        'Загальна кількість вбитих і поранених окупантів за серпень склала 27 400 осіб, повідомило Міністерство оборони України.',
        '',
        'Крім того, лише за один місяць було:',
        '',
        'знищено та пошкоджено 1 150 артилерійських систем;',
        '',
        'виведено з ладу 3 210 одиниць військової автомобільної техніки та автоцистерн;',
        '',
        'знищено 74 танки та 140 бронемашин.',
      ].join('\n'),
      { published: '2025-09-02', lang: 'uk' },
      { claimant: GS, metric: 'personnel', kind: 'period', value: 27400 },
      { claimant: GS, metric: 'artillery', kind: 'period', value: 1150 },
      { claimant: GS, metric: 'vehicles_fuel_tanks', kind: 'period', value: 3210 },
      { claimant: GS, metric: 'tanks', kind: 'period', value: 74 },
      { claimant: GS, metric: 'afv', kind: 'period', value: 140 },
    );
  });
});

describe('labels of a breakdown named by an adjective or a phrase', () => {
  test('"безповоротні – більш ніж 9,1 тисячі": the irrecoverable losses are soldiers', () => {
    expectClaims(
      'За даними Сирського, від початку операції загальні втрати противника становлять понад 24 тис. осіб. Із них безповоротні – більш ніж 9,1 тисячі.',
      { published: '2024-11-20', lang: 'uk' },
      { claimant: O, subject: 'ru', metric: 'personnel', value: 24000 },
      { claimant: O, subject: 'ru', metric: 'personnel', value: 9100, qualifier: 'more_than' },
    );
  });
  test('"в озброєнні та військовій техніці – 48 одиниць" is kit, not soldiers', () => {
    const claims = expectClaims(
      'За словами Тарнавського, загальні втрати загарбників за добу сягнули: у живій силі – 392 особи, в озброєнні та військовій техніці – 48 одиниць.',
      { published: '2024-03-10', lang: 'uk' },
      { claimant: O, metric: 'personnel', kind: 'daily', value: 392 },
      { claimant: O, metric: 'other', kind: 'daily', value: 48 },
    );
    assert.ok(!claims.some((c) => c.value === 48 && c.metric === 'personnel'));
  });
});

describe('a commander\'s stretch runs on past his quote', () => {
  test('figures with no window after his figures of an unnamed stretch are more of it, and his', () => {
    // A sum no bigger than his day or stretch stays his, in a paragraph after his quote; the kit after it
    // goes on in his stretch (not the General Staff's day).
    const claims = expectClaims(
      [
        'Окупанти посилили тиск на авдіївському напрямку - Тарнавський',
        'Про це повідомив у Telegram командувач ОСУВ "Таврія" Олександр Тарнавський.',
        '"Загалом на таврійському напрямку втрати ворога зростають - знищено шість танків, а загальні втрати в живій силі - понад 600 осіб", - написав він.',
        'Загальні втрати ворога сягають 612 осіб. Також знищено 42 одиниці військової техніки. Зокрема, 11 ББМ та сім артсистем.',
      ].join('\n'),
      { published: '2023-11-22', lang: 'uk' },
      { claimant: O, metric: 'personnel', kind: 'period', value: 600 },
      { claimant: O, metric: 'personnel', value: 612 },
      { claimant: O, metric: 'other', kind: 'period', value: 42 },
      { claimant: O, metric: 'afv', kind: 'period', value: 11 },
      { claimant: O, metric: 'artillery', kind: 'period', value: 7 },
    );
    assert.ok(!claims.some((c) => c.claimant === GS));
  });
  test('a war total after a commander, in a paragraph of its own, is still the General Staff\'s', () => {
    expectClaims(
      [
        'За останню добу на таврійському напрямку ворог втратив 410 осіб, повідомив командувач ОСУВ "Таврія" Олександр Тарнавський.',
        '',
        'Загалом від початку повномасштабного вторгнення росія втратила 325 170 військових.',
      ].join('\n'),
      { published: '2023-11-22', lang: 'uk' },
      { claimant: O, metric: 'personnel', kind: 'daily', value: 410 },
      { claimant: GS, metric: 'personnel', kind: 'cumulative', value: 325170 },
    );
  });
});

describe('a scale word in the genitive after "до", "близько": one of itself', () => {
  test('"до сотні одиниць", "близько тисячі військових"; "сотні окупантів" stays "hundreds", no figure', () => {
    const claims = expectClaims(
      'Речник Сил оборони півдня розповів, що на півдні окупанти щодня втрачають до сотні одиниць озброєння та військової техніки і близько тисячі військових. Сотні окупантів загинули під Оріховом.',
      { published: '2026-02-14', lang: 'uk' },
      { claimant: O, subject: 'ru', metric: 'other', kind: 'average', value: 100, qualifier: 'about' },
      { claimant: O, subject: 'ru', metric: 'personnel', kind: 'average', value: 1000, qualifier: 'about' },
    );
    assert.equal(claims.length, 2);
  });
});
