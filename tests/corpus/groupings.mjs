// Writes tests/corpus/cpr-groupings.tsv: the CPR detector's systematic corpus (read by
// tests/core_cpr_corpus.rs, which also checks that every grouping is there).
//
//   node tests/corpus/groupings.mjs
//
// For every grouping of the ten digits into 2 to 5 groups (255 of them) and every separator
// kind (spaces, dot, dash, slash), one line that must be caught ("cpr") and three that must be
// left alone ("not"): the same grouping with an impossible date, with an eleventh digit, and
// with a ninth digit only. Then the twelve-digit form with the four-digit year as a group of
// its own: caught when the year agrees with the 7th digit, left alone when it does not (a date
// and a time, `14 10 2026 1430`). The digits, the separator's spelling (no-break space, en
// dash, spaced slash …), the sentence around the number and an invisible character inside
// rotate from line to line, so each appears in many groupings.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Ten-digit numbers whose first six digits are a real date (erstatningspersonnumre too). */
const VALID = [
  '0101801234', '3112993999', '2902004000', '1506154321', '2412249876', '0703459012',
  '1208608000', '0101205000', '2802586123', '3004780555', '0101600000', '1510057123',
  '6101801234', '6703801234', '9101802345', '8902004000', '1709721357', '2206012468',
];
/** Ten digits whose first six are no date: day 32, month 13, 30 February, 29 February 1900,
 *  all zero, a substitute day 92, day 60, 31 April. */
const IMPOSSIBLE = [
  '3201801234', '0113801234', '3002991234', '2902001000', '0000000000', '9201801234',
  '6001801234', '3104901234',
];
const KINDS = {
  space: [' ', '\u00A0', '  ', '\u202F', '\u2009'],
  dot: ['.'],
  dash: ['-', '\u2013', ' - ', '\u2011', '\u2212', '\u2010'],
  slash: ['/', ' / ', '/ '],
};
/** Sentences around the number; `{}` is the number. */
const AROUND = [
  '{}', 'Mit CPR-nummer er {}.', '({})', 'CPR: {}', '{} er min søns', 'Personnummer:\n{}\nMvh Jens',
  '\u200E{}\u200F', 'Nr. {}, tak', '«{}»', 'My CPR number is {} and I live here',
  'Min datter har nummeret {} og går i skole', '- {}', 'cpr.nr.{}', '"{}"',
];

/** Every composition of `n` into `k` positive parts, in lexicographic order. */
function compositions(n, k) {
  if (k === 1) return [[n]];
  const out = [];
  for (let first = 1; first <= n - k + 1; first++) {
    for (const rest of compositions(n - first, k - 1)) out.push([first, ...rest]);
  }
  return out;
}

/** `digits` cut into groups of the sizes in `sizes`, joined by `sep`. */
function group(digits, sizes, sep) {
  const parts = [];
  let at = 0;
  for (const size of sizes) {
    parts.push(digits.slice(at, at + size));
    at += size;
  }
  return parts.filter((p) => p !== '').join(sep);
}

/** The corpus file's escapes: `\n`, `\t`, `\\`, and `\u{XXXX}` for every character that is not
 *  printable ASCII or a Danish letter. */
function escape(text) {
  return [...text].map((c) => {
    if (c === '\\') return '\\\\';
    if (c === '\n') return '\\n';
    if (c === '\t') return '\\t';
    if (/[ -~æøåÆØÅ«»–]/.test(c)) return c;
    return `\\u{${c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}}`;
  }).join('');
}

