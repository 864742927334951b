// The CLI for CI and archives: the team configuration, standard input, globs, unmatched
// patterns, --quiet and --max-warnings, SARIF (validated against the SARIF 2.1.0 schema),
// JSON Lines in and out, a closed pipe, and the sourcing report. All text is invented.
import { tempDir } from '../shared/temp';
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { runCli } from '../../src/cli/cli';

const root = path.join(__dirname, '..', '..');
const cliJs = path.join(root, 'dist', 'cli.js');

function run(args: string[], stdinText?: string): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  let fd: number | undefined;
  if (stdinText !== undefined) {
    const f = path.join(tempDir('article-lens-stdin-'), 'in');
    writeFileSync(f, stdinText);
    fd = openSync(f, 'r');
  }
  try {
    const code = runCli(args, { stdout: (s) => { out += s; }, stderr: (s) => { err += s; }, ...(fd !== undefined ? { stdin: fd } : {}) });
    return { code, out, err };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const CLEAN = 'Harbour Dredging Delayed\n\n"The channel will be open by June," Harbourmaster Ines Vale said.\n';
const LOADED = 'Harbour Dredging Delayed\n\n"The channel will be open by June," Harbourmaster Ines Vale claimed.\n';
const ANON = 'Harbour Dredging Delayed\n\nOfficials said the channel would be open by June.\n';
const UNATTRIBUTED = 'Harbour Dredging Delayed\n\nThe tide came in.\n\n"Nobody here has seen the channel this shallow in forty years of fishing."\n';

describe('CLI: the team configuration', () => {
  const base = tempDir('article-lens-config-');
  const project = path.join(base, 'project');
  const desk = path.join(project, 'desk');
  mkdirSync(path.join(project, '.article-lens'), { recursive: true });
  mkdirSync(desk, { recursive: true });
  const config = path.join(project, '.article-lens', 'config.json');
  const loaded = path.join(desk, 'loaded.article');
  const anon = path.join(desk, 'anon.article');
  writeFileSync(loaded, LOADED);
  writeFileSync(anon, ANON);

  it('is found by walking up from the article; its severities apply (error, off)', () => {
    writeFileSync(config, JSON.stringify({ rules: { 'loaded-verb': 'error', 'anonymous-source-no-reason': 'off' } }));
    const r = run(['analyze', loaded, anon]);
    assert.equal(r.code, 1, r.err);
    assert.match(r.out, /loaded\.article:3:\d+: error .*\[loaded-verb\]/);
    assert.doesNotMatch(r.out, /anonymous-source-no-reason/);
  });

  it('without it, the defaults: loaded-verb is information (exit 0), the anonymous source a warning', () => {
    const other = tempDir('article-lens-noconfig-');
    const f = path.join(other, 'a.article');
    writeFileSync(f, LOADED);
    const r = run(['analyze', f]);
    assert.equal(r.code, 0, r.out);
    assert.match(r.out, /information .*\[loaded-verb\]/);
    writeFileSync(f, ANON);
    assert.equal(run(['analyze', f]).code, 1);
  });

  it('--config FILE overrides the nearest one', () => {
    writeFileSync(config, JSON.stringify({ rules: { 'loaded-verb': 'error' } }));
    const other = path.join(base, 'other.json');
    writeFileSync(other, JSON.stringify({ rules: { 'loaded-verb': 'off' } }));
    const r = run(['analyze', '--config', other, loaded]);
    assert.equal(r.code, 0, r.out + r.err);
    assert.doesNotMatch(r.out, /loaded-verb/);
  });

  it('the house verbs: a preferred verb is never flagged, a discouraged one is', () => {
    writeFileSync(config, JSON.stringify({ verbs: { preferred: ['claimed'], discouraged: ['stressed'] }, rules: { 'loaded-verb': 'warning' } }));
    assert.doesNotMatch(run(['analyze', loaded]).out, /loaded-verb/);
    const stressed = path.join(desk, 'stressed.article');
    writeFileSync(stressed, CLEAN.replace('said', 'stressed'));
    assert.match(run(['analyze', stressed]).out, /warning "stressed" editorialises/);
  });

  it('a malformed file: one error naming the file and the line, the defaults used, exit 2, the file untouched', () => {
    const broken = '{\n  "rules": {\n    "loaded-verb": "loud"\n  }\n}\n';
    writeFileSync(config, broken);
    const r = run(['analyze', loaded, anon]);
    assert.equal(r.code, 2);
    const lines = r.err.trim().split('\n');
    assert.equal(lines.length, 1, r.err);
    assert.match(lines[0], /config\.json:3:\d+: malformed team configuration: rule "loaded-verb": the severity must be one of error, warning, information, hint, off/);
    assert.match(r.out, /information .*\[loaded-verb\]/);
    assert.match(r.out, /warning .*\[anonymous-source-no-reason\]/);
    assert.equal(readFileSync(config, 'utf8'), broken);
    writeFileSync(config, '{ "rules": { "loaded-verb": "error", } }');
    assert.match(run(['analyze', loaded]).err, /config\.json:1:\d+: malformed team configuration: not valid JSON/);
    writeFileSync(config, '{ "rulez": {} }');
    assert.match(run(['analyze', loaded]).err, /unknown setting "rulez"/);
  });

  it('include and exclude choose the files a folder gives', () => {
    writeFileSync(config, JSON.stringify({ include: ['**/*.txt'], exclude: ['desk/drafts/**'] }));
    mkdirSync(path.join(desk, 'drafts'), { recursive: true });
    writeFileSync(path.join(desk, 'drafts', 'draft.article'), CLEAN);
    writeFileSync(path.join(desk, 'wire.txt'), CLEAN);
    const r = run(['analyze', '--format', 'jsonl', desk]);
    const paths = r.out.trim().split('\n').map((l) => path.basename((JSON.parse(l) as { path: string }).path));
    assert.ok(paths.includes('wire.txt'), paths.join());
    assert.ok(!paths.includes('draft.article'), paths.join());
  });

  it('checkHeadline from the file', () => {
    writeFileSync(config, JSON.stringify({ checkHeadline: true }));
    const h = path.join(desk, 'headline.article');
    writeFileSync(h, '"We Will Not Sink," Says Port\n\nThe port stayed open on Monday.\n');
    const on = run(['analyze', '--format', 'json', h]);
    writeFileSync(config, '{}');
    const off = run(['analyze', '--format', 'json', h]);
    const count = (s: string): number => (JSON.parse(s) as { files: { diagnostics: { code: string }[] }[] }).files[0].diagnostics.filter((d) => d.code === 'unattributed-quote').length;
    assert.ok(count(on.out) >= count(off.out));
  });
});

describe('CLI: input, patterns and exit status', () => {
  const dir = tempDir('article-lens-ci-');
  writeFileSync(path.join(dir, 'clean.article'), CLEAN);
  writeFileSync(path.join(dir, 'unattributed.article'), UNATTRIBUTED);
  mkdirSync(path.join(dir, 'empty'));

  it('reads an article from standard input (-), with --stdin-filename for the path', () => {
    const r = run(['analyze', '-'], UNATTRIBUTED);
    assert.equal(r.code, 1);
    assert.match(r.out, /^<stdin>:5:1: warning Quotation has no attributed speaker/m);
    const named = run(['analyze', '--stdin-filename', 'desk/story.article', '-'], UNATTRIBUTED);
    assert.match(named.out, /^desk\/story\.article:5:1: warning/m);
  });

  it('expands a quoted glob itself', () => {
    const r = run(['analyze', '--format', 'jsonl', `${dir}/*.article`]);
    assert.equal(r.out.trim().split('\n').length, 2, r.err);
  });

  it('a folder or glob with no article files exits 2 with a message, unless --no-error-on-unmatched-pattern', () => {
    const empty = run(['analyze', path.join(dir, 'empty')]);
    assert.equal(empty.code, 2);
    assert.match(empty.err, /no article files in .*empty/);
    const glob = run(['analyze', `${dir}/*.news`]);
    assert.equal(glob.code, 2);
    assert.match(glob.err, /no files match the pattern/);
    assert.equal(run(['analyze', '--no-error-on-unmatched-pattern', path.join(dir, 'empty')]).code, 0);
  });

  it('--quiet shows and counts errors only; --max-warnings N allows N warnings', () => {
    const f = path.join(dir, 'unattributed.article');
    const q = run(['analyze', '--quiet', f]);
    assert.equal(q.code, 0);
    assert.doesNotMatch(q.out, /warning/);
    assert.equal(run(['analyze', '--max-warnings', '1', f]).code, 0);
    assert.equal(run(['analyze', '--max-warnings', '0', f]).code, 1);
    assert.equal(run(['analyze', '--max-warnings', 'many', f]).code, 2);
    assert.equal(run(['analyze', '--exit-zero', f]).code, 0);
    assert.equal(run(['analyze', '--exit-zero', f, path.join(dir, 'missing.article')]).code, 2);
  });

  it('--max-file-size applies to a JSON Lines record alike from a file and from standard input, in bytes (issue 20)', () => {
    // Records well under the 64 KiB read chunk: once skipped from a file but analysed from stdin.
    const small = JSON.stringify({ id: 'small', text: CLEAN });
    const big = JSON.stringify({ id: 'big', text: `${CLEAN}\n\n${'é'.repeat(700)}` }); // 700 characters, 1400 bytes of them
    const lines = `${small}\n${big}\n`;
    const file = path.join(dir, 'limit.jsonl');
    writeFileSync(file, lines);
    const limit = String(Buffer.byteLength(small) + 200);
    const fromFile = run(['analyze', '--input', 'jsonl', '--format', 'jsonl', '--max-file-size', limit, file]);
    const fromStdin = run(['analyze', '--input', 'jsonl', '--format', 'jsonl', '--max-file-size', limit, '-'], lines);
    for (const r of [fromFile, fromStdin]) {
      assert.equal(r.code, 2, r.err);
      assert.deepEqual(r.out.trim().split('\n').map((l) => (JSON.parse(l) as { path: string }).path), ['small']);
      assert.match(r.err, /:2: line over the --max-file-size limit, skipped/);
    }
  });

  it('--input jsonl: one result per record with its id; a bad line is reported with its number', () => {
    const lines = [JSON.stringify({ id: 'a-1', text: CLEAN }), '', JSON.stringify({ id: 7, text: UNATTRIBUTED }), '{"id": "broken"', JSON.stringify({ id: 'no-text' })].join('\n');
    const r = run(['analyze', '--input', 'jsonl', '--format', 'jsonl', '-'], lines);
    const out = r.out.trim().split('\n').map((l) => JSON.parse(l) as { path: string; diagnostics: { code: string }[] });
    assert.deepEqual(out.map((o) => o.path), ['a-1', '7']);
    assert.ok(out[1].diagnostics.some((d) => d.code === 'unattributed-quote'));
    assert.match(r.err, /<stdin>:4: not valid JSON/);
    assert.match(r.err, /<stdin>:5: a record needs "text"/);
    assert.equal(r.code, 2);
    const file = path.join(dir, 'archive.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: 'x', text: CLEAN })}\n`);
    const fromFile = run(['analyze', '--input', 'jsonl', '--format', 'jsonl', file]);
    assert.equal(fromFile.code, 0, fromFile.err);
    assert.equal((JSON.parse(fromFile.out) as { path: string }).path, 'x');
  });

  it('a reader that closes the pipe early (| head) ends the CLI quietly, with no stack trace', function () {
    if (!existsSync(cliJs)) throw new Error('dist/cli.js is missing: run npm run build first (npm test does)');
    const many = path.join(dir, 'many');
    mkdirSync(many);
    for (let i = 0; i < 200; i++) writeFileSync(path.join(many, `${i}.article`), UNATTRIBUTED);
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${cliJs}" analyze "${many}" | head -n 1; echo "status \${PIPESTATUS[0]}" >&2`], { encoding: 'utf8' });
    assert.equal(r.stdout.trim().split('\n').length, 1);
    assert.doesNotMatch(r.stderr, /Error|at /);
    assert.match(r.stderr, /status 0/);
  });
});

describe('CLI: --jobs (worker threads)', () => {
  it('2 workers write exactly what 1 writes, in the same order, in every format', function () {
    this.timeout(60000);
    if (!existsSync(cliJs)) throw new Error('dist/cli.js is missing: run npm run build first (npm test does)');
    const dir = tempDir('article-lens-jobs-');
    const texts = [CLEAN, LOADED, ANON, UNATTRIBUTED];
    for (let i = 0; i < 12; i++) writeFileSync(path.join(dir, `${String(i).padStart(2, '0')}.article`), texts[i % texts.length]);
    for (const args of [['analyze'], ['analyze', '--format', 'json'], ['analyze', '--format', 'sarif'], ['analyze', '--format', 'jsonl'], ['report', '--format', 'csv'], ['report', '--format', 'json']]) {
      const one = spawnSync(process.execPath, [cliJs, ...args, '--jobs', '1', dir], { encoding: 'utf8' });
      const two = spawnSync(process.execPath, [cliJs, ...args, '--jobs', '2', dir], { encoding: 'utf8' });
      assert.equal(two.status, one.status, args.join(' '));
      assert.equal(two.stdout, one.stdout, args.join(' '));
      assert.equal(two.stderr, one.stderr, args.join(' '));
    }
  });

  it('--jobs must be a number', () => {
    assert.equal(run(['analyze', '--jobs', 'many', '-'], CLEAN).code, 2);
  });
});

describe('CLI: SARIF 2.1.0', () => {
  const dir = tempDir('article-lens-sarif-');
  const f = path.join(dir, 'story.article');
  writeFileSync(f, UNATTRIBUTED + '\n' + 'Officials said the channel would be open by June.\n');
  const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
  // (The schema is draft-04; one of its patterns is not valid with the u flag.)
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv as never);
  const validate = ajv.compile(schema);

  it('is valid against the SARIF 2.1.0 schema, with rules, help links, regions and file URIs', () => {
    const r = run(['analyze', '--format', 'sarif', f, f.replace('story', 'missing')]);
    assert.equal(r.code, 2);
    const log = JSON.parse(r.out) as { version: string; runs: { tool: { driver: { rules: { id: string; helpUri: string }[] } }; results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }[] }[] }[] };
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 3)));
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs.length, 1);
    const rules = log.runs[0].tool.driver.rules;
    assert.ok(rules.some((x) => x.id === 'unattributed-quote' && /\/docs\/rules\/unattributed-quote\.md$/.test(x.helpUri)));
    const un = log.runs[0].results.find((x) => x.ruleId === 'unattributed-quote')!;
    assert.equal(un.level, 'warning');
    const loc = un.locations[0].physicalLocation;
    assert.deepEqual([loc.region.startLine, loc.region.startColumn], [5, 1]);
    assert.ok(loc.artifactLocation.uri.endsWith('story.article'));
    assert.ok(log.runs[0].results.some((x) => x.ruleId === 'anonymous-source-no-reason'));
  });

  it('an empty run is valid too', () => {
    const clean = path.join(dir, 'clean.article');
    writeFileSync(clean, CLEAN);
    const log = JSON.parse(run(['analyze', '--format', 'sarif', clean]).out) as object;
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 3)));
  });
});

