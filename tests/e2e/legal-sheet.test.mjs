// The DPO's review sheet as the build ships it (dist/legal-sheet.html, src/legal_sheet.rs):
// its machine keys and languages, the release it names against the files beside it, its
// links into dist/sources.html, that it runs no script, and axe on both pages. What is on it
// (every legal text, every letter kind, each LIX) is checked natively: tests/legal_sheet.rs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { BASE } from './browser.mjs';
import { useBrowser, withBrowser } from './fixture.mjs';
import { runAxe, describe as describeViolations } from './axe.mjs';

const SHEET = `${BASE}/legal-sheet.html`;
const SOURCES = `${BASE}/sources.html`;

// The sheet forbids every script in its own Content-Security-Policy; axe is injected past it.
const browser = useBrowser({ bypassCSP: true });

/** `url` in a new page that records its errors (checked by the file's last test). */
async function open(url) {
  const page = await browser.newPage();
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') page.problems.push(m.text()); });
  browser.pages.push(page);
  const response = await page.goto(url);
  assert.equal(response.status(), 200, url);
  return page;
}

test('every text has its key, its two languages and their LIX; every letter its kind and language', async () => {
  const page = await open(SHEET);
  assert.equal(await page.getAttribute('html', 'lang'), 'da');
  const rows = await page.$$eval('[data-text-key]', (els) => els.map((tr) => ({
    key: tr.dataset.textKey,
    cells: [...tr.querySelectorAll('td')].map((td) => ({ lang: td.lang, lix: td.dataset.lix, text: td.querySelector('.text')?.textContent ?? '' })),
  })));
  assert.ok(rows.length > 100, `${rows.length} texts`);
  assert.equal(new Set(rows.map((r) => r.key)).size, rows.length, 'each key once');
  for (const r of rows) {
    assert.deepEqual(r.cells.map((c) => c.lang), ['da', 'en'], r.key);
    for (const c of r.cells) {
      assert.match(c.lix, /^\d+\.\d$/, `${r.key} ${c.lang}`);
      assert.ok(c.text.trim().length > 0, `${r.key} ${c.lang} is empty`);
    }
  }
  for (const key of ['AboutDeadline', 'AccessLimitPrivate', 'RectificationLimitJournal', 'ComplaintRules', 'AccessArticle']) {
    assert.ok(rows.some((r) => r.key === key), key);
  }
  const letters = await page.$$eval('[data-letter-kind]', (els) => els.map((e) => ({
    kind: e.dataset.letterKind, lang: e.lang, body: e.querySelector('pre')?.textContent ?? '',
  })));
  assert.ok(letters.length >= 100 && letters.length % 2 === 0, `${letters.length} letters`);
  for (const l of letters) {
    assert.equal(l.kind.split('/').at(-1), l.lang, l.kind);
    assert.ok(l.body.length > 200, `${l.kind} has a body`);
  }
  for (const kind of ['request/access/myself/digital-post/da', 'request/erasure/behalf-poa/email/en',
    'reminder/extended/myself/digital-post/da', 'complaint/none/myself/web/en']) {
    assert.ok(letters.some((l) => l.kind === kind), kind);
  }
  await page.close();
});

test('the sheet names the release of the files beside it', async () => {
  const page = await open(SHEET);
  const value = (name) => page.textContent(`[data-release-${name}]`);
  const cargo = await readFile(new URL('../../Cargo.toml', import.meta.url), 'utf8');
  assert.equal(await value('version'), /^version = "([^"]+)"/m.exec(cargo)[1]);
  // The English texts shipped beside it are this release's.
  const [english] = await (await fetch(`${BASE}/texts.en.json`)).json();
  assert.equal(await value('english'), english);
  for (const name of ['texts', 'sheet']) assert.match(await value(name), /^[0-9a-f]{8}$/, name);
  assert.match(await page.title(), new RegExp(await value('texts')));
  await page.close();
});

test('source links lead to existing entries of sources.html', async () => {
  const page = await open(SHEET);
  const hrefs = [...new Set(await page.$$eval('a[href^="sources.html#"]', (as) => as.map((a) => a.getAttribute('href'))))];
  assert.ok(hrefs.length > 20, `${hrefs.length} entries linked`);
  // Every linked entry exists in the shipped sources page.
  const sources = await open(SOURCES);
  const ids = new Set(await sources.$$eval('[id]', (els) => els.map((e) => e.id)));
  for (const href of hrefs) assert.ok(ids.has(href.split('#')[1]), `${href} is not in sources.html`);
  await sources.close();
  // Follow a few as the DPO would: the entry is there and scrolled to.
  for (const key of ['AboutDeadline', 'AccessLimitPrivate', 'RectificationLimitJournal']) {
    const link = page.locator(`[data-text-key="${key}"] a[href^="sources.html#"]`).first();
    const href = await link.getAttribute('href');
    await link.click();
    await page.waitForURL(`**/${href}`);
    const id = href.split('#')[1];
    assert.equal(await page.locator(`[id="${id}"]`).count(), 1, href);
    const top = await page.evaluate((i) => document.getElementById(i).getBoundingClientRect().top, id);
    assert.ok(top >= -1 && top < 200, `${href} scrolled to (${top})`);
    await page.goBack();
  }
  await page.close();
});

test('no script runs on the sheet or the sources page', async () => {
  await withBrowser({}, async (strict) => {
    for (const url of [SHEET, SOURCES]) {
      const page = await strict.newPage();
      await page.goto(url);
      assert.equal(await page.locator('script').count(), 0, url);
      await page.addScriptTag({ content: 'window.ran = true;' }).catch(() => {});
      assert.equal(await page.evaluate(() => window.ran === true), false, `${url} ran an inline script`);
    }
  });
});

test('axe finds no WCAG 2.1 AA violations on the sheet and the sources page', async () => {
  for (const url of [SHEET, SOURCES]) {
    const page = await open(url);
    const { violations } = await runAxe(page, null);
    assert.deepEqual(violations, [], `${url}\n${describeViolations(violations)}`);
    await page.close();
  }
});

browser.testNoProblems();
