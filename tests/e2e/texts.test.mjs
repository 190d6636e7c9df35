// The English texts as their own file (feature `english-file`, src/core/text.rs): a Danish
// page never downloads them; a switch to English fetches them once and waits for them; an
// English page (options, a draft of this tab) gets them alongside the WebAssembly; and where
// they cannot be had — 404, no network, a CMS's soft 404, another release's file — the form
// stays Danish, says so in both languages and keeps every answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE } from './browser.mjs';
import { useBrowser } from './fixture.mjs';
import { runAxe, describe as describeViolations } from './axe.mjs';
import { cspProblems, MEDIA } from '../../embed/test/harness.mjs';
import { finish, atStep, fill, value, lang, waitText, hold, TIMEOUT } from './helpers.mjs';

const TEXTS = '**/texts.en.json*';
const browser = useBrowser();

/** Every request for a texts file the page makes, as paths with their query. */
function recordTexts(page) {
  const seen = [];
  page.on('request', (r) => { if (r.url().includes('/texts.')) seen.push(new URL(r.url()).pathname + new URL(r.url()).search); });
  return seen;
}

/** The person step with a name typed and "English" clicked, its texts held back (the button
 *  busy) until `release()`. */
async function switchWhileHeld() {
  const page = await browser.open(Q);
  const release = await hold(page, TEXTS);
  await typeName(page);
  await englishButton(page).click();
  await page.waitForSelector('.srw .srw-lang__button[lang="en"][aria-busy="true"]');
  return { page, release };
}

/** The demo's person step, via its URL parameters (a Danish page: no `lang`). */
const Q = '?right=access&who=myself&step=person';

/** Types a name on the person step: something the citizen would lose with a bad switch. */
async function typeName(page) {
  await atStep(page, 'person');
  await fill(page, 'name', 'Åse Ødegård');
}

const englishButton = (page) => page.locator('.srw .srw-lang__button[lang="en"]');

test('a Danish page never downloads the English texts; a switch fetches them once, waits for them and keeps answers and focus', async () => {
  const page = await browser.newPage();
  const seen = recordTexts(page);
  const release = await hold(page, TEXTS);
  await page.goto(`${BASE}/index.html${Q}`);
  await page.waitForSelector('section.srw:not([data-srw-prerender])');
  page.setDefaultTimeout(TIMEOUT);
  await typeName(page);
  assert.deepEqual(seen, [], 'a Danish page asked for a texts file');

  await englishButton(page).focus();
  await page.keyboard.press('Enter');
  // While the file is on its way: the button is busy, a status says so in English, and the
  // page is still the Danish one with the name typed.
  await page.waitForSelector('.srw .srw-lang__button[lang="en"][aria-busy="true"]');
  await waitText(page, '.srw .srw-texts-live[aria-live="polite"][lang="en"]', 'Loading English …');
  assert.equal(await lang(page), 'da');
  const axe = await runAxe(page);
  assert.deepEqual(axe.violations, [], describeViolations(axe.violations));
  await englishButton(page).focus();
  // A second press while it loads does not start a second switch.
  await page.keyboard.press('Enter');
  release();
  await page.waitForFunction(() => document.querySelector('section.srw')?.lang === 'en');
  assert.equal(await value(page, 'name'), 'Åse Ødegård');
  await atStep(page, 'person');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('lang')), 'en', 'focus left the English button');
  assert.equal(await page.locator('.srw [aria-busy]').count(), 0);
  assert.equal((await page.textContent('.srw .srw-texts-live')).trim(), '', 'the loading status stayed');

  // Back to Danish and to English again: no second download.
  await page.click('.srw .srw-lang__button[lang="da"]');
  await page.waitForFunction(() => document.querySelector('section.srw')?.lang === 'da');
  await englishButton(page).click();
  await page.waitForFunction(() => document.querySelector('section.srw')?.lang === 'en');
  assert.equal(seen.length, 1, `texts requests: ${seen.join(', ')}`);
  assert.match(seen[0], /^\/texts\.en\.json\?v=[0-9a-f]{8}$/);
  await page.close();
});

