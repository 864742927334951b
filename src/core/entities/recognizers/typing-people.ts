// People named by what is around the name: the authors of a citation, "(Okafor, 2016)", "(Li,
// Polat, & Brandt, 2010)"; a name described in apposition as someone, "Zarvela Dublin, an
// Australian woman,".
import type { EntityContext } from '../context';
import { COMMON_WORDS, isFirstName } from '../../lexicon/lexicon';
import { describedAsPerson, hasOrgWord } from '../tests';
import { CITATION_AFTER, OBJECT_PREPOSITIONS } from '../words';
import type { TypeRule } from './rule';

/** An author cited by surname: "(Mulligan, 2016)", "Hartsell-Gundy et al.", "Okafor (2019) found", "(Li, Polat, & Brandt, 2010)". */
export const citedAuthor: TypeRule = {
  id: 'cited-author',
  description: 'A surname in a citation is a person: "(Mulligan, 2016)", "Okafor et al.", "Brandt (2019)", and each author a citation lists: "(Li, Polat, & Brandt, 2010)".',
  examples: [
    { text: 'Earlier work found the same effect (Okonkwo, 2016; Brandt et al., 2019).', name: 'Okonkwo', type: 'person' },
    { text: 'Practice sharpens attention (Velasquez, Orrin, & Tamsett, 2010), as others found.', name: 'Velasquez', type: 'person' },
    { text: 'Practice sharpens attention (Velasquez, Orrin, & Tamsett, 2010), as others found.', name: 'Orrin', type: 'person' },
    { text: 'The method follows Quarle and Denholt (2017) closely.', name: 'Quarle', type: 'person' },
    { text: 'She had a supporting role in Harbour Lights (2005) before her breakthrough.', name: 'Harbour Lights', type: null },
  ],
  type(ctx, r) {
    const { text, tokens } = ctx;
    if (r.words > 2) return null;
    // ("Match Point (2005)", "Frame Semantics (1976)": everyday words and a year are a work's
    // title and its date, no author's name.)
    if (r.words === 2 && everydayWords(ctx, r.nameStart, r.b)) return null;
    const after = text.slice(tokens[r.b - 1].end, tokens[r.b - 1].end + 160);
    return CITATION_AFTER.test(after) ? { type: 'person', strength: 2 } : null;
  },
};

/**
 * A name of two or more words with no first name the lists know, described in apposition as
 * someone, is a person: "Zarvela Dublin, an Australian woman and former deckhand,", "Oyelaran
 * Adeyemi, 45,". (Even when a word of it is a place.)
 */
export const describedPerson: TypeRule = {
  id: 'described-person',
  description: 'A name described in apposition as someone ("X, an Australian woman,", "X, 45,") is a person, whatever place its words name.',
  examples: [
    { text: 'Zarvela Dublin, an Australian woman and former deckhand, says she was held on the ship. Dublin was born in Switzerland.', name: 'Zarvela Dublin', type: 'person' },
    { text: 'Oyelaran Adeyemi, 45, a nurse, said the ward was full.', name: 'Oyelaran Adeyemi', type: 'person' },
  ],
  type(ctx, r) {
    // (Not the object of "of" or "at": "a boxer of the Quarren Boxing Club, a pupil of ..." describes the boxer.)
    return r.words >= 2 && !r.firstName && !afterPreposition(ctx, r.origA) && !hasOrgWord(ctx, r.nameStart, r.b) && describedAsPerson(ctx.tokens, r.b) ? { type: 'person', strength: 2 } : null;
  },
};

/** A preposition before token a, perhaps "the" and a number between: "at the 9th Avenue Club". */
function afterPreposition(ctx: EntityContext, a: number): boolean {
  for (let k = a - 1; k >= 0 && k >= a - 4; k--) {
    const t = ctx.tokens[k];
    if (OBJECT_PREPOSITIONS.has(t.lower)) return true;
    if (t.lower !== 'the' && t.kind !== 'number' && !/^(?:st|nd|rd|th)$/.test(t.lower)) return false;
  }
  return false;
}

/** Every word of tokens [a, b) is an everyday word of English and no first name: a title's words, not a name's. */
export function everydayWords(ctx: EntityContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!COMMON_WORDS.has(ctx.tokens[k].lower) || isFirstName(ctx.tokens[k].text)) return false;
  return true;
}

/** Every word of tokens [a, b) is an everyday word of four letters or more and no first name: "Citizens Advice", not "Jeb Bush". */
export function longEverydayWords(ctx: EntityContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = ctx.tokens[k];
    if (t.text.length < 4 || !COMMON_WORDS.has(t.lower) || isFirstName(t.text)) return false;
  }
  return true;
}
