// The widget on real CMS themes: the snippet pasted into the content area of a DKFDS site, a
// Bootstrap 5 site, a WordPress block theme and an older theme's rich-text block (the fixtures in
// embed/test/hosts/, served by embed/test/harness.mjs under the strict CSP, the widget's files
// from dist/ through the loader). Each host is walked through the wizard in step with the neutral
// page (no theme), the neutral widget set to the same width and position; at every step the
// computed styles and boxes of every element in the widget (and its ::before, ::after, ::marker)
// must equal the neutral page's, and so must the pixels of the widget's screenshot. axe (with
// colour contrast) runs on each host. About 8 s a host. SRW_SCREENSHOTS=1 also writes one 320 px
// screenshot per host to docs/screenshots/host-<name>-who-error.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useBrowser } from './fixture.mjs';
import { runAxe, describe as describeViolations } from './axe.mjs';
import { cspProblems, BASE, HOSTS } from '../../embed/test/harness.mjs';

const P = 'srw1-';
const THEMED = HOSTS.filter((h) => h !== 'neutral');
const url = (name) => `${BASE}/kommune/${name}/rettigheder/`;
const SHOTS = new URL('../../docs/screenshots/', import.meta.url);

/** Computed properties compared on every element of the widget. */
const PROPS = [
  'display', 'position', 'float', 'opacity', 'visibility', 'transform', 'clip-path', 'z-index', 'overflow',
  'pointer-events', 'appearance', 'accent-color', 'color-scheme', 'cursor', 'box-sizing',
  'color', 'background-color', 'background-image', 'box-shadow', 'outline-style', 'outline-width',
  'font-family', 'font-size', 'font-weight', 'font-style', 'font-feature-settings', 'line-height',
  'letter-spacing', 'word-spacing', 'text-transform', 'text-indent', 'text-align', 'text-shadow',
  'text-decoration-line', 'text-decoration-color', 'text-decoration-thickness', 'text-underline-offset',
  'white-space', 'hyphens', 'text-rendering', '-webkit-font-smoothing', 'list-style-type', 'list-style-position',
  'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width',
  'border-top-style', 'border-right-style', 'border-bottom-style', 'border-left-style',
  'border-top-color', 'border-right-color', 'border-bottom-color', 'border-left-color', 'border-top-left-radius',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left', 'margin-top', 'margin-bottom', 'min-height',
];
/** On pseudo-elements that exist (content other than none/normal, or a list item's marker). */
const PSEUDO_PROPS = ['content', 'display', 'position', 'color', 'background-color', 'font-weight', 'font-size', 'width', 'height'];

/** Every element of the widget, in document order: a label, its box relative to the widget
 *  root (half-pixel steps), the PROPS, and its pseudo-elements. */
