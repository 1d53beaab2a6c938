// Arabic named-entity recognition. Arabic has no capital letters, so names are found by
// (1) the multilingual gazetteer, with proclitics stripped; (2) titles and roles followed by a
// name ("الرئيس السوري أحمد الشرع"), past a minister's portfolio ("وزير المالية"); (3) given-name
// lexicons followed by a family name or a nasab; (4) place triggers and their lists ("أقاليم الحوز
// وتارودانت"), landmarks ("قصر بعبدا"), organisation heads with their genitive ("منظمة العفو
// الدولية", "مصرف لبنان") and media in source slots ("الرياض - واس:"); (5) document consistency:
// a family name, a middle name or a name found once is the same entity everywhere else in the
// article ("الشرع", "وبوتين", "أيت باها").
import givenNameData from '../../../data/arabic-given-names.json';
import lexicon from '../../../data/arabic-ner.json';
import { gazetteerById, gazetteerHasWord, gazetteerLookup, type GazetteerEntry } from '../gazetteer';
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
/** Company kinds before a descriptive name: "شركة البوتاس العربية". */
const COMPANY_HEADS = normalizedSet(['شركة', 'مجموعة']);
/** Adjectives that end a company's descriptive name besides its nationality. */
const COMPANY_ADJECTIVES = normalizedSet(['الوطنية', 'العربية', 'الدولية', 'القابضة', 'المتحدة']);
/** Towns, villages, cities, quarters and camps: their name follows as a bare genitive, never after a preposition. */
const SETTLEMENT_TRIGGERS = normalizedSet(['مدينة', 'بلدة', 'قرية', 'حي', 'مخيم']);
/** Place triggers after which a name may carry the article ("مدينة الفاشر"). */
const STRONG_PLACE_TRIGGERS = normalizedSet(lexicon.strongPlaceTriggers);
/** Fields ("حقل", "حقول") are named, or hold what follows them: "حقول الزيتون", "حقل الغاز" name no place. */
const FIELD_TRIGGERS = normalizedSet(lexicon.fieldTriggers);
const FIELD_CONTENTS = normalizedSet(lexicon.fieldContents);
/** Heads of institution names completed by a place adjective: "وزارة الخارجية السورية". */
const INSTITUTION_HEADS = lexicon.institutionHeads.map((h) => normalizeArabic(h).split(' '));
const INSTITUTION_FIRST_WORDS = new Set(INSTITUTION_HEADS.map((h) => h[0]));
/** Place names that are also common words ("العين", Al Ain / the eye): places only after a place trigger. */
const AMBIGUOUS_PLACES = normalizedSet(lexicon.ambiguousPlaceNames);
const ORG_TRIGGERS = normalizedSet(lexicon.organizationTriggers);
/** Place heads that belong to the name: "قصر بعبدا", "سد النهضة", "نهر النيل". */
const LANDMARK_HEADS = normalizedSet(lexicon.landmarkHeads);
/** Definite nouns that make a landmark head generic: "مسجد القرية". */
const GENERIC_LANDMARK_COMPLEMENTS = normalizedSet(lexicon.genericLandmarkComplements);
/** Heads of organisation names completed by a genitive: "منظمة العفو الدولية", "مصرف لبنان". */
const ORG_HEADS = normalizedSet(lexicon.organizationHeads);
/** Organisation heads whose name may go on with a purpose: "جمعية ... للتنمية والتضامن". */
const ORG_HEADS_WITH_PURPOSE = normalizedSet(lexicon.organizationHeadsWithPurpose);
/** Definite heads named by two adjectives or more: "الحزب الديمقراطي الكردستاني" (one makes it generic: "المجلس الحكومي"). */
const DEFINITE_ORG_HEADS = normalizedSet(lexicon.definiteOrganizationHeads);
/** Genitives that make an organisation head generic: "مجلس الإدارة", "صندوق الاقتراع". */
const GENERIC_ORG_COMPLEMENTS = normalizedSet(lexicon.genericOrganizationComplements);
/** Party words outside the party's name when a descriptive name follows: "حزب القوات اللبنانية". */
const PARTY_HEADS = normalizedSet(lexicon.partyHeads);
/** Heads whose definite genitive alone is generic ("حركة السياحة"): a name needs an adjective or a second noun. */
const HEADS_NEEDING_ADJECTIVE = normalizedSet(lexicon.headsNeedingAdjective);
/** Heads of names joined by و: "حزب العدالة والتنمية", "حركة الحرية والتغيير". */
const MOVEMENT_HEADS = normalizedSet(lexicon.movementHeads);
/** Nouns before a medium's name in guillemets: "صحيفة «النهار»". */
const MEDIA_TRIGGERS = normalizedSet(lexicon.mediaTriggers);
/** Kinds written before an organisation's name and outside it: "قناة الجزيرة", "حلف الناتو". */
const KIND_WORDS = normalizedSet(lexicon.organizationKinds);
/** Words of media names that describe rather than name: "وكالة الأنباء السعودية". */
const GENERIC_MEDIA_WORDS = normalizedSet(lexicon.genericMediaWords);
/** Heads that name an organisation after a person with a purpose: "مركز الملك سلمان للإغاثة". */
const NAMED_AFTER_PERSON_HEADS = normalizedSet(lexicon.namedAfterPersonHeads);
/** Words in a dateline's source slot that name no organisation: "القاهرة - وكالات:". */
const GENERIC_SOURCES = normalizedSet(lexicon.genericSources);
/** Products and platforms are not annotated (share widgets: "فيسبوك", "تويتر"). */
const PLATFORMS = normalizedSet(lexicon.platforms);
/** Words the gazetteer must not read as names: adjectives, common words, triggers and platforms. */
const NOT_NAMES = new Set([...ADJECTIVES, ...COMMON, ...PLACE_TRIGGERS, ...ORG_TRIGGERS, ...PLATFORMS]);
/** Adjectives that stay in a place's name: "جاوة الشرقية", "النيل الأزرق", "الأطلس الكبير". */
const DIRECTIONAL = normalizedSet(lexicon.directionalAdjectives);
/** First words of compound place names: "عين العرب", "رأس العين", "دير الزور". */
const PLACE_PREFIXES = normalizedSet(lexicon.placeNamePrefixes);
/** Nouns before a ruler's or leader's name ("بزعامة سمير جعجع", "حكومة نجيب ميقاتي") and common roles ("المزارع محمود دويكات"). */
const PERSON_CUES = normalizedSet(lexicon.personCues);
/** Verbs of saying before their speaker: "وقال محمود دويكات إن". */
const SPEECH_VERBS = normalizedSet(lexicon.speechVerbs);
/** Adjectives that complete an organisation's name besides nisbas: "صندوق الاستثمارات العامة". */
const ORG_ADJECTIVES = normalizedSet(lexicon.organizationAdjectives);
/** Adjectives that describe an organisation without naming it: "المعارض", "الحاكم". */
const DESCRIPTIVE_ADJECTIVES = normalizedSet(lexicon.descriptiveAdjectives);
/** News agencies by their Arabic names and acronyms ("واس", "و م ع"), as gazetteer entries. */
const AGENCIES = new Map<string, GazetteerEntry>();
for (const a of lexicon.newsAgencies) {
  const entry: GazetteerEntry = { id: a.id, label: 'ORG', canonical: a.canonical, names: { arb: a.names } };
  for (const name of a.names) AGENCIES.set(normalizeArabic(name), entry);
}
type ExtraName = (typeof lexicon.extraNames)[number];
/** Names missing from the gazetteer in Arabic spelling ("صقلية", "الفاشر"), by normalised name. */
const EXTRA_NAMES = new Map<string, ExtraName>();
for (const x of lexicon.extraNames) for (const name of x.names) EXTRA_NAMES.set(normalizeArabic(name), x);
const extraEntries = new Map<string, GazetteerEntry>();

/** The gazetteer's entry for an extra name's id (with its population: "الفاشر" is El Fasher), else one of its own. */
function extraEntry(x: ExtraName): GazetteerEntry {
  let entry = extraEntries.get(x.id);
  if (!entry) {
    entry = gazetteerById(x.id) ?? { id: x.id, label: x.label as EntityLabel, canonical: x.canonical, names: { arb: x.names } };
    extraEntries.set(x.id, entry);
  }
  return entry;
}
/** Capitals spelt like a country ("الجزائر"): the city when the name opens a dateline ("الجزائر - وقعت ..."). */
const DATELINE_CITIES = new Map(lexicon.datelineCities.map((c) => [normalizeArabic(c.name), c]));
/** The name of each such city called a country: "سلطنة عمان". */
const CALLED_COUNTRY = new Map(lexicon.datelineCities.map((c) => [c, new RegExp(`(?:${lexicon.countryNouns.join('|')})\\s+${c.name}`)]));
/** Given names whose normalised form is a common word, by their exact spelling: "علي" (not "على"). */
const NAMES_SPELT_LIKE_WORDS = new Set(lexicon.givenNamesSpeltLikeWords);
/** Nouns before a sports club named by its city: "لفريق ليفربول", "نادي الهلال". */
const CLUB_TRIGGERS = normalizedSet(lexicon.clubTriggers);
/** Words after a city that make it a club: "مانشستر سيتي". */
const CLUB_SUFFIXES = normalizedSet(lexicon.clubSuffixes);
/** Street heads: the street's name is its namesake alone ("شارع الحبيب بورقيبة" -> "الحبيب بورقيبة"). */
const STREET_HEADS = normalizedSet(lexicon.streetHeads);
/** Nouns before a facility's name in quotes: "أنبوب «ترانسميد»", "حقل \"ظهر\"". */
const FACILITY_HEADS = normalizedSet(lexicon.facilityHeads);
/** Definite institution names of one adjective that denote one national body: "المحكمة الإدارية". */
const NAMED_INSTITUTIONS = lexicon.namedInstitutions.map((n) => normalizeArabic(n).split(' '));
const NAMED_INSTITUTION_FIRST_WORDS = new Set(NAMED_INSTITUTIONS.map((n) => n[0]));
/** Words after the first of the multi-word agency and lexicon names (see Recognizer.#longestPhrase). */
const AGENCY_LATER_WORDS = new Set([...AGENCIES.keys(), ...EXTRA_NAMES.keys()].flatMap((name) => name.split(' ').slice(1)));
/** Prepositions of a title's complement: "سفير روسيا لدى الأمم المتحدة", "المبعوث الخاص إلى سوريا". */
const PREPOSITIONS = normalizedSet(['لدى', 'إلى', 'في', 'عن']);
/** Bound on the module-level caches of answers that depend on a spelling alone (entries; they are cleared when full). */
const CACHE_LIMIT = 100_000;

const laterWords = new Map<string, boolean>();

/** Whether a normalised word is a later word of some multi-word gazetteer or news-agency name. */
function isLaterWord(norm: string): boolean {
  let later = laterWords.get(norm);
  if (later === undefined) {
    if (laterWords.size >= CACHE_LIMIT) laterWords.clear();
    later = gazetteerHasWord(normalizeName(norm)) || AGENCY_LATER_WORDS.has(norm);
    laterWords.set(norm, later);
  }
  return later;
}

/** Title phrases as word sequences by first word, longest first so that "رئيس الوزراء" wins over "رئيس". */
const TITLES = new Map<string, string[][]>();
for (const title of lexicon.personTitles.map((t) => normalizeArabic(t).split(' ')).sort((a, b) => b.length - a.length)) {
  TITLES.set(title[0], [...(TITLES.get(title[0]) ?? []), title]);
}

/** News rarely derives adjectives from small towns; their spellings collide with common adjectives. */
const MIN_ADJECTIVE_PLACE_POPULATION = 200_000;

/** "المتحدث باسمه", "الناطقة باسمها": "in its name", not the given name Basma (باسمة). */
const IN_ITS_NAME = /^باسم(?:ه|ها|هم|هما)$/;

/**
 * Verbal nouns in ta marbuta (normalised, ة as ه): م- and ت- forms ("مبادره", "تسويه"), إفالة ("اشاده"), افتعال
 * and استفعال forms ("انتفاضه", "استراتيجيه"); a word with a proclitic reading (و, ل, ب, ف, ك) is left out too.
 */
const VERBAL_NOUN = /^(?:[مت]|[ولبفك]|ا..ا.ه$|ا.ت.ا|است|ات)/;

const REGNAL_NUMBERS = normalizedSet(['الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن']);

const PROCLITICS_WITH_TATWEEL = /^[وفبلك]{1,2}\u0640+(?=[^\u0640])/;

/**
 * Roles a word plays in some reading without proclitics, one bit per lexicon: the passes over all
 * tokens test a bit instead of looking each reading up in each lexicon.
 */
const ROLE = {
  placeTrigger: 1,
  strongPlaceTrigger: 2,
  settlementTrigger: 4,
  fieldTrigger: 8,
  landmarkHead: 16,
  /** An organisation trigger that is no organisation head (or is a medium's): "وكالة سبوتنيك". */
  nameTrigger: 32,
  personCue: 64,
  speechVerb: 128,
  institutionFirst: 256,
  namedInstitutionFirst: 512,
  clubTrigger: 1024,
  definiteOrgHead: 2048,
  namedAfterPersonHead: 4096,
  orgHead: 8192,
  /** The first word of a title: "رئيس" of "رئيس الوزراء". */
  titleFirst: 16384,
} as const;

/** What the word itself is in the name lexicons, one bit per lexicon (without proclitics removed). */
const KIND = {
  given: 1,
  foreignGiven: 2,
  particle: 4,
  /** A given name spelt like a common word ("علي"), by its exact spelling. */
  speltLikeWord: 8,
} as const;

function kindsOf(text: string, norm: string): number {
  let kinds = 0;
  if (GIVEN_NAMES.has(norm)) kinds |= KIND.given;
  if (FOREIGN_GIVEN_NAMES.has(norm)) kinds |= KIND.foreignGiven;
  if (PARTICLES.has(norm)) kinds |= KIND.particle;
  if (NAMES_SPELT_LIKE_WORDS.has(text)) kinds |= KIND.speltLikeWord;
  return kinds;
}

