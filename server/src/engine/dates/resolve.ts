// Resolves date candidates to calendar values against the article's reference date.
import {
  addDays,
  dayNumber,
  daysInMonth,
  formatDay,
  formatMonth,
  fromMonthIndex,
  monthIndex,
  weekdayOf,
  WEEKDAY_NAMES,
  type Day,
} from './calendar';
import type { Candidate } from './detect';

export interface Resolution {
  value: string | null;
  /** The expression needs a reference date (no explicit year). */
  relative: boolean;
  problem?: string;
}

/** A candidate that states a full date with its year ("14 Januari 2025", "14/1/2025"), or null. */
export function explicitDay(c: Candidate): Day | null {
  if (c.problem || c.year === undefined || c.month === undefined || c.day === undefined) return null;
  const d = { year: c.year, month: c.month, day: c.day };
  return c.weekday === undefined || weekdayOf(d) === c.weekday ? d : null;
}

/**
 * The year of a weekday + day/month pair without a year ("Senin (13/1)"): the most recent year, not after
 * `today`, in which that day falls on that weekday. Null when none in the last 40 years.
 */
export function inferYear(month: number, day: number, weekday: number, today: Day): number | null {
  for (let year = today.year; year > today.year - 40; year--) {
    if (day > daysInMonth(year, month)) continue;
    const d = { year, month, day };
    if (dayNumber(d) <= dayNumber(today) && weekdayOf(d) === weekday) return year;
  }
  return null;
}

/** The calendar value of a candidate: absolute when it states its year, else against `ref` (null without one). */
export function resolve(c: Candidate, ref: Day | null): Resolution {
  if (c.problem) return { value: null, relative: c.year === undefined, problem: c.problem };
  if (c.period) return { value: null, relative: true }; // a week or season has no day, month or year value
  if (c.year !== undefined) return resolveDay(c, c.year);
  if (!ref) return { value: null, relative: true };
  if (c.offset) return { value: applyOffset(ref, c.offset), relative: true };
  const shiftedYear = c.yearShift === undefined ? undefined : ref.year + c.yearShift;
  if (c.month !== undefined && c.day !== undefined) {
    return { ...resolveDay(c, shiftedYear ?? yearOfDayMonth({ ...c, month: c.month, day: c.day }, ref)), relative: true };
  }
  if (c.month !== undefined) {
    const direction = c.direction ?? (c.futureContext ? 'upcoming' : undefined);
    const { year, month } = shiftedYear !== undefined ? { year: shiftedYear, month: c.month } : nearestMonth(c.month, ref, direction);
    return { value: formatMonth(year, month), relative: true };
  }
  if (c.weekday !== undefined && c.weekShift !== undefined) return { value: formatDay(weekdayOfWeek(c.weekday, ref, c.weekShift)), relative: true };
  if (c.weekday !== undefined) return { value: formatDay(nearestWeekday(c.weekday, ref, c.direction ?? (c.futureContext ? 'future' : undefined))), relative: true };
  return { value: null, relative: true };
}

/** A day/month(/year) value, with a problem when the stated weekday does not match it. */
function resolveDay(c: Candidate, year: number): Resolution {
  const relative = c.year === undefined;
  if (c.month === undefined) return { value: String(year).padStart(4, '0'), relative };
  if (c.day === undefined) return { value: formatMonth(year, c.month), relative };
  if (c.day > daysInMonth(year, c.month)) return { value: null, relative, problem: `impossible date: ${c.day}/${c.month}/${year} does not exist` };
  const d = { year, month: c.month, day: c.day };
  const value = formatDay(d);
  if (c.weekday !== undefined && weekdayOf(d) !== c.weekday) {
    const stated = c.weekdayText ? `"${c.weekdayText}" (${WEEKDAY_NAMES[c.weekday]})` : WEEKDAY_NAMES[c.weekday];
    return { value, relative, problem: `weekday mismatch: ${stated} but ${value} is a ${WEEKDAY_NAMES[weekdayOf(d)]}` };
  }
  return { value, relative };
}

