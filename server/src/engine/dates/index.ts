import type { ArticleStructure, DateMention, LangCode, TextSpan } from '../types';
import { addDays, daysInMonth, formatDay, parseIsoDay, weekdayOf, type Day } from './calendar';
import { anniversaryYears, findInLine, type Candidate } from './detect';
import { explicitDay, inferYear, resolve } from './resolve';

export interface DateFindings {
  dates: DateMention[];
  /** The article's own reference date (dateline or explicit date), or the option given, or null. */
  referenceDate: string | null;
}

/** How many non-empty lines from the top may hold the article's own date ("Published 14 January 2025"). */
const HEADER_LINES = 6;
/** A header date counts when its line is this short (a byline) or it opens the line before a dash (a dateline). */
const BYLINE_LENGTH = 100;
const DATELINE_OFFSET = 40;
const DATELINE_END = /^\s*(?:[-–—|:]|$)/;
/**
 * Boilerplate whose dates are left out: page furniture (see boilerplate.ts). Dates in repeated or linked
 * headlines, read-also lines and bylines are dates of the text, like the entities there.
 */
const FURNITURE = new Set([
  'lone number or icon',
  'page widget',
  'embed placeholder',
  "editors' initials",
  'share widget',
  'counter',
  'breadcrumb',
  'section label',
  'photo credit',
  'update stamp',
  'clock time',
]);

/**
 * Finds calendar expressions and resolves them against the article's reference date: the dateline's, or an
 * explicit full date in a byline or dateline near the top or after a publication label ("Diterbitkan", "نشر في")
 * anywhere, else the first weekday-bearing date (the news peg: "Selasa (14/1/2025)", or "Senin (13/1)" whose
 * weekday fixes the year), else `referenceDate`. A full date inside a lead paragraph is not taken: it is as often
 * history ("Le 8 décembre 2024, Assad a fui"). A stated weekday of the article's own day ("اليوم الاثنين") rules
 * out references on other weekdays. Mentions inside page furniture are left out. `today` bounds the inferred year.
 */
export function findDates(text: string, structure: ArticleStructure, lang: LangCode, referenceDate?: string, today: Date = new Date()): DateFindings {
  const { candidates, headerDates } = findCandidates(text, lang);
  const tied = candidates.find((c) => c.dayWordShift !== undefined);
  const todayWeekday = tied ? (tied.weekday! - tied.dayWordShift! + 7) % 7 : undefined;
  const stated = { weekday: todayWeekday, anniversary: todayWeekday === undefined ? null : anniversaryYears(text, lang) };
  const ref = findReference(candidates, structure.dateline, headerDates, toDay(today), stated) ?? (referenceDate ? parseIsoDay(referenceDate) : null);
  const refText = ref ? formatDay(ref) : null;
  const dates: DateMention[] = [];
  const boilerplate = structure.boilerplate.filter((b) => FURNITURE.has(b.reason)).sort((a, b) => a.start - b.start);
  const contrasted = ref ? contrastedWeekdays(candidates, ref) : new Set<Candidate>();
  let k = 0; // candidates come in text order: one sweep over the boilerplate spans
  for (const c of candidates) {
    while (k < boilerplate.length && boilerplate[k].end <= c.start) k++;
    if (overlapsAny(boilerplate, k, c)) continue;
    const r = resolve(c, ref);
    if (contrasted.has(c) && r.value) r.value = formatDay(addDays(parseIsoDay(r.value)!, -7));
    const mention: DateMention = {
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      value: r.value,
      reference: r.relative && r.value !== null ? refText : null,
      relative: r.relative,
    };
    if (r.problem) mention.problem = r.problem;
    dates.push(mention);
  }
  return { dates, referenceDate: refText };
}

/** A full date of the header's bylines and datelines; `trusted` when a dateline or a publication label gives it. */
interface HeaderDate {
  day: Day;
  trusted: boolean;
}

