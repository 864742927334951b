// A credit after a dash: `"..." ― Name`, the epigraph and pull-quote style.
import { found } from '../context';
import { isWord } from '../cues';
import type { CueRule } from '../rule';
import { DASHES, officeWordsOnly } from '../words';
import { agentNoun, TITLE_WORDS } from '../../lexicon/lexicon';
import { humanNoun } from '../../lexicon/people';

/** How many tokens after the dash the credit is read: a body's name, an office and a person's name. */
const CREDIT_REACH = 11;

/** Words after a credited name that say where or on what it was said: "on Twitter", "in Harlow", "at the rally". */
const CREDIT_WHERE = new Set(['on', 'in', 'at', 'via', 'speaking', 'writing']);

/**
 * `"..." ― Marisol Ortega`: a dash and a name after the quotation credit it (epigraphs, pull
 * quotes, social posts), in the quotation's paragraph or on a short line of its own after it;
 * so does a person's name in brackets right after it, alone or with who they are (`"..." (Ruiz)`,
 * `"..." (Tomas Brink, fruit grower)`).
 */
export const dashCredit: CueRule = {
  id: 'dash-credit',
  description: 'A dash and a name after the quotation (`"..." ― Ada Nwosu`), or a person\'s name alone in brackets (`"..." (Ruiz)`).',
  examples: [
    { text: '"Every vote is a small act of faith." ― Ada Nwosu', speaker: 'Ada Nwosu' },
    // (A role in lower case before the name, as a sports report's "what they said" lists it.)
    { text: 'Result\n\nCity drew at home.\n\n"It was a fair result," - City captain Tomas Brink.', speaker: 'Tomas Brink' },
    // (Any noun for who the person is; and where or on what they said it after the name.)
    { text: 'Port strike\n\nTomas Brink spoke first.\n\n"Enough is enough" – Valmouth docker Ray Vell on Twitter.', speaker: 'Ray Vell' },
    // (A body's name and an office before the name, however long.)
    { text: 'What they said\n\n"We have taken difficult decisions." - Treasurer Tomas Brink\n\n"Small businesses have been forgotten again." - Harlow Chamber of Commerce chief executive Dana Quillfeather', quote: 'Small businesses', speaker: 'Dana Quillfeather' },
    { text: 'Harbour row: \'We will not back down\' - minister\n\nHarbour Minister Dana Ruiz told the assembly the plan would stand.', speaker: 'Dana Ruiz' },
    // (Or a person's name alone in brackets after it.)
    { text: 'Harbour row\n\nTomas Brink and Dana Ruiz disagree about everything.\n\n"It\'s a done deal" (Ruiz). "Only if the money comes" (Brink).', quote: 'done deal', speaker: 'Dana Ruiz' },
    // (Or with who they are after a comma.)
    { text: 'Village voices\n\nThe village voted on Saturday to oppose the quarry.\n\n"The dust will kill the orchards" (Tomas Brink, fruit grower).', speaker: 'Tomas Brink' },
    // (Not an agency's credit line under a quotation its paragraph attributes.)
    { text: 'Grid warning\n\nThe chamber\'s chief, Karim Nasser, said: "Every outage costs jobs."\n\n- Harlow Wire', speaker: 'Karim Nasser', decidedBy: 'cue-before' },
    // (Not a wire's contribution line after the last paragraph.)
    { text: 'Rent cap\n\nPremier Dana Hale defended the plan, saying it struck "the right balance."\n\n— With files from the agency', speaker: 'Dana Hale', decidedBy: 'cue-before' },
  ],
  find(ctx, st) {
    if (st.found) return null;
    const { tokens, tokenQuote, tokenEntity, sentences, paragraphs } = ctx;
    const { qb, paragraph } = st;
    // `"..." ― Marisol Ortega`: a dash and a name after the quotation (epigraph style).
    // (In the quotation's paragraph, or on a short line of its own after it.)
    const creditPara = qb < tokens.length ? paragraphs[sentences[tokens[qb].sentence].paragraph] : null;
    // (On a line of its own, only under a quotation that is its paragraph, not `Nasser said: "..."`
    // over a wire's "- Agency" credit.)
    const opensParagraph = st.qa === 0 || sentences[tokens[st.qa - 1].sentence].paragraph !== paragraph;
    const creditLine = !!creditPara && (creditPara.index === paragraph || (creditPara.index === paragraph + 1 && opensParagraph && creditPara.end - creditPara.start <= 60));
    if (qb + 1 < tokens.length && DASHES.has(tokens[qb].text) && tokenQuote[qb + 1] < 0 && creditLine) {
      let e = qb + 1;
      // (A role in lower case may stand before the name: `"..." - City captain Tomas Brink.`)
      let role = false;
      // (A body's name may stand there too, its "of" or its possessive inside it: `- Chamber of
      // Commerce chief executive Dana Quillfeather`, `- Tenants' Union spokesperson Priya Vell`.)
      while (e < tokens.length && e < qb + CREDIT_REACH && (isWord(tokens[e]) || (tokenEntity[e] >= 0 && tokenEntity[e] === tokenEntity[e - 1])) && tokens[e].sentence === tokens[qb + 1].sentence) {
        const lowerRole = TITLE_WORDS.has(tokens[e].text) || (tokens[e].text === tokens[e].lower && (humanNoun(tokens[e].lower) || agentNoun(tokens[e].lower)));
        if (!/^\p{Lu}/u.test(tokens[e].text) && tokenEntity[e] < 0 && !lowerRole) break;
        if (lowerRole) role = true;
        e++;
      }
      // (Then the credit ends in a person's name; or, in a headline, it is a bare office, `'...'
      // - minister`, the article's holder of it.)
      if (role && !(tokenEntity[e - 1] >= 0 && ctx.entities[tokenEntity[e - 1]].type === 'person') && !(ctx.furniturePara[paragraph] && officeWordsOnly(tokens, qb + 1, e))) return null;
      // (The name closes the credit: a comma, a bracket or the line's end after it; not "— With
      // files from the agency", a wire's contribution line.)
      const next = tokens[e];
      // (Or where or on what the person said it: `- Tomas Brink on Twitter`, `- Brink in Harlow`.)
      const person = tokenEntity[e - 1] >= 0 && ctx.entities[tokenEntity[e - 1]].type === 'person';
      const closed = !next || next.sentence !== tokens[qb + 1].sentence || next.text === ',' || next.text === '(' || next.text === '.' || (person && CREDIT_WHERE.has(next.lower));
      if (e > qb + 1 && closed) return found('dash-credit', 'cue-after', [qb + 1, e], qb, qb + 1);
    }
    // (`"It's a done deal" (Ruiz).`: a person's name alone in brackets right after the quotation.)
    if (qb + 2 < tokens.length && tokens[qb].text === '(' && tokenEntity[qb + 1] >= 0 && ctx.entities[tokenEntity[qb + 1]].type === 'person') {
      let e = qb + 1;
      while (e < tokens.length && tokenEntity[e] === tokenEntity[qb + 1]) e++;
      // (Or with who they are after a comma: `"..." (Tomas Brink, fruit grower)`.)
      let close = e;
      if (tokens[e]?.text === ',') for (close = e + 1; close < tokens.length && close < e + 7 && isWord(tokens[close]) && tokenQuote[close] < 0; close++);
      if (tokens[close]?.text === ')') return found('dash-credit', 'cue-after', [qb + 1, e], qb, qb + 1);
    }
    return null;
  },
};
