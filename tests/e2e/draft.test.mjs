// The tab draft until the letter is really sent: copying, downloading, printing or opening
// Digital Post proves nothing, so the answers stay (without the CPR number) until the citizen
// says the letter is sent; a reload that dropped the CPR number says so in a banner; and a
// duplicated tab, which copies sessionStorage, makes letters with their own reference.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './fixture.mjs';
import { P, T, finish, atStep, cont, button, letter, waitText } from './helpers.mjs';
import { runAxe, describe } from './axe.mjs';

const browser = useBrowser({ clipboard: true });

const TAB_KEY = 'stevns-rights-wizard:tab';
/** The tab's drafts: sessionStorage without the tab id. */
const drafts = (page) => page.evaluate((k) => {
  const all = Object.assign({}, sessionStorage);
  delete all[k];
  return all;
}, TAB_KEY);

/** From `?…step=person` to the send page, typing a name (and a CPR number if given). */
async function toSend(page, { cpr = '', lang = 'da' } = {}) {
  await atStep(page, 'person');
  await page.fill(`#${P}name`, 'Jens Hansen');
  if (cpr) await page.fill(`#${P}cpr`, cpr);
  await cont(page); await atStep(page, 'route');
  await cont(page); await atStep(page, 'check');
  await button(page, T[lang].create).click();
  return letter(page);
}

test('copy, download, print and Digital Post keep the draft; a reload shows the same letter', async () => {
  const page = await browser.open('?right=access&who=myself&step=person');
  const l = await toSend(page);
  await button(page, T.da.copy).click();
  await waitText(page, `#${P}status`, 'Teksten er kopieret.');
  const [download] = await Promise.all([page.waitForEvent('download'), button(page, T.da.download).click()]);
  await download.path();
  await page.evaluate(() => { window.print = () => {}; });
  await button(page, T.da.print).click();
  const [tab] = await Promise.all([browser.context.waitForEvent('page'), page.click(`#${P}digital-post`)]);
  await tab.close();
  const saved = JSON.stringify(await drafts(page));
  assert.ok(saved.includes('Jens Hansen'), `the draft stays after every hand-off: ${saved}`);
  await page.reload();
  const again = await letter(page);
  assert.deepEqual(again, l, 'the same letter, with the same reference');
  await finish(page);
});

for (const lang of ['da', 'en']) {
  const sent = lang === 'da' ? 'Jeg har sendt brevet – slet mine svar' : 'I have sent the letter – delete my answers';
  const deleted = lang === 'da' ? 'Dine svar er slettet' : 'Your answers have been deleted';
  test(`${lang}: "${sent}" deletes the draft and says so`, async () => {
    const page = await browser.open(`?right=access&who=myself&step=person&lang=${lang}`);
    await toSend(page, { lang });
    assert.notDeepEqual(await drafts(page), {});
    await button(page, sent).click();
    await atStep(page, 'start');
    assert.deepEqual(await drafts(page), {}, 'nothing kept');
    const status = page.locator('.srw-notice-live[aria-live="polite"]');
    await waitText(page, '.srw-notice-live', deleted);
    assert.equal(await status.count(), 1);
    assert.equal(await page.locator('.srw-error-summary').count(), 0, 'a notice, not an error');
    const axe = await runAxe(page);
    assert.deepEqual(axe.violations, [], describe(axe.violations));
    // A reload finds no draft: only the demo URL's own answers are there again.
    await page.reload(); await atStep(page, 'person');
    assert.equal(await page.inputValue(`#${P}name`), '', 'the answers are gone');
    assert.equal(await page.locator('.srw-notice').count(), 0, 'the banner was news once');
    await finish(page);
  });
}

for (const [lang, heading, title] of [
  ['da', 'Skriv dit CPR-nummer igen – vi gemmer det aldrig', 'Vigtigt'],
  ['en', 'Enter your CPR number again – we never keep it', 'Important'],
]) {
  test(`${lang}: a reload that dropped the CPR number says so at the top of "Om dig", as a notice`, async () => {
    const page = await browser.open(`?right=erasure&who=myself&step=details&lang=${lang}`);
    await atStep(page, 'details');
    await page.fill(`#${P}erase-which`, 'Billeder fra sommerfesten');
    await page.check(`#${P}erase-ground-unlawful`);
    await cont(page);
    await toSend(page, { cpr: '010180-1234', lang });
    await page.reload();
    await atStep(page, 'person');
    const banner = page.locator(`#${P}notice`);
    assert.equal(await banner.getAttribute('role'), 'region');
    const labelledBy = await banner.getAttribute('aria-labelledby');
    assert.equal((await page.textContent(`#${labelledBy}`)).trim(), title);
    await waitText(page, `#${P}notice`, heading);
    // At the top: before the step's heading, in the widget's language, and not an error.
    assert.ok(await page.evaluate((P) => {
      const n = document.getElementById(`${P}notice`);
      const h = document.getElementById(`${P}heading`);
      return Boolean(n.compareDocumentPosition(h) & Node.DOCUMENT_POSITION_FOLLOWING);
    }, P), 'the banner comes before the heading');
    assert.equal(await page.getAttribute('section.srw', 'lang'), lang);
    assert.equal(await page.locator('.srw-error-summary, .srw-error-message').count(), 0);
    assert.doesNotMatch(await page.title(), /^(Fejl|Error):/);
    assert.equal(await page.inputValue(`#${P}cpr`), '');
    const axe = await runAxe(page);
    assert.deepEqual(axe.violations, [], describe(axe.violations));
    assert.equal(await page.inputValue(`#${P}name`), 'Jens Hansen');
    // Typed again, the citizen moves on and the banner is gone.
    await page.fill(`#${P}cpr`, '010180-1234');
    await cont(page); await atStep(page, 'route');
    assert.equal(await page.locator('.srw-notice').count(), 0);
    await finish(page);
  });
}

