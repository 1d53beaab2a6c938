// Web-page residue in scraped news: section labels, share widgets, comment forms, counters, icons,
// repeated titles. Residue is reported so the rest of the engine (and the annotator) can skip it.
import lexicon from '../../data/boilerplate.json';
import { countWords, splitLines, wordsOf } from './lines';
import type { Boilerplate, TextSpan } from './types';

type Lists = Record<string, string[]>;
const allOf = (lists: Lists) => Object.values(lists).flat().map(lowerLine);

const BULLETS = '•·*>»|-–—';

const CURLY_QUOTES = 1;
const UNCOLLAPSED_SPACE = 2;
const SPACE = 4;
/** UTF-16 unit -> CURLY_QUOTES (’ ‘), UNCOLLAPSED_SPACE (white space other than a space), SPACE, or 0. */
const REPLACED = new Uint8Array(0x10000);
REPLACED[0x20] = SPACE;
REPLACED[0x2018] = REPLACED[0x2019] = CURLY_QUOTES;
// The other white space of \s.
for (const unit of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) REPLACED[unit] = UNCOLLAPSED_SPACE;
for (let unit = 0x2000; unit <= 0x200a; unit++) REPLACED[unit] = UNCOLLAPSED_SPACE;

/**
 * What lowerLine must replace in `s`: curly single quotes, and white space other than a space or two spaces in
 * a row (that \s+ -> ' ' changes). One table load per unit and no branch.
 */
function replacementsIn(s: string): number {
  let found = 0;
  let previous = 0;
  for (let i = 0; i < s.length; i++) {
    const kind = REPLACED[s.charCodeAt(i)];
    found |= kind | ((previous & kind & SPACE) >> 1);
    previous = kind;
  }
  return found;
}

/** Lower case, NFC, straight apostrophes, single spaces, no leading bullet. */
function lowerLine(s: string): string {
  return lowerNormalized(s.normalize('NFC'));
}

/** lowerLine of a text already in NFC. */
function lowerNormalized(normalized: string): string {
  let lower = normalized.toLowerCase();
  // Most lines need none of these: one scan is cheaper than the replacements.
  const replacements = replacementsIn(lower);
  if (replacements & CURLY_QUOTES) lower = lower.replace(/[’‘]/g, "'");
  if (replacements & UNCOLLAPSED_SPACE) lower = lower.replace(/\s+/g, ' ');
  if (BULLETS.includes(lower[0])) lower = lower.replace(/^[•·*>»|\-–—]+\s*/, '');
  return lower.trim();
}

const TRAILING_PUNCTUATION = /[\s:：.…!|\-–—]/;

/** A lower-cased line without trailing colons, dots, dashes and ellipses ("share:" -> "share"). */
function bareLine(lower: string): string {
  let end = lower.length;
  while (end > 0 && TRAILING_PUNCTUATION.test(lower[end - 1])) end--;
  return end === lower.length ? lower : lower.slice(0, end);
}

/** "Share :" and "Share:" alike: no space before a colon. */
const tightColons = (s: string) => s.replace(/\s+([:：])/g, '$1');
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Each line's key is a new string, a paragraph's a long one: its hash would cost a pass over it.
/** Short lexicon keys: `has` answers for a longer text without hashing it. */
class ShortKeys {
  readonly keys: Set<string>;
  readonly #longest: number;
  constructor(keys: string[]) {
    this.keys = new Set(keys);
    this.#longest = Math.max(0, ...keys.map((k) => k.length));
  }
  has(key: string): boolean {
    return key.length <= this.#longest && this.keys.has(key);
  }
}

/** How many keys of one length SeenKeys compares a key with; more are hashed (a page of many alike lines stays linear). */
const FEW_KEYS = 8;

