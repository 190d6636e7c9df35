// Stevns Kommune – rights-request wizard: the loader a web page includes.
//
//   <link rel="stylesheet" href="/media/rights-wizard/widget.css">
//   <link rel="preload" href="/media/rights-wizard/stevns-rights-wizard_bg.wasm" as="fetch" type="application/wasm" crossorigin>
//   <link rel="modulepreload" href="/media/rights-wizard/stevns-rights-wizard.js">
//   <div data-rights-wizard>…fallback HTML…</div>
//   <script type="module" src="/media/rights-wizard/rights-wizard.js"></script>
//
// It loads the widget's files from its own folder (import.meta.url), wherever they are
// uploaded, and starts a widget on every [data-rights-wizard] element. It needs no inline
// script or style: it works under `script-src 'self' 'wasm-unsafe-eval'; style-src 'self'`.
// If the files cannot load (blocked, 404, no WebAssembly) nothing is thrown: the fallback HTML
// inside the mount elements stays, each gets `data-rights-wizard-failed`, and one
// console.warn says why.
//
// Content added to the page later: `StevnsRightsWizard.start()` (the one global), or
// `import { start } from '/media/rights-wizard/rights-wizard.js'; start();`. Both return a
// promise of true (started) or false (could not load); starting twice is harmless.
//
// A pre-rendered start step in a mount element (`<section data-srw-prerender="da h2 1f0c3a9b">`,
// see src/prerender.rs) shows at once, before any of this has loaded. From when this loader has
// run until the widget has started, it holds a click on one of its buttons: the button gets
// `aria-busy="true"` and a "Starter …" status, the mount element `data-rights-wizard-pending`
// (start, followup, lang-da, lang-en), which the widget acts on when it starts. A pre-render
// that does not fit the mount element's config (another language or heading level, a
// municipality's own name, the demo's URL parameters, a draft in this tab) or comes from
// another release is marked `data-rights-wizard-prerender="stale"`: widget.css then hides it
// and shows the fallback until the widget starts, so it never shows one page and then another.
//
// The English texts are a file of their own, `texts.en.json` beside the others (release
// builds): fetched here, ahead, when a widget may start in English, and for the widget through
// `StevnsRightsWizard.loadTexts(lang, version, refused)` when it starts in English or the citizen
// switches. A page that shows only Danish does not download it. A page that starts the glue
// itself must run this loader first (before its own module script), or the widget finds no
// `loadTexts` and stays Danish.
//
// `StevnsRightsWizard.checkConfig({ 'data-lang': 'en', … })` runs the widget's own checks on
// data attributes (the editors' guide's snippet builder uses it): a promise of
// `{ warnings: [{ option, text }], config }`, or null if the files cannot load.

const MOUNT = '[data-rights-wizard]';
const STARTED = 'data-rights-wizard-started';
const FAILED = 'data-rights-wizard-failed'; // value "load" (the panic guard uses "panic")
const PENDING = 'data-rights-wizard-pending';
/** Mount elements whose held click has its SLOW_MS timer. */
const timed = new WeakSet();
const PRERENDER = 'data-srw-prerender';
const STARTING = { da: 'Starter …', en: 'Starting …' };
// A held click still waiting after SLOW_MS: the fallback's contact details show below the
// pre-render (data-rights-wizard-prerender="slow") and the status says so.
const SLOW_MS = 10000;
const SLOW = {
  da: 'Det tager længere tid end ventet. Vent lidt, eller kontakt os på en af måderne nedenfor.',
  en: 'This is taking longer than expected. Please wait, or contact us in one of the ways below.',
};
// The versions of this release's pre-renders ("da:1f0c3a9b,en:…"), written in by the build
// (scripts/prerender.mjs); a pasted pre-render of another release is stale. In the unbuilt
// source the placeholder stays and no version is checked.
const VERSIONS = '@@SRW_PRERENDER_VERSIONS@@';
const versions = VERSIONS.startsWith('@@') ? null
  : Object.fromEntries(VERSIONS.split(',').map((pair) => pair.split(':')));

// The English texts' file (see the header): fetched alongside the WebAssembly when a mount
// element may start in English, so that costs no extra round trip. Its version is written in
// by the build (scripts/prerender.mjs).
const TEXTS_VERSION = '@@SRW_TEXTS_VERSION@@';
/** How long a texts file may take, both tries together; then the widget goes on in Danish. */
const TEXTS_TIMEOUT_MS = 8000;
/** url → promise: the fetch of a texts file, kept while it is under way or has brought bytes. */
const texts = new Map();
/** Urls fetched before: a later fetch of one revalidates with the server (`no-cache`). */
const fetched = new Set();
/** The address of `texts.<lang>.json` of `version` in this file's folder, or null for a
 *  language or version that is not one (the unbuilt source). */
