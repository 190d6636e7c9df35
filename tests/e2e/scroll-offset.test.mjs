// Focus below a sticky host header: on a host page whose 96 px header stays on top of the window
// (embed/test/host-sticky.html, which sets --srw-scroll-offset as the editors' guide says), every
// focus move of the widget must leave what it focuses, and what names it, in sight below the
// header: the heading with its "Trin n af m" caption after a step change, the error summary
// after a failed "Fortsæt", the field with its label or legend and its error after an
// error-summary link or "Ret". At a phone's 375 × 667 and a desktop's 1280 × 800.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './fixture.mjs';
import { BASE } from '../../embed/test/harness.mjs';

const STICKY = `${BASE}/kommune/borger/fast-sidehoved/`;
const HEADER = 96;

const browser = useBrowser();

/** Waits for focus on `id`, then asserts that each of `selectors` (the focused element first)
 *  lies wholly below the header and above the window's bottom, and is not covered. */
async function assertInSight(page, id, selectors, what) {
  await page.waitForFunction((id) => document.activeElement?.id === id, id, { timeout: 5000 })
    .catch(async () => assert.fail(`${what}: focus is on #${await page.evaluate(() => document.activeElement?.id)}, not #${id}`));
  // Let a smooth scroll (if any) settle.
  await page.waitForTimeout(100);
  const boxes = await page.evaluate((selectors) => selectors.map((s) => {
    const el = document.querySelector(s);
    if (!el) return { s, missing: true };
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + Math.min(4, r.width / 2), r.top + Math.min(4, r.height / 2));
    return { s, top: Math.round(r.top), bottom: Math.round(r.bottom), inner: innerHeight, covered: !(hit && (el === hit || el.contains(hit) || hit.contains(el))) };
  }), selectors);
  for (const b of boxes) {
    assert.ok(!b.missing, `${what}: ${b.s} is missing`);
    assert.ok(b.top >= HEADER && b.bottom <= b.inner && !b.covered,
      `${what}: ${b.s} should be below the ${HEADER} px header and inside the window: ${JSON.stringify(b)}`);
  }
}

/** Scrolls `selector` to the top of the window (under the header), as a citizen does who reads
 *  down a long page before pressing a button, then clicks it. */
async function clickFromTop(page, selector) {
  await page.evaluate((s) => {
    const el = document.querySelector(s);
    scrollBy(0, el.getBoundingClientRect().top - 100);
  }, selector);
  await page.click(selector);
}

for (const [width, height] of [[375, 667], [1280, 800]]) {
  test(`${width}×${height}: after every kind of focus move, what is focused and its label show below a 96 px sticky header`, async () => {
    const page = await browser.hostPage();
    await page.setViewportSize({ width, height });
    await page.goto(`${STICKY}?right=access&who=myself&step=person`);
    await page.waitForSelector('#rw-a .srw[data-step="person"]');
    const p = (await page.getAttribute('#rw-a .srw-heading', 'id')).replace(/heading$/, '');
    const submit = '#rw-a .srw button[type=submit]';

    // A failed "Fortsæt" pressed at the bottom of the form: the error summary.
    await clickFromTop(page, submit);
    await assertInSight(page, `${p}error-summary`, [`#${p}error-summary`], 'failed Fortsæt');

    // Its link to the name: the input, its label and the error message above it.
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    await page.click(`#${p}error-summary a[href="#${p}name"]`);
    await assertInSight(page, `${p}name`, [`#${p}name`, `label[for="${p}name"]`, `#${p}name-error`], 'error-summary link to a text field');

    // A step change from the bottom of the page: the next heading with its caption.
    await page.fill(`#${p}name`, 'Jens Hansen');
    await clickFromTop(page, submit);
    await page.waitForSelector('#rw-a .srw[data-step="route"]');
    await assertInSight(page, `${p}heading`, [`#${p}heading`, `#${p}step`], 'step change (Fortsæt)');

    // "Tilbage" from the bottom: the previous step's heading with its caption.
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    await page.click('#rw-a .srw-back-link');
    await page.waitForSelector('#rw-a .srw[data-step="person"]');
    await assertInSight(page, `${p}heading`, [`#${p}heading`, `#${p}step`], 'step change (Tilbage)');

    // "Ret" on the check page, pressed low on a long page: the field with its label.
    await clickFromTop(page, submit);
    await page.waitForSelector('#rw-a .srw[data-step="route"]');
    await clickFromTop(page, submit);
    await page.waitForSelector('#rw-a .srw[data-step="check"]');
    await clickFromTop(page, '#rw-a button[data-field="access-areas"]');
    await page.waitForSelector('#rw-a .srw[data-step="details"]');
    await assertInSight(page, `${p}access-areas`, [`#${p}access-areas`, `label[for="${p}access-areas"]`], '"Ret"');

    // Radios: an error-summary link focuses the first radio and shows the group's legend.
    await page.locator('#rw-a').getByRole('button', { name: 'Slet mine svar og start forfra' }).click();
    await page.waitForSelector('#rw-a .srw[data-step="start"]');
    await page.locator('#rw-a').getByRole('button', { name: 'Start', exact: true }).click();
    await page.waitForSelector('#rw-a .srw[data-step="who"]');
    await clickFromTop(page, submit);
    await assertInSight(page, `${p}error-summary`, [`#${p}error-summary`], 'failed Fortsæt on a radio page');
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    await page.click(`#${p}error-summary a[href="#${p}who"]`);
    await assertInSight(page, `${p}who`, [`#${p}who`, `#rw-a fieldset legend`, `#${p}who-error`], 'error-summary link to radios');

    assert.deepEqual(page.problems, []);
    await page.close();
  });
}
