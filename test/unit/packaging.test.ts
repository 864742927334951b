// What the .vsix holds (vsce's own file list): an icon, every schema package.json points at,
// the four bundles (the extension and the language server, for the desktop and the web); no source maps (they would carry the sources), no CLI bundle (the
// extension cannot run it), no screenshots (vsce links the README's to the repository).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');

describe('packaging', () => {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { icon: string; repository: { url: string }; contributes: { jsonValidation: { url: string }[] } };

  it('package.json names an icon and the repository', () => {
    assert.equal(pkg.icon, 'media/icon.png');
    assert.match(pkg.repository.url, /^https:\/\/github\.com\//);
  });

  it('the .vsix file list: icon, schemas and bundles in; maps, the CLI and screenshots out', function () {
    this.timeout(60000);
    const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
    const r = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const files = r.stdout.trim().split('\n').map((f) => f.trim());
    for (const f of ['docs/rules/unattributed-quote.md', 'docs/rules/loaded-verb.md', 'media/icon.png', 'dist/extension.js', 'dist/server.js', 'dist/web/extension.js', 'dist/web/server.js', 'README.md', 'CHANGELOG.md', 'LICENSE']) assert.ok(files.includes(f), `${f} missing from the .vsix`);
    for (const v of pkg.contributes.jsonValidation) assert.ok(files.includes(v.url.replace(/^\.\//, '')), `${v.url} missing from the .vsix`);
    assert.deepEqual(files.filter((f) => f.endsWith('.map') || f === 'dist/cli.js' || f.endsWith('worker.js') || (f.startsWith('media/') && f !== 'media/icon.png') || f.startsWith('src/') || f.startsWith('test/')), []);
  });

  it('the extension bundles are a thin client: the engine is in the server bundles only', () => {
    // (esbuild marks each module of a bundle that is not minified with a comment naming its file.)
    for (const f of ['dist/extension.js', 'dist/web/extension.js']) {
      const text = readFileSync(path.join(root, f), 'utf8');
      assert.ok(text.includes('// src/extension/store.ts'), `${f}: not a development build (run "npm run build")`);
      assert.deepEqual(['src/core/analyze.ts', 'src/core/lexicon/lexicon.ts', 'src/core/attribution/context.ts', 'src/core/data/'].filter((m) => text.includes(`// ${m}`)), [], `${f} bundles the engine`);
    }
    for (const f of ['dist/server.js', 'dist/web/server.js']) assert.ok(readFileSync(path.join(root, f), 'utf8').includes('// src/core/analyze.ts'), `${f} has no engine`);
  });
});
