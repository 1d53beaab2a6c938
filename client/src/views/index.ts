// The fact-checkers' and curators' views: the Entities tree, the article preview and the corpus dashboard.
import * as vscode from 'vscode';
import { IndexChangedNotification } from '../../../server/src/protocol';
import { CorpusDashboard, DASHBOARD_VIEW_TYPE } from './dashboard';
import { registerEntitiesView } from './entitiesTree';
import { ArticlePreview, PREVIEW_VIEW_TYPE } from './preview';
import type { ServerRequests } from './server';

export function registerViews(context: vscode.ExtensionContext, server: ServerRequests): void {
  // The server's articles changed (indexed, saved, opened, closed): the entity lists and counts are stale.
  const indexChanged = new vscode.EventEmitter<void>();
  context.subscriptions.push(indexChanged, server.onNotification(IndexChangedNotification, () => indexChanged.fire()));
  registerEntitiesView(context, server, indexChanged.event);
  const preview = new ArticlePreview(context, server);
  const dashboard = new CorpusDashboard(context, server, indexChanged.event);
  context.subscriptions.push(
    preview,
    dashboard,
    vscode.commands.registerCommand('newsAnnotator.openPreview', () => preview.open()),
    vscode.commands.registerCommand('newsAnnotator.openDashboard', () => dashboard.open()),
    // Bring back the panels that were open when the window closed.
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, { deserializeWebviewPanel: (panel, state) => preview.revive(panel, state) }),
    vscode.window.registerWebviewPanelSerializer(DASHBOARD_VIEW_TYPE, { deserializeWebviewPanel: async (panel) => dashboard.revive(panel) }),
  );
}
