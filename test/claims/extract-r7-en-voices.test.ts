/**
 * English texts with several voices (seventh round): British updates that pass on the General
 * Staff's figures, unnamed "intelligence experts" whose update is named later, and whose losses a
 * figure counts when the sentence turns from one side to the other. Sentences written for these
 * tests, with figures from the real statements (UK Defence Intelligence, the leaked US documents,
 * the New York Times' US officials).
 */
import { describe, test } from 'node:test';
import { expectClaims, expectNone, expectOnly } from './helpers.ts';

describe('a British update passing on the General Staff\'s figures', () => {
  test('"According to Ukraine\'s General Staff, the average daily losses in April …" after the UK is named: the update\'s reading', () => {
    expectClaims(
      'Britain\'s Ministry of Defence said on Saturday that Russia had likely suffered about 950,000 casualties since 2022. ' +
        'According to Ukraine\'s General Staff, the average daily Russian losses in April came to just over 1,200 personnel. ' +
        'In March the average had been around 1,300 a day.',
      { published: '2025-05-03' },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'average', value: 1200 },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'average', value: 1300 },
    );
  });

  test('a daily figure the General Staff gives in the same text stays its own', () => {
    expectClaims(
      'British Defence Intelligence put Russia\'s losses since the invasion at about 950,000. ' +
        'According to the General Staff, Russia lost another 1,170 soldiers over the past day.',
      { published: '2025-05-03' },
      { claimant: 'ua_general_staff', subject: 'ru', metric: 'personnel', kind: 'daily', value: 1170 },
    );
  });

  test('"intelligence experts have warned", their update named three sentences on: the British update', () => {
    expectClaims(
      'Moscow\'s army has already suffered 90,000 casualties in 2025, intelligence experts have warned.\n' +
        'In February the losses averaged 1,255 a day.\n' +
        'That was down from a peak in December.\n' +
        'A UK Defence Intelligence update said the tempo of Russian assaults had slowed.',
      { published: '2025-03-04' },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', value: 90000 },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'average', value: 1255 },
    );
  });
});

describe('whose losses, when the sentence turns to the other side', () => {
  test('"Ukraine, by contrast, has suffered …, including …": every figure of the sentence is Ukraine\'s', () => {
    expectClaims(
      'The leaked US documents put Russian casualties at between 189,500 and 223,000. ' +
        'Ukraine, by contrast, has suffered between 124,500 and 131,000 casualties, including between 15,500 and 17,500 soldiers killed in action and between 109,000 and 113,500 wounded.',
      { published: '2023-04-10' },
      { claimant: 'us', subject: 'ru', value: 189500 },
      { claimant: 'us', subject: 'ua', value: 124500 },
      { claimant: 'us', subject: 'ua', value: 15500 },
      { claimant: 'us', subject: 'ua', value: 109000 },
    );
  });

  test('"For Ukraine, they say around 70,000 …": the side the sentence opens with', () => {
    expectClaims(
      'US officials estimate that 120,000 Russian soldiers have been killed. For Ukraine, they say around 70,000 soldiers have died.',
      { published: '2023-08-19' },
      { claimant: 'us', subject: 'ru', value: 120000 },
      { claimant: 'us', subject: 'ua', value: 70000 },
    );
  });
});

describe('the same figure for each army', () => {
  test('"each side had lost more than 100,000 troops": one claim for Russia and one for Ukraine', () => {
    expectOnly(
      'In Ukraine, each side had lost more than 100,000 troops killed or wounded by November, said General Mark Milley, the chairman of the Joint Chiefs of Staff.',
      { published: '2023-08-19' },
      { claimant: 'us', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 100000, qualifier: 'more_than' },
      { claimant: 'us', subject: 'ua', metric: 'personnel', kind: 'cumulative', value: 100000, qualifier: 'more_than' },
    );
  });

  test('"on both sides at more than 100,000 each"', () => {
    expectOnly(
      'In November the Pentagon put the number of Russian and Ukrainian soldiers killed or wounded at more than 100,000 each.',
      { published: '2023-08-19' },
      { claimant: 'us', subject: 'ru', value: 100000 },
      { claimant: 'us', subject: 'ua', value: 100000 },
    );
  });

  test('the two armies added up stay no claim', () => {
    expectNone('US officials say nearly 500,000 Russian and Ukrainian troops have been killed or wounded on both sides combined.', { published: '2023-08-19' });
  });
});

