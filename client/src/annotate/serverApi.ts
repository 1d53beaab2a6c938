// Calls the server's annotation commands (workspace/executeCommand) and converts ranges.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ServerCommands, type AnnotationView, type ArticleState, type SuggestionView } from '../../../server/src/annotations/protocol';
import { executeServerCommand, runServerCommand } from '../serverCommand';

export { ServerCommands };

export class AnnotationApi {
  constructor(readonly client: LanguageClient) {}

  /** Runs a server command; a failure is shown to the user and gives undefined. */
  run<T>(command: string, args: object, token?: vscode.CancellationToken): Promise<T | undefined> {
    return runServerCommand<T>(this.client, command, args, token);
  }

  state(document: vscode.TextDocument): Promise<ArticleState | undefined> {
    return this.run<ArticleState>(ServerCommands.state, { uri: document.uri.toString() });
  }

  /** The article's state, or undefined without a message (for background refreshes). */
  quietState(document: vscode.TextDocument): Promise<ArticleState | undefined> {
    return executeServerCommand<ArticleState>(this.client, ServerCommands.state, { uri: document.uri.toString() }).catch(() => undefined);
  }

  toProtocol(range: vscode.Range) {
    return this.client.code2ProtocolConverter.asRange(range);
  }

  toCode(item: AnnotationView | SuggestionView): vscode.Range {
    return this.client.protocol2CodeConverter.asRange(item.range);
  }
}