function textsUrl(lang, version) {
  if (!/^[a-z]{2}$/.test(String(lang)) || !/^[0-9a-f]{8}$/.test(String(version))) return null;
  return new URL(`texts.${lang}.json?v=${version}`, import.meta.url).href;
}
/** The fetch of `texts.<lang>.json` of `version` from this file's folder, made now unless one
 *  is under way or has brought the file; its url, or null for a language or version that is not
 *  one (the unbuilt source). The promise gives the file's bytes (a Uint8Array: the wasm copies
 *  them exactly, where a string costs it three bytes a character), or null if it cannot be had:
 *  after an HTTP error, or if nothing came within TEXTS_TIMEOUT_MS (one more try after a
 *  network error). A failure is forgotten, so the next ask fetches again. */
function fetchTexts(lang, version) {
  const url = textsUrl(lang, version);
  if (url === null || texts.has(url)) return url;
  const signal = typeof AbortSignal.timeout === 'function' ? AbortSignal.timeout(TEXTS_TIMEOUT_MS) : undefined;
  const init = { signal, cache: fetched.has(url) ? 'no-cache' : 'default' };
  fetched.add(url);
  // One console line for the editor when it fails (the widget tells the citizen).
  const missing = (why) => {
    console.warn(`Stevns rights wizard: ${url} ${why}; English is not available (upload texts.${lang}.json beside rights-wizard.js).`);
    return null;
  };
  texts.set(url, fetch(url, init).catch(() => fetch(url, init))
    .then((response) => (response.ok ? response.arrayBuffer().then((bytes) => new Uint8Array(bytes))
      : missing(`answered ${response.status}`)))
    .catch(() => missing(signal?.aborted ? `did not arrive within ${TEXTS_TIMEOUT_MS / 1000} s` : 'could not be fetched'))
    .then((bytes) => {
      if (bytes === null) texts.delete(url);
      return bytes;
    }));
  return url;
}
/** For the widget (through the global): a promise of the bytes of `texts.<lang>.json` of
 *  `version`, or of null. A fetch made ahead, or under way, is shared: every widget on the page
 *  gets the same one. `refused`: the widget refused the bytes it got before (another release's
 *  file, say), so they are fetched afresh, revalidated with the server. */
function loadTexts(lang, version = TEXTS_VERSION, refused = false) {
  if (refused === true) texts.delete(textsUrl(lang, version));
  const url = fetchTexts(lang, version);
  return url === null ? Promise.resolve(null) : texts.get(url);
}
/** Fetches the English texts now if a mount element will likely start in English: a draft of
 *  this tab in English, or, with no Danish draft, its options. */
function prefetchTexts() {
  for (const el of document.querySelectorAll(MOUNT)) {
    if (el.hasAttribute(STARTED)) continue;
    const { want, draftLangs } = wanted(el);
    if (draftLangs.includes('en') || (want.lang === 'en' && !draftLangs.includes('da'))) {
      fetchTexts('en', TEXTS_VERSION);
      return;
    }
  }
}

/** Mount elements without a widget get the failure mark (their fallback stays, a pre-rendered
 *  start step goes). Focus that was on the pre-render moves to the mount element. */
function markFailed() {
  for (const el of document.querySelectorAll(MOUNT)) {
    if (el.hasAttribute(STARTED)) continue;
    const prerender = el.querySelector(`:scope > [${PRERENDER}]`);
    const hadFocus = prerender && prerender.contains(document.activeElement);
    el.setAttribute(FAILED, 'load');
    el.removeAttribute(PENDING);
    if (hadFocus) {
      el.tabIndex = -1;
      el.focus();
    }
  }
}

/** Trims as Rust's `str::trim` does (Unicode White_Space; not U+FEFF, which JS's trim takes). */
const rustTrim = (text) => text.replace(/^[^\S\uFEFF]+|[^\S\uFEFF]+$/g, '');
/** The language code the widget would read from `value` ("EN-gb" → "en"; text only), or null. */
const langOf = (value) => {
  if (typeof value !== 'string') return null;
  const code = rustTrim(value).split(/[-_]/)[0].toLowerCase();
  return code === 'da' || code === 'en' ? code : null;
};
/** The heading level 1–6 the widget would read from `value` (3, "3", " +3 "; not "2.0" or
 *  "0x2", which Rust's u8 parser refuses), or null. */
