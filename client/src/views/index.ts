// The fact-checkers' and curators' views: the Entities tree, the article preview and the corpus dashboard.
import * as vscode from 'vscode';
import { registerEntitiesView } from './entitiesTree';
import { ArticlePreview } from './preview';
import type { ServerRequests } from './server';

export function registerViews(context: vscode.ExtensionContext, server: ServerRequests): void {
  registerEntitiesView(context, server);
  const preview = new ArticlePreview(context, server);
  context.subscriptions.push(
    preview,
    vscode.commands.registerCommand('newsAnnotator.openPreview', () => preview.open()),
  );
}
