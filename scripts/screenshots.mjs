// Saves a screenshot of every step of the wizard (Danish) at 320 px and 1280 px wide into
// docs/screenshots/. Needs the release build served: SRW_BASE_URL (default http://127.0.0.1:8080).
// Usage: node scripts/screenshots.mjs [widths...]
import { launch, openWidget } from '../tests/e2e/browser.mjs';
import { mkdirSync } from 'node:fs';

const widths = process.argv.slice(2).map(Number).filter(Boolean);
const out = 'docs/screenshots';
mkdirSync(out, { recursive: true });

const ctx = await launch();
for (const width of widths.length ? widths : [320, 1280]) {
  const page = await openWidget(ctx);
  await page.setViewportSize({ width, height: 800 });
  const shot = async (name) => {
    await page.screenshot({ path: `${out}/${width}-${name}.png`, fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    if (overflow) console.warn(`horizontal scrolling at ${width}px on ${name}`);
  };
  const go = async () => page.click('.srw button[type=submit], .srw-page > .srw-button, .srw-button-group > .srw-button:first-child');
  const step = (s) => page.waitForSelector(`.srw[data-step="${s}"]:not([data-srw-prerender])`);
  await shot('01-start');
  await page.click('text=Start'); await step('who'); await shot('02-who');
  await page.click('.srw button[type=submit]'); await shot('02b-who-error');
  await page.check('#srw1-who-behalf'); await page.click('.srw button[type=submit]'); await step('right');
  await shot('03-right');
  await page.check('#srw1-right-erasure'); await page.click('.srw button[type=submit]'); await step('about');
  await shot('04-about');
  await go(); await step('details'); await shot('05-details');
  await page.fill('#srw1-erase-which', 'Billeder fra sommerfesten 2019');
  await page.check('#srw1-erase-ground'); await page.click('.srw button[type=submit]'); await step('person');
  await page.click('.srw button[type=submit]'); await shot('06-person-errors');
  // No CPR number: any valid one could be a real person's. The e-mail route needs the address.
  await page.fill('#srw1-name', 'Jens Hansen'); await page.fill('#srw1-address', 'Testvej 1, 4660 Store Heddinge');
  await page.fill('#srw1-other-name', 'Ida Hansen'); await page.check('#srw1-relation');
  await page.click('.srw button[type=submit]'); await step('route');
  await page.check('#srw1-route-email'); await shot('07-route');
  await page.click('.srw button[type=submit]'); await step('check'); await shot('08-check');
  await page.click('text=Lav brevet'); await step('send'); await shot('09-send-email');
  await page.click('.srw-back-link'); await step('check');
  await page.click('button[data-field="route"]'); await page.check('#srw1-route');
  await page.click('.srw button[type=submit]'); await step('check');
  await page.click('text=Lav brevet'); await step('send'); await shot('10-send-digital-post');
  if (page.problems.length) console.warn(page.problems);
  await page.close();
}
await ctx.close();
console.log(`screenshots in ${out}/`);
