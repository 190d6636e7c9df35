// The start step pre-rendered into the page at build time (src/prerender.rs): it
// shows before the WebAssembly has arrived, the widget takes it over without a flash, a shift
// or lost focus, a click made in the meantime is acted on once, and where the widget cannot
// start (or would start elsewhere) the pre-render goes and the editor's fallback shows.
// The WebAssembly is held back by a route until each test releases it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE } from './browser.mjs';
import { useBrowser, withBrowser } from './fixture.mjs';
import { runAxe, describe as describeViolations } from './axe.mjs';
import { cspProblems, MEDIA } from '../../embed/test/harness.mjs';
import { hold } from './helpers.mjs';

const LIVE = 'section.srw:not([data-srw-prerender])';
const PRE = '[data-srw-prerender]';
const browser = useBrowser();

/** Holds the page's wasm request back until the returned `release()` (see `hold`). */
const holdWasm = (page, options) => hold(page, '**/stevns-rights-wizard_bg.wasm', options);

/** The demo page with the wasm held back (or answered 404 with `fail`; its HTML changed by
 *  `rewrite`; Playwright's clock installed with `clock`); `release()` lets it load. */
async function heldPage(query = '', { fail = false, rewrite = null, clock = false } = {}) {
  const page = await browser.newPage();
  if (clock) await page.clock.install();
  if (rewrite) {
    await page.route('**/index.html*', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: rewrite(await response.text()) });
    });
  }
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(String(e)));
  const release = await holdWasm(page, { fail });
  await page.addInitScript(() => {
    window.__events = [];
    document.addEventListener('rights-wizard:step', (e) => window.__events.push(e.detail.step));
    // Layout shifts (not caused by input), and every frame in which the mount element showed
    // no start step at all (a flash).
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value);
    }).observe({ type: 'layout-shift', buffered: true });
    window.__emptyFrames = 0;
    const frame = () => {
      const mount = document.querySelector('[data-rights-wizard]');
      if (mount && !mount.querySelector('section.srw')) window.__emptyFrames += 1;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  await page.goto(`${BASE}/index.html${query}`, { waitUntil: 'domcontentloaded' });
  // The loader has looked at the pre-render (held or stale).
  await page.waitForSelector('[data-rights-wizard-prerender]', { state: 'attached' });
  page.release = release;
  return page;
}

const visible = (page, selector) => page.isVisible(selector);
const withoutStamp = (html) => html.replace(/ data-srw-prerender="[^"]*"/, '');

test('the start step is in the page before the WebAssembly; the widget takes it over unchanged (da, en)', async () => {
  const page = await heldPage();
  assert.equal(await visible(page, PRE), true, 'pre-render shown');
  assert.equal(await visible(page, '.demo-fallback'), false, 'fallback hidden while the pre-render shows');
  assert.match(await page.getAttribute(PRE, 'data-srw-prerender'), /^da h2 [0-9a-f]{8}$/);
  assert.equal(await page.locator(LIVE).count(), 0, 'the widget has not started');
  assert.equal(await page.getAttribute('[data-rights-wizard]', 'data-rights-wizard-prerender'), 'held');
  const pre = withoutStamp(await page.evaluate(() => document.querySelector('[data-srw-prerender]').outerHTML));
  page.release();
  await page.waitForSelector(LIVE);
  assert.equal(await page.evaluate(() => document.querySelector('section.srw').outerHTML), pre);
  assert.equal(await page.locator('section.srw').count(), 1, 'the pre-render is gone');
  assert.equal(await page.locator('.demo-fallback').count(), 0, 'the fallback is gone');
  assert.deepEqual(page.problems, []);
  await page.close();

  // English: the shipped prerender.en.html is what the widget shows in English.
  const en = await (await fetch(`${BASE}/prerender.en.html`)).text();
  assert.match(en, /^<section data-srw-prerender="en h2 [0-9a-f]{8}" lang="en"/);
  const live = await browser.newPage();
  await live.goto(`${BASE}/index.html?lang=en`);
  await live.waitForSelector(LIVE);
  assert.equal(await live.evaluate(() => document.querySelector('section.srw').outerHTML), withoutStamp(en));
  await live.close();
});

