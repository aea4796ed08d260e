import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { keepLikely, reconsider } from '../../src/claims/learned/apply.ts';
import { acceptFeatures, claimantFeatures, kindFeatures, SentenceCues } from '../../src/claims/learned/features.ts';
import { binaryScore, classScores, pickThreshold, trainBinary, trainClasses } from '../../src/claims/learned/model.ts';
import type { LearnedWeights } from '../../src/claims/learned/weights-format.ts';
import { langGroupOf } from '../../src/claims/learned/weights-format.ts';
import { readDeduped, readLocated } from '../../src/claims/extract.ts';

const TEXT = [
  'Russia lost 1,230 soldiers over the past day, Ukraine\'s General Staff said on Tuesday.',
  'The British defence ministry estimates that about 700,000 Russian troops have been killed or wounded since February 2022.',
].join('\n\n');

function read(text: string) {
  const r = readDeduped(text, { published: '2024-11-19', lang: 'en' });
  assert.ok(r !== null);
  return r;
}

describe('acceptFeatures', () => {
  test('names what the rules decided, the figure’s size and the stems beside it', () => {
    const { claims, cues } = read(TEXT);
    const day = claims.find((l) => l.claim.value === 1230);
    assert.ok(day !== undefined);
    const f = acceptFeatures(day, claims, cues, 'en');
    assert.ok(f.includes('claimant=ua_general_staff'));
    assert.ok(f.includes('kind=daily'));
    assert.ok(f.includes('lang=en'));
    assert.ok(f.includes('L:lost'), f.join(' '));
    assert.ok(f.includes('R:soldie'), f.join(' '));
    // 1,230 against a day's most of 3,000: one step below.
    assert.ok(f.includes('day=-2'), f.join(' '));
    assert.equal(new Set(f).size, f.length);
  });

  test('the same value given again under another speaker is marked as restated', () => {
    const { claims, cues } = read(TEXT);
    const day = claims.find((l) => l.claim.value === 1230);
    assert.ok(day !== undefined);
    assert.ok(acceptFeatures(day, claims, cues, 'en').includes('restated=≤0'));
    const again = { ...day, claim: { ...day.claim, claimant: 'ru_mod' as const } };
    const f = acceptFeatures(day, [...claims, again], cues, 'en');
    assert.ok(f.includes('restated=≤1'));
    assert.ok(f.includes('restated-other-claimant'));
    assert.ok(!f.includes('restated-other-kind'));
  });
});

describe('trainBinary and binaryScore', () => {
  test('learns to separate cues that predict a wrong claim', () => {
    const examples = [
      ...Array.from({ length: 40 }, (_, i) => ({ features: ['src=sentence', `L:w${i % 5}`], right: true })),
      ...Array.from({ length: 40 }, (_, i) => ({ features: ['src=default', `L:w${i % 5}`], right: false })),
    ];
    const w = trainBinary(examples);
    assert.ok(binaryScore(w, ['src=sentence', 'L:w1']) > 0.8);
    assert.ok(binaryScore(w, ['src=default', 'L:w1']) < 0.2);
    // A feature never seen in training moves nothing.
    assert.equal(binaryScore(w, ['src=sentence', 'L:never']), binaryScore(w, ['src=sentence']));
  });

  test('is deterministic for the same examples', () => {
    const examples = [
      { features: ['a', 'b'], right: true },
      { features: ['a', 'c'], right: false },
      { features: ['b'], right: true },
    ];
    assert.deepEqual(trainBinary(examples), trainBinary(examples));
  });
});

describe('trainClasses and classScores', () => {
  test('learns which class a cue points to, and its chances sum to one', () => {
    const examples = [
      ...Array.from({ length: 30 }, () => ({ features: ['near=daily'], label: 'daily' as const })),
      ...Array.from({ length: 30 }, () => ({ features: ['near=since'], label: 'cumulative' as const })),
      ...Array.from({ length: 30 }, () => ({ features: ['near=battle'], label: 'period' as const })),
    ];
    const m = trainClasses(['daily', 'cumulative', 'period', 'average'] as const, examples);
    const p = classScores(m, ['near=battle']);
    assert.equal(p.indexOf(Math.max(...p)), 2);
    assert.ok(Math.abs(p.reduce((a, b) => a + b, 0) - 1) < 1e-9);
    const q = classScores(m, ['near=since']);
    assert.equal(q.indexOf(Math.max(...q)), 1);
  });
});

