// The server's commands (workspace/executeCommand with one object argument), as the extension's features run them.
import * as vscode from 'vscode';
// The typed request: a plain method name with an undefined token would send the params by position.
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';

/** The command's result; rejects when the server fails it. */
export async function executeServerCommand<T>(client: LanguageClient, command: string, args: object, token?: vscode.CancellationToken): Promise<T> {
  return (await client.sendRequest(ExecuteCommandRequest.type, { command, arguments: [args] }, token)) as T;
}

/** The command's result, or undefined after the failure is shown to the user (nothing is shown when cancelled). */
export async function runServerCommand<T>(client: LanguageClient, command: string, args: object, token?: vscode.CancellationToken): Promise<T | undefined> {
  try {
    return await executeServerCommand<T>(client, command, args, token);
  } catch (e) {
    if (!token?.isCancellationRequested) void vscode.window.showErrorMessage(`News Annotator: ${e instanceof Error ? e.message : String(e)}`);
    return undefined;
  }
}
