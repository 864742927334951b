// Two people named together as the subject of a cue speak together: "Okoro and Farrant said".
import { tokenSpan, type AttributionContext, type Resolved } from './context';
import { isCueAt } from './cues';

/** Verbs of thought that are cues in other shapes, before examples rather than speakers: "think Roosevelt and Clinton". */
const THOUGHT_VERBS = new Set(['think', 'thinks', 'imagine', 'consider', 'remember', 'recall', 'picture', 'see']);

/** Plural titles before two names: "Justices Ravi Vell and Sunita Rao". */
const PLURAL_TITLES = new Set(['Justices', 'Judges', 'Senators', 'Sens.', 'Reps.', 'Drs', 'Drs.', 'Messrs', 'Messrs.', 'Professors', 'Councillors', 'Ministers', 'Commissioners']);
/** Bodies of judges or members named by them: "a bench of Justices ...", "a panel of". */
const PANELS = new Set(['bench', 'panel', 'division']);

/**
 * The span [a, b) is one person's name, and another person's name is joined to it by "and" or "&"
 * as the clause's subject, before it ("Okoro and Farrant said", after a quotation, a sentence's
 * start or a comma) or after it ("said Okoro and Farrant.", the sentence's end or a comma after):
 * the tokens of both names; else null. Not a list of three or more, nor an object ("met Okoro and
 * Farrant").
 */
function conjoinedPeople(ctx: AttributionContext, a: number, b: number): [number, number] | null {
  const { tokens, tokenEntity, entities } = ctx;
  const ei = tokenEntity[a];
  if (ei < 0 || entities[ei].type !== 'person') return null;
  for (let k = a; k < b; k++) if (tokenEntity[k] !== ei) return null;
  const joins = (k: number): boolean => tokens[k]?.lower === 'and' || tokens[k]?.text === '&';
  const personAt = (k: number): number => (k >= 0 && k < tokens.length && tokenEntity[k] >= 0 && tokenEntity[k] !== ei && entities[tokenEntity[k]].type === 'person' ? tokenEntity[k] : -1);
  // (Before: the other name's first token, then whatever opens the clause before it.)
  if (a >= 2 && joins(a - 1) && personAt(a - 2) >= 0) {
    const other = tokenEntity[a - 2];
    let s = a - 2;
    while (s > 0 && tokenEntity[s - 1] === other) s--;
    // ("A bench of Justices Ravi Vell and Sunita Rao said": a plural title before both, and a
    // bench or a panel "of" them, open the phrase.)
    if (s > 0 && PLURAL_TITLES.has(tokens[s - 1].text)) s--;
    if (s > 2 && tokens[s - 1].lower === 'of' && PANELS.has(tokens[s - 2].lower) && /^(?:a|an|the)$/.test(tokens[s - 3].lower)) s -= 3;
    const before = tokens[s - 1];
    const opens = !before || before.sentence !== tokens[s].sentence || before.lower === 'both'
      // (A mark before it, a quotation's close or a colon; a comma only where no name of a list stands before it.)
      // (Not a bracket's: "(think Roosevelt and Clinton)" names examples, no one speaking.)
      || (before.kind === 'punct' && before.text !== '(' && before.text !== '[' && (before.text !== ',' || personAt(s - 2) < 0));
    return opens ? [s, b] : null;
  }
  // (After: "said Okoro and Farrant", the verb before the first name, the other name closing the clause.)
  // (Not "think Roosevelt and Clinton": a verb of thought before examples.)
  if (joins(b) && personAt(b + 1) >= 0 && a > 0 && isCueAt(ctx, a - 1) && !THOUGHT_VERBS.has(tokens[a - 1].lower)) {
    const other = tokenEntity[b + 1];
    let e = b + 1;
    while (e < tokens.length && tokenEntity[e] === other) e++;
    const after = tokens[e];
    if (!after || after.sentence !== tokens[b].sentence || (after.kind === 'punct' && !joins(e))) return [a, e];
  }
  return null;
}

/** The two people of conjoinedPeople as one speaker, no entity: "Okoro and Farrant"; else null. */
export function conjoinedSpeakers(ctx: AttributionContext, a: number, b: number): Resolved | null {
  const pair = conjoinedPeople(ctx, a, b);
  if (!pair) return null;
  const span = tokenSpan(ctx, pair[0], pair[1]);
  return { speaker: { entity: null, name: span.text.replace(/\s+/g, ' '), anonymous: false, mention: span }, resolution: 'description', antecedent: null };
}
