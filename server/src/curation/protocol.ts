// The curation commands the server executes (`workspace/executeCommand`, one object argument each) and
// its notifications. Any LSP editor can call them; the VS Code extension wraps them (client/src/team).
import type { Range } from 'vscode-languageserver';
import type { AnnotationLabel } from '../store/schema';

export const CurationCommands = {
  /** {uri} -> CurationResult: agreed annotations go to the curated layer; disagreements are listed. */
  curate: 'newsAnnotator.server.curate',
  /** {uri, id, take: layer} | {uri, id, rejectAll: true} | {uri, id, label, range} -> CurationResult */
  decide: 'newsAnnotator.server.curationDecide',
  /** {uri} -> {undone}: restores the curated layer as it was before the last curation step. */
  undo: 'newsAnnotator.server.curationUndo',
  /** {uris} -> ArticleDisagreements[]: the open disagreements of each article (curation started or not). */
  disagreements: 'newsAnnotator.server.disagreements',
  /** {uri} -> LayerInfo[]: the layer files found beside the article. */
  layers: 'newsAnnotator.server.layers',
  /** {inputs, by?} -> {lines, report}: the agreement report over the articles' layers (as `news-annotator agreement`). */
  agreement: 'newsAnnotator.server.agreement',
} as const;

/**
 * Client -> server {layer}: the layer shown in the editor. 'suggestions' (the engine's, the default),
 * 'mine' (the configured annotator's), 'curated', or another annotator's layer name.
 */
export const VisibleLayerNotification = 'newsAnnotator/setVisibleLayer';

/** Server -> client {uri, open}: how many disagreements of a curated article are still open. */
export const DisagreementsChangedNotification = 'newsAnnotator/disagreementsChanged';

/** Client command run by the "Edit…" code action: {uri, id, range}; asks for a label and decides. */
export const EDIT_DISAGREEMENT_COMMAND = 'newsAnnotator.editDisagreement';

export const SUGGESTIONS_LAYER = 'suggestions';
export const MY_LAYER = 'mine';

export interface VersionView {
  /** The annotator's layer name. */
  layer: string;
  /** null: this annotator marked nothing here. */
  label: AnnotationLabel | null;
  text: string | null;
  range: Range | null;
  entity?: string;
  verdict?: string;
}

export interface DisagreementView {
  id: string;
  range: Range;
  text: string;
  differences: string[];
  versions: VersionView[];
}

export interface CurationResult {
  uri: string;
  /** Agreed annotations added to the curated layer by this step. */
  added: number;
  curatedFile: string;
  annotators: string[];
  open: DisagreementView[];
}

export interface ArticleDisagreements {
  uri: string;
  /** True when the article has a curated layer file (curation has started). */
  curated: boolean;
  annotators: string[];
  open: DisagreementView[];
  problem?: string;
}

export interface LayerInfo {
  layer: string;
  file: string;
  annotations: number;
  /** The annotator names recorded in the layer's annotations. */
  annotators: string[];
  problem?: string;
}
