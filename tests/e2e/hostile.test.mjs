// A sample of the hostile-input corpus (tests/corpus/hostile.json) typed into the real widget:
// nothing typed is ever inserted as HTML, no dialog opens, no error is thrown, the letter carries
// the text, and the mailto link decodes to exactly subject and body.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useBrowser } from './fixture.mjs';
import { P, atStep, cont } from './helpers.mjs';

const corpus = JSON.parse(readFileSync(new URL('../corpus/hostile.json', import.meta.url), 'utf8')).cases;
const valueOf = (c) => c.text ?? (c.utf16 ? String.fromCharCode(...c.utf16) : c.repeat.repeat(c.times));
/** What the widget keeps of a typed text: Unicode format characters (direction marks,
 *  zero-width characters, BOM) go, a zero-width joiner inside an emoji sequence stays. */
const stripInvisible = (t) => t
  .replace(/[\u00AD\u061C\u180E\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]|\u{E0001}|[\u{E0020}-\u{E007F}]/gu, '')
  .replace(/(?<![\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F])\u200D|\u200D(?!\p{Extended_Pictographic})/gu, '');
const SAMPLE = ['html-0', 'html-1', 'html-2', 'html-4', 'html-19', 'url-0', 'url-3', 'crlf-0', 'crlf-3', 'crlf-4',
  'long-10k-words', 'bidi-4', 'unicode-1', 'unicode-4', 'control-1', 'lone-high-surrogate', 'surrogate-in-text',
  'misc-1', 'misc-8', 'sensitive-0'];

const browser = useBrowser();


for (const name of SAMPLE) {
  test(`corpus case ${name} through the e-mail route`, async () => {
    const c = corpus.find((x) => x.name === name);
    assert.ok(c, name);
    const value = valueOf(c);
    const page = await browser.openWidget('?right=rectification&who=myself&route=email&step=details');
    let dialogs = 0;
    page.on('dialog', (d) => { dialogs += 1; d.dismiss(); });
    await atStep(page, 'details');
    await page.check(`#${P}rectify-kind`);
    await page.fill(`#${P}wrong-data`, value);
    await page.fill(`#${P}correct-data`, 'Det rigtige');
    await cont(page);
    const after = await page.getAttribute('.srw', 'data-step');
    if (after === 'details') {
      // Rejected: a message, and the text kept exactly (but for invisible characters).
      assert.ok((await page.textContent(`#${P}wrong-data-error`)).length > 5);
      assert.equal(await page.inputValue(`#${P}wrong-data`), stripInvisible(value.replace(/\r\n?/g, '\n')));
    } else {
      await atStep(page, 'person');
      await page.fill(`#${P}name`, 'Jens Hansen');
      await page.fill(`#${P}address`, 'Testvej 1, 4660 Store Heddinge');
      await cont(page); await atStep(page, 'route');
      await cont(page); await atStep(page, 'check');
      await page.click('button:text-is("Lav brevet")'); await atStep(page, 'send');
      const href = await page.getAttribute(`#${P}mailto`, 'href');
      const [to, query] = href.slice('mailto:'.length).split('?');
      assert.equal(to, 'stevns@stevns.dk');
      const params = query.split('&');
      assert.equal(params.length, 2, 'exactly subject and body');
      assert.ok(params[0].startsWith('subject=') && params[1].startsWith('body='));
      assert.ok(!/[\s<>"]/.test(href), 'the link carries no raw whitespace or markup');
      const body = await page.textContent(`#${P}body`);
      const shown = stripInvisible(value).trim().replace(/\r\n?/g, '\n');
      if (!/\d{6}/.test(shown) && shown.length < 2000 && !/[\ud800-\udfff]/.test(shown)) {
        assert.ok(body.includes(shown.replace(/\u0000/g, '\u0000')), 'the letter carries the text');
      }
    }
    // Nothing typed became markup.
    assert.equal(await page.locator('.srw script, .srw img, .srw iframe, .srw svg:not(.srw-button__icon), .srw style, .srw form form').count(), 0);
    assert.equal(dialogs, 0);
    assert.deepEqual(page.problems, []);
    await page.close();
  });
}