function rolesOf(splits: ProcliticSplit[]): number {
  let roles = 0;
  for (const { stem } of splits) {
    if (PLACE_TRIGGERS.has(stem)) roles |= ROLE.placeTrigger;
    if (STRONG_PLACE_TRIGGERS.has(stem)) roles |= ROLE.strongPlaceTrigger;
    if (SETTLEMENT_TRIGGERS.has(stem)) roles |= ROLE.settlementTrigger;
    if (FIELD_TRIGGERS.has(stem)) roles |= ROLE.fieldTrigger;
    if (LANDMARK_HEADS.has(stem)) roles |= ROLE.landmarkHead;
    if (ORG_TRIGGERS.has(stem) && !(ORG_HEADS.has(stem) && !MEDIA_TRIGGERS.has(stem))) roles |= ROLE.nameTrigger;
    if (PERSON_CUES.has(stem)) roles |= ROLE.personCue;
    if (SPEECH_VERBS.has(stem)) roles |= ROLE.speechVerb;
    if (INSTITUTION_FIRST_WORDS.has(stem)) roles |= ROLE.institutionFirst;
    if (NAMED_INSTITUTION_FIRST_WORDS.has(stem)) roles |= ROLE.namedInstitutionFirst;
    if (CLUB_TRIGGERS.has(stem)) roles |= ROLE.clubTrigger;
    if (DEFINITE_ORG_HEADS.has(stem)) roles |= ROLE.definiteOrgHead;
    if (NAMED_AFTER_PERSON_HEADS.has(stem)) roles |= ROLE.namedAfterPersonHead;
    if (ORG_HEADS.has(stem)) roles |= ROLE.orgHead;
    if (TITLES.has(stem)) roles |= ROLE.titleFirst;
  }
  return roles;
}

/** A word of the text: where it is, how it is joined to the previous one, and its form (what its spelling tells). */
class Token {
  constructor(
    readonly start: number,
    readonly end: number,
    /** True when only spaces separate this token from the previous one (same phrase). */
    readonly joined: boolean,
    /** True when a comma comes between the previous token and this one (an apposition may follow). */
    readonly afterComma: boolean,
    readonly form: WordForm,
  ) {}

  get text(): string {
    return this.form.text;
  }

  /** normalizeArabic() of the word. */
  get norm(): string {
    return this.form.norm;
  }

  /** The word's readings without proclitics (arabicProcliticSplits of norm). */
  get splits(): ProcliticSplit[] {
    return this.form.splits;
  }

  /** A proclitic set apart by tatweel before the word ("لـ" of "لـإيني"), normalised; '' if none. */
  get tatweelClitic(): string {
    return this.form.tatweelClitic;
  }

  /** ROLE bits of the word's readings. */
  get roles(): number {
    return this.form.roles;
  }

  /** KIND bits of the word. */
  get kinds(): number {
    return this.form.kinds;
  }

  /** Whether the word may continue a gazetteer phrase (see Recognizer.#longestPhrase). */
  get continuesPhrase(): boolean {
    return this.form.continuesPhrase;
  }

  /** Each reading's stem without its article (withoutArticle), in the order of splits. */
  get bareStems(): string[] {
    return this.form.bareStems;
  }
}

interface Candidate {
  start: number;
  end: number;
  label: EntityLabel;
  source: MentionSource;
  entry?: GazetteerEntry;
  /** Word forms of the name (normalised), for the document-level key and family names. */
  words: string[];
  /** Read from a source slot (dateline, medium in guillemets): beats any other reading of the span. */
  outranks?: boolean;
  /** The mention whose entity this one repeats (document consistency). */
  sameAs?: Candidate;
}

/** A word of a name found in the article, and the mention it comes from. */
interface NameWord {
  source: Candidate;
  word: string;
}

/** An item of a list of places after a place trigger ("أقاليم الحوز وتارودانت وشيشاوة"). */
interface PlaceListItem {
  /** 0 for the first item, which has no conjunction و. */
  position: number;
  /** After a trigger that may take a name with the article ("إقليم الحوز"). */
  strong: boolean;
  /** Right after its trigger, as the trigger's genitive ("محافظة القنفذة"), not after an adjective. */
  genitive: boolean;
  /** After a town, village or city ("بلدة ببنين", "مدينة زوارة"), whose name follows it as a bare genitive. */
  settlement: boolean;
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
 * Normalisation folds ة into ه and hamza forms into ا; a word written with ة ("دولة", state) does
 * not match a name listed with ه ("دوله", Dhule) unless some listed Arabic name also ends in ة,
 * and a short name must be spelt exactly as listed ("وأن", and that, is not "وان", Van).
 */
function spelledAsListed(entry: GazetteerEntry, lastWord: string, shortName?: string): boolean {
  if (shortName === undefined && !lastWord.endsWith('ة')) return true;
  const arabic = Object.values(entry.names).flat().filter((n) => /[\u0621-\u064A]/.test(n));
  if (shortName !== undefined && !arabic.some((n) => n === shortName)) return false;
  return !lastWord.endsWith('ة') || arabic.some((n) => n.endsWith('ة'));
}

/** A title with a possessive pronoun, spelt like a given name in ta marbuta once normalised: "نجمه" (its star), not نجمة. */
function isTitleWithPronoun(token: Token): boolean {
  return token.text.endsWith('ه') && TITLES.has('ال' + token.norm.slice(0, -1));
}

/** What tokenize derives from a word's spelling alone. */
interface WordForm {
  /** The word as written in the text, proclitics set apart by tatweel included. */
  spelling: string;
  /** Its number in WordForms. */
  id: number;
  /** Letters of proclitics set apart by tatweel ("لـ" of "لـإيني"). */
  clitics: number;
  text: string;
  norm: string;
  splits: ProcliticSplit[];
  tatweelClitic: string;
  roles: number;
  bareStems: string[];
  kinds: number;
  continuesPhrase: boolean;
  /** The word's one-word reading with gazetteerLookup (null: none), once asked. */
  gazetteerHit?: GazetteerHit | null;
}

/**
 * Word forms by spelling: news repeats its words, and normalising them is most of tokenizing. An
 * open-addressing table hashed from the word's character codes as tokenize reads them, so that a
 * word met before is found without cutting its spelling out of the text.
 */
class WordForms {
  /** Slot -> id of a form (1 + its index in #forms), 0 when empty; at least twice as many slots as forms keep probes short. */
  #slots = new Int32Array(1 << 12);
  #forms: WordForm[] = [];
  /** Gazetteer readings of phrases of two and three words by phraseKey (null: none); dropped with the forms. */
  readonly phraseHits = new Map<number, GazetteerHit | null>();

  /** A number for the forms of tokens[i, i + n), n = 2 or 3: their ids, FORM_ID_BITS each. */
  phraseKey(tokens: Token[], i: number, n: number): number {
    if (this.phraseHits.size >= CACHE_LIMIT) this.phraseHits.clear();
    let key = 0;
    for (let k = 0; k < n; k++) key = key * 2 ** FORM_ID_BITS + tokens[i + k].form.id;
    return key;
  }

  /** The form of text[start, end), whose characters hash to `hash`. */
  get(text: string, start: number, end: number, hash: number): WordForm {
    const slots = this.#slots;
    const mask = slots.length - 1;
    for (let slot = hash & mask; slots[slot] !== 0; slot = (slot + 1) & mask) {
      const form = this.#forms[slots[slot] - 1];
      if (spells(form.spelling, text, start, end)) return form;
    }
    const form = newWordForm(text.slice(start, end));
    if (this.#forms.length >= CACHE_LIMIT) {
      this.#reset(this.#slots.length, []);
      this.phraseHits.clear();
    }
    else if (2 * (this.#forms.length + 1) > this.#slots.length) this.#reset(2 * this.#slots.length, this.#forms);
    this.#add(form, hash);
    return form;
  }

  #add(form: WordForm, hash: number) {
    const slots = this.#slots;
    const mask = slots.length - 1;
    let slot = hash & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    this.#forms.push(form);
    form.id = slots[slot] = this.#forms.length;
  }

  /** Rebuilds the slots for these forms. */
  #reset(size: number, forms: WordForm[]) {
    this.#slots = new Int32Array(size);
    this.#forms = [];
    for (const form of forms) this.#add(form, hashOf(form.spelling));
  }
}

function hashOf(spelling: string): number {
  let hash = HASH_START;
  for (let k = 0; k < spelling.length; k++) hash = hashStep(hash, spelling.charCodeAt(k));
  return hash;
}

/** Form ids are below 2 ** FORM_ID_BITS (CACHE_LIMIT forms at most): three fit in a number exactly. */
const FORM_ID_BITS = 17;

/** Whether text[start, end) is `spelling`. */
function spells(spelling: string, text: string, start: number, end: number): boolean {
  if (spelling.length !== end - start) return false;
  for (let k = 0; k < spelling.length; k++) if (spelling.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/** The hash WordForms expects: FNV-1a over the character codes, one at a time. */
const HASH_START = 0x811c9dc5;
const hashStep = (hash: number, c: number) => Math.imul(hash ^ c, 0x01000193);

const wordForms = new WordForms();

function newWordForm(spelling: string): WordForm {
  // Tatweel after proclitics sets them apart from the word: "بـلافروف" is ب + "لافروف".
  const clitics = PROCLITICS_WITH_TATWEEL.exec(spelling)?.[0].length ?? 0;
  const text = spelling.slice(clitics);
  const norm = normalizeArabic(text);
  const splits = arabicProcliticSplits(norm);
  const bareStems = splits.map((split) => withoutArticle(split.stem));
  const tatweelClitic = normalizeArabic(spelling.slice(0, clitics));
  // An empty word (tatweel or diacritics alone) does not end a phrase; a word that is no later word of a multi-word name does.
  const continuesPhrase = !norm || isLaterWord(norm);
  return { spelling, id: 0, clitics, text, norm, splits, tatweelClitic, roles: rolesOf(splits), bareStems, kinds: kindsOf(text, norm), continuesPhrase, gazetteerHit: undefined };
}

/** Whether text[from, to) holds only spaces (at least one), or spaces around one comma. */
function gapKind(text: string, from: number, to: number): { joined: boolean; afterComma: boolean } {
  let spaces = 0;
  let commas = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x20 || c === 0xa0) spaces++;
    else if (c === 0x60c || c === 0x2c) commas++;
    else return NOT_JOINED;
  }
  if (commas === 0) return spaces > 0 ? JOINED : NOT_JOINED;
  return commas === 1 ? AFTER_COMMA : NOT_JOINED;
}
const JOINED = { joined: true, afterComma: false };
const NOT_JOINED = { joined: false, afterComma: false };
const AFTER_COMMA = { joined: false, afterComma: true };

/** A character of an Arabic word: [\u0621-\u063A\u0640-\u065F\u0670-\u06D3]. */
function isWordChar(c: number): boolean {
  return c >= 0x621 && c <= 0x6d3 && (c <= 0x63a || (c >= 0x640 && c <= 0x65f) || c >= 0x670);
}

/** Characters that open a quoted name or end a line (see findQuoted and lineStartMatches). */
function isMark(c: number): boolean {
  return c === 0x22 || c === 0x28 || c === 0x2f || c === 0x0a || c === 0x0d || c === 0xab || c === 0x201c || c === 0x2028 || c === 0x2029;
}

/** The words of a text, and the positions of its marks (isMark) in order, in one pass. */
function tokenize(text: string): { tokens: Token[]; marks: number[] } {
  const tokens: Token[] = [];
  const marks: number[] = [];
  let previousEnd = -1;
  for (let k = 0; k < text.length; ) {
    const c = text.charCodeAt(k);
    if (!isWordChar(c)) {
      if (isMark(c)) marks.push(k);
      k++;
      continue;
    }
    const wordStart = k;
    let hash = HASH_START;
    for (let letter = c; isWordChar(letter); letter = text.charCodeAt(++k)) hash = hashStep(hash, letter);
    const form = wordForms.get(text, wordStart, k, hash);
    const start = wordStart + form.clitics;
    const { joined, afterComma } = previousEnd < 0 ? NOT_JOINED : gapKind(text, previousEnd, wordStart);
    const end = start + form.text.length;
    tokens.push(new Token(start, end, joined, afterComma, form));
    previousEnd = end;
  }
  return { tokens, marks };
}

/**
 * Where a word's stem starts in the text after `normOffset` proclitic letters of its normalised
 * form, past any tatweel or diacritics that follow them: "بـعون" -> "عون".
 */
function clitic(t: Token, normOffset: number): number {
  if (normOffset === 0) return t.start;
  let i = 0;
  for (let kept = 0; i < t.text.length && kept < normOffset; i++) if (normalizeArabic(t.text[i])) kept++;
  while (i < t.text.length && !normalizeArabic(t.text[i])) i++;
  return t.start + i;
}

/** The first reading of a token with this stem. */
function splitWithStem(token: Token, stem: string): ProcliticSplit | undefined {
  for (const split of token.splits) if (split.stem === stem) return split;
  return undefined;
}

/** The word without its article ال. */
function withoutArticle(norm: string): string {
  return norm.startsWith('ال') && norm.length > 3 ? norm.slice(2) : norm;
}

const commonness = new Map<string, boolean>();

function isCommon(norm: string): boolean {
  let common = commonness.get(norm);
  if (common === undefined) {
    if (commonness.size >= CACHE_LIMIT) commonness.clear();
    common = arabicProcliticSplits(norm).some((s) => COMMON.has(s.stem));
    commonness.set(norm, common);
  }
  return common;
}

/**
 * A verb rather than a name: third-person imperfect ("يزور", "يسعى"), future ("سيصل") or
 * feminine perfect ("تحدثت"). Other ت- words stay possible names ("ترامب", "تبون"); frequent ت- verbs are in the
 * common-word list.
 */
function looksLikeVerb(norm: string): boolean {
  if (norm.length < 4 || GIVEN_NAMES.has(norm) || FOREIGN_GIVEN_NAMES.has(norm)) return false;
  return norm.startsWith('ي') || (norm.startsWith('ت') && norm.endsWith('ت')) || /^س[يت]/.test(norm);
}

/** Answers of one lookup that depend on a spelling alone, kept across articles: news repeats its names and words. */
class LookupAnswers {
  /** Answers of Recognizer.gazetteer by normalised phrase (null: none). */
  readonly phrases = new Map<string, GazetteerEntry | null>();
  /** The one-word gazetteer reading of a word, by its spelling (null: none). */
  readonly oneWordHits = new Map<string, GazetteerHit | null>();
  readonly placeAdjectives = new Map<string, GazetteerEntry | undefined>();

  /** Clears the caches when one is full, so that a long-running server keeps a bounded memory. */
  bound() {
    if (this.phrases.size >= CACHE_LIMIT || this.oneWordHits.size >= CACHE_LIMIT || this.placeAdjectives.size >= CACHE_LIMIT) {
      this.phrases.clear();
      this.oneWordHits.clear();
      this.placeAdjectives.clear();
    }
  }
}
const answersByLookup = new WeakMap<NameLookup, LookupAnswers>();

function answersOf(lookup: NameLookup): LookupAnswers {
  let answers = answersByLookup.get(lookup);
  if (!answers) {
    answers = new LookupAnswers();
    answersByLookup.set(lookup, answers);
  }
  answers.bound();
  return answers;
}

class Recognizer {
  readonly candidates: Candidate[] = [];
  /** Token index -> place-list item starting there. */
  readonly placeListItems = new Map<number, PlaceListItem>();
  /** Gazetteer hit by token index: null when none, undefined until asked. */
  readonly #gazetteerHits: (GazetteerHit | null | undefined)[];
  /** Title length by token index, -1 until asked. */
  readonly #titleLengths: Int8Array;
  readonly #answers: LookupAnswers;
  readonly #placeAdjectives: Map<string, GazetteerEntry | undefined>;
  readonly #phrases: Map<string, GazetteerEntry | null>;

