// Every rule's examples run as tests, so a rule's documentation cannot drift from what it does.
// Each example is invented text showing the convention (never a corpus sentence).
import * as assert from 'node:assert/strict';
import { ATTRIBUTION_RULES } from '../../src/core/attribution/rules';
import { TYPE_RULES } from '../../src/core/entities/recognizers';
import type { EntityExample } from '../../src/core/entities/recognizers/rule';
import { ENTITY_RULES } from '../../src/core/entities';
import { DIAGNOSTIC_CODES, DIAGNOSTIC_RULES } from '../../src/core/checks';
import { rulePages } from '../../scripts/docs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/core';

describe('attribution rules: every example', () => {
  it('every rule has an id, a description and, unless a sub-convention, examples', () => {
    const ids = new Set<string>();
    for (const r of ATTRIBUTION_RULES) {
      assert.match(r.id, /^[a-z]+(?:-[a-z]+)*$/, r.id);
      assert.ok(!ids.has(r.id), `duplicate id ${r.id}`);
      ids.add(r.id);
      assert.ok(r.description.length > 20, r.id);
    }
    assert.ok(ATTRIBUTION_RULES.filter((r) => r.examples.length > 0).length >= 18);
  });
  for (const rule of ATTRIBUTION_RULES) {
    for (const ex of rule.examples) {
      it(`${rule.id}: ${ex.text.slice(0, 70).replace(/\n/g, ' ')}`, () => {
        const a = analyze(ex.text);
        const q = ex.quote ? a.quotes.find((x) => x.text.includes(ex.quote!)) : a.quotes[0];
        assert.ok(q, `no quotation${ex.quote ? ` with "${ex.quote}"` : ''}`);
        if (ex.unattributed) {
          // Speech, credited to nobody: flagged for the editor.
          assert.equal(q.kind, 'direct');
          assert.equal(q.speaker, null, `expected no speaker, got ${q.speaker?.name} by ${q.evidence?.rule}`);
          assert.ok(a.diagnostics.some((d) => d.code === 'unattributed-quote' && a.quotes[d.quote ?? -1] === q));
          return;
        }
        if (ex.speaker === null) {
          // Not speech: never flagged; a speaker a cue names may stay for the hover.
          assert.equal(q.kind, 'scare', `expected not speech, got ${q.kind} by ${q.speaker?.name}`);
          assert.ok(!a.diagnostics.some((d) => d.code === 'unattributed-quote'));
          return;
        }
        assert.equal(q.speaker?.name, ex.speaker);
        assert.equal(q.evidence?.rule, ex.decidedBy ?? rule.id);
      });
    }
  }
});

describe('entity rules: every example', () => {
  const typeRules = new Set(TYPE_RULES.map((r) => r.id));
  for (const rule of ENTITY_RULES) {
    for (const ex of rule.examples) {
      it(`${rule.id}: ${ex.text.slice(0, 70).replace(/\n/g, ' ')}`, () => {
        const a = analyze(ex.text);
        const find = (entities: typeof a.entities) => entities.find((x) => x.name === ex.name || x.mentions.some((m) => m.text === ex.name));
        if (ex.type === null) {
          const e = find(a.entities);
          assert.equal(e, undefined, `expected no entity "${ex.name}", got ${e?.type} ${e?.name}`);
          return;
        }
        // (A name the rule reads is found and typed whatever its confidence: whether it is listed
        // is the trained model's decision, with its own tests, not the rule's.)
        const e = find(analyze(ex.text, { allEntities: true }).entities);
        assert.ok(e, `no entity "${ex.name}" among ${a.entities.map((x) => x.name).join(', ')}`);
        assert.equal(e.type, ex.type, e.name);
        const role = (ex as EntityExample).role;
        if (role !== undefined) assert.equal(e.role, role, e.name);
        if (typeRules.has(rule.id)) assert.equal(e.recognizedBy, rule.id, e.name);
      });
    }
  }
});

describe('rules: the README and the engine\'s guide document every one', () => {
  const readme = readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
  const engine = readFileSync(path.join(__dirname, '..', '..', 'docs', 'engine.md'), 'utf8');
  it('every attribution and entity rule id has a row in docs/engine.md', () => {
    const missing = [...ATTRIBUTION_RULES, ...ENTITY_RULES].map((r) => r.id).filter((id) => !engine.includes(`| \`${id}\` |`));
    assert.deepEqual(missing, []);
  });
  it('the list of diagnostic ids the team configuration checks without loading the rules is exactly the rules\' ids, in order', () => {
    assert.deepEqual([...DIAGNOSTIC_CODES], DIAGNOSTIC_RULES.map((r) => r.id));
  });
  it('every diagnostic rule has a row in the README\'s table, linking to its page', () => {
    const missing = DIAGNOSTIC_RULES.map((r) => r.id).filter((id) => !readme.includes(`| [\`${id}\`](docs/rules/${id}.md) |`));
    assert.deepEqual(missing, []);
  });
  it('every rule\'s page (docs/rules, which the editor, the language server and SARIF link to) is committed and up to date: npm run docs', () => {
    const stale = [...rulePages()].filter(([rel, text]) => { try { return readFileSync(path.join(__dirname, '..', '..', rel), 'utf8') !== text; } catch { return true; } }).map(([rel]) => rel);
    assert.deepEqual(stale, []);
  });
});
