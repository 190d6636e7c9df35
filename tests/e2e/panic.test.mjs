// No frozen form: a panic inside the mounted widget (release build, panic = "abort") replaces
// it with the contact message. The demo page (its mount element has data-url-params) accepts
// ?simulate=panic, which panics in the widget once the citizen leaves the start page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE } from './browser.mjs';
import { useBrowser } from './fixture.mjs';

const browser = useBrowser();

test('a panic in the widget leaves the contact message and data-rights-wizard-failed="panic"', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${BASE}/index.html?simulate=panic`);
  await page.waitForSelector('section.srw[data-step="start"]');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  const mount = page.locator('[data-rights-wizard-failed="panic"]');
  await mount.waitFor({ timeout: 5000 });
  assert.equal(await mount.getAttribute('role'), 'alert');
  const text = (await mount.textContent()).replace(/\s+/g, ' ');
  assert.match(text, /Dine svar er ikke sendt\. Kontakt Stevns Kommune på telefon 56 57 57 57/);
  assert.match(text, /Nothing has been sent\. Contact Stevns Kommune by phone on 56 57 57 57/);
  assert.equal(await mount.locator('a').getAttribute('href'), 'https://www.borger.dk/');
  // No frozen form stays: no widget, no field, no button inside the mount element.
  assert.equal(await mount.locator('section.srw, form, input, textarea, button').count(), 0);
  assert.ok(errors.some((e) => /Stevns rights wizard stopped:[\s\S]*simulated panic/.test(e)),
    `the guard's own hook ran (not Yew's default logger): ${errors.join('\n')}`);
  await page.close();
});

test('?simulate=panic does nothing where the mount element has no data-url-params', async () => {
  const page = await browser.hostPage();
  await page.goto(`${BASE}/kommune/borger/rettigheder/?simulate=panic`);
  const root = page.locator('#rw-a');
  await root.locator('section.srw[data-step="start"]').waitFor();
  await root.getByRole('button', { name: 'Start', exact: true }).click();
  await root.locator('section.srw[data-step="who"]').waitFor();
  assert.equal(await page.locator('[data-rights-wizard-failed]').count(), 0);
  assert.deepEqual(page.problems, []);
  await page.close();
});
