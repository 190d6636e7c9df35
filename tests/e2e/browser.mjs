// Launching Debian's Chromium (never a downloaded browser) for the end-to-end tests
// (through fixture.mjs), the screenshot script, the bench and the WebDriver smoke test: one
// binary, one set of flags, headless, with no background traffic.
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const BASE = process.env.SRW_BASE_URL || 'http://127.0.0.1:8080';

/** The browser binary: Debian's Chromium unless CHROMIUM names another. */
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

/** Chromium's flags for tests and measurements: no sandbox (containers, root), no GPU, and none
 *  of its own network traffic (updates, sync, QUIC probes), so a test sees only the page's
 *  requests and the bench times only the page. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-quic'];

/** A fresh persistent Chromium context with its own profile folder, at 1280 × 900 in Danish;
 *  `options` go to Playwright and win (e.g. `{ javaScriptEnabled: false }`). HEADED=1 shows
 *  the window. */
export async function launch(options = {}) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'srw-chromium-'));
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: process.env.HEADED ? false : true,
    args: CHROMIUM_ARGS,
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
