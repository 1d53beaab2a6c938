// Cue-driven flags: unnamed sources, hedges, loaded wording and unattributed editorial assertions.
import type { Claim, TextSpan } from '../types';
import { type ClaimLexicon, matchesOf } from './lexicon';
import { clauseStart, type QuoteIndex, type Sentence, spanIn } from './sentences';

const MAX_QUOTED_IN_MESSAGE = 60;

function clip(s: string): string {
  return s.length <= MAX_QUOTED_IN_MESSAGE ? s : s.slice(0, MAX_QUOTED_IN_MESSAGE - 1).trimEnd() + '…';
}

const MESSAGES: Record<'anonymous-source' | 'hedge' | 'loaded-language' | 'unattributed-claim', (cue: string, span: string) => string> = {
  'anonymous-source': (cue) => `Unnamed source: identify who '${clip(cue)}' is before relying on what it says.`,
  hedge: (cue) => `Speculation: '${clip(cue)}' hedges this statement; find who expects or alleges it, or report it as unconfirmed.`,
  'loaded-language': (cue) => `Loaded wording: '${clip(cue)}' is an evaluation stated as fact; keep it only if a named source says so.`,
  'unattributed-claim': (_cue, span) => `No source: '${clip(span)}' is asserted without attribution; find who says so before repeating it.`,
};

function claim(kind: keyof typeof MESSAGES, span: TextSpan, cue: TextSpan): Claim {
  return { ...span, kind, message: MESSAGES[kind](cue.text, span.text), cue };
}

/**
 * Where an unattributed assertion starts: the cue's clause, or the sentence when the cue opens a clause
 * that lacks its subject ("Ces feux, de plus en plus précoces, sont la conséquence directe de …").
 */
function assertionStart(sentence: Sentence, cue: TextSpan): number {
  const start = clauseStart(sentence, cue.start);
  return start === cue.start ? sentence.start : start;
}

type Match = { index: number; text: string };
const inside = (m: Match, outer: Match) => outer.index <= m.index && m.index + m.text.length <= outer.index + outer.text.length;

/**
 * Flags per sentence. Speculation, loaded wording and unattributed assertions are the writer's own only
 * when the sentence names no source and the cue is not inside a quotation; unnamed sources are flagged
 * wherever they stand outside quotations. A saying verb whose subject is an unnamed or vague source
 * ("selon une source proche", "selon les premières estimations") names nobody; speculation in a sentence
 * with an unnamed source is left to that source's flag.
 */
export function cueClaims(text: string, sentences: Sentence[], quotes: QuoteIndex, lexicon: ClaimLexicon): Claim[] {
  const claims: Claim[] = [];
  for (const sentence of sentences) {
    const cues = (re: RegExp) =>
      matchesOf(re, sentence.text)
        .map((m) => ({ start: sentence.start + m.index, end: sentence.start + m.index + m.text.length, text: m.text }))
        .filter((c) => !quotes.contains(c.start, c.end));
    const anonymous = cues(lexicon.anonymousSource);
    for (const cue of anonymous) claims.push(claim('anonymous-source', cue, cue));
    const unnamed = [...matchesOf(lexicon.anonymousSource, sentence.text), ...matchesOf(lexicon.vagueSource, sentence.text)];
    const attributed =
      matchesOf(lexicon.attribution, sentence.text).some((m) => !unnamed.some((u) => inside(m, u))) ||
      quotes.overlapping(sentence.start, sentence.end).some((q) => q.attribution);
    if (attributed) continue;
    if (!anonymous.length) {
      for (const cue of cues(lexicon.hedge)) claims.push(claim('hedge', spanIn(text, clauseStart(sentence, cue.start), sentence.end), cue));
    }
    for (const cue of cues(lexicon.loaded)) claims.push(claim('loaded-language', spanIn(text, clauseStart(sentence, cue.start), cue.end), cue));
    for (const cue of cues(lexicon.unattributed)) {
      claims.push(claim('unattributed-claim', spanIn(text, assertionStart(sentence, cue), sentence.end), cue));
    }
  }
  return claims;
}
