import type { ArticleStructure, DateMention, LangCode, TextSpan } from '../types';
import { formatDay, parseIsoDay, type Day } from './calendar';
import { findInLine, type Candidate } from './detect';
import { explicitDay, inferYear, resolve } from './resolve';

export interface DateFindings {
  dates: DateMention[];
  /** The article's own reference date (dateline or explicit date), or the option given, or null. */
  referenceDate: string | null;
}

/** How many non-empty lines from the top may hold the article's own date ("Published 14 January 2025"). */
const HEADER_LINES = 6;

/**
 * Finds calendar expressions and resolves them against the article's reference date: the dateline's or
 * an explicit full date near the top, else the year implied by a weekday + day/month pair ("Senin (13/1)"),
 * else `referenceDate`. Mentions inside boilerplate are left out. `today` bounds the inferred year.
 */
export function findDates(text: string, structure: ArticleStructure, lang: LangCode, referenceDate?: string, today: Date = new Date()): DateFindings {
  const { candidates, headerEnd } = findCandidates(text, lang);
  const ref = findReference(candidates, structure.dateline, headerEnd, toDay(today)) ?? (referenceDate ? parseIsoDay(referenceDate) : null);
  const refText = ref ? formatDay(ref) : null;
  const dates: DateMention[] = [];
  for (const c of candidates) {
    if (structure.boilerplate.some((b) => c.start < b.end && b.start < c.end)) continue;
    const r = resolve(c, ref);
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

/** Candidates of every line (offsets into `text`), and where the header lines end. */
function findCandidates(text: string, lang: LangCode): { candidates: Candidate[]; headerEnd: number } {
  const candidates: Candidate[] = [];
  let headerEnd = text.length;
  let nonEmpty = 0;
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end);
    if (line.trim() && ++nonEmpty === HEADER_LINES) headerEnd = end;
    for (const c of findInLine(line, lang)) candidates.push({ ...c, start: c.start + start, end: c.end + start });
    start = end + 1;
  }
  return { candidates, headerEnd };
}

function findReference(candidates: Candidate[], dateline: TextSpan | null, headerEnd: number, today: Day): Day | null {
  const inDateline = dateline ? candidates.find((c) => c.start < dateline.end && dateline.start < c.end && explicitDay(c)) : undefined;
  if (inDateline) return explicitDay(inDateline);
  for (const c of candidates) {
    if (c.start >= headerEnd) break;
    const d = explicitDay(c);
    if (d) return d;
  }
  // A news peg such as "Senin (13/1)": the weekday fixes the year.
  for (const c of candidates) {
    if (c.weekday === undefined || c.day === undefined || c.month === undefined || c.year !== undefined || c.problem) continue;
    const year = inferYear(c.month, c.day, c.weekday, today);
    if (year !== null) return { year, month: c.month, day: c.day };
  }
  return null;
}

function toDay(d: Date): Day {
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}
