// How sure an attribution is: the rules propose a speaker, and a small logistic model weighs
// the evidence they leave (which rule decided, how the mention was read, how far it is from the
// quotation, who else is named nearby, the quotation's length and marks) into a calibrated
// probability that the speaker is right. The model knows no words: its features are the
// engine's own rule ids and measures, so the weights (model/attribution.json, written by
// `npm run train`) hold nothing of the corpora they were fitted on. Validated leaving each
// development corpus out in turn (README, "Confidence").
import model from '../model/attribution.json';
import { paragraphAt } from '../text/search';
import { countWords } from '../text/words';
import type { Entity, Quote, Structure } from '../types';

/** The model as `npm run train` writes it. */
export interface ConfidenceModel {
  readonly version: 1;
  readonly features: readonly string[];
  readonly weights: readonly number[];
  readonly bias: number;
}

export type Features = Record<string, number>;

/**
 * An empty feature vector: a dictionary from the start (no prototype), so filling it with the
 * names a given attribution happens to have makes no new object shape per combination of names;
 * with a plain `{}` every store into it met hundreds of shapes and went the slow, shared way.
 */
export const newFeatures = (): Features => Object.create(null) as Features;

/** A locative preposition right before a mention. */
const LOCATIVE = /\b(?:in|at|near|outside|inside|across|throughout|within|around)\s+(?:the\s+)?$/i;

/** Of one analysis: each entity by id, and the persons named in each paragraph. */
interface EntityIndex { readonly byId: ReadonlyMap<string, Entity>; readonly persons: ReadonlyMap<number, ReadonlySet<string>> }

function entityIndex(entities: readonly Entity[], structure: Structure): EntityIndex {
  const persons = new Map<number, Set<string>>();
  for (const e of entities) {
    if (e.type !== 'person') continue;
    for (const m of e.mentions) {
      if (m.kind === 'pronoun') continue;
      const p = paragraphAt(structure, m.start);
      // (A mention inside its paragraph only: one crossing a paragraph's end names no one there.)
      if (m.end > (structure.paragraphs[p]?.end ?? m.end)) continue;
      let set = persons.get(p);
      if (!set) persons.set(p, (set = new Set()));
      set.add(e.id);
    }
  }
  return { byId: new Map(entities.map((e) => [e.id, e])), persons };
}

/**
 * The attribution a continuation continues: the last quotation before quote `i` credited to the
 * same speaker by anything but a continuation (bounded: twenty quotations back). A continuation
 * is no surer than it, whatever the model says of continuations in general.
 */
export function continuedFrom(quotes: readonly Quote[], i: number): number {
  const q = quotes[i];
  if (q.evidence?.tier !== 'continuation' || !q.speaker) return -1;
  for (let j = i - 1; j >= 0 && j >= i - 20; j--) {
    const p = quotes[j];
    if (p.speaker?.name !== q.speaker.name || (p.speaker.entity ?? null) !== (q.speaker.entity ?? null)) continue;
    if (p.evidence && p.evidence.tier !== 'continuation') return j;
  }
  return -1;
}

/** The features of each attribution of one analysis (its entities indexed once): what training reads. */
export function attributionScorer(entities: readonly Entity[], structure: Structure, text: string): (q: Quote) => Features | null {
  const index = entityIndex(entities, structure);
  return (q) => {
    const f = newFeatures();
    return emitFeatures(q, index, structure, text, (name, value) => { f[name] = value; }) ? f : null;
  };
}

/**
 * The model's confidence in each attribution of one analysis, or null where it has no speaker:
 * the same features as attributionScorer, each weighed as it is found, with no object of names
 * built and walked for every quotation (a unit test holds the two equal).
 */
export function attributionConfidence(entities: readonly Entity[], structure: Structure, text: string, m: ConfidenceModel = model as ConfidenceModel): (q: Quote) => number | null {
  const index = entityIndex(entities, structure);
  const weights = weightsOf(m);
  let z = 0;
  const add = (name: string, value: number): void => {
    const w = weights.get(name);
    if (value && w !== undefined) z += value * w;
  };
  return (q) => {
    z = m.bias;
    return emitFeatures(q, index, structure, text, add) ? 1 / (1 + Math.exp(-z)) : null;
  };
}

/** One-hot feature names ("rule=cue-after"), made once each: a name built afresh for every attribution cost a string and its look-up. */
const featureNames = new Map<string, Map<string, string>>();
function featureName(kind: string, value: string): string {
  let byValue = featureNames.get(kind);
  if (!byValue) featureNames.set(kind, (byValue = new Map()));
  let name = byValue.get(value);
  if (name === undefined) byValue.set(value, (name = `${kind}=${value}`));
  return name;
}

