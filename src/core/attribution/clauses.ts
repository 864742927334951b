// Clauses and sentences around a quotation: where a clause starts, its subject, the subject of
// the sentence a quotation sits in, the possessor of a noun cue, and whether a phrase names a person.
import { ANONYMOUS_HEADS, COMMON_WORDS, lowerWord, ROLE_NOUNS, SPEECH_VERBS, TITLE_WORDS, VERB_GAP } from '../lexicon/lexicon';
import { countWords, isAllCaps, MONTHS } from '../text/words';
import type { Entity, Speaker } from '../types';
import { personNamed, WINDOW, type AttributionContext } from './context';
import { familyCompound, isCueAt, isWord, personNoun, speakerNoun } from './cues';
import { hasQuoteBetween, quantityWord, subjectBefore } from './phrases';
import { subjectAfter } from './subject-after';
import { afterStyle } from '../entities/words';
import { AUXILIARIES, BE_FORMS, DASHES, DETERMINERS, humanNoun, humanWord, INVERTING, LEADING, NP_STOP, OBJECT_PREPOSITIONS, PERSON_NOUNS, PRONOUN_POSSESSIVE, RECEIVING, SUBORDINATORS, ISSUED_DOCUMENTS, namedPassiveAt } from './words';

/** Words that end a noun phrase opened by a determiner: a verb, a clause's opening, a conjunction. */
const NP_VERB_STOP: ReadonlySet<string> = new Set([...AUXILIARIES, 'be', 'been', 'that', 'who', 'which', 'when', 'while', 'because', 'since', 'if', 'and', 'but', 'or', 'than', 'then', 'there', 'it', 'as']);

/** The speaker of the nearest attribution verb before token `k` in the sentence. */
export function precedingCueSubject(ctx: AttributionContext, floor: number, k: number): [number, number] | null {
  const { tokenQuote, tokenEntity, entities } = ctx;
  for (let j = k - 1; j >= Math.max(floor, k - WINDOW); j--) {
    if (tokenQuote[j] >= 0 || !isCueAt(ctx, j)) continue;
    // "with Omar Haddad tweeting that ... and asking": a participle with its own subject.
    if (ctx.tokens[j]?.lower.endsWith('ing')) {
      const ei = j > 0 ? tokenEntity[j - 1] : -1;
      if (ei >= 0 && entities[ei].type === 'person') {
        let s = j - 1;
        while (s - 1 >= floor && tokenEntity[s - 1] === ei) s--;
        return [s, j];
      }
      continue;
    }
    const subj = subjectBefore(ctx, j, floor) ?? (INVERTING.test(ctx.tokens[j]?.lower) ? subjectAfter(ctx, j, k) : null);
    if (subj && !hasQuoteBetween(ctx, subj[0], subj[1])) return subj;
    return null;
  }
  return null;
}

/** "Saturday Night Live", "Collapse: How Societies Choose": short, every long word capitalised. */
export function looksLikeTitle(inner: string, words: number): boolean {
  return words >= 1 && words <= 8 && inner.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.length > 3).every((w) => /^\p{Lu}/u.test(w)) && !/[.!?,]$/.test(inner);
}

/** The person or organisation that opens the sentence before token `before`: its subject. */
export function sentenceSubject(ctx: AttributionContext, si: number, before: number): [number, number] | null {
  const { tokens, tokenEntity, entities } = ctx;
  // (Far into a long sentence, its opening is out of reach: no subject for this quotation.)
  if (before - ctx.sentences[si].firstToken > 3 * WINDOW) return null;
  const floor = clauseStart(ctx, afterDateline(ctx, si), before);
  const subj = clauseSubject(ctx, floor, before);
  if (!subj || hasQuoteBetween(ctx, floor, subj[0])) return null;
  // The subject opens the clause: at most a few modifiers, a possessive or an opening adverb
  // come before it ("France's President Lucien Marchand", "Liberal mayoral candidate
  // Omar Haddad", "First, Haddad ...").
  if (subj[0] - floor > 4) return null;
  // ("Harbour Plan Stalls Again: Rebuilding "..."": not across a colon.)
  // (Within the window: a subject further from the quotation is no subject of it.)
  if (before - subj[1] > 2 * WINDOW) return null;
  for (let k = subj[1]; k < before; k++) if (tokens[k].text === ':' || tokens[k].text === ';') return null;
  // ("The minister has been accused of "...", "The council was criticised for its "..."": the
  // subject of such a passive is its target, not whose words they are.)
  for (let k = subj[1]; k < before && k < subj[1] + 4; k++) if (namedPassiveAt(tokens, k)) return null;
  // ("The chief resigned days after an independent review found "a culture of fear"": a clause
  // of its own subject and verb between the subject and the quotation; its words are not his.)
  // (Not inside what the subject says: "The club handbook states that members may vote only if
  // their fees are "paid in full ..."".)
  for (let k = subj[1]; k < before && !isCueAt(ctx, k) && !SPEECH_VERBS.has(tokens[k].lower); k++) if (SUBORDINATORS.has(tokens[k].lower) && otherClauseSubject(ctx, k + 1, before, tokenEntity[subj[1] - 1])) return null;
  for (let k = floor; k < subj[0]; k++) {
    const t = tokens[k];
    if (t.kind === 'punct' ? !(t.text === "'s" || t.text === '’s' || (t.text === ',' && k === floor + 1)) : isCueAt(ctx, k)) return null;
  }
  const ei = tokenEntity[subj[1] - 1];
  const w = lowerWord(tokens[subj[0]].text);
  // ("TELLING OF THE REFUGEE CRISIS "...": a section's heading in capitals, no one's description.)
  if (ei < 0 && capitalsOnly(ctx, subj[0], subj[1])) return null;
  // (Or a nominal with a speaker's head: "The ad targets a "...", "The council ...". Its head is
  // the noun before its "of": "The sale of the two newspaper chains" speaks no more than a
  // sale does.)
  return (ei >= 0 && entities[ei].type !== 'place') || w === 'he' || w === 'she' || w === 'they' || (ei < 0 && subj[1] - subj[0] >= 2 && speakerNoun(lowerWord(tokens[subj[1] - 1].text)) && headOfSpeaks(ctx, subj)) ? subj : null;
}