const levelOf = (value) => {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1 && value <= 6 ? value : null;
  if (typeof value !== 'string' || !/^\+?\d+$/.test(rustTrim(value))) return null;
  const n = Number(rustTrim(value));
  return n >= 1 && n <= 6 ? n : null;
};

/** What the widget in `el` will start with, as far as the loader can tell without it: the
 *  language, heading level and whether a municipality is named (`want`), `doubt` when the
 *  config block gives one of those keys twice, `moved` when it may not start on its start page
 *  (the demo's URL parameters, or a draft of this tab), `draftLangs` the drafts' languages. */
function wanted(el) {
  const want = { lang: 'da', level: 2, named: false };
  const layer = (lang, level, municipality) => {
    want.lang = langOf(lang) ?? want.lang;
    want.level = levelOf(level) ?? want.level;
    want.named ||= municipality != null;
  };
  const id = el.getAttribute('data-config');
  let doubt = false;
  if (id) {
    const text = document.getElementById(id.trim())?.textContent ?? 'null';
    // A key given twice: the widget keeps the last value it accepts, JSON.parse the last one.
    for (const key of ['lang', 'headingLevel', 'municipality']) {
      doubt ||= (text.match(new RegExp(`"${key}"\\s*:`, 'g')) ?? []).length > 1;
    }
    try {
      const json = JSON.parse(text);
      if (json && typeof json === 'object') layer(json.lang, json.headingLevel, json.municipality);
    } catch {
      // The widget warns about a broken block and uses the other options.
    }
  }
  layer(el.getAttribute('data-lang'), el.getAttribute('data-heading-level'), el.getAttribute('data-municipality'));
  let moved = false;
  if (el.hasAttribute('data-url-params')) {
    const url = new URLSearchParams(location.search);
    layer(url.get('lang'), null, null);
    moved = url.has('step') || url.has('simulate');
  }
  // The languages of this tab's drafts on this page (a draft's `lang`, see src/core/draft.rs;
  // null for one that cannot be read).
  const draftLangs = [];
  try {
    const prefix = `stevns-rights-wizard:${location.pathname}:`;
    for (let i = 0; i < sessionStorage.length; i += 1) {
      const key = sessionStorage.key(i);
      if (!key.startsWith(prefix)) continue;
      let lang = null;
      try {
        lang = langOf(JSON.parse(sessionStorage.getItem(key))?.lang);
      } catch {
        // Not JSON: the widget drops it.
      }
      draftLangs.push(lang);
    }
  } catch {
    // No storage, no draft.
  }
  return { want, doubt, moved: moved || draftLangs.length > 0, draftLangs };
}

/** Whether the widget in `el` will start with something other than the pre-render's page
 *  (stamp "da h2 1f0c3a9b"): its options, the demo's URL parameters or a draft of this tab say
 *  so, or the pre-render comes from another release (its text may differ). */
function stale(el, stamp) {
  const { want, doubt, moved } = wanted(el);
  const [lang, level, version] = String(stamp).split(' ');
  const outdated = versions !== null && versions[lang] !== version;
  return moved || doubt || want.named || outdated || `${lang} ${level}` !== `${want.lang} h${want.level}`;
}

/** The held click on a pre-rendered button, until the widget starts. */
function holdClick(event) {
  const el = event.currentTarget;
  const prerender = el.querySelector(`:scope > [${PRERENDER}]`);
  const button = event.target instanceof Element ? event.target.closest('button') : null;
  // Held until the widget has replaced the pre-render (it may wait for its texts after starting).
  if (!prerender || !button || !prerender.contains(button)) return;
  let action = null;
  if (button.matches('.srw-lang__button')) action = `lang-${button.lang}`;
  else if (button.matches('.srw-button--start')) action = 'start';
  else if (button.closest('.srw-followup')) action = 'followup';
  if (!action) return;
  if (action === 'lang-en') fetchTexts('en', TEXTS_VERSION);
  event.preventDefault();
  el.setAttribute(PENDING, action);
  for (const b of prerender.querySelectorAll('[aria-busy]')) b.removeAttribute('aria-busy');
  button.setAttribute('aria-busy', 'true');
  // The status stands after the clicked button, or below the language switch (never inside
  // its row), in the language the widget will speak.
  let status = prerender.querySelector('.srw-starting');
  if (!status) {
    status = document.createElement('p');
    status.className = 'srw-hint srw-starting';
    status.setAttribute('role', 'status');
  }
  const anchor = button.closest('.srw-topbar') ?? button;
  if (status.previousElementSibling !== anchor) anchor.after(status);
  const lang = action.startsWith('lang-') ? langOf(button.lang) ?? 'da'
    : prerender.getAttribute('lang') === 'en' ? 'en' : 'da';
  status.lang = lang;
  const text = () => (el.getAttribute('data-rights-wizard-prerender') === 'slow' ? SLOW : STARTING)[lang];
  // Filled after the region is in the page, so screen readers announce it.
  setTimeout(() => { status.textContent = text(); }, 50);
  if (!timed.has(el)) {
    timed.add(el);
    setTimeout(() => {
      // Still there and still holding a click (the widget may have started and be waiting for
      // its texts: it has taken the pending mark, not the pre-render).
      if (!prerender.isConnected || el.hasAttribute(FAILED) || !prerender.querySelector('[aria-busy="true"]')) return;
      el.setAttribute('data-rights-wizard-prerender', 'slow');
      status.textContent = text();
    }, SLOW_MS);
  }
}

