/**
 * What changed between the stored report for a date and the one replacing it, in one line:
 * each figure that differs, from what to what. Pure.
 */
import type { Figure } from '../report/types.ts';
import type { StoredReport } from '../series/types.ts';

const num = (n: number) => n.toLocaleString('en-US');
const delta = (d: number | null | undefined) => (d === null || d === undefined ? 'no (+N)' : `(+${num(d)})`);
const figure = (f: Figure | undefined) => (f ? `${num(f.total)} ${delta(f.delta)}` : 'absent');

/** "personnel 484,030 (+1,720) → 484,030 (+1,740); tanks absent → 7,485 (+31)", or "" when no figure differs. */
export function figureChanges(before: Pick<StoredReport, 'figures' | 'other'>, after: Pick<StoredReport, 'figures' | 'other'>): string {
  const parts: string[] = [];
  const compare = (name: string, a: Figure | undefined, b: Figure | undefined) => {
    if (a?.total === b?.total && (a?.delta ?? null) === (b?.delta ?? null)) return;
    parts.push(`${name} ${figure(a)} → ${figure(b)}`);
  };
  const metrics = new Set([...Object.keys(before.figures), ...Object.keys(after.figures)]);
  for (const m of metrics) compare(m, before.figures[m as keyof typeof before.figures], after.figures[m as keyof typeof after.figures]);
  const others = new Set([...Object.keys(before.other ?? {}), ...Object.keys(after.other ?? {})]);
  for (const o of others) compare(JSON.stringify(o), before.other?.[o], after.other?.[o]);
  return parts.join('; ');
}

/** The log line for a report that replaced the stored one for its date. */
export function reportChangeMessage(before: StoredReport, after: StoredReport): string {
  const what = before.origin === 'import' ? 'the channel report replaces the imported row' : 'an edited post gave other figures';
  const changes = figureChanges(before, after);
  return `report ${after.date} changed (${what}): ${changes || 'same figures, other details'}`;
}
