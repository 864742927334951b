// The attribution model (src/core/model/attribution.json, written by npm run train): it loads,
// it is small, it knows no words, and the engine's confidences behave as evidence should.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dataDir } from '../../eval/data';
import path from 'node:path';
import { analyze } from '../../src/core/analyze';
import { ATTRIBUTION_RULES } from '../../src/core/attribution/rules';
import { ATTRIBUTION_MODEL, attributionConfidence, attributionScorer, confidenceWords, score } from '../../src/core/attribution/confidence';
import { ENTITY_MODEL, entityConfidence, entityFeatures, entityScore } from '../../src/core/entities/confidence';
import { ENTITY_RULES } from '../../src/core/entities';
import { TYPE_RULES } from '../../src/core/entities/recognizers';
import { parseTeamConfig } from '../../src/core/checks/config';

const file = path.resolve(__dirname, '..', '..', 'src', 'core', 'model', 'attribution.json');

describe('attribution confidence: the committed model', () => {
  it('validates: one finite weight per feature, a finite bias, at most 50 KB', () => {
    const m = JSON.parse(readFileSync(file, 'utf8')) as typeof ATTRIBUTION_MODEL & { trainedOn: string[] };
    assert.equal(m.version, 1);
    assert.ok(m.features.length >= 10, `${m.features.length} features`);
    assert.equal(m.features.length, m.weights.length);
    assert.ok(m.weights.every(Number.isFinite) && Number.isFinite(m.bias));
    assert.ok(statSync(file).size <= 50 * 1024);
    assert.ok(Array.isArray(m.trainedOn) && m.trainedOn.length >= 2);
  });

  it('knows no words: its features are the engine\'s own rule ids, tiers, readings and measures', () => {
    const rules = new Set([...ATTRIBUTION_RULES.map((r) => r.id), 'desk-correction']);
    for (const f of ATTRIBUTION_MODEL.features) {
      const [kind, value] = f.split('=');
      if (value === undefined) { assert.match(f, /^[a-zA-Z]+$/, f); continue; }
      if (kind === 'rule') assert.ok(rules.has(value), `unknown rule ${value}`);
      else assert.ok(['tier', 'resolution', 'speaker', 'afterLocative', 'phraseHead'].includes(kind), f);
    }
  });

  it('is what npm run train produces from the development data (a change to the engine retrains it)', function () {
    this.timeout(120_000);
    if (!existsSync(dataDir)) {
      console.log(`    (no development data at ${dataDir}: the model cannot be retrained here)`);
      return;
    }
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.resolve(__dirname, '..', '..', 'eval', 'train.ts'), '--check'], { encoding: 'utf8' });
    assert.equal(r.status, 0, `${r.stdout.split('\n').slice(-3).join('\n')}${r.stderr}`);
  });
});