/** The keys of an article's lines so far, by length: a key is compared with the few keys of its length, not hashed. */
class SeenKeys {
  readonly #byLength = new Map<number, string[] | Set<string>>();
  has(key: string): boolean {
    const sameLength = this.#byLength.get(key.length);
    return sameLength === undefined ? false : Array.isArray(sameLength) ? sameLength.includes(key) : sameLength.has(key);
  }
  add(key: string): void {
    const sameLength = this.#byLength.get(key.length);
    if (sameLength === undefined) this.#byLength.set(key.length, [key]);
    else if (!Array.isArray(sameLength)) sameLength.add(key);
    else if (sameLength.length < FEW_KEYS) sameLength.push(key);
    else this.#byLength.set(key.length, new Set([...sameLength, key]));
  }
}

const WIDGET_LINES = new ShortKeys(allOf(lexicon.lines).map(bareLine));
/** Most words in one widget entry ("signaler une erreur"). */
const MAX_WIDGET_WORDS = Math.max(...[...WIDGET_LINES.keys].map((w) => wordsOf(w).length));
/** Notice prefixes by their first character, so that a line is compared with a few of them only. */
const NOTICE_PREFIXES = new Map<string, string[]>();
for (const p of allOf(lexicon.prefixes).map(tightColons)) NOTICE_PREFIXES.set(p[0], [...(NOTICE_PREFIXES.get(p[0]) ?? []), p]);
/**
 * How much of a lower-cased line decides whether it starts with a notice prefix. tightColons drops at most
 * every other character of a text with single spaces, and only the last character of a cut text can differ
 * from the whole text's: twice the longest prefix, and two more, keep the comparison exact.
 */
const NOTICE_HEAD = 2 * Math.max(...[...NOTICE_PREFIXES.values()].flat().map((p) => p.length)) + 2;
/** First words of widget entries: a line whose first word is not one is no widget row. */
const WIDGET_FIRST_WORDS = new Set([...WIDGET_LINES.keys].map((w) => wordsOf(w)[0]));
const SECTION_LABELS = new ShortKeys(allOf(lexicon.sections).map(bareLine));
const COUNTER_WORDS = new Set(allOf(lexicon.counters));
const LINK_LABELS = new ShortKeys(allOf(lexicon.linkLabels).map(bareLine));
const BYLINE_WORDS = new Set(allOf(lexicon.bylines));
/** A label before a publication date ("Publié le", "· Mis à jour le", "نشر في"): a number within three words after it. */
const DATE_LABELS = allOf(lexicon.dateLabels).sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
const DATE_LABEL = new RegExp(`(?:^|[·|•–—-]\\s*)(?:${DATE_LABELS})(?:\\s*[:：])?(?=\\s+(?:[\\p{L},]+\\s+){0,2}\\p{N})`, 'giu');
const STARTS_WITH_DATE_LABEL = new RegExp(`^(?:${DATE_LABELS})`, 'iu');
const AGO_WORDS = allOf(lexicon.agoWords).sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
const TIME_UNITS = allOf(lexicon.timeUnits).sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
/** A time so many hours or minutes ago: "3 jam lalu", "il y a 2 heures", "منذ 3 ساعات", "منذ ساعتين", "5 minutes ago". */
const RELATIVE_TIME = new RegExp(
  `^(?:(?:${AGO_WORDS})\\s+(?:\\d+\\s*)?(?:${TIME_UNITS})|\\d+\\s*(?:${TIME_UNITS})\\s+(?:${AGO_WORDS}))(?![\\p{L}\\p{N}])`,
  'iu',
);
/** A line that is only such a time: a page's time stamp ("3 jam lalu", "منذ ساعتين"). */
const RELATIVE_TIME_LINE = new RegExp(`${RELATIVE_TIME.source}\\s*$`, 'iu');
/** A clock time closing a date line, after a dash or bar and maybe an update label: "… 2024 - 10:45", "… - آخر تحديث 11:05". */
const TRAILING_CLOCK_TIME = new RegExp(`\\s([-–—|·])\\s*(?:(?:${DATE_LABELS})\\s*[:：]?\\s*)?\\d{1,2}[:.h]\\d{2}$`, 'iu');
const YEAR = /(?<!\p{N})(?:1[89]|20)\d\d(?!\p{N})/u;
/** A date line is at most this many words. */
const MAX_DATE_LINE_WORDS = 12;
/** What separates the items of a header line: "Oleh: Rika - Senin, 9 Maret", "Laurent Castellani · Publié le …". */
const HEADER_SEPARATOR = /^(.+?)\s([-–—|·])\s/u;
/** A credit before a date label: a name of at most this many words, on the label's line ("Laurent Castellani · Publié le"). */
const MAX_CREDIT_WORDS = 4;
/** A byline word used as a field label: "Oleh:", "Par :", "بقلم:". */
const BYLINE_LABEL = /^[\p{L}\p{M}]+\s*[:：]/u;
/** A share row is at most this many words ("Partager sur Facebook · Partager sur X · Copier le lien"). */
const MAX_WIDGET_ROW_WORDS = 12;
/** A credit line ("Par Jean Dupont, à Rabat") is at most this many words. */
const MAX_BYLINE_WORDS = 8;
/** How many headline lines a read-also or related-articles label can head. */
const MAX_LINKED_TITLES = 6;
/** Longest linked headline, in words. */
const MAX_LINKED_TITLE_WORDS = 20;
/** Longest line, in words, read as a counter ("14 Komentar", "3 min read"). */
const MAX_COUNTER_WORDS = 5;
const BREADCRUMB_SEPARATOR = /\s[›»>/|]\s/g;
/** An embed placeholder on its own line: "[Gambas:Video CNN]". */
const BRACKETED_MARKER = /^\[[^\]\n]{1,80}\]$/u;
/** Editors' initials closing an article: "(rds/rds)", "(dna/bac)". */
const EDITOR_INITIALS = /^\(\p{Ll}{2,5}(?:\/\p{Ll}{2,5}){1,3}\)$/u;
/** The headline is the first line that is not residue and has at least this many words (with letters). */
const MIN_HEADLINE_WORDS = 3;
/** A repeated line shorter than this many words is not reported as a repeated title. */
const MIN_REPEATED_WORDS = 4;
/** What a page adds after a repeated title: " | Suarathailand", " - Kompas.com". */
const SITE_SUFFIX = /^\s*[|\-–—]\s*\S.{0,40}$/u;
/** Above the headline, a line of at most this many words is a section label or site name ("Berita Dunia"). */
const MAX_LABEL_WORDS = 2;
/** A lone token of no more than this many characters with no letter is a counter or an icon ("14", "×"). */
const MAX_ICON_LENGTH = 5;

