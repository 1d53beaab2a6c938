// The analysis engine's data model. Pure data: no vscode, no LSP types.
// Offsets are JavaScript string indices (UTF-16 code units) into the article text, `end` exclusive.

/** ISO 639-3 code as franc returns it ('ind', 'fra', 'arb', 'eng', ...), or 'und' when unknown. */
export type LangCode = string;
export type Direction = 'ltr' | 'rtl';

export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

export type EntityLabel = 'PER' | 'LOC' | 'ORG';

/** Where a mention came from: the reason a hover can show. */
export type MentionSource =
  | 'gazetteer' // a known name from the shipped gazetteers
  | 'trigger' // introduced by a title or role ("Presiden", "وزير", "ministre")
  | 'pattern' // capitalisation / name-particle rules
  | 'document' // an earlier mention in the same article (e.g. surname after full name)
  | 'registry'; // the annotators' entity registry

export interface EntityMention extends TextSpan {
  label: EntityLabel;
  /**
   * Key shared by every mention of the same real-world entity. The recogniser sets a
   * document-level key; the cross-document linker (linking/) may rewrite it.
   */
  entity: string;
  /** Display name of the entity ("Vladimir Putin"). */
  canonical: string;
  source: MentionSource;
  /** 0..1, how sure the recogniser is. */
  confidence: number;
}

export interface DateMention extends TextSpan {
  /** YYYY-MM-DD, YYYY-MM or YYYY, or null when it cannot be resolved. */
  value: string | null;
  /** The ISO date the value was resolved against (the article's reference date), or null. */
  reference: string | null;
  /** True for expressions that need a reference date ("Selasa", "Desember lalu", "mardi dernier"). */
  relative: boolean;
  /** Set when the expression is unresolvable or contradicts itself, e.g. "Senin (14/1)" where 14/1 is not a Monday. */
  problem?: string;
}

export type ClaimKind =
  | 'anonymous-source'
  | 'hedge'
  | 'unattributed-claim'
  | 'headline-mismatch'
  | 'loaded-language'
  | 'factual-inconsistency';

export interface Claim extends TextSpan {
  kind: ClaimKind;
  /** One line a fact-checker can act on: what to verify and why. */
  message: string;
  /** The word or phrase that triggered the flag, when there is one. */
  cue?: TextSpan;
}

export interface Boilerplate extends TextSpan {
  /** Why it is considered page residue ("share widget", "repeated headline", ...). */
  reason: string;
}

export type BlockKind = 'headline' | 'lead' | 'subheading' | 'paragraph' | 'boilerplate';

/** A line-level unit of the article (a paragraph is one line in scraped news). */
export interface Block extends TextSpan {
  kind: BlockKind;
}

export interface Quote extends TextSpan {
  /** The attributed speaker or source, when one is found near the quote. */
  attribution?: TextSpan;
}

export interface ArticleStructure {
  blocks: Block[];
  headline: Block | null;
  lead: Block | null;
  quotes: Quote[];
  /** A dateline such as "MOSKOW, 14 Januari 2025 -" or "Moskow, Suarathailand-", if any. */
  dateline: TextSpan | null;
  /** Web-page residue, excluded from analysis (may be part of a line, e.g. "Share:"). */
  boilerplate: Boilerplate[];
}

export interface ArticleAnalysis {
  lang: LangCode;
  direction: Direction;
  structure: ArticleStructure;
  /** The date relative expressions are resolved against (dateline or explicit date), or null. */
  referenceDate: string | null;
  entities: EntityMention[];
  dates: DateMention[];
  claims: Claim[];
  boilerplate: Boilerplate[];
}

export interface AnalyzeOptions {
  /** Force the language instead of detecting it. */
  lang?: LangCode;
  /** Reference date to resolve relative dates against when the article gives none (YYYY-MM-DD). */
  referenceDate?: string;
  /** Called as each stage of the analysis ends, in order, for each batch of analyzeArticles (the benchmark times the stages with it). */
  onStageEnd?: (stage: AnalysisStage) => void;
}

/** The stages of an analysis, in the order they run. */
export type AnalysisStage = 'structure' | 'language' | 'dates' | 'entities' | 'claims';
