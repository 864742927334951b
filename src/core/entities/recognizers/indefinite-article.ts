// Rule indefinite-article: a capitalised run right after "a" or "an" that ends its phrase ("she
// drives a Velcor Tarvane.", "won an Oscar for it") names a thing, a product or an award, no one: a
// person's name takes no indefinite article. Before a noun the run is a modifier and may be
// anyone's ("tickets to a Buddy Rich concert", "a Velcor spokesman"): left to the other rules.
import { isFirstName, isKnownPlace, KNOWN_ORGS, ORG_WORDS } from '../../lexicon/lexicon';
import { textOf } from '../tests';
import type { RejectRule } from './rule';

/** Marks after the run that end its phrase (not "/" or "-": "a Harbour Times/Velcor poll"). */
const PHRASE_END_MARKS = new Set(['.', ',', ';', ':', '!', '?', ')']);

/** Words after the run that end its phrase: prepositions, conjunctions, relatives, auxiliaries and time words. */
// (Not "and", "or", "of": "a Facebook or Harbour account", "a Bank of Velmora branch" go on.)
const PHRASE_END = new Set(['in', 'on', 'at', 'with', 'for', 'from', 'to', 'by', 'into', 'onto', 'about', 'after', 'before', 'since',
  'but', 'that', 'which', 'who', 'whose', 'when', 'while', 'as', 'than', 'because', 'if', 'is', 'was', 'are', 'were',
  'has', 'had', 'have', 'will', 'would', 'could', 'can', 'last', 'this', 'next', 'every', 'each', 'outside', 'near', 'parked', 'worth']);

export const indefiniteArticle: RejectRule = {
  id: 'indefinite-article',
  description: 'A capitalised run right after "a" or "an" that ends its phrase ("she drives a Velcor Tarvane.", "won an Oscar for it") is a thing, a product or an award, no person, organisation or place.',
  examples: [
    { text: 'Cars\n\nThe minister left the hall in a Velcor Tarvane, not the official car.', name: 'Velcor Tarvane', type: null },
    // (Not before a mark that joins: "a Harbour Times/Velcor poll".)
    { text: 'Poll\n\nA Harbour Times/Velcor poll found the mayor ahead.', name: 'Harbour Times', type: 'organization' },
    { text: 'Awards\n\nShe won a Quarle Prize last year for the novel.', name: 'Quarle Prize', type: null },
    { text: 'Bank\n\nThe governments agreed to establish a Harbour Development Bank in June.', name: 'Harbour Development Bank', type: 'organization' },
    // (Before a noun, a modifier: the other rules read it.)
    { text: 'Jazz\n\nHe bought tickets to a Tomas Brink concert in Harlow.', name: 'Tomas Brink', type: 'person' },
  ],
  rejects(ctx, a, b) {
    const { tokens } = ctx;
    if (a < 1 || (tokens[a - 1].text !== 'a' && tokens[a - 1].text !== 'an')) return false;
    // (A person's name as a kind of person is still theirs: "a Dana Ruiz or a Tomas Brink".)
    if (isFirstName(tokens[a].text)) return false;
    // (Nor a body founded or described, by its own word or known whole: "established a Harbour
    // Coordinating Council", "a Velmora Party that ..."; nor a known place, "at a Harlow, Quarleshire
    // town hall".)
    const next = tokens[b];
    if (next && !(next.kind === 'word' ? PHRASE_END.has(next.text) : PHRASE_END_MARKS.has(next.text))) return false;
    if (ORG_WORDS.has(tokens[b - 1].lower)) return false;
    const name = textOf(ctx, a, b);
    return !KNOWN_ORGS.has(name) && !isKnownPlace(name);
  },
};