/** A line's words are counted up to this many: enough for every test of a short line here and in structure.ts. */
export const COUNTED_WORDS = 15;

/** Whether a line that is not residue can be the headline (a date or a lone name above it cannot). */
export function canBeHeadline(line: string): boolean {
  return countWords(line, MIN_HEADLINE_WORDS, true) >= MIN_HEADLINE_WORDS;
}

/**
 * Whether the words are a row of widget labels, each one or a few words ("bagikan", "facebook", "salin link"),
 * maybe with their counts ("Partager · Commenter (34)").
 */
function isWidgetRow(words: string[]): boolean {
  if (!WIDGET_FIRST_WORDS.has(words[0])) return false;
  let labels = 0; // counts are no labels: "Video 2" is no row
  for (let i = 0; i < words.length; ) {
    if (/^\d+$/.test(words[i])) {
      i++;
      continue;
    }
    let n = Math.min(MAX_WIDGET_WORDS, words.length - i);
    while (n > 0 && !WIDGET_LINES.has(words.slice(i, i + n).join(' '))) n--;
    // Arabic joins "and" to the next name: "فيسبوك وتويتر".
    if (!n && !(words[i].startsWith('و') && WIDGET_LINES.has(words[i].slice(1)))) return false;
    i += Math.max(n, 1);
    labels++;
  }
  return labels > 1;
}

/** A short credit line: a byline word, then a capitalised name (Arabic: a colon or dash, then the name); no digits. */
function isByline(line: string, words: string[]): boolean {
  if (words.length < 2 || words.length > MAX_BYLINE_WORDS || /\p{N}/u.test(line) || /[.!?؟]$/u.test(line)) return false;
  const m = /^([\p{L}\p{M}]+)(\s*[:：\-–—]\s*|\s+)(\S)/u.exec(line);
  if (!m || !BYLINE_WORDS.has(m[1].toLowerCase())) return false;
  return /\p{Lu}/u.test(m[3]) || (/\p{Script=Arabic}/u.test(m[3]) && /[:：\-–—]/.test(m[2]));
}

