// Sharing the connection between feature modules. The LSP connection keeps one handler per request
// (workspace/executeCommand, textDocument/codeAction) and one diagnostics list per document. Curation
// installs the command and code action wrappers before the annotation features register their handlers,
// so that those compose with its own: its commands are answered by it and the rest handed on, code
// actions are concatenated. Each module that publishes diagnostics of its own (curation, annotations)
// shares the diagnostics: every publication for a document carries them as well.
import {
  ErrorCodes,
  ResponseError,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type ExecuteCommandParams,
  type ServerCapabilities,
} from 'vscode-languageserver';

type ExecuteHandler = Parameters<Connection['onExecuteCommand']>[0];
type CodeActionHandler = Parameters<Connection['onCodeAction']>[0];

/**
 * Answers `commands` with `execute`, whoever registers the executeCommand handler later, and lists them
 * in the advertised capabilities (so that editors such as VS Code can run them from code actions).
 */
export function shareExecuteCommand(connection: Connection, capabilities: ServerCapabilities, commands: Set<string>, execute: (params: ExecuteCommandParams) => Promise<unknown>): void {
  const advertised = capabilities.executeCommandProvider?.commands;
  if (advertised) advertised.push(...[...commands].filter((c) => !advertised.includes(c)));
  const register = connection.onExecuteCommand.bind(connection);
  const unknown = (params: ExecuteCommandParams) => Promise.reject(new ResponseError(ErrorCodes.InvalidParams, `unknown command ${params.command}`));
  register((params) => (commands.has(params.command) ? execute(params) : unknown(params)));
  connection.onExecuteCommand = (handler: ExecuteHandler) =>
    register((params, token, workDone, partial) => (commands.has(params.command) ? execute(params) : handler(params, token, workDone, partial)));
}

/** Adds `provide`'s code actions after those of whoever registers the code action handler later. */
export function shareCodeActions(connection: Connection, provide: (params: CodeActionParams) => CodeAction[]): void {
  const register = connection.onCodeAction.bind(connection);
  register((params) => provide(params));
  connection.onCodeAction = (handler: CodeActionHandler) =>
    register(async (params, token, workDone, partial) => {
      const theirs = await handler(params, token, workDone, partial);
      return [...(Array.isArray(theirs) ? theirs : []), ...provide(params)];
    });
}

export interface SharedDiagnostics {
  /** Our diagnostics of a document; published (with everyone else's) only when they changed. */
  set(uri: string, diagnostics: Diagnostic[], version?: number): void;
  get(uri: string): Diagnostic[];
  forget(uri: string): void;
}

/**
 * Appends our diagnostics of an open document to every publication for it. `othersPublished` is told
 * of each publication by someone else (an analysis, an annotation change).
 */
export function shareDiagnostics(connection: Connection, isOpen: (uri: string) => boolean, othersPublished: (uri: string) => void): SharedDiagnostics {
  const ours = new Map<string, Diagnostic[]>();
  const theirs = new Map<string, Diagnostic[]>();
  const send = connection.sendDiagnostics.bind(connection);
  connection.sendDiagnostics = (params) => {
    theirs.set(params.uri, params.diagnostics);
    const open = isOpen(params.uri);
    if (open) othersPublished(params.uri);
    return send({ ...params, diagnostics: [...params.diagnostics, ...(open ? (ours.get(params.uri) ?? []) : [])] });
  };
  return {
    set(uri, diagnostics, version) {
      if (JSON.stringify(ours.get(uri) ?? []) === JSON.stringify(diagnostics)) return;
      if (diagnostics.length) ours.set(uri, diagnostics);
      else ours.delete(uri);
      void send({ uri, version, diagnostics: [...(theirs.get(uri) ?? []), ...diagnostics] });
    },
    get: (uri) => ours.get(uri) ?? [],
    forget(uri) {
      ours.delete(uri);
      theirs.delete(uri);
    },
  };
}
