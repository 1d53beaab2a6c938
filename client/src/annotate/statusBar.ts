// The status bar item: how far the annotator is through the active article's suggestions.
import * as vscode from 'vscode';
import { isSavedArticle } from '../articles';
import type { AnnotationApi } from './serverApi';

const REFRESH_DELAY_MS = 400;

export class ProgressStatus implements vscode.Disposable {
  readonly #item = vscode.window.createStatusBarItem('newsAnnotator.progress', vscode.StatusBarAlignment.Left, 50);
  #timer: NodeJS.Timeout | undefined;
  #request = 0;

  constructor(readonly api: AnnotationApi) {
    this.#item.name = 'News Annotator: review progress';
    this.#item.command = 'newsAnnotator.nextSuggestion';
  }

  /** Refreshes soon (coalescing bursts of edits and commands). */
  refresh(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#update(), REFRESH_DELAY_MS);
  }

  async #update(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    const request = ++this.#request;
    if (!document || !isSavedArticle(document)) {
      this.#item.hide();
      return;
    }
    const state = await this.api.quietState(document);
    if (request !== this.#request) return;
    if (!state) {
      this.#item.hide();
      return;
    }
    if (state.brokenFile) {
      this.#item.text = '$(error) Annotations: broken file';
      this.#item.tooltip = state.problem;
      this.#item.command = { title: 'Repair', command: 'newsAnnotator.repairAnnotationFile', arguments: [vscode.Uri.file(state.brokenFile)] };
    } else {
      const orphans = state.annotations.filter((a) => a.orphaned).length;
      this.#item.text = `$(tag) ${state.reviewed}/${state.total} reviewed${orphans ? ` $(warning) ${orphans} orphaned` : ''}`;
      this.#item.tooltip = `${state.annotator}: ${state.annotations.length} annotation(s) in ${vscode.workspace.asRelativePath(state.layerFile)}\nClick for the next unreviewed suggestion`;
      this.#item.command = 'newsAnnotator.nextSuggestion';
    }
    this.#item.show();
  }

  dispose(): void {
    clearTimeout(this.#timer);
    this.#item.dispose();
  }
}
