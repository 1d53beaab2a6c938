// Idempotent machine set-up for the real-editor tests and `npm start`:
//  - Debian packages: chromium (driven by playwright-core), ripgrep (stands in for code-server's
//    prebuilt rg, which would be downloaded from GitHub), neovim (the Neovim test), libkrb5-dev and a
//    C toolchain (code-server's native modules build from source offline);
//  - code-server, installed into the gitignored project folder .editor/code-server/.
// Everything is checked with cheap file tests first, so a second run takes well under a second.
// Offline notes (why the environment variables below): /work/shared/notes/real-editor.md §1.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
// @vscode/ripgrep as pinned by code-server 4.100.3's lockfile, and the asset its postinstall looks for.
const RIPGREP_PACKAGE_VERSION = '1.15.11';
const RIPGREP_ASSET = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const editorDir = path.join(root, '.editor');
const codeServerDir = path.join(editorDir, 'code-server');
export const codeServerBin = path.join(codeServerDir, 'node_modules', '.bin', 'code-server');
const installedMarker = path.join(codeServerDir, `.installed-${CODE_SERVER_VERSION}`);

/** Debian package -> a file whose presence shows it is installed. */
const debianPackages = {
  chromium: '/usr/bin/chromium',
  ripgrep: '/usr/bin/rg',
  neovim: '/usr/bin/nvim',
  'libkrb5-dev': '/usr/include/gssapi/gssapi.h',
  'build-essential': '/usr/bin/g++',
  python3: '/usr/bin/python3',
};

function run(cmd, args, options = {}) {
  console.log(`$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...options });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
}

function installDebianPackages() {
  const missing = Object.entries(debianPackages).filter(([, file]) => !fs.existsSync(file)).map(([name]) => name);
  if (missing.length === 0) return;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update'], { env });
  run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { env });
}

function installCodeServer() {
  if (fs.existsSync(installedMarker) && fs.existsSync(codeServerBin)) return;
  const tmp = path.join(editorDir, 'tmp');
  const ripgrepCache = path.join(tmp, `vscode-ripgrep-cache-${RIPGREP_PACKAGE_VERSION}`);
  fs.mkdirSync(ripgrepCache, { recursive: true });
  // @vscode/ripgrep's postinstall would fetch rg from GitHub; a cached archive with Debian's rg at
  // its top level is used instead (the cache lives under os.tmpdir(), which follows TMPDIR).
  run('tar', ['czf', path.join(ripgrepCache, RIPGREP_ASSET), '-C', path.dirname(debianPackages.ripgrep), 'rg']);
  fs.mkdirSync(codeServerDir, { recursive: true });
  fs.writeFileSync(path.join(codeServerDir, 'package.json'),
    JSON.stringify({ name: 'news-annotator-editor', private: true, description: 'code-server for npm start and the e2e tests' }, null, 2) + '\n');
  run('npm', ['install', '--prefix', codeServerDir, '--no-audit', '--no-fund', '--save-exact', `code-server@${CODE_SERVER_VERSION}`], {
    env: {
      ...process.env,
      TMPDIR: tmp,
      // node-pty's postinstall runs `npx node-gyp`, which must not stop to ask.
      npm_config_yes: 'true',
      // code-server's postinstall refuses to run as root without it.
      npm_config_unsafe_perm: 'true',
    },
  });
  fs.writeFileSync(installedMarker, new Date().toISOString() + '\n');
}

export function setupEditor() {
  const started = Date.now();
  installDebianPackages();
  installCodeServer();
  return Date.now() - started;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const ms = setupEditor();
    console.log(`editor set-up ready in ${(ms / 1000).toFixed(1)} s (code-server ${CODE_SERVER_VERSION} in ${path.relative(root, codeServerDir)})`);
  } catch (error) {
    console.error(`editor set-up failed: ${error.message}`);
    process.exit(1);
  }
}
