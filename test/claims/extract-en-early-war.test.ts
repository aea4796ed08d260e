/**
 * English sentences written for these tests in the ways coverage of the war's first months
 * (February–August 2022) words its figures, with the figures then given: Moscow's own dead (498,
 * 1,351, 5,937), Kyiv's tallies, Zelensky's, and American, British and NATO estimates.
 */
import { describe, test } from 'node:test';
import { expectClaims, expectOnly } from './helpers.ts';

const GS = 'ua_general_staff';

describe('a stretch as long as the war so far is the whole war', () => {
  test('"over the past seven days", said a week into the war, is the total', () => {
    expectOnly(
      "Russia's defence ministry said on Wednesday that 498 of its soldiers had been killed over the past seven days.",
      { published: '2022-03-02' },
      { claimant: 'ru_mod', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 498 },
    );
  });

  test('the same words months into the war are a week', () => {
    expectOnly(
      "Russia's defence ministry said on Wednesday that 498 of its soldiers had been killed over the past seven days.",
      { published: '2022-06-01' },
      { claimant: 'ru_mod', subject: 'ru', metric: 'personnel', kind: 'period', value: 498, periodDays: 7 },
    );
  });

  test('"within six days", six days in', () => {
    expectOnly(
      'Zelensky said nearly 6,000 Russian troops had been killed within six days.',
      { published: '2022-03-02' },
      { claimant: 'ua_other', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 6000 },
    );
  });

  test('"the first month of the war", a month in, is the total; two years on, a month', () => {
    const text = 'In the first month of the war Russia lost about 15,000 soldiers, Ukraine\'s armed forces said.';
    expectOnly(text, { published: '2022-03-26' }, { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 15000 });
    expectOnly(text, { published: '2024-03-26' }, { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'period', value: 15000, periodDays: 30 });
  });

  test('"the first five months of Moscow\'s war" count from its start', () => {
    expectOnly(
      "Some 15,000 Russian soldiers were killed in the first five months of Moscow's war, the CIA estimated.",
      { published: '2022-07-21' },
      { claimant: 'us', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 15000 },
    );
  });

  test('"the special operation" is Moscow\'s name for the whole war', () => {
    expectOnly(
      'A Russian general said 1,351 Russian soldiers had been killed since the start of the special operation.',
      { published: '2022-03-25' },
      { subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 1351 },
    );
    expectOnly(
      'Moscow said 1,351 Russian servicemen had died in the special military operation in Ukraine.',
      { published: '2022-03-25' },
      { claimant: 'ru_mod', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 1351 },
    );
  });

  test('"since President Vladimir Putin launched the invasion last week": the total, not last week\'s', () => {
    expectOnly(
      'Moscow said 498 Russian soldiers had died, its first toll since President Vladimir Putin launched the invasion last week.',
      { published: '2022-03-02' },
      { claimant: 'ru_mod', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 498 },
    );
  });
});

describe('words that date a statement, not the figure', () => {
  test('"about a month into the invasion" is a point in time, not a monthly rate', () => {
    expectOnly(
      'About a month into the invasion, NATO estimated that 7,000 to 15,000 Russian troops had been killed.',
      { published: '2022-04-16' },
      { claimant: 'other', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 7000 },
    );
  });

  test('"its first casualty update since March 2" says how long Moscow had been silent', () => {
    expectOnly(
      "Russia's military said 1,351 of its soldiers had died, in its first casualty update since March 2.",
      { published: '2022-03-25' },
      { claimant: 'ru_mod', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 1351 },
    );
  });

  test('"since March 2, when the ministry reported 498" dates the statement', () => {
    expectOnly(
      'Moscow has given no figure since March 2, when the Russian defence ministry reported 498 of its soldiers killed.',
      { published: '2022-03-20' },
      { claimant: 'ru_mod', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 498 },
    );
  });

  test('"Friday\'s announcement" is the day of the statement, not of the losses', () => {
    expectOnly(
      "Friday's announcement put the number of Russian soldiers killed at 1,351, the Russian General Staff said.",
      { published: '2022-03-26' },
      { claimant: 'ru_mod', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 1351 },
    );
  });

  test('"estimated in March" right before the figure dates the estimate', () => {
    expectOnly(
      'NATO estimated in March up to 15,000 Russian soldiers had been killed.',
      { published: '2022-05-15' },
      { claimant: 'other', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 15000 },
    );
  });

  test('"In July the CIA put the total at …": the month dates the statement of a total', () => {
    expectOnly(
      'In July the CIA put the total of Russian troops killed at around 15,000.',
      { published: '2022-08-09' },
      { claimant: 'us', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 15000 },
    );
  });

  test('a window word inside a leading clause of time belongs to that clause', () => {
    expectOnly(
      'Shortly after NATO gave its estimate last month, Moscow put its own military losses at 1,351 dead.',
      { published: '2022-04-16' },
      { claimant: 'ru_mod', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 1351 },
    );
  });

  test('"and another 500 wounded" beside a rate adds to the rate', () => {
    expectOnly(
      'Between 60 and 100 Ukrainian soldiers are killed every day and another 500 wounded, Zelensky said.',
      { published: '2022-06-01' },
      { claimant: 'ua_other', subject: 'ua', metric: 'personnel', kind: 'average', value: 60 },
      { claimant: 'ua_other', subject: 'ua', metric: 'personnel', kind: 'average', value: 500 },
    );
  });
});

