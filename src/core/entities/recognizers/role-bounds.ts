// Where a title's role begins, read back from the name: a place's name of two or three words is
// the role's ("Cape Town mayor"), a body's name is not ("Harlow Chamber of Commerce chief
// executive", "Velmora Farmers Union president").
import { isKnownPlace, PORTFOLIO_WORDS, TITLE_WORDS } from '../../lexicon/lexicon';
import { isCapWord } from '../../text/words';
import type { EntityContext } from '../context';

/**
 * Where the walk back over a role's words stopped at p (the first token not taken), with a
 * place's name of two or three words: "New York mayor X", "Cape Town mayor X", "New York City
 * mayor X" (the walk stopped inside or
 * at it), the place is the role's; "Business Unity South Africa chief executive X" (a longer
 * capitalised name before it, a body's), its place is none of the role's. The token before the
 * role's first.
 */
export function placeInRole(ctx: EntityContext, p: number, a: number, sentStart: number): number {
  const { tokens, text } = ctx;
  // ("Harlow Chamber of Commerce chief executive X": the walk stopped at "of" inside a body's name;
  // the capitalised words after it are the body's.)
  if (p > sentStart && p + 1 < a && tokens[p].text === 'of' && isCapWord(tokens[p - 1]) && isCapWord(tokens[p + 1])) {
    while (p + 1 < a && isCapWord(tokens[p + 1])) p++;
    return p;
  }
  if (p > sentStart && p + 1 < a && isCapWord(tokens[p]) && isKnownPlace(tokens[p + 1].text) && isKnownPlace(text.slice(tokens[p].start, tokens[p + 1].end))) {
    if (!isCapWord(tokens[p - 1])) return p - 1;
    while (p + 1 < a && isCapWord(tokens[p + 1])) p++;
    return p;
  }
  // (A place of two or three capitalised words ending at p, opening the run: "New York City mayor".)
  if (p + 1 >= a || !isCapWord(tokens[p])) return p;
  for (let f = p - 1; f >= sentStart && f >= p - 2 && isCapWord(tokens[f]); f--) {
    if ((f === sentStart || !isCapWord(tokens[f - 1])) && isKnownPlace(text.slice(tokens[f].start, tokens[p].end))) return f - 1;
  }
  return p;
}

/** Words that join a body's name over its parts: "Chamber of Commerce and Industry". */
const NAME_JOINS = new Set(['and', 'of', '&']);

/**
 * Where the walk back over a role's words stopped at p: capitalised portfolio words it took first
 * before an office in lower case, after a capitalised name or a word joining one, close that
 * body's name and are none of the role's: "Velmora Farmers Union president X", "Harlow Chamber of
 * Commerce and Industry president X" give "president"; "Health Minister X" keeps "Health", and
 * "Police officer X" opening its sentence "Police". The token before the role's first.
 */
export function bodyTailOutOfRole(ctx: EntityContext, p: number, a: number, sentStart: number): number {
  const { tokens } = ctx;
  const head = tokens[a - 1];
  if (p < sentStart || head.text !== head.lower) return p;
  const before = (k: number): boolean => isCapWord(tokens[k]) || (NAME_JOINS.has(tokens[k].text) && k > sentStart && isCapWord(tokens[k - 1]));
  let q = p;
  while (q + 1 < a - 1 && isCapWord(tokens[q + 1]) && PORTFOLIO_WORDS.has(tokens[q + 1].lower) && !TITLE_WORDS.has(tokens[q + 1].lower) && before(q)) q++;
  return q;
}
