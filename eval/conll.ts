// CoNLL-2003 eng.testa (Reuters): PER/ORG/LOC entity F1, exact match (conlleval style).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../src/core/analyze';
import type { EntityType } from '../src/core/types';
import { dataDir } from './data';

const TYPE: Record<EntityType, string> = { person: 'PER', organization: 'ORG', place: 'LOC' };

export interface ConllFigures { p: number; r: number; f: number }

/** One document of a CoNLL-format file: its tokens joined by spaces, sentences as paragraphs. */
export interface ConllDoc {
  readonly tokens: readonly string[];
  readonly text: string;
  /** Each token's offset in the text. */
  readonly offs: readonly number[];
  /** The labelled names (MISC left out), by token: [from, to). */
  readonly chunks: ReadonlyArray<{ from: number; to: number; type: string }>;
}

/**
 * Reads a CoNLL-format file: a token per line with its tag in column `tagColumn` (IOB1 or
 * IOB2), a blank line between sentences, -DOCSTART- between documents.
 */
export function readConll(file: string, tagColumn: number): ConllDoc[] {
  const raw: { tokens: string[]; tags: string[]; sentenceStarts: number[] }[] = [];
  let cur: { tokens: string[]; tags: string[]; sentenceStarts: number[] } | null = null;
  let newSentence = true;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) { cur = { tokens: [], tags: [], sentenceStarts: [] }; raw.push(cur); newSentence = true; continue; }
    if (!line.trim()) { newSentence = true; continue; }
    if (!cur) { cur = { tokens: [], tags: [], sentenceStarts: [] }; raw.push(cur); }
    const parts = line.split(' ');
    if (newSentence) { cur.sentenceStarts.push(cur.tokens.length); newSentence = false; }
    cur.tokens.push(parts[0]);
    cur.tags.push(parts[tagColumn] ?? 'O');
  }
  return raw.filter((d) => d.tokens.length).map((d) => {
    let text = '';
    const offs: number[] = [];
    const starts = new Set(d.sentenceStarts);
    d.tokens.forEach((t, i) => {
      if (i > 0) text += starts.has(i) ? '\n\n' : ' ';
      offs.push(text.length);
      text += t;
    });
    const chunks: Array<{ from: number; to: number; type: string }> = [];
    let start = -1;
    let type = '';
    const close = (i: number): void => { if (start >= 0 && type !== 'MISC') chunks.push({ from: start, to: i, type }); start = -1; type = ''; };
    d.tags.forEach((t, i) => {
      if (t === 'O') { close(i); return; }
      const [bio, ty] = t.split('-');
      if (bio === 'B' || ty !== type) { close(i); start = i; type = ty; }
    });
    close(d.tags.length);
    return { tokens: d.tokens, text, offs, chunks };
  });
}

export function evalConll(quiet = false): ConllFigures | null {
  const log = quiet ? (): void => undefined : console.log;
  const file = path.join(dataDir, 'conll2003', 'eng.testa');
  if (!existsSync(file)) {
    log(`CoNLL-2003: skipped, no data at ${file}`);
    return null;
  }
  const docs = readConll(file, 3);
  const per: Record<string, { tp: number; fp: number; fn: number }> = { PER: { tp: 0, fp: 0, fn: 0 }, ORG: { tp: 0, fp: 0, fn: 0 }, LOC: { tp: 0, fp: 0, fn: 0 } };
  let ms = 0;
  let chars = 0;
  for (const d of docs) {
    const { text, offs } = d;
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
    const gold = new Set(d.chunks.map((c) => `${c.from}:${c.to}:${c.type}`));
    for (const c of predChunks) { const ty = c.split(':')[2]; if (gold.has(c)) per[ty].tp++; else per[ty].fp++; }
    for (const c of gold) { if (!predChunks.has(c)) per[c.split(':')[2]].fn++; }
  }
  let tp = 0, fp = 0, fn = 0;
  const f1 = (x: { tp: number; fp: number; fn: number }): string => {
    const p = x.tp / Math.max(1, x.tp + x.fp);
    const r = x.tp / Math.max(1, x.tp + x.fn);
    return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${(p + r ? (2 * p * r) / (p + r) : 0).toFixed(3)}`;
  };
  log(`CoNLL-2003 eng.testa: ${docs.length} documents, exact-match entity scores (MISC left out)`);
  for (const ty of ['PER', 'ORG', 'LOC']) {
    log(`  ${ty}: ${f1(per[ty])} (tp ${per[ty].tp}, fp ${per[ty].fp}, fn ${per[ty].fn})`);
    tp += per[ty].tp; fp += per[ty].fp; fn += per[ty].fn;
  }
  log(`  PER/ORG/LOC micro: ${f1({ tp, fp, fn })}`);
  log(`  speed: ${(ms / (chars / 1024)).toFixed(3)} ms per KB`);
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, tp + fn);
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}
