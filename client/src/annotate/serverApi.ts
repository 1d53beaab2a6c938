// Calls the server's annotation commands (workspace/executeCommand) and converts ranges.
import * as vscode from 'vscode';
// The typed request: a plain method name with an undefined token would send the params by position.
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import { ServerCommands, type AnnotationView, type ArticleState, type SuggestionView } from '../../../server/src/annotations/protocol';

export { ServerCommands };

export class AnnotationApi {
  constructor(readonly client: LanguageClient) {}

  /** Runs a server command; a failure is shown to the user and gives undefined. */
  async run<T>(command: string, args: object, token?: vscode.CancellationToken): Promise<T | undefined> {
    try {
      return (await this.client.sendRequest(ExecuteCommandRequest.type, { command, arguments: [args] }, token)) as T;
    } catch (e) {
      if (token?.isCancellationRequested) return undefined;
      void vscode.window.showErrorMessage(`News Annotator: ${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    }
  }

  state(document: vscode.TextDocument): Promise<ArticleState | undefined> {
    return this.run<ArticleState>(ServerCommands.state, { uri: document.uri.toString() });
  }

  /** The article's state, or undefined without a message (for background refreshes). */
  quietState(document: vscode.TextDocument): Promise<ArticleState | undefined> {
    return this.client
      .sendRequest(ExecuteCommandRequest.type, { command: ServerCommands.state, arguments: [{ uri: document.uri.toString() }] })
      .then(
        (state) => state as ArticleState,
        () => undefined,
      );
  }

  toProtocol(range: vscode.Range) {
    return this.client.code2ProtocolConverter.asRange(range);
  }

  toCode(item: AnnotationView | SuggestionView): vscode.Range {
    return this.client.protocol2CodeConverter.asRange(item.range);
  }
}
