// A small W3C WebDriver client (https://www.w3.org/TR/webdriver2/) over node's fetch, enough for
// the three-engine smoke test: start a browser's driver, open a session, navigate, find, click,
// type (real key events), run scripts and size the window. No npm package: the protocol is a
// handful of JSON requests, and the drivers are Debian's and crates.io's own.
// Not a test file itself (the runner only picks up *.test.mjs).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync } from 'node:fs';
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/browser.mjs';

/** The engines, each with its driver and the capabilities that start its browser. */
export const ENGINES = {
  chromium: {
    driver: process.env.CHROMEDRIVER || '/usr/bin/chromedriver',
    args: (port) => [`--port=${port}`],
    capabilities: {
      browserName: 'chrome',
      'goog:chromeOptions': {
        // The same binary and flags as the Playwright tests (tests/e2e/browser.mjs).
        binary: CHROMIUM,
        args: ['--headless=new', ...CHROMIUM_ARGS, '--lang=da-DK'],
      },
    },
  },
  firefox: {
    driver: process.env.GECKODRIVER || `${process.env.HOME}/.cargo/bin/geckodriver`,
    args: (port) => ['--port', String(port)],
    capabilities: {
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: process.env.FIREFOX || '/usr/bin/firefox-esr',
        args: ['-headless'],
        prefs: { 'intl.accept_languages': 'da-DK, da', 'app.update.enabled': false },
      },
    },
  },
  // WebKitGTK's MiniBrowser needs an X display (run under xvfb-run): with --headless it hangs.
  webkit: {
    driver: process.env.WEBKITWEBDRIVER || '/usr/bin/WebKitWebDriver',
    args: (port) => [`--port=${port}`],
    capabilities: {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': {
        binary: process.env.MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        args: ['--automation'],
      },
    },
  },
};

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

/** A WebDriver error, naming the engine and the command. */
class DriverError extends Error {}

/**
 * Starts `engine`'s driver and a browser session. Returns a `Session`; call `quit()` to end both.
 * Throws (naming the engine, with the driver's output) if the driver or the browser does not start.
 */
export async function startSession(engine) {
  const spec = ENGINES[engine];
  if (!spec) throw new Error(`unknown engine ${engine}`);
  if (!existsSync(spec.driver)) throw new Error(`${engine}: driver not found at ${spec.driver} (run scripts/setup)`);
  const port = await freePort();
  const proc = spawn(spec.driver, spec.args(port), { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  proc.stdout.on('data', (d) => { log = (log + d).slice(-4000); });
  proc.stderr.on('data', (d) => { log = (log + d).slice(-4000); });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      const r = await fetch(`${url}/status`);
      if (r.ok) break;
    } catch { /* not listening yet */ }
    if (proc.exitCode !== null || i > 100) {
      proc.kill();
      throw new Error(`${engine}: driver did not start (exit ${proc.exitCode}): ${log}`);
    }
    await sleep(100);
  }
  const session = new Session(engine, url, proc, () => log);
  try {
    const value = await session.cmd('POST', '/session', { capabilities: { alwaysMatch: spec.capabilities } }, 60000);
    session.id = value.sessionId;
    session.browser = `${value.capabilities.browserName} ${value.capabilities.browserVersion}`;
    await session.cmd('POST', `/session/${session.id}/timeouts`, { script: 10000, pageLoad: 20000, implicit: 0 });
  } catch (e) {
    proc.kill();
    throw e;
  }
  return session;
}

export class Session {
  constructor(engine, url, proc, log) {
    Object.assign(this, { engine, url, proc, log });
  }

  /** One WebDriver command; returns its `value`, throws a DriverError naming engine and command. */
  async cmd(method, path, body, timeout = 30000) {
    const init = { method, signal: AbortSignal.timeout(timeout) };
    if (body !== undefined) {
      init.body = JSON.stringify(body);
      init.headers = { 'content-type': 'application/json; charset=utf-8' };
    }
    let json;
    try {
      const r = await fetch(this.url + path, init);
      json = await r.json();
    } catch (e) {
      throw new DriverError(`${this.engine}: ${method} ${path}: ${e.message}\n${this.log()}`);
    }
    if (json.value && json.value.error) {
      throw new DriverError(`${this.engine}: ${method} ${path}: ${json.value.error}: ${json.value.message}`);
    }
    return json.value;
  }

  s(path) { return `/session/${this.id}${path}`; }

  async goto(url) { await this.cmd('POST', this.s('/url'), { url }); }

  /** Runs `fn` (a function or a function body string) in the page with `args`; returns its result. */
  async exec(fn, ...args) {
    const script = typeof fn === 'function' ? `return (${fn}).apply(null, arguments)` : fn;
    return this.cmd('POST', this.s('/execute/sync'), { script, args });
  }

  /** Runs the script body `script` asynchronously: it ends when it calls its last argument. */
  async execAsync(script, ...args) {
    return this.cmd('POST', this.s('/execute/async'), { script, args });
  }

  /** Waits until `fn(...args)` returns a truthy value in the page; returns it. Fails after
   *  `timeout` ms with `what` and the last value. */
  async waitFor(what, fn, args = [], timeout = 8000) {
    const end = Date.now() + timeout;
    let last;
    for (;;) {
      last = await this.exec(fn, ...args).catch((e) => `(script error: ${e.message})`);
      if (last && !(typeof last === 'string' && last.startsWith('(script error'))) return last;
      if (Date.now() > end) throw new Error(`${this.engine}: timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
      await sleep(50);
    }
  }

  /** The element matching the CSS `selector` (the first one); throws if there is none. */
  async find(selector) {
    const v = await this.cmd('POST', this.s('/element'), { using: 'css selector', value: selector });
    return v[ELEMENT];
  }

  async click(selector) {
    const id = await this.find(selector);
    await this.cmd('POST', this.s(`/element/${id}/click`), {});
  }

  /** Types `text` into the element, key by key, as a keyboard does (Element Send Keys). */
  async type(selector, text) {
    const id = await this.find(selector);
    await this.cmd('POST', this.s(`/element/${id}/value`), { text });
  }

  /** Sizes the window so the page's viewport (innerWidth × innerHeight) is `width` × `height`:
   *  the browser's own chrome (toolbars, borders) differs per engine, so measure and correct.
   *  Returns the viewport reached, which may be wider than asked: desktop windows have a
   *  minimum width (headless Firefox ESR 500 px; MiniBrowser's toolbar 447 px, and it has no
   *  headless mode, and without a window manager no full-screen mode either). */
  async viewport(width, height) {
    let inner;
    for (let i = 0; i < 3; i++) {
      inner = await this.exec(() => [innerWidth, innerHeight]);
      if (inner[0] === width && inner[1] === height) break;
      const rect = await this.cmd('GET', this.s('/window/rect'));
      await this.cmd('POST', this.s('/window/rect'), {
        width: rect.width + width - inner[0], height: rect.height + height - inner[1],
      });
      await sleep(200);
      inner = await this.exec(() => [innerWidth, innerHeight]);
    }
    return { width: inner[0], height: inner[1] };
  }

  async quit() {
    if (this.id) await this.cmd('DELETE', this.s(''), undefined, 15000).catch(() => {});
    this.proc.kill();
  }
}
