import type { LoadedConfig } from '../config/load.ts';
import type { Logger } from '../core/logger.ts';
import type { HttpClient } from '../fetch/http-client.ts';
import type { Politeness } from '../fetch/politeness.ts';
import type { Robots } from '../fetch/robots.ts';
import type { Metrics } from '../ops/metrics.ts';
import type { ArticleStore } from '../store/articles.ts';
import type { ClaimStore } from '../store/claim-store.ts';
import type { RecordEventStore } from '../store/record-event-store.ts';
import type { ReportStore } from '../store/report-store.ts';
import type { PageReader } from './page-reader.ts';
import { FetchError } from '../core/errors.ts';
import type { HttpResponse } from '../fetch/http-client.ts';
import type { Claim } from '../claims/types.ts';
import { registrableDomain } from '../feed-format/index.ts';
import type { PageRefusal } from './read-page.ts';
import type { ArticleTask } from '../sources/feed/poll-feed.ts';
import type { RecordEvent } from '../alerts/record-event.ts';
import { relayRecordEvents } from './relay-records.ts';
import { seriesIndexes } from '../corroboration/index.ts';
import type { SeriesIndexes } from '../corroboration/index.ts';
import { settleArticleDates } from '../corroboration/settle-date.ts';
import type { StoredReport } from '../series/types.ts';
import { reportedRecordFrom } from './press-records.ts';
import { drainClaimOutbox } from './publish-claims.ts';
import type { ClaimPublishDeps, DrainOptions } from './publish-claims.ts';
import type { PressContext } from './press-records.ts';

/** What is kept of an article once it has been read: it is fetched once, whatever the number of feeds linking it. */
export interface ArticleRecord {
  url: string;
  /**
   * blocked_address: the link (or a redirect on the way) led to a refused address; not_article,
   * too_large, timeout: the page is not text, its text is over the claim reader's cap, or reading
   * it passed the deadline (worker.extractTimeout). None of these is retried.
   */
  status: 'ok' | 'robots_disallowed' | 'blocked_address' | PageRefusal;
  sourceId: string;
  outlet: string;
  title: string | null;
  publishedAt: string | null;
  lang: string | null;
  claims: number;
  fetchedAt: string;
}

export interface ArticleOutcome {
  status: 'ok' | 'robots_disallowed' | 'blocked_address' | PageRefusal | 'already_fetched';
  claims: Claim[];
  newClaims: number;
}

/**
 * Article page → main text → claims → claim store, each claim with this article as a
 * mention. Fetches go through robots.txt and the per-domain politeness.
 */
/** An article's ports: fetching (robots, politeness, HTTP), reading (page reader), the stores its claims and events go to. */
export type ArticleDeps = ClaimPublishDeps & {
  config: Pick<LoadedConfig, 'fetch' | 'records' | 'delivery'>;
  articles: Pick<ArticleStore, 'has' | 'save'>;
  http: Pick<HttpClient, 'get'>;
  polite: Pick<Politeness, 'run'>;
  robots: Pick<Robots, 'isAllowed'>;
  pages: Pick<PageReader, 'read'>;
  reports: Pick<ReportStore, 'all' | 'history'>;
  events: RecordEventStore;
  claims: ClaimStore;
  metrics: Pick<Metrics, 'articles' | 'claims'>;
  log: Logger;
};

