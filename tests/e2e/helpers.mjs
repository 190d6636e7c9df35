// Small helpers shared by the e2e test files: they drive the wizard the way a citizen does
// (labels, buttons, Enter) and read back what a citizen sees (text, focus, attributes).
// Not a test file itself (the runner only picks up *.test.mjs).
import assert from 'node:assert/strict';
import { openWidget } from './browser.mjs';

export const P = 'srw1-';
/** Short waits: the widget reacts within milliseconds, a hang should fail fast. */
export const TIMEOUT = 5000;

/** How long one attempt to load the demo may take. The demo server (python3 -m http.server,
 *  listen backlog 5, HTTP/1.0) can drop connections when several browsers load at once; the
 *  SYN retry then takes many seconds, so a slow load is retried on a fresh page. */
export const LOAD_TIMEOUT = 12000;

/** Opens the demo page (retrying a load that stalls), remembers the page in `registry` (for
 *  the final problems check). A widget that never starts still fails after the last attempt. */
export async function open(context, query = '', registry = []) {
  context.setDefaultTimeout(LOAD_TIMEOUT);
  for (let attempt = 1; ; attempt++) {
    const before = new Set(context.pages());
    try {
      const page = await openWidget(context, query);
      page.setDefaultTimeout(TIMEOUT);
      registry.push(page);
      return page;
    } catch (e) {
      for (const p of context.pages()) if (!before.has(p)) await p.close().catch(() => {});
      if (attempt >= 3) throw e;
      process.stderr.write(`# loading ${query || '(no query)'} stalled (${e.message.split('\n')[0]}); retrying\n`);
    }
  }
}

/** Holds back the page's requests matching `pattern` until the returned `release()`; then
 *  they go on to the routes registered before (a host harness's, or the server), or, with
 *  `fail`, are answered 404. */
export async function hold(page, pattern, { fail = false } = {}) {
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  await page.route(pattern, async (route) => {
    await gate;
    if (fail) await route.fulfill({ status: 404, body: 'Not found' });
    else await route.fallback();
  });
  return release;
}

/** Asserts that a page had no page errors or console errors, then closes it. */
export async function finish(page) {
  assert.deepEqual(page.problems, [], `page errors/console errors: ${page.problems.join('\n')}`);
  await page.close();
}

export const step = (page) => page.getAttribute('.srw', 'data-step');

/** Waits until the widget shows `name` (data-step). */
export async function atStep(page, name) {
  await page.waitForSelector(`section.srw[data-step="${name}"]`);
}

/** Waits until the element with `id` has keyboard focus, then returns true. */
export async function expectFocus(page, id) {
  try {
    await page.waitForFunction((id) => document.activeElement && document.activeElement.id === id, id);
  } catch (e) {
    const actual = await page.evaluate(() => {
      const a = document.activeElement;
      return a ? `${a.tagName}#${a.id}` : 'none';
    });
    assert.fail(`expected focus on #${id}, but focus is on ${actual}`);
  }
}

/** Waits until `selector`'s text (whitespace collapsed) contains `expected` (string) or
 *  matches it (RegExp). */
export async function waitText(page, selector, expected) {
  const arg = expected instanceof RegExp
    ? { selector, source: expected.source, flags: expected.flags }
    : { selector, includes: expected };
  try {
    await page.waitForFunction(({ selector, source, flags, includes }) => {
      const el = document.querySelector(selector);
      if (!el) return false;
      const t = el.textContent.replace(/\s+/g, ' ').trim();
      return includes !== undefined ? t.includes(includes) : new RegExp(source, flags).test(t);
    }, arg);
  } catch {
    const actual = await page.evaluate((s) => document.querySelector(s)?.textContent ?? '(missing)', selector);
    assert.fail(`${selector}: expected text ${expected}, but it is ${JSON.stringify(actual)}`);
  }
}

/** Waits until some element matching `selector` contains `expected` (other elements of the
 *  same kind, e.g. further warnings, may be shown too). */
export async function waitSome(page, selector, expected) {
  try {
    await page.locator(selector, { hasText: expected }).first().waitFor();
  } catch {
    const all = await page.$$eval(selector, (els) => els.map((e) => e.textContent.trim()));
    assert.fail(`no ${selector} contains ${JSON.stringify(expected)}; found ${JSON.stringify(all)}`);
  }
}

/** Visible text of an element, whitespace collapsed. */
export async function text(page, selector) {
  const t = await page.textContent(selector);
  return t.replace(/\s+/g, ' ').trim();
}

