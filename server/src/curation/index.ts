// LSP side of team work: the curation commands (protocol.ts), the disagreement code actions, the
// disagreement and visible-layer diagnostics, and the agreement report. Registered before the annotation
// features, with which it shares the command, code action and diagnostics handlers (compose.ts).
import { promises as fs } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  ErrorCodes,
  ResponseError,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type ExecuteCommandParams,
  type Range,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Disagreement } from '../agreement/curation';
import { discoverLayerFiles } from '../agreement/layers';
import { ANNOTATION_CAPABILITIES } from '../annotations';
import { agreementOver, formatReport, isAgreementGrouping } from '../cli/agreement';
import { readArticle } from '../cli/files';
import { shareCodeActions, shareDiagnostics, shareExecuteCommand } from '../compose';
import type { ServerContext } from '../server';
import { debouncePerKey } from '../throttle';
import { CURATED_LAYER, LABELS, layerFilePath, layerOf, parseAnnotationFile } from '../store/format';
import type { AnnotationLabel } from '../store/schema';
import { AnnotationStore, BrokenStoreFileError } from '../store/store';
import { curateArticle, CurationError, decide, openCuratedLayer, openDisagreements, readAnnotatorLayers, undoCuration, type AnnotatorLayer, type Decision } from './curate';
import { DISAGREEMENT_CODE, describeAnnotation, disagreementDiagnostics, layerHints, layerNotes, type LayerNote } from './diagnostics';
import {
  CurationCommands,
  DisagreementsChangedNotification,
  EDIT_DISAGREEMENT_COMMAND,
  MY_LAYER,
  SUGGESTIONS_LAYER,
  VisibleLayerNotification,
  type ArticleDisagreements,
  type CurationResult,
  type DisagreementView,
  type LayerInfo,
} from './protocol';

const CURATION_COMMAND_IDS = new Set<string>(Object.values(CurationCommands));
const DIAGNOSTICS_DELAY_MS = 300;
/** Most articles one `disagreements` request reads (the tree view asks in pages). */
const MAX_ARTICLES_PER_REQUEST = 200;

interface ArticleText {
  uri: string;
  path: string;
  doc: TextDocument;
}

