// Dates in the browser: the calendar files of every letter kind, read by a real iCalendar
// parser (ical.js); the calendar event falls on the first day the reminder check accepts;
// the date of an earlier request in the forms Danes write; an extended period.
// The page clock is fixed per test (Playwright's clock), so the dates are known.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { useBrowser } from './fixture.mjs';
import { runAxe, describe } from './axe.mjs';
import {
  P, atStep, cont, finish, waitText, deadlineDate, deadlineText, longWithWeekday, noon, TODAY,
} from './helpers.mjs';

const browser = useBrowser();

const T = {
  da: { already: 'Jeg har allerede sendt en anmodning', create: 'Lav brevet' },
  en: { already: 'I have already sent a request', create: 'Create the letter' },
};

const utcDay = (y, m, d) => new Date(Date.UTC(y, m - 1, d));
const addDays = (date, n) => new Date(date.getTime() + n * 86400000);
const ymd = (date) => [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
const dmy = (date) => {
  const [y, m, d] = ymd(date);
  return `${String(d).padStart(2, '0')}-${String(m).padStart(2, '0')}-${y}`;
};

/** A new access request made "today", to the send page. */
async function request(lang) {
  const page = await browser.open(`?right=access&who=myself&step=person&lang=${lang}`);
  await atStep(page, 'person');
  await page.fill(`#${P}name`, 'Jens Hansen');
  await cont(page); await atStep(page, 'route');
  await cont(page); await atStep(page, 'check');
  await page.click(`button:text-is("${T[lang].create}")`); await atStep(page, 'send');
  return page;
}

/** The follow-up pages up to the original request, filled in, and "Fortsæt". */
async function followUp(lang, kind, date, extended = 'no') {
  const page = await browser.open(`?lang=${lang}`);
  await page.click(`button:text-is("${T[lang].already}")`);
  await atStep(page, 'follow-kind');
  await page.check(`#${P}follow-kind${kind === 'reminder' ? '' : '-complaint'}`);
  await cont(page); await atStep(page, 'who');
  await page.check(`#${P}who`);
  await cont(page); await atStep(page, 'original');
  await page.check(`#${P}orig-right`);
  await page.fill(`#${P}orig-date`, date);
  if (kind === 'reminder') await page.check(extended === 'yes' ? `#${P}orig-extended` : `#${P}orig-extended-no`);
  await cont(page);
  return page;
}

async function toSend(page, lang) {
  await atStep(page, 'person');
  await page.fill(`#${P}name`, 'Jens Hansen');
  await page.fill(`#${P}address`, 'Rådhuspladsen 4, 4660 Store Heddinge');
  await cont(page); await atStep(page, 'route');
  await cont(page); await atStep(page, 'check');
  await page.click(`button:text-is("${T[lang].create}")`); await atStep(page, 'send');
}

async function downloadIcs(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(`#${P}calendar`)]);
  assert.match(download.suggestedFilename(), /^(frist|deadline)-SK-[A-Z0-9]{6}\.ics$/);
  return readFile(await download.path(), 'utf8');
}

/** Parses the file with ical.js and checks what every calendar needs; returns the event. */
function parseIcs(text, reference, now) {
  const root = new ICAL.Component(ICAL.parse(text));
  assert.equal(root.name, 'vcalendar');
  assert.equal(root.getFirstPropertyValue('version'), '2.0');
  const vtimezone = root.getFirstSubcomponent('vtimezone');
  assert.ok(vtimezone, 'a VTIMEZONE for the TZID');
  const zone = new ICAL.Timezone(vtimezone);
  assert.equal(zone.tzid, 'Europe/Copenhagen');
  const events = root.getAllSubcomponents('vevent');
  assert.equal(events.length, 1);
  const vevent = events[0];
  const uid = vevent.getFirstPropertyValue('uid');
  assert.ok(uid.includes(reference), uid);
  const stamp = vevent.getFirstPropertyValue('dtstamp');
  assert.equal(stamp.zone, ICAL.Timezone.utcTimezone, 'DTSTAMP is UTC');
  assert.ok(Math.abs(stamp.toJSDate().getTime() - now.getTime()) < 60000, `DTSTAMP ${stamp}`);
  const summary = vevent.getFirstPropertyValue('summary');
  assert.ok(summary.includes(reference), summary);
  const dtstart = vevent.getFirstProperty('dtstart');
  assert.equal(dtstart.getParameter('tzid'), 'Europe/Copenhagen');
  const start = dtstart.getFirstValue();
  assert.equal(start.isDate, false, 'a timed event');
  assert.deepEqual([start.hour, start.minute], [9, 0]);
  // The instant in UTC, through the file's own VTIMEZONE.
  const local = start.clone();
  local.zone = zone;
  const startUtc = local.toJSDate();
  const alarms = vevent.getAllSubcomponents('valarm');
  assert.equal(alarms.length, 1);
  assert.equal(alarms[0].getFirstPropertyValue('action'), 'DISPLAY');
  const trigger = alarms[0].getFirstPropertyValue('trigger');
  assert.ok(trigger instanceof ICAL.Duration, 'a relative trigger');
  assert.ok(trigger.isNegative || trigger.toSeconds() === 0, `trigger ${trigger} is not after the start`);
  assert.equal(trigger.toSeconds(), -15 * 60);
  return {
    day: [start.year, start.month, start.day],
    startUtc,
    summary,
    description: vevent.getFirstPropertyValue('description'),
  };
}

