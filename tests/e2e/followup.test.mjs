// Follow-ups in the browser: a citizen who sent an access request 40 days ago and heard nothing
// writes a reminder; one who was refused writes a complaint to Datatilsynet — in both
// languages, by every route. (The calendar files and the dates are in calendar.test.mjs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './fixture.mjs';
import { P, atStep, cont } from './helpers.mjs';

const browser = useBrowser();

const T = {
  da: { already: 'Jeg har allerede sendt en anmodning', create: 'Lav brevet' },
  en: { already: 'I have already sent a request', create: 'Create the letter' },
};

/** dd-mm-yyyy for a date `days` before today (local time, as the widget counts). */
function daysAgo(days) {
  const d = new Date();
  d.setDate(d.getDate() - days);
  return `${String(d.getDate()).padStart(2, '0')}-${String(d.getMonth() + 1).padStart(2, '0')}-${d.getFullYear()}`;
}

async function original(page, lang, kind, right, date, extended = 'no') {
  await page.click(`button:text-is("${T[lang].already}")`);
  await atStep(page, 'follow-kind');
  assert.equal(await page.evaluate(() => document.activeElement.id), `${P}heading`);
  await page.check(`#${P}follow-kind${kind === 'reminder' ? '' : '-complaint'}`);
  // A follow-up asks whom it is about, as a new request does.
  await cont(page); await atStep(page, 'who');
  await page.check(`#${P}who`);
  await cont(page); await atStep(page, 'original');
  await page.check(right === 'access' ? `#${P}orig-right` : `#${P}orig-right-${right}`);
  await page.fill(`#${P}orig-date`, date);
  await page.fill(`#${P}orig-ref`, 'SK-ABC234');
  // Only a reminder asks whether the municipality extended the period.
  if (kind === 'reminder') await page.check(extended === 'yes' ? `#${P}orig-extended` : `#${P}orig-extended-no`);
  await cont(page);
}

async function person(page, lang) {
  await atStep(page, 'person');
  await page.fill(`#${P}name`, 'Jens Hansen');
  await page.fill(`#${P}cpr`, '010180-1234');
  await page.fill(`#${P}address`, 'Rådhuspladsen 4, 4660 Store Heddinge');
  await cont(page); await atStep(page, 'route');
}

async function toSend(page, lang) {
  await cont(page); await atStep(page, 'check');
  await page.click(`button:text-is("${T[lang].create}")`); await atStep(page, 'send');
  // A reminder or a complaint is not a request: the page speaks of the letter.
  assert.equal((await page.textContent('.srw-panel .srw-body')).trim(),
    lang === 'da' ? 'Brevet er ikke sendt endnu. Følg trinene herunder.' : 'The letter has not been sent yet. Follow the steps below.');
  return { subject: await page.textContent(`#${P}subject`), body: await page.textContent(`#${P}body`) };
}

