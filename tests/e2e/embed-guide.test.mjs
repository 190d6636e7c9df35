// The web editors' guide, dist/embed.html: it obeys the strict CSP it documents, every live
// example runs with the option it shows, and its tables keep up with the code (every option in
// src/core/config.rs, every custom property in styles/widget.css, every step in
// src/core/steps.rs). Served from /media/rights-wizard/ as an editor would upload it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useBrowser } from './fixture.mjs';
import { cspProblems, BASE, MEDIA, CSP } from '../../embed/test/harness.mjs';

const ROOT = new URL('../../', import.meta.url);
const read = (path) => readFile(new URL(path, ROOT), 'utf8');
const GUIDE = `${BASE}${MEDIA}embed.html`;
const EXAMPLES = ['live-right', 'live-en', 'live-level', 'live-email', 'live-rights', 'live-json', 'live-theme'];

const browser = useBrowser();

/** The live example `id`: its widget's id prefix (document order) and a few actions. */
function example(page, id) {
  const n = EXAMPLES.indexOf(id) + 1;
  const root = page.locator(`#${id}`);
  const p = `srw${n}-`;
  return {
    p,
    root,
    button: (name) => root.getByRole('button', { name, exact: true }),
    at: (step) => root.locator(`section.srw[data-step="${step}"]`).waitFor(),
    pick: (slug, value) => page.check(`input[name="${p}${slug}"][value="${value}"]`),
    rights: () => page.$$eval(`input[name="${p}right"]`, (els) => els.map((e) => e.value).filter((v) => v !== 'unsure')),
    checked: (slug) => page.$$eval(`input[name="${p}${slug}"]`, (els) => els.filter((e) => e.checked).map((e) => e.value)),
  };
}

async function toRight(x, cont = 'Fortsæt') {
  await x.button('Start').click();
  await x.at('who');
  await x.pick('who', 'myself');
  await x.button(cont).click();
  await x.at('right');
}

test('embed.html runs every example under the strict CSP, with the option it shows', async () => {
  const page = await browser.hostPage();
  await page.goto(GUIDE);
  // The examples (the snippet builder's preview, section 9, is tested in builder.test.mjs).
  await page.waitForFunction((n) => document.querySelectorAll('.guide-live section.srw').length === n, EXAMPLES.length);
  for (const [i, id] of EXAMPLES.entries()) {
    assert.equal(await page.locator(`#${id} section.srw`).count(), 1, `${id} started`);
    assert.equal(await page.locator(`#${id} [id="srw${i + 1}-heading"]`).count(), 1, `${id} is srw${i + 1}`);
  }
  // Heading levels: 3 where the example says so, 4 elsewhere (the examples sit under an h3).
  assert.equal(await page.locator('#live-level h3.srw-heading').count(), 1);
  for (const id of EXAMPLES.filter((x) => x !== 'live-level')) {
    assert.equal(await page.locator(`#${id} h4.srw-heading`).count(), 1, `${id} uses h4`);
  }
  // English.
  assert.equal(await page.getAttribute('#live-en section.srw', 'lang'), 'en');
  assert.equal(await page.getAttribute('#live-right section.srw', 'lang'), 'da');

  // A right chosen in advance (all nine offered).
  const right = example(page, 'live-right');
  await toRight(right);
  assert.equal((await right.rights()).length, 9);
  assert.deepEqual(await right.checked('right'), ['erasure']);

  // A limited list.
  const list = example(page, 'live-rights');
  await toRight(list);
  assert.deepEqual(await list.rights(), ['access', 'rectification', 'erasure']);

  // The JSON block: three rights, access in advance, h4 (checked above).
  const json = example(page, 'live-json');
  await toRight(json);
  assert.deepEqual(await json.rights(), ['access', 'erasure', 'objection']);
  assert.deepEqual(await json.checked('right'), ['access']);

  // Own e-mail address: through to the e-mail hand-off.
  const mail = example(page, 'live-email');
  await toRight(mail);
  await mail.pick('right', 'access');
  await mail.button('Fortsæt').click();
  await mail.at('about');
  await mail.button('Fortsæt').click();
  await mail.at('details');
  await mail.button('Fortsæt').click();
  await mail.at('person');
  await page.fill(`#${mail.p}name`, 'Jens Hansen');
  await page.fill(`#${mail.p}address`, 'Testvej 1, 4660 Store Heddinge');
  await mail.button('Fortsæt').click();
  await mail.at('route');
  await mail.pick('route', 'email');
  await mail.button('Fortsæt').click();
  await mail.at('check');
  await mail.button('Lav brevet').click();
  await mail.at('send');
  assert.match(await page.getAttribute(`#${mail.p}mailto`, 'href'), /^mailto:persondata@example\.dk\?/);

  // The theme: only the themed example takes the host's custom properties.
  const bg = (id) => page.$eval(`#${id} .srw-button`, (el) => getComputedStyle(el).backgroundColor);
  const radius = (id) => page.$eval(`#${id} .srw-button`, (el) => getComputedStyle(el).borderTopLeftRadius);
  assert.equal(await bg('live-theme'), 'rgb(122, 0, 61)');
  assert.equal(await radius('live-theme'), '0px');
  assert.equal(await bg('live-level'), 'rgb(0, 89, 179)');
  assert.equal(await radius('live-level'), '4px');

  assert.deepEqual(await cspProblems(page), []);
  assert.deepEqual(page.problems, []);
  assert.deepEqual(page.warnings, []);
  await page.close();
});

