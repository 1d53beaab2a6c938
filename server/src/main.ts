// Language server entry point: `node dist/server.js --stdio`. The same bundle, started as a worker
// thread, is the analysis worker.
import { isMainThread } from 'node:worker_threads';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { serveAnalysisWorker } from './analysisRunner';
import { startServer } from './server';

if (isMainThread) {
  const connection = createConnection(ProposedFeatures.all);
  // A promise nobody waits on that fails (a client refusing a registration or a refresh request) is
  // logged: left unhandled, Node would end the server.
  process.on('unhandledRejection', (reason) => connection.console.error(`unhandled rejection: ${reason instanceof Error ? reason.stack : String(reason)}`));
  startServer(connection, { bundlePath: __filename });
} else {
  serveAnalysisWorker();
}
