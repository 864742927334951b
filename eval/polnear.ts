// PolNeAR (US political news): speaker accuracy on attributed quotations, attributed quotations
// wrongly flagged unattributed, non-speech quoted spans flagged, quotation detection.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../src/core/analyze';
import type { Analysis } from '../src/core/types';
import { dataDir, polnearFile, readJsonl } from './data';

interface Seg { start: number; end: number; text: string }
interface GoldQuote extends Seg {
  label: 'attributed' | 'no_source' | 'not_reported_speech';
  speaker: Seg[] | null;
  n_words: number;
}
interface Doc { doc_id: string; text: string; quote_mark_spans: GoldQuote[] }

/**
 * The predicted quotation a gold span matches: the one with the largest overlap / union, at
 * least 0.5, not matched before (`used`, which it adds to); -1 for none.
 */
export function matchQuote(quotes: readonly { start: number; end: number }[], g: { start: number; end: number }, used: Set<number>): number {
  let best = -1;
  let bestScore = 0;
  quotes.forEach((q, i) => {
    if (used.has(i)) return;
    const o = overlap(q, g);
    const u = Math.max(q.end, g.end) - Math.min(q.start, g.start);
    const s = u > 0 ? o / u : 0;
    if (s >= 0.5 && s > bestScore) { best = i; bestScore = s; }
  });
  if (best >= 0) used.add(best);
  return best;
}

export function loadPolnear(split: 'train' | 'dev'): Doc[] | null {
  const file = polnearFile(split);
  return existsSync(file) ? readJsonl<Doc>(file) : null;
}

const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/g, ' ').trim();
const overlap = (a: Seg | { start: number; end: number }, b: { start: number; end: number }): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

export interface PolnearFigures { strict: number; relaxed: number; wronglyFlagged: number; recall: number }

export function evalPolnear(split: 'train' | 'dev', verbose: boolean, quiet = false): PolnearFigures | null {
  const log = quiet ? (): void => undefined : console.log;
  const docs = loadPolnear(split);
  if (!docs) {
    log(`PolNeAR: skipped, no data at ${path.join(dataDir, 'polnear', 'derived')}`);
    return null;
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
      const best = matchQuote(a.quotes, g, used);
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
  log(`PolNeAR ${split}: ${docs.length} articles, ${goldQuotes} reported-speech quotation spans (${attributed} attributed, ${noSource} no source), ${nonSpeech} non-speech spans`);
  log(`  quotation detection: ${matchedQuotes}/${goldQuotes} gold found as direct (recall ${pct(matchedQuotes, goldQuotes)}), ${predQuotes} predicted direct`);
  log(`  speaker accuracy (attributed, matched): relaxed ${pct(speakerRelaxed, matchedAttributed)} (${speakerRelaxed}/${matchedAttributed}), strict span overlap ${pct(speakerStrict, matchedAttributed)}; >=4 words: ${pct(speaker4, attributed4)}`);
  log(`  attributed quotations wrongly flagged unattributed: ${pct(wronglyFlagged, matchedAttributed)} (${wronglyFlagged}/${matchedAttributed})`);
  log(`  non-speech quoted spans flagged: ${pct(nonSpeechFlagged, nonSpeech)} (${nonSpeechFlagged}/${nonSpeech}); no-source quotations flagged: ${noSourceFlagged}/${noSource}`);
  log(`  non-speech quoted spans given a speaker anyway: ${pct(nonSpeechWithSpeaker, nonSpeech)} (${nonSpeechWithSpeaker}/${nonSpeech})`);
  log(`  speed: ${(ms / (chars / 1024)).toFixed(3)} ms per KB`);
  if (verbose) log(errors.join('\n'));
  return { strict: speakerStrict / Math.max(1, matchedAttributed), relaxed: speakerRelaxed / Math.max(1, matchedAttributed), wronglyFlagged: wronglyFlagged / Math.max(1, matchedAttributed), recall: matchedQuotes / Math.max(1, goldQuotes) };
}