describe('who speaks and whose losses', () => {
  test('"Russia\'s military general staff" is Moscow\'s', () => {
    expectOnly(
      "The deputy head of Russia's military general staff said 1,351 Russian soldiers had died.",
      { published: '2022-03-25' },
      { claimant: 'ru_mod', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 1351 },
    );
  });

  test('"U.S. analysts" are American, not an outside count', () => {
    expectOnly(
      'U.S. analysts believe as many as 4,000 Russian troops have been killed since the invasion began.',
      { published: '2022-03-08' },
      { claimant: 'us', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 4000 },
    );
  });

  test('"the DIA director … his agency" is the American estimate', () => {
    expectOnly(
      'The DIA director told lawmakers that his agency believes between 2,000 and 4,000 Russian soldiers have died so far.',
      { published: '2022-03-08' },
      { claimant: 'us', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 2000 },
    );
  });

  test('a speaker inside a "while" clause after the figure speaks for that clause only', () => {
    expectOnly(
      'Estimates differ, with Ukraine putting the total of Russian dead at 26,000 while Russia has admitted to 1,351 deaths.',
      { published: '2022-05-15' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 26000 },
      { claimant: 'ru_mod', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 1351 },
    );
  });

  test('"we\'re losing" said by "the 44-year-old leader" named before: Zelensky, of Ukraine\'s own', () => {
    expectOnly(
      'Zelensky spoke to an American channel about the fighting in eastern Ukraine on Wednesday.\n"We\'re losing 60 to 100 soldiers every day," the 44-year-old leader said.',
      { published: '2022-06-01' },
      { claimant: 'ua_other', subject: 'ua', metric: 'personnel', kind: 'average', value: 60 },
    );
  });

  test('"the president" is the person named before, not a country that "claimed"', () => {
    expectOnly(
      "Ukraine's president met reporters on Saturday, as Russia pressed its invasion but claimed quick gains.\nThe president said 12,000 Russian soldiers had been killed since the war began.",
      { published: '2022-03-12' },
      { claimant: 'ua_other', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 12000 },
    );
  });

  test('"our losses" in Moscow\'s voice are its own', () => {
    expectOnly(
      '"Our losses to date are 5,937 dead," Shoigu said on Russian television.',
      { published: '2022-09-21' },
      { claimant: 'ru_mod', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 5937 },
    );
  });

  test('"up to 200 of its soldiers" in Kyiv\'s voice are Ukraine\'s own', () => {
    expectOnly(
      "Ukraine's government said in June that up to 200 of its soldiers were being killed each day.",
      { published: '2022-07-20' },
      { claimant: GS, subject: 'ua', metric: 'personnel', kind: 'average', value: 200 },
    );
  });

  test('"Moscow placed its military losses at …": Moscow speaks, of its own', () => {
    expectOnly(
      'Moscow placed its military losses in Ukraine at just under 1,400.',
      { published: '2022-04-16' },
      { claimant: 'ru_mod', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 1400 },
    );
  });
});

describe('a quoted tally with its changes written out', () => {
  test('"(plus nine)" is the day\'s change, as "(+9)" is', () => {
    expectClaims(
      "Ukraine's defence ministry put the enemy's total losses from February 24 to May 20 at: personnel – about 28,700 (plus 200) people, tanks – 1,263 (plus nine) units, artillery systems – 596 (plus one) units, aircraft – 204 (plus one) units.",
      { published: '2022-05-21' },
      { claimant: GS, metric: 'personnel', kind: 'cumulative', value: 28700 },
      { claimant: GS, metric: 'personnel', kind: 'daily', value: 200 },
      { claimant: GS, metric: 'tanks', kind: 'daily', value: 9 },
      { claimant: GS, metric: 'artillery', kind: 'daily', value: 1 },
      { claimant: GS, metric: 'aircraft', kind: 'daily', value: 1 },
    );
  });

  test('"(plus 27)" in a sentence of prose is the change, the figure before it the total', () => {
    expectOnly(
      'Kyiv said Russian losses now stood at 1,263 tanks (plus nine) and 3,090 armored combat vehicles (plus 27).',
      { published: '2022-05-21' },
      { claimant: GS, subject: 'ru', metric: 'tanks', kind: 'cumulative', value: 1263 },
      { claimant: GS, subject: 'ru', metric: 'tanks', kind: 'daily', value: 9 },
      { claimant: GS, subject: 'ru', metric: 'afv', kind: 'cumulative', value: 3090 },
      { claimant: GS, subject: 'ru', metric: 'afv', kind: 'daily', value: 27 },
    );
  });
});

describe('"of its own troops": "own" stands between a figure and its noun', () => {
  test("Moscow's admitted dead, with the word that insists they are its own", () => {
    expectClaims(
      'Moscow said on Friday that 1,351 of its own troops had been killed since the operation began.',
      { published: '2022-03-25' },
      { claimant: 'ru_mod', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 1351 },
    );
  });

  test("a president's count of his own army's dead", () => {
    expectClaims(
      "Ukraine's president, Volodymyr Zelensky, said in February that 31,000 of his own soldiers had been killed since the invasion began.",
      { published: '2024-02-26' },
      { claimant: 'ua_other', subject: 'ua', metric: 'personnel', kind: 'cumulative', value: 31000 },
    );
  });
});
