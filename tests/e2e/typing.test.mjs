// What people type, in the release build, in Danish and English: phone numbers as people write
// them, an e-mail address with a Danish domain that reaches the letter as typed, spell check
// only in the text areas, the character count under a text area (counting, over the limit,
// screen-reader updates only after a pause, axe, 320 px), the CPR hint at 320 px, an
// impossible date said before a missing year, and a step count that never changes under the
// citizen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './fixture.mjs';
import {
  P, T, finish, atStep, cont, contTo, fill, value, button, text, letter, pick, parseMailto,
} from './helpers.mjs';
import { runAxe, describe } from './axe.mjs';

const browser = useBrowser();

const LANGS = ['da', 'en'];
const W = {
  da: {
    looksLikeCpr: 'Det ligner et CPR-nummer', phoneLabel: 'Telefonnummer', emailLabel: 'E-mailadresse',
    left: (n) => `Du har ${n} tegn tilbage`, over: (n) => `Du har ${n} tegn for meget`,
    tooLong: 'Teksten må højst være 2000 tegn. Du har skrevet 2012.',
    impossible: 'Datoen findes ikke', first: 'Trin 1', second: (n) => `Trin 2 af ${n}`, already: 'Jeg har allerede sendt en anmodning',
  },
  en: {
    looksLikeCpr: 'This looks like a CPR number', phoneLabel: 'Phone number', emailLabel: 'Email address',
    left: (n) => `You have ${n} characters remaining`, over: (n) => `You have ${n} characters too many`,
    tooLong: 'The text must be 2000 characters or fewer. You have written 2012.',
    impossible: 'That date does not exist', first: 'Step 1', second: (n) => `Step 2 of ${n}`, already: 'I have already sent a request',
  },
};

for (const l of LANGS) {
  test(`${l}: phone numbers as people write them are accepted; a foreign one that reads as a CPR number is asked about`, async () => {
    const page = await browser.open(`?right=access&who=myself&step=person&lang=${l}`);
    await atStep(page, 'person');
    await fill(page, 'name', 'Jens Hansen');
    for (const phone of ['(+45) 20 30 40 50', '0045 2030 4050', '20.30.40.50', '+45\u00A020\u00A030\u00A040\u00A050',
      '070-123 45 67', '+49 (0)30 1234 5678']) {
      await fill(page, 'phone', phone);
      await contTo(page, 'route');
      await page.click('button.srw-back-link'); await atStep(page, 'person');
      assert.equal(await value(page, 'phone'), phone, 'what was typed stays as typed');
    }
    // Without its country code, a Swedish mobile written with spaces reads as a CPR number.
    await fill(page, 'phone', '070 123 45 67');
    await cont(page);
    await page.waitForSelector(`#${P}phone-error`);
    assert.match(await text(page, `#${P}phone-error`), new RegExp(W[l].looksLikeCpr));
    assert.equal(await value(page, 'phone'), '070 123 45 67');
    await fill(page, 'phone', '+46 70 123 45 67');
    await contTo(page, 'route');
    await finish(page);
  });

  test(`${l}: an e-mail address with a Danish domain reaches the letter as typed, on both routes`, async () => {
    // A right whose e-mail fits in the mailto: link (the access letter goes by pasting).
    const page = await browser.open(`?right=source&who=myself&step=person&lang=${l}`);
    await atStep(page, 'person');
    const email = await page.$(`#${P}email`);
    assert.deepEqual(await email.evaluate((el) => ['type', 'inputmode', 'autocomplete', 'spellcheck', 'autocapitalize']
      .map((a) => el.getAttribute(a))), ['text', 'email', 'email', 'false', 'off']);
    await fill(page, 'name', 'Mette Søholm');
    await fill(page, 'address', 'Algade 2, 4660 Store Heddinge');
    // Typed key by key, as a citizen does: the field must hold what was typed, not punycode.
    await page.click(`#${P}email`);
    await page.keyboard.type('mette@søholm.dk');
    assert.equal(await value(page, 'email'), 'mette@søholm.dk');
    await contTo(page, 'route');
    for (const route of ['digital-post', 'email']) {
      await pick(page, 'route', route);
      await contTo(page, 'check');
      await button(page, T[l].create).click();
      const { body } = await letter(page);
      assert.ok(body.includes('mette@søholm.dk'), body);
      assert.ok(!body.includes('xn--'), body);
      if (route === 'email') {
        const mail = parseMailto(await page.getAttribute(`#${P}mailto`, 'href'));
        assert.ok(mail.get('body').includes('mette@søholm.dk'));
      } else {
        // Back to the route step for the other one.
        await page.click('button.srw-back-link'); await atStep(page, 'check');
        await page.click('button.srw-back-link'); await atStep(page, 'route');
      }
    }
    await finish(page);
  });
}

