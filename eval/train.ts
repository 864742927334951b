// npm run train: fits the attribution model (src/core/attribution/confidence.ts) on the development data in
// ../shared/data and writes src/core/model/attribution.json. Deterministic: the same data gives
// the same weights (IRLS, no random start). Prints, for each corpus left out in turn, the
// figures of a model trained on the others (accuracy, calibration error, a reliability table,
// how many attributions reach 0.9 and how often those are right), then the in-sample figures.
//   --dry-run   prints the figures and writes nothing
// The examples: every quotation the engine attributes that matches a labelled quotation with a
// speaker; the label: the speaker is right by the scorers' strict test (the mention is one of
// the right ones, or names the right entity). Features are the engine's own rule ids and
// measures, never a word of the corpora.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../src/core/analyze';
import { attributionScorer, score, type ConfidenceModel, type Features } from '../src/core/attribution/confidence';
import type { Analysis } from '../src/core/types';
import { NEWS_DEV_PARTS, dataDir, diverseFile, newsDevFile, polnearFile, readJsonl } from './data';
import { matchGold, strictSpeaker } from './diverse';
import { matchQuote } from './polnear';

interface Example { readonly f: Features; readonly y: 0 | 1 }
type Span = { start: number; end: number };
const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** PolNeAR, matched and judged as eval/polnear.ts scores it: right when the mention overlaps a gold source span. */
function polnearExamples(): Example[] {
  const out: Example[] = [];
  for (const split of ['train', 'dev'] as const) {
    const docs = readJsonl<{ text: string; quote_mark_spans: { start: number; end: number; label: string; speaker: Span[] | null }[] }>(polnearFile(split));
    for (const d of docs) {
      const a = analyze(d.text);
      const featuresOf = attributionScorer(a.entities, a.structure, d.text);
      const used = new Set<number>();
      for (const g of d.quote_mark_spans) {
        const best = matchQuote(a.quotes, g, used);
        if (g.label !== 'attributed' || best < 0) continue;
        const q = a.quotes[best];
        const f = featuresOf(q);
        const m = q.speaker?.mention;
        if (f) out.push({ f, y: m && (g.speaker ?? []).some((s) => overlaps(s, m)) ? 1 : 0 });
      }
    }
  }
  return out;
}

/** diverse-news and news-dev, matched and judged as eval/diverse.ts scores them (strict). */
function diverseExamples(file: string): Example[] {
  const out: Example[] = [];
  const docs = readJsonl<{ text: string; quotes: { start: number; end: number; speech: boolean; speaker: string | null; speaker_spans: [number, number][] }[] }>(file);
  for (const d of docs) {
    const a: Analysis = analyze(d.text);
    const featuresOf = attributionScorer(a.entities, a.structure, d.text);
    for (const g of d.quotes) {
      if (!g.speech || !g.speaker) continue;
      const i = matchGold(a.quotes, g);
      const q = i >= 0 ? a.quotes[i] : undefined;
      const f = q && q.kind === 'direct' ? featuresOf(q) : null;
      if (q && f) out.push({ f, y: strictSpeaker(a, q, g) ? 1 : 0 });
    }
  }
  return out;
}

/** Solves A x = b (A symmetric positive definite, small) by Gaussian elimination with partial pivoting. */
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    [M[c], M[p]] = [M[p], M[c]];
    for (let r = c + 1; r < n; r++) {
      const k = M[r][c] / M[c][c];
      for (let j = c; j <= n; j++) M[r][j] -= k * M[c][j];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r][n];
    for (let j = r + 1; j < n; j++) s -= M[r][j] * x[j];
    x[r] = s / M[r][r];
  }
  return x;
}