let adopted = 0;
/** Gives the nth pre-render on the page (n > 1) ids of its own: each pre-render is the first
 *  widget's markup (`srw1-heading`), and ids must be unique until the widgets take over. */
function ownIds(prerender) {
  adopted += 1;
  if (adopted === 1) return;
  for (const node of [prerender, ...prerender.querySelectorAll('*')]) {
    for (const name of ['id', 'for', 'aria-describedby', 'aria-labelledby', 'aria-controls']) {
      const value = node.getAttribute(name);
      if (value && value.includes('srw1-')) node.setAttribute(name, value.replaceAll('srw1-', `srwp${adopted}-`));
    }
  }
}

/** Every mount element with a pre-render: mark it stale or hold its clicks. */
function adoptPrerenders() {
  for (const el of document.querySelectorAll(MOUNT)) {
    const prerender = el.querySelector(`:scope > [${PRERENDER}]`);
    if (!prerender || el.hasAttribute(STARTED) || el.hasAttribute('data-rights-wizard-prerender')) continue;
    ownIds(prerender);
    const isStale = stale(el, prerender.getAttribute(PRERENDER));
    const hadFocus = prerender.contains(document.activeElement);
    el.setAttribute('data-rights-wizard-prerender', isStale ? 'stale' : 'held');
    if (!isStale) el.addEventListener('click', holdClick, true);
    else if (hadFocus) {
      // Hidden now: focus goes to the mount element, not to the page's body.
      el.tabIndex = -1;
      el.focus();
    }
  }
}

async function load() {
  // A loader added while the page is still being parsed waits for the whole page.
  if (document.readyState === 'loading') {
    await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
  }
  adoptPrerenders();
  prefetchTexts();
  // Mount elements a page script adds while the widget is still loading (tabs, "vis mere") are
  // mounted by the widget's `main` too: look at their pre-renders as they come.
  const addsMount = (records) => records.some((r) => [...r.addedNodes].some((n) => n instanceof Element
    && (n.matches(MOUNT) || n.querySelector(MOUNT) !== null)));
  const watcher = new MutationObserver((records) => { if (addsMount(records)) adoptPrerenders(); });
  watcher.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
  try {
    // Both files relative to this file, not to the page. Instantiating the WebAssembly runs the
    // widget's `main`, which mounts every mount element on the page.
    const glue = await import(new URL('stevns-rights-wizard.js', import.meta.url).href);
    await glue.default({ module_or_path: new URL('stevns-rights-wizard_bg.wasm', import.meta.url) });
    // Also when something else had already loaded the WebAssembly (then `main` did not run again).
    glue.start();
    return glue;
  } finally {
    watcher.disconnect();
  }
}

const loaded = load().catch((error) => {
  markFailed();
  console.warn('Stevns rights wizard: could not start; the fallback text stays.', error);
  return null;
});

/** Resolves to true once the widgets have started (one that starts in English renders when its
 *  texts have come), false if they cannot. */
export const ready = loaded.then(Boolean);

/** Mounts a widget on every [data-rights-wizard] element that has none yet. */
export async function start() {
  adoptPrerenders();
  const glue = await loaded;
  if (!glue) {
    markFailed();
    return false;
  }
  glue.start();
  return true;
}

/** The widget's own checks on data attributes (name → text): `{ warnings, config }`, or null
 *  when the widget's files cannot load. */
export async function checkConfig(attributes) {
  const glue = await loaded;
  return glue ? glue.checkConfig(attributes) : null;
}

// The one global, for pages that add content without modules. Read-only; a second copy of the
// loader leaves the first one's in place.
if (!('StevnsRightsWizard' in window)) {
  Object.defineProperty(window, 'StevnsRightsWizard', {
    value: Object.freeze({ start, ready, checkConfig, loadTexts }),
    enumerable: true,
  });
}