  constructor(
    readonly tokens: Token[],
    readonly lookup: NameLookup,
  ) {
    this.#titleLengths = new Int8Array(tokens.length).fill(-1);
    this.#gazetteerHits = new Array(tokens.length).fill(undefined);
    this.#answers = answersOf(lookup);
    this.#placeAdjectives = this.#answers.placeAdjectives;
    this.#phrases = this.#answers.phrases;
  }

  /** Gazetteer entry for a normalised phrase that is not a common word. */
  gazetteer(phrase: string): GazetteerEntry | undefined {
    if (phrase.length < 3) return undefined;
    let entry = this.#phrases.get(phrase);
    if (entry === undefined) {
      entry = this.#findGazetteer(phrase) ?? null;
      this.#phrases.set(phrase, entry);
    }
    return entry ?? undefined;
  }

  #findGazetteer(phrase: string): GazetteerEntry | undefined {
    if (NOT_NAMES.has(phrase)) return undefined;
    const agency = AGENCIES.get(phrase);
    // Agency acronyms ("واس") are names only in a source slot; spelt-out names and letter acronyms ("و م ع") anywhere.
    if (agency && phrase.includes(' ')) return agency;
    const extra = EXTRA_NAMES.get(phrase);
    if (extra) return extraEntry(extra);
    return this.lookup(phrase);
  }

  /** Longest gazetteer phrase starting at token i (proclitics of the first word stripped): its length and entry. */
  gazetteerAt(i: number): GazetteerHit | undefined {
    let hit = this.#gazetteerHits[i];
    if (hit === undefined) this.#gazetteerHits[i] = hit = this.#findGazetteerAt(i) ?? null;
    return hit ?? undefined;
  }

