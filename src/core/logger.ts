import { pino } from 'pino';
import type { Logger } from 'pino';

export type { Logger };

/** Paths whose values never reach the logs. */
export const REDACT_PATHS = [
  'secret',
  '*.secret',
  'subscribers[*].secret',
  'token',
  '*.token',
  'password',
  '*.password',
  'headers.authorization',
  '*.headers.authorization',
  'headers["x-tallywatch-signature"]',
  'redisUrl',
  'subscribers[*].token',
];

/** JSON logs on stdout (or the given stream), secrets redacted. */
export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level,
      base: { service: 'tallywatch' },
      redact: { paths: REDACT_PATHS, censor: '***' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination ?? pino.destination(1),
  );
}

/** Removes credentials from a Redis URL (or a comma-separated list of them) before it is logged or shown. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^@/,]*)@/g, '//***@');
}
