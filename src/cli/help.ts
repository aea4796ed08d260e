/**
 * Each command's usage, options and one example, for `tallywatch COMMAND --help`, and the
 * options it accepts: an option another command takes is an error for this one, naming it.
 */
import { UsageError } from './io.ts';

export interface CommandHelp {
  usage: string;
  summary: string;
  /** Option name (without --) → what it does. `config` and `help` are accepted everywhere. */
  options: Record<string, string>;
  example: string;
}

// Every list command: JSON for scripts and pipes, a table for a person at a terminal.
const JSON_OPTION = '--json   JSON lines (the default when stdout is not a terminal; a table on a terminal)';

const CONFIG = '--config FILE   config file (default: $TALLYWATCH_CONFIG, else config/default.yaml)';

export const COMMANDS: Record<string, CommandHelp> = {
  start: {
    usage: 'tallywatch start',
    summary: 'run the worker: schedulers, workers, /healthz /readyz /metrics; SIGTERM drains within worker.shutdownTimeout',
    options: {},
    example: 'tallywatch start --config examples/my.yaml',
  },
  'parse-report': {
    usage: 'tallywatch parse-report [--published DATE] [FILE…]',
    summary: 'parse General Staff report texts (stdin without FILE); one JSON line per input',
    options: { published: '--published DATE   the post date (YYYY-MM-DD), for a report whose header has none' },
    example: 'tallywatch parse-report report.txt',
  },
  article: {
    usage: 'tallywatch article [--url URL] [FILE…]',
    summary: 'main text, title, time and language of HTML pages (stdin without FILE); one JSON line per input',
    options: { url: '--url URL   the page address, for resolving links and reading its language hints' },
    example: 'tallywatch article --url https://example.org/news/1 page.html',
  },
  extract: {
    usage: 'tallywatch extract [--published DATE] [--url URL] [--lang CODE] [FILE…]',
    summary: 'loss claims in text or HTML (stdin without FILE); one JSON line per input',
    options: {
      published: '--published DATE   the publication date (YYYY-MM-DD) that relative dates ("yesterday") count from',
      url: '--url URL   the page address, for HTML input',
      lang: '--lang CODE   the text\'s language (ISO 639-1); default: what the page declares, else a guess from the text',
    },
    example: 'tallywatch extract --published 2024-05-13 article.txt',
  },
  claims: {
    usage: 'tallywatch claims [--json] [--since DATE]',
    summary: 'stored claims with their mention counts and corroboration',
    options: { json: JSON_OPTION, since: '--since DATE   only claims first seen at or after DATE' },
    example: 'tallywatch claims --json --since 2024-05-01',
  },
  alerts: {
    usage: 'tallywatch alerts [--json]',
    summary: 'record events with their deliveries',
    options: { json: JSON_OPTION },
    example: 'tallywatch alerts --json',
  },
  deliveries: {
    usage: 'tallywatch deliveries [--failed] [--json]',
    summary: 'deliveries made, and those that gave up',
    options: { failed: '--failed   only the deliveries that used up their attempts (dead letters)', json: JSON_OPTION },
    example: 'tallywatch deliveries --failed',
  },
  redrive: {
    usage: 'tallywatch redrive ID',
    summary: 'send a failed delivery again (ID as listed by deliveries --failed)',
    options: {},
    example: 'tallywatch redrive record:personnel:2024-05-13:confirmed:desk',
  },
  backfill: {
    usage: 'tallywatch backfill [--source ID] [--page-delay MS]',
    summary: "read the channel's history back to the baseline, then exit (1 when it does not reach it)",
    options: { source: '--source ID   the telegram source to read (default: the primary one)', 'page-delay': '--page-delay MS   pause between pages (default: backfill.pageDelay)' },
    example: 'tallywatch backfill --page-delay 2000',
  },
  'import-series': {
    usage: 'tallywatch import-series FILE.csv [--recounts FILE]',
    summary: 'import a daily series CSV (date,personnel,tanks,… cumulative totals) as history',
    options: { recounts: '--recounts FILE   rows date,category,gs_recount,note for days whose total folds a recount' },
    example: 'tallywatch import-series examples/history.csv --config examples/my.yaml',
  },
  series: {
    usage: 'tallywatch series [--metric M] [--json]',
    summary: 'the stored daily series',
    options: { metric: '--metric M   one metric (personnel, tanks, …)', json: JSON_OPTION },
    example: 'tallywatch series --metric personnel --json',
  },
  records: {
    usage: 'tallywatch records [--json]',
    summary: 'the record days, with alert status',
    options: { json: JSON_OPTION },
    example: 'tallywatch records --json',
  },
  sources: {
    usage: 'tallywatch sources [--json]',
    summary: "each source's polling state",
    options: { json: JSON_OPTION },
    example: 'tallywatch sources --config examples/my.yaml',
  },
  schedule: {
    usage: 'tallywatch schedule [--source ID] [--json]',
    summary: 'replay the polling policy over the last 90 days of stored post times: requests a day and detection delay (median, p95)',
    options: { source: '--source ID   the channel to replay (default: the primary one)', json: '--json   print {"days", "requestsPerDay", "delayMedianS", "delayP95S"}' },
    example: 'tallywatch schedule --json',
  },
  web: {
    usage: 'tallywatch web',
    summary: 'serve the newsroom page (read-only, from the store) without running the worker; http.host, http.port and http.auth apply',
    options: {},
    example: 'tallywatch web --config examples/my.yaml',
  },
};

/** The text of `tallywatch COMMAND --help`. */
export function commandHelp(name: string): string {
  const c = COMMANDS[name];
  if (!c) throw new UsageError(`unknown command ${JSON.stringify(name)}`);
  const rows = [...Object.values(c.options), CONFIG].map((o) => {
    const [flag = o, text = ''] = o.split(/ {3}/);
    return [flag, text] as const;
  });
  const width = Math.max(...rows.map(([flag]) => flag.length));
  const options = rows.map(([flag, text]) => `  ${flag.padEnd(width)}   ${text}`).join('\n');
  return `usage: ${c.usage} [--config FILE]\n\n${c.summary}\n\noptions:\n${options}\n\nexample:\n  ${c.example}`;
}

/** Throws a UsageError naming the first option given that `command` does not take. */
export function checkOptions(command: string, given: string[]): void {
  const c = COMMANDS[command];
  if (!c) return;
  for (const name of given) {
    if (name === 'config' || name === 'help' || name in c.options) continue;
    throw new UsageError(`${command}: unknown option --${name}\n${commandHelp(command)}`);
  }
}
