// Whole journeys through the wizard, as a citizen clicks through them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useBrowser } from './fixture.mjs';
import {
  P, T, finish, atStep, contTo, cont, pick, fill, button, text, waitText, expectFocus, checkRows,
  rowValue, letter, parseMailto, CPR_SHAPED, expectedDeadline, deadlineText, recordEvents, events,
  checkedValue, lang, back, value, waitSome, noon,
} from './helpers.mjs';

const browser = useBrowser({ clipboard: true });

/** Start page → who → right → about, checking caption and focus on the way. */
async function startTo(page, { who = 'myself', right }) {
  const l = await lang(page);
  await atStep(page, 'start');
  await button(page, T[l].start).click();
  await atStep(page, 'who');
  await expectFocus(page, `${P}heading`);
  assert.equal(await text(page, 'p.srw-caption'), T[l].stepOf(1));
  await pick(page, 'who', who);
  await contTo(page, 'right');
  await expectFocus(page, `${P}heading`);
  assert.equal(await text(page, 'p.srw-caption'), T[l].stepOf(2));
  await pick(page, 'right', right);
  await contTo(page, 'about');
  await expectFocus(page, `${P}heading`);
  assert.equal(await text(page, 'p.srw-caption'), T[l].stepOf(3));
}

test('(a) Danish: access by Digital Post, from the start page to the letter', async () => {
  const page = await browser.open('');
  await recordEvents(page);
  assert.equal(await lang(page), 'da');
  assert.equal(await page.getAttribute('button:text-is("Dansk")', 'aria-pressed'), 'true');
  assert.equal(await page.getAttribute('button:text-is("English")', 'aria-pressed'), 'false');
  // The widget must not take focus from the host page on load.
  assert.notEqual(await page.evaluate(() => document.activeElement?.id), `${P}heading`);

  await startTo(page, { right: 'access' });
  assert.equal(await text(page, `#${P}heading`), 'Se mine oplysninger (indsigt)');
  // Only portability offers "Bed om indsigt i stedet".
  assert.equal(await button(page, T.da.access).count(), 0);
  await contTo(page, 'details');
  assert.equal(await text(page, 'p.srw-caption'), T.da.stepOf(4));
  await expectFocus(page, `${P}heading`);
  assert.equal(await text(page, `label[for="${P}access-areas"]`), 'Hvilke områder eller afdelinger drejer det sig om? (valgfrit)');
  await fill(page, 'access-areas', 'Jobcenter');
  await contTo(page, 'person');
  assert.equal(await text(page, 'p.srw-caption'), T.da.stepOf(5));
  // Someone acting for themselves is not asked about another person.
  assert.equal(await page.locator(`#${P}other-name`).count(), 0);
  await fill(page, 'name', 'Jens Hansen');
  await fill(page, 'cpr', '010180-1234');
  await fill(page, 'email', 'jens.hansen@example.dk');
  await contTo(page, 'route');
  assert.equal(await text(page, 'p.srw-caption'), T.da.stepOf(6));
  // Digital Post is preselected; its first option carries the group's id.
  assert.equal(await page.isChecked(`#${P}route`), true);
  assert.equal(await page.getAttribute(`#${P}route`, 'value'), 'digital-post');
  assert.equal(await text(page, `label[for="${P}route"]`), 'Digital Post (anbefalet)');
  await contTo(page, 'check');
  assert.equal(await text(page, 'p.srw-caption'), T.da.stepOf(7));
  assert.equal(await text(page, `#${P}heading`), 'Tjek dine svar');

  assert.equal(await rowValue(page, 'who'), 'Mig selv');
  assert.equal(await rowValue(page, 'right'), 'Se mine oplysninger (indsigt)');
  assert.equal(await rowValue(page, 'access-areas'), 'Jobcenter');
  assert.equal(await rowValue(page, 'access-period'), 'Ikke oplyst');
  assert.equal(await rowValue(page, 'name'), 'Jens Hansen');
  assert.equal(await rowValue(page, 'cpr'), '010180-1234');
  assert.equal(await rowValue(page, 'email'), 'jens.hansen@example.dk');
  assert.equal(await rowValue(page, 'route'), 'Digital Post (anbefalet)');
  const rows = await checkRows(page);
  assert.ok(rows.every((r) => r.field), 'every row has a "Ret" button');

  await button(page, T.da.create).click();
  const l = await letter(page);
  await expectFocus(page, `${P}heading`);
  assert.equal(await page.locator('p.srw-caption').count(), 0, 'the send page is not a numbered step');
  assert.match(l.reference, /^SK-[2-9A-HJKMNP-Z]{6}$/);
  assert.ok(l.subject.includes('Anmodning om indsigt (art. 15)'), l.subject);
  assert.ok(l.subject.includes(l.reference), `subject ${l.subject} carries ${l.reference}`);
  assert.equal(l.subject, `Anmodning om indsigt (art. 15) – ref. ${l.reference}`);
  for (const s of ['artikel 15', 'Jens Hansen', '010180-1234', 'Jobcenter', 'jens.hansen@example.dk', 'Til Stevns Kommune']) {
    assert.ok(l.body.includes(s), `letter body should contain ${s}:\n${l.body}`);
  }
  assert.ok(l.body.includes(`Brevets referencenummer: ${l.reference}`));
  const deadline = await expectedDeadline(page, 'da');
  assert.ok(l.deadline.startsWith(`Kommunen skal svare senest ${deadline}`), l.deadline);

  const dp = page.locator(`#${P}digital-post`);
  assert.equal(await dp.getAttribute('href'), 'https://www.borger.dk/');
  assert.equal(await dp.getAttribute('target'), '_blank');
  assert.match(await dp.getAttribute('rel'), /noopener/);
  assert.equal((await dp.textContent()).trim(), 'Åbn Digital Post (åbner i en ny fane)');
  assert.equal(await text(page, `#${P}digital-post .srw-visually-hidden`), '(åbner i en ny fane)');
  assert.equal(await page.locator('ol.srw-list--number > li').count(), 5, 'numbered Digital Post steps');
  assert.equal(await page.locator(`#${P}mailto`).count(), 0);

  // Copy: the text reaches the clipboard and the live region says so.
  await button(page, T.da.copy).click();
  await waitText(page, `#${P}status`, 'Teksten er kopieret.');
  assert.equal(await page.getAttribute(`#${P}status`, 'aria-live'), 'polite');
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(clip.startsWith(`Emne: ${l.subject}`), clip.slice(0, 120));
  assert.ok(clip.includes('010180-1234'));

  // Download: a .txt named after the reference, holding subject and letter.
  const [download] = await Promise.all([page.waitForEvent('download'), button(page, T.da.download).click()]);
  assert.equal(download.suggestedFilename(), `anmodning-${l.reference}.txt`);
  const file = await readFile(await download.path(), 'utf8');
  assert.ok(file.startsWith(`Emne: ${l.subject}`));
  assert.ok(file.includes('artikel 15'));
  // The widget cannot know the file arrived (in-app browsers ignore downloads): it says what
  // to do if it did not, and never "Filen er hentet".
  await waitText(page, `#${P}status`, 'Kom den ikke frem? Brug ”Kopiér teksten” i stedet.');
  assert.doesNotMatch(await page.textContent(`#${P}status`), /hentet/);

  // Print: window.print is called (stubbed here) and the host page is restored afterwards.
  await page.evaluate(() => {
    window.__printed = 0;
    window.print = () => {
      window.__printedWithClass = document.documentElement.classList.contains('srw-printing');
      window.__printed += 1;
    };
  });
  await button(page, T.da.print).click();
  await page.waitForFunction(() => window.__printed === 1);
  assert.equal(await page.evaluate(() => window.__printedWithClass), true);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('srw-printing')), false);

  // Host events: fixed names only, bubbling from the mount element, never typed data.
  const ev = await events(page);
  const steps = ev.filter((e) => e.type === 'rights-wizard:step').map((e) => e.detail.step);
  assert.deepEqual(steps, ['who', 'right', 'about', 'details', 'person', 'route', 'check', 'send']);
  const handoffs = ev.filter((e) => e.type === 'rights-wizard:handoff').map((e) => e.detail.action);
  assert.deepEqual(handoffs, ['copy', 'download', 'print']);
  for (const e of ev) {
    assert.ok(e.bubbles && e.fromMount, JSON.stringify(e));
    assert.deepEqual(Object.keys(e.detail).sort(), ['action', 'right', 'route', 'step']);
    assert.doesNotMatch(JSON.stringify(e.detail), /Jens|010180|Jobcenter|example/);
  }
  assert.deepEqual(ev.at(-1).detail, { step: 'send', right: 'access', route: 'digital-post', action: 'print' });
  await finish(page);
});

