// A colon that opens the quotation: `More from the minister: "..."`.
import { isAllCaps } from '../../text/words';
import { clauseSubject, isPersonish } from '../clauses';
import { found, type AttributionContext } from '../context';
import { hasQuoteBetween, subjectBefore } from '../phrases';
import { subjectAfter } from '../subject-after';
import type { CueRule } from '../rule';
import { floorOf } from './cue-before';
import { CLAUSE_OPENERS, DETERMINERS, HEARER_VERBS, hearerPassiveAt, LOCATIVES } from '../words';

/** Prepositions whose object, before the colon, is a thing and no speaker ("after the verdict:"). */
const THING_PREPOSITIONS = new Set(['after', 'before', 'about', 'over', 'on', 'in', 'at', 'with', 'during', 'against', 'into', 'following', 'despite', 'amid']);

/** A document's verbs, in forms no noun has ("From the report:" is no verb). */
const DOCUMENT_VERBS = /^(?:said|says|stated|states|wrote|writes|added|adds|declared|declares|warned|warns)$/;

/** The word before the colon at `end` is a verb of saying after a comma or a noun ("..., seen by this newspaper, states:"), no noun itself. */
function verbAsNoun(ctx: AttributionContext, end: number, floor: number): boolean {
  const t = ctx.tokens[end - 1];
  return end - 2 > floor && !!t && t.text === t.lower && DOCUMENT_VERBS.test(t.text) && !DETERMINERS.has(ctx.tokens[end - 2].lower);
}

/** How far back a parenthetical between commas before a verb is passed over: ", seen by this newspaper,". */
const PARENTHETICAL_REACH = 10;

/** The subject before the verb at `verb`, over a parenthetical between commas right before it ("A letter from X, seen by this newspaper, states:"). */
function subjectBeforeVerb(ctx: AttributionContext, verb: number, floor: number): [number, number] | null {
  const { tokens } = ctx;
  let e = verb;
  if (tokens[e - 1]?.text === ',') {
    for (let k = e - 2; k > floor && k >= verb - PARENTHETICAL_REACH; k--) if (tokens[k].text === ',') { e = k; break; }
  }
  return subjectBefore(ctx, e, floor);
}

/**
 * `More from Alvarez and Chen: "..."`: the name before a colon that opens the quotation;
 * `From the report: "..."`: the source after "from"; `The judge leaned in and boomed: "..."`:
 * the subject of the clause the colon ends.
 */
