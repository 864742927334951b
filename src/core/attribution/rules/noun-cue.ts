// A noun that carries speech, with its possessor: `Okafor's claim that "..."`.
import { possessorBefore } from '../clauses';
import { found, type AttributionContext, type Found } from '../context';
import { NOUN_CUES } from '../cues';
import type { CueRule } from '../rule';
import { floorOf } from './cue-before';
import { subjectAfter } from '../subject-after';
import { DASHES } from '../words';

/** `the senator's claim that there were "thousands of cases"`, `his remarks`: the possessor of a noun of speech speaks. */
export const nounCue: CueRule = {
  id: 'noun-cue',
  description: 'The possessor of a noun that carries speech: `Okafor\'s claim that "..."`.',
  examples: [
    { text: 'The town still remembers Governor Hanne Dahl\'s promise that the roads would be "repaired by spring."', speaker: 'Hanne Dahl' },
  ],
  find(ctx, st) {
    if (st.found) return null;
    const { tokenQuote } = ctx;
    const floor = floorOf(ctx, st);
    for (let k = st.qa - 1; k >= floor + 1; k--) {
      if (tokenQuote[k] >= 0 || !NOUN_CUES.has(ctx.tokens[k]?.lower)) continue;
      const poss = possessorBefore(ctx, k, floor);
      if (poss) return found('noun-cue', 'cue-before', poss, k, k + 1);
    }
    return null;
  },
};

