// The snippet builder in embed.html (the web editors' guide, section 9). A page script like any
// host's: no inline script or style, so it runs under the strict policy the guide recommends.
//
// Every change in the form: the widget's own checks (the loader's `checkConfig`, the Rust
// `Config::from_layers` a mount element goes through) run on the data attributes; each warning
// goes next to its field and its attribute is left out; the snippet (preload links, stylesheet,
// mount element with the pre-rendered start step where it fits and fallback text, loader) is rebuilt from what is left, and the preview is a
// fresh mount element made from that same snippet, started with the loader's `start()`.
// Colours are not options but CSS custom properties: they go in a rule for the site's
// stylesheet (a `style` attribute would break the policy), and the preview gets that same rule
// through a constructed stylesheet (CSSOM, which the policy allows).

import { ready, start, checkConfig } from './rights-wizard.js';

const DEFAULT_FOLDER = '/media/rights-wizard/';
const THEME_CLASS = 'rettigheder-tema';
/** Form field id → the data attribute it sets (the order of the attributes in the snippet). */
const FIELDS = [
  ['b-rights', 'data-rights'],
  ['b-right', 'data-right'],
  ['b-level', 'data-heading-level'],
  ['b-email', 'data-email'],
  ['b-dp', 'data-digital-post-url'],
  ['b-municipality', 'data-municipality'],
  ['b-phone', 'data-phone'],
  ['b-prefix', 'data-reference-prefix'],
];
/** The option a warning names (core/config.rs's JSON names) → the field that shows it. */
const OPTION_FIELD = {
  lang: 'b-lang', right: 'b-right', rights: 'b-rights', headingLevel: 'b-level', email: 'b-email',
  digitalPostUrl: 'b-dp', municipality: 'b-municipality', phone: 'b-phone', referencePrefix: 'b-prefix',
};
const COLOURS = [['b-primary', '--srw-color-primary'], ['b-primary-dark', '--srw-color-primary-dark']];

