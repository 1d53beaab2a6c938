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
  /**
   * The models' trigram codes (see codeAt) in an open-addressing table of pairs (code, its postings' start *
   * RUN_LIMIT + their count), code -1 and no postings in an empty slot: a lookup reads one cache line.
   */
  postingTable: Int32Array;
  /** Postings (language index * RANK_LIMIT + rank in that language's model), one run per code. */
  postings: Uint16Array;
}

/** A code's postings are fewer than this (one per language). */
const RUN_BITS = 8;
const RUN_LIMIT = 1 << RUN_BITS;
/** Ranks in a model are below this (franc's models have 300 trigrams); a posting holds both in 16 bits. */
const RANK_BITS = 9;
const RANK_LIMIT = 1 << RANK_BITS;

const slotOf = (code: number, bits: number) => Math.imul(code, 0x9e3779b1) >>> (32 - bits);

/** The slot of `code` in an open-addressing table of 2^bits pairs (code, value): where it is, or the empty slot where it would go. */
function probe(table: Int32Array, bits: number, code: number): number {
  const mask = (1 << bits) - 1;
  let slot = slotOf(code, bits);
  while (table[2 * slot] !== code && table[2 * slot] >= 0) slot = (slot + 1) & mask;
  return slot;
}

let models: Map<string, ScriptModels> | undefined;

// The sample's distinct trigram codes and their counts, in a small open-addressing table (it stays in the
// processor's cache, where a table indexed by every possible code would not); cleared after each sample.
/** A cleaned sample's units: lower case may lengthen a unit (İ -> i̇), padding adds two. */
const MAX_UNITS = 3 * MAX_LENGTH + 2;
const SLOT_BITS = 13; // more than the MAX_UNITS - 2 trigrams of a sample
/** Pairs (code, count); code -1 in an empty slot. */
const sampleTable = new Int32Array(2 << SLOT_BITS).fill(-1);
const usedSlots = new Int32Array(MAX_UNITS);
/** The posting runs of the sample's distinct codes, in the order of usedSlots. */
const sampleRuns = new Int32Array(MAX_UNITS);

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
    if (names.length >= RUN_LIMIT || names.length > 0x10000 >> RANK_BITS) throw new Error(`franc has ${names.length} ${script} models, more than postings hold`);
    const lists = new Map<number, number[]>();
    names.forEach((name, index) => {
      const ranks = new Map<number, number>();
      languages[name].split('|').forEach((trigram, rank) => {
        const code = trigram.length === 3 ? codeAt(alphabet, trigram, 0) : -1;
        if (code >= 0 && !ranks.has(code)) ranks.set(code, rank); // franc keeps a repeated trigram's first rank
      });
      for (const [code, rank] of ranks) {
        if (rank >= RANK_LIMIT) throw new Error(`franc's ${name} model is longer than postings hold`);
        let list = lists.get(code);
        if (!list) lists.set(code, (list = []));
        list.push(index * RANK_LIMIT + rank);
      }
    });
    const bits = 32 - Math.clz32(2 * lists.size); // at most half full
    const postingTable = new Int32Array(2 << bits); // an empty slot: code -1, no postings
    for (let slot = 0; slot < 1 << bits; slot++) postingTable[2 * slot] = -1;
    const postings = new Uint16Array([...lists.values()].flat());
    let offset = 0;
    for (const [code, list] of lists) {
      const slot = probe(postingTable, bits, code);
      postingTable[2 * slot] = code;
      postingTable[2 * slot + 1] = offset * RUN_LIMIT + list.length;
      offset += list.length;
    }
    built.set(script, { languages: names, alphabet, postingTable, postings });
  }
  return built;
}

const SCRIPTS = Object.entries(expressions);
/** The scripts' expressions for one whole character (each is a class of single characters or surrogate pairs). */
const SCRIPT_CHARACTER = SCRIPTS.map(([, e]) => new RegExp(`^(?:${e.source})$`));
const NO_SCRIPT = 0xff;
const SEVERAL = 0xfe;
if (SCRIPTS.length >= SEVERAL) throw new Error(`franc has ${SCRIPTS.length} scripts, more than a unit's facts hold`);

function scriptsMatching(unit: number): number[] {
  const character = String.fromCharCode(unit);
  return SCRIPT_CHARACTER.flatMap((re, s) => (re.test(character) ? [s] : []));
}

/** franc's cleaned sample: ASCII punctuation and digits as spaces, white space collapsed, lower case, padded. */
function cleaned(value: string): string {
  return ' ' + value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase() + ' ';
}

