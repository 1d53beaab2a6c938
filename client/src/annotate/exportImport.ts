// Dataset export and annotation import: pickers, then the server does the work (with progress and cancellation).
import * as os from 'node:os';
import * as vscode from 'vscode';
import { ExecuteCommandRequest, WorkDoneProgress, type LanguageClient } from 'vscode-languageclient/node';
import type { ExportReport } from '../../../server/src/export/write';
import type { ImportReport } from '../../../server/src/export/importStore';
import { parseLayerFilePath } from '../../../server/src/store/format';
import { executeServerCommand } from '../serverCommand';
import { ServerCommands } from './serverApi';

const EXPORT_FORMATS = [
  { format: 'conll', label: 'CoNLL-2003 (IOB2)', description: 'token per line, for NER training', extension: 'conll' },
  { format: 'jsonl', label: 'JSON Lines', description: 'spaCy / doccano', extension: 'jsonl' },
  { format: 'brat', label: 'brat standoff', description: 'a folder of .txt + .ann', extension: '' },
  { format: 'labelstudio', label: 'Label Studio', description: 'task JSON with annotations', extension: 'json' },
  { format: 'webanno', label: 'W3C Web Annotation', description: 'JSON-LD', extension: 'jsonld' },
];

const IMPORT_FORMATS = [
  { format: 'brat', label: 'brat standoff', description: '.ann files (with their .txt) or folders' },
  { format: 'labelstudio', label: 'Label Studio', description: 'JSON export of tasks' },
  { format: 'jsonl', label: 'doccano / spaCy JSON Lines', description: '.jsonl' },
];

function workspaceFolder(): vscode.Uri | undefined {
  const active = vscode.window.activeTextEditor?.document.uri;
  return (active && vscode.workspace.getWorkspaceFolder(active)?.uri) ?? vscode.workspace.workspaceFolders?.[0]?.uri;
}

