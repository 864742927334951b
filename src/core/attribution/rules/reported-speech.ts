// Reported speech inside reported speech: the one who reports it speaks.
import { appositiveOpening, titledOpening } from '../antecedents';
import { clauseStart, contrastAt, isPersonish } from '../clauses';
import { found, type AttributionContext, type Found } from '../context';
import { isCueAt } from '../cues';
import { subjectBefore } from '../phrases';
import type { CueRule } from '../rule';
import { REPORTING } from '../words';
import { TITLE_WORDS } from '../../lexicon/lexicon';
import { isCapWord } from '../../text/words';
import { floorOf } from './cue-before';

/** What the cue-before rules found: the only findings these two refine. */
const BEFORE = new Set(['cue-before', 'passive-agent', 'issuer-speaks']);

/**
 * `Ward said ... that Osei once described the deal as "a bargain"`: reported speech inside
 * reported speech belongs to the one who reports it, opening the sentence (the news convention,
 * and the PolNeAR annotation's). Not a second clause with a speaker of its own (`, and ... the
 * father of two replied, "..."`), nor across a colon or semicolon.
 */
export const reportedSpeech: CueRule = {
  id: 'reported-speech',
  description: 'Nested reported speech belongs to whoever reports it: `Ward said Osei had called the deal "a bargain"`.',
  examples: [
    { text: 'Mayor Ines Ward said on Friday that her rival had once described the scheme as "a bargain for the city."', speaker: 'Ines Ward' },
    // (The phrase before "described" ends at "said": "Police said officers" is no one.)
    { text: 'Police said officers later described the scene as "chaotic and frightening for everyone".', speaker: 'Police' },
    // (Not the subject of a passive verb of telling: its agent speaks.)
    { text: 'Deal\n\nDana Ruiz was told by Karim Nasser that the money had "simply run out".', speaker: 'Karim Nasser', decidedBy: 'passive-agent' },
    // (Not a direct quotation its own verb introduces with a colon: the inner speaker's words.)
    { text: 'Advice\n\nDana Ruiz said her father, Tomas Brink, had told her: "Never give up."', speaker: 'Tomas Brink', decidedBy: 'cue-before' },
    // (Nor a second clause after "and" whose verb the quotation follows right after: "he" speaks.)
    { text: 'Notice\n\nI handed in my notice on Friday. I told Tomas Brink and he said "I am disappointed but not surprised". It felt like a compliment.', speaker: 'Tomas Brink', decidedBy: 'cue-before' },
    // (A phrase of where or when may stand between the verb and its colon.)
    { text: 'Tribunal\n\nDana Ruiz said her manager, Tomas Brink, had told her in the car park: "You are finished here."', speaker: 'Tomas Brink', decidedBy: 'cue-before' },
    // (A name after its title and its portfolio's words reports.)
    { text: 'Maunga\n\nTreaty Harbours Minister Paul Vell said the Crown acknowledged the "deep harm" caused by the confiscation.', speaker: 'Paul Vell' },
    // (A name in apposition to a description opening the sentence reports; "the family felt" is
    // what she reports.)
    { text: 'Inquiry\n\nThe patient died in March.\n\nHis daughter, Kenzie Vell, said the family felt "vindicated but heartbroken".', speaker: 'Kenzie Vell' },
    // ("He" the subject of the sentence before: a name in apposition to a description whose head
    // comes before its complement, "a director in the ministry", after an opening participle.)
    { text: 'Audit\n\nA member of the panel, Hon. Tamuno Ekpere, described the deal as "a scandal".\n\nResponding, a director in the ministry, Mr. Tomas Brink, told the panel the deal predated him. He said the ministry had written to the firm "on three occasions" without reply.', quote: 'on three', speaker: 'Tomas Brink' },
  ],
  find(ctx, st) {
    const f = st.found;
    if (!f || !BEFORE.has(f.rule)) return null;
    const { tokens, tokenQuote } = ctx;
    const start = clauseStart(ctx, floorOf(ctx, st), f.speakerStart);
    for (let k = start; k < f.speakerStart && k < start + 12; k++) {
      if (tokenQuote[k] >= 0 || tokens[k].text === ':' || tokens[k].text === ';') break;
      if (!REPORTING.test(ctx.tokens[k]?.lower) || !isCueAt(ctx, k)) continue;
      // (A passive's subject heard the words: "Ruiz was told by Karim Nasser that ..." is Nasser's.)
      if (k > 0 && /^(?:was|were|is|are|been|being)$/.test(ctx.tokens[k - 1].lower)) break;
      const subj = subjectBefore(ctx, k, start);
      // (Or a name in apposition to a description opening the sentence: "His daughter, Karen
      // Vell, said the family felt ...".)
      // (Or after its title, perhaps after its portfolio's words: "Treaty Negotiations Minister X
      // said the Crown acknowledged ...".)
      if (!subj || (subj[0] > start + 2 && !appositiveOpening(ctx, start, subj[0], subj[1]) && !titledOpening(ctx, start, subj[0]) && !portfolioTitled(ctx, start, subj[0])) || subj[1] > f.speakerStart) break;
      let clean = true;
      // (", and ... the father of two replied": a second clause with a speaker of its own;
      // but not the writer's "and I quote".)
      // (Or with no comma, the quotation right after its verb: "I told Tom Vale and he said "...".")
      const own = !/^(?:i|we)$/.test(ctx.tokens[f.speakerStart]?.lower) && (st.qa === f.cueEnd || (st.qa - f.cueEnd === 1 && /^[,:]$/.test(tokens[f.cueEnd].text)));
      for (let j = k + 1; j < f.speakerStart; j++) {
        if (tokens[j].text === ':' || tokens[j].text === ';' || tokenQuote[j] >= 0) clean = false;
        if (own && (tokens[j].text === ',' || j === f.speakerStart - 2) && /^(?:and|but)$/.test((ctx.tokens[j + 1]?.lower ?? ''))) clean = false;
        // (`Ottawa warned ..., while Lisbon denied anything but "routine" checks`: a contrast
        // opens a clause whose subject speaks for itself.)
        if (contrastAt(ctx, j)) clean = false;
      }
      // (A direct quotation its own verb introduces with a colon, `Ruiz said the man told her:
      // "..."`, is the inner speaker's words, not reported ones.)
      if (colonIntroduced(ctx, f.cueEnd, st.qa)) clean = false;
      return clean && f.speakerStart - k <= 25 ? found('reported-speech', 'cue-before', subj, k, k + 1) : null;
    }
    return null;
  },
};

