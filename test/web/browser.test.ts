/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The newsroom page in a real headless Chromium, against a worker whose store was filled
 * by its own backfill and article pipeline (test/support/web-world.ts).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { seriesCommand } from '../../src/cli/commands/series.ts';
import { recordRows } from '../../src/queries/records.ts';
import { claimsView } from '../../src/web/read-model.ts';
import { CHROMIUM, launchBrowser, NO_CHROMIUM } from '../support/browser.ts';
import type { Browser } from '../support/browser.ts';
import { HOSTILE_MARKUP, startWebWorld } from '../support/web-world.ts';
import type { WebWorld } from '../support/web-world.ts';

const skip = CHROMIUM ? false : NO_CHROMIUM;

async function open(browser: Browser, url: string, view: string): Promise<Page> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // A CSP violation (uPlot or the page needing something the policy forbids) is a console error.
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  (page as Page & { errors?: string[] }).errors = errors;
  await page.goto(`${url}?poll=500#${view}`);
  await page.waitForFunction(() => (window as any).tallywatch?.overview !== null, undefined, { timeout: 20_000 });
  return page;
}

describe('the newsroom page in Chromium', { skip, timeout: 180_000 }, () => {
  let world: WebWorld;
  let browser: Browser;

  before(async () => {
    world = await startWebWorld();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await world?.close();
  });

  it('the chart draws one point per day of the chosen metric, and marks exactly its record days', async () => {
    const page = await open(browser, world.url, 'chart');
    for (const metric of ['personnel', 'tanks']) {
      await page.selectOption('#metric', metric);
      const drawn = await page.evaluate(() => {
        const u = (window as any).tallywatch.chart;
        const at = (i: number) => new Date(u.data[0][i] * 1000).toISOString().slice(0, 10);
        return {
          label: u.series[1].label,
          days: u.data[1].flatMap((v: number | null, i: number) => (v === null ? [] : [[at(i), v]])),
          marks: u.data[2].flatMap((v: number | null, i: number) => (v === null ? [] : [[at(i), v]])),
          canvas: (() => {
            const c = document.querySelector('#chart canvas') as HTMLCanvasElement | null;
            return c ? c.width * c.height : 0;
          })(),
        };
      });
      const series = (await seriesCommand(world.worker.ctx, metric)).filter((p) => p.delta !== null);
      assert.match(drawn.label, new RegExp(metric));
      assert.deepEqual(drawn.days, series.map((p) => [p.date, p.delta]), 'one point per report day, with its (+N)');
      assert.equal(new Set(drawn.days.map((d: unknown[]) => d[0])).size, drawn.days.length, 'no day twice');
      const records = (await recordRows(world.worker.ctx)).filter((r) => r.metric === metric);
      assert.ok(records.length > 0);
      assert.deepEqual(drawn.marks, records.map((r) => [r.date, r.value]), 'record markers are the record days');
      assert.ok(drawn.canvas > 0, 'a canvas was drawn');
    }
    assert.deepEqual((page as any).errors, [], 'no errors and no CSP violations while drawing');
    await page.close();
  });

  it('the claims list shows each claim with its corroboration badge, and filters by verdict', async () => {
    const page = await open(browser, world.url, 'claims');
    const expected = await claimsView(world.worker.ctx);
    assert.ok(expected.length >= 3);
    const shown = await page.$$eval('#claims-list .claim', (els) => els.map((e) => ({ verdict: e.getAttribute('data-verdict'), badge: e.querySelector('.badge')?.textContent })));
    assert.deepEqual(shown, expected.map((c) => ({ verdict: c.corroboration.status, badge: c.corroboration.status })));
    const reasons = await page.$$eval('#claims-list .claim[data-verdict="contradicts"] .reason', (els) => els.map((e) => e.textContent));
    assert.deepEqual(reasons, expected.filter((c) => c.corroboration.status === 'contradicts').map((c) => c.corroboration.reason?.text), 'a contradiction says why');
    const verdicts = new Set(expected.map((c) => c.corroboration.status));
    assert.ok(verdicts.size >= 2, `several verdicts among the claims: ${[...verdicts]}`);
    const one = [...verdicts][0]!;
    await page.selectOption('#f-verdict', one);
    const filtered = await page.$$eval('#claims-list .claim', (els) => els.map((e) => e.getAttribute('data-verdict')));
    assert.deepEqual(filtered, expected.filter((c) => c.corroboration.status === one).map(() => one));
    assert.equal(await page.$$eval('#view-claims', (els) => els[0]!.textContent!.includes('null')), false, 'no stray "null"');
    await page.close();
  });

  it('a hostile quote and outlet name are shown as text, and a javascript: link is not a link', async () => {
    const page = await open(browser, world.url, 'claims');
    const found = await page.evaluate((markup) => {
      const quotes = [...document.querySelectorAll('#claims-list blockquote')].map((b) => b.textContent ?? '');
      return {
        quoteAsText: quotes.some((q) => q.includes(markup)),
        outletAsText: (document.querySelector('#claims-list')?.textContent ?? '').includes('<b onmouseover="window.__pwned=4">Evil Outlet</b>'),
        injected: document.querySelectorAll('#claims-list script, #claims-list img, #claims-list b').length,
        scriptLinks: [...document.querySelectorAll('a')].filter((a) => !/^https?:/.test(a.href) && a.hasAttribute('href')).length,
        pwned: (window as any).__pwned ?? null,
      };
    }, HOSTILE_MARKUP);
    assert.deepEqual(found, { quoteAsText: true, outletAsText: true, injected: 0, scriptLinks: 0, pwned: null });
    await page.getByText('Evil Outlet').first().click();
    assert.equal(await page.evaluate(() => (window as any).__pwned ?? null), null);
    await page.close();
  });

  it('a new report appears without a reload, and its alert goes reported → confirmed', async () => {
    const page = await open(browser, world.url, 'today');
    await page.evaluate(() => ((window as any).__sameDocument = true));
    assert.match((await page.textContent('#view-today h2')) ?? '', /2024-05-16/);
    world.postNextReport();
    await page.waitForFunction(() => document.querySelector('#view-today h2')?.textContent?.includes('2024-05-17'), undefined, { timeout: 30_000 });
    const row = await page.$$eval('#view-today tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)).find((c) => c[0] === 'personnel'));
    assert.deepEqual(row?.slice(2), ['+1,960', '1,960 (2024-05-17)', 'record']);
    assert.equal(await page.evaluate(() => (window as any).__sameDocument), true, 'no reload');
    await page.click('#tabs a[data-view="alerts"]');
    await page.waitForFunction(() => document.querySelector('[data-event="record:personnel:2024-05-17"] .badge')?.textContent === 'confirmed', undefined, { timeout: 30_000 });
    await page.close();
  });
});

describe('the page behind http.auth', { skip, timeout: 120_000 }, () => {
  let world: WebWorld;
  let browser: Browser;
  const TOKEN = 'page-token-for-tests';

  before(async () => {
    world = await startWebWorld({ http: { auth: { tokenEnv: 'TW_PAGE_TOKEN' } }, env: { TW_PAGE_TOKEN: TOKEN } });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await world?.close();
  });

  it('refuses the page and its data without the token, and serves them with it', async () => {
    for (const path of ['', 'api/overview', 'api/claims', 'static/app.js']) {
      assert.equal((await fetch(`${world.url}${path}`)).status, 401, path);
      assert.equal((await fetch(`${world.url}${path}`, { headers: { authorization: 'Bearer wrong' } })).status, 401, path);
    }
    assert.equal((await fetch(`${world.url}healthz`)).status, 200, 'probes stay open');
    const api = await fetch(`${world.url}api/overview`, { headers: { authorization: `Bearer ${TOKEN}` } });
    assert.equal(api.status, 200);

    const page = await browser.context.newPage();
    const refused = await page.goto(world.url);
    assert.equal(refused?.status(), 401);
    assert.equal(await page.$('#view-today'), null);
    await page.goto(`${world.url}?token=${TOKEN}#today`);
    assert.ok(!page.url().includes(TOKEN), 'the token leaves the address bar');
    await page.waitForFunction(() => document.querySelector('#view-today h2')?.textContent?.includes('2024-05-16'), undefined, { timeout: 20_000 });
    await page.close();
  });
});
