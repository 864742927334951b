// The desk's entity list (issue 11): reading it, house spellings, names and roles the engine
// takes from it, and the CLI finding it. All text is invented.
import { tempDir } from '../shared/temp';
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../../src/cli/cli';
import { analyze } from '../../src/core/analyze';
import { houseSpellings, parseDeskList, type DeskList } from '../../src/core/entities/desk';

const LIST = JSON.stringify({
  entities: [
    { name: 'Mara Okafor', type: 'person', role: 'Harbour Board Chair', aliases: ['Okafor'], spellings: { 'Mara Okafour': 'Mara Okafor', Okafour: 'Okafor' } },
    { name: 'Quarrenby Ferries', type: 'organisation', aliases: ['QF'] },
  ],
}, null, 2);

function list(): DeskList {
  const parsed = parseDeskList(LIST);
  assert.ok(parsed.ok);
  return parsed.list;
}

describe('desk entity list', () => {
  it('reads names, types (British spelling too), roles, aliases and forbidden spellings', () => {
    const l = list();
    assert.equal(l.entries.length, 2);
    assert.equal(l.entries[1].type, 'organization');
    assert.equal(l.entries[0].spellings.get('Okafour'), 'Okafor');
  });

  it('a malformed list is an error with its line; a missing type names the entity', () => {
    const bad = parseDeskList('{\n  "entities": [\n    { "name": "A" ,, }\n  ]\n}');
    assert.ok(!bad.ok && bad.line === 3, JSON.stringify(bad));
    const untyped = parseDeskList('{"entities": [{"name": "Mara Okafor", "type": "ship"}]}');
    assert.ok(!untyped.ok && /entity 1 \(Mara Okafor\): "type" must be one of/.test(untyped.message));
  });

  it('flags each forbidden spelling as a whole word, with the house spelling as its fix', () => {
    const text = 'Mara Okafour spoke. Okafour said no. Okafourth is another word.';
    const d = houseSpellings(text, list());
    assert.deepEqual(d.map((x) => [text.slice(x.start, x.end), x.replacement]), [['Mara Okafour', 'Mara Okafor'], ['Okafour', 'Okafor']]);
    assert.ok(d.every((x) => x.code === 'house-spelling'));
  });

  it('the engine takes a listed name as an entity of that type and role, and finds one it missed', () => {
    const text = 'The ferry timetable was delayed again.\n\n"We need another month," said Okafor.\n\nQF declined to comment.\n';
    const without = analyze(text);
    assert.ok(!without.entities.some((e) => e.name === 'Quarrenby Ferries'));
    const a = analyze(text, { desk: list() });
    const okafor = a.entities.find((e) => e.name === 'Mara Okafor');
    assert.ok(okafor, JSON.stringify(a.entities.map((e) => e.name)));
    assert.equal(okafor.role, 'Harbour Board Chair');
    assert.equal(okafor.recognizedBy, 'desk-list');
    const qf = a.entities.find((e) => e.name === 'Quarrenby Ferries');
    assert.equal(qf?.type, 'organization');
    assert.deepEqual(qf?.mentions.map((m) => m.text), ['QF']);
  });

  it('the list is an input of the attribution stage: a name written in a forbidden spelling is the listed entity, and its quotations carry the canonical name everywhere', () => {
    const text = 'Ferry delay\n\n"We need another month," said Mara Okafour.\n\n"Nobody wants an empty ferry," Okafour added, without naming the Harbour Board\'s critics.\n';
    const a = analyze(text, { desk: list() });
    const e = a.entities.find((x) => x.mentions.some((m) => m.text === 'Mara Okafour'));
    assert.equal(e?.name, 'Mara Okafor');
    assert.equal(e?.role, 'Harbour Board Chair');
    assert.equal(e?.recognizedBy, 'desk-list');
    const direct = a.quotes.filter((q) => q.kind === 'direct');
    assert.deepEqual(direct.map((q) => q.speaker?.name), ['Mara Okafor', 'Mara Okafor']);
    assert.ok(direct.every((q) => q.speaker?.entity === e?.id));
    // The misspelling is still flagged, with the house spelling as its fix.
    assert.deepEqual(a.diagnostics.filter((d) => d.code === 'house-spelling').map((d) => text.slice(d.start, d.end)), ['Mara Okafour', 'Okafour']);
    // Without the list, the engine's own reading.
    assert.deepEqual(analyze(text).quotes.filter((q) => q.kind === 'direct').map((q) => q.speaker?.name), ['Mara Okafour', 'Mara Okafour']);
  });

  it('the CLI finds the nearest .article-lens/entities.json above the article, or takes --desk; a malformed one fails the run', () => {
    const root = tempDir('al-desk-');
    mkdirSync(path.join(root, '.article-lens'));
    mkdirSync(path.join(root, 'stories', 'local'), { recursive: true });
    writeFileSync(path.join(root, '.article-lens', 'entities.json'), LIST);
    const article = path.join(root, 'stories', 'local', 'ferry.article');
    writeFileSync(article, 'Ferry delay\n\n"We need another month," Okafour said.\n');
    let out = '';
    let err = '';
    const io = { stdout: (s: string) => { out += s; }, stderr: (s: string) => { err += s; } };
    assert.equal(runCli(['analyze', article], io), 1);
    assert.match(out, /warning House style: "Okafour" is spelled "Okafor" \(desk entity list\) \[house-spelling\]/);
    const other = path.join(root, 'other.json');
    writeFileSync(other, JSON.stringify({ entities: [] }));
    out = '';
    assert.equal(runCli(['analyze', '--desk', other, article], io), 0, out + err);
    writeFileSync(other, '{ "entities": [ }');
    out = '';
    err = '';
    assert.equal(runCli(['analyze', '--desk', other, article], io), 2);
    assert.match(err, /other\.json:1:\d+: malformed desk entity list: not valid JSON/);
  });
});