export const lang = (page) => page.getAttribute('section.srw', 'lang');

export function button(page, name) {
  return page.getByRole('button', { name, exact: true });
}

export const T = {
  da: {
    start: 'Start', cont: 'Fortsæt', back: 'Tilbage', create: 'Lav brevet', change: 'Ret',
    access: 'Bed om indsigt i stedet', copy: 'Kopiér teksten', download: 'Hent som fil (.txt)', print: 'Udskriv',
    stepOf: (n) => `Trin ${n} af 7`, problem: 'Der er et problem', errorPrefix: 'Fejl:', titlePrefix: 'Fejl: ',
  },
  en: {
    start: 'Start', cont: 'Continue', back: 'Back', create: 'Create the letter', change: 'Change',
    access: 'Ask for access instead', copy: 'Copy the text', download: 'Download as a file (.txt)', print: 'Print',
    stepOf: (n) => `Step ${n} of 7`, problem: 'There is a problem', errorPrefix: 'Error:', titlePrefix: 'Error: ',
  },
};

/** Clicks "Fortsæt"/"Continue" (in the widget's current language). */
export async function cont(page) {
  const l = await lang(page);
  await button(page, T[l].cont).click();
}

/** Clicks "Fortsæt", waits for the next step, which must be `next`, and checks that focus
 *  moved to the new step's heading. */
export async function contTo(page, next) {
  await cont(page);
  await atStep(page, next);
  await expectFocus(page, `${P}heading`);
}

/** Clicks the back link ("Tilbage"/"Back"). Its accessible name also holds the CSS "‹ ",
 *  so it is found by class and its text is checked. */
export async function back(page, to) {
  const l = await lang(page);
  const link = page.locator('button.srw-back-link');
  assert.equal((await link.textContent()).trim(), T[l].back);
  await link.click();
  if (to) await atStep(page, to);
}

/** Picks a radio (or ticks a checkbox) by its group slug and value. */
export async function pick(page, slug, value) {
  await page.check(`input[name="${P}${slug}"][value="${value}"]`);
}

export async function fill(page, slug, value) {
  await page.fill(`#${P}${slug}`, value);
}

export async function value(page, slug) {
  return page.inputValue(`#${P}${slug}`);
}

export async function checkedValue(page, slug) {
  return page.evaluate(
    (name) => [...document.querySelectorAll(`input[name="${name}"]`)].filter((i) => i.checked).map((i) => i.value).join(','),
    `${P}${slug}`,
  );
}

/** The check-answers rows as [{field, label, value}]. */
export async function checkRows(page) {
  return page.$$eval('.srw-summary-list__row', (rows) => rows.map((r) => ({
    field: r.querySelector('button[data-field]')?.getAttribute('data-field'),
    label: r.querySelector('dt').textContent.trim(),
    value: r.querySelector('dd.srw-summary-list__value').textContent.trim(),
  })));
}

export async function rowValue(page, field) {
  const rows = await checkRows(page);
  const row = rows.find((r) => r.field === field);
  assert.ok(row, `no check-answers row for ${field}; rows: ${rows.map((r) => r.field).join(', ')}`);
  return row.value;
}

/** Subject, body, reference and deadline shown on the send page. */
export async function letter(page) {
  await atStep(page, 'send');
  return {
    subject: (await page.textContent(`#${P}subject`)).trim(),
    body: await page.textContent(`#${P}body`),
    reference: (await page.textContent(`#${P}reference`)).trim(),
    deadline: await text(page, `#${P}deadline`),
  };
}

/** Splits a mailto: href into the address and its decoded parameters, in order. */
export function parseMailto(href) {
  assert.ok(href.startsWith('mailto:'), href);
  const q = href.indexOf('?');
  assert.ok(q > 0, `no query in ${href}`);
  const to = decodeURIComponent(href.slice('mailto:'.length, q));
  const params = href.slice(q + 1).split('&').map((part) => {
    const eq = part.indexOf('=');
    assert.ok(eq > 0, `parameter without "=": ${part}`);
    return [part.slice(0, eq), decodeURIComponent(part.slice(eq + 1))];
  });
  return { to, params, get: (k) => params.find(([n]) => n === k)?.[1] };
}

/** Ten-digit CPR-shaped numbers (DDMMYY-SSSS or DDMMYYSSSS). */
export const CPR_SHAPED = /\b\d{6}-?\d{4}\b/;