/** Candidates of every line (offsets into `text`), and the header dates (labelled ones from anywhere). */
function findCandidates(text: string, lang: LangCode): { candidates: Candidate[]; headerDates: HeaderDate[] } {
  const candidates: Candidate[] = [];
  const headerDates: HeaderDate[] = [];
  let nonEmpty = 0;
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    if (end === start) {
      start = end + 1; // an empty line holds no date
      continue;
    }
    const line = text.slice(start, end);
    // Past the header, lines need not be told blank or not.
    const inHeader = nonEmpty < HEADER_LINES && !!line.trim() && ++nonEmpty <= HEADER_LINES;
    for (const c of findInLine(line, lang)) {
      const day = inHeader ? explicitDay(c) : null;
      if (day) {
        const isDateline = c.start <= DATELINE_OFFSET && DATELINE_END.test(line.slice(c.end, c.end + 4));
        if (line.trim().length <= BYLINE_LENGTH || isDateline) headerDates.push({ day, trusted: isDateline || !!c.published });
      }
      if (c.published && !inHeader && explicitDay(c)) headerDates.push({ day: explicitDay(c)!, trusted: true });
      // The line's candidates are its own: moved to text offsets in place.
      c.start += start;
      c.end += start;
      candidates.push(c);
    }
    start = end + 1;
  }
  return { candidates, headerDates };
}

/** What the article says of its own day: "today is Monday", and how many years after a commemorated event. */
interface StatedDay {
  weekday: number | undefined;
  anniversary: number | null;
}

/**
 * The reference date, first from the dateline, then a byline, dateline or labelled date, then the first
 * weekday-bearing date of the text. When the article states its weekday ("اليوم الاثنين", "hari ini, Senin"), a
 * date on another weekday is not its day, unless an anniversary phrase ("الذكرى الثانية") shifts it by so many
 * years onto it: "the second anniversary of the quake of Friday 8 September 2023" is written on Monday
 * 8 September 2025. Dates a dateline or publication label gives are trusted as they are.
 */
function findReference(candidates: Candidate[], dateline: TextSpan | null, headerDates: HeaderDate[], today: Day, stated: StatedDay): Day | null {
  const fitting = (d: Day | null): Day | null => {
    if (!d || stated.weekday === undefined || weekdayOf(d) === stated.weekday) return d;
    if (stated.anniversary === null) return null;
    const shifted = { ...d, year: d.year + stated.anniversary };
    return shifted.day <= daysInMonth(shifted.year, shifted.month) && weekdayOf(shifted) === stated.weekday ? shifted : null;
  };
  const inDateline = dateline ? candidates.find((c) => c.start < dateline.end && dateline.start < c.end && explicitDay(c)) : undefined;
  if (inDateline) return explicitDay(inDateline);
  for (const h of headerDates) {
    const d = h.trusted ? h.day : fitting(h.day);
    if (d) return d;
  }
  for (const c of candidates) {
    if (c.weekday === undefined || c.day === undefined || c.month === undefined || c.problem) continue;
    if (c.year !== undefined) {
      const d = fitting(explicitDay(c));
      if (d) return d;
      continue;
    }
    // "Senin (13/1)": the weekday fixes the year.
    const year = inferYear(c.month, c.day, c.weekday, today);
    const d = year === null ? null : fitting({ year, month: c.month, day: c.day });
    if (d) return d;
  }
  return null;
}

/**
 * "jeudi dernier" in an article that also says plain "jeudi" for the last Thursday: the writer contrasts the two,
 * so "dernier" is the Thursday of the week before. These candidates resolve a week earlier.
 */
function contrastedWeekdays(candidates: Candidate[], ref: Day): Set<Candidate> {
  const isBare = (c: Candidate) => c.weekday !== undefined && c.day === undefined && c.weekShift === undefined && c.offset === undefined && !c.futureContext;
  const plainWeekdays = new Set(candidates.filter((c) => isBare(c) && c.direction === undefined).map((c) => c.weekday));
  const contrasted = new Set<Candidate>();
  for (const c of candidates) {
    if (!isBare(c) || c.direction !== 'past' || !plainWeekdays.has(c.weekday)) continue;
    // Only when the plain weekday falls in the reference's own week (else both readings are the same day).
    const back = (weekdayOf(ref) - c.weekday! + 7) % 7;
    const daysSinceMonday = (weekdayOf(ref) + 6) % 7;
    if (back > 0 && back <= daysSinceMonday) contrasted.add(c);
  }
  return contrasted;
}

/** Whether `span` overlaps one of `sorted[from..]` (sorted by start). */
function overlapsAny(sorted: TextSpan[], from: number, span: { start: number; end: number }): boolean {
  for (let i = from; i < sorted.length && sorted[i].start < span.end; i++) if (span.start < sorted[i].end) return true;
  return false;
}

function toDay(d: Date): Day {
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}
