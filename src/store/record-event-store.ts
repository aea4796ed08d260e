import type { Redis } from 'ioredis';
import { z } from 'zod';
import { MAX_EVIDENCE } from '../alerts/record-event.ts';
import type { RecordEvent } from '../alerts/record-event.ts';
import type { StoreKeys } from './keys.ts';
import { createOutbox } from './outbox.ts';
import { parseEach, parseStored, RecordEventSchema, RecordStatusSchema, warnCorrupt } from './schemas.ts';
import type { CorruptEntryHandler } from './schemas.ts';

/**
 * The event and its outbox entry in one step: a new event, and only a new one, owes its
 * notification (member `<event id>|<status>`), so the message survives a crash before the
 * notify job is added.
 */
const CREATE_EVENT = `
local created = redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2])
if created == 1 then redis.call('ZADD', KEYS[2], ARGV[4], ARGV[3]) end
return created
`;

/**
 * Applies a partial update to an event's JSON, atomically; with an expected status
 * (ARGV[2] not empty) only while the event is in it, so one process wins a transition.
 * A status change puts the new (event, status) message in the outbox (KEYS[2]) in the same script.
 */
const PATCH_EVENT = `
local raw = redis.call('HGET', KEYS[1], ARGV[1])
if not raw then return 0 end
local ev = cjson.decode(raw)
if ARGV[2] ~= '' and ev.status ~= ARGV[2] then return 0 end
local before = ev.status
local patch = cjson.decode(ARGV[3])
for k, v in pairs(patch) do ev[k] = v end
redis.call('HSET', KEYS[1], ARGV[1], cjson.encode(ev))
-- A new status is a new message (a follow-up): it enters the outbox with the change.
if ev.status ~= before then redis.call('ZADD', KEYS[2], ARGV[4], ev.id .. '|' .. ev.status) end
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

/** Lua's cjson writes empty arrays as `{}`: put the shapes back before parsing. */
function normalise(e: any): unknown {
  if (e === null || typeof e !== 'object') return e;
  if (!Array.isArray(e.flags)) e.flags = [];
  if (!Array.isArray(e.evidence)) e.evidence = [];
  e.reported ??= null;
  if (e.reported && typeof e.reported === 'object' && !Array.isArray(e.reported.claimants)) e.reported.claimants = [];
  // Events stored before the flag existed had been enqueued by the code that wrote them.
  e.enqueued ??= true;
  return e;
}

const StoredEventSchema = z.preprocess(normalise, RecordEventSchema);

/** One outbox entry: a record event's message for one status. */
export interface RecordMessageRef {
  eventId: string;
  status: RecordEvent['status'];
}

const entryOf = (eventId: string, status: string) => `${eventId}|${status}`;

function parseEntry(member: string): RecordMessageRef | null {
  const i = member.lastIndexOf('|');
  const status = RecordStatusSchema.safeParse(member.slice(i + 1));
  return i > 0 && status.success ? { eventId: member.slice(0, i), status: status.data } : null;
}

export interface RecordEventStoreOptions {
  /** Where an event that does not parse is reported by listings; it is skipped, never deleted. @default warnCorrupt */
  onCorrupt?: CorruptEntryHandler;
}

export function createRecordEventStore(redis: Redis, keys: StoreKeys, options: RecordEventStoreOptions = {}) {
  const onCorrupt = options.onCorrupt ?? warnCorrupt;
  const parse = (raw: string, f: string): RecordEvent => parseStored(StoredEventSchema, raw, keys.recordEvents, f);
  const outbox = createOutbox(redis, keys.recordOutbox);
  const now = () => String(Date.now());
  const all = async (): Promise<RecordEvent[]> => parseEach(Object.entries(await redis.hgetall(keys.recordEvents)), parse, onCorrupt);
  return {
    /**
     * True when this call created the event: HSETNX is the one atomic gate for alerts. A created
     * event's notification is owed from the same step (see `outbox`).
     */
    async create(event: RecordEvent): Promise<boolean> {
      return (await redis.eval(CREATE_EVENT, 2, keys.recordEvents, keys.recordOutbox, field(event.metric, event.date), JSON.stringify(event), entryOf(event.id, event.status), now())) === 1;
    },

    async patch(metric: string, date: string, patch: Partial<RecordEvent>): Promise<boolean> {
      return (await redis.eval(PATCH_EVENT, 2, keys.recordEvents, keys.recordOutbox, field(metric, date), '', JSON.stringify(patch), now())) === 1;
    },

    /** True when this call moved the event out of status `from`; a new status owes its message from the same step. */
    async transition(metric: string, date: string, from: RecordEvent['status'], patch: Partial<RecordEvent>): Promise<boolean> {
      return (await redis.eval(PATCH_EVENT, 2, keys.recordEvents, keys.recordOutbox, field(metric, date), from, JSON.stringify(patch), now())) === 1;
    },

    /** True when this call added the item (a URL already listed, or a full list, adds nothing). */
    async addEvidence(metric: string, date: string, item: RecordEvent['evidence'][number], claimant: string = ''): Promise<boolean> {
      return (await redis.eval(ADD_EVIDENCE, 1, keys.recordEvents, field(metric, date), JSON.stringify(item), String(MAX_EVIDENCE), claimant)) === 1;
    },

    async forDate(date: string): Promise<RecordEvent[]> {
      return (await this.all()).filter((e) => e.date === date);
    },

    /** The event, or null; a stored value that does not parse is a StoreReadError naming it. */
    async get(metric: string, date: string): Promise<RecordEvent | null> {
      const f = field(metric, date);
      const raw = await redis.hget(keys.recordEvents, f);
      return raw ? parse(raw, f) : null;
    },

    async byId(id: string): Promise<RecordEvent | null> {
      const [, metric, date] = id.split(':');
      return metric && date ? this.get(metric, date) : null;
    },

    /** Every event that parses; a corrupt one is reported and skipped (it stays stored). */
    all,

    /**
     * Messages owed to the notify queue, written with the event or its status change and removed
     * by the relay (src/pipeline/relay-records.ts) once the notify job is added.
     */
    outbox: {
      async due(at: number, limit: number): Promise<{ member: string; ref: RecordMessageRef | null }[]> {
        return (await outbox.due(at, limit)).map((member) => ({ member, ref: parseEntry(member) }));
      },
      retryAt: outbox.retryAt,
      done: outbox.done,
      size: outbox.size,
      /**
       * Events written before the outbox whose notification was never enqueued (`enqueued: false`)
       * get their entry; NX leaves an entry already waiting as it is. Run at start-up.
       */
      async adoptUnqueued(at: number = Date.now()): Promise<number> {
        const owed = (await all()).filter((e) => !e.enqueued);
        for (const e of owed) await redis.zadd(keys.recordOutbox, 'NX', at, entryOf(e.id, e.status));
        return owed.length;
      },
    },
  };
}

export type RecordEventStore = ReturnType<typeof createRecordEventStore>;
