// The one reader of the JSON files beside the articles (src/core/json/reader.ts): the syntax
// through jsonc-parser, the shape through the file's schema, every problem in words at a line
// and column.
import { strict as assert } from 'node:assert';
import type { Schema } from '@cfworker/json-schema';
import { MAX_DEPTH, readJson } from '../../src/core/json/reader';

describe('JSON reader', () => {
  it('points at the first syntax error, in words', () => {
    const cases: Array<[string, RegExp, number, number]> = [
      ['{"a": 1,}', /property name/, 1, 9],
      ['[1 2]', /a comma is expected/, 1, 4],
      ['{"a" 1}', /a colon is expected/, 1, 6],
      ['{\n  "a": tru\n}', /unexpected character/, 2, 8],
      ['{"a": 1', /the text ends too soon/, 1, 8],
      ['', /the text ends too soon/, 1, 1],
      ['{} x', /unexpected character/, 1, 4],
      ['// a note\n{}', /comments are not allowed/, 1, 1],
    ];
    for (const [text, message, line, column] of cases) {
      const r = readJson(text);
      assert.ok(!r.ok, text);
      assert.match(r.error.message, /^not valid JSON: /, text);
      assert.match(r.error.message, message, text);
      assert.deepEqual([r.error.line, r.error.column], [line, column], text);
    }
  });

  it('reads valid JSON, a byte order mark ignored, and says where each value\'s key is', () => {
    const r = readJson('\uFEFF{\n  "a": [1, {"b": "c"}],\n  "d": -1.5e3\n}');
    assert.ok(r.ok);
    assert.deepEqual(r.value, { a: [1, { b: 'c' }], d: -1500 });
    assert.deepEqual(r.at(['d']), { line: 3, column: 3 });
    assert.deepEqual(r.at(['a', 1, 'b']), { line: 2, column: 13 });
    assert.equal(r.at(['missing']), null);
  });

  it('refuses nesting deeper than the files need before parsing it (the parser would overflow its stack)', () => {
    for (const text of ['['.repeat(200_000), `${'['.repeat(MAX_DEPTH + 1)}${']'.repeat(MAX_DEPTH + 1)}`]) {
      const r = readJson(text);
      assert.ok(!r.ok);
      assert.match(r.error.message, /nested more than/);
    }
    // Brackets inside strings are no nesting.
    assert.ok(readJson(JSON.stringify({ s: '['.repeat(1000) })).ok);
    assert.ok(readJson(`${'['.repeat(MAX_DEPTH)}${']'.repeat(MAX_DEPTH)}`).ok);
  });

  it('checks the shape against the schema: the message names the value and what it must be, at its key', () => {
    const schema: Schema = {
      type: 'object', additionalProperties: false, required: ['name'],
      properties: { name: { type: 'string', minLength: 1 }, kind: { enum: ['a', 'b', 'c'] }, on: { type: 'boolean' }, level: { type: 'number', minimum: 0, maximum: 1 }, tags: { type: 'array', items: { type: 'string' } } },
    };
    const problem = (text: string): [string, number | null, number | null] => {
      const r = readJson(text, { schema });
      assert.ok(!r.ok, text);
      return [r.error.message, r.error.line, r.error.column];
    };
    assert.deepEqual(problem('{"name": "x",\n "colour": 1}'), ['unknown setting "colour" (known: name, kind, on, level, tags)', 2, 2]);
    assert.deepEqual(problem('{"name": "x", "kind": "d"}'), ['"kind" must be one of a, b, c, not "d"', 1, 15]);
    assert.deepEqual(problem('{"name": "x", "on": "yes"}'), ['"on" must be true or false', 1, 15]);
    assert.deepEqual(problem('{"name": "x", "level": 2}'), ['"level" must be a number from 0 to 1, not 2', 1, 15]);
    assert.deepEqual(problem('{"name": "x", "tags": [1]}'), ['"tags.0" must be text', 1, 24]);
    assert.deepEqual(problem('{"name": ""}'), ['"name" must not be empty', 1, 2]);
    assert.equal(problem('{}')[0], 'the file needs "name"');
    assert.equal(problem('[]')[0], 'the file must hold a JSON object');
    const named = readJson('{"name": "x", "kind": "d"}', { schema, label: (p) => `the ${p.join('/')}` });
    assert.ok(!named.ok && named.error.message === 'the kind must be one of a, b, c, not "d"');
  });
});
