import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { ConfigError } from '../core/errors.ts';
import { redactUrl } from '../core/logger.ts';
import { projectPath } from '../core/paths.ts';
import { configSchema } from './schema.ts';
import type { Config, SubscriberEntry } from './schema.ts';

/** The config shipped in config/default.yaml: watches the real General Staff channel. */
export const DEFAULT_CONFIG_PATH = projectPath('config', 'default.yaml');

/** A subscriber with its secret resolved from the environment. */
export type Subscriber = SubscriberEntry & { secret?: string };

export interface LoadedConfig extends Omit<Config, 'subscribers'> {
  subscribers: Subscriber[];
  /** Where the config came from, for logs. */
  file: string;
}

/** Path of a key as written in the file, e.g. `sources[0].every`. */
function keyPath(path: PropertyKey[]): string {
  return path.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)), '') || '(root)';
}

export function formatIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${keyPath(i.path)}: ${i.message}`).join('; ');
}

function readConfigFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new ConfigError(`cannot read config file ${file}: ${(cause as Error).message}`, { key: '(file)', file }, { cause });
  }
  try {
    return file.endsWith('.json') ? JSON.parse(text) : (parseYaml(text) ?? {});
  } catch (cause) {
    throw new ConfigError(`config file ${file} is not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${(cause as Error).message}`, { key: '(file)', file }, { cause });
  }
}

/** Every environment variable that changes the loaded config (tests clear these for the processes they start). */
export const CONFIG_ENV_VARS = ['TALLYWATCH_CONFIG', 'REDIS_URL', 'REDIS_CLUSTER', 'TALLYWATCH_PREFIX', 'PORT', 'LOG_LEVEL'] as const;

/** Environment overrides: REDIS_URL, REDIS_CLUSTER, TALLYWATCH_PREFIX, PORT, LOG_LEVEL. */
function applyEnv(raw: Record<string, any>, env: NodeJS.ProcessEnv): Record<string, any> {
  const out = { ...raw };
  if (env.REDIS_URL) out.redis = { ...(out.redis ?? {}), url: env.REDIS_URL };
  if (env.REDIS_CLUSTER !== undefined && env.REDIS_CLUSTER !== '') {
    if (!/^(true|false|1|0)$/.test(env.REDIS_CLUSTER)) throw new ConfigError(`REDIS_CLUSTER: true or false, not ${JSON.stringify(env.REDIS_CLUSTER)}`, { key: 'REDIS_CLUSTER' });
    out.redis = { ...(out.redis ?? {}), cluster: /^(true|1)$/.test(env.REDIS_CLUSTER) };
  }
  if (env.TALLYWATCH_PREFIX) out.prefix = env.TALLYWATCH_PREFIX;
  if (env.PORT !== undefined && env.PORT !== '') {
    const port = Number(env.PORT);
    if (!Number.isInteger(port)) throw new ConfigError(`PORT: not a port number: ${JSON.stringify(env.PORT)}`, { key: 'PORT' });
    out.http = { ...(out.http ?? {}), port };
  }
  if (env.LOG_LEVEL) out.log = { ...(out.log ?? {}), level: env.LOG_LEVEL };
  return out;
}

/**
 * Loads and validates the config. The file is `file`, else TALLYWATCH_CONFIG, else
 * config/default.yaml. Any wrong value throws a ConfigError naming the key.
 */
export function loadConfig(opts: { file?: string | undefined; env?: NodeJS.ProcessEnv; raw?: unknown } = {}): LoadedConfig {
  const env = opts.env ?? process.env;
  const file = opts.file ?? env.TALLYWATCH_CONFIG ?? DEFAULT_CONFIG_PATH;
  const raw = opts.raw ?? readConfigFile(file);
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ConfigError(`config ${file} must be a mapping of keys to values`, { key: '(root)', file });
  }
  const result = configSchema.safeParse(applyEnv(raw as Record<string, any>, env));
  if (!result.success) {
    const first = result.error.issues[0];
    throw new ConfigError(`invalid config ${file}: ${formatIssues(result.error)}`, {
      key: first ? keyPath(first.path) : '(root)',
      file,
    });
  }
  const cfg = result.data;
  const fromEnv = (i: number, key: string, name: string): string => {
    const value = env[name];
    if (!value) throw new ConfigError(`subscribers[${i}].${key}: environment variable ${name} is not set`, { key: `subscribers[${i}].${key}`, file });
    return value;
  };
  // Credentials named by environment variable are resolved here, once.
  const subscribers = cfg.subscribers.map((s, i): Subscriber => {
    let out: Subscriber = s;
    if (s.secretEnv) out = { ...out, secret: fromEnv(i, 'secretEnv', s.secretEnv) };
    if (s.type === 'slack' && s.urlEnv) out = { ...out, url: fromEnv(i, 'urlEnv', s.urlEnv) } as Subscriber;
    if (s.type === 'telegram' && s.tokenEnv) out = { ...out, token: fromEnv(i, 'tokenEnv', s.tokenEnv) } as Subscriber;
    return out;
  });
  return { ...cfg, subscribers, file };
}

/** The config with secrets replaced, for logs and `tallywatch config`. */
export function redactConfig(cfg: LoadedConfig): unknown {
  return {
    ...cfg,
    redis: { ...cfg.redis, url: redactUrl(cfg.redis.url) },
    subscribers: cfg.subscribers.map((s) => ({
      ...s,
      secret: s.secret ? '***' : undefined,
      ...(s.type === 'slack' && s.url ? { url: '***' } : {}),
      ...(s.type === 'telegram' && s.token ? { token: '***' } : {}),
    })),
  };
}