/** Runs erasure by e-mail from the start page in the page's language and returns the letter. */
async function erasureByEmail(page, l) {
  await startTo(page, { right: 'erasure' });
  await contTo(page, 'details');
  await fill(page, 'erase-which', 'Journalnotat om mit barn 311299-3999 og nr. 0101801234 fra 2019');
  await pick(page, 'erase-ground', 'unlawful');
  await fill(page, 'erase-reason', l === 'da' ? 'Det blev aldrig brugt.' : 'It was never used.');
  await contTo(page, 'person');
  await fill(page, 'name', 'Jens Hansen');
  await fill(page, 'cpr', '010180-1234');
  await fill(page, 'address', 'Testvej 1, 4660 Store Heddinge');
  await contTo(page, 'route');
  await pick(page, 'route', 'email');
  // Choosing e-mail with a CPR number given warns that it is left out.
  await waitSome(page, '.srw-inset', l === 'da' ? 'Dit CPR-nummer er ikke med i e-mailen.' : 'Your CPR number is not in the email.');
  await contTo(page, 'check');
  assert.equal(await rowValue(page, 'cpr'), l === 'da' ? '010180-1234 (Udelades i e-mail)' : '010180-1234 (Left out of the email)');
  assert.equal(await rowValue(page, 'route'), l === 'da' ? 'E-mail til stevns@stevns.dk' : 'Email to stevns@stevns.dk');
  await button(page, T[l].create).click();
  const out = await letter(page);
  assert.equal(await page.locator(`#${P}digital-post`).count(), 0);
  const href = await page.getAttribute(`#${P}mailto`, 'href');
  return { ...out, href, mail: parseMailto(href) };
}

