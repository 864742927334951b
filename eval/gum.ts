// GUM (15 genres): named-entity precision, recall and F1 per type and genre, a breakdown of the
// false positives, and quotation recall. Scored as gum/README.md says: a prediction matching a
// gold name's full span or any of its alt spans, with the right type, is right; the four
// "don't care" kinds (indefinite, group, title_only, coordination) and names nested inside
// another name are neither right nor wrong.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../src/core/analyze';
import type { EntityType } from '../src/core/types';

interface GumEntity {
  start: number; end: number; text: string; type: string; named: boolean; named_reason: string;
  alt_spans: [number, number][]; nested_in_name: boolean;
}
interface GumDoc { id: string; genre: string; text: string; entities: GumEntity[]; quotes: { start: number; end: number; has_marks: boolean }[] }

const SCORED = new Set(['person', 'organization', 'place']);
const DONT_CARE = new Set(['indefinite', 'group', 'title_only', 'coordination']);
const T: Record<string, string> = { person: 'PER', organization: 'ORG', place: 'LOC' };

interface Counts { tp: number; fp: number; fn: number }
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}
const fmt = (c: Counts): string => { const { p, r, f } = prf(c); return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f.toFixed(3)}`; };

export interface GumFigures { micro: Counts; byType: Record<string, Counts>; quoteRecall: number }

export function evalGum(dataDir: string, split: 'dev' | 'train', verbose: boolean, quiet = false): GumFigures | null {
  const log = quiet ? (): void => undefined : console.log;
  const file = path.join(dataDir, 'gum', `gum-${split}.jsonl`);
  if (!existsSync(file)) { log(`GUM: skipped, no data at ${file}`); return null; }
  const docs = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as GumDoc);
  const byGenre = new Map<string, Record<string, Counts>>();
  const total: Record<string, Counts> = { PER: zero(), ORG: zero(), LOC: zero() };
  const fpKinds = new Map<string, number>();
  const fpExamples = new Map<string, string[]>();
  let marked = 0, markedFound = 0, markedDirect = 0;
  for (const d of docs) {
    const a = analyze(d.text);
    const g = byGenre.get(d.genre) ?? { PER: zero(), ORG: zero(), LOC: zero() };
    byGenre.set(d.genre, g);
    const gold = d.entities.filter((e) => e.named && SCORED.has(e.type) && !e.nested_in_name);
    const ignore = d.entities.filter((e) => SCORED.has(e.type) && (e.nested_in_name || (!e.named && DONT_CARE.has(e.named_reason))));
    const spansOf = (e: GumEntity): [number, number][] => [[e.start, e.end], ...e.alt_spans];
    const used = new Set<GumEntity>();
    const preds = a.entities.flatMap((e) => e.mentions.filter((m) => m.kind !== 'pronoun' && m.kind !== 'role').map((m) => ({ start: m.start, end: m.end, text: m.text, type: T[e.type as EntityType] })));
    for (const p of preds) {
      const exact = gold.find((e) => !used.has(e) && spansOf(e).some(([s, en]) => s === p.start && en === p.end));
      if (exact && T[exact.type] === p.type) { used.add(exact); g[p.type].tp++; total[p.type].tp++; continue; }
      if (!exact && ignore.some((e) => spansOf(e).some(([s, en]) => s === p.start && en === p.end))) continue;
      g[p.type].fp++; total[p.type].fp++;
      let kind: string;
      if (exact) kind = 'wrong type';
      else if (gold.some((e) => e.start < p.end && p.start < e.end)) kind = 'wrong boundary';
      else if (d.entities.some((e) => e.named && !SCORED.has(e.type) && e.start < p.end && p.start < e.end)) kind = 'a work, event, law or product';
      else if (d.entities.some((e) => SCORED.has(e.type) && e.start < p.end && p.start < e.end)) kind = 'a description, group or title, not a name';
      else kind = 'not a name at all';
      fpKinds.set(kind, (fpKinds.get(kind) ?? 0) + 1);
      const ex = fpExamples.get(kind) ?? [];
      if (ex.length < 400) ex.push(`${d.genre}: ${JSON.stringify(p.text)} as ${p.type}`);
      fpExamples.set(kind, ex);
    }
    for (const e of gold) if (!used.has(e)) { g[T[e.type]].fn++; total[T[e.type]].fn++; }
    for (const q of d.quotes) {
      if (!q.has_marks) continue;
      marked++;
      const half = (q.end - q.start) / 2;
      const hit = a.quotes.filter((p) => Math.min(p.end, q.end) - Math.max(p.start, q.start) >= half);
      if (hit.length) markedFound++;
      if (hit.some((p) => p.kind === 'direct')) markedDirect++;
    }
  }
  const micro = { tp: 0, fp: 0, fn: 0 };
  for (const c of Object.values(total)) { micro.tp += c.tp; micro.fp += c.fp; micro.fn += c.fn; }
  log(`GUM ${split}: ${docs.length} documents, named PER/ORG/LOC (exact span or alt span, with type)`);
  for (const [genre, c] of [...byGenre].sort()) {
    const m = { tp: 0, fp: 0, fn: 0 };
    for (const x of Object.values(c)) { m.tp += x.tp; m.fp += x.fp; m.fn += x.fn; }
    log(`  ${genre.padEnd(13)} micro ${fmt(m)} | PER ${prf(c.PER).f.toFixed(2)} ORG ${prf(c.ORG).f.toFixed(2)} LOC ${prf(c.LOC).f.toFixed(2)}`);
  }
  for (const ty of ['PER', 'ORG', 'LOC']) log(`  ${ty}: ${fmt(total[ty])} (tp ${total[ty].tp}, fp ${total[ty].fp}, fn ${total[ty].fn})`);
  log(`  micro: ${fmt(micro)}`);
  const fpAll = [...fpKinds.values()].reduce((x, y) => x + y, 0);
  log(`  false positives (${fpAll}): ${[...fpKinds].sort((x, y) => y[1] - x[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  log(`  quotations with marks: ${markedFound}/${marked} found (recall ${(markedFound / Math.max(1, marked)).toFixed(3)}), ${markedDirect} as direct speech`);
  if (verbose) for (const [k, ex] of fpExamples) log(`  -- ${k}:\n    ${ex.join('\n    ')}`);
  return { micro, byType: total, quoteRecall: markedFound / Math.max(1, marked) };
}
