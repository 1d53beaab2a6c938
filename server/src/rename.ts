// Rename: sets the entity's canonical name in the registry (entities.json). Article text is never
// edited: a rename changes what the entity is called, not what the articles say.
import { ErrorCodes, ResponseError, type Range, type WorkspaceEdit } from 'vscode-languageserver';
import type { Corpus } from './corpus';
import type { AnalysedDocument } from './documents';
import { slugify } from './engine/normalize';
import { summarizeEntity } from './entityInfo';
import { entityAt } from './lookup';
import { newRegistryText, type Registry } from './registry';

export interface RenameContext {
  corpus: Corpus;
  registry: Registry;
  /** Where a new entities.json goes when the workspace has none (undefined: no workspace folder). */
  newRegistryUri: string | undefined;
  /** Whether the client can create files in a workspace edit. */
  canCreateFiles: boolean;
}

/** The refusal of a rename where there is no entity mention. */
export function noEntity(): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidRequest, 'Rename works on an entity mention: there is no person, place or organisation here.');
}

export function prepareRename(doc: AnalysedDocument, offset: number, ctx: RenameContext): { range: Range; placeholder: string } {
  const mention = entityAt(doc.analysis.entities, offset);
  if (!mention) throw noEntity();
  const summary = summarizeEntity(ctx.corpus, ctx.registry, ctx.corpus.keyOf(doc.uri, mention));
  return { range: doc.lines.rangeOf(mention.start, mention.end), placeholder: summary?.canonical ?? mention.canonical };
}

export function provideRename(doc: AnalysedDocument, offset: number, newName: string, ctx: RenameContext): WorkspaceEdit {
  const mention = entityAt(doc.analysis.entities, offset);
  if (!mention) throw noEntity();
  const name = newName.trim();
  if (!name) throw new ResponseError(ErrorCodes.InvalidParams, 'The new name is empty.');
  const key = ctx.corpus.keyOf(doc.uri, mention);
  const summary = summarizeEntity(ctx.corpus, ctx.registry, key);
  const spellings = summary?.spellings.map((s) => s.text) ?? [mention.text];
  const entry = ctx.registry.find(key, spellings);
  const edit = entry ? ctx.registry.renameEdits(entry, name) : ctx.registry.addEntryEdit(registryKey(key, name), mention.label, name, spellings);
  if (edit) return { changes: { [edit.uri]: edit.edits } };
  if (!ctx.newRegistryUri || !ctx.canCreateFiles) {
    throw new ResponseError(ErrorCodes.InvalidRequest, 'There is no entities.json registry in the workspace to record the new name in.');
  }
  const text = newRegistryText(registryKey(key, name), mention.label, name, spellings);
  return {
    documentChanges: [
      { kind: 'create', uri: ctx.newRegistryUri, options: { ignoreIfExists: true } },
      { textDocument: { uri: ctx.newRegistryUri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: text }] },
    ],
  };
}

/** A registry key for a new entry: the linker's key when it is already a slug, else the name's slug. */
function registryKey(key: string, name: string): string {
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(key) ? key : slugify(name) || key;
}
