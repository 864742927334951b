// Before the quotation: `Lavrov said: "..."`, `Dean said there was a "conflict"`, the nearest
// cue verb first.
import { headlinePassiveAt, SPEECH_VERBS } from '../../lexicon/lexicon';
import { afterDateline, clauseSubject, isPersonish, issuerOf, precedingCueSubject } from '../clauses';
import { found, WINDOW, type AttributionContext, type Found, type QuoteState } from '../context';
import { isCueAt, isWord, NOUN_CUES } from '../cues';
import { hasQuoteBetween, subjectBefore } from '../phrases';
import { subjectAfter } from '../subject-after';
import type { CueRule } from '../rule';
import { AUXILIARIES, BE_FORMS, DETERMINERS, HEARER_PASSIVES, humanNoun, humanWord, INVERTING, NAMED_PASSIVES, ISSUED_DOCUMENTS, OBJECT_PREPOSITIONS, PERSON_NOUNS, PHRASAL_BACK, QUOTING_VERBS, thinkingVerb } from '../words';

/** Where the search before a quotation stops: the sentence's start (after a dateline), at most a window back. */
export function floorOf(ctx: AttributionContext, st: QuoteState): number {
  return Math.max(afterDateline(ctx, st.sIdx), st.qa - WINDOW);
}

/** How far back before a verb a relative clause's "who" is looked for. */
const RELATIVE_REACH = 16;

/**
 * `The family of a teenager who died after being hit by a car have described him as "..."`:
 * the subject is the phrase for people before "who", its relative clause between it and the
 * verb (no comma, "and" or "but" inside, which would make the verb another clause's).
 */
function subjectOverRelative(ctx: AttributionContext, k: number, floor: number): [number, number] | null {
  const { tokens, tokenQuote } = ctx;
  // (A verb of speech only: not a noun, "the term", nor a participle.)
  if (!SPEECH_VERBS.has(tokens[k].lower) || tokens[k].lower.endsWith('ing') || DETERMINERS.has(tokens[k - 1]?.lower) || OBJECT_PREPOSITIONS.has(tokens[k - 1]?.lower)) return null;
  for (let j = k - 1; j > floor && j >= k - RELATIVE_REACH; j--) {
    const t = tokens[j];
    // (Past a possessive inside the clause: "Owners who signed up to Ledgerly's service said".)
    if (tokenQuote[j] >= 0 || (t.kind === 'punct' && t.text !== "'s" && t.text !== '’s') || t.lower === 'and' || t.lower === 'but' || t.lower === 'or') return null;
    if (t.lower !== 'who') continue;
    const np = subjectBefore(ctx, j, floor);
    if (!np || np[1] !== j) return null;
    const head = tokens[j - 1].lower;
    return isPersonish(ctx, np[0], np[1]) || humanNoun(head) || PERSON_NOUNS.has(head) ? np : null;
  }
  return null;
}

/** A plural noun for people in lower case right before "who" and the verb at k (perhaps after an auxiliary): "critics who have branded it"; its span, or null. */
function bareAntecedent(ctx: AttributionContext, k: number, floor: number): [number, number] | null {
  const { tokens } = ctx;
  let j = k - 1;
  if (j > floor && AUXILIARIES.has(tokens[j].lower)) j--;
  if (j - 1 < floor || tokens[j].lower !== 'who') return null;
  // ("reviewers, who have called it": past the relative's comma.)
  const n = tokens[j - 1].text === ',' ? j - 2 : j - 1;
  // (A plural only, "critics", "residents": "a rival who has demanded ..." names someone named
  // elsewhere. And a verb of saying or judging, not of thinking: "rivals who believe they can".)
  const t = tokens[n];
  if (n < floor || thinkingVerb(tokens[k].lower) || !t.lower.endsWith('s')) return null;
  return t.kind === 'word' && t.text === t.lower && ctx.tokenEntity[n] < 0 && humanWord(t.lower) ? [n, n + 1] : null;
}

/** Between "who" at `from` and `to`, the clause's own verb or another clause: "A teenager who fell ... has been rescued in what coastguards called". */
function mainVerbBetween(ctx: AttributionContext, from: number, to: number): boolean {
  for (let j = from + 1; j < to; j++) if (AUXILIARIES.has(ctx.tokens[j].lower) || ctx.tokens[j].lower === 'what') return true;
  return false;
}

