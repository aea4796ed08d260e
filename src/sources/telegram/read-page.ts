import type { Logger } from '../../core/logger.ts';
import type { HttpClient } from '../../fetch/http-client.ts';
import type { Metrics } from '../../ops/metrics.ts';
import type { OpsAlertStore } from '../../store/ops-alerts.ts';
import type { SourceConfig } from '../../config/schema.ts';
import { ScraperBrokenError } from '../../core/errors.ts';
import { assertPageSane, pageUrl, parseChannelPage } from './parse-page.ts';
import type { TelegramPage } from './types.ts';

/**
 * Fetches and parses one page of the channel preview. A page with neither posts
 * nor history is a broken scraper: counted, logged as an error, kept as an ops
 * alert, and thrown so the poll counts as failed.
 */
export interface ChannelPageDeps {
  http: Pick<HttpClient, 'get'>;
  /** The ops alert list a broken scraper is kept in. */
  opsAlerts: Pick<OpsAlertStore, 'push'>;
  metrics: Pick<Metrics, 'scraperBroken'>;
  log: Logger;
}

export async function readChannelPage(ctx: ChannelPageDeps, source: SourceConfig, before?: number): Promise<TelegramPage> {
  const url = pageUrl(source.url, before);
  const res = await ctx.http.get(url, { headers: { Accept: 'text/html', 'Accept-Language': 'en' } });
  const page = parseChannelPage(res.body.toString('utf8'));
  try {
    assertPageSane(page, url);
  } catch (err) {
    if (err instanceof ScraperBrokenError) {
      ctx.metrics.scraperBroken.inc({ source: source.id });
      ctx.log.error({ source: source.id, url, code: err.code }, `scraper broken: ${url} shows no posts and no channel history (markup changed?)`);
      await ctx.opsAlerts.push({ type: 'ops.scraper_broken', source: source.id, url, at: new Date().toISOString() });
    }
    throw err;
  }
  return page;
}