describe('pickThreshold', () => {
  test('drops the low-scored wrong claims when that raises F1, and keeps the rest', () => {
    const scored = [
      { p: 0.9, right: true },
      { p: 0.8, right: true },
      { p: 0.7, right: true },
      { p: 0.12, right: false },
      { p: 0.08, right: false },
      { p: 0.3, right: true },
    ];
    const pick = pickThreshold(scored, 1, [0, 0.1, 0.2, 0.5]);
    assert.equal(pick.threshold, 0.2);
    assert.deepEqual(pick.kept, { right: 4, wrong: 0 });
  });

  test('keeps every claim (threshold 0) when dropping would cost right ones', () => {
    const scored = [
      { p: 0.1, right: true },
      { p: 0.2, right: true },
      { p: 0.9, right: false },
    ];
    assert.equal(pickThreshold(scored, 0, [0, 0.15, 0.5]).threshold, 0);
  });
});

const NONE: LearnedWeights = { version: 2, trainedOn: 'test', kind: null, claimant: null, accept: null };

describe('keepLikely', () => {
  test('drops a claim scored under its language group’s threshold, and keeps all where there is none', () => {
    const { claims, cues } = read(TEXT);
    assert.ok(claims.some((l) => l.claim.claimant === 'uk_mod'), 'the text has a British estimate to drop');
    const againstUk: LearnedWeights = { ...NONE, accept: { thresholds: { en: 0.5 }, bias: 2, weights: { 'claimant=uk_mod': -6 } } };
    const kept = keepLikely(claims, cues, 'en', againstUk);
    assert.ok(kept.every((l) => l.claim.claimant !== 'uk_mod'));
    assert.ok(kept.some((l) => l.claim.value === 1230));
    // No threshold for Ukrainian, and none for a text whose language is not known.
    assert.equal(keepLikely(claims, cues, 'uk', againstUk).length, claims.length);
    assert.equal(keepLikely(claims, cues, undefined, againstUk).length, claims.length);
  });

  test('never drops a claim read from a quoted General Staff report', () => {
    // The 2024-11-21 figures of the series, with their changes from 2024-11-20.
    const report = [
      'Загальні бойові втрати противника з 24.02.22 по 21.11.24 орієнтовно склали:',
      'особового складу ‒ близько 727250 (+1510) осіб ліквідовано',
      'танків ‒ 9398 (+8) од',
      'бойових броньованих машин ‒ 19143 (+24) од',
      'артилерійських систем ‒ 20731 (+50) од',
      'РСЗВ ‒ 1253 (+1) од',
    ].join('\n');
    const r = readDeduped(report, { published: '2024-11-21', lang: 'uk' });
    assert.ok(r !== null && r.claims.some((l) => l.source === 'report'));
    const dropAll: LearnedWeights = { ...NONE, accept: { thresholds: { uk: 0.99 }, bias: -10, weights: {} } };
    const kept = keepLikely(r.claims, r.cues, 'uk', dropAll);
    assert.ok(kept.length > 0);
    assert.ok(kept.every((l) => l.source === 'report'));
    assert.equal(kept.length, r.claims.filter((l) => l.source === 'report').length);
  });
});

