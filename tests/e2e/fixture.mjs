// The browser of an end-to-end test file. A test file calls `useBrowser()` once at the top and
// then says what it checks; the launch, the closing and the shared last check live here.
// Not a test file itself (the runner only picks up *.test.mjs).
//
//   import { useBrowser } from './fixture.mjs';
//   const browser = useBrowser();                    // or useBrowser({ clipboard: true, viewport: … })
//   test('…', async () => {
//     const page = await browser.open('?right=access&who=myself&step=person');
//     …
//   });
//   browser.testNoProblems();                        // last: no page errors on any page opened
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openWidget, BASE } from './browser.mjs';
import { open } from './helpers.mjs';
import { hostPage } from '../../embed/test/harness.mjs';

/**
 * Registers the file's `before` hook, which launches one persistent Chromium context for all of
 * the file's tests, and its `after` hook, which closes it. `options`:
 *  - `clipboard: true` lets the demo's origin read and write the clipboard ("Kopiér teksten",
 *    the snippet builder's copy button);
 *  - `setup: async (context) => …` runs once the context is there, before the first test (a
 *    file's own `before` hook would not wait for the launch: node runs a file's top-level
 *    hooks as they are registered);
 *  - anything else goes to Playwright's launch (`javaScriptEnabled`, `viewport`, `locale`, …).
 *
 * Returns the file's browser:
 *  - `context`: the Playwright BrowserContext (from the first test on);
 *  - `pages`: every page `open()` gave out, for `testNoProblems()`;
 *  - `open(query)`: the demo page with its widget started, a stalled load retried, short
 *    timeouts (helpers.mjs `open`);
 *  - `openWidget(query)`: the demo page with its widget started, in one attempt, with
 *    Playwright's default timeouts (browser.mjs `openWidget`);
 *  - `hostPage(options)`: a new page routed to the host pages of embed/test/ (harness.mjs);
 *  - `newPage()`: an empty new page;
 *  - `setToday(date)`: fixes the date and time the context's pages see (Playwright's clock;
 *    `noon(y, m, d)` and `TODAY` in helpers.mjs);
 *  - `testNoProblems({ count })`: registers the file's last test, which checks that no page
 *    `open()` gave out had a page error or a console error (and, with `count`, that there were
 *    that many pages).
 */
export function useBrowser({ clipboard = false, setup, ...launchOptions } = {}) {
  let context = null;
  const pages = [];
  before(async () => {
    context = await launch(launchOptions);
    if (clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE });
    if (setup) await setup(context);
  });
  after(async () => { await context?.close(); });
  const ready = () => {
    if (!context) throw new Error('the browser starts before the first test: use it inside a test or `setup`');
    return context;
  };
  return {
    get context() { return ready(); },
    pages,
    open: (query = '') => open(ready(), query, pages),
    openWidget: (query = '') => openWidget(ready(), query),
    hostPage: (options) => hostPage(ready(), options),
    newPage: () => ready().newPage(),
    setToday: (date) => ready().clock.setFixedTime(date),
    testNoProblems({ count } = {}) {
      test('no page errors or console errors on any page', () => {
        if (count !== undefined) assert.equal(pages.length, count);
        for (const p of pages) assert.deepEqual(p.problems, []);
      });
    },
  };
}

/** Runs `fn` with a second Chromium context of its own, launched with `options` (e.g.
 *  `{ javaScriptEnabled: false }`), and closes it afterwards, whatever happens. */
export async function withBrowser(options, fn) {
  const context = await launch(options);
  try {
    return await fn(context);
  } finally {
    await context.close();
  }
}
