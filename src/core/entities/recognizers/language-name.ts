// Rule language-name: a language is no person, body or place ("said in Pashto").
import { isFirstName, isKnownPlace, isLanguageName } from '../../lexicon/lexicon';
import type { EntityContext } from '../context';
import type { RejectRule } from './rule';

/** Words before a language's name that say it is one: "said in Pashto", "translated from Farsi", "speaks Swahili". */
const LANGUAGE_BEFORE = new Set(['in', 'into', 'from', 'speak', 'speaks', 'spoke', 'speaking', 'spoken', 'fluent', 'learn', 'learns', 'learning', 'learned', 'learnt', 'teach', 'teaches', 'taught', 'understand', 'understands']);
/** Verbs before "to" and a language: "switched to Amharic". */
const SWITCHING = new Set(['switched', 'switch', 'switches', 'switching', 'translated', 'dubbed']);
/** Words after a language's name that say it is one: "the Hausa language", "Urdu speakers". */
const LANGUAGE_AFTER = new Set(['language', 'languages', 'speaker', 'speakers', 'translation', 'translations', 'version', 'subtitles', 'dialect', 'dialects', 'interpreter', 'interpreters']);

/** The one word at token k is a language named as one: after LANGUAGE_BEFORE's words, before LANGUAGE_AFTER's, or listed after another so named. */
function namedAsLanguage(ctx: EntityContext, k: number, depth = 0): boolean {
  const { tokens, n } = ctx;
  const w = tokens[k].text;
  if (!isLanguageName(w) || isKnownPlace(w) || isFirstName(w)) return false;
  if (k > 0 && LANGUAGE_BEFORE.has(tokens[k - 1].lower)) return true;
  // ("switched to Amharic", "translated it into Tamil".)
  if (k > 1 && tokens[k - 1].lower === 'to' && SWITCHING.has(tokens[k - 2].lower)) return true;
  if (k + 1 < n && LANGUAGE_AFTER.has(tokens[k + 1].lower)) return true;
  // ("in Yoruba, Hausa and Igbo": a list's items, a language before each; at most a few back.)
  const sep = k > 1 ? tokens[k - 1].lower : '';
  return depth < LIST_REACH && (sep === ',' || sep === 'and' || sep === 'or') && namedAsLanguage(ctx, k - 2, depth + 1);
}

/** How many items back a list's language may be named as one. */
const LIST_REACH = 4;

/**
 * A language named as one, after "in", "from" or a verb of speaking ("said in Pashto", "speaks
 * Swahili"), before "language" or "speakers" ("Hausa speakers"), or in a list with one so named
 * ("lessons in Yoruba, Hausa and Igbo"), is no person, body or place; one that is a place or a
 * first name too stays what the other rules read ("in Tonga").
 */
export const languageName: RejectRule = {
  id: 'language-name',
  description: 'A language named as one ("said in Pashto", "Hausa speakers", "in Yoruba, Hausa and Igbo") is no person, body or place.',
  examples: [
    { text: 'Karim Nasser answered the question in Pashto.', name: 'Pashto', type: null },
    { text: 'The leaflets were printed in Mandarin and Tagalog.', name: 'Tagalog', type: null },
    { text: 'Evening classes in Yoruba, Hausa and Igbo start next week.', name: 'Hausa', type: null },
    { text: 'The station hired two Amharic speakers for the night shift.', name: 'Amharic', type: null },
    { text: 'Dana Ruiz said the poem was translated from Farsi by her father.', name: 'Farsi', type: null },
    { text: 'Halfway through the speech, Tomas Brink switched to Amharic.', name: 'Amharic', type: null },
    // (A language's name that is a country's too is the country's after "in".)
    { text: 'The ferry service in Tonga resumed on Monday.', name: 'Tonga', type: 'place' },
  ],
  rejects(ctx, a, b) {
    return b - a === 1 && namedAsLanguage(ctx, a);
  },
};