describe('CLI: the sourcing report', () => {
  const dir = tempDir('article-lens-report-');
  writeFileSync(path.join(dir, 'a.article'), 'Harbour Dredging Delayed\n\n"The channel will be open by June," Harbourmaster Ines Vale said. "Boats will wait," she said.\n\n"Nobody has seen it this shallow," one fisherman, who asked not to be named for fear of losing his berth, said.\n');
  writeFileSync(path.join(dir, 'b.article'), UNATTRIBUTED);

  it('csv: a header and one row per article and speaker or source, RFC 4180 quoting', () => {
    const r = run(['report', '--format', 'csv', dir]);
    assert.equal(r.code, 1, r.err);
    const lines = r.out.split('\r\n').filter(Boolean);
    assert.equal(lines[0], 'article,name,kind,type,named_described_or_anonymous,quotations,inferred,unattributed,verified,needs_check,source_type');
    const vale = lines.find((l) => l.includes('Ines Vale'))!;
    assert.match(vale, /a\.article,(?:Harbourmaster )?Ines Vale,speaker,person,named,2,/);
    assert.ok(lines.some((l) => /a\.article,"?one fisherman.*,anonymous,description,anonymous,1,/.test(l)), lines.join('\n'));
    assert.equal(lines.filter((l) => l.includes('fisherman')).length, 1);
    assert.ok(lines.some((l) => /b\.article,\(unattributed\),unattributed,,,1,0,1/.test(l)), lines.join('\n'));
  });

  it('md and json: per article and in total', () => {
    const md = run(['report', dir]).out;
    assert.match(md, /^# Sourcing report/);
    assert.match(md, /2 articles, 4 direct quotations/);
    const j = JSON.parse(run(['report', '--format', 'json', dir]).out) as { totals: { articles: number; unattributed: number; namedSpeakers: number }; articles: { rows: unknown[] }[] };
    assert.equal(j.totals.articles, 2);
    assert.equal(j.totals.unattributed, 1);
    assert.ok(j.totals.namedSpeakers >= 1);
  });

  it('a field with a comma or a quotation mark is quoted; a formula is defused', async () => {
    const { csvField } = await import('../../src/core/report/report');
    assert.equal(csvField('Smith, Jane'), '"Smith, Jane"');
    assert.equal(csvField('the "Chief"'), '"the ""Chief"""');
    assert.equal(csvField('=HYPERLINK("x")'), '"\'=HYPERLINK(""x"")"');
  });
});

describe('pre-commit hook', () => {
  it('.pre-commit-hooks.yaml runs article-lens analyze on article files only', () => {
    const y = readFileSync(path.join(root, '.pre-commit-hooks.yaml'), 'utf8');
    assert.match(y, /^- id: article-lens$/m);
    assert.match(y, /^ {2}entry: article-lens analyze$/m);
    const files = new RegExp(/^ {2}files: (.+)$/m.exec(y)![1]);
    assert.ok(files.test('desk/story.article') && files.test('a.news') && !files.test('notes.md'));
  });
});