test('no banner after a reload when no CPR number was given', async () => {
  const page = await browser.open('?right=access&who=myself&step=person');
  await page.fill(`#${P}name`, 'Jens Hansen');
  await cont(page); await atStep(page, 'route');
  await page.reload(); await atStep(page, 'route');
  assert.equal(await page.locator('.srw-notice').count(), 0);
  await finish(page);
});

/** A new page in the same context with a copy of `from`'s sessionStorage, as Chromium
 *  duplicates a tab, opened at `from`'s address. */
async function duplicate(from) {
  const copy = Object.assign({}, await from.evaluate(() => Object.assign({}, sessionStorage)));
  const page = await browser.newPage();
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') page.problems.push(m.text()); });
  await page.addInitScript((copy) => {
    // Only into the new tab's empty storage: a later reload keeps what the tab wrote.
    if (sessionStorage.length === 0) for (const [k, v] of Object.entries(copy)) sessionStorage.setItem(k, v);
  }, copy);
  await page.goto(from.url());
  await page.waitForSelector('.srw');
  page.setDefaultTimeout(5000);
  return page;
}

const reference = async (page) => (await page.textContent(`#${P}reference`)).trim();

test('one reference per letter: a reload keeps it, a duplicated tab gets its own', async () => {
  const original = await browser.open('?right=access&who=myself&step=person');
  const a = (await toSend(original)).reference;
  await original.reload(); await atStep(original, 'send');
  assert.equal(await reference(original), a, 'a reload keeps the reference');

  const copy = await duplicate(original);
  await atStep(copy, 'send');
  // The copy learns from the live original that it is a copy, and takes its own reference.
  await copy.waitForFunction(({ id, a }) => {
    const el = document.getElementById(id);
    return el && el.textContent.trim() !== a;
  }, { id: `${P}reference`, a });
  const b = await reference(copy);
  assert.match(b, /^SK-[2-9A-HJKMNP-Z]{6}$/);
  assert.notEqual(b, a);
  const copyLetter = await letter(copy);
  assert.ok(copyLetter.subject.includes(b) && copyLetter.body.includes(b), 'the letter carries its own reference');
  assert.ok(copyLetter.body.includes('Jens Hansen'), 'the answers came along');
  const ids = [await original.evaluate((k) => sessionStorage.getItem(k), TAB_KEY), await copy.evaluate((k) => sessionStorage.getItem(k), TAB_KEY)];
  assert.ok(ids[0] && ids[1] && ids[0] !== ids[1], `two tabs, two ids: ${ids}`);

  // Each keeps its own from now on, over reloads.
  assert.equal(await reference(original), a, 'the original is not changed');
  await original.reload(); await atStep(original, 'send');
  assert.equal(await reference(original), a);
  await copy.reload(); await atStep(copy, 'send');
  assert.equal(await reference(copy), b);
  await new Promise((r) => setTimeout(r, 1200));
  assert.equal(await reference(copy), b, 'and no late change');
  assert.equal(await reference(original), a);
  await finish(copy);
  await finish(original);
});

test('a tab restored after its original closed (no live twin) keeps the reference', async () => {
  const original = await browser.open('?right=access&who=myself&step=person');
  const a = (await toSend(original)).reference;
  const url = original.url();
  const copy = Object.assign({}, await original.evaluate(() => Object.assign({}, sessionStorage)));
  await finish(original);
  const page = await browser.newPage();
  await page.addInitScript((copy) => {
    if (sessionStorage.length === 0) for (const [k, v] of Object.entries(copy)) sessionStorage.setItem(k, v);
  }, copy);
  await page.goto(url);
  await atStep(page, 'send');
  await new Promise((r) => setTimeout(r, 1200));
  assert.equal(await reference(page), a);
  await page.close();
});
