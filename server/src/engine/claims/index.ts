import type { ArticleStructure, Claim, EntityMention, LangCode } from '../types';

/** Flags questionable claims: anonymous sources, hedges, unattributed claims, headline mismatch, loaded language. */
export function findClaims(_text: string, _structure: ArticleStructure, _lang: LangCode, _entities: EntityMention[]): Claim[] {
  return [];
}