const MONTHS = {
  da: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

const WEEKDAYS = {
  da: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

/** Easter Sundays as printed in the calendar (not computed: the widget computes them). */
const EASTER = {
  2024: [3, 31], 2025: [4, 20], 2026: [4, 5], 2027: [3, 28], 2028: [4, 16], 2029: [4, 1],
  2030: [4, 21], 2031: [4, 13], 2032: [3, 28], 2033: [4, 17], 2034: [4, 9], 2035: [3, 25],
  2036: [4, 13], 2037: [4, 5], 2038: [4, 25], 2039: [4, 10], 2040: [4, 1],
};

/** Noon local time on y-m-d (1-based month): a "today" for Playwright's clock
 *  (`browser.setToday`), at noon so that the day is the same in local time and in UTC. */
export const noon = (y, m, d) => new Date(y, m - 1, d, 12, 0, 0);

/** The suite's "today" where a test fixes the clock but needs no particular day: Monday
 *  23 November 2026. An earlier request of 14 October 2026, as the calendar tests type it, was
 *  due on Monday 16 November, so a reminder for it is accepted; 1 December is in the future. */
export const TODAY = noon(2026, 11, 23);

/** A Saturday, Sunday, Danish public holiday (no Store Bededag from 2024), or a day deadlines
 *  skip though it is no holiday: 5 June, 24 and 31 December (docs/sources.md#decision-closed-days). */
export function isNonWorkingDay(date) {
  const day = date.getUTCDay();
  if (day === 0 || day === 6) return true;
  const [m, d] = [date.getUTCMonth() + 1, date.getUTCDate()];
  if ((m === 1 && d === 1) || (m === 12 && (d === 25 || d === 26))) return true;
  if ((m === 6 && d === 5) || (m === 12 && (d === 24 || d === 31))) return true;
  const easter = EASTER[date.getUTCFullYear()];
  assert.ok(easter, `no Easter date for ${date.getUTCFullYear()} in helpers.mjs`);
  const fromEaster = Math.round((date - Date.UTC(date.getUTCFullYear(), easter[0] - 1, easter[1])) / 86400000);
  return [-3, -2, 0, 1, 39, 49, 50].includes(fromEaster);
}

/** The last day of a one-month period from y-m-d (1-based month), Reg. 1182/71: the same date
 *  a month later, clamped to the month's end, then moved to the next working day. UTC date. */
export function deadlineDate(y, m, d, months = 1) {
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  const date = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, last)));
  while (isNonWorkingDay(date)) date.setUTCDate(date.getUTCDate() + 1);
  return date;
}

/** "mandag den 25. januar 2027" / "Monday 25 January 2027", as the widget writes deadlines. */
export function longWithWeekday(date, l = 'da') {
  const [wd, d, m, y] = [date.getUTCDay(), date.getUTCDate(), date.getUTCMonth(), date.getUTCFullYear()];
  return l === 'da'
    ? `${WEEKDAYS.da[wd]} den ${d}. ${MONTHS.da[m]} ${y}`
    : `${WEEKDAYS.en[wd]} ${d} ${MONTHS.en[m]} ${y}`;
}

/** The deadline of a request made today, in the page's own clock and time zone. */
export async function expectedDeadline(page, l = 'da') {
  const [y, m, d] = await page.evaluate(() => {
    const now = new Date();
    return [now.getFullYear(), now.getMonth() + 1, now.getDate()];
  });
  return deadlineText(y, m, d, l);
}

export function deadlineText(y, m, d, l = 'da') {
  return longWithWeekday(deadlineDate(y, m, d), l);
}

/** Records the widget's host events (CustomEvents bubbling from the mount element). */
export async function recordEvents(page) {
  await page.evaluate(() => {
    window.__srwEvents = [];
    for (const name of ['rights-wizard:step', 'rights-wizard:handoff']) {
      document.addEventListener(name, (e) => window.__srwEvents.push({
        type: e.type,
        bubbles: e.bubbles,
        fromMount: e.target.hasAttribute('data-rights-wizard'),
        detail: JSON.parse(JSON.stringify(e.detail)),
      }));
    }
  });
}

export const events = (page) => page.evaluate(() => window.__srwEvents);

