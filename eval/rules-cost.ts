// npm run rules:cost: what each rule costs and what it earns. For every rule with a method the
// engine calls (attribution cue and context rules, entity reject, split, title and typing rules,
// the sourcing checks): its share of the engine's time over the real development texts, and the
// change in each corpus's headline figure when the rule is turned off (figure with the rule minus
// figure without: positive means the rule earns that much). Prints; asserts nothing.
//   --only ID[,ID]   just these rules        --markdown   a Markdown table
//   --time           the time column alone, most costly first (seconds, not the half hour of
//                    turning each rule off against every corpus)
// The figures: strict speaker accuracy on PolNeAR dev, diverse-news and the news-dev parts;
// entity F1 on GUM dev and CoNLL-2003 eng.testa.
import { analyze } from '../src/core/analyze';
import { CONTEXT_RULES, CUE_RULES, pullQuote, quotationEnd, termOfSubject } from '../src/core/attribution/rules';
import { CHECK_RULES } from '../src/core/checks';
import { REJECT_RULES, SPLIT_RULES, TYPE_RULES, titleCue, trimEdges } from '../src/core/entities/recognizers';
import { evalConll } from './conll';
import { NEWS_DEV_PARTS, dataDir, newsDevFile, realTexts } from './data';
import { evalDiverse } from './diverse';
import { evalGum } from './gum';
import { evalPolnear } from './polnear';

/** A rule as the table sees it: its id, its stage, the method the engine calls and what that method answers when the rule is off. */
interface Entry {
  readonly id: string;
  readonly stage: string;
  readonly owner: Record<string, unknown>;
  readonly method: string;
  /** The method's answer when the rule is off; undefined: the rule cannot be turned off (the pipeline needs it). */
  readonly off?: (...args: unknown[]) => unknown;
}

function entries(): Entry[] {
  const out: Entry[] = [];
  const add = (stage: string, rules: readonly object[], method: string, off?: (...args: unknown[]) => unknown): void => {
    for (const r of rules) out.push({ id: (r as { id: string }).id, stage, owner: r as Record<string, unknown>, method, off });
  };
  add('attribution: cue', CUE_RULES, 'find', () => null);
  add('attribution: context', [...CONTEXT_RULES, termOfSubject], 'credit', () => null);
  add('attribution: run-on', [quotationEnd], 'endsAt', () => -1);
  add('attribution: repeat', [pullQuote], 'repeats', () => -1);
  add('entities: trim', [trimEdges], 'trim');
  add('entities: reject', REJECT_RULES, 'rejects', () => false);
  add('entities: split', SPLIT_RULES, 'splitAt', () => -1);
  add('entities: title', [titleCue], 'read', (_ctx: unknown, a: unknown) => ({ a, nameStart: a, role: null, gender: null }));
  // (The last typing rule types what no other does: the scan needs an answer from it.)
  add('entities: typing', TYPE_RULES.slice(0, -1), 'type', () => null);
  add('entities: typing', TYPE_RULES.slice(-1), 'type');
  add('checks', CHECK_RULES, 'check', () => []);
  return out;
}

/** Each rule's own method, as the engine had it before the table wrapped or replaced it. */
const originals = new Map<Entry, unknown>();

/** Wraps every rule's method with a timer; returns each rule's accumulated ms. */
function instrument(list: readonly Entry[]): Map<Entry, { ms: number }> {
  const acc = new Map<Entry, { ms: number }>();
  for (const e of list) {
    const orig = e.owner[e.method] as (...args: unknown[]) => unknown;
    originals.set(e, orig);
    const box = { ms: 0 };
    acc.set(e, box);
    e.owner[e.method] = function timed(this: unknown, ...args: unknown[]): unknown {
      const t0 = performance.now();
      try { return orig.apply(this, args); } finally { box.ms += performance.now() - t0; }
    };
  }
  return acc;
}

function restore(list: readonly Entry[]): void {
  for (const e of list) if (originals.has(e)) e.owner[e.method] = originals.get(e);
}

type Figures = Record<string, number>;

