// axe-core helpers for the accessibility tests (not a test file: the runner only picks up
// *.test.mjs). axe is injected from node_modules (no network) and run against the widget root
// `.srw` only: the demo host page around it is not ours.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');

/** WCAG 2.1 A and AA, nothing else (no best practices, no AAA). */
export const WCAG21AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Injects axe-core once per document (a reload or navigation needs a new injection). */
export async function injectAxe(page) {
  const present = await page.evaluate(() => typeof window.axe === 'object');
  if (!present) await page.addScriptTag({ path: AXE_PATH });
}

/**
 * Runs axe with the WCAG 2.1 AA tags. `scope` is a CSS selector (default: the widget root) or
 * null for the whole document. Returns axe's result object (violations, incomplete, …).
 */
export async function runAxe(page, scope = '.srw') {
  await injectAxe(page);
  return page.evaluate(async ({ scope, tags }) => {
    const context = scope ? document.querySelector(scope) : document;
    if (!context) throw new Error(`axe: no element matches ${scope}`);
    const r = await window.axe.run(context, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    // Only what the report needs (the full result does not survive serialisation cheaply).
    const slim = (list) => list.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      tags: v.tags.filter((t) => t.startsWith('wcag')),
      nodes: v.nodes.map((n) => ({
        target: n.target.join(' '),
        html: n.html.length > 160 ? `${n.html.slice(0, 160)}…` : n.html,
        summary: n.failureSummary,
      })),
    }));
    return { violations: slim(r.violations) };
  }, { scope, tags: WCAG21AA });
}

/** One line per violated node: "rule-id (impact) selector — help". */
export function describe(violations) {
  return violations.flatMap((v) => v.nodes.map((n) =>
    `  ${v.id} (${v.impact}; ${v.tags.join(',')}) ${n.target} — ${v.help}\n      ${n.html}`)).join('\n');
}

/** The rule ids of the violations, sorted and unique. */
export const ruleIds = (violations) => [...new Set(violations.map((v) => v.id))].sort();
