import type { ArticleStructure, EntityMention, LangCode } from '../types';
import { findArabicEntities } from './arabic';
import { findLatinEntities } from './latin';

const ARABIC_LETTER = /[\u0600-\u06FF]/g;

/** Finds people, places and organisations in an article, with document-level entity keys. */
export function findEntities(text: string, structure: ArticleStructure, lang: LangCode): EntityMention[] {
  if (lang === 'arb' || isMostlyArabic(text)) return findArabicEntities(text, structure);
  return findLatinEntities(text, structure, lang);
}

function isMostlyArabic(text: string): boolean {
  const sample = text.slice(0, 4000);
  return (sample.match(ARABIC_LETTER)?.length ?? 0) > sample.length / 4;
}
