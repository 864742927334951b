// npm run eval: scores the engine on the development data in ../shared/data (never copied
// into the repository: research-only licences). Prints figures; asserts nothing.
//   PolNeAR dev: speaker accuracy on attributed quotations, attributed quotations wrongly
//     flagged unattributed, non-speech quoted spans flagged, quotation detection.
//   CoNLL-2003 eng.testa: PER/ORG/LOC entity F1, exact match (conlleval style).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../src/core/analyze';
import type { Analysis, EntityType } from '../src/core/types';
import { evalDiverse } from './diverse';
import { evalGum } from './gum';

const dataDir = process.env.ARTICLE_LENS_DATA ?? path.resolve(__dirname, '..', '..', 'shared', 'data');
const verbose = process.argv.includes('--verbose');
const split = process.argv.includes('--train') ? 'train' : 'dev';

interface Seg { start: number; end: number; text: string }
interface GoldQuote extends Seg {
  label: 'attributed' | 'no_source' | 'not_reported_speech';
  speaker: Seg[] | null;
  n_words: number;
}
interface Doc { doc_id: string; text: string; quote_mark_spans: GoldQuote[] }

function loadPolnear(): Doc[] | null {
  const plain = path.join(dataDir, 'polnear', 'derived', `polnear-${split}.jsonl`);
  const gz = `${plain}.gz`;
  let raw: string;
  if (existsSync(plain)) raw = readFileSync(plain, 'utf8');
  else if (existsSync(gz)) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    raw = (require('node:zlib') as typeof import('node:zlib')).gunzipSync(readFileSync(gz)).toString('utf8');
  } else return null;
  return raw.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Doc);
}

const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/g, ' ').trim();
const overlap = (a: Seg | { start: number; end: number }, b: { start: number; end: number }): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

function evalPolnear(): void {
  const docs = loadPolnear();
  if (!docs) {
    console.log(`PolNeAR: skipped, no data at ${path.join(dataDir, 'polnear', 'derived')}`);
    return;
  }
  let attributed = 0, matchedAttributed = 0, speakerStrict = 0, speakerRelaxed = 0, wronglyFlagged = 0;
  let attributed4 = 0, speaker4 = 0;
  let nonSpeech = 0, nonSpeechFlagged = 0, nonSpeechWithSpeaker = 0, noSource = 0, noSourceFlagged = 0;
  let goldQuotes = 0, predQuotes = 0, matchedQuotes = 0;
  let chars = 0;
  let ms = 0;
  const errors: string[] = [];
  for (const doc of docs) {
    const t0 = performance.now();
    const a: Analysis = analyze(doc.text);
    ms += performance.now() - t0;
    chars += doc.text.length;
    const flagged = new Set(a.diagnostics.filter((d) => d.code === 'unattributed-quote').map((d) => d.quote));
    const used = new Set<number>();
    const golds = doc.quote_mark_spans;
    predQuotes += a.quotes.filter((q) => q.kind === 'direct').length;
    for (const g of golds) {
      // Match: the predicted quotation with the largest overlap / union >= 0.5.
      let best = -1;
      let bestScore = 0;
      a.quotes.forEach((q, i) => {
        if (used.has(i)) return;
        const o = overlap(q, g);
        const u = Math.max(q.end, g.end) - Math.min(q.start, g.start);
        const s = u > 0 ? o / u : 0;
        if (s >= 0.5 && s > bestScore) { best = i; bestScore = s; }
      });
      if (best >= 0) used.add(best);
      const q = best >= 0 ? a.quotes[best] : null;
      if (g.label === 'not_reported_speech') {
        nonSpeech++;
        if (best >= 0 && flagged.has(best)) nonSpeechFlagged++;
        if (q?.speaker) nonSpeechWithSpeaker++;
        continue;
      }
      goldQuotes++;
      if (q && q.kind === 'direct') matchedQuotes++;
      if (g.label === 'no_source') {
        noSource++;
        if (best >= 0 && flagged.has(best)) noSourceFlagged++;
        continue;
      }
      attributed++;
      if (g.n_words >= 4) attributed4++;
      if (!q) continue;
      matchedAttributed++;
      if (flagged.has(best)) wronglyFlagged++;
      const gold = g.speaker ?? [];
      const sp = q.speaker;
      let strict = false;
      let relaxed = false;
      if (sp?.mention) {
        strict = gold.some((s) => overlap(s, sp.mention!) > 0);
      }
      if (sp) {
        const goldText = norm(gold.map((s) => s.text).join(' '));
        const names = [sp.name, ...(sp.entity ? a.entities.find((e) => e.id === sp.entity)?.aliases ?? [] : [])].map(norm);
        const surname = norm(sp.name).split(' ').pop() ?? '';
        relaxed = strict || names.some((nm) => nm.length > 1 && (goldText.includes(nm) || nm.includes(goldText))) || (surname.length > 2 && goldText.split(' ').includes(surname));
      }
      if (strict) speakerStrict++;
      if (relaxed) speakerRelaxed++;
      if (relaxed && g.n_words >= 4) speaker4++;
      if (!relaxed && verbose && errors.length < 400) {
        errors.push(`${doc.doc_id} ${JSON.stringify(g.text.slice(0, 70))}\n    gold: ${JSON.stringify(gold.map((s) => s.text).join(' … '))}  pred: ${sp ? `${JSON.stringify(sp.name)} via ${JSON.stringify(sp.mention?.text)} (${q.method})` : `none (${q.kind}: ${q.reason})`}`);
      }
    }
  }
  const pct = (a: number, b: number): string => (b ? (a / b).toFixed(3) : 'n/a');
  console.log(`PolNeAR ${split}: ${docs.length} articles, ${goldQuotes} reported-speech quotation spans (${attributed} attributed, ${noSource} no source), ${nonSpeech} non-speech spans`);
  console.log(`  quotation detection: ${matchedQuotes}/${goldQuotes} gold found as direct (recall ${pct(matchedQuotes, goldQuotes)}), ${predQuotes} predicted direct`);
  console.log(`  speaker accuracy (attributed, matched): relaxed ${pct(speakerRelaxed, matchedAttributed)} (${speakerRelaxed}/${matchedAttributed}), strict span overlap ${pct(speakerStrict, matchedAttributed)}; >=4 words: ${pct(speaker4, attributed4)}`);
  console.log(`  attributed quotations wrongly flagged unattributed: ${pct(wronglyFlagged, matchedAttributed)} (${wronglyFlagged}/${matchedAttributed})`);
  console.log(`  non-speech quoted spans flagged: ${pct(nonSpeechFlagged, nonSpeech)} (${nonSpeechFlagged}/${nonSpeech}); no-source quotations flagged: ${noSourceFlagged}/${noSource}`);
  console.log(`  non-speech quoted spans given a speaker anyway: ${pct(nonSpeechWithSpeaker, nonSpeech)} (${nonSpeechWithSpeaker}/${nonSpeech})`);
  console.log(`  speed: ${(ms / (chars / 1024)).toFixed(3)} ms per KB`);
  if (verbose) console.log(errors.join('\n'));
}

