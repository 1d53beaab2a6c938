// The annotation commands the server executes (`workspace/executeCommand`, one object argument each).
// Any LSP editor can call them; the VS Code extension wraps them in palette commands and quick picks.
// Offsets never cross the wire: ranges are LSP ranges (UTF-16 line/character) in the article.
import type { Range } from 'vscode-languageserver';
import type { Annotation, AnnotationLabel } from '../store/schema';

export const ServerCommands = {
  /** {uri, range, label, entity?} -> {id}: tags the range (a manual annotation). */
  tag: 'newsAnnotator.server.tag',
  /** {uri, range, label} -> {id}: accepts the engine's suggestion on that span. */
  accept: 'newsAnnotator.server.accept',
  /** {uri, label?} -> {added}: accepts every pending suggestion of the article (of one label). */
  acceptAll: 'newsAnnotator.server.acceptAll',
  /** {uri, range, label}: rejects a suggestion; it is not offered again for that span. */
  reject: 'newsAnnotator.server.reject',
  /** {uri, id, label} */
  relabel: 'newsAnnotator.server.relabel',
  /** {uri, id} */
  remove: 'newsAnnotator.server.remove',
  /** {uri, id, entity} or {uri, id, create: {canonical, type}} -> {entity}: links a mention to a registry entity. */
  link: 'newsAnnotator.server.link',
  /** {uri, id, verdict, note?} */
  setVerdict: 'newsAnnotator.server.setVerdict',
  /** {uri, id, range?}: moves an orphaned annotation to the range, or to its best candidate. */
  reattach: 'newsAnnotator.server.reattach',
  /** {uri} -> {undone}: restores the annotator's layer as it was before the last change. */
  undo: 'newsAnnotator.server.undo',
  /** {file}: backs up a broken layer file and rewrites it with what is still valid. */
  repair: 'newsAnnotator.server.repair',
  /** {uri} -> ArticleState */
  state: 'newsAnnotator.server.state',
  /** {query, uri?} -> EntityChoice[]: registry and workspace entities whose any spelling matches. */
  searchEntities: 'newsAnnotator.server.searchEntities',
  /** {format, inputs, out, includeSuggestions?, layer?: 'curated' | NAME | 'all'} -> ExportReport (cancellable). */
  export: 'newsAnnotator.server.export',
  /** {format, files, annotator, into} -> ImportReport */
  import: 'newsAnnotator.server.import',
} as const;

/** Server -> client notification {uri} after any change to the annotations of an article (commands, code actions, undo). */
export const AnnotationsChangedNotification = 'newsAnnotator/annotationsChanged';

/** Every command also accepts `annotator` (a name) to act on that annotator's layer instead of the configured one. */
export interface CommandBase {
  uri: string;
  annotator?: string;
}

/** A stored annotation as the client sees it: an LSP range and the quoted text in place of the store's target. */
export interface AnnotationView extends Pick<Annotation, 'id' | 'label' | 'entity' | 'value' | 'claimKind' | 'verdict' | 'note' | 'origin'> {
  range: Range;
  text: string;
  orphaned: boolean;
}

export interface SuggestionView {
  label: AnnotationLabel;
  range: Range;
  text: string;
  status: 'accepted' | 'rejected' | 'pending';
}

export interface ArticleState {
  uri: string;
  annotator: string;
  layerFile: string;
  annotations: AnnotationView[];
  suggestions: SuggestionView[];
  reviewed: number;
  total: number;
  canUndo: boolean;
  /** Set when the layer file is broken: nothing can be annotated until it is repaired. */
  brokenFile?: string;
  problem?: string;
}

export interface EntityChoice {
  key: string;
  type: string;
  canonical: string;
  /** The spelling that matched, and every known spelling. */
  matched: string;
  spellings: string[];
  source: 'registry' | 'workspace';
}
