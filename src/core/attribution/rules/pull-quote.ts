// A quotation in the headline, a subheading or a caption that repeats words the body quotes:
// the pull-quote convention. It is the body speaker's, whoever the display line seems to name.
import { lowerWord } from '../../lexicon/lexicon';
import { furnitureAt } from '../../text/furniture';
import type { AttributionContext } from '../context';
import type { Speaker } from '../../types';
import type { RepeatRule } from '../rule';
import { hasRole } from '../words';
import { interviewOf } from './interview-answer';

/** Display lines: their quotations repeat the body's (headline, subheading, caption). */
const DISPLAY = new Set(['headline', 'heading', 'caption', 'front-matter']);

/** Body quotations compared with each display quotation (bounded, so time stays linear). */
const MAX_COMPARED = 200;

/** The quotation's words, lower case, letters and digits only ("We can't wait!" -> we cant wait). */
function wordsOf(text: string, start: number, end: number): string[] {
  return text.slice(start, end).toLowerCase().replace(/['’‘`]/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** `small` is a run of `big`'s words, in order. */
function containsRun(big: readonly string[], small: readonly string[]): boolean {
  outer: for (let i = 0; i + small.length <= big.length; i++) {
    for (let j = 0; j < small.length; j++) if (big[i + j] !== small[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Do the display line's words `h` repeat the body quotation's `b`? A run of the body's words
 * (a headline quotes part of a sentence), or the whole body quotation inside a longer display
 * line. Two words must be the whole quotation: two words inside a long quotation may be
 * anyone's.
 */
function repeatsWords(h: readonly string[], b: readonly string[]): boolean {
  if (!h.length || !b.length) return false;
  if (h.length <= 2 || b.length <= 2) return h.length === b.length && h.every((w, i) => w === b[i]);
  return h.length <= b.length ? containsRun(b, h) : containsRun(h, b);
}

/** The words of quotation `qi` when it stands in a display line, at least `min` of them; else null. */
function displayWords(ctx: AttributionContext, qi: number, min: number): string[] | null {
  const q = ctx.quotes[qi];
  const f = furnitureAt(ctx.structure.furniture, q.start);
  if (!f || !DISPLAY.has(f.kind)) return null;
  const h = wordsOf(ctx.text, q.innerStart, q.innerEnd);
  return h.length >= min ? h : null;
}

/**
 * `'We cannot wait any longer': dock workers walk out` above a body that quotes the same words
 * with a speaker: the headline's quotation (likewise a subheading's or a caption's) is that
 * speaker's. Only a quotation no cue of its own credits, or one whose cue names a role alone
 * ("Police chief warns of 'summer of trouble'"; one word only of someone with the role): a
 * display line's cue that names someone still decides (`'We will rebuild', Nasser vows`). Where
 * the body quotes the words with two speakers, none.
 */
export const pullQuote: RepeatRule = {
  id: 'pull-quote',
  description: 'A quotation in the headline, a subheading or a caption that repeats words the body quotes, or an interview\'s answer, is the body speaker\'s.',
  examples: [
    { text: "'We cannot wait any longer': dock workers walk out\n\nDock workers at Harlow walked out on Monday.\n\n\"We cannot wait any longer for a fair offer,\" said Rhys Colby, the union's branch secretary.", quote: 'any longer\'', speaker: 'Rhys Colby' },
    // (An interview's headline quotes the interviewee's answer, in quotation marks or not.)
    { text: "'I never planned to be a politician'\n\nKarim Nasser was elected mayor of Harlow last month.\n\nWhat made you run for mayor?\n\nHonestly, I never planned to be a politician. I was a teacher.\n\nYour rivals say your plan cannot be paid for. Are they right?\n\nNo. We have costed every line of it.", quote: 'politician\'', speaker: 'Karim Nasser' },
    // (An interview's headline whose words no answer holds: the one interviewee's, as the desk sums them up.)
    // (So in an interview of questions and quoted answers, no labels.)
    { text: "'Nobody plans to run a harbour'\n\nMarta Okonjo has run the Harbour Authority for six years.\n\nWhy did you choose a new operator?\n\n\"The old contract ran out.\"\n\nWill fares go up?\n\n\"Not this year. We have frozen them.\"", quote: 'Nobody plans', speaker: 'Marta Okonjo' },
    { text: "'We have to earn back trust': an interview with the new police chief\n\nDana Ruiz took over as chief constable in January.\n\nWhat are you doing about knife crime?\n\nWe've put more officers on the streets at night.\n\nIs morale low?\n\nI think people are tired.\n\nYour budget will be cut again. What happens then?\n\nThen we'll have to make choices.", quote: 'trust\'', speaker: 'Dana Ruiz' },
    { text: 'Festival crowds "like nothing we have seen"\n\nThe organiser Dana Hale said the crowds were "like nothing we have seen in twenty years".', quote: 'seen"', speaker: 'Dana Hale' },
    // (The headline's cue names a role alone: the person the body quotes in the same words.)
    { text: "Police chief warns of 'summer of trouble'\n\nThe county's most senior officer, Dana Ruiz, said officers were preparing for a \"summer of trouble\".", quote: 'trouble\'', speaker: 'Dana Ruiz' },
  ],
  repeats(ctx, results, qi) {
    const { text, quotes, structure } = ctx;
    const r = results[qi];
    // (A display line's own cue that names someone by a role alone, "Minister hails 'historic'
    // deal", is answered by the body's naming: the person the body quotes in the same words.)
    const described = !!r.decision && r.decision.resolution === 'description' && !r.speaker?.entity;
    if (r.decision && r.decision.tier === 'explicit' && r.kind === 'direct' && !described) return -1;
    // (One word is a term or a title as often as speech: 'lame', 'Surge'; after a role's cue
    // only the body quotation of someone with that role: 'historic' of the minister.)
    const h = displayWords(ctx, qi, described ? 1 : 2);
    if (!h) return -1;
    const role = described && h.length < 2 ? lowerWord(r.speaker!.name).split(/\s+/).pop()! : null;
    let found = -1;
    let compared = 0;
    for (let j = 0; j < quotes.length && compared < MAX_COMPARED; j++) {
      if (j === qi) continue;
      const p = quotes[j];
      const pf = furnitureAt(structure.furniture, p.start);
      if (pf && DISPLAY.has(pf.kind)) continue;
      compared++;
      const a = results[j];
      if (!a.speaker || a.kind !== 'direct' || !a.decision || (described && !a.speaker.entity)) continue;
      if (role && !hasRole(ctx.entityById.get(a.speaker.entity!)?.role, role)) continue;
      const memo = (ctx.memo.quoteWords ??= []);
      const b = (memo[j] ??= wordsOf(text, p.innerStart, p.innerEnd));
      if (!repeatsWords(h, b)) continue;
      if (found >= 0 && results[found].speaker!.name !== a.speaker.name) return -1;
      if (found < 0) found = j;
    }
    return found;
  },
  answeredIn(ctx, qi) {
    const { text, paragraphs, turnSpeaker } = ctx;
    // (Three words at least: prose repeats two words by chance.)
    const h = displayWords(ctx, qi, 3);
    if (!h) return null;
    // (No answer holds the words: the headline of an interview with one interviewee, who gave at
    // least two answers, quotes them, as the desk sums up what they said.)
    let only: Speaker | null = null;
    let answers = 0;
    for (let p = 0, compared = 0; p < paragraphs.length && compared < MAX_COMPARED; p++) {
      const sp = turnSpeaker[p];
      if (!sp) continue;
      compared++;
      if (containsRun(wordsOf(text, paragraphs[p].start, paragraphs[p].end), h)) return sp;
      if (answers >= 0 && only && only.name !== sp.name) answers = -1;
      else if (answers >= 0) { only = sp; answers++; }
    }
    const headline = ctx.structure.headline;
    const q = ctx.quotes[qi];
    if (!headline || q.start < headline.start || q.end > headline.end) return null;
    if (answers >= 2) return only;
    // (Or an interview of questions and quoted answers, no labels: its interviewee.)
    const interview = answers === 0 ? interviewOf(ctx) : null;
    return interview ? { entity: interview.interviewee.id, name: interview.interviewee.name, anonymous: false, mention: interview.mention } : null;
  },
};
