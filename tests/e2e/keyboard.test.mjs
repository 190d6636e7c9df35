// The whole wizard with the keyboard only (WCAG 2.1.1, 2.4.3, 2.4.7, 3.3.1): erasure, on
// behalf of someone, by e-mail, then "Ret" to change the route to Digital Post. Only
// keyboard.press and keyboard.type drive the page: no click, check or fill.
// After each step change the new heading must have focus, after a failed "Fortsæt" the error
// summary, after a summary link or "Ret" the field; every focused element in the widget must
// show a visible focus indicator.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './fixture.mjs';
import { P } from './helpers.mjs';

const TIMEOUT = 5000;

const browser = useBrowser();

/** Lets Yew render and run its focus effects (it schedules both asynchronously). */
const settle = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));

/**
 * The focused element and whether it shows a focus indicator: an outline (not none, non-zero
 * width, not transparent), a box-shadow, or a background colour, that it does not have
 * unfocused. The unfocused style comes from a detached copy of the element placed beside it
 * for a moment (without id and name, so a radio copy cannot change its group).
 */
function probeFocus(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const text = (el?.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 40);
    const desc = !el || el === document.body ? 'body'
      : `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).trim().split(/\s+/).join('.')}` : ''}${el.getAttribute('data-field') ? `[data-field=${el.getAttribute('data-field')}]` : ''}${text ? ` "${text}"` : ''}`;
    if (!el || !el.closest('.srw')) return { inWidget: false, desc };
    const pick = (cs) => ({
      outline: `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}`,
      outlineStyle: cs.outlineStyle, outlineWidth: parseFloat(cs.outlineWidth), outlineColor: cs.outlineColor,
      boxShadow: cs.boxShadow, background: cs.backgroundColor,
    });
    const focused = pick(getComputedStyle(el));
    const copy = el.cloneNode(true);
    copy.removeAttribute('id');
    copy.removeAttribute('name');
    el.after(copy);
    const unfocused = pick(getComputedStyle(copy));
    copy.remove();
    const transparent = (c) => c === 'transparent' || /^rgba\(.*,\s*0\)$/.test(c);
    const outline = focused.outlineStyle !== 'none' && focused.outlineWidth > 0 && !transparent(focused.outlineColor)
      && focused.outline !== unfocused.outline;
    const shadow = focused.boxShadow !== 'none' && focused.boxShadow !== unfocused.boxShadow;
    const background = focused.background !== unfocused.background;
    return {
      inWidget: true, desc, visible: outline || shadow || background,
      focused: { outline: focused.outline, boxShadow: focused.boxShadow, background: focused.background },
      unfocused: { outline: unfocused.outline, boxShadow: unfocused.boxShadow, background: unfocused.background },
    };
  });
}

/** A keyboard session on one page: every key press is followed by a focus-indicator check. */
function session(page) {
  const log = [];
  const noIndicator = [];
  const s = {
    log,
    noIndicator,
    step: () => page.getAttribute('section.srw', 'data-step'),
    async press(key) {
      const before = await s.step();
      await page.keyboard.press(key);
      await settle(page);
      const f = await probeFocus(page);
      log.push(`${before}: ${key} → ${f.desc}`);
      if (f.inWidget && !f.visible) {
        noIndicator.push(`step "${await s.step()}", after ${key}: ${f.desc} — focused ${JSON.stringify(f.focused)}, unfocused ${JSON.stringify(f.unfocused)}`);
      }
      return f;
    },
    async type(text) {
      await page.keyboard.type(text);
      await settle(page);
    },
    /** Asserts that the element matching `selector` has focus (waiting briefly for effects). */
    async focused(selector, why) {
      try {
        await page.waitForFunction((sel) => document.activeElement && document.activeElement.matches(sel), selector, { timeout: TIMEOUT });
      } catch {
        const f = await probeFocus(page);
        assert.fail(`${why}: expected focus on ${selector}, but it is on ${f.desc}\nlast keys:\n  ${log.slice(-6).join('\n  ')}`);
      }
    },
    /** A step change: the step is `step` and its heading has focus. */
    async heading(step) {
      try {
        await page.waitForSelector(`section.srw[data-step="${step}"]`, { timeout: TIMEOUT });
      } catch {
        assert.fail(`expected step "${step}", but the widget is on "${await s.step()}"\nlast keys:\n  ${log.slice(-6).join('\n  ')}`);
      }
      await s.focused(`#${P}heading`, `step "${step}": the new heading must take focus`);
    },
    /** Presses `key` (Tab or Shift+Tab) until `selector` has focus, at most `max` times. */
    async tabTo(selector, max, key = 'Tab') {
      const seen = [];
      for (let i = 0; i < max; i++) {
        const f = await s.press(key);
        seen.push(f.desc);
        if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return seen;
      }
      assert.fail(`${selector} not reached with ${max} × ${key}; focus went: ${seen.join(' → ')}`);
    },
    checked: (selector) => page.evaluate((sel) => document.querySelector(sel)?.checked ?? null, selector),
    text: async (selector) => ((await page.textContent(selector)) ?? '').replace(/\s+/g, ' ').trim(),
  };
  return s;
}

