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
  const warnings = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await page.goto(`${BASE}/index.html${query}`);
  // The live widget, not the start step the build pre-renders into the demo page to show until
  // the WebAssembly has started.
  await page.waitForSelector('section.srw:not([data-srw-prerender])');
  // A widget that stayed Danish because its English texts did not come is not the page asked
  // for: say why (the console lines of the loader and the widget).
  if (await page.locator('.srw-texts-failed').count()) {
    await page.close();
    throw new Error(`texts.en.json did not load: ${[...warnings, ...problems].join(' | ') || 'no console line'}`);
  }
  page.problems = problems;
  return page;
}
