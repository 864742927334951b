// "according to X": the attribution of wire copy and documents.
import { countBefore } from '../../text/search';
import type { AttributionContext } from '../context';
import { found, WINDOW } from '../context';
import { subjectAfter } from '../subject-after';
import type { CueRule } from '../rule';

/** Where "according to" or "in the words of" stands outside quotations, in order: its first token and the token after it. */
function indexAccordingTo(ctx: AttributionContext): [number, number][] {
  const { tokens, tokenQuote, text } = ctx;
  const out: [number, number][] = [];
  // (Most articles have neither: the tokens are read only where the text holds one.)
  if (!/ccording|words\s+of/i.test(text)) return out;
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (tokenQuote[k] >= 0) continue;
    const w = ctx.tokens[k]?.lower;
    if (w === 'according' && ctx.tokens[k + 1]?.lower === 'to') out.push([k, k + 2]);
    // ("in the words of Tomas Brink, "..."": whose words they are, named after it.)
    else if (w === 'words' && k >= 2 && ctx.tokens[k - 1]?.lower === 'the' && ctx.tokens[k - 2]?.lower === 'in' && ctx.tokens[k + 1]?.lower === 'of' && tokenQuote[k + 1] < 0) out.push([k - 2, k + 2]);
  }
  return out;
}

/** "according to him," / "according to her.": the pronoun alone (not "her lawyer"), read as "he" or "she" would be. */
function objectPronounAt(ctx: AttributionContext, k: number): [number, number] | null {
  const w = ctx.tokens[k]?.lower;
  if (w !== 'him' && w !== 'her' && w !== 'them') return null;
  const next = ctx.tokens[k + 1];
  // ("according to her "clawback" plan": a possessive before a quoted noun.)
  return !next || next.text === ',' || next.text === '.' || next.text === ';' || next.text === ')' ? [k, k + 1] : null;
}

/** "..., according to X", anywhere in the quotation's sentence outside quotations. */
export const accordingTo: CueRule = {
  id: 'according-to',
  description: '"according to X" or "in the words of X" anywhere in the sentence: `The fund is "nearly empty," according to the treasurer.`',
  examples: [
    { text: 'The reservoir is "close to its lowest level in decades," according to Priya Raman.', speaker: 'Priya Raman' },
    { text: 'According to a senior official, the tunnel was "never meant to carry this load."', speaker: 'a senior official' },
    // ("In the words of X" too, before the quotation or after it.)
    { text: 'In the words of Tomas Brink, the harbour plan is "a mess that nobody can now fix."', speaker: 'Tomas Brink' },
    { text: 'Harbour plan\n\nDana Ruiz chairs the residents.\n\n"It is progress," in the words of Tomas Brink.', speaker: 'Tomas Brink' },
    // (A participle after the noun opens what is said of it: the report, not "a report published".)
    { text: 'Inspectors found "serious and widespread failings" at the hospital, according to a report published on Thursday.', speaker: 'a report' },
    // (A participle and its preposition after the source's noun: "a petition signed by ...".)
    { text: 'Traffic\n\nAccording to a petition signed by 2,300 people, the changes have "pushed traffic onto roads that cannot cope".', speaker: 'a petition' },
    // (Whatever the source is: a document, a collective noun without "the".)
    { text: 'According to the charge sheet, the accused "planned the attack for weeks and bought the fuel in advance".', speaker: 'the charge sheet' },
    { text: 'According to police, the man "planned the attack for weeks and bought the fuel in advance".', speaker: 'police' },
    // An object pronoun: the person it stands for, as "he said" would be.
    { text: 'Flood Defences\n\nThe commissioner, Mr Tayo Adeleke, spoke on Monday.\n\nAccording to him, "The flood was caused by people who built on the drains."', speaker: 'Tayo Adeleke' },
  ],
  find(ctx, st) {
    if (st.found) return null;
    const { qa, qb, sent, sentEnd } = st;
    // Anywhere in the sentence outside quotations, within the window: the "according to"s of
    // the text are indexed once (a binary search here).
    const at = ctx.memo.accordingTo ??= indexAccordingTo(ctx);
    const end = Math.min(sentEnd.endToken, qb + WINDOW);
    for (let i = countBefore(at, (x: [number, number]) => x[0] < Math.max(sent.firstToken, qa - WINDOW)); i < at.length && at[i][1] < end; i++) {
      const [k, e] = at[i];
      ctx.counter.steps++;
      // (Leniently: what follows "according to" is a source whatever it is, "the charge
      // sheet", "police", "prosecutors", up to its comma.)
      const subj = objectPronounAt(ctx, e) ?? subjectAfter(ctx, e - 1, sentEnd.endToken, true);
      if (subj) return found('according-to', 'according-to', subj, k, e);
    }
    return null;
  },
};
