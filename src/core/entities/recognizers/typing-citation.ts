// A person cited in scholarly copy: the authors of a citation, "(Okafor, 2016)", "(Li, Polat, &
// Brandt, 2010)", "Quarle and Denholt (2017)".
import { CITATION_AFTER } from '../words';
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
  ],
  type(ctx, r) {
    const { text, tokens } = ctx;
    if (r.words > 2) return null;
    const after = text.slice(tokens[r.b - 1].end, tokens[r.b - 1].end + 160);
    return CITATION_AFTER.test(after) ? { type: 'person', strength: 2 } : null;
  },
};
