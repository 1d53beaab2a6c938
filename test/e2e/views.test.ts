// The fact-checkers' and curators' views of the packaged extension in code-server, through chromium:
// the article preview (right to left for Arabic, highlights that select their span in the editor),
// the Entities view (one entity across languages and articles) and the corpus dashboard (its charts and
// figures). Screenshots go to docs/ with `npm run screenshots` (the README shows them).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { escapeRegExp, Workbench } from './support/browser';
import { closePackagedEditor, openPackagedEditor, type CliArticle, type PackagedEditor, type Span } from './support/editor';
import { ROOT, SCREENSHOTS } from './support/paths';
import { screenshotOf, webviewContent } from './support/views';
import { ARTICLES, type Scratch } from './support/workspace';

/** The browser globals the page functions use (this project compiles without the DOM library). */
interface PageGlobals {
  getComputedStyle(element: unknown): { backgroundColor: string };
  scrollY: number;
  document: { querySelector(selector: string): { getBoundingClientRect(): { top: number; width: number } } | null };
}
interface Canvas {
  width: number;
  height: number;
  getContext(type: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> } };
}

const FAILURES = path.join(os.tmpdir(), 'news-annotator-e2e-failures');
/** The annotator layers written before the editor starts: article -> layer names. */
const LAYERS: Record<string, string[]> = {
  [ARTICLES.arabic]: ['siti'],
  [ARTICLES.french]: ['siti'],
  [ARTICLES.indonesianPutin]: ['siti', 'budi'],
};
/** The bar colour of "annotated" in the annotator progress chart (client/src/views/dashboardData.ts). */
const ANNOTATED_RGB = [59, 142, 234];

