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

  test("Moscow's count told by Russia's ministry", () => {
    expectOnly(
      "Russian forces destroyed 14 Ukrainian tanks over the past week, the country's defence ministry said.",
      { published: '2024-11-16' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'tanks', kind: 'period', value: 14 },
    );
  });
});