test('spell check is off in every one-line field and on in the text areas', async () => {
  const attrs = (page, sel) => page.$$eval(sel, (els) => els.map((el) => [el.id, el.getAttribute('spellcheck')]));
  const details = await browser.open('?right=objection&who=myself&step=details');
  await atStep(details, 'details');
  const areas = await attrs(details, '.srw textarea');
  assert.ok(areas.length >= 2, 'the objection asks in text areas');
  for (const [id, sc] of areas) assert.equal(sc, 'true', id);
  await finish(details);
  const page = await browser.open('?right=access&who=behalf&step=person');
  await atStep(page, 'person');
  const lines = await attrs(page, '.srw input:not([type=radio]):not([type=checkbox])');
  assert.deepEqual(lines.map(([id]) => id.slice(P.length)).sort(),
    ['address', 'cpr', 'email', 'name', 'other-cpr', 'other-name', 'phone']);
  for (const [id, sc] of lines) assert.equal(sc, 'false', id);
  await finish(page);

  // The follow-up's reference and date.
  const f = await browser.open('');
  await button(f, W.da.already).click();
  await atStep(f, 'follow-kind');
  await pick(f, 'follow-kind', 'reminder');
  await contTo(f, 'who'); await pick(f, 'who', 'myself'); await contTo(f, 'original');
  for (const [id, sc] of await f.$$eval('.srw input[type=text]', (els) => els.map((el) => [el.id, el.getAttribute('spellcheck')]))) {
    assert.equal(sc, 'false', id);
  }
  await finish(f);
});