export async function ingestArticle(ctx: ArticleDeps, task: ArticleTask, enqueueNotify?: (e: RecordEvent) => Promise<void>, publish: DrainOptions = {}): Promise<ArticleOutcome> {
  if (await ctx.articles.has(task.url)) return { status: 'already_fetched', claims: [], newClaims: 0 };
  const record = (r: Omit<ArticleRecord, 'url' | 'sourceId' | 'fetchedAt' | 'outlet'> & { outlet?: string }) =>
    ctx.articles.save({ outlet: task.outlet, ...r, url: task.url, sourceId: task.sourceId, fetchedAt: new Date().toISOString() } satisfies ArticleRecord);

  const domain = registrableDomain(task.url) ?? new URL(task.url).hostname;
  let res: HttpResponse;
  try {
    if (ctx.config.fetch.respectRobots && !(await ctx.robots.isAllowed(task.url))) {
      await record({ status: 'robots_disallowed', title: task.title, publishedAt: task.publishedAt, lang: null, claims: 0 });
      ctx.metrics.articles.inc({ outcome: 'robots_disallowed' });
      return { status: 'robots_disallowed', claims: [], newClaims: 0 };
    }
    res = await ctx.polite.run(domain, () => ctx.http.get(task.url, { headers: { accept: 'text/html,application/xhtml+xml' } }));
  } catch (err) {
    // A link into a refused network is the feed's doing and will not change: keep the verdict, do not retry.
    if (!(err instanceof FetchError && err.kind === 'blocked_address')) throw err;
    await record({ status: 'blocked_address', title: task.title, publishedAt: task.publishedAt, lang: null, claims: 0 });
    ctx.metrics.articles.inc({ outcome: 'blocked_address' });
    ctx.log.warn({ source: task.sourceId, url: task.url, kind: err.kind }, `article refused: ${err.message}`);
    return { status: 'blocked_address', claims: [], newClaims: 0 };
  }
  // Decoding, main text and claims run in a worker thread with a deadline: the event loop stays free.
  const page = await ctx.pages.read({ body: new Uint8Array(res.body), contentType: res.headers['content-type'], finalUrl: res.url, url: task.url, publishedAt: task.publishedAt });
  if (page.outcome !== 'ok') {
    // Kept as the article's outcome, so no replica fetches and reads it again.
    await record({ status: page.outcome, title: task.title, publishedAt: task.publishedAt, lang: null, claims: 0 });
    ctx.metrics.articles.inc({ outcome: page.outcome });
    ctx.log.warn({ source: task.sourceId, url: task.url, outcome: page.outcome }, `article not read: ${page.reason}`);
    return { status: page.outcome, claims: [], newClaims: 0 };
  }
  const publishedAt = page.publishedAt;
  // The outlet is the site that published the article (an aggregator's feed may be how we found it).
  const ownOutlet = page.siteName ?? (sameSite(task.url, task.feedUrl) ? task.outlet : domain);
  const { url: mentionUrl, outlet } = mentionIdentity(task.url, page.canonicalUrl, ownOutlet);
  const history = storedHistory(ctx);
  const claims = await dateClaims(history, page.claims, publishedAt);
  let newClaims = 0;
  for (const claim of claims) {
    const added = await ctx.claims.add(claim, { url: mentionUrl, outlet, quote: claim.quote, publishedAt, sourceId: task.sourceId });
    if (added.newClaim) newClaims++;
  }
  // New claims entered the outbox with the claim: publish them now, with any an earlier failure left there.
  await drainClaimOutbox(ctx, publish);
  if (enqueueNotify && claims.some((c) => c.record)) await raiseReportedRecords(ctx, history, claims, { url: mentionUrl, outlet, sourceId: task.sourceId, publishedAt }, enqueueNotify);
  await record({ status: 'ok', outlet, title: page.title ?? task.title, publishedAt, lang: page.lang, claims: claims.length });
  ctx.metrics.articles.inc({ outcome: 'ok' });
  ctx.metrics.claims.inc({ kind: 'new' }, newClaims);
  ctx.metrics.claims.inc({ kind: 'mention' }, claims.length);
  return { status: 'ok', claims, newClaims };
}

type History = () => Promise<{ reports: StoredReport[] } & SeriesIndexes>;

/** The stored reports and their indexes, read at most once per article, and only if a step needs them. */
function storedHistory(ctx: ArticleDeps): History {
  let loaded: ReturnType<History> | null = null;
  return () =>
    (loaded ??= ctx.reports.all().then((reports) => ({ reports, ...seriesIndexes(reports, ctx.config.records.baseline) })));
}

/** General Staff figures get their report date settled against the series (see settleReportDate); how is kept. */
async function dateClaims(history: History, claims: Claim[], publishedAt: string | null): Promise<(Claim & { asOfMatch?: string })[]> {
  if (!claims.some((c) => c.claimant === 'ua_general_staff')) return claims;
  const { series, records } = await history();
  return settleArticleDates(claims, series, publishedAt, records);
}

/** Press claims of a record for a date the series lacks become "reported" record events (once per metric and date). */
async function raiseReportedRecords(ctx: ArticleDeps, history: History, claims: Claim[], press: PressContext, enqueueNotify: (e: RecordEvent) => Promise<void>): Promise<void> {
  if (!(await ctx.reports.history()).complete) return;
  const { reports } = await history();
  for (const claim of claims) {
    const event = reportedRecordFrom(claim, reports, ctx.config.records.baseline, press);
    if (!event) continue;
    if (await ctx.events.create(event)) {
      ctx.log.info({ event: event.id, value: event.value, outlet: press.outlet }, `reported record (press, unconfirmed): ${event.metric} ${event.value} on ${event.date}`);
      await relayRecordEvents({ events: ctx.events, enqueueNotify, log: ctx.log, retryMs: ctx.config.delivery.backoff });
    } else {
      await ctx.events.addEvidence(event.metric, event.date, event.evidence[0]!, claim.claimant);
    }
  }
}

export { siteName } from './read-page.ts';

/**
 * Whose article a mention is: the page's canonical URL when it names one, so a syndicated
 * copy counts as the article it copies (one mention, under that site's domain, since the
 * copy's own site name is not the original's) instead of a second outlet. A canonical that
 * is only a site's front page says nothing about the article and is ignored.
 */
export function mentionIdentity(url: string, canonical: string | null, outlet: string): { url: string; outlet: string } {
  if (!canonical || canonical === url) return { url, outlet };
  let path: string;
  try {
    path = new URL(canonical).pathname;
  } catch {
    return { url, outlet };
  }
  if (path === '' || path === '/') return { url, outlet };
  return { url: canonical, outlet: sameSite(url, canonical) ? outlet : (registrableDomain(canonical) ?? new URL(canonical).hostname) };
}

function sameSite(a: string, b: string | undefined): boolean {
  if (!b) return false;
  return (registrableDomain(a) ?? new URL(a).hostname) === (registrableDomain(b) ?? new URL(b).hostname);
}
