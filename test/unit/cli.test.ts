import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli/cli';

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
      evidence: null | { rule: string; tier: string; cue: Span | null; mention: Span | null; resolution: string; antecedent: Span | null } }[];
    diagnostics: { code: string; severity: string; message: string; start: number; end: number }[];
  }[];
}

describe('CLI: article-lens analyze', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'article-lens-'));
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
    assert.deepEqual(Object.keys(f), ['path', 'entities', 'quotes', 'diagnostics']);
    assert.equal(f.path, seed);
    const text = readFileSync(seed, 'utf8');
    const lavrov = f.entities.find((e) => e.name === 'Sergei Lavrov')!;
    assert.deepEqual(Object.keys(lavrov), ['id', 'name', 'type', 'role', 'mentions']);
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
      assert.deepEqual(Object.keys(q.evidence), ['rule', 'tier', 'cue', 'mention', 'resolution', 'antecedent']);
      for (const s of [q.evidence.cue, q.evidence.mention, q.evidence.antecedent]) if (s) assert.equal(text.slice(s.start, s.end), s.text);
    }
    assert.equal(f.quotes.filter((q) => q.speaker?.entity === lavrov.id).length, 6);
    // "..., he said": a pronoun, resolved to Lavrov through his last mention before it.
    const he = f.quotes.find((q) => q.evidence?.resolution === 'pronoun')!;
    assert.equal(he.evidence!.mention!.text, 'he');
    assert.equal(he.evidence!.antecedent!.text, 'Lavrov');
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
    assert.match(r.err, /--format must be "text" or "json"/);
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
});