test('back to "Dansk" while English is on its way: the later click wins', async () => {
  const { page, release } = await switchWhileHeld();
  await page.click('.srw .srw-lang__button[lang="da"]');
  await page.waitForFunction(() => !document.querySelector('.srw [aria-busy]'));
  const arrived = page.waitForEvent('requestfinished', (r) => r.url().includes('/texts.en.json'));
  release();
  await arrived;
  // Give the widget time to act on the arrival: it must not switch.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
  assert.equal(await lang(page), 'da');
  assert.equal((await page.textContent('.srw .srw-texts-live')).trim(), '');
  assert.equal(await value(page, 'name'), 'Åse Ødegård');
  // The texts are there now: English comes at once.
  await englishButton(page).click();
  await page.waitForFunction(() => document.querySelector('section.srw')?.lang === 'en');
  await finish(page);
});

// Each way the file can fail to be this release's English texts.
const FAILURES = {
  '404': (route) => route.fulfill({ status: 404, body: 'Not found' }),
  'no network': (route) => route.abort('internetdisconnected'),
  "a CMS's soft 404 (200 with an HTML page)": (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Siden findes ikke</title>' }),
  "another release's file": async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/^\["[0-9a-f]{8}"/, '["00000000"');
    await route.fulfill({ response, body });
  },
  'one text missing': async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/,"[^"]*"\]$/, ']');
    await route.fulfill({ response, body });
  },
};

