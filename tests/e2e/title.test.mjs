// Two widgets on one page share one document title: "Fejl: " (or "Error: ") stands once before
// the host's title while any widget shows errors, and the host's own title comes back when none
// does — whichever widget goes first, in either language, and after the host changes its title.
// The host page (embed/test/host.html) has two widgets, #rw-a and #rw-b.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './fixture.mjs';
import { BASE } from '../../embed/test/harness.mjs';

const HOST = `${BASE}/kommune/borger/rettigheder/`;

const browser = useBrowser();

function widget(page, mountId) {
  const root = page.locator(`#${mountId}`);
  const button = (name) => root.getByRole('button', { name, exact: true });
  const next = () => root.getByRole('button', { name: /^(Fortsæt|Continue)$/ });
  return {
    /** "Fortsæt" until a step with no answer yet refuses it: the error summary. */
    async fail() {
      if (await root.locator('section.srw[data-step="start"]').count()) await button('Start').click();
      for (let i = 0; i < 4; i++) {
        await root.locator('section.srw:not([data-step="start"])').waitFor();
        const step = await root.locator('section.srw').getAttribute('data-step');
        await next().click();
        await root.page().waitForFunction(([id, step]) => {
          const w = document.querySelector(`#${id} section.srw`);
          return w.querySelector('.srw-error-summary') || w.dataset.step !== step;
        }, [mountId, step]);
        if (await root.locator('.srw-error-summary').count()) return;
      }
      assert.fail(`${mountId}: no step refused an empty "Fortsæt"`);
    },
    /** Answers what is in error (a group's first choice, a name in a text field) and continues:
     *  no errors any more. */
    async fix() {
      const step = await root.locator('section.srw').getAttribute('data-step');
      for (const input of await root.locator('.srw-form-group--error').locator('input, textarea').all()) {
        const type = await input.getAttribute('type');
        if (type === 'radio' || type === 'checkbox') { await input.check(); break; }
        await input.fill('Jens Hansen');
      }
      await next().click();
      await root.locator(`section.srw:not([data-step="${step}"])`).waitFor();
      assert.equal(await root.locator('.srw-error-summary').count(), 0);
    },
    lang: async (name) => {
      await button(name).click();
      await root.locator(`section.srw[lang="${name === 'English' ? 'en' : 'da'}"]`).waitFor();
    },
  };
}

async function expectTitle(page, expected, when) {
  await page.waitForFunction((t) => document.title === t, expected, { timeout: 3000 })
    .catch(async () => assert.fail(`${when}: title is ${JSON.stringify(await page.title())}, expected ${JSON.stringify(expected)}`));
}

test('two widgets with errors: one "Fejl: " prefix, the host title restored when both are fixed', async () => {
  const page = await browser.hostPage();
  await page.goto(HOST);
  await page.locator('#rw-b section.srw').waitFor();
  const base = await page.title();
  const [a, b] = [widget(page, 'rw-a'), widget(page, 'rw-b')];

  await a.fail();
  await expectTitle(page, `Fejl: ${base}`, 'A has errors');
  await b.fail();
  await expectTitle(page, `Fejl: ${base}`, 'A and B have errors');
  await a.fix();
  await expectTitle(page, `Fejl: ${base}`, 'B still has errors');
  await b.lang('English');
  await expectTitle(page, `Error: ${base}`, 'B, in English, still has errors');
  await b.fix();
  await expectTitle(page, base, 'no widget has errors');

  // The other order, and a language switch in the widget that still has errors.
  await b.fail();
  await a.fail();
  await expectTitle(page, `Fejl: ${base}`, 'both again (A last, in Danish)');
  await b.fix();
  await expectTitle(page, `Fejl: ${base}`, 'A still has errors');
  await a.lang('English');
  await expectTitle(page, `Error: ${base}`, 'A in English');
  await a.lang('Dansk');
  await expectTitle(page, `Fejl: ${base}`, 'A back in Danish');
  await a.fix();
  await expectTitle(page, base, 'both fixed again');

  // The host changes its title between errors (as a single-page app does): the new one is kept.
  await page.evaluate(() => { document.title = 'Ny titel – Stevns Kommune'; });
  await a.fail();
  await expectTitle(page, 'Fejl: Ny titel – Stevns Kommune', 'after the host renamed the page');
  await b.fail();
  await a.fix();
  await b.fix();
  await expectTitle(page, 'Ny titel – Stevns Kommune', 'the host\'s new title back');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('starting over while errors show gives the title back', async () => {
  const page = await browser.hostPage();
  await page.goto(HOST);
  await page.locator('#rw-b section.srw').waitFor();
  const base = await page.title();
  await widget(page, 'rw-a').fail();
  await expectTitle(page, `Fejl: ${base}`, 'A has errors');
  // "Slet mine svar og start forfra" ends the errors by leaving the step.
  await page.locator('#rw-a').getByRole('button', { name: 'Slet mine svar og start forfra' }).click();
  await page.locator('#rw-a section.srw[data-step="start"]').waitFor();
  await expectTitle(page, base, 'A restarted');
  assert.deepEqual(page.problems, []);
  await page.close();
});
