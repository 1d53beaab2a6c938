// The fact-checkers' and curators' views: the Entities tree, the article preview and the corpus dashboard.
import * as vscode from 'vscode';
import { CorpusDashboard } from './dashboard';
import { registerEntitiesView } from './entitiesTree';
import { ArticlePreview } from './preview';
import type { ServerRequests } from './server';

export function registerViews(context: vscode.ExtensionContext, server: ServerRequests): void {
  registerEntitiesView(context, server);
  const preview = new ArticlePreview(context, server);
  const dashboard = new CorpusDashboard(context, server);
  context.subscriptions.push(
    preview,
    dashboard,
    vscode.commands.registerCommand('newsAnnotator.openPreview', () => preview.open()),
    vscode.commands.registerCommand('newsAnnotator.openDashboard', () => dashboard.open()),
  );
}
