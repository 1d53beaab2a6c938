// Fresh temporary directories for one e2e run: nothing is shared with the user's own editor state,
// and the sample articles are copied so the repository's samples/ stay pristine.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SAMPLES } from './paths';

export interface Scratch {
  root: string;
  workspace: string;
  remove(): void;
}

export function makeScratch(prefix: string): Scratch {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `news-annotator-${prefix}-`));
  const workspace = path.join(root, 'workspace');
  fs.mkdirSync(workspace);
  for (const name of fs.readdirSync(SAMPLES)) fs.copyFileSync(path.join(SAMPLES, name), path.join(workspace, name));
  return { root, workspace, remove: () => fs.rmSync(root, { recursive: true, force: true }) };
}

/** The sample articles by their language, as the tests refer to them. */
export const ARTICLES = {
  indonesianShara: '000_7bbce5a2da076de1.txt',
  indonesianPutin: '001_f8241679bfc4829d.txt',
  indonesianIran: '002_f649db04391ccbc3.txt',
  french: '003_6b55d47fc30c3144.txt',
  arabic: '004_7ce82b79e7fbb217.txt',
} as const;