test('the takeover: no frame without the start step, no layout shift, the same boxes, focus kept', async () => {
  for (const target of ['.srw-button--start', '.srw-lang__button[lang="en"]', '.srw-followup button']) {
    const page = await heldPage();
    await page.focus(`${PRE} ${target}`);
    const boxes = () => page.evaluate(() => [...document.querySelectorAll('section.srw h2, section.srw button, section.srw li')]
      .map((e) => JSON.stringify(e.getBoundingClientRect())));
    const before = await boxes();
    page.release();
    await page.waitForSelector(LIVE);
    await page.waitForTimeout(300);
    assert.deepEqual(await boxes(), before, `${target}: boxes moved`);
    assert.equal(await page.evaluate(() => window.__emptyFrames), 0, `${target}: a frame without the start step`);
    assert.deepEqual(await page.evaluate(() => window.__shifts), [], `${target}: layout shift`);
    assert.equal(await page.evaluate((t) => document.activeElement === document.querySelector(`section.srw ${t}`), target), true,
      `${target}: focus kept on the same control`);
    assert.equal(await page.getAttribute(LIVE, 'data-step'), 'start');
    assert.deepEqual(page.problems, []);
    await page.close();
  }
});

test('a click on the pre-render before the WebAssembly shows it is starting, and is acted on once', async () => {
  const cases = [
    { click: '.srw-button--start', step: 'who', lang: 'da', focus: 'srw1-heading', status: 'Starter …' },
    { click: '.srw-followup button', step: 'follow-kind', lang: 'da', focus: 'srw1-heading', status: 'Starter …' },
    { click: '.srw-lang__button[lang="en"]', step: 'start', lang: 'en', focus: null, status: 'Starting …' },
  ];
  for (const c of cases) {
    const page = await heldPage();
    await page.click(`${PRE} ${c.click}`);
    assert.equal(await page.getAttribute(`${PRE} ${c.click}`, 'aria-busy'), 'true', `${c.click}: busy`);
    await page.waitForFunction((t) => document.querySelector('.srw-starting')?.textContent === t, c.status);
    assert.equal(await page.getAttribute('.srw-starting', 'role'), 'status');
    assert.equal(await page.getAttribute('.srw-starting', 'lang'), c.lang, `${c.click}: the status in the widget's coming language`);
    // Never inside the language switch's row (it would squeeze the buttons).
    assert.equal(await page.locator('.srw-lang .srw-starting, .srw-topbar .srw-starting').count(), 0, `${c.click}: status placement`);
    // A second click is the same held click, not a second action.
    await page.click(`${PRE} ${c.click}`);
    page.release();
    await page.waitForSelector(`${LIVE}[data-step="${c.step}"][lang="${c.lang}"]`);
    await page.waitForTimeout(300);
    assert.equal(await page.getAttribute(LIVE, 'data-step'), c.step, `${c.click}: acted on once`);
    assert.deepEqual(await page.evaluate(() => window.__events), [c.step], `${c.click}: one step event`);
    if (c.focus) assert.equal(await page.evaluate(() => document.activeElement.id), c.focus);
    else assert.equal(await page.evaluate(() => document.activeElement.matches('section.srw .srw-lang__button[lang="en"]')), true);
    assert.equal(await page.getAttribute('[data-rights-wizard]', 'data-rights-wizard-pending'), null);
    assert.equal(await page.locator('.srw-starting').count(), 0);
    assert.deepEqual(page.problems, []);
    await page.close();
  }
});

test('a held click still waiting after 10 s says so and shows the contact details; the widget still acts on it', async () => {
  for (const [query, text] of [['', /Det tager længere tid end ventet/], ['', null]]) {
    const page = await heldPage(query, { clock: true });
    await page.click(`${PRE} .srw-button--start`);
    await page.clock.runFor(500);
    assert.equal(await page.textContent('.srw-starting'), 'Starter …');
    assert.equal(await visible(page, '.demo-fallback'), false);
    if (text) {
      await page.clock.runFor(10000);
      assert.equal(await page.getAttribute('[data-rights-wizard]', 'data-rights-wizard-prerender'), 'slow');
      assert.match(await page.textContent('.srw-starting'), text);
      assert.equal(await visible(page, PRE), true, 'the pre-render stays');
      assert.equal(await visible(page, '.demo-fallback'), true, 'the contact details show below it');
    }
    page.release();
    await page.clock.resume();
    await page.waitForSelector(`${LIVE}[data-step="who"]`);
    assert.equal(await page.locator('.demo-fallback').count(), 0);
    assert.deepEqual(page.problems, []);
    await page.close();
  }
});

test('a held click does not take focus back from the host page the citizen moved on to', async () => {
  for (const click of ['.srw-lang__button[lang="en"]', '.srw-button--start']) {
    const page = await heldPage();
    await page.click(`${PRE} ${click}`);
    // The citizen goes on to the host page's own search field and types.
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'host-search';
      input.setAttribute('aria-label', 'Søg');
      document.querySelector('h1').after(input);
      input.focus();
    });
    page.release();
    await page.waitForSelector(LIVE);
    await page.waitForTimeout(300);
    const focused = await page.evaluate(() => document.activeElement.id);
    if (click.includes('lang')) assert.equal(focused, 'host-search', 'a language click moves no focus');
    // A held Start is a step change the citizen asked for: its heading takes focus, as any step change.
    else assert.equal(focused, 'srw1-heading');
    await page.close();
  }
});

