// The annotating commands of the command palette, editor context menu and keybindings. Each one asks
// what it needs (quick picks, input boxes) and calls the server's command; the server writes the store.
import * as vscode from 'vscode';
import type { AnnotationView, ArticleState, EntityChoice, SuggestionView } from '../../../server/src/annotations/protocol';
import type { AnnotationLabel, ClaimVerdict } from '../../../server/src/store/schema';
import { infoOf, labelIcon, pickLabel } from './labels';
import { AnnotationApi, ServerCommands } from './serverApi';

export interface Article {
  editor: vscode.TextEditor;
  uri: string;
}

/** The active editor if it shows an article on disk (the store lives beside the file). */
export function activeArticle(): Article | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.uri.scheme !== 'file') {
    void vscode.window.showWarningMessage('News Annotator: open an article saved on disk to annotate it.');
    return undefined;
  }
  return { editor, uri: editor.document.uri.toString() };
}

const short = (s: string) => (s.length > 60 ? s.slice(0, 59) + '…' : s);
const VERDICTS: { verdict: ClaimVerdict; description: string }[] = [
  { verdict: 'unverified', description: 'not checked yet' },
  { verdict: 'supported', description: 'the sources back it' },
  { verdict: 'false', description: 'contradicted by reliable sources' },
  { verdict: 'misleading', description: 'true in part, misleading as written' },
];

export class AnnotationCommands {
  constructor(
    readonly api: AnnotationApi,
    /** Called after every change so the status bar and views refresh. */
    readonly changed: () => void,
  ) {}

