// Performance bench for the widget: what a citizen downloads and waits for. Run through
// `scripts/bench`, which installs what is missing and builds the release bundle first; this file
// only measures an existing dist/.
//
//   node scripts/bench.mjs [--dist DIR] [--loads N] [--wizard-runs N] [--port P] [--out FILE]
//                          [--update-static] [--phone-loads N] [--phone-port P]
//
// 1. Sizes of the three files an embedding page downloads (wasm, JS glue, widget.css): raw,
//    `gzip -9` and `brotli -q 11` (the CLIs), and the brotli total; beside it texts.en.json,
//    which only a page that shows English downloads, and the total of such a page.
// 2. First render: the demo page with the widget, and bench/static-first-step.html (the same page
//    with the widget's start page pasted in as plain HTML, same widget.css, no script), loaded
//    alternately --loads times each (default 20) in headless Chromium. Every load gets a FRESH
//    BROWSER CONTEXT (its own empty in-memory HTTP cache, and a renderer that has never compiled
//    the wasm, so the wasm is fetched and compiled every time; the wasm's resource timing is
//    checked to show that it came over the network, not from a cache). The new tab first opens
//    an empty page from the same server (bench-blank.html, no subresources, not timed), so the
//    renderer process is started and has drawn a frame before the clock starts: otherwise
//    process start-up and the first frame of a new renderer, which take hundreds of ms on a
//    busy 2-core machine, land in both figures alike and pull the ratio towards 1.
//    "Painted" is measured inside the page, relative to navigation start (performance.now()):
//      - an init script (run before any page script) watches the document with a
//        MutationObserver for #srw1-heading, the first step's heading (the static copy has the
//        same id); the moment it is in the DOM is `in_dom`;
//      - in that same observer callback (a microtask, so before the next rendering step) it
//        gives the heading an `elementtiming` attribute; Chromium's Element Timing API then
//        reports the heading text's renderTime, the timestamp of the frame that first showed it:
//        that is the primary figure ("element" below);
//      - as a cross-check and fallback it also takes performance.now() in a second nested
//        requestAnimationFrame after the heading appeared: the first rAF runs before the frame
//        that contains the heading is painted, the second at the start of the frame after, so
//        this is the paint plus at most one frame interval ("raf2" below). If any load gives no
//        element-timing entry, the ratio is computed from raf2 instead, and the output says so.
//    The ratio is median(widget) / median(static). One warm-up load of each is not counted.
//    The static copy must stay the widget's real start page: every run compares it with the live
//    markup and warns on a difference; --update-static pastes the live markup into
//    bench/static-first-step.html (between its BEGIN/END markers) before measuring.
//    On a loaded machine scheduling latency still dominates these timings, so the bench warns
//    when the load average exceeds the number of CPUs.
// 3. Step changes: whole runs of the wizard (start → who → right (access) → about → details →
//    person (a name typed) → route → check → send), each in a fresh context. Answers are given
//    with Playwright (check/fill); each step change is timed inside the page by one
//    page.evaluate that takes performance.now(), dispatches the click on the button
//    synchronously (element.click()) and resolves from a MutationObserver callback once the
//    section's data-step has changed and the new step's heading is in the DOM — no Playwright
//    round-trip is inside the measured interval. Before each click the page is let settle for two
//    animation frames.
// 4. Memory after each run, and again after a soak (five more letters, each after a text grown to
//    2,000 characters in 20 edits, then the letter in English and back twice; the budget takes
//    the larger): the byteLength of the wasm linear memory (the wasm-bindgen exports'
//    `memory`, taken from the TrunkApplicationStarted event the demo page dispatches, or from
//    wasmBindings.initSync(), which returns the exports once initialised), and
//    performance.memory.usedJSHeapSize after a forced GC (Chromium runs with
//    --enable-precise-memory-info and --js-flags=--expose-gc). The budget uses the largest run.
// 6. The phone profile (what a citizen on a phone feels): Lighthouse's mobile throttling applied
//    through the DevTools protocol on each measured tab (Network.emulateNetworkConditions: 150 ms
//    latency, 1.6 Mbit/s down and 750 kbit/s up × 0.9; Emulation.setCPUThrottlingRate 4), a
//    390 px mobile viewport, the files served precompressed by a small node server in this
//    process (brotli q11 when the browser offers br — Chromium does so only on https, so the
//    server runs on https with a throw-away self-signed certificate; gzip on http when openssl
//    is missing). --phone-loads (default 11) alternating loads of the demo and the static copy,
//    each in a fresh context; reported: the first question painted (a visible heading and a
//    control inside the mount element), the time until the widget answers a click on Start, the
//    layout shift during the load, and the ratio to the static copy (see phoneProbe).
// 5. Each figure is compared with bench/budgets.json ("max" fails, "aim" is only reported),
//    the results are written to bench/results.json, and the exit code is 1 on a breach
//    (2 if the bench itself could not run).
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/e2e/browser.mjs';
import { spawn, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FILES = {
  wasm: 'stevns-rights-wizard_bg.wasm',
  js: 'stevns-rights-wizard.js',
  css: 'widget.css',
};
/** Downloaded only where a widget shows English (the texts are their own file, so a Danish
 *  page does not pay for them): reported beside the total, which every page downloads. */
const ENGLISH_TEXTS = 'texts.en.json';
const STATIC_NAME = 'static-first-step.html';
const BLANK_NAME = 'bench-blank.html';
const HEADING_ID = 'srw1-heading';
const P = 'srw1-';

// ---------------------------------------------------------------- options
function parseArgs(argv) {
  const o = {
    dist: join(ROOT, 'dist'),
    loads: 20,
    wizardRuns: 3,
    port: 0,
    out: join(ROOT, 'bench', 'results.json'),
    budgets: join(ROOT, 'bench', 'budgets.json'),
    updateStatic: false,
    phoneLoads: 11,
    phonePort: 0,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--dist') o.dist = resolve(val());
    else if (a === '--loads') o.loads = Number(val());
    else if (a === '--wizard-runs') o.wizardRuns = Number(val());
    else if (a === '--port') o.port = Number(val());
    else if (a === '--out') o.out = resolve(val());
    else if (a === '--budgets') o.budgets = resolve(val());
    else if (a === '--update-static') o.updateStatic = true;
    else if (a === '--phone-loads') o.phoneLoads = Number(val());
    else if (a === '--phone-port') o.phonePort = Number(val());
    else if (a === '-h' || a === '--help') {
      console.log('usage: node scripts/bench.mjs [--dist DIR] [--loads N (20)] [--wizard-runs N (3)] [--port P] [--out FILE] [--budgets FILE] [--update-static] [--phone-loads N (11)] [--phone-port P]');
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  for (const [k, flag] of [['loads', '--loads'], ['wizardRuns', '--wizard-runs'], ['phoneLoads', '--phone-loads']]) {
    if (!Number.isInteger(o[k]) || o[k] < 1) throw new Error(`${flag} must be a positive integer`);
  }
  return o;
}

// ---------------------------------------------------------------- small helpers
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x, d = 1) => (x == null ? null : Math.round(x * 10 ** d) / 10 ** d);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const log = (s = '') => process.stdout.write(`${s}\n`);
/** A progress line on a terminal only (it is overwritten, and kept out of logs). */
const progress = (s) => { if (process.stderr.isTTY) process.stderr.write(`\r\x1b[K${s}`); };

function compressedSize(tool, args, file) {
  return execFileSync(tool, [...args, '-c', file], { maxBuffer: 256 * 1024 * 1024 }).length;
}

function git(args) {
  try {
    return execFileSync('git', ['--no-optional-locks', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] })
      .toString().trim();
  } catch {
    return null;
  }
}

async function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.unref();
    s.on('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });
}

/** Starts `python3 -m http.server` on the snapshot and waits until it answers. */
async function startServer(dir, port) {
  const child = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '-d', dir], {
    stdio: 'ignore',
  });
  let exited = null;
  child.on('exit', (code) => { exited = code; });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (exited !== null) throw new Error(`python3 -m http.server exited with ${exited} (port ${port} taken?)`);
    try {
      const r = await fetch(`${url}/index.html`);
      if (r.ok) return { child, url };
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error('python3 -m http.server did not answer within 10 s');
}

