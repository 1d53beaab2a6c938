// LSP side of annotating: `workspace/executeCommand` handlers (protocol.ts), code actions, and the
// diagnostics of the annotation store (orphaned annotations, claim verdicts, broken store files).
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  ErrorCodes,
  ResponseError,
  type CancellationToken,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type ExecuteCommandParams,
  type Range,
  type ServerCapabilities,
  type WorkDoneProgressReporter,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { readArticle } from '../cli/files';
import { shareDiagnostics } from '../compose';
import { entities as workspaceEntities } from '../customRequests';
import { analyzeArticle } from '../engine';
import { normalizeName } from '../engine/normalize';
import type { EntityLabel } from '../engine/types';
import { isExportFormat } from '../export';
import { isImportFormat } from '../export/importers';
import { importDocuments, readImportFiles } from '../export/importStore';
import { runExport } from '../export/write';
import type { ServerContext } from '../server';
import { debouncePerKey } from '../throttle';
import { LABELS, VERDICTS, layerFilePath, layerOf } from '../store/format';
import { EntityRegistry } from '../store/registry';
import { reviewStatus, suggestionsOf } from '../store/review';
import type { AnnotationLabel, ClaimVerdict } from '../store/schema';
import { AnnotationStore, BrokenStoreFileError } from '../store/store';
import { buildCodeActions } from './codeActions';
import { brokenFileDiagnostic, layerDiagnostics } from './diagnostics';
import { AnnotationsChangedNotification, ServerCommands, type ArticleState, type EntityChoice } from './protocol';
import { AnnotationService, CommandError, type Article } from './service';

export { ServerCommands } from './protocol';

/** Merged into the server's capabilities by server.ts. */
export const ANNOTATION_CAPABILITIES: ServerCapabilities = {
  codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite] },
  executeCommandProvider: { commands: Object.values(ServerCommands) },
};

/** An article open in the editor (or read from disk), with what the commands need to work on it. */
interface OpenArticle extends Article {
  uri: string;
  doc: TextDocument;
}

const DIAGNOSTICS_DELAY_MS = 300;

