// Errors, focus and keeping answers: what a citizen sees when something is missing or wrong,
// when they switch language, go back, or change an answer from "Tjek dine svar".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './fixture.mjs';
import {
  P, T, finish, atStep, contTo, cont, back, pick, fill, value, button, text, expectFocus, rowValue,
  letter, checkedValue, lang, step,
} from './helpers.mjs';

const browser = useBrowser();

const SUMMARY = `#${P}error-summary`;

/** The error summary's links as [href, text]. */
async function summaryLinks(page) {
  return page.$$eval(`${SUMMARY} a`, (as) => as.map((a) => [a.getAttribute('href'), a.textContent.trim()]));
}

/** Clicks "Fortsæt", expects to stay on the page with the summary focused and these errors. */
async function failWith(page, expected) {
  const before = await step(page);
  await cont(page);
  await page.waitForSelector(SUMMARY);
  await expectFocus(page, `${P}error-summary`);
  assert.equal(await step(page), before, 'a failed Fortsæt stays on the step');
  // Wait for the summary to show this attempt's messages (it is re-rendered, not replaced).
  await page.waitForFunction(({ sel, n }) => document.querySelectorAll(`${sel} a`).length === n, { sel: SUMMARY, n: expected.length });
  const links = await summaryLinks(page);
  assert.deepEqual(links, expected.map(([slug, msg]) => [`#${P}${slug}`, msg]));
  const l = await lang(page);
  for (const [slug, msg] of expected) {
    // The same words by the field, after a visually hidden "Fejl:".
    assert.equal(await text(page, `#${P}${slug}-error`), `${T[l].errorPrefix} ${msg}`);
    assert.equal(await text(page, `#${P}${slug}-error .srw-visually-hidden`), T[l].errorPrefix);
  }
}

test('empty Fortsæt on the person step: summary, focus, links, inline errors and title', async () => {
  const page = await browser.open('?right=access&who=myself&step=person');
  await atStep(page, 'person');
  const title = await page.title();
  assert.ok(!title.startsWith('Fejl'), title);
  assert.equal(await page.locator(SUMMARY).count(), 0);

  await failWith(page, [['name', 'Skriv dit fulde navn']]);
  // Summary: above the heading, an alert with the heading "Der er et problem".
  const order = await page.evaluate(({ s, h }) => {
    const a = document.querySelector(s);
    const b = document.getElementById(h);
    return Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
  }, { s: SUMMARY, h: `${P}heading` });
  assert.ok(order, 'the error summary comes before the heading');
  assert.equal(await page.locator(`${SUMMARY} [role="alert"]`).count(), 1);
  assert.equal(await text(page, `${SUMMARY} [role="alert"] h2`), 'Der er et problem');
  assert.equal(await page.getAttribute(SUMMARY, 'tabindex'), '-1');
  // The field is marked invalid and described by its message.
  assert.equal(await page.getAttribute(`#${P}name`, 'aria-invalid'), 'true');
  assert.match(await page.getAttribute(`#${P}name`, 'aria-describedby'), new RegExp(`\\b${P}name-error\\b`));
  assert.equal(await page.title(), `Fejl: ${title}`);

  // The link moves focus to the field (and does not navigate).
  const url = page.url();
  await page.click(`${SUMMARY} a[href="#${P}name"]`);
  await expectFocus(page, `${P}name`);
  assert.equal(page.url(), url);

  // Typing and pressing Enter submits; the errors and the title prefix go away.
  await page.keyboard.type('Jens Hansen');
  await page.keyboard.press('Enter');
  await atStep(page, 'route');
  await expectFocus(page, `${P}heading`);
  assert.equal(await page.locator(SUMMARY).count(), 0);
  await page.waitForFunction((t) => document.title === t, title);
  await finish(page);
});

