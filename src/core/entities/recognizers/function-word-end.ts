// Rule function-word-end: a capitalised run that ends in a function word or, in capitals, a verb of saying is no name.
import { isAllCaps } from '../../text/words';
import type { RejectRule } from './rule';

/** A heading's verbs of saying, no noun as well ("STATES", "POST" are): "MANAGER SPEAKS", "BOSS WARNS". */
const HEADING_VERBS = new Set(['says', 'speaks', 'warns', 'reveals', 'admits', 'vows', 'slams', 'blasts', 'insists', 'hits']);
/** Pronouns in capitals that close no name in a line of capitals. */
const CAPS_PRONOUNS = new Set(['HE', 'SHE', 'HIM', 'HER', 'HIS', 'ME', 'MY']);
/** Closed-class words no name ends with ("Q. Are you ...", "Mayor Do ..."): verbs, pronouns, question words. */
const NEVER_LAST = new Set(['are', 'is', 'was', 'were', 'do', 'does', 'did', 'you', 'your', 'we', 'they', 'them', 'what', 'how', 'why',
  'when', 'where', 'who', 'which', 'the', 'an', 'has', 'have', 'had', 'been', 'could', 'should', 'would', 'shall', 'our', 'us', 'its',
  'it', 'if', 'or', 'and', 'but', 'not', 'me']);
/** A verb's forms in title case inside a run make a title of a work, no name: "Dana Is Always Right", "Nobody Was Listening". */
const INSIDE_VERBS = new Set(['Is', 'Are', 'Was', 'Were', 'Am', 'Has', 'Have', 'Had', 'Does', 'Did']);

/**
 * A run that ends in a function word ("Q. Are", an interview's question opening with an
 * initial-like label) is no name: names end in a name.
 */
export const functionWordEnd: RejectRule = {
  id: 'function-word-end',
  description: 'A capitalised run whose last word is a verb, pronoun or question word ("Q. Are"), or with a verb inside it ("Dana Is Always Right", a title), is no name.',
  examples: [
    { text: 'Q. Are you worried about the storms this winter?', name: 'Q. Are', type: null },
    // (A verb inside it: a work's title.)
    { text: 'Setlist\n\nThe band opened with Dana Is Always Right and closed with an old favourite.', name: 'Dana Is Always Right', type: null },
    { text: 'The sign read: EVEN HIS BOSS THINKS HE IS WRONG.', name: 'BOSS THINKS HE', type: null },
    { text: 'Rovers crash out\n\nRovers lost on Saturday.\n\nMANAGER SPEAKS:\n"The defeat is on me, nobody else."', name: 'SPEAKS', type: null },
  ],
  rejects({ tokens }, a, b) {
    // (A verb inside a run of three words or more, in title case: a song's, a book's or a film's title.)
    if (b - a >= 3) for (let k = a + 1; k < b - 1; k++) if (INSIDE_VERBS.has(tokens[k].text)) return true;
    // (In capitals, a personal pronoun too, "BOSS THINKS HE'S": "He" in title case may be a family name, "Liu He";
    // and a verb of saying, a heading's "MANAGER SPEAKS:".)
    return (b - a >= 2 && (NEVER_LAST.has(tokens[b - 1].lower) || (CAPS_PRONOUNS.has(tokens[b - 1].text) && isAllCaps(tokens[b - 2].text)))) || (isAllCaps(tokens[b - 1].text) && HEADING_VERBS.has(tokens[b - 1].lower));
  },
};