  /**
   * The most words a known name at token i can have: its words are separated by spaces only (at most
   * seven: "المفوضية السامية للأمم المتحدة لشؤون اللاجئين"), and with the gazetteer as lookup, every word after the first is a later word of some
   * multi-word gazetteer name or news-agency name (most words are not: most phrases need no lookup).
   */
  #longestPhrase(i: number): number {
    const t = this.tokens;
    const gazetteerOnly = this.lookup === gazetteerLookup;
    let n = 1;
    while (n < 7 && i + n < t.length && t[i + n].joined) {
      if (gazetteerOnly && !t[i + n].continuesPhrase) break;
      n++;
    }
    return n;
  }

  #findGazetteerAt(i: number): GazetteerHit | undefined {
    return this.#phraseAt(i, this.#longestPhrase(i)) ?? undefined;
  }

  /**
   * The gazetteer reading at token i with phrases of at most `longest` words: the longest phrase
   * first, then shorter ones down to one word. With the gazetteer as lookup, the readings of two and
   * three words depend on the word forms alone and are kept by their ids.
   */
  #phraseAt(i: number, longest: number): GazetteerHit | null {
    const t = this.tokens;
    if (longest === 1) return this.#oneWordAt(i);
    const key = this.lookup === gazetteerLookup && longest <= 3 ? wordForms.phraseKey(t, i, longest) : undefined;
    let hit = key === undefined ? undefined : wordForms.phraseHits.get(key);
    if (hit === undefined) {
      hit = this.#phraseOf(i, longest) ?? this.#phraseAt(i, longest - 1);
      if (key !== undefined) wordForms.phraseHits.set(key, hit);
    }
    return hit;
  }

  /** The gazetteer name of exactly n words at token i (proclitics of the first word stripped). */
  #phraseOf(i: number, n: number): GazetteerHit | undefined {
    const t = this.tokens;
    let rest = '';
    for (let k = 1; k < n; k++) rest += ' ' + t[i + k].norm;
    for (const split of t[i].splits) {
      const entry = this.gazetteer(split.stem + rest);
      if (entry && spelledAsListed(entry, t[i + n - 1].text)) return { offset: split.offset, length: n, entry };
    }
    return undefined;
  }

  /** One word: its reading depends on its spelling alone (kept with the word form for the gazetteer). */
  #oneWordAt(i: number): GazetteerHit | null {
    const form = this.tokens[i].form;
    if (this.lookup === gazetteerLookup) {
      if (form.gazetteerHit === undefined) form.gazetteerHit = this.#findOneWordName(this.tokens[i]) ?? null;
      return form.gazetteerHit;
    }
    const oneWord = this.#answers.oneWordHits;
    let hit = oneWord.get(form.text);
    if (hit === undefined) {
      hit = this.#findOneWordName(this.tokens[i]) ?? null;
      oneWord.set(form.text, hit);
    }
    return hit;
  }

  #findOneWordName(token: Token): GazetteerHit | undefined {
    // A common word is itself, not a proclitic before a name: "وكيل" (agent) is not و + "كيل" (Kiel).
    const common = COMMON.has(token.norm);
    for (const split of token.splits) {
      if (common && split.offset > 0) break;
      const entry = this.gazetteer(split.stem);
      const shortName = split.stem.length <= 3 ? token.text.slice(clitic(token, split.offset) - token.start).replace(/[\u0640\u064B-\u065F\u0670]/g, '') : undefined;
      if (entry && spelledAsListed(entry, token.text, shortName)) return { offset: split.offset, length: 1, entry };
    }
    // GeoNames often lists a big city without its article: "الخرطوم" as "خرطوم".
    for (const split of token.splits) {
      if (!split.stem.startsWith('ال') || split.stem.length < 5 || AMBIGUOUS_PLACES.has(split.stem) || isCommon(split.stem)) continue;
      const entry = this.gazetteer(split.stem.slice(2));
      if (entry?.label === 'LOC' && (entry.population ?? 0) >= 1_000_000) return { offset: split.offset, length: 1, entry };
    }
    return undefined;
  }

  /** The gazetteer name at token i unless it is a common word that names a place only after a trigger ("المدينة"). */
  placeAt(i: number): GazetteerHit | undefined {
    const hit = this.gazetteerAt(i);
    return hit && hit.length === 1 && AMBIGUOUS_PLACES.has(this.tokens[i].norm) ? undefined : hit;
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
    // Portfolios are not adjectives of small towns: "الخارجية" is not "of Kharga".
    if (!m || MODIFIERS.has(norm)) return undefined;
    const stem = m[1];
    const forms = [stem + 'ا', stem + 'يا', stem, stem + 'ه', 'ال' + stem, 'ال' + stem + 'ه', 'ال' + stem + 'يه'];
    // A name in و takes ل before the nisba: "الكونغولي" of "الكونغو", "التوغولي" of "توغو".
    if (/ول$/.test(stem)) forms.push(stem.slice(0, -1), 'ال' + stem.slice(0, -1));
    for (const f of forms) {
      const entry = this.gazetteer(f);
      if (entry?.label === 'LOC' && (entry.population === undefined || entry.population >= MIN_ADJECTIVE_PLACE_POPULATION)) return entry;
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
      if (hit.offset > 0 && this.placeListItems.get(i)?.settlement) continue;
      // A place adjective that some minor place happens to be spelt like ("سوري": Syrian, not Surrey).
      const adjectiveOf = hit.length === 1 ? this.placeOfAdjective(stem) : undefined;
      if (adjectiveOf && adjectiveOf.id !== hit.entry.id) continue;
      let length = hit.length;
      // A place keeps a following direction or colour: "جاوة الشرقية", "القدس الشرقية".
      // Only feminine forms agree with the place; masculine ones with a noun before it: "ريف حلب الشمالي".
      const after = this.tokens[i + length];
      const feminine = after && (after.text.endsWith('ة') || (/[ىا]$/.test(after.text) && !/^ال[أإآ]/.test(after.text)));
      if (hit.entry.label === 'LOC' && after?.joined && DIRECTIONAL.has(after.norm) && feminine) length++;
      const last = this.tokens[i + length - 1];
      const words = this.tokens.slice(i, i + length).map((t) => t.norm);
      words[0] = words[0].slice(hit.offset);
      // The name proper, without a leading generic noun: "قاعدة حميميم" -> "حميميم", "قناة الجزيرة" -> "الجزيرة".
      // A trigger before another place stays in the name: "ريف دمشق" (the governorate) is not "دمشق".
      const placeKind = hit.length === 2 && hit.entry.label === 'LOC' && PLACE_TRIGGERS.has(words[0]) && (this.gazetteer(words[1])?.id ?? hit.entry.id) === hit.entry.id;
      const trigger = placeKind || (hit.entry.label === 'ORG' && hit.length >= 2 && this.isKindBeforeName(words, hit.entry)) ? 1 : 0;
      const start = trigger ? this.tokens[i + 1].start : clitic(this.tokens[i], hit.offset);
      if (length > hit.length) this.add(start, last.end, 'LOC', 'gazetteer', words.slice(trigger));
      // In a list of places ("ولايات سنار والجزيرة") a name shared with a channel is the place.
      else if (hit.entry.label !== 'LOC' && hit.length === 1 && this.placeListItems.has(i)) this.add(start, last.end, 'LOC', 'gazetteer', words);
      else if (hit.entry.actsAs && this.actsAsSource(i, i + length)) this.add(start, last.end, 'ORG', 'gazetteer', words, gazetteerById(hit.entry.actsAs));
      else this.add(start, last.end, hit.entry.label, 'gazetteer', words.slice(trigger), hit.entry);
      i += length - 1;
    }
  }

  /**
   * A seat of power acting is the office it houses: "وقال الكرملين", "وأعلن البيت الأبيض أن", "الإليزيه يرحب",
   * "المتحدث باسم الكرملين" (a verb of saying or باسم before it, or a verb after it); "في الكرملين" stays the place.
   */
  actsAsSource(i: number, end: number): boolean {
    const t = this.tokens;
    // "المتحدث باسم الكرملين": who speaks in its name speaks for the office.
    const before = t[i].joined && (((t[i - 1]?.roles ?? 0) & ROLE.speechVerb) !== 0 || t[i - 1]?.norm === 'باسم');
    const after = t[end]?.joined && (SPEECH_VERBS.has(t[end].norm) || (looksLikeVerb(t[end].norm) && !this.isGiven(t[end].norm)));
    return !!before || !!after;
  }

  /**
   * The kind of a known organisation before its name stays out of the span: "قناة الجزيرة", "وكالة
   * تسنيم", "حلف الناتو", "تنظيم داعش". The rest must be that organisation's own name, or for media an
   * unlisted name that is no part of a descriptive one ("وكالة الأنباء السعودية" keeps its head).
   */
  isKindBeforeName(words: string[], entry: GazetteerEntry): boolean {
    if (!KIND_WORDS.has(words[0])) return false;
    const rest = this.gazetteer(words.slice(1).join(' '));
    if (rest) return rest.id === entry.id;
    return MEDIA_TRIGGERS.has(words[0]) && !GENERIC_MEDIA_WORDS.has(words[1]);
  }

  /**
   * A country name spelt like a feminine adjective ("السعودية": Saudi Arabia, or Saudi) right after
   * a definite noun is the adjective: "الخارجية السعودية", "الحكومة السعودية".
   */
  isAdjectiveAfterNoun(i: number, stem: string): boolean {
    const previous = this.tokens[i - 1];
    if (!previous || !this.tokens[i].joined || stem !== this.tokens[i].norm || !/^ال.+يه$/.test(stem)) return false;
    // A definite noun however common ("الكرة السعودية"); not إلى, إلا, which normalise like the article.
    return /^[اٱ]ل/.test(previous.text);
  }

  /** Whether token i follows a place trigger noun ("مدينة العين"). */
  afterPlaceTrigger(i: number): boolean {
    return i > 0 && this.tokens[i].joined && (this.tokens[i - 1].roles & ROLE.placeTrigger) !== 0;
  }

  /** Title at token i (a proclitic allowed on its first word): the number of title tokens, or 0. */
  titleAt(i: number): number {
    let length = this.#titleLengths[i];
    if (length < 0) {
      length = this.#findTitleAt(i);
      this.#titleLengths[i] = length;
    }
    return length;
  }

  #findTitleAt(i: number): number {
    if ((this.tokens[i].roles & ROLE.titleFirst) === 0) return 0;
    for (const split of this.tokens[i].splits) {
      for (const title of TITLES.get(split.stem) ?? []) {
        if (i + title.length > this.tokens.length) continue;
        let ok = true;
        for (let k = 1; k < title.length; k++) {
          const t = this.tokens[i + k];
          if (t.norm !== title[k] || !t.joined) ok = false;
        }
        if (ok) return title.length;
      }
    }
    return 0;
  }

  /**
   * The token after a title, past the complement of a title in the construct state: after "وزير" or
   * "رئيس مجلس" the definite words that follow are the portfolio or body, never the name ("وزير
   * المالية", "وزير الموارد المائية والري", "وزير التنسيق للشؤون الاقتصادية").
   */
  skipGenitive(titleEnd: number): number {
    const t = this.tokens;
    let j = titleEnd + 1;
    const head = t[titleEnd].norm;
    // (A pronoun suffix ends "نظيره"; the ta marbuta of "وزيرة", folded into ه, does not.)
    if (head.startsWith('ال') || /(?:ه|ها|هم)$/.test(t[titleEnd].text) || !t[j]?.joined || this.titleAt(j)) return j;
    // An office in ta marbuta before its own genitive: "مدير دائرة الأرصاد الجوية", "رئيس بلدية إسطنبول".
    if (t[j].text.endsWith('ة') && !t[j].norm.startsWith('ال') && t[j + 1]?.joined) {
      // "رئيس حكومة إقليم كردستان": a place trigger may come before the place.
      const trigger = PLACE_TRIGGERS.has(t[j + 1].norm) && t[j + 2]?.joined ? 1 : 0;
      const place = this.placeAt(j + 1 + trigger);
      if (place && place.offset === 0 && place.entry.label === 'LOC') return j + 1 + trigger + place.length;
      if (t[j + 1].norm.startsWith('ال')) j++;
    } else if (!t[j].norm.startsWith('ال') && t[j + 1]?.joined && t[j + 1].norm.startsWith('ال') && !this.isGiven(t[j].norm) && this.gazetteerAt(j)?.entry.label !== 'PER') {
      // An indefinite title is in construct: its genitive may be a noun with its own genitive ("مدير فرع البلدية").
      j++;
    }
    if (!t[j].norm.startsWith('ال')) return j;
    j++;
    const adjectiveBeforeName = (k: number) => /^ال..+ي$/.test(t[k].norm) && !!t[k + 1]?.joined && (this.canStartName(k + 1) || this.isFamilyName(k + 1));
    // A nisba inside the portfolio: "وزيرة الانتقال الطاقي والتنمية المستدامة".
    const adjectiveInGenitive = (k: number) => /^ال..+ي$/.test(t[k].norm) && !!t[k + 1]?.joined && /^(?:وال|لل)/.test(t[k + 1].norm);
    while (j < t.length && t[j].joined && (/^(?:وال|لل)/.test(t[j].norm) || (t[j].norm.startsWith('ال') && t[j].text.endsWith('ة')) || adjectiveBeforeName(j) || adjectiveInGenitive(j))) j++;
    return j;
  }

  /** A one-word minor place between two parts of a name is part of it: "عصمت قرشي عبد الله". */
  isPlaceBetweenNames(k: number): boolean {
    const t = this.tokens;
    const hit = this.gazetteerAt(k);
    if (!hit || hit.length !== 1 || hit.offset !== 0 || hit.entry.label !== 'LOC' || t[k].norm.startsWith('ال')) return false;
    if (hit.entry.population === undefined || hit.entry.population >= 1_000_000) return false;
    const next = t[k + 1];
    return !!next?.joined && (this.isGiven(next.norm) || PARTICLES.has(next.norm));
  }

  /**
   * Family names with the article after a given name: one, or two nisbas ("محمد التليلي
   * المنصري") when the second is no adjective of the first.
   */
  familyNameLength(k: number, taMarbuta: boolean): number {
    if (this.isFamilyName(k, false, taMarbuta)) {
      // A Gulf ruling family's chain of forebears: "مشعل الأحمد الجابر الصباح".
      let n = 1;
      while (n < 3 && this.tokens[k + n]?.joined && !this.isAdjective(this.tokens[k + n].norm) && this.isFamilyName(k + n)) n++;
      return n;
    }
    const second = this.tokens[k + 1];
    if (!second || this.isAdjective(second.norm) || !this.isFamilyName(k + 1)) return 0;
    return this.isFamilyName(k, false, taMarbuta, true) ? 2 : 0;
  }

  /** The name after بن, أبو, أيت: any word but a common word, a title or a preposition with the article ("أيت باها"). */
  canFollowParticle(k: number): boolean {
    const t = this.tokens[k];
    // Titles with the article are part of names after a particle: "ولد الشيخ".
    // A given name spelt like a common word is still a name after بن: "بن علي" (not "على").
    if (!t?.joined || t.norm.length < 2 || (isCommon(t.norm) && !NAMES_SPELT_LIKE_WORDS.has(t.text)) || (TITLES.has(t.norm) && !t.norm.startsWith('ال'))) return false;
    return !/^(?:[وف]?[بكل]ال|[وف]?لل|[وف]ال)/.test(t.norm) && (!t.norm.startsWith('و') || this.isGiven(t.norm));
  }

  /** The token after the complement of a particle at k - 1, itself maybe a particle: "بن عبد الله". */
  afterParticles(k: number): number {
    while (PARTICLES.has(this.tokens[k].norm) && this.canFollowParticle(k + 1)) k++;
    return k + 1;
  }

  /** Can token j begin a person's name? */
  canStartName(j: number): boolean {
    const t = this.tokens[j];
    if (!t || !t.joined || t.norm.length < 2) return false;
    // A preposition or conjunction with a definite noun ("بالوفد", "والحكومة") is not a name.
    if (/^(?:[وف]?[بكل]ال|[وف]?لل|[وف]ال)/.test(t.norm) && !this.isGiven(t.norm)) return false;
    if (t.norm.startsWith('و') && !this.isGiven(t.norm)) return false;
    // A noun with a possessive pronoun ("قوله", "بلادهم", "نجمه") is not a name.
    if (/(?:ه|ها|هم|هما|كم|هن)$/.test(t.text) && !t.norm.startsWith('ال') && (!this.isGiven(t.norm) || isTitleWithPronoun(t))) return false;
    if ((isCommon(t.norm) && !NAMES_SPELT_LIKE_WORDS.has(t.text) && !this.beforeFamilyChain(j)) || looksLikeVerb(t.norm) || TITLES.get(t.norm)?.some((x) => x.length === 1)) return false;
    // Ta marbuta ends nouns ("أهمية", "رئاسة"); names so spelt are listed given names ("حمزة").
    if (t.text.endsWith('ة') && !this.isGiven(t.norm)) return false;
    if (PLACE_TRIGGERS.has(t.norm) || ORG_TRIGGERS.has(t.norm) || LANDMARK_HEADS.has(t.norm) || ORG_HEADS.has(t.norm) || NAMED_AFTER_PERSON_HEADS.has(t.norm)) return false;
    // A given name that is also a place ("فلاديمير", Vladimir the city) still starts a name.
    const hit = this.gazetteerAt(j);
    return !hit || hit.entry.label === 'PER' || (hit.length === 1 && this.isGiven(t.norm));
  }

  /**
   * A word before two family names or more is a name of the chain, even when spelt like a common word:
   * "صباح" of "ناصر صباح الأحمد الجابر الصباح".
   */
  beforeFamilyChain(k: number): boolean {
    const next = this.tokens[k + 1];
    // (The first family name must not be a noun before its adjective: "فريدا على المستوى العالمي".)
    return !!next?.joined && isCommon(this.tokens[k].norm) && this.isFamilyName(k + 1, false, true) && this.familyNameLength(k + 1, true) >= 2;
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
  isFamilyName(j: number, afterTitle = false, taMarbuta = false, beforeFamilyName = false): boolean {
    const t = this.tokens[j];
    if (!t || !t.joined || !t.norm.startsWith('ال') || t.norm.length <= 3) return false;
    // Words ending in ta marbuta are nouns and adjectives ("الزيارة"), not family names, except
    // after a name of two words ("عبد الحميد الدبيبة").
    if ((t.text.endsWith('ة') && !taMarbuta) || ADJECTIVES.has(t.norm) || MODIFIERS.has(t.norm) || isCommon(t.norm)) return false;
    // A plural participle is no family name: "المحتجين", "المسؤولون".
    if (/^الم...+(?:ين|ون)$/.test(t.norm)) return false;
    // A noun followed by its adjective ("المجتمع الدولي") is not a family name.
    const next = this.tokens[j + 1];
    const nextIsAdjective = !beforeFamilyName && next?.joined && next.norm.startsWith('ال') && next.norm.length > 4 && !isCommon(next.norm);
    if (nextIsAdjective && (this.isAdjective(next.norm) || /(?:ي|يه)$/.test(next.norm))) return false;
    return !this.gazetteerAt(j) && !(afterTitle && this.isPlaceAdjective(t.norm));
  }

  /**
   * Reads a name starting at token j: given names (a nasab chain), particles (بن, أبو) with their
   * complement, and a final family name with ال. Returns the index after the name. After a title
   * (`afterTitle`) "علي" is the given name and a family name may end in ta marbuta ("أشرف القدرة").
   */
  readName(j: number, afterTitle = false): number {
    const t = this.tokens;
    let k = j + 1;
    const spelledLikeWord = NAMES_SPELT_LIKE_WORDS.has(t[j].text) && (afterTitle || (!!t[j + 1]?.joined && GIVEN_NAMES.has(t[j + 1].norm)));
    let lastWasGiven = this.isGiven(t[j].norm) || PARTICLES.has(t[j].norm) || spelledLikeWord || this.beforeFamilyChain(j);
    // After a particle's complement only a given name or a family name goes on: not "أم قصر تراجعا".
    let afterParticle = PARTICLES.has(t[j].norm) && t[j].norm !== 'عبد';
    const foreign = FOREIGN_GIVEN_NAMES.has(t[j].norm);
    if (PARTICLES.has(t[j].norm)) {
      if (!this.canFollowParticle(k)) return j;
      k = this.afterParticles(k);
    }
    // A nasab goes on past five words while particles link it: "ذياب بن محمد بن زايد آل نهيان".
    while (k < t.length && (k - j < 5 || (k - j < 8 && PARTICLES.has(t[k].norm))) && t[k].joined) {
      const norm = t[k].norm;
      if (PARTICLES.has(norm) && this.canFollowParticle(k + 1)) {
        k = this.afterParticles(k + 1);
        lastWasGiven = true;
        // "عبد" + name is a given name: "عبد الإله بنكيران".
        afterParticle = norm !== 'عبد';
      } else if (norm.startsWith('ال')) {
        // A definite noun in ta marbuta with its adjective is no family name: "محمد الزيارة المرتقبة".
        const agreeing = t[k + 1]?.joined && t[k + 1].norm.startsWith('ال') && t[k + 1].text.endsWith('ة');
        if (lastWasGiven) k += this.familyNameLength(k, k - j >= 2 || (afterTitle && !agreeing));
        break;
      } else if (afterParticle && !this.isGiven(norm) && !this.isGiven(t[k - 1].norm)) {
        break;
      } else if (lastWasGiven && this.beforeFamilyChain(k)) {
        k++;
      } else if (lastWasGiven && this.canStartName(k) && (this.isGiven(norm) || foreign || !/(?:ين|ون|ات|[^ي]ا)$/.test(norm) || (afterTitle && /^(?:.{3,}ون|[^اتم].{2,}ات)$/.test(norm)))) {
        afterParticle = false;
        // "علي" is a given name inside a name, though spelt like the preposition على once normalised.
        const given = this.isGiven(norm) || NAMES_SPELT_LIKE_WORDS.has(t[k].text);
        // After Arabic names, plural, dual and accusative endings ("هدفين", "مخيما") mark a noun; foreign surnames may end so
        // ("بوتين"), and after a title so may an English surname ("السفيرة ليزا جونسون") or a family name in -ات that is
        // no plural of a verbal noun ("المزارع محمود دويكات", not "تعليمات", "مفاوضات", "اتصالات").
        k++;
        // Turkish compound surnames: "إمام أوغلو", "داود أوغلو".
        if (t[k]?.joined && t[k].norm === 'اوغلو') k++;
        if (!given) {
          // After a title a family name may follow an unlisted second name: "الوزير أحمد فكاك البدراني".
          if (afterTitle && k - j === 2 && /ي$/.test(t[k]?.norm ?? '') && this.isFamilyName(k)) k++;
          break;
        }
        // Past two words, a noun in ta marbuta ends the name: "جوزاف عون لمدة ساعة".
        if (k - j >= 2 && t[k]?.text.endsWith('ة') && !this.isGiven(t[k].norm)) break;
      } else if (lastWasGiven && this.isPlaceBetweenNames(k)) k++;
      else break;
    }
    // A regnal number after a given name: "عبد الله الثاني", "محمد السادس".
    const given = this.isGiven(t[k - 1].norm) || t[k - 1].norm === 'الله';
    if (given && k < t.length && t[k].joined && REGNAL_NUMBERS.has(t[k].norm)) k++;
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
      // A weaker cue ("بزعامة", "حكومة") needs a known given name or a listed person right after it.
      const cue = !n && i + 1 < t.length && (t[i].roles & ROLE.personCue) !== 0;
      if (!n && !cue) continue;
      let j = n ? this.skipGenitive(i + n - 1) : i + 1;
      if (cue && !(t[j].joined && (this.isGiven(t[j].norm) || this.gazetteerAt(j)?.entry.label === 'PER'))) continue;
      // "برئاسة أمينه العام عمار تاقجوت": a title after the cue leads to the name in its own turn.
      if (cue && this.titleAt(j)) continue;
      // Skip the title's adjectives and complements, and further titles: "العاهل الأردني الملك".
      for (let skipped = 0; n && j < t.length && t[j].joined && skipped < 4; skipped++) {
        const hit = this.gazetteerAt(j);
        const title = this.titleAt(j);
        const complement = PREPOSITIONS.has(t[j].norm) ? this.gazetteerAt(j + 1) : undefined;
        if (title) j += title;
        // "المتحدث العسكري باسم الجماعة يحيى سريع": the body a spokesman speaks for.
        else if (t[j].norm === 'باسم') j = this.skipGenitive(j);
        else if (IN_ITS_NAME.test(t[j].text)) j++;
        // A common role in apposition before the name: "مدير المركز الطبيب عبد الرحمن عريش".
        else if (PERSON_CUES.has(t[j].norm) && t[j].norm.startsWith('ال')) j++;
        // "الرئيس التنفيذي لـإيني كلاوديو ديسكالزي": the body a ل set apart by tatweel introduces.
        else if (t[j].tatweelClitic === 'ل' && !this.isGiven(t[j].norm) && this.addBodyOfTitle(j)) j++;
        // "المدير العام للشركة رشيد حشيشي": a definite body after ل before a given name.
        else if (/^لل../.test(t[j].norm) && !hit && t[j + 1]?.joined && this.isGiven(t[j + 1].norm)) j++;
        // A given name without the article is no adjective, even when spelt like one ("ليلى": of Lille).
        else if (this.isAdjective(t[j].norm) && (t[j].norm.startsWith('ال') || !this.isGiven(t[j].norm))) j++;
        else if (complement && complement.entry.label !== 'PER' && t[j + 1].joined) j += 1 + complement.length;
        // A body or place, also after ل: "المدير العام للوكالة الدولية للطاقة الذرية".
        else if (hit && hit.entry.label !== 'PER' && (hit.offset === 0 || t[j].norm.startsWith('ل')) && !this.isGiven(t[j].norm)) j += hit.length;
        else break;
      }
      if (j >= t.length || !t[j].joined) continue;
      // Normalisation folds أ and إ into ا: "ألينا" (Alina) is no definite word.
      if (/^[اٱ]ل/.test(t[j].text)) {
        // "الأمير الحسين بن عبد الله الثاني": a definite given name with its nasab.
        const nasab = /^(?:بن|ابن)$/.test(t[j + 1]?.norm ?? '') && t[j + 1].joined && this.canFollowParticle(j + 2);
        if (nasab) this.addPerson(j, this.readName(j + 1), 'trigger');
        else if (this.isFamilyName(j, true)) {
          // "المرشح العياشي زمال، الذي": an unlisted surname closing the clause follows the definite name.
          const next = t[j + 1];
          const surname = next?.joined && !t[j + 2]?.joined && this.canContinueForeignName(j + 1) && !/[اي]$/.test(next.norm);
          this.addPerson(j, surname ? j + 2 : j + 1, 'trigger');
        }
      } else if (this.isTaMarbutaGivenName(j)) {
        this.addPerson(j, this.readName(j + 1, true), 'trigger');
      } else if (this.canStartName(j) && !(/[^ي]ا$/.test(t[j].norm) && /يا$/.test(t[j + 1]?.norm ?? '')) && !this.isDualBeforePreposition(j)) {
        // (An accusative noun and its adjective, "مجمعا رياضيا", are no name; nor a dual object, "سجل اللاعب هدفين لفريقه".)
        let end = this.readName(j, true);
        // A foreign name missing from the lexicons: "المبعوث الأمريكي توم براك" reads two words;
        // an unlisted given name takes its family name: "الوزير أمين التهراوي".
        if (end === j + 1 && !this.isGiven(t[j].norm) && this.canContinueForeignName(j + 1)) end++;
        else if (end === j + 1 && this.isFamilyName(j + 1)) end++;
        // An unlisted given name before a listed one: "وزير السياحة شريف فتحي".
        else if (end === j + 1 && t[j + 1]?.joined && this.isGiven(t[j + 1].norm) && this.canStartName(j + 1)) end = this.readName(j + 1, true);
        else if (end === j + 1 && this.isTaMarbutaFamilyName(j + 1)) end++;
        // So after a compound given name: "نقيب المهندسين عبد الله غوشة".
        else if (end === j + 2 && t[j].norm === 'عبد' && this.isTaMarbutaFamilyName(end)) end++;
        if (end > j) this.addPerson(j, end, 'trigger');
      }
      i = j - 1;
    }
  }

  /**
   * A family name in ta marbuta after the first word of a titled name ("وزير الزراعة رزق سليمية الاتحاد",
   * "محمد اشتية،"): it closes the phrase or precedes a definite word, and is no noun the person acts on
   * (a common word, or a verbal noun: "مبادرة", "تسوية", "إشادة").
   */
  isTaMarbutaFamilyName(k: number): boolean {
    const t = this.tokens[k];
    if (!t?.joined || !t.text.endsWith('ة') || t.norm.length < 4 || t.norm.startsWith('ال') || VERBAL_NOUN.test(t.norm) || isCommon(t.norm) || this.isGiven(t.norm)) return false;
    if (this.isAdjective('ال' + t.norm) || this.gazetteerAt(k) || PLACE_TRIGGERS.has(t.norm) || ORG_HEADS.has(t.norm) || LANDMARK_HEADS.has(t.norm) || TITLES.has(t.norm)) return false;
    const next = this.tokens[k + 1];
    // (Or before إن, أن of reported speech: "عبد الله غوشة إن".)
    return !next?.joined || next.norm.startsWith('ال') || next.norm === 'ان';
  }

  /** An unlisted given name in ta marbuta before a listed given name, after a title: "رئيس هيئة الأسرى قدورة فارس". */
  isTaMarbutaGivenName(j: number): boolean {
    const t = this.tokens[j];
    const next = this.tokens[j + 1];
    if (!t.text.endsWith('ة') || !next?.joined || !this.isGiven(next.norm) || t.norm.length < 4 || /^(?:ال|[وفبلك])/.test(t.norm) || isCommon(t.norm)) return false;
    return !this.isAdjective('ال' + t.norm) && !this.gazetteerAt(j) && !PLACE_TRIGGERS.has(t.norm) && !ORG_HEADS.has(t.norm) && !ORG_TRIGGERS.has(t.norm) && !PERSON_CUES.has(t.norm) && !TITLES.has(t.norm);
  }

  /** A one-word body after a title and لـ ("لـإيني") is an organisation; false when the word cannot be a name. */
  addBodyOfTitle(j: number): boolean {
    const t = this.tokens[j];
    if (t.norm.length < 3 || t.norm.startsWith('ال') || isCommon(t.norm) || looksLikeVerb(t.norm) || this.isAdjective('ال' + t.norm)) return false;
    const hit = this.gazetteerAt(j);
    if (hit && hit.length > 1) return false;
    this.add(t.start, t.end, hit?.entry.label === 'PER' ? 'ORG' : (hit?.entry.label ?? 'ORG'), hit ? 'gazetteer' : 'trigger', [t.norm], hit?.entry.label === 'PER' ? undefined : hit?.entry);
    return true;
  }

  /** A dual or plural noun in -ين before a preposition ل/ب: the object of a verb, not a name ("هدفين لفريقه"). */
  isDualBeforePreposition(j: number): boolean {
    const t = this.tokens;
    return /ين$/.test(t[j].norm) && !this.isGiven(t[j].norm) && !!t[j + 1]?.joined && /^[لب]/.test(t[j + 1].norm);
  }

  /**
   * A nationality used as a noun before a name: "سجل البرتغالي كريستيانو رونالدو". After a definite
   * noun the nisba is that noun's adjective ("الجيش السوري"), so the word before must not be one.
   * The name must start with a listed given name or read as two foreign words.
   */
  findNationalityNamedPeople() {
    const t = this.tokens;
    for (let i = 1; i + 1 < t.length; i++) {
      if (!t[i].norm.startsWith('ال') || !this.isPlaceAdjective(t[i].norm) || !/ي$/.test(t[i].norm)) continue;
      const before = t[i - 1];
      if (before.joined && before.splits.some((s) => s.stem.startsWith('ال'))) continue;
      const j = i + 1;
      if (!t[j].joined || !this.canStartName(j) || this.titleAt(j)) continue;
      let end = this.readName(j);
      if (end === j + 1 && !this.isGiven(t[j].norm)) end = this.canContinueForeignName(j + 1) ? j + 2 : j;
      if (end > j + 1 || (end === j + 1 && FOREIGN_GIVEN_NAMES.has(t[j].norm))) this.addPerson(j, end, 'pattern');
    }
  }

  /**
   * A state institution named by its head noun, its portfolio and its country's adjective:
   * "وزارة الخارجية السورية", "البنك المركزي المصري". Without the adjective it is generic.
   */
  findInstitutions() {
    const t = this.tokens;
    for (let i = 0; i < t.length; i++) {
      if ((t[i].roles & ROLE.institutionFirst) === 0) continue;
      for (const head of INSTITUTION_HEADS) {
        const split = splitWithStem(t[i], head[0]);
        if (!split || !this.followedBy(i, head)) continue;
        let j = i + head.length;
        while (j < t.length && t[j].joined && j - i - head.length < 3 && /^و?ال/.test(t[j].norm) && !this.isPlaceAdjective(t[j].norm)) j++;
        if (j >= t.length || !t[j].joined || !this.isPlaceAdjective(t[j].norm)) continue;
        const words = t.slice(i, j + 1).map((x) => x.norm);
        words[0] = split.stem;
        this.add(clitic(t[i], split.offset), t[j].end, 'ORG', 'pattern', words);
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
      const kinds = t[j].kinds;
      const isForeignGiven = (kinds & KIND.foreignGiven) !== 0;
      // "علي" before a given name starts a name: "علي حسين كاظم" (not "على" read with ي).
      const spelledLikeWord = (kinds & KIND.speltLikeWord) !== 0 && !!t[j + 1]?.joined && (t[j + 1].kinds & KIND.given) !== 0;
      const isArabicGiven = !isForeignGiven && ((kinds & (KIND.given | KIND.particle)) !== 0 || spelledLikeWord);
      // A title that starts like a name: "صاحب السمو"; a place trigger spelt like one: "شاطئ".
      if ((!isArabicGiven && !isForeignGiven) || this.titleAt(j) || IN_ITS_NAME.test(t[j].text) || PLACE_TRIGGERS.has(norm) || isTitleWithPronoun(t[j])) continue;
      // "ميناء أم قصر", "قرية البو نمر": a place's name, not a person's.
      if (this.afterPlaceTrigger(j)) continue;
      // The speaker of a verb of saying reads like a name after a title: "وقال محمود دويكات إن".
      const speaker = j > 0 && t[j].joined && (t[j - 1].roles & ROLE.speechVerb) !== 0;
      const end = this.readName(j, speaker);
      if (end - j < 2) continue;
      const lastNorm = t[end - 1].norm;
      // An Arabic given name before one non-name word is too weak: require ال-family, a particle or a chain,
      // a verb of saying before it, or a role in apposition after it ("محمود دويكات، مدير المدرسة").
      const apposition = end < t.length && t[end].afterComma && this.titleAt(end) > 0;
      const strong = end - j >= 3 || lastNorm.startsWith('ال') || this.isGiven(lastNorm) || t.slice(j, end).some((x) => PARTICLES.has(x.norm)) || speaker || apposition;
      if (isArabicGiven && !strong) continue;
      // Egyptian print also spells على so: "علي" needs a name of three words ("ردا علي محمد" is "على").
      if (spelledLikeWord && end - j < 3) continue;
      // The word before بن is a given name even when no lexicon lists it: "يزيد بن فرحان".
      const nasab = (norm === 'بن' || norm === 'ابن') && t[j].joined && j > 0 && this.canStartName(j - 1) && !t[j - 1].norm.startsWith('ال');
      this.addPerson(nasab ? j - 1 : j, end, 'pattern');
      j = end - 1;
    }
  }

  /**
   * Marks the lists of places after a place trigger: "أقاليم الحوز وتارودانت وشيشاوة", "ولايات
   * النيل الأزرق وسنار والجزيرة", "قرية تيخت". Each item is a name joined by و.
   */
  markPlaceLists() {
    const t = this.tokens;
    for (let i = 0; i + 1 < t.length; i++) {
      const roles = t[i].roles;
      if ((roles & ROLE.placeTrigger) === 0) continue;
      const strong = (roles & ROLE.strongPlaceTrigger) !== 0;
      const settlement = (roles & ROLE.settlementTrigger) !== 0;
      if ((roles & ROLE.fieldTrigger) !== 0 && FIELD_CONTENTS.has(t[i + 1].norm)) continue;
      let j = i + 1;
      while (j < t.length && t[j].joined && this.isAdjective(t[j].norm) && j - i < 3) j++;
      for (let position = 0; j < t.length && t[j].joined && position < 8; position++) {
        const genitive = position === 0 && j === i + 1;
        this.placeListItems.set(j, { position, strong, genitive, settlement: settlement && genitive });
        j += this.gazetteerAt(j)?.length ?? 1;
        while (j < t.length && t[j].joined && DIRECTIONAL.has(t[j].norm)) j++;
        if (j >= t.length || !t[j].norm.startsWith('و') || t[j].norm.length < 4) break;
      }
    }
  }

  /** Names after trigger nouns: place lists, landmarks ("قصر بعبدا") and one-word media names ("وكالة سانا"). */
  findTriggeredNames() {
    const t = this.tokens;
    for (let i = 0; i + 1 < t.length; i++) {
      const roles = t[i].roles;
      if ((roles & ROLE.landmarkHead) !== 0) this.addLandmark(i);
      else if ((roles & ROLE.placeTrigger) !== 0 && this.titleAt(i + 1) === 1) this.addRoyalNamesake(i);
      else if ((roles & ROLE.nameTrigger) !== 0) this.addTriggeredOrganization(i);
    }
    for (const [j, item] of this.placeListItems) this.addPlaceItem(j, item);
  }

  /** A one-word place in a list after a place trigger, with a direction or colour: "النيل الأزرق". */
  addPlaceItem(j: number, item: PlaceListItem) {
    const t = this.tokens;
    // No preposition comes between a town and its name: "بلدة ببنين" is not ب + "بنين" (Benin).
    const hit = this.gazetteerAt(j);
    if ((hit && !(item.settlement && hit.offset > 0)) || !t[j].joined) return;
    const split = item.position > 0 ? t[j].splits.find((s) => s.offset === 1) : t[j].splits[0];
    if (!split) return;
    // A place named like a kunya: "ميناء أم قصر", "بلدة أبو ديس".
    if (PARTICLES.has(split.stem) && t[j + 1]?.joined && this.canFollowParticle(j + 1)) {
      this.add(clitic(t[j], split.offset), t[j + 1].end, 'LOC', 'trigger', [split.stem, t[j + 1].norm]);
      return;
    }
    if (PLACE_PREFIXES.has(split.stem) && t[j + 1]?.joined && !isCommon(t[j + 1].norm)) {
      this.add(clitic(t[j], split.offset), t[j + 1].end, 'LOC', 'trigger', [split.stem, t[j + 1].norm]);
      return;
    }
    if (split.stem.length < 3) return;
    const stem = split.stem;
    if (stem.startsWith('ال') && (!item.strong || this.isAdjective(stem) || stem.length < 5)) return;
    // ه and ي end pronoun-suffixed nouns and adjectives; a later item of a list may end in ة ("وشيشاوة").
    // So may a town's name ("مدينة زوارة"), when it is no adjective (فعيلة, فاعلة: "قرية صغيرة", "بلدة آمنة") or verbal noun.
    // (No proclitic comes between a town and its name: "مخيم بلاطة" is no ب + noun.)
    // So may a definite name right after a strong trigger ("محافظة القنفذة"), when no common word or adjective ends in it ("الحرة").
    const bare = withoutArticle(stem);
    const definiteInTaMarbuta = item.strong && item.genitive && stem.startsWith('ال') && !isCommon(stem.slice(0, -1)) && !this.isAdjective(stem.slice(0, -1));
    const townInTaMarbuta = (item.settlement || definiteInTaMarbuta) && /[^ي]ة$/.test(t[j].text) && !/^(?:[مت]|ا..ا.ه$|ا.ت.ا|است|ات)/.test(bare) && !/^(?:..ي.|.ا..|ا..)ه$/.test(bare);
    const taMarbuta = (item.position > 0 && /[^ي]ة$/.test(t[j].text)) || townInTaMarbuta;
    // Feminine verbs are short ("وتضررت"); places may also run from ت to ت ("تيخت", "تارودانت").
    const verb = stem.startsWith('ي') ? looksLikeVerb(stem) : looksLikeVerb(stem) && stem.length <= 6 && stem[1] !== 'ي';
    // After a strong trigger a definite name may end in ي when it is no adjective: "حوض الديسي".
    const definiteName = item.strong && /^ال...+ي$/.test(stem) && !this.isAdjective(stem) && !DIRECTIONAL.has(stem);
    if ((!taMarbuta && !definiteName && /[هي]$/.test(stem)) || isCommon(stem) || verb || this.isAdjective('ال' + stem)) return;
    if (PLACE_TRIGGERS.has(stem) || ORG_TRIGGERS.has(stem) || PLATFORMS.has(stem) || TITLES.has(stem)) return;
    let end = j + 1;
    while (end < t.length && t[end].joined && DIRECTIONAL.has(t[end].norm)) end++;
    this.add(clitic(t[j], split.offset), t[end - 1].end, 'LOC', 'trigger', [stem, ...t.slice(j + 1, end).map((x) => x.norm)]);
  }

  /** A landmark named with its head noun: "قصر بعبدا", "مسجد تينمل", "سد النهضة الإثيوبي الكبير". */
  addLandmark(i: number) {
    const t = this.tokens;
    const split = t[i].splits.find((s) => LANDMARK_HEADS.has(s.stem))!;
    const j = i + 1;
    const name = t[j];
    // "ميناء أم قصر": the head word is inside another name.
    // (Nor an indefinite accusative with tanween: "افتتح مستشفى جديداً".)
    if (!name.joined || name.norm.length < 3 || name.text.includes('\u064B') || (i > 0 && t[i].joined && PARTICLES.has(t[i - 1].norm))) return;
    if (STREET_HEADS.has(split.stem)) {
      this.addStreet(j);
      return;
    }
    const hit = this.placeAt(j);
    let end = j + 1;
    const royal = this.titleAt(j) === 1 && /^ال/.test(name.norm) && this.canStartName(j + 1) && (this.isGiven(t[j + 1].norm) || PARTICLES.has(t[j + 1].norm));
    if (hit && hit.offset === 0) end = j + hit.length;
    // Named after a person: "مستشفى ابن سينا", "مسجد أبو بكر", "سد الملك طلال".
    else if (PARTICLES.has(name.norm) && this.canFollowParticle(j + 1)) end = this.afterParticles(j + 1);
    else if (royal) end = this.readName(j + 1);
    // Named after a person by given name: "ملعب محمد الخامس", "مستشفى حمد العام".
    else if (this.isGiven(name.norm)) end = this.readName(j);
    else if (name.norm.startsWith('ال')) {
      if (GENERIC_LANDMARK_COMPLEMENTS.has(name.norm) || this.isAdjective(name.norm) || isCommon(name.norm) || name.norm.length < 5) return;
    } else if (/[هي]$/.test(name.norm) || isCommon(name.norm) || looksLikeVerb(name.norm) || this.isAdjective('ال' + name.norm) || /^[وفبلك]?ال/.test(name.norm)) return;
    while (end < t.length && t[end].joined && end - j < 4 && (DIRECTIONAL.has(t[end].norm) || this.isPlaceAdjective(t[end].norm))) end++;
    // The key leaves out the adjectives: "سد النهضة الإثيوبي الكبير" is "سد النهضة".
    const named = hit && hit.offset === 0 ? j + hit.length : royal ? end : j + 1;
    // The gazetteer's entry for the whole name ("مضيق هرمز"), or for a natural feature listed by its name
    // alone; a city's ("طبريا" of "بحيرة طبريا") is another place.
    const whole = this.gazetteerAt(i);
    const listed = whole?.entry.label === 'LOC' && whole.length === end - i ? whole.entry : undefined;
    const feature = listed ?? (hit && hit.offset === 0 && hit.entry.label === 'LOC' && hit.entry.population === undefined && named === end ? hit.entry : undefined);
    this.add(clitic(t[i], split.offset), t[end - 1].end, 'LOC', 'trigger', [split.stem, ...t.slice(j, named).map((x) => x.norm)], feature);
  }

  /**
   * A club named by its city is an organisation: after "فريق"/"نادي" ("لفريق ليفربول") or with a
   * club word after the city ("مانشستر سيتي"); after "نادي" also a definite name ("نادي الهلال").
   */
  findClubs() {
    const t = this.tokens;
    for (let i = 0; i < t.length; i++) {
      const place = this.placeAt(i);
      const triggered = i > 0 && t[i].joined && (t[i - 1].roles & ROLE.clubTrigger) !== 0;
      if (place && place.offset === 0 && place.entry.label === 'LOC') {
        let end = i + place.length;
        const suffix = t[end]?.joined && CLUB_SUFFIXES.has(t[end].norm);
        if (suffix) end++;
        if (!suffix && !triggered) continue;
        this.candidates.push({ start: t[i].start, end: t[end - 1].end, label: 'ORG', source: 'trigger', words: t.slice(i, end).map((x) => x.norm), outranks: true });
        i = end - 1;
      } else if (triggered && t[i - 1].splits.some((s) => s.stem === 'نادي') && t[i].norm.startsWith('ال') && t[i].norm.length >= 5 && !isCommon(t[i].norm) && !this.gazetteerAt(i - 1)) {
        // (A listed name with its head is no club: "نادي الأسير الفلسطيني".)
        this.candidates.push({ start: t[i].start, end: t[i].end, label: 'ORG', source: 'trigger', words: [t[i].norm], outranks: true });
      }
    }
  }

  /** A place named after a king or prince keeps its head: "مطار الملكة علياء الدولي", "مدينة الملك عبد الله". */
  addRoyalNamesake(i: number) {
    const t = this.tokens;
    const split = t[i].splits.find((s) => PLACE_TRIGGERS.has(s.stem))!;
    const j = i + 1;
    if (!t[j].joined || !t[j].norm.startsWith('ال') || !this.canStartName(j + 1) || !(this.isGiven(t[j + 1].norm) || PARTICLES.has(t[j + 1].norm))) return;
    const named = this.readName(j + 1);
    let end = named;
    // Its kind in a nisba stays too: "مدينة الملك عبد الله الاقتصادية", "مدينة الملك فهد الطبية".
    const kind = (norm: string) => /^ال..+يه$/.test(norm) && !this.isPlaceAdjective(norm);
    while (end < t.length && t[end].joined && end - named < 2 && (DIRECTIONAL.has(t[end].norm) || ORG_ADJECTIVES.has(t[end].norm) || t[end].norm === 'الدولي' || kind(t[end].norm))) end++;
    this.add(clitic(t[i], split.offset), t[end - 1].end, 'LOC', 'trigger', [split.stem, ...t.slice(j, named).map((x) => x.norm)]);
  }

  /**
   * A street is annotated by its namesake alone: a name with a family name ("شارع الحبيب بورقيبة")
   * or one word ("شارع الحمراء").
   */
  addStreet(j: number) {
    const t = this.tokens;
    const name = t[j];
    if (name.norm.length < 4 || isCommon(name.norm) || this.isAdjective(name.norm) || /^[وفبلك]?لل|^[وفبلك]ال/.test(name.norm)) return;
    let end = this.isGiven(name.norm) ? this.readName(j) : j + 1;
    const next = t[end];
    const surname = end === j + 1 && next?.joined && !next.norm.startsWith('ال') && next.norm.length >= 3 && !isCommon(next.norm) && !looksLikeVerb(next.norm) && !this.isAdjective('ال' + next.norm) && !this.isGiven(next.norm) && !this.gazetteerAt(end);
    if (surname) end++;
    this.add(name.start, t[end - 1].end, 'LOC', 'trigger', t.slice(j, end).map((x) => x.norm));
  }

  /** A medium or company named by one word after its kind, without the kind: "وكالة سبوتنيك", "شركة برتامينا". */
  addTriggeredOrganization(i: number) {
    const t = this.tokens;
    let j = i + 1;
    while (j < t.length && t[j].joined && this.isAdjective(t[j].norm) && j - i < 3) j++;
    const name = t[j];
    if (!name || !name.joined || name.norm.length < 3) return;
    if (name.norm.startsWith('ال')) {
      this.addDescriptiveCompany(i, j);
      return;
    }
    // A foreign name may end in ي when the company's nationality follows: "مجموعة إيني الإيطالية".
    const nationality = t[j + 1]?.joined && t[j + 1].norm.startsWith('ال') && this.isPlaceAdjective(t[j + 1].norm);
    if ((/[هي]$/.test(name.norm) && !(nationality && name.norm.endsWith('ي'))) || isCommon(name.norm) || looksLikeVerb(name.norm) || this.gazetteerAt(j)) return;
    // A plural noun in construct is the object of a verbal noun: "لتنظيم خدمات الأصول".
    // (Before a place it is the company's name: "شركة اتصالات المغرب".)
    const placeAfter = this.placeAt(j + 1)?.entry.label === 'LOC';
    if (name.norm.endsWith('ات') && t[j + 1]?.joined && t[j + 1].norm.startsWith('ال') && !this.isAdjective(t[j + 1].norm) && !placeAfter) return;
    if (PLACE_TRIGGERS.has(name.norm) || ORG_TRIGGERS.has(name.norm) || PLATFORMS.has(name.norm)) return;
    // A noun with a place after it names the company: "شركة نفط البصرة".
    const place = t[j + 1]?.joined ? this.gazetteerAt(j + 1) : undefined;
    let end = place && place.offset === 0 && place.entry.label === 'LOC' ? j + place.length : j;
    // A foreign name of two or three words before the company's nationality: "شركة أكوا باور السعودية".
    let k = j + 1;
    while (end === j && k < j + 3 && this.canContinueForeignName(k) && !this.isAdjective('ال' + t[k].norm)) k++;
    if (k > j + 1 && t[k]?.joined && t[k].norm.startsWith('ال') && this.isPlaceAdjective(t[k].norm)) end = k - 1;
    this.add(name.start, t[end].end, 'ORG', 'trigger', t.slice(j, end + 1).map((x) => x.norm));
  }

  /** An unlisted nisba before a name-like word is a given name with the article: "للشغل الميلودي مخاريق". */
  isGivenNameWithArticle(k: number): boolean {
    const t = this.tokens;
    return !!t[k] && /^ال..+ي$/.test(t[k].norm) && !ADJECTIVES.has(t[k].norm) && !this.isPlaceAdjective(t[k].norm) && this.canStartName(k + 1) && !this.gazetteerAt(k + 1);
  }

  /**
   * A company named by a definite noun and its nationality or kind, with its head: "شركة البوتاس العربية",
   * "شركة الاتصالات السعودية", "مجموعة طلعت القابضة"; a noun alone ("شركة الكهرباء") is generic.
   */
  addDescriptiveCompany(i: number, j: number) {
    const t = this.tokens;
    const split = t[i].splits.find((s) => COMPANY_HEADS.has(s.stem));
    const name = t[j];
    if (!split || j !== i + 1 || name.norm.length < 5 || isCommon(name.norm) || this.isAdjective(name.norm) || this.gazetteerAt(j)) return;
    let end = j + 1;
    const companyAdjective = (norm: string) => this.isPlaceAdjective(norm) || COMPANY_ADJECTIVES.has(norm);
    while (end < t.length && t[end].joined && end - j < 3 && companyAdjective(t[end].norm)) end++;
    if (end === j + 1) return;
    this.add(clitic(t[i], split.offset), t[end - 1].end, 'ORG', 'trigger', [split.stem, ...t.slice(j, end).map((x) => x.norm)]);
  }

  /**
   * Tokens of an organisation's purpose at k, or 0: a definite noun after لل ("للتنمية"), a listed
   * name ("للأمم المتحدة") or an indefinite noun after ل with its genitive ("لحقوق الإنسان").
   */
  purposeLength(k: number): number {
    const t = this.tokens;
    const word = t[k];
    if (!word?.joined) return 0;
    // (Short nouns in ta marbuta too: "للغة العربية".)
    if (/^لل.../.test(word.norm) || (/^لل..$/.test(word.norm) && word.text.endsWith('ة'))) {
      const listed = this.gazetteerAt(k)?.length ?? 0;
      if (listed > 1) return listed;
      // The purpose's own adjective agrees with a feminine or plural noun: "للقوات المسلحة", "للقوى العاملة".
      const adjective = t[k + 1];
      const agreeing = /(?:ة|ات|ى)$/.test(word.text) && adjective?.joined && /^ال...+ة$/.test(adjective.text) && !isCommon(adjective.norm) && !this.isPlaceAdjective(adjective.norm);
      // A masculine noun takes a masculine nisba: "للأمن الوطني".
      const masculine =
        !/(?:ة|ات|ى)$/.test(word.text) && adjective?.joined && /^ال...+ي$/.test(adjective.norm) && !isCommon(adjective.norm) && !this.isPlaceAdjective(adjective.norm) && !DESCRIPTIVE_ADJECTIVES.has(adjective.norm) && !this.isGivenNameWithArticle(k + 1);
      return agreeing || masculine ? 2 : 1;
    }
    if (isCommon(word.norm)) return 0;
    const genitive = t[k + 1];
    if (!/^ل[^ل]{3}/.test(word.norm) || /(?:ه|ها|هم|ي)$/.test(word.text) || !genitive?.joined) return 0;
    if (genitive.norm.startsWith('ال') && !isCommon(genitive.norm)) return 2;
    // Or with a place: "لشرطة دبي".
    const place = this.placeAt(k + 1);
    return place && place.offset === 0 && place.entry.label === 'LOC' ? 1 + place.length : 0;
  }

  /** Whether a title ends right before token i: "أمين عام حركة", "زعيم حركة". */
  afterTitle(i: number): boolean {
    if (!this.tokens[i].joined) return false;
    for (let k = Math.max(0, i - 3); k < i; k++) if (this.titleAt(k) === i - k) return true;
    return false;
  }

  /** Whether the words of a phrase after its first follow token i, joined by spaces. */
  followedBy(i: number, phrase: string[]): boolean {
    for (let k = 1; k < phrase.length; k++) {
      const next = this.tokens[i + k];
      if (next?.norm !== phrase[k] || !next.joined) return false;
    }
    return true;
  }

  /** Definite names of one national body: "المحكمة الإدارية", "المجلس الدستوري". */
  findNamedInstitutions() {
    const t = this.tokens;
    for (let i = 0; i < t.length; i++) {
      if ((t[i].roles & ROLE.namedInstitutionFirst) === 0) continue;
      for (const name of NAMED_INSTITUTIONS) {
        const split = splitWithStem(t[i], name[0]);
        if (!split || !this.followedBy(i, name)) continue;
        // Longer names ("المحكمة الإدارية العليا") come later in the list and replace shorter ones in resolveOverlaps.
        this.add(clitic(t[i], split.offset), t[i + name.length - 1].end, 'ORG', 'trigger', name);
      }
    }
  }

  /** An adjective that completes an organisation's name: "الدولية", "العامة", "اللبنانية". */
  isOrganizationAdjective(norm: string): boolean {
    if (DESCRIPTIVE_ADJECTIVES.has(norm)) return false;
    return ADJECTIVES.has(norm) || ORG_ADJECTIVES.has(norm) || DIRECTIONAL.has(norm) || this.isPlaceAdjective(norm) || (/^ال..+(?:ي|يه)$/.test(norm) && !isCommon(norm));
  }

  /**
   * An organisation named by a head noun and its genitive, with the adjectives and purpose that
   * follow: "منظمة العفو الدولية", "مصرف لبنان", "وكالة أنباء الشرق الأوسط", "جمعية أمزميز
   * للتنمية والتضامن". The whole name outranks the place inside it.
   */
  findOrganizations() {
    const t = this.tokens;
    for (let i = 0; i + 1 < t.length; i++) {
      const roles = t[i].roles;
      if ((roles & (ROLE.definiteOrgHead | ROLE.namedAfterPersonHead | ROLE.orgHead)) === 0) continue;
      const definite = (roles & ROLE.definiteOrgHead) !== 0 ? t[i].splits.find((s) => DEFINITE_ORG_HEADS.has(s.stem)) : undefined;
      if (definite) {
        let end = i + 1;
        while (end < t.length && t[end].joined && end - i < 5 && this.isOrganizationAdjective(t[end].norm) && (!MODIFIERS.has(t[end].norm) || ORG_ADJECTIVES.has(t[end].norm))) end++;
        const adjectives = end - i - 1;
        const nisba = t.slice(i + 1, end).some((x) => /يه?$/.test(x.norm));
        // "المؤسسة الوطنية للنفط", "الاتحاد العام التونسي للشغل": an adjective and a purpose.
        const purpose = adjectives > 0 && ORG_HEADS_WITH_PURPOSE.has(definite.stem.slice(2)) ? this.purposeLength(end) : 0;
        // The purpose goes on with its conjoined nouns: "الوكالة الوطنية للمياه والغابات".
        if (purpose) end = this.purposeEnd(end + purpose, i + 9);
        if (!purpose && (adjectives < 2 || !nisba)) continue;
        this.add(clitic(t[i], definite.offset), t[end - 1].end, 'ORG', 'pattern', [definite.stem, ...t.slice(i + 1, end).map((x) => x.norm)]);
        i = end - 1;
        continue;
      }
      // "مركز الملك سلمان للإغاثة": a head that names an organisation only after a person and a purpose.
      const namedAfterPerson = (roles & ROLE.namedAfterPersonHead) !== 0 ? t[i].splits.find((s) => NAMED_AFTER_PERSON_HEADS.has(s.stem)) : undefined;
      if (namedAfterPerson && t[i + 1].joined && this.addNamedAfterPerson(i, namedAfterPerson.offset, namedAfterPerson.stem, true)) continue;
      if (namedAfterPerson && t[i + 1].joined) {
        const end = this.namedAfterPlaceEnd(i + 1);
        if (end) {
          this.add(clitic(t[i], namedAfterPerson.offset), t[end - 1].end, 'ORG', 'pattern', [namedAfterPerson.stem, ...t.slice(i + 1, end).map((x) => x.norm)]);
          i = end - 1;
          continue;
        }
      }
      const split = (roles & ROLE.orgHead) !== 0 ? t[i].splits.find((s) => ORG_HEADS.has(s.stem)) : undefined;
      if (!split || !t[i + 1].joined || (this.gazetteerAt(i)?.length ?? 0) > 1) continue;
      const head = split.stem;
      // After a leader's title a movement's common noun is its name: "زعيم حركة الشعب".
      const led = MOVEMENT_HEADS.has(head) && this.afterTitle(i);
      if (this.addNamedAfterPerson(i, split.offset, head)) continue;
      // A ministry is named by its portfolio, however common the noun: "وزارة الاقتصاد", "وزارة الدفاع".
      const complement = this.readOrganizationComplement(i + 1, MEDIA_TRIGGERS.has(head), PARTY_HEADS.has(head), 0, led || head === 'وزاره');
      if (!complement) continue;
      let end = complement.end;
      if (complement.adjectives) while (end < t.length && t[end].joined && end - i < 7 && this.isOrganizationAdjective(t[end].norm)) end++;
      const withAdjective = end > complement.end;
      const purpose = ORG_HEADS_WITH_PURPOSE.has(head) ? this.purposeLength(end) : 0;
      if (purpose) end = this.purposeEnd(end + purpose, i + 9);
      // "حزب العدالة والتنمية": a movement's name may join two nouns, and a genitive chain two genitives
      // ("هيئة مقاومة الجدار والاستيطان").
      const chain = !complement.definite && end - i > 2 && t[end - 1].norm.startsWith('ال');
      // So may a body's definite genitive ("مجلس الإنماء والإعمار", "جهاز الإسعاف والطوارئ"), not before another body ("والجمعية").
      const conjoined = complement.definite && ORG_HEADS_WITH_PURPOSE.has(head) && !DEFINITE_ORG_HEADS.has(t[end]?.norm.slice(1) ?? '');
      if (((MOVEMENT_HEADS.has(head) && complement.definite) || chain || conjoined) && end === complement.end && /^وال/.test(t[end]?.norm ?? '') && t[end].joined && !isCommon(t[end].norm.slice(1))) end++;
      // Or a conjoined noun with its own genitive: "صندوق التنمية وإعادة الإعمار".
      else if (conjoined && end === complement.end && end - i < 5 && this.isConjoinedGenitive(end)) end += 2;
      // "زعيم حركة النهضة": after a leader's title the movement is named by its noun alone.
      if (HEADS_NEEDING_ADJECTIVE.has(head) && complement.definite && end === complement.end && !led) continue;
      if (head === 'وزاره') {
        while (end < t.length && t[end].joined && end - i < 6) {
          if (/^وال/.test(t[end].norm) || this.isOrganizationAdjective(t[end].norm)) end++;
          // A second portfolio with its own genitive: "وزارة الزراعة واستصلاح الأراضي".
          else if (this.isConjoinedGenitive(end)) end += 2;
          else break;
        }
      }
      // A party with a descriptive name is that name: "حزب القوات اللبنانية".
      const first = PARTY_HEADS.has(head) && complement.definite && withAdjective ? i + 1 : i;
      const words = t.slice(first, end).map((x) => x.norm);
      if (first === i) words[0] = head;
      this.add(first === i ? clitic(t[i], split.offset) : t[first].start, t[end - 1].end, 'ORG', 'pattern', words);
      i = end - 1;
    }
  }

  /**
   * An organisation named after a person: a full name and a purpose ("صندوق محمد السادس للاستثمار",
   * "مؤسسة محمد بن راشد للمعرفة") or a royal title and a name ("جامعة الملك سعود").
   */
  addNamedAfterPerson(i: number, offset: number, head: string, needsPurpose = false): boolean {
    const t = this.tokens;
    const royal = this.titleAt(i + 1) === 1 && t[i + 1].norm.startsWith('ال') && this.isGiven(t[i + 2]?.norm ?? '') && t[i + 2].joined;
    const first = royal ? i + 2 : i + 1;
    if (!t[first]?.joined || (!royal && !this.isGiven(t[first].norm))) return false;
    const end = this.readName(first);
    const purpose = ORG_HEADS_WITH_PURPOSE.has(head) || royal || needsPurpose ? this.purposeLength(end) : 0;
    // A university is named by a given name alone: "جامعة خليفة", "جامعة محمد الخامس".
    // So is a body with its kind in a nisba: "مؤسسة حمد الطبية".
    const university = (head === 'جامعه' || this.isOrganizationAdjective(t[end]?.norm ?? '')) && !needsPurpose && !!t[end]?.joined;
    if ((!royal || needsPurpose) && !university && (end - first < (royal ? 1 : 2) || !purpose)) return false;
    let last = purpose ? this.purposeEnd(end + purpose, i + 9) : end;
    // Without a purpose its own adjectives may follow: "جامعة الملك سلمان الدولية".
    while (!purpose && last < t.length && t[last].joined && last - i < 8 && this.isOrganizationAdjective(t[last].norm)) last++;
    this.add(clitic(t[i], offset), t[last - 1].end, 'ORG', 'trigger', [head, ...t.slice(i + 1, last).map((x) => x.norm)]);
    return true;
  }

  /**
   * The end of a centre's name after a place, with its purpose or two adjectives ("مركز أبوظبي للغة
   * العربية", "مركز دبي المالي العالمي"), or 0: "مركز دبي" alone is a place in the city.
   */
  namedAfterPlaceEnd(j: number): number {
    const t = this.tokens;
    const place = this.placeAt(j);
    if (!place || place.offset !== 0 || place.entry.label !== 'LOC') return 0;
    let end = j + place.length;
    while (end < t.length && t[end].joined && end - j < 4 && this.isOrganizationAdjective(t[end].norm)) end++;
    const adjectives = end - j - place.length;
    const purpose = this.purposeLength(end);
    // One nisba is enough for a medical centre or the like: "مركز سبها الطبي".
    if (!purpose && (adjectives === 0 || (adjectives === 1 && !/^ال..+ي$/.test(t[end - 1].norm)))) return 0;
    return purpose ? this.purposeEnd(end + purpose, j + 8) : end;
  }

  /**
   * The end of a purpose that goes on from token k (before `limit`) with conjoined nouns, adjectives
   * and conjoined genitives: "للإغاثة والأعمال الإنسانية", "للجنسية ووثائق السفر".
   */
  purposeEnd(k: number, limit: number): number {
    const t = this.tokens;
    while (k < t.length && t[k].joined && k < limit) {
      if (/^وال/.test(t[k].norm) || (this.isOrganizationAdjective(t[k].norm) && !this.isGivenNameWithArticle(k))) k++;
      else if (k + 1 < limit && this.isConjoinedGenitive(k)) k += 2;
      else break;
    }
    return k;
  }

  /** "واستصلاح الأراضي": و with an indefinite noun and its definite genitive, inside an institution's name. */
  isConjoinedGenitive(k: number): boolean {
    const t = this.tokens;
    const word = t[k];
    const genitive = t[k + 1];
    if (!word.norm.startsWith('و') || word.norm.startsWith('وال') || word.norm.length < 5 || !genitive?.joined || !genitive.norm.startsWith('ال')) return false;
    const noun = word.norm.slice(1);
    // Another body or place is no genitive of this one: "وزارة الاقتصاد ووزارة الدفاع".
    const heads = ROLE.orgHead | ROLE.definiteOrgHead | ROLE.namedAfterPersonHead | ROLE.nameTrigger | ROLE.placeTrigger | ROLE.landmarkHead;
    if ((word.roles & heads) !== 0) return false;
    // (ه and ي end pronoun-suffixed nouns; ة a verbal noun: "وإعادة الإعمار".)
    return !isCommon(noun) && !looksLikeVerb(noun) && !/[هي]$/.test(word.text) && !isCommon(genitive.norm) && !this.gazetteerAt(k + 1);
  }

  /**
   * The genitive of an organisation head at token j: a place ("مصرف لبنان"), a definite noun
   * ("العفو"), an indefinite noun before either ("أنباء الشرق الأوسط") or a one-word name ("أمل").
   * Returns the token after it and whether adjectives may follow, or undefined.
   */
  readOrganizationComplement(j: number, media: boolean, party: boolean, depth = 0, led = false): { end: number; adjectives: boolean; definite: boolean } | undefined {
    const t = this.tokens;
    const word = t[j];
    if (!word?.joined) return undefined;
    const place = this.placeAt(j);
    if (place && place.offset === 0 && place.entry.label === 'LOC') {
      // Only the organisation's own adjectives follow a place: "مصرف سوريا المركزي".
      let end = j + place.length;
      while (end < t.length && t[end].joined && (ADJECTIVES.has(t[end].norm) || ORG_ADJECTIVES.has(t[end].norm)) && !DIRECTIONAL.has(t[end].norm)) end++;
      return { end, adjectives: false, definite: false };
    }
    const norm = word.norm;
    if (norm.startsWith('ال')) {
      // Portfolios are listed among adjectives ("الداخلية") but name a ministry: "وزارة الداخلية".
      const adjective = (ADJECTIVES.has(norm) && !MODIFIERS.has(norm)) || this.isPlaceAdjective(norm);
      if (adjective || norm.length < 5 || place) return undefined;
      // A common noun names a party only with its adjective: "حزب القوات اللبنانية", "حزب الشعب الجمهوري".
      const next = t[j + 1];
      const partyName = led || (party && next?.joined && this.isOrganizationAdjective(next.norm));
      if ((GENERIC_ORG_COMPLEMENTS.has(norm) || isCommon(norm)) && !partyName) return undefined;
      return { end: j + 1, adjectives: true, definite: true };
    }
    const adjective = this.isAdjective('ال' + norm) || DIRECTIONAL.has('ال' + norm);
    // A verbal noun in ta marbuta heads a genitive chain: "هيئة مقاومة الجدار" (ه and ي end pronoun-suffixed nouns and adjectives).
    const taMarbuta = word.text.endsWith('ة');
    // (A possessive pronoun ends a common noun: "مجلس إدارتها".)
    const possessive = /(?:ها|هم|هما|كم|نا)$/.test(word.text);
    if (depth > 0 || /^[وفبلك]?ال|^لل/.test(norm) || (/[هي]$/.test(norm) && !taMarbuta) || possessive || norm.length < 3 || isCommon(norm) || looksLikeVerb(norm) || adjective) return undefined;
    if (TITLES.has(norm) || ORG_HEADS.has(norm) || PLACE_TRIGGERS.has(norm) || PLATFORMS.has(norm) || this.isGiven(norm)) return undefined;
    const rest = this.readOrganizationComplement(j + 1, media, party, 1);
    if (rest) return { ...rest, definite: false };
    if (taMarbuta) return undefined;
    // A one-word name: the medium's own rule leaves out its kind ("وكالة سبوتنيك"); when another
    // unknown word follows, the name is longer than can be read ("منظمة أطباء بلا حدود").
    const next = t[j + 1];
    const nameEnds = !next?.joined || isCommon(next.norm) || /^(?:[وفبلك]?ال|لل|ي)/.test(next.norm) || this.isGiven(next.norm) || !!this.gazetteerAt(j + 1);
    if (media || !nameEnds) return undefined;
    return { end: j + 1, adjectives: false, definite: false };
  }

  /**
   * Media in a source slot: the dateline ("الرياض - واس:", "بيروت - «النهار»:", "مراكش - (و م ع):"),
   * a medium's name in guillemets after its kind ("صحيفة «الأخبار»") and an agency acronym in
   * guillemets or parentheses ("لـ«واس»").
   */
  findSources(text: string, marks: number[]) {
    for (const m of [...lineStartMatches(text, DATELINE, marks), ...lineStartMatches(text, DATELINE_PARENTHESES, marks)]) {
      const [place, source] = [m[1].trim(), m[2].trim()];
      const norm = normalizeArabic(source);
      if (this.lookup(place)?.label !== 'LOC' || GENERIC_SOURCES.has(norm) || norm.startsWith('وكالات')) continue;
      this.addSource(m.indices![2][0], source, norm);
    }
    for (const q of findQuoted(text, GUILLEMET_AFTER_WORD, marks)) {
      const inner = text.slice(q.open + 1, q.close);
      // "وقال مصدر مطلع لـ«الشرق الأوسط»": what a source spoke to is a medium.
      const toMedium = normalizeArabic(q.word) === 'ل' && SPOKE_TO.test(text.slice(Math.max(0, q.start - 40), q.start));
      const media = toMedium || arabicProcliticSplits(normalizeArabic(q.word)).some((s) => MEDIA_TRIGGERS.has(s.stem));
      const norm = normalizeArabic(inner.trim());
      if (media || AGENCIES.has(norm)) this.addSource(q.open + 1, inner.trim(), norm);
    }
    for (const q of findQuoted(text, IN_PARENTHESES, marks)) {
      const inner = text.slice(q.open + 1, q.close);
      const norm = normalizeArabic(inner.trim());
      if (AGENCIES.has(norm)) this.addSource(q.open + 1, inner.trim(), norm);
    }
  }

  /** A facility's name in quotes after its kind: "أنبوب «ترانسميد»", "حقل \"ظهر\"" (the kind stays out). */
  findQuotedFacilities(text: string, marks: number[]) {
    for (const q of findQuoted(text, QUOTED_AFTER_WORD, marks)) {
      if (!arabicProcliticSplits(normalizeArabic(q.word)).some((s) => FACILITY_HEADS.has(s.stem))) continue;
      const inner = text.slice(q.open + 1, q.close);
      const name = inner.trim();
      const norm = normalizeArabic(name);
      if (!/[\u0621-\u064A]/.test(name) || isCommon(norm) || name.split(' ').length > 3) continue;
      const start = q.open + 1 + inner.indexOf(name);
      this.candidates.push({ start, end: start + name.length, label: 'LOC', source: 'trigger', words: norm.split(' ') });
    }
  }

  addSource(start: number, name: string, norm: string) {
    if (!/[\u0621-\u064A]/.test(name) || PLATFORMS.has(norm)) return;
    const known = this.lookup(name);
    const entry = AGENCIES.get(norm) ?? (known?.label === 'ORG' ? known : undefined);
    this.candidates.push({ start, end: start + name.length, label: 'ORG', source: 'trigger', words: norm.split(' '), entry, outranks: true });
  }
}

