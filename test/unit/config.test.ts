// The team configuration: the strict parser and the JSON Schema the editor validates with agree.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { DIAGNOSTIC_RULES } from '../../src/core/checks';
import { CONFIGURABLE_RULES, parseTeamConfig } from '../../src/core/checks/config';

const schema = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'schemas', 'config.schema.json'), 'utf8')) as { properties: { rules: { properties: Record<string, unknown> } } };
const validate = new Ajv({ strict: false }).compile(schema);

describe('team configuration', () => {
  it('every rule is configurable, in the parser and in the schema', () => {
    const ids = DIAGNOSTIC_RULES.map((r) => r.id).sort();
    assert.deepEqual([...CONFIGURABLE_RULES].sort(), ids);
    assert.deepEqual(Object.keys(schema.properties.rules.properties).sort(), ids);
  });

  const valid = [
    '{}',
    '',
    '{"rules": {"loaded-verb": "off", "unattributed-quote": "error"}, "checkHeadline": true}',
    '{"verbs": {"preferred": ["said"], "discouraged": ["stressed"]}, "anonymity": {"requireReason": true, "reasons": ["citing safety"]}}',
    '{"secondReference": "first-name", "include": ["**/*.txt"], "exclude": ["drafts/**"], "$schema": "x"}',
  ];
  const invalid: Array<[string, RegExp, number | null]> = [
    ['{"rules": {"loaded-verbs": "off"}}', /unknown rule "loaded-verbs"/, 1],
    ['{\n"rules": {\n"loaded-verb": "loud"}}', /severity must be one of/, 3],
    ['{"checkHeadline": "yes"}', /"checkHeadline" must be true or false/, 1],
    ['{"verbs": {"preferred": "said"}}', /"verbs.preferred" must be a list/, 1],
    ['{"secondReference": "surnames"}', /"secondReference" must be "surname" or "first-name"/, 1],
    ['{"colour": "red"}', /unknown setting "colour"/, 1],
    ['[1, 2]', /must hold a JSON object/, 1],
    ['{"rules": {"loaded-verb": "off",}}', /not valid JSON/, 1],
  ];
  for (const text of valid) {
    it(`accepts ${text || '(empty)'}`, () => {
      const p = parseTeamConfig(text);
      assert.ok(p.ok, p.ok ? '' : p.message);
      if (text) assert.ok(validate(JSON.parse(text)), JSON.stringify(validate.errors));
    });
  }
  for (const [text, message, line] of invalid) {
    it(`refuses ${text.replace(/\n/g, ' ')} with the line`, () => {
      const p = parseTeamConfig(text);
      assert.ok(!p.ok);
      assert.match(p.message, message);
      assert.equal(p.line, line);
      let doc: unknown;
      try { doc = JSON.parse(text); } catch { return; }
      assert.ok(!validate(doc), 'the schema accepts what the parser refuses');
    });
  }
});
