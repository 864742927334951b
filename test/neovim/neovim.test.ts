// A real other client in CI: headless Neovim's built-in LSP client (Debian's `neovim` package,
// 0.7) drives `node dist/cli.js lsp --stdio` and must get the diagnostic and the hover.
// If Neovim is not installed the test fails and says so: it is never skipped.
import { tempDir } from '../shared/temp';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FARES_ARTICLE } from '../shared/articles';

const ARTICLE = FARES_ARTICLE;

describe('Neovim as a client of the language server', () => {
  it('gets the unattributed-quote diagnostic and a hover naming the role', function () {
    this.timeout(60_000);
    const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
    if (nvim.error || nvim.status !== 0) throw new Error('Neovim (nvim) is not installed: `apt-get install neovim` (.ci/run installs it)');
    const cli = path.resolve('dist/cli.js');
    if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run npm run build first (npm test does)');
    const dir = tempDir('article-lens-nvim-');
    try {
      const article = path.join(dir, 'fares.article');
      const out = path.join(dir, 'out.json');
      writeFileSync(article, ARTICLE);
      const run = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${path.resolve('test/neovim/client.lua')}`], {
        encoding: 'utf8',
        timeout: 50_000,
        env: { ...process.env, ARTICLE_LENS_NVIM_OUT: out, ARTICLE_LENS_NVIM_ARTICLE: article, ARTICLE_LENS_NVIM_CLI: cli, XDG_STATE_HOME: dir, XDG_DATA_HOME: dir, XDG_CACHE_HOME: dir },
      });
      assert.ok(existsSync(out), `Neovim wrote no result (status ${run.status}, signal ${run.signal}): ${run.stderr}${run.stdout}`);
      const got = JSON.parse(readFileSync(out, 'utf8')) as { diagnostics: Array<{ line: number; message: string; code?: string }>; hover: string | null; error: string | null };
      assert.equal(got.error ?? null, null, `the Neovim client failed: ${got.error}`);
      const un = got.diagnostics.filter((d) => /no attributed speaker/.test(d.message));
      assert.equal(un.length, 1, JSON.stringify(got.diagnostics));
      assert.equal(un[0].line, 8);
      assert.match(got.hover ?? '', /Transport Minister Ines Vale/);
      assert.equal(run.status, 0, run.stderr);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
