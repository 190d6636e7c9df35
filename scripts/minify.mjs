// Trunk post_build hook (see Trunk.toml; run after scripts/prerender.mjs, in the same hook):
// minifies the wasm-bindgen glue, the loader and widget.css in a release build, before Trunk
// moves the staging folder to dist/. Debug builds stay readable.
//
// Why not Trunk's own `minify`: its JS minifier cannot parse the glue's
// `export { … as default }` and leaves it as it is. esbuild minifies both files:
// the glue 6.5 → 5.0 KB brotli, widget.css 2.5 → 2.0 KB.
//
// Trunk computes subresource-integrity hashes before this hook runs, so Trunk.toml turns SRI off
// (`no_sri`); the files are served from the page's own origin, where SRI adds nothing.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { transform } from 'esbuild';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('minify.mjs: run by Trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');
  process.exit(2);
}
if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);

const files = [
  ['stevns-rights-wizard.js', 'js'],
  // The loader (its commented source is embed/rights-wizard.js; the editors' guide documents it).
  ['rights-wizard.js', 'js'],
  ['widget.css', 'css'],
];
for (const [name, loader] of files) {
  const path = join(dir, name);
  const source = await readFile(path, 'utf8');
  // format: 'esm' keeps the glue's exports (`default` = init, `start`, `initSync`) as they are.
  const { code } = await transform(source, { loader, minify: true, legalComments: 'none', ...(loader === 'js' ? { format: 'esm' } : {}) });
  await writeFile(path, code);
  console.log(`minify.mjs: ${name} ${source.length} → ${code.length} bytes`);
}
