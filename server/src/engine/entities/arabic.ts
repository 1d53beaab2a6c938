// Arabic named-entity recognition. Arabic has no capital letters, so names are found by
// (1) the multilingual gazetteer, with proclitics stripped; (2) titles and roles followed by a
// name ("الرئيس السوري أحمد الشرع"); (3) given-name lexicons followed by a family name; (4) place
// and organisation trigger nouns ("قاعدة حميميم", "وكالة سانا"); (5) document consistency: a family
// name or a name found once is the same entity everywhere else in the article ("الشرع", "وبوتين").
import givenNameData from '../../../data/arabic-given-names.json';
import lexicon from '../../../data/arabic-ner.json';
import { gazetteerLookup, type GazetteerEntry } from '../gazetteer';
import { arabicProcliticSplits, normalizeArabic, normalizeName, type ProcliticSplit } from '../normalize';
import { nameWords, wordSkeleton } from '../transliterate';
import type { ArticleStructure, EntityLabel, EntityMention, MentionSource } from '../types';

export type NameLookup = (name: string) => GazetteerEntry | undefined;

const normalizedSet = (words: string[]) => new Set(words.map(normalizeArabic));
const GIVEN_NAMES = normalizedSet([...givenNameData.names, ...lexicon.extraGivenNames]);
const FOREIGN_GIVEN_NAMES = normalizedSet(lexicon.foreignGivenNames);
const PARTICLES = normalizedSet(lexicon.nameParticles);
const MODIFIERS = normalizedSet(lexicon.titleModifiers);
const ADJECTIVES = normalizedSet(lexicon.adjectives);
const COMMON = normalizedSet(lexicon.commonWords);
const PLACE_TRIGGERS = normalizedSet(lexicon.placeTriggers);
/** Place triggers after which a name may carry the article ("مدينة الفاشر"). */
const STRONG_PLACE_TRIGGERS = normalizedSet(lexicon.strongPlaceTriggers);
/** Heads of institution names completed by a place adjective: "وزارة الخارجية السورية". */
const INSTITUTION_HEADS = lexicon.institutionHeads.map((h) => normalizeArabic(h).split(' '));
/** Place names that are also common words ("العين", Al Ain / the eye): places only after a place trigger. */
const AMBIGUOUS_PLACES = normalizedSet(lexicon.ambiguousPlaceNames);
const ORG_TRIGGERS = normalizedSet(lexicon.organizationTriggers);
/** Prepositions of a title's complement: "سفير روسيا لدى الأمم المتحدة", "المبعوث الخاص إلى سوريا". */
const PREPOSITIONS = normalizedSet(['لدى', 'إلى', 'في', 'عن']);
/** Title phrases as word sequences by first word, longest first so that "رئيس الوزراء" wins over "رئيس". */
const TITLES = new Map<string, string[][]>();
for (const title of lexicon.personTitles.map((t) => normalizeArabic(t).split(' ')).sort((a, b) => b.length - a.length)) {
  TITLES.set(title[0], [...(TITLES.get(title[0]) ?? []), title]);
}

const WORD = /[\u0621-\u063A\u0640-\u065F\u0670-\u06D3]+/g;

interface Token {
  start: number;
  end: number;
  text: string;
  /** normalizeArabic() of the word. */
  norm: string;
  /** True when only spaces separate this token from the previous one (same phrase). */
  joined: boolean;
  /** The word's readings without proclitics (arabicProcliticSplits of norm). */
  splits: ProcliticSplit[];
}

interface Candidate {
  start: number;
  end: number;
  label: EntityLabel;
  source: MentionSource;
  entry?: GazetteerEntry;
  /** Word forms of the name (normalised), for the document-level key and family names. */
  words: string[];
}

interface GazetteerHit {
  /** Where the name starts in the first word (after proclitics). */
  offset: number;
  /** Words in the name. */
  length: number;
  entry: GazetteerEntry;
}

