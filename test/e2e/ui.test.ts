// The packaged extension (.vsix) in code-server, driven through the browser UI like a user would:
// colours, inlay labels, hover, Problems, references, tagging, accepting suggestions, exporting.
// Screenshots of the key moments go to docs/ with `npm run screenshots` (the README shows them).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Workbench } from './support/browser';
import { closePackagedEditor, openPackagedEditor, type CliArticle, type PackagedEditor, type Span } from './support/editor';
import { ROOT } from './support/paths';
import { ARTICLES, type Scratch } from './support/workspace';
import { ANNOTATOR, PERSON_COLOUR } from './settings';

/** The browser globals the page functions use (this project compiles without the DOM library). */
interface PageElement {
  textContent: string | null;
  nextElementSibling: PageElement | null;
}

interface PageGlobals {
  document: {
    querySelectorAll(selector: string): ArrayLike<PageElement>;
    querySelector(selector: string): (PageElement & { value: string }) | null;
  };
  getComputedStyle(element: unknown): { color: string };
}

interface ContributedCommand {
  command: string;
  title: string;
  category?: string;
}

const FAILURES = path.join(os.tmpdir(), 'news-annotator-e2e-failures');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const commands: ContributedCommand[] = manifest.contributes?.commands ?? [];

/** The command palette title ("Category: Title") of the contributed command `id`. */
function paletteTitle(id: string): string {
  const command = commands.find((c) => c.command === id);
  assert.ok(command, `package.json contributes no ${id} command`);
  return command.category ? `${command.category}: ${command.title}` : command.title;
}