/** "CITY - SOURCE:" at the start of a line, the source optionally in parentheses or guillemets. */
const DATELINE = /^[ \t]*([^\n\-–—:()«»]{2,30}?)[ \t]*[-–—][ \t]*[(«"]?[ \t]*([^\n\-–—:()«»"]{1,30}?)[ \t]*[)»"]?[ \t]*:/dmy;
/** "CITY (SOURCE) -" at the start of a line. */
const DATELINE_PARENTHESES = /^[ \t]*([^\n\-–—:()«»]{2,30}?)[ \t]*\(([^\n()«»:]{1,30}?)\)[ \t]*[-–—:]/dmy;
/** What ends a line for ^ in a regexp with the m flag. */
const LINE_TERMINATORS = '\n\r\u2028\u2029';

/**
 * The matches of a sticky pattern anchored at line starts (^ with the m flag): what the same pattern
 * with the g flag finds, tried at line starts only (after the line terminators among `marks`).
 */
function lineStartMatches(text: string, pattern: RegExp, marks: number[]): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  let from = 0;
  const tryAt = (lineStart: number) => {
    if (lineStart < from) return;
    pattern.lastIndex = lineStart;
    const m = pattern.exec(text);
    if (m) {
      matches.push(m);
      from = pattern.lastIndex;
    }
  };
  tryAt(0);
  for (const mark of marks) if (LINE_TERMINATORS.includes(text[mark])) tryAt(mark + 1);
  return matches;
}