test('keyboard only (Danish): erasure on behalf, by e-mail, then Digital Post via "Ret"', async () => {
  const page = await browser.openWidget('');
  page.setDefaultTimeout(TIMEOUT);
  const k = session(page);
  const summaryLinks = () => page.$$eval(`#${P}error-summary a`, (as) => as.map((a) => a.getAttribute('href')));

  // From the top of the host page into the widget: language buttons, then "Start".
  const path = await k.tabTo('.srw button.srw-button--start', 12);
  assert.ok(path.some((d) => d.includes('"Dansk"')) && path.some((d) => d.includes('"English"')),
    `the language buttons are in the tab order before "Start": ${path.join(' → ')}`);
  await k.press('Enter');
  await k.heading('who');

  // Step 1, who: an empty "Fortsæt" first, then the summary link to the radios.
  await k.press('Tab');
  await k.focused(`#${P}who`, 'Tab from the heading goes to the first option');
  await k.press('Tab');
  await k.focused('.srw form button[type="submit"]', 'Tab from an unanswered radio group goes to "Fortsæt"');
  await k.press('Enter');
  await k.focused(`#${P}error-summary`, 'a failed "Fortsæt" moves focus to the error summary');
  assert.deepEqual(await summaryLinks(), [`#${P}who`]);
  await k.press('Tab');
  await k.focused(`#${P}error-summary a[href="#${P}who"]`, 'Tab from the summary reaches its link');
  await k.press('Enter');
  await k.focused(`#${P}who`, 'Enter on the summary link focuses the field');
  await k.press('ArrowDown');
  await k.focused(`#${P}who-behalf`, 'ArrowDown moves to the next option');
  assert.equal(await k.checked(`#${P}who-behalf`), true, 'ArrowDown selects "on behalf"');
  await k.press('Enter');

  // Step 2, right: erasure is the third option.
  await k.heading('right');
  await k.press('Tab');
  await k.focused(`#${P}right`, 'Tab from the heading goes to the first right');
  await k.press('ArrowDown');
  await k.press('ArrowDown');
  await k.focused(`#${P}right-erasure`, 'two ArrowDowns reach erasure');
  assert.equal(await k.checked(`#${P}right-erasure`), true);
  await k.press('Enter');

  // Step 3, about; back to step 2 with the keyboard and forward again.
  await k.heading('about');
  await k.tabTo('.srw button.srw-back-link', 4, 'Shift+Tab');
  await k.press('Enter');
  await k.heading('right');
  assert.equal(await k.checked(`#${P}right-erasure`), true, 'going back keeps the answer');
  await k.press('Tab');
  await k.focused(`#${P}right-erasure`, 'Tab goes to the chosen option of the group');
  await k.press('Enter');
  await k.heading('about');
  await k.tabTo('.srw .srw-page .srw-button-group button.srw-button', 3);
  assert.equal(await k.text(':focus'), 'Fortsæt');
  await k.press('Space');

  // Step 4, details: the text, then "Fortsæt" without the ground → summary → link → radio.
  await k.heading('details');
  await k.press('Tab');
  await k.focused(`#${P}erase-which`, 'Tab from the heading goes to the first field');
  await k.type('Gamle notater fra skolen');
  await k.press('Tab');
  await k.focused(`#${P}erase-ground`, 'then the radio group');
  await k.press('Tab');
  await k.focused(`#${P}erase-reason`, 'then the optional text area');
  await k.press('Tab');
  await k.focused('.srw form button[type="submit"]', 'then "Fortsæt"');
  await k.press('Enter');
  await k.focused(`#${P}error-summary`, 'a failed "Fortsæt" on details moves focus to the error summary');
  assert.deepEqual(await summaryLinks(), [`#${P}erase-ground`]);
  await k.press('Tab');
  await k.press('Enter');
  await k.focused(`#${P}erase-ground`, 'Enter on the summary link focuses the radio group');
  await k.press('Space');
  assert.equal(await k.checked(`#${P}erase-ground`), true, 'Space selects the focused option');
  await k.press('Enter');

  // Step 5, person (on behalf): a bad CPR number, fixed through the error summary.
  await k.heading('person');
  const fields = [
    ['name', 'Jens Hansen'], ['cpr', '12345'], ['address', 'Storegade 1, 4660 Store Heddinge'],
    ['phone', ''], ['email', 'jens.hansen@example.dk'], ['other-name', 'Maja Hansen'], ['other-cpr', ''],
  ];
  for (const [slug, value] of fields) {
    await k.press('Tab');
    await k.focused(`#${P}${slug}`, `Tab order on the person page reaches #${P}${slug}`);
    if (value) await k.type(value);
  }
  await k.press('Tab');
  await k.focused(`#${P}relation`, 'then the relation radios');
  await k.press('Space');
  assert.equal(await k.checked(`#${P}relation`), true);
  await k.press('Enter');
  await k.focused(`#${P}error-summary`, 'a bad CPR number: focus on the error summary');
  assert.deepEqual(await summaryLinks(), [`#${P}cpr`]);
  await k.press('Tab');
  await k.press('Enter');
  await k.focused(`#${P}cpr`, 'Enter on the summary link focuses the CPR field');
  await k.press('Control+A');
  await k.type('010180-1234');
  await k.press('Enter');

  // Step 6, route: Digital Post is chosen; ArrowDown to e-mail.
  await k.heading('route');
  await k.press('Tab');
  await k.focused(`#${P}route`, 'Tab goes to the chosen route (Digital Post)');
  await k.press('ArrowDown');
  await k.focused(`#${P}route-email`, 'ArrowDown moves to e-mail');
  assert.equal(await k.checked(`#${P}route-email`), true);
  await k.press('Enter');

  // Step 7, check: "Ret" on the route row, back to Digital Post.
  await k.heading('check');
  const routeRow = () => k.text(`.srw-summary-list__row:has(button[data-field="route"]) dd.srw-summary-list__value`);
  assert.match(await routeRow(), /e-mail/i);
  await k.tabTo('.srw button[data-field="route"]', 40);
  await k.press('Enter');
  await k.focused(`#${P}route`, 'after "Ret" the route field has focus');
  assert.equal(await k.step(), 'route');
  await k.press('Space');
  assert.equal(await k.checked(`#${P}route`), true, 'Space selects Digital Post');
  await k.press('Enter');
  await k.heading('check');
  assert.match(await routeRow(), /Digital Post/);
  await k.tabTo('.srw .srw-page > button.srw-button', 40);
  assert.equal(await k.text(':focus'), 'Lav brevet');
  await k.press('Enter');

  // The send page: the letter, and the hand-off controls reachable by Tab.
  await k.heading('send');
  const subject = await k.text(`#${P}subject`);
  const body = await page.textContent(`#${P}body`);
  assert.match(subject, /Anmodning om sletning/);
  assert.match(subject, /art\. 17/);
  for (const part of ['artikel 17', 'Gamle notater fra skolen', 'Jens Hansen', 'Maja Hansen', 'Storegade 1, 4660 Store Heddinge', 'jens.hansen@example.dk']) {
    assert.ok(body.includes(part), `the letter contains "${part}":\n${body}`);
  }
  assert.match(body, /010180-?1234/, 'the Digital Post letter carries the CPR number');
  assert.equal(await page.locator(`#${P}mailto`).count(), 0, 'no mailto link on the Digital Post route');
  const sendPath = await k.tabTo(`#${P}digital-post`, 8);
  for (const name of ['Kopiér teksten', 'Hent som fil (.txt)', 'Udskriv']) {
    assert.ok(sendPath.some((d) => d.includes(`"${name}"`)), `"${name}" is in the tab order: ${sendPath.join(' → ')}`);
  }
  assert.ok(sendPath.some((d) => d.includes(`#${P}letter`)), `the letter region is in the tab order: ${sendPath.join(' → ')}`);

  // Every element that had focus in the widget showed it (2.4.7).
  assert.deepEqual(k.noIndicator, [], `focused without a visible focus indicator:\n  ${k.noIndicator.join('\n  ')}`);
  assert.deepEqual(page.problems, [], 'page or console errors');
  await page.close();
});

