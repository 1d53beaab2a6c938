// esbuild options shared by every Node bundle of the project (extension, server, CLI, evaluator, benchmark).
export const nodeBundle = {
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
