// franc's language ranking (franc-min's trigram models and script expressions), computed with an
// inverted index: franc compares the sample with every model of its script, one hash lookup per
// sample trigram and model; here each sample trigram visits only the models that list it. The
// ranking and its scores are exactly francAll's (test/unit/trigrams.test.ts compares the two).
import { data } from 'franc-min/data.js';
import { CHAR_SPACE, unitClass } from './charClasses';
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
  /** Trigram codes (see codeAt) of the models, in an open-addressing table (-1: empty slot); see postingsOf. */
  postingCodes: Int32Array;
  /** For the code in the same slot: where its pairs start and end in `postings`. */
  postingStarts: Int32Array;
  postingEnds: Int32Array;
  /** Pairs (language index, rank in that language's model), flattened. */
  postings: Int32Array;
}

const slotOf = (code: number, bits: number) => Math.imul(code, 0x9e3779b1) >>> (32 - bits);

/** The slot of `code` in an open-addressing table of 2^bits codes: where it is, or the empty slot where it would go. */
function probe(codes: Int32Array, bits: number, code: number): number {
  let slot = slotOf(code, bits);
  while (codes[slot] !== code && codes[slot] >= 0) slot = (slot + 1) & ((1 << bits) - 1);
  return slot;
}

let models: Map<string, ScriptModels> | undefined;

// The sample's distinct trigram codes and their counts, in a small open-addressing table (it stays in the
// processor's cache, where a table indexed by every possible code would not); cleared after each sample.
/** A cleaned sample's units: lower case may lengthen a unit (İ -> i̇), padding adds two. */
const MAX_UNITS = 3 * MAX_LENGTH + 2;
const SLOT_BITS = 14; // more than twice MAX_UNITS slots
const SLOTS = 1 << SLOT_BITS;
const slotCodes = new Int32Array(SLOTS).fill(-1);
const slotCounts = new Uint16Array(SLOTS);
const usedSlots = new Int32Array(MAX_UNITS);

/** Counts one occurrence of `code`; returns the number of distinct codes counted so far. */
function countCode(code: number, distinct: number): number {
  const slot = probe(slotCodes, SLOT_BITS, code);
  if (slotCodes[slot] < 0) {
    slotCodes[slot] = code;
    usedSlots[distinct++] = slot;
  }
  slotCounts[slot]++;
  return distinct;
}

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
    const lists = new Map<number, number[]>();
    names.forEach((name, index) => {
      const ranks = new Map<number, number>();
      languages[name].split('|').forEach((trigram, rank) => {
        const code = trigram.length === 3 ? codeAt(alphabet, trigram, 0) : -1;
        if (code >= 0 && !ranks.has(code)) ranks.set(code, rank); // franc keeps a repeated trigram's first rank
      });
      for (const [code, rank] of ranks) {
        let list = lists.get(code);
        if (!list) lists.set(code, (list = []));
        list.push(index, rank);
      }
    });
    const bits = 32 - Math.clz32(2 * lists.size); // at most half full
    const postingCodes = new Int32Array(1 << bits).fill(-1);
    const postingStarts = new Int32Array(1 << bits);
    const postingEnds = new Int32Array(1 << bits);
    const postings = new Int32Array([...lists.values()].flat());
    let offset = 0;
    for (const [code, list] of lists) {
      const slot = probe(postingCodes, bits, code);
      postingCodes[slot] = code;
      postingStarts[slot] = offset;
      postingEnds[slot] = offset += list.length;
    }
    built.set(script, { languages: names, alphabet, postingCodes, postingStarts, postingEnds, postings });
  }
  return built;
}

const SCRIPTS = Object.entries(expressions);
/** The scripts' expressions for one whole character (each is a class of single characters or surrogate pairs). */
const SCRIPT_CHARACTER = SCRIPTS.map(([, e]) => new RegExp(`^(?:${e.source})$`));
/** UTF-16 unit -> 1 + the index of the one script whose expression matches it; NO_SCRIPT, SEVERAL, or 0 until asked. */
const scriptOfUnit = new Uint8Array(0x10000);
const NO_SCRIPT = 0xff;
const SEVERAL = 0xfe;
const SURROGATE = /[\uD800-\uDFFF]/;

function scriptsMatching(unit: number): number[] {
  const character = String.fromCharCode(unit);
  return SCRIPT_CHARACTER.flatMap((re, s) => (re.test(character) ? [s] : []));
}

function scriptOf(unit: number): number {
  if (!scriptOfUnit[unit]) {
    const scripts = scriptsMatching(unit);
    scriptOfUnit[unit] = scripts.length === 0 ? NO_SCRIPT : scripts.length > 1 ? SEVERAL : scripts[0] + 1;
  }
  return scriptOfUnit[unit];
}

