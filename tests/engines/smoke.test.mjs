// The three-engine smoke test: most citizens open stevns.dk on an iPhone (WebKit), some in
// Firefox; the Playwright e2e suite runs Chromium only. Through WebDriver, in Chromium
// (chromedriver), Firefox ESR (geckodriver) and WebKitGTK's MiniBrowser (WebKitWebDriver, under
// xvfb-run), each engine runs:
//  (a) a whole journey with real typing (key events, not value setting) from the start page to
//      the letter;
//  (b) the step-change focus check at a phone's 375 × 667: after "Fortsæt" pressed at the
//      bottom of "Om dig", the next step's heading has focus and it and its "Trin n af m"
//      caption are on screen;
//  (c) printing: "Udskriv" builds the letter-only print copy and marks the page as printing
//      while window.print() runs, and cleans up after `afterprint` (PDF page counts are
//      Chromium-only: tests/e2e/print.test.mjs);
//  (d) one CMS fixture (embed/test/hosts/richtext.html: radios hidden by the theme, ::before
//      bullets, green links), served with its strict CSP by a small server here: the radios
//      are visible and full size, the error summary has no host bullets;
//  (e) the pre-rendered start step's rules (`:has()`, the `scripting` media feature): shown
//      with the fallback hidden and as tall as the live start step; the fallback instead when
//      the files failed or the pre-render is stale;
//  (f) English as its own file (texts.en.json, fetched with the loader's `fetch` and handed to
//      the WebAssembly through a promise): a switch on the person step shows English and keeps
//      what was typed; `?lang=en` starts in English.
// SRW_ENGINES (comma-separated, default "chromium,firefox,webkit") picks the engines; every test
// name starts with its engine, and so does every failure message.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { startSession } from './webdriver.mjs';
import { BASE, PAGES, THEMES, HERE, CSP, MEDIA } from '../../embed/test/harness.mjs';

const ENGINES = (process.env.SRW_ENGINES || 'chromium,firefox,webkit').split(',').map((e) => e.trim()).filter(Boolean);
const P = 'srw1-';
const SUBMIT = '.srw button[type=submit]';

// ---- The CMS host server: host pages with the strict CSP, their themes, and the widget's files
// at /media/rights-wizard/ (dist/'s, fetched from the server at SRW_BASE_URL).
const TYPES = { css: 'text/css', woff2: 'font/woff2', woff: 'font/woff', ttf: 'font/ttf', svg: 'image/svg+xml', png: 'image/png', js: 'text/javascript' };
let host;
let HOST;

async function serveHost(req, res) {
  const url = new URL(req.url, 'http://x');
  const path = url.pathname;
  const send = (status, type, body, headers = {}) => { res.writeHead(status, { 'content-type': type, ...headers }); res.end(body); };
  if (path in PAGES) {
    return send(200, 'text/html; charset=utf-8', await readFile(HERE + PAGES[path]), { 'content-security-policy': CSP });
  }
  const prefix = Object.keys(THEMES).find((x) => path.startsWith(x));
  if (prefix) {
    const rest = decodeURIComponent(path.slice(prefix.length));
    const type = TYPES[rest.split('.').pop()];
    if (!type || rest.split('/').includes('..')) return send(404, 'text/plain', 'Not found');
    return readFile(THEMES[prefix] + rest).then((b) => send(200, type, b), () => send(404, 'text/plain', 'Not found'));
  }
  // Any other theme stylesheet is the fixture file of that name (host-sticky.css).
  const themeFile = /^\/kommune\/theme\/([a-z0-9-]+\.css)$/.exec(path);
  if (themeFile) return readFile(HERE + themeFile[1]).then((b) => send(200, 'text/css', b), () => send(404, 'text/plain', 'Not found'));
  if (path.startsWith(MEDIA)) {
    const r = await fetch(`${BASE}/${path.slice(MEDIA.length)}${url.search}`);
    return send(r.status, r.headers.get('content-type') || 'application/octet-stream', Buffer.from(await r.arrayBuffer()));
  }
  return send(404, 'text/plain', 'Not on this host');
}

before(async () => {
  host = createServer((req, res) => serveHost(req, res).catch((e) => { res.writeHead(500); res.end(String(e)); }));
  await new Promise((r) => host.listen(0, '127.0.0.1', r));
  HOST = `http://127.0.0.1:${host.address().port}`;
});
after(() => host?.close());

// ---- Steps a citizen takes, in the page's own terms.

/** Waits until the widget shows step `name`. */
const atStep = (s, name) => s.waitFor(`step "${name}"`, (n) => document.querySelector(`section.srw[data-step="${n}"]`) !== null, [name]);