/** A line that can be a linked headline under a read-also label: a few words, no full stop or sentence inside. */
function isLinkedTitle(line: string): boolean {
  const words = countWords(line, MAX_LINKED_TITLE_WORDS + 1);
  return words >= 2 && words <= MAX_LINKED_TITLE_WORDS && !/[.…:]$/u.test(line) && !/[.!?؟]\s/u.test(line);
}

/** The residue of a date line (of `words` words, counted up to COUNTED_WORDS): its labels, an update stamp, a credit before the date, a closing clock time. */
function dateLineResidue(line: TextSpan, words: number): Boilerplate[] {
  // A credit or a clock time is looked for on a short line only: a date line, not a paragraph.
  const short = words <= MAX_DATE_LINE_WORDS;
  if (!(short || STARTS_WITH_DATE_LABEL.test(line.text)) || !/\p{N}/u.test(line.text)) return [];
  const stamp = updateStamp(line);
  if (stamp.length) return stamp;
  const found = dateLabels(line);
  if (!short) return found;
  if (!found.length) {
    const credit = creditBeforeDate(line);
    if (credit) found.push(credit);
  }
  const time = trailingClockTime(line, found.length > 0);
  if (time) found.push(time);
  return found;
}

function span(line: TextSpan, from: number, to: number, reason: string): Boilerplate {
  return { start: line.start + from, end: line.start + to, text: line.text.slice(from, to), reason };
}

/** The date labels of a line that opens with one ("Publié le … · Mis à jour le …"), or none. */
function dateLabels(line: TextSpan): Boilerplate[] {
  if (!STARTS_WITH_DATE_LABEL.test(line.text)) return [];
  const found: Boilerplate[] = [];
  for (const m of line.text.matchAll(DATE_LABEL)) {
    if (!found.length && m.index !== 0) return [];
    found.push(span(line, m.index!, m.index! + m[0].length, 'date label'));
  }
  return found;
}

/**
 * A date label with a time so many hours ago ("Diperbarui 3 jam lalu", "Mis à jour il y a 2 heures"): a stamp
 * of the page, no calendar date. Residue after it on the line ("4 menit baca", "Temps de lecture : 3 min")
 * joins the stamp when a separator links them, else is a span of its own.
 */
function updateStamp(line: TextSpan): Boilerplate[] {
  const label = STARTS_WITH_DATE_LABEL.exec(line.text);
  if (!label) return [];
  const timeStart = label[0].length + /^(?:\s*[:：])?\s*/u.exec(line.text.slice(label[0].length))![0].length;
  const time = RELATIVE_TIME.exec(line.text.slice(timeStart));
  if (!time) return [];
  const end = timeStart + time[0].length;
  const rest = line.text.slice(end);
  const restStart = end + rest.length - rest.trimStart().length;
  const restText = rest.trim();
  const lower = lowerLine(restText);
  const restReason = restText ? residueReason(restText, lower, bareLine(lower), countWords(lower, COUNTED_WORDS), false) : null;
  if (!restReason) return [span(line, 0, end, 'update stamp')];
  if (/^\s*[·|•–—-]/u.test(rest)) return [span(line, 0, line.text.length, 'update stamp')];
  return [span(line, 0, end, 'update stamp'), span(line, restStart, line.text.length, restReason)];
}

/**
 * A credit before the date on a header line: a byline labelled with a colon ("Oleh: Rika Handayani - Senin,
 * 9 Maret 2026"; "Oleh Rika Handayani - Senin, …" reads as the article's own credit line), or a short
 * capitalised name before a date label ("Laurent Castellani · Publié le 19/01/2026"). The date stays text.
 */
