import { z } from 'zod';
import { ALERT_VERSIONS, CLAIMANT_KEYS, RECORD_STATUSES, SUBSCRIBER_EVENTS } from '../domain/enums.ts';
import { isIsoDate } from '../core/dates.ts';
import { isAddressOrRange } from '../fetch/address-guard.ts';
import { parseDuration } from './duration.ts';
import { parseWindow } from '../schedule/window.ts';

/** True when `spec` parses as a report window. */
function isWindowSpec(spec: string): boolean {
  try {
    parseWindow(spec);
    return true;
  } catch {
    return false;
  }
}

/** A duration: milliseconds, or "60s", "5m", "1h". */
const duration = (min: number) =>
  z.union([z.number(), z.string()]).transform((v, ctx) => {
    const ms = parseDuration(v);
    if (ms === null) {
      ctx.addIssue({ code: 'custom', message: `not a duration: ${JSON.stringify(v)} (use milliseconds or e.g. "60s", "5m")` });
      return z.NEVER;
    }
    if (ms < min) {
      ctx.addIssue({ code: 'custom', message: `must be at least ${min} ms` });
      return z.NEVER;
    }
    return ms;
  });

/** Queue names a subscriber may not take: the worker's own queues and its key roots. */
export const RESERVED_QUEUE_NAMES = ['poll', 'backfill', 'article', 'notify', 'deliver', 'store', 'ledger'];

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/i, 'letters, digits, "-" and "_" only (at most 64)');

const httpUrl = z.url({ protocol: /^https?$/, error: 'an http(s) URL' });

export const sourceSchema = z.strictObject({
  /** Names the source in logs, metrics and `tallywatch sources`; unique. */
  id,
  /** `telegram`: a t.me/s channel page (the General Staff's reports); `rss`: a news feed (RSS, RDF, Atom or JSON Feed). */
  type: z.enum(['telegram', 'rss']),
  /** The channel page (https://t.me/s/NAME) or the feed's address. */
  url: httpUrl,
  /** Poll interval; for a channel with a report window, the interval outside it (see `sparse`). @default "60s" for telegram, "5m" for rss */
  every: duration(1000).optional(),
  /**
   * Telegram only: when the channel's report is due, e.g. "07:00-10:00 Europe/Kyiv" (zone optional,
   * Kyiv by default), "auto" to learn it from the post times of the last 60 stored reports (5th to
   * 95th percentile of their time of day, plus a margin), or "off" to poll every `every` around the
   * clock. Inside the window the channel is polled every `dense` until that day's report is stored,
   * and every `sparse` otherwise. @default "auto" for the primary channel, "off" for others
   */
  window: z
    .string()
    .refine((w) => w === 'auto' || w === 'off' || isWindowSpec(w), '"auto", "off" or "HH:MM-HH:MM [time zone]", e.g. "07:00-10:00 Europe/Kyiv"')
    .optional(),
  /** Telegram only: poll interval inside the report window until the report is seen. @default "15s" (at most `sparse`) */
  dense: duration(1000).optional(),
  /** Telegram only: poll interval outside the report window and after the day's report. @default `every` if set, else "5m" */
  sparse: duration(1000).optional(),
  /** The primary source is the one whose reports build the series (the General Staff channel). @default false */
  primary: z.boolean().default(false),
  /** A source can be kept in the file but switched off. @default true */
  enabled: z.boolean().default(true),
});

const subscriberBase = {
  /** Names the subscriber in delivery ids and logs; unique. */
  id,
  /** Secret taken from the environment variable of this name (preferred over `secret`). */
  secretEnv: z.string().regex(/^[A-Z_][A-Z0-9_]*$/, 'an environment variable name').optional(),
  /** HMAC-SHA256 signing secret written in the file (prefer `secretEnv`). */
  secret: z.string().min(1).optional(),
  /** Only these metrics; all when absent. */
  metrics: z.array(z.string()).optional(),
  /** Record statuses wanted: reported (press, unconfirmed), confirmed, contradicted. @default all three */
  statuses: z.array(z.enum(RECORD_STATUSES)).min(1).optional(),
  /** Only alerts whose claimants include one of these. @default all */
  claimants: z.array(z.enum(CLAIMANT_KEYS)).min(1).optional(),
  /** Event types: "record" (record alerts), "ops" (operational alerts), "claims" (every new claim; queue subscribers only). @default ["record"] */
  events: z.array(z.enum(SUBSCRIBER_EVENTS)).default(['record']),
};