/**
 * A name between an opening and a closing mark: `opens` (then `min` to `max` characters that are
 * neither a closing mark nor a line break) and one of `closes`, as the global regexp
 * `[OPENS]([^CLOSES\n]{min,max})[CLOSES]` matches, or with `afterWord`, the same after an Arabic word and
 * spaces: `([\u0621-\u064A\u0640]+)[ \t]*[OPENS]...`.
 */
interface QuotePattern {
  opens: string;
  closes: string;
  min: number;
  max: number;
  afterWord: boolean;
}

/** Where a match of a QuotePattern starts (at its word, if any), its word, and its two marks. */
interface Quoted {
  start: number;
  word: string;
  open: number;
  close: number;
}

/** A word, then a name of one to four words in guillemets: "صحيفة «الأخبار»", "لـ«واس»". */
const GUILLEMET_AFTER_WORD: QuotePattern = { opens: '«', closes: '»', min: 2, max: 30, afterWord: true };
/** A word, then a name in quotes or guillemets: "أنبوب \"ترانسميد\"". */
const QUOTED_AFTER_WORD: QuotePattern = { opens: '"«“', closes: '"»”', min: 2, max: 30, afterWord: true };
/** An agency acronym in parentheses, guillemets or slashes: "(واس)", "/وام/". */
const IN_PARENTHESES: QuotePattern = { opens: '(«/', closes: ')»/', min: 2, max: 12, afterWord: false };
/** A source speaking shortly before "لـ«…»": a verb of saying or an unnamed source. */
const SPOKE_TO = /(?:قال|قالت|صرح|صرحت|أكد|أكدت|أوضح|أوضحت|كشف|كشفت|أفاد|أفادت|مصدر|مصادر|مسؤول|متحدث)[^.\n]*$/;

