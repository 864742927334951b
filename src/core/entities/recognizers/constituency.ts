// Rule constituency: a lawmaker's party and seat in brackets after the name.
import type { TypeRule } from './rule';

/** A party's initials in capitals: "APC", "PDP", "R", "BJP". */
const PARTY_INITIALS = /^\p{Lu}{1,6}$/u;

/**
 * "Hon. Tomas Okeke (APC, Quarle North)", "Senator Anil Musa (PDP, Quarle South)": after a
 * lawmaker's name, the party's initials, a comma and the seat, in brackets; the seat is a place,
 * however like a person's name its words are.
 */
export const constituency: TypeRule = {
  id: 'constituency',
  description: 'A lawmaker\'s seat after the party\'s initials in brackets is a place: "Hon. Tomas Okeke (APC, Quarle North)".',
  examples: [
    { text: 'Hon. Tomas Okeke (APC, Quarle North) said the committee had added N40bn.', name: 'Quarle North', type: 'place' },
    { text: 'Senator Anil Musa (PDP, Harlow Central) described the budget as fair.', name: 'Harlow Central', type: 'place' },
  ],
  type(ctx, r) {
    const { tokens, n } = ctx;
    const a = r.a;
    if (r.prev !== ',' || a < 3 || r.b >= n || tokens[r.b].text !== ')' || tokens[a - 3].text !== '(') return null;
    return PARTY_INITIALS.test(tokens[a - 2].text) ? { type: 'place', strength: 2 } : null;
  },
};