/** Clicks the button whose text is `text` (inside the widget). */
async function clickButton(s, text) {
  const id = await s.exec((t) => {
    const b = [...document.querySelectorAll('.srw button')].find((x) => x.textContent.replace(/\s+/g, ' ').trim() === t);
    if (!b) return null;
    b.id ||= `srw-smoke-${Math.random().toString(36).slice(2)}`;
    return b.id;
  }, text);
  assert.ok(id, `${s.engine}: no button "${text}"`);
  await s.click(`[id="${id}"]`);
}

/** "Fortsæt", then waits for step `next`. */
async function cont(s, next) {
  await clickButton(s, 'Fortsæt');
  await atStep(s, next);
}

/** Opens `page` (default: the demo) with `query`, with no draft left in the tab, and waits for
 *  the widget to start. */
async function openDemo(s, query = '', page = `${BASE}/index.html`) {
  // A draft kept in this tab's sessionStorage would win over the URL: start afresh, from a page
  // of the same origin without the widget (which would save its draft again on leaving).
  await s.goto(`${new URL(page).origin}/no-widget-here`);
  await s.exec(() => sessionStorage.clear());
  await s.goto(`${page}${query}`);
  // The live widget, not the start step pre-rendered into the demo page.
  await s.waitFor('the widget', () => document.querySelector('section.srw:not([data-srw-prerender])') !== null);
  // Errors from here on are collected (the widget must never throw).
  await s.exec(() => {
    window.__smokeErrors = [];
    addEventListener('error', (e) => window.__smokeErrors.push(String(e.message)));
    addEventListener('unhandledrejection', (e) => window.__smokeErrors.push(String(e.reason)));
  });
}

async function noErrors(s) {
  assert.deepEqual(await s.exec(() => window.__smokeErrors), [], `${s.engine}: page errors`);
}

/** Where `selectors` are on screen: top and bottom in CSS px relative to the window. */
const boxes = (s, selectors) => s.exec((sel) => sel.map((q) => {
  const el = document.querySelector(q);
  if (!el) return { q, missing: true };
  const r = el.getBoundingClientRect();
  return { q, top: Math.round(r.top), bottom: Math.round(r.bottom), inner: innerHeight };
}), selectors);

