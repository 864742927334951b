// The language server as its own bundle (dist/server.js), for the VS Code extension's client
// on the desktop: `node dist/server.js --node-ipc` (or --stdio). The same file, started as a
// worker thread, is the server's analysis worker. The CLI's `article-lens lsp` is the same server.
import { isAnalysisWorker, serveAnalysisWorker } from '../worker/node';
import { runLanguageServer } from './node';

if (isAnalysisWorker()) serveAnalysisWorker();
else runLanguageServer(__filename);
