import type { Redis } from 'ioredis';
import { z } from 'zod';
import type { StoredReport } from '../series/types.ts';
import type { StoreKeys } from './keys.ts';
import { parseEach, parseStored, StoredReportSchema, warnCorrupt } from './schemas.ts';
import type { CorruptEntryHandler } from './schemas.ts';

/**
 * Stores a report atomically and decides whether it is live: new for its date,
 * newer than every stored date, and the history complete. A stored channel report
 * is replaced only by a changed version of it (an edit) or kept; an imported one
 * gives way to the channel's. Returns [status, live, date] where status is
 * "new" | "changed" | "same" | "kept".
 */
const SAVE_REPORT = `
local date = ARGV[1]
local incoming = cjson.decode(ARGV[2])
local existing = redis.call('HGET', KEYS[1], date)
if existing and ARGV[3] ~= '' then
  -- Another post already holds this date with other figures: if this post was published
  -- on a later day and that day is free, the header date is a typo (it happens).
  local old = cjson.decode(existing)
  if old.origin == 'channel' and incoming.origin == 'channel' and old.postId ~= incoming.postId
     and old.figuresHash ~= incoming.figuresHash and redis.call('HEXISTS', KEYS[1], ARGV[3]) == 0 then
    date = ARGV[3]
    incoming.date = date
    local flags = incoming.flags or {}
    table.insert(flags, 'header_date_mismatch')
    incoming.flags = flags
    existing = false
  end
end
if existing then
  local old = cjson.decode(existing)
  if old.origin == 'channel' and incoming.origin == 'import' then return {'kept', old.live and 1 or 0, date} end
  if old.figuresHash == incoming.figuresHash and old.origin == incoming.origin then return {'same', old.live and 1 or 0, date} end
  incoming.live = old.live
  if old.origin == 'channel' and incoming.origin == 'channel' then
    local flags = incoming.flags or {}
    table.insert(flags, 'edited')
    incoming.flags = flags
  end
  redis.call('HSET', KEYS[1], date, cjson.encode(incoming))
  return {'changed', old.live and 1 or 0, date}
end
local newest = redis.call('GET', KEYS[2])
local complete = redis.call('HGET', KEYS[3], 'complete')
local live = 0
if incoming.origin == 'channel' and complete == '1' and (not newest or date > newest) then live = 1 end
incoming.live = (live == 1)
redis.call('HSET', KEYS[1], date, cjson.encode(incoming))
if not newest or date > newest then redis.call('SET', KEYS[2], date) end
return {'new', live, date}
`;

export type SaveStatus = 'new' | 'changed' | 'same' | 'kept';

export interface HistoryState {
  complete: boolean;
  via?: string;
  at?: string;
  from?: string;
  to?: string;
}

export function createReportStore(redis: Redis, keys: StoreKeys, options: { onCorrupt?: CorruptEntryHandler } = {}) {
  const onCorrupt = options.onCorrupt ?? warnCorrupt;
  const parse = (raw: string, date: string): StoredReport => parseStored(ReportJson, raw, keys.reports, date);
  return {
    /**
     * `publishedDate` (the Kyiv date the post appeared) lets a post whose header date is
     * taken by another post's different figures land on its publication date instead.
     * Returns the date it was stored under.
     */
    async save(report: StoredReport, publishedDate?: string | null): Promise<{ status: SaveStatus; live: boolean; date: string }> {
      const alt = publishedDate && publishedDate > report.date ? publishedDate : '';
      const [status, live, date] = (await redis.eval(SAVE_REPORT, 3, keys.reports, keys.newestDate, keys.history, report.date, JSON.stringify(report), alt)) as [SaveStatus, number, string];
      return { status, live: live === 1, date };
    },

    async get(date: string): Promise<StoredReport | null> {
      const raw = await redis.hget(keys.reports, date);
      return raw ? parse(raw, date) : null;
    },

    async all(): Promise<StoredReport[]> {
      // A corrupt report is reported and left out: one bad entry does not stop every reader of the series.
      return parseEach(Object.entries(await redis.hgetall(keys.reports)), parse, onCorrupt).sort((a, b) => (a.date < b.date ? -1 : 1));
    },

    async count(): Promise<number> {
      return redis.hlen(keys.reports);
    },

    async newestDate(): Promise<string | null> {
      return redis.get(keys.newestDate);
    },

    async history(): Promise<HistoryState> {
      const h = await redis.hgetall(keys.history);
      return { complete: h.complete === '1', via: h.via, at: h.at, from: h.from, to: h.to };
    },

    async markHistoryComplete(via: string, from: string, to: string | null): Promise<void> {
      await redis.hset(keys.history, { complete: '1', via, at: new Date().toISOString(), from, to: to ?? '' });
    },
  };
}

/** Lua's cjson writes empty arrays as `{}` (and `{}` as `[]`); put the shapes back before parsing. */
function normalise(r: any): unknown {
  if (r === null || typeof r !== 'object') return r;
  if (!Array.isArray(r.flags)) r.flags = [];
  if (r.other === null || Array.isArray(r.other)) r.other = {};
  if (Array.isArray(r.figures)) r.figures = {};
  return r;
}

const ReportJson = z.preprocess(normalise, StoredReportSchema);

export type ReportStore = ReturnType<typeof createReportStore>;
