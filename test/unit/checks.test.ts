// The sourcing checks: every rule's examples run as tests, and the team's policy (severities,
// verbs, anonymity, second references) changes what they say. All text is invented.
import * as assert from 'node:assert/strict';
import { analyze, parseDeskList } from '../../src/core';
import { CHECK_RULES, DIAGNOSTIC_RULES } from '../../src/core/checks';

describe('sourcing checks: every example', () => {
  it('every check has an id, a description, the reasoning and examples both ways', () => {
    for (const r of CHECK_RULES) {
      assert.match(r.id, /^[a-z]+(?:-[a-z]+)*$/);
      assert.ok(r.description.length > 20 && r.why.length > 40, r.id);
      assert.ok(r.examples.some((e) => e.flagged) && r.examples.some((e) => !e.flagged), r.id);
    }
    assert.equal(new Set(DIAGNOSTIC_RULES.map((r) => r.id)).size, DIAGNOSTIC_RULES.length);
  });
  it('every other diagnostic rule is described as fully, with examples both ways unless it needs files (the CLI\'s)', () => {
    for (const r of DIAGNOSTIC_RULES) {
      assert.ok(r.description.length > 20 && r.why.length > 40, r.id);
      if (r.id !== 'orphaned-annotation') assert.ok(r.examples.some((e) => e.flagged) && r.examples.some((e) => !e.flagged), r.id);
    }
  });
  for (const rule of DIAGNOSTIC_RULES) {
    for (const ex of rule.examples) {
      it(`${rule.id}: ${ex.text.slice(0, 80).replace(/\n/g, ' ')}${ex.policy ? ' (with a house policy)' : ''}${ex.desk ? ' (with a desk list)' : ''}`, () => {
        const policy = rule.defaultSeverity === 'off' && !ex.policy?.rules ? { ...ex.policy, rules: { [rule.id]: 'information' as const } } : ex.policy;
        const desk = ex.desk ? parseDeskList(ex.desk) : null;
        if (desk && !desk.ok) throw new Error(`the example's desk list is malformed: ${desk.message}`);
        const a = analyze(ex.text, { ...(policy ? { house: policy } : {}), ...(desk?.ok ? { desk: desk.list } : {}) });
        const found = a.diagnostics.filter((d) => d.code === rule.id);
        if (ex.flagged === null) {
          assert.deepEqual(found.map((d) => ex.text.slice(d.start, d.end)), []);
          return;
        }
        assert.deepEqual(found.map((d) => ex.text.slice(d.start, d.end)), [ex.flagged]);
        if (ex.fix) assert.equal(found[0].fixes?.[0]?.text ?? found[0].replacement, ex.fix);
      });
    }
  }
});

describe('sourcing checks: the team policy', () => {
  const text = '"The figures are sound," the mayor claimed. Officials said the bridge would reopen.';
  it('default severities: loaded-verb information, anonymous-source-no-reason warning', () => {
    const a = analyze(text);
    assert.equal(a.diagnostics.find((d) => d.code === 'loaded-verb')?.severity, 'information');
    assert.equal(a.diagnostics.find((d) => d.code === 'anonymous-source-no-reason')?.severity, 'warning');
  });
  it('a rule set "off" gives nothing; a rule set "error" is an error', () => {
    const a = analyze(text, { house: { rules: { 'loaded-verb': 'off', 'anonymous-source-no-reason': 'error' } } });
    assert.equal(a.diagnostics.filter((d) => d.code === 'loaded-verb').length, 0);
    assert.equal(a.diagnostics.find((d) => d.code === 'anonymous-source-no-reason')?.severity, 'error');
  });
  it('the built-in rules take the team severity too', () => {
    const t = 'Headline\n\nThe flood reached the square.\n\n"We need someone who can cut through the noise and bring the town together."';
    const a = analyze(t, { house: { rules: { 'unattributed-quote': 'error' } } });
    assert.equal(a.diagnostics.find((d) => d.code === 'unattributed-quote')?.severity, 'error');
    assert.equal(analyze(t).diagnostics.find((d) => d.code === 'unattributed-quote')?.severity, 'warning');
    assert.equal(analyze(t, { house: { rules: { 'unattributed-quote': 'off' } } }).diagnostics.length, 0);
  });
  it('second-reference is off unless the team turns it on', () => {
    const t = 'Marta Kessel opened the bakery. Marta says the ovens are old.';
    assert.equal(analyze(t).diagnostics.filter((d) => d.code === 'second-reference').length, 0);
    assert.equal(analyze(t, { house: { rules: { 'second-reference': 'warning' } } }).diagnostics.filter((d) => d.code === 'second-reference').length, 1);
  });
  it('a reason given for the first official covers the later ones', () => {
    const t = 'Two officials, who were not authorised to speak publicly, said the mill would close.\n\nThe officials said a buyer had walked away. Other officials said talks would resume.';
    assert.deepEqual(analyze(t).diagnostics.filter((d) => d.code === 'anonymous-source-no-reason').map((d) => t.slice(d.start, d.end)), []);
  });
  it('loaded-verb keeps the capital and the tense', () => {
    const t = '"We lost," the coach conceded. "We lose," the coach concedes. The coach, conceding nothing, left.';
    const fixes = analyze(t).diagnostics.filter((d) => d.code === 'loaded-verb').map((d) => d.fixes?.[0]?.text);
    assert.deepEqual(fixes, ['said', 'says']);
  });
  it('the reason for anonymity goes in as a clause, its placeholder named, with no doubled punctuation', () => {
    const fixOf = (t: string): string => {
      const d = analyze(t).diagnostics.find((x) => x.code === 'anonymous-source-no-reason')!;
      const f = d.fixes![0];
      assert.equal(f.placeholder, 'REASON');
      return t.slice(0, f.start) + f.text + t.slice(f.end);
    };
    assert.equal(fixOf('Officials said the bridge would reopen.'), 'Officials, who spoke on condition of anonymity because REASON, said the bridge would reopen.');
    assert.equal(fixOf('The bridge will reopen, said one official.'), 'The bridge will reopen, said one official, who spoke on condition of anonymity because REASON.');
  });

  it('a quotation marked ignore gets no sourcing checks either', () => {
    const t = '"The figures are sound," <!-- article-lens: ignore --> the mayor claimed.';
    assert.equal(analyze(t).diagnostics.filter((d) => d.code === 'loaded-verb').length, 0);
  });
});