export const colonLead: CueRule = {
  id: 'colon-lead',
  description: 'The subject of the clause a colon ends, right before the quotation: `The judge leaned forward: "..."`.',
  examples: [
    // (A verb of saying before the colon is no noun: the subject before it, over a parenthetical.)
    { text: 'Talks\n\nThe talks ended.\n\nA letter from opposition leaders, seen by this newspaper, states: "No agreement can be legitimate."', speaker: 'A letter' },
    // (Whom the words were for is no speaker: the clause's subject is.)
    { text: 'The rally ran late. Dana Ruiz then addressed the supporters again: "We are not done yet."', speaker: 'Dana Ruiz' },
    // (The subject of a passive verb of telling heard the words; its agent, if named, spoke them.)
    { text: 'Residents were told: "Expect some disruption for at least a month."', speaker: null, unattributed: true },
    { text: 'Residents were warned by the council: "Expect some disruption for at least a month."', speaker: 'the council', decidedBy: 'passive-agent' },
    // (The agent's name in apposition to it: "by one parent, Leanne Vell:".)
    { text: 'Merger\n\nCouncillor Ian Stavely was told by one parent, Leanne Vell: "You promised us this would never happen."', speaker: 'Leanne Vell', decidedBy: 'passive-agent' },
    { text: 'Judge Petra Holm leaned forward and boomed: "This court is not a theatre."', speaker: 'Petra Holm' },
    { text: 'Rovers hold on\n\nRovers drew 1-1 on Saturday.\n\nCOACH\'S VERDICT: "We were second best for an hour."', speaker: null, unattributed: true },
    { text: 'From the audit: "Controls were absent in every department."', speaker: 'the audit' },
    { text: 'A statement from the council read: "The leader retains the confidence of the group."', speaker: 'the council' },
    { text: 'A letter from the council said: "Work on the harbour wall will start in May."', speaker: 'the council' },
    // (The page a document is on names its owner, who speaks.)
    { text: 'Rovers part company with manager\n\nHarlow Rovers have sacked their manager.\n\nA statement on the club\'s website read: "The board wishes him well."', speaker: 'Harlow Rovers' },
    { text: 'Production editor Nikki Vale at home in Leeds: "It had to be absolutely watertight."', speaker: 'Nikki Vale' },
    // (A reaction list's line, its bullet and bold before the name: the name speaks, not its trade.)
    { text: 'Parking\n\nTraders told us:\n\n- **Marta Quillfeather, café owner:** "People just go to the retail park instead."', speaker: 'Marta Quillfeather' },
    { text: 'Reaction\n\nKarim Nasser, Harbour Traders Association: "A welcome first step, but we needed more."', speaker: 'Karim Nasser' },
    // (A description in apposition to a name before the colon, anywhere in the line: the one named.)
    { text: 'Harbour walls\n\nThose are the words of Dana Ruiz, the harbour master: "Every winter it gets worse."', speaker: 'Dana Ruiz' },
    // (British copy's bystanders and friends are people who speak: "A pal added", "A local said".)
    { text: 'Wedding\n\nThe couple married on the beach. A pal added: "They just wanted to do it their way."', speaker: 'A pal', decidedBy: 'cue-before' },
    // ("it" after a verb is its object: the clause's subject speaks.)
    { text: 'Dana Ruiz, who ran a youth centre until it closed, puts it bluntly: "They took away the only warm place we had."', speaker: 'Dana Ruiz' },
    // (Never the one told, after its article too: the speaker no rule names, the quotation is flagged.)
    { text: 'Water talks\n\nThe talks ended on Friday.\n\nXu later told the Harlow Herald: "We will wait for the ruling before deciding anything."', speaker: null, unattributed: true },
    // (A document that opens the sentence speaks for whom it came from: "A letter from ... Anil Rao".)
    { text: 'Hospital report\n\nInspectors found serious failings.\n\nA letter from the trust\'s chief executive, Anil Rao, to staff said: "We accept the findings in full."', speaker: 'Anil Rao' },
    // (What someone said, by a possessive pronoun: "His message ...", "Her verdict:".)
    { text: 'Harbour vote\n\nThe harbour master, Anil Rao, told the meeting the plan would create jobs. His message to objectors was blunt: "Come and see the state of the quay."', speaker: 'Anil Rao' },
    { text: 'Harbour vote\n\nResidents\' association chair Lena Early was unconvinced. Her verdict: "A done deal dressed up as consultation."', speaker: 'Lena Early' },
    // (Or a name's possessive, the line's only words before the colon: "Management's reply:".)
    { text: 'Port strike\n\nThe union met on Monday.\n\nManagement\'s reply: "The offer on the table is fair and final."', speaker: 'Management' },
    // (Or by "of" or "from" after it: "The verdict of the chief planner, Dana Ruiz, was ...".)
    { text: 'Housing\n\nThe verdict of the chief planner, Dana Ruiz, was more cautious: "There are risks, and we will manage them."', speaker: 'Dana Ruiz' },
    // ("For X, the answer is simple:": X's answer.)
    { text: 'Housing\n\nThe council met on Monday.\n\nFor Tomas Brink, the answer is simple: "Build more homes."', speaker: 'Tomas Brink' },
    { text: 'Bridge\n\nThe bridge has been shut for a year.\n\nFor the traders at the market, the message is clear: "Fix the bridge and we will pay."', speaker: 'the traders at the market' },
    // (A reaction list's line: the name, then the body it is of.)
    { text: 'Budget\n\nEconomists were measured.\n\nAnil Rao, of the Harlow Institute: "Modest, sensible, unexciting."', speaker: 'Anil Rao' },
    // (A vox pop's line: the name, an age, a description, a colon.)
    { text: 'Vox pop\n\nDana Ruiz, 61, a retired nurse: "I have lived here all my life."', speaker: 'Dana Ruiz' },
    // (A thing after a preposition before the colon is no speaker: the clause's subject is.)
    { text: 'Verdict\n\nAnil Rao was emotional after the verdict: "I\'m delighted."', speaker: 'Anil Rao' },
    // (A description of a person opening the clause, far from the colon.)
    { text: 'Tour ends\n\nDana Hale played Harlow on Friday.\n\nThe veteran singer then closed her last concert of the tour with a word to the crowd: "You kept me going."', speaker: 'Dana Hale' },
  ],
  find(ctx, st) {
    if (st.found) return null;
    const { tokens } = ctx;
    const { qa } = st;
    const floor = floorOf(ctx, st);
    if (!(qa - 1 > floor && tokens[qa - 1].text === ':')) return null;
    // ("For Tomas Brink, the answer is simple: "..."": whose answer, message or verdict it is.)
    const forWhom = forWhomSaying(ctx, floor, qa - 1);
    if (forWhom) return found('colon-lead', 'cue-before', forWhom, qa - 1, qa);
    // ("A statement from the council read: ...", "The sign reads: ...": a document's verb.)
    const reads = qa - 2 > floor && (tokens[qa - 2].text === 'read' || tokens[qa - 2].text === 'reads');
    const end = reads ? qa - 2 : qa - 1;
    // ("Residents were told: "..."": the subject of a passive verb of telling heard the words;
    // its agent spoke them, "were warned by the council: "..."".)
    if (hearerPassiveAt(tokens, end - 1)) return null;
    for (let k = end - 1; k - 1 > floor && k >= end - 8; k--) {
      if (tokens[k].lower !== 'by' || !hearerPassiveAt(tokens, k - 1)) continue;
      const agent = subjectAfter(ctx, k, end, true);
      // ("was told by one parent, Leanne Vell: "..."": the name in apposition to the agent.)
      const named = agent && agent[1] < end && tokens[agent[1]].text === ',' ? personSpanAt(ctx, agent[1] + 1, end) : null;
      return agent && agent[1] === end ? found('passive-agent', 'cue-before', agent, k - 1, k) : named ? found('passive-agent', 'cue-before', named, k - 1, k) : null;
    }
    let subj = verbAsNoun(ctx, end, floor) ? subjectBeforeVerb(ctx, end - 1, floor) : subjectBefore(ctx, end, floor);
    // ("Karim Nasser, Harbour Traders' Association: "..."", a reaction list's line: the person
    // named first speaks, the body after the comma is whom for.)
    if (subj) subj = personBeforeAffiliation(ctx, subj, floor) ?? subj;
    // ("..., telling the harbour master: "..."": whom the words were for, not who said them; the
    // clause's subject did.)
    // ("Xu later told the Harlow Herald: "..."": the paper told, after its article too.)
    if (subj && hearerAt(ctx, subj[0], floor)) subj = null;
    // ("Editor Nikki Vale at home in Leeds: "..."": a place after "in" or "at" is where, not who.)
    if (subj && placeAfterPreposition(ctx, subj[0])) subj = null;
    // ("Dana Ruiz puts it bluntly: "..."", "as she put it:": "it" after a verb is its object;
    // the clause's subject speaks.)
    if (subj && objectIt(ctx, subj, floor)) subj = null;
    // ("Anil Rao was emotional after the verdict: "..."": a thing after a preposition is no
    // subject; the clause's is.)
    if (subj && subj[0] - 1 > floor && THING_PREPOSITIONS.has(tokens[subj[0] - 1].lower) && !isPersonish(ctx, subj[0], subj[1])) subj = null;
    // "From the report: ...", "More from the memo: ...": the source after "from".
    // ("A letter from the council said: ...": the source before the document's verb.)
    const fromEnd = end - 1 > floor && DOCUMENT_VERBS.test(tokens[end - 1].text) ? end - 1 : end;
    for (let k = qa - 2; !subj && k >= Math.max(floor, qa - 8); k--) {
      if (ctx.tokens[k]?.lower !== 'from') continue;
      const src = subjectAfter(ctx, k, fromEnd, true);
      if (src && src[1] === fromEnd) subj = src;
      break;
    }
    // "the leader leaned in and boomed: ...", "the Board was conclusive in its findings: ...":
    // the subject of the clause the colon ends.
    if (!subj) subj = possessiveSayer(ctx, floor, end) ?? clauseSubject(ctx, floor, qa - 1);
    // ("The verdict of the chief planner, Dana Ruiz, was cautious: "..."": whose verdict it is.)
    if (subj) subj = saidNounOwner(ctx, subj, end) ?? subj;
    // ("COACH'S VERDICT: "..."": a section's label in capitals names no speaker; a person's name
    // in capitals still does.)
    if (subj && capitalsLabel(ctx, floor, qa - 1) && !isPersonish(ctx, subj[0], subj[1])) return null;
    return subj && !hasQuoteBetween(ctx, subj[0], subj[1]) ? found('colon-lead', 'cue-before', subj, qa - 1, qa) : null;
  },
};