function creditBeforeDate(line: TextSpan): Boilerplate | null {
  const m = HEADER_SEPARATOR.exec(line.text);
  if (!m || !/\p{N}/u.test(line.text.slice(m[0].length))) return null;
  const [, head, separator] = m;
  if (BYLINE_LABEL.test(head) && isByline(head, wordsOf(lowerLine(head)))) return span(line, 0, head.length + 1 + separator.length, 'byline');
  const label = STARTS_WITH_DATE_LABEL.exec(line.text.slice(m[0].length));
  const words = countWords(head, MAX_CREDIT_WORDS + 1);
  if (!label || separator === '-' || words > MAX_CREDIT_WORDS || /\p{N}/u.test(head) || !/^\p{Lu}/u.test(head)) return null;
  return span(line, 0, m[0].length + label[0].length, 'byline');
}

/** A clock time closing a date line that opens with a date label or holds a year: "نشر في 8 أكتوبر 2024 - 10:45". */
function trailingClockTime(line: TextSpan, labelled: boolean): Boilerplate | null {
  const m = TRAILING_CLOCK_TIME.exec(line.text);
  if (!m || !(labelled || YEAR.test(line.text.slice(0, m.index)))) return null;
  return span(line, m.index + 1, line.text.length, 'clock time');
}

/** Why a line is residue, if it is; `words` are lower's words, counted up to COUNTED_WORDS. */
function residueReason(line: string, lower: string, bare: string, words: number, beforeHeadline: boolean): string | null {
  if (!/\p{L}/u.test(line)) return line.length <= MAX_ICON_LENGTH ? 'lone number or icon' : null;
  if (WIDGET_LINES.has(bare)) return 'page widget';
  if (BRACKETED_MARKER.test(line)) return 'embed placeholder';
  if (EDITOR_INITIALS.test(line)) return "editors' initials";
  const notices = NOTICE_PREFIXES.get(lower[0]);
  if (notices) {
    const head = lower.slice(0, NOTICE_HEAD);
    const tight = head.includes(':') || head.includes('：') ? tightColons(head) : head;
    for (const prefix of notices) if (tight.startsWith(prefix)) return 'page notice';
  }
  // The remaining kinds of residue are short lines: a long one is a paragraph, whose words need not be listed.
  if (words > MAX_WIDGET_ROW_WORDS) return beforeHeadline && SECTION_LABELS.has(bare) ? 'section label' : null;
  const lowerWords = wordsOf(lower);
  if (lowerWords.length > 1 && isWidgetRow(lowerWords)) return 'share widget';
  if (RELATIVE_TIME_LINE.test(line)) return 'update stamp';
  if (isByline(line, lowerWords)) return 'byline';
  if (lowerWords.length <= MAX_COUNTER_WORDS && lowerWords.some((w) => /^\d/.test(w)) && lowerWords.every((w) => /^\d[\d.,]*$/.test(w) || COUNTER_WORDS.has(w))) {
    return 'counter';
  }
  if ((lower.match(BREADCRUMB_SEPARATOR) ?? []).length >= 2) return 'breadcrumb';
  if (beforeHeadline && (SECTION_LABELS.has(bare) || (lowerWords.length <= MAX_LABEL_WORDS && line.length <= 30 && !/[.!?؟]$/u.test(line)))) {
    return 'section label';
  }
  return null;
}