function applyOffset(ref: Day, offset: NonNullable<Candidate['offset']>): string {
  if (offset.unit === 'day') return formatDay(addDays(ref, offset.amount));
  if (offset.unit === 'month') {
    const { year, month } = fromMonthIndex(monthIndex(ref.year, ref.month) + offset.amount);
    return formatMonth(year, month);
  }
  return String(ref.year + offset.amount);
}

/**
 * Year for a day/month: the last one on/before the reference ("lalu"), the next on/after it ("mendatang"),
 * else the closest to it, preferring years where a stated weekday matches ("Senin 13/1").
 */
function yearOfDayMonth(c: Candidate & { month: number; day: number }, ref: Day): number {
  const refDay = dayNumber(ref);
  const options = [ref.year - 1, ref.year, ref.year + 1].filter((y) => c.day <= daysInMonth(y, c.month));
  if (!options.length) return ref.year; // 29 February in no nearby leap year: resolveDay reports it
  const distance = (y: number) => dayNumber({ year: y, month: c.month, day: c.day }) - refDay;
  if (c.direction === 'past') return Math.max(...options.filter((y) => distance(y) <= 0));
  if (c.direction === 'future') return Math.min(...options.filter((y) => distance(y) >= 0));
  const closest = (years: number[]) => years.reduce((best, y) => (Math.abs(distance(y)) < Math.abs(distance(best)) ? y : best));
  const nearest = closest(options);
  if (c.weekday === undefined) return nearest;
  // A stated weekday picks the year when one within ~10 months fits; otherwise resolveDay reports the mismatch.
  const fitting = options.filter((y) => weekdayOf({ year: y, month: c.month, day: c.day }) === c.weekday && Math.abs(distance(y)) <= 300);
  return fitting.length ? closest(fitting) : nearest;
}

/**
 * A month name alone: the closest such month, or the last one before the current month ("Desember lalu"), or the
 * next after it ("Desember mendatang"). After a future cue ("akan digelar Mei") it is the current or next one, unless
 * the closest is one of the last two months: "prévu fin décembre" in January reports a plan that was due.
 */
function nearestMonth(month: number, ref: Day, direction: Candidate['direction'] | 'upcoming'): { year: number; month: number } {
  const current = monthIndex(ref.year, ref.month);
  const sameYear = monthIndex(ref.year, month);
  if (direction === 'upcoming') {
    const upcoming = sameYear >= current ? sameYear : sameYear + 12;
    return fromMonthIndex(upcoming - 12 >= current - 2 ? upcoming - 12 : upcoming);
  }
  if (direction === 'past') return fromMonthIndex(sameYear < current ? sameYear : sameYear - 12);
  if (direction === 'future') return fromMonthIndex(sameYear > current ? sameYear : sameYear + 12);
  const candidates = [sameYear - 12, sameYear, sameYear + 12];
  // Ties go to the past: news more often reports than announces.
  return fromMonthIndex(candidates.reduce((best, m) => (Math.abs(m - current) < Math.abs(best - current) ? m : best)));
}

/** A weekday alone: the last one on or before the reference (news reports the past), strictly before with "lalu", strictly after with "mendatang". */
function nearestWeekday(weekday: number, ref: Day, direction: Candidate['direction']): Day {
  const back = (weekdayOf(ref) - weekday + 7) % 7;
  if (direction === 'past') return addDays(ref, -(back || 7));
  if (direction === 'future') return addDays(ref, (weekday - weekdayOf(ref) + 7) % 7 || 7);
  return addDays(ref, -back);
}

/** The weekday in the week `shift` weeks from the reference's week (weeks start on Monday). */
function weekdayOfWeek(weekday: number, ref: Day, shift: number): Day {
  const monday = addDays(ref, -((weekdayOf(ref) + 6) % 7));
  return addDays(monday, 7 * shift + ((weekday + 6) % 7));
}
