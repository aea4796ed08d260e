#!/usr/bin/env node
// First: on the wrong Node, one line saying which is needed instead of a dependency's stack trace.
import './require-node.ts';
import { parseArgs } from 'node:util';
import { createContext } from '../app/services.ts';
import { startWorker } from '../app/worker.ts';
import { loadConfig } from '../config/load.ts';
import { TallywatchError } from '../core/errors.ts';
import { createLogger } from '../core/logger.ts';
import { articleCommand, extractCommand } from './commands/article.ts';
import { backfillCommand } from './commands/backfill.ts';
import { claimsCommand } from './commands/claims.ts';
import { alertsCommand, deliveriesCommand, redriveCommand } from './commands/deliveries.ts';
import { importSeriesWithProgress } from './commands/import-series.ts';
import { parseReportCommand } from './commands/parse-report.ts';
import { recordRows } from '../queries/records.ts';
import { scheduleCommand, scheduleJson } from './commands/schedule.ts';
import { seriesCommand } from './commands/series.ts';
import { sourcesCommand } from '../queries/sources.ts';
import { webCommand } from './commands/web.ts';
import { withContext as withBuiltContext } from './context.ts';
import type { CliContext } from './context.ts';
import { checkOptions, commandHelp, COMMANDS } from './help.ts';
import { forPeople, show } from './human.ts';
import { out, UsageError } from './io.ts';
import { stopWhenOrphaned } from './orphan-watch.ts';

const USAGE = `usage: tallywatch <command> [options]

commands:
  start                                   run the worker (schedulers, workers, /healthz /readyz /metrics)
  parse-report [--published DATE] [FILE…] parse General Staff report texts (stdin without FILE)
  article [--url URL] [FILE…]             main text, title, time and language of HTML pages
  extract [--published DATE] [--url URL] [--lang CODE] [FILE…]  loss claims in text or HTML
  claims --json [--since DATE]            stored claims with their mention counts and corroboration
  alerts --json                           record events with their deliveries
  deliveries [--failed]                   deliveries made, and those that gave up
  redrive ID                              send a failed delivery again (ID from deliveries --failed)
  backfill [--source ID] [--page-delay MS] read the channel's history back to the baseline, then exit
  import-series FILE.csv [--recounts FILE] import a daily series CSV as history
  series [--metric M] --json              the stored daily series
  records --json                          the record days, with alert status
  sources                                 each source's polling state
  schedule [--source ID] [--json]         replay the polling policy over the stored post times
  web                                     serve the newsroom page (read-only) without the worker

options for every command:
  --config FILE   config file (default: $TALLYWATCH_CONFIG, else config/default.yaml)
environment: REDIS_URL, TALLYWATCH_PREFIX, PORT, LOG_LEVEL
tallywatch COMMAND --help: that command's usage, options and an example`;

