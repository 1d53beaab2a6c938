// Debian's chromium driven by playwright-core, and the workbench gestures the UI tests share.
// Every wait is a locator wait or waitForFunction with a timeout; nothing sleeps for a fixed time.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM, SCREENSHOTS } from './paths';

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`chromium is not installed (${CHROMIUM}): run node scripts/setup-editor.mjs`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    timeout: 30_000,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** How often a quick input is opened before a test fails, and how long each try may wait for it. */
const QUICK_INPUT_ATTEMPTS = 3;
const QUICK_INPUT_TIMEOUT_MS = 5_000;

export class Workbench {
  constructor(readonly page: Page) {}

  async open(url: string, firstFile: string): Promise<void> {
    await this.page.goto(url);
    await this.page.locator('.monaco-workbench').waitFor({ timeout: 30_000 });
    await this.page.locator(`.explorer-folders-view .monaco-list-row:has-text("${firstFile}")`).first().waitFor({ timeout: 30_000 });
  }

  /** Quick Open (Ctrl+P) a workspace file and wait for its editor to show `visibleText`. */
  async openFile(name: string, visibleText: string): Promise<void> {
    const focusEditorPart = () => this.page.locator('.monaco-workbench .part.editor').click({ position: { x: 5, y: 5 } });
    // Click the row: Enter could pick a recently opened file before the filter applies.
    await this.#quickInput('Control+P', name, () => this.page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().click({ timeout: QUICK_INPUT_TIMEOUT_MS }), focusEditorPart);
    await this.page.locator('.tabs-container .tab.active', { hasText: name }).waitFor();
    await this.editor.locator('.view-lines', { hasText: visibleText }).waitFor();
  }

  /**
   * Opens a quick input with `key` (after `focus`), types `text` and completes it. A late focus change (a panel
   * still settling after the previous step) can close the quick input as it opens: it is then opened again.
   */
  async #quickInput(key: string, text: string, complete: () => Promise<unknown>, focus?: () => Promise<unknown>): Promise<void> {
    const input = this.page.locator('.quick-input-widget input');
    for (let attempt = 1; ; attempt++) {
      await focus?.();
      await this.page.keyboard.press(key);
      try {
        await input.fill(text, { timeout: QUICK_INPUT_TIMEOUT_MS });
        await complete();
        return;
      } catch (e) {
        if (attempt === QUICK_INPUT_ATTEMPTS) throw e;
        await this.page.keyboard.press('Escape');
      }
    }
  }

  /** Opens a file by clicking its row in the explorer (which follows the disk as files appear). */
  async openFromExplorer(name: string, visibleText: string): Promise<void> {
    await this.page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first().click();
    await this.page.locator('.tabs-container .tab.active', { hasText: name }).waitFor();
    await this.editor.locator('.view-lines', { hasText: visibleText }).waitFor();
  }

  get editor() {
    return this.page.locator('.editor-group-container.active .monaco-editor').first();
  }

  /** The rendered span (a token) of the active editor whose whole text is `text`. */
  token(text: string) {
    // The editor renders spaces as no-break spaces.
    const pattern = escapeRegExp(text).replace(/ /g, '[\\s\\u00a0]');
    return this.editor.locator('.view-line span > span').filter({ hasText: new RegExp(`^${pattern}$`) }).first();
  }

  /** F1, type the command's title, run it. */
  async runCommand(title: string): Promise<void> {
    await this.#quickInput('F1', `>${title}`, () => this.page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().click({ timeout: QUICK_INPUT_TIMEOUT_MS }));
  }

  /** Go to line:column with Ctrl+G (1-based), putting the cursor there. */
  async goTo(line: number, column: number): Promise<void> {
    await this.#quickInput('Control+G', `:${line}:${column}`, () => this.page.keyboard.press('Enter'), () => this.editor.click({ position: { x: 200, y: 10 } }));
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }

  /**
   * Saves a screenshot of the whole page in SCREENSHOTS (or `dir`). The mouse is first parked on the
   * explorer's empty space so that no tooltip covers the picture, unless `keepMouse` (a hover).
   */
  async screenshot(name: string, { dir = SCREENSHOTS, keepMouse = false }: { dir?: string; keepMouse?: boolean } = {}): Promise<string> {
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, name);
    if (!keepMouse) {
      await this.page.mouse.move(150, 600);
      await this.page.locator('.workbench-hover-container').waitFor({ state: 'detached' });
    }
    await this.page.screenshot({ path: file });
    return file;
  }
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
