// Trunk post_build hook (see Trunk.toml: before scripts/minify.mjs, in one hook):
// renders the widget's start step at build time with Yew's server renderer (`cargo run --features ssr --bin prerender`, native, see
// src/prerender.rs) and puts it where a page shows it at once:
//  - `prerender.da.html`, `prerender.en.html` in the build, for the editors' snippet builder;
//  - the demo page (index.html): the comment `<!-- srw:prerender da -->` inside its mount
//    element is replaced by the Danish start step;
//  - the editors' guide (embed.html): `<!-- srw:prerender-code da -->` inside the snippet's
//    <code> is replaced by the same markup, HTML-escaped;
//  - the loader (rights-wizard.js): the placeholder `@@SRW_PRERENDER_VERSIONS@@` becomes this
//    release's versions ("da:1f0c3a9b,en:…"), so a pre-render pasted from an older release is
//    hidden instead of showing text the widget then changes; `@@SRW_TEXTS_VERSION@@` becomes
//    the version of `texts.en.json` (the English texts as their own file, written by the same
//    binary), which the loader fetches ahead when a widget may start in English.
// It also writes the DPO's review sheet (src/legal_sheet.rs, the `legal-sheet` binary):
// `legal-sheet.html` and `sources.html` (docs/sources.md as HTML, which the sheet links to)
// beside the widget's files. A citation without an entry in docs/sources.md stops the build
// (exit 2), so a release cannot ship a legal sentence the DPO cannot check.
// A marker that is missing is an error (exit 2): the page would silently lose its pre-render.
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
if (!dir) {
  console.error('prerender.mjs: run by Trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');
  process.exit(2);
}
for (const bin of ['prerender', 'legal-sheet']) {
  execFileSync('cargo', ['run', '--quiet', '--features', 'ssr', '--bin', bin, '--', dir], {
    cwd: source,
    stdio: 'inherit',
  });
}

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const markup = {};
for (const lang of ['da', 'en']) markup[lang] = await readFile(join(dir, `prerender.${lang}.html`), 'utf8');

// The loader learns this release's versions (the stamp's third word), so it can hide a
// pre-render pasted from an older release.
const versions = Object.entries(markup)
  .map(([lang, html]) => `${lang}:${/^<section data-srw-prerender="[a-z]+ h\d ([0-9a-f]{8})"/.exec(html)?.[1]}`)
  .join(',');
if (versions.includes('undefined')) {
  console.error('prerender.mjs: a pre-render has no version in its stamp');
  process.exit(2);
}
{
  const path = join(dir, 'rights-wizard.js');
  const loader = await readFile(path, 'utf8');
  if (!loader.includes('@@SRW_PRERENDER_VERSIONS@@')) {
    console.error('prerender.mjs: no version placeholder in rights-wizard.js');
    process.exit(2);
  }
  const [textsVersion] = JSON.parse(await readFile(join(dir, 'texts.en.json'), 'utf8'));
  if (!loader.includes('@@SRW_TEXTS_VERSION@@') || !/^[0-9a-f]{8}$/.test(textsVersion)) {
    console.error('prerender.mjs: no texts version placeholder in rights-wizard.js, or no version in texts.en.json');
    process.exit(2);
  }
  await writeFile(path, loader.replace('@@SRW_PRERENDER_VERSIONS@@', versions).replace('@@SRW_TEXTS_VERSION@@', textsVersion));
  console.log(`prerender.mjs: rights-wizard.js knows the versions ${versions}, texts.en.json ${textsVersion}`);
}

for (const [file, marker, transform] of [
  ['index.html', /<!-- srw:prerender (da|en) -->/g, (s) => s],
  ['embed.html', /<!-- srw:prerender-code (da|en) -->/g, escape],
]) {
  const path = join(dir, file);
  const page = await readFile(path, 'utf8');
  let count = 0;
  const out = page.replace(marker, (_, lang) => {
    count += 1;
    return transform(markup[lang]);
  });
  if (count === 0) {
    console.error(`prerender.mjs: no pre-render marker in ${file}`);
    process.exit(2);
  }
  await writeFile(path, out);
  console.log(`prerender.mjs: ${file}: ${count} start step(s) pre-rendered`);
}