/**
 * The evidence an attribution carries, as named numbers: one-hot rule, tier and resolution;
 * where the mention is; competitors; the quotation's shape. Null when the quotation has no
 * speaker.
 */
function emitFeatures(q: Quote, index: EntityIndex, structure: Structure, text: string, put: (name: string, value: number) => void): boolean {
  const sp = q.speaker;
  const ev = q.evidence;
  // (A scare quote's inferred speaker is scored too, by the model of direct speech: its JSON
  // and its hover would otherwise say 1, certain, of a guess. Training reads direct speech only.)
  if (!sp || !ev) return false;
  put(featureName('rule', ev.rule), 1);
  put(featureName('tier', ev.tier), 1);
  put(featureName('resolution', ev.resolution), 1);
  const ent = sp.entity ? index.byId.get(sp.entity) : undefined;
  put(featureName('speaker', ent ? ent.type : sp.anonymous ? 'anonymous' : 'phrase'), 1);
  if (ev.cue) put('cue', 1);
  const m = ev.mention ?? sp.mention;
  if (m) {
    const d = m.start >= q.end ? m.start - q.end : q.start >= m.end ? q.start - m.end : 0;
    put('distance', Math.log2(1 + d) / 10);
    if (m.start >= q.start && m.end <= q.end) put('mentionInside', 1);
    if (m.start >= q.end) put('mentionAfter', 1);
    // ("the hearing in Lisbon was told": a mention after a locative preposition may be where, not who.)
    if (LOCATIVE.test(text.slice(Math.max(0, m.start - 12), m.start))) put(featureName('afterLocative', ent?.type ?? 'phrase'), 1);
    const mp = paragraphAt(structure, m.start);
    if (mp === q.paragraph) put('sameParagraph', 1);
    else put('paragraphsAway', Math.min(3, Math.abs(q.paragraph - mp)) / 3);
  } else put('noMention', 1);
  // Other people named in the quotation's paragraph and the one before: rivals for the credit.
  put('rivals', Math.min(3, rivalsOf(index, q.paragraph, sp.entity)) / 3);
  if (ent) put('speakerMentions', Math.min(4, Math.log2(1 + ent.mentions.length)) / 4);
  if (ev.resolution === 'pronoun' && ent?.gender) put('genderKnown', 1);
  // (How sure the antecedent model was of the person a pronoun stands for.)
  if (ev.antecedentScore !== null) put('antecedentScore', ev.antecedentScore);
  // (And by how much over the likeliest other person: two close scores are a guess between them.)
  if (ev.antecedentScore !== null && ev.antecedentRival !== undefined) put('antecedentMargin', ev.antecedentScore - ev.antecedentRival);
  // (log2(1 + 63) = 6: the feature is the same for every count from 63 words.)
  const words = countWords(text, q.inner.start, q.inner.end, 63);
  put('words', Math.min(6, Math.log2(1 + words)) / 6);
  if (words < 4) put('short', 1);
  if (q.marks === 'single') put('singleMarks', 1);
  if (q.unclosed) put('unclosed', 1);
  if (q.inHeadline) put('headline', 1);
  return true;
}

/** How many people other than the speaker are named in the paragraph and the one before. */
function rivalsOf(index: EntityIndex, paragraph: number, speaker: string | null): number {
  const here = index.persons.get(paragraph);
  const before = index.persons.get(paragraph - 1);
  let n = 0;
  if (here) for (const id of here) if (id !== speaker) n++;
  if (before) for (const id of before) if (id !== speaker && !here?.has(id)) n++;
  return n;
}

/** Each model's weights by feature name, built once. */
const weightMaps = new WeakMap<ConfidenceModel, ReadonlyMap<string, number>>();

function weightsOf(m: ConfidenceModel): ReadonlyMap<string, number> {
  let weights = weightMaps.get(m);
  if (!weights) weightMaps.set(m, (weights = new Map(m.features.map((k, i) => [k, m.weights[i]]))));
  return weights;
}

/** The model's probability for these features (features it does not know count for nothing). */
export function score(f: Features, m: ConfidenceModel = model as ConfidenceModel): number {
  const weights = weightsOf(m);
  let z = m.bias;
  for (const k in f) {
    const v = f[k];
    const w = weights.get(k);
    if (v && w !== undefined) z += v * w;
  }
  return 1 / (1 + Math.exp(-z));
}

/** The committed model. */
export const ATTRIBUTION_MODEL = model as ConfidenceModel;

/** A confidence in words, for the hover and the tree. */
export function confidenceWords(c: number): string {
  return c >= 0.9 ? 'certain' : c >= 0.7 ? 'likely' : c >= 0.5 ? 'uncertain' : 'a guess';
}