  async #mutate<T>(command: string, article: Article, args: object): Promise<T | undefined> {
    const result = await this.api.run<T>(command, { uri: article.uri, ...args });
    this.changed();
    return result;
  }

  /** Tags the selection; with no label given, asks for one. */
  async tag(label?: AnnotationLabel): Promise<void> {
    const article = activeArticle();
    if (!article) return;
    const selection = article.editor.selection;
    if (selection.isEmpty) {
      void vscode.window.showInformationMessage('News Annotator: select the text to tag first.');
      return;
    }
    const chosen = label ?? (await pickLabel(`Tag "${short(article.editor.document.getText(selection))}" as`));
    if (!chosen) return;
    await this.#mutate(ServerCommands.tag, article, { range: this.api.toProtocol(selection), label: chosen });
  }

  async #state(article: Article): Promise<ArticleState | undefined> {
    const state = await this.api.state(article.editor.document);
    if (state?.brokenFile) void vscode.window.showErrorMessage(`News Annotator: ${state.problem}`);
    return state?.brokenFile ? undefined : state;
  }

  /** Pending suggestions under the cursor or selection (all pending ones if none is there). */
  async #pickSuggestion(article: Article, title: string): Promise<SuggestionView | undefined> {
    const state = await this.#state(article);
    if (!state) return undefined;
    const pending = state.suggestions.filter((s) => s.status === 'pending');
    const selection = article.editor.selection;
    // A selection that is exactly one suggestion (as Next/Previous Suggestion leave it) picks that one.
    const exact = pending.filter((s) => this.api.toCode(s).isEqual(selection));
    if (exact.length === 1) return exact[0];
    const here = pending.filter((s) => this.api.toCode(s).intersection(selection) !== undefined);
    const candidates = here.length ? here : pending;
    if (!candidates.length) {
      void vscode.window.showInformationMessage('News Annotator: no pending suggestion in this article.');
      return undefined;
    }
    if (candidates.length === 1 && here.length) return candidates[0];
    const picked = await vscode.window.showQuickPick(
      candidates.map((s) => ({ label: s.text, description: `${infoOf(s.label).name} · line ${s.range.start.line + 1}`, iconPath: labelIcon(s.label), s })),
      { title, matchOnDescription: true },
    );
    return picked?.s;
  }

  async accept(): Promise<void> {
    const article = activeArticle();
    const s = article && (await this.#pickSuggestion(article, 'Accept suggestion'));
    if (article && s) await this.#mutate(ServerCommands.accept, article, { range: s.range, label: s.label });
  }

  async reject(): Promise<void> {
    const article = activeArticle();
    const s = article && (await this.#pickSuggestion(article, 'Reject suggestion'));
    if (article && s) await this.#mutate(ServerCommands.reject, article, { range: s.range, label: s.label });
  }

  /** Accepts every pending suggestion of the article, or of one label. */
  async acceptAll(): Promise<void> {
    const article = activeArticle();
    const state = article && (await this.#state(article));
    if (!article || !state) return;
    const pending = state.suggestions.filter((s) => s.status === 'pending');
    if (!pending.length) {
      void vscode.window.showInformationMessage('News Annotator: no pending suggestion in this article.');
      return;
    }
    const labels = [...new Set(pending.map((s) => s.label))];
    const picked = await vscode.window.showQuickPick(
      [
        { label: `All ${pending.length} suggestions`, iconPath: new vscode.ThemeIcon('check-all'), value: undefined as AnnotationLabel | undefined },
        ...labels.map((l) => ({ label: `${pending.filter((s) => s.label === l).length} ${infoOf(l).name} suggestions`, iconPath: labelIcon(l), value: l as AnnotationLabel | undefined })),
      ],
      { title: 'Accept suggestions in this article' },
    );
    if (!picked) return;
    const result = await this.#mutate<{ added: number }>(ServerCommands.acceptAll, article, picked.value ? { label: picked.value } : {});
    if (result) void vscode.window.showInformationMessage(`News Annotator: accepted ${result.added} suggestion(s). Undo with "News Annotator: Undo Last Annotation".`);
  }

  /** The annotation under the cursor (asks when several overlap); `filter` narrows the choice. */
  async #pickAnnotation(article: Article, title: string, filter: (a: AnnotationView) => boolean = () => true): Promise<AnnotationView | undefined> {
    const state = await this.#state(article);
    if (!state) return undefined;
    const cursor = article.editor.selection;
    const here = state.annotations.filter((a) => !a.orphaned && filter(a) && (this.api.toCode(a).intersection(cursor) !== undefined));
    if (here.length === 1) return here[0];
    const candidates = here.length ? here : state.annotations.filter(filter);
    if (!candidates.length) {
      void vscode.window.showInformationMessage('News Annotator: no annotation here.');
      return undefined;
    }
    const picked = await vscode.window.showQuickPick(
      candidates.map((a) => ({
        label: short(a.text),
        description: `${infoOf(a.label).name}${a.orphaned ? ' · orphaned' : ` · line ${a.range.start.line + 1}`}${a.entity ? ` · ${a.entity}` : ''}`,
        iconPath: labelIcon(a.label),
        a,
      })),
      { title, matchOnDescription: true },
    );
    return picked?.a;
  }

  async relabel(): Promise<void> {
    const article = activeArticle();
    const a = article && (await this.#pickAnnotation(article, 'Relabel annotation'));
    const label = a && (await pickLabel(`Relabel "${short(a.text)}" as`, a.label));
    if (article && a && label && label !== a.label) await this.#mutate(ServerCommands.relabel, article, { id: a.id, label });
  }

  async remove(): Promise<void> {
    const article = activeArticle();
    const a = article && (await this.#pickAnnotation(article, 'Remove annotation'));
    if (article && a) await this.#mutate(ServerCommands.remove, article, { id: a.id });
  }

  /** Links a person/place/organisation mention to a registry entity, searchable by any spelling. */
  async link(): Promise<void> {
    const article = activeArticle();
    const a = article && (await this.#pickAnnotation(article, 'Link mention to entity', (x) => ['PER', 'LOC', 'ORG'].includes(x.label)));
    if (!article || !a) return;
    const choice = await this.#pickEntity(article, a);
    if (!choice) return;
    const args = 'key' in choice ? { id: a.id, entity: choice.key } : { id: a.id, create: choice.create };
    const result = await this.#mutate<{ entity: string }>(ServerCommands.link, article, args);
    if (result) vscode.window.setStatusBarMessage(`News Annotator: "${short(a.text)}" linked to ${result.entity}`, 4000);
  }

  #pickEntity(article: Article, mention: AnnotationView): Promise<{ key: string } | { create: { canonical: string; type: string } } | undefined> {
    type Item = vscode.QuickPickItem & { choice?: EntityChoice; create?: boolean };
    const pick = vscode.window.createQuickPick<Item>();
    pick.title = `Link "${short(mention.text)}" to an entity`;
    pick.placeholder = 'Type any spelling, in any script (e.g. Putin, Poutine, بوتين)';
    pick.value = mention.text;
    pick.matchOnDescription = true;
    pick.matchOnDetail = true;
    let request = 0;
    const search = async (query: string) => {
      const mine = ++request;
      pick.busy = true;
      const found = (await this.api.run<EntityChoice[]>(ServerCommands.searchEntities, { uri: article.uri, query })) ?? [];
      if (mine !== request) return;
      pick.busy = false;
      const create: Item = { label: `$(add) Create a new entity "${query.trim() || mention.text}"`, alwaysShow: true, create: true };
      pick.items = [
        ...found.map((c) => ({
          label: c.canonical,
          description: `${c.key} · ${c.type} · ${c.source}`,
          detail: c.spellings.slice(0, 8).join(' · '),
          iconPath: labelIcon(c.type as AnnotationLabel),
          alwaysShow: true,
          choice: c,
        })),
        create,
      ];
    };
    void search(pick.value);
    pick.onDidChangeValue((v) => void search(v));
    return new Promise((resolve) => {
      let creating = false;
      pick.onDidAccept(async () => {
        const item = pick.selectedItems[0];
        const typed = pick.value.trim();
        creating = !!item?.create;
        if (item?.choice) resolve({ key: item.choice.key });
        pick.hide();
        if (!creating) return;
        const canonical = await vscode.window.showInputBox({ title: 'New entity: display name', value: typed || mention.text, validateInput: (v) => (v.trim() ? undefined : 'A name is needed') });
        resolve(canonical ? { create: { canonical: canonical.trim(), type: mention.label } } : undefined);
      });
      pick.onDidHide(() => {
        pick.dispose();
        if (!creating) resolve(undefined);
      });
      pick.show();
    });
  }

  async setVerdict(): Promise<void> {
    const article = activeArticle();
    const a = article && (await this.#pickAnnotation(article, 'Set claim verdict', (x) => x.label === 'CLAIM'));
    if (!article || !a) return;
    const picked = await vscode.window.showQuickPick(
      VERDICTS.map((v) => ({ label: v.verdict, description: v.verdict === (a.verdict ?? 'unverified') ? 'current' : v.description, verdict: v.verdict })),
      { title: `Verdict on "${short(a.text)}"` },
    );
    if (!picked) return;
    const note = await vscode.window.showInputBox({ title: 'Note for the fact-check (optional)', value: a.note ?? '', prompt: 'Why: sources, contradicting facts' });
    if (note === undefined) return;
    await this.#mutate(ServerCommands.setVerdict, article, { id: a.id, verdict: picked.verdict, note });
  }

  /** Moves the cursor to the next (or previous) pending suggestion, wrapping around. */
  async goToSuggestion(direction: 1 | -1): Promise<void> {
    const article = activeArticle();
    const state = article && (await this.#state(article));
    if (!article || !state) return;
    const pending = state.suggestions.filter((s) => s.status === 'pending').map((s) => ({ s, range: this.api.toCode(s) }));
    if (!pending.length) {
      void vscode.window.showInformationMessage('News Annotator: every suggestion in this article is reviewed.');
      return;
    }
    const cursor = article.editor.selection.start;
    const next =
      direction === 1
        ? pending.find((p) => p.range.start.isAfter(cursor)) ?? pending[0]
        : [...pending].reverse().find((p) => p.range.start.isBefore(cursor)) ?? pending[pending.length - 1];
    article.editor.selection = new vscode.Selection(next.range.start, next.range.end);
    article.editor.revealRange(next.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  async undo(): Promise<void> {
    const article = activeArticle();
    if (!article) return;
    const result = await this.#mutate<{ undone: boolean }>(ServerCommands.undo, article, {});
    if (result && !result.undone) void vscode.window.showInformationMessage('News Annotator: nothing to undo in this article (this session).');
  }

  /** Re-attaches an orphaned annotation to the selection. */
  async reattach(): Promise<void> {
    const article = activeArticle();
    const a = article && (await this.#pickAnnotation(article, 'Re-attach orphaned annotation', (x) => x.orphaned));
    if (!article || !a) return;
    const selection = article.editor.selection;
    await this.#mutate(ServerCommands.reattach, article, selection.isEmpty ? { id: a.id } : { id: a.id, range: this.api.toProtocol(selection) });
  }
}