/** Tokens [a, end) are one person's name, perhaps after a title: its span; else null. */
function personSpanAt(ctx: AttributionContext, a: number, end: number): [number, number] | null {
  const ei = ctx.tokenEntity[end - 1];
  if (ei < 0 || ctx.entities[ei].type !== 'person') return null;
  let s = end - 1;
  while (s > a && ctx.tokenEntity[s - 1] === ei) s--;
  return s - a <= 1 ? [s, end] : null;
}

/**
 * A person's name opening the line, a comma, then the subject found, a body or a description of
 * one, ending at the colon: the person's span, or null.
 */
function personBeforeAffiliation(ctx: AttributionContext, subj: [number, number], floor: number): [number, number] | null {
  const { tokens, tokenEntity, entities } = ctx;
  let comma = subj[0] - 1;
  // ("Anil Rao, of the Harlow Institute: "..."": "of", "at" or "from", and "the", before the body.)
  if (comma - 1 > floor && tokens[comma].lower === 'the') comma--;
  if (comma - 1 > floor && AFFILIATION_WORDS.has(tokens[comma].lower)) comma--;
  if (comma - 1 < floor || tokens[comma].text !== ',') return null;
  const si = tokenEntity[subj[1] - 1];
  if (si >= 0 && entities[si].type === 'person') return null;
  // (An age between commas after the name: "Dana Ruiz, 61, a retired nurse: "..."", a vox pop's line.)
  if (comma - 3 >= floor && tokens[comma - 1].kind === 'number' && tokens[comma - 1].text.length <= 3 && tokens[comma - 2].text === ',') comma -= 2;
  const pi = tokenEntity[comma - 1];
  if (pi < 0 || entities[pi].type !== 'person') return null;
  let ps = comma - 1;
  while (ps - 1 >= floor && tokenEntity[ps - 1] === pi) ps--;
  // (Or anywhere, where the subject is a description of someone in apposition to the name:
  // "Those are the words of Dana Ruiz, the harbour master: "..."".)
  const described = /^(?:the|a|an)$/.test(tokens[subj[0]].lower) && subj[1] - subj[0] <= 5 && si < 0;
  // (A list's bullet or emphasis's stars before the name still leave it opening the line:
  // "- **Marta Quillfeather, café owner:** "..."".)
  let opens = ps;
  while (opens > floor && opens > ps - 4 && tokens[opens - 1].kind === 'punct') opens--;
  return opens === floor || described ? [ps, comma] : null;
}

