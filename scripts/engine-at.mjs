// Builds the engine as it was at any commit into one CommonJS bundle exporting `analyze`, for the
// benchmark to time against the current build on the same texts (npm run bench:against REF).
//   node scripts/engine-at.mjs REF   prints the bundle's path
// The commit's src/ and scripts/ are taken with git archive into a folder under the system's
// temporary directory (never the work tree), its generated data built with this checkout's
// node_modules, and the bundle cached there by commit id.
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The bundle of the engine at `ref` (a commit, tag or branch), built once and cached. */
export async function engineAt(ref) {
  const sha = execFileSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], { cwd: root, encoding: 'utf8' }).trim();
  const dir = path.join(tmpdir(), 'article-lens-engines', sha);
  const out = path.join(dir, 'engine.js');
  if (existsSync(out)) return out;
  const tree = path.join(dir, 'tree');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(tree, { recursive: true });
  // (schemas/: the engine reads the desk list's schema, from the commits that have one.)
  const paths = ['src', 'scripts', 'schemas', 'package.json', 'package-lock.json'].filter((p) => {
    try { execFileSync('git', ['cat-file', '-e', `${sha}:${p}`], { cwd: root, stdio: 'ignore' }); return true; } catch { return false; }
  });
  execFileSync('sh', ['-c', `git archive ${sha} ${paths.join(' ')} | tar -x -C "${tree}"`], { cwd: root });
  symlinkSync(path.join(root, 'node_modules'), path.join(tree, 'node_modules'), 'dir');
  if (existsSync(path.join(tree, 'scripts', 'build-data.mjs'))) {
    execFileSync(process.execPath, [path.join(tree, 'scripts', 'build-data.mjs'), '--force'], { cwd: tree, stdio: 'ignore' });
  }
  await esbuild.build({
    entryPoints: [path.join(tree, 'src', 'core', 'analyze.ts')],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'es2022',
    logLevel: 'warning',
    absWorkingDir: tree,
    // (jsonc-parser's "main" is a UMD build whose requires esbuild cannot follow.)
    alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
  });
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const ref = process.argv[2];
  if (!ref) {
    console.error('usage: node scripts/engine-at.mjs REF');
    process.exit(2);
  }
  console.log(await engineAt(ref));
}