const PRIORITY: Record<MentionSource, number> = { registry: 5, gazetteer: 4, trigger: 3, pattern: 2, document: 1 };
const CONFIDENCE: Record<MentionSource, number> = { registry: 1, gazetteer: 0.9, trigger: 0.8, pattern: 0.7, document: 0.75 };

/**
 * Normalisation folds ة into ه; a word written with ة ("دولة", state) does not match a name
 * listed with ه ("دوله", Dhule) unless some listed Arabic name also ends in ة.
 */
function spelledAsListed(entry: GazetteerEntry, lastWord: string): boolean {
  if (!lastWord.endsWith('ة')) return true;
  const arabic = Object.values(entry.names).flat().filter((n) => /[\u0621-\u064A]/.test(n));
  return arabic.some((n) => n.endsWith('ة'));
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = -1;
  for (const m of text.matchAll(WORD)) {
    const start = m.index!;
    const gap = previousEnd < 0 ? '\n' : text.slice(previousEnd, start);
    const norm = normalizeArabic(m[0]);
    tokens.push({ start, end: start + m[0].length, text: m[0], norm, joined: /^[ \u00a0]+$/.test(gap), splits: arabicProcliticSplits(norm) });
    previousEnd = start + m[0].length;
  }
  return tokens;
}

/** The word without its article ال. */
function withoutArticle(norm: string): string {
  return norm.startsWith('ال') && norm.length > 3 ? norm.slice(2) : norm;
}

function isCommon(norm: string): boolean {
  return arabicProcliticSplits(norm).some((s) => COMMON.has(s.stem));
}

/**
 * A verb rather than a name: third-person imperfect ("يزور", "يسعى") or feminine perfect
 * ("تحدثت"). Other ت- words stay possible names ("ترامب", "تبون"); frequent ت- verbs are in the
 * common-word list.
 */
function looksLikeVerb(norm: string): boolean {
  if (norm.length < 4 || GIVEN_NAMES.has(norm) || FOREIGN_GIVEN_NAMES.has(norm)) return false;
  return norm.startsWith('ي') || (norm.startsWith('ت') && norm.endsWith('ت'));
}

class Recognizer {
  readonly candidates: Candidate[] = [];
  readonly #gazetteerHits = new Map<number, GazetteerHit | undefined>();
  readonly #placeAdjectives = new Map<string, GazetteerEntry | undefined>();
  /** Gazetteer answers by phrase: news articles repeat their names. */
  readonly #phrases = new Map<string, GazetteerEntry | undefined>();

  constructor(
    readonly tokens: Token[],
    readonly lookup: NameLookup,
  ) {}

