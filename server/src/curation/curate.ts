// Curation on the store: the annotators' layers of an article are read (never written), planCuration
// splits them into agreed annotations and disagreements, and every decision is one undoable edit of the
// `curated` layer. A disagreement is open until the curated layer holds an annotation or a rejection on
// its span, so the state survives restarts and travels with the files through git. Independent of LSP.
import { promises as fs } from 'node:fs';
import { discoverLayerFiles } from '../agreement/layers';
import { planCuration, type Disagreement } from '../agreement/curation';
import { CURATED_LAYER, FormatError, parseAnnotationFile } from '../store/format';
import { rejectionKey } from '../store/merge';
import type { Annotation, AnnotationFile, AnnotationLabel, RejectedSuggestion } from '../store/schema';
import { anchorAnnotations, AnnotationStore, BrokenStoreFileError, createAnnotation, newAnnotationId, type Layer } from '../store/store';

export class CurationError extends Error {}

export interface AnnotatorLayer {
  layer: string;
  file: string;
  /** The layer file's text as read, to point at an entry in it. */
  fileText: string;
  data: AnnotationFile;
}

export type Decision =
  | { kind: 'take'; layer: string }
  | { kind: 'rejectAll' }
  | { kind: 'edit'; label: AnnotationLabel; start: number; end: number };

export interface CurationState {
  annotators: AnnotatorLayer[];
  curated: Layer;
  open: Disagreement[];
}

const isClaimDisagreement = (d: Disagreement) => Object.values(d.versions).some((v) => v?.label === 'CLAIM');
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * Every annotator's layer of the article (all layers but `curated`), re-anchored to `text`.
 * Throws BrokenStoreFileError for a broken layer: curating without someone's work would lose it.
 */
export async function readAnnotatorLayers(articlePath: string, text: string): Promise<AnnotatorLayer[]> {
  const out: AnnotatorLayer[] = [];
  for (const [layer, file] of await discoverLayerFiles(articlePath)) {
    if (layer === CURATED_LAYER) continue;
    const raw = await fs.readFile(file, 'utf8').catch(() => null);
    if (raw === null) continue; // removed since the directory was listed
    let data: AnnotationFile;
    try {
      data = parseAnnotationFile(raw);
    } catch (e) {
      if (e instanceof FormatError) throw new BrokenStoreFileError(file, e.message, e.offset);
      throw e;
    }
    anchorAnnotations(data, text);
    out.push({ layer, file, fileText: raw, data });
  }
  return out;
}

/** The curated layer, up to date with the disk and anchored to `text`. */
export async function openCuratedLayer(store: AnnotationStore, articlePath: string, text: string): Promise<Layer> {
  const layer = await store.open(articlePath, CURATED_LAYER);
  await store.reload(layer.file);
  store.anchor(layer, text);
  return layer;
}

/** True when the curated layer has decided something on the span: an annotation, or a rejection, of that family. */
function decidedAt(curated: Pick<AnnotationFile, 'annotations' | 'rejected'>, span: { start: number; end: number }, claim: boolean): boolean {
  return (
    curated.annotations.some((a) => !a.orphaned && (a.label === 'CLAIM') === claim && overlaps(a.target, span)) ||
    curated.rejected.some((r) => (r.label === 'CLAIM') === claim && overlaps(r.target, span))
  );
}

/** The disagreements the curated layer has not decided yet. */
export function openDisagreements(annotators: AnnotatorLayer[], curated: Pick<AnnotationFile, 'annotations' | 'rejected'>): Disagreement[] {
  const plan = planCuration(new Map(annotators.map((l) => [l.layer, l.data.annotations])));
  return plan.disagreements.filter((d) => !decidedAt(curated, d, isClaimDisagreement(d)));
}

export async function curationState(store: AnnotationStore, articlePath: string, text: string): Promise<CurationState> {
  const annotators = await readAnnotatorLayers(articlePath, text);
  const curated = await openCuratedLayer(store, articlePath, text);
  return { annotators, curated, open: openDisagreements(annotators, curated.data) };
}

/**
 * Starts (or continues) curating an article: every annotation all annotators agree on and the curated
 * layer has not decided yet is added to it, in one undoable edit. The curated file is created even when
 * nothing is agreed, which marks the article as under curation.
 */
