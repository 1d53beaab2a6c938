// Code actions on an article: accept / reject the engine's suggestions, tag the selection, relabel or
// remove an annotation, set a claim's verdict, re-attach or delete orphaned annotations.
import { CodeActionKind, type CodeAction } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { bestCandidate } from '../store/anchor';
import { LABELS, VERDICTS } from '../store/format';
import { reviewStatus, type Suggestion } from '../store/review';
import type { AnnotationLabel } from '../store/schema';
import type { Layer } from '../store/store';
import { ServerCommands } from './protocol';

interface ArticleView {
  uri: string;
  doc: TextDocument;
  text: string;
  suggestions: Suggestion[];
}

const ENTITY_LABELS: readonly AnnotationLabel[] = ['PER', 'LOC', 'ORG'];
const overlapsOrTouches = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start <= b.end && b.start <= a.end;
const quote = (s: string) => `"${s.length > 40 ? s.slice(0, 39) + '…' : s}"`;

export function buildCodeActions(a: ArticleView, layer: Layer, selection: { start: number; end: number }): CodeAction[] {
  const out: CodeAction[] = [];
  const range = (start: number, end: number) => ({ start: a.doc.positionAt(start), end: a.doc.positionAt(end) });
  const action = (title: string, kind: string, command: string, args: object, preferred = false): void => {
    out.push({ title, kind, isPreferred: preferred || undefined, command: { title, command, arguments: [{ uri: a.uri, ...args }] } });
  };

  const pending = a.suggestions.filter((s) => reviewStatus(s, layer.data) === 'pending');
  const here = pending.filter((s) => overlapsOrTouches(s, selection));
  for (const s of here) {
    action(`Accept ${s.label} suggestion ${quote(s.text)}`, CodeActionKind.QuickFix, ServerCommands.accept, { range: range(s.start, s.end), label: s.label }, true);
    action(`Reject ${s.label} suggestion ${quote(s.text)}`, CodeActionKind.QuickFix, ServerCommands.reject, { range: range(s.start, s.end), label: s.label });
  }
  if (here.length) {
    action(`Accept all ${pending.length} suggestions in this article`, CodeActionKind.QuickFix, ServerCommands.acceptAll, {});
    for (const label of new Set(here.map((s) => s.label))) {
      const n = pending.filter((s) => s.label === label).length;
      action(`Accept all ${n} ${label} suggestions in this article`, CodeActionKind.QuickFix, ServerCommands.acceptAll, { label });
    }
  }

  const selected = a.text.slice(selection.start, selection.end);
  const isAnnotated = layer.data.annotations.some((x) => !x.orphaned && x.target.start === selection.start && x.target.end === selection.end);
  if (selected.trim() && !isAnnotated) {
    for (const label of LABELS) action(`Tag ${quote(selected.trim())} as ${label}`, CodeActionKind.RefactorRewrite, ServerCommands.tag, { range: range(selection.start, selection.end), label });
  }

  for (const ann of layer.data.annotations) {
    if (ann.orphaned || !overlapsOrTouches(ann.target, selection)) continue;
    const name = `${ann.label} ${quote(ann.target.exact)}`;
    if (ENTITY_LABELS.includes(ann.label)) {
      for (const label of ENTITY_LABELS) if (label !== ann.label) action(`Relabel ${name} as ${label}`, CodeActionKind.RefactorRewrite, ServerCommands.relabel, { id: ann.id, label });
    }
    if (ann.label === 'CLAIM') {
      for (const verdict of VERDICTS) if (verdict !== ann.verdict) action(`Set verdict of claim ${quote(ann.target.exact)}: ${verdict}`, CodeActionKind.QuickFix, ServerCommands.setVerdict, { id: ann.id, verdict });
    }
    action(`Remove annotation ${name}`, CodeActionKind.QuickFix, ServerCommands.remove, { id: ann.id });
  }

  for (const ann of layer.data.annotations) {
    if (!ann.orphaned) continue;
    const name = `orphaned ${ann.label} ${quote(ann.target.exact)}`;
    const nearby = overlapsOrTouches({ start: Math.min(ann.target.start, a.text.length), end: Math.min(ann.target.end, a.text.length) }, selection);
    if (selected.trim()) action(`Re-attach ${name} to the selection`, CodeActionKind.QuickFix, ServerCommands.reattach, { id: ann.id, range: range(selection.start, selection.end) });
    if (!nearby) continue;
    const candidate = bestCandidate(a.text, ann.target);
    if (candidate) {
      action(`Re-attach ${name} to ${quote(a.text.slice(candidate.start, candidate.end))}`, CodeActionKind.QuickFix, ServerCommands.reattach, { id: ann.id }, true);
    }
    action(`Delete ${name}`, CodeActionKind.QuickFix, ServerCommands.remove, { id: ann.id });
  }
  return out;
}
