// What the annotation commands do, on an article's text, the engine's suggestions and the annotator's
// layer. Independent of LSP: positions are offsets; the handlers in index.ts convert.
import type { ClaimKind, EntityLabel } from '../engine/types';
import { bestCandidate, makeTarget } from '../store/anchor';
import { layerFilePath, layerOf } from '../store/format';
import { rejectionKey } from '../store/merge';
import type { EntityRegistry } from '../store/registry';
import { reviewStatus, type Suggestion } from '../store/review';
import type { Annotation, AnnotationLabel, ClaimVerdict } from '../store/schema';
import { AnnotationStore, createAnnotation, type Layer } from '../store/store';

/** An article as the commands see it: its file, current text (possibly unsaved) and the engine's suggestions. */
export interface Article {
  path: string;
  text: string;
  lang: string;
  suggestions: Suggestion[];
}

export class CommandError extends Error {}

const family = (label: AnnotationLabel) => (label === 'DATE' || label === 'CLAIM' ? label : 'ENTITY');
const isEntityLabel = (label: AnnotationLabel): label is EntityLabel => family(label) === 'ENTITY';
/** How often a layer is checked for changes made by another writer (commands and diagnostics). */
const RELOAD_INTERVAL_MS = 1000;

export class AnnotationService {
  readonly #checked = new Map<string, number>();

  constructor(
    readonly store: AnnotationStore,
    readonly registryOf: (articlePath: string) => Promise<EntityRegistry>,
  ) {}

  /** The annotator's layer of the article, up to date with the disk and anchored to the article's text. */
  async layer(article: Article, annotator: string): Promise<Layer> {
    const file = layerFilePath(article.path, layerOf(annotator));
    const layer = await this.store.open(article.path, layerOf(annotator));
    const now = Date.now();
    if (now - (this.#checked.get(file) ?? 0) > RELOAD_INTERVAL_MS) {
      this.#checked.set(file, now);
      await this.store.reload(file);
    }
    this.store.anchor(layer, article.text);
    return layer;
  }

  async #edit(article: Article, annotator: string, change: (annotations: Annotation[], layer: Layer) => void): Promise<Layer> {
    const layer = await this.layer(article, annotator);
    await this.store.edit(layer, (data) => change(data.annotations, layer));
    return layer;
  }

