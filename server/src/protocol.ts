// Custom requests between the extension and the language server, beyond standard LSP.
// Standard LSP features (diagnostics, hover, references, ...) need none of these.
import type { EntityLabel, LangCode } from './engine/types';

export interface EntitySummary {
  key: string;
  label: EntityLabel;
  canonical: string;
  /** Every spelling seen, with its language. */
  spellings: { text: string; lang: LangCode }[];
  mentions: number;
  articles: number;
  languages: LangCode[];
  /** Mentions per language of the articles they are in (sums to `mentions`). */
  mentionsByLanguage: Record<LangCode, number>;
}

export interface MentionLocation {
  uri: string;
  lang: LangCode;
  start: { line: number; character: number };
  end: { line: number; character: number };
  text: string;
}

/** `newsAnnotator/entities`: every entity of the workspace index, optionally filtered. */
export const EntitiesRequest = 'newsAnnotator/entities';
export interface EntitiesParams {
  label?: EntityLabel;
  lang?: LangCode;
}
export type EntitiesResult = EntitySummary[];

/** `newsAnnotator/entityMentions`: every mention of one entity, grouped by article. */
export const EntityMentionsRequest = 'newsAnnotator/entityMentions';
export interface EntityMentionsParams {
  key: string;
}
export type EntityMentionsResult = { uri: string; lang: LangCode; mentions: MentionLocation[] }[];

/** `newsAnnotator/articleAnalysis`: the engine's analysis of one document, offsets as UTF-16 indices. */
export const ArticleAnalysisRequest = 'newsAnnotator/articleAnalysis';
export interface ArticleAnalysisParams {
  uri: string;
}
export interface ArticleAnalysisResult {
  uri: string;
  text: string;
  lang: LangCode;
  direction: 'ltr' | 'rtl';
  /** `entity` and `canonical` (the entity's key and name in the workspace) are set on entity spans. */
  spans: { start: number; end: number; kind: 'PER' | 'LOC' | 'ORG' | 'DATE' | 'CLAIM' | 'BOILERPLATE'; entity?: string; canonical?: string; message?: string }[];
}

/** Client command of the entity code lenses: `(uri, position)` opens the references peek view there. */
export const SHOW_REFERENCES_COMMAND = 'newsAnnotator.showEntityReferences';

/** `newsAnnotator/indexStatus`: how far the workspace index is; with `wait`, answers once it is built. */
export const IndexStatusRequest = 'newsAnnotator/indexStatus';
export interface IndexStatusParams {
  wait?: boolean;
}
export interface IndexStatusResult {
  ready: boolean;
  /** Articles in the index (files on disk) and known to the server (index plus open documents). */
  indexedArticles: number;
  knownArticles: number;
}

/**
 * `newsAnnotator/indexChanged` (server -> client notification): the articles the server knows changed (the
 * workspace index applied a build or file events, or an article was opened or closed), so entity lists and
 * counts asked for before are out of date. Throttled: at most a few per second.
 */
export const IndexChangedNotification = 'newsAnnotator/indexChanged';
export interface IndexChangedParams {
  /** Articles known to the server (index plus open documents). */
  knownArticles: number;
}
