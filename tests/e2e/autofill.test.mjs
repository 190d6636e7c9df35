// Autofill: browsers and password managers may fill "Om dig" without any `input` event
// (Safari's contact AutoFill), or with only `change`. What the citizen sees in a field is what
// the widget uses: "Fortsæt" reads the fields, and `change` counts as well as `input`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './fixture.mjs';
import { P, T, finish, atStep, cont, button, letter, rowValue, waitText } from './helpers.mjs';

const browser = useBrowser();

/** Sets each field's value as autofill does: `el.value = …`, then only the given events. */
async function autofill(page, values, events = []) {
  await page.evaluate(({ P, values, events }) => {
    for (const [slug, v] of Object.entries(values)) {
      const el = document.getElementById(P + slug);
      el.value = v;
      for (const type of events) el.dispatchEvent(new Event(type, { bubbles: true }));
    }
  }, { P, values, events });
}

const PERSON = {
  name: 'Jens Peter Hansen',
  address: 'Rådhuspladsen 4, 4660 Store Heddinge',
  phone: '+45 56 57 57 57',
  email: 'jens.hansen@example.dk',
};

/** No error summary, no inline error, and the next step reached. */
async function continuesTo(page, next) {
  await cont(page);
  await atStep(page, next);
  assert.equal(await page.locator('.srw-error-summary').count(), 0, 'no error summary');
  assert.equal(await page.locator('.srw-error-message').count(), 0, 'no inline error');
}

for (const [name, events] of [['without any event', []], ['with only a change event', ['change']]]) {
  test(`fields filled ${name} reach the letter: a text area, name, address, phone and e-mail`, async () => {
    const page = await browser.open('?right=rectification&who=myself&step=details');
    await atStep(page, 'details');
    await page.check(`#${P}rectify-kind`);
    await autofill(page, { 'wrong-data': 'Min adresse er forkert', 'correct-data': 'Storegade 1, 4660 Store Heddinge' }, events);
    await continuesTo(page, 'person');
    // A name typed first and then replaced by autofill: the shown one counts.
    await page.fill(`#${P}name`, 'Jens');
    await autofill(page, PERSON, events);
    await continuesTo(page, 'route');
    await continuesTo(page, 'check');
    assert.equal(await rowValue(page, 'name'), PERSON.name);
    await button(page, T.da.create).click();
    const l = await letter(page);
    for (const v of [...Object.values(PERSON), 'Min adresse er forkert', 'Storegade 1, 4660 Store Heddinge']) {
      assert.ok(l.body.includes(v), `${v} is not in the letter:\n${l.body}`);
    }
    await finish(page);
  });
}

test('a change event alone updates the answer at once (the tab draft has it before "Fortsæt")', async () => {
  const page = await browser.open('?right=access&who=myself&step=person');
  await atStep(page, 'person');
  await autofill(page, { name: 'Ida Jensen', phone: '56 57 57 58' }, ['change']);
  await page.waitForFunction(() => Object.values(sessionStorage).some((v) => v.includes('Ida Jensen') && v.includes('56 57 57 58')));
  await continuesTo(page, 'route');
  await finish(page);
});

test('silently autofilled fields survive re-renders for other reasons: a radio, the language, another field', async () => {
  const page = await browser.open('?right=access&who=behalf&step=person');
  await atStep(page, 'person');
  await autofill(page, PERSON);
  // Each of these re-renders the page; none may put the state's empty values back.
  await page.check(`#${P}relation-custody`);
  await page.fill(`#${P}other-name`, 'Ida Hansen');
  await button(page, 'English').click();
  await page.waitForSelector('section.srw[lang="en"]');
  for (const [slug, v] of Object.entries(PERSON)) {
    assert.equal(await page.inputValue(`#${P}${slug}`), v, `${slug} still shows what was filled in`);
  }
  await continuesTo(page, 'route');
  await continuesTo(page, 'check');
  await button(page, T.en.create).click();
  const l = await letter(page);
  for (const v of [...Object.values(PERSON), 'Ida Hansen']) assert.ok(l.body.includes(v), `${v} missing:\n${l.body}`);
  await finish(page);
});

test('English: autofilled "About you" without events is not wiped under "Enter your full name"', async () => {
  const page = await browser.open('?right=access&who=myself&step=person&lang=en');
  await atStep(page, 'person');
  await autofill(page, PERSON);
  await continuesTo(page, 'route');
  await continuesTo(page, 'check');
  await button(page, T.en.create).click();
  const l = await letter(page);
  for (const v of Object.values(PERSON)) assert.ok(l.body.includes(v), `${v} missing:\n${l.body}`);
  await finish(page);
});

test('what the fields show is still validated: an autofilled bad e-mail gets its message and stays', async () => {
  const page = await browser.open('?right=access&who=myself&step=person');
  await atStep(page, 'person');
  await autofill(page, { name: 'Jens Hansen', email: 'jens@' });
  await cont(page);
  await page.waitForSelector('.srw-error-summary');
  await waitText(page, '.srw-error-summary', 'e-mail');
  assert.equal(await page.inputValue(`#${P}email`), 'jens@', 'kept as shown');
  assert.equal(await page.inputValue(`#${P}name`), 'Jens Hansen', 'the name is not wiped');
  assert.equal(await page.locator(`#${P}name-error`).count(), 0, 'no error on the name');
  await finish(page);
});
