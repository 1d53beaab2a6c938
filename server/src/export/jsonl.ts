// JSON Lines as spaCy and doccano read them: one article per line,
// {"text", "lang", "entities": [[start, end, label]], "claims", "dates", "meta"}.
import type { ExportDocument } from './collect';

const ENTITY_LABELS = new Set(['PER', 'LOC', 'ORG']);

export function toJsonl(documents: ExportDocument[]): string {
  return documents
    .map((doc) => {
      const entities = doc.spans.filter((s) => ENTITY_LABELS.has(s.label));
      return JSON.stringify({
        text: doc.text,
        lang: doc.lang,
        entities: entities.map((s) => [s.start, s.end, s.label]),
        claims: doc.spans
          .filter((s) => s.label === 'CLAIM')
          .map((s) => ({ start: s.start, end: s.end, text: s.text, kind: s.claimKind ?? null, verdict: s.verdict ?? null, note: s.note ?? null })),
        dates: doc.spans.filter((s) => s.label === 'DATE').map((s) => ({ start: s.start, end: s.end, text: s.text, value: s.value ?? null })),
        meta: {
          file: doc.name,
          annotators: doc.annotators,
          links: entities.filter((s) => s.entity).map((s) => ({ start: s.start, end: s.end, entity: s.entity })),
          suggested: doc.spans.filter((s) => s.origin === 'engine').map((s) => [s.start, s.end, s.label]),
        },
      });
    })
    .map((line) => line + '\n')
    .join('');
}