describe('reconsider', () => {
  // No window word: the rules guess the window from the figure's size (a day's worth).
  const guessed = 'Russia has lost 1,230 soldiers, the General Staff said.';
  const KINDS = ['daily', 'cumulative', 'period', 'average'] as const;
  const towards = (to: (typeof KINDS)[number], threshold: number): LearnedWeights => {
    const bias = [0, 0, 0, 0];
    bias[KINDS.indexOf(to)] = 5;
    return { ...NONE, kind: { classes: KINDS, thresholds: { en: threshold }, bias, weights: {} } };
  };
  test('overrules a guessed window only where the model is sure enough for that language group', () => {
    const r = readLocated(guessed, { published: '2024-11-19', lang: 'en' });
    assert.ok(r !== null);
    const l = r.located.find((x) => x.claim.value === 1230);
    assert.ok(l !== undefined && l.guessedKind && l.claim.kind === 'daily');
    const at = (lang: string | undefined, threshold: number) => reconsider(r.located, new SentenceCues(r.sentences, r.infos), lang, towards('period', threshold)).find((x) => x.pos === l.pos)?.claim;
    assert.equal(at('en', 0.9)?.kind, 'period');
    assert.equal(at('en', 0.9)?.periodDays, null);
    // Not sure enough, another language group, or an unknown language: the rules' answer stands.
    assert.equal(at('en', 0.999)?.kind, 'daily');
    assert.equal(at('de', 0.9)?.kind, 'daily');
    assert.equal(at(undefined, 0.9)?.kind, 'daily');
  });

  test("never makes a General Staff figure its running total when the tally had passed it before the article", () => {
    // 13 artillery systems in a 2025 article: the General Staff's total was past 21,000 at the end of 2024.
    const text = 'Ukraine\'s General Staff said Russia had lost 13 artillery systems and 1,230 soldiers.';
    const r = readLocated(text, { published: '2025-11-12', lang: 'en' });
    assert.ok(r !== null);
    const guns = r.located.find((x) => x.claim.value === 13);
    assert.ok(guns !== undefined && guns.guessedKind && guns.claim.kind === 'daily' && guns.claim.claimant === 'ua_general_staff');
    const cues = new SentenceCues(r.sentences, r.infos);
    const at = (published: string | undefined) => reconsider(r.located, cues, 'en', towards('cumulative', 0.5), published).find((x) => x.pos === guns.pos)?.claim.kind;
    assert.equal(at('2025-11-12'), 'daily');
    // Without the article's date, or in the war's first days, the model may still say so.
    assert.equal(at(undefined), 'cumulative');
    assert.equal(at('2022-03-01'), 'cumulative');
  });

  test('keeps a window a word gave', () => {
    const r = readLocated('Russia lost 1,230 soldiers over the past day, the General Staff said.', { published: '2024-11-19', lang: 'en' });
    assert.ok(r !== null);
    const l = r.located.find((x) => x.claim.value === 1230);
    assert.ok(l !== undefined && !l.guessedKind);
    assert.equal(reconsider(r.located, new SentenceCues(r.sentences, r.infos), 'en', towards('period', 0.5)).find((x) => x.pos === l.pos)?.claim.kind, 'daily');
  });

  test('the speaker and window cues name the speakers around a figure and the window words near it', () => {
    const two = 'Britain’s defence ministry said Moscow’s losses were rising.\n\nMoscow, for its part, said its forces killed 1,300 Ukrainian servicemen over the past day.';
    const r = readLocated(two, { published: '2024-11-19', lang: 'en' });
    assert.ok(r !== null);
    const l = r.located.find((x) => x.claim.value === 1300);
    assert.ok(l !== undefined);
    const c = claimantFeatures(l, new SentenceCues(r.sentences), 'en');
    assert.ok(c.some((f) => f.startsWith('here-before:ru_mod')), c.join(' '));
    assert.ok(c.some((f) => f.startsWith('prev-other-paragraph:uk_mod')), c.join(' '));
    assert.ok(c.includes(`rule=${l.claim.claimant}`));
    const k = kindFeatures(l, new SentenceCues(r.sentences), 'en');
    assert.ok(k.includes('near=daily'), k.join(' '));
  });
});

describe('langGroupOf', () => {
  test('groups languages as the bars do, and knows no group for an unknown language', () => {
    assert.equal(langGroupOf('en-GB'), 'en');
    assert.equal(langGroupOf('uk'), 'uk');
    assert.equal(langGroupOf('de'), 'other');
    assert.equal(langGroupOf(undefined), null);
    assert.equal(langGroupOf(''), null);
  });
});

describe('kindFeatures', () => {
  test('a figure’s side words stop at its clause; the sentence’s words are a bag of their own', () => {
    const read = readLocated('Ukraine said on Monday that Russia had lost 1,180 troops over the past day; its total stands at 650,000.', { published: '2024-06-03', lang: 'en' });
    assert.ok(read !== null);
    const day = read.located.find((l) => l.claim.value === 1180);
    const total = read.located.find((l) => l.claim.value === 650_000);
    assert.ok(day !== undefined && total !== undefined);
    const fd = kindFeatures(day, new SentenceCues(read.sentences), 'en');
    const ft = kindFeatures(total, new SentenceCues(read.sentences), 'en');
    assert.ok(fd.includes('R:past') && fd.includes('near=daily'), fd.join(' '));
    // The semicolon ends the day's clause: "total" is the next figure's word, not this one's.
    assert.ok(!fd.includes('R:total'));
    assert.ok(fd.includes('S:total'));
    assert.ok(ft.includes('L:total'), ft.join(' '));
    assert.ok(!ft.includes('L:past'));
  });
});

describe('the shipped weights', () => {
  test('are whole: known classes in order, one weight per class, thresholds between 0 and 1', async () => {
    const { LEARNED_WEIGHTS: w } = await import('../../src/claims/learned/weights.ts');
    assert.equal(w.version, 2);
    const heads = [
      [w.kind, ['daily', 'cumulative', 'period', 'average']],
      [w.claimant, ['ua_general_staff', 'ua_other', 'ru_mod', 'uk_mod', 'us', 'other']],
    ] as const;
    for (const [m, classes] of heads) {
      if (m === null) continue;
      assert.deepEqual([...m.classes], [...classes]);
      assert.equal(m.bias.length, classes.length);
      for (const [f, row] of Object.entries(m.weights)) assert.equal(row.length, classes.length, f);
      for (const t of Object.values(m.thresholds)) assert.ok(t > 0 && t <= 1, String(t));
    }
    if (w.accept !== null) for (const t of Object.values(w.accept.thresholds)) assert.ok(t > 0 && t < 1, String(t));
  });
});
