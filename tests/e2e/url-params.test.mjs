// The demo's URL parameters for testers (docs/testing.md): the documented jumps reach the
// check and send pages with `?name=` (and the other questions by id), values are read in any
// case, every value not used gets one console warning, a CPR number is never read from a URL
// nor repeated, and a draft in the tab wins over the URL with a console line saying so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE } from './browser.mjs';
import { useBrowser } from './fixture.mjs';
import { P, atStep, fill, contTo, rowValue, text, button, parseMailto } from './helpers.mjs';

const browser = useBrowser();

/** Opens the demo with `query`, recording every console line (type, text) from the start. */
async function openLogged(query, page) {
  page ||= await browser.newPage();
  page.lines ||= [];
  page.problems ||= [];
  if (!page.logging) {
    page.on('console', (m) => page.lines.push([m.type(), m.text()]));
    page.on('pageerror', (e) => page.problems.push(String(e)));
    page.logging = true;
  }
  page.lines.length = 0;
  await page.goto(`${BASE}/index.html${query}`);
  await page.waitForSelector('section.srw:not([data-srw-prerender])');
  page.setDefaultTimeout(5000);
  return page;
}

const ours = (page, type) => page.lines
  .filter(([t, s]) => t === type && s.startsWith('Stevns rights wizard:'))
  .map(([, s]) => s);

test('?name= (and the other questions by id) reach the check and send pages', async () => {
  const page = await openLogged('?right=access&who=myself&name=Test%20Testesen&step=check');
  await atStep(page, 'check');
  assert.equal(await rowValue(page, 'name'), 'Test Testesen');
  // This tab now holds a draft, which would win (see the last test).
  await page.evaluate(() => sessionStorage.clear());
  await openLogged('?right=erasure&who=myself&erase-which=Gamle%20billeder&erase-ground=not-needed'
    + '&name=Test%20Testesen&address=Algade%201&route=email&step=send&lang=en', page);
  await atStep(page, 'send');
  const body = parseMailto(await page.getAttribute(`#${P}mailto`, 'href')).get('body');
  assert.ok(body.includes('Gamle billeder') && body.includes('Test Testesen'), body);
  assert.deepEqual(ours(page, 'warning'), []);
  // Without the name the check page cannot be reached: the first unanswered question.
  await page.evaluate(() => sessionStorage.clear());
  await openLogged('?right=access&who=myself&step=check', page);
  await atStep(page, 'person');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('values are read in any case, and each one not used gets one warning', async () => {
  const page = await openLogged('?Right=Erasure&WHO=Myself&step=Details&lang=EN');
  await atStep(page, 'details');
  assert.equal(await page.getAttribute('section.srw', 'lang'), 'en');
  assert.deepEqual(ours(page, 'warning'), []);
  for (const [query, says] of [
    ['?step=bogus', 'URL parameter "step"="bogus": not a value it takes'],
    ['?step=follow-kind', 'URL parameter "step"="follow-kind": not a value it takes'],
    ['?right=erasur&step=right', 'URL parameter "right"="erasur": not a value it takes'],
    ['?who=me', 'URL parameter "who"="me": not a value it takes'],
    ['?nmae=Test', 'URL parameter "nmae": not a parameter of the demo'],
    ['?orig-ref=SK-7F3K2Q', 'URL parameter "orig-ref": a follow-up\'s question'],
  ]) {
    await page.evaluate(() => sessionStorage.clear());
    await openLogged(query, page);
    const warnings = ours(page, 'warning');
    assert.equal(warnings.length, 1, `${query}: ${warnings.join(' | ')}`);
    assert.ok(warnings[0].includes(says), `${query}: ${warnings[0]}`);
  }
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('a CPR number is never read from a URL, nor repeated in the warning', async () => {
  const page = await openLogged('?right=access&who=myself&step=person&cpr=010180-1234&name=0101%2080%201234');
  await atStep(page, 'person');
  assert.equal(await page.inputValue(`#${P}cpr`), '');
  assert.equal(await page.inputValue(`#${P}name`), '');
  const warnings = ours(page, 'warning');
  assert.equal(warnings.length, 2, warnings.join(' | '));
  for (const w of warnings) {
    assert.match(w, /CPR number/);
    assert.ok(!/1234/.test(w), w);
  }
  await page.close();
});

test('a draft in the tab wins over the URL, and the console says so', async () => {
  const page = await openLogged('?right=access&who=myself&step=person');
  await atStep(page, 'person');
  assert.deepEqual(ours(page, 'info'), [], 'no draft yet: nothing to say');
  await fill(page, 'name', 'Jens Hansen');
  await contTo(page, 'route');
  // The same tab, another link: the draft's page, and a line naming the way out.
  await openLogged('?right=erasure&who=myself&step=about', page);
  await atStep(page, 'route');
  const info = ours(page, 'info');
  assert.equal(info.length, 1, info.join(' | '));
  assert.match(info[0], /saved answers win over the URL parameters/);
  // "Slet mine svar og start forfra", then the link again: the URL's page.
  await button(page, 'Slet mine svar og start forfra').click();
  await atStep(page, 'start');
  await openLogged('?right=erasure&who=myself&step=about', page);
  await atStep(page, 'about');
  assert.match(await text(page, `#${P}heading`), /slet/i);
  assert.deepEqual(ours(page, 'info'), []);
  assert.deepEqual(page.problems, []);
  await page.close();
});
