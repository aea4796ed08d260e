/** Headless Chromium for the page's tests: Debian's package, driven by playwright-core (no browser download). */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext } from 'playwright-core';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => Boolean(p));

/** The browser's path, or null when none is installed (the tests then skip, saying so). */
export const CHROMIUM: string | null = CANDIDATES.find((p) => existsSync(p)) ?? null;
export const NO_CHROMIUM = `no Chromium at ${CANDIDATES.join(' or ')}: install it (apt-get install -y chromium; .ci/run does) or set CHROMIUM_PATH`;

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchBrowser(viewport = { width: 1280, height: 900 }): Promise<Browser> {
  if (!CHROMIUM) throw new Error(NO_CHROMIUM);
  const dir = mkdtempSync(join(tmpdir(), 'tw-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
