// Questionable claims a fact-checker would want to see: unnamed sources, speculation, loaded wording,
// unattributed assertions, a headline the body does not support, and contradictions inside the article.
import type { ArticleStructure, Claim, EntityMention, LangCode } from '../types';
import { inconsistencies } from './consistency';
import { cueClaims } from './cues';
import { headlineMismatch } from './headline';
import { claimLexicon, finishArticle } from './lexicon';
import { negatedHeadline } from './negatedHeadline';
import { QuoteIndex, sentencesOf } from './sentences';

/** Drops a claim that overlaps an earlier claim of the same kind (two cues in one clause make one flag). */
function withoutRepeats(claims: Claim[]): Claim[] {
  const kept: Claim[] = [];
  const keptEnd = new Map<string, number>(); // per kind, the furthest end of the claims kept so far
  for (const c of claims.sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (c.start < (keptEnd.get(c.kind) ?? -1)) continue;
    kept.push(c);
    keptEnd.set(c.kind, c.end);
  }
  return kept;
}

/** Flags questionable claims in the article's text (page residue excluded). */
export function findClaims(text: string, structure: ArticleStructure, lang: LangCode, entities: EntityMention[]): Claim[] {
  const lexicon = claimLexicon(lang);
  if (!lexicon) return [];
  try {
    const sentences = sentencesOf(structure);
    const quotes = new QuoteIndex(structure.quotes);
    const claims = cueClaims(text, sentences, quotes, lexicon, lang === 'arb');
    for (const c of inconsistencies(text, sentences, quotes, entities, lexicon)) claims.push(c);
    const mismatch = headlineMismatch(structure, entities) ?? negatedHeadline(structure.headline, sentences, lang, lexicon);
    if (mismatch) claims.push(mismatch);
    return withoutRepeats(claims);
  } finally {
    // What the indexes kept of this article's sentences is garbage now, while it is young.
    finishArticle(lexicon);
  }
}
