// Printing the send step: "Udskriv" prints the letter (with reference and date) alone, on A4,
// from the top of page 1 and with no blank pages, on the demo page and on a host page whose
// layout fights printing (a 600 px header, sidebars, a positioned and transformed `main` with
// hidden overflow, a fixed cookie bar: embed/test/host-tall.html). Chromium's own PDF output
// is read back with poppler's pdfinfo (page count) and pdftotext (each page's text).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useBrowser } from './fixture.mjs';
import { BASE } from '../../embed/test/harness.mjs';

const browser = useBrowser();

const TALL = `${BASE}/kommune/borger/hoej-side/`;
const OUT = mkdtempSync(join(tmpdir(), 'srw-print-'));

/** A free text that ends the letter halfway down a third page: 90 short lines (under the 2,000-character
 *  limit), each numbered so a test can tell where the text breaks across pages. */
const LONG = Array.from({ length: 90 }, (_, i) => `Punkt ${i + 1}.`).join('\n');

/** From the details step of an access request to the send step, in the widget `p` (id prefix). */
async function toSend(page, p, { areas = '' } = {}) {
  await page.waitForSelector('.srw[data-step="details"]');
  if (areas) await page.fill(`#${p}access-areas`, areas);
  await page.click('.srw button[type=submit]'); await page.waitForSelector('.srw[data-step="person"]');
  await page.fill(`#${p}name`, 'Jens Hansen');
  await page.click('.srw button[type=submit]'); await page.waitForSelector('.srw[data-step="route"]');
  await page.click('.srw button[type=submit]'); await page.waitForSelector('.srw[data-step="check"]');
  await page.click('button:text-is("Lav brevet")'); await page.waitForSelector('.srw[data-step="send"]');
}

/** Presses "Udskriv" with window.print() stubbed (headless Chromium would block on it), prints
 *  the page as the browser would at that moment, then ends printing with `afterprint`. Returns
 *  the page count and each page's text. */
async function printed(page, name) {
  await page.evaluate(() => {
    window.__printed = [];
    window.print = () => window.__printed.push(document.documentElement.classList.contains('srw-printing'));
  });
  await page.click('button:text-is("Udskriv")');
  assert.deepEqual(await page.evaluate(() => window.__printed), [true], 'printed with the letter-only class');
  await page.emulateMedia({ media: 'print' });
  const file = join(OUT, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const count = Number(/^Pages:\s+(\d+)/m.exec(info)[1]);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+)/m.exec(info);
  const pages = [];
  for (let n = 1; n <= count; n++) {
    pages.push(execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), file, '-'], { encoding: 'utf8' }));
  }
  return { count, pages, width: Number(size[1]), height: Number(size[2]) };
}

/** What every printed letter must satisfy: A4, `expected` pages, page 1 starting with the
 *  subject line, the letter's last line on the last page, no page without letter text, nothing
 *  of the host page, the widget's buttons or the step heading. */
function assertLetterOnly(pdf, expected, { reference, hostTexts }) {
  assert.equal(pdf.count, expected, `pages: ${pdf.count}\n${pdf.pages.map((t, i) => `--- page ${i + 1}\n${t}`).join('\n')}`);
  assert.ok(Math.abs(pdf.width - 595.3) < 2 && Math.abs(pdf.height - 841.9) < 2, `A4: ${pdf.width} x ${pdf.height}`);
  const first = pdf.pages[0].trim().split('\n')[0].trim();
  assert.match(first, /^Emne: Anmodning om indsigt \(art\. 15\)/, `page 1 starts with the subject line, not ${JSON.stringify(first)}`);
  const all = pdf.pages.join('\n');
  assert.ok(all.includes(`Brevets referencenummer: ${reference}`), 'the reference number is printed');
  assert.match(all, /Dato: \d+\. \w+ \d{4}/);
  pdf.pages.forEach((t, i) => assert.ok(t.trim().length > 0, `page ${i + 1} is blank`));
  assert.ok(pdf.pages[pdf.count - 1].includes('Jens Hansen'), 'the signature ends the last page');
  for (const host of [...hostTexts, 'Udskriv', 'Kopiér teksten', 'Dit brev er klar', 'Trin ']) {
    assert.ok(!all.includes(host), `"${host}" is not printed`);
  }
}

for (const where of ['demo', 'tall host']) {
  for (const [length, expected] of [['short', 1], ['three-page', 3]]) {
    test(`"Udskriv" on the ${where} page: a ${length} letter prints alone on ${expected} A4 page(s), from the top`, async () => {
      let page;
      let p = 'srw1-';
      let hostTexts;
      if (where === 'demo') {
        page = await browser.openWidget('?right=access&who=myself&step=details');
        hostTexts = ['Dine rettigheder', 'Demoside', 'Kontakt os', 'Brødkrumme'];
      } else {
        page = await browser.hostPage();
        await page.goto(`${TALL}?right=access&who=myself&step=details`);
        await page.waitForSelector('#rw-a .srw');
        p = (await page.getAttribute('#rw-a .srw-heading', 'id')).replace(/heading$/, '');
        hostTexts = ['Stevns Kommune ·', 'Borger · Erhverv', 'teaserboks', 'Relaterede sider', 'cookies', 'Værtssidens'];
      }
      await toSend(page, p, { areas: length === 'short' ? '' : LONG });
      const reference = await page.textContent(`#${p}reference`);
      const pdf = await printed(page, `${where.replace(' ', '-')}-${length}`);
      assertLetterOnly(pdf, expected, { reference, hostTexts });
      if (length !== 'short') {
        // The free text runs on over the pages, in order, none of it lost.
        const all = pdf.pages.join('\n');
        for (const n of [1, 45, 90]) assert.ok(all.includes(`Punkt ${n}.`), `line ${n} is printed`);
      }
      // Printing over: the page is as it was, with no copy of the letter left behind.
      assert.deepEqual(await page.evaluate(() => ({
        printing: document.documentElement.classList.contains('srw-printing'),
        letters: document.querySelectorAll('.srw-letter').length,
        ids: new Set([...document.querySelectorAll('[id]')].map((e) => e.id)).size === document.querySelectorAll('[id]').length,
      })), { printing: false, letters: 1, ids: true });
      assert.deepEqual(page.problems, [], 'no page or console errors');
      await page.close();
    });
  }
}

test('printing without the button (Ctrl+P) still leaves out the buttons, caption and top bar', async () => {
  const page = await browser.openWidget('?right=access&who=myself&step=details');
  await toSend(page, 'srw1-');
  await page.emulateMedia({ media: 'print' });
  const shown = await page.evaluate(() => {
    const visible = (el) => !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility === 'visible';
    return {
      letter: visible(document.querySelector('.srw-letter')),
      buttons: [...document.querySelectorAll('.srw button')].some(visible),
      caption: [...document.querySelectorAll('.srw .srw-caption')].some(visible),
      topbar: visible(document.querySelector('.srw .srw-topbar')),
    };
  });
  assert.deepEqual(shown, { letter: true, buttons: false, caption: false, topbar: false });
  await page.close();
});
