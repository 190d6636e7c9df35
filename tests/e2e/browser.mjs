// Shared helpers for the end-to-end tests and the screenshot script: launch Debian's Chromium
// through playwright-core (never a downloaded browser), headless, with no background traffic.
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const BASE = process.env.SRW_BASE_URL || 'http://127.0.0.1:8080';

/** A fresh Chromium context; `options` go to Playwright (e.g. `{ javaScriptEnabled: false }`). */
export async function launch(options = {}) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'srw-chromium-'));
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: process.env.HEADED ? false : true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-quic'],
    viewport: { width: 1280, height: 900 },
    locale: 'da-DK',
    ...options,
  });
}

/** Opens the demo (optionally with URL parameters) and waits for the widget to start. */
export async function openWidget(context, query = '') {
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  await page.goto(`${BASE}/index.html${query}`);
  // The live widget, not the start step pre-rendered into the demo page (issue 15).
  await page.waitForSelector('section.srw:not([data-srw-prerender])');
  // The demo server can drop a connection under load; if that was the English texts' file,
  // the widget says so and stays Danish: a stalled load, retried by helpers.open().
  if (await page.locator('.srw-texts-failed').count()) {
    await page.close();
    throw new Error('texts.en.json did not load');
  }
  page.problems = problems;
  return page;
}
