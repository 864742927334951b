// Runs the same integration suite in a desktop VS Code through @vscode/test-electron.
// On machines that cannot download VS Code, point VSCODE_EXECUTABLE_PATH at an installed
// `code` binary. CI relies on the web runner (test/runners/web.mjs).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const suite = path.join(root, 'dist', 'test', 'integration.node.js');
if (!existsSync(suite)) {
  console.error('dist/test/integration.node.js is missing: run "node scripts/build.mjs --tests".');
  process.exit(1);
}
const vscodeExecutablePath = process.env.VSCODE_EXECUTABLE_PATH;
if (vscodeExecutablePath && !existsSync(vscodeExecutablePath)) {
  console.error(`VSCODE_EXECUTABLE_PATH=${vscodeExecutablePath} does not exist.`);
  process.exit(1);
}
try {
  await runTests({
    ...(vscodeExecutablePath ? { vscodeExecutablePath } : { version: process.env.VSCODE_VERSION ?? 'stable' }),
    extensionDevelopmentPath: root,
    extensionTestsPath: suite,
    launchArgs: [path.join(root, 'test', 'fixtures', 'workspace'), '--disable-extensions', '--disable-workspace-trust'],
  });
} catch (err) {
  console.error(`integration tests failed or VS Code could not start: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
}
