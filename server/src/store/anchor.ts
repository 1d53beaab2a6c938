// Anchoring: where an annotation's target is in the current text of its article.
// A target keeps both a position and a quote with context (W3C TextPositionSelector + TextQuoteSelector),
// so it survives edits made inside or outside the editor.
import type { AnnotationTarget } from './schema';

/** Characters of context kept on each side of the quote. */
export const CONTEXT_LENGTH = 32;

/** A quote at least this long is specific enough to be found anywhere, whatever its context. */
const SPECIFIC_QUOTE = 32;
/** Characters of context a shorter quote must still have where it is found. */
const MIN_QUOTE_CONTEXT = 8;
/** Fewest characters of prefix + suffix for finding a span by its context alone. */
const MIN_CONTEXT = 16;
/** Longest quote the fuzzy search attempts; longer quotes must match exactly (or by their context). */
const MAX_FUZZY_QUOTE = 400;
/** How far from the old position the fuzzy search looks. */
const FUZZY_WINDOW = 2000;
/** Characters of shift that cost as much as one edit when choosing between approximate matches. */
const SHIFT_PER_EDIT = 32;
/** How far from the old position a re-attach candidate is looked for. */
const CANDIDATE_WINDOW = 20000;

export function makeTarget(text: string, start: number, end: number): AnnotationTarget {
  return {
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
  };
}

export type AnchorMethod = 'position' | 'quote' | 'context' | 'fuzzy';

export interface Anchored {
  start: number;
  end: number;
  method: AnchorMethod;
}

/**
 * Finds a target in `text`: the old position if the quote is still there; else the occurrence of the
 * exact quote whose prefix/suffix match best (nearest to the old position on ties); else the text between
 * the intact prefix and suffix (an edit inside the span); else the closest approximate match near the old
 * position; else null (the annotation is orphaned).
 */
export function anchorTarget(text: string, target: AnnotationTarget): Anchored | null {
  const { start, end, exact } = target;
  if (!exact) return null;
  if (start >= 0 && end <= text.length && text.slice(start, end) === exact) return { start, end, method: 'position' };
  const quoted = findQuote(text, target);
  if (quoted !== null) return { start: quoted, end: quoted + exact.length, method: 'quote' };
  const between = findBetweenContext(text, target);
  if (between) return { ...between, method: 'context' };
  const fuzzy = findFuzzy(text, target, FUZZY_WINDOW, 4);
  return fuzzy && { ...fuzzy, method: 'fuzzy' };
}

/**
 * The most likely new place of an orphaned target, searched more loosely than anchoring does (the
 * whole text, up to half the quote changed), for the annotator to confirm; null if nothing resembles it.
 */
export function bestCandidate(text: string, target: AnnotationTarget): { start: number; end: number } | null {
  return anchorTarget(text, target) ?? findFuzzy(text, target, CANDIDATE_WINDOW, 2);
}

/**
 * The occurrence of the exact quote whose surroundings best match the stored prefix and suffix (nearest
 * to the old position on ties). A short quote must keep some of its context: the same name elsewhere in
 * the article is another mention, not this one.
 */