/** A phrasal attribution verb ending at token k: "shot back", "went on", "weighed in", "put it". */
function phrasalAt(ctx: AttributionContext, k: number, floor: number): Found | null {
  const { tokens, tokenQuote } = ctx;
  // "Ward shot back, ...", "Haddad fired back": a phrasal attribution verb.
  // "went on" only as speech: followed by a comma, colon, quotation or "to say" ("the
  // Senate goes on recess" is no cue).
  const afterOn = (ctx.tokens[k + 1]?.lower ?? '');
  const onAsSpeech = afterOn === ',' || afterOn === ':' || afterOn === 'to' || afterOn === 'about' || tokenQuote[k + 1] >= 0;
  if (((ctx.tokens[k]?.lower === 'back' && PHRASAL_BACK.has((ctx.tokens[k - 1]?.lower ?? ''))) || (/^(?:on|in)$/.test(ctx.tokens[k]?.lower) && onAsSpeech && /^(?:went|goes|go|chimed|weighed|chimes|weighs)$/.test((ctx.tokens[k - 1]?.lower ?? '')))) && k - 1 >= floor) {
    const subj = subjectBefore(ctx, k - 1, floor);
    if (subj) return found('cue-before', 'cue-before', subj, k - 1, k + 1);
  }
  // "I was like, "..."", "people are like "..."": the quotative "be like".
  if (ctx.tokens[k]?.lower === 'like' && k - 1 >= floor && (tokens[k + 1]?.text === ',' || tokenQuote[k + 1] >= 0)) {
    const be = ctx.tokens[k - 1]?.lower;
    if (/^(?:i|we|you|they|he|she)['’](?:m|re|s)$/.test(be)) return found('quotative-like', 'cue-before', [k - 1, k], k - 1, k + 1);
    if (/^(?:was|were|is|are|am|be|been|being)$/.test(be)) {
      const subj = subjectBefore(ctx, k - 1, floor);
      if (subj) return found('quotative-like', 'cue-before', subj, k - 1, k + 1);
    }
  }
  // "As the Gazette put it, ...": the subject of "put it".
  if (ctx.tokens[k]?.lower === 'it' && k - 1 > floor && ctx.tokens[k - 1]?.lower === 'put') {
    const subj = subjectBefore(ctx, k - 1, floor);
    if (subj) return found('cue-before', 'cue-before', subj, k - 1, k + 1);
  }
  return null;
}

/**
 * `described as a "gifted mimic" in court papers`: a document named after "in" right after the
 * quotation (at `qb`), its noun one a document is issued as or "papers", "documents", "records",
 * "filings": its phrase, or null. Bounded: six tokens.
 */
function documentAfter(ctx: AttributionContext, qb: number): [number, number] | null {
  const { tokens, tokenQuote } = ctx;
  if (ctx.tokens[qb]?.lower !== 'in') return null;
  for (let j = qb + 1; j < Math.min(tokens.length, qb + 7); j++) {
    if (!isWord(tokens[j]) || tokenQuote[j] >= 0) return null;
    if (ISSUED_DOCUMENTS.has(tokens[j].lower) || COURT_DOCUMENTS.has(tokens[j].lower)) return [qb + 1, j + 1];
  }
  return null;
}

/** Court papers that describe, beyond ISSUED_DOCUMENTS: "in court documents", "in a filing". */
const COURT_DOCUMENTS: ReadonlySet<string> = new Set(['papers', 'documents', 'records', 'filing', 'filings', 'reports', 'statements']);

/**
 * The agent of a passive between "by" and the quotation, up to "as" or the quotation: `by former
 * colleagues as "..."`, `by Councillor Ana Ruiz as "..."`. Its last word names people or is a
 * name that is no place; at most eight words.
 */
function agentBefore(ctx: AttributionContext, from: number, qa: number): [number, number] | null {
  const { tokens, tokenEntity, entities } = ctx;
  let e = from;
  // (Up to "as" or, after a verb of telling, "that": `was told by Karim Nasser that the money had "..."`;
  // or "of" or "for" before a gerund: `was accused by Tomas Brink of being "..."`.)
  const ends = (k: number): boolean => ctx.tokens[k].lower === 'as' || ctx.tokens[k].lower === 'that'
    || ((ctx.tokens[k].lower === 'of' || ctx.tokens[k].lower === 'for') && /^\p{Ll}{2,}ing$/u.test(ctx.tokens[k + 1]?.text ?? ''));
  while (e < qa && e < from + 8 && isWord(tokens[e]) && !ends(e)) e++;
  if (e === from || (e < qa && !ends(e))) return null;
  const ei = tokenEntity[e - 1];
  if ((ei >= 0 && entities[ei].type !== 'place') || humanNoun(ctx.tokens[e - 1].lower)) return [from, e];
  // ("by the leader of the opposition": a noun for a person before its "of".)
  for (let k = from + 1; k < e - 1; k++) if (ctx.tokens[k].lower === 'of') return humanNoun(ctx.tokens[k - 1].lower) ? [from, e] : null;
  return null;
}

/** Prepositions after which "reports" or "calls" is a noun: `to reports of`, `amid calls for` (not "to call", a verb). */
const NOUN_AFTER: ReadonlySet<string> = new Set([...OBJECT_PREPOSITIONS, 'of', 'amid', 'after', 'following', 'despite', 'over']);

/** An attribution verb at token k and its subject (or, inverted, the phrase after it). */
/** Nouns for an answer: "the reply was", "came the response". */
const ANSWERS = new Set(['reply', 'answer', 'response']);

/**
 * "asked" at k, its object, then "the reply", "the answer" or "the response" before the
 * quotation (no question of its own): the object, who answered. Else null.
 */
function askedAnswers(ctx: AttributionContext, k: number, qa: number): [number, number] | null {
  const { tokens } = ctx;
  if (tokens[k].lower !== 'asked' || qa - k > 25) return null;
  let answer = false;
  for (let j = k + 1; j < qa; j++) if (ANSWERS.has(tokens[j].lower) && tokens[j - 1].lower === 'the') answer = true;
  if (!answer) return null;
  const obj = subjectAfter(ctx, k, qa);
  if (!obj || obj[0] !== k + 1) return null;
  // (Up to what was asked about: "a council press officer about the closure".)
  let e = obj[0] + 1;
  while (e < obj[1] && !ASKED_ABOUT.has(tokens[e].lower)) e++;
  return [obj[0], e];
}

/** Words that open what someone was asked about, after whom. */
const ASKED_ABOUT = new Set(['about', 'on', 'over', 'whether', 'if', 'why', 'what', 'how', 'for', 'to']);

/** Verbs by which a source quotes someone, before whom it quotes and "as saying". */
/** Prepositions whose object a participle may follow as its own subject: "despite fans chanting". */
const PARTICIPLE_SUBJECT_AFTER: ReadonlySet<string> = new Set(['despite', 'with', 'amid', 'as', 'while', 'among', 'without']);

/**
 * `despite fans chanting "..."`, `with supporters singing "..."`: a participle right after a noun
 * for people (or a person or a body named), itself right after such a preposition and perhaps a
 * determiner, is that noun's; the phrase, or null.
 */
function participleSubject(ctx: AttributionContext, k: number, floor: number): [number, number] | null {
  const { tokens, tokenEntity, entities } = ctx;
  const head = k - 1;
  if (head < floor || !isWord(tokens[head])) return null;
  const ei = tokenEntity[head];
  if (!(humanNoun(tokens[head].lower) || (ei >= 0 && entities[ei].type !== 'place'))) return null;
  let a = head;
  while (a - 1 >= floor && a > head - 3 && (ei >= 0 ? tokenEntity[a - 1] === ei : isWord(tokens[a - 1]) && !PARTICIPLE_SUBJECT_AFTER.has(tokens[a - 1].lower) && /^\p{Ll}/u.test(tokens[a - 1].text))) a--;
  if (a - 1 >= floor && DETERMINERS.has(tokens[a - 1].lower) && !PARTICIPLE_SUBJECT_AFTER.has(tokens[a - 1].lower)) a--;
  return a - 1 >= floor && PARTICIPLE_SUBJECT_AFTER.has(tokens[a - 1].lower) ? [a, k] : null;
}


/** ("State media quoted the defence minister, Anil Rao, as saying": a name in apposition to a quoting verb's object, read from `start` back over its comma and at most six words.) */
function quotedInApposition(ctx: AttributionContext, start: number, floor: number): boolean {
  const { tokens } = ctx;
  if (tokens[start - 1]?.text !== ',') return false;
  for (let j = start - 2; j >= floor && j >= start - 8; j--) {
    if (tokens[j].kind === 'punct' && tokens[j].text !== "'s" && tokens[j].text !== '’s') return false;
    if (QUOTING_VERBS.has(tokens[j].lower)) return j < start - 2;
  }
  return false;
}

/** Who hears evidence, never gives it: "Court told ...", "Inquest told ...", "MPs told ...". */
const HEARINGS: ReadonlySet<string> = new Set(['court', 'jury', 'jurors', 'inquest', 'inquiry', 'tribunal', 'hearing', 'committee', 'mps', 'msps', 'peers', 'councillors', 'senate', 'parliament', 'coroner']);

function verbAt(ctx: AttributionContext, st: QuoteState, k: number, floor: number): Found | null {
  const { text, tokens, tokenQuote } = ctx;
  const { qa, qb } = st;
    if (!isCueAt(ctx, k)) return null;
    const w = ctx.tokens[k]?.lower;
    // (`the calls`, `to reports of a "disturbance"`: a noun after a determiner, or plural after a preposition.)
    if ((w === 'report' || w === 'reports' || w === 'statement' || w === 'calls' || w === 'call' || w === 'charge') && k > 0 && (DETERMINERS.has(ctx.tokens[k - 1]?.lower) || ((w === 'reports' || w === 'calls') && NOUN_AFTER.has(ctx.tokens[k - 1]?.lower)))) return null;
    if (NOUN_CUES.has(w) && k > 0 && (DETERMINERS.has(ctx.tokens[k - 1]?.lower) || tokens[k - 1].text === "'s" || tokens[k - 1].text === '’s')) return null;
    // ("Court told accused 'laughed'", "the accused"): "accused" after a determiner or a verb of
    // telling or hearing is the one on trial, no verb.
    if (w === 'accused' && k > 0 && (DETERMINERS.has(ctx.tokens[k - 1].lower) || /^(?:told|heard|tells|hears)$/.test(ctx.tokens[k - 1].lower))) return null;
    // "Lund threw her weight behind Haddad, saying ...", "He says he respects Ward and
    // calls her ...": the clause's subject speaks, not the object before the comma.
    const prevWord = k - 1 >= floor ? ctx.tokens[k - 1]?.lower : '';
    // `... of "New York values," saying ...`: a comma inside the closing mark counts too.
    const afterComma = prevWord === ',' || (k - 1 >= floor && tokenQuote[k - 1] >= 0 && /,\s*["”’']$/.test(text.slice(Math.max(0, tokens[k - 1].start - 2), tokens[k - 1].end)));
    const participle = w.endsWith('ing') && afterComma;
    // `Novak said, adding, "..."`: the speaker of the cue before the participle; else the
    // subject of its clause.
    // Passive: `has been called "deliberate vagueness" by Helena Roos`: the agent speaks.
    // `MPs were told the scheme was "a shambles"`: the subject of a passive "told" only heard
    // it (it speaks only in `is said to have told`, `was told to`); the agent after the
    // quotation speaks (`was called "..." by Helena Roos`).
    // (So a passive of naming in apposition, its "was" dropped: `Tomas Brink, described as a
    // "gifted mimic" in court papers,` is described, and says nothing; the court papers speak.)
    const reducedPassive = prevWord === ',' && NAMED_PASSIVES.has(w) && /^(?:as|by)$/.test(ctx.tokens[k + 1]?.lower ?? '');
    // ("Court told accused 'laughed' after crash": a headline drops the passive's "was"; a hearing
    // before "told" in a display line heard the words.)
    if (w === 'told' && ctx.furniturePara[st.paragraph] && HEARINGS.has(prevWord)) return null;
    if (((w.endsWith('ed') || w === 'told') && k - 1 >= floor && BE_FORMS.has(ctx.tokens[k - 1]?.lower)) || reducedPassive) {
      let by = -1;
      for (let j = qb; j < Math.min(tokens.length, qb + 4); j++) if (ctx.tokens[j]?.lower === 'by' && tokenQuote[j] < 0) { by = j; break; }
      const source = reducedPassive && by < 0 ? documentAfter(ctx, qb) : null;
      if (source) return found('passive-agent', 'cue-before', source, k, k + 1);
      // (A bare plural for people is an agent too, `by opposition councillors`; not "by the time ...".)
      let agent = by >= 0 ? subjectAfter(ctx, by, Math.min(tokens.length, by + 14), !DETERMINERS.has(ctx.tokens[by + 1]?.lower ?? 'the')) : null;
      // (The agent may come before the quotation: `was described by former colleagues as "..."`.)
      if (!agent && ctx.tokens[k + 1]?.lower === 'by' && k + 2 < qa) agent = agentBefore(ctx, k + 2, qa);
      if (agent) return found('passive-agent', 'cue-before', agent, k, k + 1);
      const next = ctx.tokens[k + 1]?.lower;
      // ("passengers were warned of "delays"", "residents were urged to": so for every verb of
      // telling, its subject heard.)
      if (w === 'told' ? next !== 'to' && next !== 'as' : HEARER_PASSIVES.has(w) && next !== 'as') return null;
      // `Officers were called to reports of a "disturbance"`, `He was called "a traitor"`, `She
      // was described as "fearless"`: the subject of a passive "called" or "described" was
      // summoned or named, and said nothing.
      if (NAMED_PASSIVES.has(w)) return null;
    }
    // (`Court told of 'campaign of terror'`, `Inquest told how ...`: a headline drops "was"; the
    // court heard the words, and said nothing.)
    if (w === 'told' && ctx.furniturePara[st.paragraph] && /^(?:of|how|that)$/.test(ctx.tokens[k + 1]?.lower ?? '')) return null;
    // (`PM accused of 'fantasy economics'`, `Council slammed over 'shameful' delays`: so for a
    // passive of blame or praise, its "was" dropped; its subject was spoken of.)
    if (headlinePassiveAt(ctx.tokens, k)) return null;
    let rule = 'cue-before';
    // ("When I asked a press officer about it, the reply was: "..."": the one asked answers.)
    const answered = askedAnswers(ctx, k, qa);
    if (answered) return found('cue-before', 'cue-before', answered, k, k + 1);
  let subj = participle ? precedingCueSubject(ctx, floor, k) ?? clauseSubject(ctx, floor, k) : null;
    // ("To quote Tomas Brink, "..."": whom the writer quotes, named right after "quote".)
    if (!subj && w === 'quote' && prevWord === 'to') {
      const after = subjectAfter(ctx, k, qa);
      if (after && tokens[after[1]]?.text === ',' && after[1] + 1 === qa) subj = after;
    }
    // ("RIA quoted a senior diplomat as saying ...", "the paper cited Tomas Brink as saying ...":
    // whom the quoting verb's subject quotes speaks.)
    if (!subj && prevWord === 'as' && w.endsWith('ing') && k - 2 >= floor) {
      const quoted = subjectBefore(ctx, k - 1, floor);
      if (quoted && quoted[0] - 1 >= floor && (QUOTING_VERBS.has(ctx.tokens[quoted[0] - 1].lower) || quotedInApposition(ctx, quoted[0], floor))) subj = quoted;
    }
    if (!subj && w.endsWith('ing') && !afterComma) subj = participleSubject(ctx, k, floor);
    if (!subj) subj = subjectBefore(ctx, k, floor);
    // (Over a relative clause that a thing's phrase ends: "Owners who signed up to Ledgerly's
    // service said" are the owners; not "the senator who became known when he shouted".)
    if (!subj || !isPersonish(ctx, subj[0], subj[1])) {
      const overRelative = subjectOverRelative(ctx, k, floor);
      if (overRelative && (!subj || (overRelative[1] <= subj[0] && !mainVerbBetween(ctx, overRelative[1], subj[0])))) subj = overRelative;
    }
    if (subj && hasQuoteBetween(ctx, subj[0], subj[1])) subj = null;
    // "The Tenants Union issued a statement saying ...": whoever issued the document speaks.
    const issuer = subj ? issuerOf(ctx, subj, floor) : null;
    if (issuer) { subj = issuer; rule = 'issuer-speaks'; }
    // "... with Omar Haddad tweeting that ...", "an email to supporters saying": the speaker
    // of the attribution before, or the clause's subject.
    if (!subj && w.endsWith('ing')) subj = precedingCueSubject(ctx, floor, k) ?? clauseSubject(ctx, floor, k);
    if (!subj && (participle || prevWord === 'and' || prevWord === 'but' || prevWord === 'then')) subj = clauseSubject(ctx, floor, k);
    // ("... failed to win over critics, who have branded it "dull"": a bare plural for people
    // before "who" is the relative's antecedent, not the clause's subject.)
    if (!subj) subj = bareAntecedent(ctx, k, floor);
    // "Haddad at the time said ...": a person named at the start of the clause.
    if (!subj && k - floor <= 8) {
      const cs = clauseSubject(ctx, floor, k);
      // (Not a word inside a quotation: `'Residents deserve better,' said Dana Hale` has no
      // subject before "said"; the name after it speaks.)
      if (cs && cs[0] <= floor + 1 && tokenQuote[cs[0]] < 0 && isPersonish(ctx, cs[0], cs[1])) subj = cs;
    }
    if (!subj) {
      // Inverted before a quotation only right before it: `said Lavrov: "..."`.
      // Not after verbs that take an object: `call Markovic "unhinged"`, `asked Ward: "..."`.
      const after = INVERTING.test(w) ? subjectAfter(ctx, k, qa) : null;
      if (after && (after[1] === qa || k === floor || (after[1] + 1 === qa && /^[,:]$/.test(tokens[after[1]].text)))) subj = after;
    }
    return subj ? found(rule, 'cue-before', subj, k, k + 1) : null;
}

/**
 * The nearest attribution verb before the quotation in its sentence, with its subject:
 * `Lavrov said: "..."`, `Dean said there was a "conflict"`, `the mayor shot back, "..."`,
 * `As the critic put it, "..."`. A participle after a comma belongs to the clause's subject
 * (`Hale backed the plan, saying "..."`); a passive verb to its agent (`was called "..." by X`,
 * rule `passive-agent`); a document to whoever issued it (`the union issued a statement saying
 * "..."`, rule `issuer-speaks`); inverted only right before the quotation (`said Lavrov: "..."`).
 */
export const cueBefore: CueRule = {
  id: 'cue-before',
  description: 'The nearest cue verb before the quotation in its sentence, and its subject: `Lavrov said: "..."`.',
  examples: [
    // (A role with its "of" phrase opening the clause, then the name in apposition, after a style
    // of two words too: the one named speaks for the participle.)
    { text: 'Vote\n\nThe Speaker of the Harbour Assembly, Rt. Hon. Dana Ruiz, commended the clerk, calling the new rules "long overdue".', speaker: 'Dana Ruiz' },
    { text: 'Vote\n\nThe Speaker of the assembly, Dana Ruiz, commended the clerk, calling the new rules "long overdue".', speaker: 'Dana Ruiz' },
    // (The name in apposition after a description that ends in someone else's name after "for" or
    // "of", no title needed.)
    { text: 'Post\n\nSen. Dale Hutchins wrote that aid must end.\n\nA spokesperson for Hutchins, Carla Nunez, said his words had been "taken out of context".', speaker: 'Carla Nunez' },
    // (A noun of speech's form with "own" before it or a modal after it is a noun, no cue: "his own
    // state should".)
    { text: 'Floods\n\nA senator drew criticism after suggesting that flood victims in his own state should "move somewhere drier".', speaker: 'A senator' },
    // (A weekday's name given as a name, between commas after a noun for a person, is whole and
    // tells no gender: "he" after it is that person, not the man named before.)
    { text: 'Road works\n\nChief Tunde Okafor, a community leader, urged the state to act.\n\nA commercial motorcyclist, Sunday Ekpe, told reporters that traffic had worsened.\n\nHe said, "We spend two hours on the road every morning."', speaker: 'Sunday Ekpe' },
    // (A verb joined by "and" after a role and an honorific before the name: the person named.)
    { text: 'Haircuts\n\nPupils were sent home.\n\nIn a letter to parents, headteacher Mr Gareth Vellan said the policy had "not been applied consistently" and apologised "for any upset caused".', quote: 'any upset', speaker: 'Gareth Vellan' },
    // (A participle's subject a person's possessive opens: whom its noun names speaks.)
    { text: 'Court\n\nTomas Brink was jailed on Thursday.\n\nBrink\'s lawyer had argued for a shorter term, saying his client had "deep remorse".', speaker: 'Brink\'s lawyer' },
    // (A person "in" a paper: the critic speaks, not the paper.)
    { text: 'Reviews\n\nThe critics were divided.\n\nTomas Brink in the Harlow Echo felt the show was "impossible to watch".', speaker: 'Tomas Brink' },
    // (Nor the object of a participle of serving after a body's noun: the body speaks.)
    { text: 'Plant\n\nThe plant closed on Friday.\n\nThe union representing the workers said the package was "insulting".', speaker: 'The union' },
    // (Nor a relative clause's object or its verb right before the cue: whom "those" stands for speak.)
    { text: 'Plant\n\nThe plant closed on Friday.\n\nThose who turned up at the gates on Saturday said they were "angry and betrayed".', speaker: 'Those' },
    // (Nor after "that", where a head of the body the clause is of opens the sentence.)
    { text: 'Road\n\nA bus left the road near Harlow on Friday.\n\nThe head of the agency that maintains the road said repairs were "already planned".', speaker: 'The head of the agency' },
    // (A spokeswoman for people of someone: she speaks, not the one they are of.)
    { text: 'Crash\n\nA bus left the road near Harlow on Friday.\n\nA spokeswoman for the family of the driver said he was "devastated".', speaker: 'A spokeswoman for the family of the driver' },
    // (The object of a relative clause after "whose" is no subject; the people the clause is of are.)
    { text: 'School\n\nThe plan was published on Monday.\n\nParents whose children attend the school described the plan as a "betrayal".', speaker: 'Parents' },
    // (A plural owner opening the subject is no head: the body named after it is.)
    { text: 'Ward\n\nA new ward opened on Monday.\n\nParents\' group Safe Streets Harlow welcomed the ward but said it was "a good start".', speaker: 'Safe Streets Harlow' },
    // (A passive of naming in apposition, its "was" dropped: the one named says nothing; the agent
    // after "by", or the papers it is named in, speak.)
    { text: 'Hacking trial\n\nTomas Brink, described as a "gifted mimic" in court papers, is a private investigator.', speaker: 'court papers', decidedBy: 'passive-agent' },
    { text: 'Hacking trial\n\nTomas Brink, described by colleagues as "fearless", joined the unit in 2004.', speaker: 'colleagues', decidedBy: 'passive-agent' },
    // (The person "at" a firm speaks, not the firm: "Analyst Dana Ruiz at Velcor Capital says".)
    { text: 'Markets\n\nSterling edged up. Analyst Dana Ruiz at Velcor Capital says the numbers are "broadly as expected".', speaker: 'Dana Ruiz' },
    // ("She" after a sentence opened by "Another parent" and the name in apposition: that name,
    // not the last to speak before.)
    { text: 'Phones\n\nDana Ruiz, head of Harlow Academy, said behaviour had improved "dramatically" since the ban.\n\nParent Lena Vell said she worried about her daughter. "I need to be able to reach her," she said.\n\nMs Ruiz said pupils could hand their phones in at reception. "Nobody is being cut off from their family," she said.\n\nAnother parent, Marta Quarle, backed the school. She said: "My son actually talks to his friends at lunch now."', quote: 'My son', speaker: 'Marta Quarle' },
    // ("It" after "the agency" opening the sentence before: the agency named before, not the body
    // named last.)
    { text: 'Recall\n\nThe Harlow Standards Agency said customers should return the products.\n\nA spokesman for the Velmora Farmers\' Union said the recall showed "the system is working".\n\nMeanwhile, the agency has warned that cases rose by 12% last year. It said the rise was "concerning" and urged care.', quote: 'concerning', speaker: 'Harlow Standards Agency' },
    // (The people a phrase is of speak, not what they own or whom they lost.)
    { text: 'Bakery closes\n\nThe owners of one of Harlow\'s best-loved shops say they have been "priced out" by rents.', speaker: 'The owners of one of Harlow\'s best-loved shops' },
    // (A body named whole after its "the" between the commas, after a plain description with a
    // plural's possessive: the body speaks.)
    { text: "Strike\n\nDrivers called off a strike.\n\nThe train operators' body, the Harlow Rail Group, said it was \"pleased\" that disruption had been avoided.", speaker: 'Harlow Rail Group' },
    // (A dateline's dash written as two hyphens is no part of the subject.)
    { text: "Row\n\nPANAMA CITY, May 3 (Velnews) -- Panama's foreign ministry on Wednesday urged its neighbour to \"stop interfering\" in its affairs.", speaker: "Panama's foreign ministry" },
    // (A headline's short clause in the first person after its cue and colon is said, and a
    // party to a case is a noun for someone: "Defendant tells jury: 'I panicked'".)
    { text: "Defendant tells jury: 'I panicked'\n\nA man accused of dangerous driving has told a jury he panicked.", quote: 'I panicked', speaker: 'Defendant' },
    // (Nobody first named after a pronoun that opens its sentence is what it stands for: the
    // consultant named in apposition is no rival to the one named before.)
    { text: 'Consultant row\n\nGiving evidence to the panel, Dr Tomas Brink said he did not regret the decision.\n\nHe told the panel he hired the consultant, Colm Vell, because "we had run out of ideas".', speaker: 'Tomas Brink' },
    // (A person named right after a portfolio's words, no article among them, heads the phrase:
    // "aide on political affairs X" is X, where "a spokesman for health minister X" is not.)
    { text: 'Talks\n\nThe premier\'s aide on political affairs Tarun Quarle on Monday said talks could begin "without preconditions".', speaker: 'Tarun Quarle' },
    { text: 'Sentence\n\nThe parents of one of the victims said the sentence was "an insult" to their son.', speaker: 'The parents of one of the victims' },
    // (A body's "co-chairs", two people named after them: the description speaks, not the body.)
    { text: 'Strike\n\nThe Quarle Union\'s co-chairs, Dr Tomas Brink and Dr Dana Ruiz, said ministers had "refused to engage".', speaker: 'The Quarle Union\'s co-chairs' },
    // (A rubric's word and its colon open no sentence's subject: "we" call them so, not "Opinion".)
    { text: 'Opinion: Why we must stop calling nurses \'heroes\'\n\nEvery winter the same word appears in the headlines.', speaker: 'we' },
    // (The subject before a reduced relative clause speaks, not the object inside the clause.)
    { text: 'Trial\n\nA nurse accused of stealing drugs from a ward told a jury she had "never taken anything".', speaker: 'A nurse' },
    // (A body named whole in apposition to a plain description speaks: the description is of it,
    // whatever its noun, one a person or a firm may bear.)
    { text: 'Cladding\n\nResidents are angry.\n\nThe managing agent, Velcor Lettings Ltd, said it had "acted on the advice available" at the time.', speaker: 'Velcor Lettings Ltd' },
    { text: 'Cladding\n\nResidents are angry.\n\nThe landlord, Velcor Homes, said it had "acted on the advice available" at the time.', speaker: 'Velcor Homes' },
    // (One of several, the name in apposition saying which: the body speaks, not "One of them".)
    { text: 'Broadband audit\n\nSeveral providers were named in the report. One of them, Harbour Logistics, said in a statement it was "on track" to finish.', speaker: 'Harbour Logistics' },
    // ("She" the woman whose office opens the sentence before, "Board chair X", not the one
    // named in passing after "by".)
    { text: 'Harbour\n\nBoard chair Wendy Tallow backed the marina scheme put forward by developer Karen Odunsi. She said it would bring "hundreds of jobs" to the waterfront.', speaker: 'Wendy Tallow' },
    // (A body's possessive, its role and the person in apposition: the person speaks, not the body.)
    { text: 'Water row\n\nThe Harbour Party\'s Quarle leader, Dana Ruiz, hit back, saying the council had "run the town into the ground".', speaker: 'Dana Ruiz' },
    // ("He" continues the subject named after an opening phrase and a description in apposition
    // with its title, "Speaking with our correspondent, the chairman of ..., Alhaji Karim Nasser,
    // said", not the governor who spoke before.)
    { text: 'Market fire\n\nThe governor, Tomas Brink, visited the market on Monday.\n\nBrink urged traders to remain calm, stating, "Government will not abandon you."\n\nSpeaking with our correspondent, the chairman of the market traders\' association, Alhaji Karim Nasser, said the fire started in a fuel shop.\n\nHe stated, "We warned them many times."', quote: 'We warned', speaker: 'Karim Nasser' },
    // (A name inside an aside opened by a preposition after the subject is not who speaks: "The
    // governor, in a statement by his press secretary, Mr Anil Rao, on Monday, called ...".)
    { text: 'Market fire\n\nGovernor Tomas Brink visited the market.\n\nThe governor, in a statement by his press secretary, Mr Anil Rao, on Monday, described the fire as "a huge loss to our people".', speaker: 'Tomas Brink' },
    // (People a phrase is headed by speak, not a body its preposition's object names further in.)
    { text: 'Study\n\nThe writers of a paper printed in the journal Harbour Medicine warned that the rise was "a worrying trend for every clinic".', speaker: 'The writers of a paper printed in the journal Harbour Medicine' },
    // (A relative clause between the speaker and the verb may hold a short quotation of its own:
    // a title or a term; and "whose" opens one as "who" does.)
    { text: 'Review\n\nDana Ruiz made the film. Ruiz, whose last film was the thriller "Undertow", said in an interview that she wanted "a film about what people don\'t say".', quote: 'a film about', speaker: 'Dana Ruiz' },
    { text: 'Strike\n\nDana Ruiz spoke first. Karim Nasser, who called the cuts "brutal", said the union would "fight on to the end".', quote: 'brutal', speaker: 'Karim Nasser' },
    // (A body's descriptor between "of" and its name: the person before it speaks.)
    { text: 'Rain hits the coast\n\nLena Early of the charity Watershare said: "Clean water comes first."', speaker: 'Lena Early' },
    // (A letter after a noun and its determiner ends its sentence: "no plan B. Tomas Brink ...".)
    { text: 'Row\n\nDana Ruiz said there was no plan B. Tomas Brink disagreed: "There is always a plan B."', speaker: 'Tomas Brink' },
    // (A noun for a person in lower case before the name in apposition: "singer Marta Vell".)
    { text: 'Festival\n\nThe festival\'s headliner, singer Marta Vell, told the Harlow Echo she was "thrilled".', speaker: 'Marta Vell' },
    // (A description, then the name in apposition with its title: the name speaks.)
    { text: 'Hearing\n\nCounsel for the petitioners, Advocate Dana Ruiz, argued that the commission had "failed miserably".', speaker: 'Dana Ruiz' },
    // (A verb's form after a determiner inside the phrase is a modifier: "the state revenue department".)
    { text: 'Payments delayed\n\nA senior official of the state revenue department said: "It will be paid this month."', speaker: 'A senior official of the state revenue department' },
    // (A titled name between commas after a description that ends in another's name is the one
    // described, and speaks.)
    { text: 'Assembly vote\n\nA lawmaker representing Quarle North, Hon. Dapo Ilesanmi, said: "We have done our part."', speaker: 'Dapo Ilesanmi' },
    { text: 'Bail hearing\n\nThe lawyer for Tomas Brink, Mr Anil Rao, said: "My client is innocent."', speaker: 'Anil Rao' },
    // (A verb of receiving is no part of the participle's subject: what was received tells.)
    { text: 'Cladding\n\nThe households at Velcor House received letters on Friday telling them that their homes were "unsafe".', speaker: 'letters' },
    // (A place after "in" closes the subject: the body before it speaks, its initials in brackets perhaps.)
    { text: 'Taxi strike\n\nThe Harlow Taxi Council (HTC) in the Western Cape said the strike would continue "until the city listens".', speaker: 'Harlow Taxi Council' },
    // ("with" opening an absolute phrase is no part of the participle's subject.)
    { text: 'Rice\n\nSenators clashed over a proposal, with farm groups warning that growers would be "wiped out".', speaker: 'farm groups' },
    // (Where the one in apposition is from, after "of", closes the appositive: the name speaks.)
    { text: 'Budget\n\nThe chairman of the governors\' forum, Governor Tomas Brink of Quarle-North, said the plan "punishes states that raise their own revenue".', speaker: 'Tomas Brink' },
    // (The title in the appositive may be in lower case, or have a modifier: "independent MP".)
    { text: 'Site deaths\n\nThe member for Quarrow, independent MP Tomas Brink, said both sides needed to "take a breath".', speaker: 'Tomas Brink' },
    // (A participle after a comma is the clause's subject's, past "a Facebook post", a noun.)
    { text: 'Councillor quits\n\n"I leave with my head held high," Tomas Brink wrote in a Facebook post on Monday, adding: "Harlow deserves better."', quote: 'deserves better', speaker: 'Tomas Brink' },
    // (Someone who serves or speaks for a person named after "to" or "for", an honorific before
    // the name perhaps, speaks, not the person they serve.)
    { text: 'Senate vote\n\nAn aide to Karim Nasser said the senator was "disappointed".', speaker: 'An aide to Karim Nasser' },
    // (The one asked, where "the reply" or "the answer" follows: not the asker.)
    { text: 'Libraries\n\nWhen I asked a council press officer about the closure, the reply was a classic: "We are reviewing all options."', speaker: 'a council press officer' },
    // (The one the writer asked answers: "she" is the director, not the mayor named before.)
    { text: 'Spin\n\nMayor Dana Ruiz has promised a resilient city. When I asked the council\'s communications director what it meant, she said: "It means we keep the buses running."', speaker: 'the council\'s communications director' },
    // ("To quote" someone: the one quoted.)
    { text: 'Harbour row\n\nTomas Brink runs the cafe.\n\nTo quote Brink, "You can\'t eat nostalgia."', speaker: 'Tomas Brink' },
    // (Whom a source quotes "as saying" speaks, not the source.)
    { text: 'Port talks\n\nThe Harlow Echo quoted a senior harbour official as saying the port would not reopen "under pressure".', speaker: 'a senior harbour official' },
    // (Or the name in apposition to the one quoted: "quoted the defence minister, Anil Rao, as saying".)
    { text: 'Drills\n\nState media quoted the defence minister, Anil Rao, as saying the drills were "purely defensive".', speaker: 'Anil Rao' },
    { text: 'Drought aid\n\nAsked about the criticism, a spokesperson for Ms Ruiz said the minister was "always willing to listen".', speaker: 'a spokesperson for Ms Ruiz' },
    // ("He" after a sentence opened by a name and its appositive: the appositive is the same naming.)
    { text: 'Inquiry\n\nTomas Brink, the former finance director, gave evidence on Tuesday. He told the committee he paid the consultant, Dana Ruiz, because "she was the only one who understood the contracts".', speaker: 'Tomas Brink' },
    // ("remembered her as": how someone remembers a person is their words.)
    { text: 'Obituary\n\nMarta Vell designed the barrier. Colleagues remembered her as "fearless, exacting and very funny".', speaker: 'Colleagues' },
    // (A headline's passive without "was": the court heard, it did not speak.)
    { text: "Court told of 'campaign of terror' against neighbour\n\nA man waged a campaign against his neighbour, a jury heard.", quote: 'campaign of terror', speaker: null },
    // (The subject before a relative clause; a family speaking, "family" no adverb though it ends in "-ly".)
    { text: 'Tribute\n\nThe family of a teenager who died after being hit by a car have described him as "the life and soul of every room".', speaker: 'The family of a teenager' },
    { text: 'Tribute\n\nThe family of a teenager said: "He was the life and soul of every room."', speaker: 'The family of a teenager' },
    // (Over a relative clause that a body's thing ends: the residents speak, not the firm.)
    { text: 'Plant\n\nResidents who live near Velcor\'s plant said the smell was "unbearable".', speaker: 'Residents' },
    { text: 'Prices\n\nSmall business owners who signed up to Ledgerly\'s accounting service said they had been "blindsided".', speaker: 'Small business owners' },
    // (A bare plural for people before "who" is the relative's antecedent: the critics judge, not the soap.)
    { text: 'Drama\n\nThe new drama has failed to win over critics, who have branded it "dull" and "lifeless".', quote: 'dull', speaker: 'critics' },
    // (Not past the main clause's own verb: the coastguards speak, not the teenager.)
    { text: 'Rescue\n\nA teenager who fell down a cliff has been rescued in what coastguards called a "textbook" operation.', speaker: 'coastguards' },
    { text: 'Police Chief Halvard Moen said: "We found nothing unusual."', speaker: 'Halvard Moen' },
    // (The target of a passive charge or verdict said nothing; its agent, if named, spoke.)
    { text: 'Waiting lists\n\nThe Health Minister has been accused of "sitting on his hands" while the lists grow.', quote: 'sitting on', speaker: null },
    { text: 'Town hall\n\nThe mayor was described as "out of his depth" by opposition councillors.', speaker: 'opposition councillors', decidedBy: 'passive-agent' },
    // (An age names again the person just named, before any verb of speech: "thanked", "urged".)
    { text: 'Awards night\n\nIts breakout star, Lena Early, won best young actress.\n\nThe 19-year-old thanked "my grandmother, who is crying in the front row, and my teachers back home."', quote: 'grandmother', speaker: 'Lena Early' },
    // ("used to say": the subject before the verbs, not the person a possessive names.)
    { text: 'Museum\n\nIlse Brinkova runs the museum.\n\nHer predecessor used to say, "A museum should feel like a library."', speaker: 'Her predecessor' },
    // ("as X puts it" says how X says it: the words after are X's.)
    { text: 'Resilience\n\nNow the word is used, as the sociologist Tomas Brink puts it, \'to make structural problems look like personal failings\'.', speaker: 'Tomas Brink' },
    // (A body's definite description names again the one body named whose name holds its word.)
    { text: 'Bins\n\nHarlow District Council met on Monday.\n\nIn a statement, the council said: "Collections will resume on Friday."', speaker: 'Harlow District Council' },
    // (A document its owner's possessive names speaks for its owner.)
    { text: 'Bins\n\nHarlow District Council met on Monday.\n\nThe council\'s statement said: "Collections will resume on Friday."', speaker: 'Harlow District Council' },
    // (A body, lower-case words and a noun for a person, then the name: the person speaks.)
    { text: 'Water crisis\n\nHarbour Party regional secretary Lena Early hit back, saying the mayor was "playing politics with people\'s suffering".', speaker: 'Lena Early' },
    // (A place of two words after "in the" says where the speakers are.)
    { text: 'Water plan\n\nIrrigators in the Velmora Valley have accused the government of "gutting" the towns along the river.', quote: 'gutting', speaker: 'Irrigators in the Velmora Valley' },
    // (A plural possessive's apostrophe is part of the subject; a headline's "boss" is the manager.)
    { text: "Rovers' boss hails 'lucky' win over Town\n\nHarlow Rovers manager Colm Brady said his side had ridden their luck.", quote: 'lucky', speaker: 'Colm Brady' },
    // ("that" before a plural opens a relative clause: no part of who speaks.)
    { text: 'Pool plans\n\nIt is a scheme that residents say is "a waste of good money for the town".', speaker: 'residents' },
    // (A dateline of any shape opens no subject: the place and its colon are no part of it.)
    { text: 'Pay deal rejected\n\nQUARRENBY: The union on Monday rejected the pay offer, terming it "a slap in the face for every porter".', speaker: 'The union' },
    // (A first-person narrator's "my accountant" is a description like "her accountant"; in an
    // interview's answer too, where "I" and "my message" are the answerer's.)
    { text: 'Tarun Okeke runs a bakery in Quarrenby.\n\nQ: How close did you come to closing?\n\nA: Very. My accountant said, "You have six weeks."\n\nQ: And now?\n\nA: We are fine.', quote: 'six weeks', speaker: 'My accountant' },
    // (A relative clause after a description in apposition to a name: the named person speaks,
    // not the organisation the description holds.)
    { text: '"We are ready," said Scott Vale, the Harlow Chamber\'s chief strategist, who added that the group would fight "every seat in the county."', quote: 'every seat', speaker: 'Scott Vale' },
    { text: 'The harbour master said the storm was "the worst in living memory."', speaker: 'The harbour master' },
    { text: 'The harbour master, Ines Kovac, closed the port, calling the storm "the worst in living memory."', speaker: 'Ines Kovac' },
    // (A body's officer named in apposition, letters after the name, speaks: not the body.)
    { text: 'Figures\n\nHarbour Green\'s health spokesperson, Lena Early MLA, said the timing was "cynical".', speaker: 'Lena Early' },
    // (A place's possessive opening the subject is its determiner.)
    { text: 'Vote\n\nPortugal\'s main opposition candidate on Wednesday rejected the results, calling the vote "a daylight robbery".', speaker: 'Portugal\'s main opposition candidate' },
    // (A speaker's phrase ends with its noun, not with "who" or an adverb.)
    { text: 'The groups asked her to disown a retired general who suggested that the state should "segregate" them.', speaker: 'a retired general' },
    // (A relative "what" opens the clause whose subject speaks.)
    { text: 'The claim that only a few clerks were mixed up in what rival bankers called "theft" angered the board.', speaker: 'rival bankers' },
    // (A determiner is no speaker: "Another" is none, though "another source" would be.)
    { text: 'Another cloud of smoke is set to descend, with forecasters warning that pollution will reach "severe" levels.', speaker: null },
    // (A body or a place after "to" and a noun for a person is whom that person serves.)
    { text: 'Officials met on Monday. An adviser to the Harlow Council warned that the plan "will not survive the winter".', speaker: 'An adviser to the Harlow Council' },
    { text: 'Talks stalled. Quarrenby\'s ambassador to France accused the council of meddling and warned that his government "will not sit on its hands".', speaker: 'Quarrenby\'s ambassador to France' },
    // ("As the old farmer likes to say,": the verbs before "to" end at a noun for a person.)
    { text: 'Prices\n\nAs my grandmother used to say, "If you have to tell people it is cheap, it is not."', speaker: 'my grandmother' },
    // (A participle right after a noun for people, after "despite", "with" or "amid", is theirs.)
    { text: 'Cup tie\n\nThe manager stayed in the dugout despite fans chanting "We want our club back" for an hour.', quote: 'club back', speaker: 'fans' },
    // (After "with", a participle's subject speaks, not the clause's: an absolute construction.)
    { text: 'The Harbour Board met on Wednesday, with its chairman saying the works were "late, over budget and badly managed".', speaker: 'its chairman' },
    { text: 'Dana Ruiz left the stage early. I heard my neighbour muttering, "That was the worst speech of the year."', speaker: 'my neighbour' },
    // (A person opening the clause speaks; a name closing the appositive after it is whom it is of.)
    { text: 'Dana Ruiz, the sister of the former mayor, Tom Vale, said the plan was "a disgrace".', speaker: 'Dana Ruiz' },
    { text: 'Prince Edwin, the younger brother of the heir to the throne, Arthur, told friends it was a "great success".', speaker: 'Edwin' },
    // A place completing the subject is no speaker; the subject of a passive "told" only heard.
    { text: 'The mayor of Lisbon said the tram plan was "reckless and rushed".', speaker: 'The mayor of Lisbon' },
    { text: 'Councillors were told on Tuesday that the scheme had been "a shambles from the start".', speaker: null },
    // (A headline drops the passive's "was": the hearing heard; "accused" after "told" is the one on trial.)
    // (The one a part of a group belongs to: "A relative of one of the victims", not "one of the victims".)
    { text: 'Lagoon\n\nA relative of one of the victims told our correspondent that the men had gone out "as they do every day".', speaker: 'A relative of one of the victims' },
    { text: "Court told accused 'laughed' after crash\n\nA man laughed at a victim, a court heard.", quote: 'laughed', speaker: null },
    // (Nor were those offered something its speakers: the one who said so speaks.)
    { text: "Rent\n\n'We will fight this,' he said.\n\nA spokesman for Harlow Brewery said rents were reviewed 'in line with market conditions' and that tenants were offered 'a range of support'.", quote: 'a range', speaker: 'A spokesman for Harlow Brewery' },
    { text: 'Sailings resume on Sunday, although passengers were warned of "knock-on delays for several days".', speaker: null },
    // (An indefinite or a possessive subject with a noun for a person opens the participle's clause.)
    { text: 'Rovers lost again. Their captain stormed off, telling the referee: "You have ruined the game."', speaker: 'Their captain' },
    { text: 'One captain refused to let her board, telling the harbour master: "I will not have a woman on my bridge."', speaker: 'One captain' },
    // ("although" opens a clause: no word of the subject.)
    { text: 'Sailings resume on Sunday, although passengers said they feared "knock-on delays for weeks".', speaker: 'passengers' },
    // (Nor did the subject of a passive "called": summoned or named. "reports" after "to" is a noun.)
    { text: 'Police said two officers were called to reports of a "disturbance" near the quay.', speaker: 'Police' },
    // (A day between the subject and its verb, as wire copy writes it; "said talks": a noun after the verb.)
    { text: 'Transport Minister Vikram Kelkar on Tuesday said talks with the unions would "end within weeks".', speaker: 'Vikram Kelkar' },
    // (A place after "in" completes the subject; the person or the body placed speaks.)
    { text: 'Police in Quarrenby said officers had made "extensive inquiries" overnight.', speaker: 'Police in Quarrenby' },
    { text: 'Tom Vale in Lisbon said the crossing was "terrifying" in the storm.', speaker: 'Tom Vale' },
    { text: 'Police in Quarrenby, the county town, told the family it was "a routine matter".', speaker: 'Police in Quarrenby' },
    // (A title may stand before the name in the appositive.)
    { text: 'The council\'s cabinet member for transport, Cllr Tomas Brink, said: "Safety has to come first."', speaker: 'Tomas Brink' },
    // (A contrast opens a clause that speaks for itself, however its first clause reports.)
    { text: 'Ottawa on Tuesday warned Lisbon against new tariffs, while Lisbon denied anything other than "routine" checks at the port.', speaker: 'Lisbon' },
    // The body or place a person is of is no speaker: the person is.
    { text: 'Senator Ana Rivas of the Harbour Party, however, termed the bill "toothless and late".', speaker: 'Ana Rivas' },
    // A body that speaks as one, however it is set off: "The opposition, however, called ...".
    { text: 'The opposition, however, called the harbour plan "too little, too late".', speaker: 'The opposition' },
    { text: 'Senator Lucia Ferraro backed the bill on Monday, saying "it is long overdue."', speaker: 'Lucia Ferraro' },
    { text: 'Harbour Party leader Dana Ruiz hit back, saying the plan was "reckless" and costly.', speaker: 'Dana Ruiz' },
    // (A wire dateline with the agency in brackets and no dash is no part of the clause.)
    { text: 'Harlow, July 12 (PTI) Opposition members on Friday staged a walkout, alleging that the government had "betrayed" farmers.', speaker: 'Opposition members' },
    // (A possessive inside the describing phrase: its "'s" is no word of the phrase.)
    { text: "The budget, which the council's new auditor called 'unrealistic', was cut.", speaker: "the council's new auditor" },
    // ("termed", as South Asian copy writes "called"; "hailed ... as".)
    { text: 'Opposition leader Karim Nasser termed the decision "unjustified".', speaker: 'Karim Nasser' },
    { text: 'The union hailed the deal as "historic" on Monday.', speaker: 'The union' },
    // (A part of a group: "one of the victims", "two of the protesters".)
    { text: 'In a statement read to the court, one of the victims said: "We trusted him like a son."', speaker: 'one of the victims' },
    // ("it" with no organisation named: the body the sentence describes as its subject.)
    { text: 'When the council unveiled its cycling plan last spring, it promised "safer streets for everyone".', speaker: 'the council' },
    // (A group's word before the role, no name of a body: the person named after the role still speaks.)
    { text: 'Opposition MP Anil Rao hit back, saying the plan was "reckless and rushed".', speaker: 'Anil Rao' },
    { text: 'Meanwhile, the Chairman of the Harbour Transport Union, Comrade Rhys Colby, praised the plan, describing it as "a lifeline".', speaker: 'Rhys Colby' },
    { text: 'The proposal has been called "a gift to developers" by Senator Anton Lisowski.', speaker: 'Anton Lisowski', decidedBy: 'passive-agent' },
    // (The agent before the quotation; with none, the one described said nothing.)
    { text: 'Marta Vell, who retired in May, was described by former colleagues as "fierce, funny and fair".', speaker: 'former colleagues', decidedBy: 'passive-agent' },
    // (Or "of" or "for" before a gerund; an agent whose noun for a person stands before its "of".)
    { text: 'Dana Ruiz was accused by Tomas Brink of being "reckless with public money".', speaker: 'Tomas Brink', decidedBy: 'passive-agent' },
    { text: 'Dana Ruiz was described by the leader of the opposition as "out of touch".', speaker: 'the leader of the opposition', decidedBy: 'passive-agent' },
    { text: 'The Tenants Union issued a statement saying the rents were "simply unaffordable."', speaker: 'Tenants Union', decidedBy: 'issuer-speaks' },
    { text: 'Mara Quist, whose bright singing earned her a lasting title, the “Duchess of Jazz”, died on Monday at her home.', speaker: null },
    { text: 'Counsel Omar Pell filed the papers on Monday. In them he wrote of Sir Tobin and Mr Vance: “Both men feel their privacy was breached.”', speaker: 'Omar Pell' },
    { text: 'Ines Barrow has said she was sure the ledger was “copied without any consent at all”, the jury was told.', speaker: 'Ines Barrow' },
    // (A passive of blame, "was criticised for": its subject was spoken of, and said nothing.)
    { text: 'Council slammed over delays\n\nThe council was criticised for its "utterly shameful and slow handling of the complaints" on Monday.', quote: 'utterly shameful', speaker: null, unattributed: true },
    { text: 'Council slammed over delays\n\nTomas Brink accused the council of "treating residents with contempt".', quote: 'contempt', speaker: 'Tomas Brink' },
    // (A noun no list holds, right before a plain verb of saying: "A delegate later told".)
    { text: 'Water talks\n\nThe talks ended on Friday.\n\nA delegate later told The Quarrow Times: "Patience will be rewarded."', speaker: 'A delegate' },
    // (People after a determiner of one thing: the thing is what their clause describes.)
    { text: 'The board voted to close two schools, a decision parents called "heartbreaking."', speaker: 'parents' },
  ],
  find(ctx, st) {
    if (st.found) return null;
    const { tokenQuote } = ctx;
    // Attribution sits near its quotation: the search stops a window before it, which also
    // keeps a huge unpunctuated "sentence" linear.
    const floor = floorOf(ctx, st);
    let crossed = 0;
    for (let k = st.qa - 1; k >= floor; k--) {
      ctx.counter.steps++;
      // An earlier quotation in the sentence: `"Part one," he said, "part two."` is found
      // through the words between them (jumped over whole; past four of them, nothing
      // attributes this one).
      if (tokenQuote[k] >= 0) {
        if (++crossed > 4) break;
        k = ctx.quoteTokens[tokenQuote[k]][0];
        continue;
      }
      const f = phrasalAt(ctx, k, floor) ?? verbAt(ctx, st, k, floor);
      if (f) return f;
    }
    return null;
  },
};
