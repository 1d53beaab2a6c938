// Curation: what the annotators agree on goes to the curated layer at once; each disagreement is
// listed with every annotator's version so that a curator can take one, edit, or reject them all.
import { groupBy } from '../groupBy';
import type { Annotation } from '../store/schema';

export interface Disagreement {
  /** Stable id: derived from the span the versions cover, so a decision can be addressed. */
  id: string;
  start: number;
  end: number;
  /** Each annotator's version; null = that annotator marked nothing here. */
  versions: Record<string, Annotation | null>;
  /** What differs: span, label, entity link, claim verdict, or presence. */
  differences: ('span' | 'label' | 'entity' | 'verdict' | 'presence')[];
}

export interface CurationPlan {
  agreed: Annotation[];
  disagreements: Disagreement[];
}

const isClaim = (a: Annotation) => a.label === 'CLAIM';
const overlaps = (x: Annotation, y: Annotation) => x.target.start < y.target.end && y.target.start < x.target.end;
const sameDecision = (x: Annotation, y: Annotation) =>
  x.target.start === y.target.start &&
  x.target.end === y.target.end &&
  x.label === y.label &&
  (x.entity ?? null) === (y.entity ?? null) &&
  (x.verdict ?? null) === (y.verdict ?? null) &&
  (x.claimKind ?? null) === (y.claimKind ?? null);

/**
 * Groups the annotators' annotations of one article into clusters of overlapping spans (claims and
 * entities/dates apart, since they may nest), and splits them into agreed and disputed ones.
 * `layers` holds only the annotators who have worked on the article.
 */
export function planCuration(layers: Map<string, Annotation[]>): CurationPlan {
  const annotators = [...layers.keys()].sort();
  const all = annotators.flatMap((who) => layers.get(who)!.filter((a) => !a.orphaned).map((a) => ({ who, a })));
  const agreed: Annotation[] = [];
  const disagreements: Disagreement[] = [];
  for (const family of [all.filter((x) => !isClaim(x.a)), all.filter((x) => isClaim(x.a))]) {
    for (const cluster of clusters(family)) {
      const byWho = groupBy(cluster, (x) => x.who);
      const first = cluster[0].a;
      const unanimous =
        annotators.every((w) => byWho.get(w)?.length === 1) && cluster.every(({ a }) => sameDecision(a, first));
      if (unanimous) {
        agreed.push(first);
        continue;
      }
      const start = Math.min(...cluster.map((x) => x.a.target.start));
      const end = Math.max(...cluster.map((x) => x.a.target.end));
      const versions: Record<string, Annotation | null> = {};
      for (const w of annotators) versions[w] = byWho.get(w)?.[0].a ?? null;
      disagreements.push({ id: `${isClaim(first) ? 'claim' : 'span'}:${start}-${end}`, start, end, versions, differences: differencesOf(Object.values(versions)) });
    }
  }
  agreed.sort((x, y) => x.target.start - y.target.start);
  disagreements.sort((x, y) => x.start - y.start);
  return { agreed, disagreements };
}

function clusters(items: { who: string; a: Annotation }[]): { who: string; a: Annotation }[][] {
  const sorted = [...items].sort((x, y) => x.a.target.start - y.a.target.start || x.a.target.end - y.a.target.end);
  const out: { who: string; a: Annotation }[][] = [];
  let end = -1;
  for (const item of sorted) {
    if (out.length && item.a.target.start < end && out[out.length - 1].some((x) => overlaps(x.a, item.a))) {
      out[out.length - 1].push(item);
      end = Math.max(end, item.a.target.end);
    } else {
      out.push([item]);
      end = item.a.target.end;
    }
  }
  return out;
}

function differencesOf(versions: (Annotation | null)[]): Disagreement['differences'] {
  const present = versions.filter((v): v is Annotation => v !== null);
  const out: Disagreement['differences'] = [];
  if (present.length < versions.length) out.push('presence');
  const distinct = (f: (a: Annotation) => unknown) => new Set(present.map(f)).size > 1;
  if (distinct((a) => `${a.target.start}:${a.target.end}`)) out.push('span');
  if (distinct((a) => a.label)) out.push('label');
  if (distinct((a) => a.entity ?? null)) out.push('entity');
  if (distinct((a) => a.verdict ?? null)) out.push('verdict');
  return out;
}
