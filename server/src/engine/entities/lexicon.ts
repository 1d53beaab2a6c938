// Word lists the Latin-script recogniser decides with (server/data/*.json, documented in server/data/README.md),
// loaded once and indexed per language. Languages without lists of their own use the union of all.
import { gazetteerHasWord, gazetteerMayBeginName, gazetteerMayEndName } from '../gazetteer';
import { normalizeName } from '../normalize';
import type { LangCode } from '../types';

type ByLang = Record<string, string[]>;

export interface LatinLexicon {
  /** Ordinary vocabulary: capitalised only at a sentence start or in a Title-Case headline. */
  commonWords: Set<string>;
  /** The language's most frequent words: they beat a minor place or a one-word name of the same spelling. */
  frequentWords: Set<string>;
  /** Words usual enough to be a portfolio after a title ("Menteri Pertahanan"), not a name ("Wali Kota Eri"). */
  usualWords: Set<string>;
  givenNames: Set<string>;
  /** Never entities: months, weekdays, demonyms, section labels. */
  nonEntities: Set<string>;
  /** Titles and roles that introduce a person, as normalised word sequences ("menteri luar negeri"). */
  titles: PhraseSet;
  /** Words that make a capitalised sequence an organisation ("Kementerian", "Agence"). */
  orgHeads: Set<string>;
  /** Last words that make a capitalised sequence an organisation ("The New York Times", "Foreign Ministry"). */
  orgTails: Set<string>;
  /** Words right before a name that make it an organisation ("kantor berita", "l'agence"). */
  orgCues: PhraseSet;
  /** Words right before a name that make it a place ("di", "à", "pangkalan udara"). */
  locCues: PhraseSet;
  /** First words of a place name ("Stadion", "Bandara", "Mont") and last words ("Stadium", "Airport"). */
  locHeads: Set<string>;
  locTails: Set<string>;
  /** Words before a country name that make it a language ("bahasa Inggris"). */
  languageCues: PhraseSet;
  /** Words before a country name that make it a currency ("dolar AS", "dollars australiens"). */
  currencyCues: PhraseSet;
  /** Names of sports competitions ("Piala Dunia", "Ligue des champions", "Tour de France"): not entities. */
  competitions: RegExp;
  /** Their first words as plain text, a cheap test before the whole-phrase search. */
  competitionFirstWords: RegExp;
  /** Their first words, looked for (in any case) where the tokeniser starts a word. */
  competitionFirstWordList: string[];
  /** Words that make the name after them a law's ("RUU Pilkada", "la loi Travail"): not an entity. */
  lawCues: PhraseSet;
  /** Compass words that name part of a city ("Jakarta Selatan"). */
  compassSuffixes: PhraseSet;
  /** Words around a seat of power that make it act as a source ("oleh", "selon", "said"). */
  sourceCues: PhraseSet;
  /** "al-", "el-": lower-case prefixes of a capitalised name part, each ending in a hyphen. */
  particlePrefixes: string[];
  /** Length of the longest particle prefix. */
  longestParticlePrefix: number;
  /** "bin", "abu", "van": lower-case words that join name parts. */
  joiningParticles: Set<string>;
  /** "de", "da", "la": join name parts only after a given name ("Charles de Gaulle"). */
  givenNameParticles: Set<string>;
  /** Which of the word sets above (and the gazetteer's word sets) hold a normalised word, as WORD_* bits: one lookup for them all. */
  wordFacts(norm: string): number;
}

// Bits of LatinLexicon.wordFacts: the sets that hold the word.
export const WORD_COMMON = 1;
export const WORD_FREQUENT = 2;
export const WORD_USUAL = 4;
export const WORD_GIVEN_NAME = 8;
export const WORD_NON_ENTITY = 16;
/** titles.has(word) */
export const WORD_TITLE = 32;
export const WORD_ORG_HEAD = 64;
export const WORD_ORG_TAIL = 128;
export const WORD_LOC_HEAD = 256;
export const WORD_LOC_TAIL = 512;
export const WORD_JOINING_PARTICLE = 1024;
export const WORD_GIVEN_NAME_PARTICLE = 2048;
/** gazetteerHasWord(word): a later word of some gazetteer name. */
export const WORD_LATER_IN_NAME = 4096;
/** gazetteerMayEndName(word) */
export const WORD_ENDS_NAME = 8192;
/** A normalised form of several words ("al shara"). */
export const WORD_SEVERAL = 16384;
/** gazetteerMayBeginName(word) */
export const WORD_BEGINS_NAME = 32768;

/** Words whose facts are kept: an article's words repeat, and a small table stays in the processor's cache where the sets do not. */
const WORD_FACTS_KEPT = 20_000;