/** Words between a name's comma and the body it is of: "Anil Rao, of the Harlow Institute". */
const AFFILIATION_WORDS = new Set(['of', 'at', 'from', 'with']);

/** The phrase at k is the object of a verb of telling: "telling the harbour master", "told the Harlow Herald". */
function hearerAt(ctx: AttributionContext, k: number, floor: number): boolean {
  const { tokens } = ctx;
  const h = k - 1 > floor && /^(?:the|a|an)$/.test(tokens[k - 1].lower) && ctx.tokenEntity[k - 1] < 0 ? k - 2 : k - 1;
  return h > floor && HEARER_VERBS.has(tokens[h].lower);
}

/** The subject found is "it" right after a lower-case verb ("puts it bluntly", "put it this way"), not a word opening a clause ("and it"). */
function objectIt(ctx: AttributionContext, subj: [number, number], floor: number): boolean {
  const { tokens } = ctx;
  if (subj[1] - subj[0] !== 1 || tokens[subj[0]].lower !== 'it' || subj[0] - 1 < floor) return false;
  const prev = tokens[subj[0] - 1];
  return prev.kind === 'word' && prev.text === prev.lower && !CLAUSE_OPENERS.has(prev.lower) && !LOCATIVES.has(prev.lower);
}

/** The entity at `k` is a place right after a locative preposition. */
function placeAfterPreposition(ctx: AttributionContext, k: number): boolean {
  const ei = ctx.tokenEntity[k];
  return ei >= 0 && ctx.entities[ei].type === 'place' && k > 0 && LOCATIVES.has(ctx.tokens[k - 1].lower);
}

