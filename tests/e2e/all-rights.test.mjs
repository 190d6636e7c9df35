// Every right, in both languages: the details it asks for, and the article the letter cites.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './fixture.mjs';
import {
  P, T, RIGHTS, finish, atStep, contTo, fill, button, text, rowValue, letter, parseMailto,
  CPR_SHAPED,
} from './helpers.mjs';

const browser = useBrowser();

const NAMES = {
  da: {
    access: 'Se mine oplysninger (indsigt)',
    rectification: 'Få rettet noget, der er forkert (berigtigelse)',
    erasure: 'Få slettet oplysninger (sletning)',
    restriction: 'Få brugen af oplysninger sat på pause (begrænsning)',
    objection: 'Få kommunen til at stoppe brugen af mine oplysninger (indsigelse)',
    consent: 'Trække et samtykke tilbage',
    portability: 'Få mine oplysninger i en fil, jeg kan tage med (dataportabilitet)',
    automated: 'Spørge til en automatisk afgørelse',
    source: 'Få at vide, hvor mine oplysninger kommer fra',
  },
  en: {
    access: 'See my data (access)',
    rectification: 'Have something wrong corrected (rectification)',
    erasure: 'Have data erased (erasure)',
    restriction: 'Have the use of data paused (restriction)',
    objection: 'Get the municipality to stop using my data (objection)',
    consent: 'Withdraw consent',
    portability: 'Get my data in a file I can take elsewhere (data portability)',
    automated: 'Ask about an automated decision',
    source: 'Find out where my data came from',
  },
};

/** From the details step (reached by URL parameters) to the send page. */
async function complete(right, l, route = 'digital-post') {
  const page = await browser.open(`?right=${right}&who=myself&lang=${l}&route=${route}&step=details`);
  await atStep(page, 'details');
  // Starting on a later step must not move focus away from the host page.
  assert.equal(await page.evaluate(() => document.activeElement === document.body), true);
  assert.equal(await page.getAttribute('section.srw', 'lang'), l);
  assert.equal(await text(page, 'p.srw-caption'), T[l].stepOf(4));
  assert.equal(await text(page, '.srw-caption-right'), NAMES[l][right]);
  await RIGHTS[right].fill(page);
  await contTo(page, 'person');
  await fill(page, 'name', 'Jens Hansen');
  await fill(page, 'cpr', '010180-1234');
  // Required on the e-mail route: the letter carries no CPR number.
  await fill(page, 'address', 'Testvej 1, 4660 Store Heddinge');
  await contTo(page, 'route');
  await contTo(page, 'check');
  assert.equal(await rowValue(page, 'right'), NAMES[l][right]);
  await button(page, T[l].create).click();
  return { page, letter: await letter(page) };
}

for (const l of ['da', 'en']) {
  describe(`every right by Digital Post (${l})`, () => {
    for (const [right, spec] of Object.entries(RIGHTS)) {
      test(`${right}: ${spec[l].article}`, async () => {
        const { page, letter: out } = await complete(right, l);
        const { subject, article, body } = spec[l];
        assert.equal(out.subject, `${subject} (${article}) – ref. ${out.reference}`);
        assert.ok(out.body.includes(`${subject} (${article})`), `body repeats the subject line:\n${out.body}`);
        assert.ok(out.body.includes(body), `body cites "${body}":\n${out.body}`);
        assert.ok(out.body.includes(spec.typed), `body has the details typed:\n${out.body}`);
        assert.ok(out.body.includes('010180-1234'), 'Digital Post carries the CPR number');
        assert.ok(out.body.includes(l === 'da' ? 'artikel 12, stk. 3' : 'Article 12(3)'), 'asks for an answer within the deadline');
        if (right === 'consent') {
          // A withdrawal takes effect on receipt: no one-month deadline, no calendar reminder.
          assert.match(out.deadline, l === 'da' ? /så snart kommunen har fået brevet/ : /as soon as the municipality receives the letter/);
          assert.doesNotMatch(out.deadline, l === 'da' ? /senest den/ : /must answer by/);
          assert.equal(await page.locator(`#${P}calendar`).count(), 0, 'no .ics for a withdrawal');
        } else {
          assert.match(out.deadline, l === 'da' ? /^Kommunen skal svare senest (mandag|tirsdag|onsdag|torsdag|fredag) den / : /^The municipality must answer by /);
          assert.equal(await page.locator(`#${P}calendar`).count(), 1);
        }
        if (right === 'automated') {
          // Both requests are ticked by default, so both paragraphs are in the letter.
          assert.ok(out.body.includes(l === 'da' ? 'logikken bag afgørelsen' : 'the logic involved'), out.body);
          assert.ok(out.body.includes(l === 'da' ? 'en medarbejder ser på afgørelsen' : 'a member of staff to look at the decision'), out.body);
        }
        assert.equal(await page.getAttribute(`#${P}digital-post`, 'href'), 'https://www.borger.dk/');
        await finish(page);
      });
    }
  });
}