  #find(layer: Layer, id: string): Annotation {
    const a = layer.data.annotations.find((x) => x.id === id);
    if (!a) throw new CommandError(`no annotation with id ${id} in ${layer.file}`);
    return a;
  }

  #checkSpan(article: Article, start: number, end: number): void {
    if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start < end && end <= article.text.length)) {
      throw new CommandError(`the range ${start}-${end} is not a non-empty part of the article`);
    }
    if (!article.text.slice(start, end).trim()) throw new CommandError('the selection is only white space');
  }

  /** Tags [start, end) by hand. The same span and label again changes nothing; the same span in the same family is relabelled. */
  async tag(article: Article, annotator: string, start: number, end: number, label: AnnotationLabel, entity?: string): Promise<string> {
    ({ start, end } = trimmed(article.text, start, end));
    this.#checkSpan(article, start, end);
    let id = '';
    await this.#edit(article, annotator, (annotations, layer) => {
      const same = annotations.find((a) => !a.orphaned && a.target.start === start && a.target.end === end && family(a.label) === family(label));
      if (same) {
        id = same.id;
        if (same.label !== label) {
          same.label = label;
          same.modified = new Date().toISOString();
        }
        return;
      }
      const a = createAnnotation(article.text, start, end, { label, origin: 'manual', annotator, ...(entity && isEntityLabel(label) ? { entity } : {}) });
      annotations.push(a);
      id = a.id;
      layer.data.rejected = layer.data.rejected.filter((r) => !(r.target.start === start && r.target.end === end && r.label === label));
    });
    return id;
  }

  #suggestion(article: Article, start: number, end: number, label: AnnotationLabel): Suggestion {
    const s = article.suggestions.find((x) => x.start === start && x.end === end && x.label === label);
    if (!s) throw new CommandError(`there is no ${label} suggestion at ${start}-${end}`);
    return s;
  }

  async accept(article: Article, annotator: string, start: number, end: number, label: AnnotationLabel): Promise<string> {
    const s = this.#suggestion(article, start, end, label);
    const layer = await this.layer(article, annotator);
    const existing = layer.data.annotations.find((a) => !a.orphaned && a.target.start === start && a.target.end === end && a.label === label);
    if (existing) return existing.id;
    const a = annotationFromSuggestion(article.text, s, annotator);
    await this.store.edit(layer, (data) => {
      data.annotations.push(a);
      data.rejected = data.rejected.filter((r) => rejectionKey(r) !== rejectionKey({ label, target: a.target }));
    });
    return a.id;
  }

  /** Accepts every pending suggestion (of one label), in one undoable step. */
  async acceptAll(article: Article, annotator: string, label?: AnnotationLabel): Promise<number> {
    const layer = await this.layer(article, annotator);
    const created = new Date().toISOString();
    let added = 0;
    await this.store.edit(layer, (data) => {
      for (const s of article.suggestions) {
        if ((label && s.label !== label) || reviewStatus(s, data) !== 'pending') continue;
        data.annotations.push(annotationFromSuggestion(article.text, s, annotator, created));
        added++;
      }
    });
    return added;
  }

  async reject(article: Article, annotator: string, start: number, end: number, label: AnnotationLabel): Promise<void> {
    const s = this.#suggestion(article, start, end, label);
    const layer = await this.layer(article, annotator);
    const rejection = { label, target: makeTarget(article.text, s.start, s.end), annotator, created: new Date().toISOString() };
    await this.store.edit(layer, (data) => {
      if (!data.rejected.some((r) => rejectionKey(r) === rejectionKey(rejection))) data.rejected.push(rejection);
    });
  }

  async relabel(article: Article, annotator: string, id: string, label: AnnotationLabel): Promise<void> {
    await this.#edit(article, annotator, (_, layer) => {
      const a = this.#find(layer, id);
      if (a.label === label) return;
      a.label = label;
      if (!isEntityLabel(label)) delete a.entity;
      if (label !== 'DATE') delete a.value;
      if (label !== 'CLAIM') for (const k of ['claimKind', 'verdict', 'note'] as const) delete a[k];
      a.modified = new Date().toISOString();
    });
  }

  async remove(article: Article, annotator: string, id: string): Promise<void> {
    await this.#edit(article, annotator, (annotations, layer) => {
      this.#find(layer, id);
      layer.data.annotations = annotations.filter((a) => a.id !== id);
    });
  }

  /**
   * Links a mention to a registry entity (an existing key, or a new entity created from `create`), and
   * adds the mention's spelling to that entity's aliases for the article's language.
   */
  async link(article: Article, annotator: string, id: string, key: string | undefined, create?: { canonical: string; type: EntityLabel }): Promise<string> {
    const layer = await this.layer(article, annotator);
    const a = this.#find(layer, id);
    if (!isEntityLabel(a.label)) throw new CommandError(`only people, places and organisations link to entities (this is ${a.label})`);
    if (!key && !create) throw new CommandError('give an entity key or a new entity to create');
    const registry = await this.registryOf(article.path);
    await registry.refresh();
    const entity = key ?? registry.newKey(create!.canonical);
    // A key the registry does not have yet (e.g. the engine's key of a workspace entity) becomes a new entry.
    const newEntry = registry.get(entity) ? undefined : { canonical: create?.canonical ?? a.target.exact, type: create?.type ?? a.label };
    await registry.addSpelling(entity, a.target.exact, article.lang, newEntry);
    await this.store.edit(layer, () => {
      a.entity = entity;
      a.modified = new Date().toISOString();
    });
    return entity;
  }

  async setVerdict(article: Article, annotator: string, id: string, verdict: ClaimVerdict, note?: string): Promise<void> {
    await this.#edit(article, annotator, (_, layer) => {
      const a = this.#find(layer, id);
      if (a.label !== 'CLAIM') throw new CommandError(`only claims have a verdict (this is ${a.label})`);
      a.verdict = verdict;
      if (note !== undefined) {
        if (note.trim()) a.note = note.trim();
        else delete a.note;
      }
      a.modified = new Date().toISOString();
    });
  }

  /** Moves an orphaned (or any) annotation to [start, end), or to its best candidate when no range is given. */
  async reattach(article: Article, annotator: string, id: string, range?: { start: number; end: number }): Promise<{ start: number; end: number }> {
    const layer = await this.layer(article, annotator);
    const a = this.#find(layer, id);
    const to = range ? trimmed(article.text, range.start, range.end) : bestCandidate(article.text, a.target);
    if (!to) throw new CommandError(`no text resembling "${a.target.exact}" was found; select where it belongs and re-attach to the selection`);
    this.#checkSpan(article, to.start, to.end);
    await this.store.edit(layer, () => {
      a.target = makeTarget(article.text, to.start, to.end);
      delete a.orphaned;
      a.modified = new Date().toISOString();
    });
    return to;
  }

  async undo(article: Article, annotator: string): Promise<boolean> {
    const layer = await this.layer(article, annotator);
    const undone = await this.store.undo(layer);
    this.store.anchor(layer, article.text);
    return undone;
  }
}

function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

export function annotationFromSuggestion(text: string, s: Suggestion, annotator: string, created?: string): Annotation {
  const fields: { entity?: string; value?: string | null; claimKind?: ClaimKind } = {};
  if (isEntityLabel(s.label) && s.entity) fields.entity = s.entity;
  if (s.label === 'DATE') fields.value = s.value ?? null;
  if (s.label === 'CLAIM' && s.claimKind) fields.claimKind = s.claimKind;
  return createAnnotation(text, s.start, s.end, { label: s.label, ...fields, origin: 'suggestion', annotator, created });
}