for (const engine of ENGINES) {
  describe(engine, () => {
    let s;
    before(async () => {
      s = await startSession(engine);
      process.stderr.write(`# ${engine}: ${s.browser}\n`);
      await s.viewport(1024, 768);
    });
    after(async () => { await s?.quit(); });

    test(`${engine}: (a) a whole journey, typed key by key, from the start page to the letter; (c) "Udskriv" prints the letter alone`, async () => {
      await s.viewport(1024, 768);
      await openDemo(s);
      await atStep(s, 'start');
      await clickButton(s, 'Start');
      await atStep(s, 'who');
      await s.click(`input[name="${P}who"][value="myself"]`);
      await cont(s, 'right');
      await s.click(`input[name="${P}right"][value="access"]`);
      await cont(s, 'about');
      await cont(s, 'details');
      await s.type(`#${P}access-areas`, 'Jobcenter og Børn & Unge');
      await cont(s, 'person');
      await s.type(`#${P}name`, 'Åse Ærø-Øster');
      await s.type(`#${P}address`, 'Møllevej 7, 4660 Store Heddinge');
      // What was typed arrived through the key events the widget listens to.
      assert.equal(await s.exec((p) => document.getElementById(`${p}name`).value, P), 'Åse Ærø-Øster', `${engine}: typed name`);
      await cont(s, 'route');
      await s.click(`input[name="${P}route"][value="digital-post"]`);
      await cont(s, 'check');
      await clickButton(s, 'Lav brevet');
      await atStep(s, 'send');
      const body = await s.exec((p) => document.getElementById(`${p}body`).textContent, P);
      for (const typed of ['Åse Ærø-Øster', 'Møllevej 7, 4660 Store Heddinge', 'Jobcenter og Børn & Unge']) {
        assert.ok(body.includes(typed), `${engine}: the letter has "${typed}":\n${body}`);
      }
      assert.match(body, /artikel 15/, `${engine}: the letter names the article`);

      // (c) Printing, with window.print() stubbed (a real print dialog would block the driver).
      await s.exec(() => {
        window.__printed = [];
        window.print = () => window.__printed.push({
          printing: document.documentElement.classList.contains('srw-printing'),
          copy: document.querySelector('.srw-print-root .srw-letter')?.textContent ?? null,
        });
      });
      await clickButton(s, 'Udskriv');
      const printed = await s.waitFor('window.print()', () => window.__printed.length && window.__printed);
      assert.equal(printed.length, 1, `${engine}: printed once`);
      assert.equal(printed[0].printing, true, `${engine}: html.srw-printing while printing`);
      assert.ok(printed[0].copy?.includes('Åse Ærø-Øster'), `${engine}: the print copy holds the letter: ${printed[0].copy}`);
      await s.exec(() => dispatchEvent(new Event('afterprint')));
      assert.deepEqual(await s.exec(() => ({
        printing: document.documentElement.classList.contains('srw-printing'),
        copies: document.querySelectorAll('.srw-print-root').length,
      })), { printing: false, copies: 0 }, `${engine}: printing over, the page is as it was`);
      await noErrors(s);
    });

    // On the demo page, and on a host page with a 96 px sticky header (embed/test/host-sticky.html,
    // which sets --srw-scroll-offset): the heading and its caption must be below the header.
    for (const [where, url, root, top] of [
      ['the demo page', () => `${BASE}/index.html`, '', 0],
      ['a host with a 96 px sticky header', () => `${HOST}/kommune/borger/fast-sidehoved/`, '#rw-a ', 96],
    ]) {
      test(`${engine}: (b) 375×667 on ${where}: after "Fortsæt" from the bottom of "Om dig", the next heading has focus and is on screen with its caption`, async () => {
        const size = await s.viewport(375, 667);
        // Desktop windows have a minimum width (Firefox 500 px, MiniBrowser 447 px; see
        // Session.viewport): the height, which is what this check is about, is the phone's.
        assert.ok(size.height === 667 && size.width >= 375 && size.width <= 500, `${engine}: viewport ${JSON.stringify(size)}`);
        try {
          await openDemo(s, '?right=access&who=myself&step=person', url());
          await s.waitFor('step "person"', (r) => document.querySelector(`${r}section.srw[data-step="person"]`) !== null, [root]);
          const p = (await s.exec((r) => document.querySelector(`${r}.srw-heading`).id, root)).replace(/heading$/, '');
          await s.type(`#${p}name`, 'Jens Hansen');
          await s.type(`#${p}address`, 'Møllevej 7, 4660 Store Heddinge');
          // A citizen who has read down the form and presses the button at its bottom.
          await s.exec((r) => {
            const b = document.querySelector(`${r}.srw button[type=submit]`);
            scrollBy(0, b.getBoundingClientRect().bottom - innerHeight + 8);
          }, root);
          await s.click(`${root}${SUBMIT}`);
          await s.waitFor('step "route"', (r) => document.querySelector(`${r}section.srw[data-step="route"]`) !== null, [root]);
          await s.waitFor('focus on the heading', (p) => document.activeElement?.id === `${p}heading`, [p]);
          // Let any scrolling the engine does after the render settle (two frames and a bit).
          await s.execAsync('const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 150)));');
          for (const b of await boxes(s, [`#${p}step`, `#${p}heading`])) {
            assert.ok(!b.missing, `${engine}: ${b.q} is missing`);
            assert.ok(b.top >= top && b.bottom <= b.inner, `${engine}: ${b.q} should be inside the 667 px window${top ? ` below the ${top} px header` : ''} after the step change: ${JSON.stringify(b)}`);
          }
          await noErrors(s);
        } finally {
          await s.viewport(1024, 768);
        }
      });
    }

    test(`${engine}: (e) the pre-rendered start step: shown with the fallback hidden, the same size as the live one; hidden when the files failed or it is stale`, async () => {
      await s.viewport(1024, 768);
      await openDemo(s);
      await atStep(s, 'start');
      // A second mount element, never started, with the shipped pre-render and a fallback.
      const facts = await s.execAsync(`const done = arguments[arguments.length - 1];
        fetch('/prerender.da.html').then((r) => r.text()).then((html) => {
          const m = document.createElement('div');
          m.setAttribute('data-rights-wizard', '');
          m.innerHTML = html + '<p class="smoke-fallback">Ring til os.</p>';
          document.querySelector('[data-rights-wizard]').after(m);
          const pre = m.querySelector('[data-srw-prerender]');
          const fb = m.querySelector('.smoke-fallback');
          const live = document.querySelector('section.srw:not([data-srw-prerender])');
          const shown = () => [getComputedStyle(pre).display !== 'none', getComputedStyle(fb).display !== 'none'];
          const out = { fresh: shown(), size: [pre.getBoundingClientRect().height, live.getBoundingClientRect().height].map(Math.round) };
          // The loader's marks: held (as the loader leaves it), then failed, then stale.
          m.setAttribute('data-rights-wizard-prerender', 'held');
          out.held = shown();
          m.removeAttribute('data-rights-wizard-prerender');
          m.setAttribute('data-rights-wizard-failed', 'load');
          out.failed = shown();
          m.removeAttribute('data-rights-wizard-failed');
          m.setAttribute('data-rights-wizard-prerender', 'stale');
          out.stale = shown();
          m.remove();
          done(out);
        });`);
      assert.deepEqual(facts.fresh, [true, false], `${engine}: pre-render shown, fallback hidden`);
      assert.equal(facts.size[0], facts.size[1], `${engine}: the pre-render is as tall as the live start step`);
      assert.deepEqual(facts.held, [true, false], `${engine}: held: pre-render shown, fallback hidden`);
      assert.deepEqual(facts.failed, [false, true], `${engine}: files failed: fallback shown`);
      assert.deepEqual(facts.stale, [false, true], `${engine}: stale: fallback shown`);
      await noErrors(s);
    });

    test(`${engine}: (f) English from its own file: a switch keeps what was typed; an English page starts in English`, async () => {
      await s.viewport(1024, 768);
      await openDemo(s, '?right=access&who=myself&step=person');
      await atStep(s, 'person');
      await s.type(`#${P}name`, 'Åse Ærø');
      await s.click('.srw .srw-lang__button[lang="en"]');
      await s.waitFor('the English page', () => document.querySelector('section.srw')?.lang === 'en');
      assert.equal(await s.exec((p) => document.getElementById(`${p}name`).value, P), 'Åse Ærø', `${engine}: typed name kept`);
      assert.equal(await s.exec(() => document.querySelector('.srw-texts-failed')), null, `${engine}: no failure notice`);
      assert.equal(await s.exec(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('/texts.en.json')).length), 1, `${engine}: one fetch of texts.en.json`);
      await openDemo(s, '?lang=en');
      await s.waitFor('the English start page', () => document.querySelector('section.srw[lang="en"][data-step="start"]') !== null);
      assert.match(await s.exec(() => document.querySelector('section.srw h2')?.textContent ?? ''), /^Ask the municipality for your data/, `${engine}: the English start heading`);
      await noErrors(s);
    });

    test(`${engine}: (d) on a CMS rich-text block (radios hidden by the theme, ::before bullets): radios visible, no host bullets in the error summary`, async () => {
      await s.goto(`${HOST}/kommune/richtext/rettigheder/`);
      await s.waitFor('the widget on the host', () => document.querySelector('#rw section.srw') !== null);
      const p = (await s.exec(() => document.querySelector('#rw .srw-heading')?.id ?? '')).replace(/heading$/, '');
      await clickButton(s, 'Start');
      await s.waitFor('step "who"', () => document.querySelector('#rw section.srw[data-step="who"]') !== null);
      // A failed "Fortsæt": the error summary with its list.
      await s.click(`#rw ${SUBMIT}`);
      await s.waitFor('the error summary', () => document.querySelector('#rw .srw-error-summary__list li') !== null);
      const facts = await s.exec((p) => {
        const cs = (el, pseudo) => getComputedStyle(el, pseudo);
        const radio = document.querySelector(`#rw input[name="${p}who"]`);
        radio.scrollIntoView({ block: 'center' });
        const r = radio.getBoundingClientRect();
        const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
        const li = document.querySelector('#rw .srw-error-summary__list li');
        return {
          opacity: cs(radio).opacity, width: r.width, height: r.height, hit: hit === radio,
          before: cs(li, '::before').content, listStyle: cs(li).listStyleType,
        };
      }, p);
      assert.equal(facts.opacity, '1', `${engine}: the radio is not hidden: ${JSON.stringify(facts)}`);
      assert.ok(facts.width >= 20 && facts.height >= 20, `${engine}: the radio is full size: ${JSON.stringify(facts)}`);
      assert.ok(facts.hit, `${engine}: a click at the radio's centre hits it: ${JSON.stringify(facts)}`);
      assert.ok(['none', 'normal', ''].includes(facts.before), `${engine}: no host bullet (::before) in the error summary: ${JSON.stringify(facts)}`);
      // And the radio works: picking it and going on.
      await s.click(`#rw input[name="${p}who"][value="myself"]`);
      await s.click(`#rw ${SUBMIT}`);
      await s.waitFor('step "right"', () => document.querySelector('#rw section.srw[data-step="right"]') !== null);
    });
  });
}
