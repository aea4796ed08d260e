import type { Redis } from 'ioredis';
import { MAX_EVIDENCE } from '../alerts/record-event.ts';
import type { RecordEvent } from '../alerts/record-event.ts';
import type { StoreKeys } from './keys.ts';

/**
 * Applies a partial update to an event's JSON, atomically; with an expected status
 * (ARGV[2] not empty) only while the event is in it, so one process wins a transition.
 */
const PATCH_EVENT = `
local raw = redis.call('HGET', KEYS[1], ARGV[1])
if not raw then return 0 end
local ev = cjson.decode(raw)
if ARGV[2] ~= '' and ev.status ~= ARGV[2] then return 0 end
local patch = cjson.decode(ARGV[3])
for k, v in pairs(patch) do ev[k] = v end
redis.call('HSET', KEYS[1], ARGV[1], cjson.encode(ev))
return 1
`;

/**
 * Appends a mention to an event's evidence, once per URL, up to a bound; the claimant it
 * came from (ARGV[4], may be empty) joins the reported claimants, so a reported alert names
 * everyone who stated the record, not only the first outlet's claimant.
 */
const ADD_EVIDENCE = `
local raw = redis.call('HGET', KEYS[1], ARGV[1])
if not raw then return 0 end
local ev = cjson.decode(raw)
local list = ev.evidence
if type(list) ~= 'table' then list = {} end
local item = cjson.decode(ARGV[2])
for _, e in ipairs(list) do if e.url == item.url then return 0 end end
if #list >= tonumber(ARGV[3]) then return 0 end
table.insert(list, item)
ev.evidence = list
if ARGV[4] ~= '' and type(ev.reported) == 'table' then
  local claimants = ev.reported.claimants
  if type(claimants) ~= 'table' then claimants = {} end
  local known = false
  for _, c in ipairs(claimants) do if c == ARGV[4] then known = true end end
  if not known then table.insert(claimants, ARGV[4]) end
  ev.reported.claimants = claimants
end
redis.call('HSET', KEYS[1], ARGV[1], cjson.encode(ev))
return 1
`;

function field(metric: string, date: string): string {
  return `${metric}:${date}`;
}

function normalise(e: any): RecordEvent {
  if (!Array.isArray(e.flags)) e.flags = [];
  if (!Array.isArray(e.evidence)) e.evidence = [];
  e.reported ??= null;
  if (e.reported && !Array.isArray(e.reported.claimants)) e.reported.claimants = [];
  return e as RecordEvent;
}

export function createRecordEventStore(redis: Redis, keys: StoreKeys) {
  return {
    /** True when this call created the event: HSETNX is the one atomic gate for alerts. */
    async create(event: RecordEvent): Promise<boolean> {
      return (await redis.hsetnx(keys.recordEvents, field(event.metric, event.date), JSON.stringify(event))) === 1;
    },

    async patch(metric: string, date: string, patch: Partial<RecordEvent>): Promise<boolean> {
      return (await redis.eval(PATCH_EVENT, 1, keys.recordEvents, field(metric, date), '', JSON.stringify(patch))) === 1;
    },

    /** True when this call moved the event out of status `from`. */
    async transition(metric: string, date: string, from: RecordEvent['status'], patch: Partial<RecordEvent>): Promise<boolean> {
      return (await redis.eval(PATCH_EVENT, 1, keys.recordEvents, field(metric, date), from, JSON.stringify(patch))) === 1;
    },

    /** True when this call added the item (a URL already listed, or a full list, adds nothing). */
    async addEvidence(metric: string, date: string, item: RecordEvent['evidence'][number], claimant: string = ''): Promise<boolean> {
      return (await redis.eval(ADD_EVIDENCE, 1, keys.recordEvents, field(metric, date), JSON.stringify(item), String(MAX_EVIDENCE), claimant)) === 1;
    },

    async forDate(date: string): Promise<RecordEvent[]> {
      return (await this.all()).filter((e) => e.date === date);
    },

    async get(metric: string, date: string): Promise<RecordEvent | null> {
      const raw = await redis.hget(keys.recordEvents, field(metric, date));
      return raw ? normalise(JSON.parse(raw)) : null;
    },

    async byId(id: string): Promise<RecordEvent | null> {
      const [, metric, date] = id.split(':');
      return metric && date ? this.get(metric, date) : null;
    },

    async all(): Promise<RecordEvent[]> {
      const all = await redis.hgetall(keys.recordEvents);
      return Object.values(all).map((raw) => normalise(JSON.parse(raw)));
    },
  };
}

export type RecordEventStore = ReturnType<typeof createRecordEventStore>;
