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
// `StevnsRightsWizard.checkConfig({ 'data-lang': 'en', … })` runs the widget's own checks on
// data attributes (the editors' guide's snippet builder uses it): a promise of
// `{ warnings: [{ option, text }], config }`, or null if the files cannot load.

const MOUNT = '[data-rights-wizard]';
const STARTED = 'data-rights-wizard-started';
const FAILED = 'data-rights-wizard-failed'; // value "load" (the panic guard uses "panic")

/** Mount elements without a widget get the failure mark (their fallback stays). */
function markFailed() {
  for (const el of document.querySelectorAll(MOUNT)) {
    if (!el.hasAttribute(STARTED)) el.setAttribute(FAILED, 'load');
  }
}

async function load() {
  // A loader added while the page is still being parsed waits for the whole page.
  if (document.readyState === 'loading') {
    await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
  }
  // Both files relative to this file, not to the page. Instantiating the WebAssembly runs the
  // widget's `main`, which mounts every mount element on the page.
  const glue = await import(new URL('stevns-rights-wizard.js', import.meta.url).href);
  await glue.default({ module_or_path: new URL('stevns-rights-wizard_bg.wasm', import.meta.url) });
  // Also when something else had already loaded the WebAssembly (then `main` did not run again).
  glue.start();
  return glue;
}

const loaded = load().catch((error) => {
  markFailed();
  console.warn('Stevns rights wizard: could not start; the fallback text stays.', error);
  return null;
});

/** Resolves to true once the widgets have started, false if they cannot. */
export const ready = loaded.then(Boolean);

/** Mounts a widget on every [data-rights-wizard] element that has none yet. */
export async function start() {
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
    value: Object.freeze({ start, ready, checkConfig }),
    enumerable: true,
  });
}
