// A minimal LSP client over stdio for the benchmark: starts dist/server.js and times requests.
import { spawn, type ChildProcess } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: unknown[];
}

export class BenchServer {
  readonly connection: MessageConnection;
  readonly process: ChildProcess;
  #diagnosticWaiters: { uri: string; version: number; resolve: () => void }[] = [];
  #progressEnded: string[] = [];
  #progressWaiters: (() => void)[] = [];

  constructor(serverJs: string) {
    // BENCH_SERVER_ARGS: Node options for the server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile it.
    const nodeArgs = process.env.BENCH_SERVER_ARGS?.split(' ').filter(Boolean) ?? [];
    this.process = spawn(process.execPath, [...nodeArgs, serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishedDiagnostics) => {
      this.#diagnosticWaiters = this.#diagnosticWaiters.filter((w) => {
        const done = w.uri === p.uri && (p.version === undefined || p.version >= w.version);
        if (done) w.resolve();
        return !done;
      });
    });
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onNotification('$/progress', (p: { token: string; value: { kind: string } }) => {
      if (p.value.kind !== 'end') return;
      this.#progressEnded.push(String(p.token));
      this.#progressWaiters.splice(0).forEach((w) => w());
    });
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.listen();
  }

  async initialize(workspaceFolder?: string, storagePath?: string): Promise<void> {
    const folder = workspaceFolder ? [{ uri: pathToFileURL(workspaceFolder).href, name: path.basename(workspaceFolder) }] : null;
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folder?.[0].uri ?? null,
      workspaceFolders: folder,
      capabilities: { window: { workDoneProgress: true }, workspace: { configuration: true, workspaceFolders: true } },
      initializationOptions: storagePath ? { storagePath } : {},
    });
    await this.connection.sendNotification('initialized', {});
  }

  /** Resolves when diagnostics for `uri` at `version` (or later) are published. */
  diagnostics(uri: string, version: number, timeoutMs = 30_000): Promise<void> {
    return withTimeout(new Promise((resolve) => this.#diagnosticWaiters.push({ uri, version, resolve })), timeoutMs, `diagnostics for ${uri} v${version}`);
  }

  /** Resolves when `count` work-done progress reports have ended (e.g. the workspace index). */
  progressEnded(count = 1, timeoutMs = 120_000): Promise<void> {
    const wait = async () => {
      while (this.#progressEnded.length < count) await new Promise<void>((r) => this.#progressWaiters.push(r));
    };
    return withTimeout(wait(), timeoutMs, 'the end of the server\'s work-done progress');
  }

  /** Peak resident set size of the server process, from /proc (Linux), in MB. */
  async peakRssMb(): Promise<number> {
    const status = await fs.readFile(`/proc/${this.process.pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
  }

  async stop(): Promise<void> {
    await this.connection.sendRequest('shutdown').catch(() => undefined);
    const exited = new Promise<void>((resolve) => this.process.once('exit', () => resolve()));
    await this.connection.sendNotification('exit').catch(() => undefined);
    // A server that exits on its own writes its --cpu-prof profile; one that does not is killed.
    await withTimeout(exited, 5_000, 'the server to exit').catch(() => undefined);
    this.connection.dispose();
    this.process.kill();
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
