/** Numbers that are not loss claims: written for these tests in English, Ukrainian and Russian. */
import { describe, test } from 'node:test';
import { expectNone, expectOnly } from './helpers.ts';

describe('hard negatives give no claim', () => {
  const cases: Record<string, string> = {
    'troops deployed': 'Some 50,000 Russian troops have been gathered near Kursk, alongside about 11,000 soldiers from North Korea.',
    'troops being amassed, and a part of them': 'Reports say Moscow is amassing as many as 45,000 troops, including 11,000 North Korean soldiers, to win back land lost in earlier fighting near Kursk.',
    'aid in dollars': "Washington has committed about $106 billion to Kyiv's war effort.",
    civilians: 'The UN human rights mission says 12,000 civilians have been killed and 27,000 injured since the invasion.',
    'drones launched and shot down': 'Russia launched 96 drones at Ukraine overnight, and the air force said 73 of them were shot down.',
    'prisoner exchange': 'Ukraine and Russia exchanged 150 prisoners of war each on Friday; 150 Ukrainian defenders returned home.',
    forecast: 'Analysts warn that Russia could lose another 200,000 soldiers next year at the current pace.',
    'both sides added together': 'Officials estimate that the war has killed or wounded close to 500,000 Russian and Ukrainian soldiers in total.',
    'a ratio': 'Russia is losing about five soldiers for every Ukrainian killed, a Western official said.',
    'mobilised men': 'Moscow mobilised 300,000 men in the autumn and plans to call up another 300,000 in January.',
    'uk: drones launched': 'Вночі Росія атакувала Україну 96 ударними дронами, сили ППО збили 73 з них.',
    'uk: prisoners returned': 'Україна повернула з полону 150 захисників.',
    'uk: civilians': 'Унаслідок обстрілу Херсона загинули 12 мирних жителів, ще 30 поранені.',
    'uk: troops at the border': 'На кордоні з Україною Росія зосередила 50 тисяч військових.',
    'uk: aid': 'США оголосили про новий пакет допомоги на 400 мільйонів доларів.',
    'ru: prisoner exchange': 'В результате обмена пленными на родину вернулись 150 российских военнослужащих.',
    'ru: troops deployed': 'Россия перебросила к границе около 50 тысяч военных.',
  };
  for (const [name, text] of Object.entries(cases)) {
    test(name, () => expectNone(text, { published: '2024-11-29' }));
  }
});

describe('a change from one day to the next is no claim of its own', () => {
  test('"300 more than the day before", "up from 900"', () => {
    expectOnly(
      'Russia lost 1,200 soldiers over the past day, 300 more than the day before, and up from 900 a week ago, the General Staff said.',
      {},
      { kind: 'daily', value: 1200 },
    );
  });
});

describe("the Russian ministry's drones shot down: its total is a claim, its breakdown by region is not", () => {
  test('English: the regions after the total', () => {
    expectOnly(
      "Russia's defence ministry said its air defences destroyed 42 Ukrainian drones over five Russian regions overnight. Twenty drones were shot down over the Oryol region, eight over the Bryansk region and 14 over the Kursk region.",
      { published: '2024-11-29' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'uav', kind: 'daily', value: 42 },
    );
  });
  test('Russian: the regions in the sentences after it', () => {
    expectOnly(
      'Минобороны России сообщило, что за ночь над регионами страны уничтожены 120 украинских беспилотников. 45 беспилотников сбили над Брянской областью, 30 — над Курской. Ещё восемь БПЛА были уничтожены над Белгородской областью.',
      { published: '2024-11-29' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'uav', kind: 'daily', value: 120 },
    );
  });
  test('Polish: "w tym" a part, and the ministry named as such', () => {
    expectOnly(
      'Rosyjskie ministerstwo obrony poinformowało, że w nocy zestrzelono 55 ukraińskich dronów, w tym 12 nad obwodem moskiewskim.',
      { published: '2024-11-29' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'uav', kind: 'daily', value: 55 },
    );
  });
  test("the Ukrainian air force's count after the ministry's is not the ministry's", () => {
    expectOnly(
      "Russia's defence ministry said its air defences downed 112 Ukrainian drones overnight. Separately, Ukraine's air force said it had downed 93 of 141 drones launched by Russia. The air force said 47 of the drones were lost to electronic warfare.",
      { published: '2025-05-23' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'uav', kind: 'daily', value: 112 },
    );
  });
  test('"18 of the 24 drones": the part is what was shot down', () => {
    expectOnly(
      "Russia's defence ministry said it shot down 18 of the 24 Ukrainian drones launched overnight.",
      { published: '2024-11-29' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'uav', kind: 'daily', value: 18 },
    );
  });
  test('German and Spanish: the words for shot down are losses in its reports', () => {
    expectOnly('Das russische Verteidigungsministerium teilte mit, in der Nacht seien 55 ukrainische Drohnen abgeschossen worden.', { published: '2024-11-29' }, { claimant: 'ru_mod', metric: 'uav', value: 55 });
    expectOnly('El Ministerio de Defensa ruso afirmó que 55 drones ucranianos fueron derribados durante la noche.', { published: '2024-11-29' }, { claimant: 'ru_mod', metric: 'uav', value: 55 });
  });
});