test('CPR messages, typed values kept, and a modulus-11-failing CPR accepted', async () => {
  const page = await browser.open('?right=access&who=myself&step=person');
  await atStep(page, 'person');
  await fill(page, 'name', 'Jens Hansen');
  await fill(page, 'address', 'Rådhuspladsen 4, 4660 Store Heddinge');
  const cases = [
    ['300299-1234', 'De første 6 cifre i CPR-nummeret er ikke en rigtig dato. Tjek dag, måned og år'],
    // The pattern's hyphen is non-breaking (U+2011): the format stays on one line.
    ['12345', 'Skriv CPR-nummeret. Det har 10 cifre, fx ddmmåå\u2011xxxx'],
    ['010150-5000', 'CPR-nummeret viser, at du er født efter i dag. Tjek tallene'],
  ];
  for (const [cpr, msg] of cases) {
    await fill(page, 'cpr', cpr);
    await page.focus(`#${P}name`); // focus elsewhere, so the summary must take it back
    await failWith(page, [['cpr', msg]]);
    assert.equal(await value(page, 'cpr'), cpr, 'the wrong CPR number is kept for correcting');
    assert.equal(await value(page, 'name'), 'Jens Hansen');
    assert.equal(await value(page, 'address'), 'Rådhuspladsen 4, 4660 Store Heddinge');
    await page.click(`${SUMMARY} a[href="#${P}cpr"]`);
    await expectFocus(page, `${P}cpr`);
  }

  // 010160-0000 fails the modulus-11 check but is a valid CPR number: numbers without a valid
  // check digit are issued too (docs/sources.md#cpr-modulus11).
  await fill(page, 'cpr', '010160-0000');
  await contTo(page, 'route');
  await contTo(page, 'check');
  assert.equal(await rowValue(page, 'cpr'), '010160-0000');
  await button(page, T.da.create).click();
  const l = await letter(page);
  assert.ok(l.body.includes('CPR-nummer: 010160-0000'), l.body);
  await finish(page);
});

test('several errors are listed in page order; phone, e-mail and length messages', async () => {
  const page = await browser.open('?right=access&who=myself&step=person');
  await atStep(page, 'person');
  await fill(page, 'cpr', '0101801234');
  await fill(page, 'phone', '123');
  await fill(page, 'email', 'jens@');
  await failWith(page, [
    ['name', 'Skriv dit fulde navn'],
    ['phone', 'Skriv telefonnummeret med tal, fx 56 57 57 57'],
    ['email', 'Skriv en e-mailadresse i det rigtige format, fx navn@eksempel.dk'],
  ]);
  await page.click(`${SUMMARY} a[href="#${P}email"]`);
  await expectFocus(page, `${P}email`);
  // No maxlength: an over-long name is kept and explained.
  const long = 'Å'.repeat(201);
  await fill(page, 'name', long);
  await fill(page, 'phone', '56 57 57 57');
  await fill(page, 'email', 'jens@example.dk');
  await failWith(page, [['name', 'Teksten må højst være 200 tegn. Du har skrevet 201.']]);
  assert.equal(await value(page, 'name'), long);
  await fill(page, 'name', 'Å'.repeat(200));
  await contTo(page, 'route');
  await finish(page);
});

test('question pages with choices: missing answers, and the link focuses the first option', async () => {
  const page = await browser.open('');
  await button(page, 'Start').click();
  await atStep(page, 'who');
  await failWith(page, [['who', 'Vælg hvem anmodningen gælder']]);
  await page.click(`${SUMMARY} a[href="#${P}who"]`);
  await expectFocus(page, `${P}who`);
  assert.equal(await page.getAttribute(`#${P}who`, 'value'), 'myself');
  assert.equal(await page.getAttribute(`#${P}who-behalf`, 'name'), `${P}who`);
  assert.equal(await text(page, `label[for="${P}who-employee"]`),
    'Mig som ansat i Stevns Kommune – det gælder mine oplysninger som ansat eller en IT-sag');
  await page.click(`label[for="${P}who"]`);
  await contTo(page, 'right');
  await failWith(page, [['right', 'Vælg hvad du vil bede kommunen om']]);
  await pick(page, 'right', 'unsure');
  await contTo(page, 'guide');
  await pick(page, 'guide-stop', 'yes');
  await failWith(page, [
    ['guide-wrong', 'Svar på, om nogle oplysninger er forkerte'],
    ['guide-delete', 'Svar på, om du vil have oplysninger slettet'],
    ['guide-consent', 'Svar på, om du vil trække et samtykke tilbage'],
    ['guide-origin', 'Svar på, om du vil vide, hvor oplysningerne kommer fra'],
  ]);
  assert.equal(await checkedValue(page, 'guide-stop'), 'yes', 'the answered question keeps its answer');
  for (const slug of ['guide-wrong', 'guide-delete', 'guide-consent', 'guide-origin']) await pick(page, slug, 'no');
  await contTo(page, 'right');
  assert.equal(await checkedValue(page, 'right'), 'objection');
  await contTo(page, 'about');
  await contTo(page, 'details');
  await failWith(page, [
    ['object-which', 'Skriv hvilken brug du gør indsigelse mod'],
    ['object-reasons', 'Skriv hvad i din situation gør, at kommunen bør stoppe'],
  ]);
  await finish(page);
});