/** Every word from `from` to the colon at `colon` is in capitals (at least one of two letters or more). */
function capitalsLabel(ctx: AttributionContext, from: number, colon: number): boolean {
  let words = 0;
  for (let k = from; k < colon; k++) {
    const t = ctx.tokens[k];
    if (t.kind !== 'word') continue;
    if (!isAllCaps(t.text)) return false;
    if (t.text.length >= 2) words++;
  }
  return words > 0;
}

/** Nouns for what someone says, after "For X, the": "the answer is simple:". */
const SAID_NOUNS = new Set(['answer', 'message', 'verdict', 'view', 'lesson', 'solution', 'priority', 'reason', 'response', 'reply', 'question', 'worry', 'fear', 'hope', 'wish', 'demand', 'advice']);

/**
 * "Management's reply: "..."", "The council's response:": a line of a name in the possessive
 * and a noun for what someone says, alone before the colon at `end`: the name's span; else null.
 */
function possessiveSayer(ctx: AttributionContext, floor: number, end: number): [number, number] | null {
  const { tokens } = ctx;
  if (end - 3 < floor || !SAID_NOUNS.has(tokens[end - 1].lower) || !/^['’]s$/.test(tokens[end - 2].text)) return null;
  let s = end - 2;
  while (s - 1 >= floor && s > end - 7 && tokens[s - 1].kind === 'word' && (/^\p{Lu}/u.test(tokens[s - 1].text) || tokens[s - 1].lower === 'the') && ctx.tokenQuote[s - 1] < 0) s--;
  const first = ctx.sentences[tokens[end - 1].sentence].firstToken;
  return s < end - 2 && s === Math.max(first, floor) ? [s, end - 2] : null;
}

/**
 * The one whose words a subject of "the" and a noun for them, then "of" or "from", names ("The
 * verdict of the chief planner, Dana Ruiz, was cautious:", "The response from the council was
 * swift:"): the phrase after the preposition, a person or a body; else null.
 */
function saidNounOwner(ctx: AttributionContext, subj: [number, number], end: number): [number, number] | null {
  const { tokens } = ctx;
  const a = subj[0];
  if (tokens[a].lower !== 'the' || !SAID_NOUNS.has(tokens[a + 1]?.lower ?? '') || !/^(?:of|from)$/.test(tokens[a + 2]?.lower ?? '')) return null;
  const owner = subjectAfter(ctx, a + 2, end, true);
  if (!owner) return null;
  const ei = ctx.tokenEntity[owner[1] - 1];
  return isPersonish(ctx, owner[0], owner[1]) || (ei >= 0 && ctx.entities[ei].type === 'organization') ? owner : null;
}

/**
 * "For Tomas Brink, the answer is simple: ...": a sentence opening with "For", a name or a
 * description of people, a comma, then "the" and a noun for what someone says before the colon
 * at `colon`: the span after "For". Else null.
 */
function forWhomSaying(ctx: AttributionContext, floor: number, colon: number): [number, number] | null {
  const { tokens } = ctx;
  const sent = ctx.sentences[tokens[colon].sentence];
  const first = Math.max(floor, sent.firstToken);
  if (tokens[first].lower !== 'for' || colon - first > 24) return null;
  let comma = first + 1;
  while (comma < colon && tokens[comma].text !== ',') comma++;
  if (comma >= colon - 2 || comma === first + 1 || tokens[comma + 1].lower !== 'the' || !SAID_NOUNS.has(tokens[comma + 2].lower)) return null;
  for (let k = first + 1; k < comma; k++) if (ctx.tokenQuote[k] >= 0) return null;
  return isPersonish(ctx, first + 1, comma) || ctx.tokenEntity[comma - 1] >= 0 ? [first + 1, comma] : null;
}
