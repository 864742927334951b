import { tempDir } from '../shared/temp';
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../../src/cli/cli';
import { parseArgs } from '../../src/cli/args';

const root = path.join(__dirname, '..', '..');
const seed = path.join(root, 'seeds', 'lavrov-kerry-ukraine.article');

function run(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runCli(args, { stdout: (s) => { out += s; }, stderr: (s) => { err += s; } });
  return { code, out, err };
}

interface Span { start: number; end: number; text: string }
interface JsonOut {
  version: number;
  files: {
    path: string;
    entities: { id: string; name: string; type: string; role: string | null; mentions: { start: number; end: number; text: string }[] }[];
    quotes: { start: number; end: number; text: string; kind: string; speaker: null | { entity: string | null; name: string; anonymous: boolean; mention: { start: number; end: number; text: string } | null }; cue: null | { start: number; end: number; text: string }; source: string | null;
      evidence: null | { rule: string; tier: string; cue: Span | null; mention: Span | null; resolution: string; antecedent: Span | null; antecedentScore: number | null; confidence: number } }[];
    diagnostics: { code: string; severity: string; message: string; start: number; end: number }[];
  }[];
}

describe('CLI: article-lens analyze', () => {
  const dir = tempDir('article-lens-');
  const bad = path.join(dir, 'bad.article');
  writeFileSync(bad, 'Headline\n\nThe talks lasted five hours.\n\n"We will not recognize the results of this referendum under any circumstances."\n');

  it('text format: a summary and exit 0 for the clean sample article', () => {
    const r = run(['analyze', seed]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /lavrov-kerry-ukraine\.article: 7 quotations \(0 unattributed\) from 2 speakers/);
    assert.match(r.out, /1 file analysed, 0 problems/);
  });

  it('text format: path:line:col: severity message [code], exit 1', () => {
    const r = run(['analyze', bad]);
    assert.equal(r.code, 1);
    assert.ok(r.out.includes(`${bad}:5:1: warning Quotation has no attributed speaker`), r.out);
    assert.match(r.out, /\[unattributed-quote\]/);
  });

  it('json format: exactly the documented shape, offsets into the text', () => {
    const r = run(['analyze', '--format', 'json', seed]);
    assert.equal(r.code, 0);
    const j = JSON.parse(r.out) as JsonOut;
    assert.deepEqual(Object.keys(j), ['version', 'files']);
    assert.equal(j.version, 1);
    const f = j.files[0];
    assert.deepEqual(Object.keys(f), ['path', 'entities', 'quotes', 'diagnostics', 'annotations']);
    assert.equal(f.path, seed);
    const text = readFileSync(seed, 'utf8');
    const lavrov = f.entities.find((e) => e.name === 'Sergei Lavrov')!;
    assert.deepEqual(Object.keys(lavrov), ['id', 'name', 'type', 'role', 'confidence', 'mentions']);
    assert.equal(lavrov.type, 'person');
    assert.equal(lavrov.role, 'Foreign Minister');
    for (const m of lavrov.mentions) assert.equal(text.slice(m.start, m.end), m.text);
    assert.equal(f.quotes.length, 7);
    for (const q of f.quotes) {
      assert.deepEqual(Object.keys(q), ['start', 'end', 'text', 'kind', 'speaker', 'cue', 'source', 'evidence']);
      assert.equal(text.slice(q.start, q.end), q.text);
      assert.ok(q.speaker);
      assert.deepEqual(Object.keys(q.speaker), ['entity', 'name', 'anonymous', 'mention']);
      // Every attributed quotation says why: the rule, the tier, what it read.
      assert.ok(q.evidence);
      assert.deepEqual(Object.keys(q.evidence), ['rule', 'tier', 'cue', 'mention', 'resolution', 'antecedent', 'antecedentScore', 'confidence']);
      assert.ok(q.evidence.confidence >= 0 && q.evidence.confidence <= 1);
      for (const s of [q.evidence.cue, q.evidence.mention, q.evidence.antecedent]) if (s) assert.equal(text.slice(s.start, s.end), s.text);
    }
    assert.equal(f.quotes.filter((q) => q.speaker?.entity === lavrov.id).length, 6);
    // "..., he said": a pronoun, resolved to Lavrov through his last mention before it.
    const he = f.quotes.find((q) => q.evidence?.resolution === 'pronoun')!;
    assert.equal(he.evidence!.mention!.text, 'he');
    assert.equal(he.evidence!.antecedent!.text, 'Lavrov');
    // (With how sure the antecedent model was of him; a name read directly has no such score.)
    assert.ok(he.evidence!.antecedentScore !== null && he.evidence!.antecedentScore > 0.3 && he.evidence!.antecedentScore <= 1);
    assert.ok(f.quotes.some((q) => q.evidence?.resolution === 'surname' && q.evidence.antecedentScore === null));
    assert.equal(he.evidence!.rule, 'cue-after');
    assert.equal(he.evidence!.tier, 'explicit');
    assert.ok(f.quotes.some((q) => q.evidence?.tier === 'continuation'));
    const interfax = f.entities.find((e) => e.name === 'Interfax')!;
    assert.equal(f.quotes[0].source, interfax.id);
    assert.deepEqual(f.diagnostics, []);
  });

  it('folders are searched for .article and .news files only', () => {
    const sub = path.join(dir, 'folder', 'nested');
    mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, 'one.news'), 'Headline\n\n"Fine words," Kerry said.\n');
    writeFileSync(path.join(sub, 'ignored.txt'), '"Not an article at all, with a quote in it for sure."');
    const r = run(['analyze', '--format=json', path.join(dir, 'folder')]);
    const j = JSON.parse(r.out) as JsonOut;
    assert.deepEqual(j.files.map((f) => path.basename(f.path)), ['one.news']);
  });

  it('a UTF-8 byte-order mark is removed before offsets are counted; CRLF offsets hold', () => {
    const p = path.join(dir, 'bom.article');
    const body = 'Headline\r\n\r\n"We will respect the decision of the people," Lavrov said.\r\n';
    writeFileSync(p, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body, 'utf8')]));
    const j = JSON.parse(run(['analyze', '--format', 'json', p]).out) as JsonOut;
    const q = j.files[0].quotes[0];
    assert.equal(q.start, body.indexOf('"'));
    assert.equal(body.slice(q.start, q.end), q.text);
    assert.equal(q.speaker?.name, 'Lavrov');
  });

  it('a binary file gets a clear message and exit 2; the other files are still analysed', () => {
    const bin = path.join(dir, 'image.article');
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff]));
    const r = run(['analyze', '--format', 'json', bin, seed]);
    assert.equal(r.code, 2);
    assert.match(r.err, /image\.article: binary file/);
    const j = JSON.parse(r.out) as JsonOut;
    assert.deepEqual(j.files.map((f) => f.path), [seed]);
  });

  it('a missing file is reported, exit 2', () => {
    const r = run(['analyze', path.join(dir, 'missing.article')]);
    assert.equal(r.code, 2);
    assert.match(r.err, /cannot read .*missing\.article: no such file or folder/);
  });

  it('usage errors exit 2 with a message', () => {
    assert.equal(run([]).code, 2);
    const r = run(['analyze', '--format', 'xml', seed]);
    assert.equal(r.code, 2);
    assert.match(r.err, /--format must be "text", "json", "jsonl" or "sarif"/);
    assert.equal(run(['analyze', '--max-file-size', 'lots', seed]).code, 2);
    assert.equal(run(['frobnicate']).code, 2);
    assert.equal(run(['analyze']).code, 2);
    assert.equal(run(['analyze', '--bogus', seed]).code, 2);
    assert.equal(run(['--help']).code, 0);
  });

  it('the built bin runs as a process (dist/cli.js)', function () {
    const cli = path.join(root, 'dist', 'cli.js');
    if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run npm run build first (npm test does)');
    const r = spawnSync(process.execPath, [cli, 'analyze', bad], { encoding: 'utf8' });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /\[unattributed-quote\]/);
  });

  describe('special files, failures never hidden, streaming', () => {
    const base = tempDir('article-lens-cli-');
    chmodSync(base, 0o755);
    const article = (p: string, text = 'Headline\n\n"We will rebuild," Mayor Jane Doe said.\n'): string => { writeFileSync(p, text); return p; };

    it('"--" ends the options; a path given twice (or also inside a folder given) is analysed once', () => {
      const dir = path.join(base, 'twice');
      mkdirSync(dir);
      const a = article(path.join(dir, 'a.article'));
      const r = run(['analyze', '--format', 'jsonl', '--', a, a, dir]);
      assert.equal(r.code, 0, r.err);
      assert.equal(r.out.trim().split('\n').length, 1);
      const dash = path.join(dir, '-x.article');
      article(dash);
      assert.equal(run(['analyze', '--', dash]).code, 0);
    });

    it('a FIFO, given directly or inside a folder, is reported and skipped, never opened (no hang)', function () {
      const dir = path.join(base, 'fifo');
      mkdirSync(dir);
      article(path.join(dir, 'ok.article'));
      const fifo = path.join(dir, 'pipe.article');
      const made = spawnSync('mkfifo', [fifo]);
      assert.equal(made.status, 0, `mkfifo failed: ${made.stderr}`);
      const direct = run(['analyze', fifo]);
      assert.equal(direct.code, 2);
      assert.match(direct.err, /FIFO/);
      const inFolder = run(['analyze', dir]);
      assert.equal(inFolder.code, 2);
      assert.match(inFolder.err, /pipe\.article: a FIFO/);
      assert.match(inFolder.out, /1 file analysed/);
    });

    it('a device is reported and skipped; so is a file over --max-file-size; a NUL anywhere means binary', () => {
      const dev = run(['analyze', '/dev/zero']);
      assert.equal(dev.code, 2);
      assert.match(dev.err, /\/dev\/zero: a device/);
      const big = article(path.join(base, 'big.article'), 'Headline\n\n' + 'The council met again. '.repeat(100));
      const over = run(['analyze', '--max-file-size', '1000', big]);
      assert.equal(over.code, 2);
      assert.match(over.err, /over the 1000-byte limit/);
      const nul = article(path.join(base, 'nul.article'), 'Headline\n\n' + 'a '.repeat(40000) + '\u0000 end');
      const bin = run(['analyze', nul]);
      assert.equal(bin.code, 2);
      assert.match(bin.err, /binary file/);
    });

    it('a folder that cannot be read exits 2 (checked as an unprivileged user)', function () {
      const dir = path.join(base, 'locked');
      mkdirSync(dir);
      article(path.join(dir, 'a.article'));
      chmodSync(dir, 0);
      const built = path.join(root, 'dist', 'cli.js');
      if (!existsSync(built)) throw new Error('dist/cli.js is missing: run npm run build first (npm test does)');
      // Root reads any folder: run the CLI as "nobody" then (runuser, from util-linux), from a
      // copy nobody can read (the bundle needs nothing beside it).
      const cli = path.join(base, 'cli.js');
      copyFileSync(built, cli);
      chmodSync(cli, 0o755);
      const asRoot = process.getuid?.() === 0;
      const r = asRoot
        ? spawnSync('runuser', ['-u', 'nobody', '--', process.execPath, cli, 'analyze', dir], { encoding: 'utf8' })
        : spawnSync(process.execPath, [cli, 'analyze', dir], { encoding: 'utf8' });
      chmodSync(dir, 0o755);
      assert.ok(!r.error, `could not run the CLI${asRoot ? ' as nobody' : ''}: ${r.error}`);
      assert.equal(r.status, 2, r.stderr);
      assert.match(r.stderr, /cannot read folder .*permission denied/);
    });

    it('a symlinked folder inside the tree is followed once; a link back into the tree is reported as a loop', () => {
      const dir = path.join(base, 'links');
      const real = path.join(dir, 'real');
      mkdirSync(real, { recursive: true });
      article(path.join(real, 'r.article'));
      symlinkSync(real, path.join(dir, 'to-real'));
      symlinkSync(dir, path.join(dir, 'loop'));
      const r = run(['analyze', '--format', 'jsonl', dir]);
      assert.equal(r.code, 0, r.err);
      assert.equal(r.out.trim().split('\n').length, 1);
      assert.match(r.err, /a loop/);
    });

    it('links out of the folder or glob given are skipped and said; a file named on the command line is still read (issue 20)', () => {
      const outside = path.join(base, 'secret');
      mkdirSync(outside);
      const secret = path.join(outside, 'passwd');
      writeFileSync(secret, 'Secret heading\n\n"Private words nobody may print," said Ana Velt.\n');
      mkdirSync(path.join(outside, 'folder'));
      article(path.join(outside, 'folder', 'x.article'));
      const dir = path.join(base, 'checkout');
      mkdirSync(dir);
      article(path.join(dir, 'story.article'));
      symlinkSync(secret, path.join(dir, 'leak.article'));
      symlinkSync(path.join(outside, 'folder'), path.join(dir, 'elsewhere'));
      for (const given of [dir, path.join(dir, '*.article'), path.join(dir, '**', '*.article')]) {
        const r = run(['analyze', '--format', 'jsonl', given]);
        assert.equal(r.code, 0, r.err);
        assert.doesNotMatch(r.out, /Private words|Ana Velt|x\.article/, given);
        assert.deepEqual(r.out.trim().split('\n').map((l) => path.basename((JSON.parse(l) as { path: string }).path)), ['story.article'], given);
        assert.match(r.err, /skipped .*leak\.article: a symbolic link to .*passwd, outside /, given);
      }
      const named = run(['analyze', '--format', 'jsonl', path.join(dir, 'leak.article')]);
      assert.match(named.out, /Ana Velt/);
    });

    it('jsonl: one line per file with the version; json: one document even when written as files finish', () => {
      const dir = path.join(base, 'many');
      mkdirSync(dir);
      for (let i = 0; i < 3; i++) article(path.join(dir, `${i}.article`));
      const lines = run(['analyze', '--format', 'jsonl', dir]).out.trim().split('\n').map((l) => JSON.parse(l) as { version: number; path: string });
      assert.deepEqual(lines.map((l) => [l.version, path.basename(l.path)]), [[1, '0.article'], [1, '1.article'], [1, '2.article']]);
      const doc = JSON.parse(run(['analyze', '--format', 'json', dir]).out) as { files: unknown[] };
      assert.equal(doc.files.length, 3);
    });

    it('memory stays flat: 40 files of 1 MB as JSON Lines under a 256 MB heap, with 1 and 2 workers', function () {
      this.timeout(240000);
      const dir = path.join(base, 'large');
      mkdirSync(dir);
      const text = 'Headline\n\n' + '"We will rebuild the bridge this year," Mayor Jane Doe said on Monday in the town hall.\n\n'.repeat(11000);
      for (let i = 0; i < 40; i++) writeFileSync(path.join(dir, `${i}.article`), text);
      const cli = path.join(root, 'dist', 'cli.js');
      for (const jobs of ['1', '2']) {
        const r = spawnSync(process.execPath, ['--max-old-space-size=256', cli, 'analyze', '--jobs', jobs, '--format', 'jsonl', dir], { encoding: 'utf8', maxBuffer: 1 << 30 });
        assert.equal(r.status, 0, r.stderr.slice(0, 500));
        assert.equal(r.stdout.trim().split('\n').length, 40);
      }
    });

    it('memory stays flat: 300 files of 1 MB under --max-old-space-size=512', function () {
      this.timeout(600000);
      const dir = path.join(base, 'archive');
      mkdirSync(dir);
      const first = path.join(dir, '000.article');
      writeFileSync(first, 'Headline\n\n' + '"We will rebuild the bridge this year," Mayor Jane Doe said on Monday in the town hall.\n\n'.repeat(11000));
      // (Hard links: 300 paths, 300 analyses, one copy on disk.)
      for (let i = 1; i < 300; i++) linkSync(first, path.join(dir, `${String(i).padStart(3, '0')}.article`));
      const cli = path.join(root, 'dist', 'cli.js');
      const r = spawnSync(process.execPath, ['--max-old-space-size=512', cli, 'analyze', '--jobs', '1', dir], { encoding: 'utf8', maxBuffer: 1 << 26 });
      assert.equal(r.status, 0, r.stderr.slice(0, 500));
      assert.match(r.stdout, /300 files analysed, 0 problems/);
    });
  });
});

