// On-disk formats of the annotation store (documented in the README). Human-diffable JSON.
import type { ClaimKind, EntityLabel } from '../engine/types';

export type AnnotationLabel = EntityLabel | 'DATE' | 'CLAIM';
export type ClaimVerdict = 'unverified' | 'supported' | 'false' | 'misleading';

/**
 * Where an annotation sits. Both a position and a quote with context (as the W3C Web Annotation
 * TextPositionSelector + TextQuoteSelector), so that it re-anchors after the article is edited.
 */
export interface AnnotationTarget {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

export interface Annotation {
  id: string;
  label: AnnotationLabel;
  target: AnnotationTarget;
  /** Entity key in the workspace registry (PER/LOC/ORG). */
  entity?: string;
  /** Resolved date value (DATE). */
  value?: string | null;
  /** Claim kind and the checker's verdict and note (CLAIM). */
  claimKind?: ClaimKind;
  verdict?: ClaimVerdict;
  note?: string;
  /** 'manual' when tagged by hand, 'suggestion' when an accepted machine suggestion. */
  origin: 'manual' | 'suggestion';
  annotator: string;
  created: string;
  modified?: string;
  /** Set when the target text can no longer be found: the annotation is kept and reported, never dropped. */
  orphaned?: boolean;
}

/** A machine suggestion the annotator rejected: not offered again for that span. */
export interface RejectedSuggestion {
  label: AnnotationLabel;
  target: AnnotationTarget;
  annotator: string;
  created: string;
}

/**
 * One annotator's layer for one article: `<article>.annotations.<layer>.json` beside the article,
 * where layer is the annotator's name (slugged) or `curated`. One file per annotator, so that
 * annotators working in their own git clones merge without conflicts.
 */
export interface AnnotationFile {
  schema: 'news-annotator/annotations';
  version: 1;
  /** The article's file name, relative to this file. */
  article: string;
  layer: string;
  annotations: Annotation[];
  rejected: RejectedSuggestion[];
}

/** The workspace entity registry, `entities.json` at the workspace root. */
export interface EntityRegistryFile {
  schema: 'news-annotator/entities';
  version: 1;
  entities: Record<string, RegistryEntity>;
}

export interface RegistryEntity {
  type: EntityLabel;
  canonical: string;
  /** Spellings by language code (ISO 639-3, e.g. 'ind', 'fra', 'arb'). */
  aliases: Record<string, string[]>;
  wikidata?: string;
  note?: string;
}