test('details errors for required text, radio and checkbox answers (erasure, automated)', async () => {
  let page = await browser.open('?right=erasure&who=myself&step=details');
  await atStep(page, 'details');
  await failWith(page, [
    ['erase-which', 'Skriv hvilke oplysninger du vil have slettet'],
    ['erase-ground', 'Vælg en grund til, at de skal slettes'],
  ]);
  await finish(page);

  page = await browser.open('?right=automated&who=myself&step=details');
  await atStep(page, 'details');
  assert.equal(await checkedValue(page, 'auto-requests'), 'logic,human', 'both are ticked by default');
  await fill(page, 'auto-decision', 'Boligstøtte');
  await page.uncheck(`#${P}auto-requests`);
  await page.uncheck(`#${P}auto-requests-human`);
  await failWith(page, [['auto-requests', 'Vælg mindst én ting, du beder om']]);
  await page.check(`#${P}auto-requests-human`);
  await contTo(page, 'person');
  await finish(page);
});

test('switching language mid-wizard keeps typed answers and translates the errors', async () => {
  const page = await browser.open('?right=rectification&who=myself&step=details');
  await atStep(page, 'details');
  await pick(page, 'rectify-kind', 'wrong');
  await fill(page, 'wrong-data', 'Min adresse');
  await fill(page, 'correct-data', 'Storegade 1');
  await contTo(page, 'person');
  const title = await page.title();
  await fill(page, 'cpr', '300299-1234');
  await fill(page, 'email', 'jens@example.dk');
  await failWith(page, [
    ['name', 'Skriv dit fulde navn'],
    ['cpr', 'De første 6 cifre i CPR-nummeret er ikke en rigtig dato. Tjek dag, måned og år'],
  ]);
  assert.equal(await page.title(), `Fejl: ${title}`);

  await button(page, 'English').click();
  await page.waitForSelector('section.srw[lang="en"]');
  assert.equal(await page.getAttribute('button:text-is("English")', 'aria-pressed'), 'true');
  assert.equal(await step(page), 'person');
  assert.equal(await text(page, `${SUMMARY} [role="alert"] h2`), 'There is a problem');
  assert.deepEqual(await summaryLinks(page), [
    [`#${P}name`, 'Enter your full name'],
    [`#${P}cpr`, 'The first 6 digits of the CPR number are not a real date. Check day, month and year'],
  ]);
  assert.equal(await text(page, `#${P}cpr-error`), 'Error: The first 6 digits of the CPR number are not a real date. Check day, month and year');
  assert.equal(await text(page, `#${P}heading`), 'About you');
  assert.equal(await text(page, 'p.srw-caption'), 'Step 5 of 7');
  assert.equal(await text(page, `label[for="${P}name"]`), 'Full name');
  assert.equal(await value(page, 'cpr'), '300299-1234');
  assert.equal(await value(page, 'email'), 'jens@example.dk');
  await page.waitForFunction((t) => document.title === `Error: ${t}`, title).catch(async () => {
    assert.fail(`title after switching to English: ${JSON.stringify(await page.title())}`);
  });

  // Earlier answers survive too, in the other language.
  await back(page, 'details');
  assert.equal(await text(page, `label[for="${P}wrong-data"]`), 'Which data is it about?');
  assert.equal(await value(page, 'wrong-data'), 'Min adresse');
  assert.equal(await value(page, 'correct-data'), 'Storegade 1');
  await button(page, 'Dansk').click();
  await page.waitForSelector('section.srw[lang="da"]');
  await contTo(page, 'person');
  assert.equal(await value(page, 'cpr'), '300299-1234');
  assert.equal(await value(page, 'email'), 'jens@example.dk');
  await fill(page, 'name', 'Jens Hansen');
  await fill(page, 'cpr', '010180-1234');
  await contTo(page, 'route');
  await page.waitForFunction((t) => document.title === t, title);
  await finish(page);
});

