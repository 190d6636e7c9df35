// The contract with the host page, end to end: the editor's snippet on a CMS page at a
// sub-path, with a hostile theme and a strict Content-Security-Policy; two widgets that each
// complete a request; the host's own styles untouched; the fallback kept when the WebAssembly
// cannot load; host events without personal data; bad options warned about; one global; starting
// twice harmless. The host pages and the routing live in embed/test/ (see harness.mjs): the
// widget's files are dist/'s, served from /media/rights-wizard/ on the test origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './fixture.mjs';
import { cspProblems, BASE, MEDIA, CSP } from '../../embed/test/harness.mjs';

const HOST = `${BASE}/kommune/borger/rettigheder/`;
const LATER = `${BASE}/kommune/borger/senere/`;
const CONFIG = `${BASE}/kommune/borger/konfiguration/`;
const FILES = ['rights-wizard.js', 'stevns-rights-wizard.js', 'stevns-rights-wizard_bg.wasm', 'widget.css'];

const browser = useBrowser({ clipboard: true });

// --- driving one widget, scoped to its mount element ------------------------------------------

/** One widget: its mount element's locator and its id prefix (srwN-). */
function widget(page, mountId, n) {
  const root = page.locator(`#${mountId}`);
  const p = `srw${n}-`;
  return {
    root,
    p,
    button: (name) => root.getByRole('button', { name, exact: true }),
    at: (step) => root.locator(`section.srw[data-step="${step}"]`).waitFor(),
    step: () => root.locator('section.srw').getAttribute('data-step'),
    pick: (slug, value) => page.check(`input[name="${p}${slug}"][value="${value}"]`),
    fill: (slug, value) => page.fill(`#${p}${slug}`, value),
  };
}

/** Start → who=myself → right=access → about → details → person (stops there). With
 *  `errors`, first an empty "Fortsæt" on "who" (error summary) and a language round trip. */
async function toPerson(w, { areas, errors } = {}) {
  await w.at('start');
  await w.button('Start').click();
  await w.at('who');
  if (errors) {
    await w.button('Fortsæt').click();
    await w.root.locator('.srw-error-summary').waitFor();
    await w.button('English').click();
    await w.root.locator('section.srw[lang="en"]').waitFor();
    await w.button('Dansk').click();
    await w.root.locator('section.srw[lang="da"]').waitFor();
  }
  await w.pick('who', 'myself');
  await w.button('Fortsæt').click();
  await w.at('right');
  await w.pick('right', 'access');
  await w.button('Fortsæt').click();
  await w.at('about');
  await w.button('Fortsæt').click();
  await w.at('details');
  if (areas) await w.fill('access-areas', areas);
  await w.button('Fortsæt').click();
  await w.at('person');
}

/** Person → route (default or `route`) → check → "Lav brevet" → send. */
async function fromPerson(w, { name = 'Jens Hansen', cpr, email, route } = {}) {
  await w.fill('name', name);
  if (cpr) await w.fill('cpr', cpr);
  if (email) await w.fill('email', email);
  // The e-mail route needs the address: the letter carries no CPR number.
  if (route === 'email') await w.fill('address', 'Testvej 1, 4660 Store Heddinge');
  await w.button('Fortsæt').click();
  await w.at('route');
  if (route) await w.pick('route', route);
  await w.button('Fortsæt').click();
  await w.at('check');
  await w.button('Lav brevet').click();
  await w.at('send');
}

const subject = async (page, p) => (await page.textContent(`#${p}subject`)).replace(/\s+/g, ' ').trim();

/** Page errors and console errors other than the listed expected ones. */
function unexpected(page, allowed = []) {
  return page.problems.filter((p) => !allowed.some((re) => re.test(p)));
}

// --- the tests ------------------------------------------------------------------------------

