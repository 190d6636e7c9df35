// Accessibility (WCAG 2.1 AA) of the widget, page by page, in Danish and English:
// axe-core on the widget root `.srw` for every step and every error state, plus the checks axe
// cannot make (labels, "(valgfrit)", autocomplete, inputmode, step indicator, back button,
// error wiring), reflow at 320 px, reduced motion and forced colours.
// Each state is its own subtest, so one defect does not hide the others.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './fixture.mjs';
import { P } from './helpers.mjs';
import { runAxe, describe } from './axe.mjs';

const TIMEOUT = 5000;

const L = {
  da: {
    cont: 'Fortsæt', back: 'Tilbage', create: 'Lav brevet', optional: '(valgfrit)',
    stepOf: (n) => `Trin ${n} af 7`, titlePrefix: 'Fejl: ', errorPrefix: 'Fejl:', other: 'en',
  },
  en: {
    cont: 'Continue', back: 'Back', create: 'Create the letter', optional: '(optional)',
    stepOf: (n) => `Step ${n} of 7`, titlePrefix: 'Error: ', errorPrefix: 'Error:', other: 'da',
  },
};
const STEP_NUMBER = { who: 1, right: 2, guide: 2, about: 3, details: 4, person: 5, route: 6, check: 7 };
/** The complaint's steps that the request does not have (its person page is step 5 too). */
const COMPLAINT_STEP_NUMBER = { 'follow-kind': 1, original: 3, outcome: 4 };
/** Text fields that need not be answered (their labels must say so). */
const OPTIONAL = ['access-areas', 'access-period', 'erase-reason', 'source-which', 'cpr', 'address',
  'phone', 'email', 'other-cpr', 'rectify-why', 'reply'];
const AUTOCOMPLETE = { name: 'name', email: 'email', phone: 'tel', address: 'street-address' };
const NUMERIC = ['cpr', 'other-cpr'];
const RIGHTS = ['access', 'rectification', 'erasure', 'restriction', 'objection', 'consent',
  'portability', 'automated', 'source'];

const browser = useBrowser();

async function open(query = '') {
  const page = await browser.openWidget(query);
  page.setDefaultTimeout(TIMEOUT);
  return page;
}

const atStep = (page, step) => page.waitForSelector(`section.srw[data-step="${step}"]`);
const submit = (page) => page.click('.srw form.srw-form button[type="submit"]');

/** Clicks "Fortsæt"/"Continue" and waits until the error summary has taken focus. */
async function failContinue(page) {
  await submit(page);
  await page.waitForFunction((id) => document.activeElement?.id === id, `${P}error-summary`);
}

/** Clicks "Fortsæt"/"Continue" and waits for the next step. */
async function continueTo(page, step) {
  await submit(page);
  await atStep(page, step);
}

/**
 * What axe cannot see, checked in the page. Returns a list of problems (empty when all is well).
 * `errors`: the page is in an error state; `empty`: the errors come from an empty "Fortsæt", so
 * exactly the required fields must have one.
 */