for (const lang of ['da', 'en']) {
  for (const route of ['digital-post', 'email']) {
    test(`${lang}: a reminder 40 days after an access request, by ${route}`, async () => {
      const page = await browser.openWidget(`?lang=${lang}`);
      await original(page, lang, 'reminder', 'access', daysAgo(40));
      await person(page, lang);
      if (route === 'email') await page.check(`#${P}route-email`);
      const { subject, body } = await toSend(page, lang);
      if (lang === 'da') {
        // The reminder's subject carries the first request's reference, so it finds its case.
        assert.match(subject, /^Rykker: Anmodning om indsigt \(art\. 15\) – ref\. SK-ABC234$/);
        assert.match(body, /^Til Stevns Kommune/);
        assert.match(body, /sendte jeg jer denne anmodning: Anmodning om indsigt \(art\. 15\), ref\. SK-ABC234\./);
        assert.match(body, /artikel 12, stk\. 3\)\. Den udløb \p{L}+ den \d+\. \p{L}+ \d{4}/u);
      } else {
        assert.match(subject, /^Reminder: Request for access \(Article 15 GDPR\) – ref\. SK-ABC234$/);
        assert.match(body, /I sent you this request: Request for access \(Article 15 GDPR\), ref\. SK-ABC234\./);
        assert.match(body, /Article 12\(3\)/);
      }
      if (route === 'email') {
        const href = await page.getAttribute(`#${P}mailto`, 'href');
        assert.ok(href.startsWith('mailto:stevns@stevns.dk?subject='));
        assert.ok(!decodeURIComponent(href).includes('010180'), 'no CPR by e-mail');
        assert.ok(!body.includes('010180'));
      } else {
        assert.ok(body.includes('010180-1234'));
        assert.equal(await page.getAttribute(`#${P}digital-post`, 'target'), '_blank');
      }
      assert.deepEqual(page.problems, []);
      await page.close();
    });
  }

  for (const route of ['digital-post', 'email', 'web']) {
    test(`${lang}: a complaint to Datatilsynet about a refused erasure, by ${route}`, async () => {
      const page = await browser.openWidget(`?lang=${lang}`);
      await original(page, lang, 'complaint', 'erasure', daysAgo(20));
      await atStep(page, 'outcome');
      await cont(page);
      await page.waitForSelector(`#${P}error-summary`);
      assert.equal(await page.evaluate(() => document.activeElement.id), `${P}error-summary`);
      await page.check(`#${P}outcome`);
      // After a refusal the page asks whether it came with reasons and complaint information.
      await page.waitForSelector(`#${P}outcome-informed`);
      await page.check(`#${P}outcome-informed`);
      await page.fill(`#${P}reply`, 'Vi sletter ikke, på grund af journaliseringspligt.');
      await page.fill(`#${P}disagree`, 'Oplysningerne har intet med en sag at gøre.');
      await cont(page);
      await person(page, lang);
      if (route !== 'digital-post') await page.check(`#${P}complaint-route-${route}`);
      const { subject, body } = await toSend(page, lang);
      if (lang === 'da') {
        assert.match(subject, /^Klage over Stevns Kommune i sagen om anmodning om sletning \(art\. 17\) – ref\. /);
        assert.match(body, /^Til Datatilsynet/);
        assert.match(body, /artikel 77/);
        assert.match(body, /Hvad der skete\nKommunen har afvist anmodningen\./);
        assert.ok(body.includes('Klagen gælder den dataansvarlige: Stevns Kommune, Rådhuspladsen 4, 4660 Store Heddinge, CVR-nr. 29 20 86 54.'), body);
        // A refusal with reasons is complained about on its substance, not as a breach of 12(4).
        assert.ok(body.includes('Jeg mener ikke, at kommunen havde ret til at afslå anmodningen efter databeskyttelsesforordningens artikel 17. Jeg beder Datatilsynet tage stilling til det.'), body);
        assert.doesNotMatch(body, /artikel 12, stk\. 4|ikke overholdt/);
        assert.match(body, route === 'email' ? /Jeg har disse bilag\./ : /Jeg vedhæfter:\n- Anmodningen af .*, ref\. SK-ABC234\n- Kommunens svar/);
      } else {
        assert.match(subject, /^Complaint about Stevns Kommune: Request for erasure \(Article 17 GDPR\) – ref\. /);
        assert.match(body, /^To Datatilsynet/);
        assert.match(body, /What happened\nThe municipality refused the request\./);
        assert.ok(body.includes('The complaint concerns the controller: Stevns Kommune, Rådhuspladsen 4, 4660 Store Heddinge, CVR no. 29 20 86 54.'), body);
        assert.ok(body.includes('I do not believe the municipality was entitled to refuse the request under Article 17 of the General Data Protection Regulation.'), body);
        assert.doesNotMatch(body, /Article 12\(4\)|not complied/);
        assert.match(body, route === 'email' ? /I have these documents\./ : /I attach:\n- The request of .*, ref\. SK-ABC234\n- The municipality's answer/);
      }
      assert.ok(body.includes('Oplysningerne har intet med en sag at gøre.'));
      assert.ok(body.includes('Rådhuspladsen 4, 4660 Store Heddinge'));
      assert.match(await page.textContent('.srw'), /Carl Jacobsens Vej 35, 2500 Valby/);
      if (route === 'email') {
        assert.doesNotMatch(body, /vedhæft|attach/i, 'nothing can be attached to a mailto e-mail');
        const href = await page.getAttribute(`#${P}mailto`, 'href');
        assert.ok(href.startsWith('mailto:dt@datatilsynet.dk?subject='), href);
        assert.ok(!decodeURIComponent(href).includes('010180'));
      } else if (route === 'web') {
        assert.equal(await page.getAttribute(`#${P}complaint-web`, 'href'), 'https://www.datatilsynet.dk/');
        assert.ok(body.includes('010180-1234'), 'the web form is not e-mail');
      } else {
        assert.match(await page.textContent('.srw-section'), lang === 'da' ? /vælg Datatilsynet som modtager/ : /choose Datatilsynet as the recipient/);
      }
      assert.deepEqual(page.problems, []);
      await page.close();
    });
  }
}