const stripProbe = (html) => (html || '').replace(/\s+elementtiming="[^"]*"/g, '');
/** The markup of the mount element, in a comparable form. */
const normalise = (html) => stripProbe(html)
  .replace(/>\s+</g, '><')
  .replace(/\s+/g, ' ')
  .trim();

/** Where two markups part: a short excerpt of each, for the warning. */
function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const cut = (s) => JSON.stringify(s.slice(Math.max(0, i - 30), i + 70));
  return `static …${cut(a)}… vs live …${cut(b)}…`;
}

const BEGIN = /(<!-- BEGIN live markup[^\n]*-->\n)[\s\S]*?(\n\s*<!-- END live markup -->)/;

/** Pastes `markup` between the BEGIN/END markers of the static page. */
function updateStaticPage(file, markup) {
  const src = readFileSync(file, 'utf8');
  if (!BEGIN.test(src)) throw new Error(`${file}: no BEGIN/END live markup markers`);
  writeFileSync(file, src.replace(BEGIN, (_, begin, end) => `${begin}${markup}${end}`));
}

// ---------------------------------------------------------------- in-page probes
/** Init script: runs in every document before its own scripts (see the header comment). */
function paintProbe(headingId) {
  const r = { in_dom: null, raf2: null, element: null, fcp: null };
  window.__srwBench = r;
  // The wasm-bindgen exports (for `memory`), however the page started the widget: the demo's
  // TrunkApplicationStarted event carries them; initSync() returns them once initialised.
  addEventListener('TrunkApplicationStarted', (e) => { window.__srwBenchWasm = e.detail && e.detail.wasm; });
  window.__srwBenchExports = async () => {
    if (window.__srwBenchWasm) return window.__srwBenchWasm;
    if (window.wasmBindings && window.wasmBindings.initSync) return window.wasmBindings.initSync();
    return (await import('/stevns-rights-wizard.js')).initSync();
  };
  const seen = (el) => {
    r.in_dom = performance.now();
    el.setAttribute('elementtiming', 'srw-bench-heading');
    requestAnimationFrame(() => requestAnimationFrame(() => { r.raf2 = performance.now(); }));
  };
  const mo = new MutationObserver(() => {
    const el = document.getElementById(headingId);
    if (el) { mo.disconnect(); seen(el); }
  });
  mo.observe(document, { childList: true, subtree: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.identifier === 'srw-bench-heading' && r.element === null) r.element = e.renderTime || e.loadTime || null;
      }
    }).observe({ type: 'element', buffered: true });
  } catch { /* Element Timing unsupported: raf2 is used */ }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') r.fcp = e.startTime;
    }).observe({ type: 'paint', buffered: true });
  } catch { /* no paint timing */ }
}

// ---------------------------------------------------------------- measurements
function measureSizes(dir) {
  /** The row of file `name` in `dir`: raw, gzip -9 and brotli -q 11 bytes; null if missing. */
  const row = (name) => {
    const f = join(dir, name);
    if (!existsSync(f)) return null;
    return {
      file: name,
      raw: statSync(f).size,
      gzip: compressedSize('gzip', ['-9', '-n'], f),
      brotli: compressedSize('brotli', ['-q', '11'], f),
    };
  };
  const rows = {};
  for (const [key, name] of Object.entries(FILES)) {
    rows[key] = row(name);
    if (!rows[key]) throw new Error(`${name} is missing from the bundle (${dir}); build first`);
  }
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const r of Object.values(rows)) for (const k of Object.keys(total)) total[k] += r[k];
  const english = row(ENGLISH_TEXTS);
  return { files: rows, total, english };
}

async function newContext(browser) {
  return browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'da-DK' });
}