test('two widgets on a hostile CMS page under a strict CSP both complete a request', async () => {
  const page = await browser.hostPage();
  await page.goto(HOST);
  const a = widget(page, 'rw-a', 1);
  const b = widget(page, 'rw-b', 2);
  await a.at('start');
  await b.at('start');
  // Document order gives the prefixes; each mount element holds exactly its own widget.
  assert.equal(await page.locator('#rw-a section.srw').count(), 1);
  assert.equal(await page.locator('#rw-b section.srw').count(), 1);
  assert.equal(await page.locator('#rw-a .fallback').count(), 0, 'the fallback goes once the widget renders');
  assert.equal(await page.locator('#rw-b h3.srw-heading').count(), 1, 'data-heading-level="3" applies to b only');
  assert.equal(await page.locator('#rw-a h2.srw-heading').count(), 1);

  // Interleaved: a goes half-way, b goes all the way, then a finishes; neither disturbs the other.
  await toPerson(a, { errors: true });
  await a.fill('name', 'Anna Andersen');
  await toPerson(b);
  assert.equal(await a.step(), 'person');
  assert.equal(await page.inputValue('#srw1-name'), 'Anna Andersen');
  assert.equal(await page.inputValue('#srw2-name'), '', 'b does not see what a typed');
  await fromPerson(b, { name: 'Bo Berg' });
  assert.match(await subject(page, 'srw2-'), /art\. 15/);
  assert.equal(await a.step(), 'person');
  await fromPerson(a, { name: 'Anna Andersen' });
  assert.match(await subject(page, 'srw1-'), /art\. 15/);
  assert.match(await page.textContent('#srw1-body'), /Anna Andersen/);
  assert.doesNotMatch(await page.textContent('#srw1-body'), /Bo Berg/);
  assert.match(await page.textContent('#srw2-body'), /Bo Berg/);

  // Zero CSP violations, no page or console errors, no warnings (every option was good).
  assert.deepEqual(await cspProblems(page), []);
  assert.deepEqual(page.problems, []);
  assert.deepEqual(page.warnings, []);
  // The recorder works and the policy is really enforced: an inline <style> is refused.
  await page.evaluate(() => {
    const s = document.createElement('style');
    s.textContent = 'body { color: red }';
    document.head.append(s);
  });
  await page.waitForFunction(() => window.__srwViolations.length > 0);
  const v = await page.violations();
  assert.equal(v.length, 1, JSON.stringify(v));
  assert.match(v[0].directive, /^style-src/);
  await page.close();
});

