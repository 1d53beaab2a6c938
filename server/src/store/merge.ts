// Three-way merge of a layer file changed both here and by another writer (another window, git, a text editor).
import type { Annotation, AnnotationFile, RejectedSuggestion } from './schema';

/** Same content regardless of key order. */
export function sameJson(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

const lastChange = (a: Annotation): string => a.modified ?? a.created;

/**
 * Merges our version and the version on disk, given the version both started from (`base`, null if
 * the file did not exist): union by annotation id; when both have an id, the newer `modified` wins
 * (ours on a tie); an annotation one side deleted and the other left unchanged stays deleted.
 */
export function mergeLayerFiles(base: AnnotationFile | null, ours: AnnotationFile, theirs: AnnotationFile): AnnotationFile {
  const baseById = new Map((base?.annotations ?? []).map((a) => [a.id, a]));
  const oursById = new Map(ours.annotations.map((a) => [a.id, a]));
  const theirsById = new Map(theirs.annotations.map((a) => [a.id, a]));
  const annotations: Annotation[] = [];
  for (const id of new Set([...oursById.keys(), ...theirsById.keys()])) {
    const mine = oursById.get(id);
    const other = theirsById.get(id);
    const original = baseById.get(id);
    if (mine && other) annotations.push(lastChange(other) > lastChange(mine) ? other : mine);
    else if (mine) {
      if (!original || !sameJson(original, mine)) annotations.push(mine);
    } else if (other) {
      if (!original || !sameJson(original, other)) annotations.push(other);
    }
  }
  const rejected = mergeRejected(base?.rejected ?? [], ours.rejected, theirs.rejected);
  return { ...ours, annotations, rejected };
}

export const rejectionKey = (r: { label: string; target: { start: number; end: number; exact: string } }): string =>
  `${r.label}|${r.target.start}|${r.target.end}|${r.target.exact}`;

function mergeRejected(base: RejectedSuggestion[], ours: RejectedSuggestion[], theirs: RejectedSuggestion[]): RejectedSuggestion[] {
  const inBase = new Set(base.map(rejectionKey));
  const inOurs = new Set(ours.map(rejectionKey));
  const inTheirs = new Set(theirs.map(rejectionKey));
  const out = new Map<string, RejectedSuggestion>();
  for (const r of ours) if (inTheirs.has(rejectionKey(r)) || !inBase.has(rejectionKey(r))) out.set(rejectionKey(r), r);
  for (const r of theirs) if (!out.has(rejectionKey(r)) && (inOurs.has(rejectionKey(r)) || !inBase.has(rejectionKey(r)))) out.set(rejectionKey(r), r);
  return [...out.values()];
}
