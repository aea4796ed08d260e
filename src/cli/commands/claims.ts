import type { CliContext } from '../context.ts';
import type { Claim } from '../../claims/types.ts';
import { corroborate, seriesIndexes } from '../../corroboration/index.ts';

/**
 * `tallywatch claims --json [--since DATE]`: stored claims with their mention counts and
 * their corroboration against the series as it stands now (computed on read, so a report
 * that arrives later changes the verdict).
 */
export async function claimsCommand(ctx: CliContext, since?: Date) {
  const claims = await ctx.claims.list(since);
  if (claims.length === 0) return [];
  const { series, records } = seriesIndexes(await ctx.reports.all(), ctx.config.records.baseline);
  const out = [];
  for (const c of claims) {
    const first = (await ctx.claims.mentions(c.fingerprint))[0];
    const v = corroborate(c as unknown as Claim, series, records, first?.publishedAt ? { published: first.publishedAt } : {});
    out.push({
      ...c,
      corroboration: { status: v.status, reason: v.reason, reportDate: v.reportDate, expected: v.expected, notes: v.notes.map((n) => n.code) },
    });
  }
  return out;
}