describe('by e-mail', () => {
  for (const [l, right] of [['da', 'objection'], ['en', 'consent']]) {
    test(`${l}: ${right} by e-mail carries the article and no CPR number`, async () => {
      const { page, letter: out } = await complete(right, l, 'email');
      const { subject, article, body } = RIGHTS[right][l];
      const mail = parseMailto(await page.getAttribute(`#${P}mailto`, 'href'));
      assert.equal(mail.to, 'stevns@stevns.dk');
      assert.deepEqual(mail.params.map(([k]) => k), ['subject', 'body']);
      assert.equal(mail.get('subject'), `${subject} (${article}) – ref. ${out.reference}`);
      assert.ok(mail.get('body').includes(body), mail.get('body'));
      assert.ok(mail.get('body').includes('Jens Hansen'));
      assert.ok(mail.get('body').includes(RIGHTS[right].typed));
      assert.doesNotMatch(mail.get('body'), CPR_SHAPED);
      assert.doesNotMatch(out.body, CPR_SHAPED);
      await finish(page);
    });
  }
});

describe('the consent page', () => {
  for (const l of ['da', 'en']) {
    test(`${l}: the withdrawal takes effect on receipt; only the erasure has the month`, async () => {
      const page = await browser.open(`?right=consent&who=myself&lang=${l}&step=about`);
      await atStep(page, 'about');
      const body = await text(page, '.srw-page');
      assert.match(body, l === 'da' ? /Hvornår gælder det\?/ : /When does it take effect\?/);
      assert.match(body, l === 'da' ? /så snart kommunen har fået brevet/ : /as soon as the municipality receives the letter/);
      assert.match(body, l === 'da' ? /straks og senest en måned/ : /without delay and at the latest within one month/);
      assert.doesNotMatch(body, l === 'da' ? /åbenbart grundløs/ : /manifestly unfounded/);
      await finish(page);
    });
  }
});

describe('what the about pages add to the limits', () => {
  // Each fact as a citizen reads it on the page: the first copy free (art. 15(3)), recipients
  // told (art. 19), the decision itself appealable with its own deadline, an objection often
  // refused for a statutory task, a photo taken without consent is nothing to withdraw.
  const FACTS = {
    access: ['Den første kopi er gratis. Beder du om flere kopier, kan kommunen tage et rimeligt gebyr'],
    rectification: ['Du kan få at vide, hvem de er (art. 19).', 'I sager, hvor kommunen træffer en afgørelse, har den notatpligt.'],
    automated: ['Vil du klage over selve afgørelsen, så se klagevejledningen i den.', 'Vent ikke på svar her'],
    objection: ['får du ofte et afslag'],
    consent: ['Har du ikke sagt ja til et billede, er der ikke noget at trække tilbage.'],
  };
  for (const [right, facts] of Object.entries(FACTS)) {
    test(`da: ${right}`, async () => {
      const page = await browser.open(`?right=${right}&who=myself&lang=da&step=about`);
      await atStep(page, 'about');
      const body = await text(page, '.srw-page');
      for (const fact of facts) assert.ok(body.includes(fact), `${fact}\n${body}`);
      if (right !== 'access') assert.doesNotMatch(body, /første kopi/);
      await finish(page);
    });
  }
});

browser.testNoProblems({ count: 27 });