/** L2-regularised logistic regression by iteratively reweighted least squares (the bias unpenalised). */
function fit(examples: readonly Example[], lambda = 1): ConfidenceModel {
  const features = [...new Set(examples.flatMap((e) => Object.keys(e.f)))].sort();
  const n = features.length + 1; // the last column is the bias
  const X = examples.map((e) => [...features.map((k) => e.f[k] ?? 0), 1]);
  const y = examples.map((e) => e.y);
  let w = new Array<number>(n).fill(0);
  for (let it = 0; it < 25; it++) {
    const H = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    const g = new Array<number>(n).fill(0);
    X.forEach((x, i) => {
      const p = 1 / (1 + Math.exp(-x.reduce((s, v, j) => s + v * w[j], 0)));
      const r = p * (1 - p);
      for (let j = 0; j < n; j++) {
        if (!x[j]) continue;
        g[j] += (p - y[i]) * x[j];
        for (let k = 0; k < n; k++) if (x[k]) H[j][k] += r * x[j] * x[k];
      }
    });
    for (let j = 0; j < n - 1; j++) { g[j] += lambda * w[j]; H[j][j] += lambda; }
    H[n - 1][n - 1] += 1e-9;
    const step = solve(H, g);
    w = w.map((v, j) => v - step[j]);
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  return { version: 1, features, weights: w.slice(0, -1).map((v) => Math.round(v * 1e5) / 1e5), bias: Math.round(w[n - 1] * 1e5) / 1e5 };
}

interface Figures { n: number; accuracy: number; ece: number; cover90: number; acc90: number; table: string[] }

/** Accuracy, expected calibration error over ten bins, the reliability table, and the 0.9 band. */
function figuresOf(examples: readonly Example[], m: ConfidenceModel): Figures {
  const bins = Array.from({ length: 10 }, () => ({ n: 0, conf: 0, right: 0 }));
  let right = 0, n90 = 0, right90 = 0;
  for (const e of examples) {
    const c = score(e.f, m);
    const b = bins[Math.min(9, Math.floor(c * 10))];
    b.n++; b.conf += c; b.right += e.y;
    right += e.y;
    if (c >= 0.9) { n90++; right90 += e.y; }
  }
  const N = Math.max(1, examples.length);
  const ece = bins.reduce((s, b) => s + (b.n ? (b.n / N) * Math.abs(b.conf / b.n - b.right / b.n) : 0), 0);
  const table = bins.map((b, i) => (b.n ? `${(i / 10).toFixed(1)}-${((i + 1) / 10).toFixed(1)}: ${String(b.n).padStart(5)} attributions, mean confidence ${(b.conf / b.n).toFixed(3)}, right ${(b.right / b.n).toFixed(3)}` : '')).filter(Boolean);
  return { n: examples.length, accuracy: right / N, ece, cover90: n90 / N, acc90: n90 ? right90 / n90 : 0, table };
}

const line = (name: string, f: Figures): string =>
  `  ${name.padEnd(14)} ${String(f.n).padStart(5)} attributions  right ${f.accuracy.toFixed(3)}  ECE ${f.ece.toFixed(3)}  confidence >= 0.9: ${(f.cover90 * 100).toFixed(0)}% of them, right ${f.acc90.toFixed(3)}`;

function main(): void {
  const corpora: Record<string, Example[]> = { polnear: polnearExamples(), 'diverse-news': diverseExamples(diverseFile()) };
  for (const p of NEWS_DEV_PARTS) corpora[`news-dev-${p.slice(-1)}`] = diverseExamples(newsDevFile(p));
  for (const k of Object.keys(corpora)) if (!corpora[k].length) delete corpora[k];
  const names = Object.keys(corpora);
  if (names.length < 2) {
    console.log(`train: too little development data at ${dataDir} (need at least two corpora)`);
    process.exit(2);
  }
  console.log('Attribution confidence, each corpus left out (trained on the others):');
  const pooled: { e: Example; c: number }[] = [];
  for (const held of names) {
    const m = fit(names.filter((x) => x !== held).flatMap((x) => corpora[x]));
    console.log(line(held, figuresOf(corpora[held], m)));
    for (const e of corpora[held]) pooled.push({ e, c: score(e.f, m) });
  }
  const all = names.flatMap((x) => corpora[x]);
  const model = fit(all);
  // The pooled left-out predictions: the reliability table of confidences never fitted on their own corpus.
  const loco = figuresOf(pooled.map((p) => p.e), { version: 1, features: [], weights: [], bias: 0 });
  const bins = Array.from({ length: 10 }, () => ({ n: 0, conf: 0, right: 0 }));
  for (const { e, c } of pooled) { const b = bins[Math.min(9, Math.floor(c * 10))]; b.n++; b.conf += c; b.right += e.y; }
  const N = pooled.length;
  const ece = bins.reduce((s, b) => s + (b.n ? (b.n / N) * Math.abs(b.conf / b.n - b.right / b.n) : 0), 0);
  const n90 = pooled.filter((p) => p.c >= 0.9);
  console.log(`  all, left out  ${String(N).padStart(5)} attributions  right ${loco.accuracy.toFixed(3)}  ECE ${ece.toFixed(3)}  confidence >= 0.9: ${((n90.length / N) * 100).toFixed(0)}% of them, right ${(n90.filter((p) => p.e.y).length / Math.max(1, n90.length)).toFixed(3)}`);
  console.log('  reliability (pooled left-out predictions):');
  bins.forEach((b, i) => { if (b.n) console.log(`    ${(i / 10).toFixed(1)}-${((i + 1) / 10).toFixed(1)}: ${String(b.n).padStart(5)} attributions, mean confidence ${(b.conf / b.n).toFixed(3)}, right ${(b.right / b.n).toFixed(3)}`); });
  const inSample = figuresOf(all, model);
  console.log('In sample (the shipped model, trained on all):');
  console.log(line('all', inSample));
  const out = {
    ...model,
    trainedOn: names.map((x) => `${x} (${corpora[x].length})`),
    leftOutFigures: { attributions: N, ece: Math.round(ece * 1000) / 1000, cover90: Math.round((n90.length / N) * 1000) / 1000, right90: Math.round((n90.filter((p) => p.e.y).length / Math.max(1, n90.length)) * 1000) / 1000 },
    note: 'Written by npm run train (eval/train.ts). Features are the engine\'s rule ids and measures, no words.',
  };
  const file = path.resolve(__dirname, '..', 'src', 'core', 'model', 'attribution.json');
  if (process.argv.includes('--dry-run')) { console.log(`(dry run: ${file} not written)`); return; }
  const text = `${JSON.stringify(out, null, 1)}\n`;
  if (process.argv.includes('--check')) {
    // (For the unit test: the committed weights must be what training produces.)
    const same = readFileSync(file, 'utf8') === text;
    console.log(same ? `${path.relative(process.cwd(), file)} is what training produces` : `${path.relative(process.cwd(), file)} is stale: run npm run train and commit it`);
    process.exit(same ? 0 : 1);
  }
  writeFileSync(file, text);
  console.log(`wrote ${path.relative(process.cwd(), file)} (${model.features.length} features)`);
}

main();