const envName = z.string().regex(/^[A-Z_][A-Z0-9_]*$/, 'an environment variable name');
/** Alert contract version sent to webhook and queue subscribers. @default "v1" */
const alertSchema = z.enum(ALERT_VERSIONS).default('v1');

export const subscriberSchema = z.discriminatedUnion('type', [
  z.strictObject({
    ...subscriberBase,
    type: z.literal('webhook'),
    /** Where the signed JSON POST goes. */
    url: httpUrl,
    alertSchema,
  }),
  z.strictObject({
    ...subscriberBase,
    type: z.literal('slack'),
    /** The Slack incoming-webhook URL; it is itself the credential, so prefer `urlEnv`. Exactly one of `url` and `urlEnv`. */
    url: httpUrl.optional(),
    /** The environment variable holding the incoming-webhook URL. */
    urlEnv: envName.optional(),
  }),
  z.strictObject({
    ...subscriberBase,
    type: z.literal('telegram'),
    /** The bot token written in the file (prefer `tokenEnv`). Exactly one of `token` and `tokenEnv`. */
    token: z.string().regex(/^\d+:[A-Za-z0-9_-]+$/, 'a bot token (digits:letters)').optional(),
    /** The environment variable holding the bot token. */
    tokenEnv: envName.optional(),
    /** The chat to post in: a numeric id or `@channel`. */
    chatId: z.union([z.string().regex(/^(-?\d+|@[A-Za-z0-9_]{5,32})$/, 'a chat id or @channel'), z.number().int()]),
    /** Bot API base URL (tests point it at a local server). @default "https://api.telegram.org" */
    baseUrl: httpUrl.default('https://api.telegram.org'),
  }),
  z.strictObject({
    ...subscriberBase,
    type: z.literal('queue'),
    /** The BullMQ queue (under `prefix`) that gets one `alert` job per alert; not one of the worker's own. */
    queue: z
      .string()
      .regex(/^[A-Za-z0-9_.-]{1,100}$/, 'a queue name without ":"')
      // These names are the worker's own queues or the roots of its keys under the same prefix.
      .refine((q) => !RESERVED_QUEUE_NAMES.includes(q), `reserved for the worker (${RESERVED_QUEUE_NAMES.join(', ')})`),
    alertSchema,
  }),
]);

