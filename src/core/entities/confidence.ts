// How sure an entity is: the recognisers propose a name and its type, and a small logistic model
// weighs the evidence they leave (which recogniser typed it, how often and how it is mentioned,
// whether the article gives a role or a gender, its shape) into the probability that it is a
// name of that type. Like the attribution model it knows no words: its features are the
// engine's own rule ids and measures, so its weights (model/entities.json, written by
// `npm run train`) hold nothing of the corpora they were fitted on. An entity below the
// model's threshold is not listed, unless something rests on it (a speaker, a source) or the
// desk listed it: a junk name costs an editor more than a missed one.
import { HUMAN_NOUNS } from '../lexicon/people';
import model from '../model/entities.json';
import { COMMON_WORDS } from '../lexicon/lexicon';
import type { Entity } from '../types';
import { entityWith } from './copy';
import { codeAt } from '../text/strings';

/** The model as `npm run train` writes it. */
export interface EntityModel {
  readonly version: 1;
  readonly features: readonly string[];
  readonly weights: readonly number[];
  readonly bias: number;
  /** Entities below this confidence are not listed. */
  readonly threshold: number;
}

export const ENTITY_MODEL = model as EntityModel;

const ALL_CAPS = /^[\p{Lu}\p{N}&.'’\- ]+$/u;

/** The evidence an entity carries, as features: rule ids and measures, no words. */
export function entityFeatures(e: Entity, text: string): Record<string, number> {
  const named = e.mentions.filter((m) => m.kind !== 'pronoun' && m.kind !== 'role');
  const words = e.name.split(/\s+/).filter(Boolean).length;
  const f: Record<string, number> = {
    [`rule=${e.recognizedBy ?? 'none'}`]: 1,
    [`type=${e.type}`]: 1,
    [`words=${Math.min(words, 4)}`]: 1,
    mentions: Math.log(1 + named.length),
  };
  if (e.role) f.role = 1;
  if (e.gender) f.gender = 1;
  if (e.agency) f.agency = 1;
  if (e.author) f.author = 1;
  if (e.aliases.length) f.aliases = 1;
  if (e.mentions.some((m) => m.kind === 'pronoun')) f.pronouns = 1;
  if (/\p{N}/u.test(e.name)) f.digit = 1;
  if (ALL_CAPS.test(e.name) && /\p{Lu}{2}/u.test(e.name)) f.allCaps = 1;
  // Written after "the" every time: a title, a work or a thing more often than a person.
  if (named.length && named.every((m) => /\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 4), m.start)))) f.afterThe = 1;
  if (commonWords(e.name)) f[f.allCaps ? 'capsCommonWords' : 'commonWords'] = 1;
  return f;
}

const INDEX = new Map(ENTITY_MODEL.features.map((name, i) => [name, i]));

/** The model's probability for these features. */
export function entityScore(f: Record<string, number>, m: EntityModel = ENTITY_MODEL, index: ReadonlyMap<string, number> = m === ENTITY_MODEL ? INDEX : new Map(m.features.map((n, i) => [n, i]))): number {
  let z = m.bias;
  for (const k in f) {
    const i = index.get(k);
    if (i !== undefined) z += m.weights[i] * f[k];
  }
  return 1 / (1 + Math.exp(-z));
}

/** Whether a name is in capitals (two in a row at least), with digits and a little punctuation: ALL_CAPS. */
function allCaps(name: string): boolean {
  let run = 0;
  let two = false;
  for (let i = 0, len = name.length; i < len; i++) {
    const c = codeAt(name, i);
    if (c >= 65 && c <= 90) { if (++run >= 2) two = true; continue; }
    run = 0;
    if ((c >= 48 && c <= 57) || c === 32 || c === 38 || c === 46 || c === 39 || c === 45) continue;
    if (c < 128) return false;
    // (Beyond ASCII, by Unicode property: rare, so the regular expressions are fine.)
    return ALL_CAPS.test(name) && /\p{Lu}{2}/u.test(name);
  }
  return two;
}

