// A given name alone where a default typed it a place or a body: whether it may be the person
// named in full with it ("important to Ngozi" after "Ngozi Adebayo"), and whether a nation's name
// that is a given name too is used as a place anywhere in the article.
import { COMMON_WORDS, DEMONYMS } from '../lexicon/lexicon';
import { humanNoun } from '../lexicon/people';
import { isCapWord } from '../text/words';
import type { EntityContext } from './context';
import { DEMONYM_SHAPE, LOCATIVE, STRONG_LOCATIVE } from './words';

/** Determiners no one's given name follows: "the House", "a Harlow". */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'our']);

/**
 * A lone word a default typed (a place after "to", a body) may be someone's given name
 * ("important to Ngozi"): not after a determiner ("the House"), nor after "in", "near" or "at"
 * (a town or a venue: "in Quarrenby") unless a possessive follows, nor an everyday word or a
 * nationality ("Latino").
 */
export function givenNameAlone(ctx: EntityContext, s: number, name: string): boolean {
  const prev = s > 0 ? ctx.tokens[s - 1].lower : '';
  // (A possessive after them is someone's: "At Ngozi's villa", "in Ngozi's view".)
  const next = ctx.tokens[s + 1]?.text;
  const locative = (STRONG_LOCATIVE.has(prev) || prev === 'at') && next !== "'s" && next !== '’s';
  return !DETERMINERS.has(prev) && !locative && !DEMONYM_SHAPE.test(name) && !DEMONYMS.has(name.toLowerCase()) && !COMMON_WORDS.has(name.toLowerCase());
}

/** Words before a name that make it where: "in Jordan", "to Jordan", "from Jordan", "visited Jordan". */
const WHERE_BEFORE_NATION = new Set([...LOCATIVE, 'visit', 'visited', 'visiting']);

/**
 * A nation's name alone is used as a place somewhere in the article ("in Jordan", "Jordan's
 * government"): then "Jordan" alone is the nation, not the one person named "Jordan" in full. One
 * pass over the tokens for each such name, its answer kept for the analysis (ctx.nationPlaces):
 * a mention of it asks again at no cost, however many there are.
 */
export function placeUseOf(ctx: EntityContext, name: string): boolean {
  const seen = (ctx.nationPlaces ??= new Map()).get(name);
  if (seen !== undefined) return seen;
  const { tokens } = ctx;
  let used = false;
  for (let k = 0; k < tokens.length && !used; k++) {
    if (tokens[k].text !== name || isCapWord(tokens[k + 1] ?? tokens[k])) continue;
    const prev = k > 0 ? tokens[k - 1].lower : '';
    used = WHERE_BEFORE_NATION.has(prev) || prev === 'the' || ((tokens[k + 1]?.text === "'s" || tokens[k + 1]?.text === '’s') && tokens[k + 2]?.text === tokens[k + 2]?.lower && !humanNoun(tokens[k + 2]?.lower ?? ''));
  }
  ctx.nationPlaces.set(name, used);
  return used;
}