describe('desk entity list: prototype names (issue 20)', () => {
  it('"constructor", "__proto__" and other Object.prototype names are no type: a malformed list with its line and column', () => {
    for (const type of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf']) {
      const text = `{\n  "entities": [\n    { "name": "Harbour Board", "type": ${JSON.stringify(type)} }\n  ]\n}`;
      const r = parseDeskList(text);
      assert.ok(!r.ok, type);
      assert.match(r.message, /entity 1 \(Harbour Board\): "type" must be one of person, organization, organisation, org, place, location, not "/, type);
      assert.equal(r.line, 3, type);
      assert.ok(r.column !== null && r.column > 1, type);
    }
  });

  it('the CLI exits 2 naming the file, line and column, with one worker or two', () => {
    const root = tempDir('al-desk-proto-');
    const desk = path.join(root, 'entities.json');
    writeFileSync(desk, '{\n  "entities": [\n    { "name": "Harbour Board", "type": "constructor" }\n  ]\n}');
    for (const name of ['a', 'b', 'c']) writeFileSync(path.join(root, `${name}.article`), 'Ferry delay\n\n"We need another month," the Harbour Board said.\n');
    let out = '';
    let err = '';
    const io = { stdout: (s: string) => { out += s; }, stderr: (s: string) => { err += s; } };
    assert.equal(runCli(['analyze', '--desk', desk, root], io), 2, out + err);
    assert.match(err, /entities\.json:3:\d+: malformed desk entity list: entity 1 \(Harbour Board\): "type" must be one of/);
    assert.doesNotMatch(out + err, /native code|could not be cloned/);
    // The built CLI with two workers (a type that is a function once failed every article after the first).
    const cliJs = path.resolve(__dirname, '..', '..', 'dist', 'cli.js');
    if (!existsSync(cliJs)) throw new Error('dist/cli.js is missing: run npm run build first (npm test does)');
    const two = spawnSync(process.execPath, [cliJs, 'analyze', '--jobs', '2', '--desk', desk, root], { encoding: 'utf8' });
    assert.equal(two.status, 2, two.stdout + two.stderr);
    assert.match(two.stderr, /entities\.json:3:\d+: malformed desk entity list/);
    assert.doesNotMatch(two.stdout + two.stderr, /native code|could not be cloned|internal error/);
  });

  it('the sourcing report counts an agency named like an Object.prototype member as a name like any other', async () => {
    const { reportTotals, articleReport } = await import('../../src/core/report/report');
    const text = 'Harbour news\n\nThe pier will reopen, constructor reported.\n';
    const a = analyze(text, { desk: { entries: [{ name: 'constructor', type: 'organization', role: null, aliases: [], spellings: new Map() }] } });
    const r = articleReport('x.article', a);
    const fake = { ...r, agencies: ['constructor', '__proto__', 'toString'] };
    const t = reportTotals([fake, fake]);
    assert.equal(t.agencies.constructor, 2);
    assert.equal(t.agencies.toString, 2);
    assert.equal(Object.getOwnPropertyDescriptor(t.agencies, '__proto__')?.value, 2);
    assert.equal(JSON.stringify(t.agencies), '{"constructor":2,"__proto__":2,"toString":2}');
  });
});