/**
 * The name is one word, and a frequent English word in lower case ("COACH", "Beyond", "Web"):
 * a heading or a capitalised common word more often than a name. (One word only: "White House"
 * and "Bill Gates" are names of common words.) The list is the shipped SUBTLEX-US lexicon, not
 * the corpora's words.
 */
function commonWords(name: string): boolean {
  if (name.length < 3 || name.includes(' ')) return false;
  // (Or a noun for a person, as a tabloid's opening words in capitals write it: "A GRAN of 82 has ...".)
  const lower = name.toLowerCase();
  return COMMON_WORDS.has(lower) || HUMAN_NOUNS.has(lower);
}

/** Whether a name has a digit. */
function hasDigit(name: string): boolean {
  for (let i = 0, len = name.length; i < len; i++) {
    const c = codeAt(name, i);
    if (c >= 48 && c <= 57) return true;
    if (c >= 128) return /\p{N}/u.test(name);
  }
  return false;
}

/** The weight of a feature, 0 when the model does not know it. */
const weight = (name: string): number => {
  const i = INDEX.get(name);
  return i === undefined ? 0 : ENTITY_MODEL.weights[i];
};
const W = {
  mentions: weight('mentions'), role: weight('role'), gender: weight('gender'), agency: weight('agency'), author: weight('author'),
  aliases: weight('aliases'), pronouns: weight('pronouns'), digit: weight('digit'), allCaps: weight('allCaps'), afterThe: weight('afterThe'),
  commonWords: weight('commonWords'), capsCommonWords: weight('capsCommonWords'),
};

/** The weights of one-hot features by kind and value ("rule", "known-place"), each looked up once: a name built afresh for every entity cost a string and its hash. */
const oneHots = new Map<string, Map<string, number>>();
function oneHot(kind: string, value: string): number {
  let byValue = oneHots.get(kind);
  if (!byValue) oneHots.set(kind, (byValue = new Map()));
  let w = byValue.get(value);
  if (w === undefined) byValue.set(value, (w = weight(`${kind}=${value}`)));
  return w;
}

/**
 * The model's probability for an entity, computed straight from it: the same features as
 * entityFeatures (which training reads; a unit test holds them equal), without building them.
 * It runs for every entity of every analysis.
 */
export function entityConfidence(e: Entity, text: string): number {
  let named = 0;
  let pronoun = false;
  let afterThe = true;
  for (const m of e.mentions) {
    if (m.kind === 'pronoun') { pronoun = true; continue; }
    if (m.kind === 'role') continue;
    named++;
    if (afterThe && !/\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 4), m.start))) afterThe = false;
  }
  let words = 0;
  let inWord = false;
  for (let i = 0, len = e.name.length; i < len; i++) {
    const c = codeAt(e.name, i);
    const space = c === 32 || (c >= 9 && c <= 13) || (c >= 128 && /\s/.test(e.name[i]));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  let z = ENTITY_MODEL.bias + oneHot('rule', e.recognizedBy ?? 'none') + oneHot('type', e.type) + oneHot('words', String(Math.min(words, 4))) + W.mentions * Math.log(1 + named);
  if (e.role) z += W.role;
  if (e.gender) z += W.gender;
  if (e.agency) z += W.agency;
  if (e.author) z += W.author;
  if (e.aliases.length) z += W.aliases;
  if (pronoun) z += W.pronouns;
  if (hasDigit(e.name)) z += W.digit;
  const caps = allCaps(e.name);
  if (caps) z += W.allCaps;
  if (named && afterThe) z += W.afterThe;
  if (commonWords(e.name)) z += caps ? W.capsCommonWords : W.commonWords;
  return 1 / (1 + Math.exp(-z));
}

/** The entity with its confidence (the desk's own entities are certain). */
export function withConfidence(e: Entity, text: string): Entity {
  const confidence = e.recognizedBy === 'desk-list' ? 1 : Math.round(entityConfidence(e, text) * 1000) / 1000;
  return entityWith(e, { confidence });
}