/** One load in a fresh context: returns the in-page timings and what was fetched. */
async function loadOnce(browser, base, path, { wantMarkup = false } = {}) {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    await page.addInitScript(paintProbe, HEADING_ID);
    // Start the renderer (not timed): an empty page from the same origin, and two frames.
    await page.goto(`${base}/${BLANK_NAME}`, { timeout: 30000 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.goto(`${base}/${path}`, { waitUntil: 'commit', timeout: 30000 });
    await page.waitForFunction(() => window.__srwBench && window.__srwBench.raf2 !== null, null, { timeout: 30000 });
    // The element-timing entry is reported after the frame is presented; give it a moment.
    await page.waitForFunction(() => window.__srwBench.element !== null, null, { timeout: 1500 }).catch(() => {});
    const r = await page.evaluate(async (wantMarkup) => {
      const res = performance.getEntriesByType('resource')
        .filter((e) => e.name.endsWith('.wasm'))
        .map((e) => ({ transferSize: e.transferSize, encodedBodySize: e.encodedBodySize, duration: e.duration }));
      let wasmMemory = null;
      if (window.__srwBenchWasm && window.__srwBenchWasm.memory) wasmMemory = window.__srwBenchWasm.memory.buffer.byteLength;
      const mount = document.querySelector('[data-rights-wizard]');
      return {
        ...window.__srwBench,
        wasm: res,
        wasm_memory: wasmMemory,
        markup: wantMarkup && mount ? mount.outerHTML : null,
      };
    }, wantMarkup);
    r.problems = problems;
    return r;
  } finally {
    await context.close();
  }
}

async function firstRender(browser, base, loads) {
  const pages = { widget: 'index.html', static: STATIC_NAME };
  // Warm-up (not counted): the first page of a browser pays for process and disk-cache start-up.
  const warm = {
    widget: await loadOnce(browser, base, pages.widget, { wantMarkup: true }),
    static: await loadOnce(browser, base, pages.static, { wantMarkup: true }),
  };
  const samples = { widget: [], static: [] };
  for (let i = 0; i < loads; i++) {
    for (const kind of ['widget', 'static']) {
      const r = await loadOnce(browser, base, pages[kind]);
      samples[kind].push(r);
      progress(`  first render: load ${i + 1}/${loads} ${kind}`);
    }
  }
  progress('');
  return { pages, warm, samples };
}

/** Clicks the button labelled `label` inside the page and times the step change (see header). */
async function timedClick(page, label) {
  return page.evaluate(async ({ label, headingId }) => {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const root = document.querySelector('section.srw');
    const from = root.getAttribute('data-step');
    const oldHeading = document.getElementById(headingId);
    const oldText = oldHeading ? oldHeading.textContent : null;
    const btn = [...root.querySelectorAll('button')].find((b) => b.textContent.replace(/\s+/g, ' ').trim() === label);
    if (!btn) throw new Error(`no button "${label}" on step ${from}`);
    const host = root.parentElement || document.body;
    return new Promise((resolve, reject) => {
      let t0 = 0;
      let clickReturned = null;
      const done = () => {
        const s = document.querySelector('section.srw');
        const h = document.getElementById(headingId);
        if (!s || !h) return false;
        const to = s.getAttribute('data-step');
        if (to === from || (h === oldHeading && h.textContent === oldText)) return false;
        const t1 = performance.now();
        mo.disconnect();
        clearTimeout(timer);
        resolve({ from, to, ms: t1 - t0, sync_ms: clickReturned === null ? null : clickReturned - t0 });
        return true;
      };
      const mo = new MutationObserver(done);
      mo.observe(host, { childList: true, subtree: true, attributes: true, characterData: true });
      const timer = setTimeout(() => { mo.disconnect(); reject(new Error(`step ${from}: no new step 5 s after "${label}"`)); }, 5000);
      t0 = performance.now();
      btn.click();
      clickReturned = performance.now();
    });
  }, { label, headingId: HEADING_ID });
}

const JOURNEY = [
  // [button to click, answer to give before clicking, expected next step]
  { on: 'start', click: 'Start', to: 'who' },
  { on: 'who', before: (p) => p.check(`input[name="${P}who"][value="myself"]`), click: 'Fortsæt', to: 'right' },
  { on: 'right', before: (p) => p.check(`input[name="${P}right"][value="access"]`), click: 'Fortsæt', to: 'about' },
  { on: 'about', click: 'Fortsæt', to: 'details' },
  { on: 'details', click: 'Fortsæt', to: 'person' },
  { on: 'person', before: (p) => p.fill(`#${P}name`, 'Jens Hansen'), click: 'Fortsæt', to: 'route' },
  { on: 'route', click: 'Fortsæt', to: 'check' },
  { on: 'check', click: 'Lav brevet', to: 'send' },
];

async function wizardRun(browser, base) {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(10000);
    const problems = [];
    page.on('pageerror', (e) => problems.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    await page.addInitScript(paintProbe, HEADING_ID);
    await page.goto(`${base}/index.html`);
    await page.waitForSelector('section.srw[data-step="start"]');
    const memoryAtStart = await page.evaluate(async () => (await window.__srwBenchExports()).memory.buffer.byteLength);
    const steps = [];
    for (const s of JOURNEY) {
      await page.waitForSelector(`section.srw[data-step="${s.on}"]`);
      if (s.before) await s.before(page);
      const r = await timedClick(page, s.click);
      if (r.to !== s.to) throw new Error(`after "${s.click}" on ${s.on} the wizard showed ${r.to}, expected ${s.to}`);
      steps.push(r);
    }
    const memory = await page.evaluate(async () => {
      if (typeof window.gc === 'function') { window.gc(); window.gc(); }
      const w = await window.__srwBenchExports();
      return {
        wasm_memory_bytes: w.memory.buffer.byteLength,
        js_heap_used_bytes: performance.memory ? performance.memory.usedJSHeapSize : null,
        js_heap_total_bytes: performance.memory ? performance.memory.totalJSHeapSize : null,
        gc_forced: typeof window.gc === 'function',
      };
    });
    // Soak: five times back to the details, a text growing to 2,000 characters (the limit) in 20 edits, and
    // forward to a new letter; the allocator must reuse what the earlier letters freed. Then
    // the letter in English and back twice (the English texts are installed on the first).
    const long = 'Jeg vil gerne se alle oplysninger om min sag, også e-mails og notater. '.repeat(45).slice(0, 2000);
    for (let round = 0; round < 5; round++) {
      for (const step of ['check', 'route', 'person', 'details']) {
        await page.click('button.srw-back-link');
        await page.waitForSelector(`section.srw[data-step="${step}"]`);
      }
      for (let k = 1; k <= 20; k++) await page.fill(`#${P}access-areas`, `${round}${long.slice(1, k * 100)}`);
      for (const step of ['person', 'route', 'check']) {
        await page.click('button[type="submit"]');
        await page.waitForSelector(`section.srw[data-step="${step}"]`);
      }
      await page.click('section.srw button:has-text("Lav brevet")');
      await page.waitForSelector('section.srw[data-step="send"]');
    }
    // The letter in English and back: the first switch fetches and installs texts.en.json.
    for (const lang of ['en', 'da', 'en', 'da']) {
      await page.click(`section.srw .srw-lang__button[lang="${lang}"]`);
      await page.waitForSelector(`section.srw[lang="${lang}"][data-step="send"]`);
    }
    const afterSoak = await page.evaluate(async () => (await window.__srwBenchExports()).memory.buffer.byteLength);
    return { steps, memory: { wasm_memory_at_start_bytes: memoryAtStart, ...memory, wasm_memory_after_soak_bytes: afterSoak }, problems };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------- phone profile
// Lighthouse's mobile profile ("slow 4G" + a mid-range phone): 150 ms round trip, 1.6 Mbit/s down
// and 750 kbit/s up, each × 0.9 as Lighthouse's DevTools throttling applies them, in bytes/s; the
// CPU 4× slower. Applied through Chromium's DevTools protocol on the measured tab.
const PHONE = {
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
  uploadThroughput: (750 * 1024 * 0.9) / 8,
  cpuRate: 4,
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
};
const MIME = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.json': 'application/json',
  '.ico': 'image/x-icon', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8',
};

/**
 * A small static server for the phone profile: every file of `dir` is read and compressed once
 * (brotli quality 11 and gzip level 9, node's zlib) and served with `Content-Encoding: br` when
 * the request's Accept-Encoding offers br, else gzip, else as it is. Chromium offers br only on
 * secure origins, so the server runs on https with a throw-away self-signed certificate when
 * `openssl` is there (the browser context ignores the certificate), and on plain http — gzip —
 * otherwise. Returns { url, close, served } where `served` counts the encodings actually sent.
 */
async function startPhoneServer(dir, port) {
  const files = new Map();
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const f = join(d, e.name);
      if (e.isDirectory()) { walk(f); continue; }
      const body = readFileSync(f);
      const ext = extname(e.name);
      files.set(`/${relative(dir, f).split(sep).join('/')}`, {
        type: MIME[ext] || 'application/octet-stream',
        identity: body,
        br: brotliCompressSync(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
        gzip: gzipSync(body, { level: 9 }),
      });
    }
  };
  walk(dir);
  const served = {};
  const handler = (req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const f = files.get(path);
    if (!f) { res.writeHead(404, { 'content-type': 'text/plain' }); res.end('not found'); return; }
    const accept = String(req.headers['accept-encoding'] || '');
    const enc = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : 'identity';
    const body = f[enc];
    served[`${path.slice(1)} ${enc}`] = body.length;
    const headers = { 'content-type': f.type, 'content-length': body.length, 'cache-control': 'no-store', vary: 'Accept-Encoding' };
    if (enc !== 'identity') headers['content-encoding'] = enc;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  let server;
  let scheme = 'http';
  const keyDir = mkdtempSync(join(tmpdir(), 'srw-bench-tls-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
      '-keyout', join(keyDir, 'key.pem'), '-out', join(keyDir, 'cert.pem')], { stdio: 'ignore' });
    server = createHttpsServer({ key: readFileSync(join(keyDir, 'key.pem')), cert: readFileSync(join(keyDir, 'cert.pem')) }, handler);
    scheme = 'https';
  } catch {
    server = createHttpServer(handler);
  } finally {
    rmSync(keyDir, { recursive: true, force: true });
  }
  await new Promise((res, rej) => { server.once('error', rej); server.listen(port, '127.0.0.1', res); });
  return {
    url: `${scheme}://127.0.0.1:${server.address().port}`,
    scheme,
    served,
    close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }),
  };
}