describe('CLI arguments (util.parseArgs)', () => {
  it('reads --name=value and --name value, short flags, - as standard input and -- before paths that look like options', () => {
    const o = parseArgs('analyze', ['--format=json', '-j', '2', '-q', '--desk', 'desk.json', '-', '--', '-odd-name.article']);
    assert.ok(typeof o !== 'string', String(o));
    assert.equal(o.format, 'json');
    assert.equal(o.jobs, 2);
    assert.equal(o.quiet, true);
    assert.equal(o.desk, 'desk.json');
    assert.deepEqual(o.paths, ['-', '-odd-name.article']);
  });

  it('says what is wrong, in words: an unknown option, a value missing or not allowed, a bad value', () => {
    assert.equal(parseArgs('analyze', ['--fromat', 'json', 'a.article']), 'unknown option "--fromat"');
    assert.match(String(parseArgs('analyze', ['a.article', '--format'])), /^--format needs a value/);
    assert.match(String(parseArgs('analyze', ['--jobs', '-q', 'a.article'])), /^--jobs needs a value .*--jobs=VALUE/);
    assert.equal(parseArgs('analyze', ['--quiet=yes', 'a.article']), '--quiet takes no value');
    assert.equal(parseArgs('report', ['--format', 'sarif', 'a.article']), '--format must be "md", "csv" or "json", not "sarif"');
    assert.equal(parseArgs('analyze', ['--max-warnings=-1', 'a.article']), '--max-warnings must be a number (0 or more), not "-1"');
    assert.equal(parseArgs('analyze', ['--config=', 'a.article']), '--config needs a FILE');
    assert.equal(parseArgs('analyze', []), 'no PATH given (use - for standard input)');
    assert.equal(parseArgs('analyze', ['-', '-']), 'standard input (-) can be given once');
  });
});
