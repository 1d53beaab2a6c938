// The visible layer: a status bar item and a quick pick of the layers found beside the active article
// (mine, another annotator's, curated, or the engine's suggestions). The choice is kept in the setting
// `newsAnnotator.visibleLayer` and sent to the server, which shows that layer as hints.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CurationCommands, MY_LAYER, SUGGESTIONS_LAYER, VisibleLayerNotification, type LayerInfo } from '../../../server/src/curation/protocol';
import { isSavedArticle } from '../articles';
import { runServerCommand } from '../serverCommand';

const SETTING = 'visibleLayer';

export const visibleLayer = (): string => vscode.workspace.getConfiguration('newsAnnotator').get<string>(SETTING) || SUGGESTIONS_LAYER;

export class VisibleLayerStatus implements vscode.Disposable {
  readonly #item = vscode.window.createStatusBarItem('newsAnnotator.visibleLayer', vscode.StatusBarAlignment.Left, 49);
  readonly #subscriptions: vscode.Disposable[] = [];

  constructor(readonly client: LanguageClient) {
    this.#item.name = 'News Annotator: visible layer';
    this.#item.command = 'newsAnnotator.chooseLayer';
    this.#subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration(`newsAnnotator.${SETTING}`)) return;
        this.update();
        if (this.client.isRunning()) void this.client.sendNotification(VisibleLayerNotification, { layer: visibleLayer() });
      }),
    );
    this.update();
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isSavedArticle(document)) {
      this.#item.hide();
      return;
    }
    this.#item.text = `$(layers) ${visibleLayer()}`;
    this.#item.tooltip = 'Layer shown in the editor (hover a marked span to see who annotated it). Click to choose another.';
    this.#item.show();
  }

  /** Asks which layer to show, among those found beside the active article. */
  async choose(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.uri.scheme !== 'file') {
      void vscode.window.showWarningMessage('News Annotator: open an article saved on disk to choose its visible layer.');
      return;
    }
    const layers = await runServerCommand<LayerInfo[]>(this.client, CurationCommands.layers, { uri: document.uri.toString() });
    if (!layers) return;
    const current = visibleLayer();
    type Item = vscode.QuickPickItem & { layer: string };
    const item = (layer: string, label: string, description: string, icon: string): Item => ({
      label: `$(${icon}) ${label}`,
      description: layer === current ? `${description} · shown` : description,
      layer,
    });
    const items: Item[] = [
      item(SUGGESTIONS_LAYER, 'Machine suggestions', "the engine's spans only", 'sparkle'),
      item(MY_LAYER, 'Mine', 'the layer of newsAnnotator.annotator', 'person'),
      ...layers.map((l) =>
        item(
          l.layer,
          l.layer,
          l.problem ? `broken: ${l.problem}` : `${l.annotations} annotation(s)${l.annotators.length ? ` by ${l.annotators.join(', ')}` : ''} · ${path.basename(l.file)}`,
          l.layer === 'curated' ? 'check-all' : 'account',
        ),
      ),
    ];
    const picked = await vscode.window.showQuickPick(items, { title: 'Show which layer of this article?' });
    if (!picked) return;
    const target = vscode.workspace.workspaceFolders ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await vscode.workspace.getConfiguration('newsAnnotator').update(SETTING, picked.layer, target);
  }

  dispose(): void {
    this.#item.dispose();
    for (const s of this.#subscriptions) s.dispose();
  }
}
