// Who "he" or "she" stands for (src/core/attribution/antecedents.ts): every person in reach is
// proposed with the evidence for them, and the committed model (src/core/model/antecedents.json,
// written by npm run train) weighs it. Invented texts only.
import { strict as assert } from 'node:assert';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/core/analyze';
import { ANTECEDENT_FLOOR, ANTECEDENT_MODEL, chooseAntecedent } from '../../src/core/attribution/antecedents';
import { explainAttribution } from '../../src/core/attribution/explain';
import type { ConfidenceModel } from '../../src/core/attribution/confidence';
import type { AnalysisTrace, Entity } from '../../src/core/types';

const file = path.resolve(__dirname, '..', '..', 'src', 'core', 'model', 'antecedents.json');
/** No model: the hand-ordered reading the model replaced (what training proposes from). */
const BY_ORDER: ConfidenceModel = { version: 1, features: [], weights: [], bias: 0 };

const speakerOf = (text: string, words: string, options = {}): string | undefined => {
  const a = analyze(text, options);
  const q = a.quotes.find((x) => text.slice(x.start, x.end).includes(words));
  assert.ok(q, `no quotation with ${words}`);
  return q.speaker?.name;
};

describe('pronoun antecedents: the committed model', () => {
  it('validates: one finite weight per feature, a finite bias, its floor, at most 50 KB', () => {
    const m = JSON.parse(readFileSync(file, 'utf8')) as ConfidenceModel & { floor: number; trainedOn: string[] };
    assert.equal(m.version, 1);
    assert.ok(m.features.length >= 10, `${m.features.length} features`);
    assert.equal(m.features.length, m.weights.length);
    assert.ok(m.weights.every(Number.isFinite) && Number.isFinite(m.bias));
    assert.equal(m.floor, ANTECEDENT_FLOOR);
    assert.ok(statSync(file).size <= 50 * 1024);
    assert.ok(Array.isArray(m.trainedOn) && m.trainedOn.length >= 2);
  });

  it('knows no words: its features are measures of where and how each person was named', () => {
    for (const f of ANTECEDENT_MODEL.features) {
      const [kind, value] = f.split('=');
      if (value === undefined) { assert.match(f, /^[a-zA-Z]+$/, f); continue; }
      assert.ok(['rank', 'gender', 'paragraphsBack'].includes(kind), f);
      assert.match(value, /^(?:\d|same|unknown)$/, f);
    }
  });
});

