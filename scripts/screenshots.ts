/// <reference lib="dom" />
/**
 * `npm run screenshots`: the page's views in headless Chromium, against the same world as
 * the browser tests (a backfilled local channel, a few articles, then the General Staff's
 * next report confirming the press's record), written to docs/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { PROJECT_ROOT } from '../src/core/paths.ts';
import { launchBrowser } from '../test/support/browser.ts';
import { startWebWorld } from '../test/support/web-world.ts';

const OUT = `${PROJECT_ROOT}/docs/screenshots`;
const VIEWS = ['today', 'chart', 'records', 'claims', 'alerts', 'sources'] as const;

async function main() {
  mkdirSync(OUT, { recursive: true });
  const world = await startWebWorld();
  const browser = await launchBrowser({ width: 1200, height: 800 });
  try {
    world.postNextReport();
    const until = Date.now() + 30_000;
    while ((await world.worker.ctx.events.get('personnel', '2024-05-17'))?.status !== 'confirmed') {
      if (Date.now() > until) throw new Error('the confirming report was not seen within 30 s');
      await new Promise((r) => setTimeout(r, 250));
    }
    await new Promise((r) => setTimeout(r, 1500)); // deliveries settle (one subscriber always fails)
    const page = await browser.context.newPage();
    await page.goto(`${world.url}#today`);
    await page.waitForFunction(() => document.querySelector('#view-today h2')?.textContent?.includes('2024-05-17'));
    for (const view of VIEWS) {
      await page.click(`#tabs a[data-view="${view}"]`);
      await page.waitForTimeout(300);
      if (view === 'chart') {
        await page.selectOption('#metric', 'personnel');
        const box = await page.$('#chart .u-over');
        const b = await box?.boundingBox();
        if (b) await page.mouse.move(b.x + b.width * 0.93, b.y + b.height / 2); // a tooltip on a late day
      }
      await page.screenshot({ path: `${OUT}/${view}.png`, fullPage: view !== 'chart' });
      process.stdout.write(`docs/screenshots/${view}.png\n`);
    }
    const phone = await browser.context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(`${world.url}#today`);
    await phone.waitForFunction(() => document.querySelector('#view-today h2')?.textContent?.includes('2024-05-17'));
    await phone.screenshot({ path: `${OUT}/phone-today.png` });
    process.stdout.write('docs/screenshots/phone-today.png\n');
  } finally {
    await browser.close();
    await world.close();
  }
}

main().catch((err: Error) => {
  process.stderr.write(`screenshots failed: ${err.stack ?? err.message}\n`);
  process.exit(1);
});
