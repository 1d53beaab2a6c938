// Find all references: every mention of the entity under the cursor in every article of the
// workspace (open or not), whatever its language or script.
import type { Location } from 'vscode-languageserver';
import type { Corpus, MentionRef } from './corpus';
import type { AnalysedDocument } from './documents';
import { entityAt } from './lookup';
import type { Registry } from './registry';

/** The corpus key of the entity at the offset, or undefined. */
export function entityKeyAt(doc: AnalysedDocument, offset: number, corpus: Corpus): string | undefined {
  const mention = entityAt(doc.analysis.entities, offset);
  return mention && corpus.keyOf(doc.uri, mention);
}

export function toLocation(ref: MentionRef): Location {
  return { uri: ref.article.uri, range: ref.article.lines.rangeOf(ref.mention.start, ref.mention.end) };
}

/** With `includeDeclaration`, the entity's entry in the registry (entities.json) comes first. */
export function provideReferences(doc: AnalysedDocument, offset: number, includeDeclaration: boolean, corpus: Corpus, registry: Registry): Location[] {
  const key = entityKeyAt(doc, offset, corpus);
  if (!key) return [];
  const locations = corpus.locationsOf(key);
  const entry = includeDeclaration ? registry.find(key, corpus.spellingsOf(key)) : undefined;
  return entry ? [{ uri: entry.uri, range: entry.keyRange }, ...locations] : locations;
}
