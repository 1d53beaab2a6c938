// Gathers what an export writes: each article's text, language and annotated spans, from the store
// (and, on request, the engine's suggestions where no human decided).
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { expandArticlePaths, readArticle, type ArticleFile, type ReadFailure } from '../cli/files';
import { analyzeArticle, linkArticles } from '../engine';
import { forEachLimited } from '../forEachLimited';
import { detectLanguage } from '../engine/language';
import type { ArticleAnalysis, LangCode } from '../engine/types';
import { anchorAnnotations, AnnotationStore } from '../store/store';
import { CURATED_LAYER, layerOf, parseLayerFilePath } from '../store/format';
import { reviewStatus, suggestionsOf } from '../store/review';
import type { AnnotationFile } from '../store/schema';
import type { ImportedSpan } from './importers';

/** A span as the formats write it: what an import reads back, plus its text and provenance. */
export interface ExportSpan extends ImportedSpan {
  id: string;
  text: string;
  /** 'manual' / 'suggestion' (accepted by a human), or 'engine' (an unreviewed machine suggestion). */
  origin: 'manual' | 'suggestion' | 'engine';
  annotator?: string;
  created?: string;
}

export interface ExportDocument {
  /** The article's path as given. */
  file: string;
  /** The file name, unique within the export. */
  name: string;
  text: string;
  lang: LangCode;
  spans: ExportSpan[];
  annotators: string[];
}

/**
 * Which layers to export: undefined = the curated layer where there is one, else every annotator's layer
 * merged; 'all' = each layer as its own set of documents (named `<layer>/<article>`); any other value = that
 * one layer (an annotator's name, or 'curated'), articles without it being reported.
 */
export type LayerSelection = string | undefined;

export interface CollectOptions {
  includeSuggestions?: boolean;
  layer?: LayerSelection;
  /** Called after each article is read; return false to stop (cancellation). */
  onArticle?: (done: number, total: number) => boolean | void;
  /** Analyses a text for its suggestions (e.g. in worker threads); default: in this thread, between other work. */
  analyze?: Analyzer;
}

export type Analyzer = (text: string) => Promise<ArticleAnalysis | undefined>;

/** Articles read and analysed at once: enough to keep a few analysis workers busy. */
const ARTICLE_CONCURRENCY = 8;

/** In this thread, yielding after each article so that a language server running the export answers other requests. */
const analyzeHere: Analyzer = async (text) => {
  const analysis = analyzeArticle(text);
  await new Promise((resolve) => setImmediate(resolve));
  return analysis;
};

/** What one article contributes, kept in input order. */
interface ArticleResult {
  problems: ReadFailure[];
  groups: { article: ArticleFile; prefix: string; layers: AnnotationFile[] }[];
  analysis?: ArticleAnalysis;
}

export interface Collected {
  documents: ExportDocument[];
  /** Articles or store files that could not be used, with the reason; the rest is exported. */
  problems: ReadFailure[];
  cancelled: boolean;
}

export async function collectDocuments(inputs: string[], options: CollectOptions = {}): Promise<Collected> {
  const problems: ReadFailure[] = [];
  const paths = await expandArticlePaths(inputs, problems);
  const store = new AnnotationStore();
  const analyze = options.analyze ?? analyzeHere;
  const hasLayers = layeredArticles();
  const results: ArticleResult[] = [];
  let done = 0;
  let cancelled = false;
  await forEachLimited([...paths.keys()], ARTICLE_CONCURRENCY, async (i) => {
    if (cancelled) return;
    results[i] = await collectArticle(paths[i], store, hasLayers, options, analyze);
    if (options.onArticle?.(++done, paths.length) === false) cancelled = true;
  });
  // (flatMap skips the articles never reached)
  if (cancelled) return { documents: [], problems: [...problems, ...results.flatMap((r) => r.problems)], cancelled: true };
  for (const r of results) problems.push(...r.problems);
  const groups = results.flatMap((r) => r.groups);
  const analyses = options.includeSuggestions ? new Map<string, ArticleAnalysis>() : null;
  results.forEach((r, i) => r.analysis && analyses?.set(paths[i], r.analysis));
  if (analyses) linkArticles([...analyses].map(([id, analysis]) => ({ id, analysis })));
  const names = uniqueNames([...new Set(groups.map((g) => g.article.file))]);
  const documents = groups.map(({ article, prefix, layers }): ExportDocument => {
    const spans: ExportSpan[] = [];
    for (const layer of layers) {
      for (const a of layer.annotations) {
        if (a.orphaned || spans.some((s) => s.start === a.target.start && s.end === a.target.end && s.label === a.label)) continue;
        spans.push({
          id: a.id,
          start: a.target.start,
          end: a.target.end,
          text: a.target.exact,
          label: a.label,
          entity: a.entity,
          value: a.value,
          claimKind: a.claimKind,
          verdict: a.verdict,
          note: a.note,
          origin: a.origin,
          annotator: a.annotator,
          created: a.created,
        });
      }
    }
    const analysis = analyses?.get(article.file);
    if (analysis) {
      const decisions = { annotations: layers.flatMap((l) => l.annotations), rejected: layers.flatMap((l) => l.rejected) };
      suggestionsOf(analysis).forEach((s, n) => {
        if (reviewStatus(s, decisions) !== 'pending') return;
        spans.push({ id: `engine-${n + 1}`, start: s.start, end: s.end, text: s.text, label: s.label, entity: s.entity, value: s.value, claimKind: s.claimKind, note: s.message, origin: 'engine' });
      });
    }
    spans.sort((a, b) => a.start - b.start || b.end - a.end || a.label.localeCompare(b.label));
    const lang = analysis?.lang ?? detectLanguage(article.text).lang;
    const name = prefix + names.get(article.file)!;
    return { file: article.file, name, text: article.text, lang, spans, annotators: [...new Set(layers.map((l) => l.layer))] };
  });
  return { documents, problems, cancelled: false };
}