const lines = [
  '# The CPR detector\'s systematic corpus, written by tests/corpus/groupings.mjs (do not edit',
  '# by hand). label<TAB>text<TAB>why, as in cpr-detector.tsv. "cpr" = must be found and masked,',
  '# "not" = must be left alone. The why column starts with the grouping ("4+2+4 dash") that',
  '# tests/core_cpr_corpus.rs checks is complete: every grouping into 2 to 5 groups, every kind.',
];
let n = 0;
for (let k = 2; k <= 5; k++) {
  for (const sizes of compositions(10, k)) {
    for (const [kind, spellings] of Object.entries(KINDS)) {
      const sep = spellings[n % spellings.length];
      const around = AROUND[n % AROUND.length];
      const valid = VALID[n % VALID.length];
      const shape = `${sizes.join('+')} ${kind}`;
      let number = group(valid, sizes, sep);
      // Every fifth line hides a zero-width space or a word joiner inside the first group.
      if (n % 5 === 0) number = `${number[0]}${n % 10 === 0 ? '\u200B' : '\u2060'}${number.slice(1)}`;
      const line = (label, text, why) => lines.push(`${label}\t${escape(around.replace('{}', text))}\t${why}`);
      line('cpr', number, `${shape}; ${valid.slice(0, 6)}: a real date`);
      const impossible = IMPOSSIBLE[n % IMPOSSIBLE.length];
      line('not', group(impossible, sizes, sep), `${shape}; ${impossible.slice(0, 6)}: no date`);
      const longer = [...sizes.slice(0, -1), sizes[k - 1] + 1];
      line('not', group(`${valid}${n % 10}`, longer, sep), `${shape}; eleven digits: a longer number`);
      const shorter = [...sizes.slice(0, -1), sizes[k - 1] - 1];
      line('not', group(valid.slice(0, 9), shorter, sep), `${shape}; nine digits`);
      n += 1;
    }
  }
}

/** DD MM YYYY SSSS: the four-digit year a group of its own, the cuts within day, month and serial. */
const FULL_AGREE = [
  ['01', '01', '1980', '1234'], ['24', '12', '2010', '4321'], ['29', '02', '2000', '4000'],
  ['12', '08', '1860', '8000'], ['61', '01', '1980', '1234'], ['15', '06', '2015', '4321'],
  ['31', '12', '1999', '3999'], ['07', '03', '1945', '9012'],
];
const FULL_DISAGREE = [
  ['01', '01', '2080', '1234', 'the 7th digit 1 gives 1980'],
  ['14', '10', '2026', '1430', 'a date and a time: the 7th digit 1 gives 1926'],
  ['01', '01', '1980', '5000', 'the 7th digit 5 gives 1880 or 2000-2057'],
  ['24', '12', '1910', '4321', 'the 7th digit 4 gives 2010'],
  ['31', '12', '2025', '2359', 'a date and a time: the 7th digit 2 gives 1925'],
  ['01', '06', '2026', '0800', 'a date and a time: the 7th digit 0 gives 1926'],
  ['12', '08', '1960', '8000', 'the 7th digit 8 gives 1860'],
  ['15', '06', '1915', '4321', 'the 7th digit 4 gives 2015'],
];
let m = 0;
for (const cuts of [[], [2], [4], [10], [2, 4], [2, 10], [4, 10], [2, 4, 10]]) {
  for (const [kind, spellings] of Object.entries(KINDS)) {
    const sep = spellings[m % spellings.length];
    const around = AROUND[(m + 3) % AROUND.length];
    const ends = [...cuts, 8].sort((a, b) => a - b).concat([12]);
    const sizes = ends.map((e, i) => e - (i === 0 ? 0 : ends[i - 1]));
    const [dd, mm, yyyy, ssss] = FULL_AGREE[m % FULL_AGREE.length];
    const shape = `${sizes.join('+')} ${kind}`;
    lines.push(`cpr\t${escape(around.replace('{}', group(`${dd}${mm}${yyyy}${ssss}`, sizes, sep)))}\t${shape}; four-digit year ${yyyy} agreeing with the 7th digit`);
    const [d2, m2, y2, s2, why] = FULL_DISAGREE[m % FULL_DISAGREE.length];
    lines.push(`not\t${escape(around.replace('{}', group(`${d2}${m2}${y2}${s2}`, sizes, sep)))}\t${shape}; four-digit year ${y2}: ${why}`);
    m += 1;
  }
}

const out = fileURLToPath(new URL('./cpr-groupings.tsv', import.meta.url));
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${out}: ${lines.length - 4} lines`);
