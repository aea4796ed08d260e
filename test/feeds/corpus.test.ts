import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { reliability } from '../support/reliability.ts';
import type { CorpusJob, CorpusResult } from './corpus-worker.ts';
import { shared } from '../support/shared.ts';

const ROOT = `${shared('bench', 'feeds')}/`;
const MANIFEST = `${ROOT}MANIFEST.tsv`;
/** A parse that takes longer than this counts as a hang. */
const PER_FILE_MS = 10_000;

interface Row {
  file: string;
  kind: string;
  what: string;
  expected: number | null;
}

function readManifest(): Row[] {
  return readFileSync(MANIFEST, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [file = '', , kind = '', what = '', expected = ''] = line.split('\t');
      return { file, kind, what, expected: expected === '' ? null : Number(expected) };
    });
}

/** The HTTP Content-Type a corpus case assumes, written in its description. */
function contentTypeOf(what: string): string | undefined {
  return /Header:\s*Content-type:\s*(.*?);\s*Description:/i.exec(what)?.[1] ?? /HTTP header "Content-Type:\s*([^"]+)"/i.exec(what)?.[1];
}

/** Runs every job in a worker, one at a time, restarting the worker after a hang or a crash. */
async function runAll(jobs: CorpusJob[]): Promise<Map<string, CorpusResult | { file: string; outcome: 'timeout' | 'crash'; message: string; ms: number }>> {
  const results = new Map<string, CorpusResult | { file: string; outcome: 'timeout' | 'crash'; message: string; ms: number }>();
  let worker: Worker | null = null;
  const spawn = () => new Worker(new URL('./corpus-worker.ts', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: 1024 } });
  try {
    for (const job of jobs) {
      worker ??= spawn();
      const w: Worker = worker;
      const t0 = performance.now();
      const result = await new Promise<CorpusResult | { file: string; outcome: 'timeout' | 'crash'; message: string; ms: number }>((resolve) => {
        const timer = setTimeout(() => finish({ file: job.file, outcome: 'timeout', message: `no answer within ${PER_FILE_MS} ms`, ms: PER_FILE_MS }), PER_FILE_MS);
        const onMessage = (r: CorpusResult) => finish(r);
        const onError = (err: Error) => finish({ file: job.file, outcome: 'crash', message: err.message, ms: performance.now() - t0 });
        function finish(r: CorpusResult | { file: string; outcome: 'timeout' | 'crash'; message: string; ms: number }) {
          clearTimeout(timer);
          w.off('message', onMessage);
          w.off('error', onError);
          resolve(r);
        }
        w.on('message', onMessage);
        w.on('error', onError);
        w.postMessage(job);
      });
      if (result.outcome === 'timeout' || result.outcome === 'crash') {
        await w.terminate();
        worker = null;
      }
      results.set(job.file, result);
    }
  } finally {
    await worker?.terminate();
  }
  return results;
}

test('the shared feed corpus: decode + parse', { skip: !existsSync(MANIFEST) && 'corpus not present', timeout: 120_000 }, async (t) => {
  const rows = readManifest();
  const started = performance.now();
  const results = await runAll(rows.map((r) => ({ path: ROOT + r.file, file: r.file, contentType: contentTypeOf(r.what) })));
  const seconds = (performance.now() - started) / 1000;

  const real = rows.filter((r) => r.kind === 'real');
  const realOk = real.filter((r) => results.get(r.file)?.outcome === 'ok');
  const byKind = new Map<string, number>();
  let slowest = { file: '', ms: 0 };
  for (const r of results.values()) {
    const label = r.outcome === 'feed_error' ? `FeedParseError ${(r as CorpusResult).kind}` : r.outcome;
    byKind.set(label, (byKind.get(label) ?? 0) + 1);
    if (r.ms > slowest.ms) slowest = { file: r.file, ms: r.ms };
  }
  t.diagnostic(`real feeds parsed: ${realOk.length} / ${real.length}`);
  t.diagnostic(`whole corpus (${results.size} files): ${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  t.diagnostic(`time ${seconds.toFixed(1)} s; slowest ${slowest.file} ${slowest.ms.toFixed(0)} ms`);
  for (const r of real) {
    const res = results.get(r.file);
    if (res?.outcome !== 'ok') t.diagnostic(`real not parsed: ${r.file}: ${res?.outcome} ${'message' in (res ?? {}) ? (res as { message?: string }).message : ''}`);
  }

  assert.equal(results.size, rows.length);
  assert.ok(realOk.length >= 200, `only ${realOk.length} of ${real.length} real feeds parsed`);

  // Nothing but a feed or a FeedParseError: no other exception, no hang, no crash.
  const bad = [...results.values()].filter((r) => r.outcome !== 'ok' && r.outcome !== 'feed_error');
  assert.deepEqual(bad.map((r) => `${r.file}: ${r.outcome} ${(r as { message?: string }).message ?? ''}`), []);

  const unsafe = [...results.values()].filter((r): r is CorpusResult => 'unsafe' in r && r.unsafe !== undefined);
  assert.deepEqual(unsafe.map((r) => `${r.file}: ${r.unsafe}`), []);

  // Real feeds that hold items give items (fewer than written only where guids repeat or the cap bites).
  for (const r of realOk) {
    const res = results.get(r.file) as CorpusResult;
    if (r.expected !== null && r.expected > 0) assert.ok((res.items ?? 0) > 0, `${r.file}: no items, expected ${r.expected}`);
    if (r.expected !== null) assert.ok((res.items ?? 0) <= r.expected, `${r.file}: ${res.items} items, more than ${r.expected}`);
  }

  const classified = Object.fromEntries([...byKind].filter(([k]) => k.startsWith('FeedParseError')).map(([k, n]) => [k.replace('FeedParseError ', ''), n]));
  reliability({
    area: '2 feeds corpus',
    case: 'feeds corpus (../shared/bench/feeds)',
    took_ms: Math.round(seconds * 1000),
    files: results.size,
    parsed: byKind.get('ok') ?? 0,
    classified_errors: classified,
    real_parsed: `${realOk.length}/${real.length}`,
    crashes_or_hangs: bad.length,
    entity_expansion_or_external: unsafe.length,
    slowest_ms: Math.round(slowest.ms),
    ok: true,
  });
});
