/**
 * English sentences written for these tests in the ways wire copy retells the General Staff's
 * morning tally (figures of November 2024): the change and the total it reached in one clause,
 * and the armed forces named only as "the country's".
 */
import { describe, test } from 'node:test';
import { expectOnly } from './helpers.ts';

const GS = 'ua_general_staff';

describe('"rose by N to M": the day\'s change and the total it reached', () => {
  test('both figures are read, the change a day and the tally a total', () => {
    expectOnly(
      "Ukraine's military said Russian losses rose by 1,610 to 723,920 on Friday.",
      { published: '2024-11-15' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 1610 },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 723920 },
    );
  });

  test('"increased by … to over …" with a noun phrase of the dead and wounded', () => {
    expectOnly(
      'The number of Russian troops killed or wounded increased by 1,480 to over 720,000, the General Staff of Ukraine said.',
      { published: '2024-11-13' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 1480 },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 720000, qualifier: 'more_than' },
    );
  });
});

describe('"the country\'s armed forces": the country the sentence opens with', () => {
  test("Ukrainian troops' tally told by Ukraine's army (and 'put … out of action' around the figure is a loss)", () => {
    expectOnly(
      'Ukrainian units have put 1,230 Russian soldiers out of action over the past day, the country\'s armed forces said on Thursday.',
      { published: '2024-11-14' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 1230 },
    );
  });

  test('"the military" with no speaker named before it: the army of the country the sentence opens with', () => {
    expectOnly('Ukrainian forces killed more than a thousand Russian soldiers on Monday, the military said.', { published: '2024-11-12' }, { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 1000 });
    expectOnly('Russian forces destroyed 14 Ukrainian tanks over the past week, the military said.', { published: '2024-10-20' }, { claimant: 'ru_mod', subject: 'ua', metric: 'tanks', kind: 'period', value: 14 });
  });

  test("Moscow's count told by Russia's ministry", () => {
    expectOnly(
      "Russian forces destroyed 14 Ukrainian tanks over the past week, the country's defence ministry said.",
      { published: '2024-11-16' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'tanks', kind: 'period', value: 14 },
    );
  });
});

describe('a record said of a weekday, or "than on any other day", in the sentence before the figure', () => {
  const figure = " According to the General Staff of Ukraine's armed forces, 1,950 Russian troops were killed or wounded over the previous 24 hours.";
  test('"its heaviest losses of the war on Tuesday"', () => {
    expectOnly('Russia suffered its heaviest losses of the war on Tuesday, Kyiv said.' + figure, { published: '2024-11-13' }, { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 1950, record: true });
  });
  test('"more soldiers on Tuesday than on any other day of the war"', () => {
    expectOnly("Russia's army lost more soldiers on Tuesday than on any other day of the war, Kyiv said." + figure, { published: '2024-11-13' }, { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 1950, record: true });
  });
  test('a weekday beside a word that only ranks the day is still no record', () => {
    expectOnly('Tuesday was one of the heaviest days of the war for Russia, Kyiv said.' + figure, { published: '2024-11-13' }, { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 1950, record: false });
  });
});

describe('a record set off by a comma after one figure of a list is that figure\'s', () => {
  test('"…, the most it has reported in a single day, along with …": the armoured vehicles only', () => {
    const claims = expectOnly(
      "Ukraine's General Staff said on Thursday that Russia had lost 88 armoured vehicles over the past day, the most it has reported in a single day since the invasion began, along with 31 tanks and 790 soldiers.",
      { published: '2023-10-12' },
      { claimant: GS, subject: 'ru', metric: 'afv', kind: 'daily', value: 88, record: true },
      { claimant: GS, subject: 'ru', metric: 'tanks', kind: 'daily', value: 31, record: false },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 790, record: false },
    );
    if (claims.length !== 3) throw new Error('three claims');
  });
});

describe('a figure whose noun is left out after "and", with a window of its own', () => {
  test('"11,000 troops in the past week and 1,100 on Sunday alone"', () => {
    expectOnly(
      'Kyiv said Russia had lost 11,000 troops in the past week and 1,100 on Sunday alone.',
      { published: '2024-11-25' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'period', value: 11000 },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 1100 },
    );
  });
  test('"1,310 soldiers on Monday and 1,520 on Sunday"', () => {
    expectOnly(
      "Russia lost 1,310 soldiers on Monday and 1,520 on Sunday, Ukraine's General Staff said.",
      { published: '2024-12-03' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 1310 },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 1520 },
    );
  });
  test('"including 1,100 on Sunday": a weekday right after a figure is its day, not the week of the figure before', () => {
    expectOnly(
      'Kyiv said Russia had lost 11,000 troops in the past week, including 1,100 on Sunday.',
      { published: '2024-12-02' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'period', value: 11000 },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 1100 },
    );
    // (A total dated by a weekday stays a total.)
    expectOnly('Russian losses topped 700,000 on Sunday, Kyiv said.', { published: '2024-12-02' }, { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 700000 });
  });
  test('a figure after "and" with a noun of its own does not borrow the one before', () => {
    expectOnly(
      "Russia lost 1,310 soldiers on Monday, Ukraine's General Staff said, and 40 settlements came under fire on Sunday.",
      { published: '2024-12-03' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 1310 },
    );
  });
});

describe('speakers and nouns of the war\'s commanders and mercenaries', () => {
  test('"Ukraine\'s top commander" speaks for himself', () => {
    expectOnly(
      "Russia has lost 38,000 soldiers in the Kursk region since August, Ukraine's top commander said.",
      { published: '2024-11-25' },
      { claimant: 'ua_other', subject: 'ru', metric: 'personnel', kind: 'period', value: 38000 },
    );
  });
  test('"20,000 Wagner fighters": the mercenary group\'s name stands between the figure and its noun', () => {
    expectOnly(
      'Russia lost about 20,000 Wagner fighters in the battle for Bakhmut, Prigozhin said.',
      { published: '2023-05-24' },
      { claimant: 'other', subject: 'ru', metric: 'personnel', kind: 'period', value: 20000, qualifier: 'about' },
    );
  });
});

describe('a month after the speaker\'s verb dates the saying, not the figure', () => {
  test('"…, Zelensky said in December"', () => {
    expectOnly(
      "Ukraine has lost some 43,000 soldiers killed, President Volodymyr Zelensky said in December.",
      { published: '2025-01-20' },
      { claimant: 'ua_other', subject: 'ua', metric: 'personnel', kind: 'cumulative', value: 43000, qualifier: 'about' },
    );
  });
  test('a month before the verb still sets the window ("45,680 troops in November, the General Staff said")', () => {
    expectOnly(
      'Russia lost 45,680 troops in November, the General Staff said.',
      { published: '2024-12-01' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'period', value: 45680 },
    );
  });
});

describe('Moscow\'s weekly claim told with "the ministry in Moscow"', () => {
  test('the ministry is named by its city, and "last week" after the figures is theirs though another figure follows the speaker', () => {
    expectOnly(
      "Russian forces destroyed 19 Ukrainian tanks and 37 armoured vehicles last week, the ministry in Moscow said, adding that Kyiv's troops had suffered more than 11,000 casualties.",
      { published: '2024-10-20' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'tanks', kind: 'period', value: 19 },
      { claimant: 'ru_mod', subject: 'ua', metric: 'afv', kind: 'period', value: 37 },
      { claimant: 'ru_mod', subject: 'ua', metric: 'personnel', kind: 'period', value: 11000 },
    );
  });
});
