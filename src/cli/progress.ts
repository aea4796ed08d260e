/**
 * Progress for people: one line on stderr, rewritten in place, with the time left
 * estimated from the pace so far. Only when stderr is a terminal; logs and pipes get
 * nothing from here.
 */
export interface ProgressLine {
  /** `fraction` in 0..1 (null when unknown) drives the estimate. */
  update(text: string, fraction: number | null): void;
  done(): void;
}

/** Time left at the pace so far, or null before there is a pace to judge by. */
export function timeLeftMs(elapsedMs: number, fraction: number | null): number | null {
  if (fraction === null || !(fraction > 0) || fraction >= 1 || elapsedMs < 1000) return fraction !== null && fraction >= 1 ? 0 : null;
  return (elapsedMs * (1 - fraction)) / fraction;
}

export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m${String(s % 60).padStart(2, '0')}s` : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

/** Days from `from` to `to` (ISO dates), for a fraction of a date range covered. */
export const daysBetween = (from: string, to: string): number => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

export function progressLine(stream: NodeJS.WriteStream = process.stderr, now: () => number = Date.now): ProgressLine | null {
  if (!stream.isTTY) return null;
  const started = now();
  let last = 0;
  let shown = false;
  return {
    update(text, fraction) {
      const t = now();
      if (t - last < 100 && fraction !== 1) return; // a terminal needs no more than ten updates a second
      last = t;
      const left = timeLeftMs(t - started, fraction);
      const pct = fraction === null ? '' : ` ${Math.floor(Math.min(1, Math.max(0, fraction)) * 100)}%`;
      const line = `${text}${pct}${left === null ? '' : `, about ${formatDuration(left)} left`}`;
      stream.write(`\r\x1b[2K${line.slice(0, Math.max(20, (stream.columns || 120) - 1))}`);
      shown = true;
    },
    done() {
      if (shown) stream.write('\n');
    },
  };
}
