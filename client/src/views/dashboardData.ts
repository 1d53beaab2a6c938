// The corpus dashboard's numbers. Pure: the extension host reads the annotation files and asks the server for
// entities, then this module turns them into a few small charts and one table, so the webview only ever
// receives aggregates, whatever the size of the corpus.
import type { ClaimKind, EntityLabel } from '../../../server/src/engine/types';
import type { EntitySummary } from '../../../server/src/protocol';
import { ANNOTATION_SCHEMA, parseLayerFilePath, VERDICTS } from '../../../server/src/store/format';
import type { ClaimVerdict } from '../../../server/src/store/schema';
import { fileName } from './entitiesModel';
import type { BarChartData, DashboardData, DashboardTable } from './messages';

/** What one `<article>.annotations.<layer>.json` file contributes to the dashboard. */
export interface AnnotationFileSummary {
  fileUri: string;
  articleUri: string;
  layer: string;
  annotations: number;
  /** Machine suggestions the annotator rejected: reviewing work too. */
  rejected: number;
  claims: { key: string; kind: ClaimKind | 'unspecified'; verdict: ClaimVerdict }[];
}

/** What clicking a bar opens. Kept in the extension host; the webview only sends chart id and bar index. */
export type BarDrill =
  | { type: 'entities'; label?: EntityLabel; lang?: string }
  | { type: 'entity'; key: string }
  | { type: 'articles'; uris: string[] };

export interface DashboardModel {
  data: DashboardData;
  /** drill[chartId][barIndex][seriesIndex]; charts without series use series 0. */
  drill: Record<string, BarDrill[][]>;
}

export interface CorpusInput {
  /** Every article file of the workspace. */
  articleUris: string[];
  entities: EntitySummary[];
  files: AnnotationFileSummary[];
  /** "name: reason" for every annotation file that could not be read. */
  brokenFiles: string[];
  now: Date;
}

/** The label colours of the annotation pickers (package.json `colors`), so every view agrees. */
const LABEL_COLORS: Record<EntityLabel, string> = { PER: '#3b8eea', LOC: '#2e9e5b', ORG: '#a55fc2' };
const VERDICT_COLORS: Record<ClaimVerdict, string> = {
  unverified: '#8c8c8c',
  supported: '#2e9e5b',
  false: '#d9534f',
  misleading: '#d4881c',
};
export const CLAIM_KINDS: readonly (ClaimKind | 'unspecified')[] = [
  'anonymous-source',
  'hedge',
  'unattributed-claim',
  'headline-mismatch',
  'loaded-language',
  'factual-inconsistency',
  'unspecified',
];
const LABELS: readonly EntityLabel[] = ['PER', 'LOC', 'ORG'];
const TOP_ENTITIES = 20;
const MAX_LANGUAGES = 12;
const MAX_ANNOTATORS = 30;
const OPEN_CLAIMS_ROWS = 100;
const MAX_BROKEN_LISTED = 20;


/** The article and layer an annotation file belongs to, from its name (`a.txt.annotations.ana.json`). */
export function articleOfAnnotationFile(fileUri: string): { articleUri: string; layer: string } | undefined {
  const parsed = parseLayerFilePath(fileUri);
  if (!parsed || parsed.article.endsWith('/')) return undefined;
  return { articleUri: parsed.article, layer: parsed.layer };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads the parts of an annotation file the dashboard counts. Annotation files are untrusted: a file that is
 * not a news-annotator annotation file throws an Error that says why; an unknown claim kind or verdict is
 * counted as 'unspecified' / 'unverified' rather than shown as given.
 */
export function summarizeAnnotationFile(fileUri: string, text: string): AnnotationFileSummary {
  const where = articleOfAnnotationFile(fileUri);
  if (!where) throw new Error('the file name is not <article>.annotations.<layer>.json');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isRecord(json) || json.schema !== ANNOTATION_SCHEMA) throw new Error('not a news-annotator annotation file');
  if (!Array.isArray(json.annotations)) throw new Error('"annotations" is not a list');
  const claims: AnnotationFileSummary['claims'] = [];
  let annotations = 0;
  for (const a of json.annotations) {
    if (!isRecord(a) || !isRecord(a.target)) continue;
    annotations++;
    if (a.label !== 'CLAIM' || a.orphaned === true) continue;
    const { start, end } = a.target;
    const kind = CLAIM_KINDS.includes(a.claimKind as ClaimKind) ? (a.claimKind as ClaimKind) : 'unspecified';
    const verdict = VERDICTS.includes(a.verdict as ClaimVerdict) ? (a.verdict as ClaimVerdict) : 'unverified';
    claims.push({ key: `${start}:${end}:${kind}`, kind, verdict });
  }
  const rejected = Array.isArray(json.rejected) ? json.rejected.length : 0;
  return { fileUri, articleUri: where.articleUri, layer: where.layer, annotations, rejected, claims };
}

