// Privacy and reliability as a citizen would notice it: the page asks for nothing but the
// widget's own files, stores nothing but a CPR-free draft in this tab, keeps answers over a
// reload, forgets them on request, and copes with a refused clipboard.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE } from './browser.mjs';
import { useBrowser } from './fixture.mjs';
import { P, atStep, cont } from './helpers.mjs';

const browser = useBrowser();

/** The tab's drafts (sessionStorage without the tab id, which holds no answers). */
const storage = (page) => page.evaluate(() => {
  const all = Object.assign({}, sessionStorage);
  delete all['stevns-rights-wizard:tab'];
  return JSON.stringify(all);
});

/** From the start page to the route step: erasure on behalf, with CPR numbers. */
async function toRoute(page) {
  await page.click('button:text-is("Start")'); await atStep(page, 'who');
  await page.check(`#${P}who-behalf`); await cont(page); await atStep(page, 'right');
  await page.check(`#${P}right-erasure`); await cont(page); await atStep(page, 'about');
  await page.click('.srw-button-group .srw-button'); await atStep(page, 'details');
  await page.fill(`#${P}erase-which`, 'Billeder fra sommerfesten');
  await page.check(`#${P}erase-ground-unlawful`); await cont(page); await atStep(page, 'person');
  await page.fill(`#${P}name`, 'Jens Hansen');
  await page.fill(`#${P}cpr`, '010180-1234');
  await page.fill(`#${P}email`, 'jens@example.dk');
  await page.fill(`#${P}address`, 'Testvej 1, 4660 Store Heddinge');
  await page.fill(`#${P}other-name`, 'Ida Hansen');
  await page.fill(`#${P}other-cpr`, '010110-4000');
  await page.check(`#${P}relation-custody`);
  await cont(page); await atStep(page, 'route');
}

const SEND = {
  da: { create: 'Lav brevet', download: 'Hent som fil (.txt)' },
  en: { create: 'Create the letter', download: 'Download as a file (.txt)' },
};

for (const lang of ['da', 'en']) {
  test(`${lang}: a whole run requests only the widget's own files and sets no cookies or localStorage`, async () => {
    const requests = [];
    const page = await browser.newPage();
    page.on('request', (r) => requests.push(r));
    await page.goto(`${BASE}/index.html`);
    await page.waitForSelector('section.srw:not([data-srw-prerender])');
    if (lang === 'en') {
      await page.click('.srw .srw-lang__button[lang="en"]');
      await page.waitForSelector('section.srw[lang="en"]');
    }
    await toRoute(page);
    await page.check(`#${P}route-email`); await cont(page); await atStep(page, 'check');
    await page.click(`button:text-is("${SEND[lang].create}")`); await atStep(page, 'send');
    await page.click(`button:text-is("${SEND[lang].download}")`);
    for (const r of requests) {
      const u = new URL(r.url());
      assert.ok(u.origin === BASE || u.protocol === 'blob:' || u.protocol === 'data:', `unexpected request ${r.url()}`);
      if (u.origin === BASE) {
        assert.match(u.pathname, /^\/(index\.html|stevns-rights-wizard(_bg\.wasm|\.js)|rights-wizard\.js|widget\.css|demo\.css|texts\.en\.json)?$/, r.url());
      }
      // The English texts' request carries nothing of the citizen's: a GET with the version.
      if (u.pathname === '/texts.en.json') {
        assert.equal(r.method(), 'GET');
        assert.match(u.search, /^\?v=[0-9a-f]{8}$/);
        assert.equal(r.postData(), null);
      }
    }
    const texts = requests.filter((r) => new URL(r.url()).pathname === '/texts.en.json').length;
    assert.equal(texts, lang === 'en' ? 1 : 0, 'texts.en.json requests');
    assert.deepEqual(await browser.context.cookies(), []);
    assert.equal(await page.evaluate(() => localStorage.length), 0);
    await page.close();
  });
}