/** parseArgs, with an unknown option reported against the command's own usage. */
function parseCommandArgs<T>(command: string | undefined, parse: () => T): T {
  try {
    return parse();
  } catch (err) {
    if (!(err as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) throw err;
    const usage = command && command in COMMANDS ? commandHelp(command) : USAGE;
    throw new UsageError(`${command && command in COMMANDS ? `${command}: ` : ''}${(err as Error).message.split('. ')[0]}\n${usage}`);
  }
}

async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseCommandArgs(command, () => parseArgs({
    args: rest,
    allowPositionals: true,
    strict: true,
    options: {
      config: { type: 'string' },
      published: { type: 'string' },
      source: { type: 'string' },
      metric: { type: 'string' },
      recounts: { type: 'string' },
      url: { type: 'string' },
      lang: { type: 'string' },
      since: { type: 'string' },
      'page-delay': { type: 'string' },
      json: { type: 'boolean' },
      failed: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
  if (!command || command === '--help' || command === '-h' || (command === 'help' && !positionals[0])) {
    process.stdout.write(`${USAGE}\n`);
    return command ? 0 : 2;
  }
  // `tallywatch COMMAND --help` and `tallywatch help COMMAND`: that command's usage, options and an example.
  if (values.help || command === 'help') {
    const name = command === 'help' ? positionals[0]! : command;
    if (!(name in COMMANDS)) throw new UsageError(`unknown command ${JSON.stringify(name)}\n${USAGE}`);
    process.stdout.write(`${commandHelp(name)}\n`);
    return 0;
  }
  checkOptions(command, Object.keys(values));
  const cfg = values.config;
  switch (command) {
    case 'start':
      return startCommand(cfg);
    case 'parse-report':
      return parseReportCommand(positionals, values.published);
    case 'article':
      return articleCommand(positionals, values.url);
    case 'extract':
      return extractCommand(positionals, values.published, values.url, values.lang);
    case 'claims': {
      const since = values.since === undefined ? undefined : new Date(values.since);
      if (since && Number.isNaN(since.getTime())) throw new UsageError(`--since: not a date: ${JSON.stringify(values.since)}`);
      show('claims', await withContext(cfg, (ctx) => claimsCommand(ctx, since)), values.json);
      return 0;
    }
    case 'alerts':
      show('alerts', await withContext(cfg, (ctx) => alertsCommand(ctx)), values.json);
      return 0;
    case 'deliveries':
      show('deliveries', await withContext(cfg, (ctx) => deliveriesCommand(ctx, Boolean(values.failed))), values.json);
      return 0;
    case 'redrive': {
      const [id] = positionals;
      if (!id) throw new UsageError('redrive needs a delivery id (see tallywatch deliveries --failed)');
      out(await withContext(cfg, (ctx) => redriveCommand(ctx, id)));
      return 0;
    }
    case 'backfill': {
      const delay = values['page-delay'] === undefined ? undefined : Number(values['page-delay']);
      if (delay !== undefined && !(delay >= 0)) throw new UsageError('--page-delay: a number of milliseconds');
      const result = await withContext(cfg, (ctx) => backfillCommand(ctx, values.source, delay));
      out(result);
      if (!result.complete) process.stderr.write(`backfill incomplete: ${result.note}\n`);
      return result.complete ? 0 : 1;
    }
    case 'import-series': {
      const [file] = positionals;
      if (!file) throw new UsageError('import-series needs a CSV file');
      out(await withContext(cfg, (ctx) => importSeriesWithProgress(ctx, file, values.recounts)));
      return 0;
    }
    case 'series':
      show('series', await withContext(cfg, (ctx) => seriesCommand(ctx, values.metric)), values.json);
      return 0;
    case 'records':
      show('records', await withContext(cfg, (ctx) => recordRows(ctx)), values.json);
      return 0;
    case 'sources':
      show('sources', await withContext(cfg, (ctx) => sourcesCommand(ctx)), values.json);
      return 0;
    case 'schedule': {
      const r = await withContext(cfg, (ctx) => scheduleCommand(ctx, values.source));
      if (!forPeople(values.json)) out(scheduleJson(r));
      else {
        process.stdout.write(
          `${r.source}: replayed ${r.days} days (${r.reports} reports), window ${r.window ?? 'none'}\n` +
            `requests/day ${r.requestsPerDay}\ndetection delay: median ${r.delayMedianS} s, p95 ${r.delayP95S} s, max ${r.delayMaxS} s\n`,
        );
      }
      return 0;
    }
    case 'web':
      return withContext(cfg, (ctx) => webCommand(ctx));
    default:
      throw new UsageError(`unknown command ${JSON.stringify(command)}\n${USAGE}`);
  }
}

/** A command's context, built by the composition root like the worker's (main.ts is the entry point that may import src/app/). */
function withContext<T>(configFile: string | undefined, fn: (ctx: CliContext) => Promise<T>): Promise<T> {
  return withBuiltContext(configFile, (config, redis, log) => createContext(config, redis, log), fn);
}

async function startCommand(configFile: string | undefined): Promise<number> {
  const config = loadConfig({ file: configFile });
  const log = createLogger(config.log.level);
  const worker = await startWorker(config, log);
  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) {
        log.warn({ signal }, 'second signal: exiting now');
        process.exit(1);
      }
      stopping = true;
      log.info({ signal }, 'draining');
      // Exit explicitly: a connection still retrying an unreachable Redis must not keep the process up.
      void worker.close().then(() => {
        resolve(0);
        setImmediate(() => process.exit(0));
      });
    };
    process.on('SIGTERM', () => stop('SIGTERM'));
    process.on('SIGINT', () => stop('SIGINT'));
    stopWhenOrphaned(() => stop('parent exited'));
  });
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof TallywatchError) {
      process.stderr.write(`tallywatch: ${err.message}\n`);
      process.exitCode = err instanceof UsageError ? 2 : 1;
    } else if (err instanceof Error && (err as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`tallywatch: ${err.message}\n${USAGE}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`tallywatch: unexpected error: ${(err as Error)?.stack ?? String(err)}\n`);
      process.exitCode = 1;
    }
  },
);
