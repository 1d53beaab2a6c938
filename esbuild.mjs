// Bundles the extension (client), the language server and the CLI into dist/.
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  // Node 20 has these; without the flag esbuild turns every such regexp literal into `new RegExp(...)`,
  // compiled again at each evaluation (measured: the engine's hot loops paid for it).
  supported: { 'regexp-unicode-property-escapes': true, 'regexp-set-notation': true },
};
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
  const options = { ...common, ...b };
  if (watch) await (await esbuild.context(options)).watch();
  else await esbuild.build(options);
}
