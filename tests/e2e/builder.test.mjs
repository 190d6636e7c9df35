// The snippet builder in the editors' guide (dist/embed.html, section 9), served as an editor
// would upload it (/media/rights-wizard/) under the strict CSP: the preview follows the form,
// values the widget would ignore get the widget's own warning and stay out of the snippet, the
// copy button puts the snippet on the clipboard, and that snippet, pasted into a fresh host
// page, starts a widget with the chosen settings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './fixture.mjs';
import { runAxe, describe as describeViolations } from './axe.mjs';
import { cspProblems, BASE, MEDIA, HOSTILE_CSS } from '../../embed/test/harness.mjs';

const GUIDE = `${BASE}${MEDIA}embed.html`;
const PREVIEW = '#b-preview';

const browser = useBrowser({ clipboard: true });

async function openBuilder(options) {
  const page = await browser.hostPage(options);
  await page.goto(GUIDE);
  await page.locator(`${PREVIEW} section.srw`).waitFor();
  await page.waitForFunction(() => document.getElementById('b-snippet').textContent.includes('data-rights-wizard'));
  return page;
}

const snippet = (page) => page.textContent('#b-snippet');

/** Waits until the snippet satisfies `ok` (the builder updates after a short pause in typing). */
async function snippetWhere(page, ok, what) {
  for (let i = 0; i < 50; i++) {
    const s = await snippet(page);
    if (ok(s)) return s;
    await page.waitForTimeout(100);
  }
  assert.fail(`snippet never ${what}:\n${await snippet(page)}`);
}

/** Waits for a fresh preview widget (the previous one is replaced on every change) matching `selector`. */
const preview = (page, selector) => page.locator(`${PREVIEW} ${selector}`).waitFor();

/** Through the preview to its rights question; returns the offered and the chosen rights. */
async function previewRights(page, cont = 'Fortsæt') {
  const root = page.locator(PREVIEW);
  await root.getByRole('button', { name: 'Start', exact: true }).click();
  await root.locator('section.srw[data-step="who"]').waitFor();
  await root.locator('input[type="radio"][value="myself"]').check();
  await root.getByRole('button', { name: cont, exact: true }).click();
  await root.locator('section.srw[data-step="right"]').waitFor();
  const radios = root.locator('input[type="radio"][name$="-right"]');
  return {
    offered: (await radios.evaluateAll((els) => els.map((e) => e.value))).filter((v) => v !== 'unsure'),
    checked: await radios.evaluateAll((els) => els.filter((e) => e.checked).map((e) => e.value)),
  };
}

async function setRights(page, slugs) {
  for (const input of await page.locator('#b-rights input[type="checkbox"]').all()) {
    await input.setChecked(slugs.includes(await input.getAttribute('value')));
  }
}

