// diverse-news: 14 real articles from other newsrooms, every quotation hand-labelled. Detection
// by mark style, strict speaker accuracy (the attributed mention must be one of the right
// mentions), speakers given with a wrong answer by tier, attributed quotations wrongly flagged,
// and unattributed ones flagged. Scored as diverse-news/README.md suggests.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../src/core/analyze';
import type { Analysis, Quote } from '../src/core/types';

interface Gold {
  start: number; end: number; text: string; marks: string; unclosed: boolean; speech: boolean;
  speaker: string | null; speaker_key: string | null; speaker_spans: [number, number][];
}
interface Doc { id: string; text: string; quotes: Gold[] }

export interface DiverseFigures { strict: number; relaxed: number; singleRecall: number; wronglyFlagged: number; unattributedFlagged: string }

/** The first predicted quotation covering at least half of a gold span, or -1. */
export function matchGold(quotes: readonly { start: number; end: number }[], g: { start: number; end: number }): number {
  const half = (g.end - g.start) / 2;
  return quotes.findIndex((q) => Math.min(q.end, g.end) - Math.max(q.start, g.start) >= half);
}

/** A personal pronoun: as a speaker's mention it is right only when it resolves to the right name. */
export const PRONOUN = /^(?:he|she|him|her|they|them|it|we|us|i|you)$/i;

/**
 * Strict, as the held-out scoring is: the attributed mention is one of the right mentions, or
 * (for a continuation, whose own mention may be an earlier one) the speaker is the entity the
 * right mentions name. A pronoun must resolve to the right name: the labels count the pronoun
 * itself among the right mentions ("he said"), but a "he" linked to the wrong person, or to
 * no one, is wrong. Right when the entity it resolves to is named by a right mention, or its
 * name holds the label's key word (by default the speaker's last word).
 */
export function strictSpeaker(a: Analysis, q: Quote, g: LabelledSpeaker): boolean {
  const sp = q.speaker;
  const mention = sp?.mention;
  if (mention && PRONOUN.test(mention.text.trim())) return isLabelledSpeaker(a, sp.entity, g);
  return (!!mention && hitsLabel(g, mention.start, mention.end)) || isLabelledSpeaker(a, sp?.entity ?? null, g, false);
}

type LabelledSpeaker = Pick<Gold, 'speaker_spans'> & Partial<Pick<Gold, 'speaker' | 'speaker_key'>>;

const hitsLabel = (g: LabelledSpeaker, s0: number, e0: number): boolean => g.speaker_spans.some(([s, e]) => s < e0 && s0 < e);

/**
 * The entity is the labelled speaker: one of its mentions (a name, not a pronoun or a role
 * noun) is a right mention, or (with `byKey`) its name holds the label's key word, by default
 * the speaker's last word. Training judges the antecedent model's proposals by it too.
 */
export function isLabelledSpeaker(a: Analysis, id: string | null, g: LabelledSpeaker, byKey = true): boolean {
  const ent = id ? a.entities.find((x) => x.id === id) : undefined;
  if (!ent) return false;
  if (ent.mentions.some((x) => x.kind !== 'pronoun' && x.kind !== 'role' && hitsLabel(g, x.start, x.end))) return true;
  const key = (g.speaker_key ?? g.speaker?.trim().split(/\s+/).pop() ?? '').toLowerCase().replace(/_/g, ' ');
  return byKey && !!key && ent.name.toLowerCase().includes(key);
}

