// Workspace symbols: entities found by any spelling, ignoring case, accents and Arabic spelling variants.
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver';
import type { Corpus } from './corpus';
import { normalizeName } from './engine/normalize';
import { summarizeEntity } from './entityInfo';
import { toLocation } from './references';
import type { Registry } from './registry';

const KIND = { PER: SymbolKind.Class, LOC: SymbolKind.Namespace, ORG: SymbolKind.Module } as const;
const MAX_RESULTS = 500;

export function provideWorkspaceSymbols(query: string, corpus: Corpus, registry: Registry, isCancelled: () => boolean): SymbolInformation[] {
  const wanted = normalizeName(query);
  const out: SymbolInformation[] = [];
  for (const key of corpus.keys()) {
    if (out.length >= MAX_RESULTS || isCancelled()) break;
    const refs = corpus.mentionsOf(key);
    const spellings = new Set(refs.map((r) => r.mention.text));
    const names = [...spellings, refs[0]?.mention.canonical ?? ''];
    if (wanted && !names.some((n) => normalizeName(n).includes(wanted))) continue;
    const summary = summarizeEntity(corpus, registry, key);
    if (!summary || !refs.length) continue;
    out.push({
      name: summary.canonical,
      kind: KIND[summary.label],
      location: toLocation(refs[0]),
      containerName: [...spellings].filter((s) => s !== summary.canonical).join(', '),
    });
  }
  return out;
}
