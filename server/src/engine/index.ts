// The analysis engine: text in, article analysis out. Used by the language server, the CLI and the tests.
import { findClaims } from './claims';
import { findDates } from './dates';
import { findEntities } from './entities';
import { detectLanguage } from './language';
import { linkArticles } from './linking';
import { parseStructure } from './structure';
import type { AnalyzeOptions, ArticleAnalysis, Claim, EntityMention } from './types';

export * from './types';
export { EntityLinker, linkArticles } from './linking';

/** Analyses one article on its own (entity keys are document-level until linked). */
export function analyzeArticle(text: string, options: AnalyzeOptions = {}): ArticleAnalysis {
  return analyzeArticles([text], options)[0];
}

/**
 * How many articles analyzeArticles takes through each stage together. A stage run over many articles in a
 * row keeps its lexicons and compiled code in the processor's caches, where one article taken through every
 * stage in turn evicts them: a third less time over 1,000 articles (see the README's Performance).
 */
export const ANALYSIS_BATCH_SIZE = 128;

/**
 * Analyses each article on its own, as analyzeArticle does (the same results, in the same order), a batch at
 * a time: each stage over the batch, and the last three stages over its articles grouped by language.
 */
export function analyzeArticles(texts: readonly string[], options: AnalyzeOptions = {}): ArticleAnalysis[] {
  const analyses: ArticleAnalysis[] = [];
  for (let from = 0; from < texts.length; from += ANALYSIS_BATCH_SIZE) analyses.push(...analyzeBatch(texts.slice(from, from + ANALYSIS_BATCH_SIZE), options));
  return analyses;
}

function analyzeBatch(texts: readonly string[], options: AnalyzeOptions): ArticleAnalysis[] {
  const stageEnd = options.onStageEnd;
  const structures = texts.map((text) => parseStructure(text));
  stageEnd?.('structure');
  const detected = texts.map((text, i) => detectLanguage(text, structures[i]));
  const langs = detected.map((d) => options.lang ?? d.lang);
  stageEnd?.('language');
  // Each stage's lexicons are per language: the batch's articles of one language one after the other.
  const byLanguage = texts.map((_, i) => i).sort((a, b) => (langs[a] < langs[b] ? -1 : langs[a] > langs[b] ? 1 : a - b));
  const found: ReturnType<typeof findDates>[] = [];
  for (const i of byLanguage) found[i] = findDates(texts[i], structures[i], langs[i], options.referenceDate);
  stageEnd?.('dates');
  const entities: EntityMention[][] = [];
  for (const i of byLanguage) entities[i] = findEntities(texts[i], structures[i], langs[i]);
  stageEnd?.('entities');
  const claims: Claim[][] = [];
  for (const i of byLanguage) claims[i] = findClaims(texts[i], structures[i], langs[i], entities[i]);
  stageEnd?.('claims');
  return texts.map((_, i) => {
    const { dates, referenceDate } = found[i];
    const structure = structures[i];
    return { lang: langs[i], direction: detected[i].direction, structure, referenceDate, entities: entities[i], dates, claims: claims[i], boilerplate: structure.boilerplate };
  });
}

/** Analyses several articles and links their entities into corpus-wide keys. */
export function analyzeCorpus(docs: { id: string; text: string }[], options: AnalyzeOptions = {}): Map<string, ArticleAnalysis> {
  const analyses = analyzeArticles(docs.map((d) => d.text), options);
  const out = new Map<string, ArticleAnalysis>();
  docs.forEach((d, i) => out.set(d.id, analyses[i]));
  linkArticles([...out].map(([id, analysis]) => ({ id, analysis })));
  return out;
}