function domProblems(page, lang, { errors = false, empty = false, optional: alsoOptional = [], required = [], steps = {} } = {}) {
  return page.evaluate(({ P, lang, t, STEP_NUMBER, OPTIONAL, AUTOCOMPLETE, NUMERIC, errors, empty }) => {
    const out = [];
    const root = document.querySelector('section.srw');
    const step = root.dataset.step;
    const name = (el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.name ? `[name=${el.name}]` : ''}`;
    const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    const clean = (s) => (s || '').replace(/\s+/g, ' ').trim();

    // Language of the widget (3.1.2) and of each language button's own name.
    if (root.getAttribute('lang') !== lang) out.push(`section.srw lang="${root.getAttribute('lang')}", expected "${lang}"`);
    for (const [text, code] of [['Dansk', 'da'], ['English', 'en']]) {
      const b = [...root.querySelectorAll('button[aria-pressed]')].find((x) => clean(x.textContent) === text);
      if (!b) { out.push(`no language button "${text}"`); continue; }
      if (b.getAttribute('lang') !== code) out.push(`language button "${text}" has lang="${b.getAttribute('lang')}", expected "${code}"`);
      if (b.getAttribute('aria-pressed') !== String(code === lang)) out.push(`language button "${text}" aria-pressed="${b.getAttribute('aria-pressed')}"`);
    }

    // A heading that can take focus.
    const h = document.getElementById(`${P}heading`);
    if (!h || !clean(h.textContent)) out.push(`no #${P}heading with text`);
    else if (!/^H[1-6]$/.test(h.tagName)) out.push(`#${P}heading is a <${h.tagName.toLowerCase()}>, not a heading`);
    else if (h.getAttribute('tabindex') !== '-1') out.push(`#${P}heading lacks tabindex="-1"`);

    // Every visible control is labelled: its own <label> or a fieldset legend.
    const controls = [...root.querySelectorAll('input, textarea, select')].filter((el) => el.type !== 'hidden' && visible(el));
    for (const el of controls) {
      const labels = [...el.labels].map((l) => clean(l.textContent)).filter(Boolean);
      const legend = el.closest('fieldset')?.querySelector(':scope > legend');
      if (!labels.length && !clean(legend?.textContent)) out.push(`${name(el)} has neither a <label> nor a fieldset <legend>`);
    }
    for (const el of root.querySelectorAll('[placeholder]')) out.push(`${name(el)} has placeholder="${el.getAttribute('placeholder')}"`);

    // "(valgfrit)" exactly on the optional text fields.
    const textFields = controls.filter((el) => !['radio', 'checkbox'].includes(el.type));
    for (const el of textFields) {
      const slug = el.id.startsWith(P) ? el.id.slice(P.length) : el.id;
      const label = clean(document.querySelector(`label[for="${el.id}"]`)?.textContent);
      const optional = OPTIONAL.includes(slug);
      if (optional && !label.includes(t.optional)) out.push(`optional field #${el.id}: label "${label}" lacks "${t.optional}"`);
      if (!optional && label.includes(t.optional)) out.push(`required field #${el.id}: label "${label}" says "${t.optional}"`);
      if (empty) {
        const hasError = !!document.getElementById(`${el.id}-error`);
        if (optional === hasError) out.push(`after an empty "${t.cont}", #${el.id} (${optional ? 'optional' : 'required'}) ${hasError ? 'has' : 'has no'} error`);
      }
    }
    for (const [slug, value] of Object.entries(AUTOCOMPLETE)) {
      const el = document.getElementById(P + slug);
      if (el && el.getAttribute('autocomplete') !== value) out.push(`#${P}${slug} autocomplete="${el.getAttribute('autocomplete')}", expected "${value}"`);
    }
    for (const slug of NUMERIC) {
      const el = document.getElementById(P + slug);
      if (el && el.getAttribute('inputmode') !== 'numeric') out.push(`#${P}${slug} inputmode="${el.getAttribute('inputmode')}", expected "numeric"`);
    }

    // Step indicator on steps 1–7; back button on every step after the start page.
    const caption = clean(root.querySelector('.srw-caption')?.textContent);
    if (STEP_NUMBER[step] && caption !== t.stepOf[STEP_NUMBER[step]]) out.push(`step indicator "${caption}", expected "${t.stepOf[STEP_NUMBER[step]]}"`);
    // The focused heading carries the step indicator as its description, so a screen reader
    // says "Trin 2 af 7" with it; a step without a number has no description.
    const heading = document.getElementById(`${P}heading`);
    const described = (heading?.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean)
      .map((id) => clean(document.getElementById(id)?.textContent)).join(' ');
    if ((STEP_NUMBER[step] ? t.stepOf[STEP_NUMBER[step]] : '') !== described) out.push(`heading described as "${described}"`);
    const back = root.querySelector('button.srw-back-link');
    if (step === 'start') {
      if (back) out.push('a back button on the start page');
    } else if (!back || !visible(back)) out.push(`no visible back button on step ${step}`);
    else if (clean(back.textContent) !== t.back) out.push(`back button reads "${clean(back.textContent)}", expected "${t.back}"`);

    // Error state: summary with focus and role=alert, links to existing fields, inline
    // messages tied to their field, aria-invalid, "Fejl: " in the title (3.3.1, 1.3.1, 2.4.2).
    const summary = document.getElementById(`${P}error-summary`);
    if (!errors) {
      if (summary) out.push('an error summary although no error was expected');
      return out;
    }
    if (!summary) { out.push('no error summary'); return out; }
    if (document.activeElement !== summary) out.push(`focus is on ${name(document.activeElement)}, not the error summary`);
    if (!summary.querySelector('[role="alert"]') && summary.getAttribute('role') !== 'alert') out.push('error summary has no role="alert"');
    if (!document.title.startsWith(t.titlePrefix)) out.push(`document title "${document.title}" does not start with "${t.titlePrefix}"`);
    const links = [...summary.querySelectorAll('a')];
    if (!links.length) out.push('error summary has no links');
    for (const a of links) {
      const id = (a.getAttribute('href') || '').replace(/^#/, '');
      const target = document.getElementById(id);
      if (!target) { out.push(`summary link href="#${id}" points at nothing`); continue; }
      const inline = document.getElementById(`${id}-error`);
      if (!inline) { out.push(`no inline error #${id}-error`); continue; }
      if (!clean(inline.textContent).startsWith(t.errorPrefix)) out.push(`#${id}-error does not start with "${t.errorPrefix}"`);
      if (!clean(inline.textContent).includes(clean(a.textContent))) out.push(`summary link "${clean(a.textContent)}" differs from #${id}-error "${clean(inline.textContent)}"`);
      const group = ['radio', 'checkbox'].includes(target.type);
      const described = group ? target.closest('fieldset') : target;
      const ids = (described?.getAttribute('aria-describedby') || '').split(/\s+/);
      if (!ids.includes(inline.id)) out.push(`${group ? `fieldset of #${id}` : `#${id}`} aria-describedby="${ids.join(' ')}" lacks ${inline.id}`);
      if (!group && target.getAttribute('aria-invalid') !== 'true') out.push(`#${id} lacks aria-invalid="true"`);
    }
    return out;
  }, {
    P, lang, t: { ...L[lang], stepOf: Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((n) => [n, L[lang].stepOf(n)])) },
    STEP_NUMBER: { ...STEP_NUMBER, ...steps }, OPTIONAL: [...OPTIONAL, ...alsoOptional].filter((slug) => !required.includes(slug)), AUTOCOMPLETE, NUMERIC,
    errors, empty,
  });
}

/** axe on the widget plus the DOM checks, as one subtest named after the state. */
async function audit(t, page, lang, name, opts = {}) {
  await t.test(`${lang}: ${name}`, async () => {
    const step = await page.getAttribute('section.srw', 'data-step');
    const { violations } = await runAxe(page);
    const problems = await domProblems(page, lang, opts);
    // One assertion for both, so a failing axe rule does not hide the other problems.
    const found = [
      ...(violations.length ? [`axe WCAG 2.1 AA violations:\n${describe(violations)}`] : []),
      ...(problems.length ? [`other accessibility problems:\n  ${problems.join('\n  ')}`] : []),
    ];
    assert.ok(found.length === 0, `step "${step}" (${name}, ${lang}):\n${found.join('\n')}`);
  });
}

/**
 * Reflow at the current (320 px) viewport, as one subtest: no horizontal scrolling of the
 * document, and nothing in the widget wider than the widget itself (a host page with no side
 * padding would otherwise scroll or clip).
 */
async function noHorizontalScroll(t, page, lang, name) {
  await t.test(`${lang}: ${name} at 320 px`, async () => {
    const { scrollWidth, root, wide } = await page.evaluate(() => {
      const root = document.querySelector('.srw').getBoundingClientRect();
      return {
        scrollWidth: document.documentElement.scrollWidth,
        root: { left: root.left, right: root.right },
        wide: [...document.querySelectorAll('.srw *')]
          .filter((e) => e.getClientRects().length && e.getBoundingClientRect().right > root.right + 0.5)
          .slice(0, 4)
          .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} (right edge ${Math.round(e.getBoundingClientRect().right)} px)`),
      };
    });
    assert.ok(scrollWidth <= 320,
      `horizontal scrolling at 320 px on "${name}" (${lang}): scrollWidth ${scrollWidth}; too wide: ${wide.join(', ')}`);
    assert.deepEqual(wide, [],
      `content wider than the widget at 320 px on "${name}" (${lang}): the widget spans ${Math.round(root.left)}–${Math.round(root.right)} px, but these reach past it: ${wide.join(', ')}`);
  });
}

/**
 * Every step and every error state of one journey (erasure, on behalf, e-mail, then Digital
 * Post), calling `visit(name, opts)` at each. `data` lets the 320 px test vary the answers.
 */
async function journey(page, lang, visit, data = {}) {
  const d = { email: 'jens.hansen@example.dk', ...data };
  const t = L[lang];
  await atStep(page, 'start');
  await visit('start');
  await page.click('.srw button.srw-button--start');
  await atStep(page, 'who');
  await visit('who');
  await failContinue(page);
  await visit('who, nothing chosen', { errors: true, empty: true });
  await page.check(`#${P}who-behalf`);
  await continueTo(page, 'right');
  await visit('right');
  await failContinue(page);
  await visit('right, nothing chosen', { errors: true, empty: true });
  await page.check(`#${P}right-unsure`);
  await continueTo(page, 'guide');
  await visit('guide');
  await failContinue(page);
  await visit('guide, nothing answered', { errors: true, empty: true });
  for (const [slug, v] of [['guide-wrong', 'no'], ['guide-delete', 'yes'], ['guide-consent', 'no'], ['guide-stop', 'no'], ['guide-origin', 'no']]) {
    await page.check(`input[name="${P}${slug}"][value="${v}"]`);
  }
  await continueTo(page, 'right');
  await visit('right, with the guide\'s suggestion');
  await page.check(`#${P}right-erasure`);
  await continueTo(page, 'about');
  await visit('about (erasure, on behalf)');
  await page.click(`.srw .srw-page .srw-button-group button:text-is("${t.cont}")`);
  await atStep(page, 'details');
  await visit('details (erasure)');
  await failContinue(page);
  await visit('details (erasure), nothing answered', { errors: true, empty: true });
  await page.fill(`#${P}erase-which`, 'Gamle notater fra skolen');
  await page.check(`#${P}erase-ground`);
  await continueTo(page, 'person');
  await visit('person (on behalf)');
  await failContinue(page);
  await visit('person (on behalf), nothing answered', { errors: true, empty: true });
  await page.fill(`#${P}name`, 'Jens Hansen');
  await page.fill(`#${P}cpr`, '12345');
  await page.fill(`#${P}email`, 'jens.hansen@');
  await page.fill(`#${P}other-name`, 'Maja Hansen');
  await page.fill(`#${P}other-cpr`, '300299-1234');
  await page.check(`#${P}relation`);
  await failContinue(page);
  await visit('person, bad CPR numbers and e-mail', { errors: true });
  await page.fill(`#${P}cpr`, '010180-1234');
  await page.fill(`#${P}email`, d.email);
  await page.fill(`#${P}other-cpr`, '');
  await page.fill(`#${P}address`, 'Storegade 1, 4660 Store Heddinge');
  await page.fill(`#${P}phone`, '56 57 57 57');
  await continueTo(page, 'route');
  await visit('route');
  await page.check(`#${P}route-email`);
  await visit('route, e-mail chosen (CPR notice)');
  await continueTo(page, 'check');
  await visit('check (e-mail)');
  await page.click(`.srw .srw-page > button.srw-button:text-is("${t.create}")`);
  await atStep(page, 'send');
  assert.equal(await page.locator(`#${P}mailto`).count(), 1, 'the e-mail route shows the mailto link');
  await visit('send (e-mail)');
  await page.click('.srw button.srw-back-link');
  await atStep(page, 'check');
  await page.click(`.srw button[data-field="route"]`);
  await atStep(page, 'route');
  await page.check(`#${P}route`);
  await continueTo(page, 'check');
  await visit('check (Digital Post)');
  await page.click(`.srw .srw-page > button.srw-button:text-is("${t.create}")`);
  await atStep(page, 'send');
  assert.equal(await page.locator(`#${P}digital-post`).count(), 1, 'the Digital Post route shows its link');
  await visit('send (Digital Post)');
}

for (const lang of ['da', 'en']) {
  test(`${lang}: axe and form semantics on every step and error state of a whole journey`, async (t) => {
    const page = await open(`?lang=${lang}`);
    if (lang === 'da') {
      // The demo host page is not ours: report what axe finds on the whole page, do not assert.
      const { violations } = await runAxe(page, null);
      t.diagnostic(`full demo page (start step), axe WCAG 2.1 AA: ${violations.length
        ? `${violations.length} rule(s) violated:\n${describe(violations)}` : 'no violations'}`);
    }
    await journey(page, lang, (name, opts) => audit(t, page, lang, name, opts));
    assert.deepEqual(page.problems, [], 'page or console errors');
    await page.close();
  });
}

test('language switch mid-way: lang attribute, errors and axe follow the language', async (t) => {
  const page = await open('?right=access&who=behalf&step=person');
  await atStep(page, 'person');
  await page.fill(`#${P}cpr`, '12345');
  await failContinue(page);
  await audit(t, page, 'da', 'person errors, before the switch', { errors: true });
  await page.click('.srw button[aria-pressed]:text-is("English")');
  await page.waitForSelector('section.srw[lang="en"]');
  await page.focus(`#${P}error-summary`); // the switch itself keeps focus on its button
  await audit(t, page, 'en', 'person errors, after switching to English', { errors: true });
  await page.click('.srw button[aria-pressed]:text-is("Dansk")');
  await page.waitForSelector('section.srw[lang="da"]');
  await page.focus(`#${P}error-summary`);
  await audit(t, page, 'da', 'person errors, after switching back to Danish', { errors: true });
  await page.close();
});

for (const lang of ['da', 'en']) {
  test(`${lang}: about and details pages of all nine rights (axe, semantics, 320 px)`, async (t) => {
    // One page load; from the right step to details and back again for each right.
    const page = await open(`?lang=${lang}&who=myself&step=right`);
    const back = async (to) => { await page.click('.srw button.srw-back-link'); await atStep(page, to); };
    const narrow = async (name) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await noHorizontalScroll(t, page, lang, name);
      await page.setViewportSize({ width: 1280, height: 900 });
    };
    await atStep(page, 'right');
    for (const right of RIGHTS) {
      await page.check(`#${P}right${right === 'access' ? '' : `-${right}`}`);
      await continueTo(page, 'about');
      await audit(t, page, lang, `about (${right})`);
      await narrow(`about (${right})`);
      await page.click(`.srw .srw-page .srw-button-group button:text-is("${L[lang].cont}")`);
      await atStep(page, 'details');
      await audit(t, page, lang, `details (${right})`);
      await narrow(`details (${right})`);
      // An empty "Fortsæt": the error state where something is required, else the person page.
      await submit(page);
      await page.waitForFunction(() => document.querySelector('section.srw').dataset.step === 'person'
        || document.activeElement?.classList.contains('srw-error-summary'));
      if (await page.getAttribute('section.srw', 'data-step') === 'person') {
        await audit(t, page, lang, `person (myself), after ${right}`);
        await back('details');
      } else {
        await audit(t, page, lang, `details (${right}), nothing answered`, { errors: true, empty: true });
        await narrow(`details (${right}), nothing answered`);
      }
      await back('about');
      await back('right');
    }
    // The employee notice on the about page.
    await back('who');
    await page.check(`#${P}who-employee`);
    await continueTo(page, 'right');
    await page.check(`#${P}right-portability`);
    await continueTo(page, 'about');
    await audit(t, page, lang, 'about (portability, employee)');
    assert.deepEqual(page.problems, [], 'page or console errors');
    await page.close();
  });
}

for (const lang of ['da', 'en']) {
  test(`${lang}: no horizontal scrolling at 320 px on any step`, async (t) => {
    const page = await open(`?lang=${lang}`);
    await page.setViewportSize({ width: 320, height: 640 });
    await journey(page, lang, (name) => noHorizontalScroll(t, page, lang, name));
    await page.close();
  });
}

for (const lang of ['da', 'en']) {
  test(`${lang}: the complaint's outcome questions and the custody error (axe, semantics, 320 px)`, async (t) => {
    const page = await open(`?lang=${lang}`);
    const steps = COMPLAINT_STEP_NUMBER;
    const narrow = async (name) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await noHorizontalScroll(t, page, lang, name);
      await page.setViewportSize({ width: 1280, height: 900 });
    };
    await page.click(`.srw button:text-is("${lang === 'da' ? 'Jeg har allerede sendt en anmodning' : 'I have already sent a request'}")`);
    await atStep(page, 'follow-kind');
    await page.check(`#${P}follow-kind-complaint`);
    await continueTo(page, 'who');
    await page.check(`#${P}who-behalf`);
    await continueTo(page, 'original');
    await page.check(`#${P}orig-right`);
    await page.fill(`#${P}orig-date`, '01-01-2026');
    await continueTo(page, 'outcome');
    // A refusal brings its own question: reasons and complaint information (art. 12(4)).
    await page.check(`#${P}outcome`);
    await page.waitForSelector(`#${P}outcome-informed`);
    await audit(t, page, lang, 'outcome, a refusal', { steps });
    await failContinue(page);
    await audit(t, page, lang, 'outcome, a refusal, nothing else answered', { errors: true, empty: true, steps });
    await narrow('outcome, a refusal, nothing else answered');
    // No answer brings the extension question, and remarks are optional.
    await page.check(`#${P}outcome-none`);
    await page.waitForSelector(`#${P}orig-extended`);
    await failContinue(page);
    await audit(t, page, lang, 'outcome, no answer, nothing else answered', { errors: true, empty: true, steps, optional: ['disagree'] });
    await page.check(`#${P}orig-extended-no`);
    await continueTo(page, 'person');
    await page.fill(`#${P}name`, 'Jens Hansen');
    await page.fill(`#${P}address`, 'Storegade 1, 4660 Store Heddinge');
    await page.fill(`#${P}other-name`, 'Maja Hansen');
    await page.fill(`#${P}other-cpr`, '010180-1234');
    await page.check(`#${P}relation-custody`);
    await failContinue(page);
    // A complaint needs the address: Datatilsynet does not handle anonymous complaints.
    await audit(t, page, lang, 'person, custody for an adult', { errors: true, required: ['address'] });
    await narrow('person, custody for an adult');
    assert.deepEqual(page.problems, [], 'page or console errors');
    await page.close();
  });
}

test('320 px: person, check and send pages with a long (36-character) e-mail address', async (t) => {
  // An ordinary address, but with no hyphen or space to break at. WCAG 1.4.10 Reflow.
  // A grid column sized by its content takes the e-mail's min-content width and scrolls the
  // check page sideways; the page's columns are minmax(0, 1fr) and values wrap anywhere.
  const email = 'annemette.christoffersen@hotmail.com';
  const page = await open('?right=access&who=myself&step=person');
  await page.setViewportSize({ width: 320, height: 640 });
  await atStep(page, 'person');
  await page.fill(`#${P}name`, 'Annemette Christoffersen');
  await page.fill(`#${P}email`, email);
  await page.fill(`#${P}address`, 'Testvej 1, 4660 Store Heddinge');
  await noHorizontalScroll(t, page, 'da', `person, e-mail ${email}`);
  await continueTo(page, 'route');
  await page.check(`#${P}route-email`);
  await continueTo(page, 'check');
  await noHorizontalScroll(t, page, 'da', `check, e-mail ${email}`);
  await page.click(`.srw .srw-page > button.srw-button:text-is("${L.da.create}")`);
  await atStep(page, 'send');
  await noHorizontalScroll(t, page, 'da', `send, e-mail ${email}`);
  await page.close();
});

test('prefers-reduced-motion and forced-colors: active — heading shown, axe passes, focus visible', async (t) => {
  // The emulation is per page: set it, then load the widget again under it.
  const p = await open();
  await p.emulateMedia({ reducedMotion: 'reduce', forcedColors: 'active' });
  await p.reload();
  await p.waitForSelector('.srw');
  p.setDefaultTimeout(TIMEOUT);
  assert.deepEqual(await p.evaluate(() => [matchMedia('(prefers-reduced-motion: reduce)').matches, matchMedia('(forced-colors: active)').matches]),
    [true, true], 'media emulation is in effect');
  const headingShown = async () => {
    const h = p.locator(`#${P}heading`);
    assert.ok(await h.isVisible(), 'the heading is visible');
    assert.ok((await h.textContent()).trim().length > 0, 'the heading has text');
  };
  await headingShown();
  await audit(t, p, 'da', 'start (reduced motion, forced colours)');
  // Keyboard focus on the start button must still show (backgrounds are overridden in
  // forced-colours mode, so only an outline counts).
  await p.focus('.srw button.srw-button--start');
  await p.keyboard.press('Shift+Tab');
  await p.keyboard.press('Tab');
  const outline = await p.evaluate(() => {
    const el = document.activeElement;
    const cs = getComputedStyle(el);
    return { cls: el.className, style: cs.outlineStyle, width: parseFloat(cs.outlineWidth), color: cs.outlineColor };
  });
  assert.match(outline.cls, /srw-button--start/);
  assert.ok(outline.style !== 'none' && outline.width > 0 && !/^(transparent|rgba\(.*,\s*0\))$/.test(outline.color),
    `forced colours: the focused Start button has no visible outline (${JSON.stringify(outline)})`);
  await p.keyboard.press('Enter');
  await atStep(p, 'who');
  await headingShown();
  await audit(t, p, 'da', 'who (reduced motion, forced colours)');
  await failContinue(p);
  await audit(t, p, 'da', 'who, nothing chosen (reduced motion, forced colours)', { errors: true, empty: true });
  await p.close();
});