describe('UI: the fact-checker and curator views in code-server through chromium', function () {
  this.timeout(60_000);
  const editor: Partial<PackagedEditor> = {};
  let scratch: Scratch;
  let wb: Workbench;
  let analysis: Map<string, CliArticle>;
  const textOf = (name: string) => fs.readFileSync(path.join(scratch.workspace, name), 'utf8');

  before(async function () {
    this.timeout(120_000);
    ({ scratch, wb, analysis } = await openPackagedEditor(editor, 'views', ARTICLES.arabic, (created, analysed) => {
      scratch = created;
      analysis = analysed;
      for (const [article, layers] of Object.entries(LAYERS)) for (const layer of layers) writeLayer(article, layer);
    }));
  });

  afterEach(async function () {
    if (this.currentTest?.state !== 'failed' || !wb) return;
    const file = await wb.screenshot(`views-${this.currentTest.title.replace(/[^\w.-]+/g, '_').slice(0, 80)}.png`, { dir: FAILURES, keepMouse: true });
    console.log(`    screenshot of the failure: ${file}`);
  });

  after(() => closePackagedEditor(editor));

  /** An annotator's layer: the article's first person suggestion accepted, and its first flagged claim left open. */
  function writeLayer(article: string, layer: string): void {
    const result = analysis.get(article)!;
    const text = fs.readFileSync(path.join(scratch.workspace, article), 'utf8');
    const person = result.entities.find((e) => e.label === 'PER');
    const claim = result.claims[0];
    assert.ok(person && claim, `${article} has no person or no claim to annotate`);
    const target = (s: Span) => ({ start: s.start, end: s.end, exact: s.text, prefix: text.slice(Math.max(0, s.start - 20), s.start), suffix: text.slice(s.end, s.end + 20) });
    const common = { annotator: layer, created: '2026-11-23T12:00:00.000Z' };
    const file = {
      schema: 'news-annotator/annotations',
      version: 1,
      article,
      layer,
      annotations: [
        { id: `${layer}-1`, label: 'PER', target: target(person), origin: 'suggestion', ...common },
        { id: `${layer}-2`, label: 'CLAIM', target: target(claim), claimKind: claim.kind, verdict: 'unverified', origin: 'suggestion', ...common },
      ],
      rejected: [],
    };
    fs.writeFileSync(path.join(scratch.workspace, `${article}.annotations.${layer}.json`), JSON.stringify(file, null, 2));
  }

  /** Drags the side bar's edge until it is `width` pixels wide, so that the tree rows are not cut. */
  async function widenSideBar(width: number): Promise<void> {
    const box = (await wb.page.locator('.part.sidebar').boundingBox())!;
    const y = box.y + box.height / 2;
    await wb.page.mouse.move(box.x + box.width, y);
    await wb.page.mouse.down();
    await wb.page.mouse.move(box.x + width, y, { steps: 5 });
    await wb.page.mouse.up();
    await wb.page.waitForFunction((min) => ((globalThis as unknown as PageGlobals).document.querySelector('.part.sidebar')?.getBoundingClientRect().width ?? 0) >= min, width - 10);
  }

  const firstWord = (name: string) => textOf(name).trim().split(/\s/)[0];
  const preview = () => webviewContent(wb.page);

  it('the Entities view lists Vladimir Putin with his mentions in three languages, article by article', async function () {
    const arabic = analysis.get(ARTICLES.arabic)!;
    const putin = arabic.entities.find((e) => e.text === 'بوتين');
    assert.ok(putin, 'the engine finds no بوتين in the Arabic article');
    const articles = [...analysis.values()]
      .map((a) => ({ name: path.basename(a.file), lang: a.lang, mentions: a.entities.filter((e) => e.entity === putin.entity).length }))
      .filter((a) => a.mentions > 0);
    assert.deepEqual([...new Set(articles.map((a) => a.lang))].sort(), ['arb', 'fra', 'ind']);
    const mentions = articles.reduce((sum, a) => sum + a.mentions, 0);

    // The first test: showing the view activates the extension; the counts below appear once the workspace index is built.
    await wb.page.locator('.part.activitybar .action-item a[aria-label^="News Annotator"]').click();
    const view = wb.page.locator('.part.sidebar .pane', { has: wb.page.locator('.pane-header', { hasText: 'Entities' }) });
    await view.waitFor();
    await widenSideBar(520);
    const row = view.locator('.monaco-list-row', { hasText: 'Vladimir Putin' }).first();
    await row.filter({ hasText: `${mentions} mentions · ${articles.length} articles` }).waitFor();
    await row.click();
    for (const a of articles) {
      const description = `${a.lang} · ${a.mentions} mention${a.mentions === 1 ? '' : 's'}`;
      await view.locator('.monaco-list-row', { hasText: a.name }).filter({ hasText: description }).waitFor();
    }
    // The Arabic article's mentions, each in its line.
    await view.locator('.monaco-list-row', { hasText: ARTICLES.arabic }).click();
    await view.locator('.monaco-list-row', { hasText: new RegExp(escapeRegExp('بوتين')) }).first().waitFor();
    await screenshotOf(wb.page, path.join(SCREENSHOTS, 'entities-view.png'), [wb.page.locator('.part.sidebar .composite.title'), view], { x: 900, y: 880 });
  });

  it('the preview of the Arabic article reads right to left, with coloured highlights and a legend that counts them', async function () {
    const article = analysis.get(ARTICLES.arabic)!;
    assert.equal(article.lang, 'arb');
    // The whole window for the editor and the preview.
    await wb.runCommand('View: Close Primary Side Bar');
    await wb.page.locator('.part.sidebar').waitFor({ state: 'hidden' });
    await wb.openFile(ARTICLES.arabic, firstWord(ARTICLES.arabic));
    await wb.runCommand('News Annotator: Open Preview');
    const body = preview().locator('article.article[dir="rtl"][lang="ar"]');
    await body.locator('.hl-per').first().waitFor();
    await preview().locator('.article-header', { hasText: 'Arabic (arb) · rtl' }).waitFor();
    const counted = (label: string) => article.entities.filter((e) => e.label === label).length;
    const legend = {
      Person: counted('PER'),
      Place: counted('LOC'),
      Organisation: counted('ORG'),
      Date: article.dates.length,
      'Claim to check': article.claims.length,
      Boilerplate: article.boilerplate.length,
    };
    const items = await preview().locator('.legend .legend-item').allInnerTexts();
    assert.deepEqual(items.map((t) => t.replace(/\s+/g, ' ').trim()), Object.entries(legend).map(([name, n]) => `${name} ${n}`));
    // Exactly the engine's entities are highlighted (a span crossing a line is drawn in pieces), each in its label's colour.
    for (const label of ['PER', 'LOC', 'ORG']) {
      const ranges = await body
        .locator(`.hl-${label.toLowerCase()}`)
        .evaluateAll((spans) => spans.map((e) => `${(e as { dataset: Record<string, string> }).dataset.start}-${(e as { dataset: Record<string, string> }).dataset.end}`));
      const expected = article.entities.filter((e) => e.label === label).map((e) => `${e.start}-${e.end}`);
      assert.deepEqual([...new Set(ranges)].sort(), [...new Set(expected)].sort(), label);
    }
    const colours: Record<string, string> = { PER: 'rgba(59, 142, 234, 0.28)', LOC: 'rgba(46, 158, 91, 0.28)', ORG: 'rgba(165, 95, 194, 0.28)' };
    for (const label of Object.keys(colours).filter((l) => counted(l) > 0)) {
      const colour = await body.locator(`.hl-${label.toLowerCase()}`).first().evaluate((e) => (globalThis as unknown as PageGlobals).getComputedStyle(e).backgroundColor);
      assert.equal(colour, colours[label], label);
    }
    // The first paragraph starts at the right edge of the article: laid out right to left.
    const layout = await body.locator('p').first().evaluate((p) => {
      const range = (globalThis as unknown as { document: { createRange(): { selectNodeContents(n: unknown): void; getClientRects(): ArrayLike<{ right: number }> } } }).document.createRange();
      range.selectNodeContents(p);
      return { textRight: range.getClientRects()[0].right, boxRight: (p as { getBoundingClientRect(): { right: number } }).getBoundingClientRect().right };
    });
    assert.ok(Math.abs(layout.boxRight - layout.textRight) < 2, `the first line ends ${layout.boxRight - layout.textRight}px from the right edge`);
    // The editor is at the article's start, so the preview shows its start too: header and legend in view.
    const frame = await (await body.elementHandle())!.ownerFrame();
    await frame!.waitForFunction(() => {
      const page = globalThis as unknown as PageGlobals;
      return page.scrollY === 0 && (page.document.querySelector('.legend')?.getBoundingClientRect().top ?? -1) >= 0;
    });
    await screenshotOf(wb.page, path.join(SCREENSHOTS, 'preview-arabic.png'), [wb.page.locator('.part.editor')], { x: 150, y: 880 });
  });

  it('clicking a highlighted name in the preview selects it in the editor', async function () {
    const text = textOf(ARTICLES.arabic);
    const person = analysis.get(ARTICLES.arabic)!.entities.find((e) => e.label === 'PER')!;
    await preview().locator(`.hl-per[data-start="${person.start}"]`).first().click();
    // The status bar shows the selection's end and its length (VS Code columns count UTF-16 units, like the offsets).
    const before = text.slice(0, person.end);
    const line = before.split('\n').length;
    const column = person.end - before.lastIndexOf('\n');
    const selection = wb.page.locator('[id="status.editor.selection"]');
    await selection.filter({ hasText: `Ln ${line}, Col ${column} (${person.end - person.start} selected)` }).waitFor();
    await wb.page.locator(`.tabs-container .tab.active[data-resource-name="${ARTICLES.arabic}"]`).waitFor();
    await wb.editor.locator('.selected-text').first().waitFor({ state: 'attached' });
  });


  it('the dashboard draws its charts and counts the workspace: 5 articles, the annotators\' progress', async function () {
    const all = [...analysis.values()];
    const expected = {
      Articles: all.length,
      'Annotated articles': Object.keys(LAYERS).length,
      'Annotation files': Object.values(LAYERS).flat().length,
      Entities: new Set(all.flatMap((a) => a.entities.map((e) => e.entity))).size,
      'Entity mentions': all.reduce((sum, a) => sum + a.entities.length, 0),
    };
    assert.equal(expected.Articles, 5);
    await wb.runCommand('View: Close All Editors');
    await wb.page.locator('iframe.webview').waitFor({ state: 'detached' });
    // Room for all five charts in the picture: a taller window (the side bar is closed since the preview).
    await wb.page.setViewportSize({ width: 1400, height: 1400 });
    await wb.runCommand('News Annotator: Open Dashboard');
    const dashboard = webviewContent(wb.page);
    for (const [label, value] of Object.entries(expected)) {
      await dashboard.locator('.stat', { has: dashboard.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('dd', { hasText: new RegExp(`^${value}$`) }).waitFor();
    }
    const titles = await dashboard.locator('canvas').evaluateAll((canvases) => canvases.map((c) => (c as { getAttribute(n: string): string }).getAttribute('aria-label')));
    assert.deepEqual(titles, [
      'Mentions per label',
      'Mentions per language and label',
      'Entities seen in most articles (top 20)',
      'Annotated claims per kind and verdict',
      'Articles annotated per annotator (of 5)',
    ]);
    // The progress chart has drawn its "annotated" bars.
    const progress = dashboard.locator('canvas[aria-label="Articles annotated per annotator (of 5)"]');
    const annotatedPixels = await progress.evaluate((canvas, rgb) => {
      const c = canvas as unknown as Canvas;
      const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] === rgb[0] && data[i + 1] === rgb[1] && data[i + 2] === rgb[2]) n++;
      return n;
    }, ANNOTATED_RGB);
    assert.ok(annotatedPixels > 500, `the progress chart shows ${annotatedPixels} pixels of annotated bars`);
    // The editor's title bar and the dashboard down to its footer (the page below it is empty).
    const parts = [wb.page.locator('.part.editor .title').first(), dashboard.locator('#root')];
    await screenshotOf(wb.page, path.join(SCREENSHOTS, 'dashboard.png'), parts, { x: 1390, y: 1390 });
  });

  it('a new article file reaches the open dashboard and the Entities view without a refresh (the server announces it)', async function () {
    // Both views on screen, showing the five samples.
    await wb.runCommand('View: Toggle Primary Side Bar Visibility');
    const view = wb.page.locator('.part.sidebar .pane', { has: wb.page.locator('.pane-header', { hasText: 'Entities' }) });
    const putinRow = view.locator('.monaco-list-row', { hasText: 'Vladimir Putin' });
    const before = [...analysis.values()];
    const putinKey = analysis.get(ARTICLES.arabic)!.entities.find((e) => e.text === 'بوتين')!.entity;
    await putinRow.filter({ hasText: `${before.filter((a) => a.entities.some((e) => e.entity === putinKey)).length} articles` }).waitFor();

    const name = '005_new_article.txt';
    const text = 'Presiden Rusia Vladimir Putin tiba di Jakarta pada hari Senin untuk bertemu Presiden Indonesia.\n';
    fs.writeFileSync(path.join(scratch.workspace, name), text);
    const cli = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'analyze', scratch.workspace], { encoding: 'utf8', maxBuffer: 64 << 20 });
    assert.equal(cli.status, 0, cli.stderr);
    const after = cli.stdout.trim().split('\n').map((line) => JSON.parse(line) as CliArticle);
    const putin = after.find((a) => path.basename(a.file) === name)!.entities.find((e) => e.text === 'Vladimir Putin');
    assert.ok(putin, 'the engine finds no "Vladimir Putin" in the new article');

    const dashboard = webviewContent(wb.page);
    const stat = (label: string, value: number) =>
      dashboard.locator('.stat', { has: dashboard.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('dd', { hasText: new RegExp(`^${value}$`) });
    await stat('Articles', 6).waitFor();
    await stat('Entity mentions', after.reduce((sum, a) => sum + a.entities.length, 0)).waitFor();
    await putinRow.filter({ hasText: `${after.filter((a) => a.entities.some((e) => e.entity === putin.entity)).length} articles` }).waitFor();
    await view.locator('.monaco-list-row', { hasText: name }).filter({ hasText: 'ind · 1 mention' }).waitFor();
  });
});
