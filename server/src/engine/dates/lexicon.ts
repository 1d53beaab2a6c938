// Calendar vocabulary (server/data/dates-lexicon.json) compiled into the regular expressions the finders use.
import data from '../../../data/dates-lexicon.json';

export interface LanguageLexicon {
  months: Record<string, number>;
  monthAbbreviations: Record<string, number>;
  ambiguousMonths: string[];
  weekdays: Record<string, number>;
  ambiguousWeekdays: string[];
  /** Month and weekday names standing alone must start with a capital (Indonesian, English). */
  capitalisedNames: boolean;
  dayPrefixes: string[];
  monthPrefixes: string[];
  /** Day ordinals written as words before a month ("الثامن من ديسمبر", "premier janvier"), and what links them. */
  ordinalDays: Record<string, number>;
  ordinalLinks: string[];
  /** Words after which a bare "13/1" is a date, not a fraction (weekdays and day prefixes count too). */
  numericDatePrefixes: string[];
  yearNouns: string[];
  yearPrepositions: string[];
  past: string[];
  future: string[];
  early: string[];
  middle: string[];
  late: string[];
  lastYear: string[];
  thisYear: string[];
  nextYear: string[];
  lastWeek: string[];
  nextWeek: string[];
  /** chrono readings to reject, whole result text ("le dernier jour" is not yesterday, "العام" alone is "public"). */
  notDeictic: string[];
  /** Deictic phrases chrono misses: phrase -> [unit, amount from the reference]. */
  deicticPhrases: Record<string, ['day' | 'month' | 'year', number]>;
  futureCues: string[];
  /** Words before a number that make it a quantity or a code, not a year ("lebih dari 2000", "n° 2024"). */
  quantityWords: string[];
  relativeCues: string[];
  /** Day words that may precede a weekday -> days from the article's own day ("اليوم الاثنين", "أمس الاثنين"). */
  dayWords: Record<string, number>;
  /** "ce lundi": joins the weekday's span but may be any day of the article's week, so states nothing about its day. */
  weekdayDemonstratives: string[];
  /** Anniversary phrases -> years between the event mentioned and the article ("الذكرى الثانية", "deuxième anniversaire"). */
  anniversaries: Record<string, number>;
  /** Weeks and seasons ("pekan depan", "au printemps prochain"): dates without a day or month value. */
  periods: string[];
  /** Words around a counted span that make it a duration ("tiga hari ke depan", "بعد عامين", "pendant trois jours"). */
  durationCues: string[];
  /** Words after which an ambiguous weekday name is the weekday ("pada Minggu"). */
  ambiguousWeekdayCues: string[];
  /** Words after an ambiguous weekday name that make it the common noun ("pada Minggu ini" = this week). */
  ambiguousWeekdayNotBefore: string[];
  /** Prepositions that make a year only when the phrase ends with it ("la réforme de 2023", not "de 2000 manifestants"). */
  weakYearPrepositions: string[];
  /** Words that may follow a year after a weak preposition ("de 2023 jusqu'à", "dari 2019 hingga"). */
  yearFollowers: string[];
  /** Labels whose full date is the article's own ("Diterbitkan", "Publié le", "نشر في"), wherever they stand. */
  publishLabels: string[];
  /** Endings of plural nouns: "de 2000 manifestants" counts people (languages that mark the plural). */
  pluralSuffixes: string[];
}

/** Languages with a lexicon; the custom finders run for these. */
export type LexiconLanguage = 'ind' | 'fra' | 'arb' | 'eng';

export const LEXICON_LANGUAGES: readonly LexiconLanguage[] = ['ind', 'fra', 'arb', 'eng'];

export function lexiconFor(lang: LexiconLanguage): LanguageLexicon {
  return (data.languages as unknown as Record<LexiconLanguage, LanguageLexicon>)[lang]; // shape checked by test/unit/dates-lexicon.test.ts
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regex alternation of phrases, longest first, with any run of spaces matching any whitespace. */
export function alternation(phrases: Iterable<string>): string {
  const unique = [...new Set(phrases)].filter(Boolean).sort((a, b) => b.length - a.length);
  if (!unique.length) return '(?!)'; // an empty list matches nothing, not the empty string
  return unique.map((p) => escape(p).replace(/ +/g, '\\s+').replace(/['’]/g, "['’]")).join('|');
}

/** Folds a matched name for lexicon lookup (case, spacing, apostrophes). */
export function lookupKey(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'");
}

/** Indonesian/Latin letters and digits count as word characters; Arabic too. */
export const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
export const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';