/** The words between a quotation and a noun of speech after it: `"..." – that was the message from`. */
const THAT = /^(?:that|this|such|so|those|these)$/;
/** What follows a quotation as its own kind: a noun of speech, or someone's reaction, plea or view. */
const isAfterNoun = (w: string): boolean => NOUN_CUES.has(w) || w === 'reaction' || w === 'plea' || w === 'view';
const WAS = /^(?:was|is|were|came|comes|'s|’s)$/;

/**
 * `"..." – that was the message from Tarun Okeke`, `"...," came the reply from the minister`: a
 * noun of speech after the quotation, "was" or "came" before it and "from" or "of" after it,
 * names the speaker. Within a dozen tokens of the quotation's end.
 */
export const nounCueAfter: CueRule = {
  id: 'noun-cue-after',
  description: 'A noun of speech after the quotation, and who it came from (`"..." – that was the message from Tarun Okeke`, `The defiant message came from ...`), or `is how X puts it`, `in X\'s view`, `was the word X used`.',
  examples: [
    { text: 'Council row\n\nKarim Nasser leads the opposition.\n\n"We will not be bullied" – that was the message from Tarun Okeke on Monday.', speaker: 'Tarun Okeke' },
    { text: 'Strike talks\n\nThe union asked for more time. "Not a day longer," came the reply from the minister.', speaker: 'the minister' },
    // ("That's", the contraction.)
    { text: 'Fair returns\n\nThe fair came back after three years.\n\n"Best day of the summer." That\'s the verdict of Marta Vell, who won a goldfish.', speaker: 'Marta Vell' },
    // (Someone's reaction, "those were the first words", and a name's possessive.)
    { text: 'Fire\n\n"I am shocked and saddened." That was the reaction of Tomas Brink, the club\'s chairman, on Sunday.', speaker: 'Tomas Brink' },
    { text: 'Fire\n\n"We will rebuild the stand." Those were the first words of Dana Ruiz after the fire.', speaker: 'Dana Ruiz' },
    { text: 'Fire\n\nKarim Nasser spoke first.\n\n"Never again, not here," was Lena Early\'s response.', speaker: 'Lena Early' },
    // (Not "That was also the view of ...": "also" gives a like view, the words stay their speaker's.)
    { text: 'Four-day week\n\n"Small firms cannot absorb it," said business leader Tomas Brink. "The report ignores them."\n\nThat was also the view of Dana Ruiz, who runs a bakery.', quote: 'ignores them', speaker: 'Tomas Brink', decidedBy: 'continuation' },
    // ("is how X puts it", "in X's view", "was the word X used".)
    { text: 'Harbour plan\n\nTomas Brink runs the cafe.\n\n"It is madness," is how Dana Ruiz puts it.', speaker: 'Dana Ruiz' },
    { text: 'Port strike\n\n"We are not going back for less than inflation," was how union organiser Tomas Brink put it.', speaker: 'Tomas Brink' },
    { text: 'Harbour plan\n\nDana Ruiz chairs the residents.\n\nThe plan is "not fair", in Karim Nasser\'s view.', speaker: 'Karim Nasser' },
    { text: 'Harbour plan\n\nDana Ruiz chairs the residents.\n\n"Is this a joke?" was Tomas Brink\'s first reaction.', speaker: 'Tomas Brink' },
    { text: 'Harbour plan\n\nTomas Brink runs the cafe.\n\n"Vandalism" was the word Dana Ruiz used at the meeting.', speaker: 'Dana Ruiz' },
    // (The noun first, then "came from".)
    { text: 'Appeal\n\nTomas Brink lost on Monday.\n\n"We are going nowhere." The defiant message came from his lawyer, Karim Nasser, on Tuesday.', speaker: 'Karim Nasser' },
    // (A participle and "by" after the noun.)
    { text: 'Merger\n\nMerger talk dominated the week. Shareholders were promised "more sailings and lower fares for the islands."\n\nThat\'s the upbeat view offered by Dana Ruiz, the chief executive, on Monday.', speaker: 'Dana Ruiz' },
  ],
  find(ctx, st) {
    if (st.found) return null;
    const { tokens, tokenQuote } = ctx;
    const end = Math.min(tokens.length, st.qb + 12);
    let k = st.qb;
    if (k < end && (DASHES.has(tokens[k].text) || tokens[k].text === ',' || tokens[k].text === '.')) k++;
    // (`"We are going nowhere." The defiant message came from Dana Ruiz`: the noun first, then
    // "came from".)
    const inverse = nounThenCame(ctx, k, end) ?? howOrWordsOf(ctx, k, end);
    if (inverse) return inverse;
    if (k < end && THAT.test(tokens[k].lower)) k++;
    if (!(k < end && WAS.test(tokens[k].lower))) return null;
    k++;
    // (Not "That was also the view of Rhona Keir": "also" gives her a view like the one quoted,
    // whose words stay the speaker's before.)
    if (k < end && tokens[k].lower === 'also') return null;
    // (`"Never again," was Lena Early's response`: whose, by a name's possessive.)
    const ei = k < end ? ctx.tokenEntity[k] : -1;
    if (ei >= 0 && ctx.entities[ei].type === 'person') return personsNoun(ctx, k, end, isAfterNoun);
    if (k < end && (tokens[k].lower === 'the' || tokens[k].lower === 'a')) k++;
    // (A modifier or two: "the defiant message", "the blunt verdict", "the first words".)
    for (let m = 0; m < 2 && k < end && tokens[k].kind === 'word' && tokens[k].text === tokens[k].lower && !isAfterNoun(tokens[k].lower); m++) k++;
    if (!(k < end && isAfterNoun(tokens[k].lower))) return null;
    const noun = k++;
    // (Or a participle and "by": `That's the optimistic view offered by Dana Ruiz`.)
    if (k + 1 < end && tokens[k].kind === 'word' && /^\p{Ll}+(?:ed|en)$/u.test(tokens[k].text) && tokens[k + 1].lower === 'by') k++;
    else if (!(k < end && (tokens[k].lower === 'from' || tokens[k].lower === 'of'))) return null;
    const subj = subjectAfter(ctx, k, Math.min(tokens.length, k + 10), true);
    return subj && tokenQuote[subj[0]] < 0 ? found('noun-cue-after', 'cue-after', subj, noun, noun + 1) : null;
  },
};

/** `The defiant message came from Dana Ruiz`: a determiner, a modifier or two, a noun of speech, "came from" and who (from token k, before `end`). */
function nounThenCame(ctx: AttributionContext, k: number, end: number): Found | null {
  const { tokens, tokenQuote } = ctx;
  if (!(k < end && /^(?:the|this|that|a)$/.test(tokens[k].lower) && /^\p{Lu}/u.test(tokens[k].text))) return null;
  k++;
  for (let m = 0; m < 2 && k < end && tokens[k].kind === 'word' && tokens[k].text === tokens[k].lower && !isAfterNoun(tokens[k].lower); m++) k++;
  if (!(k < end && isAfterNoun(tokens[k].lower))) return null;
  const noun = k++;
  if (!(k + 1 < end && /^(?:came|comes)$/.test(tokens[k].lower) && tokens[k + 1].lower === 'from')) return null;
  const subj = subjectAfter(ctx, k + 1, Math.min(tokens.length, k + 12), true);
  return subj && tokenQuote[subj[0]] < 0 ? found('noun-cue-after', 'cue-after', subj, noun, noun + 1) : null;
}

/** What "in X's ..." after a quotation says was X's: "in Karim Nasser's view". */
const IN_VIEW = /^(?:view|words|opinion|estimation|judgment|judgement|assessment)$/;

/**
 * The person named from token k, a possessive, perhaps a modifier in lower case, and a noun
 * `noun` accepts (before `end`): "Lena Early's response", "Tomas Brink's first reaction". The
 * person speaks, by that noun; else null.
 */
function personsNoun(ctx: AttributionContext, k: number, end: number, noun: (w: string) => boolean): Found | null {
  const { tokens, tokenEntity } = ctx;
  let e = k;
  while (e < end && tokenEntity[e] === tokenEntity[k]) e++;
  if (!(e + 1 < end && (tokens[e].text === "'s" || tokens[e].text === '’s'))) return null;
  // (A modifier between: "was Tomas Brink's first reaction".)
  const n = e + 2 < end && tokens[e + 1].kind === 'word' && tokens[e + 1].text === tokens[e + 1].lower && !noun(tokens[e + 1].lower) ? e + 2 : e + 1;
  return noun(tokens[n].lower) ? found('noun-cue-after', 'cue-after', [k, e], n, n + 1) : null;
}

/** Verbs after "is how X" or "the word X" that say X said it: "puts it", "described it", "used". */
const HOW_VERBS = new Set(['puts', 'put', 'described', 'describes', 'sums', 'summed', 'sees', 'saw', 'used', 'uses', 'chose', 'chooses', 'called', 'calls']);

/**
 * After the quotation, from token k: `is how Dana Ruiz puts it`, `was the word Dana Ruiz used`
 * (a name or a pronoun, then such a verb), or `in Karim Nasser's view` (rule according-to reads
 * `in the words of Tomas Brink`).
 */
function howOrWordsOf(ctx: AttributionContext, k: number, end: number): Found | null {
  const { tokens, tokenEntity, entities } = ctx;
  // (`..., in Karim Nasser's view.`, "in Dana Ruiz's words": whose view it is.)
  if (k + 3 < end && tokens[k].lower === 'in' && tokenEntity[k + 1] >= 0 && entities[tokenEntity[k + 1]].type === 'person') return personsNoun(ctx, k + 1, end, (w) => IN_VIEW.test(w));
  if (!(k + 2 < end && /^(?:is|was)$/.test(tokens[k].lower))) return null;
  let j = k + 1;
  if (tokens[j].lower === 'the' && /^(?:word|words|phrase)$/.test(tokens[j + 1]?.lower ?? '')) j += 2;
  else if (tokens[j].lower === 'how') j++;
  else return null;
  // ("was how union organiser Kev Dolan put it": who the person is, in lower case, before the name.)
  let m = j;
  while (m < end && m < j + 4 && tokenEntity[m] < 0 && tokens[m].kind === 'word' && tokens[m].text === tokens[m].lower && !HOW_VERBS.has(tokens[m].lower)) m++;
  if (m > j && tokenEntity[m] >= 0 && entities[tokenEntity[m]].type === 'person') j = m;
  const ei = tokenEntity[j] ?? -1;
  let e = j;
  if (ei >= 0 && entities[ei].type === 'person') while (e < end && tokenEntity[e] === ei) e++;
  else if (/^(?:he|she|they)$/.test(tokens[j]?.lower ?? '')) e = j + 1;
  else return null;
  return e < end && HOW_VERBS.has(tokens[e].lower) ? found('noun-cue-after', 'cue-after', [j, e], e, e + 1) : null;
}
