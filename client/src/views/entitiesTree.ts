// The "Entities" tree: entity -> articles -> mentions. Mentions are asked for only when an entity is expanded.
import * as vscode from 'vscode';
import type { EntityLabel } from '../../../server/src/engine/types';
import {
  EntitiesRequest,
  EntityMentionsRequest,
  IndexStatusRequest,
  type EntitiesResult,
  type IndexStatusParams,
  type IndexStatusResult,
  type EntityMentionsParams,
  type EntityMentionsResult,
} from '../../../server/src/protocol';
import {
  ENTITY_LABELS,
  LABEL_STYLE,
  articleNodes,
  filterDescription,
  filterParams,
  languagesOf,
  nodeText,
  sortEntities,
  type EntitiesFilter,
  type EntitiesNode,
} from './entitiesModel';
import { languageName } from './language';
import type { ServerRequests } from './server';

/** A big corpus has tens of thousands of entities; the tree lists the most widespread ones. */
const MAX_ROOT_ENTITIES = 2000;

export class EntitiesTreeProvider implements vscode.TreeDataProvider<EntitiesNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private filter: EntitiesFilter = {};
  /** Languages seen in unfiltered results, so the language filter can offer them while another is set. */
  private readonly knownLanguages = new Set<string>(['arb', 'fra', 'ind']);
  private view: vscode.TreeView<EntitiesNode> | undefined;

  constructor(private readonly server: ServerRequests) {}

  attach(view: vscode.TreeView<EntitiesNode>): void {
    this.view = view;
  }

  refresh(): void {
    this.changed.fire();
  }

  getFilter(): EntitiesFilter {
    return { ...this.filter };
  }

  setFilter(filter: EntitiesFilter): void {
    this.filter = filter;
    if (this.view) this.view.description = filterDescription(filter) || undefined;
    void vscode.commands.executeCommand('setContext', 'newsAnnotator.entities.filtered', Boolean(filter.label || filter.lang));
    this.refresh();
  }

  languages(): string[] {
    return [...this.knownLanguages].sort();
  }

  async getChildren(node?: EntitiesNode): Promise<EntitiesNode[]> {
    try {
      if (!node) return await this.entities();
      if (node.kind === 'entity') {
        const params: EntityMentionsParams = { key: node.entity.key };
        const result = await this.server.sendRequest<EntityMentionsResult>(EntityMentionsRequest, params);
        return articleNodes(node.entity.key, result);
      }
      if (node.kind === 'article') {
        const lines = await this.articleLines(node.uri);
        return node.mentions.map((mention) => ({ kind: 'mention', mention, line: lines?.[mention.start.line] }));
      }
      return [];
    } catch (error) {
      this.setMessage(`Could not ask the News Annotator server: ${error instanceof Error ? error.message : String(error)}`);
      return [];
    }
  }

  private async entities(): Promise<EntitiesNode[]> {
    const result = await this.server.sendRequest<EntitiesResult>(EntitiesRequest, filterParams(this.filter));
    if (!this.filter.lang) for (const lang of languagesOf(result)) this.knownLanguages.add(lang);
    if (result.length === 0) this.setMessage(await this.emptyMessage());
    else if (result.length > MAX_ROOT_ENTITIES)
      this.setMessage(
        `Showing the ${MAX_ROOT_ENTITIES.toLocaleString('en')} entities seen in most articles, of ${result.length.toLocaleString('en')}: filter by label or language to narrow the list.`,
      );
    else this.setMessage(undefined);
    return sortEntities(result)
      .slice(0, MAX_ROOT_ENTITIES)
      .map((entity) => ({ kind: 'entity', entity }));
  }

  private async emptyMessage(): Promise<string> {
    if (this.filter.label || this.filter.lang) return 'No entity matches this filter.';
    const status = await this.server.sendRequest<IndexStatusResult>(IndexStatusRequest, {} satisfies IndexStatusParams);
    return status.ready ? 'No entities yet: open or save a news article.' : 'Indexing the workspace…';
  }

  /** The article's lines for the mention snippets: the editor's text when it is open, else the file's. */
  private async articleLines(uri: string): Promise<string[] | undefined> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
    try {
      const text = open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(uri)));
      return text.split(/\r\n|\r|\n/); // the line breaks of LSP positions (server/src/positions.ts)
    } catch {
      return undefined; // the rows then show the mention text alone
    }
  }

  private setMessage(message: string | undefined): void {
    if (this.view) this.view.message = message;
  }

  getTreeItem(node: EntitiesNode): vscode.TreeItem {
    const text = nodeText(node);
    const collapsible = node.kind === 'mention' ? vscode.TreeItemCollapsibleState.None : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(text.highlights ? { label: text.label, highlights: text.highlights } : text.label, collapsible);
    item.description = text.description;
    item.tooltip = text.tooltip;
    switch (node.kind) {
      case 'entity': {
        const style = LABEL_STYLE[node.entity.label];
        item.id = `entity:${node.entity.key}`;
        item.iconPath = new vscode.ThemeIcon(style.icon, new vscode.ThemeColor(style.color));
        item.contextValue = 'entity';
        break;
      }
      case 'article':
        item.id = `article:${node.entityKey}:${node.uri}`;
        item.resourceUri = vscode.Uri.parse(node.uri);
        item.iconPath = vscode.ThemeIcon.File;
        item.contextValue = 'article';
        break;
      case 'mention': {
        const m = node.mention;
        const selection = new vscode.Range(m.start.line, m.start.character, m.end.line, m.end.character);
        item.iconPath = new vscode.ThemeIcon('symbol-reference');
        item.command = {
          command: 'vscode.open',
          title: 'Go to Mention',
          arguments: [vscode.Uri.parse(m.uri), { selection, preview: true } satisfies vscode.TextDocumentShowOptions],
        };
        break;
      }
    }
    return item;
  }
}

/** Creates the view and its title-bar commands. */
export function registerEntitiesView(context: vscode.ExtensionContext, server: ServerRequests, indexChanged: vscode.Event<void>): EntitiesTreeProvider {
  const provider = new EntitiesTreeProvider(server);
  const view = vscode.window.createTreeView('newsAnnotator.entities', { treeDataProvider: provider, showCollapseAll: true });
  provider.attach(view);

  context.subscriptions.push(
    view,
    // The server says when its articles changed (indexed, saved, opened, closed); it throttles the notifications.
    indexChanged(() => provider.refresh()),
    vscode.commands.registerCommand('newsAnnotator.entities.refresh', () => provider.refresh()),
    vscode.commands.registerCommand('newsAnnotator.entities.filterLabel', async () => {
      const items = [
        { label: 'All labels', value: undefined },
        ...ENTITY_LABELS.map((label) => ({ label, description: LABEL_STYLE[label].name, value: label as EntityLabel })),
      ];
      const pick = await vscode.window.showQuickPick(items, { placeHolder: 'Show entities of label…' });
      if (pick) provider.setFilter({ ...provider.getFilter(), label: pick.value });
    }),
    vscode.commands.registerCommand('newsAnnotator.entities.filterLanguage', async () => {
      const items = [
        { label: 'All languages', value: undefined as string | undefined },
        ...provider.languages().map((lang) => ({ label: languageName(lang), value: lang })),
      ];
      const pick = await vscode.window.showQuickPick(items, { placeHolder: 'Show entities mentioned in…' });
      if (pick) provider.setFilter({ ...provider.getFilter(), lang: pick.value });
    }),
    vscode.commands.registerCommand('newsAnnotator.entities.clearFilter', () => provider.setFilter({})),
  );
  return provider;
}