function isQuoteWordLetter(c: number): boolean {
  return (c >= 0x621 && c <= 0x64a) || c === 0x640;
}

/**
 * The matches of a QuotePattern, left to right and not overlapping, as a global regexp finds them:
 * each opening mark outside the previous match either starts one (a name up to the first closing
 * mark or line break, of the right length) or none; with `afterWord`, the match starts at the maximal
 * run of letters before the mark and its spaces. Runs only at the marks, not at every letter.
 */
function findQuoted(text: string, pattern: QuotePattern, marks: number[]): Quoted[] {
  const found: Quoted[] = [];
  let from = 0;
  for (const open of marks) {
    if (open < from || !pattern.opens.includes(text[open])) continue;
    let start = open;
    let wordEnd = open;
    if (pattern.afterWord) {
      while (wordEnd > from && (text[wordEnd - 1] === ' ' || text[wordEnd - 1] === '\t')) wordEnd--;
      start = wordEnd;
      while (start > from && isQuoteWordLetter(text.charCodeAt(start - 1))) start--;
      if (start === wordEnd) continue;
    }
    // The name runs to the first closing mark or line break, at most `max` characters on.
    let close = open + 1;
    const limit = open + 1 + pattern.max;
    while (close < limit && close < text.length && text[close] !== '\n' && !pattern.closes.includes(text[close])) close++;
    if (close >= text.length || !pattern.closes.includes(text[close]) || close - open - 1 < pattern.min) continue;
    found.push({ start, word: text.slice(start, wordEnd), open, close });
    from = close + 1;
  }
  return found;
}

