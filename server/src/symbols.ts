// Document symbols: the article's entities, grouped by label, each at its first mention.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { Corpus } from './corpus';
import type { AnalysedDocument } from './documents';
import type { EntityLabel } from './engine';
import { groupBy } from './groupBy';
import { plural } from './markdown';

const GROUPS: { label: EntityLabel; name: string; kind: SymbolKind }[] = [
  { label: 'PER', name: 'People', kind: SymbolKind.Class },
  { label: 'LOC', name: 'Places', kind: SymbolKind.Namespace },
  { label: 'ORG', name: 'Organisations', kind: SymbolKind.Module },
];

export function provideDocumentSymbols(doc: AnalysedDocument, corpus: Corpus): DocumentSymbol[] {
  const { analysis, lines } = doc;
  const out: DocumentSymbol[] = [];
  for (const group of GROUPS) {
    const mentions = analysis.entities.filter((m) => m.label === group.label);
    if (!mentions.length) continue;
    const byKey = groupBy(mentions, (m) => corpus.keyOf(doc.uri, m));
    const children: DocumentSymbol[] = [...byKey.values()]
      .map((ofEntity) => {
        const first = ofEntity.reduce((a, b) => (b.start < a.start ? b : a));
        const last = ofEntity.reduce((a, b) => (b.end > a.end ? b : a));
        return {
          name: first.canonical || first.text,
          detail: plural(ofEntity.length, 'mention'),
          kind: group.kind,
          range: lines.rangeOf(first.start, last.end),
          selectionRange: lines.rangeOf(first.start, first.end),
        };
      })
      .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    const start = mentions.reduce((min, m) => Math.min(min, m.start), Infinity);
    const end = mentions.reduce((max, m) => Math.max(max, m.end), -Infinity);
    out.push({ name: group.name, detail: plural(children.length, 'entity', 'entities'), kind: SymbolKind.Package, range: lines.rangeOf(start, end), selectionRange: lines.rangeOf(start, start), children });
  }
  return out;
}