export function registerAnnotationFeatures(connection: Connection, ctx: ServerContext): void {
  const store = new AnnotationStore();
  const registries = new Map<string, Promise<EntityRegistry>>();
  const service = new AnnotationService(store, (articlePath) => registryFor(articlePath));

  async function workspaceRoot(articlePath: string): Promise<string> {
    const folders = (await connection.workspace.getWorkspaceFolders().catch(() => null)) ?? [];
    const roots = folders.filter((f) => f.uri.startsWith('file:')).map((f) => fileURLToPath(f.uri));
    return roots.filter((r) => articlePath.startsWith(r + path.sep)).sort((a, b) => b.length - a.length)[0] ?? path.dirname(articlePath);
  }

  function registryFor(articlePath: string): Promise<EntityRegistry> {
    return workspaceRoot(articlePath).then((root) => {
      let registry = registries.get(root);
      if (!registry) {
        registry = EntityRegistry.load(root);
        registries.set(root, registry);
        registry.catch(() => registries.delete(root));
      }
      return registry;
    });
  }

  async function articleOf(uri: unknown): Promise<OpenArticle> {
    if (typeof uri !== 'string' || !uri.startsWith('file:')) throw new CommandError('the command needs the file: uri of an article');
    const open = ctx.documents.get(uri);
    if (open) {
      const result = await ctx.analyses.get(open);
      const analysis = result?.kind === 'analysed' ? result.analysis : undefined;
      return { uri, doc: open, path: fileURLToPath(uri), text: open.getText(), lang: analysis?.lang ?? 'und', suggestions: analysis ? suggestionsOf(analysis) : [] };
    }
    const read = await readArticle(fileURLToPath(uri));
    if (!('text' in read)) throw new CommandError(`${read.file}: ${read.message}`);
    const analysis = analyzeArticle(read.text);
    const doc = TextDocument.create(uri, 'plaintext', 0, read.text);
    return { uri, doc, path: read.file, text: read.text, lang: analysis.lang, suggestions: suggestionsOf(analysis) };
  }

  const offsets = (a: OpenArticle, range: unknown): { start: number; end: number } => {
    const r = range as Range | undefined;
    if (!r?.start || !r.end) throw new CommandError('the command needs a range');
    return { start: a.doc.offsetAt(r.start), end: a.doc.offsetAt(r.end) };
  };
  const label = (value: unknown): AnnotationLabel => {
    if (!LABELS.includes(value as AnnotationLabel)) throw new CommandError(`label must be one of ${LABELS.join(', ')}`);
    return value as AnnotationLabel;
  };
  const text = (value: unknown, what: string): string => {
    if (typeof value !== 'string' || !value) throw new CommandError(`the command needs ${what}`);
    return value;
  };

  async function state(a: OpenArticle, annotator: string): Promise<ArticleState> {
    const base = { uri: a.uri, annotator, layerFile: layerFilePath(a.path, layerOf(annotator)) };
    try {
      const layer = await service.layer(a, annotator);
      const suggestions = a.suggestions.map((s) => ({
        label: s.label,
        range: { start: a.doc.positionAt(s.start), end: a.doc.positionAt(s.end) },
        text: s.text,
        status: reviewStatus(s, layer.data),
      }));
      return {
        ...base,
        annotations: layer.data.annotations.map((x) => ({
          id: x.id,
          label: x.label,
          range: { start: a.doc.positionAt(Math.min(x.target.start, a.text.length)), end: a.doc.positionAt(Math.min(x.target.end, a.text.length)) },
          text: x.target.exact,
          entity: x.entity,
          value: x.value,
          claimKind: x.claimKind,
          verdict: x.verdict,
          note: x.note,
          origin: x.origin,
          orphaned: !!x.orphaned,
        })),
        suggestions,
        reviewed: suggestions.filter((s) => s.status !== 'pending').length,
        total: suggestions.length,
        canUndo: layer.undo.length > 0,
      };
    } catch (e) {
      if (!(e instanceof BrokenStoreFileError)) throw e;
      return { ...base, annotations: [], suggestions: [], reviewed: 0, total: a.suggestions.length, canUndo: false, brokenFile: e.file, problem: e.message };
    }
  }

  /** Entities of the workspace index with a spelling (any language or script) containing the query. */
  function searchWorkspaceEntities(query: string): EntityChoice[] {
    const q = normalizeName(query);
    return workspaceEntities(undefined, ctx.corpus, ctx.registry).flatMap((e): EntityChoice[] => {
      const spellings = [...new Set([e.canonical, ...e.spellings.map((s) => s.text)])];
      const matched = spellings.find((s) => normalizeName(s).includes(q));
      return matched === undefined ? [] : [{ key: e.key, type: e.label, canonical: e.canonical, matched, spellings, source: 'workspace' }];
    });
  }

  async function execute(params: ExecuteCommandParams, token: CancellationToken, progress: WorkDoneProgressReporter): Promise<unknown> {
    const args = (params.arguments?.[0] ?? {}) as Record<string, unknown>;
    const annotator = typeof args.annotator === 'string' && args.annotator.trim() ? args.annotator.trim() : ctx.settings.current.annotator;
    switch (params.command) {
      case ServerCommands.export: {
        const format = String(args.format);
        if (!isExportFormat(format)) throw new CommandError(`unknown export format '${format}'`);
        const inputs = Array.isArray(args.inputs) ? args.inputs.map(String) : [];
        if (!inputs.length) throw new CommandError('nothing to export: give inputs');
        // `progress` reports to the client's workDoneToken when the request has one (else it does nothing).
        progress.begin(`Exporting ${format}`, 0, undefined, true);
        try {
          return await runExport({
            format,
            inputs,
            out: text(args.out, 'an output path'),
            includeSuggestions: args.includeSuggestions === true,
            layer: typeof args.layer === 'string' && args.layer ? args.layer : undefined,
            onArticle: (done, total) => {
              progress.report(Math.round((done / total) * 100), `${done}/${total} articles`);
              return !token.isCancellationRequested;
            },
          });
        } finally {
          progress.done();
        }
      }
      case ServerCommands.import: {
        const format = String(args.format);
        if (!isImportFormat(format)) throw new CommandError(`unknown import format '${format}'`);
        const files = Array.isArray(args.files) ? args.files.map(String) : [];
        const parsed = await readImportFiles(format, files);
        return importDocuments(parsed.documents, text(args.annotator, 'an annotator name'), text(args.into, 'a target folder'), parsed.problems);
      }
      case ServerCommands.repair:
        return store.repair(text(args.file, 'the broken file'));
      case ServerCommands.searchEntities: {
        const query = typeof args.query === 'string' ? args.query : '';
        const fromRegistry: EntityChoice[] = [];
        if (typeof args.uri === 'string' && args.uri.startsWith('file:')) {
          const registry = await registryFor(fileURLToPath(args.uri));
          await registry.refresh();
          for (const m of registry.search(query)) {
            fromRegistry.push({ key: m.key, type: m.entity.type, canonical: m.entity.canonical, matched: m.spelling, spellings: [m.entity.canonical, ...Object.values(m.entity.aliases).flat()], source: 'registry' });
          }
        }
        const known = new Set(fromRegistry.map((c) => c.key));
        return [...fromRegistry, ...searchWorkspaceEntities(query).filter((c) => !known.has(c.key))];
      }
    }
    const a = await articleOf(args.uri);
    const changed = async <T>(result: T): Promise<T> => {
      schedulePublish(a.uri, 0);
      void connection.sendNotification(AnnotationsChangedNotification, { uri: a.uri });
      return result;
    };
    switch (params.command) {
      case ServerCommands.state:
        return state(a, annotator);
      case ServerCommands.tag: {
        const { start, end } = offsets(a, args.range);
        return changed({ id: await service.tag(a, annotator, start, end, label(args.label), typeof args.entity === 'string' ? args.entity : undefined) });
      }
      case ServerCommands.accept: {
        const { start, end } = offsets(a, args.range);
        return changed({ id: await service.accept(a, annotator, start, end, label(args.label)) });
      }
      case ServerCommands.acceptAll:
        return changed({ added: await service.acceptAll(a, annotator, args.label === undefined ? undefined : label(args.label)) });
      case ServerCommands.reject: {
        const { start, end } = offsets(a, args.range);
        return changed(await service.reject(a, annotator, start, end, label(args.label)));
      }
      case ServerCommands.relabel:
        return changed(await service.relabel(a, annotator, text(args.id, 'an annotation id'), label(args.label)));
      case ServerCommands.remove:
        return changed(await service.remove(a, annotator, text(args.id, 'an annotation id')));
      case ServerCommands.link: {
        const create = args.create as { canonical?: unknown; type?: unknown } | undefined;
        const newEntity =
          create && typeof create.canonical === 'string' && ['PER', 'LOC', 'ORG'].includes(create.type as string)
            ? { canonical: create.canonical, type: create.type as EntityLabel }
            : undefined;
        const key = typeof args.entity === 'string' && args.entity ? args.entity : undefined;
        return changed({ entity: await service.link(a, annotator, text(args.id, 'an annotation id'), key, newEntity) });
      }
      case ServerCommands.setVerdict: {
        if (!VERDICTS.includes(args.verdict as ClaimVerdict)) throw new CommandError(`verdict must be one of ${VERDICTS.join(', ')}`);
        const note = typeof args.note === 'string' ? args.note : undefined;
        return changed(await service.setVerdict(a, annotator, text(args.id, 'an annotation id'), args.verdict as ClaimVerdict, note));
      }
      case ServerCommands.reattach: {
        const to = await service.reattach(a, annotator, text(args.id, 'an annotation id'), args.range ? offsets(a, args.range) : undefined);
        return changed({ range: { start: a.doc.positionAt(to.start), end: a.doc.positionAt(to.end) } });
      }
      case ServerCommands.undo:
        return changed({ undone: await service.undo(a, annotator) });
    }
    throw new CommandError(`unknown command ${params.command}`);
  }

  connection.onExecuteCommand(async (params, token, progress) => {
    try {
      return await execute(params, token, progress);
    } catch (e) {
      if (e instanceof CommandError || e instanceof BrokenStoreFileError) throw new ResponseError(ErrorCodes.InvalidParams, e.message);
      ctx.log(`${params.command} failed: ${e instanceof Error ? e.stack : String(e)}`);
      throw new ResponseError(ErrorCodes.InternalError, `${params.command} failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  });

  // Asked at every cursor move: a request the client has cancelled (the cursor moved on) stops after each await.
  connection.onCodeAction(async (params: CodeActionParams, token): Promise<CodeAction[]> => {
    const doc = ctx.documents.get(params.textDocument.uri);
    if (!doc || !params.textDocument.uri.startsWith('file:')) return [];
    try {
      const a = await articleOf(params.textDocument.uri);
      if (token.isCancellationRequested) return [];
      const annotator = ctx.settings.current.annotator;
      try {
        const layer = await service.layer(a, annotator);
        if (token.isCancellationRequested) return [];
        return buildCodeActions(a, layer, { start: a.doc.offsetAt(params.range.start), end: a.doc.offsetAt(params.range.end) });
      } catch (e) {
        if (!(e instanceof BrokenStoreFileError)) throw e;
        return [{ title: `Back up and repair ${path.basename(e.file)}`, kind: CodeActionKind.QuickFix, command: { title: 'Repair', command: ServerCommands.repair, arguments: [{ file: e.file }] } }];
      }
    } catch (e) {
      ctx.log(`code actions failed on ${params.textDocument.uri}: ${e instanceof Error ? e.stack : String(e)}`);
      return [];
    }
  });

  // Diagnostics, merged with the server's own: every publication for an open document also carries ours.
  const diagnostics = shareDiagnostics(connection, (uri) => !!ctx.documents.get(uri), () => undefined);
  const setOurs = (uri: string, found: Diagnostic[]) => diagnostics.set(uri, found, ctx.documents.get(uri)?.version);

  const publishes = debouncePerKey((uri) => void publish(uri));
  /** Files whose broken-file diagnostic we published, by the article that found them. */
  const brokenFiles = new Map<string, string>();

  function schedulePublish(uri: string, delay = DIAGNOSTICS_DELAY_MS): void {
    publishes.schedule(uri, delay);
  }

  async function publish(uri: string): Promise<void> {
    const doc = ctx.documents.get(uri);
    if (!doc || !uri.startsWith('file:')) return;
    try {
      const articlePath = fileURLToPath(uri);
      const annotator = ctx.settings.current.annotator;
      const layerFile = layerFilePath(articlePath, layerOf(annotator));
      const layerUri = pathToFileURL(layerFile).href;
      const a: Article = { path: articlePath, text: doc.getText(), lang: 'und', suggestions: [] };
      try {
        const layer = await service.layer(a, annotator);
        setOurs(uri, layerDiagnostics(doc, layer));
        if (brokenFiles.get(layerUri) === uri) {
          brokenFiles.delete(layerUri);
          setOurs(layerUri, []);
        }
      } catch (e) {
        if (!(e instanceof BrokenStoreFileError)) throw e;
        const onFile = await brokenFileDiagnostic(e);
        setOurs(uri, [onFile.onArticle]);
        brokenFiles.set(layerUri, uri);
        setOurs(layerUri, [onFile.onFile]);
      }
    } catch (e) {
      ctx.log(`annotation diagnostics failed on ${uri}: ${e instanceof Error ? e.stack : String(e)}`);
    }
  }

  ctx.documents.onDidOpen(({ document }) => schedulePublish(document.uri, 0));
  ctx.documents.onDidChangeContent(({ document }) => schedulePublish(document.uri));
  ctx.documents.onDidClose(({ document }) => {
    publishes.cancel(document.uri);
    diagnostics.forget(document.uri);
  });
}
