// Interviews: a quotation inside an answer with no cue of its own is the answerer's.
import type { ContextRule } from '../rule';
import { neighbours } from './neighbours';

/**
 * In an interview or transcript (`Jane Doe: ...`, `Q:`/`A:`, `Q.`/`A.`), a quotation inside a
 * turn with no cue of its own is taken as the labelled speaker's words, often the answerer
 * quoting themselves: `I thought, "let's try it"`. An "A" turn is the person the article
 * introduced before the first turn. Inferred: the label names the turn, not the
 * quotation. A quotation right after an attributed one in the same paragraph is left to
 * `continuation`.
 */
export const interviewTurn: ContextRule = {
  id: 'interview-turn',
  tier: 'inferred',
  description: 'In an interview, a quotation inside an answer with no cue of its own is the answerer\'s (inferred from the turn\'s label).',
  examples: [
    { text: 'Headline here\n\nMaria Okafor: How did it start?\n\nTomas Brink: The night was long. "This is the moment to quit and start again."\n\nOkafor: And then?', speaker: 'Tomas Brink' },
    // (An office's label with its holder's name in brackets, as Hansard and minutes write it: the holder speaks.)
    { text: 'Debate\n\nMr Tom Reid (Harlow North): Will the Secretary of State tell the House when the ward will reopen?\n\nThe Secretary of State for Health (Dana Ruiz): I told the hon. Gentleman last week, "It will reopen in May," and I stand by that.\n\nMr Reid: She said that in March too.', speaker: 'Dana Ruiz' },
    // Answers labelled "A" (or "A.") are the person the article introduced before the first question.
    { text: 'Harbour chief\n\nIdris Vantongeren has run the port for ten years.\n\nQ. What changed most?\n\nA. The ships doubled in size. "We had to dredge the channel twice," and that cost more than the quay.\n\nQ. Will fees rise?\n\nA. Not this year.', speaker: 'Idris Vantongeren' },
    // (Not the interviewer named last before the first turn: "She spoke to Tomas Brink"; "I" in an
    // "A" turn is the interviewee.)
    { text: 'The planner who said no\n\nDana Ruiz spent a decade as chief planner. She spoke to Tomas Brink.\n\nQ: Why did you refuse so many?\n\nA: Most were on land that floods. I told councillors, "If you approve this, you are approving the next evacuation."\n\nQ: Did they listen?\n\nA: Some did.', speaker: 'Dana Ruiz', decidedBy: 'cue-before' },
  ],
  credit(ctx, st) {
    const sp = ctx.turnSpeaker[st.paragraph];
    if (!sp) return null;
    const n = neighbours(ctx, st);
    if (n.samePara && n.prev?.speaker && n.prev.kind === 'direct') return null;
    return { speaker: sp, cue: null, method: 'paragraph', resolution: 'label', antecedent: sp.mention };
  },
};
