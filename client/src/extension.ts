// The extension: starts the language server (dist/server.js over stdio) for plain-text and .news
// articles, and registers the views and commands built on it.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { SHOW_REFERENCES_COMMAND } from '../../server/src/protocol';
import { registerAnnotationCommands } from './annotate';
import { ARTICLE_SELECTOR } from './articles';
import { registerTeamFeatures } from './team';
import { registerViews } from './views';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('News Annotator');
  context.subscriptions.push(output);
  client = createClient(context, output);
  registerViews(context, client);
  registerAnnotationCommands(context, client);
  registerTeamFeatures(context, client);
  context.subscriptions.push(
    vscode.commands.registerCommand(SHOW_REFERENCES_COMMAND, (uri: string, position: { line: number; character: number }) =>
      showReferences(uri, position),
    ),
    vscode.commands.registerCommand('newsAnnotator.restartServer', async () => {
      output.appendLine('Restarting the language server');
      await client?.restart();
    }),
  );
  await client.start();
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}

function createClient(context: vscode.ExtensionContext, output: vscode.OutputChannel): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const storage = context.storageUri ?? context.globalStorageUri;
  const clientOptions: LanguageClientOptions = {
    documentSelector: ARTICLE_SELECTOR,
    synchronize: {
      configurationSection: 'newsAnnotator',
      fileEvents: [vscode.workspace.createFileSystemWatcher('**/*.{txt,news}'), vscode.workspace.createFileSystemWatcher('**/entities.json')],
    },
    // The server keeps its workspace index cache here (one file per set of workspace folders).
    initializationOptions: { storagePath: storage.fsPath, settings: vscode.workspace.getConfiguration('newsAnnotator') },
    outputChannel: output,
  };
  return new LanguageClient('newsAnnotator', 'News Annotator', serverOptions, clientOptions);
}

/** The code lens command: the references peek view at an entity's first mention. */
async function showReferences(uri: string, position: { line: number; character: number }): Promise<void> {
  const target = vscode.Uri.parse(uri);
  const at = new vscode.Position(position.line, position.character);
  const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', target, at);
  await vscode.commands.executeCommand('editor.action.showReferences', target, at, locations ?? []);
}
