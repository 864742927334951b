// The entity model's training data: every entity the engine lists in a document with labelled
// names (GUM, CoNLL-2003 eng.testa, wikigold), labelled right when most of its name mentions are
// labelled names of its type (exact span), as eval/gum.ts and eval/conll.ts score them.
// Features are the engine's own (src/core/entities/confidence.ts): no words of the corpora.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../src/core/analyze';
import { entityFeatures } from '../src/core/entities/confidence';
import type { AnalyzeOptions, EntityType } from '../src/core/types';
import { readConll } from './conll';
import { dataDir } from './data';

export interface EntityExample {
  readonly f: Record<string, number>;
  readonly y: 0 | 1;
  /** Its name mentions that are labelled names of its type, and its name mentions scored. */
  readonly tp: number;
  readonly n: number;
}

export interface EntityCorpus { readonly examples: EntityExample[]; readonly gold: number }

interface GoldDoc { text: string; gold: Array<{ start: number; end: number; type: string }>; ignore: Array<{ start: number; end: number }>; count: number }

const TYPE: Record<EntityType, string> = { person: 'PER', organization: 'ORG', place: 'LOC' };

function examplesOf(docs: readonly GoldDoc[], options: AnalyzeOptions): EntityCorpus {
  const examples: EntityExample[] = [];
  let gold = 0;
  for (const d of docs) {
    gold += d.count;
    const key = (s: { start: number; end: number }): string => `${s.start}:${s.end}`;
    const goldAt = new Map(d.gold.map((g) => [key(g), g.type]));
    const ignored = new Set(d.ignore.map(key));
    const a = analyze(d.text, { ...options, allEntities: true });
    for (const e of a.entities) {
      let tp = 0, n = 0;
      for (const m of e.mentions) {
        if (m.kind === 'pronoun' || m.kind === 'role') continue;
        const g = goldAt.get(key(m));
        if (g === TYPE[e.type]) { tp++; n++; continue; }
        if (g === undefined && ignored.has(key(m))) continue;
        n++;
      }
      if (n) examples.push({ f: entityFeatures(e, d.text), y: tp * 2 >= n ? 1 : 0, tp, n });
    }
  }
  return { examples, gold };
}

/** GUM, train and dev: the named people, organisations and places (alternative spans count). */
export function gumCorpus(options: AnalyzeOptions = {}): EntityCorpus | null {
  const docs: GoldDoc[] = [];
  for (const split of ['train', 'dev']) {
    const file = path.join(dataDir, 'gum', `gum-${split}.jsonl`);
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
      const doc = JSON.parse(line) as { text: string; entities: Array<{ start: number; end: number; type: string; named: boolean; nested_in_name?: boolean; alt_spans: [number, number][] }> };
      const scored = (t: string): boolean => t === 'person' || t === 'organization' || t === 'place';
      const gold: GoldDoc['gold'] = [];
      const ignore: GoldDoc['ignore'] = [];
      let count = 0;
      for (const e of doc.entities) {
        if (!scored(e.type)) continue;
        // (An alternative span of a labelled name is as good as its main span.)
        const spans = [[e.start, e.end], ...e.alt_spans];
        if (e.named && !e.nested_in_name) { count++; for (const [start, end] of spans) gold.push({ start, end, type: TYPE[e.type as EntityType] }); }
        else for (const [start, end] of spans) ignore.push({ start, end });
      }
      docs.push({ text: doc.text, gold, ignore, count });
    }
  }
  return docs.length ? examplesOf(docs, options) : null;
}

/** A CoNLL-format file (eval/conll.ts reads it), its labelled names as character spans. */
export function conllCorpus(file: string, tagColumn: number, options: AnalyzeOptions = {}): EntityCorpus | null {
  if (!existsSync(file)) return null;
  const docs: GoldDoc[] = readConll(file, tagColumn).map((d) => {
    const gold = d.chunks.map((c) => ({ start: d.offs[c.from], end: d.offs[c.to - 1] + d.tokens[c.to - 1].length, type: c.type }));
    return { text: d.text, gold, ignore: [], count: gold.length };
  });
  return docs.length ? examplesOf(docs, options) : null;
}

export const conllFile = (): string => path.join(dataDir, 'conll2003', 'eng.testa');
export const wikigoldFile = (): string => path.join(dataDir, 'wikigold', 'wikigold.conll.txt');