function snapshot(page) {
  return page.evaluate(({ props, pseudoProps }) => {
    const root = document.querySelector('.srw');
    const r0 = root.getBoundingClientRect();
    const half = (v) => Math.round(v * 2) / 2;
    return [root, ...root.querySelectorAll('*')].map((el) => {
      const cs = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      const o = {
        label: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls}`,
        box: [r.x - r0.x, r.y - r0.y, r.width, r.height].map(half).join(' '),
      };
      for (const p of props) o[p] = cs.getPropertyValue(p);
      for (const pseudo of ['::before', '::after', '::marker']) {
        const ps = getComputedStyle(el, pseudo);
        const content = ps.getPropertyValue('content');
        const exists = pseudo === '::marker' ? cs.display === 'list-item' : !['none', 'normal'].includes(content);
        o[pseudo] = exists ? pseudoProps.map((p) => `${p}: ${ps.getPropertyValue(p)}`).join('; ') : 'none';
      }
      return o;
    });
  }, { props: PROPS, pseudoProps: PSEUDO_PROPS });
}

/** Differences between the neutral page's snapshot and a host's, one line each. */
function differences(neutral, host) {
  const out = [];
  if (neutral.length !== host.length) out.push(`${neutral.length} elements on the neutral page, ${host.length} on the host`);
  for (let i = 0; i < Math.min(neutral.length, host.length); i++) {
    for (const k of Object.keys(neutral[i])) {
      if (neutral[i][k] !== host[i][k]) out.push(`${neutral[i].label} ${k}: ${neutral[i][k]} → ${host[i][k]}`);
    }
  }
  return out;
}

/** What the issue saw break, read directly: the radios (visible, full size, hit by a click at
 *  their centre), the error summary's bullets, the link-buttons' and links' colour and border,
 *  a button's padding and border, the heading's and the body text's size, a text field's border. */
function keyFacts(page) {
  return page.evaluate((p) => {
    const cs = (el, pseudo) => getComputedStyle(el, pseudo);
    const radio = document.querySelector(`.srw input[name="${p}who"]`);
    const rr = radio.getBoundingClientRect();
    const hit = document.elementFromPoint(rr.x + rr.width / 2, rr.y + rr.height / 2);
    const li = document.querySelector('.srw .srw-error-summary__list li');
    const link = document.querySelector('.srw .srw-error-summary__list a');
    const back = document.querySelector('.srw .srw-back-link');
    const button = document.querySelector('.srw .srw-button');
    return {
      radio: `${cs(radio).opacity} ${cs(radio).position} ${Math.round(rr.width)}×${Math.round(rr.height)} hit=${hit === radio}`,
      bullets: `${cs(li).listStyleType} before=${cs(li, '::before').content} marker=${cs(li).display}`,
      summaryLink: `${cs(link).color} border-bottom=${cs(link).borderBottomWidth} underline=${cs(link).textDecorationLine}`,
      backLink: `${cs(back).color} border=${cs(back).borderBottomWidth} padding=${cs(back).padding}`,
      button: `${cs(button).color} on ${cs(button).backgroundColor} padding=${cs(button).padding} border=${cs(button).borderTopWidth} ${cs(button).borderTopStyle}`,
      heading: cs(document.querySelector('.srw .srw-heading')).fontSize,
      body: cs(document.querySelector('.srw')).fontSize,
    };
  }, P);
}
const EXPECTED_FACTS = {
  radio: '1 static 24×24 hit=true',
  bullets: 'none before=none marker=list-item',
  summaryLink: 'rgb(181, 29, 9) border-bottom=0px underline=underline',
  backLink: 'rgb(0, 89, 179) border=0px padding=8px 0px',
  button: 'rgb(255, 255, 255) on rgb(0, 89, 179) padding=9.6px 20px border=2px solid',
  heading: '28px',
  body: '16px',
};

/** Counts the pixels that differ (by more than 48 in some channel) between two PNGs, in a
 *  blank page of its own (no CSP there). */
async function pixelDiff(scratch, a, b) {
  return scratch.evaluate(async ([a64, b64]) => {
    const load = async (s) => {
      const bytes = Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
      const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const c = new OffscreenCanvas(bmp.width, bmp.height);
      const ctx = c.getContext('2d');
      ctx.drawImage(bmp, 0, 0);
      return { w: bmp.width, h: bmp.height, d: ctx.getImageData(0, 0, bmp.width, bmp.height).data };
    };
    const [x, y] = await Promise.all([load(a64), load(b64)]);
    if (x.w !== y.w || x.h !== y.h) return { size: `${x.w}×${x.h} → ${y.w}×${y.h}`, count: Infinity };
    let count = 0;
    for (let i = 0; i < x.d.length; i += 4) {
      if (Math.max(Math.abs(x.d[i] - y.d[i]), Math.abs(x.d[i + 1] - y.d[i + 1]), Math.abs(x.d[i + 2] - y.d[i + 2])) > 48) count += 1;
    }
    return { size: `${x.w}×${x.h}`, count };
  }, [a.toString('base64'), b.toString('base64')]);
}

// The walk: each step's action runs on both pages; then they are compared.
const at = (page, step) => page.waitForSelector(`section.srw[data-step="${step}"]`);
const click = (page, name) => page.locator('.srw').getByRole('button', { name, exact: true }).click();
const WALK = [
  { name: 'start', act: (p) => at(p, 'start') },
  {
    name: 'who-error',
    act: async (p) => {
      await click(p, 'Start'); await at(p, 'who');
      await click(p, 'Fortsæt'); await p.waitForSelector('.srw .srw-error-summary');
      await p.check(`input[name="${P}who"][value="myself"]`);
    },
  },
  { name: 'right', act: async (p) => { await click(p, 'Fortsæt'); await at(p, 'right'); await p.check(`input[name="${P}right"][value="erasure"]`); } },
  { name: 'about', act: async (p) => { await click(p, 'Fortsæt'); await at(p, 'about'); } },
  { name: 'details-error', act: async (p) => { await click(p, 'Fortsæt'); await at(p, 'details'); await click(p, 'Fortsæt'); await p.waitForSelector('.srw .srw-error-summary'); } },
  {
    name: 'person',
    act: async (p) => {
      await p.fill(`#${P}erase-which`, 'Gamle notater fra skolen');
      await p.check(`input[name="${P}erase-ground"][value="not-needed"]`);
      await click(p, 'Fortsæt'); await at(p, 'person'); await p.fill(`#${P}name`, 'Jens Hansen');
    },
  },
  { name: 'route', act: async (p) => { await click(p, 'Fortsæt'); await at(p, 'route'); } },
  { name: 'check', act: async (p) => { await click(p, 'Fortsæt'); await at(p, 'check'); } },
  { name: 'send', act: async (p) => { await click(p, 'Lav brevet'); await at(p, 'send'); } },
];
/** Where axe runs (WCAG 2.1 AA, colour contrast included). */
const AXE_AT = new Set(['who-error', 'details-error', 'send']);

/** A screenshot of the widget, its page in front, cut to the whole pixels inside its box (a
 *  box at y = 100.4 would otherwise take a row of the host's background with it). */
async function shot(page) {
  await page.bringToFront();
  const r = await page.locator('.srw').evaluate((el) => {
    const b = el.getBoundingClientRect();
    return { x: b.x + scrollX, y: b.y + scrollY, right: b.right + scrollX, bottom: b.bottom + scrollY };
  });
  const x = Math.ceil(r.x);
  const y = Math.ceil(r.y);
  const clip = { x, y, width: Math.floor(r.right) - x, height: Math.floor(r.bottom) - y };
  return page.screenshot({ clip, fullPage: true, animations: 'disabled', caret: 'hide' });
}

/** Puts the neutral widget at the host widget's width and position, to the sub-pixel (a text
 *  line half a pixel lower is drawn differently). */
async function align(neutral, host) {
  const box = await host.locator('.srw').evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x + scrollX, y: r.y + scrollY, w: r.width };
  });
  // CSSOM, not a style attribute: the strict CSP allows it.
  await neutral.evaluate(({ x, y, w }) => {
    document.body.style.margin = '0';
    const mount = document.querySelector('[data-rights-wizard]');
    mount.style.marginLeft = `${x}px`;
    mount.style.width = `${w}px`;
    mount.style.paddingTop = '0px';
    const ny = document.querySelector('.srw').getBoundingClientRect().y + scrollY;
    mount.style.paddingTop = `${(((y - ny) % 1) + 1) % 1}px`;
  }, box);
}