for (const l of LANGS) {
  test(`${l}: the character count tells the limit while typing, at 320 px, with axe on each state`, async () => {
    const page = await browser.open(`?right=objection&who=myself&step=details&lang=${l}`);
    await page.setViewportSize({ width: 320, height: 700 });
    await atStep(page, 'details');
    const id = `${P}object-reasons`;
    const count = () => text(page, `#${id}-count`);
    const live = () => page.textContent(`#${id} ~ .srw-count-live`);
    const noSideways = async (state) => {
      const w = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(w <= 320, `${state}: scrollWidth ${w} at 320 px`);
    };
    const axe = async (state) => {
      const { violations } = await runAxe(page);
      assert.deepEqual(violations, [], `${state}:\n${describe(violations)}`);
    };

    // Before typing: the limit, told at once; screen readers get it with the field, and the
    // live region is empty so nothing is announced when the page opens.
    assert.equal(await count(), W[l].left(2000));
    assert.equal(await page.getAttribute(`#${id}-count`, 'aria-hidden'), 'true');
    // The count is the field's description: what is left, heard on coming to the field.
    const described = (await page.getAttribute(`#${id}`, 'aria-describedby')).split(' ');
    assert.ok(described.includes(`${id}-count`), described.join(' '));
    assert.equal(await page.getAttribute(`#${id} ~ .srw-count-live`, 'aria-live'), 'polite');
    assert.equal(await live(), '');
    await axe('before typing');

    // Typing: the visible count follows every key; the live region waits for a pause.
    await page.click(`#${id}`);
    await page.keyboard.type('Min situation', { delay: 40 });
    assert.equal(await count(), W[l].left(2000 - 13));
    assert.equal(await live(), '', 'not announced while typing');
    await page.keyboard.type(' er særlig', { delay: 40 });
    assert.equal(await live(), '', 'still typing');
    await page.waitForFunction((sel) => document.querySelector(sel)?.textContent !== '', `#${id} ~ .srw-count-live`, { timeout: 3000 });
    assert.equal(await live(), W[l].left(2000 - 23), 'announced once typing paused');
    await axe('counting');
    await noSideways('counting');

    // Over the limit: it looks like an error, the text is kept, "Fortsæt" still checks it.
    const long = `${'a'.repeat(2011)}!`;
    await fill(page, 'object-reasons', long);
    assert.equal(await count(), W[l].over(12));
    assert.ok(await page.$eval(`#${id}-count`, (el) => el.classList.contains('srw-count--over')));
    assert.ok(await page.$eval(`#${id}`, (el) => el.classList.contains('srw-textarea--over')));
    assert.equal(await page.getAttribute(`#${id}`, 'aria-invalid'), null, 'no error before "Fortsæt"');
    await page.waitForFunction(([sel, want]) => document.querySelector(sel)?.textContent === want,
      [`#${id} ~ .srw-count-live`, W[l].over(12)], { timeout: 3000 });
    await axe('over the limit');
    await noSideways('over the limit');
    const color = await page.$eval(`#${id}-count`, (el) => getComputedStyle(el).fontWeight);
    assert.equal(color, '700');

    await fill(page, 'object-which', 'Brug i statistik');
    await cont(page);
    await page.waitForSelector(`#${P}error-summary`);
    assert.equal(await text(page, `#${id}-error`), `${T[l].errorPrefix} ${W[l].tooLong}`);
    assert.equal(await value(page, 'object-reasons'), long, 'typed text kept');
    assert.equal(await count(), W[l].over(12));
    await axe('over the limit after "Fortsæt"');

    // Back under it: an ordinary hint again.
    await fill(page, 'object-reasons', 'a'.repeat(1999));
    assert.equal(await count(), l === 'da' ? 'Du har 1 tegn tilbage' : 'You have 1 character remaining');
    assert.ok(!(await page.$eval(`#${id}-count`, (el) => el.classList.contains('srw-count--over'))));
    await finish(page);
  });

  test(`${l}: the CPR hint keeps "ddmmåå-xxxx" on one line at 320 px; ten digits without the hyphen, or in groups, are accepted`, async () => {
    const page = await browser.open(`?right=access&who=behalf&step=person&lang=${l}`);
    await page.setViewportSize({ width: 320, height: 700 });
    await atStep(page, 'person');
    // A non-breaking hyphen (U+2011) in the widget's own hint: no line break inside.
    const format = l === 'da' ? 'ddmmåå\u2011xxxx' : 'ddmmyy\u2011xxxx';
    for (const slug of ['cpr', 'other-cpr']) {
      const hint = `#${P}${slug}-hint`;
      assert.match(await text(page, hint), l === 'da' ? /med eller uden bindestreg/ : /with or without the hyphen/);
      const lines = await page.$eval(hint, (el, format) => {
        const node = [...el.childNodes].find((n) => n.textContent.includes(format));
        const range = document.createRange();
        const at = node.textContent.indexOf(format);
        range.setStart(node, at);
        range.setEnd(node, at + format.length);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      }, format);
      assert.equal(lines, 1, `${slug}: the format on one line`);
    }
    assert.equal(await page.getAttribute(`#${P}cpr`, 'inputmode'), 'numeric');
    await fill(page, 'name', 'Jens Hansen');
    await fill(page, 'other-name', 'Ida Hansen');
    await pick(page, 'relation', 'poa');
    for (const [own, other] of [['0101801234', '0101 10 4000'], ['0101-80-1234', '01 01 10 40 00']]) {
      await fill(page, 'cpr', own);
      await fill(page, 'other-cpr', other);
      await contTo(page, 'route');
      await page.click('button.srw-back-link'); await atStep(page, 'person');
    }
    const w = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(w <= 320, `scrollWidth ${w}`);
    await finish(page);
  });

  test(`${l}: a follow-up shows no total on its first page, then one that does not change; "31/9" is an impossible date`, async () => {
    const page = await browser.open(`?lang=${l}`);
    await button(page, W[l].already).click();
    await atStep(page, 'follow-kind');
    assert.equal(await text(page, 'p.srw-caption'), W[l].first);
    for (const kind of ['complaint', 'reminder', 'complaint']) {
      await pick(page, 'follow-kind', kind);
      assert.equal(await text(page, 'p.srw-caption'), W[l].first, 'choosing does not change it');
    }
    await contTo(page, 'who');
    assert.equal(await text(page, 'p.srw-caption'), W[l].second(7));
    await pick(page, 'who', 'myself');
    await contTo(page, 'original');
    assert.match(await text(page, 'p.srw-caption'), l === 'da' ? /^Trin 3 af 7$/ : /^Step 3 of 7$/);
    await page.check(`#${P}orig-right`);
    await fill(page, 'orig-date', '31/9');
    await cont(page);
    await page.waitForSelector(`#${P}orig-date-error`);
    assert.match(await text(page, `#${P}orig-date-error`), new RegExp(W[l].impossible));
    // Back to the first page and the other kind: its own total from the next page on.
    await page.click('button.srw-back-link'); await atStep(page, 'who');
    await page.click('button.srw-back-link'); await atStep(page, 'follow-kind');
    assert.equal(await text(page, 'p.srw-caption'), W[l].first);
    await pick(page, 'follow-kind', 'reminder');
    await contTo(page, 'who');
    assert.equal(await text(page, 'p.srw-caption'), W[l].second(6));
    await finish(page);
  });
}

browser.testNoProblems();
