// Language server entry point: `node dist/server.js --stdio`. The same bundle, started as a worker
// thread, is the analysis worker.
import { isMainThread } from 'node:worker_threads';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { serveAnalysisWorker } from './analysisRunner';
import { startServer } from './server';

if (isMainThread) startServer(createConnection(ProposedFeatures.all), { bundlePath: __filename });
else serveAnalysisWorker();