for (const lang of ['da', 'en']) {
  test(`${lang}: the request's and the reminder's calendar files parse as iCalendar with an alarm before the start`, async () => {
    const now = noon(2026, 12, 11);
    await browser.setToday(now);
    // A request on Friday 11 December 2026: due Monday 11 January 2027, event Tuesday 12 January.
    let page = await request(lang);
    const due = deadlineDate(2026, 12, 11);
    assert.deepEqual(ymd(due), [2027, 1, 11]);
    const eventDay = addDays(due, 1);
    await waitText(page, `#${P}deadline`, longWithWeekday(due, lang));
    await waitText(page, `#${P}calendar-note`, longWithWeekday(eventDay, lang));
    assert.match(await page.textContent(`#${P}calendar-note`), lang === 'da' ? /kl\. 9 med en påmindelse et kvarter før/ : /at 9:00 with an alert 15 minutes before/);
    let reference = (await page.textContent(`#${P}reference`)).trim();
    let ev = parseIcs(await downloadIcs(page), reference, now);
    assert.deepEqual(ev.day, ymd(eventDay));
    assert.equal(ev.startUtc.toISOString(), '2027-01-12T08:00:00.000Z', 'CET is UTC+1');
    assert.ok(ev.description.includes(longWithWeekday(due, lang)), ev.description);
    await waitText(page, `#${P}status`, longWithWeekday(eventDay, lang));
    await finish(page);

    // A reminder the same day asks for an answer within two weeks: Friday 25 December is
    // Christmas Day, so Monday 28 December; the event is Tuesday 29 December.
    page = await followUp(lang, 'reminder', '14. oktober 2026');
    await toSend(page, lang);
    await waitText(page, `#${P}deadline`, lang === 'da' ? 'mandag den 28. december 2026' : 'Monday 28 December 2026');
    await waitText(page, `#${P}calendar-note`, lang === 'da' ? 'tirsdag den 29. december 2026' : 'Tuesday 29 December 2026');
    reference = (await page.textContent(`#${P}reference`)).trim();
    ev = parseIcs(await downloadIcs(page), reference, now);
    assert.deepEqual(ev.day, [2026, 12, 29]);
    assert.equal(ev.startUtc.toISOString(), '2026-12-29T08:00:00.000Z');
    assert.ok(ev.description.includes('Datatilsynet'));
    await finish(page);

    // A complaint has no deadline of its own to remind of.
    page = await followUp(lang, 'complaint', '14-10-2026');
    await atStep(page, 'outcome');
    await page.check(`#${P}outcome`);
    await page.check(`#${P}outcome-informed`);
    await page.fill(`#${P}disagree`, 'Jeg er uenig.');
    await cont(page);
    await toSend(page, lang);
    assert.equal(await page.locator(`#${P}calendar`).count(), 0);
    await finish(page);
  });
}

test('summer time: the event is at 9:00 Danish time (07:00 UTC)', async () => {
  const now = noon(2026, 5, 5);
  await browser.setToday(now);
  const page = await request('da');
  const reference = (await page.textContent(`#${P}reference`)).trim();
  const ev = parseIcs(await downloadIcs(page), reference, now);
  // Due Monday 8 June 2026: Friday 5 June is Constitution Day, which no deadline ends on, and
  // a weekend follows. The event is Tuesday 9 June.
  assert.deepEqual(ev.day, [2026, 6, 9]);
  assert.equal(ev.startUtc.toISOString(), '2026-06-09T07:00:00.000Z');
  await waitText(page, `#${P}deadline`, 'senest mandag den 8. juni 2026');
  await finish(page);
});