/** Scores a set in the diverse-news format: diverse-news itself, or a news-dev part (`file`, `name`). */
export function evalDiverse(dataDir: string, verbose: boolean, opts: { file?: string; name?: string; quiet?: boolean } = {}): DiverseFigures | null {
  const log = opts.quiet ? (): void => undefined : console.log;
  const file = opts.file ?? path.join(dataDir, 'diverse-news', 'quotes.jsonl');
  const name = opts.name ?? 'diverse-news';
  if (!existsSync(file)) { log(`${name}: skipped, no data at ${file}`); return null; }
  const docs = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Doc);
  // (By mark style: double, single, and 'added' for a span whose marks the copy lost.)
  const det: Record<string, { gold: number; found: number }> = { double: { gold: 0, found: 0 }, single: { gold: 0, found: 0 } };
  let predDirect = 0, predMatched = 0, predOnN = 0;
  let sTotal = 0, sMatched = 0, strict = 0, relaxed = 0, noSpeaker = 0, flagged = 0;
  const wrongByTier: Record<string, number> = {};
  let uTotal = 0, uFlagged = 0, nGiven = 0, nTotal = 0;
  const lines: string[] = [];
  for (const d of docs) {
    const a = analyze(d.text);
    const flaggedQ = new Set(a.diagnostics.filter((x) => x.code === 'unattributed-quote').map((x) => x.quote));
    const direct = a.quotes.map((q, i) => ({ q, i })).filter(({ q }) => q.kind === 'direct');
    predDirect += direct.length;
    const matchOf = (g: Gold): { q: typeof a.quotes[number]; i: number } | undefined => {
      const i = matchGold(a.quotes, g);
      return i >= 0 ? { q: a.quotes[i], i } : undefined;
    };
    for (const p of direct) {
      const g = d.quotes.find((x) => Math.min(p.q.end, x.end) - Math.max(p.q.start, x.start) >= (x.end - x.start) / 2);
      if (g?.speech) predMatched++;
      else if (g) predOnN++;
    }
    for (const g of d.quotes) {
      const m = matchOf(g);
      if (!g.speech) {
        nTotal++;
        if (m && m.q.kind === 'direct' && m.q.speaker) {
          nGiven++;
          if (verbose) lines.push(`${d.id} NOT SPEECH given ${JSON.stringify(m.q.speaker.name)}: ${JSON.stringify(g.text.slice(0, 50))} [${m.q.evidence?.rule}/${m.q.evidence?.tier}]`);
        }
        continue;
      }
      det[g.marks] ??= { gold: 0, found: 0 };
      det[g.marks].gold++;
      const found = !!m && m.q.kind === 'direct';
      if (found) det[g.marks].found++;
      if (!g.speaker) {
        uTotal++;
        if (m && flaggedQ.has(m.i)) uFlagged++;
        else if (verbose) lines.push(`${d.id} U not flagged: ${JSON.stringify(g.text.slice(0, 60))} -> ${m?.q.speaker?.name ?? (m ? `none (${m.q.kind}: ${m.q.reason})` : 'not found')}`);
        continue;
      }
      sTotal++;
      if (!found || !m) {
        if (verbose) lines.push(`${d.id} MISSED ${g.marks}: ${JSON.stringify(g.text.slice(0, 60))}${m ? ` (found as ${m.q.kind}: ${m.q.reason})` : ''}`);
        continue;
      }
      sMatched++;
      if (flaggedQ.has(m.i)) flagged++;
      const sp = m.q.speaker;
      const ok = strictSpeaker(a, m.q, g);
      const key = (g.speaker_key ?? '').toLowerCase().replace(/_/g, ' ');
      const rel = ok || (!!sp && !!key && sp.name.toLowerCase().includes(key));
      if (ok) strict++;
      if (rel) relaxed++;
      if (!sp) noSpeaker++;
      else if (!ok) {
        const tier = m.q.evidence?.tier ?? 'none';
        wrongByTier[tier] = (wrongByTier[tier] ?? 0) + 1;
      }
      if (!ok && verbose) lines.push(`${d.id} ${sp ? 'WRONG' : 'NONE'}: ${JSON.stringify(g.text.slice(0, 50))} gold ${JSON.stringify(g.speaker)} pred ${sp ? `${JSON.stringify(sp.name)} via ${JSON.stringify(sp.mention?.text)} [${m.q.evidence?.rule}/${m.q.evidence?.tier}]` : `none (${m.q.reason})`}`);
    }
  }
  const r = (x: number, y: number): string => (y ? (x / y).toFixed(3) : 'n/a');
  log(`${name}: ${docs.length} articles, ${sTotal} attributed speech, ${uTotal} unattributed speech, ${nTotal} not speech`);
  log(`  detection recall: double ${r(det.double.found, det.double.gold)} (${det.double.found}/${det.double.gold}), single ${r(det.single.found, det.single.gold)} (${det.single.found}/${det.single.gold}); precision ${r(predMatched, predDirect)} (${predDirect - predMatched} of ${predDirect} predicted direct are not speech or not labelled, ${predOnN} on labelled non-speech)`);
  log(`  speaker accuracy on matched attributed quotations: strict ${r(strict, sMatched)} (${strict}/${sMatched}), relaxed ${r(relaxed, sMatched)}; no speaker ${noSpeaker}; wrong speaker by tier: ${JSON.stringify(wrongByTier)}`);
  log(`  attributed quotations wrongly flagged unattributed: ${r(flagged, sMatched)} (${flagged}/${sMatched}); unattributed flagged: ${uFlagged}/${uTotal}; non-speech given a speaker as direct speech: ${nGiven}/${nTotal}`);
  if (verbose) log(lines.map((l) => `    ${l}`).join('\n'));
  return { strict: strict / Math.max(1, sMatched), relaxed: relaxed / Math.max(1, sMatched), singleRecall: det.single.found / Math.max(1, det.single.gold), wronglyFlagged: flagged / Math.max(1, sMatched), unattributedFlagged: `${uFlagged}/${uTotal}` };
}