describe("a comparison with an older war keeps this war's figure in its own clause", () => {
  test('"compared to 15,051 … between 1979 and 1989"', () => {
    expectOnly(
      'Kyiv says 15,300 Russian troops have died in 26 days of war, compared to 15,051 Soviet soldiers killed between 1979 and 1989 in Afghanistan.',
      { published: '2022-03-22' },
      { claimant: 'ua_general_staff', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 15300 },
    );
  });
  test('"compared with 385 in the Soviet war in Afghanistan"', () => {
    expectOnly(
      "Ukraine's defence ministry says Russia has lost 509 tanks so far, compared with 385 in the Soviet war in Afghanistan.",
      { published: '2022-03-22' },
      { claimant: 'ua_general_staff', subject: 'ru', metric: 'tanks', kind: 'cumulative', value: 509 },
    );
  });
});

describe('an older war named by its army, or carried on by "it" in the next sentence', () => {
  test('"It also lost …" after a sentence about the Soviet war in Afghanistan', () => {
    expectOnly(
      'Ukraine says Russia has lost more than 14,400 troops in 24 days of war. In Afghanistan between 1979 and 1989, the Soviet Union lost nearly 14,500 troops and 333 helicopters. It also lost 147 tanks, 1,314 armoured personnel carriers and 433 artillery pieces.',
      { published: '2022-03-20' },
      { claimant: 'ua_general_staff', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 14400 },
    );
  });
  test('"Soviet troops suffered …" beside this war\'s figure', () => {
    expectOnly(
      "Ukraine's army says Russia has lost 15,300 troops. Soviet troops suffered 15,051 deaths in a decade.",
      { published: '2022-03-22' },
      { claimant: 'ua_general_staff', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 15300 },
    );
  });
});

describe('a rate per square kilometre is a ratio, and leaves the stretch beside it a stretch', () => {
  test('"an average of 68 casualties per square kilometre" after a four-month figure', () => {
    expectOnly(
      "Ukraine's General Staff counted 130,160 Russian casualties from May to August, an average of 68 casualties per square kilometre captured.",
      { published: '2025-09-10' },
      { claimant: 'ua_general_staff', subject: 'ru', metric: 'personnel', kind: 'period', value: 130160 },
    );
  });
});

describe('kit committed as aid beside kit lost', () => {
  test('"the 109 Bradleys the US has committed" is no loss', () => {
    expectOnly(
      'Oryx says Ukraine has lost 16 Bradleys, a sizeable share of the 109 Bradleys the US has committed to Kyiv.',
      { published: '2023-06-13' },
      { claimant: 'other', subject: 'ua', metric: 'afv', value: 16 },
    );
  });
});

describe('civilians in a story of soldiers', () => {
  test('people hurt in a strike, in a story of soldiers killed, are civilians', () => {
    expectOnly(
      "Ukraine's military said 5,710 Russian troops had been killed so far. Emergency services said 18 people had been injured in the strike on the city centre.",
      { published: '2022-03-01' },
      { claimant: 'ua_general_staff', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 5710 },
    );
  });
});

describe('a plural noun the lexicon does not know', () => {
  test('"destroyed 52 ammunition depots" after a figure of soldiers counts no soldiers', () => {
    expectOnly(
      "Russia's defence ministry said its forces killed 410 Ukrainian soldiers and destroyed 52 ammunition depots.",
      { published: '2024-03-05' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'personnel', value: 410 },
    );
  });
});

describe('forecasts and populations in the lexicon languages', () => {
  test('Polish "na dobrej drodze do utraty" is a forecast', () => {
    expectNone('Brytyjczycy oceniają, że rosyjska armia jest na dobrej drodze do utraty 700 tys. żołnierzy do końca roku.', { published: '2024-11-02' });
  });
  test('German "Bevölkerung" counts inhabitants', () => {
    expectNone('Im Jahr 2024 hat Russland in der Ukraine schwere Verluste erlitten. Die drei eroberten Städte hatten vor dem Krieg zusammen eine Bevölkerung von insgesamt 48.000 Menschen.', { published: '2024-12-30' });
  });
});