describe('pronoun antecedents in the analysis', () => {
  const coaches = 'Coach Daniel Whitfield praised his squad after the match.\n\n"We were sharp from the first whistle," Whitfield said.\n\n'
    + 'Rival coach Tomas Brenner felt the referee had decided the game.\n\nHe said: "The second goal was clearly offside and everyone saw it."\n\n'
    + '"We will appeal to the league on Monday."';

  it('"He said" after a paragraph that names a new man as its subject is that man, not the last speaker', () => {
    assert.equal(speakerOf(coaches, 'second goal'), 'Tomas Brenner');
    // (And the quotation that continues him is his too.)
    assert.equal(speakerOf(coaches, 'appeal'), 'Tomas Brenner');
    // The hand-ordered reading kept the last speaker: what the model changed.
    assert.equal(speakerOf(coaches, 'second goal', { antecedentModel: BY_ORDER }), 'Daniel Whitfield');
  });

  it('"she" goes to the woman when a man was named after her', () => {
    const text = 'Councillor Ruth Abara opposed the scheme from the start. Mayor Peter Lund opened the bridge on Monday.\n\n'
      + '"This bridge cost twice what we were promised," she said.';
    assert.equal(speakerOf(text, 'twice'), 'Ruth Abara');
  });

  it('a person named after the pronoun, in its own clause, is not what it stands for', () => {
    const text = 'Adviser defends payments\n\nFormer adviser Colm Tarrant appeared before the committee on Tuesday.\n\n'
      + 'He told the committee he paid the consultant, Oskar Lindqvist, because "the work needed doing quickly and nobody else could do it".';
    // The pronoun opens its sentence: the person first named after it there is not proposed at
    // all, and the one named before is the speaker.
    assert.equal(speakerOf(text, 'nobody else'), 'Colm Tarrant');
    const trace: AnalysisTrace = { antecedents: [] };
    const oskar = analyze(text, { trace }).entities.find((e: Entity) => e.name === 'Oskar Lindqvist');
    assert.ok(oskar && trace.antecedents.length);
    assert.ok(!trace.antecedents[0].proposals.some((x) => x.entity === oskar.id));
    // Where the pronoun does not open its sentence, the model weighs the evidence: that person
    // carries `afterPronoun`.
    const inner = text.replace('He told the committee he paid', 'In a statement, he said he paid');
    const trace2: AnalysisTrace = { antecedents: [] };
    const oskar2 = analyze(inner, { trace: trace2 }).entities.find((e: Entity) => e.name === 'Oskar Lindqvist');
    const p = trace2.antecedents[0]?.proposals.find((x) => x.entity === oskar2?.id);
    assert.equal(p?.features.afterPronoun, 1);
    assert.notEqual(speakerOf(inner, 'nobody else'), 'Oskar Lindqvist');
  });

  it('a pronoun read by the model carries the score of the person chosen, and the attribution a confidence', () => {
    const a = analyze(coaches);
    const q = a.quotes.find((x) => coaches.slice(x.start, x.end).includes('second goal'));
    assert.ok(q?.evidence);
    assert.equal(q.evidence.resolution, 'pronoun');
    assert.ok(q.evidence.antecedentScore !== null && q.evidence.antecedentScore >= ANTECEDENT_FLOOR && q.evidence.antecedentScore <= 1, String(q.evidence.antecedentScore));
    // The explanation says how the pronoun was read, and how sure that reading is.
    assert.match(explainAttribution(coaches, a, a.quotes.indexOf(q)), /"He" is Tomas Brenner \(paragraph \d, the likeliest of the people in reach: [a-z ]+ \(0\.\d\d\)\)/);
    // A name read directly has no antecedent score.
    const named = a.quotes.find((x) => coaches.slice(x.start, x.end).includes('whistle'));
    assert.equal(named?.evidence?.antecedentScore, null);
  });

  it('"it said" is the organisation named before, read by the same model', () => {
    const text = 'Ferry line cuts routes\n\nThe Harbour Ferry Company cut three routes on Monday after a fall in passengers.\n\n'
      + '"We regret the decision, but the numbers no longer add up," it said in a statement.';
    const q = analyze(text).quotes[0];
    assert.equal(q.speaker?.name, 'Harbour Ferry Company');
    assert.equal(q.evidence?.resolution, 'pronoun');
    assert.ok(q.evidence?.antecedentScore !== null && q.evidence!.antecedentScore >= ANTECEDENT_FLOOR);
    // (And with no organisation in reach, "it" stays unresolved.)
    assert.equal(speakerOf('Ferry line cuts routes\n\nPassengers were angry on Monday.\n\n"The numbers no longer add up," it said.', 'numbers'), 'it');
  });

  it('a person named inside a sentence whose subject is "he" is not what the next "he said" stands for: "He also believes that Rhys Colby\'s experience ..."', () => {
    const text = 'Harbour Club\n\nHarbour chief Tomas Brink believes the club has the edge over its rivals.\n\nThe chairman explained that Anil Rao and Karim Nasser will play a crucial role. He also believes that Rhys Colby\'s experience will help the team.\n\n"We can count on two very strong players," he said.';
    const a = analyze(text);
    assert.notEqual(a.quotes[0].speaker?.name, 'Rhys Colby');
    // (The feature is traced for training.)
    const trace: AnalysisTrace = { antecedents: [] };
    analyze(text, { trace });
    const colby = a.entities.find((e) => e.name === 'Rhys Colby')!;
    assert.equal(trace.antecedents[0].proposals.find((p) => p.entity === colby.id)?.features.underPronoun, 1);
  });

  it('a person whose gender nothing gives is weighed against someone in reach the article gives the pronoun\'s gender: "she" does not go to them', () => {
    const text = 'Harbour\n\nMarta Vell\'s debut record came out on Quay Records, which a firm run by Zorvek Obi bought last spring.\n\nWriting online that week, she called the sale "a betrayal of every artist".';
    const a = analyze(text);
    assert.notEqual(a.quotes[0].speaker?.name, 'Zorvek Obi');
    const trace: AnalysisTrace = { antecedents: [] };
    analyze(text, { trace });
    const obi = a.entities.find((e) => e.name === 'Zorvek Obi')!;
    const vell = a.entities.find((e) => e.name === 'Marta Vell')!;
    const proposals = trace.antecedents[0].proposals;
    assert.equal(proposals.find((p) => p.entity === obi.id)?.features.knownGenderRival, 1);
    assert.equal(proposals.find((p) => p.entity === vell.id)?.features.knownGenderRival, undefined);
  });

  it('with no one of the pronoun\'s gender in reach, "she" stays unresolved rather than going to a man', () => {
    const text = 'Mayor Peter Lund opened the bridge on Monday.\n\n"It cost twice what we were promised," she said.';
    const a = analyze(text);
    assert.equal(a.quotes[0].speaker?.entity ?? null, null);
    assert.equal(a.quotes[0].speaker?.name, 'she');
    // (Said as read, with the cue: not as an attribution inferred with no verb.)
    assert.match(explainAttribution(text, a, 0), /^Attributed by "…," she said \(rule cue-after\); "she" could not be linked to a named person/);
  });

  it('proposes a bounded number of people however many are named before the pronoun, and traces them when asked', () => {
    const names = Array.from({ length: 40 }, (_, i) => `Officer Karl Vant${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}ers`);
    const text = `${names.join(' met ')} at the depot.\n\n"The depot will close in May," he said.`;
    const trace: AnalysisTrace = { antecedents: [] };
    const a = analyze(text, { trace });
    assert.equal(trace.antecedents.length, 1);
    const t = trace.antecedents[0];
    assert.ok(t.proposals.length >= 2 && t.proposals.length <= 10, `${t.proposals.length} proposals`);
    assert.ok(t.proposals.every((p) => Object.keys(p.features).length > 0));
    assert.equal(t.chosen, a.quotes[0].speaker?.entity ?? null);
  });

  it('the pronoun\'s own cue is no cue after the person named just before it, and the nearest person to open a sentence is marked: "Tomas Brink felt ... the sending-off of Rhys Colby. He said: ..."', () => {
    const text = 'Rovers won 3-0.\n\nManager Tomas Brink felt the game turned on the sending-off of Rhys Colby. He said: "It was never a red card."';
    const trace: AnalysisTrace = { antecedents: [] };
    const a = analyze(text, { trace });
    const byName = (name: string) => trace.antecedents[0].proposals.find((p) => a.entities.find((e) => e.id === p.entity)?.name === name)!;
    assert.equal(byName('Rhys Colby').features.cueAfter, undefined);
    assert.equal(byName('Tomas Brink').features.opensSentence, 1);
    // (And he is the nearest person to open a sentence, Colby only named in passing since.)
    assert.equal(byName('Tomas Brink').features.nearestSubject, 1);
    assert.equal(byName('Rhys Colby').features.nearestSubject, undefined);
    assert.equal(a.quotes[0].speaker?.name, 'Tomas Brink');
    // (Still a cue after a name in its own sentence: "Brink said ...".)
    const b: AnalysisTrace = { antecedents: [] };
    const t2 = 'Rovers won 3-0.\n\nTomas Brink said the team was tired. Rhys Colby was sent off. He said: "It was never a red card."';
    const a2 = analyze(t2, { trace: b });
    const brink = b.antecedents[0].proposals.find((p) => a2.entities.find((e) => e.id === p.entity)?.name === 'Tomas Brink')!;
    assert.equal(brink.features.cueAfter, 1);
  });

  it('a name after an opening phrase and its comma opens the sentence: "Despite a late bogey, Okeke was ... He said"', () => {
    const text = 'Golf: leader stays calm\n\nRhys Colby shot a 65 to lead by two strokes. Tarun Okeke and Tomas Brink are tied for second.\n\n'
      + 'Despite a late bogey, Okeke was still happy with the round.\n\n"The greens were quicker than I have ever seen them," he said.';
    const trace: AnalysisTrace = { antecedents: [] };
    const a = analyze(text, { trace });
    const byName = (name: string) => trace.antecedents[0].proposals.find((p) => a.entities.find((e) => e.id === p.entity)?.name === name)!;
    assert.equal(byName('Tarun Okeke').features.opensSentence, 1);
    assert.equal(byName('Tarun Okeke').features.nearestSubject, 1);
    assert.equal(byName('Tomas Brink').features.opensSentence, undefined);
    assert.equal(a.quotes[0].speaker?.name, 'Tarun Okeke');
    // (Not a name the opening phrase lists: "Like Karim Nasser, Dana Ruiz and others, Lena Early ...".)
    const listed = 'Flood claims\n\nLike Karim Nasser, Dana Ruiz and hundreds of other owners, Lena Early lost her shop in the flood.\n\n"We have nothing left," she said.';
    const t2: AnalysisTrace = { antecedents: [] };
    const a2 = analyze(listed, { trace: t2 });
    const ruiz = t2.antecedents[0].proposals.find((p) => a2.entities.find((e) => e.id === p.entity)?.name === 'Dana Ruiz')!;
    assert.equal(ruiz.features.opensSentence, undefined);
    assert.equal(a2.quotes[0].speaker?.name, 'Lena Early');
  });

  it('a name after a connective and an opening phrase, or after "but", opens its clause: "Later, at the rally, Okeke ..."; "..., but Okeke settled it"', () => {
    const cases = [
      'Rovers win the cup\n\nTomas Brink scored twice.\n\nLater, at a reception in the town hall, Tarun Okeke thanked Dana Ruiz and Rhys Colby.\n\n"We will never forget this day," he said.',
      'Rovers win the cup\n\nTomas Brink scored twice.\n\nThe players had expected a bonus, but Tarun Okeke quickly settled the matter. "There is no bonus, there never was," he said.',
    ];
    for (const text of cases) {
      const trace: AnalysisTrace = { antecedents: [] };
      const a = analyze(text, { trace });
      const byName = (name: string) => trace.antecedents[0].proposals.find((p) => a.entities.find((e) => e.id === p.entity)?.name === name)!;
      assert.equal(byName('Tarun Okeke').features.opensSentence, 1, text);
      assert.equal(byName('Tarun Okeke').features.nearestSubject, 1, text);
      assert.equal(a.quotes[0].speaker?.name, 'Tarun Okeke', text);
    }
  });

  it('a name after a body\'s possessive and its office opens the sentence: "The Harlow Sun\'s TV critic Colm Brady was no kinder"', () => {
    const text = 'Reviews\n\n"A mess," wrote Dana Ruiz of the Courier.\n\nThe Harlow Sun\'s TV critic Colm Brady was no kinder.\n\n"The show is laughably bad," he said.';
    const trace: AnalysisTrace = { antecedents: [] };
    const a = analyze(text, { trace });
    const byName = (name: string) => trace.antecedents[0].proposals.find((p) => a.entities.find((e) => e.id === p.entity)?.name === name)!;
    assert.equal(byName('Colm Brady').features.opensSentence, 1);
    assert.equal(a.quotes[1].speaker?.name, 'Colm Brady');
  });

  it('chooseAntecedent takes the best-scored proposal, and none below the floor', () => {
    const m: ConfidenceModel = { version: 1, features: ['near'], weights: [4], bias: -2 };
    const e = (id: string): Entity => ({ id } as Entity);
    const near = chooseAntecedent([{ entity: e('a'), features: {} }, { entity: e('b'), features: { near: 1 } }], 0.3, m);
    assert.equal(near?.entity.id, 'b');
    assert.ok(near && near.share > 0.5 && near.p > 0.8);
    assert.equal(chooseAntecedent([{ entity: e('a'), features: {} }], 0.3, m), null);
    assert.equal(chooseAntecedent([], 0.3, m), null);
  });
});