async function collectArticle(file: string, store: AnnotationStore, hasLayers: (file: string) => Promise<boolean>, options: CollectOptions, analyze: Analyzer): Promise<ArticleResult> {
  const read = await readArticle(file);
  if (!('text' in read)) return { problems: [read], groups: [] };
  const result: ArticleResult = { problems: [], groups: [] };
  const layers = (await hasLayers(file)) ? await readLayers(store, file, read.text, result.problems) : [];
  for (const group of selectLayers(layers, options.layer)) {
    if ('missing' in group) result.problems.push({ file, message: `no ${group.missing} layer; not exported` });
    else result.groups.push({ article: read, ...group });
  }
  if (options.includeSuggestions) {
    result.analysis = await analyze(read.text);
    if (!result.analysis) throw new Error(`${file}: the analysis was stopped`);
  }
  return result;
}

/**
 * Whether an article may have layer files beside it, each folder listed once: the store lists the
 * article's folder at each call, once per article of a folder of thousands. Unlistable folders: maybe.
 */
function layeredArticles(): (file: string) => Promise<boolean> {
  const byFolder = new Map<string, Promise<Set<string> | undefined>>();
  const namesIn = async (folder: string) => {
    try {
      return new Set((await fs.readdir(folder)).map((name) => parseLayerFilePath(name)?.article).filter((name) => name !== undefined));
    } catch {
      return undefined;
    }
  };
  return async (file) => {
    const folder = path.dirname(file);
    let names = byFolder.get(folder);
    if (!names) byFolder.set(folder, (names = namesIn(folder)));
    return (await names)?.has(path.basename(file)) ?? true;
  };
}

/** Every layer of an article, re-anchored to its current text (broken files and orphans are reported). */
async function readLayers(store: AnnotationStore, article: string, text: string, problems: ReadFailure[]): Promise<AnnotationFile[]> {
  const layers: AnnotationFile[] = [];
  for (const file of await store.layerFiles(article)) {
    const names = parseLayerFilePath(file)!;
    try {
      const layer = await store.open(article, names.layer);
      anchorAnnotations(layer.data, text);
      const orphans = layer.data.annotations.filter((a) => a.orphaned).length;
      if (orphans) problems.push({ file, message: `${orphans} orphaned annotation(s) not exported (their text is no longer in the article)` });
      layers.push(layer.data);
    } catch (e) {
      problems.push({ file, message: (e as Error).message });
    }
  }
  return layers;
}

/** The groups of layers that become documents, per the layer selection (see LayerSelection). */
function selectLayers(layers: AnnotationFile[], selection: LayerSelection): ({ prefix: string; layers: AnnotationFile[] } | { missing: string })[] {
  if (selection === undefined) {
    const curated = layers.find((l) => l.layer === CURATED_LAYER);
    return [{ prefix: '', layers: curated ? [curated] : layers }];
  }
  if (selection === ALL_LAYERS) return layers.map((l) => ({ prefix: `${l.layer}/`, layers: [l] }));
  const wanted = layerOf(selection);
  const layer = layers.find((l) => l.layer === wanted);
  return [layer ? { prefix: '', layers: [layer] } : { missing: wanted }];
}

export const ALL_LAYERS = 'all';

/** Base names by file; where two articles share one, their parent folder names are prefixed ("a__x.txt", "b__x.txt"). */
function uniqueNames(files: string[]): Map<string, string> {
  const base = files.map((f) => path.basename(f));
  return new Map(files.map((f, i) => [f, base.filter((b) => b === base[i]).length > 1 ? `${path.basename(path.dirname(f))}__${base[i]}` : base[i]]));
}
