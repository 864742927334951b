import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/core/analyze';
import { candidateSpeakers } from '../../src/core/attribution/candidates';
import { attributionEdits, attributionName, markerEdit, type TextEdit } from '../../src/core/checks/fixes';
import { findMarkers } from '../../src/core/quotes/markers';
import { sourcingSummary, speakerGroups } from '../../src/core/report/summary';

function apply(text: string, edits: readonly TextEdit[]): string {
  return [...edits].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
}

const base = 'Headline\n\nJohn Kerry flew home. Foreign Minister Sergei Lavrov spoke in London.\n\nThe talks lasted five hours.\n\n';

describe('quick-fix edits', () => {
  for (const [quote, expected] of [
    ['"We will not recognize the results of this referendum."', '"We will not recognize the results of this referendum," Lavrov said.'],
    ['"Will we recognize the results of this referendum?"', '"Will we recognize the results of this referendum?" Lavrov said.'],
    ['"We will not recognize the results of this referendum".', '"We will not recognize the results of this referendum," Lavrov said.'],
    ['“We will not recognize the results of this referendum.', '“We will not recognize the results of this referendum,” Lavrov said.'],
  ] as const) {
    it(`attributes ${quote} in house style, and the engine then finds the speaker`, () => {
      const text = base + quote + '\n';
      const a = analyze(text);
      const qi = a.quotes.findIndex((q) => q.kind === 'direct');
      assert.ok(a.diagnostics.some((d) => d.code === 'unattributed-quote' && d.quote === qi), 'flagged before the fix');
      const cands = candidateSpeakers(a, qi);
      assert.equal(cands[0]?.entity.name, 'Sergei Lavrov');
      const fixed = apply(text, attributionEdits(text, a.quotes[qi], attributionName(cands[0].entity)));
      assert.equal(fixed, base + expected + '\n');
      const after = analyze(fixed);
      assert.deepEqual(after.diagnostics.filter((d) => d.code === 'unattributed-quote'), []);
      assert.equal(after.quotes.find((q) => q.kind === 'direct')?.speaker?.name, 'Sergei Lavrov');
    });
  }

  it('names people by surname and others in full', () => {
    assert.equal(attributionName({ name: 'Martin Luther King Jr.', type: 'person' }), 'King');
    assert.equal(attributionName({ name: 'Foreign Ministry', type: 'organization' }), 'Foreign Ministry');
  });

  it('markers: not-a-quote makes a scare quote, ignore silences the diagnostic, both survive edits before them', () => {
    const text = base + '"We will not recognize the results of this referendum."\n';
    const a = analyze(text);
    const q = a.quotes[0];
    const ignored = apply(text, [markerEdit(q, 'ignore')]);
    assert.equal(findMarkers(ignored).length, 1);
    const ai = analyze(ignored);
    assert.equal(ai.quotes[0].marker, 'ignore');
    assert.deepEqual(ai.diagnostics, []);
    const scare = apply(text, [markerEdit(q, 'not-a-quote')]);
    const as = analyze('Extra words at the start. ' + scare);
    assert.equal(as.quotes[0].kind, 'scare');
    assert.equal(as.quotes[0].reason, 'marked as not a quotation');
    assert.deepEqual(as.diagnostics, []);
  });

  it('the CLI honours markers (the engine does)', () => {
    const a = analyze(base + '"We will not recognize the results." <!-- article-lens: ignore -->\n');
    assert.deepEqual(a.diagnostics, []);
  });
});

describe('sourcing summary', () => {
  const seed = readFileSync(path.join(__dirname, '..', '..', 'seeds', 'lavrov-kerry-ukraine.article'), 'utf8');
  it('lists speakers by quotation count with roles, sources and authors', () => {
    const a = analyze(seed);
    const groups = speakerGroups(a);
    assert.equal(groups[0].name, 'Sergei Lavrov');
    assert.equal(groups[0].quotes.length, 6);
    const md = sourcingSummary(a, seed);
    assert.ok(md.startsWith('# Sourcing: Lavrov and Kerry Fail to Reach Agreement on Ukraine\n'));
    assert.ok(md.includes('By Yekaterina Kravtsova'));
    assert.ok(md.includes('- **Sergei Lavrov**, Foreign Minister: 6 quotations'));
    assert.ok(md.includes('- **Vladimir Putin**, President: 1 quotation'));
    assert.ok(md.includes('- Interfax (agency): carried'));
    assert.ok(!md.includes('## Unattributed'));
  });
});
