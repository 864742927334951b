// The desk's annotations (issue 11): reading the file, re-anchoring after edits, corrections
// overriding the engine, and the CLI. All text is invented.
import { tempDir } from '../shared/temp';
import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../../src/cli/cli';
import { analyze } from '../../src/core';
import { correctionsOf, parseAnnotations, placeAnnotations, reanchor, selectorsFor, similarity, type Anchor, type DeskAnnotation } from '../../src/core/annotations';

const ARTICLE = [
  'Harbour board delays ferry timetable',
  '',
  'PORTHLEVEN — The harbour board put off its decision on Tuesday.',
  '',
  '"We need another month to count the passengers," said Mara Okafor, the board\'s chair.',
  '',
  'Residents were unhappy. "Nobody asked us," said Tomas Reyes, who runs the bakery.',
  '',
  '"Nobody asked us" has become a slogan on the quay.',
].join('\n');

function anchorOf(text: string, words: string, occurrence = 0): Anchor {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(words, at + 1);
  assert.ok(at >= 0, words);
  const t = selectorsFor(text, at, at + words.length, 'story.article') as { selector: Array<Record<string, unknown>> };
  const q = t.selector[0];
  return { exact: q.exact as string, prefix: q.prefix as string, suffix: q.suffix as string, start: at, end: at + words.length };
}

function file(items: unknown[]): string {
  return JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', first: { type: 'AnnotationPage', items } }, null, 2);
}

function annotation(id: string, text: string, words: string, bodies: unknown[]): Record<string, unknown> {
  const at = text.indexOf(words);
  return { '@context': 'http://www.w3.org/ns/anno.jsonld', id, type: 'Annotation', created: '2026-11-30T10:00:00Z', creator: 'desk', target: selectorsFor(text, at, at + words.length, 'story.article'), body: bodies };
}

describe('annotations: the file', () => {
  it('reads notes, status, source type and speaker corrections from a collection\'s first page, keeping unknown fields', () => {
    const a = annotation('urn:uuid:1', ARTICLE, 'We need another month', [
      { type: 'TextualBody', purpose: 'commenting', value: 'Called her back on Monday.' },
      { type: 'TextualBody', purpose: 'tagging', value: 'verified' },
      { type: 'TextualBody', purpose: 'classifying', value: 'official' },
    ]);
    a['x-house'] = { kept: true };
    const parsed = parseAnnotations(file([a]));
    assert.ok(parsed.ok);
    const [d] = parsed.annotations;
    assert.equal(d.note, 'Called her back on Monday.');
    assert.equal(d.status, 'verified');
    assert.equal(d.sourceType, 'official');
    assert.equal(d.creator, 'desk');
    assert.deepEqual(d.raw['x-house'], { kept: true });
  });

  it('accepts a top-level "items" list and a "not-a-quotation" correction', () => {
    const parsed = parseAnnotations(JSON.stringify({ items: [annotation('urn:uuid:2', ARTICLE, 'Nobody asked us', [{ type: 'TextualBody', purpose: 'identifying', value: 'not-a-quotation' }])] }));
    assert.ok(parsed.ok);
    assert.equal(parsed.annotations[0].notAQuotation, true);
    assert.equal(parsed.annotations[0].speaker, null);
  });

  it('a file that is not JSON is an error with its line', () => {
    const parsed = parseAnnotations('{\n  "items": [\n    { "id": "a" },\n  ]\n}');
    assert.ok(!parsed.ok);
    assert.equal(parsed.error.line, 4);
    assert.match(parsed.error.message, /not valid JSON/);
  });

  it('an annotation with no words to find is an error naming the item and its line; a duplicated id too', () => {
    const bad = parseAnnotations('{\n  "items": [\n    {\n      "id": "urn:x",\n      "target": { "source": "s" }\n    }\n  ]\n}');
    assert.ok(!bad.ok);
    assert.match(bad.error.message, /item 1: annotation urn:x: the target needs a TextQuoteSelector/);
    assert.equal(bad.error.line, 4);
    const a = annotation('urn:same', ARTICLE, 'Nobody', []);
    const twice = parseAnnotations(file([a, a]));
    assert.ok(!twice.ok);
    assert.match(twice.error.message, /used twice/);
  });

  it('an empty file holds no annotations', () => {
    const parsed = parseAnnotations('  \n');
    assert.ok(parsed.ok && parsed.annotations.length === 0);
  });
});

