// Page translation (Chrome's and Edge's built-in translator) replaces each text node with its
// own elements — `<font style="vertical-align: inherit;"><font …>translated</font></font>` — behind
// the back of Yew, which keeps references to the text nodes it made. Here a script does the
// same to every text node in the widget, then the citizen changes step (Fortsæt, Tilbage, "Ret",
// a failed Fortsæt and its correction, the language switch): no earlier step's text may stay
// on screen, the new heading and caption must read right, and nothing may crash.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './fixture.mjs';
import { finish, atStep, P } from './helpers.mjs';

const browser = useBrowser();

/** What the translator does: every non-blank text node inside the widget is replaced by two
 *  nested <font> elements holding its "translation" — here the text in ⟦ ⟧, so a test can tell
 *  translated (old) text from text the widget wrote since. Returns how many it replaced. */
function translate(page) {
  return page.evaluate(() => {
    const root = document.querySelector('.srw');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes = [];
    // Text it has already translated (inside its <font>) is left alone, as the translator does.
    while (walker.nextNode()) {
      const n = walker.currentNode;
      if (n.nodeValue.trim() && n.parentElement.tagName !== 'FONT') nodes.push(n);
    }
    for (const n of nodes) {
      const outer = document.createElement('font');
      outer.setAttribute('style', 'vertical-align: inherit;');
      const inner = document.createElement('font');
      inner.setAttribute('style', 'vertical-align: inherit;');
      inner.textContent = `⟦${n.nodeValue}⟧`;
      outer.appendChild(inner);
      n.parentNode.replaceChild(outer, n);
    }
    return nodes.length;
  });
}

/** The visible texts that belong to this step alone: heading and caption. */
const stepTexts = (page) => page.evaluate((p) => ({
  heading: document.getElementById(`${p}heading`)?.innerText.trim(),
  caption: document.getElementById(`${p}step`)?.innerText.trim() ?? null,
}), P);

const marked = (t) => `⟦${t}⟧`;

/** A button by its name, translated (in ⟦ ⟧) or not. */
const button = (page, name) => page.locator('.srw').getByRole('button', { name: new RegExp(`^⟦?${name}⟧?$`) });
const cont = (page) => button(page, 'Fortsæt').click();

/** After a change from a translated step: the widget is at `step`; the old step's heading and
 *  caption, as translated, are gone; the new heading and caption are the widget's own text
 *  (shown once, and as expected if given). */
async function assertFresh(page, step, old, { heading, caption } = {}) {
  await atStep(page, step);
  const now = await stepTexts(page);
  const shown = await page.evaluate(() => document.querySelector('.srw').innerText);
  for (const t of [old.heading, old.caption].filter(Boolean)) {
    assert.ok(!shown.includes(marked(t)), `"${t}" from the step before is still on screen at ${step}:\n${shown}`);
  }
  assert.ok(!now.heading.includes('⟦') && !(now.caption ?? '').includes('⟦'), `fresh heading and caption: ${JSON.stringify(now)}`);
  if (heading) assert.equal(now.heading, heading);
  if (caption !== undefined) assert.equal(now.caption, caption);
  const headings = await page.evaluate(() => document.querySelectorAll('.srw .srw-heading').length);
  assert.equal(headings, 1, 'one heading');
  return now;
}

test('a translated page keeps working: step changes replace the translated text, nothing crashes', async () => {
  const page = await browser.open();
  await atStep(page, 'start');
  assert.ok(await translate(page) > 5);
  let old = await stepTexts(page);
  await button(page, 'Start').click();
  old = await assertFresh(page, 'who', old, { caption: 'Trin 1 af 7' });

  // A failed Fortsæt on the translated page, then the correction.
  await translate(page);
  await cont(page);
  await page.waitForSelector('.srw-error-summary');
  await translate(page);
  await page.check(`input[name="${P}who"][value="myself"]`);
  await cont(page);
  old = await assertFresh(page, 'right', old, { caption: 'Trin 2 af 7' });
  assert.equal(await page.locator('.srw-error-summary').count(), 0, 'the error summary is gone');
  assert.equal(await page.locator('.srw-error-message').count(), 0);

  // Tilbage, and forward again, translating each time.
  await translate(page);
  await page.click('.srw-back-link');
  old = await assertFresh(page, 'who', old, { caption: 'Trin 1 af 7' });
  await translate(page);
  await cont(page);
  old = await assertFresh(page, 'right', old, { caption: 'Trin 2 af 7' });
  await page.check(`input[name="${P}right"][value="access"]`);
  for (const step of ['about', 'details']) {
    await translate(page);
    await cont(page);
    old = await assertFresh(page, step, old);
  }
  await translate(page);
  await cont(page);
  old = await assertFresh(page, 'person', old, { caption: 'Trin 5 af 7' });

  // Errors that change within a step: a missing name, then a name that is too long.
  await translate(page);
  await cont(page);
  await page.waitForSelector(`#${P}name-error`);
  const missing = (await page.innerText(`#${P}name-error`)).replace(/^Fejl:\s*/, '').trim();
  await translate(page);
  await page.fill(`#${P}name`, 'x'.repeat(250));
  await cont(page);
  await page.waitForFunction(([p, m]) => !document.getElementById(`${p}name-error`)?.innerText.includes(m), [P, missing]);
  const shown = await page.evaluate(() => document.querySelector('.srw').innerText);
  assert.ok(!shown.includes(marked(missing)), `the old error "${missing}" is still on screen:\n${shown}`);
  assert.match(await page.innerText(`#${P}name-error`), /200/, 'the new error (too long) is shown');

  await page.fill(`#${P}name`, 'Jens Hansen');
  await translate(page);
  await cont(page);
  old = await assertFresh(page, 'route', old, { caption: 'Trin 6 af 7' });
  await translate(page);
  await cont(page);
  old = await assertFresh(page, 'check', old);

  // "Ret" from the translated check page, and back to it.
  await translate(page);
  await page.click('.srw button[data-field="name"]');
  old = await assertFresh(page, 'person', old, { caption: 'Trin 5 af 7' });
  // After "Ret", "Fortsæt" goes straight back to the check page.
  await translate(page);
  await cont(page);
  old = await assertFresh(page, 'check', old);

  // The language switch on a translated page, then on to the letter.
  await translate(page);
  await button(page, 'English').click();
  await page.waitForSelector('.srw[lang="en"]');
  const english = await stepTexts(page);
  assert.notEqual(english.heading, old.heading, 'the heading is in English');
  assert.ok(!english.heading.includes('⟦'), english.heading);
  const shownEn = await page.evaluate(() => document.querySelector('.srw').innerText);
  assert.ok(!shownEn.includes(marked(old.heading)), `the Danish heading "${old.heading}" is still on screen`);
  await translate(page);
  await button(page, 'Create the letter').click();
  await assertFresh(page, 'send', english);
  await finish(page);
});