  /** Gazetteer entry for a normalised phrase that is not a common word. */
  gazetteer(phrase: string): GazetteerEntry | undefined {
    if (phrase.length < 3 || ADJECTIVES.has(phrase) || COMMON.has(phrase) || PLACE_TRIGGERS.has(phrase) || ORG_TRIGGERS.has(phrase)) return undefined;
    if (!this.#phrases.has(phrase)) this.#phrases.set(phrase, this.lookup(phrase));
    return this.#phrases.get(phrase);
  }

  /** Longest gazetteer phrase starting at token i (proclitics of the first word stripped): its length and entry. */
  gazetteerAt(i: number): GazetteerHit | undefined {
    if (!this.#gazetteerHits.has(i)) this.#gazetteerHits.set(i, this.#findGazetteerAt(i));
    return this.#gazetteerHits.get(i);
  }

  #findGazetteerAt(i: number): GazetteerHit | undefined {
    const t = this.tokens;
    for (let n = Math.min(5, t.length - i); n >= 1; n--) {
      const rest = t.slice(i + 1, i + n).map((x) => x.norm);
      if (rest.some((_, k) => !t[i + 1 + k].joined)) continue;
      for (const split of t[i].splits) {
        const entry = this.gazetteer([split.stem, ...rest].join(' '));
        if (entry && spelledAsListed(entry, t[i + n - 1].text)) return { offset: split.offset, length: n, entry };
      }
    }
    return undefined;
  }

  /** An adjective derived from a place ("السوري", "الروسية", "الأمريكيين"), looked up in the gazetteer. */
  isPlaceAdjective(norm: string): boolean {
    return this.placeOfAdjective(norm) !== undefined;
  }

  /** The place an adjective is derived from: "السوري" -> Syria. */
  placeOfAdjective(norm: string): GazetteerEntry | undefined {
    if (!this.#placeAdjectives.has(norm)) this.#placeAdjectives.set(norm, this.#findPlaceOfAdjective(norm));
    return this.#placeAdjectives.get(norm);
  }

  #findPlaceOfAdjective(norm: string): GazetteerEntry | undefined {
    const m = /^(?:ال)?(..+?)(?:يين|يون|يتين|يتان|يه|ي)$/.exec(norm);
    if (!m) return undefined;
    const stem = m[1];
    const forms = [stem + 'ا', stem + 'يا', stem, stem + 'ه', 'ال' + stem, 'ال' + stem + 'ه', 'ال' + stem + 'يه'];
    for (const f of forms) {
      const entry = this.gazetteer(f);
      if (entry?.label === 'LOC') return entry;
    }
    return undefined;
  }

  isAdjective(norm: string): boolean {
    return ADJECTIVES.has(norm) || MODIFIERS.has(norm) || this.isPlaceAdjective(norm);
  }

  add(start: number, end: number, label: EntityLabel, source: MentionSource, words: string[], entry?: GazetteerEntry) {
    this.candidates.push({ start, end, label, source, words, entry });
  }

  findGazetteerNames() {
    for (let i = 0; i < this.tokens.length; i++) {
      const hit = this.gazetteerAt(i);
      if (!hit) continue;
      const stem = this.tokens[i].splits.find((s) => s.offset === hit.offset)!.stem;
      if (hit.length === 1 && AMBIGUOUS_PLACES.has(stem) && !this.afterPlaceTrigger(i)) continue;
      if (hit.length === 1 && this.isAdjectiveAfterNoun(i, stem)) continue;
      // A place adjective that some minor place happens to be spelt like ("سوري": Syrian, not Surrey).
      const adjectiveOf = hit.length === 1 ? this.placeOfAdjective(stem) : undefined;
      if (adjectiveOf && adjectiveOf.id !== hit.entry.id) continue;
      const last = this.tokens[i + hit.length - 1];
      const words = this.tokens.slice(i, i + hit.length).map((t) => t.norm);
      words[0] = words[0].slice(hit.offset);
      // The name proper, without a leading generic noun: "قاعدة حميميم" -> "حميميم".
      const trigger = hit.length === 2 && hit.entry.label === 'LOC' && PLACE_TRIGGERS.has(words[0]) ? 1 : 0;
      const start = trigger ? this.tokens[i + 1].start : this.tokens[i].start + hit.offset;
      this.add(start, last.end, hit.entry.label, 'gazetteer', words.slice(trigger), hit.entry);
      i += hit.length - 1;
    }
  }

  /**
   * A country name spelt like a feminine adjective ("السعودية": Saudi Arabia, or Saudi) right after
   * a definite noun is the adjective: "الخارجية السعودية", "الحكومة السعودية".
   */
  isAdjectiveAfterNoun(i: number, stem: string): boolean {
    const previous = this.tokens[i - 1];
    if (!previous || !this.tokens[i].joined || stem !== this.tokens[i].norm || !/^ال.+يه$/.test(stem)) return false;
    return previous.norm.startsWith('ال') && !isCommon(previous.norm);
  }

  /** Whether token i follows a place trigger noun ("مدينة العين"). */
  afterPlaceTrigger(i: number): boolean {
    return i > 0 && this.tokens[i].joined && this.tokens[i - 1].splits.some((s) => PLACE_TRIGGERS.has(s.stem));
  }

  /** Title at token i (a proclitic allowed on its first word): the number of title tokens, or 0. */
  titleAt(i: number): number {
    const titles = this.tokens[i].splits.flatMap((s) => TITLES.get(s.stem) ?? []);
    for (const title of titles) {
      if (i + title.length > this.tokens.length) continue;
      let ok = true;
      for (let k = 1; k < title.length; k++) {
        const t = this.tokens[i + k];
        if (t.norm !== title[k] || !t.joined) ok = false;
      }
      if (ok) return title.length;
    }
    return 0;
  }

  /** Can token j begin a person's name? */
  canStartName(j: number): boolean {
    const t = this.tokens[j];
    if (!t || !t.joined || t.norm.length < 2) return false;
    // A preposition or conjunction with a definite noun ("بالوفد", "والحكومة") is not a name.
    if (/^(?:[وف]?[بكل]ال|[وف]?لل|[وف]ال)/.test(t.norm) && !this.isGiven(t.norm)) return false;
    if (t.norm.startsWith('و') && !this.isGiven(t.norm)) return false;
    // A noun with a possessive pronoun ("قوله", "بلادهم") is not a name.
    if (/(?:ه|ها|هم|هما|كم|هن)$/.test(t.text) && !t.norm.startsWith('ال') && !this.isGiven(t.norm)) return false;
    if (isCommon(t.norm) || looksLikeVerb(t.norm) || TITLES.get(t.norm)?.some((x) => x.length === 1)) return false;
    if (PLACE_TRIGGERS.has(t.norm) || ORG_TRIGGERS.has(t.norm)) return false;
    // A given name that is also a place ("فلاديمير", Vladimir the city) still starts a name.
    const hit = this.gazetteerAt(j);
    return !hit || hit.entry.label === 'PER' || (hit.length === 1 && this.isGiven(t.norm));
  }

  /** A second word of a foreign name: not a pronoun-suffixed or ta-marbuta noun, a place or an Arabic given name. */
  canContinueForeignName(k: number): boolean {
    const t = this.tokens[k];
    if (!this.canStartName(k) || t.norm.startsWith('ال') || GIVEN_NAMES.has(t.norm)) return false;
    return !/(?:ة|ه|ها|هم|هما|نا)$/.test(t.text) && !this.gazetteerAt(k);
  }

  isGiven(norm: string): boolean {
    return GIVEN_NAMES.has(norm) || FOREIGN_GIVEN_NAMES.has(norm);
  }

  /**
   * A family name with the article ("الشرع", "الشيباني", "السوداني"): not a listed adjective, a
   * common word or a place. After a given name a place nisba is a family name; right after a title
   * (`afterTitle`) it is the title's adjective ("الرئيس السوري").
   */
  isFamilyName(j: number, afterTitle = false): boolean {
    const t = this.tokens[j];
    if (!t || !t.joined || !t.norm.startsWith('ال') || t.norm.length <= 3) return false;
    // Words ending in ta marbuta are nouns and adjectives ("الزيارة"), not family names.
    if (t.text.endsWith('ة') || ADJECTIVES.has(t.norm) || MODIFIERS.has(t.norm) || isCommon(t.norm)) return false;
    // A noun followed by its adjective ("المجتمع الدولي") is not a family name.
    const next = this.tokens[j + 1];
    const nextIsAdjective = next?.joined && next.norm.startsWith('ال') && next.norm.length > 4 && !isCommon(next.norm);
    if (nextIsAdjective && (this.isAdjective(next.norm) || /(?:ي|يه)$/.test(next.norm))) return false;
    return !this.gazetteerAt(j) && !(afterTitle && this.isPlaceAdjective(t.norm));
  }

  /**
   * Reads a name starting at token j: given names (a nasab chain), particles (بن, أبو) with their
   * complement, and a final family name with ال. Returns the index after the name.
   */
  readName(j: number): number {
    const t = this.tokens;
    let k = j + 1;
    let lastWasGiven = this.isGiven(t[j].norm) || PARTICLES.has(t[j].norm);
    const foreign = FOREIGN_GIVEN_NAMES.has(t[j].norm);
    if (PARTICLES.has(t[j].norm)) {
      if (!this.canStartName(k)) return j;
      k++;
    }
    while (k < t.length && k - j < 5 && t[k].joined) {
      const norm = t[k].norm;
      if (PARTICLES.has(norm) && this.canStartName(k + 1)) {
        k += 2;
        lastWasGiven = true;
      } else if (norm.startsWith('ال')) {
        if (lastWasGiven && this.isFamilyName(k)) k++;
        break;
      } else if (lastWasGiven && this.canStartName(k) && (this.isGiven(norm) || foreign || !/(?:ين|ون|ات)$/.test(norm))) {
        // After Arabic names, plural and dual endings ("هدفين") mark a noun; foreign surnames may end so ("بوتين").
        k++;
        if (!this.isGiven(norm)) break;
      } else break;
    }
    return k;
  }

  addPerson(j: number, end: number, source: MentionSource) {
    const words = this.tokens.slice(j, end).map((x) => x.norm);
    this.add(this.tokens[j].start, this.tokens[end - 1].end, 'PER', source, words);
  }

  /** Titles and roles followed by a name: "الرئيس السوري أحمد الشرع", "بنظيره الروسي فلاديمير بوتين", "الرئيس الشرع". */
  findTitledPeople() {
    const t = this.tokens;
    for (let i = 0; i < t.length; i++) {
      const n = this.titleAt(i);
      if (!n) continue;
      let j = i + n;
      // Skip the title's adjectives and complements, and further titles: "العاهل الأردني الملك".
      for (let skipped = 0; j < t.length && t[j].joined && skipped < 4; skipped++) {
        const hit = this.gazetteerAt(j);
        const title = this.titleAt(j);
        const complement = PREPOSITIONS.has(t[j].norm) ? this.gazetteerAt(j + 1) : undefined;
        if (title) j += title;
        else if (this.isAdjective(t[j].norm)) j++;
        else if (complement && complement.entry.label !== 'PER' && t[j + 1].joined) j += 1 + complement.length;
        else if (hit && hit.entry.label !== 'PER' && hit.offset === 0 && !this.isGiven(t[j].norm)) j += hit.length;
        else break;
      }
      if (j >= t.length || !t[j].joined) continue;
      if (t[j].norm.startsWith('ال')) {
        if (this.isFamilyName(j, true)) this.addPerson(j, j + 1, 'trigger');
      } else if (this.canStartName(j)) {
        let end = this.readName(j);
        // A foreign name missing from the lexicons: "المبعوث الأمريكي توم براك" reads two words.
        if (end === j + 1 && !this.isGiven(t[j].norm) && this.canContinueForeignName(j + 1)) end++;
        this.addPerson(j, end, 'trigger');
      }
      i = j - 1;
    }
  }

  /**
   * A state institution named by its head noun, its portfolio and its country's adjective:
   * "وزارة الخارجية السورية", "البنك المركزي المصري". Without the adjective it is generic.
   */
  findInstitutions() {
    const t = this.tokens;
    for (let i = 0; i < t.length; i++) {
      for (const head of INSTITUTION_HEADS) {
        const split = t[i].splits.find((s) => s.stem === head[0]);
        if (!split || !head.every((w, k) => k === 0 || (t[i + k]?.norm === w && t[i + k].joined))) continue;
        let j = i + head.length;
        while (j < t.length && t[j].joined && j - i - head.length < 3 && /^و?ال/.test(t[j].norm) && !this.isPlaceAdjective(t[j].norm)) j++;
        if (j >= t.length || !t[j].joined || !this.isPlaceAdjective(t[j].norm)) continue;
        const words = t.slice(i, j + 1).map((x) => x.norm);
        words[0] = split.stem;
        this.add(t[i].start + split.offset, t[j].end, 'ORG', 'pattern', words);
        i = j;
        break;
      }
    }
  }

  /** Given name + family name without a title: "بقيادة بشار الأسد", "أبو محمد الجولاني", "فلاديمير بوتين". */
  findNamedPeople() {
    const t = this.tokens;
    for (let j = 0; j < t.length; j++) {
      const norm = t[j].norm;
      const isForeignGiven = FOREIGN_GIVEN_NAMES.has(norm);
      const isArabicGiven = !isForeignGiven && (GIVEN_NAMES.has(norm) || PARTICLES.has(norm));
      if (!isArabicGiven && !isForeignGiven) continue;
      const end = this.readName(j);
      if (end - j < 2) continue;
      const lastNorm = t[end - 1].norm;
      // An Arabic given name before one non-name word is too weak: require ال-family, a particle or a chain.
      const strong = end - j >= 3 || lastNorm.startsWith('ال') || this.isGiven(lastNorm) || t.slice(j, end).some((x) => PARTICLES.has(x.norm));
      if (isArabicGiven && !strong) continue;
      this.addPerson(j, end, 'pattern');
      j = end - 1;
    }
  }

  /** A trigger noun followed by a one-word name: "قاعدة حميميم الجوية", "وكالة سانا", "حركة حماس". */
  findTriggeredNames() {
    const t = this.tokens;
    for (let i = 0; i + 1 < t.length; i++) {
      const stems = t[i].splits.map((s) => s.stem);
      const label: EntityLabel | undefined = stems.some((s) => PLACE_TRIGGERS.has(s)) ? 'LOC' : stems.some((s) => ORG_TRIGGERS.has(s)) ? 'ORG' : undefined;
      if (!label) continue;
      const strong = stems.some((s) => STRONG_PLACE_TRIGGERS.has(s));
      let j = i + 1;
      while (j < t.length && t[j].joined && this.isAdjective(t[j].norm) && j - i < 3) j++;
      const name = t[j];
      if (!name || !name.joined || name.norm.length < 3) continue;
      if (name.norm.startsWith('ال') && (!strong || this.isAdjective(name.norm) || name.norm.length < 5)) continue;
      if (/[هي]$/.test(name.norm) || isCommon(name.norm) || looksLikeVerb(name.norm) || this.gazetteerAt(j)) continue;
      if (PLACE_TRIGGERS.has(name.norm) || ORG_TRIGGERS.has(name.norm)) continue;
      this.add(name.start, name.end, label, 'trigger', [name.norm]);
    }
  }
}

/** Keeps the longest candidate where candidates overlap; on equal length the stronger source. */
function resolveOverlaps(candidates: Candidate[], textLength: number): Candidate[] {
  const ordered = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || PRIORITY[b.source] - PRIORITY[a.source] || a.start - b.start);
  const taken = new Uint8Array(textLength);
  const kept: Candidate[] = [];
  for (const c of ordered) {
    if (taken.subarray(c.start, c.end).some((x) => x === 1)) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Document consistency: a name found once (a family name of a full name, or a one-word name)
 * is the same entity wherever else it appears in the article, with or without proclitics.
 */
function propagateNames(r: Recognizer, found: Candidate[]): Candidate[] {
  const { tokens, lookup } = r;
  const byWord = new Map<string, Candidate>();
  for (const c of found) {
    if (c.words.length === 1 && c.words[0].length >= 3) byWord.set(withoutArticle(c.words[0]), c);
  }
  for (const c of found) {
    // Full names claim their family name, overriding a one-word reading.
    const family = c.words[c.words.length - 1];
    if (c.label === 'PER' && c.words.length > 1 && family.length >= 3 && !COMMON.has(family)) byWord.set(withoutArticle(family), c);
  }
  const coveredTokens = new Set<number>();
  let f = 0;
  tokens.forEach((t, i) => {
    while (f < found.length && found[f].end <= t.start) f++;
    if (f < found.length && found[f].start < t.end) coveredTokens.add(i);
  });
  const added: Candidate[] = [];
  tokens.forEach((t, i) => {
    if (coveredTokens.has(i)) return;
    for (const split of t.splits) {
      const source = byWord.get(withoutArticle(split.stem));
      if (!source) continue;
      // Without the article the word must be spelt as in the source ("الأسد" is not "أسد").
      const sourceWord = source.words[source.words.length - 1];
      if (split.stem.startsWith('ال') !== sourceWord.startsWith('ال')) continue;
      // The stripped reading must not be a word of its own: "بوتين" is not ب + "وتين".
      if (split.offset > 0 && lookup(t.norm)) break;
      if (r.isAdjectiveAfterNoun(i, split.stem)) break;
      added.push({ start: t.start + split.offset, end: t.end, label: source.label, source: 'document', words: [split.stem], entry: source.entry });
      break;
    }
  });
  return added;
}

/** The document-level key of a name without a gazetteer entry: label + normalised full name. */
function localKey(label: EntityLabel, words: string[]): string {
  return `${label.toLowerCase()}:${normalizeName(words.join(' '))}`;
}

/**
 * A gazetteer person whose family name matches and whose given name has the same consonant
 * skeleton: "فلاديمير بوتين" -> the entry found for "بوتين".
 */
function personEntry(words: string[], lookup: NameLookup): GazetteerEntry | undefined {
  if (words.length < 2) return undefined;
  const entry = lookup(words[words.length - 1]);
  if (!entry || entry.label !== 'PER') return undefined;
  const given = wordSkeleton(words[0]);
  const names = [entry.canonical, ...Object.values(entry.names).flat()];
  return names.some((n) => nameWords(n).length > 1 && wordSkeleton(nameWords(n)[0]) === given) ? entry : undefined;
}

/** Finds people, places and organisations in Arabic text (offsets into `text`). */
export function findArabicEntities(text: string, _structure: ArticleStructure, lookup: NameLookup = gazetteerLookup): EntityMention[] {
  const tokens = tokenize(text);
  const r = new Recognizer(tokens, lookup);
  r.findGazetteerNames();
  r.findTitledPeople();
  r.findNamedPeople();
  r.findTriggeredNames();
  r.findInstitutions();
  const found = resolveOverlaps(r.candidates, text.length);
  const all = [...found, ...propagateNames(r, found)].sort((a, b) => a.start - b.start);

  // One key per name in the article: full names first, then the one-word names they cover.
  const keyOfWord = new Map<string, { entity: string; canonical: string }>();
  const identity = (c: Candidate) => {
    const entry = c.entry ?? (c.label === 'PER' ? personEntry(c.words, lookup) : undefined);
    if (entry) return { entity: entry.id, canonical: entry.canonical };
    const display = text.slice(c.start, c.end);
    return { entity: localKey(c.label, c.words), canonical: display };
  };
  for (const c of [...all].sort((a, b) => b.words.length - a.words.length)) {
    const id = identity(c);
    if (c.words.length > 1) {
      const family = withoutArticle(c.words[c.words.length - 1]);
      if (!keyOfWord.has(family)) keyOfWord.set(family, id);
    }
  }
  return all.map((c) => {
    const own = identity(c);
    const shared = c.words.length === 1 && !c.entry ? keyOfWord.get(withoutArticle(c.words[0])) : undefined;
    const { entity, canonical } = shared ?? own;
    return { start: c.start, end: c.end, text: text.slice(c.start, c.end), label: c.label, entity, canonical, source: c.source, confidence: CONFIDENCE[c.source] };
  });
}