test('the files load from the loader\'s own folder, not relative to the page', async () => {
  const page = await browser.hostPage();
  const response = await page.goto(HOST);
  assert.equal(response.headers()['content-security-policy'], CSP);
  await page.waitForSelector('#rw-b section.srw');
  const paths = page.requests.map((u) => new URL(u).pathname);
  for (const f of FILES) assert.ok(paths.includes(MEDIA + f), `${MEDIA + f} requested; got ${paths.join(', ')}`);
  // Everything else the page asked for is the page and its theme: nothing at the site root, nothing
  // under the page's own path.
  const other = paths.filter((p) => !p.startsWith(MEDIA) && p !== '/kommune/borger/rettigheder/' && p !== '/kommune/theme/hostile.css' && p !== '/favicon.ico');
  assert.deepEqual(other, []);
  // The server's MIME type for the WebAssembly (else the glue falls back and warns).
  assert.equal(page.types[`${BASE}${MEDIA}stevns-rights-wizard_bg.wasm`], 'application/wasm');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('the snippet\'s preload links are used: the wasm and its glue are fetched once each, early', async () => {
  const page = await browser.hostPage();
  await page.goto(HOST);
  await page.waitForSelector('#rw-b section.srw');
  // Chrome warns about a preload that nothing used a few seconds after the load event; and a
  // preload whose mode differs from the loader's fetch (no crossorigin) makes a second download.
  await page.waitForTimeout(3500);
  const count = (f) => page.requests.filter((u) => new URL(u).pathname === MEDIA + f).length;
  assert.equal(count('stevns-rights-wizard_bg.wasm'), 1, page.requests.join('\n'));
  assert.equal(count('stevns-rights-wizard.js'), 1, page.requests.join('\n'));
  assert.deepEqual(page.warnings.filter((w) => /preload/i.test(w)), []);
  // Early: the wasm download starts while the page is still being parsed, not after the loader
  // has run and imported the glue.
  const t = await page.evaluate(() => ({
    wasm: performance.getEntriesByType('resource').find((e) => e.name.endsWith('_bg.wasm'))?.startTime,
    parsed: performance.getEntriesByType('navigation')[0].domInteractive,
  }));
  assert.ok(t.wasm < t.parsed, JSON.stringify(t));
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('the host page keeps its own styles, and widget.css only has rules under the id-level root', async () => {
  const page = await browser.hostPage();
  await page.goto(LATER);
  const HOST_ELEMENTS = ['html', 'body', '#host-h2', '#host-p', '#host-button', '#host-input', '#host-div', '#host-a', '#host-ul'];
  // Sizes of html/body grow with the widget's content; everything else must stay as it was.
  const LAYOUT = new Set(['width', 'height', 'inline-size', 'block-size', 'perspective-origin', 'transform-origin']);
  const styles = () => page.evaluate(({ sel, layout }) => Object.fromEntries(sel.map((s) => {
    const cs = getComputedStyle(document.querySelector(s));
    return [s, Object.fromEntries([...cs].filter((p) => !(['html', 'body'].includes(s) && layout.includes(p))).map((p) => [p, cs.getPropertyValue(p)]))];
  })), { sel: HOST_ELEMENTS, layout: [...LAYOUT] });
  const before = await styles();
  assert.equal(before['#host-button']['background-color'], 'rgb(255, 105, 180)', 'the hostile theme applies');
  assert.equal(before.html['font-size'], '10px');

  await page.addStyleTag({ url: `${MEDIA}widget.css` });
  await page.addScriptTag({ url: `${MEDIA}rights-wizard.js`, type: 'module' });
  const a = widget(page, 'rw-a', 1);
  await a.at('start');
  await a.button('Start').click();
  await a.at('who');
  const after = await styles();
  for (const s of HOST_ELEMENTS) {
    const changed = Object.keys(before[s]).filter((p) => before[s][p] !== after[s][p]).map((p) => `${p}: ${before[s][p]} → ${after[s][p]}`);
    assert.deepEqual(changed, [], `${s} changed`);
  }

  // Every style rule in widget.css is scoped: under the root :is(.srw, #srw#srw#srw), or under
  // html.srw-printing (set only while the citizen prints the letter); only the theme's custom
  // properties sit at :where(.srw), and the pre-render's display rules at the mount element's
  // own children.
  const unscoped = await page.evaluate(() => {
    const sheet = [...document.styleSheets].find((s) => s.href && s.href.endsWith('/widget.css'));
    const out = [];
    const walk = (rules) => {
      for (const r of rules) {
        if (r instanceof CSSStyleRule) {
          // Split the selector list at top-level commas only (not inside :where(…)).
          const parts = [];
          let depth = 0;
          let cur = '';
          for (const ch of r.selectorText) {
            if (ch === '(') depth += 1;
            if (ch === ')') depth -= 1;
            if (ch === ',' && depth === 0) { parts.push(cur); cur = ''; } else cur += ch;
          }
          parts.push(cur);
          for (const sel of parts.map((x) => x.trim())) {
            // At the id-level root (outranks content-area rules), the root itself with one more
            // class (the print copy), or the custom-property defaults.
            const ok = /^(:is\(\.srw, #srw#srw#srw\)(\.[\w-]+)?(\s|$)|html\.srw-printing\b)/.test(sel)
              || (sel === ':where(.srw)' && [...r.style].every((p) => p.startsWith('--srw-')))
              // The pre-render's rules: the mount element's own children, shown or hidden only.
              || (/^\[data-rights-wizard\][^>]* > (\[data-srw-prerender\]|:not\(\[data-srw-prerender\]\))$/
                .test(sel.replace(':has(> [data-srw-prerender])', ''))
                && [...r.style].every((p) => p === 'display') && r.style.display === 'none');
            if (!ok) out.push(sel);
          }
        } else if (r.cssRules) walk(r.cssRules);
      }
    };
    walk(sheet.cssRules);
    return out;
  });
  assert.deepEqual(unscoped, []);
  assert.deepEqual(await cspProblems(page), []);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('the fallback stays, and nothing is thrown, when the WebAssembly or the glue cannot load', async () => {
  const cases = [
    { name: '.wasm 404', opts: { fail: ['stevns-rights-wizard_bg.wasm'] }, allowed: [/status of 404/] },
    { name: 'glue .js 404', opts: { fail: ['stevns-rights-wizard.js'] }, allowed: [/status of 404/, /Failed to fetch dynamically imported module/] },
    {
      name: 'CSP without wasm-unsafe-eval',
      opts: { csp: "default-src 'self'; script-src 'self'; style-src 'self'" },
      allowed: [/Content Security Policy|WebAssembly|wasm-unsafe-eval/i],
    },
  ];
  for (const c of cases) {
    const page = await browser.hostPage(c.opts);
    await page.goto(HOST);
    await page.waitForFunction(() => document.querySelectorAll('[data-rights-wizard-failed="load"]').length === 2, null, { timeout: 8000 });
    for (const id of ['rw-a', 'rw-b']) {
      const el = page.locator(`#${id}`);
      assert.equal(await el.locator('section.srw').count(), 0, `${c.name}: no widget in #${id}`);
      assert.match(await el.locator('p.fallback').textContent(), /Digital Post via borger\.dk/, `${c.name}: fallback kept in #${id}`);
      assert.equal(await el.getAttribute('data-rights-wizard-started'), null);
    }
    assert.equal(await page.evaluate(() => window.StevnsRightsWizard.ready), false);
    assert.equal(await page.evaluate(() => window.StevnsRightsWizard.start()), false);
    assert.deepEqual(page.problems.filter((p) => p.startsWith('pageerror')), [], `${c.name}: an uncaught error`);
    assert.deepEqual(unexpected(page, c.allowed), [], c.name);
    assert.equal(page.warnings.filter((w) => /could not start; the fallback text stays/.test(w)).length, 1, `${c.name}: ${page.warnings}`);
    await page.close();
  }
});

test('host events carry step, right, route and action only — never what the citizen typed', async () => {
  const page = await browser.hostPage();
  // Listening from the start, as a host's own script would (init scripts are not subject to
  // the page's CSP).
  await page.addInitScript(() => {
    window.__events = [];
    for (const type of ['rights-wizard:step', 'rights-wizard:handoff']) {
      document.addEventListener(type, (e) => window.__events.push({
        type: e.type, bubbles: e.bubbles, target: e.target.id, keys: Object.keys(e.detail),
        json: JSON.stringify(e.detail), detail: e.detail,
      }));
    }
  });
  await page.goto(HOST);
  const a = widget(page, 'rw-a', 1);
  const b = widget(page, 'rw-b', 2);
  await a.at('start');
  const typed = {
    name: 'Jens Hansen', cpr: '010180-1234', email: 'jens.hansen@example.dk', areas: 'Jobcenter og Borgerservice',
  };
  await toPerson(a, { areas: typed.areas });
  await fromPerson(a, { ...typed, route: 'email' });
  await a.button('Kopiér teksten').click();
  const download = page.waitForEvent('download');
  await a.button('Hent som fil (.txt)').click();
  await download;
  await page.locator('#srw1-mailto').evaluate((el) => el.addEventListener('click', (e) => e.preventDefault()));
  await page.click('#srw1-mailto');
  await b.button('Start').click();
  await b.at('who');
  await page.waitForFunction(() => window.__events.filter((e) => e.type === 'rights-wizard:handoff').length >= 3);

  const events = await page.evaluate(() => window.__events);
  const STEPS = ['start', 'who', 'right', 'guide', 'about', 'details', 'follow-kind', 'original', 'outcome', 'person', 'route', 'check', 'send'];
  const RIGHTS = ['access', 'rectification', 'erasure', 'restriction', 'objection', 'consent', 'portability', 'automated', 'source'];
  const ACTIONS = ['copy', 'download', 'print', 'calendar', 'digital-post', 'email', 'web'];
  assert.ok(events.length >= 9, JSON.stringify(events));
  for (const e of events) {
    assert.equal(e.bubbles, true);
    assert.ok(['rw-a', 'rw-b'].includes(e.target), `dispatched on the mount element, not ${e.target}`);
    assert.deepEqual(e.keys.sort(), ['action', 'right', 'route', 'step']);
    assert.ok(STEPS.includes(e.detail.step), e.json);
    assert.ok(e.detail.right === null || RIGHTS.includes(e.detail.right), e.json);
    assert.ok(['digital-post', 'email'].includes(e.detail.route), e.json);
    if (e.type === 'rights-wizard:step') assert.equal(e.detail.action, null, e.json);
    else assert.ok(ACTIONS.includes(e.detail.action), e.json);
    for (const [what, value] of Object.entries(typed)) {
      for (const part of [value, ...value.split(/[\s@.-]+/).filter((x) => x.length >= 4)]) {
        assert.ok(!e.json.toLowerCase().includes(part.toLowerCase()), `event carries the ${what} (${part}): ${e.json}`);
      }
    }
  }
  const mine = events.filter((e) => e.target === 'rw-a');
  assert.deepEqual(mine.filter((e) => e.type === 'rights-wizard:step').map((e) => e.detail.step),
    ['start', 'who', 'right', 'about', 'details', 'person', 'route', 'check', 'send']);
  assert.deepEqual(mine.filter((e) => e.type === 'rights-wizard:handoff').map((e) => [e.detail.action, e.detail.right, e.detail.route]),
    [['copy', 'access', 'email'], ['download', 'access', 'email'], ['email', 'access', 'email']]);
  assert.deepEqual(events.filter((e) => e.target === 'rw-b').map((e) => e.detail.step), ['start', 'who'], 'b reports its own steps');
  assert.deepEqual(await cspProblems(page), []);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('options from attributes and a JSON block apply; bad ones warn once each and the widget still works', async () => {
  const page = await browser.hostPage();
  await page.goto(CONFIG);
  await page.waitForFunction(() => document.querySelectorAll('section.srw').length === 4);
  const warnings = page.warnings.filter((w) => w.startsWith('Stevns rights wizard:'));
  // One warning per bad option, each naming it: 7 on #rw-bad, 1 on #rw-missing.
  const expected = ['"colour"', '"email"', '"rights"', '"headingLevel"', '"right"', '"data-langauge"', '"digitalPostUrl"', '"data-config"'];
  assert.equal(warnings.length, expected.length, warnings.join('\n'));
  for (const name of expected) {
    assert.equal(warnings.filter((w) => w.includes(name)).length, 1, `one warning naming ${name}:\n${warnings.join('\n')}`);
  }
  assert.deepEqual(page.warnings.filter((w) => !w.startsWith('Stevns rights wizard:')), []);

  // Bad options → defaults: h2, Danish, all nine rights, nothing preselected; it works.
  const bad = widget(page, 'rw-bad', 3);
  assert.equal(await page.locator('#rw-bad h2.srw-heading').count(), 1);
  assert.equal(await page.getAttribute('#rw-bad section.srw', 'lang'), 'da');
  await bad.button('Start').click();
  await bad.at('who');
  await bad.pick('who', 'myself');
  await bad.button('Fortsæt').click();
  await bad.at('right');
  assert.equal(await page.locator('input[name="srw3-right"]').count(), 10, 'nine rights and "unsure"');

  // Attributes: English, h3, two rights, own e-mail and reference prefix.
  const attrs = widget(page, 'rw-attrs', 1);
  assert.equal(await page.getAttribute('#rw-attrs section.srw', 'lang'), 'en');
  assert.equal(await page.locator('#rw-attrs h3.srw-heading').count(), 1);
  await attrs.button('Start').click();
  await attrs.at('who');
  await attrs.pick('who', 'myself');
  await attrs.button('Continue').click();
  await attrs.at('right');
  const offered = await page.$$eval('input[name="srw1-right"]', (els) => els.map((e) => e.value));
  assert.deepEqual(offered.filter((v) => v !== 'unsure'), ['access', 'erasure']);
  await attrs.pick('right', 'access');
  await attrs.button('Continue').click();
  await attrs.at('about');
  await attrs.button('Continue').click();
  await attrs.at('details');
  await attrs.button('Continue').click();
  await attrs.at('person');
  await attrs.fill('name', 'Jens Hansen');
  await attrs.fill('address', 'Testvej 1, 4660 Store Heddinge');
  await attrs.button('Continue').click();
  await attrs.at('route');
  await attrs.pick('route', 'email');
  await attrs.button('Continue').click();
  await attrs.at('check');
  await attrs.button('Create the letter').click();
  await attrs.at('send');
  assert.match(await page.getAttribute('#srw1-mailto', 'href'), /^mailto:privacy@example\.dk\?/);
  assert.match(await page.textContent('#srw1-reference'), /XY-/);

  // JSON block: the attribute's "da" wins over the block's "en"; the rest of the block applies.
  const json = widget(page, 'rw-json', 2);
  assert.equal(await page.getAttribute('#rw-json section.srw', 'lang'), 'da');
  await json.button('Start').click();
  await json.at('who');
  assert.match(await page.textContent('#rw-json'), /ansat i Testby Kommune/, 'the block\'s municipality');
  await json.pick('who', 'myself');
  await json.button('Fortsæt').click();
  await json.at('right');
  const jsonRights = await page.$$eval('input[name="srw2-right"]', (els) => els.map((e) => e.value));
  assert.deepEqual(jsonRights.filter((v) => v !== 'unsure'), ['access', 'erasure'], 'the block\'s two rights');
  // Erasure is chosen in advance: "Fortsæt" without picking goes on to its page. (That its radio
  // also shows as checked is the todo test below.)
  await json.button('Fortsæt').click();
  await json.at('about');
  assert.match(await page.textContent('#srw2-heading'), /[Ss]let/);

  // A data-config naming nothing: defaults, working.
  assert.equal(await page.locator('#rw-missing section.srw[data-step="start"]').count(), 1);
  assert.deepEqual(await cspProblems(page), []);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('one global at most, starting twice is harmless, and content added later starts', async () => {
  const page = await browser.hostPage();
  await page.goto(LATER);
  const keysBefore = await page.evaluate(() => Object.keys(window));
  await page.addStyleTag({ url: `${MEDIA}widget.css` });
  await page.addScriptTag({ url: `${MEDIA}rights-wizard.js`, type: 'module' });
  const a = widget(page, 'rw-a', 1);
  await a.at('start');
  await a.button('Start').click();
  await a.at('who');
  await a.pick('who', 'myself');

  // Start again, three ways: the global, the module's export, a second copy of the loader.
  assert.equal(await page.evaluate(() => window.StevnsRightsWizard.start()), true);
  assert.equal(await page.evaluate(async (url) => (await import(url)).start(), `${MEDIA}rights-wizard.js`), true);
  await page.addScriptTag({ url: `${MEDIA}rights-wizard.js?copy=2`, type: 'module' });
  await page.evaluate(async (url) => (await import(url)).ready, `${MEDIA}rights-wizard.js?copy=2`);
  assert.equal(await page.locator('#rw-a section.srw').count(), 1, 'still one widget');
  assert.equal(await a.step(), 'who', 'its state is kept');
  assert.equal(await page.isChecked('input[name="srw1-who"][value="myself"]'), true);
  assert.equal(await page.locator('[id^="srw2-"]').count(), 0, 'no second set of ids');

  // A mount element added later starts on start(), with its own prefix.
  await page.evaluate(() => {
    const el = document.createElement('div');
    el.id = 'rw-later';
    el.setAttribute('data-rights-wizard', '');
    el.setAttribute('data-lang', 'en');
    el.textContent = 'Fallback';
    document.body.append(el);
  });
  assert.equal(await page.evaluate(() => window.StevnsRightsWizard.start()), true);
  const later = widget(page, 'rw-later', 2);
  await later.at('start');
  assert.equal(await page.getAttribute('#rw-later section.srw', 'lang'), 'en');
  await later.button('Start').click();
  await later.at('who');
  assert.equal(await page.locator('#srw2-heading').count(), 1);
  assert.equal(await a.step(), 'who');

  // Globals: only StevnsRightsWizard is new, and it is read-only (checkConfig is for the guide's builder, loadTexts for the widget's English texts).
  await a.button('Fortsæt').click();
  await a.at('right');
  const added = await page.evaluate((before) => Object.keys(window).filter((k) => !before.includes(k)), keysBefore);
  assert.deepEqual(added, ['StevnsRightsWizard']);
  assert.deepEqual(await page.evaluate(() => Object.keys(window.StevnsRightsWizard).sort()), ['checkConfig', 'loadTexts', 'ready', 'start']);
  assert.equal(await page.evaluate(() => { try { window.StevnsRightsWizard = 1; } catch { /* strict */ } return typeof window.StevnsRightsWizard; }), 'object');
  assert.deepEqual(await cspProblems(page), []);
  assert.deepEqual(page.problems, []);
  await page.close();
});

// Unless each choice is keyed (src/ui/components/choice_group.rs), Yew reuses the "who" page's
// radio elements for the "right" page, and when the rights list is limited the browser's
// radio-group rules clear the preselected right as the inputs change name, while the state
// still holds it.
test('a right chosen in advance shows as selected when the rights list is limited', async () => {
  const page = await browser.hostPage();
  await page.goto(CONFIG);
  const json = widget(page, 'rw-json', 2);
  await json.at('start');
  await json.button('Start').click();
  await json.at('who');
  await json.pick('who', 'myself');
  await json.button('Fortsæt').click();
  await json.at('right');
  const checked = await page.$$eval('input[name="srw2-right"]', (els) => els.filter((e) => e.checked).map((e) => e.value));
  assert.deepEqual(checked, ['erasure']);
  await page.close();
});

// widget.css neutralises host element rules: `all: revert` for the widget's descendants, a root
// that inherits nothing typographic, and rem units that ignore `html { font-size: 10px }`.
test('the widget looks the same on a neutral and on a hostile host page', async () => {
  const GEOMETRY = /^(top|right|bottom|left|inset-.*)$/;
  async function look(theme) {
    const page = await browser.hostPage({ theme });
    await page.goto(HOST);
    const a = widget(page, 'rw-a', 1);
    const out = {};
    const grab = async (label) => Object.assign(out, await page.evaluate(({ label, geometry }) => {
      const o = {};
      const re = new RegExp(geometry);
      for (const el of document.querySelectorAll('#rw-a section.srw, #rw-a section.srw *')) {
        const key = `${label} ${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`;
        if (o[key]) continue;
        const cs = getComputedStyle(el);
        o[key] = Object.fromEntries([...cs].filter((p) => !p.startsWith('--') && !re.test(p)).map((p) => [p, cs.getPropertyValue(p)]));
      }
      return o;
    }, { label, geometry: GEOMETRY.source }));
    await a.at('start');
    await grab('start');
    await a.button('Start').click();
    await a.at('who');
    await a.button('Fortsæt').click();
    await page.waitForSelector('#rw-a .srw-error-summary');
    await grab('who-error');
    await page.close();
    return out;
  }
  const neutral = await look('');
  const hostile = await look(undefined);
  const diffs = [];
  for (const [el, props] of Object.entries(neutral)) {
    for (const [p, v] of Object.entries(props)) {
      if (hostile[el]?.[p] !== v) diffs.push(`${el} ${p}: ${v} → ${hostile[el]?.[p]}`);
    }
  }
  assert.deepEqual(diffs.slice(0, 40), [], `${diffs.length} differences`);
});

// `@page { size: A4; margin: 2cm }` inside `@media print` applies to every page that loads
// widget.css: printing the host page itself gets A4 and 2 cm margins. A named page used only
// while the letter prints keeps it inside the widget (see the embedding report).
test('widget.css has no page-wide @page rule', async () => {
  const page = await browser.hostPage();
  await page.goto(HOST);
  await page.waitForSelector('#rw-a section.srw');
  const pageRules = await page.evaluate(() => {
    const sheet = [...document.styleSheets].find((s) => s.href && s.href.endsWith('/widget.css'));
    const out = [];
    const walk = (rules) => {
      for (const r of rules) {
        if (r instanceof CSSPageRule) out.push(r.selectorText);
        else if (r.cssRules) walk(r.cssRules);
      }
    };
    walk(sheet.cssRules);
    return out;
  });
  assert.deepEqual(pageRules.filter((sel) => sel === ''), [], `unnamed @page rules: ${pageRules.length}`);
  await page.close();
});
