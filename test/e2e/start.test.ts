// `npm start` (scripts/start.mjs) and `npm run package`, as a user runs them.
import * as assert from 'node:assert/strict';
import { spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { freePort } from './support/codeServer';
import { CODE_SERVER, EXTENSION_ID, ROOT, SAMPLES, VSCE } from './support/paths';
import { exited, spawnGroup, stopGroup, waitForOutput } from './support/processes';
import { makeScratch, type Scratch } from './support/workspace';

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

describe('npm start: the extension in a project-local VS Code (code-server)', function () {
  this.timeout(120_000);
  let scratch: Scratch;
  let start: ChildProcess;
  let port: number;
  let url: string;
  let output = '';

  before(async function () {
    scratch = makeScratch('start');
    port = await freePort();
    // Its own process group, as in a terminal, so Ctrl-C can be sent to the whole group.
    start = spawnGroup(process.execPath, [path.join(ROOT, 'scripts', 'start.mjs'), '--state', scratch.root, '--port', String(port)], {
      cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'],
    });
    start.stdout?.on('data', (chunk: Buffer) => { output += chunk.toString('utf8'); });
    start.stderr?.on('data', (chunk: Buffer) => { output += chunk.toString('utf8'); });
    url = (await waitForOutput(start, /Open: \S+/, 100_000)).slice('Open: '.length);
  });

  after(async function () {
    if (start) await stopGroup(start);
    scratch?.remove();
  });

  it('prints the workbench address on 127.0.0.1, opening a scratch copy of samples/', function () {
    const workspace = path.join(scratch.root, 'workspace');
    assert.equal(url, `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
    for (const name of fs.readdirSync(SAMPLES)) {
      assert.equal(fs.readFileSync(path.join(workspace, name), 'utf8'), fs.readFileSync(path.join(SAMPLES, name), 'utf8'), name);
    }
  });

  it('serves the workbench there without a password', async function () {
    const response = await fetch(url);
    assert.equal(response.status, 200);
    assert.match(await response.text(), /<html/i);
  });

  it('has the packaged extension installed', function () {
    const r = spawnSync(CODE_SERVER, ['--extensions-dir', path.join(scratch.root, 'extensions'), '--list-extensions', '--show-versions'], { encoding: 'utf8' });
    const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
    assert.deepEqual(r.stdout.trim().split('\n'), [`${EXTENSION_ID}@${version}`]);
  });

  it('stops cleanly on Ctrl-C (SIGINT to the process group) and frees the port', async function () {
    process.kill(-start.pid!, 'SIGINT');
    assert.equal(await exited(start), 0, output);
    // code-server's own children close their listening socket a moment after the launcher exits.
    const deadline = Date.now() + 10_000;
    while ((await canConnect(port)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    assert.equal(await canConnect(port), false, `port ${port} still accepts connections 10 s after Ctrl-C`);
  });
});

describe('npm run package: the .vsix contents', function () {
  this.timeout(60_000);

  it('holds exactly the run-time files: manifest, bundles, grammar, language configuration, icon, README, LICENSE', function () {
    const r = spawnSync(VSCE, ['ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const files = r.stdout.trim().split('\n').sort();
    for (const required of ['package.json', 'dist/client.js', 'dist/server.js', 'dist/cli.js', 'README.md', 'LICENSE']) {
      assert.ok(files.includes(required), `${required} missing from ${files.join(', ')}`);
    }
    const allowed = /^(package\.json|dist\/(client|server|cli)\.js|dist\/media\/[^/]+\.(js|css)|syntaxes\/[^/]+|media\/.+|language-configuration\.json|README\.md|LICENSE)$/;
    assert.deepEqual(files.filter((f) => !allowed.test(f)), []);
  });
});