const $ = (id) => document.getElementById(id);
const form = $('builder');
const escape = (s) => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** What the form says, as data attributes (empty fields left out: the widget's default). */
function attributes() {
  const out = { 'data-lang': form.elements.lang.value };
  const boxes = [...form.querySelectorAll('#b-rights input')];
  const rights = boxes.filter((i) => i.checked).map((i) => i.value);
  // All or none: the widget then offers every right, so the attribute is not needed.
  if (rights.length > 0 && rights.length < boxes.length) out['data-rights'] = rights.join(',');
  for (const [id, attr] of FIELDS) {
    if (attr === 'data-rights') continue;
    const value = $(id).value.trim();
    if (value !== '') out[attr] = value;
  }
  return out;
}

/** WCAG 2.x contrast ratio of a #rrggbb colour against white. */
function contrastWithWhite(hex) {
  const lin = (c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const [r, g, b] = [1, 3, 5].map((i) => lin(parseInt(hex.slice(i, i + 2), 16) / 255));
  return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
}

/** The colour rule for the site's stylesheet, or '' when the colours are the defaults. */
function themeCss(errors) {
  const lines = [];
  for (const [id, prop] of COLOURS) {
    const input = $(id);
    const value = input.value.toLowerCase();
    if (!/^#[0-9a-f]{6}$/.test(value)) continue;
    const ratio = contrastWithWhite(value);
    if (ratio < 4.5) {
      errors[id] = `Kontrasten mod hvid er ${ratio.toFixed(1).replace('.', ',')}:1; den skal være mindst 4,5:1. Farven er ikke med i koden.`;
      continue;
    }
    if (value !== input.defaultValue.toLowerCase()) lines.push(`  ${prop}: ${value};`);
  }
  return lines.length ? `.${THEME_CLASS} .srw {\n${lines.join('\n')}\n}` : '';
}

/** The upload folder, ending in '/', or the default with an error. */
function folder(errors) {
  let f = $('b-folder').value.trim() || DEFAULT_FOLDER;
  if (!/^(\/|https:\/\/)[^\s"'<>]*$/.test(f)) {
    errors['b-folder'] = 'Mappen skal begynde med / eller https:// og må ikke indeholde mellemrum, anførselstegn, < eller >.';
    f = DEFAULT_FOLDER;
  }
  return f.endsWith('/') ? f : `${f}/`;
}

const prerenders = {};
/** The pre-rendered start step for the snippet (dist/prerender.<lang>.html), or ''
 *  when the config would make the widget's start step differ from it: a heading level other
 *  than 2 or a municipality's own name (the rights offered and a preset right do not change
 *  the start step). Also '' when the file cannot be fetched: the snippet then works without. */
async function prerender(config) {
  if (config.headingLevel !== 2 || config.municipality !== defaults.municipality) return '';
  prerenders[config.lang] ??= fetch(new URL(`prerender.${config.lang}.html`, import.meta.url))
    .then((r) => (r.ok ? r.text() : ''))
    .catch(() => '');
  return prerenders[config.lang];
}

/** The fallback text inside the mount element, in the widget's starting language. */
function fallback(config) {
  const dp = escape(config.digitalPostUrl);
  const mail = escape(config.email);
  const who = `${escape(config.municipality)}, ${config.lang === 'en' ? 'phone' : 'telefon'} ${escape(config.phone)}.`;
  return config.lang === 'en'
    ? `  <p>Send a secure message with <a href="${dp}">Digital Post via borger.dk</a>
     (log in with MitID), or write to <a href="mailto:${mail}">${mail}</a>.
     Do not send your CPR number by ordinary e-mail. ${who}</p>`
    : `  <p>Send en sikker besked med <a href="${dp}">Digital Post via borger.dk</a>
     (log ind med MitID), eller skriv til <a href="mailto:${mail}">${mail}</a>.
     Send ikke dit CPR-nummer med almindelig e-mail. ${who}</p>`;
}

function showErrors(errors) {
  for (const p of form.querySelectorAll('.guide-error')) {
    const id = p.id.replace(/-error$/, '');
    const field = $(id);
    const message = errors[id];
    p.hidden = !message;
    p.textContent = '';
    if (message) {
      const strong = document.createElement('strong');
      strong.textContent = 'Fejl: ';
      p.append(strong);
      if (typeof message === 'string') p.append(message);
      else {
        p.append('guiden afviser værdien og bruger standarden i stedet. Guidens egen besked: ');
        const q = document.createElement('q');
        q.lang = 'en';
        q.textContent = message.text;
        p.append(q);
      }
    }
    // A fieldset is described by its error; a field is also marked invalid.
    if (field && field.tagName !== 'FIELDSET') {
      if (message) field.setAttribute('aria-invalid', 'true');
      else field.removeAttribute('aria-invalid');
    }
  }
  const n = Object.keys(errors).length;
  $('b-summary').textContent = n === 0 ? 'Alle indstillinger er i orden.'
    : `${n} ${n === 1 ? 'indstilling er' : 'indstillinger er'} afvist og ikke med i koden – se fejlbeskeden ved feltet.`;
}

let sheet = null;
/** The widget's defaults, from its own check of no attributes. */
let defaults = null;
let generation = 0;

async function update() {
  const mine = ++generation;
  const wanted = attributes();
  const result = await checkConfig(wanted);
  if (mine !== generation) return; // a newer change is on its way
  const errors = {};
  if (!result) {
    $('b-summary').textContent = 'Guidens filer kunne ikke indlæses, så indstillingerne kan ikke kontrolleres.';
    return;
  }
  const rejected = new Set();
  for (const w of result.warnings) {
    const id = OPTION_FIELD[w.option];
    if (id && !errors[id]) errors[id] = w;
    rejected.add(w.option);
  }
  // What the widget would ignore is left out, and so are texts equal to its own defaults
  // (language and heading level stay, so the editor sees them in the snippet).
  defaults ??= (await checkConfig({})).config;
  if (mine !== generation) return;
  const attrs = Object.entries(wanted).filter(([attr, value]) => {
    const option = attr.replace(/^data-/, '').replace(/-([a-z])/g, (_, c) => c.toUpperCase());
    const isDefault = typeof defaults[option] === 'string' && option !== 'lang' && defaults[option] === value;
    return !rejected.has(option) && !rejected.has(attr) && !isDefault;
  });
  const pre = await prerender(result.config);
  if (mine !== generation) return;
  const css = themeCss(errors);
  const base = folder(errors);
  showErrors(errors);

  const open = [`<div${css ? ` class="${THEME_CLASS}"` : ''} data-rights-wizard`,
    ...attrs.map(([a, v]) => `${a}="${escape(v)}"`)].join(' ');
  const mount = `${open}>\n${pre ? `  ${pre}\n` : ''}${fallback(result.config)}\n</div>`;
  const snippet = [
    `<link rel="stylesheet" href="${base}widget.css">`,
    `<link rel="preload" href="${base}stevns-rights-wizard_bg.wasm" as="fetch" type="application/wasm" crossorigin>`,
    `<link rel="modulepreload" href="${base}stevns-rights-wizard.js">`,
    mount,
    `<script type="module" src="${base}rights-wizard.js"></script>`,
  ].join('\n');
  $('b-snippet').textContent = snippet;
  $('b-css').textContent = css;
  $('b-css-part').hidden = !css;
  $('b-copy-status').textContent = '';

  // The preview: the snippet's own mount element, and its colour rule.
  if (!sheet) {
    sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  sheet.replaceSync(css.replace(`.${THEME_CLASS}`, `#b-preview .${THEME_CLASS}`));
  const template = document.createElement('template');
  template.innerHTML = mount;
  $('b-preview').replaceChildren(template.content);
  await start();
}

let timer = 0;
/** Text fields wait for a pause in typing; choices apply at once. */
function schedule(event) {
  clearTimeout(timer);
  const typing = event && event.type === 'input' && event.target.type === 'text';
  timer = setTimeout(update, typing ? 250 : 0);
}

async function copy() {
  const status = $('b-copy-status');
  const text = $('b-snippet').textContent;
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = 'Koden er kopieret. Sæt den ind i sidens HTML (kildekode-visning).';
  } catch {
    // No clipboard access (an old browser, a denied permission): select the code instead.
    const range = document.createRange();
    range.selectNodeContents($('b-snippet'));
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    status.textContent = 'Koden kunne ikke kopieres automatisk. Den er markeret: tryk Ctrl+C (Cmd+C på Mac) for at kopiere.';
  }
}

if (form) {
  form.addEventListener('input', schedule);
  form.addEventListener('change', schedule);
  form.addEventListener('submit', (e) => { e.preventDefault(); update(); });
  $('b-copy').addEventListener('click', copy);
  ready.then(update);
}
