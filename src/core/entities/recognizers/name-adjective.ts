// Rule name-adjective: adjectives made from names ("Kremlin-backed") and a region's adjective
// ("Northeastern", "Far Eastern buyers") name no person, organisation or place.
import { COMPASS_ADJECTIVE, PARTICIPLE_END, PARTY_NOUNS } from '../words';
import type { RejectRule } from './rule';

/**
 * "Haddad-style", "Kremlin-backed", "United Nations-sponsored": an adjective made from a name.
 * (In a longer run, only a participle's ending: not "Kim In-so", a Korean given name.)
 */
/** A party's word for its member or its adjective, closing no name: "a Harlow Republican", "a Velmora Democrat", "Acting Democratic". */
const PARTY_CLOSERS: ReadonlySet<string> = new Set([...PARTY_NOUNS, 'democratic', 'libertarian']);

export const nameAdjective: RejectRule = {
  id: 'name-adjective',
  description: 'An adjective made from a name ("Kremlin-backed") is no entity; nor is a region\'s adjective ("Northeastern", "Far Eastern"), nor a party\'s word closing a run ("a Harlow Republican").',
  examples: [
    { text: 'A Moscow-backed group claimed the seat.', name: 'Moscow-backed', type: null },
    // (A region's adjective alone, capitalised in a list of regions, names nothing.)
    { text: 'Roads\n\nThe new buses will serve six Northern and Northeastern towns.', name: 'Northeastern', type: null },
    { text: 'Markets\n\nVelcor sells most of its tea to Far Eastern buyers.', name: 'Far Eastern', type: null },
    { text: 'Vote\n\nA Harlow Republican said he would vote against the bill.', name: 'Harlow Republican', type: null },
  ],
  rejects(ctx, a, b) {
    const { text: w, lower } = ctx.tokens[b - 1];
    // (Nor closing a run: "Far Eastern buyers", "Middle Eastern"; "Central" may close a
    // station's or a seat's name.)
    if (lower !== 'central' && COMPASS_ADJECTIVE.test(lower)) return true;
    // (Nor a party's word in the singular after a place's or a body's words: "a Harlow
    // Republican said", a description of someone; "House Republicans", a body's members, read on.)
    if (b - a >= 2 && PARTY_CLOSERS.has(lower)) return true;
    return w.includes('-') && /^\p{Lu}[\p{L}.']*-\p{Ll}+$/u.test(w) && (b - a === 1 || PARTICIPLE_END.test(w));
  },
};