export const configSchema = z
  .strictObject({
    redis: z
      .strictObject({
        /** With `cluster`, several seed nodes separated by commas. @default "redis://127.0.0.1:6379" (env REDIS_URL) */
        url: z
          .string()
          .regex(/^rediss?:\/\/[^,\s]+(,\s*rediss?:\/\/[^,\s]+)*$/, 'a redis:// or rediss:// URL (with cluster: several, comma-separated)')
          .default('redis://127.0.0.1:6379'),
        /** Redis Cluster: `url` lists seed nodes, and the prefix must be hash-tagged ("{tallywatch}"). @default false (env REDIS_CLUSTER) */
        cluster: z.boolean().default(false),
      })
      .prefault({}),
    /** Every Redis key and BullMQ queue lives under this prefix. @default "tallywatch" (env TALLYWATCH_PREFIX) */
    prefix: z.string().regex(/^[A-Za-z0-9_{}.-]{1,64}$/, 'letters, digits, "{}", ".", "-", "_"').default('tallywatch'),
    http: z
      .strictObject({
        /** Port of the ops server (/healthz, /readyz, /metrics); 0 picks a free port. @default 8080 (env PORT) */
        port: z.number().int().min(0).max(65535).default(8080),
        /** Address the ops server listens on. @default "0.0.0.0" */
        host: z.string().default('0.0.0.0'),
        /** Serve the read-only newsroom page at `/` (and its data under `/api/`). @default true */
        ui: z.boolean().default(true),
        /**
         * Protects the page and its API (not /healthz, /readyz, /metrics): a bearer token, or basic
         * credentials, each read from the environment variable named here. Set it, or bind `host` to
         * 127.0.0.1, before exposing the port. @default none
         */
        auth: z
          .strictObject({
            /** Environment variable holding the bearer token (`Authorization: Bearer …`, or `?token=` once in a browser). */
            tokenEnv: envName.optional(),
            /** Environment variable holding the basic-auth user name (with `passwordEnv`). */
            userEnv: envName.optional(),
            /** Environment variable holding the basic-auth password (with `userEnv`). */
            passwordEnv: envName.optional(),
          })
          .refine((a) => Boolean(a.tokenEnv) !== Boolean(a.userEnv && a.passwordEnv) && Boolean(a.userEnv) === Boolean(a.passwordEnv), 'give tokenEnv, or both userEnv and passwordEnv')
          .optional(),
      })
      .prefault({}),
    log: z
      .strictObject({
        /** pino log level. @default "info" (env LOG_LEVEL) */
        level: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
      })
      .prefault({}),
    /** What to watch: the General Staff channel and news feeds. @default [] (config/default.yaml lists the channel and six feeds) */
    sources: z.array(sourceSchema).default([]),
    /** Who gets the alerts. @default [] */
    subscribers: z.array(subscriberSchema).default([]),
    fetch: z
      .strictObject({
        /** Fetch from loopback and private addresses. Only for tests and demos. @default false */
        allowPrivateNetworks: z.boolean().default(false),
        /**
         * Private addresses or CIDR ranges fetched all the same (an internal mirror, a proxy), while every
         * other loopback, private, link-local, CGNAT and metadata address stays refused. @default []
         */
        allowAddresses: z.array(z.string().refine(isAddressOrRange, 'an IP address or CIDR range, e.g. "10.8.0.0/16"')).default([]),
        /** Whole-request deadline. @default "20s" */
        timeout: duration(100).default(20_000),
        /** Largest decompressed body accepted. @default 5 MiB */
        maxBytes: z.number().int().min(1024).default(5 * 1024 * 1024),
        /** Redirects followed per request, each hop checked by the address guard. @default 5 */
        maxRedirects: z.number().int().min(0).max(20).default(5),
        /** User-Agent header of every request. @default a tallywatch User-Agent */
        userAgent: z.string().min(1).optional(),
        /** Pause between two requests to one registrable domain, across all processes. @default "2s" */
        domainSpacing: duration(0).default(2000),
        /** Obey robots.txt for article pages. @default true */
        respectRobots: z.boolean().default(true),
      })
      .prefault({}),
    backfill: z
      .strictObject({
        /** Run the backfill when the worker starts and history is incomplete. @default true */
        onStart: z.boolean().default(true),
        /** Pause between two pages of channel history (politeness). @default "1500ms" */
        pageDelay: duration(0).default(1500),
        /** Safety bound on pages per run. @default 2000 */
        maxPages: z.number().int().min(1).default(2000),
      })
      .prefault({}),
    records: z
      .strictObject({
        /** The first report with (+N); records are judged from here. @default "2022-04-26" */
        baseline: z
          .string()
          .refine(isIsoDate, 'a date YYYY-MM-DD')
          .default('2022-04-26'),
        /**
         * How long a `reported` record's alert waits before it goes out, so the outlets that
         * report the same record meanwhile are listed in it (not only the first one read).
         * Confirmed records are never held. @default "30s"
         */
        reportedHold: duration(0).default(30_000),
      })
      .prefault({}),
    delivery: z
      .strictObject({
        /** Attempts per delivery before it goes to the dead-letter list. @default 8 */
        attempts: z.number().int().min(1).max(50).default(8),
        /** First retry delay; doubles per attempt with jitter. @default "2s" */
        backoff: duration(0).default(2000),
        /** Longest retry delay. @default "5m" */
        maxBackoff: duration(0).default(300_000),
        /** Timeout of one webhook request. @default "10s" */
        timeout: duration(100).default(10_000),
      })
      .prefault({}),
    worker: z
      .strictObject({
        /** Bound on draining at SIGTERM/SIGINT. @default "10s" */
        shutdownTimeout: duration(0).default(10_000),
        /** Concurrency of the delivery worker. @default 4 */
        deliveryConcurrency: z.number().int().min(1).max(64).default(4),
        /**
         * How long a job's lock lives without renewal (renewed at half of it while the job runs). A job
         * whose process died, or that could not be finished because Redis refused the write, is taken
         * back once its lock has expired. @default "15s"
         */
        jobLock: duration(5000).default(15_000),
        /** How often each worker looks for jobs whose lock expired. @default "5s" */
        stalledCheck: duration(1000).default(5_000),
        /**
         * Longest an article page may take to read (main text and claims, in a worker thread); past
         * it the article is kept as `timeout` and not retried. Real pages take milliseconds. @default "20s"
         */
        extractTimeout: duration(100).default(20_000),
        /** Worker threads reading article pages at once. @default 1 */
        extractThreads: z.number().int().min(1).max(16).default(1),
      })
      .prefault({}),
  })
  .superRefine((cfg, ctx) => {
    const seen = new Set<string>();
    cfg.sources.forEach((s, i) => {
      for (const key of ['window', 'dense', 'sparse'] as const) {
        if (s[key] !== undefined && s.type !== 'telegram') ctx.addIssue({ code: 'custom', path: ['sources', i, key], message: `"${key}" applies to telegram sources only` });
      }
      if (seen.has(s.id)) ctx.addIssue({ code: 'custom', path: ['sources', i, 'id'], message: `duplicate source id "${s.id}"` });
      seen.add(s.id);
    });
    const subs = new Set<string>();
    cfg.subscribers.forEach((s, i) => {
      if (subs.has(s.id)) ctx.addIssue({ code: 'custom', path: ['subscribers', i, 'id'], message: `duplicate subscriber id "${s.id}"` });
      subs.add(s.id);
      if (s.events.includes('claims') && s.type !== 'queue') ctx.addIssue({ code: 'custom', path: ['subscribers', i, 'events'], message: 'only queue subscribers can take "claims"' });
      if (s.type === 'slack' && Boolean(s.url) === Boolean(s.urlEnv)) ctx.addIssue({ code: 'custom', path: ['subscribers', i, 'url'], message: 'give exactly one of url and urlEnv' });
      if (s.type === 'telegram' && Boolean(s.token) === Boolean(s.tokenEnv)) ctx.addIssue({ code: 'custom', path: ['subscribers', i, 'token'], message: 'give exactly one of token and tokenEnv' });
    });
    // Lua scripts and BullMQ touch several keys at once: in a cluster they must share one slot.
    if (cfg.redis.cluster && !/\{[^{}]+\}/.test(cfg.prefix)) {
      ctx.addIssue({ code: 'custom', path: ['prefix'], message: 'with redis.cluster the prefix needs a hash tag, e.g. "{tallywatch}", so all keys share one slot' });
    }
    if (!cfg.redis.cluster && cfg.redis.url.includes(',')) {
      ctx.addIssue({ code: 'custom', path: ['redis', 'url'], message: 'several URLs only with redis.cluster: true' });
    }
    if (cfg.sources.filter((s) => s.primary).length > 1) {
      ctx.addIssue({ code: 'custom', path: ['sources'], message: 'at most one source can be primary' });
    }
  });

export type ConfigInput = z.input<typeof configSchema>;
export type Config = z.output<typeof configSchema>;
export type SourceConfig = Config['sources'][number];
export type SubscriberEntry = Config['subscribers'][number];