/** Between a cue's end and the quotation at qa, at most an object pronoun and then a colon: `told her: "..."`, `warned: "..."`. */
function colonIntroduced(ctx: Parameters<CueRule['find']>[0], cueEnd: number, qa: number): boolean {
  const { tokens } = ctx;
  // (Not a participle's, ", adding: "..."": whose clause it joins is what this rule reads.)
  if (qa - 1 < cueEnd || tokens[qa - 1].text !== ':' || ctx.tokens[cueEnd - 1].lower.endsWith('ing')) return false;
  let j = cueEnd;
  if (j < qa - 1 && /^(?:her|him|them|me|us|reporters|journalists)$/.test(ctx.tokens[j].lower)) j++;
  if (j === qa - 1) return true;
  // (Or a short phrase of where or when after it: `told her in a corridor: "..."`.)
  if (!SETTING_PREPOSITIONS.has(ctx.tokens[j].lower) || qa - 1 - j > SETTING_WORDS) return false;
  for (let m = j + 1; m < qa - 1; m++) if (tokens[m].kind !== 'word' && tokens[m].kind !== 'number') return false;
  return true;
}

/** Prepositions opening where or when the words were said, between a verb and its colon. */
const SETTING_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'outside', 'inside', 'over', 'by']);
/** Most words of that phrase, its preposition counted. */
const SETTING_WORDS = 5;

/**
 * The nearest cue's subject is no person ("the harbour authority", "a statement"), but the sentence
 * opens with a person's attribution: `Okafor says ... the agency will announce a "..."`.
 */
export const reporterOpensSentence: CueRule = {
  id: 'reporter-opens-sentence',
  description: 'When the nearest cue\'s subject is no person, a person\'s attribution opening the sentence wins: `Okafor says the agency will "..."`.',
  examples: [
    { text: 'Minister Kofi Mensah predicted the ministry would announce "a complete overhaul of the rules."', speaker: 'Kofi Mensah' },
    // (Not a direct quotation the inner verb introduces with a colon: the one described speaks.)
    { text: 'Tribunal\n\nDana Ruiz said the head told her: "You are finished here."', speaker: 'the head', decidedBy: 'cue-before' },
    // (Not past a contrast: the second clause's subject speaks for itself.)
    { text: 'Chief executive Dana Ruiz said the company was "confident in the plan", but analysts at Brink Securities described the update as "a clear downgrade".', quote: 'a clear downgrade', speaker: 'analysts at Brink Securities', decidedBy: 'cue-before' },
  ],
  find(ctx, st) {
    const f: Found | null = st.found;
    if (!f || !(BEFORE.has(f.rule) || f.rule === 'reported-speech') || isPersonish(ctx, f.speakerStart, f.speakerEnd)) return null;
    // (`Ruiz said the head told her: "..."`: a direct quotation its own verb introduces with a
    // colon is the inner speaker's, described or not.)
    if (colonIntroduced(ctx, f.cueEnd, st.qa)) return null;
    const { tokenQuote } = ctx;
    const floor = floorOf(ctx, st);
    for (let k = floor; k < f.cueStart; k++) {
      if (tokenQuote[k] >= 0 || !isCueAt(ctx, k)) continue;
      const subj = subjectBefore(ctx, k, floor);
      if (!subj || subj[0] > floor + 2 || !isPersonish(ctx, subj[0], subj[1])) return null;
      // (`X said the firm was "confident", but analysts described it as "..."`: a contrast or a
      // colon between closes the opener's speech; the second clause's subject speaks for
      // itself. A quotation between does not: `She declared "..." and said her campaign would
      // continue "..."`.)
      for (let j = k + 1; j < f.speakerStart; j++) {
        const t = ctx.tokens[j].text;
        if (t === ':' || t === ';' || contrastAt(ctx, j, true)) return null;
      }
      return found('reporter-opens-sentence', 'cue-before', subj, k, k + 1);
    }
    return null;
  },
};

/** Tokens [first, k) are a title's capitalised words, no one's name, its last a title's word: "Treaty Negotiations Minister". At most five. */
function portfolioTitled(ctx: AttributionContext, first: number, k: number): boolean {
  if (k - first > 5 || k - first < 2 || !TITLE_WORDS.has(ctx.tokens[k - 1].lower)) return false;
  for (let j = first; j < k; j++) if (!isCapWord(ctx.tokens[j]) || ctx.tokenEntity[j] >= 0) return false;
  return true;
}
