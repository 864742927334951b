// Rule state-code: a US state's postal code after a town and its comma ("Bellcourt, TX") is a place.
import { isKnownPlace, isPlainFirstName } from '../../lexicon/lexicon';
import { PLACE_LAST } from '../words';
import type { TypeRule } from './rule';

/** The US states' (and the capital district's) postal codes. */
export const US_POSTAL_CODES: ReadonlySet<string> = new Set(('AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND '
  + 'OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC').split(' '));

/**
 * "Bellcourt, TX", "Harlow, CA 90001", "Quarrow, NY": two capitals that are a US state's
 * postal code, after a capitalised word and a comma, and not before a capitalised word on its
 * line, are the state, no organisation's initials ("PA" alone may be a news agency's).
 */
export const stateCode: TypeRule = {
  id: 'state-code',
  description: 'A US state\'s postal code after a town and a comma is a place: "Bellcourt, TX", "Harlow, NY 10001".',
  examples: [
    { text: 'The tour ends on Oct. 9 at the Velcor Music Hall, Bellcourt, TX', name: 'TX', type: 'place' },
    { text: 'Send entries to 12 Mill Street, Harlow, NY 10001 by Friday.', name: 'NY', type: 'place' },
    { text: 'The storm hit Bellcourt, TX on Friday.', name: 'TX', type: 'place' },
  ],
  type(ctx, r) {
    const { tokens } = ctx;
    if (r.words !== 1 || !US_POSTAL_CODES.has(r.name) || r.prev !== ',' || r.nameStart < 2 || !/^\p{Lu}/u.test(tokens[r.nameStart - 2].text)) return null;
    // (Not a counsel's letters after a person's name: "Tom Vale, SC, said".)
    const s = r.nameStart;
    if (s >= 3 && isPlainFirstName(tokens[s - 3].text) && !isKnownPlace(`${tokens[s - 3].text} ${tokens[s - 2].text}`) && !PLACE_LAST.has(tokens[s - 2].lower)) return null;
    const next = tokens[r.b];
    // (Not before a capitalised word on its line: "Harlow, PA Media reported" is the agency.)
    return !next || next.kind !== 'word' || !/^\p{Lu}/u.test(next.text) || /\n/.test(ctx.text.slice(tokens[r.b - 1].end, next.start)) ? { type: 'place', strength: 3 } : null;
  },
};
