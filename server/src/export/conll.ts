// CoNLL-2003-style IOB2: one token per line (`TOKEN -X- _ TAG`), `-DOCSTART- -X- -X- O` before each
// article, a blank line after each sentence. Entity and date spans become tags; claims are not token-level.
import type { ExportDocument, ExportSpan } from './collect';
import { sentences, tokenize } from './tokenize';

const TOKEN_LABELS = new Set(['PER', 'LOC', 'ORG', 'DATE']);

/** Spans that can be tagged: no overlaps (IOB2 cannot nest), the earlier and then longer span kept. */
function taggable(spans: ExportSpan[]): { kept: ExportSpan[]; dropped: ExportSpan[] } {
  const kept: ExportSpan[] = [];
  const dropped: ExportSpan[] = [];
  const sorted = spans.filter((s) => TOKEN_LABELS.has(s.label)).sort((a, b) => a.start - b.start || b.end - a.end);
  for (const s of sorted) (kept.length && s.start < kept[kept.length - 1].end ? dropped : kept).push(s);
  return { kept, dropped };
}

export function toConll(documents: ExportDocument[], warn: (message: string) => void = () => undefined): string {
  const lines: string[] = [];
  for (const doc of documents) {
    const { kept, dropped } = taggable(doc.spans);
    for (const s of dropped) warn(`${doc.name}: ${s.label} "${s.text}" at ${s.start} overlaps another span; not in the CoNLL output`);
    const tokens = tokenize(doc.text, kept.flatMap((s) => [s.start, s.end]));
    lines.push('-DOCSTART- -X- -X- O', '');
    let span = 0;
    for (const sentence of sentences(doc.text, tokens, kept)) {
      for (const t of sentence) {
        while (span < kept.length && kept[span].end <= t.start) span++;
        const s = kept[span];
        const tag = s && s.start <= t.start && t.end <= s.end ? `${s.start === t.start ? 'B' : 'I'}-${s.label}` : 'O';
        lines.push(`${t.text} -X- _ ${tag}`);
      }
      lines.push('');
    }
  }
  return lines.join('\n');
}