test("the calendar event's day is the first day the widget accepts a reminder", async () => {
  for (const [y, m, d] of [[2026, 12, 24], [2026, 3, 5], [2027, 1, 31], [2026, 11, 25], [2027, 2, 25], [2026, 11, 24]]) {
    await browser.setToday(noon(y, m, d));
    let page = await request('da');
    const text = await downloadIcs(page);
    await finish(page);
    const ev = parseIcs(text, (text.match(/UID:(SK-[A-Z0-9]{6})/) || [])[1] || 'SK-', noon(y, m, d));
    const event = utcDay(...ev.day);
    assert.deepEqual(ymd(event), ymd(addDays(deadlineDate(y, m, d), 1)), `${y}-${m}-${d}`);
    const sent = dmy(utcDay(y, m, d));

    const dayBefore = addDays(event, -1);
    await browser.setToday(noon(...ymd(dayBefore)));
    page = await followUp('da', 'reminder', sent);
    // The day before the event is the period's last day: it "udløber i dag".
    await waitText(page, `#${P}orig-date-error`, 'Kommunens frist udløber i dag.');
    await waitText(page, `#${P}orig-date-error`, `kan du sende en rykker fra ${longWithWeekday(event, 'da')}.`);
    await finish(page);

    await browser.setToday(noon(...ymd(event)));
    page = await followUp('da', 'reminder', sent);
    await atStep(page, 'person');
    await finish(page);
  }
  assert.equal(deadlineText(2026, 12, 24), 'mandag den 25. januar 2027');
  assert.equal(deadlineText(2026, 11, 24), 'mandag den 28. december 2026');
  assert.equal(deadlineText(2026, 3, 5, 'en'), 'Tuesday 7 April 2026');
});

test('the date of the earlier request: the forms Danes write, and a message that says why', async () => {
  await browser.setToday(TODAY);
  for (const typed of ['d. 14/10-2026', '14. okt. 2026', '14.10.26', 'onsdag den 14. oktober 2026']) {
    const page = await followUp('da', 'reminder', typed);
    await atStep(page, 'person');
    await finish(page);
  }
  for (const [typed, message] of [
    ['14. oktobr 2026', 'Skriv måneden som navn eller tal, fx oktober, okt. eller 10'],
    ['30. februar 2026', 'Datoen findes ikke. Tjek dag og måned'],
    ['14. oktober', 'Skriv også årstallet, fx 14. oktober 2026'],
    ['1. december 2026', 'Datoen kan ikke være efter i dag'],
  ]) {
    const page = await followUp('da', 'reminder', typed);
    await page.waitForSelector(`#${P}error-summary`);
    await waitText(page, `#${P}orig-date-error`, message);
    assert.equal(await page.inputValue(`#${P}orig-date`), typed, 'kept as typed');
    await finish(page);
  }
  const page = await followUp('en', 'reminder', '14 Octobr 2026');
  await waitText(page, `#${P}orig-date-error`, 'Enter the month as a name or a number, for example October, Oct or 10');
  await finish(page);
});

test('a reminder after an extension waits for three months in all', async () => {
  // A request of 24 December 2026 was due on 25 January 2027, or on 24 March 2027 if extended:
  // first the day after the one deadline, then the day after the other.
  await browser.setToday(noon(2027, 1, 26));
  let page = await followUp('da', 'reminder', '24.12.26', 'yes');
  await waitText(page, `#${P}orig-date-error`, 'Kommunens frist udløber først onsdag den 24. marts 2027.');
  await finish(page);
  page = await followUp('da', 'reminder', '24.12.26', 'no');
  await toSend(page, 'da');
  await waitText(page, `#${P}body`, 'Den udløb mandag den 25. januar 2027');

  await browser.setToday(noon(2027, 3, 25));
  await finish(page);
  page = await followUp('en', 'reminder', '24.12.26', 'yes');
  await toSend(page, 'en');
  await waitText(page, `#${P}body`, 'The extended deadline expired on Wednesday 24 March 2027');
  await finish(page);
});

test('the extension question and the calendar note pass axe, with and without errors', async () => {
  await browser.setToday(TODAY);
  const page = await browser.open('?lang=da');
  await page.click(`button:text-is("${T.da.already}")`);
  await atStep(page, 'follow-kind');
  await page.check(`#${P}follow-kind`);
  await cont(page); await atStep(page, 'who');
  await page.check(`#${P}who`);
  await cont(page); await atStep(page, 'original');
  await page.check(`#${P}orig-right`);
  await page.fill(`#${P}orig-date`, '14. okt. 2026');
  await cont(page);
  await page.waitForSelector(`#${P}error-summary`);
  await waitText(page, `#${P}error-summary`, 'Vælg om du har fået besked om, at fristen er forlænget');
  // The group is described by its hint and its error.
  const described = await page.getAttribute(`fieldset:has(#${P}orig-extended)`, 'aria-describedby');
  assert.ok(described && described.includes('orig-extended-hint') && described.includes('orig-extended-error'), described);
  let { violations } = await runAxe(page);
  assert.deepEqual(violations, [], describe(violations));
  await page.check(`#${P}orig-extended-no`);
  await cont(page);
  await toSend(page, 'da');
  assert.equal(await page.getAttribute(`#${P}calendar`, 'aria-describedby'), `${P}calendar-note`);
  ({ violations } = await runAxe(page));
  assert.deepEqual(violations, [], describe(violations));
  await finish(page);
});