for (const [name, fail] of Object.entries(FAILURES)) {
  test(`English texts that cannot be had (${name}): the form stays Danish, says so in both languages, keeps answers; a later try works`, async () => {
    const page = await browser.open(Q);
    const warnings = [];
    page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    await page.route(TEXTS, fail);
    await typeName(page);
    await englishButton(page).click();
    const alert = page.locator('.srw .srw-texts-failed[role="alert"]');
    await alert.waitFor();
    assert.match(await alert.locator('p[lang="en"]').textContent(), /English version could not be loaded.*Danish/);
    assert.match(await alert.locator('p[lang="da"]').textContent(), /engelske udgave kunne ikke hentes.*dansk/);
    assert.equal(await lang(page), 'da');
    assert.equal(await value(page, 'name'), 'Åse Ødegård');
    assert.equal(await page.locator('.srw [aria-busy]').count(), 0);
    // One console line for the editor, saying what went wrong.
    const expected = name === '404' ? /texts\.en\.json\?v=[0-9a-f]{8} answered 404; English is not available \(upload texts\.en\.json/
      : name === 'no network' ? /texts\.en\.json\?v=[0-9a-f]{8} could not be fetched/
        : /texts\.en\.json is not this release's file; staying in Danish/;
    assert.equal(warnings.filter((w) => expected.test(w)).length, 1, warnings.join('\n'));
    const axe = await runAxe(page);
    assert.deepEqual(axe.violations, [], describeViolations(axe.violations));
    // The failure is not remembered: with the file back, English works and the alert goes.
    await page.unroute(TEXTS);
    await englishButton(page).click();
    await page.waitForFunction(() => document.querySelector('section.srw')?.lang === 'en');
    assert.equal(await alert.count(), 0);
    assert.equal(await value(page, 'name'), 'Åse Ødegård');
    // The browser's own console line about the failed request is expected; nothing else.
    page.problems = page.problems.filter((p) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED/.test(p));
    await finish(page);
  });
}

test('an English page gets its texts alongside the WebAssembly, not after it', async () => {
  const page = await browser.newPage();
  const seen = recordTexts(page);
  const release = await hold(page, '**/stevns-rights-wizard_bg.wasm');
  const textsDone = page.waitForEvent('requestfinished', (r) => r.url().includes('/texts.en.json'));
  await page.goto(`${BASE}/index.html?lang=en`);
  // The texts arrive while the WebAssembly is still held back.
  await textsDone;
  assert.equal(seen.length, 1);
  release();
  await page.waitForSelector('section.srw[lang="en"]:not([data-srw-prerender])');
  assert.equal(seen.length, 1, 'the widget asked again for texts the loader had fetched');
  await page.close();
});

test('a draft in English comes back in English after a reload, at its step, with its answers', async () => {
  const page = await browser.open(Q);
  await typeName(page);
  await englishButton(page).click();
  await page.waitForFunction(() => document.querySelector('section.srw')?.lang === 'en');
  await page.reload();
  await page.waitForSelector('section.srw:not([data-srw-prerender])');
  assert.equal(await lang(page), 'en');
  await atStep(page, 'person');
  assert.equal(await value(page, 'name'), 'Åse Ødegård');
  assert.equal(await page.locator('.srw-texts-failed').count(), 0);
  await finish(page);
});

test('an English page whose texts cannot be had starts in Danish and says so', async () => {
  const page = await browser.newPage();
  await page.route(TEXTS, (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto(`${BASE}/index.html?lang=en`);
  await page.waitForSelector('section.srw:not([data-srw-prerender])');
  assert.equal(await lang(page), 'da');
  await page.locator('.srw .srw-texts-failed[role="alert"] p[lang="en"]').waitFor();
  // Usable in Danish: the start button works.
  await page.click('.srw .srw-button--start');
  await atStep(page, 'who');
  await page.close();
});

test('on a CMS page under a strict CSP, with the files in the media folder: the English pre-render holds a Start click until the wasm and the texts are both there', async () => {
  const en = (await (await fetch(`${BASE}/prerender.en.html`)).text()).trim();
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Your rights</title>
<link rel="stylesheet" href="${MEDIA}widget.css"></head><body><main><h1>Your rights</h1>
<div id="rw" data-rights-wizard data-lang="en">${en}<p class="fallback">Call us.</p></div>
<script type="module" src="${MEDIA}rights-wizard.js"></script></main></body></html>`;
  const path = '/kommune/english/rights/';
  const page = await browser.hostPage({ pages: { [path]: { body } } });
  // Both held back: the click must wait for the later of the two.
  const gates = {};
  for (const file of ['stevns-rights-wizard_bg.wasm', 'texts.en.json']) gates[file] = await hold(page, `**${MEDIA}${file}*`);
  await page.goto(`${BASE}${path}`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('#rw[data-rights-wizard-prerender="held"]');
  await page.click('#rw [data-srw-prerender] .srw-button--start');
  await page.waitForSelector('#rw [data-srw-prerender] .srw-button--start[aria-busy="true"]');
  gates['stevns-rights-wizard_bg.wasm']();
  await page.waitForSelector('#rw[data-rights-wizard-started]');
  // Started, but the English texts are not there yet: the pre-render stays, still busy.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
  assert.equal(await page.locator('#rw [data-srw-prerender] .srw-button--start[aria-busy="true"]').count(), 1);
  gates['texts.en.json']();
  await page.waitForSelector('#rw section.srw:not([data-srw-prerender])[data-step="who"][lang="en"]');
  // The click was acted on once, and the texts came from the loader's folder, not the page's.
  const texts = page.requests.filter((u) => u.includes('texts.en.json'));
  assert.equal(texts.length, 1, texts.join('\n'));
  assert.ok(new URL(texts[0]).pathname === `${MEDIA}texts.en.json`, texts[0]);
  assert.deepEqual(await cspProblems(page), []);
  assert.deepEqual(page.problems, []);
  await page.close();
});

/** An English CMS page (strict CSP, files in the media folder) with `mounts` mount elements,
 *  the first with the English pre-render if `prerender`. */
async function englishHost({ mounts = 1, prerender = true } = {}) {
  const en = prerender ? (await (await fetch(`${BASE}/prerender.en.html`)).text()).trim() : '';
  const els = Array.from({ length: mounts }, (_, i) => `<div id="rw${i + 1}" data-rights-wizard data-lang="en">${i === 0 ? en : ''}<p class="fallback">Call us.</p></div>`).join('\n');
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Your rights</title>
<link rel="stylesheet" href="${MEDIA}widget.css"></head><body><main><h1>Your rights</h1>
${els}
<script type="module" src="${MEDIA}rights-wizard.js"></script></main></body></html>`;
  const path = `/kommune/english/rights-${mounts}/`;
  const page = await browser.hostPage({ pages: { [path]: { body } } });
  return { page, url: `${BASE}${path}` };
}

test('a texts file that never arrives: after 8 s the widget starts in Danish, acts on the held click and says so', async () => {
  const { page, url } = await englishHost();
  await page.route(`**${MEDIA}texts.en.json*`, () => { /* never answered */ });
  const release = await hold(page, `**${MEDIA}stevns-rights-wizard_bg.wasm`);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('#rw1[data-rights-wizard-prerender="held"]');
  await page.click('#rw1 [data-srw-prerender] .srw-button--start');
  const clicked = Date.now();
  release();
  await page.waitForSelector('#rw1 section.srw:not([data-srw-prerender])[data-step="who"][lang="da"]', { timeout: 15000 });
  const waited = Date.now() - clicked;
  assert.ok(waited >= 7000 && waited < 12000, `the widget went on after ${waited} ms`);
  await page.locator('#rw1 .srw-texts-failed[role="alert"] p[lang="en"]').waitFor();
  assert.ok(page.warnings.some((w) => /texts\.en\.json\?v=[0-9a-f]{8} did not arrive within 8 s/.test(w)), page.warnings.join('\n'));
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('two English widgets on one page fetch the texts once', async () => {
  const { page, url } = await englishHost({ mounts: 2, prerender: false });
  await page.goto(url);
  await page.waitForSelector('#rw1 section.srw[lang="en"]');
  await page.waitForSelector('#rw2 section.srw[lang="en"]');
  const texts = page.requests.filter((u) => u.includes('texts.en.json'));
  assert.equal(texts.length, 1, texts.join('\n'));
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('a held click on "Dansk" on the English pre-render: the widget starts in Danish without waiting for English', async () => {
  const { page, url } = await englishHost();
  await page.route(`**${MEDIA}texts.en.json*`, (route) => route.fulfill({ status: 404, body: 'Not found' }));
  const release = await hold(page, `**${MEDIA}stevns-rights-wizard_bg.wasm`);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('#rw1[data-rights-wizard-prerender="held"]');
  await page.click('#rw1 [data-srw-prerender] .srw-lang__button[lang="da"]');
  release();
  await page.waitForSelector('#rw1 section.srw:not([data-srw-prerender])[lang="da"][data-step="start"]');
  assert.equal(await page.locator('#rw1 .srw-texts-failed').count(), 0, 'a Danish widget said English failed');
  await page.close();
});

test('a Danish draft comes back in Danish without the English texts, and without a word about them', async () => {
  const page = await browser.open(Q);
  const seen = recordTexts(page);
  await page.route(TEXTS, (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await typeName(page);
  await page.reload();
  await page.waitForSelector('section.srw:not([data-srw-prerender])');
  await atStep(page, 'person');
  assert.equal(await lang(page), 'da');
  assert.equal(await value(page, 'name'), 'Åse Ødegård');
  assert.equal(await page.locator('.srw-texts-failed').count(), 0);
  assert.deepEqual(seen, [], 'a Danish draft fetched the English texts');
  await finish(page);
});

test('English that arrives late keeps the field the citizen has gone on to, with what they typed', async () => {
  const { page, release } = await switchWhileHeld();
  await page.focus('#srw1-address');
  await page.keyboard.type('Møllevej 7');
  release();
  await page.waitForFunction(() => document.querySelector('section.srw')?.lang === 'en');
  await page.waitForFunction(() => document.activeElement?.id === 'srw1-address');
  await page.keyboard.type(', Store Heddinge');
  assert.equal(await value(page, 'address'), 'Møllevej 7, Store Heddinge');
  assert.equal(await value(page, 'name'), 'Åse Ødegård');
  await finish(page);
});

test('a page that starts the glue itself, without the loader: an English widget stays Danish, says so, and tells the editor why', async () => {
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Your rights</title>
<link rel="stylesheet" href="${MEDIA}widget.css"></head><body><main><h1>Your rights</h1>
<div id="rw1" data-rights-wizard data-lang="en"><p class="fallback">Call us.</p></div>
<script type="module">import init from '${MEDIA}stevns-rights-wizard.js'; await init({ module_or_path: '${MEDIA}stevns-rights-wizard_bg.wasm' });</script>
</main></body></html>`;
  const path = '/kommune/english/no-loader/';
  const page = await browser.hostPage({
    pages: { [path]: { body } },
    csp: "default-src 'self'; script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'; style-src 'self'",
  });
  await page.goto(`${BASE}${path}`);
  await page.waitForSelector('#rw1 section.srw[lang="da"]');
  await page.locator('#rw1 .srw-texts-failed[role="alert"]').waitFor();
  assert.ok(page.warnings.some((w) => w.includes('no loader (rights-wizard.js, run before the widget starts) to fetch texts.en.json')), page.warnings.join('\n'));
  assert.equal(page.requests.filter((u) => u.includes('texts.en.json')).length, 0);
  await page.close();
});