describe('pronoun antecedents: a person described, not named', () => {
  const text = 'Bushfire near the coast\n\nCrews from three brigades spent the night on the fire line.\n\n'
    + 'A fire service spokeswoman said the blaze had burned 200 hectares. "We have aerial surveillance over the whole front," she said.';

  it('"she" with nobody named in reach is the woman the sentence before describes: her description is the speaker', () => {
    const a = analyze(text);
    const q = a.quotes[0];
    assert.equal(q.speaker?.entity ?? null, null);
    assert.equal(q.speaker?.name, 'A fire service spokeswoman');
    assert.equal(q.evidence?.resolution, 'pronoun');
    assert.equal(text.slice(q.evidence!.antecedent!.start, q.evidence!.antecedent!.end), 'A fire service spokeswoman');
    assert.match(explainAttribution(text, a, 0), /the pronoun stands for the person described as "A fire service spokeswoman" \(paragraph 3\), whom the article does not name/);
  });

  it('not when the description is of the other gender, nor when someone is named after it, nor for a possessive', () => {
    assert.equal(speakerOf(text.replace('spokeswoman', 'spokesman'), 'aerial'), 'she');
    assert.equal(speakerOf(text.replace('the blaze had', 'Captain Rhea Voss had seen the blaze, which had'), 'aerial'), 'Rhea Voss');
    assert.equal(speakerOf(text.replace('A fire service spokeswoman said', "A fire service spokeswoman's note said"), 'aerial'), 'she');
  });

  it('a person whose title opens the sentence, after "But" or in apposition to "the Minority Leader", opens it: "he" next is that person, not the last speaker', () => {
    const text = (sentence: string): string => `Bill rejected\n\nLeading the debate, Tarun Okeke said the structure had failed.\n\nHe said, "Our people are being killed every day."\n\n${sentence}\n\nAccording to him, "State governors will use the police against opponents."`;
    assert.equal(speakerOf(text('But Minority Leader Karim Nasser opposed the bill, warning that governors would abuse the powers.'), 'State governors'), 'Karim Nasser');
    assert.equal(speakerOf(text('But the Minority Leader, Hon. Karim Nasser, opposed the bill.'), 'State governors'), 'Karim Nasser');
  });
});