describe('another war named for comparison', () => {
  test('"in its 10-year occupation of Afghanistan" is no loss of this war', () => {
    expectOnly(
      'NATO says between 7,000 and 15,000 Russian soldiers have been killed since the invasion began. By comparison, Moscow lost about 14,500 troops in its decade-long occupation of Afghanistan.',
      { published: '2022-03-24' },
      { claimant: 'other', subject: 'ru', metric: 'personnel', value: 7000 },
    );
  });
});

describe('one who disputes a figure does not state it', () => {
  test('"… and about 3,700 wounded, figures Ukraine\'s government disputes": Moscow\'s', () => {
    expectOnly(
      'Moscow says at least 2,870 Ukrainian soldiers have been killed and about 3,700 wounded, figures Ukraine\'s government disputes.',
      { published: '2022-03-03' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'personnel', value: 2870, qualifier: 'at_least' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'personnel', value: 3700, qualifier: 'about' },
    );
  });

  test('"…, which the Ukrainian General Staff denied": Moscow\'s', () => {
    expectOnly(
      'Moscow says 1,400 Ukrainian soldiers were killed across the front in a day and more than 80 in the Dnipro sector, which the Ukrainian General Staff denied.',
      { published: '2025-05-16' },
      { claimant: 'ru_mod', subject: 'ua', kind: 'daily', value: 1400 },
      { claimant: 'ru_mod', subject: 'ua', kind: 'daily', value: 80 },
    );
  });
});

describe('a government whose records a study reads is not its speaker', () => {
  test('"By their analysis of Russian government data, …": the outlets\' estimate', () => {
    expectOnly(
      'Mediazona and Meduza compared probate records with the number of deaths expected in peacetime. Based on their analysis of Russian government data, roughly 47,000 Russian men under 50 had died in the war by late May 2023.',
      { published: '2023-07-10' },
      { claimant: 'other', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 47000 },
    );
  });
});

describe('a warning of losses to come', () => {
  test('"will continue to suffer more than 1,000 casualties a day" is a forecast, the month\'s average beside it a claim', () => {
    expectOnly(
      'Russian forces averaged 1,255 casualties a day in February and will continue to suffer more than 1,000 a day in March, the UK Ministry of Defence said.',
      { published: '2025-03-04' },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'average', value: 1255 },
    );
  });

  test('"will continue to haemorrhage troops with more than 1,000 losses a day"', () => {
    expectNone('Russia\'s army will continue to haemorrhage troops with more than 1,000 losses a day through the spring, British intelligence warned.', { published: '2025-03-04' });
  });
});

describe('a time phrase that dates the statement', () => {
  test('"This week, Ukrainian authorities said that more than 12,000 …": a total, not a week\'s losses', () => {
    expectOnly(
      'This week, Ukrainian authorities said that more than 12,000 Russian soldiers had been killed.',
      { published: '2022-03-17' },
      { claimant: 'ua_general_staff', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 12000 },
    );
  });

  test('"Burns said at the end of July this year that the agency estimated …": not a figure of this year', () => {
    expectClaims(
      'CIA Director William Burns said at the end of July this year that the agency estimated that 15,000 Russians had been killed in Ukraine.',
      { published: '2022-08-09' },
      { claimant: 'us', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 15000 },
    );
  });

  test('"Last week Russia lost 4,000 troops, the General Staff said": the week is the figure\'s', () => {
    expectClaims(
      'Last week Russia lost 4,140 troops, the General Staff said on Monday.',
      { published: '2023-08-14' },
      { claimant: 'ua_general_staff', subject: 'ru', kind: 'period', value: 4140 },
    );
  });
});

describe('a speaker\'s own losses beside the enemy\'s', () => {
  test('"put Ukraine\'s losses at 3,715 … and its own at 71 killed": Moscow\'s own', () => {
    expectOnly(
      'Shoigu put Ukraine\'s losses at 3,715 men over three days and its own at 71 killed.',
      { published: '2023-06-06' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'personnel', kind: 'period', value: 3715 },
      { claimant: 'ru_mod', subject: 'ru', metric: 'personnel', kind: 'period', value: 71 },
    );
  });
});