function assertErasureMail(r, l) {
  const { mail } = r;
  assert.equal(mail.to, 'stevns@stevns.dk');
  assert.deepEqual(mail.params.map(([k]) => k), ['subject', 'body'], r.href);
  const subject = mail.get('subject');
  const body = mail.get('body');
  assert.equal(subject, r.subject, 'the e-mail subject is the one shown');
  assert.ok(subject.includes(l === 'da' ? 'Anmodning om sletning (art. 17)' : 'Request for erasure (Article 17 GDPR)'), subject);
  assert.ok(subject.includes(r.reference));
  assert.ok(body.includes(l === 'da' ? 'artikel 17' : 'Article 17'), body);
  assert.ok(body.includes('Jens Hansen'), body);
  assert.ok(body.includes('Journalnotat om mit barn'), body);
  assert.doesNotMatch(body, CPR_SHAPED, `no CPR-shaped number may be in the e-mail:\n${body}`);
  assert.doesNotMatch(subject, CPR_SHAPED);
  assert.doesNotMatch(r.href, /010180|311299|0101801234/);
  const masked = l === 'da' ? '[CPR-nummer fjernet]' : '[CPR number removed]';
  assert.equal(body.split(masked).length - 1, 2, `both numbers typed in free text are masked:\n${body}`);
  // The letter shown for the e-mail route is the same safe text.
  assert.doesNotMatch(r.body, CPR_SHAPED);
  assert.ok(!body.includes(l === 'da' ? 'Brevet er for langt' : 'too long'));
}