/**
 * One article's claims across its layers: the curated layer when there is one (it is the adjudicated
 * version), otherwise the union of the annotators' layers, where a checked verdict beats 'unverified'.
 */
function articleClaims(layers: AnnotationFileSummary[]): AnnotationFileSummary['claims'] {
  const curated = layers.find((l) => l.layer === 'curated');
  if (curated) return curated.claims;
  const byKey = new Map<string, AnnotationFileSummary['claims'][number]>();
  for (const layer of layers) {
    for (const claim of layer.claims) {
      const seen = byKey.get(claim.key);
      if (!seen || (seen.verdict === 'unverified' && claim.verdict !== 'unverified')) byKey.set(claim.key, claim);
    }
  }
  return [...byKey.values()];
}

/** Bounds display strings that come from files (layer names), so one odd file cannot blow up a chart. */
function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** An article counts as annotated in a layer once that layer has an annotation or a rejected suggestion. */
function hasWork(file: AnnotationFileSummary): boolean {
  return file.annotations + file.rejected > 0;
}

function mentionsByLabel(entities: EntitySummary[]): { chart: BarChartData; drill: BarDrill[][] } {
  const totals = new Map<EntityLabel, number>(LABELS.map((l) => [l, 0]));
  for (const e of entities) totals.set(e.label, (totals.get(e.label) ?? 0) + e.mentions);
  return {
    chart: {
      id: 'mentionsByLabel',
      title: 'Mentions per label',
      unit: 'mentions',
      bars: LABELS.map((label) => ({ label, value: totals.get(label) ?? 0, color: LABEL_COLORS[label] })),
      clickable: true,
    },
    drill: LABELS.map((label) => [{ type: 'entities', label }]),
  };
}

/** Mentions per language (of the article they are in) and label: how much each language says about whom. */
function mentionsByLanguage(entities: EntitySummary[]): { chart: BarChartData; drill: BarDrill[][] } {
  const counts = new Map<string, Record<EntityLabel, number>>();
  for (const e of entities) {
    for (const [lang, mentions] of Object.entries(e.mentionsByLanguage)) {
      const row = counts.get(lang) ?? { PER: 0, LOC: 0, ORG: 0 };
      row[e.label] += mentions;
      counts.set(lang, row);
    }
  }
  const total = (row: Record<EntityLabel, number>) => row.PER + row.LOC + row.ORG;
  const langs = [...counts]
    .sort((a, b) => total(b[1]) - total(a[1]) || a[0].localeCompare(b[0]))
    .slice(0, MAX_LANGUAGES);
  return {
    chart: {
      id: 'mentionsByLanguage',
      title: 'Mentions per language and label',
      unit: 'mentions',
      bars: langs.map(([lang, row]) => ({ label: clip(lang, 12), value: total(row) })),
      series: LABELS.map((label) => ({ name: label, color: LABEL_COLORS[label], values: langs.map(([, row]) => row[label]) })),
      clickable: true,
    },
    drill: langs.map(([lang]) => LABELS.map((label) => ({ type: 'entities', lang, label }))),
  };
}

function topEntities(entities: EntitySummary[]): { chart: BarChartData; drill: BarDrill[][] } {
  const top = [...entities]
    .sort((a, b) => b.articles - a.articles || b.mentions - a.mentions || a.canonical.localeCompare(b.canonical))
    .slice(0, TOP_ENTITIES);
  return {
    chart: {
      id: 'topEntities',
      title: `Entities seen in most articles (top ${TOP_ENTITIES})`,
      unit: 'articles',
      bars: top.map((e) => ({ label: clip(e.canonical), value: e.articles, color: LABEL_COLORS[e.label] })),
      clickable: true,
    },
    drill: top.map((e) => [{ type: 'entity', key: e.key }]),
  };
}

function claimsByKind(claimsOf: Map<string, AnnotationFileSummary['claims']>): { chart: BarChartData; drill: BarDrill[][] } {
  // articles[kind][verdict] = the articles with at least one such claim
  const articles = CLAIM_KINDS.map(() => VERDICTS.map(() => new Set<string>()));
  const counts = CLAIM_KINDS.map(() => VERDICTS.map(() => 0));
  for (const [articleUri, claims] of claimsOf) {
    for (const claim of claims) {
      const k = CLAIM_KINDS.indexOf(claim.kind);
      const v = VERDICTS.indexOf(claim.verdict);
      counts[k][v]++;
      articles[k][v].add(articleUri);
    }
  }
  const shown = CLAIM_KINDS.map((kind, k) => ({ kind, k })).filter(({ kind, k }) => kind !== 'unspecified' || counts[k].some((n) => n > 0));
  return {
    chart: {
      id: 'claimsByKind',
      title: 'Annotated claims per kind and verdict',
      unit: 'claims',
      bars: shown.map(({ kind, k }) => ({ label: kind, value: counts[k].reduce((a, b) => a + b, 0) })),
      series: VERDICTS.map((verdict, v) => ({ name: verdict, color: VERDICT_COLORS[verdict], values: shown.map(({ k }) => counts[k][v]) })),
      clickable: true,
    },
    drill: shown.map(({ k }) => VERDICTS.map((_, v) => ({ type: 'articles', uris: [...articles[k][v]].sort() }))),
  };
}

