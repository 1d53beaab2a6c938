// Test harness: the built language server (dist/server.js) over stdio, driven by a real JSON-RPC client.
// The benchmark (bench/bench.ts) drives the server through the same client.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, Position, PublishDiagnosticsParams, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { LineIndex } from '../../server/src/positions';

export const ROOT = path.resolve(__dirname, '../..');
export const SAMPLES = path.join(ROOT, 'samples');
export const SAMPLE_FILES = ['000_7bbce5a2da076de1.txt', '001_f8241679bfc4829d.txt', '002_f649db04391ccbc3.txt', '003_6b55d47fc30c3144.txt', '004_7ce82b79e7fbb217.txt'];

let serverScript: string | undefined;
/**
 * Builds dist/ once per test run and starts the server from a private copy of the bundle, so that
 * a rebuild by someone else during the run (which changes the engine version) cannot interfere.
 */
export function ensureBuilt(): string {
  if (serverScript) return serverScript;
  const r = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'news-lsp-server-'));
  copyFileSync(path.join(ROOT, 'dist/server.js'), path.join(dir, 'server.js'));
  serverScript = path.join(dir, 'server.js');
  return serverScript;
}

/** A fresh workspace folder with copies of the samples (the server writes its index cache there). */
export async function makeWorkspace(files: Record<string, string> = {}): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'news-lsp-'));
  for (const f of SAMPLE_FILES) await fs.copyFile(path.join(SAMPLES, f), path.join(dir, f));
  for (const [name, text] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await fs.writeFile(path.join(dir, name), text);
  }
  return dir;
}

export const uriOf = (file: string) => pathToFileURL(file).href;

export async function readSample(name: string): Promise<string> {
  return fs.readFile(path.join(SAMPLES, name), 'utf8');
}

export interface StartOptions {
  workspace?: string;
  settings?: Record<string, unknown>;
  initializationOptions?: Record<string, unknown>;
  /** Whether the client offers to watch files for the server (default true). */
  watchFiles?: boolean;
  /** The server bundle to run (default: a private copy of a fresh build, see ensureBuilt). */
  serverScript?: string;
}

/** A `$/progress` notification of a work-done progress. */
export interface ProgressParams {
  token: string | number;
  value: { kind: 'begin' | 'report' | 'end'; message?: string; percentage?: number };
}

export class LspClient {
  readonly connection: MessageConnection;
  readonly #process: ChildProcess;
  readonly #diagnostics = new Map<string, PublishDiagnosticsParams[]>();
  /** Called at every notification that waits may be looking for (diagnostics, progress). */
  readonly #waiters: (() => void)[] = [];
  readonly progress: ProgressParams[] = [];
  readonly logs: string[] = [];
  settings: Record<string, unknown>;

  private constructor(proc: ChildProcess, settings: Record<string, unknown>) {
    this.#process = proc;
    this.settings = settings;
    this.connection = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.#diagnostics.set(p.uri, [...(this.#diagnostics.get(p.uri) ?? []), p]);
      this.#wakeWaiters();
    });
    this.connection.onNotification('$/progress', (p: ProgressParams) => {
      this.progress.push(p);
      this.#wakeWaiters();
    });
    this.connection.onNotification('window/logMessage', (p: { message: string }) => this.logs.push(p.message));
    this.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => this.settings));
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/inlayHint/refresh', () => null);
    this.connection.onRequest('workspace/semanticTokens/refresh', () => null);
    this.connection.listen();
  }

  static async start(options: StartOptions = {}): Promise<LspClient> {
    const proc = spawn(process.execPath, [options.serverScript ?? ensureBuilt(), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const client = new LspClient(proc, options.settings ?? {});
    const folder = options.workspace;
    await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folder ? uriOf(folder) : null,
      workspaceFolders: folder ? [{ uri: uriOf(folder), name: path.basename(folder) }] : null,
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, workspaceEdit: { documentChanges: true, resourceOperations: ['create'] }, didChangeWatchedFiles: { dynamicRegistration: options.watchFiles ?? true } },
        window: { workDoneProgress: true },
        textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true } },
      },
      initializationOptions: options.initializationOptions ?? {},
    });
    await client.connection.sendNotification('initialized', {});
    return client;
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  open(uri: string, text: string, version = 1, languageId = 'plaintext'): Promise<void> {
    return this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  /** Waits for the first diagnostics of a URI that satisfy `accept` (e.g. a given version). */
  diagnostics(uri: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 15_000): Promise<PublishDiagnosticsParams> {
    return this.waitFor(
      () => (this.#diagnostics.get(uri) ?? []).find(accept),
      () => `no matching diagnostics for ${uri}; got ${JSON.stringify(this.#diagnostics.get(uri)?.map((d) => d.version))}`,
      timeoutMs,
    );
  }

  /** Waits until `count` work-done progresses (e.g. the workspace index) have ended. */
  async progressEnded(count = 1, timeoutMs = 15_000): Promise<void> {
    const ended = () => this.progress.filter((p) => p.value.kind === 'end').length;
    await this.waitFor(() => ended() >= count || undefined, () => `${ended()} of ${count} work-done progresses ended`, timeoutMs);
  }

  /** Every notification of `method` from now on, in arrival order (waitFor wakes at each). */
  notifications<T>(method: string): T[] {
    const received: T[] = [];
    this.connection.onNotification(method, (p: T) => {
      received.push(p);
      this.#wakeWaiters();
    });
    return received;
  }

  /** The server's process id. */
  get pid(): number | undefined {
    return this.#process.pid;
  }

  publishedDiagnostics(uri: string): PublishDiagnosticsParams[] {
    return this.#diagnostics.get(uri) ?? [];
  }

  /** Resolves with `find()` once it is defined, checked after every recorded notification; rejects after `timeoutMs`. */
  async waitFor<T>(find: () => T | undefined, failure: () => string, timeoutMs: number): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = find();
      if (found !== undefined) return found;
      if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms: ${failure()}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(1, deadline - Date.now()));
        this.#waiters.push(() => (clearTimeout(timer), resolve()));
      });
    }
  }

  #wakeWaiters(): void {
    for (const w of this.#waiters.splice(0)) w();
  }

  async stop(): Promise<void> {
    try {
      await this.request('shutdown', null);
      await this.notify('exit', null);
    } finally {
      this.connection.dispose();
      this.#process.kill();
    }
  }
}

/** Converts engine spans to LSP ranges the way the server should. */
export function rangeOf(text: string, start: number, end: number): { start: Position; end: Position } {
  return LineIndex.of(text).rangeOf(start, end);
}

export function positionOf(text: string, offset: number): Position {
  return LineIndex.of(text).positionAt(offset);
}

export function sortDiagnostics(ds: Diagnostic[]): Diagnostic[] {
  return [...ds].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || String(a.code).localeCompare(String(b.code)));
}