let scratch;
let outDir;
const browser = useBrowser({
  async setup(context) {
    // The same reference number on every page (it mixes Date.now and Math.random).
    await context.addInitScript((now) => {
      Date.now = () => now;
      Math.random = () => 0.5;
    }, Date.now());
    scratch = await context.newPage();
    outDir = mkdtempSync(join(tmpdir(), 'srw-hosts-'));
  },
});

for (const name of THEMED) {
  test(`${name}: every step looks and behaves as on the neutral page; axe passes`, async () => {
    const host = await browser.hostPage();
    const neutral = await browser.hostPage();
    await Promise.all([host.goto(url(name)), neutral.goto(url('neutral'))]);
    const problems = [];
    for (const { name: step, act } of WALK) {
      // One page at a time, in front: a tab in the background gets about one frame a second,
      // and every click waits for a frame.
      for (const page of [host, neutral]) {
        await page.bringToFront();
        await act(page);
        // No hover: the pointer would rest where the last click left it, over different parts.
        await page.mouse.move(0, 0);
      }
      if (step === 'start') await align(neutral, host);

      if (step === 'who-error') assert.deepEqual(await keyFacts(host), EXPECTED_FACTS, `${name}: the radios, bullets, links and buttons`);
      problems.push(...differences(await snapshot(neutral), await snapshot(host)).map((d) => `${step}: ${d}`));

      // The pixels of the whole widget, neutral and host.
      const a = await shot(neutral);
      const b = await shot(host);
      const diff = a.equals(b) ? { count: 0 } : await pixelDiff(scratch, a, b);
      if (diff.count > 0) {
        writeFileSync(join(outDir, `${name}-${step}-neutral.png`), a);
        writeFileSync(join(outDir, `${name}-${step}-host.png`), b);
        problems.push(`${step}: ${diff.count} pixels differ (${diff.size}); see ${outDir}`);
      }

      if (AXE_AT.has(step)) {
        // From the host's origin: the strict CSP refuses an inline script.
        if (!(await host.evaluate(() => 'axe' in window))) await host.addScriptTag({ url: '/kommune/test/axe/axe.min.js' });
        const { violations } = await runAxe(host);
        if (violations.length) problems.push(`${step}: axe\n${describeViolations(violations)}`);
      }

      if (step === 'who-error') {
        // The narrow screen: the same comparison at 320 px (the widget as wide as each host's
        // column leaves it), and the picture for docs/.
        for (const page of [host, neutral]) await page.setViewportSize({ width: 320, height: 900 });
        await align(neutral, host);
        problems.push(...differences(await snapshot(neutral), await snapshot(host)).map((d) => `who-error at 320 px: ${d}`));
        if (process.env.SRW_SCREENSHOTS) {
          const r = await host.locator('.srw').evaluate((el) => { const b = el.getBoundingClientRect(); return { y: b.y + scrollY, h: b.height }; });
          const y = Math.max(0, r.y - 120);
          await host.screenshot({ path: new URL(`host-${name}-who-error.png`, SHOTS).pathname, clip: { x: 0, y, width: 320, height: r.y - y + r.h + 16 }, fullPage: true });
        }
        for (const page of [host, neutral]) await page.setViewportSize({ width: 1280, height: 900 });
        await align(neutral, host);
      }
    }
    assert.deepEqual(problems, [], `${name} differs from the neutral page:\n${problems.slice(0, 40).join('\n')}`);

    // The theme still styles the host's own content: the isolation works one way only.
    if (name === 'richtext') {
      assert.equal(await host.$eval('#host-r1', (el) => getComputedStyle(el).opacity), '0');
      assert.equal(await host.$eval('.rich-text > ul li', (el) => getComputedStyle(el, '::before').content), '""');
    }
    for (const page of [host, neutral]) {
      assert.deepEqual(await cspProblems(page), []);
      assert.deepEqual(page.problems, []);
      await page.close();
    }
  });
}