/**
 * Tokens from `a` open a clause with a subject of its own before `to`: a determiner's noun phrase,
 * or a name other than entity `ei`, then a verb (an auxiliary, a past in "-ed", "found", a cue)
 * within six words: "after an independent review found", "when Velcor's auditors warned".
 */
function otherClauseSubject(ctx: AttributionContext, a: number, to: number, ei: number): boolean {
  const { tokens, tokenEntity } = ctx;
  if (a >= to || !(DETERMINERS.has(tokens[a].lower) || (tokenEntity[a] >= 0 && tokenEntity[a] !== ei))) return false;
  for (let k = a + 1; k < Math.min(to, a + 7); k++) {
    const t = tokens[k];
    if (t.kind !== 'word' && t.text !== "'s" && t.text !== '’s') return false;
    if (t.kind === 'word' && (AUXILIARIES.has(t.lower) || RECEIVING.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ed')) || isCueAt(ctx, k))) return true;
  }
  return false;
}

/** A nominal's noun before its first "of" (if it has one) is a speaker's: "the head of the union", not "the sale of the chains". */
function headOfSpeaks(ctx: AttributionContext, subj: [number, number]): boolean {
  for (let j = subj[0] + 1; j < subj[1] - 1; j++) {
    // ("Dozens of activists", "tens of thousands of people": a quantity's "of" leads to the head.)
    const h = ctx.tokens[j - 1].lower;
    if (ctx.tokens[j].text === 'of' && !quantityWord(h)) return speakerNoun(h) || humanNoun(h) || TITLE_WORDS.has(h);
  }
  return true;
}

/** Every word of tokens[a, b) is in capitals. */
function capitalsOnly(ctx: AttributionContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (ctx.tokens[k].kind === 'word' && !isAllCaps(ctx.tokens[k].text)) return false;
  return true;
}

/**
 * The first token of a sentence after a dateline that leads it: `WASHINGTON, Dec. 8 (UPI) — ...`,
 * or with no dash, the agency's brackets closing it: `Lucknow, July 12 (PTI) Opposition ...`.
 */
export function afterDateline(ctx: AttributionContext, si: number): number {
  const { tokens, tokenQuote, sentences, paragraphs } = ctx;
  const st = sentences[si];
  if (si !== paragraphs[st.paragraph].firstSentence) return st.firstToken;
  const first = tokens[st.firstToken];
  // ("Opinion: Why we must stop calling them 'heroes'": a rubric's one word and its colon, no
  // name, no noun for anyone who speaks, is no part of the sentence.)
  if (tokens[st.firstToken + 1]?.text === ':' && rubric(ctx, st.firstToken)) return st.firstToken + 2;
  const capsPlace = isWord(first) && first.text.length >= 3 && first.text === first.text.toUpperCase() && /\p{Lu}/u.test(first.text);
  let comma = false;
  let dated = false;
  for (let k = st.firstToken + 1; k < Math.min(st.endToken - 1, st.firstToken + 16); k++) {
    if (tokenQuote[k] >= 0) break;
    if (tokens[k].text === ',') comma = true;
    else if (comma && (tokens[k].kind === 'number' || MONTHS.has(tokens[k].text))) dated = true;
    // (Over a dash written as two hyphens: "(Xinhua) -- China's foreign ministry ...".)
    if (DASHES.has(tokens[k].text) && tokens[k].start > tokens[k - 1].end && (capsPlace || tokens[k - 1].text === ')')) {
      let e = k + 1;
      while (e < st.endToken && DASHES.has(tokens[e].text) && tokens[e].start === tokens[e - 1].end) e++;
      return e;
    }
    // (A place, a comma, a date, then the agency in capitals in brackets, and the story; not
    // "The Dane, who lost his Harbour Rowing Union (HRU) seat to ...".)
    if (dated && tokens[k].text === ')' && tokens[k - 2]?.text === '(' && AGENCY_CODE.test(tokens[k - 1].text) && !DASHES.has(tokens[k + 1]?.text ?? '')) return k + 1;
  }
  // (Else the dateline the structure found, of another shape: "QUARRENBY: The council ...".)
  const dl = ctx.structure.dateline;
  if (dl && dl.start <= first.start && dl.end > first.start) {
    for (let k = st.firstToken + 1; k < st.endToken && k < st.firstToken + 24; k++) if (tokens[k].start >= dl.end) return k;
  }
  return st.firstToken;
}

/** Kinds of article a rubric names, which a body's list of words may hold too ("Opinion", "Analysis"). */
const GENRES: ReadonlySet<string> = new Set(['opinion', 'analysis', 'review', 'comment', 'commentary', 'feature', 'explainer', 'interview', 'obituary', 'profile']);

/**
 * The word at `k` is a rubric's: an everyday word capitalised ("Vells:" is the speakers' label),
 * no entity's, no noun for anyone or any body that speaks ("Police:", "Minister:"), unless a kind
 * of article or of document ("Opinion", "Watch").
 */
function rubric(ctx: AttributionContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (!isWord(t) || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || !COMMON_WORDS.has(t.lower) || ctx.tokenEntity[k] >= 0 || humanWord(t.lower) || TITLE_WORDS.has(t.lower) || ROLE_NOUNS.has(t.lower)) return false;
  return !speakerNoun(t.lower) || GENRES.has(t.lower) || ISSUED_DOCUMENTS.has(t.lower);
}

/** An agency's name in a dateline's brackets: "PTI", "AFP", "IANS", "UNI". */
const AGENCY_CODE = /^\p{Lu}{2,6}$/u;

/** The token at `k` opens a new sentence (nothing attributes across a sentence end). */
/**
 * "The Tenants Union issued a statement saying ...": where the subject found for a verb of saying
 * (tokens subj[0]..subj[1]) is a document someone issued, the clause's subject before it, who
 * issued it (a person, a body, a noun for someone); else null.
 */
export function issuerOf(ctx: AttributionContext, subj: readonly [number, number], floor: number): [number, number] | null {
  const { tokens, tokenEntity, entities } = ctx;
  if (!(subj[0] > floor && tokenEntity[subj[1] - 1] < 0 && ISSUED_DOCUMENTS.has(lowerWord(tokens[subj[1] - 1].text)) && /^\p{Ll}+$/u.test(tokens[subj[0] - 1].text) && !OBJECT_PREPOSITIONS.has(lowerWord(tokens[subj[0] - 1].text)))) return null;
  const cs = clauseSubject(ctx, floor, subj[0]);
  return cs && (isPersonish(ctx, cs[0], cs[1]) || (tokenEntity[cs[1] - 1] >= 0 && entities[tokenEntity[cs[1] - 1]].type !== 'place') || speakerNoun(lowerWord(tokens[cs[1] - 1].text))) ? cs : null;
}

/** How many words before a quotation a hearing's verb is looked for. */
const HEARING_REACH = 30;

/**
 * "The court heard that ...", "An inquest heard ...", "Jurors were told ...": before the
 * quotation at token qa, in its sentence (from `first`), the verb of a hearing that takes
 * evidence, whose words are the evidence's, neither the hearer's nor anyone's named nearby.
 */
export function hearingBefore(ctx: AttributionContext, first: number, qa: number): boolean {
  const { tokens, tokenQuote } = ctx;
  for (let k = Math.max(first, qa - HEARING_REACH); k < qa; k++) {
    if (tokenQuote[k] >= 0) continue;
    const w = tokens[k].lower;
    if (w === 'heard' || (w === 'told' && k > 0 && BE_FORMS.has(tokens[k - 1].lower))) return true;
  }
  return false;
}

export function opensSentenceAfter(ctx: AttributionContext, k: number): boolean {
  const { tokens } = ctx;
  return k < tokens.length && k > 0 && tokens[k].sentence !== tokens[k - 1].sentence;
}

/** No word before token qa in its sentence (which starts at `first`): the quotation opens it. */
export function opensSentence(ctx: AttributionContext, qa: number, first: number): boolean {
  return qa <= first || ctx.lastNonPunct[qa - 1] < first;
}

/** A person entity or a personal pronoun. */
export function isPersonish(ctx: AttributionContext, a: number, b: number): boolean {
  const { tokenEntity, entities } = ctx;
  // ("a senior Cabinet ally", "a Harbour Board insider": a noun for a person heads the phrase,
  // whatever body or place names it.)
  if (b - a > 1 && tokenEntity[b - 1] < 0 && humanWord(ctx.tokens[b - 1]?.lower ?? '')) return true;
  for (let k = b - 1; k >= a; k--) {
    const ei = tokenEntity[k];
    if (ei >= 0) return entities[ei].type === 'person';
  }
  const w = b - a === 1 ? ctx.tokens[a]?.lower : '';
  if (w === 'he' || w === 'she' || w === 'i' || w === 'his' || w === 'her') return true;
  // "the 41-year-old father of two", "the former pollster": a noun for a person.
  if (b - a > 8) return false;
  for (let k = a; k < b; k++) if (humanWord(ctx.tokens[k]?.lower)) return true;
  return false;
}

/** A contrast opens a clause at token j (a comma, then "while" or "whereas"; with `but`, "but" too): its subject speaks for itself. */
export function contrastAt(ctx: AttributionContext, j: number, but = false): boolean {
  if (ctx.tokens[j].text !== ',') return false;
  const next = ctx.tokens[j + 1]?.lower;
  return next === 'while' || next === 'whereas' || (but && next === 'but');
}

/** The first person, organisation or pronoun of a clause: its likely subject. */
/** Where the clause proper starts: after an opening phrase or clause and its comma. */
export function clauseStart(ctx: AttributionContext, from: number, to: number): number {
  const { tokens, tokenQuote, tokenEntity } = ctx;
  // "In an interview with The Harbour Gazette, Haddad ...", "When Haddad announced ..., he
  // ...": an opening phrase or clause up to its comma holds no subject.
  let f = from;
  while (f < to && f < from + WINDOW && tokens[f].kind === 'punct') { f++; ctx.counter.steps++; }
  // (Also after an adverb or two: "Shortly after ...", "Just before ...".)
  // (And an opening participle: "Continuing to explain her view, Fitch ...".)
  // (And an opening past participle before its preposition: "Flanked by the chairman, Ruiz ...",
  // "Joined on stage by ...".)
  const lead = f < to && (LEADING.has(ctx.tokens[f]?.lower) || (f + 1 < to && LEADING.has(ctx.tokens[f + 1]?.lower) && /^\p{Lu}\p{Ll}+$/u.test(tokens[f].text) && tokenEntity[f] < 0)
    || (/^\p{Lu}\p{Ll}+ing$/u.test(tokens[f].text) && tokenEntity[f] < 0)
    || (/^\p{Lu}\p{Ll}+ed$/u.test(tokens[f].text) && tokenEntity[f] < 0 && f + 1 < to && PARTICIPLE_PREPOSITIONS.has(ctx.tokens[f + 1]?.lower)));
  if (!lead) return from;
  for (let k = f + 1; k < Math.min(to - 1, f + 30); k++) {
    if (tokens[k].text !== ',') continue;
    // `In an interview on the BBC's "Sunday Politics," ...`: the comma inside a closing mark too.
    let after = k + 1;
    if (tokenQuote[k] >= 0) {
      if (tokenQuote[after] !== tokenQuote[k]) continue;
      after++;
    }
    // ("Flanked by Karim Nasser, the party chairman, Ruiz ...": a description of the person the
    // phrase names, between commas, is the phrase's too.)
    if (tokenEntity[k - 1] >= 0 && after < to && APPOSITION_OPENERS.has(ctx.tokens[after]?.lower)) {
      for (let j = after + 1; j < Math.min(to - 1, after + 8); j++) {
        if (tokens[j].text === ',') return j + 1;
        if (tokens[j].kind !== 'word' || (tokenEntity[j] >= 0 && ctx.entities[tokenEntity[j]].type === 'person')) break;
      }
    }
    return after;
  }
  return from;
}

/** Past a connective and its comma opening tokens[from, to): "Nevertheless, Ruiz was worried ...", "Still, she ...". */
export function afterConnective(ctx: AttributionContext, from: number, to: number): number {
  const t = ctx.tokens[from];
  return from + 2 < to && ctx.tokens[from + 1].text === ',' && t.kind === 'word' && ctx.tokenEntity[from] < 0 && CONNECTIVES.has(t.lower) ? from + 2 : from;
}

/** Words that join a sentence to the one before, before a comma: "Nevertheless,", "Still,", "Later,". */
const CONNECTIVES: ReadonlySet<string> = new Set(['however', 'nevertheless', 'nonetheless', 'still', 'meanwhile', 'moreover', 'later', 'afterwards',
  'afterward', 'yet', 'instead', 'indeed', 'sometimes', 'often', 'now', 'then', 'today', 'again', 'besides', 'furthermore', 'similarly',
  'likewise', 'eventually', 'finally', 'initially', 'ultimately', 'privately', 'publicly', 'separately', 'otherwise', 'anyway']);

/** Prepositions after an opening past participle: "Flanked by", "Asked about", "Pressed on". */
const PARTICIPLE_PREPOSITIONS = new Set(['by', 'about', 'on', 'at', 'in', 'with', 'for', 'from', 'to', 'over']);
/** Words that open a description in apposition: "Nasser, the party chairman," "Nasser, a lawyer,". */
const APPOSITION_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its']);

/**
 * A person named right after a body's name and a role ("Harbour Party leader Dana Ruiz",
 * "opposition MP Tarun Okeke"): the subject is the person, the body only says whose role it is.
 * The person's mention, or null.
 */
function personAfterRole(ctx: AttributionContext, at: number, from: number, to: number): [number, number] | null {
  const { tokens, tokenEntity } = ctx;
  let j = from;
  // ("The Harbour Party's Quarle leader, Dana Ruiz, hit back, saying ...": the body's possessive,
  // its role, a place's name perhaps among the words, then the person, in apposition or not.)
  if (tokens[j]?.text === "'s" || tokens[j]?.text === '’s') return personAfterPossessiveRole(ctx, j + 1, to);
  if (tokens[j]?.text === ',') {
    // "the Chairman of the Harbour Transport Union, Comrade Rhys Colby,": a role of the body,
    // then the person in apposition (after a courtesy title the recognisers left out).
    if (!roleOfBefore(ctx, at)) return null;
    j++;
    if (j < to && tokenEntity[j] < 0 && isWord(tokens[j]) && /^\p{Lu}/u.test(tokens[j].text)) j++;
  } else {
    while (j < to && j < from + 3 && isWord(tokens[j]) && tokenEntity[j] < 0 && humanNoun(tokens[j].lower)) j++;
    // ("ANC regional secretary Lindiwe Mokoena", "Harbour Party deputy leader Dana Ruiz": lower-case
    // words before the noun for a person.)
    if (j === from) {
      let m = from;
      while (m < to && m < from + 3 && isWord(tokens[m]) && tokenEntity[m] < 0 && tokens[m].text === tokens[m].lower && !AUXILIARIES.has(tokens[m].lower) && !isCueAt(ctx, m)) m++;
      if (m > from + 1 && (humanNoun(tokens[m - 1].lower) || TITLE_WORDS.has(tokens[m - 1].lower))) j = m;
    }
    // (Or an honorific the recognisers left out of the name: "headteacher Mr Gareth Vell said".)
    if (j === from && /^(?:mr|mrs|ms|miss|dr|prof)\.?$/.test(tokens[j]?.lower ?? '') && tokenEntity[j + 1] >= 0) j++;
    if (j === from) return null;
  }
  return personMentionAt(ctx, j, to);
}

/** Most words of a role after a body's possessive: "Gauteng deputy leader". */
const POSSESSIVE_ROLE_WORDS = 4;

/** After a body's possessive at j, a role ending in a noun for a person, then the person (after a comma perhaps): the person's mention, or null. */
function personAfterPossessiveRole(ctx: AttributionContext, j: number, to: number): [number, number] | null {
  const { tokens, tokenEntity, entities } = ctx;
  let k = j;
  while (k < to && k < j + POSSESSIVE_ROLE_WORDS && isWord(tokens[k]) && !(tokenEntity[k] >= 0 && entities[tokenEntity[k]].type === 'person') && !isCueAt(ctx, k)) k++;
  if (k === j || !(humanNoun(tokens[k - 1].lower) || TITLE_WORDS.has(tokens[k - 1].lower))) return null;
  return personMentionAt(ctx, tokens[k]?.text === ',' ? k + 1 : k, to);
}

/** The mention of a person that starts at token j (ending before `to`), or null. */
function personMentionAt(ctx: AttributionContext, j: number, to: number): [number, number] | null {
  const ei = j < to ? ctx.tokenEntity[j] : -1;
  if (ei < 0 || ctx.entities[ei].type !== 'person') return null;
  let e = j;
  while (e < to && ctx.tokenEntity[e] === ei) e++;
  return [j, e];
}

/** Words that open a subject as a determiner does: "The captain", "One captain", "Their captain". */
const DET_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'one', 'another', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** "the Chairman of (the)" just before token k: a role of the body named at k. */
function roleOfBefore(ctx: AttributionContext, k: number): boolean {
  let j = k - 1;
  if (ctx.tokens[j]?.lower === 'the') j--;
  return ctx.tokens[j]?.lower === 'of' && !!ctx.tokens[j - 1] && ROLE_NOUNS.has(ctx.tokens[j - 1].lower);
}

/** Past at most two title words no entity holds from token k ("Cllr", "Dr", "Det Insp"), before `to`: the token after them. */
function titledAt(ctx: AttributionContext, k: number, to: number): number {
  let at = k;
  while (at < to && at < k + 2 && ctx.tokenEntity[at] < 0 && /^\p{Lu}/u.test(ctx.tokens[at].text) && TITLE_WORDS.has(ctx.tokens[at].lower)) at++;
  return at;
}

export function clauseSubject(ctx: AttributionContext, from: number, to: number): [number, number] | null {
  const { tokens, tokenQuote, tokenEntity, entities } = ctx;
  from = clauseStart(ctx, from, to);
  let f = from;
  while (f < to && f < from + WINDOW && tokens[f].kind === 'punct') { f++; ctx.counter.steps++; }
  // A nominal with a person head opening the clause, with a determiner or without: "The
  // Ohio senator sought to ...", "Small groups of students continued ...".
  // (A place's possessive is its determiner: "Quarrenby's main opposition candidate".)
  const placeOwner = placePossessive(ctx, f, to);
  const det = placeOwner > f || (f < to && DET_OPENERS.has(ctx.tokens[f]?.lower ?? ''));
  // (A clause's subject never opens with a preposition or a subordinator: "Amid growing
  // criticism of the platforms" is no speaker.)
  if (f < to && isWord(tokens[f]) && (tokenEntity[f] < 0 || placeOwner > f) && !LEADING.has(ctx.tokens[f]?.lower)) {
    for (let e = placeOwner > f ? placeOwner : det ? f + 1 : f; e < Math.min(to, Math.max(f, placeOwner) + 6); e++) {
      if (!isWord(tokens[e]) || tokenEntity[e] >= 0) break;
      const w0 = ctx.tokens[e]?.lower;
      // (With a determiner, over a preposition's phrase, "A footnote in the report", but not past
      // a verb or a clause's word: "A beekeeper has accused her council ..." is the beekeeper.)
      if (det ? NP_VERB_STOP.has(w0) : NP_STOP.has(w0) && w0 !== 'of') break;
      // "Mayor Jane Doe": a title before a name is not the subject; the name is.
      // (Nor past a title the name's mention leaves out: "Opposition leader Cllr Rhian Morgan".)
      if (e + 1 < to && tokenEntity[titledAt(ctx, e + 1, to)] >= 0) break;
      // ("Another cloud of smoke ...": a determiner is no head, though "another source" speaks.)
      if (DETERMINERS.has(w0)) continue;
      // ("The veteran singer then closed her last concert with a word to the crowd:": a noun for a
      // person with a determiner.)
      if (det ? ROLE_NOUNS.has(w0) || PERSON_NOUNS.has(w0) || ANONYMOUS_HEADS.has(w0) || familyCompound(w0) || humanWord(w0) : personNoun(w0)) {
        const nx = tokens[e + 1];
        // ("Parents' group Safe Streets Harlow welcomed ...": a plural owner is no head; past it.)
        if (nx && (nx.text === "'" || nx.text === '’') && w0.endsWith('s')) { e++; continue; }
        // "groups of students": the group with its members.
        if (nx && nx.lower === 'of') {
          for (let m = e + 2; m < Math.min(to, e + 5) && isWord(tokens[m]); m++) {
            const mw = ctx.tokens[m]?.lower;
            if (personNoun(mw)) return [f, m + 1];
          }
        }
        // ("school officials", "military analysts": a noun for people after it is the head; in
        // "Opposition MP Anil Rao" or "Union spokesman Tomas Brink" the person named after a
        // role is.)
        // ("The Speaker of the State Assembly, Dana Ruiz, ...": the role with its "of" phrase, the
        // name in apposition after it saying who holds it.)
        if (!nx || !isWord(nx) || !personNoun(nx.lower)) return personAfterRole(ctx, f, e + 1, to) ?? [f, placeOwner > f ? complementEnd(ctx, e + 1, to) : ofPhraseBeforeName(ctx, e + 1, to)];
      }
    }
  }
  for (let k = from; k < Math.min(to, from + WINDOW); k++) {
    ctx.counter.steps++;
    if (tokenQuote[k] >= 0) return null;
    const ei = tokenEntity[k];
    if (ei >= 0 && entities[ei].type !== 'place') {
      let e = k;
      while (e < to && tokenEntity[e] === ei) e++;
      // ("Brink's lawyer had argued ..., saying": the person the possessive's noun names speaks.)
      if ((tokens[e]?.text === "'s" || tokens[e]?.text === '’s') && e + 1 < to && isWord(tokens[e + 1]) && tokenEntity[e + 1] < 0 && personNoun(tokens[e + 1].lower)) return [k, e + 2];
      return (entities[ei].type === 'organization' && personAfterRole(ctx, k, e, to)) || [k, e];
    }
    const w = ctx.tokens[k]?.lower;
    if (w === 'he' || w === 'she' || w === 'they' || w === 'we' || w === 'i') return [k, k + 1];
    if (isCueAt(ctx, k)) break;
  }
  return null;
}

/** Most tokens of a role's "of" phrase before a name in apposition: "of the State House of Assembly". */
const OF_PHRASE_REACH = 8;

/**
 * After a role's noun ending at e, "of" and a phrase with no verb up to a comma and a person's
 * name ("Speaker of the State Assembly, Dana Ruiz,"): the comma, where the description ends;
 * else e.
 */
function ofPhraseBeforeName(ctx: AttributionContext, e: number, to: number): number {
  const { tokens, tokenEntity, entities } = ctx;
  if (tokens[e]?.lower !== 'of') return e;
  for (let k = e + 1; k < to && k <= e + OF_PHRASE_REACH; k++) {
    if (tokens[k].text === ',') {
      // (A style the recognisers left out may stand before the name: "Rt. Hon.".)
      const n = afterStyle(tokens, tokenEntity, k + 1);
      return n < to && tokenEntity[n] >= 0 && entities[tokenEntity[n]].type === 'person' ? k : e;
    }
    if (ctx.tokenQuote[k] >= 0 || !(isWord(tokens[k]) || tokenEntity[k] >= 0) || isCueAt(ctx, k) || AUXILIARIES.has(tokens[k].lower)) return e;
  }
  return e;
}

/** After a head noun ending at e, "to", "of", "for" or "in" and a name: the end of the name ("ambassador to Harlow"); else e. */
function complementEnd(ctx: AttributionContext, e: number, to: number): number {
  const ei = ctx.tokenEntity[e + 1] ?? -1;
  if (e + 1 >= to || ei < 0 || !/^(?:to|of|for|in)$/.test(ctx.tokens[e]?.lower ?? '')) return e;
  let k = e + 1;
  while (k < to && k - e < 6 && ctx.tokenEntity[k] === ei) k++;
  return k;
}

/** A place named at f and its possessive ("Quarrenby's"): the token after the possessive; else f. */
function placePossessive(ctx: AttributionContext, f: number, to: number): number {
  const ei = f < to ? ctx.tokenEntity[f] ?? -1 : -1;
  if (ei < 0 || ctx.entities[ei]?.type !== 'place') return f;
  let e = f;
  while (e < to && e - f < 5 && ctx.tokenEntity[e] === ei) e++;
  const pos = ctx.tokens[e]?.text;
  return e + 1 < to && (pos === "'s" || pos === '’s') ? e + 1 : f;
}

/** "Greaves's claim": the possessor right before a noun cue, over a few adjectives. */
export function possessorBefore(ctx: AttributionContext, noun: number, floor: number): [number, number] | null {
  const { tokens, tokenEntity, entities } = ctx;
  let k = noun - 1;
  let steps = 0;
  while (k >= floor && steps < 3 && isWord(tokens[k]) && tokenEntity[k] < 0 && !PRONOUN_POSSESSIVE.has(ctx.tokens[k]?.lower)) { k--; steps++; }
  if (k < floor) return null;
  const t = tokens[k];
  if (isWord(t) && PRONOUN_POSSESSIVE.has(t.lower)) return [k, k + 1];
  if (t.text !== "'s" && t.text !== '’s' && t.text !== "'" && t.text !== '’') return null;
  const end = k;
  if (end - 1 < floor) return null;
  const ent = tokenEntity[end - 1];
  if (ent >= 0 && entities[ent].type !== 'place') {
    let s = end - 1;
    while (s - 1 >= floor && tokenEntity[s - 1] === ent) s--;
    return [s, end];
  }
  const head = ctx.tokens[end - 1]?.lower;
  if (ROLE_NOUNS.has(head) || PERSON_NOUNS.has(head) || ANONYMOUS_HEADS.has(head)) {
    let s = end - 1;
    while (s - 1 >= floor && isWord(tokens[s - 1]) && !DETERMINERS.has(ctx.tokens[s - 1]?.lower) && end - s < 4) s--;
    if (s - 1 >= floor && DETERMINERS.has(ctx.tokens[s - 1]?.lower)) s--;
    return [s, end];
  }
  return null;
}

/** Quotation qi lies inside tokens a..b, after the phrase's first word, and has three words at most: a title named in the phrase. */
function titleInPhrase(ctx: AttributionContext, qi: number, a: number, b: number): boolean {
  const [qs, qe] = ctx.quoteTokens[qi];
  if (qs <= a || qe > b) return false;
  const q = ctx.quotes[qi];
  return countWords(ctx.text, q.innerStart, q.innerEnd, 4) <= 3;
}

/** The words between a closing quotation mark and its cue verb, when they read as a speaker. */
export function gapPhrase(ctx: AttributionContext, from: number, verb: number): [number, number] | null {
  const { tokens, tokenQuote, tokenEntity } = ctx;
  let a = from;
  while (a < verb && tokens[a].kind === 'punct') a++;
  let b = verb;
  while (b > a && isWord(tokens[b - 1]) && VERB_GAP.has(ctx.tokens[b - 1]?.lower)) b--;
  if (b <= a || b - a > 10) return null;
  let person = false;
  // (`" that Haddad can catch Ward, said ...`: a clause, not a speaker.)
  if (/^(?:that|which|who|whether|if|because|as|when|while|to|for|about|with|from|in|on|at|by|of)$/.test(ctx.tokens[a]?.lower)) return null;
  for (let k = a; k < b; k++) {
    const t = tokens[k];
    if (AUXILIARIES.has(t.lower)) return null;
    // (A short title quoted inside the phrase, after its determiner: `," the "Pose" actor said`.)
    if (tokenQuote[k] >= 0 && k > a && titleInPhrase(ctx, tokenQuote[k], a, b)) continue;
    if (tokenQuote[k] >= 0 || (t.kind === 'punct' && t.text !== '-' && t.text !== ',' && t.text !== "'s" && t.text !== '’s')) return null;
    const w = t.lower;
    if (ANONYMOUS_HEADS.has(w) || ROLE_NOUNS.has(w) || PERSON_NOUNS.has(w) || humanWord(w) || tokenEntity[k] >= 0) person = true;
  }
  // `"...?" the 52-year-old asked`: a short determiner phrase right between the quotation and
  // its verb names the speaker whatever its head.
  if (!person && b - a <= 5 && /^(?:the|a|an|one|another|his|her|their|its|our)$/.test(ctx.tokens[a]?.lower) && b - a >= 2) person = true;
  return person ? [a, b] : null;
}

/**
 * The named person a sentence (tokens from..to) is about: its subject, opening the sentence or
 * its main clause after an opening phrase ("When asked about the vote, Mendez smiled.").
 */
/** tokens[a, b) are a title of at most five words before a name, ending in a lower-case noun for a person ("Pool campaigner"). */
function titleBefore(ctx: AttributionContext, a: number, b: number): boolean {
  if (b - a > 5) return false;
  for (let k = a; k < b; k++) if (ctx.tokens[k].kind !== 'word' || ctx.tokenQuote[k] >= 0) return false;
  const last = ctx.tokens[b - 1];
  return last.text === last.lower && (humanNoun(last.lower) || TITLE_WORDS.has(last.lower));
}

/** The subject of the sentence tokens[from, to) is "he" or "she" (after a connective perhaps): its span, or null. */
export function pronounSubject(ctx: AttributionContext, from: number, to: number): [number, number] | null {
  from = afterConnective(ctx, from, to);
  const subj = clauseSubject(ctx, from, to);
  if (!subj || subj[1] - subj[0] !== 1 || subj[0] > clauseStart(ctx, from, to) + 1) return null;
  const w = ctx.tokens[subj[0]].lower;
  return w === 'he' || w === 'she' ? subj : null;
}

export function personSubject(ctx: AttributionContext, from: number, to: number): { entity: Entity; speaker: Speaker } | null {
  from = afterConnective(ctx, from, to);
  const subj = clauseSubject(ctx, from, to);
  // ("Her deckhand, Tomas Brink, is more blunt": a description whose noun the word lists do not
  // know, then a person named in apposition, is that person.)
  if (!subj) return namedInAppositionAfter(ctx, describedUntilComma(ctx, from, to), to);
  // (The subject opens the clause, a word before it at most, or a title of a few words ending in
  // a noun for a person: "Save Our Pool campaigner Ngozi Adebayo was in tears".)
  const start = clauseStart(ctx, from, to);
  if (subj[0] > start + 1 && !titleBefore(ctx, start, subj[0])) return namedInAppositionAfter(ctx, describedUntilComma(ctx, start, to), to);
  const ei = ctx.tokenEntity[subj[1] - 1];
  const e = ei >= 0 ? ctx.entities[ei] : undefined;
  if (e?.type !== 'person') return namedInAppositionAfter(ctx, subj[1], to);
  return personNamed(ctx, e, subj[0], subj[1]);
}

/** How many lower-case words a description opening a sentence may run to before its comma. */
const DESCRIPTION_WORDS = 4;

/** A determiner and a few words in lower case open tokens[from, to), then a comma: the comma's index, or -1. */
function describedUntilComma(ctx: AttributionContext, from: number, to: number): number {
  const { tokens } = ctx;
  if (from >= to || !DESCRIBING_DETERMINERS.has(tokens[from].lower)) return -1;
  for (let k = from + 1; k < to && k <= from + DESCRIPTION_WORDS; k++) {
    const t = tokens[k];
    if (t.text === ',') return k > from + 1 ? k : -1;
    if (t.kind !== 'word' || t.text !== t.lower) return -1;
  }
  return -1;
}

/** Determiners that open a description of someone: "Her deckhand", "The owner", "A neighbour". */
const DESCRIBING_DETERMINERS = new Set(['her', 'his', 'their', 'our', 'its', 'the', 'a', 'an', 'another']);

/**
 * "Her neighbour, retired teacher Tomas Brink, is just as angry": after a description, a person
 * named between commas (a title's words before the name) with the clause's verb after: that
 * person, else null. Bounded: eight tokens.
 */
function namedInAppositionAfter(ctx: AttributionContext, at: number, to: number): { entity: Entity; speaker: Speaker } | null {
  const { tokens, tokenEntity, entities } = ctx;
  if (at < 0 || tokens[at]?.text !== ',') return null;
  for (let k = at + 1; k < Math.min(to, at + 8); k++) {
    const ei = tokenEntity[k];
    if (ei < 0) { if (tokens[k].kind !== 'word') return null; continue; }
    const e = entities[ei];
    let end = k;
    while (end < to && tokenEntity[end] === ei) end++;
    if (e.type !== 'person' || tokens[end]?.text !== ',' || !(tokens[end + 1]?.kind === 'word' && tokens[end + 1].text === tokens[end + 1].lower)) return null;
    return personNamed(ctx, e, k, end);
  }
  return null;
}