/** A place opening a line before a dash or parenthesis: the dateline "الجزائر - وقعت ...", "تونس (رويترز) -". */
const DATELINE_PLACE = /^[ \t]*([\u0621-\u064A]+)[ \t]*(?:[-–—]|\()/my;

/**
 * A capital spelt like a country is the city when it opens the dateline ("الجزائر -": Algiers),
 * the country elsewhere. When the country so spelt is not the city's own ("عمان": Oman, Amman
 * in Jordan), the dateline, or the city's country named in an article that never calls the name
 * a country ("سلطنة عمان"), tells that the city is meant in the whole article.
 */
function readDatelineCities(text: string, marks: number[], candidates: Candidate[]): Candidate[] {
  const cities = new Map<number, GazetteerEntry>();
  const renamed = new Map<string, GazetteerEntry>();
  const cityEntry = (city: (typeof lexicon.datelineCities)[number]): GazetteerEntry =>
    gazetteerById(city.id) ?? { id: city.id, label: 'LOC', canonical: city.name, names: { arb: [city.name] } };
  const namedCountries = new Set(candidates.map((c) => c.entry?.id));
  for (const city of DATELINE_CITIES.values()) {
    if (!namedCountries.has(city.country)) continue;
    const spelt = candidates.find((c) => c.entry && c.entry.id !== city.country && normalizeArabic(text.slice(c.start, c.end)) === normalizeArabic(city.name))?.entry;
    if (spelt && !CALLED_COUNTRY.get(city)!.test(text)) renamed.set(spelt.id, cityEntry(city));
  }
  for (const m of lineStartMatches(text, DATELINE_PLACE, marks)) {
    const city = DATELINE_CITIES.get(normalizeArabic(m[1]));
    if (!city) continue;
    const entry = cityEntry(city);
    const start = m.index + m[0].indexOf(m[1]);
    cities.set(start, entry);
    const spelt = candidates.find((c) => c.start === start)?.entry;
    if (spelt && spelt.id !== city.country) renamed.set(spelt.id, entry);
  }
  if (cities.size === 0 && renamed.size === 0) return candidates;
  return candidates.map((c) => {
    const city = c.label === 'LOC' && c.entry ? (cities.get(c.start) ?? renamed.get(c.entry.id)) : undefined;
    return city && c.entry?.label === 'LOC' ? { ...c, entry: city } : c;
  });
}

function isTaken(taken: Uint8Array, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (taken[k] === 1) return true;
  return false;
}

/** Keeps the longest candidate where candidates overlap; on equal length the stronger source. */
function resolveOverlaps(candidates: Candidate[], textLength: number): Candidate[] {
  const ordered = [...candidates].sort(
    (a, b) => Number(b.outranks ?? false) - Number(a.outranks ?? false) || b.end - b.start - (a.end - a.start) || PRIORITY[b.source] - PRIORITY[a.source] || a.start - b.start,
  );
  const taken = new Uint8Array(textLength);
  const kept: Candidate[] = [];
  for (const c of ordered) {
    if (isTaken(taken, c.start, c.end)) continue;
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
  const byWord = new Map<string, NameWord>();
  /** Family names of two words, a particle and a name: "ايت باها", "بن فرحان", "عبد الله". */
  const byPhrase = new Map<string, NameWord>();
  for (const c of found) {
    // A place spelt like a common word ("تدمر": Palmyra, or destroys) needs its trigger at every mention.
    if (c.words.length === 1 && c.words[0].length >= 3 && !AMBIGUOUS_PLACES.has(c.words[0])) byWord.set(withoutArticle(c.words[0]), { source: c, word: c.words[0] });
  }
  for (const c of found) {
    if (c.label !== 'PER' || c.words.length < 2) continue;
    const w = c.words;
    const n = w.length;
    // Full names claim their family name, overriding a one-word reading.
    if (n >= 3 && PARTICLES.has(w[n - 2])) byPhrase.set(`${w[n - 2]} ${w[n - 1]}`, { source: c, word: w[n - 1] });
    else if (w[n - 1].length >= 3 && !COMMON.has(w[n - 1])) byWord.set(withoutArticle(w[n - 1]), { source: c, word: w[n - 1] });
    // The middle name of a long name is used alone too: "قرشي" for "عصمت قرشي عبد الله".
    for (let k = 1; k < n - 1; k++) {
      const middle = w[k];
      if (PARTICLES.has(middle) || PARTICLES.has(w[k - 1]) || GIVEN_NAMES.has(middle) || middle.length < 3 || COMMON.has(middle) || middle.startsWith('ال')) continue;
      byWord.set(middle, { source: c, word: middle });
    }
  }
  /** 1 for the tokens a found name overlaps. */
  const covered = new Uint8Array(tokens.length);
  for (let i = 0, f = 0; i < tokens.length; i++) {
    while (f < found.length && found[f].end <= tokens[i].start) f++;
    if (f < found.length && found[f].start < tokens[i].end) covered[i] = 1;
  }
  // A minor place spelt like a word of a person's name in the article is that person ("قال قرشي").
  const all = found.map((c) => {
    const name = c.label === 'LOC' && c.source === 'gazetteer' && c.words.length === 1 ? byWord.get(withoutArticle(c.words[0])) : undefined;
    const minor = c.entry?.population !== undefined && c.entry.population < 1_000_000;
    return name?.source.label === 'PER' && minor ? { ...c, label: 'PER' as const, source: 'document' as const, entry: undefined, sameAs: name.source } : c;
  });
  if (byPhrase.size > 0) for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (covered[i] || !next?.joined || covered[i + 1]) continue;
    for (const split of t.splits) {
      // (Every phrase starts with a particle: most words need no lookup.)
      const name = PARTICLES.has(split.stem) ? byPhrase.get(`${split.stem} ${next.norm}`) : undefined;
      if (!name) continue;
      all.push({ start: clitic(t, split.offset), end: next.end, label: 'PER', source: 'document', words: [split.stem, next.norm], sameAs: name.source });
      covered[i] = covered[i + 1] = 1;
      break;
    }
  }
  if (byWord.size > 0) for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (covered[i]) continue;
    for (let s = 0; s < t.splits.length; s++) {
      const name = byWord.get(t.bareStems[s]);
      if (!name) continue;
      const split = t.splits[s];
      // Without the article the word must be spelt as in the source ("الأسد" is not "أسد").
      if (split.stem.startsWith('ال') !== name.word.startsWith('ال')) continue;
      // The stripped reading must not be a word of its own: "بوتين" is not ب + "وتين".
      if (split.offset > 0 && lookup(t.norm)) break;
      if (r.isAdjectiveAfterNoun(i, split.stem)) break;
      const { source } = name;
      all.push({ start: clitic(t, split.offset), end: t.end, label: source.label, source: 'document', words: [split.stem], entry: source.entry, sameAs: source });
      break;
    }
  }
  return all;
}

/** The document-level key of a name without a gazetteer entry: label + normalised full name. */
const nameKeys = new Map<string, string>();

function localKey(label: EntityLabel, words: string[]): string {
  const name = words.join(' ');
  let key = nameKeys.get(name);
  if (key === undefined) {
    if (nameKeys.size >= CACHE_LIMIT) nameKeys.clear();
    key = normalizeName(name);
    nameKeys.set(name, key);
  }
  return `${label.toLowerCase()}:${key}`;
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
  const { tokens, marks } = tokenize(text);
  const r = new Recognizer(tokens, lookup);
  r.markPlaceLists();
  r.findGazetteerNames();
  r.findTitledPeople();
  r.findNamedPeople();
  r.findNationalityNamedPeople();
  r.findTriggeredNames();
  r.findInstitutions();
  r.findNamedInstitutions();
  r.findClubs();
  r.findOrganizations();
  r.findSources(text, marks);
  r.findQuotedFacilities(text, marks);
  const found = resolveOverlaps(r.candidates, text.length);
  const all = readDatelineCities(text, marks, propagateNames(r, found)).sort((a, b) => a.start - b.start);

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
    // Every tail of a full name is that name: "الأسد", "أيت باها" of "لحسن أيت باها" (with its label:
    // "بورقيبة" the person is not the avenue "الحبيب بورقيبة").
    const words = c.words.map(withoutArticle);
    for (let k = 1; k < words.length; k++) {
      const tail = `${c.label} ${words.slice(k).join(' ')}`;
      if (!keyOfWord.has(tail)) keyOfWord.set(tail, id);
    }
  }
  // An organisation named without its trailing place adjectives (isPlaceAdjective) is the one named with them:
  // "مجلس النواب" of "مجلس النواب العراقي"; unless two such names of the article share it ("وزارة الخارجية" of the
  // American and the Russian ministries).
  const keyOfStem = new Map<string, { entity: string; canonical: string } | null>();
  for (const c of all) {
    if (c.label !== 'ORG') continue;
    const words = c.words.map(withoutArticle);
    let n = words.length;
    while (n > 2 && r.isPlaceAdjective(c.words[n - 1])) n--;
    if (n === words.length) continue;
    const stem = words.slice(0, n).join(' ');
    const id = identity(c);
    const seen = keyOfStem.get(stem);
    keyOfStem.set(stem, seen === undefined || seen?.entity === id.entity ? id : null);
  }
  const keyOf = (c: Candidate): { entity: string; canonical: string } => {
    if (c.sameAs) return keyOf(c.sameAs);
    if (c.entry) return identity(c);
    const words = c.words.map(withoutArticle).join(' ');
    return keyOfWord.get(`${c.label} ${words}`) ?? (c.label === 'ORG' ? keyOfStem.get(words) : undefined) ?? identity(c);
  };
  return all.map((c) => {
    const { entity, canonical } = keyOf(c);
    return { start: c.start, end: c.end, text: text.slice(c.start, c.end), label: c.label, entity, canonical, source: c.source, confidence: CONFIDENCE[c.source] };
  });
}