/** How many characters of `value` each script's expression matches, as franc counts them. */
function scriptCounts(value: string): number[] {
  // With surrogates a match may be two units: count with the expressions themselves, as franc does.
  if (SURROGATE.test(value)) return SCRIPTS.map(([, e]) => value.match(e)?.length ?? 0);
  const counts = new Array<number>(SCRIPTS.length).fill(0);
  for (let i = 0; i < value.length; i++) {
    const script = scriptOf(value.charCodeAt(i));
    if (script === NO_SCRIPT) continue;
    if (script !== SEVERAL) counts[script - 1]++;
    else for (const s of scriptsMatching(value.charCodeAt(i))) counts[s]++;
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

/** UTF-16 unit -> 1 + its lower case, or CONTEXTUAL when the whole string's toLowerCase is needed; 0 until asked. */
const lowerUnits = new Int32Array(0x10000);
const CONTEXTUAL = -1;

/** A unit's lower case on its own: not for surrogates, Σ (final sigma depends on the next letter), or İ (two units). */
function lowerUnit(unit: number): number {
  if (!lowerUnits[unit]) {
    const lower = String.fromCharCode(unit).toLowerCase();
    const alone = lower.length === 1 && unit !== 0x3a3 && (unit < 0xd800 || unit > 0xdfff);
    lowerUnits[unit] = alone ? lower.charCodeAt(0) + 1 : CONTEXTUAL;
  }
  return lowerUnits[unit] - 1;
}

/** ASCII punctuation and digits, and white space: what cleaned() turns into a single space. */
const spaceLike = (unit: number) => (unit >= 0x21 && unit <= 0x40) || (unitClass(unit) & CHAR_SPACE) !== 0;

/**
 * cleaned(value) as UTF-16 units in `out`, without building strings; its length, or -1 when a unit's lower
 * case depends on its context (then cleaned() must be used).
 */
function cleanedUnits(value: string, out: Uint16Array): number {
  let length = 0;
  out[length++] = 0x20;
  let space = false;
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (spaceLike(unit)) {
      space = length > 1;
      continue;
    }
    const lower = lowerUnit(unit);
    if (lower < 0) return -1;
    if (space) out[length++] = 0x20;
    space = false;
    out[length++] = lower;
  }
  out[length++] = 0x20;
  return length;
}
const units = new Uint16Array(MAX_UNITS);

/** Languages ranked as franc's francAll(value, { minLength }) ranks them: [code, score], best first. */
export function rankLanguages(text: string, minLength: number): [string, number][] {
  if (!text || text.length < minLength) return [['und', 1]];
  const value = text.slice(0, MAX_LENGTH);
  const [script, share] = topScript(value);
  models ??= buildModels();
  const scriptModels = script === undefined ? undefined : models.get(script);
  if (!scriptModels) return !script || share === 0 ? [['und', 1]] : [[script, 1]];
  const { alphabet, postingCodes, postingStarts, postingEnds, postings, languages } = scriptModels;
  const postingBits = 31 - Math.clz32(postingCodes.length);
  // Count each distinct trigram; those with a character no model uses are only counted as distinct.
  let length = cleanedUnits(value, units);
  if (length < 0) {
    const sample = cleaned(value);
    length = sample.length;
    for (let i = 0; i < length; i++) units[i] = sample.charCodeAt(i);
  }
  let distinct = 0;
  const unlisted = new Set<number>();
  for (let i = 0; i + 3 <= length; i++) {
    const a = alphabet[units[i]];
    const b = alphabet[units[i + 1]];
    const c = alphabet[units[i + 2]];
    if (a && b && c) distinct = countCode((((a << CHAR_BITS) | b) << CHAR_BITS) | c, distinct);
    else unlisted.add(units[i] * 2 ** 32 + units[i + 1] * 2 ** 16 + units[i + 2]);
  }
  // Every distinct trigram costs MAX_DIFFERENCE, less for the models that list it.
  const distances = new Int32Array(languages.length).fill((distinct + unlisted.size) * MAX_DIFFERENCE);
  for (let k = 0; k < distinct; k++) {
    const slot = usedSlots[k];
    const code = slotCodes[slot];
    const count = slotCounts[slot];
    slotCodes[slot] = -1;
    slotCounts[slot] = 0;
    const listed = probe(postingCodes, postingBits, code);
    if (postingCodes[listed] < 0) continue;
    for (let p = postingStarts[listed]; p < postingEnds[listed]; p += 2) distances[postings[p]] += Math.abs(count - postings[p + 1] - 1) - MAX_DIFFERENCE;
  }
  const ranked: [string, number][] = languages.map((name, l) => [name, distances[l]]);
  ranked.sort((a, b) => a[1] - b[1]);
  const min = ranked[0][1];
  const max = value.length * MAX_DIFFERENCE - min;
  for (const entry of ranked) entry[1] = 1 - (entry[1] - min) / max || 0;
  return ranked;
}