// A widget glued to the end of the last paragraph when the page lost its line breaks: "... Suriah. Share:".
const TRAILING_SEGMENT = /(?<=[.!?؟…"”»])\s+([^.!?؟…\n]{1,40})$/gu;

/**
 * The first match of a global `re` at or after `from`, which must be at or before the first match's start:
 * end-anchored expressions are then not tried at every character of a long line.
 */
function execFrom(re: RegExp, text: string, from: number): RegExpExecArray | null {
  re.lastIndex = from;
  return re.exec(text);
}

/** Where a trailing segment can start: in the last 40 code points (80 units) or the white space before them. */
function segmentSearchStart(text: string): number {
  let from = Math.max(0, text.length - 80);
  while (from > 0 && /\s/.test(text[from - 1])) from--;
  return from;
}

/** What cannot end a trailing segment. */
const SEGMENT_STOP = '.!?؟…\n';

function trailingWidget(line: TextSpan): Boilerplate | null {
  if (SEGMENT_STOP.includes(line.text[line.text.length - 1])) return null;
  const m = execFrom(TRAILING_SEGMENT, line.text, segmentSearchStart(line.text));
  if (!m || !WIDGET_LINES.has(bareLine(lowerLine(m[1])))) return null;
  const start = line.end - m[1].length;
  return { start, end: line.end, text: m[1], reason: 'page widget' };
}

/** A photo credit closing a caption or paragraph: "… di posko pengungsian. (Foto: ANTARA/Budi)", "(Photo AFP)". */
const TRAILING_CREDIT = /\((?:foto|photo|crédit photo|dok|ilustrasi|صورة|الصورة)(?=[\s:./])[^()\n]{0,60}\)$/giu;
/** Longest credit in units: brackets, the longest word, 60 code points of two units. */
const MAX_CREDIT_LENGTH = 2 + 'crédit photo'.length + 120;

function trailingCredit(line: TextSpan): Boilerplate | null {
  if (!line.text.endsWith(')')) return null;
  const m = execFrom(TRAILING_CREDIT, line.text, Math.max(0, line.text.length - MAX_CREDIT_LENGTH));
  if (!m || m.index === 0) return null;
  const start = line.start + m.index;
  return { start, end: line.end, text: m[0], reason: 'photo credit' };
}

/**
 * Finds page residue line by line. The first line that is not residue (and has a few words) is the
 * headline; a later exact copy of it (or of any earlier line of several words) is residue, while the
 * first copy stays text. The lines after a read-also label are residue while they look like headlines;
 * on a date line only the labels are residue. `lineWords`, when given, are countWords(line.text, COUNTED_WORDS)
 * of each line.
 */
/** Units that no canonical normalisation changes, alone or next to one another: below U+0300, and general punctuation. */
const isPlainNfcUnit = (unit: number) => unit < 0x300 || (unit >= 0x2010 && unit <= 0x205e);

/** Whether the text is in NFC for certain by its units alone (most lines: normalize() need not copy them). */
export function isPlainlyNfc(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isPlainNfcUnit(text.charCodeAt(i))) return false;
  return true;
}

export function findBoilerplate(text: string, lines: TextSpan[] = splitLines(text), lineWords?: number[]): Boilerplate[] {
  const found: Boilerplate[] = [];
  const seen = new SeenKeys();
  let headline: string | null = null;
  let linkedTitlesLeft = 0;
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l];
    const words = lineWords ? lineWords[l] : countWords(line.text, COUNTED_WORDS);
    const normalized = isPlainlyNfc(line.text) ? line.text : line.text.normalize('NFC');
    const lower = lowerNormalized(normalized);
    const key = bareLine(lower);
    // Lower case and lowerLine's replacements keep the words; NFC may not (a mark composed onto a symbol).
    const keyWords = normalized === line.text ? words : countWords(lower, COUNTED_WORDS);
    let reason = residueReason(line.text, lower, key, keyWords, headline === null);
    if (!reason && linkedTitlesLeft > 0 && isLinkedTitle(line.text)) reason = 'linked headline';
    linkedTitlesLeft = LINK_LABELS.has(key) ? MAX_LINKED_TITLES : reason === 'linked headline' ? linkedTitlesLeft - 1 : 0;
    if (!reason && seen.has(key) && keyWords >= MIN_REPEATED_WORDS) {
      reason = key === headline ? 'repeated headline' : 'repeated line';
    }
    if (!reason && headline && key.startsWith(headline) && SITE_SUFFIX.test(key.slice(headline.length))) reason = 'repeated headline';
    if (reason) {
      found.push({ start: line.start, end: line.end, text: line.text, reason });
      continue;
    }
    const labels = dateLineResidue(line, words);
    if (labels.length) {
      found.push(...labels);
      continue;
    }
    const tail = trailingWidget(line) ?? trailingCredit(line);
    if (tail) found.push(tail);
    if (headline === null && canBeHeadline(key)) headline = key;
    seen.add(key);
  }
  return found;
}
