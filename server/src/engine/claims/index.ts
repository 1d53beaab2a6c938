// Questionable claims a fact-checker would want to see: unnamed sources, speculation, loaded wording,
// unattributed assertions, a headline the body does not support, and contradictions inside the article.
import type { ArticleStructure, Claim, EntityMention, LangCode } from '../types';
import { inconsistencies } from './consistency';
import { cueClaims } from './cues';
import { headlineMismatch } from './headline';
import { claimLexicon } from './lexicon';
import { sentencesOf } from './sentences';

/** Drops a claim that overlaps an earlier claim of the same kind (two cues in one clause make one flag). */
function withoutRepeats(claims: Claim[]): Claim[] {
  const kept: Claim[] = [];
  for (const c of claims.sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (!kept.some((k) => k.kind === c.kind && k.start < c.end && c.start < k.end)) kept.push(c);
  }
  return kept;
}

/** Flags questionable claims in the article's text (page residue excluded). */
export function findClaims(text: string, structure: ArticleStructure, lang: LangCode, entities: EntityMention[]): Claim[] {
  const lexicon = claimLexicon(lang);
  if (!lexicon) return [];
  const sentences = sentencesOf(structure);
  const claims = [...cueClaims(text, sentences, structure.quotes, lexicon), ...inconsistencies(text, sentences, structure.quotes, entities, lexicon)];
  const mismatch = headlineMismatch(structure, entities);
  if (mismatch) claims.push(mismatch);
  return withoutRepeats(claims);
}
