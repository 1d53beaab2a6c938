// Web-page residue in scraped news: section labels, share widgets, comment forms, counters, icons,
// repeated titles. Residue is reported so the rest of the engine (and the annotator) can skip it.
import lexicon from '../../data/boilerplate.json';
import { splitLines, wordsOf } from './lines';
import type { Boilerplate, TextSpan } from './types';

type Lists = Record<string, string[]>;
const allOf = (lists: Lists) => Object.values(lists).flat().map(lowerLine);

/** Lower case, NFC, single spaces, no leading bullet. */
function lowerLine(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[•·*>»|\-–—]+\s*/, '')
    .trim();
}

/** A lower-cased line without trailing colons, dots, dashes and ellipses ("share:" -> "share"). */
function bareLine(lower: string): string {
  return lower.replace(/[\s:：.…!|\-–—]+$/, '');
}

const WIDGET_LINES = new Set(allOf(lexicon.lines).map(bareLine));
const NOTICE_PREFIXES = allOf(lexicon.prefixes);
const SECTION_LABELS = new Set(allOf(lexicon.sections).map(bareLine));
const COUNTER_WORDS = new Set(allOf(lexicon.counters));
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

/** Whether a line that is not residue can be the headline (a date or a lone name above it cannot). */
export function canBeHeadline(line: string): boolean {
  return wordsOf(line).filter((w) => /\p{L}/u.test(w)).length >= MIN_HEADLINE_WORDS;
}

function residueReason(line: string, lower: string, bare: string, beforeHeadline: boolean): string | null {
  if (!/\p{L}/u.test(line)) return line.length <= MAX_ICON_LENGTH ? 'lone number or icon' : null;
  if (WIDGET_LINES.has(bare)) return 'page widget';
  if (BRACKETED_MARKER.test(line)) return 'embed placeholder';
  if (EDITOR_INITIALS.test(line)) return "editors' initials";
  if (NOTICE_PREFIXES.some((p) => lower.startsWith(p))) return 'page notice';
  const words = wordsOf(lower);
  if (words.length > 1 && words.length <= 8 && words.every((w) => WIDGET_LINES.has(w))) return 'share widget';
  if (words.length <= MAX_COUNTER_WORDS && words.some((w) => /^\d/.test(w)) && words.every((w) => /^\d[\d.,]*$/.test(w) || COUNTER_WORDS.has(w))) {
    return 'counter';
  }
  if ((lower.match(BREADCRUMB_SEPARATOR) ?? []).length >= 2 && words.length <= 12) return 'breadcrumb';
  if (beforeHeadline && (SECTION_LABELS.has(bare) || (words.length <= MAX_LABEL_WORDS && line.length <= 30 && !/[.!?؟]$/u.test(line)))) {
    return 'section label';
  }
  return null;
}

// A widget glued to the end of the last paragraph when the page lost its line breaks: "... Suriah. Share:".
const TRAILING_SEGMENT = /(?<=[.!?؟…"”»])\s+([^.!?؟…\n]{1,40})$/u;

function trailingWidget(line: TextSpan): Boilerplate | null {
  const m = TRAILING_SEGMENT.exec(line.text);
  if (!m || !WIDGET_LINES.has(bareLine(lowerLine(m[1])))) return null;
  const start = line.end - m[1].length;
  return { start, end: line.end, text: m[1], reason: 'page widget' };
}

/**
 * Finds page residue line by line. The first line that is not residue (and has a few words) is the
 * headline; a later exact copy of it (or of any earlier line of several words) is residue, while the
 * first copy stays text.
 */
export function findBoilerplate(text: string, lines: TextSpan[] = splitLines(text)): Boilerplate[] {
  const found: Boilerplate[] = [];
  const seen = new Set<string>();
  let headline: string | null = null;
  for (const line of lines) {
    const lower = lowerLine(line.text);
    const key = bareLine(lower);
    let reason = residueReason(line.text, lower, key, headline === null);
    if (!reason && seen.has(key) && wordsOf(key).length >= MIN_REPEATED_WORDS) {
      reason = key === headline ? 'repeated headline' : 'repeated line';
    }
    if (!reason && headline && key.startsWith(headline) && SITE_SUFFIX.test(key.slice(headline.length))) reason = 'repeated headline';
    if (reason) {
      found.push({ start: line.start, end: line.end, text: line.text, reason });
      continue;
    }
    const tail = trailingWidget(line);
    if (tail) found.push(tail);
    if (canBeHeadline(key)) headline ??= key;
    seen.add(key);
  }
  return found;
}