/** Waits (polling the file system) until `read` returns a value; fails after `timeoutMs`. */
async function waitForFile<T>(read: () => T | undefined, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    assert.ok(Date.now() < deadline, `timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

interface StoredAnnotation {
  label: string;
  origin: string;
  annotator: string;
  target: { start: number; end: number; exact: string };
}

/** The annotations of this run's annotator for `article`, from `<article>.annotations.<annotator>.json`. */
function storedAnnotations(dir: string, article: string): StoredAnnotation[] {
  const file = path.join(dir, `${article}.annotations.${ANNOTATOR}.json`);
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')).annotations;
  } catch {
    return []; // not written yet (or being written)
  }
}

describe('UI: the packaged extension in code-server through chromium', function () {
  this.timeout(60_000);
  const editor: Partial<PackagedEditor> = {};
  let scratch: Scratch;
  let wb: Workbench;
  let analysis: Map<string, CliArticle>;

  before(async function () {
    this.timeout(120_000);
    ({ scratch, wb, analysis } = await openPackagedEditor(editor, 'ui', ARTICLES.indonesianPutin));
  });

  afterEach(async function () {
    if (this.currentTest?.state !== 'failed' || !wb) return;
    const file = await wb.screenshot(`${this.currentTest.title.replace(/[^\w.-]+/g, '_').slice(0, 80)}.png`, { dir: FAILURES, keepMouse: true });
    console.log(`    screenshot of the failure: ${file}`);
  });

  after(() => closePackagedEditor(editor));

  /** The first person mention of an article within its first lines (the ones on screen). */
  function visiblePerson(name: string): Span {
    const article = analysis.get(name);
    assert.ok(article, `the CLI did not analyse ${name}`);
    const text = fs.readFileSync(path.join(scratch.workspace, name), 'utf8');
    const person = article.entities.find((e) => e.label === 'PER' && text.slice(0, e.start).split('\n').length <= 20);
    assert.ok(person, `the engine finds no person in the first 20 lines of ${name}`);
    return person;
  }

  /** The article's first word: on screen once it is open, and never split by an inlay label (those follow a mention). */
  const firstWord = (name: string) => fs.readFileSync(path.join(scratch.workspace, name), 'utf8').trim().split(/\s/)[0];

  for (const name of Object.values(ARTICLES)) {
    it(`${name}: person names take the pinned person colour and carry a ": PER" inlay label`, async function () {
      await wb.openFile(name, firstWord(name));
      const person = visiblePerson(name);
      // A rendered token inside the person's name, in the colour pinned for the `person` token type...
      await wb.page.waitForFunction(({ mention, colour }) => {
        const page = globalThis as unknown as PageGlobals;
        const spans = Array.from(page.document.querySelectorAll('.editor-group-container.active .monaco-editor .view-line span > span'));
        return spans.some((s) => {
          const t = (s.textContent ?? '').replace(/\u00a0/g, ' ');
          return t.length >= Math.min(3, mention.length) && mention.includes(t) && page.getComputedStyle(s).color === colour;
        });
      }, { mention: person.text, colour: PERSON_COLOUR.rgb });
      // ...and, right after the name, its inlay label.
      await wb.page.waitForFunction((mention) => {
        const page = globalThis as unknown as PageGlobals;
        const spans = Array.from(page.document.querySelectorAll('.editor-group-container.active .monaco-editor .view-line span > span'));
        return spans.some((s) => {
          const t = (s.textContent ?? '').replace(/\u00a0/g, ' ');
          const label = (s.nextElementSibling?.textContent ?? '').replace(/\u00a0/g, ' ');
          return t.length > 0 && mention.endsWith(t) && label === ': PER';
        });
      }, person.text);
      if (name === ARTICLES.indonesianPutin) await wb.screenshot('editor-entities.png');
      if (name === ARTICLES.arabic) await wb.screenshot('editor-arabic.png');
    });
  }

  it('hovering "Putin" shows the entity card with its other spellings', async function () {
    await wb.openFile(ARTICLES.indonesianPutin, 'Di Rusia');
    // The other spellings come from the workspace index: wait for it to be built.
    await wb.page.locator('.part.statusbar', { hasText: 'indexing articles' }).waitFor({ state: 'detached' });
    await wb.token('Putin').hover();
    const hover = wb.page.locator('.monaco-hover:not(.hidden)', { hasText: 'Vladimir Putin' });
    await hover.waitFor();
    const text = await hover.innerText();
    assert.match(text, /Vladimir Putin · person \(PER\)/i);
    assert.match(text, /Poutine \(fra\)/);
    await wb.screenshot('hover.png', { keepMouse: true });
    await wb.page.keyboard.press('Escape');
  });

  it('the Problems panel lists the claim diagnostics of the open article', async function () {
    await wb.openFile(ARTICLES.indonesianPutin, 'Di Rusia');
    const claims = analysis.get(ARTICLES.indonesianPutin)!.claims;
    assert.ok(claims.length > 0, 'the engine flags no claim in the article');
    await wb.page.keyboard.press('Control+Shift+M');
    // The panel lists every open article's problems; its filter box narrows it to one message at a time.
    await wb.page.locator('.markers-panel .monaco-list-row').first().waitFor();
    const filter = wb.page.locator('.part.panel input[placeholder^="Filter"]');
    for (const claim of claims) {
      // The panel, still settling as it opens, may reset the box: the message is then typed again.
      for (let attempt = 1; ; attempt++) {
        await filter.fill(claim.message);
        try {
          await wb.page.locator('.markers-panel .monaco-list-row', { hasText: claim.message }).first().waitFor({ timeout: 10_000 });
          break;
        } catch (e) {
          if (attempt === 3) throw e;
        }
      }
    }
    // For the picture: every article's problems, beside the Indonesian article with the most claims.
    await filter.fill('');
    await wb.openFile(ARTICLES.indonesianShara, firstWord(ARTICLES.indonesianShara));
    await wb.page.locator('.markers-panel .monaco-list-row', { hasText: ARTICLES.indonesianShara }).first().waitFor();
    await wb.screenshot('problems.png');
  });

  it('Find All References on "Putin" lists the French and the Arabic article', async function () {
    await wb.openFile(ARTICLES.indonesianPutin, 'Di Rusia');
    await wb.token('Putin').click();
    await wb.page.keyboard.press('Shift+F12');
    const peek = wb.page.locator('.peekview-widget');
    for (const name of [ARTICLES.french, ARTICLES.arabic]) {
      await peek.locator('.monaco-list-row', { hasText: name }).first().waitFor();
    }
    await wb.screenshot('references.png');
    await wb.page.keyboard.press('Escape');
  });

  it('tagging a selection from the command palette writes it to the standoff annotation file', async function () {
    const article = ARTICLES.indonesianPutin;
    await wb.openFile(article, 'Di Rusia');
    const text = fs.readFileSync(path.join(scratch.workspace, article), 'utf8');
    // "Suarathailand", the outlet in the dateline, tagged here as an organisation by hand.
    const word = 'Suarathailand';
    const start = text.indexOf(word);
    const line = text.slice(0, start).split('\n').length;
    const column = start - text.lastIndexOf('\n', start - 1);
    await wb.goTo(line, column);
    for (let i = 0; i < word.length; i++) await wb.page.keyboard.press('Shift+ArrowRight');
    await wb.runCommand(paletteTitle('newsAnnotator.tagOrganization'));
    const annotation = await waitForFile(
      () => storedAnnotations(scratch.workspace, article).find((a) => a.target.exact === word),
      `an annotation of "${word}" in ${article}.annotations.${ANNOTATOR}.json`,
    );
    assert.deepEqual({ label: annotation.label, origin: annotation.origin, annotator: annotation.annotator, start: annotation.target.start, end: annotation.target.end },
      { label: 'ORG', origin: 'manual', annotator: ANNOTATOR, start, end: start + word.length });
  });

  it('accepting a suggestion with the code action (Ctrl+.) stores it as an annotation', async function () {
    const article = ARTICLES.indonesianPutin;
    await wb.openFile(article, 'Di Rusia');
    const person = analysis.get(article)!.entities.find((e) => e.text === 'Vladimir Putin');
    assert.ok(person, 'the engine does not suggest "Vladimir Putin"');
    await wb.token('Vladimir Putin').click();
    await wb.page.keyboard.press('Control+.');
    await chooseAction(wb, /^Accept PER suggestion "Vladimir Putin"/);
    const annotation = await waitForFile(
      () => storedAnnotations(scratch.workspace, article).find((a) => a.target.exact === 'Vladimir Putin'),
      `an annotation of "Vladimir Putin" in ${article}.annotations.${ANNOTATOR}.json`,
    );
    assert.deepEqual({ label: annotation.label, origin: annotation.origin, start: annotation.target.start, end: annotation.target.end },
      { label: 'PER', origin: 'suggestion', start: person.start, end: person.end });
  });

  it('exporting the human annotations as CoNLL writes the dataset file in the workspace', async function () {
    const exported = path.join(scratch.workspace, 'annotations.conll');
    await wb.runCommand(paletteTitle('newsAnnotator.exportDataset'));
    await answerPrompts(wb, {
      'Export annotations as': /CoNLL/,
      'What to export': /Human annotations only/,
      'Which annotation layers': /Curated where available/,
    }, 'Export to');
    // The save dialog (code-server's simple file dialog) proposes annotations.conll in the workspace.
    await wb.page.waitForFunction((name) => {
      const page = globalThis as unknown as PageGlobals;
      const input = page.document.querySelector('.quick-input-widget input');
      return !!input && input.value.endsWith(name);
    }, 'annotations.conll');
    await wb.page.keyboard.press('Enter');
    const conll = await waitForFile(() => (fs.existsSync(exported) ? fs.readFileSync(exported, 'utf8') : undefined), exported);
    // The two annotations made above, and nothing the annotator did not decide.
    assert.match(conll, /^Suarathailand -X- _ B-ORG$/m);
    assert.match(conll, /^Vladimir -X- _ B-PER\nPutin -X- _ I-PER$/m);
    assert.deepEqual(conll.match(/ [BI]-[A-Z]+$/gm), [' B-ORG', ' B-PER', ' I-PER'], 'exactly the two human annotations are tagged');
    await wb.page.locator('.notification-toast.notification-fade-in-done', { hasText: /exported \d+ article/ }).first().waitFor();
    await wb.openFromExplorer('annotations.conll', '-DOCSTART-');
    // For the picture: scroll to the exported person.
    const personLine = conll.slice(0, conll.indexOf('Vladimir -X- _ B-PER')).split('\n').length;
    await wb.goTo(personLine, 1);
    await wb.editor.locator('.view-lines', { hasText: 'B-PER' }).waitFor();
    await wb.screenshot('export.png');
  });
});

/**
 * Answers the command's quick picks, each chosen by its title, until the prompt titled `until`;
 * a prompt not in `answers` fails the test.
 */
async function answerPrompts(wb: Workbench, answers: Record<string, RegExp>, until: string): Promise<void> {
  let previous = '';
  for (;;) {
    const handle = await wb.page.waitForFunction((last) => {
      const page = globalThis as unknown as PageGlobals;
      const title = page.document.querySelector('.quick-input-widget:not([style*="display: none"]) .quick-input-title')?.textContent ?? '';
      return title && title !== last ? title : undefined;
    }, previous);
    const title = String(await handle.jsonValue());
    if (title === until) return;
    const choice = answers[title];
    assert.ok(choice, `unexpected prompt "${title}"`);
    await wb.page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: choice }).first().click();
    previous = title;
  }
}

/** In the code action menu (Ctrl+.), moves the focus down to the action labelled `label` and runs it. */
async function chooseAction(wb: Workbench, label: RegExp): Promise<void> {
  const focused = wb.page.locator('.action-widget .monaco-list-row.action.focused');
  await focused.waitFor();
  const count = await wb.page.locator('.action-widget .monaco-list-row.action').count();
  for (let i = 0; i < count; i++) {
    const current = (await focused.getAttribute('aria-label')) ?? '';
    if (label.test(current)) {
      await wb.screenshot('code-action.png', { keepMouse: true });
      await wb.page.keyboard.press('Enter');
      await wb.page.locator('.action-widget').waitFor({ state: 'hidden' });
      return;
    }
    await wb.page.keyboard.press('ArrowDown');
    await wb.page.locator('.action-widget .monaco-list-row.action.focused').and(wb.page.locator(`:not([aria-label="${current.replace(/"/g, '\\"')}"])`)).waitFor();
  }
  throw new Error(`no code action matches ${label}`);
}
