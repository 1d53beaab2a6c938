// The annotating UI of the VS Code extension: palette / context-menu / keybinding commands, quick
// picks, the review-progress status bar item. The language server owns the store; these call it.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { AnnotationsChangedNotification } from '../../../server/src/annotations/protocol';
import type { AnnotationLabel } from '../../../server/src/store/schema';
import { AnnotationCommands } from './commands';
import { exportDataset, importAnnotations, repairAnnotationFile } from './exportImport';
import { AnnotationApi } from './serverApi';
import { ProgressStatus } from './statusBar';

const TAG_COMMANDS: Record<string, AnnotationLabel> = {
  'newsAnnotator.tagPerson': 'PER',
  'newsAnnotator.tagPlace': 'LOC',
  'newsAnnotator.tagOrganization': 'ORG',
  'newsAnnotator.tagDate': 'DATE',
  'newsAnnotator.tagClaim': 'CLAIM',
};

export function registerAnnotationCommands(context: vscode.ExtensionContext, client: LanguageClient): void {
  const api = new AnnotationApi(client);
  const status = new ProgressStatus(api);
  const commands = new AnnotationCommands(api, () => status.refresh());
  const register = (id: string, run: (...args: unknown[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, run));

  register('newsAnnotator.tagSelection', () => commands.tag());
  for (const [id, label] of Object.entries(TAG_COMMANDS)) register(id, () => commands.tag(label));
  register('newsAnnotator.acceptSuggestion', () => commands.accept());
  register('newsAnnotator.acceptAllSuggestions', () => commands.acceptAll());
  register('newsAnnotator.rejectSuggestion', () => commands.reject());
  register('newsAnnotator.relabelAnnotation', () => commands.relabel());
  register('newsAnnotator.removeAnnotation', () => commands.remove());
  register('newsAnnotator.linkEntity', () => commands.link());
  register('newsAnnotator.setClaimVerdict', () => commands.setVerdict());
  register('newsAnnotator.reattachAnnotation', () => commands.reattach());
  register('newsAnnotator.nextSuggestion', () => commands.goToSuggestion(1));
  register('newsAnnotator.previousSuggestion', () => commands.goToSuggestion(-1));
  register('newsAnnotator.undoAnnotation', () => commands.undo());
  register('newsAnnotator.exportDataset', () => exportDataset(client));
  register('newsAnnotator.importAnnotations', async () => {
    await importAnnotations(client);
    status.refresh();
  });
  register('newsAnnotator.repairAnnotationFile', async (file?: unknown) => {
    await repairAnnotationFile(client, file instanceof vscode.Uri ? file : undefined);
    status.refresh();
  });

  context.subscriptions.push(
    status,
    vscode.window.onDidChangeActiveTextEditor(() => status.refresh()),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === vscode.window.activeTextEditor?.document) status.refresh();
    }),
    // Code actions run server commands directly: the server says when annotations changed.
    client.onNotification(AnnotationsChangedNotification, () => status.refresh()),
  );
  status.refresh();
}