/** Every required detail answer for each right, and what the letter must then say. */
export const RIGHTS = {
  access: {
    fill: async (p) => { await fill(p, 'access-areas', 'Jobcenter'); },
    typed: 'Jobcenter',
    da: { subject: 'Anmodning om indsigt', article: 'art. 15', body: 'artikel 15' },
    en: { subject: 'Request for access', article: 'Article 15 GDPR', body: 'Article 15 of the General Data Protection Regulation' },
  },
  rectification: {
    fill: async (p) => { await pick(p, 'rectify-kind', 'wrong'); await fill(p, 'wrong-data', 'Min adresse er forkert'); await fill(p, 'correct-data', 'Storegade 1, 4660 Store Heddinge'); },
    typed: 'Storegade 1, 4660 Store Heddinge',
    da: { subject: 'Anmodning om berigtigelse', article: 'art. 16', body: 'artikel 16' },
    en: { subject: 'Request for rectification', article: 'Article 16 GDPR', body: 'Article 16 of the General Data Protection Regulation' },
  },
  erasure: {
    fill: async (p) => { await fill(p, 'erase-which', 'Gamle notater fra skolen'); await pick(p, 'erase-ground', 'not-needed'); },
    typed: 'Gamle notater fra skolen',
    da: { subject: 'Anmodning om sletning', article: 'art. 17', body: 'artikel 17' },
    en: { subject: 'Request for erasure', article: 'Article 17 GDPR', body: 'Article 17 of the General Data Protection Regulation' },
  },
  restriction: {
    fill: async (p) => { await pick(p, 'restrict-ground', 'accuracy'); await fill(p, 'restrict-why', 'Oplysningerne om min indkomst er forkerte'); },
    typed: 'Oplysningerne om min indkomst er forkerte',
    da: { subject: 'Anmodning om begrænsning', article: 'art. 18', body: 'artikel 18' },
    en: { subject: 'Request for restriction of processing', article: 'Article 18 GDPR', body: 'Article 18 of the General Data Protection Regulation' },
  },
  objection: {
    fill: async (p) => { await fill(p, 'object-which', 'Brug af mine oplysninger i en undersøgelse'); await fill(p, 'object-reasons', 'Jeg har hemmelig adresse'); },
    typed: 'Jeg har hemmelig adresse',
    da: { subject: 'Indsigelse mod behandling', article: 'art. 21', body: 'artikel 21, stk. 1' },
    en: { subject: 'Objection to processing', article: 'Article 21 GDPR', body: 'Article 21(1) of the General Data Protection Regulation' },
  },
  consent: {
    fill: async (p) => { await pick(p, 'consent-topic', 'photo'); await fill(p, 'consent-which', 'Billede på kommunens hjemmeside fra 2023'); },
    typed: 'Billede på kommunens hjemmeside fra 2023',
    da: { subject: 'Tilbagetrækning af samtykke', article: 'art. 7, stk. 3', body: 'artikel 7, stk. 3' },
    en: { subject: 'Withdrawal of consent', article: 'Article 7(3) GDPR', body: 'Article 7(3) of the General Data Protection Regulation' },
  },
  portability: {
    fill: async (p) => { await fill(p, 'portability-which', 'Mine ansøgninger om pladser'); },
    typed: 'Mine ansøgninger om pladser',
    da: { subject: 'Anmodning om dataportabilitet', article: 'art. 20', body: 'artikel 20' },
    en: { subject: 'Request for data portability', article: 'Article 20 GDPR', body: 'Article 20 of the General Data Protection Regulation' },
  },
  automated: {
    fill: async (p) => { await fill(p, 'auto-decision', 'Afgørelse om boligstøtte, marts 2026'); },
    typed: 'Afgørelse om boligstøtte, marts 2026',
    da: { subject: 'Spørgsmål om automatisk afgørelse', article: 'art. 22', body: 'artikel 22' },
    en: { subject: 'Question about an automated decision', article: 'Article 22 GDPR', body: 'Articles 22 and 15(1)(h) of the General Data Protection Regulation' },
  },
  source: {
    fill: async (p) => { await fill(p, 'source-which', 'Oplysninger om min sygdom'); },
    typed: 'Oplysninger om min sygdom',
    da: { subject: 'Anmodning om at få at vide, hvor oplysningerne kommer fra', article: 'art. 15, stk. 1, litra g', body: 'artikel 15, stk. 1, litra g' },
    en: { subject: 'Request to be told where the data came from', article: 'Article 15(1)(g) GDPR', body: 'Article 15(1)(g) and Article 14(2)(f) of the General Data Protection Regulation' },
  },
};