test('a reload mid-wizard keeps every answer but the CPR numbers', async () => {
  const page = await browser.openWidget();
  await toRoute(page);
  const saved = await storage(page);
  assert.ok(saved.includes('Jens Hansen'), 'the draft is in sessionStorage');
  assert.ok(!saved.includes('010180') && !saved.includes('010110'), 'never a CPR number');
  await page.reload();
  // The CPR numbers were not kept, so the widget returns to where they are typed.
  await atStep(page, 'person');
  assert.equal(await page.inputValue(`#${P}name`), 'Jens Hansen');
  assert.equal(await page.inputValue(`#${P}email`), 'jens@example.dk');
  assert.equal(await page.inputValue(`#${P}other-name`), 'Ida Hansen');
  assert.equal(await page.inputValue(`#${P}cpr`), '');
  assert.equal(await page.inputValue(`#${P}other-cpr`), '');
  assert.ok(await page.isChecked(`#${P}relation-custody`));
  await page.click('.srw-back-link'); await atStep(page, 'details');
  assert.equal(await page.inputValue(`#${P}erase-which`), 'Billeder fra sommerfesten');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('"Slet mine svar" forgets everything; a hand-off does not, "Jeg har sendt brevet" does', async () => {
  const page = await browser.openWidget();
  await toRoute(page);
  await page.click('.srw-delete');
  await atStep(page, 'start');
  assert.equal(await storage(page), '{}');
  await page.reload(); await atStep(page, 'start');
  await page.click('button:text-is("Start")'); await atStep(page, 'who');
  assert.equal(await page.isChecked(`#${P}who-behalf`), false);
  await page.close();
  const page2 = await browser.openWidget();
  await toRoute(page2);
  await cont(page2); await atStep(page2, 'check');
  await page2.click('button:text-is("Lav brevet")'); await atStep(page2, 'send');
  assert.notEqual(await storage(page2), '{}');
  await page2.click('button:text-is("Hent som fil (.txt)")');
  await page2.click('button:text-is("Kopiér teksten")');
  assert.notEqual(await storage(page2), '{}', 'downloading or copying is not sending: the draft stays');
  assert.ok(!(await storage(page2)).includes('010180'), 'still without the CPR number');
  await page2.click('button:text-is("Jeg har sendt brevet – slet mine svar")');
  await atStep(page2, 'start');
  assert.equal(await storage(page2), '{}', 'the draft goes once the citizen says the letter is sent');
  await page2.close();
});

test('a refused clipboard selects the letter for manual copying and says so', async () => {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
  });
  await page.goto(`${BASE}/index.html?right=access&who=myself&step=person`);
  await atStep(page, 'person');
  await page.fill(`#${P}name`, 'Jens Hansen');
  await cont(page); await atStep(page, 'route');
  await cont(page); await atStep(page, 'check');
  await page.click('button:text-is("Lav brevet")'); await atStep(page, 'send');
  await page.click('button:text-is("Kopiér teksten")');
  await page.waitForFunction((id) => document.getElementById(id).textContent.length > 0, `${P}status`);
  assert.match(await page.textContent(`#${P}status`), /kunne ikke kopieres automatisk/);
  const selected = await page.evaluate(() => String(window.getSelection()));
  assert.match(selected, /Anmodning om indsigt \(art\. 15\)/);
  assert.match(selected, /Jens Hansen/);
  await page.close();
});

test('free text about health or with a CPR number warns on the e-mail route and offers Digital Post', async () => {
  const page = await browser.openWidget('?right=objection&who=myself&step=details');
  await atStep(page, 'details');
  await page.fill(`#${P}object-which`, 'Brug af mine oplysninger i statistik');
  await page.fill(`#${P}object-reasons`, 'Jeg har en sygdom, og mit CPR er 010180-1234');
  await cont(page); await atStep(page, 'person');
  await page.fill(`#${P}name`, 'Jens Hansen');
  await page.fill(`#${P}address`, 'Testvej 1, 4660 Store Heddinge');
  await cont(page); await atStep(page, 'route');
  assert.equal(await page.locator('.srw-email-warning').count(), 0, 'no warning for Digital Post');
  await page.check(`#${P}route-email`);
  const warning = page.locator('.srw-email-warning');
  await warning.waitFor();
  assert.match(await warning.textContent(), /CPR-nummer i teksten/);
  assert.match(await warning.textContent(), /helbred/);
  await cont(page); await atStep(page, 'check');
  await page.click('button:text-is("Lav brevet")'); await atStep(page, 'send');
  const href = await page.getAttribute(`#${P}mailto`, 'href');
  assert.ok(!decodeURIComponent(href).includes('010180'), 'the CPR number is not in the e-mail');
  assert.match(await page.textContent('.srw'), /lignede et CPR-nummer. Det er taget ud af e-mailen/);
  await page.click('.srw-email-warning button');
  await page.waitForSelector(`#${P}digital-post`);
  assert.match(await page.textContent(`#${P}body`), /010180-1234/, 'Digital Post carries it');
  await page.close();
});
