// One esbuild build for every bundle: the extension (Node and browser), the CLI, and the
// integration test suites. Flags: --watch, --production (minified, for packaging), --tests
// (also the Node build of the integration suite, for the Electron runner).
import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { buildData } from './build-data.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const watch = args.has('--watch');

await buildData();

const common = {
  bundle: true,
  // (A packaged build has no source maps: they would carry the sources into the .vsix.)
  sourcemap: !production,
  minify: production,
  absWorkingDir: root,
  logLevel: 'warning',
  target: 'es2022',
  legalComments: 'none',
  // (jsonc-parser's "main" is a UMD build whose requires esbuild cannot follow: its ES module build.)
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
};

/**
 * For the browser bundles: @cfworker/json-schema takes its base URI from `self.location` when
 * it loads, and VS Code's web extension host has a location `new URL` refuses (the extension
 * then fails to activate). Our schemas resolve nothing against it ($refs are local), so the
 * library's own fallback base is as good.
 */
const NO_LOCATION = { 'self.location': 'undefined' };

/** @type {import('esbuild').BuildOptions[]} */
const builds = [
  {
    ...common,
    entryPoints: ['src/extension/main.node.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
  },
  {
    ...common,
    entryPoints: ['src/extension/main.browser.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    format: 'cjs',
    mainFields: ['browser', 'module', 'main'],
    external: ['vscode'],
    define: NO_LOCATION,
  },
  // The language server on the desktop, started by the extension's client (the CLI's
  // `article-lens lsp` is the same server).
  {
    ...common,
    entryPoints: ['src/server/main.ts'],
    outfile: 'dist/server.js',
    platform: 'node',
    format: 'cjs',
  },
  // The language server in a browser worker (vscode-languageserver/browser).
  {
    ...common,
    entryPoints: ['src/server/browser.ts'],
    outfile: 'dist/web/server.js',
    define: NO_LOCATION,
    platform: 'browser',
    format: 'iife',
    mainFields: ['browser', 'module', 'main'],
  },
  {
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    // (ESM dependencies read import.meta.url, which a CommonJS bundle must supply.)
    define: { 'import.meta.url': '__importMetaUrl' },
    banner: { js: "#!/usr/bin/env node\nconst __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  },
];

if (!production) {
  // The integration suite, bundled for the web extension host (a Web Worker): mocha's
  // browser build, the `assert` polyfill and a `process` shim.
  builds.push({
    ...common,
    entryPoints: ['test/integration/index.web.ts'],
    outfile: 'dist/test/integration.web.js',
    platform: 'browser',
    format: 'cjs',
    external: ['vscode'],
    define: { 'process.env.NODE_DEBUG': 'false', global: 'globalThis' },
    inject: ['test/integration/process-shim.js'],
    alias: { ...common.alias, assert: 'assert/' },
  });
  builds.push({
    ...common,
    entryPoints: ['test/integration/bench.web.ts'],
    outfile: 'dist/test/bench.web.js',
    platform: 'browser',
    format: 'cjs',
    external: ['vscode'],
  });
  builds.push({
    ...common,
    entryPoints: ['test/integration/index.node.ts'],
    outfile: 'dist/test/integration.node.js',
    platform: 'node',
    format: 'cjs',
    external: ['vscode', 'mocha'],
  });
}

if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('article-lens: watching for changes');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