export async function exportDataset(client: LanguageClient): Promise<void> {
  const format = await vscode.window.showQuickPick(EXPORT_FORMATS, { title: 'Export annotations as' });
  if (!format) return;
  const scope = await vscode.window.showQuickPick(
    [
      { label: 'Human annotations only', description: 'accepted suggestions and manual tags', include: false },
      { label: 'Add the engine suggestions', description: 'a pre-annotated dataset, where no human decided', include: true },
    ],
    { title: 'What to export' },
  );
  if (!scope) return;
  const layers = await vscode.window.showQuickPick(
    [
      { label: 'Curated where available', description: "else every annotator's layer merged", layer: undefined as string | undefined },
      { label: 'Each annotator separately', description: 'one set of documents per layer (<layer>/<article>)', layer: 'all' },
      { label: 'The curated layer only', description: 'articles without one are reported', layer: 'curated' },
    ],
    { title: 'Which annotation layers' },
  );
  if (!layers) return;
  const root = workspaceFolder();
  if (!root) {
    void vscode.window.showWarningMessage('News Annotator: open a folder of articles to export it.');
    return;
  }
  const out =
    format.format === 'brat'
      ? (await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, title: 'Folder for the brat files', defaultUri: root }))?.[0]
      : await vscode.window.showSaveDialog({ title: 'Export to', defaultUri: vscode.Uri.joinPath(root, `annotations.${format.extension}`) });
  if (!out) return;
  const report = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Exporting ${format.label}`, cancellable: true },
    async (progress, token) => {
      const workDoneToken = `news-annotator-export-${Date.now()}`;
      let reported = 0;
      const listener = client.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
        if (value.kind === 'report' && value.percentage !== undefined) {
          progress.report({ increment: value.percentage - reported, message: value.message });
          reported = value.percentage;
        }
      });
      try {
        return (await client.sendRequest(
          ExecuteCommandRequest.type,
          { command: ServerCommands.export, arguments: [{ format: format.format, inputs: [root.fsPath], out: out.fsPath, includeSuggestions: scope.include, layer: layers.layer }], workDoneToken },
          token,
        )) as ExportReport;
      } catch (e) {
        if (!token.isCancellationRequested) void vscode.window.showErrorMessage(`News Annotator: export failed: ${e instanceof Error ? e.message : String(e)}`);
        return undefined;
      } finally {
        listener.dispose();
      }
    },
  );
  if (!report) return;
  if (report.cancelled) {
    void vscode.window.showInformationMessage('News Annotator: export cancelled; nothing was written.');
    return;
  }
  const notes = [...report.problems, ...report.warnings];
  const problems = notes.length ? ` ${notes.length} problem(s): ${notes.slice(0, 3).join('; ')}` : '';
  void vscode.window.showInformationMessage(`News Annotator: exported ${report.articles} article(s), ${report.spans} span(s) to ${out.fsPath}.${problems}`);
}

export async function importAnnotations(client: LanguageClient): Promise<void> {
  const format = await vscode.window.showQuickPick(IMPORT_FORMATS, { title: 'Import annotations from' });
  if (!format) return;
  const files = await vscode.window.showOpenDialog({
    title: `Files to import (${format.label})`,
    canSelectMany: true,
    canSelectFolders: format.format === 'brat',
    canSelectFiles: true,
    filters: format.format === 'brat' ? { brat: ['ann'] } : format.format === 'jsonl' ? { 'JSON Lines': ['jsonl', 'json'] } : { JSON: ['json'] },
  });
  if (!files?.length) return;
  const configured = vscode.workspace.getConfiguration('newsAnnotator').get<string>('annotator');
  const annotator = await vscode.window.showInputBox({
    title: 'Import as annotator',
    prompt: 'The imported annotations go to this annotator’s layer (one file per annotator beside each article)',
    value: configured?.trim() || os.userInfo().username,
    validateInput: (v) => (v.trim() ? undefined : 'A name is needed'),
  });
  if (!annotator) return;
  const into = (await vscode.window.showOpenDialog({ title: 'Import into folder', canSelectFolders: true, canSelectFiles: false, defaultUri: workspaceFolder() }))?.[0];
  if (!into) return;
  const report = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Importing ${format.label}` }, () =>
    executeServerCommand<ImportReport>(client, ServerCommands.import, { format: format.format, files: files.map((f) => f.fsPath), annotator: annotator.trim(), into: into.fsPath }).catch((e: unknown) => {
      void vscode.window.showErrorMessage(`News Annotator: import failed: ${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    }),
  );
  if (!report) return;
  const message = `News Annotator: imported ${report.added} annotation(s) into ${report.articles} article(s) (${report.duplicates} already there).`;
  if (!report.problems.length) {
    void vscode.window.showInformationMessage(message);
    return;
  }
  const details = report.problems.map((p) => `${p.where}: ${p.message}`).join('\n');
  const show = await vscode.window.showWarningMessage(`${message} ${report.problems.length} record(s) were not imported.`, 'Show problems');
  if (show) await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ content: details, language: 'plaintext' }));
}

/** Backs up and repairs a broken annotation file (the one given, the active one, or one picked). */
export async function repairAnnotationFile(client: LanguageClient, given?: vscode.Uri): Promise<void> {
  const active = vscode.window.activeTextEditor?.document.uri;
  const file =
    given ??
    (active && parseLayerFilePath(active.fsPath)
      ? active
      : (await vscode.window.showOpenDialog({ title: 'Broken annotation file to repair', filters: { 'Annotation files': ['json'] }, defaultUri: workspaceFolder() }))?.[0]);
  if (!file) return;
  const confirm = await vscode.window.showWarningMessage(
    `Repair ${vscode.workspace.asRelativePath(file)}? It is first copied to a .bak file; annotations that cannot be read are left out of the repaired file.`,
    { modal: true },
    'Back up and repair',
  );
  if (!confirm) return;
  try {
    const result = await executeServerCommand<{ backup: string; kept: number; dropped: string[] }>(client, ServerCommands.repair, { file: file.fsPath });
    const dropped = result.dropped.length ? ` Left out: ${result.dropped.join('; ')}.` : '';
    void vscode.window.showInformationMessage(`News Annotator: repaired (${result.kept} annotation(s) kept). Backup: ${result.backup}.${dropped}`);
  } catch (e) {
    void vscode.window.showErrorMessage(`News Annotator: repair failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}
