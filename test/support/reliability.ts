/**
 * One `RELIABILITY {json}` line per case on stdout: scripts/reliability-doc.ts gathers
 * these from the test run into docs/reliability.md (what was done, what happened, the figures).
 * Call it only after the case's assertions passed, with `ok: true`.
 */
/** The numbered parts of the reliability work (docs/reliability.md groups its rows by these). */
export type ReliabilityArea = '1 hostile HTTP' | '2 feeds corpus' | '3 network safety' | '4 faults' | '5 scale-out';

export function reliability(summary: { area: ReliabilityArea; case: string; took_ms: number; ok: boolean } & Record<string, unknown>): void {
  process.stdout.write(`RELIABILITY ${JSON.stringify(summary)}\n`);
}