/** LatinLexicon.wordFacts for a lexicon's sets, memoised. */
function wordFactsOf(lexicon: Omit<LatinLexicon, 'wordFacts'>): (norm: string) => number {
  const tests: [(norm: string) => boolean, number][] = [
    [(w) => lexicon.commonWords.has(w), WORD_COMMON],
    [(w) => lexicon.frequentWords.has(w), WORD_FREQUENT],
    [(w) => lexicon.usualWords.has(w), WORD_USUAL],
    [(w) => lexicon.givenNames.has(w), WORD_GIVEN_NAME],
    [(w) => lexicon.nonEntities.has(w), WORD_NON_ENTITY],
    [(w) => lexicon.titles.has(w), WORD_TITLE],
    [(w) => lexicon.orgHeads.has(w), WORD_ORG_HEAD],
    [(w) => lexicon.orgTails.has(w), WORD_ORG_TAIL],
    [(w) => lexicon.locHeads.has(w), WORD_LOC_HEAD],
    [(w) => lexicon.locTails.has(w), WORD_LOC_TAIL],
    [(w) => lexicon.joiningParticles.has(w), WORD_JOINING_PARTICLE],
    [(w) => lexicon.givenNameParticles.has(w), WORD_GIVEN_NAME_PARTICLE],
    [gazetteerHasWord, WORD_LATER_IN_NAME],
    [gazetteerMayEndName, WORD_ENDS_NAME],
    [(w) => w.includes(' '), WORD_SEVERAL],
    [gazetteerMayBeginName, WORD_BEGINS_NAME],
  ];
  let kept = new Map<string, number>();
  return (norm) => {
    let facts = kept.get(norm);
    if (facts === undefined) {
      // A new map, not a cleared one: V8 would promote a long-lived map's new tables to the old generation.
      if (kept.size >= WORD_FACTS_KEPT) kept = new Map();
      facts = 0;
      for (const [test, bit] of tests) if (test(norm)) facts |= bit;
      kept.set(norm, facts);
    }
    return facts;
  };
}

/** A set of normalised word sequences, matched against the words before or after a position. */
export class PhraseSet {
  readonly #phrases = new Set<string>();
  // First and last words of the phrases: most positions are rejected by one set lookup.
  readonly #firstWords = new Set<string>();
  readonly #lastWords = new Set<string>();
  readonly maxWords: number;

  constructor(phrases: Iterable<string>) {
    let max = 1;
    for (const p of phrases) {
      const key = normalizeName(p);
      if (!key) continue;
      this.#phrases.add(key);
      const words = key.split(' ');
      this.#firstWords.add(words[0]);
      this.#lastWords.add(words[words.length - 1]);
      max = Math.max(max, words.length);
    }
    this.maxWords = max;
  }

  has(words: string): boolean {
    return this.#phrases.has(words);
  }

  /** has(words.join(' ')), joining only when the first and last words may begin and end a phrase. */
  hasSequence(words: string[]): boolean {
    return words.length > 0 && this.#mayBegin(words[0]) && this.#mayEnd(words[words.length - 1]) && this.#phrases.has(words.join(' '));
  }