describe('annotations: re-anchoring', () => {
  const words = 'We need another month to count the passengers';

  it('the same text: found at its position', () => {
    const r = reanchor(ARTICLE, anchorOf(ARTICLE, words));
    assert.equal(r?.how, 'position');
  });

  it('text inserted or deleted before it: found by its words, at the new place', () => {
    const anchor = anchorOf(ARTICLE, words);
    const inserted = ARTICLE.replace('on Tuesday.', 'on Tuesday, after a long and noisy meeting.');
    const r = reanchor(inserted, anchor);
    assert.equal(r && inserted.slice(r.start, r.end), words);
    const deleted = ARTICLE.replace('PORTHLEVEN — ', '');
    const d = reanchor(deleted, anchor);
    assert.equal(d && deleted.slice(d.start, d.end), words);
  });

  it('text changed after it leaves it where it was', () => {
    const anchor = anchorOf(ARTICLE, words);
    const after = `${ARTICLE}\n\nThe board meets again in March.`;
    assert.equal(reanchor(after, anchor)?.how, 'position');
  });

  it('a small edit inside the words: found by a close match, covering the edited words', () => {
    const anchor = anchorOf(ARTICLE, words);
    const edited = ARTICLE.replace('another month', 'one more month');
    const r = reanchor(edited, anchor);
    assert.equal(r?.how, 'fuzzy');
    assert.equal(r && edited.slice(r.start, r.end), 'We need one more month to count the passengers');
  });

  it('words repeated elsewhere: the occurrence whose context matches, not the first', () => {
    const second = anchorOf(ARTICLE, 'Nobody asked us', 1);
    const shifted = `Update: the board replied.\n\n${ARTICLE}`;
    const r = reanchor(shifted, second);
    assert.ok(r);
    assert.equal(r.start, shifted.lastIndexOf('Nobody asked us'));
  });

  it('the whole quotation deleted: orphaned, not moved onto other words', () => {
    const anchor = anchorOf(ARTICLE, words);
    const gone = ARTICLE.replace(/"We need another month[^\n]*\n/, '');
    assert.equal(reanchor(gone, anchor), undefined);
  });

  it('random edit sequences never lose an annotation: each is on the same words (or close to them), or orphaned', () => {
    let seed = 7;
    const rand = (n: number): number => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
    const pieces = ['the', ' quay', ' "', '," said', ' Okafor', '\n\n', ' month', 'passengers', ' board'];
    for (let run = 0; run < 60; run++) {
      let text = ARTICLE;
      const targets = [words, 'Nobody asked us', 'Mara Okafor', 'harbour board'].map((w) => anchorOf(ARTICLE, w));
      let anchors = targets;
      for (let step = 0; step < 8; step++) {
        const at = rand(text.length + 1);
        const del = rand(3) === 0 ? rand(12) : 0;
        text = text.slice(0, at) + (rand(2) ? pieces[rand(pieces.length)] : '') + text.slice(at + del);
        const placed = placeAnnotations(text, anchors.map((anchor, i) => ({ id: `a${i}`, anchor } as unknown as DeskAnnotation)));
        assert.equal(placed.length, anchors.length);
        anchors = anchors.map((anchor, i) => {
          const p = placed[i];
          if (p.start === null || p.end === null) return anchor; // orphaned: kept, with its old words
          const now = text.slice(p.start, p.end);
          assert.ok(p.how !== 'fuzzy' ? now === anchor.exact : similarity(now, anchor.exact) >= 0.75, `${anchor.exact} -> ${now}`);
          const s = selectorsFor(text, p.start, p.end, 'x') as { selector: Array<Record<string, string>> };
          return { exact: now, prefix: s.selector[0].prefix, suffix: s.selector[0].suffix, start: p.start, end: p.end };
        });
      }
    }
  });
});

describe('annotations: corrections override the engine', () => {
  it('a speaker correction names the speaker, with the desk as the evidence', () => {
    const text = 'Ferry timetable\n\n"Nobody asked us," a resident shouted.\n\nMara Okafor chairs the board.\n';
    const a = annotation('urn:c', text, 'Nobody asked us', [{ type: 'TextualBody', purpose: 'identifying', value: 'mara okafor' }]);
    const parsed = parseAnnotations(file([a]));
    assert.ok(parsed.ok);
    const analysis = analyze(text, { corrections: correctionsOf(placeAnnotations(text, parsed.annotations)) });
    const q = analysis.quotes[0];
    assert.equal(q.speaker?.name, 'Mara Okafor');
    assert.ok(q.speaker?.entity, 'the correction names an entity of the article');
    assert.equal(q.evidence?.rule, 'desk-correction');
  });

  it('"not a quotation" makes it a scare quote: no unattributed-quote diagnostic', () => {
    const text = 'Ferry timetable\n\nThe quay has a new slogan.\n\n"We will not move the ferries under any circumstances."\n';
    assert.equal(analyze(text).diagnostics.filter((d) => d.code === 'unattributed-quote').length, 1);
    const a = annotation('urn:n', text, 'We will not move the ferries', [{ type: 'TextualBody', purpose: 'identifying', value: 'not-a-quotation' }]);
    const parsed = parseAnnotations(file([a]));
    assert.ok(parsed.ok);
    const analysis = analyze(text, { corrections: correctionsOf(placeAnnotations(text, parsed.annotations)) });
    assert.equal(analysis.diagnostics.filter((d) => d.code === 'unattributed-quote').length, 0);
    assert.equal(analysis.quotes[0].kind, 'scare');
  });
});

describe('annotations: the CLI', () => {
  function run(args: string[]): { code: number; out: string; err: string } {
    let out = '';
    let err = '';
    const code = runCli(args, { stdout: (s) => { out += s; }, stderr: (s) => { err += s; } });
    return { code, out, err };
  }

  it('JSON adds each annotation re-anchored, applies corrections, and the text format reports orphans', () => {
    const dir = tempDir('al-ann-');
    const p = path.join(dir, 'story.article');
    const saved = ARTICLE;
    const now = ARTICLE.replace('PORTHLEVEN — ', '').replace(/Residents were unhappy[^\n]*\n/, '');
    writeFileSync(p, now);
    writeFileSync(`${p}.annotations.json`, file([
      annotation('urn:a', saved, 'We need another month', [{ type: 'TextualBody', purpose: 'tagging', value: 'needs-second-source' }, { type: 'TextualBody', purpose: 'commenting', value: 'Check the count.' }]),
      annotation('urn:b', saved, 'Residents were unhappy.', [{ type: 'TextualBody', purpose: 'commenting', value: 'Which residents?' }]),
    ]));
    const json = run(['analyze', '--format', 'json', p]);
    const f = JSON.parse(json.out).files[0] as { annotations: Array<Record<string, unknown>> };
    assert.equal(f.annotations.length, 2);
    assert.deepEqual({ ...f.annotations[0], start: undefined, end: undefined }, { id: 'urn:a', start: undefined, end: undefined, exact: 'We need another month', orphaned: false, status: 'needs-second-source', sourceType: null, note: 'Check the count.', speaker: null });
    assert.equal(now.slice(f.annotations[0].start as number, f.annotations[0].end as number), 'We need another month');
    assert.equal(f.annotations[1].orphaned, true);
    assert.equal(f.annotations[1].start, null);
    const text = run(['analyze', p]);
    assert.match(text.out, /warning Annotation urn:b is orphaned: .*Residents were unhappy\..* \[orphaned-annotation\]/);
    assert.equal(text.code, 1);
  });

  it('an id holding a newline or a control character cannot forge an output line, in any format (issue 20)', () => {
    const dir = tempDir('al-ann-');
    const p = path.join(dir, 'story.article');
    writeFileSync(p, ARTICLE);
    const forged = 'urn:x\nother.article:1:1: error Forged problem [unattributed-quote]\u2028\u009b31m\u202e';
    writeFileSync(`${p}.annotations.json`, file([annotation(forged, 'Gone words that are not in the article', 'Gone words', [])]));
    const text = run(['analyze', p]);
    assert.ok(!text.out.split('\n').some((l) => l.startsWith('other.article')), text.out);
    assert.match(text.out, /Annotation urn:x\\nother\.article:1:1: error Forged problem \[unattributed-quote\]\\u2028\\u009b31m\\u202e is orphaned/);
    for (const format of ['jsonl', 'sarif', 'json']) {
      const r = run(['analyze', '--format', format, p]);
      assert.doesNotMatch(r.out, /[\u2028\u2029\u0080-\u009f\u202a-\u202e]/, format);
      // Still valid JSON, holding the id exactly.
      const lines = format === 'jsonl' ? r.out.trim().split('\n') : [r.out];
      assert.equal(lines.length, 1, format);
      assert.ok(JSON.stringify(JSON.parse(lines[0])).includes(JSON.stringify(forged).slice(1, 12)), format);
    }
    // A JSON Lines record's id too.
    const records = path.join(dir, 'records.jsonl');
    writeFileSync(records, `${JSON.stringify({ id: 'a\nb.article:9:9: error Forged', text: 'Ferry delay\n\n"We need another month."\n' })}\n`);
    const fromRecords = run(['analyze', '--input', 'jsonl', records]);
    assert.ok(!fromRecords.out.split('\n').some((l) => l.startsWith('b.article')), fromRecords.out);
    assert.match(fromRecords.out, /^a\\nb\.article:9:9: error Forged:3:1: warning/m);
  });

  it('a malformed annotations file: one error naming the file and line, exit 2, the article still analysed', () => {
    const dir = tempDir('al-ann-');
    const p = path.join(dir, 'story.article');
    writeFileSync(p, ARTICLE);
    writeFileSync(`${p}.annotations.json`, '{\n  "items": [\n    {"id": "a",}\n  ]\n}\n');
    const r = run(['analyze', p]);
    assert.equal(r.code, 2);
    assert.match(r.err, /story\.article\.annotations\.json:3:\d+: malformed annotations file: not valid JSON/);
    assert.match(r.out, /story\.article: \d+ quotations/);
  });
});

describe('annotations: the JSON Schema', () => {
  it('is contributed for *.annotations.json and names the same statuses and source types as the engine', async () => {
    const { readFileSync } = await import('node:fs');
    const root = path.join(__dirname, '../..');
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { contributes: { jsonValidation: Array<{ fileMatch: string; url: string }> } };
    const entry = pkg.contributes.jsonValidation.find((j) => j.fileMatch === '*.annotations.json');
    assert.ok(entry);
    const schema = readFileSync(path.join(root, entry.url), 'utf8');
    const { STATUSES, SOURCE_TYPES } = await import('../../src/core/annotations');
    assert.ok(schema.includes(JSON.stringify(STATUSES).replace(/,/g, ', ')), 'statuses');
    assert.ok(schema.includes(JSON.stringify(SOURCE_TYPES).replace(/,/g, ', ')), 'source types');
  });
});

describe('annotations: hostile selectors (issue 20)', () => {
  it('re-anchoring crafted words in an article of one letter does bounded work: the close match compares at most its budget', async () => {
    const { MAX_FUZZY_WORK } = await import('../../src/core/annotations/anchor');
    const text = 'a'.repeat(200 * 1024);
    for (const exact of ['a'.repeat(3999) + 'b', 'b' + 'a'.repeat(3999), `${'a'.repeat(2000)}c${'a'.repeat(2000)}`]) {
      const counters = { compared: 0 };
      reanchor(text, { exact, prefix: 'a'.repeat(32), suffix: 'a'.repeat(32), start: null, end: null }, counters);
      assert.ok(counters.compared <= MAX_FUZZY_WORK, `${counters.compared} characters compared`);
    }
    // (Where a close match exists it is still found: these words differ from the text in one character.)
    assert.equal(reanchor(text, { exact: 'a'.repeat(3999) + 'b', prefix: '', suffix: '', start: null, end: null })?.how, 'fuzzy');
  });

  it('the close match still finds edited words next to their old place among many look-alikes', () => {
    const para = 'The council said the count would take another month. ';
    const text = para.repeat(400) + 'We need another month to count all the passengers, she said. ' + para.repeat(400);
    const words = 'We need another month to count the passengers';
    const at = text.indexOf('We need');
    const r = reanchor(text, { exact: words, prefix: 'month. ', suffix: ', she said.', start: at, end: at + words.length });
    assert.equal(r?.how, 'fuzzy');
    assert.equal(r?.start, at);
  });

  it('a position outside the text is no position: the words are looked for instead', () => {
    const words = 'We need another month to count the passengers';
    const parsed = parseAnnotations(JSON.stringify({ items: [{ id: 'urn:neg', type: 'Annotation', target: { source: 'a.article', selector: [
      { type: 'TextQuoteSelector', exact: words }, { type: 'TextPositionSelector', start: -5, end: 3 }] } }] }));
    assert.ok(parsed.ok);
    assert.equal(parsed.annotations[0].anchor.start, null);
    assert.equal(parsed.annotations[0].anchor.end, null);
    const at = ARTICLE.indexOf(words);
    // And re-anchoring never trusts one, however it arrives.
    assert.deepEqual(reanchor(ARTICLE, { exact: ARTICLE.slice(-5), prefix: '', suffix: '', start: -5, end: ARTICLE.length })?.how, 'exact');
    assert.equal(reanchor(ARTICLE, { exact: words, prefix: '', suffix: '', start: at, end: ARTICLE.length + 10 })?.how, 'exact');
  });

  it('a misspelt "items" is a malformed file naming the key and its line, not "no annotations"', () => {
    const parsed = parseAnnotations('{\n  "type": "AnnotationCollection",\n  "itmes": []\n}');
    assert.ok(!parsed.ok);
    assert.match(parsed.error.message, /no "items" list.*"itmes"/);
    assert.equal(parsed.error.line, 3);
    assert.equal(parsed.error.column, 3);
    const other = parseAnnotations('{"notes": []}');
    assert.ok(!other.ok);
    // An empty collection that says so is fine.
    const empty = parseAnnotations('{"type": "AnnotationCollection", "total": 0}');
    assert.ok(empty.ok && empty.annotations.length === 0);
  });
});
