import * as os from 'node:os';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const SAMPLES = path.join(ROOT, 'samples');
export const CODE_SERVER = path.join(ROOT, '.editor', 'code-server', 'node_modules', '.bin', 'code-server');
export const VSCE = path.join(ROOT, 'node_modules', '.bin', 'vsce');
export const CHROMIUM = '/usr/bin/chromium';
export const NVIM = '/usr/bin/nvim';
/**
 * Where the UI tests save their screenshots: docs/ (shown in the README) with `npm run screenshots`,
 * else a temporary folder, so that a test run leaves the work tree unchanged.
 */
export const SCREENSHOTS = process.env.NEWS_ANNOTATOR_SCREENSHOTS === 'docs'
  ? path.join(ROOT, 'docs')
  : path.join(os.tmpdir(), 'news-annotator-e2e-screenshots');
/** The extension's id: publisher.name from package.json. */
export const EXTENSION_ID = 'news-annotator.news-annotator';