/** Every corpus's headline figure with the engine as it stands. */
function figures(): Figures {
  const out: Figures = {};
  const pol = evalPolnear('dev', false, true);
  if (pol) out['polnear-dev'] = pol.strict;
  const div = evalDiverse(dataDir, false, { quiet: true });
  if (div) out['diverse-news'] = div.strict;
  for (const p of NEWS_DEV_PARTS) {
    const f = evalDiverse(dataDir, false, { quiet: true, file: newsDevFile(p), name: p });
    if (f) out[`news-dev-${p.slice(-1)}`] = f.strict;
  }
  const gum = evalGum(dataDir, 'dev', false, true);
  if (gum) {
    const { tp, fp, fn } = gum.micro;
    out['gum-dev F1'] = (2 * tp) / Math.max(1, 2 * tp + fp + fn);
  }
  const conll = evalConll(true);
  if (conll) out['conll F1'] = conll.f;
  return out;
}

function main(): void {
  const onlyAt = process.argv.indexOf('--only');
  const only = onlyAt >= 0 ? new Set((process.argv[onlyAt + 1] ?? '').split(',')) : null;
  const markdown = process.argv.includes('--markdown');
  const all = entries();
  const docs = Object.values(realTexts()).flat();
  if (!docs.length) {
    console.log(`rules:cost: no development data at ${dataDir} (set ARTICLE_LENS_DATA)`);
    return;
  }
  // Time: every rule wrapped, three passes over the real texts after a warm-up.
  for (const d of docs) analyze(d.text);
  const acc = instrument(all);
  for (const d of docs) analyze(d.text);
  for (const box of acc.values()) box.ms = 0;
  let total = 0;
  for (let r = 0; r < 3; r++) for (const d of docs) { const t0 = performance.now(); analyze(d.text); total += performance.now() - t0; }
  restore(all);
  if (process.argv.includes('--time')) {
    console.log(`Rules by their share of the engine's time on ${docs.length} real articles (${total.toFixed(0)} ms over 3 passes):`);
    for (const e of [...all].sort((x, y) => acc.get(y)!.ms - acc.get(x)!.ms)) {
      if (only && !only.has(e.id)) continue;
      console.log(`  ${((acc.get(e)!.ms / total) * 100).toFixed(1).padStart(5)}%  ${e.id}  (${e.stage})`);
    }
    return;
  }

  const base = figures();
  const cols = Object.keys(base);
  const rows: string[][] = [];
  for (const e of all) {
    if (only && !only.has(e.id)) continue;
    const share = (acc.get(e)!.ms / total) * 100;
    let deltas: string[];
    if (!e.off) deltas = cols.map(() => 'needed');
    else {
      const orig = e.owner[e.method];
      e.owner[e.method] = e.off;
      try {
        const f = figures();
        deltas = cols.map((c) => { const d = (base[c] - (f[c] ?? 0)) * 100; return Math.abs(d) < 0.05 ? '0' : `${d > 0 ? '+' : ''}${d.toFixed(1)}`; });
      } finally {
        e.owner[e.method] = orig;
      }
    }
    rows.push([e.id, e.stage, `${share.toFixed(1)}%`, ...deltas]);
  }
  const head = ['rule', 'stage', 'time', ...cols];
  console.log(`Rules: their share of the engine's time on ${docs.length} real articles, and what turning each off costs each corpus`);
  console.log(`(points of strict speaker accuracy or entity F1; + = the rule earns it). With every rule: ${cols.map((c) => `${c} ${base[c].toFixed(3)}`).join(', ')}`);
  if (markdown) {
    console.log(`| ${head.join(' | ')} |`);
    console.log(`|${head.map(() => '---').join('|')}|`);
    for (const r of rows) console.log(`| ${r.join(' | ')} |`);
    return;
  }
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]): string => r.map((x, i) => (i < 2 ? x.padEnd(width[i]) : x.padStart(width[i]))).join('  ');
  console.log(line(head));
  for (const r of rows) console.log(line(r));
}

main();
