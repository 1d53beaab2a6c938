// "News Annotator: Open Preview": a webview beside the editor that shows the active article with its
// entities, dates, claims and boilerplate highlighted, like the Markdown preview.
import * as vscode from 'vscode';
import { ArticleAnalysisRequest, type ArticleAnalysisParams, type ArticleAnalysisResult } from '../../../server/src/protocol';
import { isArticle } from '../articles';
import { renderArticleHtml } from './articleHtml';
import { fileName } from './entitiesModel';
import type { PreviewInbound, PreviewOutbound } from './messages';
import type { ServerRequests } from './server';
import { setUpPanel, webviewOptions } from './webviewPanel';

export const PREVIEW_VIEW_TYPE = 'newsAnnotator.preview';
const EDIT_DEBOUNCE_MS = 300;

export class ArticlePreview implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private debounce: NodeJS.Timeout | undefined;
  /** Increases with every request, so a slow answer for an older text never overwrites a newer one. */
  private requestSeq = 0;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly server: ServerRequests,
  ) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && isArticle(editor.document)) this.show(editor.document);
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((event) => {
        const top = event.visibleRanges[0]?.start.line;
        if (this.panel && event.textEditor.document === this.document && top !== undefined)
          void this.panel.webview.postMessage({ type: 'scroll', line: top } satisfies PreviewInbound);
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (this.panel && event.document === this.document) this.scheduleUpdate(EDIT_DEBOUNCE_MS);
      }),
    );
  }

  open(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !isArticle(doc)) {
      void vscode.window.showInformationMessage('Open a news article (a plain-text or .news file) to preview it.');
      return;
    }
    if (this.panel) this.panel.reveal(vscode.ViewColumn.Beside, true);
    else
      this.adopt(
        vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, 'News Preview', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, webviewOptions(this.context)),
      );
    this.show(doc);
  }

  /** Restores a preview left open when the window was closed; its state names the article it showed. */
  async revive(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    this.panel?.dispose();
    this.adopt(panel);
    const uri = typeof state === 'object' && state !== null && typeof (state as { uri?: unknown }).uri === 'string' ? (state as { uri: string }).uri : undefined;
    try {
      const doc = uri ? await vscode.workspace.openTextDocument(vscode.Uri.parse(uri)) : vscode.window.activeTextEditor?.document;
      if (doc && isArticle(doc)) this.show(doc);
    } catch {
      void panel.webview.postMessage({ type: 'error', message: 'The article this preview showed is no longer there.' } satisfies PreviewInbound);
    }
  }

  private adopt(panel: vscode.WebviewPanel): void {
    setUpPanel(this.context, panel, 'preview', '<main id="root"><p class="placeholder">Analysing…</p></main>');
    this.panel = panel;
    const listeners = [panel.webview.onDidReceiveMessage((message: PreviewOutbound) => this.onMessage(message))];
    panel.onDidDispose(() => {
      for (const l of listeners) l.dispose();
      if (this.panel !== panel) return;
      this.panel = undefined;
      this.document = undefined;
    });
  }

  private show(doc: vscode.TextDocument): void {
    if (!this.panel) return;
    this.document = doc;
    this.panel.title = `Preview ${fileName(doc.uri.toString())}`;
    this.scheduleUpdate(0);
  }

  private scheduleUpdate(delay: number): void {
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => void this.update(), delay);
  }

  private async update(): Promise<void> {
    const doc = this.document;
    const panel = this.panel;
    if (!doc || !panel) return;
    const seq = ++this.requestSeq;
    let message: PreviewInbound;
    try {
      const params: ArticleAnalysisParams = { uri: doc.uri.toString() };
      const result = await this.server.sendRequest<ArticleAnalysisResult | null>(ArticleAnalysisRequest, params);
      message = result
        ? { type: 'render', uri: params.uri, html: renderArticleHtml(result, { title: fileName(doc.uri.toString()) }) }
        : { type: 'error', message: `${fileName(doc.uri.toString())} has no analysis: the server does not treat it as a news article, or it is too large.` };
    } catch (error) {
      message = { type: 'error', message: `Could not analyse ${fileName(doc.uri.toString())}: ${error instanceof Error ? error.message : String(error)}` };
    }
    if (seq === this.requestSeq && this.panel === panel) void panel.webview.postMessage(message);
  }

  private onMessage(message: PreviewOutbound): void {
    if (message.type === 'ready') this.scheduleUpdate(0);
    if (message.type !== 'reveal' || !this.document) return;
    const doc = this.document;
    const { start, end } = message;
    if (!Number.isInteger(start) || !Number.isInteger(end)) return;
    const selection = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
    const column = vscode.window.visibleTextEditors.find((e) => e.document === doc)?.viewColumn ?? vscode.ViewColumn.One;
    void vscode.window.showTextDocument(doc, { viewColumn: column, selection, preserveFocus: false }).then((editor) =>
      editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport),
    );
  }

  dispose(): void {
    clearTimeout(this.debounce);
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