test('embed.html has no inline script or style, and documents the policy the tests use', async () => {
  const html = await read('embed/embed.html');
  for (const m of html.matchAll(/<script\b([^>]*)>/g)) {
    const attrs = m[1];
    assert.ok(/\bsrc=/.test(attrs) || /type="application\/json"/.test(attrs), `inline script: ${m[0]}`);
  }
  assert.doesNotMatch(html, /<style\b/);
  assert.doesNotMatch(html, /\sstyle=/);
  assert.doesNotMatch(html, /\son[a-z]+=/, 'inline event handler');
  assert.ok(html.includes(CSP), 'the exact policy');
  assert.ok(html.includes('application/wasm'), 'the MIME type');
  // The snippet: stylesheet, mount element, module script, all under /media/rights-wizard/.
  assert.ok(html.includes('&lt;link rel="stylesheet" href="/media/rights-wizard/widget.css"&gt;'));
  assert.ok(html.includes('&lt;div data-rights-wizard&gt;'));
  assert.ok(html.includes('&lt;script type="module" src="/media/rights-wizard/rights-wizard.js"&gt;&lt;/script&gt;'));
  for (const f of ['rights-wizard.js', 'stevns-rights-wizard.js', 'stevns-rights-wizard_bg.wasm', 'widget.css']) {
    assert.ok(html.includes(`<td><code>${f}</code></td>`), `file ${f} listed`);
  }
});

test('embed.html documents every option, custom property, step and its default', async () => {
  const html = await read('embed/embed.html');
  const config = await read('src/core/config.rs');
  const css = await read('styles/widget.css');
  const state = await read('src/core/steps.rs');

  // Data attributes and their JSON keys, as one table row each.
  const attrs = [...config.matchAll(/\("(data-[a-z-]+)", "([A-Za-z]+)"\)/g)].map((m) => [m[1], m[2]]);
  assert.ok(attrs.length >= 9, 'DATA_ATTRIBUTES found');
  for (const [attr, key] of attrs) {
    assert.ok(html.includes(`<tr><td><code>${attr}</code></td><td><code>${key}</code></td>`), `row for ${attr} / ${key}`);
  }
  // Every JSON key of Config (its fields, camelCase).
  const struct = config.slice(config.indexOf('pub struct Config {'));
  const fields = [...struct.slice(0, struct.indexOf('\n}')).matchAll(/pub (\w+):/g)]
    .map((m) => m[1].replace(/_([a-z])/g, (_, c) => c.toUpperCase()));
  assert.ok(fields.length >= 12, 'Config fields found');
  for (const key of fields) assert.ok(html.includes(`<td><code>${key}</code></td>`), `JSON key ${key} documented`);
  // Every default shown is the code's: string defaults from `impl Default for Config`.
  const defaults = config.slice(config.indexOf('impl Default for Config'));
  for (const m of defaults.slice(0, defaults.indexOf('\n}\n')).matchAll(/(\w+): "([^"]+)"\.into\(\)/g)) {
    assert.ok(html.includes(`<code>${m[2]}</code></td>`), `default of ${m[1]} (${m[2]}) shown`);
  }
  // Custom properties declared on :where(.srw) (zero specificity, so a host theme wins), with
  // their defaults.
  const root = css.slice(css.indexOf(':where(.srw) {'), css.indexOf('}', css.indexOf(':where(.srw) {')));
  const props = [...root.matchAll(/(--srw-[a-z-]+):\s*([^;]+);/g)];
  assert.ok(props.length >= 10, 'custom properties found');
  // (--srw-rem, if present, is the widget's internal unit, not a theming knob.)
  for (const [, name, value] of props.filter(([, n]) => n !== '--srw-rem')) {
    assert.ok(html.includes(`<tr><td><code>${name}</code></td>`), `${name} documented`);
    if (value.startsWith('#') || /^\d+px$/.test(value)) assert.ok(html.includes(`<td><code>${name}</code></td><td><code>${value}</code></td>`), `${name} default ${value}`);
  }
  // Every step name an event can carry.
  const slugs = [...state.matchAll(/Step::\w+ => "([a-z-]+)"/g)].map((m) => m[1]);
  assert.ok(slugs.includes('send'), 'step slugs found');
  const events = html.slice(html.indexOf('id="haendelser"'), html.indexOf('id="server"'));
  for (const slug of new Set(slugs)) assert.ok(events.includes(`<code>${slug}</code>`), `step ${slug} documented`);
});