  /** Length in words of the longest phrase that `words.slice(0, end)` ends with (0 if none). */
  suffixLength(words: string[], end = words.length): number {
    if (end <= 0 || !this.#lastWords.has(words[end - 1])) return 0;
    // A phrase of n words begins with one of the first words: most lengths are rejected without joining.
    for (let n = Math.min(this.maxWords, end); n > 0; n--) {
      if (this.#mayBegin(words[end - n]) && this.#phrases.has(words.slice(end - n, end).join(' '))) return n;
    }
    return 0;
  }

  /** Length in words of the longest phrase that `words.slice(from)` starts with (0 if none). */
  prefixLength(words: string[], from = 0): number {
    if (from >= words.length || !this.#firstWords.has(words[from])) return 0;
    for (let n = Math.min(this.maxWords, words.length - from); n > 0; n--) {
      if (this.#mayEnd(words[from + n - 1]) && this.#phrases.has(words.slice(from, from + n).join(' '))) return n;
    }
    return 0;
  }

  /** Whether prefixLength may find a phrase in words that begin with this one. */
  mayBeginWith(word: string): boolean {
    return this.#firstWords.has(word);
  }

  /** Whether suffixLength may find a phrase in words that end with this one. */
  mayEndWith(word: string): boolean {
    return this.#lastWords.has(word);
  }

  /** Whether a phrase may begin with this word (a word of several, such as "al shara", is not looked into). */
  #mayBegin(word: string): boolean {
    return this.#firstWords.has(word) || word.includes(' ');
  }

  #mayEnd(word: string): boolean {
    return this.#lastWords.has(word) || word.includes(' ');
  }
}

const LIST_LANGS = ['ind', 'fra', 'eng'];
/** common-words.json lists are by frequency; this head of each counts as frequent. */
const FREQUENT_WORDS = 1500;
const USUAL_WORDS = 8000;
const cache = new Map<string, LatinLexicon>();

/** One case-insensitive regular expression for whole-word occurrences of the phrases, longest first. */
function phraseRegExp(phrases: string[]): RegExp {
  const escaped = [...new Set(phrases)].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]"));
  return new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${escaped.join('|')})(?![\p{L}\p{N}])`, 'giu');
}

/** A plain case-insensitive test for any of the phrases' first words. */
function firstWordsRegExp(phrases: string[]): RegExp {
  const words = new Set(phrases.map((p) => p.split(' ')[0].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  return new RegExp([...words].join('|'), 'i');
}

function pick(lists: ByLang, lang: string): string[] {
  return lang in lists ? lists[lang] : Object.values(lists).flat();
}

function build(lang: string): LatinLexicon {
  const sets = buildSets(lang);
  return { ...sets, wordFacts: wordFactsOf(sets) };
}

function buildSets(lang: string): Omit<LatinLexicon, 'wordFacts'> {
  const common: ByLang = require('../../../data/common-words.json');
  const titles: ByLang = require('../../../data/titles.json');
  const orgs: { heads: ByLang; tails: ByLang; cues: ByLang } = require('../../../data/org-heads.json');
  const cues: { locPrepositions: ByLang; locNouns: ByLang; sourceCues: ByLang; locHeads: ByLang; locTails: ByLang; compassSuffixes: ByLang; languageCues: ByLang; currencyCues: ByLang; lawCues: ByLang; competitions: ByLang } =
    require('../../../data/context-cues.json');
  const non: Record<string, string[]> = require('../../../data/non-entities.json');
  const particles: { prefixes: string[]; joining: string[]; afterGivenName: string[] } = require('../../../data/particles.json');
  const given: string[] = require('../../../data/given-names.json');
  for (const p of particles.prefixes) {
    if (p.indexOf('-') !== p.length - 1) throw new Error(`particle prefix ${p} does not end in its only hyphen`);
  }
  const norm = (list: string[]) => new Set(list.map(normalizeName));
  // English is the fallback vocabulary of news in every Latin-script language ("Share", "Breaking News").
  const languageWords = lang in common ? common[lang] : Object.values(common).flat();
  const head = (n: number) => (lang in common ? common[lang].slice(0, n) : Object.values(common).flatMap((l) => l.slice(0, n)));
  return {
    commonWords: norm(lang === 'eng' ? languageWords : [...languageWords, ...common.eng]),
    frequentWords: norm(head(FREQUENT_WORDS)),
    usualWords: norm(head(USUAL_WORDS)),
    givenNames: norm(given),
    nonEntities: norm(Object.values(non).flat()),
    titles: new PhraseSet(pick(titles, lang)),
    // English institution names ("Institute for Development of Economics") appear in news of every language.
    orgHeads: norm([...pick(orgs.heads, lang), ...orgs.heads.eng]),
    // English institution names ("The New York Times") appear in news of every language.
    orgTails: norm([...pick(orgs.tails, lang), ...orgs.tails.eng]),
    orgCues: new PhraseSet(pick(orgs.cues, lang)),
    locCues: new PhraseSet([...pick(cues.locPrepositions, lang), ...pick(cues.locNouns, lang)]),
    sourceCues: new PhraseSet(pick(cues.sourceCues, lang)),
    locHeads: norm(pick(cues.locHeads, lang)),
    // English venue words ("Convention Centre", "Stadium") name places in news of every language.
    locTails: norm([...pick(cues.locTails, lang), ...cues.locTails.eng]),
    compassSuffixes: new PhraseSet(pick(cues.compassSuffixes, lang)),
    languageCues: new PhraseSet(pick(cues.languageCues, lang)),
    currencyCues: new PhraseSet(pick(cues.currencyCues, lang)),
    lawCues: new PhraseSet(pick(cues.lawCues, lang)),
    competitions: phraseRegExp(pick(cues.competitions, lang)),
    competitionFirstWords: firstWordsRegExp(pick(cues.competitions, lang)),
    competitionFirstWordList: [...new Set(pick(cues.competitions, lang).map((p) => p.split(' ')[0]))],
    particlePrefixes: particles.prefixes,
    longestParticlePrefix: Math.max(...particles.prefixes.map((p) => p.length)),
    joiningParticles: new Set(particles.joining),
    // "di" is also Indonesian's commonest preposition: "disampaikan Simon di Kantor ..." is no "Simon di ...".
    givenNameParticles: new Set(lang === 'ind' ? particles.afterGivenName.filter((p) => p !== 'di') : particles.afterGivenName),
  };
}

/** The lexicon for a language ('ind', 'fra', 'eng'; any other code gets the union of the three). */
export function latinLexicon(lang: LangCode): LatinLexicon {
  const key = LIST_LANGS.includes(lang) ? lang : 'any';
  let lexicon = cache.get(key);
  if (!lexicon) {
    lexicon = build(key);
    cache.set(key, lexicon);
  }
  return lexicon;
}