// What one pass over a sample needs to know of a UTF-16 unit, packed in one number (0 until asked): its
// lower case on its own, its script (1 + index in SCRIPTS, NO_SCRIPT or SEVERAL) and flags.
const unitFacts = new Int32Array(0x10000);
const SCRIPT_SHIFT = 16;
/** ASCII punctuation and digits, and white space: what cleaned() turns into a single space. */
const SPACE_LIKE_SHIFT = 24;
const SPACE_LIKE = 1 << SPACE_LIKE_SHIFT;
/** Its lower case depends on its context (Σ: final sigma) or is two units (İ): cleaned() must lower the sample. */
const CONTEXTUAL_CASE = 1 << 25;
/** A surrogate: franc's script counts must then run its expressions, and lower case needs the whole string. */
const SURROGATE_UNIT = 1 << 26;
const KNOWN = 1 << 27;
/** Any unit that readSample's fast loop leaves to the general one: in several scripts, contextual or surrogate, or space-like with a script. */
const RARE = 1 << 28;
/** In one script. */
const SCRIPTED_SHIFT = 29;

function factsOf(unit: number): number {
  const scripts = scriptsMatching(unit);
  const script = scripts.length === 0 ? NO_SCRIPT : scripts.length > 1 ? SEVERAL : scripts[0] + 1;
  const lower = String.fromCharCode(unit).toLowerCase();
  const surrogate = unit >= 0xd800 && unit <= 0xdfff;
  const spaceLike = (unit >= 0x21 && unit <= 0x40) || (unitClass(unit) & CHAR_SPACE) !== 0;
  const contextual = lower.length !== 1 || unit === 0x3a3;
  const rare = script === SEVERAL || contextual || surrogate || (spaceLike && script !== NO_SCRIPT);
  return (unitFacts[unit] =
    KNOWN |
    (rare ? RARE : 0) |
    (script << SCRIPT_SHIFT) |
    (script !== NO_SCRIPT && script !== SEVERAL ? 1 << SCRIPTED_SHIFT : 0) |
    (lower.length === 1 ? lower.charCodeAt(0) : 0) |
    (spaceLike ? SPACE_LIKE : 0) |
    (contextual ? CONTEXTUAL_CASE : 0) |
    (surrogate ? SURROGATE_UNIT : 0));
}

/** How many characters of `value` each script's expression matches, as franc counts them (see readSample). */
const scriptCounts = new Int32Array(SCRIPTS.length);
/** cleaned(value) as UTF-16 units (see readSample). */
const units = new Uint16Array(MAX_UNITS);
/** What readSample returns when it could not fill `units` (a lower case needs context), and with surrogates. */
const LOWER_BY_STRING = -1;
const HAS_SURROGATES = -2;

/**
 * One pass over `value` fills scriptCounts, and units with cleaned(value) without building strings; returns
 * the cleaned length, LOWER_BY_STRING (scriptCounts filled, not units) or HAS_SURROGATES (neither).
 */
function readSample(value: string): number {
  // Nearly every sample has only common units: a loop for those has no branch on the text (a branch
  // mispredicted at every space costs more than the work), and keeps each script's count in a local (a
  // count in memory, incremented at each unit, is a chain of stores and loads); a rare unit sends the
  // sample to the general loop.
  scriptCounts.fill(0);
  let length = 0;
  units[length++] = 0x20;
  let spaceDue = 0; // 1 when a space goes before the next unit kept
  let script = NO_SCRIPT; // the script of the last unit that has one, and how many units since it changed
  let run = 0;
  for (let i = 0; i < value.length; i++) {
    const facts = unitFacts[value.charCodeAt(i)] || factsOf(value.charCodeAt(i));
    if (facts & RARE) return readSampleGenerally(value);
    const spaceLike = (facts >> SPACE_LIKE_SHIFT) & 1;
    const kept = spaceLike ^ 1;
    units[length] = 0x20;
    length += spaceDue & kept;
    units[length] = facts & 0xffff;
    length += kept;
    spaceDue = spaceLike & ((1 - length) >>> 31); // not before the first unit kept
    const scripted = (facts >> SCRIPTED_SHIFT) & 1;
    const unitScript = (facts >> SCRIPT_SHIFT) & 0xff;
    if ((unitScript ^ script) & -scripted) {
      if (script !== NO_SCRIPT) scriptCounts[script - 1] += run;
      script = unitScript;
      run = 0;
    }
    run += scripted;
  }
  if (script !== NO_SCRIPT) scriptCounts[script - 1] += run;
  units[length++] = 0x20;
  return length;
}

/** readSample for any sample. */
function readSampleGenerally(value: string): number {
  scriptCounts.fill(0);
  let length = 0;
  units[length++] = 0x20;
  let space = false;
  let lowerByString = false;
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    const facts = unitFacts[unit] || factsOf(unit);
    if (facts & SURROGATE_UNIT) return HAS_SURROGATES;
    const script = (facts >> SCRIPT_SHIFT) & 0xff;
    if (script === SEVERAL) for (const s of scriptsMatching(unit)) scriptCounts[s]++;
    else if (script !== NO_SCRIPT) scriptCounts[script - 1]++;
    if (lowerByString) continue;
    if (facts & SPACE_LIKE) {
      space = length > 1;
      continue;
    }
    if (facts & CONTEXTUAL_CASE) {
      lowerByString = true;
      continue;
    }
    if (space) units[length++] = 0x20;
    space = false;
    units[length++] = facts & 0xffff;
  }
  units[length++] = 0x20;
  return lowerByString ? LOWER_BY_STRING : length;
}

