import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const SAMPLES = path.join(ROOT, 'samples');
export const CODE_SERVER = path.join(ROOT, '.editor', 'code-server', 'node_modules', '.bin', 'code-server');
export const VSCE = path.join(ROOT, 'node_modules', '.bin', 'vsce');
export const CHROMIUM = '/usr/bin/chromium';
export const NVIM = '/usr/bin/nvim';
export const DOCS = path.join(ROOT, 'docs');
/** The extension's id: publisher.name from package.json. */
export const EXTENSION_ID = 'news-annotator.news-annotator';