test('(b) Danish: erasure by e-mail never carries a CPR number', async () => {
  const page = await browser.open('');
  const r = await erasureByEmail(page, 'da');
  assertErasureMail(r, 'da');
  assert.equal(r.mail.get('body').replace(/\r\n/g, '\n'), r.body, 'the e-mail body is the letter shown');
  await waitSome(page, '.srw-inset', 'Dit CPR-nummer er ikke med i e-mailen.');
  await waitSome(page, '.srw-inset', 'Noget i teksten lignede et CPR-nummer. Det er taget ud af e-mailen.');
  assert.equal(await page.locator('.srw-inset', { hasText: 'Brevet er for langt' }).count(), 0);
  assert.equal((await page.innerText(`#${P}mailto`)).trim(), 'Åbn e-mail med brevet');
  await finish(page);
});

test('(c) English (?lang=en): erasure by e-mail', async () => {
  const page = await browser.open('?lang=en');
  assert.equal(await lang(page), 'en');
  assert.equal(await page.getAttribute('button:text-is("English")', 'aria-pressed'), 'true');
  const r = await erasureByEmail(page, 'en');
  assertErasureMail(r, 'en');
  assert.ok(r.subject.startsWith('Request for erasure (Article 17 GDPR) – ref. SK-'), r.subject);
  assert.ok(r.deadline.startsWith(`The municipality must answer by ${await expectedDeadline(page, 'en')}`), r.deadline);
  await finish(page);
});

test('(c2) English by the language switch on the start page', async () => {
  const page = await browser.open('');
  await button(page, 'English').click();
  await page.waitForSelector('section.srw[lang="en"]');
  assert.equal(await page.getAttribute('button:text-is("English")', 'aria-pressed'), 'true');
  assert.equal(await page.getAttribute('button:text-is("Dansk")', 'aria-pressed'), 'false');
  const r = await erasureByEmail(page, 'en');
  assertErasureMail(r, 'en');
  await finish(page);
});

test('(b2) a letter too long for a mailto link becomes a short pointer with a warning', async () => {
  const page = await browser.open('?right=erasure&who=myself&route=email&step=details');
  await atStep(page, 'details');
  const long = 'Alle notater om min familie fra årene 2010 til 2020. '.repeat(30);
  await fill(page, 'erase-which', long);
  await pick(page, 'erase-ground', 'not-needed');
  await contTo(page, 'person');
  await fill(page, 'name', 'Jens Hansen');
  await fill(page, 'address', 'Testvej 1, 4660 Store Heddinge');
  await contTo(page, 'route');
  await contTo(page, 'check');
  await button(page, T.da.create).click();
  const l = await letter(page);
  assert.ok(l.body.includes(long.trim()), 'the shown letter keeps the whole text');
  const href = await page.getAttribute(`#${P}mailto`, 'href');
  assert.ok(href.length <= 1800, `href is ${href.length} characters`);
  const mail = parseMailto(href);
  assert.deepEqual(mail.params.map(([k]) => k), ['subject', 'body']);
  assert.equal(mail.get('subject'), l.subject);
  assert.ok(mail.get('body').includes(l.reference), mail.get('body'));
  assert.ok(!mail.get('body').includes('Alle notater'), 'the long text is not in the link');
  await waitSome(page, '.srw-inset', 'Brevet er for langt');
  await finish(page);
});