function findQuote(text: string, target: AnnotationTarget): number | null {
  let best: number | null = null;
  let bestContext = -1;
  let bestDistance = Infinity;
  const needed = target.exact.length >= SPECIFIC_QUOTE ? 0 : Math.min(MIN_QUOTE_CONTEXT, target.prefix.length + target.suffix.length);
  for (const at of occurrences(text, target.exact)) {
    const context = contextMatch(text, at, at + target.exact.length, target);
    const distance = Math.abs(at - target.start);
    if (context < needed) continue;
    if (context > bestContext || (context === bestContext && distance < bestDistance)) {
      best = at;
      bestContext = context;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The span between an occurrence of the stored prefix and the next occurrence of the stored suffix, when
 * both are intact and what lies between is of a plausible length. Needs enough context to be specific.
 */
function findBetweenContext(text: string, target: AnnotationTarget): { start: number; end: number } | null {
  const { prefix, suffix, exact } = target;
  const atStart = prefix.length < CONTEXT_LENGTH && target.start === prefix.length;
  const atEnd = suffix.length < CONTEXT_LENGTH;
  if (prefix.length + suffix.length < MIN_CONTEXT || (!prefix && !atStart) || (!suffix && !atEnd)) return null;
  const longest = exact.length * 2 + 40;
  let best: { start: number; end: number } | null = null;
  const starts = prefix ? occurrences(text, prefix).map((p) => p + prefix.length) : [0];
  for (const start of starts) {
    const end = suffix ? text.indexOf(suffix, start) : text.length;
    if (end <= start || end - start > longest) continue;
    if (!best || Math.abs(start - target.start) < Math.abs(best.start - target.start)) best = { start, end };
  }
  return best && trimSpaces(text, best.start, best.end);
}

function occurrences(text: string, s: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(s); at !== -1; at = text.indexOf(s, at + 1)) out.push(at);
  return out;
}

/** How many characters of the stored prefix and suffix the text around [start, end) still has. */
function contextMatch(text: string, start: number, end: number, target: AnnotationTarget): number {
  let n = 0;
  const { prefix, suffix } = target;
  while (n < prefix.length && start - n - 1 >= 0 && text[start - n - 1] === prefix[prefix.length - n - 1]) n++;
  let m = 0;
  while (m < suffix.length && end + m < text.length && text[end + m] === suffix[m]) m++;
  return n + m;
}

/**
 * Approximate substring search (Sellers' algorithm) of the quote within `window` characters of its old
 * position. Accepts a match whose edit distance is at most 1/`divisor` of the quote's length.
 */
function findFuzzy(text: string, target: AnnotationTarget, window: number, divisor: number): { start: number; end: number } | null {
  const pattern = target.exact;
  const m = pattern.length;
  if (m < 4 || m > MAX_FUZZY_QUOTE) return null;
  const maxDistance = Math.floor(m / divisor);
  const from = Math.max(0, Math.min(target.start, text.length) - window);
  const to = Math.min(text.length, Math.max(0, target.end) + window);
  // cost[i] / origin[i]: edit distance of pattern[0..i) against a text substring ending here, and where it starts.
  let cost = new Int32Array(m + 1);
  let origin = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) {
    cost[i] = i;
    origin[i] = from;
  }
  let next = new Int32Array(m + 1);
  let nextOrigin = new Int32Array(m + 1);
  let best: { start: number; end: number; score: number } | null = null;
  for (let j = from; j < to; j++) {
    next[0] = 0;
    nextOrigin[0] = j + 1;
    const c = text[j];
    for (let i = 1; i <= m; i++) {
      const substitute = cost[i - 1] + (pattern[i - 1] === c ? 0 : 1);
      const skipText = cost[i] + 1;
      const skipPattern = next[i - 1] + 1;
      if (substitute <= skipText && substitute <= skipPattern) {
        next[i] = substitute;
        nextOrigin[i] = origin[i - 1];
      } else if (skipText <= skipPattern) {
        next[i] = skipText;
        nextOrigin[i] = origin[i];
      } else {
        next[i] = skipPattern;
        nextOrigin[i] = nextOrigin[i - 1];
      }
    }
    [cost, next] = [next, cost];
    [origin, nextOrigin] = [nextOrigin, origin];
    const distance = cost[m];
    if (distance > maxDistance) continue;
    // One edit weighs as much as a shift of SHIFT_PER_EDIT characters: a respelled span where it was beats an exact copy far away.
    const score = distance + Math.abs(origin[m] - target.start) / SHIFT_PER_EDIT;
    if (!best || score < best.score) best = { start: origin[m], end: j + 1, score };
  }
  if (!best) return null;
  const trimmed = trimSpaces(text, best.start, best.end);
  return trimmed && snapToWords(text, trimmed, target);
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{M}\p{N}]/u.test(c);

/** Where the stored span began or ended at a word boundary, the approximate match does too. */
function snapToWords(text: string, span: { start: number; end: number }, target: AnnotationTarget): { start: number; end: number } {
  let { start, end } = span;
  if (!isWordChar(target.prefix.at(-1))) while (start > 0 && isWordChar(text[start - 1]) && isWordChar(text[start])) start--;
  if (!isWordChar(target.suffix[0])) while (end < text.length && isWordChar(text[end]) && isWordChar(text[end - 1])) end++;
  return { start, end };
}

function trimSpaces(text: string, start: number, end: number): { start: number; end: number } | null {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : null;
}
