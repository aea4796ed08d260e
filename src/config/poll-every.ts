import type { SourceConfig } from './schema.ts';

/** Default poll interval per source type when `every` is not set. */
export function pollEvery(source: SourceConfig): number {
  return source.every ?? (source.type === 'telegram' ? 60_000 : 300_000);
}