function annotatorProgress(files: AnnotationFileSummary[], articleUris: string[]): { chart: BarChartData; drill: BarDrill[][] } {
  const byLayer = new Map<string, Set<string>>();
  for (const f of files) {
    if (!hasWork(f)) continue;
    const set = byLayer.get(f.layer) ?? new Set<string>();
    set.add(f.articleUri);
    byLayer.set(f.layer, set);
  }
  const layers = [...byLayer].sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0])).slice(0, MAX_ANNOTATORS);
  const total = articleUris.length;
  return {
    chart: {
      id: 'annotatorProgress',
      title: `Articles annotated per annotator (of ${total})`,
      unit: 'articles',
      bars: layers.map(([layer, done]) => ({ label: clip(layer, 30), value: Math.max(total, done.size) })),
      series: [
        { name: 'annotated', color: '#3b8eea', values: layers.map(([, done]) => done.size) },
        { name: 'not yet', color: '#8c8c8c', values: layers.map(([, done]) => Math.max(0, total - done.size)) },
      ],
      clickable: true,
    },
    drill: layers.map(([, done]) => [
      { type: 'articles', uris: [...done].sort() },
      { type: 'articles', uris: articleUris.filter((uri) => !done.has(uri)) },
    ]),
  };
}

function openClaimsTable(claimsOf: Map<string, AnnotationFileSummary['claims']>, layersOf: Map<string, AnnotationFileSummary[]>): DashboardTable {
  const rows = [...claimsOf]
    .map(([uri, claims]) => ({ uri, open: claims.filter((c) => c.verdict === 'unverified').length, total: claims.length }))
    .filter((r) => r.open > 0)
    .sort((a, b) => b.open - a.open || b.total - a.total || a.uri.localeCompare(b.uri));
  return {
    id: 'openClaims',
    title: `Articles by open claims (${rows.length} with open claims${rows.length > OPEN_CLAIMS_ROWS ? `, first ${OPEN_CLAIMS_ROWS} shown` : ''})`,
    columns: ['Article', 'Open claims', 'All claims', 'Layers'],
    rows: rows.slice(0, OPEN_CLAIMS_ROWS).map((r) => ({
      uri: r.uri,
      cells: [fileName(r.uri), r.open, r.total, (layersOf.get(r.uri) ?? []).map((l) => clip(l.layer, 30)).join(', ')],
    })),
  };
}

export function buildDashboard(input: CorpusInput): DashboardModel {
  const layersOf = new Map<string, AnnotationFileSummary[]>();
  for (const f of input.files) {
    const list = layersOf.get(f.articleUri) ?? [];
    list.push(f);
    layersOf.set(f.articleUri, list);
  }
  const claimsOf = new Map<string, AnnotationFileSummary['claims']>();
  for (const [uri, layers] of layersOf) claimsOf.set(uri, articleClaims(layers));

  const articleUris = [...new Set([...input.articleUris, ...layersOf.keys()])].sort();
  const parts = {
    mentionsByLabel: mentionsByLabel(input.entities),
    mentionsByLanguage: mentionsByLanguage(input.entities),
    topEntities: topEntities(input.entities),
    claimsByKind: claimsByKind(claimsOf),
    annotatorProgress: annotatorProgress(input.files, articleUris),
  };
  const broken = input.brokenFiles;
  return {
    data: {
      summary: {
        articles: articleUris.length,
        annotatedArticles: [...layersOf.values()].filter((layers) => layers.some(hasWork)).length,
        entities: input.entities.length,
        mentions: input.entities.reduce((sum, e) => sum + e.mentions, 0),
        annotationFiles: input.files.length,
        brokenFiles:
          broken.length > MAX_BROKEN_LISTED ? [...broken.slice(0, MAX_BROKEN_LISTED), `… and ${broken.length - MAX_BROKEN_LISTED} more`] : broken,
      },
      charts: Object.values(parts).map((p) => p.chart),
      tables: [openClaimsTable(claimsOf, layersOf)],
      generatedAt: input.now.toISOString(),
    },
    drill: Object.fromEntries(Object.entries(parts).map(([id, p]) => [id, p.drill])),
  };
}