/** The script whose expression matches most characters (franc's getTopScript) in scriptCounts: name and share. */
function topScript(valueLength: number): [string | undefined, number] {
  let top: string | undefined;
  let topCount = -1;
  for (let s = 0; s < SCRIPTS.length; s++) {
    const count = scriptCounts[s] / valueLength || 0;
    if (count > topCount) {
      topCount = count;
      top = SCRIPTS[s][0];
    }
  }
  return [top, topCount];
}

/** cleaned(value) into units; its length. */
function unitsByString(value: string): number {
  const sample = cleaned(value);
  for (let i = 0; i < sample.length; i++) units[i] = sample.charCodeAt(i);
  return sample.length;
}

/** Room for the languages of any script, in rank order, and their distances (see rankLanguages; reused by every call). */
const languageOrder = new Int32Array(RUN_LIMIT);
const languageDistances = new Int32Array(RUN_LIMIT);

/** Languages ranked as franc's francAll(value, { minLength }) ranks them: [code, score], best first. */
export function rankLanguages(text: string, minLength: number): [string, number][] {
  if (!text || text.length < minLength) return [['und', 1]];
  const value = text.slice(0, MAX_LENGTH);
  let length = readSample(value);
  if (length === HAS_SURROGATES) {
    // A match of an expression may then be two units: count with the expressions themselves, as franc does.
    SCRIPTS.forEach(([, e], s) => (scriptCounts[s] = value.match(e)?.length ?? 0));
  }
  const [script, share] = topScript(value.length);
  models ??= buildModels();
  const scriptModels = script === undefined ? undefined : models.get(script);
  if (!scriptModels) return !script || share === 0 ? [['und', 1]] : [[script, 1]];
  const { alphabet, postingTable, postings, languages } = scriptModels;
  const postingBits = 30 - Math.clz32(postingTable.length);
  if (length < 0) length = unitsByString(value);
  // Count each distinct trigram; those with a character no model uses are only counted as distinct.
  let distinct = 0;
  const unlisted = new Set<number>();
  let a = alphabet[units[0]];
  let b = alphabet[units[1]];
  for (let i = 2; i < length; i++) {
    const c = alphabet[units[i]];
    if (a && b && c) {
      const code = (((a << CHAR_BITS) | b) << CHAR_BITS) | c;
      const slot = probe(sampleTable, SLOT_BITS, code);
      if (sampleTable[2 * slot] < 0) {
        sampleTable[2 * slot] = code;
        sampleTable[2 * slot + 1] = 0;
        usedSlots[distinct++] = slot;
      }
      sampleTable[2 * slot + 1]++;
    } else unlisted.add(units[i - 2] * 2 ** 32 + units[i - 1] * 2 ** 16 + units[i]);
    a = b;
    b = c;
  }
  // Every distinct trigram costs MAX_DIFFERENCE, less for the models that list it.
  const distances = languageDistances.subarray(0, languages.length).fill((distinct + unlisted.size) * MAX_DIFFERENCE);
  // All lookups first, then all postings: lookups with nothing between them overlap in the processor.
  for (let k = 0; k < distinct; k++) sampleRuns[k] = postingTable[2 * probe(postingTable, postingBits, sampleTable[2 * usedSlots[k]]) + 1];
  for (let k = 0; k < distinct; k++) {
    const slot = usedSlots[k];
    const count = sampleTable[2 * slot + 1];
    sampleTable[2 * slot] = -1;
    const run = sampleRuns[k];
    for (let p = run >> RUN_BITS, end = p + (run & (RUN_LIMIT - 1)); p < end; p++) {
      const posting = postings[p];
      distances[posting >> RANK_BITS] += Math.abs(count - (posting & (RANK_LIMIT - 1)) - 1) - MAX_DIFFERENCE;
    }
  }
  // The languages by distance, ties in model order (as francAll's stable sort): an insertion sort of their
  // indices, before any entry is made.
  const order = languageOrder.subarray(0, languages.length);
  for (let l = 0; l < languages.length; l++) {
    let k = l;
    while (k > 0 && distances[order[k - 1]] > distances[l]) {
      order[k] = order[k - 1];
      k--;
    }
    order[k] = l;
  }
  const min = distances[order[0]];
  const max = value.length * MAX_DIFFERENCE - min;
  const ranked: [string, number][] = [];
  for (const l of order) ranked.push([languages[l], 1 - (distances[l] - min) / max || 0]);
  return ranked;
}
