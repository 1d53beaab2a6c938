// Label Studio tasks: a JSON array, one task per article with `data.text`; human spans in
// `annotations[0].result` and, with --include-suggestions, the engine's spans in `predictions[0].result`.
// Each span is a "labels" region; its entity key, claim kind, verdict, note and date value are per-region
// results (textarea / choices) sharing the region's id, as Label Studio's perRegion controls write them.
import type { ExportDocument, ExportSpan } from './collect';

interface Region {
  id: string;
  from_name: string;
  to_name: 'text';
  type: 'labels' | 'textarea' | 'choices';
  origin?: 'manual' | 'prediction';
  value: { start: number; end: number; text?: string | string[]; labels?: string[]; choices?: string[] };
}

function regions(spans: ExportSpan[]): Region[] {
  const out: Region[] = [];
  spans.forEach((s, i) => {
    const id = `r${i + 1}`;
    const at = { start: s.start, end: s.end };
    out.push({ id, from_name: 'label', to_name: 'text', type: 'labels', value: { ...at, text: s.text, labels: [s.label] } });
    const textarea = (name: string, text: string) => out.push({ id, from_name: name, to_name: 'text', type: 'textarea', value: { ...at, text: [text] } });
    const choice = (name: string, value: string) => out.push({ id, from_name: name, to_name: 'text', type: 'choices', value: { ...at, choices: [value] } });
    if (s.entity) textarea('entity', s.entity);
    if (s.label === 'DATE' && s.value) textarea('value', s.value);
    if (s.note) textarea('note', s.note);
    if (s.claimKind) choice('kind', s.claimKind);
    if (s.verdict) choice('verdict', s.verdict);
  });
  return out;
}

export function toLabelStudio(documents: ExportDocument[]): string {
  const tasks = documents.map((doc, i) => {
    const human = doc.spans.filter((s) => s.origin !== 'engine');
    const engine = doc.spans.filter((s) => s.origin === 'engine');
    return {
      id: i + 1,
      data: { text: doc.text, file: doc.name, lang: doc.lang },
      annotations: human.length ? [{ result: regions(human), meta: { annotators: doc.annotators } }] : [],
      predictions: engine.length ? [{ model_version: 'news-annotator', result: regions(engine) }] : [],
    };
  });
  return JSON.stringify(tasks, null, 2) + '\n';
}
