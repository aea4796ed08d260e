/** A separate process for the politeness test: N requests to one domain through the shared Redis slots. */
import { Redis } from 'ioredis';
import { createPoliteness } from '../../src/fetch/politeness.ts';
import { createDomainSlots } from '../../src/store/domain-slots.ts';
import { storeKeys } from '../../src/store/keys.ts';

const [prefix, url, count, spacing] = process.argv.slice(2);
const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
const polite = createPoliteness(createDomainSlots(redis, storeKeys(prefix!)), { spacingMs: Number(spacing), maxWaitMs: 60_000 });
for (let i = 0; i < Number(count); i++) {
  await polite.run('example.org', async () => {
    const res = await fetch(url!);
    await res.arrayBuffer();
  });
}
redis.disconnect();