test('going back and forward keeps every answer', async () => {
  const page = await browser.open('');
  await button(page, 'Start').click();
  await atStep(page, 'who');
  await pick(page, 'who', 'behalf');
  await contTo(page, 'right');
  await pick(page, 'right', 'restriction');
  await contTo(page, 'about');
  await contTo(page, 'details');
  await pick(page, 'restrict-ground', 'claims');
  await fill(page, 'restrict-why', 'Jeg skal bruge dem i en retssag');
  await contTo(page, 'person');
  await fill(page, 'name', 'Jens Hansen');
  await fill(page, 'phone', '+45 56 57 57 57');
  await fill(page, 'other-name', 'Ida Hansen');
  await pick(page, 'relation', 'poa');

  // All the way back to the start page, without pressing Fortsæt.
  await back(page, 'details');
  await expectFocus(page, `${P}heading`);
  assert.equal(await checkedValue(page, 'restrict-ground'), 'claims');
  assert.equal(await value(page, 'restrict-why'), 'Jeg skal bruge dem i en retssag');
  await back(page, 'about');
  await back(page, 'right');
  assert.equal(await checkedValue(page, 'right'), 'restriction');
  await back(page, 'who');
  assert.equal(await checkedValue(page, 'who'), 'behalf');
  await back(page, 'start');
  assert.equal(await page.locator('button.srw-back-link').count(), 0, 'no back link on the start page');

  // And forward again.
  await button(page, 'Start').click();
  await atStep(page, 'who');
  assert.equal(await checkedValue(page, 'who'), 'behalf');
  await contTo(page, 'right');
  await contTo(page, 'about');
  await contTo(page, 'details');
  assert.equal(await value(page, 'restrict-why'), 'Jeg skal bruge dem i en retssag');
  await contTo(page, 'person');
  assert.equal(await value(page, 'name'), 'Jens Hansen');
  assert.equal(await value(page, 'phone'), '+45 56 57 57 57');
  assert.equal(await value(page, 'other-name'), 'Ida Hansen');
  assert.equal(await checkedValue(page, 'relation'), 'poa');
  await contTo(page, 'route');
  await contTo(page, 'check');
  assert.equal(await rowValue(page, 'restrict-ground'),
    'Kommunen har ikke længere brug for oplysningerne, men jeg skal bruge dem til et retskrav (art. 18, stk. 1, litra c)');
  assert.equal(await rowValue(page, 'relation'), 'Jeg har en fuldmagt');

  // "Tilbage" from the send page returns to the check page with everything kept.
  await button(page, T.da.create).click();
  await atStep(page, 'send');
  await back(page, 'check');
  assert.equal(await rowValue(page, 'name'), 'Jens Hansen');
  await finish(page);
});

