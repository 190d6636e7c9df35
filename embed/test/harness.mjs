// Test-only helpers for the embed e2e tests (tests/e2e/embed*.test.mjs): serve the host pages in
// this folder at CMS-like paths with a strict Content-Security-Policy header, and the widget's
// files from /media/rights-wizard/ (fetched from the dist/ server at SRW_BASE_URL), through
// Playwright's page.route(): Python's http.server cannot send a CSP header or live at a sub-path.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { BASE } from '../../tests/e2e/browser.mjs';

export { BASE };
export const HERE = fileURLToPath(new URL('.', import.meta.url));
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
export const MEDIA = '/media/rights-wizard/';
/** Host pages: path on the test origin → file in this folder. */
export const PAGES = {
  '/kommune/borger/rettigheder/': 'host.html',
  '/kommune/borger/senere/': 'host-later.html',
  '/kommune/borger/konfiguration/': 'config.html',
  '/kommune/borger/hoej-side/': 'host-tall.html',
  '/kommune/borger/fast-sidehoved/': 'host-sticky.html',
};
export const HOSTILE_CSS = '/kommune/theme/hostile.css';
/** The CMS-theme fixtures (hosts/): one page per theme, with the snippet as an editor pastes it. */
export const HOSTS = ['neutral', 'dkfds', 'bootstrap', 'wordpress', 'richtext'];
for (const name of HOSTS) PAGES[`/kommune/${name}/rettigheder/`] = `hosts/${name}.html`;
/** Theme files: URL prefix → folder. DKFDS and Bootstrap are their npm packages' dist/ folders,
 *  as a site would serve them (DKFDS's fonts and icons included). */
const NODE_MODULES = fileURLToPath(new URL('../../node_modules/', import.meta.url));
export const THEMES = {
  '/kommune/theme/dkfds/': `${NODE_MODULES}dkfds/dist/`,
  '/kommune/theme/bootstrap/': `${NODE_MODULES}bootstrap/dist/`,
  '/kommune/theme/hosts/': `${HERE}hosts/`,
  // axe-core for the accessibility checks: same-origin, so the strict CSP lets it run.
  '/kommune/test/axe/': `${NODE_MODULES}axe-core/`,
};
const TYPES = { css: 'text/css', eot: 'application/vnd.ms-fontobject', woff2: 'font/woff2', woff: 'font/woff', ttf: 'font/ttf', svg: 'image/svg+xml', png: 'image/png', js: 'text/javascript' };

/**
 * Sets up the routes and the recorders on a new page. Options:
 *  - csp: the Content-Security-Policy header of the host pages (default: the strict one);
 *  - fail: file names under /media/rights-wizard/ to answer with 404;
 *  - pages: extra host pages, path → { body } or file name;
 *  - theme: the host theme's CSS text (default: hostile.css).
 * The page gets: problems (page errors and console errors, CSP ones included), warnings
 * (console.warn texts), requests (every URL requested), types (URL → Content-Type of its
 * response) and violations() (the
 * securitypolicyviolation events the page saw).
 */
export async function hostPage(context, { csp = CSP, fail = [], pages = {}, theme } = {}) {
  const page = await context.newPage();
  page.setDefaultTimeout(8000);
  page.problems = [];
  page.warnings = [];
  page.requests = [];
  page.on('pageerror', (e) => page.problems.push(`pageerror: ${e}`));
  page.on('console', (m) => {
    if (m.type() === 'error') page.problems.push(`console.error: ${m.text()}`);
    if (m.type() === 'warning') page.warnings.push(m.text());
  });
  page.types = {};
  page.on('request', (r) => page.requests.push(r.url()));
  page.on('response', (r) => { page.types[r.url()] = r.headers()['content-type']; });
  // Runs before any page script and is not subject to the page's CSP; non-enumerable so it
  // does not count as a global.
  await page.addInitScript(() => {
    const seen = [];
    Object.defineProperty(window, '__srwViolations', { value: seen, enumerable: false });
    document.addEventListener('securitypolicyviolation', (e) => seen.push({
      directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile,
    }));
  });
  const all = { ...PAGES, ...pages };
  await page.route(`${BASE}/**`, async (route) => {
    const url = new URL(route.request().url());
    const path = url.pathname;
    if (path in all) {
      const p = all[path];
      const body = typeof p === 'string' ? await readFile(HERE + p, 'utf8') : p.body;
      const headers = { 'content-type': 'text/html; charset=utf-8' };
      if (csp) headers['content-security-policy'] = csp;
      return route.fulfill({ status: 200, headers, body });
    }
    if (path === HOSTILE_CSS) {
      return route.fulfill({ status: 200, contentType: 'text/css', body: theme ?? await readFile(HERE + 'hostile.css', 'utf8') });
    }
    const prefix = Object.keys(THEMES).find((x) => path.startsWith(x));
    if (prefix) {
      const rest = path.slice(prefix.length);
      const type = TYPES[rest.split('.').pop()];
      if (!type || rest.split('/').includes('..')) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' });
      try {
        return route.fulfill({ status: 200, contentType: type, body: await readFile(THEMES[prefix] + decodeURIComponent(rest)) });
      } catch {
        return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' });
      }
    }
    // Any other theme stylesheet is the fixture file of that name in this folder.
    const themeFile = /^\/kommune\/theme\/([a-z0-9-]+\.css)$/.exec(path);
    if (themeFile) {
      const css = await readFile(HERE + themeFile[1], 'utf8').catch(() => null);
      if (css !== null) return route.fulfill({ status: 200, contentType: 'text/css', body: css });
    }
    if (path.startsWith(MEDIA)) {
      const name = path.slice(MEDIA.length);
      if (fail.includes(name)) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' });
      // The uploaded files are dist/'s, byte for byte, with the server's MIME types.
      const response = await route.fetch({ url: `${BASE}/${name}${url.search}` });
      return route.fulfill({ response });
    }
    if (path === '/favicon.ico') return route.fulfill({ status: 204, body: '' });
    // Anything else at the site root would mean a file resolved against the page, not the
    // loader: refuse it, so the test sees it.
    return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not on this host' });
  });
  page.violations = () => page.evaluate(() => window.__srwViolations);
  return page;
}

/** CSP problems: securitypolicyviolation events and console messages about the policy. */
export async function cspProblems(page) {
  const events = await page.violations();
  const consoleCsp = page.problems.filter((p) => /Content.Security.Policy|Refused to/i.test(p));
  return [...events.map((e) => JSON.stringify(e)), ...consoleCsp];
}
