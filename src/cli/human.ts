import { out } from './io.ts';
import { renderTable } from './table.ts';
import type { Column } from './table.ts';

/**
 * The list commands' output: the documented JSON for scripts (with --json, or whenever
 * stdout is not a terminal, so pipes keep working byte for byte), an aligned table with
 * the few columns a person reads otherwise.
 */
type Row = Record<string, any>;
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const plus = (v: unknown): string | null => (typeof v === 'number' ? `+${v.toLocaleString('en-GB')}` : null);
const time = (iso: unknown): string | null => (typeof iso === 'string' ? iso.replace('T', ' ').slice(0, 16) : null);

export const TABLES: Record<string, { columns: Column<Row>[]; empty: string }> = {
  series: {
    empty: 'no series stored (run backfill or import-series)',
    columns: [
      { header: 'DATE', value: (r) => r.date },
      { header: 'METRIC', value: (r) => r.metric },
      { header: 'TOTAL', value: (r) => num(r.total), align: 'right' },
      { header: '(+N)', value: (r) => plus(r.delta), align: 'right' },
      { header: 'FLAGS', value: (r) => (r.flags ?? []).join(',') },
    ],
  },
  records: {
    empty: 'no record days',
    columns: [
      { header: 'METRIC', value: (r) => r.metric },
      { header: 'DATE', value: (r) => r.date },
      { header: 'RECORD', value: (r) => plus(r.value), align: 'right' },
      { header: 'PREVIOUS', value: (r) => (r.previous ? `${plus(r.previous.value)} (${r.previous.date})` : null) },
      { header: 'STATUS', value: (r) => r.status },
    ],
  },
  claims: {
    empty: 'no claims stored',
    columns: [
      { header: 'SEEN', value: (r) => time(r.firstSeenAt) },
      { header: 'VERDICT', value: (r) => r.corroboration?.status },
      { header: 'METRIC', value: (r) => r.metric },
      { header: 'KIND', value: (r) => r.kind },
      { header: 'VALUE', value: (r) => num(r.value), align: 'right' },
      { header: 'CLAIMANT', value: (r) => r.claimant, max: 20 },
      { header: 'MENTIONS', value: (r) => num(r.mentions), align: 'right' },
      { header: 'QUOTE', value: (r) => r.quote, max: 60 },
    ],
  },
  alerts: {
    empty: 'no record events',
    columns: [
      { header: 'DATE', value: (r) => r.date },
      { header: 'METRIC', value: (r) => r.metric },
      { header: 'VALUE', value: (r) => plus(r.value), align: 'right' },
      { header: 'STATUS', value: (r) => r.status },
      { header: 'DELIVERIES', value: (r) => (r.deliveries ?? []).map((d: Row) => `${d.subscriberId} ${d.status} ${d.state}`).join(', '), max: 80 },
    ],
  },
  deliveries: {
    empty: 'no deliveries',
    columns: [
      { header: 'AT', value: (r) => time(r.at) },
      { header: 'SUBSCRIBER', value: (r) => r.subscriberId },
      { header: 'EVENT', value: (r) => r.eventId },
      { header: 'STATUS', value: (r) => r.status },
      { header: 'STATE', value: (r) => r.state },
      { header: 'TRIES', value: (r) => num(r.attempts), align: 'right' },
      { header: 'ERROR', value: (r) => r.error, max: 50 },
    ],
  },
  sources: {
    empty: 'no sources configured',
    columns: [
      { header: 'SOURCE', value: (r) => r.id },
      { header: 'TYPE', value: (r) => `${r.type}${r.primary ? '*' : ''}${r.enabled ? '' : ' (off)'}` },
      { header: 'LAST SUCCESS', value: (r) => time(r.lastSuccessAt) },
      { header: 'FAILS', value: (r) => num(r.consecutiveFailures), align: 'right' },
      { header: 'STALE', value: (r) => (r.stale ? 'stale' : 'ok') },
      { header: 'NEXT DUE', value: (r) => time(r.nextRunAt) },
      { header: 'BACKFILL', value: (r) => (r.type === 'telegram' ? `${r.backfill?.done ? 'done' : 'not done'}, ${r.backfill?.pages ?? 0} pages${r.backfill?.oldestDate ? ` to ${r.backfill.oldestDate}` : ''}` : null) },
    ],
  },
};

/** True when the output is for a person: a terminal, and no --json. */
export const forPeople = (json: boolean | undefined, stream: { isTTY?: boolean } = process.stdout): boolean => !json && stream.isTTY === true;

export function show(kind: keyof typeof TABLES, rows: Row[], json: boolean | undefined): void {
  if (!forPeople(json)) return out(rows);
  const t = TABLES[kind]!;
  process.stdout.write(rows.length === 0 ? `${t.empty}\n` : `${renderTable(t.columns, rows)}\n`);
}