test('"Ret" on the check page focuses the field, and Fortsæt returns to the check page', async () => {
  const page = await browser.open('?right=access&who=myself&step=person');
  await atStep(page, 'person');
  await fill(page, 'name', 'Jens Hansen');
  await fill(page, 'address', 'Testvej 1, 4660 Store Heddinge');
  await contTo(page, 'route');
  await contTo(page, 'check');

  // A text field on the person step.
  await page.click('button[data-field="name"]');
  await atStep(page, 'person');
  await expectFocus(page, `${P}name`);
  assert.equal(await text(page, 'p.srw-caption'), T.da.stepOf(5));
  await fill(page, 'name', '');
  await failWith(page, [['name', 'Skriv dit fulde navn']]);
  await fill(page, 'name', 'Jens Peter Hansen');
  await contTo(page, 'check');
  await expectFocus(page, `${P}heading`);
  assert.equal(await rowValue(page, 'name'), 'Jens Peter Hansen');

  // An optional detail that was not given.
  assert.equal(await rowValue(page, 'access-period'), 'Ikke oplyst');
  await page.click('button[data-field="access-period"]');
  await atStep(page, 'details');
  await expectFocus(page, `${P}access-period`);
  await page.keyboard.type('Fra 2020 til i dag');
  await page.keyboard.press('Enter');
  await atStep(page, 'check');
  assert.equal(await rowValue(page, 'access-period'), 'Fra 2020 til i dag');

  // A radio group: the first option takes focus.
  await page.click('button[data-field="route"]');
  await atStep(page, 'route');
  await expectFocus(page, `${P}route`);
  await pick(page, 'route', 'email');
  await contTo(page, 'check');
  assert.equal(await rowValue(page, 'route'), 'E-mail til stevns@stevns.dk');

  // "Tilbage" after "Ret" also returns to the check page, keeping what was typed.
  await page.click('button[data-field="phone"]');
  await atStep(page, 'person');
  await expectFocus(page, `${P}phone`);
  await fill(page, 'phone', '56 57 57 57');
  await back(page, 'check');
  assert.equal(await rowValue(page, 'phone'), '56 57 57 57');

  // Changing the right shows its "about" page and then its questions, then back to check.
  await page.click('button[data-field="right"]');
  await atStep(page, 'right');
  await expectFocus(page, `${P}right`);
  await pick(page, 'right', 'erasure');
  await contTo(page, 'about');
  assert.equal(await text(page, `#${P}heading`), 'Få slettet oplysninger (sletning)');
  await contTo(page, 'details');
  await fill(page, 'erase-which', 'Gamle sagsnotater');
  await pick(page, 'erase-ground', 'not-needed');
  await contTo(page, 'check');
  assert.equal(await rowValue(page, 'right'), 'Få slettet oplysninger (sletning)');
  assert.equal(await rowValue(page, 'erase-which'), 'Gamle sagsnotater');
  assert.equal(await rowValue(page, 'name'), 'Jens Peter Hansen');

  // Changing "who" to someone else: Fortsæt skips the complete steps and stops where the new
  // questions are; "Tilbage" instead leaves them unanswered, and "Lav brevet" then shows them.
  await page.click('button[data-field="who"]');
  await atStep(page, 'who');
  await expectFocus(page, `${P}who`);
  await pick(page, 'who', 'behalf');
  await contTo(page, 'person');
  assert.equal(await page.locator(`#${P}other-name`).count(), 1);
  assert.equal(await value(page, 'name'), 'Jens Peter Hansen');
  await back(page, 'check');
  assert.equal(await rowValue(page, 'other-name'), 'Ikke oplyst');
  await button(page, T.da.create).click();
  await atStep(page, 'person');
  await expectFocus(page, `${P}error-summary`);
  assert.deepEqual(await summaryLinks(page), [
    [`#${P}other-name`, 'Skriv det fulde navn på den person, du handler på vegne af'],
    [`#${P}relation`, 'Vælg hvad der giver dig ret til at skrive for personen'],
  ]);
  await fill(page, 'other-name', 'Ida Hansen');
  await pick(page, 'relation', 'poa');
  await contTo(page, 'check');
  assert.equal(await rowValue(page, 'other-name'), 'Ida Hansen');

  await button(page, T.da.create).click();
  const l = await letter(page);
  assert.ok(l.subject.startsWith('Anmodning om sletning (art. 17) på vegne af Ida Hansen'), l.subject);
  assert.ok(l.body.includes('Jeg skriver på vegne af Ida Hansen om de personoplysninger, I behandler om Ida Hansen. Jeg har en fuldmagt fra Ida Hansen.'), l.body);
  await finish(page);
});

test('URL parameters: ?step stops at the first unanswered question', async () => {
  let page = await browser.open('?step=send');
  await atStep(page, 'who');
  await finish(page);
  page = await browser.open('?right=erasure&step=details');
  await atStep(page, 'who');
  await pick(page, 'who', 'myself');
  await contTo(page, 'right');
  assert.equal(await checkedValue(page, 'right'), 'erasure');
  await finish(page);
  page = await browser.open('?right=erasure&who=myself&route=email&step=check');
  await atStep(page, 'details');
  assert.equal(await text(page, 'p.srw-caption'), T.da.stepOf(4));
  await finish(page);
});

browser.testNoProblems();
