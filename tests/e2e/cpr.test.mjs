// CPR numbers and pasted characters in the release build: a CPR number written with dots or in
// any grouping of its digits, in free text, never reaches the mailto link nor the tab's draft,
// a Swedish phone number as Swedes write it reaches the link untouched, a CPR number typed as a
// phone number is refused, and a phone number copied from a phone's contacts (wrapped in
// direction marks) is accepted and arrives without them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './fixture.mjs';
import {
  P, finish, atStep, contTo, fill, value, button, text, rowValue, letter, parseMailto, pick,
} from './helpers.mjs';

const browser = useBrowser();

const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/;

/** From the details step of an objection to the send page by e-mail, with `reasons` and `phone`. */
async function objectionByEmail(page, reasons, phone) {
  await atStep(page, 'details');
  await fill(page, 'object-which', 'Brug af mine oplysninger i statistik');
  await fill(page, 'object-reasons', reasons);
  await contTo(page, 'person');
  await fill(page, 'name', 'Jens Hansen');
  // The e-mail route needs the postal address (there is no CPR number to find the person by).
  await fill(page, 'address', 'Algade 2, 4660 Store Heddinge');
  await fill(page, 'phone', phone);
  await contTo(page, 'route');
  await page.check(`#${P}route-email`);
  await contTo(page, 'check');
  await button(page, 'Lav brevet').click();
  await atStep(page, 'send');
  return parseMailto(await page.getAttribute(`#${P}mailto`, 'href')).get('body');
}

test('a CPR number with dots in free text is masked in the mailto; a Swedish phone number is not', async () => {
  const page = await browser.open('?right=objection&who=myself&step=details');
  const body = await objectionByEmail(
    page,
    'Mit CPR er 01.01.80-1234 og min søns 24/12/10 4321. Sag 2026-012345, konto 1234 1234567890.',
    '070-123 45 67',
  );
  assert.ok(!body.includes('01.01.80') && !body.includes('24/12/10'), body);
  assert.ok(body.includes('Mit CPR er [CPR-nummer fjernet] og min søns [CPR-nummer fjernet].'), body);
  assert.ok(body.includes('Sag 2026-012345, konto 1234 1234567890.'), 'other numbers stay');
  assert.ok(body.includes('Telefonnummer: 070-123 45 67'), body);
  await finish(page);
});

/** Every answer in this tab's drafts (sessionStorage), as one text. Only the answers: the
 *  draft's random seed and time stamp, and the tab's random id, are digits that may hold any
 *  four in a row. */
const stored = (page) => page.evaluate(() => Object.keys(sessionStorage).map((k) => {
  try {
    return Object.values(JSON.parse(sessionStorage.getItem(k))?.answers ?? {}).join('\n');
  } catch {
    return '';
  }
}).join('\n'));

for (const [lang, masked] of [['da', '[CPR-nummer fjernet]'], ['en', '[CPR number removed]']]) {
  test(`${lang}: CPR numbers in any grouping, in every free-text field, never reach the mailto nor the draft`, async () => {
    const page = await browser.open(`?right=objection&who=behalf&step=details&lang=${lang}`);
    await atStep(page, 'details');
    // The legal review's two groupings and others, with a no-break space and invisible characters.
    await fill(page, 'object-which', 'Mit nr. 0101-80-2391 og hans 0101 10 4391');
    await fill(page, 'object-reasons', 'Se 01 0180 2391, 010 180 2391, 0101802 391 og 01.01.1980 2391\u00A0!');
    await contTo(page, 'person');
    await fill(page, 'name', 'Jens Hansen 01 01 80 23 91');
    await fill(page, 'address', 'Algade 2, 4660 Store Heddinge \u200B0101\u00A080\u00A02391');
    await fill(page, 'email', 'jens@example.dk');
    await fill(page, 'other-name', 'Ida Hansen 0101/10/4391');
    await pick(page, 'relation', 'poa');
    await contTo(page, 'route');
    await page.check(`#${P}route-email`);
    await contTo(page, 'check');
    const draft = await stored(page);
    assert.ok(draft.includes(masked), draft);
    assert.ok(!/2391|4391|23 91/.test(draft), draft);
    await button(page, lang === 'da' ? 'Lav brevet' : 'Create the letter').click();
    await atStep(page, 'send');
    // The link, and the letter the citizen copies into the e-mail (this one is too long for a
    // mailto: link to carry).
    const mail = parseMailto(await page.getAttribute(`#${P}mailto`, 'href'));
    const all = `${mail.get('subject')}\n${mail.get('body')}\n${(await letter(page)).body}`;
    assert.ok(!/2391|4391|23 91/.test(all), all);
    assert.ok(all.includes(`Mit nr. ${masked} og hans ${masked}`), all);
    assert.ok(!/2391|4391|23 91/.test(await stored(page)), 'the draft keeps none');
    await finish(page);
  });
}

test('a CPR number in the phone field is refused with its own message and kept for correcting', async () => {
  const page = await browser.open('?right=access&who=myself&step=person');
  await atStep(page, 'person');
  await fill(page, 'name', 'Jens Hansen');
  await fill(page, 'phone', '010180-1234');
  await button(page, 'Fortsæt').click();
  await page.waitForSelector(`#${P}error-summary`);
  assert.match(await text(page, `#${P}phone-error`), /Det ligner et CPR-nummer/);
  assert.equal(await value(page, 'phone'), '010180-1234');
  await fill(page, 'phone', '+46 70 123 45 67');
  await contTo(page, 'route');
  await finish(page);
});

test('a phone number wrapped in direction marks, a name with a zero-width space and an e-mail with a BOM are accepted and arrive clean', async () => {
  const page = await browser.open('?right=access&who=myself&step=person');
  await atStep(page, 'person');
  await fill(page, 'name', 'Jens\u200B Hansen');
  await fill(page, 'phone', '\u202D+45 56 57 57 57\u202C');
  await fill(page, 'email', '\uFEFFjens@example.dk');
  await fill(page, 'cpr', '010180\u200E-1234');
  await contTo(page, 'route');
  await contTo(page, 'check');
  assert.equal(await rowValue(page, 'phone'), '+45 56 57 57 57');
  assert.equal(await rowValue(page, 'name'), 'Jens Hansen');
  await button(page, 'Lav brevet').click();
  const l = await letter(page);
  assert.ok(l.body.includes('Telefonnummer: +45 56 57 57 57'), l.body);
  assert.ok(l.body.includes('E-mailadresse: jens@example.dk'), l.body);
  assert.ok(l.body.includes('CPR-nummer: 010180-1234'), 'Digital Post carries the CPR number');
  assert.doesNotMatch(l.body + l.subject, INVISIBLE);
  await finish(page);
});
