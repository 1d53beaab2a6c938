// Document symbols: the article's entities, grouped by label, each at its first mention.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { Corpus } from './corpus';
import type { AnalysedDocument } from './documents';
import type { EntityLabel, EntityMention } from './engine';
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
    const byKey = new Map<string, EntityMention[]>();
    for (const m of analysis.entities) {
      if (m.label !== group.label) continue;
      const key = corpus.keyOf(doc.uri, m);
      byKey.set(key, [...(byKey.get(key) ?? []), m]);
    }
    if (!byKey.size) continue;
    const children: DocumentSymbol[] = [...byKey.values()]
      .map((mentions) => {
        const first = mentions.reduce((a, b) => (b.start < a.start ? b : a));
        const last = mentions.reduce((a, b) => (b.end > a.end ? b : a));
        return {
          name: first.canonical || first.text,
          detail: plural(mentions.length, 'mention'),
          kind: group.kind,
          range: lines.rangeOf(first.start, last.end),
          selectionRange: lines.rangeOf(first.start, first.end),
        };
      })
      .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    const start = Math.min(...[...byKey.values()].flat().map((m) => m.start));
    const end = Math.max(...[...byKey.values()].flat().map((m) => m.end));
    out.push({ name: group.name, detail: plural(children.length, 'entity', 'entities'), kind: SymbolKind.Package, range: lines.rangeOf(start, end), selectionRange: lines.rangeOf(start, start), children });
  }
  return out;
}