describe('attribution confidence in the analysis', () => {
  const TEXT = [
    'Ferry Timetable Slips', '',
    '"We need another month to count the passengers," said Mara Okafor, the board\'s chair.', '',
    'Tomas Reyes, who runs the bakery on the quay, spoke after her.', '',
    '"Nobody asked us what we needed."', '',
  ].join('\n');

  it('every attribution carries a confidence from 0 to 1, said in words in its explanation', () => {
    const a = analyze(TEXT);
    const attributed = a.quotes.filter((q) => q.speaker);
    assert.ok(attributed.length >= 2);
    for (const q of attributed) {
      assert.ok(q.evidence && q.evidence.confidence >= 0 && q.evidence.confidence <= 1, JSON.stringify(q.evidence));
    }
  });

  it('a cue naming the speaker beside the quotation is surer than a speaker inferred from the paragraph before', () => {
    const a = analyze(TEXT);
    const [said, inferred] = a.quotes;
    assert.equal(said.evidence?.tier, 'explicit');
    assert.equal(inferred.evidence?.tier, 'inferred');
    assert.ok(said.evidence!.confidence > inferred.evidence!.confidence, `${said.evidence!.confidence} vs ${inferred.evidence!.confidence}`);
    assert.ok(said.evidence!.confidence >= 0.9, String(said.evidence!.confidence));
    assert.equal(confidenceWords(0.95), 'certain');
    assert.equal(confidenceWords(0.4), 'a guess');
  });

  it('a continuation is no surer than the attribution it continues: "she said" first, then her next sentence', () => {
    const a = analyze('Talks\n\nDana Ruiz arrived late. "We are ready," she said. "The plan is sound."');
    const [first, next] = a.quotes;
    assert.equal(next.evidence?.tier, 'continuation');
    assert.equal(next.speaker?.name, first.speaker?.name);
    assert.ok(next.evidence!.confidence <= first.evidence!.confidence, `${next.evidence!.confidence} > ${first.evidence!.confidence}`);
  });

  it('the team\'s threshold decides which attributions are flagged uncertain, whatever the rule', () => {
    const flagged = (uncertainBelow: number): number => analyze(TEXT, { uncertainBelow }).diagnostics.filter((d) => d.code === 'inferred-attribution').length;
    const attributed = analyze(TEXT).quotes.filter((q) => q.speaker).length;
    assert.equal(flagged(1.01), attributed, 'everything is uncertain below 1.01');
    assert.equal(flagged(0), 1, 'only the inferred one at 0');
    const msg = analyze(TEXT, { uncertainBelow: 1.01 }).diagnostics.find((d) => d.code === 'inferred-attribution' && /Uncertain attribution/.test(d.message));
    assert.match(msg?.message ?? '', /Mara Okafor \(rule cue-after; confidence 0\.\d\d, (?:certain|likely)\)/);
  });

  it('the team configuration\'s "uncertainBelow" is a confidence from 0 to 1', () => {
    const ok = parseTeamConfig('{"uncertainBelow": 0.75}');
    assert.ok(ok.ok && ok.config.uncertainBelow === 0.75, JSON.stringify(ok));
    for (const bad of ['1.5', '-0.1', '"high"']) {
      const r = parseTeamConfig(`{"uncertainBelow": ${bad}}`);
      assert.ok(!r.ok, bad);
    }
  });
});

describe('entity confidence: the committed model', () => {
  const efile = path.resolve(__dirname, '..', '..', 'src', 'core', 'model', 'entities.json');
  it('validates, knows no words, and its threshold is a probability', () => {
    const m = JSON.parse(readFileSync(efile, 'utf8')) as typeof ENTITY_MODEL & { trainedOn: string[] };
    assert.equal(m.version, 1);
    assert.equal(m.features.length, m.weights.length);
    assert.ok(m.features.length >= 10, `${m.features.length} features`);
    assert.ok(m.weights.every(Number.isFinite) && Number.isFinite(m.bias));
    assert.ok(m.threshold >= 0 && m.threshold < 1);
    assert.ok(statSync(efile).size <= 50 * 1024);
    const rules = new Set([...TYPE_RULES.map((r) => r.id), ...ENTITY_RULES.map((r) => r.id), 'none']);
    for (const f of m.features) {
      const [kind, value] = f.split('=');
      if (value === undefined) { assert.match(f, /^[a-zA-Z]+$/, f); continue; }
      if (kind === 'rule') assert.ok(rules.has(value) || /^[a-z-]+$/.test(value), `unknown recogniser ${value}`);
      else assert.ok(['type', 'words'].includes(kind), f);
    }
  });

  it('every listed entity carries a confidence from 0 to 1; the desk\'s own are certain; a speaker is listed however unsure', () => {
    const text = 'Ferry delay\n\n"We need another month," said Mara Okafor.\n\nThe Quarrenby board met on Monday.\n';
    const a = analyze(text);
    assert.ok(a.entities.length >= 1);
    for (const e of a.entities) assert.ok(e.confidence !== undefined && e.confidence >= 0 && e.confidence <= 1, `${e.name}: ${e.confidence}`);
    const listed = analyze(text, { desk: { entries: [{ name: 'Quarrenby', type: 'organization', role: null, aliases: [], spellings: new Map() }] } });
    assert.equal(listed.entities.find((e) => e.name === 'Quarrenby')?.confidence, 1);
    const all = analyze(text, { allEntities: true });
    const speakers = new Set(a.quotes.map((q) => q.speaker?.entity).filter(Boolean));
    for (const id of speakers) assert.ok(a.entities.some((e) => e.id === id), `speaker ${id} not listed`);
    assert.ok(all.entities.length >= a.entities.length);
  });
});

