// Tokenisation for token-level formats (CoNLL): words, numbers and single punctuation marks, with French
// elisions and Arabic proclitics split off, and every annotated span boundary forced to a token boundary.

export interface Token {
  start: number;
  end: number;
  text: string;
}

// A word (letters, marks, digits; inner hyphens and apostrophes kept: "al-Shara", "aujourd'hui"),
// a number with decimal separators, or any other single non-space character.
const TOKEN = /\p{N}+(?:[.,:/]\p{N}+)*|[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*|\S/gu;
// French elided articles and pronouns, split off as their own token: "l'Iran" -> "l'" "Iran".
const ELISION = /^(?:[lLdDjJmMnNsStTcC]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu)['’](?=\p{L})/u;
// One Arabic proclitic letter, split off as its own token: a conjunction (و ف) or a preposition (ب ك) before
// the article "ال", or the preposition ل, which merges with the article ("للرئيس" = ل + لرئيس). Applied
// repeatedly ("وللشعب" = و + ل + لشعب). A word that merely starts with one of these letters ("بوتين",
// "وزير", "لبنان", "ولكن") is left whole.
const ARABIC_PROCLITIC = /^(?:[وف](?=[بك]?ال\p{L}|لل\p{L}{2})|[بك](?=ال\p{L})|ل(?=ل\p{L}{2}))/u;

/** Splits `text` into tokens; no token crosses any offset in `boundaries`. */
export function tokenize(text: string, boundaries: Iterable<number> = []): Token[] {
  const cuts = new Set(boundaries);
  const tokens: Token[] = [];
  const push = (start: number, end: number) => {
    let from = start;
    for (let i = start + 1; i < end; i++) {
      if (cuts.has(i)) {
        tokens.push({ start: from, end: i, text: text.slice(from, i) });
        from = i;
      }
    }
    tokens.push({ start: from, end, text: text.slice(from, end) });
  };
  for (const m of text.matchAll(TOKEN)) {
    const end = m.index! + m[0].length;
    let start = m.index!;
    const elision = ELISION.exec(m[0]);
    if (elision) {
      push(start, start + elision[0].length);
      start += elision[0].length;
    }
    while (ARABIC_PROCLITIC.test(text.slice(start, end))) {
      push(start, start + 1);
      start += 1;
    }
    push(start, end);
  }
  return tokens;
}

const SENTENCE_END = /^[.!?؟…]$/u;

/**
 * Groups tokens into sentences: a sentence ends after . ! ? ؟ … and at every line break. A sentence
 * never ends inside a span of `keepTogether` (an abbreviation inside a name stays in one sentence).
 */
export function sentences(text: string, tokens: Token[], keepTogether: { start: number; end: number }[] = []): Token[][] {
  const inside = (offset: number) => keepTogether.some((s) => s.start < offset && offset < s.end);
  const out: Token[][] = [];
  let current: Token[] = [];
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    current.push(t);
    const lineBreak = next !== undefined && text.slice(t.end, next.start).includes('\n');
    if ((lineBreak || SENTENCE_END.test(t.text) || !next) && !(next && inside(next.start))) {
      out.push(current);
      current = [];
    }
  });
  if (current.length) out.push(current);
  return out;
}