test('(b3) typed text cannot add mail headers or parameters to the mailto link', async () => {
  const page = await browser.open('?right=erasure&who=myself&route=email&step=details');
  await atStep(page, 'details');
  const which = 'Linje 1\nLinje 2 & cc=evil@x.dk?bcc=y@z.dk #frag 100% +plus æøå';
  await fill(page, 'erase-which', which);
  await pick(page, 'erase-ground', 'not-needed');
  await fill(page, 'erase-reason', 'Se sag&body=hacked&to=evil@x.dk 010180 1234');
  await contTo(page, 'person');
  await fill(page, 'name', 'Jens Hansen');
  await fill(page, 'address', 'Storegade 1&subject=x');
  await contTo(page, 'route');
  await contTo(page, 'check');
  await button(page, T.da.create).click();
  await letter(page);
  const href = await page.getAttribute(`#${P}mailto`, 'href');
  assert.equal(href.split('?').length, 2, href);
  assert.doesNotMatch(href, /[\s#]/, 'no raw spaces, line breaks or fragment in the link');
  const mail = parseMailto(href);
  assert.equal(mail.to, 'stevns@stevns.dk');
  assert.deepEqual(mail.params.map(([k]) => k), ['subject', 'body']);
  const body = mail.get('body');
  assert.ok(body.includes(which.replace('\n', '\r\n')), body);
  assert.ok(body.includes('Se sag&body=hacked&to=evil@x.dk [CPR-nummer fjernet]'), body);
  assert.ok(body.includes('Adresse: Storegade 1&subject=x'), body);
  assert.doesNotMatch(body, /\d{6}[ -]?\d{4}/);
  await finish(page);
});

test('(d) "Jeg er ikke sikker": the guide suggests erasure and says so', async () => {
  const page = await browser.open('');
  await button(page, 'Start').click();
  await atStep(page, 'who');
  await pick(page, 'who', 'myself');
  await contTo(page, 'right');
  await pick(page, 'right', 'unsure');
  await contTo(page, 'guide');
  assert.equal(await text(page, 'p.srw-caption'), T.da.stepOf(2));
  assert.equal(await text(page, `#${P}heading`), 'Hjælp til at vælge');
  await expectFocus(page, `${P}heading`);
  for (const [slug, v] of [['guide-wrong', 'no'], ['guide-delete', 'yes'], ['guide-consent', 'no'], ['guide-stop', 'no'], ['guide-origin', 'no']]) {
    await pick(page, slug, v);
  }
  await contTo(page, 'right');
  await expectFocus(page, `${P}heading`);
  assert.equal(await checkedValue(page, 'right'), 'erasure');
  assert.equal(await page.isChecked(`#${P}right-erasure`), true);
  await waitText(page, '.srw-inset[role="status"]', 'Ud fra dine svar foreslår vi: Få slettet oplysninger (sletning).');
  await contTo(page, 'about');
  assert.equal(await text(page, `#${P}heading`), 'Få slettet oplysninger (sletning)');
  await contTo(page, 'details');
  assert.equal(await page.locator(`#${P}erase-which`).count(), 1);
  await finish(page);
});

test('(d2) the guide with no "yes" suggests access; choosing another right hides the notice', async () => {
  const page = await browser.open('?who=myself&right=unsure&step=right');
  await atStep(page, 'right');
  assert.equal(await page.isChecked(`#${P}right-unsure`), true);
  await contTo(page, 'guide');
  for (const slug of ['guide-wrong', 'guide-delete', 'guide-consent', 'guide-stop', 'guide-origin']) {
    await pick(page, slug, 'no');
  }
  await contTo(page, 'right');
  assert.equal(await checkedValue(page, 'right'), 'access');
  await waitText(page, '.srw-inset[role="status"]', 'Se mine oplysninger (indsigt)');
  await pick(page, 'right', 'objection');
  await page.waitForSelector('.srw-inset[role="status"]', { state: 'detached' });
  await contTo(page, 'about');
  assert.equal(await text(page, `#${P}heading`), 'Få kommunen til at stoppe brugen af mine oplysninger (indsigelse)');
  await finish(page);
});

test('(e) portability: "Bed om indsigt i stedet" switches to access', async () => {
  const page = await browser.open('');
  await startTo(page, { right: 'portability' });
  assert.equal(await text(page, `#${P}heading`), 'Få mine oplysninger i en fil, jeg kan tage med (dataportabilitet)');
  await button(page, T.da.access).click();
  await page.waitForFunction((id) => document.getElementById(id)?.textContent.trim() === 'Se mine oplysninger (indsigt)', `${P}heading`);
  await atStep(page, 'about');
  await expectFocus(page, `${P}heading`);
  assert.equal(await button(page, T.da.access).count(), 0);
  await contTo(page, 'details');
  assert.equal(await page.locator(`#${P}access-areas`).count(), 1);
  assert.equal(await page.locator(`#${P}portability-which`).count(), 0);
  await back(page);
  await back(page);
  await atStep(page, 'right');
  assert.equal(await checkedValue(page, 'right'), 'access');
  await finish(page);
});

test('acting for someone else: their fields, the letter by Digital Post, and no CPR by e-mail', async () => {
  const page = await browser.open('?who=behalf&right=access&step=person');
  await atStep(page, 'person');
  await waitText(page, '.srw-form', 'Den person, du handler på vegne af');
  // The page asks about both people, and custody says whom it is for.
  assert.equal(await text(page, `#${P}heading`), 'Om dig og den anden person');
  await waitText(page, '.srw-form', 'Gælder børn under 18.');
  await cont(page);
  await expectFocus(page, `${P}error-summary`);
  const links = await page.$$eval(`#${P}error-summary a`, (as) => as.map((a) => [a.getAttribute('href'), a.textContent.trim()]));
  assert.deepEqual(links, [
    [`#${P}name`, 'Skriv dit fulde navn'],
    [`#${P}other-name`, 'Skriv det fulde navn på den person, du handler på vegne af'],
    [`#${P}relation`, 'Vælg hvad der giver dig ret til at skrive for personen'],
  ]);
  await fill(page, 'name', 'Jens Hansen');
  await fill(page, 'other-name', 'Ida Hansen');
  await fill(page, 'other-cpr', '010150-5000');
  await pick(page, 'relation', 'custody');
  await cont(page);
  await waitText(page, `#${P}error-summary`, 'Personens CPR-nummer viser, at personen er født efter i dag. Tjek tallene');
  // Custody ends at 18: a CPR number of an adult gets a message on the relation, kept as typed.
  await fill(page, 'other-cpr', '010180-1234');
  await cont(page);
  await waitText(page, `#${P}error-summary`, 'Forældremyndigheden ophører, når barnet fylder 18. Har du en fuldmagt, eller er du værge?');
  await waitText(page, `#${P}relation-error`, 'Forældremyndigheden ophører');
  assert.equal(await value(page, 'other-cpr'), '010180-1234');
  await fill(page, 'other-cpr', '150315-4321');
  await contTo(page, 'route');
  await contTo(page, 'check');
  assert.equal(await rowValue(page, 'other-name'), 'Ida Hansen');
  assert.equal(await rowValue(page, 'relation'), 'Jeg er forælder med forældremyndighed');
  await button(page, T.da.create).click();
  let l = await letter(page);
  // A case worker sees whose data and on what authority in the first lines.
  assert.match(l.subject, /^Anmodning om indsigt \(art\. 15\) på vegne af Ida Hansen – ref\. SK-/);
  const lines = l.body.split('\n').filter((x) => x.trim());
  assert.deepEqual(lines.slice(0, 4), [
    'Til Stevns Kommune',
    'Anmodning om indsigt (art. 15) på vegne af Ida Hansen',
    'Jeg skriver på vegne af Ida Hansen om de personoplysninger, I behandler om Ida Hansen. Jeg er forælder til Ida Hansen og har forældremyndigheden.',
    'CPR-nummer for Ida Hansen: 150315-4321',
  ]);
  assert.ok(lines[4].startsWith('Jeg beder om indsigt i de personoplysninger, som I behandler om Ida Hansen'), lines[4]);
  assert.doesNotMatch(l.body, /om mig|mine oplysninger|mine personoplysninger/);

  // Same answers by e-mail: the other person's CPR number is left out, and the address is
  // asked for (without a CPR number it is what finds the writer).
  await back(page);
  await atStep(page, 'check');
  await page.click(`button[data-field="route"]`);
  await atStep(page, 'route');
  await pick(page, 'route', 'email');
  await cont(page);
  await atStep(page, 'person');
  await waitText(page, `#${P}error-summary a`, 'Skriv din adresse. En e-mail har ikke dit CPR-nummer med, så kommunen skal kunne finde dig ud fra navn og adresse');
  await fill(page, 'address', 'Testvej 1, 4660 Store Heddinge');
  await contTo(page, 'check');
  await button(page, T.da.create).click();
  l = await letter(page);
  const mail = parseMailto(await page.getAttribute(`#${P}mailto`, 'href'));
  assert.doesNotMatch(mail.get('body'), CPR_SHAPED);
  // The full art. 15 list makes an access letter too long for a mailto link: the subject
  // still names the person, and the citizen pastes the copied text.
  assert.ok(mail.get('subject').includes('på vegne af Ida Hansen'), mail.get('subject'));
  await waitSome(page, '.srw-inset', 'Brevet er for langt');
  assert.doesNotMatch(l.body, /150315/);
  assert.ok(l.body.includes('Jeg sender ikke CPR-numre, fordi almindelig e-mail ikke er krypteret.'), l.body);
  assert.doesNotMatch(l.body, /vedhæft/);
  await waitSome(page, '.srw-body', 'Kommunen kan derfor skrive til dig med Digital Post for at bekræfte det. Så kan svaret tage længere tid');
  await finish(page);
});

test('an employee: the about page and the letter say so; "Lav en ny anmodning" starts afresh', async () => {
  const page = await browser.open('?who=employee&right=access&step=about');
  await atStep(page, 'about');
  await waitText(page, '.srw-page', 'Som ansat: Oplysningerne i IT-sager (TopDesk) kommer fra det center, du er ansat i.');
  await contTo(page, 'details');
  await pick(page, 'employee-it', 'no');
  await contTo(page, 'person');
  await fill(page, 'name', 'Jens Hansen');
  await contTo(page, 'route');
  await contTo(page, 'check');
  assert.equal(await rowValue(page, 'who'),
    'Mig som ansat i Stevns Kommune – det gælder mine oplysninger som ansat eller en IT-sag');
  await button(page, T.da.create).click();
  const l = await letter(page);
  assert.ok(l.body.includes('Jeg er ansat i kommunen, og anmodningen gælder mine oplysninger som ansat.'), l.body);
  assert.doesNotMatch(l.body, /IT-sag/, 'not about an IT case, so the letter does not say so');

  await button(page, 'English').click();
  await page.waitForSelector('section.srw[lang="en"]');
  await button(page, 'Make a new request').click();
  await atStep(page, 'start');
  await expectFocus(page, `${P}heading`);
  assert.equal(await lang(page), 'en', 'the language is kept');
  await button(page, 'Start').click();
  await atStep(page, 'who');
  assert.equal(await checkedValue(page, 'who'), '', 'the answers are gone');
  await pick(page, 'who', 'myself');
  await contTo(page, 'right');
  assert.equal(await checkedValue(page, 'right'), '');
  await pick(page, 'right', 'access');
  await contTo(page, 'about');
  await contTo(page, 'details');
  await contTo(page, 'person');
  assert.equal(await value(page, 'name'), '');
  await fill(page, 'name', 'Ida Hansen');
  await contTo(page, 'route');
  assert.equal(await checkedValue(page, 'route'), 'digital-post', 'Digital Post is preselected again');
  await contTo(page, 'check');
  await button(page, T.en.create).click();
  const l2 = await letter(page);
  assert.notEqual(l2.reference, l.reference, 'a new request gets a new reference');
  assert.ok(!l2.body.includes('Jens Hansen'));
  await finish(page);
});

test('the deadline is one month later, clamped to the month end and moved off the weekend (31 January → Sunday 28 February → Monday 1 March)', async () => {
  // Last test in this file: the fixed clock stays on the context.
  await browser.setToday(noon(2027, 1, 31));
  const page = await browser.open('?right=access&who=myself&step=check');
  // The name is still missing, so ?step=check stops at the person step.
  await atStep(page, 'person');
  await fill(page, 'name', 'Jens Hansen');
  await contTo(page, 'route');
  await contTo(page, 'check');
  await button(page, T.da.create).click();
  const l = await letter(page);
  assert.equal(deadlineText(2027, 1, 31, 'da'), 'mandag den 1. marts 2027');
  assert.ok(l.deadline.startsWith('Kommunen skal svare senest mandag den 1. marts 2027'), l.deadline);
  assert.ok(l.body.includes('Dato: 31. januar 2027'), l.body);
  await button(page, 'English').click();
  await waitText(page, `#${P}deadline`, 'The municipality must answer by Monday 1 March 2027');
  await finish(page);
});

browser.testNoProblems();
