// "News Annotator: Open Dashboard": corpus figures for curators. The extension host reads the annotation files
// (each once, then only the ones that change) and asks the server for entities; dashboardData.ts aggregates;
// the webview receives only the aggregates and draws them.
import * as vscode from 'vscode';
import { forEachLimited } from '../../../server/src/forEachLimited';
import {
  EntitiesRequest,
  EntityMentionsRequest,
  type EntitiesResult,
  type EntityMentionsParams,
  type EntityMentionsResult,
  type EntitySummary,
} from '../../../server/src/protocol';
import { chartToSvg } from './chartSvg';
import { buildDashboard, summarizeAnnotationFile, type AnnotationFileSummary, type BarDrill, type DashboardModel } from './dashboardData';
import { countsText, fileName } from './entitiesModel';
import type { DashboardInbound, DashboardOutbound } from './messages';
import type { ServerRequests } from './server';
import { setUpPanel, webviewOptions } from './webviewPanel';

export const DASHBOARD_VIEW_TYPE = 'newsAnnotator.dashboard';
const ANNOTATION_GLOB = '**/*.annotations.*.json';
const ARTICLE_GLOB = '**/*.{txt,news}';
const EXCLUDE_GLOB = '**/{node_modules,.git}/**';
/** One refresh for a burst of annotation file and index changes. */
const REFRESH_DEBOUNCE_MS = 500;
const READ_CONCURRENCY = 16;
const MAX_ANNOTATION_FILE_BYTES = 50 * 1024 * 1024;
const MAX_PNG_BYTES = 20 * 1024 * 1024;
const PNG_PREFIX = 'data:image/png;base64,';

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export class CorpusDashboard implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private readonly panelDisposables: vscode.Disposable[] = [];
  private model: DashboardModel | undefined;
  private readonly files = new Map<string, AnnotationFileSummary>();
  private readonly broken = new Map<string, string>();
  private entities: EntitySummary[] = [];
  private articleUris: string[] = [];
  /** Annotation files to (re)read at the next refresh. */
  private dirtyFiles = new Set<string>();
  private entitiesStale = true;
  private articlesStale = true;
  private debounce: NodeJS.Timeout | undefined;
  private refreshing: Promise<void> = Promise.resolve();
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly server: ServerRequests,
    /** Fires when the server's articles changed (see registerViews). */
    private readonly indexChanged: vscode.Event<void>,
  ) {}

  open(): void {
    if (this.panel) {
      this.panel.reveal();
      return;
    }
    this.adopt(vscode.window.createWebviewPanel(DASHBOARD_VIEW_TYPE, 'News Dashboard', vscode.ViewColumn.Active, webviewOptions(this.context)));
  }

  /** Restores a dashboard left open when the window was closed. */
  revive(panel: vscode.WebviewPanel): void {
    this.panel?.dispose();
    this.adopt(panel);
  }

  private adopt(panel: vscode.WebviewPanel): void {
    setUpPanel(this.context, panel, 'dashboard', '<main id="root"><p class="placeholder">Counting the corpus…</p></main>');
    this.panel = panel;
    this.files.clear();
    this.broken.clear();
    this.entitiesStale = true;
    this.articlesStale = true;

    // Watch only while the dashboard is open: a closed dashboard costs nothing.
    const watcher = vscode.workspace.createFileSystemWatcher(ANNOTATION_GLOB);
    const changed = (uri: vscode.Uri): void => this.schedule(() => this.dirtyFiles.add(uri.toString()));
    this.panelDisposables.push(
      watcher,
      watcher.onDidChange(changed),
      watcher.onDidCreate(changed),
      watcher.onDidDelete(changed),
      // The server's articles changed (indexed, saved, added, deleted): their entities and count are stale.
      this.indexChanged(() =>
        this.schedule(() => {
          this.entitiesStale = true;
          this.articlesStale = true;
        }),
      ),
      panel.webview.onDidReceiveMessage((message: DashboardOutbound) => void this.onMessage(message)),
      panel.onDidChangeViewState(() => {
        if (panel.visible) this.post();
      }),
    );
    panel.onDidDispose(() => {
      if (this.panel !== panel) return;
      this.panel = undefined;
      this.model = undefined;
      clearTimeout(this.debounce);
      for (const d of this.panelDisposables.splice(0)) d.dispose();
    });
    void this.listAnnotationFiles().then(() => this.schedule(() => {}, 0));
  }

  /** Marks what changed, then refreshes once after a quiet moment. */
  private schedule(mark: () => void, delay = REFRESH_DEBOUNCE_MS): void {
    mark();
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => {
      // One refresh at a time; a failed one is reported and does not stop the next.
      this.refreshing = this.refreshing
        .then(() => this.refresh())
        .catch((error) => this.postMessage({ type: 'error', message: `Could not count the corpus: ${errorText(error)}` }));
    }, delay);
  }

  private async listAnnotationFiles(): Promise<void> {
    const uris = await vscode.workspace.findFiles(ANNOTATION_GLOB, EXCLUDE_GLOB);
    for (const uri of uris) this.dirtyFiles.add(uri.toString());
  }

  private async refresh(): Promise<void> {
    if (!this.panel) return;
    const dirty = [...this.dirtyFiles];
    this.dirtyFiles = new Set();
    await forEachLimited(dirty, READ_CONCURRENCY, (uri) => this.readAnnotationFile(uri));
    if (this.articlesStale) {
      this.articlesStale = false;
      this.articleUris = (await vscode.workspace.findFiles(ARTICLE_GLOB, EXCLUDE_GLOB)).map((u) => u.toString());
    }
    if (this.entitiesStale) {
      this.entitiesStale = false;
      try {
        this.entities = await this.server.sendRequest<EntitiesResult>(EntitiesRequest, {});
      } catch (error) {
        this.postMessage({ type: 'error', message: `The language server did not answer for entities: ${errorText(error)}` });
      }
    }
    this.model = buildDashboard({
      articleUris: this.articleUris,
      entities: this.entities,
      files: [...this.files.values()],
      brokenFiles: [...this.broken].map(([uri, reason]) => `${vscode.workspace.asRelativePath(vscode.Uri.parse(uri))}: ${reason}`),
      now: new Date(),
    });
    this.post();
  }

  private async readAnnotationFile(uri: string): Promise<void> {
    this.files.delete(uri);
    this.broken.delete(uri);
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(vscode.Uri.parse(uri));
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return; // deleted
      this.broken.set(uri, errorText(error));
      return;
    }
    try {
      if (bytes.byteLength > MAX_ANNOTATION_FILE_BYTES) throw new Error(`larger than ${MAX_ANNOTATION_FILE_BYTES / 1024 / 1024} MB`);
      this.files.set(uri, summarizeAnnotationFile(uri, this.decoder.decode(bytes)));
    } catch (error) {
      this.broken.set(uri, error instanceof TypeError ? 'not valid UTF-8' : errorText(error));
    }
  }

  private post(): void {
    if (this.model && this.panel?.visible) this.postMessage({ type: 'data', data: this.model.data });
  }

  private postMessage(message: DashboardInbound): void {
    void this.panel?.webview.postMessage(message);
  }

  private async onMessage(message: DashboardOutbound): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.post();
        return;
      case 'refresh':
        await this.listAnnotationFiles();
        this.schedule(() => {
          this.entitiesStale = true;
          this.articlesStale = true;
        }, 0);
        return;
      case 'openArticle':
        if (this.model?.data.tables.some((t) => t.rows.some((r) => r.uri === message.uri))) await this.openArticle(message.uri);
        return;
      case 'openBar': {
        const drill = this.model?.drill[message.chart]?.[message.index]?.[message.series ?? 0];
        if (drill) await this.openDrill(drill);
        return;
      }
      case 'save':
        await this.saveChart(message);
        return;
    }
  }

  private async openDrill(drill: BarDrill): Promise<void> {
    try {
      if (drill.type === 'articles') return await this.pickArticle(drill.uris);
      if (drill.type === 'entity') return await this.pickMention(drill.key);
      const candidates = this.entities
        .filter((e) => (!drill.label || e.label === drill.label) && (!drill.lang || e.languages.includes(drill.lang)))
        .sort((a, b) => b.articles - a.articles || b.mentions - a.mentions);
      const pick = await vscode.window.showQuickPick(
        candidates.map((e) => ({ label: e.canonical, description: `${e.label} · ${countsText(e.mentions, e.articles)}`, key: e.key })),
        { placeHolder: `${candidates.length} entities${drill.label ? ` · ${drill.label}` : ''}${drill.lang ? ` · ${drill.lang}` : ''}: pick one to see its articles`, matchOnDescription: true },
      );
      if (pick) await this.pickMention(pick.key, drill.lang);
    } catch (error) {
      void vscode.window.showErrorMessage(`News Annotator: ${errorText(error)}`);
    }
  }

  private async pickArticle(uris: string[]): Promise<void> {
    if (uris.length === 0) {
      void vscode.window.showInformationMessage('No article behind this bar.');
      return;
    }
    const pick = await vscode.window.showQuickPick(
      uris.map((uri) => ({ label: fileName(uri), description: vscode.workspace.asRelativePath(vscode.Uri.parse(uri)), uri })),
      { placeHolder: `${uris.length} article${uris.length === 1 ? '' : 's'}`, matchOnDescription: true },
    );
    if (pick) await this.openArticle(pick.uri);
  }

  /** The articles that mention an entity (optionally in one language); opens the chosen one at its first mention. */
  private async pickMention(key: string, lang?: string): Promise<void> {
    const params: EntityMentionsParams = { key };
    const articles = (await this.server.sendRequest<EntityMentionsResult>(EntityMentionsRequest, params)).filter((a) => !lang || a.lang === lang);
    const pick = await vscode.window.showQuickPick(
      articles.map((a) => ({
        label: fileName(a.uri),
        description: `${a.lang} · ${a.mentions.length} mention${a.mentions.length === 1 ? '' : 's'}`,
        detail: a.mentions[0]?.text,
        article: a,
      })),
      { placeHolder: `${articles.length} article${articles.length === 1 ? '' : 's'}` },
    );
    const first = pick?.article.mentions[0];
    if (!pick) return;
    const selection = first ? new vscode.Range(first.start.line, first.start.character, first.end.line, first.end.character) : undefined;
    await vscode.window.showTextDocument(vscode.Uri.parse(pick.article.uri), { selection, preview: true });
  }

  private async openArticle(uri: string): Promise<void> {
    await vscode.window.showTextDocument(vscode.Uri.parse(uri), { preview: true });
  }

  private async saveChart(message: Extract<DashboardOutbound, { type: 'save' }>): Promise<void> {
    const chart = this.model?.data.charts.find((c) => c.id === message.chart);
    if (!chart) return;
    let bytes: Uint8Array;
    if (message.format === 'svg') {
      bytes = new TextEncoder().encode(chartToSvg(chart));
    } else {
      if (typeof message.dataUrl !== 'string' || !message.dataUrl.startsWith(PNG_PREFIX)) return;
      bytes = Buffer.from(message.dataUrl.slice(PNG_PREFIX.length), 'base64');
      const isPng = bytes.length > 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;
      if (!isPng || bytes.length > MAX_PNG_BYTES) return;
    }
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const name = `${chart.id}.${message.format}`;
    const target = await vscode.window.showSaveDialog({
      defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
      filters: message.format === 'svg' ? { 'SVG image': ['svg'] } : { 'PNG image': ['png'] },
      title: `Save chart "${chart.title}"`,
    });
    if (!target) return;
    try {
      await vscode.workspace.fs.writeFile(target, bytes);
    } catch (error) {
      void vscode.window.showErrorMessage(`Could not save the chart: ${errorText(error)}`);
    }
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
