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
// Arabic proclitics: a conjunction (و ف) and/or a preposition (ب ل ك) attached before the article "ال".
// Only split before "ال": a word that merely starts with one of these letters ("بوتين", "وزير") is left whole.
const ARABIC_PROCLITIC = /^(?:[وف]?[بك]|[وف])(?=ال\p{L})/u;

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
    let start = m.index!;
    const word = m[0];
    const clitic = ELISION.exec(word) ?? ARABIC_PROCLITIC.exec(word);
    if (clitic) {
      push(start, start + clitic[0].length);
      start += clitic[0].length;
    }
    push(start, m.index! + word.length);
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
