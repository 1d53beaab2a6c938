// franc's language ranking (franc-min's trigram models and script expressions), computed with an
// inverted index: franc compares the sample with every model of its script, one hash lookup per
// sample trigram and model; here each sample trigram visits only the models that list it. The
// ranking and its scores are exactly francAll's (test/unit/trigrams.test.ts compares the two).
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';

/** franc's constants: at most this many characters are read, and an unlisted trigram costs this much. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;
/** Bits per character in a trigram code: a script's models use fewer than 2^7 - 1 characters. */
const CHAR_BITS = 7;

interface ScriptModels {
  languages: string[];
  /** UTF-16 unit -> 1 + its index among the characters of the script's models; 0 for any other. */
  alphabet: Uint8Array;
  /** Trigram code (see codeAt) -> pairs (language index, rank in that language's model), flattened. */
  postings: Map<number, number[]>;
}

let models: Map<string, ScriptModels> | undefined;
/** Occurrences of each trigram code in the sample being ranked (at most MAX_LENGTH + 2 trigrams). */
const trigramCounts = new Uint16Array(1 << (3 * CHAR_BITS));

/** The trigram at i as a small integer, or -1 when one of its characters is in none of the models. */
function codeAt(alphabet: Uint8Array, s: string, i: number): number {
  const a = alphabet[s.charCodeAt(i)];
  const b = alphabet[s.charCodeAt(i + 1)];
  const c = alphabet[s.charCodeAt(i + 2)];
  return a && b && c ? (((a << CHAR_BITS) | b) << CHAR_BITS) | c : -1;
}

function buildModels(): Map<string, ScriptModels> {
  const built = new Map<string, ScriptModels>();
  for (const [script, languages] of Object.entries(data)) {
    const names = Object.keys(languages);
    const alphabet = new Uint8Array(0x10000);
    let size = 0;
    for (const name of names) {
      for (const trigram of languages[name].split('|')) {
        for (let k = 0; k < trigram.length; k++) alphabet[trigram.charCodeAt(k)] ||= ++size;
      }
    }
    if (size >= 1 << CHAR_BITS) throw new Error(`franc's ${script} models use ${size} characters, more than trigram codes hold`);
    const postings = new Map<number, number[]>();
    names.forEach((name, index) => {
      const ranks = new Map<number, number>();
      languages[name].split('|').forEach((trigram, rank) => {
        const code = trigram.length === 3 ? codeAt(alphabet, trigram, 0) : -1;
        if (code >= 0 && !ranks.has(code)) ranks.set(code, rank); // franc keeps a repeated trigram's first rank
      });
      for (const [code, rank] of ranks) {
        let list = postings.get(code);
        if (!list) postings.set(code, (list = []));
        list.push(index, rank);
      }
    });
    built.set(script, { languages: names, alphabet, postings });
  }
  return built;
}

const SCRIPTS = Object.entries(expressions);
/** The scripts' expressions for one whole character (each is a class of single characters or surrogate pairs). */
const SCRIPT_CHARACTER = SCRIPTS.map(([, e]) => new RegExp(`^(?:${e.source})$`));
/** UTF-16 unit (outside the surrogates) -> bit s set when script s matches it, plus bit 31 once computed. */
const scriptBits = new Uint32Array(0x10000);
const COMPUTED = 1 << 31;
const SURROGATE = /[\uD800-\uDFFF]/;

function scriptBitsOf(unit: number): number {
  let bits = scriptBits[unit];
  if (!bits) {
    const character = String.fromCharCode(unit);
    bits = COMPUTED;
    SCRIPT_CHARACTER.forEach((re, s) => {
      if (re.test(character)) bits |= 1 << s;
    });
    scriptBits[unit] = bits;
  }
  return bits;
}

/** How many characters of `value` each script's expression matches, as franc counts them. */
function scriptCounts(value: string): number[] {
  // With surrogates a match may be two units: count with the expressions themselves, as franc does.
  if (SURROGATE.test(value)) return SCRIPTS.map(([, e]) => value.match(e)?.length ?? 0);
  const counts = new Array<number>(SCRIPTS.length).fill(0);
  for (let i = 0; i < value.length; i++) {
    for (let bits = scriptBitsOf(value.charCodeAt(i)) & ~COMPUTED; bits; bits &= bits - 1) counts[31 - Math.clz32(bits & -bits)]++;
  }
  return counts;
}

/** The script whose expression matches most characters (franc's getTopScript): name and share. */
function topScript(value: string): [string | undefined, number] {
  let top: string | undefined;
  let topCount = -1;
  scriptCounts(value).forEach((matched, s) => {
    const count = matched / value.length || 0;
    if (count > topCount) {
      topCount = count;
      top = SCRIPTS[s][0];
    }
  });
  return [top, topCount];
}

/** franc's cleaned sample: ASCII punctuation and digits as spaces, white space collapsed, lower case, padded. */
function cleaned(value: string): string {
  return ' ' + value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase() + ' ';
}

/** Languages ranked as franc's francAll(value, { minLength }) ranks them: [code, score], best first. */
export function rankLanguages(text: string, minLength: number): [string, number][] {
  if (!text || text.length < minLength) return [['und', 1]];
  const value = text.slice(0, MAX_LENGTH);
  const [script, share] = topScript(value);
  models ??= buildModels();
  const scriptModels = script === undefined ? undefined : models.get(script);
  if (!scriptModels) return !script || share === 0 ? [['und', 1]] : [[script, 1]];
  const { alphabet, postings, languages } = scriptModels;
  const sample = cleaned(value);
  // Count each distinct trigram (in a shared table, cleared after use); those with a character no
  // model uses are only counted as distinct.
  const seen: number[] = [];
  const unlisted = new Set<string>();
  for (let i = 0; i + 3 <= sample.length; i++) {
    const code = codeAt(alphabet, sample, i);
    if (code < 0) unlisted.add(sample.slice(i, i + 3));
    else if (trigramCounts[code]++ === 0) seen.push(code);
  }
  // Every distinct trigram costs MAX_DIFFERENCE, less for the models that list it.
  const distances = new Array<number>(languages.length).fill((seen.length + unlisted.size) * MAX_DIFFERENCE);
  for (const code of seen) {
    const count = trigramCounts[code];
    trigramCounts[code] = 0;
    const list = postings.get(code);
    if (!list) continue;
    for (let k = 0; k < list.length; k += 2) distances[list[k]] += Math.abs(count - list[k + 1] - 1) - MAX_DIFFERENCE;
  }
  const ranked: [string, number][] = languages.map((name, l) => [name, distances[l]]);
  ranked.sort((a, b) => a[1] - b[1]);
  const min = ranked[0][1];
  const max = value.length * MAX_DIFFERENCE - min;
  for (const entry of ranked) entry[1] = 1 - (entry[1] - min) / max || 0;
  return ranked;
}