const TYPE: Record<EntityType, string> = { person: 'PER', organization: 'ORG', place: 'LOC' };

function evalConll(): void {
  const file = path.join(dataDir, 'conll2003', 'eng.testa');
  if (!existsSync(file)) {
    console.log(`CoNLL-2003: skipped, no data at ${file}`);
    return;
  }
  const docs: { tokens: string[]; tags: string[]; sentenceStarts: number[] }[] = [];
  let cur: { tokens: string[]; tags: string[]; sentenceStarts: number[] } | null = null;
  let newSentence = true;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) { cur = { tokens: [], tags: [], sentenceStarts: [] }; docs.push(cur); newSentence = true; continue; }
    if (!line.trim()) { newSentence = true; continue; }
    if (!cur) continue;
    const parts = line.split(' ');
    if (newSentence) { cur.sentenceStarts.push(cur.tokens.length); newSentence = false; }
    cur.tokens.push(parts[0]);
    cur.tags.push(parts[3]);
  }
  const chunks = (tags: string[]): Set<string> => {
    const out = new Set<string>();
    let start = -1;
    let type = '';
    const close = (i: number): void => { if (start >= 0 && type !== 'MISC') out.add(`${start}:${i}:${type}`); start = -1; type = ''; };
    tags.forEach((t, i) => {
      if (t === 'O') { close(i); return; }
      const [bio, ty] = t.split('-');
      if (bio === 'B' || ty !== type) { close(i); start = i; type = ty; }
    });
    close(tags.length);
    return out;
  };
  const per: Record<string, { tp: number; fp: number; fn: number }> = { PER: { tp: 0, fp: 0, fn: 0 }, ORG: { tp: 0, fp: 0, fn: 0 }, LOC: { tp: 0, fp: 0, fn: 0 } };
  let ms = 0;
  let chars = 0;
  for (const d of docs) {
    // Sentences as paragraphs; tokens joined by spaces, with a token -> offset map.
    let text = '';
    const offs: number[] = [];
    const starts = new Set(d.sentenceStarts);
    d.tokens.forEach((t, i) => {
      if (i > 0) text += starts.has(i) ? '\n\n' : ' ';
      offs.push(text.length);
      text += t;
    });
    const t0 = performance.now();
    const a = analyze(text);
    ms += performance.now() - t0;
    chars += text.length;
    const pred = new Array<string>(d.tokens.length).fill('O');
    const predChunks = new Set<string>();
    for (const e of a.entities) {
      for (const m of e.mentions) {
        if (m.kind === 'pronoun' || m.kind === 'role') continue;
        let s = -1;
        let en = -1;
        d.tokens.forEach((t, i) => {
          const ts = offs[i];
          const te = ts + t.length;
          if (ts < m.end && te > m.start) { if (s < 0) s = i; en = i + 1; }
        });
        if (s >= 0) { predChunks.add(`${s}:${en}:${TYPE[e.type]}`); for (let i = s; i < en; i++) pred[i] = TYPE[e.type]; }
      }
    }
    const gold = chunks(d.tags);
    for (const c of predChunks) { const ty = c.split(':')[2]; if (gold.has(c)) per[ty].tp++; else per[ty].fp++; }
    for (const c of gold) { if (!predChunks.has(c)) per[c.split(':')[2]].fn++; }
  }
  let tp = 0, fp = 0, fn = 0;
  const f1 = (x: { tp: number; fp: number; fn: number }): string => {
    const p = x.tp / Math.max(1, x.tp + x.fp);
    const r = x.tp / Math.max(1, x.tp + x.fn);
    return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${(p + r ? (2 * p * r) / (p + r) : 0).toFixed(3)}`;
  };
  console.log(`CoNLL-2003 eng.testa: ${docs.length} documents, exact-match entity scores (MISC left out)`);
  for (const ty of ['PER', 'ORG', 'LOC']) {
    console.log(`  ${ty}: ${f1(per[ty])} (tp ${per[ty].tp}, fp ${per[ty].fp}, fn ${per[ty].fn})`);
    tp += per[ty].tp; fp += per[ty].fp; fn += per[ty].fn;
  }
  console.log(`  PER/ORG/LOC micro: ${f1({ tp, fp, fn })}`);
  console.log(`  speed: ${(ms / (chars / 1024)).toFixed(3)} ms per KB`);
}

/**
 * The synthetic check: an attributed quotation of six or more words, stripped of its
 * attribution and placed right after the headline, must be flagged (no silent guesses).
 */
function evalSynthetic(): void {
  const docs = loadPolnear();
  if (!docs) return;
  let n = 0, flagged = 0;
  const misses: string[] = [];
  for (const doc of docs) {
    const cut = doc.text.indexOf('\n\n');
    if (cut < 0) continue;
    for (const g of doc.quote_mark_spans) {
      if (g.label !== 'attributed' || g.n_words < 6) continue;
      const text = `${doc.text.slice(0, cut)}\n\n${g.text}${doc.text.slice(cut)}`;
      const a = analyze(text);
      const at = cut + 2;
      const qi = a.quotes.findIndex((q) => q.start === at);
      n++;
      if (qi >= 0 && a.diagnostics.some((d) => d.code === 'unattributed-quote' && d.quote === qi)) flagged++;
      else if (verbose && misses.length < 60) {
        const q = a.quotes[qi];
        misses.push(`${doc.doc_id} ${JSON.stringify(g.text.slice(0, 50))} -> ${q ? `${q.kind} ${q.speaker?.name ?? 'no speaker'} [${q.evidence?.rule ?? q.reason}]` : 'not found'}`);
      }
    }
  }
  console.log(`Synthetic (PolNeAR ${split}): ${flagged}/${n} attributed quotations of 6+ words, stripped and placed after the headline, flagged (${(flagged / Math.max(1, n)).toFixed(3)})`);
  if (verbose) console.log(misses.map((m) => `    ${m}`).join('\n'));
}

const only = process.argv.find((x) => x.endsWith('-only'));
const want = (name: string): boolean => !only || only === `--${name}-only`;
if (want('polnear')) evalPolnear();
if (want('conll') && split === 'dev') evalConll();
if (want('synthetic')) evalSynthetic();
if (want('gum')) evalGum(dataDir, split, verbose);
if (want('diverse') && split === 'dev') evalDiverse(dataDir, verbose);