/**
 * Init script for the phone loads (runs before any page script). Relative to navigation start
 * (performance.now()):
 *  - question_in_dom: a MutationObserver sees, inside the mount element [data-rights-wizard], a
 *    visible heading (h1–h6 with a box) and a visible control (button, input, select, textarea);
 *    in that callback (a microtask, before the next rendering step) both get an `elementtiming`
 *    attribute;
 *  - question: the later of the two Element Timing renderTimes (the frame that first showed
 *    both); question_raf2 the second requestAnimationFrame after question_in_dom (the paint plus
 *    at most one frame), the fallback when Element Timing gives nothing;
 *  - started: the mount element got data-rights-wizard-started;
 *  - ready (widget loads only): once the question's paint has been reported (see startClicking;
 *    a citizen taps what they see), the page clicks the start page's Start button (element.click(), every
 *    20 ms until it works) and takes the time at which the section's data-step is no longer
 *    "start": the widget has started and answers input;
 *  - cls: the sum of 'layout-shift' entries (without recent input) before that first click.
 */
function phoneProbe({ measureReady }) {
  const r = { question_in_dom: null, question: null, question_raf2: null, started: null, ready: null, first_click: null, clicks: 0, cls: 0, shifts: [], fcp: null };
  window.__srwPhone = r;
  const marks = {};
  r.marks = marks;
  const visible = (el) => {
    const b = el.getBoundingClientRect();
    return b.width > 0 && b.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  const check = () => {
    const mount = document.querySelector('[data-rights-wizard]');
    if (!mount) return;
    if (r.started === null && mount.hasAttribute('data-rights-wizard-started')) {
      r.started = performance.now();
    }
    if (r.question_in_dom === null) {
      const h = [...mount.querySelectorAll('h1, h2, h3, h4, h5, h6')].find(visible);
      const c = [...mount.querySelectorAll('button, input, select, textarea')].find(visible);
      if (h && c) {
        r.question_in_dom = performance.now();
        h.setAttribute('elementtiming', 'srw-phone-heading');
        // Element Timing reports text nodes: the control's own text, or its label's.
        const textual = c.textContent.trim() ? c : (c.closest('label') || c);
        textual.setAttribute('elementtiming', 'srw-phone-control');
        requestAnimationFrame(() => requestAnimationFrame(() => {
          r.question_raf2 = performance.now();
          // Fallback when Element Timing reports nothing (see startClicking).
          setTimeout(startClicking, 100);
        }));
      }
    }
  };
  // A citizen taps what has been painted: the clicks start once Element Timing has reported the
  // question's paint (a click before that replaces the heading's text before its entry is
  // delivered, and the entry is lost), or 100 ms after question_raf2 if it never does.
  let clicking = false;
  const startClicking = () => {
    if (!measureReady || clicking) return;
    clicking = true;
    tryStart();
  };
  const tryStart = () => {
    const s = document.querySelector('[data-rights-wizard] section[data-step]');
    if (s && s.getAttribute('data-step') !== 'start') { r.ready = performance.now(); return; }
    const btn = s && [...s.querySelectorAll('button')].find((b) => /^\s*Start\s*$/.test(b.textContent));
    if (btn) {
      if (r.first_click === null) r.first_click = performance.now();
      r.clicks += 1;
      btn.click();
      const after = document.querySelector('[data-rights-wizard] section[data-step]');
      if (after && after.getAttribute('data-step') !== 'start') { r.ready = performance.now(); return; }
      // Yew renders on its scheduler: look again on the next task before clicking again.
      const mo = new MutationObserver(() => {
        const x = document.querySelector('[data-rights-wizard] section[data-step]');
        if (x && x.getAttribute('data-step') !== 'start' && r.ready === null) { r.ready = performance.now(); mo.disconnect(); }
      });
      mo.observe(document.documentElement, { subtree: true, childList: true, attributes: true });
      setTimeout(() => { mo.disconnect(); if (r.ready === null && performance.now() < 30000) tryStart(); }, 20);
      return;
    }
    if (performance.now() < 30000) setTimeout(tryStart, 20);
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (!marks[e.identifier]) marks[e.identifier] = e.renderTime || e.loadTime || null;
        if (marks['srw-phone-heading'] && marks['srw-phone-control'] && r.question === null) {
          r.question = Math.max(marks['srw-phone-heading'], marks['srw-phone-control']);
          startClicking();
        }
      }
    }).observe({ type: 'element', buffered: true });
  } catch { /* no Element Timing: question_raf2 is used */ }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.hadRecentInput) continue;
        if (r.first_click !== null && e.startTime >= r.first_click) continue;
        r.cls += e.value;
        r.shifts.push({ t: Math.round(e.startTime), value: e.value });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch { /* no Layout Instability API */ }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') r.fcp = e.startTime;
    }).observe({ type: 'paint', buffered: true });
  } catch { /* no paint timing */ }
}