export async function curateArticle(store: AnnotationStore, articlePath: string, text: string): Promise<CurationState & { added: number }> {
  const annotators = await readAnnotatorLayers(articlePath, text);
  if (!annotators.length) throw new CurationError('no annotator has a layer file beside this article: nothing to curate');
  const curated = await openCuratedLayer(store, articlePath, text);
  const plan = planCuration(new Map(annotators.map((l) => [l.layer, l.data.annotations])));
  const agreedBy = annotators.map((l) => l.layer).join(', ');
  const now = new Date().toISOString();
  let added = 0;
  await store.edit(curated, (data) => {
    for (const a of plan.agreed) {
      if (decidedAt(data, a.target, a.label === 'CLAIM')) continue;
      data.annotations.push(copyForCuration(a, agreedBy, now));
      added++;
    }
  });
  await store.flush(curated);
  return { annotators, curated, open: openDisagreements(annotators, curated.data), added };
}

/** Applies the curator's decision on one open disagreement to the curated layer (one undoable edit). */
export async function decide(store: AnnotationStore, articlePath: string, text: string, id: string, decision: Decision, curator: string): Promise<CurationState> {
  const state = await curationState(store, articlePath, text);
  const d = state.open.find((x) => x.id === id);
  if (!d) throw new CurationError(`the disagreement ${id} is no longer open (decided already, or the article or a layer changed): run Curate Article again`);
  const claim = isClaimDisagreement(d);
  const inCluster = (l: AnnotatorLayer) => l.data.annotations.filter((a) => !a.orphaned && (a.label === 'CLAIM') === claim && overlaps(a.target, d));
  const now = new Date().toISOString();
  let additions: Annotation[] = [];
  let rejections: RejectedSuggestion[] = [];
  const rejectEverything = () => {
    rejections = state.annotators.flatMap(inCluster).map((a) => ({ label: a.label, target: a.target, annotator: curator, created: now }));
  };
  if (decision.kind === 'take') {
    const chosen = state.annotators.find((l) => l.layer === decision.layer);
    if (!chosen || !(decision.layer in d.versions)) throw new CurationError(`'${decision.layer}' is not one of the annotators of this disagreement (${Object.keys(d.versions).join(', ')})`);
    additions = inCluster(chosen).map((a) => copyForCuration(a, a.annotator, now));
    // Taking the version of an annotator who marked nothing here is deciding that nothing belongs here.
    if (!additions.length) rejectEverything();
  } else if (decision.kind === 'rejectAll') {
    rejectEverything();
  } else {
    additions = [editedAnnotation(text, d, decision, curator, now)];
  }
  await store.edit(state.curated, (data) => {
    data.annotations.push(...additions);
    const known = new Set(data.rejected.map(rejectionKey));
    for (const r of rejections) {
      if (known.has(rejectionKey(r))) continue;
      known.add(rejectionKey(r));
      data.rejected.push(r);
    }
  });
  return { ...state, open: openDisagreements(state.annotators, state.curated.data) };
}

/** Undoes the last curation step on the article. False when there is nothing to undo (in this session). */
export async function undoCuration(store: AnnotationStore, articlePath: string, text: string): Promise<boolean> {
  const curated = await openCuratedLayer(store, articlePath, text);
  const undone = await store.undo(curated);
  store.anchor(curated, text);
  return undone;
}

function copyForCuration(a: Annotation, annotator: string, created: string): Annotation {
  const copy: Annotation = { ...structuredClone(a), id: newAnnotationId(), annotator, created };
  delete copy.modified;
  return copy;
}

/** The curator's own version; link, date value and claim fields come from a version with the same span and label. */
function editedAnnotation(text: string, d: Disagreement, decision: Extract<Decision, { kind: 'edit' }>, curator: string, created: string): Annotation {
  const { start, end, label } = decision;
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start < end && end <= text.length) || !text.slice(start, end).trim()) {
    throw new CurationError(`the range ${start}-${end} is not a non-empty part of the article`);
  }
  if ((label === 'CLAIM') !== isClaimDisagreement(d)) throw new CurationError(label === 'CLAIM' ? 'this disagreement is about an entity or a date, not a claim' : 'a disagreement about a claim is settled with a CLAIM');
  if (!overlaps({ start, end }, d)) throw new CurationError(`the edited span ${start}-${end} is outside the disagreement ${d.id}`);
  const same = Object.values(d.versions).find((v) => v && v.label === label && v.target.start === start && v.target.end === end);
  const fields: Partial<Annotation> = {};
  if (same?.entity) fields.entity = same.entity;
  if (same && same.value !== undefined) fields.value = same.value;
  if (same?.claimKind) fields.claimKind = same.claimKind;
  if (same?.verdict) fields.verdict = same.verdict;
  if (same?.note) fields.note = same.note;
  return createAnnotation(text, start, end, { label, ...fields, origin: 'manual', annotator: curator, created });
}
