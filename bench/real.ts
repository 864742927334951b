// The benchmark on real copy: every development document found in ../shared/data (PolNeAR dev,
// diverse-news, the news-dev parts, GUM dev), each timed on its own, the median of several
// rounds. Prints ms per KB overall and per corpus, and p50 / p95 / max per article. With two
// engines, both are timed on the same texts interleaved (the order alternating by round), so a
// ratio is not the machine's load changing between two runs.
import type { Doc } from '../eval/data';

export interface Engine { readonly name: string; readonly analyze: (text: string) => unknown }

export interface RealFigures {
  /** Total ms over total KB. */
  readonly msPerKb: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
  readonly docs: number;
  readonly kb: number;
}

function quantile(sorted: readonly number[], q: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

function median(xs: readonly number[]): number {
  return quantile([...xs].sort((a, b) => a - b), 0.5);
}

function figures(docs: readonly Doc[], ms: readonly number[]): RealFigures {
  const kb = docs.reduce((n, d) => n + d.text.length, 0) / 1024;
  const total = ms.reduce((n, x) => n + x, 0);
  const sorted = [...ms].sort((a, b) => a - b);
  return { msPerKb: total / kb, p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), max: sorted[sorted.length - 1] ?? 0, docs: docs.length, kb };
}

/** Warm-up passes over the real texts before anything is timed. */
export const WARMUPS = 3;

/**
 * Times every engine on every document, `rounds` times, interleaved; returns each engine's
 * figures per corpus and over all ('all').
 */
export function timeReal(engines: readonly Engine[], sets: Record<string, readonly Doc[]>, rounds: number, warmups = WARMUPS): Map<string, Record<string, RealFigures>> {
  const names = Object.keys(sets);
  const all = names.flatMap((n) => sets[n].map((d) => ({ set: n, doc: d })));
  // Warm-up: passes of every engine over everything (the JIT, the lexicon's lazy tables). One
  // was not enough: an engine built at fa3d59d measured 0.49 ms/KB in its first timed pass alone
  // and 0.23 in its third, so a one-pass warm-up compared a cold engine with a warm one.
  for (let w = 0; w < warmups; w++) for (const e of engines) for (const { doc } of all) e.analyze(doc.text);
  const times = engines.map(() => all.map(() => [] as number[]));
  for (let r = 0; r < rounds; r++) {
    all.forEach(({ doc }, i) => {
      for (let k = 0; k < engines.length; k++) {
        const j = r % 2 === 0 ? k : engines.length - 1 - k;
        const t0 = performance.now();
        engines[j].analyze(doc.text);
        times[j][i].push(performance.now() - t0);
      }
    });
  }
  const out = new Map<string, Record<string, RealFigures>>();
  engines.forEach((e, j) => {
    const per = times[j].map(median);
    const rec: Record<string, RealFigures> = {};
    for (const n of names) {
      const idx = all.map((x, i) => (x.set === n ? i : -1)).filter((i) => i >= 0);
      rec[n] = figures(idx.map((i) => all[i].doc), idx.map((i) => per[i]));
    }
    rec.all = figures(all.map((x) => x.doc), per);
    out.set(e.name, rec);
  });
  return out;
}

const row = (name: string, f: RealFigures): string =>
  `  ${name.padEnd(14)} ${String(f.docs).padStart(4)} docs ${f.kb.toFixed(0).padStart(5)} KB  ${f.msPerKb.toFixed(3)} ms/KB   per article p50 ${f.p50.toFixed(2)} ms, p95 ${f.p95.toFixed(2)} ms, max ${f.max.toFixed(2)} ms`;

/** Prints one engine's table, or two engines' side by side with the ratio of the first to the second. */
export function printReal(result: Map<string, Record<string, RealFigures>>): void {
  const [first, second] = [...result.keys()];
  const a = result.get(first)!;
  if (!second) {
    for (const [n, f] of Object.entries(a)) console.log(row(n, f));
    return;
  }
  const b = result.get(second)!;
  console.log(`  ${''.padEnd(14)} ${first.padStart(22)} ${second.padStart(22)}   ratio (ms/KB; p95)`);
  for (const n of Object.keys(a)) {
    const x = a[n];
    const y = b[n];
    console.log(`  ${n.padEnd(14)} ${`${x.msPerKb.toFixed(3)} ms/KB`.padStart(22)} ${`${y.msPerKb.toFixed(3)} ms/KB`.padStart(22)}   ${(x.msPerKb / y.msPerKb).toFixed(2)}x; ${(x.p95 / y.p95).toFixed(2)}x`);
  }
}