test('the loader reads the options as the widget does: where it holds the pre-render, the widget starts with that page', async () => {
  const da = await (await fetch(`${BASE}/prerender.da.html`)).text();
  const cases = [
    { attrs: 'data-lang="\uFEFFen"', held: true },
    { attrs: 'data-lang=" da "', held: true },
    { attrs: 'data-lang="EN-gb"', held: false },
    { attrs: 'data-heading-level=" +2 "', held: true },
    { attrs: 'data-heading-level="02"', held: true },
    { json: '{"headingLevel":3}', attrs: 'data-heading-level="2.0"', held: false },
    { json: '{"headingLevel":4}', attrs: 'data-heading-level="0x2"', held: false },
    { json: '{"lang":"en","lang":"fr"}', held: false },
    { json: '{"lang":["en"]}', held: true },
    { json: '{"lang":"en"}', attrs: 'data-lang="da"', held: true },
    { json: '{"lang":"en"}', held: false },
    { json: '{"headingLevel":"2"}', held: true },
  ];
  for (const c of cases) {
    const attrs = c.attrs ?? '';
    const block = c.json ? `<script type="application/json" id="cfg">${c.json}</script>` : '';
    const body = `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Rettigheder</title>
<link rel="stylesheet" href="${MEDIA}widget.css"></head><body><main><h1>Rettigheder</h1>${block}
<div id="rw" data-rights-wizard ${c.json ? 'data-config="cfg" ' : ''}${attrs}>${da}<p class="fallback">Ring til os.</p></div>
<script type="module" src="${MEDIA}rights-wizard.js"></script></main></body></html>`;
    const path = '/kommune/borger/indstillinger/';
    const page = await browser.hostPage({ pages: { [path]: { body } } });
    const release = await holdWasm(page);
    await page.goto(`${BASE}${path}`, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('[data-rights-wizard-prerender]', { state: 'attached' });
    const state = await page.getAttribute('#rw', 'data-rights-wizard-prerender');
    const what = `${c.json ?? ''} ${c.attrs ?? ''}`;
    assert.equal(state, c.held ? 'held' : 'stale', what);
    if (state === 'held') await page.click(`${PRE} .srw-button--start`);
    release();
    await page.waitForSelector(`#rw ${LIVE}`);
    if (state === 'held') {
      // What the pre-render showed is what the widget started with, and the click was acted on.
      await page.waitForSelector(`#rw ${LIVE}[data-step="who"][lang="da"]`);
      assert.equal(await page.locator('#rw h2.srw-heading').count(), 1, `${what}: h2`);
    }
    await page.close();
  }
});

test('if the WebAssembly cannot load, the pre-render goes and the fallback shows, also after a click', async () => {
  for (const click of [false, true]) {
    const page = await heldPage('', { fail: true });
    if (click) await page.click(`${PRE} .srw-button--start`);
    page.release();
    await page.waitForSelector('[data-rights-wizard-failed="load"]', { state: 'attached' });
    assert.equal(await visible(page, PRE), false, 'pre-render hidden');
    assert.equal(await visible(page, '.demo-fallback'), true, 'fallback shown');
    assert.match(await page.textContent('.demo-fallback'), /Digital Post via borger\.dk[\s\S]*56 57 57 57/);
    assert.equal(await page.getAttribute('[data-rights-wizard]', 'data-rights-wizard-pending'), null);
    if (click) {
      assert.equal(await page.evaluate(() => document.activeElement === document.querySelector('[data-rights-wizard]')), true,
        'focus moves from the hidden button to the mount element');
    }
    await page.close();
  }
});

test('without scripting the fallback shows, not the pre-render', async () => {
  await withBrowser({ javaScriptEnabled: false }, async (noScript) => {
    const page = await noScript.newPage();
    await page.goto(`${BASE}/index.html`);
    assert.equal(await visible(page, PRE), false);
    assert.equal(await visible(page, '.demo-fallback'), true);
  });
});

test('a pre-render that would not match the widget is hidden at once: another language, a step, a draft, an older release', async () => {
  for (const query of ['?lang=en', '?lang=EN-gb', '?step=right&right=access', '']) {
    const page = await heldPage(query);
    if (query === '') {
      // A draft of this tab: a reload would restore it, not show the start step.
      await page.evaluate(() => sessionStorage.setItem(`stevns-rights-wizard:${location.pathname}:srw1-`, '{}'));
      await page.reload({ waitUntil: 'domcontentloaded' });
      await page.waitForSelector('[data-rights-wizard-prerender]', { state: 'attached' });
    }
    assert.equal(await page.getAttribute('[data-rights-wizard]', 'data-rights-wizard-prerender'), 'stale', query);
    assert.equal(await visible(page, PRE), false, `${query}: pre-render hidden`);
    assert.equal(await visible(page, '.demo-fallback'), true, `${query}: fallback shown until the widget starts`);
    page.release();
    await page.waitForSelector(LIVE);
    await page.close();
  }
  // Pasted from an older release: its text (here a changed heading, or only the version) may
  // differ from what this release's widget shows.
  for (const rewrite of [
    (html) => html.replace(/(data-srw-prerender="da h2 )[0-9a-f]{8}/, '$100000000'),
    (html) => html.replace(/(data-srw-prerender="da h2) [0-9a-f]{8}/, '$1'),
  ]) {
    const page = await heldPage('', { rewrite });
    assert.equal(await page.getAttribute('[data-rights-wizard]', 'data-rights-wizard-prerender'), 'stale');
    assert.equal(await visible(page, PRE), false);
    assert.equal(await visible(page, '.demo-fallback'), true);
    page.release();
    await page.waitForSelector(LIVE);
    await page.close();
  }
});

test('axe (WCAG 2.1 AA) finds nothing on the pre-render: as painted, holding a click, and slow', async () => {
  const page = await heldPage('', { clock: true });
  const check = async (when) => {
    const { violations } = await runAxe(page, '[data-rights-wizard]');
    assert.deepEqual(violations, [], `${when}:\n${describeViolations(violations)}`);
  };
  await check('as painted');
  await page.click(`${PRE} .srw-button--start`);
  await page.clock.runFor(500);
  await check('holding a click');
  await page.clock.runFor(10000);
  await check('slow');
  page.release();
  await page.close();
});

test('two pre-rendered widgets on a host page (strict CSP): unique ids until they start, each takes over its own click', async () => {
  const da = await (await fetch(`${BASE}/prerender.da.html`)).text();
  const mount = (id) => `<div id="${id}" data-rights-wizard>${da}<p class="fallback">Ring til os.</p></div>`;
  const body = `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Rettigheder</title>
<link rel="stylesheet" href="${MEDIA}widget.css"></head><body><main><h1>Rettigheder</h1>
${mount('rw-a')}<p>Tekst imellem.</p>${mount('rw-b')}
<script type="module" src="${MEDIA}rights-wizard.js"></script></main></body></html>`;
  const path = '/kommune/borger/to-guider/';
  const page = await browser.hostPage({ pages: { [path]: { body } } });
  const release = await holdWasm(page);
  await page.goto(`${BASE}${path}`, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => document.querySelectorAll('[data-rights-wizard-prerender="held"]').length === 2);
  const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
  assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), [], 'no id twice');
  assert.equal(await page.getAttribute('#rw-b h2', 'id'), 'srwp2-heading');
  // axe from the host's own origin (the strict CSP refuses an inline script).
  await page.addScriptTag({ url: '/kommune/test/axe/axe.min.js' });
  const { violations } = await runAxe(page, null);
  assert.deepEqual(violations, [], describeViolations(violations));
  await page.click('#rw-b .srw-button--start');
  release();
  await page.waitForSelector('#rw-b section.srw:not([data-srw-prerender])[data-step="who"]');
  await page.waitForSelector('#rw-a section.srw:not([data-srw-prerender])[data-step="start"]');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'srw2-heading');
  assert.deepEqual(await cspProblems(page), []);
  assert.deepEqual(page.problems, []);
  assert.deepEqual(page.warnings, []);
  await page.close();
});

test('a mount element a page script adds while the widget loads is looked at too: stale here, and started', async () => {
  const page = await heldPage();
  await page.evaluate(async () => {
    const html = await (await fetch('/prerender.da.html')).text();
    const m = document.createElement('div');
    m.id = 'later';
    m.setAttribute('data-rights-wizard', '');
    m.setAttribute('data-lang', 'en');
    m.innerHTML = `${html}<p class="later-fallback">Call us.</p>`;
    document.querySelector('main').append(m);
  });
  await page.waitForSelector('#later[data-rights-wizard-prerender="stale"]', { state: 'attached' });
  assert.equal(await visible(page, `#later ${PRE}`), false, 'the Danish pre-render of an English widget is hidden');
  assert.equal(await visible(page, '#later .later-fallback'), true);
  page.release();
  await page.waitForSelector(`#later ${LIVE}[lang="en"]`);
  assert.deepEqual(page.problems, []);
  await page.close();
});