test('the preview follows the form: language, heading level, rights, preset right, colour', async () => {
  const page = await openBuilder();
  // The defaults: Danish, h2, all nine rights.
  assert.equal(await page.getAttribute(`${PREVIEW} section.srw`, 'lang'), 'da');
  assert.equal(await page.locator(`${PREVIEW} h2.srw-heading`).count(), 1);
  let s = await snippet(page);
  assert.match(s, /<div data-rights-wizard data-lang="da" data-heading-level="2">/);
  assert.doesNotMatch(s, /data-rights=/);

  // Two rights offered, one of them chosen in advance.
  await setRights(page, ['access', 'erasure']);
  await page.selectOption('#b-right', 'erasure');
  s = await snippetWhere(page, (x) => x.includes('data-right="erasure"'), 'preset erasure');
  assert.match(s, /data-rights="access,erasure" data-right="erasure"/);
  await preview(page, 'section.srw[data-step="start"]');
  assert.deepEqual(await previewRights(page), { offered: ['access', 'erasure'], checked: ['erasure'] });

  // Heading level.
  await page.selectOption('#b-level', '4');
  await preview(page, 'h4.srw-heading');
  assert.match(await snippet(page), /data-heading-level="4"/);

  // Language.
  await page.check('#b-lang-en');
  await preview(page, 'section.srw[lang="en"]');
  s = await snippetWhere(page, (x) => x.includes('data-lang="en"'), 'in English');
  assert.match(s, /Send a secure message with <a href="https:\/\/www\.borger\.dk\/">Digital Post via borger\.dk<\/a>/);
  assert.deepEqual(await previewRights(page, 'Continue'), { offered: ['access', 'erasure'], checked: ['erasure'] });

  // The theme colour: a rule for the site's stylesheet; the preview takes it. (The mouse
  // leaves the preview, whose new Start button would otherwise show the hover colour.)
  await page.mouse.move(0, 0);
  await page.fill('#b-primary', '#7a003d');
  await page.waitForFunction((sel) => {
    const b = document.querySelector(`${sel} .srw-button`);
    return b && getComputedStyle(b).backgroundColor === 'rgb(122, 0, 61)';
  }, PREVIEW);
  assert.match(await page.textContent('#b-css'), /^\.rettigheder-tema \.srw \{\n {2}--srw-color-primary: #7a003d;\n\}$/);
  assert.equal(await page.isVisible('#b-css-part'), true);
  assert.match(await snippet(page), /<div class="rettigheder-tema" data-rights-wizard/);
  // Too light against white: an error, and left out.
  await page.fill('#b-primary', '#ffd700');
  await page.locator('#b-primary-error').waitFor();
  assert.match(await page.textContent('#b-primary-error'), /Kontrasten mod hvid er 1,4:1/);
  assert.equal(await page.isVisible('#b-css-part'), false);
  assert.doesNotMatch(await snippet(page), /rettigheder-tema/);
  const other = await page.$eval(`${PREVIEW} .srw-button`, (b) => getComputedStyle(b).backgroundColor);
  assert.equal(other, 'rgb(0, 89, 179)');

  assert.deepEqual(await cspProblems(page), []);
  assert.deepEqual(page.problems, []);
  // The preview only ever got values the widget accepts, so it never warned.
  assert.deepEqual(page.warnings, []);
  await page.close();
});

test('values the widget would ignore get its own warning and stay out of the snippet', async () => {
  const page = await openBuilder();
  const cases = [
    ['#b-email', 'x@y.dk?bcc=z', 'option "email": not a plain e-mail address; ignored', 'data-email'],
    ['#b-email', 'a@b', 'option "email": not a plain e-mail address; ignored', 'data-email'],
    ['#b-dp', 'http://post.borger.dk/', 'option "digitalPostUrl": must be an https:// address; ignored', 'data-digital-post-url'],
    ['#b-dp', 'https://x.dk/"><script>', 'option "digitalPostUrl": must be an https:// address; ignored', 'data-digital-post-url'],
    ['#b-phone', 'x'.repeat(121), 'option "phone": empty, too long or has control characters; ignored', 'data-phone'],
  ];
  for (const [field, value, warning, attr] of cases) {
    await page.fill(field, value);
    const error = `${field}-error`;
    await page.waitForFunction(([sel, w]) => document.querySelector(sel)?.textContent.includes(w), [error, warning]);
    assert.equal(await page.isVisible(error), true);
    assert.equal(await page.getAttribute(field, 'aria-invalid'), 'true');
    const s = await snippet(page);
    assert.ok(!s.includes(`${attr}=`), `${attr} left out:\n${s}`);
    assert.ok(!s.includes(value.slice(0, 12)), `${value} not in the snippet`);
    // The fallback text uses the value the widget would use: the default.
    assert.match(s, /<a href="https:\/\/www\.borger\.dk\/">.*<a href="mailto:stevns@stevns\.dk">stevns@stevns\.dk<\/a>/s);
    await page.fill(field, '');
    await page.waitForSelector(error, { state: 'hidden' });
  }
  // A preset right that is not offered: the widget's own rule, at the select.
  await setRights(page, ['access', 'rectification']);
  await page.selectOption('#b-right', 'portability');
  await page.waitForFunction(() => document.querySelector('#b-right-error')?.textContent
    .includes('option "right": is not among the offered rights; ignored'));
  assert.doesNotMatch(await snippet(page), /data-right=/);
  // A good address goes into the attribute and the fallback.
  await page.fill('#b-email', 'persondata@example.dk');
  const s = await snippetWhere(page, (x) => x.includes('data-email="persondata@example.dk"'), 'with the e-mail');
  assert.match(s, /<a href="mailto:persondata@example\.dk">persondata@example\.dk<\/a>/);
  assert.equal(await page.getAttribute('#b-email', 'aria-invalid'), null);
  assert.match(await page.textContent('#b-summary'), /1 indstilling er afvist/);

  assert.deepEqual(await cspProblems(page), []);
  assert.deepEqual(page.problems, []);
  assert.deepEqual(page.warnings, []);
  await page.close();
});

test('the copy button puts the snippet on the clipboard; pasted into a fresh page it starts that widget', async () => {
  const page = await openBuilder();
  await page.check('#b-lang-en');
  await setRights(page, ['access', 'erasure', 'objection']);
  await page.selectOption('#b-right', 'objection');
  await page.selectOption('#b-level', '3');
  await page.fill('#b-email', 'persondata@example.dk');
  await page.fill('#b-dp', 'https://post.borger.dk/send/example');
  await page.fill('#b-primary', '#7a003d');
  await snippetWhere(page, (x) => x.includes('data-digital-post-url="https://post.borger.dk/send/example"')
    && x.includes('rettigheder-tema'), 'with every setting');
  await page.getByRole('button', { name: 'Kopiér koden' }).click();
  await page.waitForFunction(() => /kopieret/.test(document.getElementById('b-copy-status').textContent));
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await snippet(page));
  const css = await page.textContent('#b-css');
  for (const f of ['widget.css', 'stevns-rights-wizard_bg.wasm', 'stevns-rights-wizard.js', 'rights-wizard.js']) {
    assert.ok(copied.includes(`${MEDIA}${f}"`), `${f} linked`);
  }
  assert.deepEqual(await cspProblems(page), []);
  await page.close();

  // A fresh host page: the copied snippet in its content, the colour rule in its stylesheet.
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Your rights</title>
<link rel="stylesheet" href="${HOSTILE_CSS}"></head><body><main><h1>Your rights</h1><h2>Data protection</h2>
${copied}
</main></body></html>`;
  const path = '/kommune/borger/indsat/';
  const host = await browser.hostPage({ pages: { [path]: { body } }, theme: css });
  await host.goto(`${BASE}${path}`);
  await host.locator('section.srw').waitFor();
  assert.equal(await host.getAttribute('section.srw', 'lang'), 'en');
  assert.equal(await host.locator('h3.srw-heading').count(), 1);
  assert.equal(await host.$eval('.srw-button', (b) => getComputedStyle(b).backgroundColor), 'rgb(122, 0, 61)');
  const root = host.locator('[data-rights-wizard]');
  await root.getByRole('button', { name: 'Start', exact: true }).click();
  await host.locator('section.srw[data-step="who"]').waitFor();
  await host.check('input[type="radio"][value="myself"]');
  await root.getByRole('button', { name: 'Continue', exact: true }).click();
  await host.locator('section.srw[data-step="right"]').waitFor();
  const radios = host.locator('input[type="radio"][name$="-right"]');
  assert.deepEqual((await radios.evaluateAll((els) => els.map((e) => e.value))).filter((v) => v !== 'unsure'),
    ['access', 'erasure', 'objection']);
  assert.deepEqual(await radios.evaluateAll((els) => els.filter((e) => e.checked).map((e) => e.value)), ['objection']);
  assert.deepEqual(await cspProblems(host), []);
  assert.deepEqual(host.problems, []);
  assert.deepEqual(host.warnings, []);
  // Every file once, from the upload folder (the preloads match the loader's requests).
  for (const f of ['stevns-rights-wizard_bg.wasm', 'stevns-rights-wizard.js']) {
    assert.equal(host.requests.filter((u) => u === `${BASE}${MEDIA}${f}`).length, 1, `${f} fetched once`);
  }
  await host.close();

  // The same page when the widget cannot load: the fallback gives the chosen contacts.
  const failed = await browser.hostPage({ pages: { [path]: { body } }, theme: css, fail: ['stevns-rights-wizard_bg.wasm'] });
  await failed.goto(`${BASE}${path}`);
  await failed.locator('[data-rights-wizard-failed]').waitFor();
  assert.equal(await failed.getAttribute('[data-rights-wizard] a[href^="mailto:"]', 'href'), 'mailto:persondata@example.dk');
  assert.equal(await failed.getAttribute('[data-rights-wizard] a[href^="https:"]', 'href'), 'https://post.borger.dk/send/example');
  await failed.close();
});

test('the snippet carries the pre-rendered start step only where it fits the settings', async () => {
  const page = await openBuilder();
  const file = async (lang) => (await fetch(`${BASE}/prerender.${lang}.html`)).text();
  const da = await file('da');
  let s = await snippet(page);
  assert.ok(s.includes(`data-heading-level="2">\n  ${da}\n  <p>Send en sikker besked`), s);
  // English: the English start step.
  await page.check('#b-lang-en');
  s = await snippetWhere(page, (x) => x.includes('data-lang="en"'), 'in English');
  assert.ok(s.includes(await file('en')), s);
  assert.ok(!s.includes('data-srw-prerender="da h2"'));
  // Another heading level or the municipality's own name: the start step would differ, so none.
  await page.selectOption('#b-level', '3');
  s = await snippetWhere(page, (x) => x.includes('data-heading-level="3"'), 'at level 3');
  assert.doesNotMatch(s, /data-srw-prerender/);
  await page.selectOption('#b-level', '2');
  await snippetWhere(page, (x) => x.includes('data-srw-prerender="en h2 '), 'back at level 2');
  await page.fill('#b-municipality', 'Faxe Kommune');
  s = await snippetWhere(page, (x) => x.includes('data-municipality="Faxe Kommune"'), 'with a municipality');
  assert.doesNotMatch(s, /data-srw-prerender/);
  // A preset right and fewer rights leave the start step as it is.
  await page.fill('#b-municipality', '');
  await setRights(page, ['access', 'erasure']);
  await page.selectOption('#b-right', 'erasure');
  s = await snippetWhere(page, (x) => x.includes('data-right="erasure"') && !x.includes('Faxe'), 'preset erasure');
  assert.match(s, /data-srw-prerender="en h2 [0-9a-f]{8}"/);
  await page.close();

  // Pasted into a host page with the strict CSP: the pre-render shows, the widget takes it over
  // without a warning (the loader's attributes are the contract's), and with the wasm missing
  // the fallback shows instead.
  await page.context().grantPermissions([], { origin: BASE });
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Your rights</title>
<link rel="stylesheet" href="${HOSTILE_CSS}"></head><body><main><h1>Your rights</h1>
${s}
</main></body></html>`;
  const path = '/kommune/borger/indsat-forhaand/';
  const host = await browser.hostPage({ pages: { [path]: { body } } });
  await host.goto(`${BASE}${path}`);
  await host.locator('section.srw:not([data-srw-prerender])').waitFor();
  assert.equal(await host.getAttribute('section.srw', 'lang'), 'en');
  assert.equal(await host.locator('section.srw').count(), 1);
  assert.deepEqual(await cspProblems(host), []);
  assert.deepEqual(host.problems, []);
  assert.deepEqual(host.warnings, []);
  await host.close();
  const failed = await browser.hostPage({ pages: { [path]: { body } }, fail: ['stevns-rights-wizard_bg.wasm'] });
  await failed.goto(`${BASE}${path}`);
  await failed.locator('[data-rights-wizard-failed]').waitFor({ state: 'attached' });
  assert.equal(await failed.isVisible('[data-srw-prerender]'), false);
  assert.match(await failed.locator('[data-rights-wizard] p').last().textContent(), /Send a secure message/);
  assert.equal(await failed.locator('[data-rights-wizard] p').last().isVisible(), true);
  await failed.close();
});

test('without clipboard access the copy button selects the code and says how to copy it', async () => {
  const page = await browser.hostPage();
  // Runs before the page's scripts (and outside its CSP): a browser that refuses the clipboard.
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
  });
  await page.goto(GUIDE);
  await page.locator(`${PREVIEW} section.srw`).waitFor();
  await page.getByRole('button', { name: 'Kopiér koden' }).click();
  await page.waitForFunction(() => /Ctrl\+C/.test(document.getElementById('b-copy-status').textContent));
  assert.equal(await page.evaluate(() => String(window.getSelection())), await snippet(page));
  assert.deepEqual(await cspProblems(page), []);
  await page.close();
});

test('the builder passes axe (WCAG 2.1 AA) with errors shown, and works from the keyboard', async () => {
  const page = await openBuilder();
  await page.fill('#b-email', 'x@y.dk?bcc=z');
  await page.locator('#b-email-error').waitFor();
  await page.addScriptTag({ url: '/kommune/test/axe/axe.min.js' });
  const { violations } = await runAxe(page, '#byg');
  assert.deepEqual(violations, [], describeViolations(violations));

  // Keyboard: Tab from the language radios reaches the rights, Space unticks one, and the
  // preview follows.
  await page.focus('#b-lang-da');
  await page.keyboard.press('ArrowDown');
  await preview(page, 'section.srw[lang="en"]');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'b-rights-access');
  await page.keyboard.press('Space');
  await snippetWhere(page, (x) => x.includes('data-rights="rectification,erasure,restriction,objection,consent,portability,automated,source"'), 'without access');
  // The error is tied to its field.
  assert.match(await page.getAttribute('#b-email', 'aria-describedby'), /\bb-email-error\b/);
  assert.deepEqual(await cspProblems(page), []);
  await page.close();
});
