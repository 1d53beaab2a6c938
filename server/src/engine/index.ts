// The analysis engine: text in, article analysis out. Used by the language server, the CLI and the tests.
import { findClaims } from './claims';
import { findDates } from './dates';
import { findEntities } from './entities';
import { detectLanguage } from './language';
import { linkArticles } from './linking';
import { parseStructure } from './structure';
import type { AnalyzeOptions, ArticleAnalysis } from './types';

export * from './types';
export { EntityLinker, linkArticles } from './linking';

/** Analyses one article on its own (entity keys are document-level until linked). */
export function analyzeArticle(text: string, options: AnalyzeOptions = {}): ArticleAnalysis {
  const stageEnd = options.onStageEnd;
  const structure = parseStructure(text);
  stageEnd?.('structure');
  const detected = detectLanguage(text, structure);
  const lang = options.lang ?? detected.lang;
  stageEnd?.('language');
  const { dates, referenceDate } = findDates(text, structure, lang, options.referenceDate);
  stageEnd?.('dates');
  const entities = findEntities(text, structure, lang);
  stageEnd?.('entities');
  const claims = findClaims(text, structure, lang, entities);
  stageEnd?.('claims');
  return { lang, direction: detected.direction, structure, referenceDate, entities, dates, claims, boilerplate: structure.boilerplate };
}

/** Analyses several articles and links their entities into corpus-wide keys. */
export function analyzeCorpus(docs: { id: string; text: string }[], options: AnalyzeOptions = {}): Map<string, ArticleAnalysis> {
  const out = new Map<string, ArticleAnalysis>();
  for (const d of docs) out.set(d.id, analyzeArticle(d.text, options));
  linkArticles([...out].map(([id, analysis]) => ({ id, analysis })));
  return out;
}
