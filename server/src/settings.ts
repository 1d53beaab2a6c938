// The server's settings (`newsAnnotator.*`), pulled from the client with workspace/configuration
// when it supports that, else taken from initializationOptions.settings. Unknown or ill-typed
// values fall back to the defaults, so a broken settings file never breaks the server.
import * as os from 'node:os';
import type { Connection } from 'vscode-languageserver';
import { SUGGESTIONS_LAYER } from './curation/protocol';

export interface Settings {
  /** Show a label hint (": PER") after every mention. */
  inlayHints: boolean;
  /** Quiet time after an edit before the document is analysed again. */
  debounceMs: number;
  /** Editor language ids the server analyses. */
  languages: string[];
  /** Documents larger than this (in UTF-16 code units) get one diagnostic and no analysis. */
  maxDocumentSize: number;
  /** Globs of article files in the workspace index, relative to a workspace folder. */
  indexInclude: string[];
  indexExclude: string[];
  /** Whose work the user's edits are (`newsAnnotator.annotator`, else the OS user name). */
  annotator: string;
  /** The layer shown in the editor: 'suggestions' (the engine's), 'mine', 'curated', or a layer name. */
  visibleLayer: string;
}

export const DEFAULT_SETTINGS: Settings = {
  inlayHints: true,
  debounceMs: 150,
  // 'text' is what Neovim and Helix call plain-text files.
  languages: ['plaintext', 'text', 'news'],
  maxDocumentSize: 1_000_000,
  indexInclude: ['**/*.txt', '**/*.news'],
  indexExclude: ['**/node_modules/**', '**/.*/**', '**/*.annotations.*.json'],
  annotator: osUser(),
  visibleLayer: SUGGESTIONS_LAYER,
};

/** Reads the `newsAnnotator` section object (as VS Code returns it) into typed settings. */
export function parseSettings(section: unknown): Settings {
  const s = isObject(section) ? section : {};
  const inlay = isObject(s.inlayHints) ? s.inlayHints : {};
  const index = isObject(s.index) ? s.index : {};
  return {
    inlayHints: typeof inlay.enabled === 'boolean' ? inlay.enabled : DEFAULT_SETTINGS.inlayHints,
    debounceMs: numberIn(s.debounceMs, 0, 10_000) ?? DEFAULT_SETTINGS.debounceMs,
    languages: stringList(s.languages) ?? DEFAULT_SETTINGS.languages,
    maxDocumentSize: numberIn(s.maxDocumentSize, 1, 1e9) ?? DEFAULT_SETTINGS.maxDocumentSize,
    indexInclude: stringList(index.include) ?? DEFAULT_SETTINGS.indexInclude,
    indexExclude: stringList(index.exclude) ?? DEFAULT_SETTINGS.indexExclude,
    annotator: nonBlank(s.annotator) ?? DEFAULT_SETTINGS.annotator,
    visibleLayer: nonBlank(s.visibleLayer) ?? DEFAULT_SETTINGS.visibleLayer,
  };
}

export class SettingsStore {
  #current: Settings = DEFAULT_SETTINGS;
  readonly #connection: Connection;
  #pull = false;

  constructor(connection: Connection) {
    this.#connection = connection;
  }

  /** At initialize: the settings the client passed, and whether it answers workspace/configuration. */
  initialize(initial: unknown, clientPullsConfiguration: boolean): void {
    this.#current = parseSettings(initial);
    this.#pull = clientPullsConfiguration;
  }

  get current(): Settings {
    return this.#current;
  }

  /** Refreshes from the client; `pushed` is the didChangeConfiguration payload for clients that push. */
  async refresh(pushed?: unknown): Promise<Settings> {
    if (this.#pull) {
      try {
        this.#current = parseSettings(await this.#connection.workspace.getConfiguration('newsAnnotator'));
      } catch {
        // The client failed to answer: keep the settings we have.
      }
    } else if (isObject(pushed) && 'newsAnnotator' in pushed) {
      this.#current = parseSettings(pushed.newsAnnotator);
    }
    return this.#current;
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function numberIn(v: unknown, min: number, max: number): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max ? v : undefined;
}

function stringList(v: unknown): string[] | undefined {
  return Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : undefined;
}

function nonBlank(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

function osUser(): string {
  try {
    return os.userInfo().username || 'annotator';
  } catch {
    return process.env.USER ?? 'annotator';
  }
}
