// Helpers for the API suite. It runs inside the editor's extension host, so `vscode` is passed in
// by the runner rather than imported: this module stays loadable in plain Node too.
import * as path from 'node:path';
import type * as vscodeApi from 'vscode';

export type VSCode = typeof vscodeApi;

export const EXTENSION_ID = 'news-annotator.news-annotator';

/** Prefix of the per-case result lines that suite/index.ts prints for the code-server launcher. */
export const RESULT_PREFIX = 'NEWS_E2E_RESULT ';

export function workspaceRoot(vscode: VSCode): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the test workspace has no folder open');
  return folder.uri.fsPath;
}

export async function openArticle(vscode: VSCode, name: string): Promise<vscodeApi.TextEditor> {
  const document = await vscode.workspace.openTextDocument(path.join(workspaceRoot(vscode), name));
  return vscode.window.showTextDocument(document);
}

/** Position of the `occurrence`-th (0-based) occurrence of `text` in the document. */
export function positionOf(document: vscodeApi.TextDocument, text: string, occurrence = 0): vscodeApi.Position {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = document.getText().indexOf(text, index + 1);
    if (index < 0) throw new Error(`"${text}" (occurrence ${occurrence}) is not in ${document.fileName}`);
  }
  return document.positionAt(index);
}

/**
 * Re-runs `check` until it stops throwing (the language server answers asynchronously, and the
 * analysis is debounced), then returns its value; after `timeoutMs` rethrows its last error.
 */
export async function eventually<T>(check: () => T | Promise<T>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

export function hoverText(hovers: vscodeApi.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

export interface DecodedToken {
  line: number;
  character: number;
  length: number;
  type: string;
  text: string;
}

/** Decodes LSP-style relative semantic token data into absolute tokens with their text. */
export function decodeTokens(document: vscodeApi.TextDocument, legend: vscodeApi.SemanticTokensLegend, data: Uint32Array): DecodedToken[] {
  const tokens: DecodedToken[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    const length = data[i + 2];
    const text = document.lineAt(line).text.slice(character, character + length);
    tokens.push({ line, character, length, type: legend.tokenTypes[data[i + 3]], text });
  }
  return tokens;
}

export function inlayLabel(hint: vscodeApi.InlayHint): string {
  return typeof hint.label === 'string' ? hint.label : hint.label.map((part) => part.value).join('');
}
