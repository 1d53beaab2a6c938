// The API-level end-to-end suite: the real extension and language server inside a real editor,
// checked through the `vscode` API. The same cases run under code-server (test/e2e/api.test.ts)
// and under desktop VS Code (test/e2e/runTests.ts); suite/index.ts is the runner for both.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  decodeTokens, EXTENSION_ID, eventually, hoverText, inlayLabel, openArticle, positionOf, workspaceRoot, type VSCode,
} from './helpers';

export interface ApiCase {
  title: string;
  run(vscode: VSCode): Promise<void>;
}

const ARTICLES = ['000_7bbce5a2da076de1.txt', '001_f8241679bfc4829d.txt', '002_f649db04391ccbc3.txt', '003_6b55d47fc30c3144.txt', '004_7ce82b79e7fbb217.txt'];
const PUTIN_ARTICLE = '001_f8241679bfc4829d.txt';
const FRENCH_ARTICLE = '003_6b55d47fc30c3144.txt';
const ARABIC_ARTICLE = '004_7ce82b79e7fbb217.txt';

interface CliClaim {
  start: number;
  end: number;
  kind: string;
  message: string;
}

/** The claims the engine reports for `file` through the command-line interface shipped in the extension. */
function cliClaims(vscode: VSCode, file: string): CliClaim[] {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed`);
  const cli = path.join(extension.extensionPath, 'dist', 'cli.js');
  // Under desktop VS Code, process.execPath is Electron: run it as plain Node.
  const r = spawnSync(process.execPath, [cli, 'analyze', file], { encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout).claims;
}

export const apiCases: ApiCase[] = [
  {
    title: 'the extension activates when a sample article is opened',
    async run(vscode) {
      await openArticle(vscode, PUTIN_ARTICLE);
      await eventually(() => assert.equal(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, true));
    },
  },
  {
    title: 'every article shows exactly the engine\'s claims as diagnostics (same ranges, kinds, messages as the CLI)',
    async run(vscode) {
      let total = 0;
      for (const name of ARTICLES) {
        const editor = await openArticle(vscode, name);
        const document = editor.document;
        const expected = cliClaims(vscode, document.uri.fsPath).map((c) => ({
          range: `${document.positionAt(c.start).line}:${document.positionAt(c.start).character}-${document.positionAt(c.end).line}:${document.positionAt(c.end).character}`,
          code: c.kind,
          message: c.message,
        }));
        total += expected.length;
        const kinds = new Set(expected.map((c) => c.code));
        await eventually(() => {
          const actual = vscode.languages.getDiagnostics(document.uri)
            .filter((d) => d.source === 'news-annotator' && kinds.has(String(d.code)))
            .map((d) => ({ range: `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`, code: String(d.code), message: d.message }));
          assert.deepEqual(actual.sort(byRange), expected.sort(byRange), name);
        });
      }
      assert.ok(total >= 3, `the engine flagged only ${total} claims in the five samples`);
    },
  },
  {
    title: 'hovering "Putin" names the person and his French and Arabic spellings',
    async run(vscode) {
      const { document } = await openArticle(vscode, PUTIN_ARTICLE);
      const at = positionOf(document, 'Putin');
      const text = await eventually(async () => {
        const value = hoverText(await vscode.commands.executeCommand<import('vscode').Hover[]>('vscode.executeHoverProvider', document.uri, at));
        assert.match(value, /\*\*Vladimir Putin\*\* · person \(PER\)/i);
        return value;
      });
      assert.match(text, /Poutine \(fra\)/);
      assert.match(text, /بوتين \(arb\)/);
    },
  },
  {
    title: 'Find All References on "Putin" lists the French "(Vladimir) Poutine" and the Arabic "(فلاديمير) بوتين"',
    async run(vscode) {
      const { document } = await openArticle(vscode, PUTIN_ARTICLE);
      const at = positionOf(document, 'Putin');
      const found = await eventually(async () => {
        const locations = await vscode.commands.executeCommand<import('vscode').Location[]>('vscode.executeReferenceProvider', document.uri, at);
        const byFile = new Map<string, Set<string>>();
        for (const location of locations) {
          const doc = await vscode.workspace.openTextDocument(location.uri);
          const name = path.basename(location.uri.fsPath);
          byFile.set(name, (byFile.get(name) ?? new Set()).add(doc.getText(location.range)));
        }
        // A reference covers the whole mention ("Vladimir Poutine" or just "Poutine").
        const spelled = (file: string, surname: string) => [...(byFile.get(file) ?? [])].some((t) => t === surname || t.endsWith(` ${surname}`));
        assert.ok(spelled(FRENCH_ARTICLE, 'Poutine'), `French article: ${[...(byFile.get(FRENCH_ARTICLE) ?? [])]}`);
        assert.ok(spelled(ARABIC_ARTICLE, 'بوتين'), `Arabic article: ${[...(byFile.get(ARABIC_ARTICLE) ?? [])]}`);
        return byFile;
      });
      assert.deepEqual([...(found.get(PUTIN_ARTICLE) ?? [])].sort(), ['Putin', 'Vladimir Putin'], 'the article\'s own mentions');
    },
  },
  {
    title: 'semantic tokens colour "Vladimir Putin" as a person and "Moskow" as a place',
    async run(vscode) {
      const { document } = await openArticle(vscode, PUTIN_ARTICLE);
      const legend = await vscode.commands.executeCommand<import('vscode').SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', document.uri);
      await eventually(async () => {
        const tokens = await vscode.commands.executeCommand<import('vscode').SemanticTokens>('vscode.provideDocumentSemanticTokens', document.uri);
        assert.ok(tokens, 'no semantic tokens');
        const decoded = decodeTokens(document, legend, tokens.data);
        const putin = positionOf(document, 'Vladimir Putin');
        assert.deepEqual(decoded.find((t) => t.line === putin.line && t.character === putin.character), { line: putin.line, character: putin.character, length: 14, type: 'person', text: 'Vladimir Putin' });
        const moscow = positionOf(document, 'Moskow');
        assert.equal(decoded.find((t) => t.line === moscow.line && t.character === moscow.character)?.type, 'place');
      });
    },
  },
  {
    title: 'inlay hints label a mention right after it (": PER" after "Vladimir Putin")',
    async run(vscode) {
      const { document } = await openArticle(vscode, PUTIN_ARTICLE);
      const start = positionOf(document, 'Vladimir Putin');
      const end = start.translate(0, 'Vladimir Putin'.length);
      await eventually(async () => {
        const whole = new vscode.Range(0, 0, document.lineCount, 0);
        const hints = await vscode.commands.executeCommand<import('vscode').InlayHint[]>('vscode.executeInlayHintProvider', document.uri, whole);
        const atEnd = hints.filter((h) => h.position.isEqual(end)).map(inlayLabel);
        assert.ok(atEnd.some((label) => /PER/.test(label)), `hints at the end of "Vladimir Putin": ${JSON.stringify(atEnd)}`);
      });
    },
  },
  {
    title: 'Tag Selection as Place writes the selection to <article>.annotations.<annotator>.json',
    async run(vscode) {
      const editor = await openArticle(vscode, PUTIN_ARTICLE);
      const word = 'Damaskus';
      const start = positionOf(editor.document, word);
      editor.selection = new vscode.Selection(start, start.translate(0, word.length));
      await vscode.commands.executeCommand('newsAnnotator.tagPlace');
      const offset = editor.document.offsetAt(start);
      await eventually(() => {
        const a = storedAnnotation(vscode, PUTIN_ARTICLE, word);
        assert.deepEqual({ label: a.label, origin: a.origin, start: a.target.start, end: a.target.end }, { label: 'LOC', origin: 'manual', start: offset, end: offset + word.length });
      });
    },
  },
  {
    title: 'the code action "Accept PER suggestion" on "Vladimir Putin" stores it as an accepted suggestion',
    async run(vscode) {
      const { document } = await openArticle(vscode, PUTIN_ARTICLE);
      const start = positionOf(document, 'Vladimir Putin');
      const range = new vscode.Range(start, start.translate(0, 'Vladimir Putin'.length));
      const accept = await eventually(async () => {
        const actions = await vscode.commands.executeCommand<import('vscode').CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range);
        const found = actions.find((a) => a.title === 'Accept PER suggestion "Vladimir Putin"');
        assert.ok(found, `code actions: ${actions.map((a) => a.title).join(' | ')}`);
        return found;
      });
      if (accept.edit) await vscode.workspace.applyEdit(accept.edit);
      if (accept.command) await vscode.commands.executeCommand(accept.command.command, ...(accept.command.arguments ?? []));
      const offset = document.offsetAt(start);
      await eventually(() => {
        const a = storedAnnotation(vscode, PUTIN_ARTICLE, 'Vladimir Putin');
        assert.deepEqual({ label: a.label, origin: a.origin, start: a.target.start }, { label: 'PER', origin: 'suggestion', start: offset });
      });
    },
  },
];

interface StoredAnnotation {
  label: string;
  origin: string;
  target: { start: number; end: number; exact: string };
}

/** This annotator's stored annotation of `exact` in `article`, read from `<article>.annotations.<annotator>.json`. */
function storedAnnotation(vscode: VSCode, article: string, exact: string): StoredAnnotation {
  const annotator = vscode.workspace.getConfiguration('newsAnnotator').get<string>('annotator');
  assert.equal(annotator, 'e2e-tester', 'the test settings name the annotator');
  const file = path.join(workspaceRoot(vscode), `${article}.annotations.${annotator}.json`);
  const annotations: StoredAnnotation[] = JSON.parse(fs.readFileSync(file, 'utf8')).annotations;
  const found = annotations.find((a) => a.target.exact === exact);
  assert.ok(found, `no annotation of "${exact}" in ${file}`);
  return found;
}

function byRange(a: { range: string }, b: { range: string }): number {
  return a.range.localeCompare(b.range);
}