export function registerCurationFeatures(connection: Connection, ctx: ServerContext): void {
  const store = new AnnotationStore();
  let visibleFromClient: string | undefined;

  async function articleOf(uri: unknown): Promise<ArticleText> {
    if (typeof uri !== 'string' || !uri.startsWith('file:')) throw new CurationError('the command needs the file: uri of an article');
    const open = ctx.documents.get(uri);
    if (open) return { uri, path: fileURLToPath(uri), doc: open };
    const read = await readArticle(fileURLToPath(uri));
    if (!('text' in read)) throw new CurationError(`${read.file}: ${read.message}`);
    return { uri, path: read.file, doc: TextDocument.create(uri, 'plaintext', 0, read.text) };
  }

  function disagreementView(a: ArticleText, d: Disagreement): DisagreementView {
    const range = (start: number, end: number): Range => ({ start: a.doc.positionAt(start), end: a.doc.positionAt(end) });
    return {
      id: d.id,
      range: range(d.start, d.end),
      text: a.doc.getText().slice(d.start, d.end),
      differences: d.differences,
      versions: Object.entries(d.versions).map(([layer, v]) =>
        v
          ? { layer, label: v.label, text: v.target.exact, range: range(v.target.start, v.target.end), entity: v.entity, verdict: v.verdict }
          : { layer, label: null, text: null, range: null },
      ),
    };
  }

  const result = (a: ArticleText, s: { annotators: AnnotatorLayer[]; curated: { file: string }; open: Disagreement[] }, added = 0): CurationResult => ({
    uri: a.uri,
    added,
    curatedFile: s.curated.file,
    annotators: s.annotators.map((l) => l.layer),
    open: s.open.map((d) => disagreementView(a, d)),
  });

  function decisionOf(a: ArticleText, args: Record<string, unknown>): Decision {
    if (typeof args.take === 'string') return { kind: 'take', layer: args.take };
    if (args.rejectAll === true) return { kind: 'rejectAll' };
    const r = args.range as Range | undefined;
    if (LABELS.includes(args.label as AnnotationLabel) && r?.start && r.end) {
      return { kind: 'edit', label: args.label as AnnotationLabel, start: a.doc.offsetAt(r.start), end: a.doc.offsetAt(r.end) };
    }
    throw new CurationError('a decision is {take: layer}, {rejectAll: true} or {label, range}');
  }

  async function articleDisagreements(uri: string): Promise<ArticleDisagreements> {
    try {
      const a = await articleOf(uri);
      const text = a.doc.getText();
      const annotators = await readAnnotatorLayers(a.path, text);
      const curated = await exists(layerFilePath(a.path, CURATED_LAYER));
      const decided = curated ? (await openCuratedLayer(store, a.path, text)).data : { annotations: [], rejected: [] };
      const open = openDisagreements(annotators, decided);
      return { uri, curated, annotators: annotators.map((l) => l.layer), open: open.map((d) => disagreementView(a, d)) };
    } catch (e) {
      if (e instanceof CurationError || e instanceof BrokenStoreFileError) return { uri, curated: false, annotators: [], open: [], problem: e.message };
      throw e;
    }
  }

  async function layerInfo(a: ArticleText): Promise<LayerInfo[]> {
    const out: LayerInfo[] = [];
    for (const [layer, file] of await discoverLayerFiles(a.path)) {
      try {
        const data = parseAnnotationFile(await fs.readFile(file, 'utf8'));
        out.push({ layer, file, annotations: data.annotations.length, annotators: [...new Set(data.annotations.map((x) => x.annotator))].sort() });
      } catch (e) {
        out.push({ layer, file, annotations: 0, annotators: [], problem: (e as Error).message });
      }
    }
    return out;
  }

  async function execute(params: ExecuteCommandParams): Promise<unknown> {
    const args = (params.arguments?.[0] ?? {}) as Record<string, unknown>;
    switch (params.command) {
      case CurationCommands.agreement: {
        const inputs = Array.isArray(args.inputs) ? args.inputs.map(String) : [];
        if (!inputs.length) throw new CurationError('the agreement report needs inputs (files or folders)');
        const by = args.by ?? 'annotator-pair';
        if (!isAgreementGrouping(by)) throw new CurationError('the agreement report is by label, article or annotator-pair');
        const problems: string[] = [];
        const { report } = await agreementOver(inputs, (l) => problems.push(l));
        return { lines: formatReport(report, by), problems };
      }
      case CurationCommands.disagreements: {
        const uris = Array.isArray(args.uris) ? args.uris.filter((u): u is string => typeof u === 'string').slice(0, MAX_ARTICLES_PER_REQUEST) : [];
        const out: ArticleDisagreements[] = [];
        for (const uri of uris) out.push(await articleDisagreements(uri));
        return out;
      }
    }
    const a = await articleOf(args.uri);
    const text = a.doc.getText();
    switch (params.command) {
      case CurationCommands.layers:
        return layerInfo(a);
      case CurationCommands.curate: {
        const s = await curateArticle(store, a.path, text);
        await refreshNow(a.uri);
        return result(a, s, s.added);
      }
      case CurationCommands.decide: {
        if (typeof args.id !== 'string') throw new CurationError('the command needs the id of a disagreement');
        const s = await decide(store, a.path, text, args.id, decisionOf(a, args), ctx.settings.current.annotator);
        await refreshNow(a.uri);
        return result(a, s);
      }
      case CurationCommands.undo: {
        const undone = await undoCuration(store, a.path, text);
        await refreshNow(a.uri);
        return { undone };
      }
    }
    throw new CurationError(`unknown command ${params.command}`);
  }

  async function executeCuration(params: ExecuteCommandParams): Promise<unknown> {
    try {
      return await execute(params);
    } catch (e) {
      if (e instanceof CurationError || e instanceof BrokenStoreFileError) throw new ResponseError(ErrorCodes.InvalidParams, e.message);
      ctx.log(`${params.command} failed: ${e instanceof Error ? e.stack : String(e)}`);
      throw new ResponseError(ErrorCodes.InternalError, `${params.command} failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  /**
   * The quick fixes of the open disagreements under the selection. They come from the disagreements the
   * diagnostics were last computed from (refreshNow), so a cursor move reads no file.
   */
  function curationActions(params: CodeActionParams): CodeAction[] {
    const uri = params.textDocument.uri;
    const doc = ctx.documents.get(uri);
    const known = openByUri.get(uri);
    if (!doc || known?.version !== doc.version) return [];
    const selection = { start: doc.offsetAt(params.range.start), end: doc.offsetAt(params.range.end) };
    const out: CodeAction[] = [];
    for (const d of known.open) {
      if (!(d.start <= selection.end && selection.start <= d.end)) continue;
      const related = diagnostics.get(uri).filter((x) => x.code === DISAGREEMENT_CODE && (x.data as { id?: string } | undefined)?.id === d.id);
      const action = (title: string, command: string, args: object): CodeAction => ({
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: related,
        command: { title, command, arguments: [{ uri, id: d.id, ...args }] },
      });
      for (const [layer, version] of Object.entries(d.versions)) {
        out.push(action(`Take ${layer}'s version (${version ? describeAnnotation(version) : 'nothing here'})`, CurationCommands.decide, { take: layer }));
      }
      const range = { start: doc.positionAt(d.start), end: doc.positionAt(d.end) };
      out.push(action('Edit…', EDIT_DISAGREEMENT_COMMAND, { range, claim: Object.values(d.versions).some((v) => v?.label === 'CLAIM') }));
      out.push(action('Reject all', CurationCommands.decide, { rejectAll: true }));
    }
    return out;
  }

  shareExecuteCommand(connection, ANNOTATION_CAPABILITIES, CURATION_COMMAND_IDS, executeCuration);
  shareCodeActions(connection, (params) => {
    try {
      return curationActions(params);
    } catch (e) {
      ctx.log(`curation code actions failed on ${params.textDocument.uri}: ${e instanceof Error ? e.stack : String(e)}`);
      return [];
    }
  });
  // Someone else's publication (an analysis, an annotation change): the layers may have changed too.
  const diagnostics = shareDiagnostics(connection, (uri) => !!ctx.documents.get(uri), (uri) => schedule(uri));
  /** Per open document: the disagreements its curation diagnostics show, and the version they were computed on. */
  const openByUri = new Map<string, { version: number; open: Disagreement[] }>();
  const openCounts = new Map<string, number>();

  const refreshes = debouncePerKey((uri) => void refreshNow(uri));
  const schedule = (uri: string, delay = DIAGNOSTICS_DELAY_MS) => refreshes.schedule(uri, delay);

  /** Recomputes the document's curation diagnostics from the layer files and publishes them if they changed. */
  async function refreshNow(uri: string): Promise<void> {
    const doc = ctx.documents.get(uri);
    if (!doc || !uri.startsWith('file:') || !ctx.settings.current.languages.includes(doc.languageId)) return;
    try {
      const articlePath = fileURLToPath(uri);
      // The text and its version together: the document may change while the layer files are read.
      const text = doc.getText();
      const version = doc.version;
      const { annotator, visibleLayer } = ctx.settings.current;
      const visible = visibleFromClient ?? visibleLayer;
      const found: Diagnostic[] = [];
      let annotators: AnnotatorLayer[] = [];
      try {
        annotators = await readAnnotatorLayers(articlePath, text);
      } catch (e) {
        // The annotation features report broken layer files; curation waits until they are repaired.
        if (!(e instanceof BrokenStoreFileError)) throw e;
      }
      const curatedFile = layerFilePath(articlePath, CURATED_LAYER);
      const curated = (await exists(curatedFile)) ? await openCuratedLayer(store, articlePath, text) : undefined;
      if (doc.version !== version) return; // edited meanwhile: the new version's analysis schedules another refresh
      const disagreements = curated && annotators.length ? openDisagreements(annotators, curated.data) : [];
      const open = disagreements.length;
      found.push(...disagreementDiagnostics(doc, disagreements, annotators));
      if (curated && openCounts.get(uri) !== open) {
        openCounts.set(uri, open);
        void connection.sendNotification(DisagreementsChangedNotification, { uri, open });
      }
      let notes: LayerNote[] = [];
      if (visible !== SUGGESTIONS_LAYER) {
        const all = [...annotators.map((l) => ({ layer: l.layer, annotations: l.data.annotations })), ...(curated ? [{ layer: CURATED_LAYER, annotations: curated.data.annotations }] : [])];
        const name = visible === MY_LAYER ? layerOf(annotator) : visible;
        const shown = all.find((l) => l.layer === name);
        notes = shown ? layerNotes(shown, all.filter((l) => l !== shown)) : [];
        found.push(...layerHints(doc, notes));
      }
      ctx.layerNotes.set(uri, version, notes);
      openByUri.set(uri, { version, open: disagreements });
      diagnostics.set(uri, found, version);
    } catch (e) {
      ctx.log(`curation diagnostics failed on ${uri}: ${e instanceof Error ? e.stack : String(e)}`);
    }
  }

  connection.onNotification(VisibleLayerNotification, (params: { layer?: unknown }) => {
    visibleFromClient = typeof params?.layer === 'string' && params.layer.trim() ? params.layer.trim() : undefined;
    for (const doc of ctx.documents.all()) schedule(doc.uri, 0);
  });
  ctx.documents.onDidOpen(({ document }) => schedule(document.uri, 0));
  ctx.documents.onDidClose(({ document }) => {
    refreshes.cancel(document.uri);
    diagnostics.forget(document.uri);
    ctx.layerNotes.set(document.uri, document.version, []);
    openByUri.delete(document.uri);
    openCounts.delete(document.uri);
  });
}

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false,
  );
}
