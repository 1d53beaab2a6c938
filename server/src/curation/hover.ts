// Who annotated what, in the hover: the visible layer's notes of each open article, kept up to date by the
// curation diagnostics (index.ts) and appended by the LSP hover (server.ts) without any I/O. One LayerNotes
// per server, shared through the ServerContext.
import { MarkupKind, type Hover, type Range } from 'vscode-languageserver';
import { escapeMarkdown } from '../markdown';
import type { LayerNote } from './diagnostics';

interface Notes {
  /** The document version the offsets belong to. */
  version: number;
  notes: LayerNote[];
}

export class LayerNotes {
  readonly #byUri = new Map<string, Notes>();

  set(uri: string, version: number, notes: LayerNote[]): void {
    if (notes.length) this.#byUri.set(uri, { version, notes });
    else this.#byUri.delete(uri);
  }

  /**
   * `hover` with the visible layer's notes on `offset` appended (or alone when there is no other hover).
   * Notes computed on another version of the document are left out: their offsets may have moved.
   */
  addTo(hover: Hover | null, doc: { uri: string; version: number }, offset: number, rangeOf: (start: number, end: number) => Range): Hover | null {
    return withNotes(hover, this.#byUri.get(doc.uri), doc.version, offset, rangeOf);
  }
}

function withNotes(hover: Hover | null, known: Notes | undefined, version: number, offset: number, rangeOf: (start: number, end: number) => Range): Hover | null {
  const here = known?.version === version ? known.notes.filter((n) => n.annotation.target.start <= offset && offset < n.annotation.target.end) : [];
  if (!here.length) return hover;
  const section = here
    .map((n) => [escapeMarkdown(n.who), ...(n.elsewhere.length ? [`Other layers: ${escapeMarkdown(n.elsewhere.join('; '))}`] : [])].join('\n\n'))
    .join('\n\n---\n\n');
  if (!hover) return { contents: { kind: MarkupKind.Markdown, value: section }, range: rangeOf(here[0].annotation.target.start, here[0].annotation.target.end) };
  const contents = hover.contents;
  if (typeof contents !== 'object' || !('kind' in contents) || contents.kind !== MarkupKind.Markdown) return hover;
  return { ...hover, contents: { kind: MarkupKind.Markdown, value: `${contents.value}\n\n---\n\n${section}` } };
}
