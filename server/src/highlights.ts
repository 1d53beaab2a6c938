// Document highlights: every mention in this article of the entity under the cursor.
import { DocumentHighlightKind, type DocumentHighlight } from 'vscode-languageserver';
import type { Corpus } from './corpus';
import type { AnalysedDocument } from './documents';
import { entityAt } from './lookup';

export function provideDocumentHighlights(doc: AnalysedDocument, offset: number, corpus: Corpus): DocumentHighlight[] {
  const mention = entityAt(doc.analysis.entities, offset);
  if (!mention) return [];
  const key = corpus.keyOf(doc.uri, mention);
  return doc.analysis.entities
    .filter((m) => corpus.keyOf(doc.uri, m) === key)
    .map((m) => ({ range: doc.lines.rangeOf(m.start, m.end), kind: DocumentHighlightKind.Text }));
}