/** One throttled load in a fresh mobile context (see the header and PHONE). */
async function phoneLoadOnce(browser, base, path, measureReady) {
  const context = await browser.newContext({
    viewport: PHONE.viewport, deviceScaleFactor: PHONE.deviceScaleFactor, isMobile: true, hasTouch: true,
    locale: 'da-DK', ignoreHTTPSErrors: true,
  });
  try {
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    await page.addInitScript(phoneProbe, { measureReady });
    await page.goto(`${base}/${BLANK_NAME}`, { timeout: 30000 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: PHONE.latency, downloadThroughput: PHONE.downloadThroughput, uploadThroughput: PHONE.uploadThroughput,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuRate });
    await page.goto(`${base}/${path}`, { waitUntil: 'commit', timeout: 60000 });
    await page.waitForFunction(() => window.__srwPhone && window.__srwPhone.question_raf2 !== null, null, { timeout: 60000, polling: 100 });
    if (measureReady) await page.waitForFunction(() => window.__srwPhone.ready !== null, null, { timeout: 60000, polling: 100 });
    await page.waitForFunction(() => window.__srwPhone.question !== null, null, { timeout: 3000, polling: 100 }).catch(() => {});
    // Let late layout shifts of the load be reported (the click has stopped the count).
    await page.waitForTimeout(300);
    const r = await page.evaluate(() => ({
      ...window.__srwPhone,
      transfer: performance.getEntriesByType('resource').concat(performance.getEntriesByType('navigation'))
        .map((e) => ({ name: e.name.replace(location.origin, ''), transferSize: e.transferSize, encodedBodySize: e.encodedBodySize, decodedBodySize: e.decodedBodySize })),
    }));
    r.problems = problems;
    await cdp.detach().catch(() => {});
    return r;
  } finally {
    await context.close();
  }
}

async function phoneRender(browser, base, loads) {
  const pages = { widget: 'index.html', static: STATIC_NAME };
  // Warm-up (not counted), as for the loopback figures.
  await phoneLoadOnce(browser, base, pages.widget, true);
  await phoneLoadOnce(browser, base, pages.static, false);
  const samples = { widget: [], static: [] };
  for (let i = 0; i < loads; i++) {
    for (const kind of ['widget', 'static']) {
      samples[kind].push(await phoneLoadOnce(browser, base, pages[kind], kind === 'widget'));
      progress(`  phone: load ${i + 1}/${loads} ${kind}`);
    }
  }
  progress('');
  return samples;
}

