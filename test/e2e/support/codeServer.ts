// Starts the project-local code-server (installed by scripts/setup-editor.mjs) on a free port of
// 127.0.0.1, with its own user-data, extensions, config and temp dirs under a scratch directory.
import { spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { CODE_SERVER } from './paths';
import { spawnGroup, stopGroup, waitForOutput } from './processes';

export interface CodeServer {
  port: number;
  /** The workbench address opening `folder`, with an optional extension-test payload. */
  url(folder: string, payload?: [string, string][]): string;
  /** `vscode-remote://` form of a path on the server (for payload entries). */
  remote(file: string): string;
  /** Everything code-server printed so far. */
  log(): string;
  stop(): Promise<void>;
}

export interface CodeServerOptions {
  /** Scratch directory that receives user-data/, extensions/, xdg/, tmp/. */
  dir: string;
  /** User settings.json content. */
  settings: Record<string, unknown>;
  /** A .vsix to install before starting. */
  vsix?: string;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address() as net.AddressInfo;
      probe.close(() => resolve(address.port));
    });
  });
}

export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  if (!fs.existsSync(CODE_SERVER)) throw new Error(`code-server is not installed (${CODE_SERVER}): run node scripts/setup-editor.mjs`);
  const dirs = {
    userData: path.join(options.dir, 'user-data'),
    extensions: path.join(options.dir, 'extensions'),
    xdg: path.join(options.dir, 'xdg'),
    tmp: path.join(options.dir, 'tmp'),
  };
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  fs.mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(dirs.userData, 'User', 'settings.json'), JSON.stringify(options.settings, null, 2));
  const env = { ...process.env, XDG_CONFIG_HOME: dirs.xdg, XDG_DATA_HOME: dirs.xdg, XDG_CACHE_HOME: dirs.xdg, TMPDIR: dirs.tmp };
  const common = ['--extensions-dir', dirs.extensions, '--user-data-dir', dirs.userData];

  if (options.vsix) {
    const r = spawnSync(CODE_SERVER, [...common, '--install-extension', options.vsix], { env, encoding: 'utf8', timeout: 60_000 });
    if (r.status !== 0) throw new Error(`installing ${options.vsix} failed:\n${r.stdout}\n${r.stderr}`);
  }

  const port = await freePort();
  const child: ChildProcess = spawnGroup(CODE_SERVER, [
    ...common, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
  ], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk: Buffer) => { output += chunk.toString('utf8'); };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  try {
    await waitForOutput(child, /HTTP server listening on/, 30_000);
  } catch (error) {
    await stopGroup(child);
    throw error;
  }

  const remote = (file: string) => `vscode-remote://127.0.0.1:${port}${file}`;
  return {
    port,
    remote,
    url(folder, payload) {
      let url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`;
      if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
      return url;
    },
    log: () => output,
    stop: () => stopGroup(child),
  };
}
