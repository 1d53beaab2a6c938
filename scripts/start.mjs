// `npm start`: builds the extension, installs it into a project-local VS Code (code-server, set up by
// scripts/setup-editor.mjs), opens a scratch copy of samples/ and prints the address to open.
// code-server listens on 127.0.0.1 only, which is why it runs without a password. Ctrl-C stops it.
//
//   node scripts/start.mjs [--port N] [--folder DIR] [--state DIR]
//     --port N      listen on N (default: 8765 when free, otherwise any free port)
//     --folder DIR  open DIR itself instead of the scratch copy of samples/
//     --state DIR   keep the editor's extensions, settings and scratch workspace in DIR (default .editor/)
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { codeServerBin, editorDir, setupEditor } from './setup-editor.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const HOST = '127.0.0.1';
const PREFERRED_PORT = 8765;

const { values: options } = parseArgs({
  options: { port: { type: 'string' }, folder: { type: 'string' }, state: { type: 'string' } },
});
const stateDir = options.state ? path.resolve(options.state) : editorDir;

const dirs = {
  extensions: path.join(stateDir, 'extensions'),
  userData: path.join(stateDir, 'user-data'),
  workspace: path.join(stateDir, 'workspace'),
  xdg: path.join(stateDir, 'xdg'),
  tmp: path.join(stateDir, 'tmp'),
};

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`${path.basename(cmd)} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer().once('error', () => resolve(false));
    probe.listen(port, HOST, () => probe.close(() => resolve(true)));
  });
}

function anyFreePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().once('error', reject);
    probe.listen(0, HOST, () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function choosePort() {
  if (options.port) return Number(options.port);
  return (await portIsFree(PREFERRED_PORT)) ? PREFERRED_PORT : anyFreePort();
}

/** Copies the sample articles that the scratch workspace lacks; never overwrites what is there. */
function prepareWorkspace() {
  fs.mkdirSync(dirs.workspace, { recursive: true });
  const samples = path.join(root, 'samples');
  for (const name of fs.readdirSync(samples)) {
    const target = path.join(dirs.workspace, name);
    if (!fs.existsSync(target)) fs.copyFileSync(path.join(samples, name), target);
  }
  return dirs.workspace;
}

/** User settings for a quiet offline start; written once, so the user's own changes are kept. */
function prepareUserSettings() {
  const settings = path.join(dirs.userData, 'User', 'settings.json');
  if (fs.existsSync(settings)) return;
  fs.mkdirSync(path.dirname(settings), { recursive: true });
  fs.writeFileSync(settings, JSON.stringify({
    'workbench.startupEditor': 'none',
    'security.workspace.trust.enabled': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'telemetry.telemetryLevel': 'off',
  }, null, 2) + '\n');
}

function installExtension() {
  const vsix = path.join(stateDir, 'news-annotator.vsix');
  run(path.join(root, 'node_modules', '.bin', 'vsce'), ['package', '--no-dependencies', '--no-rewrite-relative-links', '--out', vsix]);
  run(codeServerBin, ['--extensions-dir', dirs.extensions, '--user-data-dir', dirs.userData, '--install-extension', vsix, '--force']);
}

function codeServerEnv() {
  for (const dir of Object.values(dirs)) fs.mkdirSync(dir, { recursive: true });
  // Keeps code-server's config, logs and sockets inside .editor/ rather than in the user's home.
  return { ...process.env, XDG_CONFIG_HOME: dirs.xdg, XDG_DATA_HOME: dirs.xdg, XDG_CACHE_HOME: dirs.xdg, TMPDIR: dirs.tmp };
}

async function main() {
  setupEditor();
  const env = codeServerEnv();
  run(process.execPath, ['esbuild.mjs']);
  installExtension();
  prepareUserSettings();
  const folder = options.folder ? path.resolve(options.folder) : prepareWorkspace();
  const port = await choosePort();

  const server = spawn(codeServerBin, [
    '--auth', 'none', '--bind-addr', `${HOST}:${port}`,
    '--extensions-dir', dirs.extensions, '--user-data-dir', dirs.userData,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', folder,
  ], { env, stdio: ['ignore', 'pipe', 'inherit'] });

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    console.log('\nstopping code-server...');
    server.kill('SIGTERM');
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  server.stdout.setEncoding('utf8');
  let announced = false;
  server.stdout.on('data', (chunk) => {
    if (announced || !chunk.includes('HTTP server listening on')) return;
    announced = true;
    console.log(`\nNews Annotator is running in VS Code (code-server) on ${folder}`);
    console.log(`Open: http://${HOST}:${port}/?folder=${encodeURIComponent(folder)}`);
    console.log('Press Ctrl-C to stop.');
  });
  server.on('exit', (code, signal) => {
    if (!stopping) console.error(`code-server exited unexpectedly (${code ?? signal})`);
    process.exit(stopping ? 0 : 1);
  });
}

main().catch((error) => {
  console.error(`npm start failed: ${error.message}`);
  process.exit(1);
});
