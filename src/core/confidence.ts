// How sure an attribution is: the rules propose a speaker, and a small logistic model weighs
// the evidence they leave (which rule decided, how the mention was read, how far it is from the
// quotation, who else is named nearby, the quotation's length and marks) into a calibrated
// probability that the speaker is right. The model knows no words: its features are the
// engine's own rule ids and measures, so the weights (model/attribution.json, written by
// `npm run train`) hold nothing of the corpora they were fitted on. Validated leaving each
// development corpus out in turn (README, "Confidence").
import model from './model/attribution.json';
import { countBefore } from './search';
import type { Entity, Quote, Structure } from './types';

/** The model as `npm run train` writes it. */
export interface ConfidenceModel {
  readonly version: 1;
  readonly features: readonly string[];
  readonly weights: readonly number[];
  readonly bias: number;
}

export type Features = Record<string, number>;

/** A locative preposition right before a mention. */
const LOCATIVE = /\b(?:in|at|near|outside|inside|across|throughout|within|around)\s+(?:the\s+)?$/i;

/** Words in a quotation's inner text (a rough count: runs of letters or digits). */
function wordCount(text: string): number {
  const m = text.match(/[\p{L}\p{N}]+/gu);
  return m ? m.length : 0;
}

/** The paragraph holding `offset`. */
function paragraphAt(structure: Structure, offset: number): number {
  return Math.max(0, countBefore(structure.paragraphs, (p) => p.start <= offset) - 1);
}

/**
 * The evidence an attribution carries, as named numbers: one-hot rule, tier and resolution;
 * where the mention is; competitors; the quotation's shape. Null when the quotation has no
 * speaker.
 */
export function attributionFeatures(q: Quote, entities: readonly Entity[], structure: Structure, text: string): Features | null {
  const sp = q.speaker;
  const ev = q.evidence;
  if (!sp || !ev || q.kind !== 'direct') return null;
  const f: Features = {};
  f[`rule=${ev.rule}`] = 1;
  f[`tier=${ev.tier}`] = 1;
  f[`resolution=${ev.resolution}`] = 1;
  const ent = sp.entity ? entities.find((e) => e.id === sp.entity) : undefined;
  f[`speaker=${ent ? ent.type : sp.anonymous ? 'anonymous' : 'phrase'}`] = 1;
  if (ev.cue) f.cue = 1;
  const m = ev.mention ?? sp.mention;
  if (m) {
    const d = m.start >= q.end ? m.start - q.end : q.start >= m.end ? q.start - m.end : 0;
    f.distance = Math.log2(1 + d) / 10;
    if (m.start >= q.start && m.end <= q.end) f.mentionInside = 1;
    if (m.start >= q.end) f.mentionAfter = 1;
    // ("the hearing in Lisbon was told": a mention after a locative preposition may be where, not who.)
    if (LOCATIVE.test(text.slice(Math.max(0, m.start - 12), m.start))) f[`afterLocative=${ent?.type ?? 'phrase'}`] = 1;
    const mp = paragraphAt(structure, m.start);
    if (mp === q.paragraph) f.sameParagraph = 1;
    else f.paragraphsAway = Math.min(3, Math.abs(q.paragraph - mp)) / 3;
  } else f.noMention = 1;
  // Other people named in the quotation's paragraph and the one before: rivals for the credit.
  const p = structure.paragraphs[q.paragraph];
  const prev = structure.paragraphs[q.paragraph - 1];
  const from = prev ? prev.start : p ? p.start : q.start;
  const to = p ? p.end : q.end;
  let rivals = 0;
  for (const e of entities) {
    if (e.type !== 'person' || e.id === sp.entity) continue;
    if (e.mentions.some((x) => x.kind !== 'pronoun' && x.start >= from && x.end <= to)) rivals++;
  }
  f.rivals = Math.min(3, rivals) / 3;
  if (ent) f.speakerMentions = Math.min(4, Math.log2(1 + ent.mentions.length)) / 4;
  if (ev.resolution === 'pronoun' && ent?.gender) f.genderKnown = 1;
  const words = wordCount(text.slice(q.inner.start, q.inner.end));
  f.words = Math.min(6, Math.log2(1 + words)) / 6;
  if (words < 4) f.short = 1;
  if (q.marks === 'single') f.singleMarks = 1;
  if (q.unclosed) f.unclosed = 1;
  if (q.inHeadline) f.headline = 1;
  return f;
}

/** The model's probability for these features (features it does not know count for nothing). */
export function score(f: Features, m: ConfidenceModel = model as ConfidenceModel): number {
  let z = m.bias;
  for (let i = 0; i < m.features.length; i++) {
    const v = f[m.features[i]];
    if (v) z += v * m.weights[i];
  }
  return 1 / (1 + Math.exp(-z));
}

/** The committed model. */
export const ATTRIBUTION_MODEL = model as ConfidenceModel;

/** A confidence in words, for the hover and the tree. */
export function confidenceWords(c: number): string {
  return c >= 0.9 ? 'certain' : c >= 0.7 ? 'likely' : c >= 0.5 ? 'uncertain' : 'a guess';
}
