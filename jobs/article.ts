import type { Job } from 'bullmq';
import { ingestArticle } from '../src/pipeline/ingest-article.ts';
import type { ArticleDeps } from '../src/pipeline/ingest-article.ts';
import type { NotifyQueue } from './ports.ts';
import { articlePayload, parsePayload } from './payloads.ts';

/** Reads one article; retried with backoff on fetch failures. A busy site defers the job instead (src/app/worker.ts). */
export async function processArticle(job: Job, ctx: ArticleDeps, queues: NotifyQueue) {
  const task = parsePayload(articlePayload, job);
  const out = await ingestArticle(ctx, task, (e) => queues.enqueueNotify(e));
  return { status: out.status, claims: out.claims.length, newClaims: out.newClaims };
}
