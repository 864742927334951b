// The language server in a browser worker (vscode.dev, or any web editor that speaks LSP to a
// Web Worker): the same server as on Node, over postMessage. There is no disk here: the team
// configuration, desk list and annotations beside an article are not read (the defaults
// apply), and the desk's annotation command is not offered.
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startServer } from './server';

type Scope = ConstructorParameters<typeof BrowserMessageReader>[0];
const scope = globalThis as unknown as Scope;
startServer(createConnection(new BrowserMessageReader(scope), new BrowserMessageWriter(scope)), { inputs: () => ({}) });
