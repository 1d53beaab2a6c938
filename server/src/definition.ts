// Go to definition: the entity's entry in the registry (entities.json) when it has one, else its
// first mention in the workspace (first article in path order).
import type { Location } from 'vscode-languageserver';
import type { Corpus } from './corpus';
import type { AnalysedDocument } from './documents';
import { entityKeyAt, toLocation } from './references';
import type { Registry } from './registry';

export function provideDefinition(doc: AnalysedDocument, offset: number, corpus: Corpus, registry: Registry): Location | null {
  const key = entityKeyAt(doc, offset, corpus);
  if (!key) return null;
  const refs = corpus.mentionsOf(key);
  const entry = registry.find(key, refs.map((r) => r.mention.text));
  if (entry) return { uri: entry.uri, range: entry.keyRange };
  return refs.length ? toLocation(refs[0]) : null;
}