describe('entity confidence: common words', () => {
  it('a word of a heading in capitals that is a common English word is no name: not listed, though the recogniser typed it', () => {
    const text = 'Quay works run late\n\nThe harbour board met on Monday to hear from the contractor.\n\nCOACH\'S VERDICT\n\n"We were slow off the mark," said Tam Pell, who runs the quay crew.\n';
    const all = analyze(text, { allEntities: true }).entities.find((e) => e.name === 'COACH');
    assert.ok(all, 'the recogniser proposes it');
    assert.ok(all.confidence! < ENTITY_MODEL.threshold, `confidence ${all.confidence}`);
    const listed = analyze(text).entities.map((e) => e.name);
    assert.ok(!listed.includes('COACH'), listed.join(', '));
    assert.ok(listed.includes('Tam Pell'), listed.join(', '));
  });
});

describe('entity confidence: the fast path', () => {
  it('entityConfidence gives what the model gives on entityFeatures (which training reads), for every entity of varied texts', () => {
    const texts = [
      'Ferry delay\n\n"We need another month," said Mara Okafor, the chair of the Harbour Board.\n\nThe board\'s NUJ branch and the ICAO met in St. Ives on 3 May; the MV Quarrenby 2 sailed.\n',
      'Quay works\n\nCOACH\'S VERDICT\n\n"Beyond the pier the water is deep," Pell said at the Harbour Inn.\n',
      'ÉLAN ÉTÉ\n\nThe Älvsborg Ferries chief, Åsa Lindqvist-Berg, said: "Nobody asked us." She added that the ship Stella Polaris would stay.\n\nIn the Hague, the OSCE\u00a0Mission met.\n',
    ];
    let n = 0;
    for (const text of texts) {
      for (const e of analyze(text, { allEntities: true }).entities) {
        n++;
        assert.ok(Math.abs(entityConfidence(e, text) - entityScore(entityFeatures(e, text))) < 1e-12, e.name);
      }
    }
    assert.ok(n >= 6, `${n} entities`);
  });
});

describe('attribution confidence: the fast path', () => {
  it('attributionConfidence gives what the model gives on attributionScorer\'s features (which training reads), for every attribution of varied texts', () => {
    const texts = [
      'Ferry delay\n\n"We need another month," said Mara Okafor, the chair of the Harbour Board. "The ramp is cracked."\n\nShe added: "Nobody warned us." A source close to the board said it was "a shambles".\n',
      'Rovers win\n\nRhys Colby and Tomas Brink both scored. "It was a scrappy game," he said.\n\nIn Harlow, the council said in a statement that the road "will reopen soon".\n',
      'Minister hails \'historic\' deal\n\nHousing Minister Tarun Okeke called it "historic". \'We will build 40,000 homes,\' he said.\n',
    ];
    let n = 0;
    for (const text of texts) {
      const a = analyze(text);
      const scorer = attributionScorer(a.entities, a.structure, text);
      const fast = attributionConfidence(a.entities, a.structure, text);
      for (const q of a.quotes) {
        const f = scorer(q);
        const c = fast(q);
        assert.equal(c === null, f === null, q.text);
        if (f && c !== null) { n++; assert.ok(Math.abs(c - score(f)) < 1e-12, q.text); }
      }
    }
    assert.ok(n >= 6, `${n} attributions`);
  });
});
