// The Disagreements view (News Annotator container): per article with at least two annotators' layers,
// the disagreements still open; a click selects the span in the article. The whole workspace is read
// once (and on Refresh); after that only the article whose layer files changed is asked for again.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CurationCommands, type ArticleDisagreements, type DisagreementView } from '../../../server/src/curation/protocol';
import { CURATED_LAYER, parseLayerFilePath } from '../../../server/src/store/format';
import { runServerCommand } from '../serverCommand';

/** `<article>.annotations.<layer>.json`, as the store names layer files. */
const MAX_LAYER_FILES = 20_000;
const PAGE = 200;
const REFRESH_DELAY_MS = 500;

type Node = { kind: 'article'; article: ArticleDisagreements } | { kind: 'disagreement'; uri: string; d: DisagreementView };

const short = (s: string) => (s.length > 50 ? s.slice(0, 49) + '…' : s);
const fileName = (uri: string) => decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));

/** The article uri of a layer file uri, or undefined. */
export const articleOfLayerFile = (uri: string): string | undefined => parseLayerFilePath(uri)?.article;

export class DisagreementsProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  readonly #changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.#changed.event;
  /** Open disagreements by article uri; undefined until the view first reads the workspace. */
  #articles: Map<string, ArticleDisagreements> | undefined;
  readonly #stale = new Set<string>();
  #timer: NodeJS.Timeout | undefined;

  constructor(readonly client: LanguageClient) {}

  /** Reads the whole workspace again. */
  refreshAll(): void {
    this.#articles = undefined;
    this.#stale.clear();
    this.#changed.fire();
  }

  /** Asks again for one article soon, coalescing bursts (file events, several decisions). */
  refreshArticle(uri: string): void {
    if (!this.#articles) return;
    this.#stale.add(uri);
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#updateStale(), REFRESH_DELAY_MS);
  }

  async #updateStale(): Promise<void> {
    const uris = [...this.#stale];
    this.#stale.clear();
    const articles = this.#articles;
    if (!articles || !uris.length) return;
    for (const a of await this.#request(uris)) articles.set(a.uri, a);
    this.#changed.fire();
  }

  async #request(uris: string[]): Promise<ArticleDisagreements[]> {
    const out: ArticleDisagreements[] = [];
    for (let i = 0; i < uris.length; i += PAGE) {
      const page = await runServerCommand<ArticleDisagreements[]>(this.client, CurationCommands.disagreements, { uris: uris.slice(i, i + PAGE) });
      out.push(...(page ?? []));
    }
    return out;
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node?.kind === 'article') return node.article.open.map((d) => ({ kind: 'disagreement', uri: node.article.uri, d }));
    if (node) return [];
    if (!this.#articles) {
      const articles = new Map<string, ArticleDisagreements>();
      for (const a of await this.#request(await articlesWithSeveralAnnotators())) articles.set(a.uri, a);
      this.#articles = articles;
    }
    return [...this.#articles.values()]
      .filter((a) => a.open.length || a.problem)
      .sort((x, y) => x.uri.localeCompare(y.uri))
      .map((article) => ({ kind: 'article', article }));
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'article') {
      const a = node.article;
      const item = new vscode.TreeItem(fileName(a.uri), vscode.TreeItemCollapsibleState.Collapsed);
      item.resourceUri = vscode.Uri.parse(a.uri);
      item.description = a.problem ? a.problem : `${a.open.length} open${a.curated ? '' : ' · not curated yet'} · ${a.annotators.join(', ')}`;
      item.iconPath = new vscode.ThemeIcon(a.problem ? 'error' : a.curated ? 'git-compare' : 'circle-outline');
      return item;
    }
    const { d } = node;
    const item = new vscode.TreeItem(short(d.text), vscode.TreeItemCollapsibleState.None);
    item.description = `line ${d.range.start.line + 1} · ${d.differences.join(', ')}`;
    item.tooltip = d.versions.map((v) => `${v.layer}: ${v.label ? `${v.label} "${v.text}"` : 'nothing'}`).join('\n');
    item.iconPath = new vscode.ThemeIcon('diff');
    item.command = { title: 'Show', command: 'vscode.open', arguments: [vscode.Uri.parse(node.uri), { selection: this.client.protocol2CodeConverter.asRange(d.range) }] };
    return item;
  }

  dispose(): void {
    clearTimeout(this.#timer);
    this.#changed.dispose();
  }
}

/** Articles (uris) with at least two annotators' layer files, from the layer files in the workspace. */
async function articlesWithSeveralAnnotators(): Promise<string[]> {
  const files = await vscode.workspace.findFiles('**/*.annotations.*.json', '**/node_modules/**', MAX_LAYER_FILES);
  const annotators = new Map<string, number>();
  for (const f of files) {
    const parsed = parseLayerFilePath(f.toString());
    if (parsed && parsed.layer !== CURATED_LAYER) annotators.set(parsed.article, (annotators.get(parsed.article) ?? 0) + 1);
  }
  return [...annotators].filter(([, n]) => n >= 2).map(([uri]) => uri);
}