test('keyboard only (English): language switch keeps focus, "not sure" guide, its suggestion', async () => {
  const page = await browser.openWidget('');
  page.setDefaultTimeout(TIMEOUT);
  const k = session(page);

  await k.tabTo('.srw button[aria-pressed][lang="en"]', 12);
  await k.press('Enter');
  await page.waitForSelector('section.srw[lang="en"]');
  await k.focused('.srw button[aria-pressed="true"][lang="en"]', 'the language button keeps focus after switching');
  await k.press('Tab');
  await k.focused('.srw button.srw-button--start', 'Tab from the language buttons reaches "Start"');
  await k.press('Enter');
  await k.heading('who');
  await k.press('Tab');
  await k.press('Space');
  assert.equal(await k.checked(`#${P}who`), true, 'Space selects "myself"');
  await k.press('Enter');

  await k.heading('right');
  await k.press('Tab');
  await k.press('ArrowUp');
  await k.focused(`#${P}right-unsure`, 'ArrowUp from the first option wraps to "not sure"');
  await k.press('Enter');

  await k.heading('guide');
  for (const slug of ['guide-wrong', 'guide-delete', 'guide-consent', 'guide-stop', 'guide-origin']) {
    await k.press('Tab');
    await k.focused(`#${P}${slug}`, `Tab reaches the question ${slug}`);
    // "yes" for the first question, "no" for the rest.
    if (slug === 'guide-wrong') await k.press('Space');
    else { await k.press('ArrowDown'); await k.focused(`#${P}${slug}-no`, `ArrowDown selects "no" for ${slug}`); }
  }
  await k.press('Enter');
  await k.heading('right');
  assert.match(await k.text('.srw [role="status"]'), /rectification/i, 'the guide suggests rectification');
  await k.press('Tab');
  await k.focused(`#${P}right-rectification`, 'Tab goes to the suggested (chosen) right');
  await k.press('Enter');
  await k.heading('about');

  assert.deepEqual(k.noIndicator, [], `focused without a visible focus indicator:\n  ${k.noIndicator.join('\n  ')}`);
  assert.deepEqual(page.problems, [], 'page or console errors');
  await page.close();
});