// ---------------------------------------------------------------- main
async function main() {
  const opt = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const budgets = JSON.parse(readFileSync(opt.budgets, 'utf8'));
  const staticSrc = join(ROOT, 'bench', STATIC_NAME);
  if (!existsSync(join(opt.dist, 'index.html'))) throw new Error(`no ${relative(ROOT, opt.dist) || opt.dist}/index.html: build first (scripts/bench without --no-build)`);
  const indexHtml = readFileSync(join(opt.dist, 'index.html'), 'utf8');
  const warnings = [];
  if (/__trunk_address__|trunk.*live.?reload|\/_trunk\/ws/i.test(indexHtml)) {
    warnings.push('dist/index.html has Trunk\'s live-reload script (a `trunk serve` build): measure a `trunk build --release` instead');
  }

  // Snapshot dist (others may rebuild it while the bench runs) and add the static page to it, so
  // both pages come from the same server and the same widget.css.
  const snap = mkdtempSync(join(tmpdir(), 'srw-bench-'));
  cpSync(opt.dist, snap, { recursive: true });
  cpSync(staticSrc, join(snap, STATIC_NAME));
  writeFileSync(join(snap, BLANK_NAME), '<!doctype html><html lang="da"><meta charset="utf-8"><title>bench</title><link rel="icon" href="data:,"><p>.</p></html>\n');
  const wasmSha = createHash('sha256').update(readFileSync(join(snap, FILES.wasm))).digest('hex');

  let server;
  let browser;
  let phoneServer;
  const cleanup = () => {
    try { server?.child.kill(); } catch { /* gone */ }
    try { phoneServer?.close(); } catch { /* gone */ }
    try { rmSync(snap, { recursive: true, force: true }); } catch { /* ignore */ }
  };
  process.on('exit', cleanup);
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => { cleanup(); process.exit(130); });

  try {
    const env = {
      chromium: null,
      cpus: cpus().length,
      loadavg_before: loadavg().map((x) => round(x, 2)),
      node: process.version,
    };

    if (env.loadavg_before[0] > env.cpus) {
      warnings.push(`the machine was busy (load average ${env.loadavg_before[0]} on ${env.cpus} CPUs when the bench started): `
        + 'the timings, the first-render ratio above all, are noisy; trust them only from a quiet machine');
    }

    // 1. sizes
    const sizes = measureSizes(snap);

    // server + browser
    const port = opt.port || await freePort();
    server = await startServer(snap, port);
    // The tests' binary and flags (tests/e2e/browser.mjs), plus what the memory figures and
    // steady timings need; a plain browser rather than launch()'s one persistent context,
    // because every load needs a fresh context of its own (newContext).
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [...CHROMIUM_ARGS,
        '--enable-precise-memory-info', '--js-flags=--expose-gc',
        '--disable-renderer-backgrounding', '--disable-background-timer-throttling'],
    });
    env.chromium = browser.version();

    // 2. first render
    if (opt.updateStatic) {
      const live = stripProbe((await loadOnce(browser, server.url, 'index.html', { wantMarkup: true })).markup);
      if (!live) throw new Error('--update-static: no [data-rights-wizard] element on the demo page');
      updateStaticPage(staticSrc, live);
      cpSync(staticSrc, join(snap, STATIC_NAME));
      log(`bench/${STATIC_NAME} updated with the live start page markup`);
    }
    const fr = await firstRender(browser, server.url, opt.loads);
    const all = [...fr.samples.widget, ...fr.samples.static];
    const elementOk = all.every((r) => typeof r.element === 'number' && r.element > 0);
    const metric = elementOk ? 'element' : 'raf2';
    if (!elementOk) warnings.push('Element Timing gave no entry for some loads: the first-render ratio uses the double-rAF time (paint + up to one frame)');
    const stats = (kind, m) => {
      const xs = fr.samples[kind].map((r) => r[m]).filter((x) => typeof x === 'number');
      return xs.length ? { median: round(median(xs)), min: round(Math.min(...xs)), max: round(Math.max(...xs)), n: xs.length } : null;
    };
    const firstRenderStats = {};
    for (const m of ['element', 'raf2', 'in_dom', 'fcp']) {
      firstRenderStats[m] = { widget: stats('widget', m), static: stats('static', m) };
    }
    const ratioOf = (m) => {
      const s = firstRenderStats[m];
      return s.widget && s.static ? round(s.widget.median / s.static.median, 2) : null;
    };
    const firstRenderRatio = ratioOf(metric);
    // For information: the median of the ratios of loads made one after the other (widget i,
    // static i), which cancels slow changes in machine load better than the ratio of medians.
    const pairedRatio = round(median(fr.samples.widget.map((w, i) => w[metric] / fr.samples.static[i][metric])), 2);
    const wasmFetched = fr.samples.widget.map((r) => r.wasm[0]?.transferSize ?? 0);
    if (!wasmFetched.every((b) => b > 0)) warnings.push('the wasm resource timing shows a load without a network transfer (cache?)');
    const liveMarkup = normalise(fr.warm.widget.markup);
    const staticMarkup = normalise(fr.warm.static.markup);
    const markupMatches = liveMarkup === staticMarkup;
    if (!markupMatches) {
      warnings.push(`bench/${STATIC_NAME} no longer matches the live start page markup, so the first-render ratio compares `
        + `different pages: run scripts/bench --update-static (${firstDifference(staticMarkup, liveMarkup)})`);
    }
    const loadProblems = [...new Set(all.flatMap((r) => r.problems))];
    for (const p of loadProblems) warnings.push(`console/page error during a load: ${p}`);

    // 3 + 4. wizard runs
    const runs = [];
    for (let i = 0; i < opt.wizardRuns; i++) {
      progress(`  wizard run ${i + 1}/${opt.wizardRuns}`);
      runs.push(await wizardRun(browser, server.url));
    }
    progress('');
    for (const p of new Set(runs.flatMap((r) => r.problems))) warnings.push(`console/page error during a wizard run: ${p}`);
    const stepMs = runs.flatMap((r) => r.steps.map((s) => s.ms));
    const stepMedian = round(median(stepMs), 2);
    const perTransition = JOURNEY.map((s, i) => {
      const xs = runs.map((r) => r.steps[i].ms);
      const sync = runs.map((r) => r.steps[i].sync_ms);
      return {
        from: s.on, to: s.to, click: s.click,
        median_ms: round(median(xs), 2), samples_ms: xs.map((x) => round(x, 2)),
        click_returned_median_ms: round(median(sync), 2),
      };
    });
    const mem = runs.map((r) => r.memory);
    const wasmMemory = Math.max(...mem.map((m) => Math.max(m.wasm_memory_bytes, m.wasm_memory_after_soak_bytes)));
    const jsHeap = mem.every((m) => m.js_heap_used_bytes != null) ? Math.max(...mem.map((m) => m.js_heap_used_bytes)) : null;

    // 6. the phone profile
    phoneServer = await startPhoneServer(snap, opt.phonePort);
    const ph = await phoneRender(browser, phoneServer.url, opt.phoneLoads);
    const phAll = [...ph.widget, ...ph.static];
    const phElementOk = phAll.every((r) => typeof r.question === 'number' && r.question > 0);
    const phMetric = phElementOk ? 'question' : 'question_raf2';
    if (!phElementOk) warnings.push('phone: Element Timing gave no entry for some loads: the first-question figures use the double-rAF time (paint + up to one frame)');
    const phStats = (kind, m) => {
      const xs = ph[kind].map((r) => r[m]).filter((x) => typeof x === 'number');
      return xs.length ? { median: round(median(xs)), min: round(Math.min(...xs)), max: round(Math.max(...xs)), n: xs.length } : null;
    };
    const phoneStats = {};
    for (const m of ['question', 'question_raf2', 'question_in_dom', 'fcp', 'started', 'ready', 'cls']) {
      phoneStats[m] = { widget: phStats('widget', m), static: phStats('static', m) };
    }
    for (const kind of ['widget', 'static']) {
      const xs = ph[kind].map((r) => r.cls);
      phoneStats.cls[kind] = { median: round(median(xs), 4), min: round(Math.min(...xs), 4), max: round(Math.max(...xs), 4), n: xs.length };
    }
    const phoneRatio = phoneStats[phMetric].widget && phoneStats[phMetric].static
      ? round(phoneStats[phMetric].widget.median / phoneStats[phMetric].static.median, 2) : null;
    const phonePaired = round(median(ph.widget.map((w, i) => w[phMetric] / ph.static[i][phMetric])), 2);
    const phoneReady = phoneStats.ready.widget ? phoneStats.ready.widget.median : null;
    // The budget is on the worst load: a shift in any load is a shift a citizen sees.
    const phoneCls = round(Math.max(...ph.widget.map((r) => r.cls)), 4);
    const encodings = Object.keys(phoneServer.served).map((k) => k.split(' ')[1]);
    const phoneEncoding = [...new Set(encodings.filter((e) => e !== 'identity'))].join('+') || 'identity';
    const phoneTransfer = (kind) => {
      const t = ph[kind][0].transfer;
      const sum = t.reduce((a, e) => a + (e.transferSize || 0), 0);
      return { bytes: sum, files: t.map((e) => ({ name: e.name, transfer: e.transferSize, encoded: e.encodedBodySize, decoded: e.decodedBodySize })) };
    };
    const phoneTransfers = { widget: phoneTransfer('widget'), static: phoneTransfer('static') };
    for (const p of new Set(phAll.flatMap((r) => r.problems))) warnings.push(`console/page error during a phone load: ${p}`);
    if (phoneServer.scheme !== 'https') warnings.push('phone: served on http (no openssl for a certificate), where Chromium offers only gzip, not br: the transfer is gzip -9');

    env.loadavg_after = loadavg().map((x) => round(x, 2));

    // 5. budgets
    const figures = {
      total_brotli_bytes: sizes.total.brotli,
      first_render_ratio: firstRenderRatio,
      step_change_ms_median: stepMedian,
      wasm_memory_bytes: wasmMemory,
      phone_first_question_ratio: phoneRatio,
      phone_widget_ready_ms: phoneReady,
      phone_layout_shift: phoneCls,
    };
    const checks = Object.entries(budgets).filter(([k]) => !k.startsWith('$')).map(([name, b]) => {
      const value = figures[name];
      const pass = value != null && value <= b.max;
      const aimMet = b.aim == null ? null : value != null && value <= b.aim;
      return { figure: name, value, max: b.max, aim: b.aim ?? null, unit: b.unit ?? null, pass, aim_met: aimMet };
    });
    const pass = checks.every((c) => c.pass);

    // ---------------- report
    const sec = (t) => log(`\n== ${t} ==`);
    sec(`Sizes (${relative(ROOT, opt.dist) || opt.dist}, snapshot at bench time; gzip -9, brotli -q 11)`);
    log(`${pad('file', 30)}${lpad('raw', 10)}${lpad('gzip', 10)}${lpad('brotli', 10)}   brotli`);
    for (const r of Object.values(sizes.files)) {
      log(`${pad(r.file, 30)}${lpad(r.raw, 10)}${lpad(r.gzip, 10)}${lpad(r.brotli, 10)}   ${kb(r.brotli)}`);
    }
    log(`${pad('total (wasm + JS + CSS)', 30)}${lpad(sizes.total.raw, 10)}${lpad(sizes.total.gzip, 10)}${lpad(sizes.total.brotli, 10)}   ${kb(sizes.total.brotli)}`);
    const sizeBudget = budgets.total_brotli_bytes;
    if (sizeBudget) {
      log(`${pad('', 30)}brotli total: cap ${kb(sizeBudget.max)} (the bench fails above it)${sizeBudget.aim == null ? '' : `, aim ${kb(sizeBudget.aim)} (reported, never fails)`}`);
    }
    if (sizes.english) {
      const e = sizes.english;
      log(`${pad(`+ ${e.file} (English pages)`, 30)}${lpad(e.raw, 10)}${lpad(e.gzip, 10)}${lpad(e.brotli, 10)}   ${kb(e.brotli)}`);
      log(`${pad('total of an English page', 30)}${lpad(sizes.total.raw + e.raw, 10)}${lpad(sizes.total.gzip + e.gzip, 10)}${lpad(sizes.total.brotli + e.brotli, 10)}   ${kb(sizes.total.brotli + e.brotli)}`);
    }
    log(`wasm sha256 ${wasmSha.slice(0, 16)}…`);

    sec(`First render (${opt.loads} loads each, alternating widget/static, after 1 warm-up load each)`);
    log('Each load in a fresh browser context (empty HTTP cache; the tab first opens an empty page from the same');
    log('server, untimed, to start the renderer): the wasm is fetched and compiled every time');
    log(`(wasm transferred on every widget load: ${wasmFetched.every((b) => b > 0) ? 'yes' : 'NO'}, ${wasmFetched[0]} bytes, uncompressed from python http.server on loopback).`);
    log('ms after navigation start:');
    log(`${pad('', 22)}${pad('metric', 36)}${lpad('median', 9)}${lpad('min', 9)}${lpad('max', 9)}`);
    const label = {
      element: 'heading painted (Element Timing)',
      raf2: 'heading painted (2nd rAF)',
      in_dom: 'heading in DOM',
      fcp: 'first contentful paint (page)',
    };
    for (const m of ['element', 'raf2', 'in_dom', 'fcp']) {
      for (const kind of ['widget', 'static']) {
        const s = firstRenderStats[m][kind];
        log(`${pad(kind === 'widget' ? 'widget demo' : 'static first step', 22)}${pad(label[m], 36)}${s ? `${lpad(s.median, 9)}${lpad(s.min, 9)}${lpad(s.max, 9)}` : '   (no data)'}`);
      }
    }
    log(`ratio widget/static (of the medians): ${firstRenderRatio} by ${label[metric]}`);
    log(`  for comparison: by 2nd rAF ${ratioOf('raf2')}, by heading in DOM ${ratioOf('in_dom')}; median of paired load ratios ${pairedRatio}`);
    log(`static page markup equals the live start page: ${markupMatches ? 'yes' : 'NO (see warnings)'}`);

    sec(`Step changes (${opt.wizardRuns} whole run${opt.wizardRuns > 1 ? 's' : ''}, click → next step's heading in the DOM, measured in the page)`);
    log(`${pad('step change', 22)}${pad('button', 12)}${lpad('median ms', 11)}   samples ms   (click() returned after, median ms)`);
    for (const t of perTransition) {
      log(`${pad(`${t.from} → ${t.to}`, 22)}${pad(t.click, 12)}${lpad(t.median_ms.toFixed(2), 11)}   ${t.samples_ms.join(', ')}   (${t.click_returned_median_ms})`);
    }
    log(`median over all ${stepMs.length} step changes: ${stepMedian} ms`);

    sec('Memory after a whole run');
    mem.forEach((m, i) => log(`run ${i + 1}: wasm memory ${m.wasm_memory_bytes} bytes (${kb(m.wasm_memory_bytes)}; ${m.wasm_memory_at_start_bytes} at start; ${m.wasm_memory_after_soak_bytes} after the soak), JS heap used ${m.js_heap_used_bytes ?? 'n/a'} bytes${m.gc_forced ? ' after gc()' : ''}`));

    sec(`Phone profile (${opt.phoneLoads} loads each, alternating widget/static, after 1 warm-up load each)`);
    log(`Lighthouse's mobile profile through the DevTools protocol: latency ${PHONE.latency} ms, down ${round(PHONE.downloadThroughput * 8 / 1024, 1)} kbit/s, `
      + `up ${round(PHONE.uploadThroughput * 8 / 1024, 1)} kbit/s (1.6 Mbit/s and 750 kbit/s × 0.9), CPU ${PHONE.cpuRate}× slower, `
      + `${PHONE.viewport.width}×${PHONE.viewport.height} CSS px mobile viewport (DPR ${PHONE.deviceScaleFactor}, touch).`);
    log(`Served by a node server on ${phoneServer.scheme} with Content-Encoding ${phoneEncoding} (precompressed: brotli q11, gzip -9; `
      + `Chromium offers br only on https)${phoneServer.scheme === 'https' ? ', self-signed certificate accepted by the context' : ''}; fresh context per load.`);
    log(`Transfer of one load (resource timing, headers included): widget demo ${kb(phoneTransfers.widget.bytes)}, static copy ${kb(phoneTransfers.static.bytes)}.`);
    log('ms after navigation start:');
    log(`${pad('', 22)}${pad('metric', 44)}${lpad('median', 9)}${lpad('min', 9)}${lpad('max', 9)}`);
    const phLabel = {
      question: 'first question painted (Element Timing)',
      question_raf2: 'first question painted (2nd rAF)',
      question_in_dom: 'heading + control in the DOM',
      fcp: 'first contentful paint (page)',
      started: 'mount marked data-rights-wizard-started',
      ready: 'answers input (Start click → next step)',
      cls: 'layout shift during load (CLS, no unit)',
    };
    for (const m of Object.keys(phLabel)) {
      for (const kind of ['widget', 'static']) {
        const s = phoneStats[m][kind];
        if (!s && (m === 'ready' || m === 'started') && kind === 'static') continue;
        log(`${pad(kind === 'widget' ? 'widget demo' : 'static first step', 22)}${pad(phLabel[m], 44)}${s ? `${lpad(s.median, 9)}${lpad(s.min, 9)}${lpad(s.max, 9)}` : '   (no data)'}`);
      }
    }
    log(`first question, ratio widget/static (of the medians): ${phoneRatio} by ${phLabel[phMetric]}; median of paired load ratios ${phonePaired}`);
    log(`layout shift: largest over the widget loads ${phoneCls}`);

    sec('Budgets (bench/budgets.json: "max" fails the bench, "aim" is only reported)');
    // Byte figures also in KB, as budgets.json's "what" and the size table give them.
    const inUnit = (v, unit) => (unit === 'bytes' && v != null ? `${v} (${kb(v)})` : v);
    for (const c of checks) {
      const aim = c.aim == null ? '' : `   aim ≤ ${inUnit(c.aim, c.unit)}: ${c.aim_met ? 'met' : 'not met'}`;
      log(`${pad(c.pass ? 'PASS' : 'FAIL', 6)}${pad(c.figure, 28)}${lpad(inUnit(c.value, c.unit) ?? 'n/a', 19)}  ≤ ${inUnit(c.max, c.unit)}${aim}`);
    }
    env.seconds = round((Date.now() - started) / 1000, 1);
    log(`\nmachine: ${env.cpus} CPUs, load average ${env.loadavg_before.join(' ')} before, ${env.loadavg_after.join(' ')} after; ${env.chromium}; measured in ${env.seconds} s`);
    if (warnings.length) {
      sec('Warnings');
      for (const w of warnings) log(`- ${w}`);
    }

    const results = {
      generated: new Date().toISOString(),
      pass,
      checks,
      git: {
        commit: git(['rev-parse', 'HEAD']),
        bundle_sources_modified: (git(['status', '--porcelain', '--', 'src', 'styles', 'index.html', 'Cargo.toml', 'Cargo.lock', 'Trunk.toml']) || '') !== '',
      },
      environment: env,
      sizes: { compression: 'gzip -9 -n, brotli -q 11', ...sizes, wasm_sha256: wasmSha },
      first_render: {
        method: 'fresh browser context per load (empty HTTP cache, wasm fetched and compiled each time), '
          + 'its tab first opening an empty same-origin page (untimed) so the renderer is running; '
          + 'times are performance.now() relative to navigation start for #srw1-heading: '
          + 'element = Element Timing renderTime (elementtiming set by a MutationObserver before the first paint), '
          + 'raf2 = second nested requestAnimationFrame after the heading entered the DOM, in_dom = MutationObserver callback',
        loads_each: opt.loads,
        warm_up_loads_each: 1,
        order: 'alternating widget, static',
        metric,
        ratio: firstRenderRatio,
        ratio_paired_median: pairedRatio,
        ratio_raf2: ratioOf('raf2'),
        ratio_in_dom: ratioOf('in_dom'),
        stats_ms: firstRenderStats,
        samples_ms: Object.fromEntries(['widget', 'static'].map((k) => [k, Object.fromEntries(
          ['element', 'raf2', 'in_dom', 'fcp'].map((m) => [m, fr.samples[k].map((r) => round(r[m]))]),
        )])),
        wasm_transfer_bytes: wasmFetched,
        wasm_memory_after_first_render_bytes: fr.samples.widget[0]?.wasm_memory ?? null,
        static_markup_matches_live: markupMatches,
      },
      step_change: {
        method: 'page.evaluate: performance.now(), element.click(), MutationObserver until data-step changed and the new #srw1-heading is in the DOM',
        runs: opt.wizardRuns,
        median_ms: stepMedian,
        transitions: perTransition,
      },
      memory: {
        wasm_memory_bytes: wasmMemory,
        js_heap_used_bytes: jsHeap,
        runs: mem,
      },
      phone: {
        method: 'fresh mobile browser context per load (390×844, DPR 3, touch), an empty same-origin page first (untimed), then through '
          + 'a CDP session Network.emulateNetworkConditions and Emulation.setCPUThrottlingRate before the navigation; '
          + 'question = the later Element Timing renderTime of a visible heading and a visible control inside [data-rights-wizard] '
          + '(elementtiming set by a MutationObserver before the next paint); ready = the Start button clicked in the page '
          + '(element.click() every 20 ms from the paint of the question on) until data-step changes; cls = layout-shift entries before that click',
        profile: PHONE,
        scheme: phoneServer.scheme,
        content_encoding: phoneEncoding,
        served_bytes: phoneServer.served,
        loads_each: opt.phoneLoads,
        warm_up_loads_each: 1,
        metric: phMetric,
        first_question_ratio: phoneRatio,
        first_question_ratio_paired_median: phonePaired,
        widget_ready_ms_median: phoneReady,
        layout_shift_max: phoneCls,
        stats_ms: phoneStats,
        transfer_one_load: phoneTransfers,
        samples: Object.fromEntries(['widget', 'static'].map((k) => [k, ph[k].map((r) => ({
          question: round(r.question), question_raf2: round(r.question_raf2), question_in_dom: round(r.question_in_dom),
          fcp: round(r.fcp), started: round(r.started), ready: round(r.ready), clicks: r.clicks, cls: round(r.cls, 4), shifts: r.shifts, element_timing: r.marks,
        }))])),
      },
      warnings,
    };
    writeFileSync(opt.out, `${JSON.stringify(results, null, 2)}\n`);
    log(`\nresults written to ${relative(ROOT, opt.out)}`);
    log(pass ? 'bench: PASS' : `bench: FAIL (${checks.filter((c) => !c.pass).map((c) => c.figure).join(', ')})`);
    return pass ? 0 : 1;
  } finally {
    await browser?.close().catch(() => {});
    cleanup();
  }
}

main().then((code) => process.exit(code), (e) => {
  process.stderr.write(`\nbench error: ${e.stack || e}\n`);
  process.exit(2);
});
