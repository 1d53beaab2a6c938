// Bundles the extension (client), the language server and the CLI into dist/.
import * as esbuild from 'esbuild';
import { nodeBundle } from './scripts/bundle-options.mjs';

const watch = process.argv.includes('--watch');
const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // Webview scripts and styles (client/src/views), loaded from dist/media only.
  {
    entryPoints: ['media/preview.ts', 'media/preview.css', 'media/dashboard.ts', 'media/dashboard.css'],
    outdir: 'dist/media',
    platform: 'browser',
    format: 'iife',
    target: 'chrome120',
    minify: true,
  },
];
for (const b of builds) {
  const options = { ...nodeBundle, ...b };
  if (watch) await (await esbuild.context(options)).watch();
  else await esbuild.build(options);
}