test('a reminder before the deadline is refused with the date, and the date is kept', async () => {
  const page = await browser.openWidget();
  await original(page, 'da', 'reminder', 'access', daysAgo(10));
  await page.waitForSelector(`#${P}error-summary`);
  assert.match(await page.textContent(`#${P}orig-date-error`),
    /Kommunens frist udløber først \p{L}+ den \d+\. \p{L}+ \d{4}\. Har du ikke fået svar inden da, kan du sende en rykker fra \p{L}+ den \d+\. \p{L}+ \d{4}\./u);
  assert.equal(await page.inputValue(`#${P}orig-date`), daysAgo(10));
  await page.close();
});

test('a refusal without reasons: only the citizen\'s "nej" makes the complaint cite art. 12(4)', async () => {
  const page = await browser.openWidget('?lang=da');
  await original(page, 'da', 'complaint', 'access', daysAgo(20));
  await atStep(page, 'outcome');
  assert.equal(await page.locator(`#${P}outcome-informed`).count(), 0, 'asked only after a refusal');
  await page.check(`#${P}outcome-partial`);
  await page.waitForSelector(`#${P}outcome-informed`);
  assert.match(await page.textContent(`#${P}outcome-informed-hint`), /art\. 12, stk\. 4/);
  await page.check(`#${P}outcome-informed-no`);
  await page.fill(`#${P}disagree`, 'Jeg fik ikke at vide hvorfor.');
  await cont(page);
  await person(page, 'da');
  const { body } = await toSend(page, 'da');
  assert.ok(body.includes('Jeg mener ikke, at kommunen havde ret til at afslå anmodningen delvist'), body);
  assert.match(body, /Det har kommunen ikke overholdt: Afslaget kom uden begrundelse eller uden den oplysning \(databeskyttelsesforordningens artikel 12, stk\. 4\)\./);
  await page.close();
});

test('no answer: the complaint asks about an extension, takes remarks, and speaks of a complaint when too early', async () => {
  const page = await browser.openWidget('?lang=da');
  await original(page, 'da', 'complaint', 'access', daysAgo(20));
  await atStep(page, 'outcome');
  await page.check(`#${P}outcome-none`);
  await page.waitForSelector(`#${P}orig-extended`);
  assert.equal(await page.locator(`#${P}reply`).count(), 0, 'no reply to quote');
  assert.match(await page.textContent(`label[for="${P}disagree"]`), /Vil du tilføje noget\?/);
  await page.check(`#${P}orig-extended-no`);
  await cont(page);
  // Twenty days on, the month has not passed: the message is about a complaint.
  await page.waitForSelector(`#${P}error-summary`);
  const summary = await page.textContent(`#${P}error-summary`);
  assert.match(summary, /kan du klage fra/);
  assert.match(summary, /Du kan også sende en rykker først\./);
  assert.doesNotMatch(summary, /kan du sende en rykker fra/);
  await page.close();
});
