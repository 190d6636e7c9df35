// Printing the send step: "Udskriv" prints the letter (with reference and date) alone, on A4.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openWidget } from './browser.mjs';
import { P } from './helpers.mjs';

let context;
before(async () => { context = await launch(); });
after(async () => { await context?.close(); });

test('"Udskriv" prints only the letter, with reference and date, on A4', async () => {
  const page = await openWidget(context, '?right=access&who=myself&step=person');
  await page.waitForSelector('.srw[data-step="person"]');
  await page.fill(`#${P}name`, 'Jens Hansen');
  await page.click('.srw button[type=submit]'); await page.waitForSelector('.srw[data-step="route"]');
  await page.click('.srw button[type=submit]'); await page.waitForSelector('.srw[data-step="check"]');
  await page.click('button:text-is("Lav brevet")'); await page.waitForSelector('.srw[data-step="send"]');

  // The button marks <html> and calls window.print(); record both without a print dialog.
  await page.evaluate(() => {
    window.__printed = [];
    window.print = () => window.__printed.push(document.documentElement.classList.contains('srw-printing'));
  });
  await page.click('button:text-is("Udskriv")');
  assert.deepEqual(await page.evaluate(() => window.__printed), [true], 'printed with the letter-only class');
  // The class goes when the browser says printing is over.
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('srw-printing')), false);

  await page.evaluate(() => document.documentElement.classList.add('srw-printing'));
  await page.emulateMedia({ media: 'print' });
  const seen = await page.evaluate(() => {
    const visible = (el) => el && getComputedStyle(el).visibility === 'visible' && getComputedStyle(el).display !== 'none';
    return {
      letter: visible(document.querySelector('.srw-letter')),
      body: visible(document.querySelector('.srw-letter__body')),
      hostHeading: visible(document.querySelector('h1')),
      hostHeader: visible(document.querySelector('.demo-header')),
      buttons: [...document.querySelectorAll('.srw button')].some(visible),
      stepHeading: visible(document.querySelector('#srw1-heading')),
      letterText: document.querySelector('.srw-letter').innerText,
    };
  });
  assert.equal(seen.letter, true);
  assert.equal(seen.body, true);
  assert.equal(seen.hostHeading, false, 'the host page does not print');
  assert.equal(seen.hostHeader, false);
  assert.equal(seen.buttons, false, 'no buttons on paper');
  assert.equal(seen.stepHeading, false);
  const reference = await page.textContent(`#${P}reference`);
  assert.ok(seen.letterText.includes(`Referencenummer: ${reference}`));
  assert.match(seen.letterText, /Dato: \d+\. \w+ \d{4}/);
  assert.match(seen.letterText, /Emne: Anmodning om indsigt \(art\. 15\)/);
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert.ok(pages >= 1 && pages <= 2, `the letter fits on one or two A4 pages (${pages})`);
  await page.close();
});
