// Team work in the VS Code extension: the visible layer, Curate Article and its decisions (code actions
// come from the server; "Edit…" asks for a label here), the Disagreements view, the "n disagreements
// left" status bar item, and the agreement report.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  CurationCommands,
  DisagreementsChangedNotification,
  EDIT_DISAGREEMENT_COMMAND,
  type CurationResult,
} from '../../../server/src/curation/protocol';
import { pickLabel } from '../annotate/labels';
import { runServerCommand } from '../serverCommand';
import { articleOfLayerFile, DisagreementsProvider } from './disagreementsTree';
import { VisibleLayerStatus } from './layers';

const AGREEMENT_GROUPINGS = [
  { label: 'By annotator pair', description: 'span P/R/F1, Cohen’s kappa, entity links, claim verdicts', by: 'annotator-pair' },
  { label: 'By label', description: 'Krippendorff’s alpha and kappa per label', by: 'label' },
  { label: 'By article', description: 'Krippendorff’s alpha per article', by: 'article' },
];

export function registerTeamFeatures(context: vscode.ExtensionContext, client: LanguageClient): void {
  const layers = new VisibleLayerStatus(client);
  const tree = new DisagreementsProvider(client);
  const left = new DisagreementsLeft();
  const agreementOutput = vscode.window.createOutputChannel('News Annotator: Agreement');

  const run = <T>(command: string, args: object) => runServerCommand<T>(client, command, args);
  const decided = (result: CurationResult | undefined) => {
    if (!result) return;
    left.set(result.uri, result.open.length);
    tree.refreshArticle(result.uri);
  };
  const activeArticleUri = (): string | undefined => {
    const document = vscode.window.activeTextEditor?.document;
    if (document?.uri.scheme === 'file') return document.uri.toString();
    void vscode.window.showWarningMessage('News Annotator: open an article saved on disk first.');
    return undefined;
  };

  async function curate(): Promise<void> {
    const uri = activeArticleUri();
    const result = uri && (await run<CurationResult>(CurationCommands.curate, { uri }));
    if (!result) return;
    decided(result);
    const open = result.open.length;
    void vscode.window.showInformationMessage(
      `News Annotator: ${result.annotators.length} annotator layer(s) (${result.annotators.join(', ')}); ${result.added} agreed annotation(s) added to ${vscode.workspace.asRelativePath(result.curatedFile)}; ` +
        (open ? `${open} disagreement(s) to decide: use the quick fixes (Ctrl+.) on them.` : 'no disagreement left.'),
    );
  }

  /** The "Edit…" code action: the curator's own label on the disagreement's span (or on their selection inside it). */
  async function editDisagreement(args: { uri: string; id: string; range: { start: { line: number; character: number }; end: { line: number; character: number } }; claim?: boolean }): Promise<void> {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri));
    const editor = await vscode.window.showTextDocument(document);
    const span = client.protocol2CodeConverter.asRange(args.range);
    const selection = editor.selection;
    const range = !selection.isEmpty && span.intersection(selection) ? selection : span;
    editor.selection = new vscode.Selection(range.start, range.end);
    // A disagreement about a claim is settled with a CLAIM: only the span is the curator's to choose.
    const label = args.claim ? 'CLAIM' : await pickLabel(`Curated label for "${document.getText(range).slice(0, 60)}"`);
    if (!label) return;
    decided(await run<CurationResult>(CurationCommands.decide, { uri: args.uri, id: args.id, label, range: client.code2ProtocolConverter.asRange(range) }));
  }

  async function undo(): Promise<void> {
    const uri = activeArticleUri();
    const result = uri && (await run<{ undone: boolean }>(CurationCommands.undo, { uri }));
    if (result && !result.undone) void vscode.window.showInformationMessage('News Annotator: no curation step to undo in this article (this session).');
    if (uri) tree.refreshArticle(uri);
  }

  async function agreement(): Promise<void> {
    const folders = vscode.workspace.workspaceFolders?.filter((f) => f.uri.scheme === 'file').map((f) => f.uri.fsPath) ?? [];
    if (!folders.length) {
      void vscode.window.showWarningMessage('News Annotator: open a folder of articles and their layer files first.');
      return;
    }
    const grouping = await vscode.window.showQuickPick(AGREEMENT_GROUPINGS, { title: 'Inter-annotator agreement' });
    if (!grouping) return;
    const report = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'News Annotator: agreement' }, () =>
      run<{ lines: string[]; problems: string[] }>(CurationCommands.agreement, { inputs: folders, by: grouping.by }),
    );
    if (!report) return;
    agreementOutput.clear();
    agreementOutput.appendLine(`Agreement over ${folders.join(', ')} (${new Date().toLocaleString()})`);
    for (const line of [...report.lines, ...report.problems]) agreementOutput.appendLine(line);
    agreementOutput.show(true);
  }

  context.subscriptions.push(
    layers,
    tree,
    left,
    agreementOutput,
    vscode.window.createTreeView('newsAnnotator.disagreements', { treeDataProvider: tree, showCollapseAll: true }),
    vscode.commands.registerCommand('newsAnnotator.chooseLayer', () => layers.choose()),
    vscode.commands.registerCommand('newsAnnotator.curateArticle', curate),
    vscode.commands.registerCommand(EDIT_DISAGREEMENT_COMMAND, editDisagreement),
    vscode.commands.registerCommand('newsAnnotator.undoCuration', undo),
    vscode.commands.registerCommand('newsAnnotator.agreement', agreement),
    vscode.commands.registerCommand('newsAnnotator.disagreements.refresh', () => tree.refreshAll()),
    client.onNotification(DisagreementsChangedNotification, (p: { uri: string; open: number }) => {
      left.set(p.uri, p.open);
      tree.refreshArticle(p.uri);
    }),
  );
  // A layer file written by anyone (this window, git, a colleague's sync): only its article is read again.
  const layerFiles = vscode.workspace.createFileSystemWatcher('**/*.annotations.*.json');
  const layerFileChanged = (file: vscode.Uri) => {
    const article = articleOfLayerFile(file.toString());
    if (article) tree.refreshArticle(article);
  };
  context.subscriptions.push(layerFiles, layerFiles.onDidCreate(layerFileChanged), layerFiles.onDidChange(layerFileChanged), layerFiles.onDidDelete(layerFileChanged));
}

/** The status bar item "n disagreements left" for the active article, while it is being curated. */
class DisagreementsLeft implements vscode.Disposable {
  readonly #item = vscode.window.createStatusBarItem('newsAnnotator.disagreementsLeft', vscode.StatusBarAlignment.Left, 48);
  readonly #open = new Map<string, number>();
  readonly #subscription = vscode.window.onDidChangeActiveTextEditor(() => this.#update());

  constructor() {
    this.#item.name = 'News Annotator: disagreements left';
    this.#item.command = 'newsAnnotator.disagreements.focus';
  }

  set(uri: string, open: number): void {
    this.#open.set(uri, open);
    this.#update();
  }

  #update(): void {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const open = uri === undefined ? undefined : this.#open.get(uri);
    if (open === undefined) {
      this.#item.hide();
      return;
    }
    this.#item.text = open ? `$(git-compare) ${open} disagreement${open === 1 ? '' : 's'} left` : '$(check) curated';
    this.#item.tooltip = open ? 'Open disagreements in this article: quick fixes (Ctrl+.) take a version, edit, or reject all' : 'Every disagreement in this article is decided';
    this.#item.show();
  }

  dispose(): void {
    this.#item.dispose();
    this.#subscription.dispose();
  }
}
