// Machine suggestions (the engine's spans) and whether the annotator has reviewed each one.
import type { ArticleAnalysis, ClaimKind } from '../engine/types';
import type { Annotation, AnnotationFile, AnnotationLabel } from './schema';

export interface Suggestion {
  label: AnnotationLabel;
  start: number;
  end: number;
  text: string;
  entity?: string;
  value?: string | null;
  claimKind?: ClaimKind;
  message?: string;
}

export type ReviewStatus = 'accepted' | 'rejected' | 'pending';

/** Every span the engine suggests for an article, in document order. */
export function suggestionsOf(analysis: ArticleAnalysis): Suggestion[] {
  const out: Suggestion[] = [
    ...analysis.entities.map((e) => ({ label: e.label, start: e.start, end: e.end, text: e.text, entity: e.entity })),
    ...analysis.dates.map((d) => ({ label: 'DATE' as const, start: d.start, end: d.end, text: d.text, value: d.value })),
    ...analysis.claims.map((c) => ({ label: 'CLAIM' as const, start: c.start, end: c.end, text: c.text, claimKind: c.kind, message: c.message })),
  ];
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Entity labels compete for a span; dates and claims are separate layers of meaning. */
const family = (label: AnnotationLabel): string => (label === 'DATE' || label === 'CLAIM' ? label : 'ENTITY');

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * Whether a suggestion has been decided: accepted (an annotation of the same family covers it, whatever
 * its final label or extent), rejected (this span and label were rejected), or pending.
 */
export function reviewStatus(s: Suggestion, layer: Pick<AnnotationFile, 'annotations' | 'rejected'>): ReviewStatus {
  const decided = (a: Annotation) => !a.orphaned && family(a.label) === family(s.label) && overlaps(a.target, s);
  if (layer.annotations.some(decided)) return 'accepted';
  const rejected = layer.rejected.some(
    (r) => r.label === s.label && r.target.start === s.start && r.target.end === s.end && r.target.exact === s.text,
  );
  return rejected ? 'rejected' : 'pending';
}
