// Measures how long the dashboard webview takes to draw a 10,000-article corpus, in headless Chromium, under the
// same Content-Security-Policy as in VS Code, and reports any CSP violation.
// Run: node esbuild.mjs && npx tsx test/perf/views-dashboard-render.ts [articles] [chromium path]
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium } from 'playwright-core';
import { buildDashboard } from '../../client/src/views/dashboardData';
import { syntheticCorpus } from '../unit/views-synthetic';

const articles = Number(process.argv[2] ?? 10_000);
const executablePath = process.argv[3] ?? '/usr/bin/chromium';
const media = path.resolve(__dirname, '../../dist/media');

interface RenderTime {
  scriptMs: number;
  frameMs: number;
}
/** What stub.js (below) adds to the page. */
interface Stub {
  __render(payload: unknown): Promise<RenderTime>;
  __state(): { canvases: number; rows: number; violations: string[] };
}

async function main(): Promise<void> {
  const corpus = syntheticCorpus(articles);
  const started = performance.now();
  const { data } = buildDashboard(corpus);
  const aggregateMs = performance.now() - started;

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dashboard-render-'));
  for (const f of ['dashboard.js', 'dashboard.css']) fs.copyFileSync(path.join(media, f), path.join(dir, f));
  fs.writeFileSync(
    path.join(dir, 'stub.js'),
    `window.__posted = []; window.__violations = [];
     document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
     window.acquireVsCodeApi = () => ({ postMessage: (m) => window.__posted.push(m) });
     // Posts the aggregate as the extension host would, then waits until the result has been painted.
     window.__render = (payload) => new Promise((resolve) => {
       const t0 = performance.now();
       const previous = document.querySelector('footer[data-render-ms]');
       if (previous) delete previous.dataset.renderMs;
       window.postMessage({ type: 'data', data: payload }, '*');
       const poll = () => {
         const footer = document.querySelector('footer[data-render-ms]');
         if (!footer) return setTimeout(poll, 1);
         requestAnimationFrame(() => requestAnimationFrame(() =>
           resolve({ scriptMs: Number(footer.dataset.renderMs), frameMs: performance.now() - t0 })));
       };
       poll();
     });
     window.__state = () => ({
       canvases: document.querySelectorAll('canvas').length,
       rows: document.querySelectorAll('tbody tr').length,
       violations: window.__violations,
     });`,
  );
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src file:; img-src file: data:; script-src 'nonce-perf'">
     <link rel="stylesheet" href="dashboard.css"></head><body><main id="root"></main>
     <script nonce="perf" src="stub.js"></script><script nonce="perf" src="dashboard.js"></script></body></html>`,
  );

  const browser = await chromium.launch({ executablePath, args: ['--allow-file-access-from-files'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(`file://${path.join(dir, 'index.html')}`);
    const render = (): Promise<RenderTime> => page.evaluate((payload) => (globalThis as unknown as Stub).__render(payload), data);
    const first = await render();
    const update = await render();
    const state = await page.evaluate(() => (globalThis as unknown as Stub).__state());
    console.log(
      `${articles} articles, ${corpus.files.length} annotation files, ${corpus.entities.length} entities\n` +
        `aggregate in extension host: ${aggregateMs.toFixed(0)} ms; payload ${(JSON.stringify(data).length / 1024).toFixed(1)} KiB\n` +
        `first render: ${first.scriptMs.toFixed(1)} ms script, ${first.frameMs.toFixed(1)} ms until painted\n` +
        `update render: ${update.scriptMs.toFixed(1)} ms script, ${update.frameMs.toFixed(1)} ms until painted\n` +
        `${state.canvases} charts, ${state.rows} table rows, CSP violations: ${state.violations.length ? state.violations.join('; ') : 'none'}`,
    );
    if (state.violations.length) process.exitCode = 1;
  } finally {
    await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();
