import type { Job } from 'bullmq';
import type { AppContext } from '../src/app/context.ts';
import type { Queues } from '../src/app/queues.ts';
import { ingestArticle } from '../src/pipeline/ingest-article.ts';
import { articlePayload, parsePayload } from './payloads.ts';

/** Reads one article; retried with backoff on fetch failures. A busy site defers the job instead (src/app/worker.ts). */
export async function processArticle(job: Job, ctx: AppContext, queues: Queues) {
  const task = parsePayload(articlePayload, job);
  const out = await ingestArticle(ctx, task, (e) => queues.enqueueNotify(e));
  return { status: out.status, claims: out.claims.length, newClaims: out.newClaims };
}
