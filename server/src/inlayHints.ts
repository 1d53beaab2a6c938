// Inlay hints: the label after every entity mention (": PER") and the resolved value after a date.
import { InlayHintKind, type InlayHint } from 'vscode-languageserver';
import type { AnalysedDocument } from './documents';

export function provideInlayHints(doc: AnalysedDocument, from: number, to: number): InlayHint[] {
  const { analysis, lines } = doc;
  const hints: { at: number; label: string; tooltip: string }[] = [];
  for (const e of analysis.entities) hints.push({ at: e.end, label: `: ${e.label}`, tooltip: e.canonical });
  for (const d of analysis.dates) if (d.value) hints.push({ at: d.end, label: `= ${d.value}`, tooltip: `Resolved date of “${d.text}”` });
  return hints
    .filter((h) => h.at >= from && h.at <= to)
    .sort((a, b) => a.at - b.at)
    .map((h) => ({ position: lines.positionAt(h.at), label: h.label, kind: InlayHintKind.Type, tooltip: h.tooltip, paddingLeft: false }));
}
