// Who "he" or "she" stands for. Every person in reach proposes themself, with the evidence for
// them as named features (how recently and where they were named, whether they spoke last,
// whether a speech verb governs the pronoun, how their gender agrees); a small trained model
// (model/antecedents.json, written by npm run train) weighs the evidence and the best proposal
// wins. Rules propose, evidence decides: the features are measures of the text, never a word of
// the corpora the weights were fitted on.
import model from '../model/antecedents.json';
import { countBefore } from '../text/search';
import type { Entity, Speaker, TextSpan } from '../types';
import { newFeatures, score, type ConfidenceModel, type Features } from './confidence';
import type { AttributionContext } from './context';
import { afterConnective, clauseStart } from './clauses';
import { isCueAt } from './cues';
import { ORG_WORDS, TITLE_WORDS } from '../lexicon/lexicon';
import { humanNoun, OBJECT_BEFORE } from './words';
import { isCapWord } from '../text/words';
import { genderGuessed } from '../entities/gender';
import { honorificInBrackets } from '../entities/tests';
import { POSSESSIVE_MARKS } from '../entities/words';

/** Words a sentence may open with before its subject's title: "But Minority Leader Karim Nasser ...". */
const OPENING_CONJUNCTIONS: ReadonlySet<string> = new Set(['but', 'and', 'yet', 'meanwhile', 'however', 'also']);

/**
 * The sentence from `first` opens with the name at `k` after its title, perhaps a conjunction and
 * "the" first, perhaps in apposition: "But Minority Leader Karim Nasser opposed ...", "The Minority
 * Leader, Hon. Karim Nasser, opposed ...". At most eight words of it.
 */
export function titledOpening(ctx: AttributionContext, first: number, k: number): boolean {
  const { tokens } = ctx;
  if (k - first > 8) return false;
  let j = first;
  if (OPENING_CONJUNCTIONS.has(tokens[j].lower)) j++;
  if (tokens[j]?.text === ',') j++;
  if (tokens[j]?.lower === 'the') j++;
  // ("Board chair Wendy Tallis ...", "Council leader ...": a body's word, capitalised, before the title.)
  if (j + 1 < k && ORG_WORDS.has(tokens[j].lower) && isCapWord(tokens[j]) && ctx.tokenEntity[j] < 0 && TITLE_WORDS.has(tokens[j + 1].lower)) j++;
  // ("Residents' group chairman Keith Vell ...": a plural's possessive, unnamed, then its office's words.)
  if (isCapWord(tokens[j]) && ctx.tokenEntity[j] < 0 && (tokens[j + 1]?.text === "'" || tokens[j + 1]?.text === '’') && k - j >= 3 && k - j <= 5 && TITLE_WORDS.has(tokens[k - 1].lower)) {
    for (let m = j + 2; m < k; m++) if (tokens[m].kind !== 'word' || ctx.tokenEntity[m] >= 0) return false;
    return true;
  }
  // ("The Harlow Sun's TV critic Colm Brady ...": a body's possessive, then its office's words.)
  const owner = ctx.tokenEntity[j];
  if (owner >= 0 && ctx.entities[owner].type !== 'person') {
    let e = j;
    while (e < k && ctx.tokenEntity[e] === owner) e++;
    // ("Quarle Capital's Dana Ruiz was more forgiving": or the possessive right before the name.)
    if (POSSESSIVE_MARKS.has(tokens[e]?.text ?? '') && k - e === 1) return true;
    if (POSSESSIVE_MARKS.has(tokens[e]?.text ?? '') && k - e >= 2 && k - e <= 4 && (TITLE_WORDS.has(tokens[k - 1].lower) || humanNoun(tokens[k - 1].lower))) {
      for (let m = e + 1; m < k; m++) if (tokens[m].kind !== 'word' || ctx.tokenEntity[m] >= 0) return false;
      return true;
    }
  }
  let titles = 0;
  // ("Minister for Housing Darragh Keane said": an office's portfolio after "for" or "of", its
  // words capitalised.)
  let portfolio = false;
  for (; j < k; j++) {
    const t = tokens[j];
    if (t.text === ',' && titles > 0) continue;
    // ("Electricity Minister Thangam Rao said": a portfolio's word, capitalised, before a minister.)
    if (titles === 0 && j === first && isCapWord(t) && ctx.tokenEntity[j] < 0 && /^(?:Minister|Secretary)$/.test(tokens[j + 1]?.text ?? '')) continue;
    // ("Dr (Mrs) Efe Adu": an honorific in brackets after the title.)
    if (titles > 0 && j + 2 < k && honorificInBrackets(tokens, j)) { j += 2; continue; }
    if (titles > 0 && (t.lower === 'for' || t.lower === 'of') && t.text === t.lower) { portfolio = true; continue; }
    if (portfolio && t.kind === 'word' && ctx.tokenEntity[j] < 0 && (/^\p{Lu}/u.test(t.text) || t.lower === 'and' || t.lower === 'the')) continue;
    if (t.kind !== 'word' || ctx.tokenEntity[j] >= 0 || !TITLE_WORDS.has(t.lower)) return false;
    titles++;
  }
  return titles > 0;
}

/** Words that open a sentence whose subject comes after its verb: "Among them was ...", "Joining them is ...". */
const INVERTED_OPENERS: ReadonlySet<string> = new Set(['among', 'joining', 'leading', 'also', 'including']);

/** A name of capitalised words opening at `first` and its possessive, before k: the token after the possessive, or -1 ("Tarvik's barrister"). */
function possessiveOwnerEnd(tokens: AttributionContext['tokens'], first: number, k: number): number {
  let j = first;
  while (j < k && isCapWord(tokens[j])) j++;
  return j > first && j < k - 2 && (tokens[j].text === "'s" || tokens[j].text === '’s') ? j + 1 : -1;
}

/**
 * The naming at tokens [k, end) is in apposition to a description opening the sentence at
 * `first`, between commas: "The council's finance chief, Karim Nasser, defended the budget." The
 * description: a determiner or a name's possessive ("Tarvik's barrister, Sam Okonjo, said"), at
 * most six words with no comma, ending in a noun for someone or an office's word.
 */
export function appositiveOpening(ctx: AttributionContext, first: number, k: number, end: number): boolean {
  const { tokens } = ctx;
  // (After "But" or "And": "But her husband, Geoff, was backing the mayor.")
  if (first + 1 < k && OPENING_CONJUNCTIONS.has(tokens[first].lower)) first++;
  // (A title of the name's own after the comma: "the chairman of the traders' association, Alhaji Musa Danjuma,".)
  let comma = k - 1;
  if (comma - 1 > first && tokens[comma].kind === 'word' && TITLE_WORDS.has(tokens[comma].lower) && /^\p{Lu}/u.test(tokens[comma].text) && ctx.tokenEntity[comma] < 0) comma--;
  if (comma - first < 2 || comma - first > APPOSITIVE_WORDS || tokens[comma].text !== ',' || tokens[end]?.text !== ',') return false;
  if (!/^(?:the|a|an|another|his|her|their|its|our)$/.test(tokens[first].lower) && possessiveOwnerEnd(tokens, first, k) < 0) return false;
  // (Its head before a complement: "the chairman of the market traders' association", "a
  // director in the ministry".)
  let headAt = comma - 1;
  for (let j = first + 1; j < comma; j++) {
    if (tokens[j].text === ',' || ctx.tokenQuote[j] >= 0) return false;
    if (HEAD_COMPLEMENTS.has(tokens[j].lower) && headAt === comma - 1) headAt = j - 1;
  }
  const head = tokens[headAt].lower;
  return humanNoun(head) || TITLE_WORDS.has(head);
}

/** Prepositions opening a description's complement after its head: "a director in the ministry". */
const HEAD_COMPLEMENTS = new Set(['of', 'in', 'at', 'for', 'with']);

/** How many tokens a description in apposition before a name may run to its comma. */
const APPOSITIVE_WORDS = 11;

/** A person who may be what a pronoun stands for, with the evidence for them. */
export interface AntecedentProposal {
  readonly entity: Entity;
  readonly features: Features;
}

/** What training reads: each pronoun's proposals and the choice made (AnalyzeOptions.trace). */
export interface AntecedentTrace {
  readonly quoteStart: number;
  readonly pronoun: TextSpan;
  readonly proposals: readonly { readonly entity: string; readonly features: Features }[];
  readonly chosen: string | null;
}

/** How far back people are proposed: paragraphs, distinct people, and person mentions visited. */
const PARAGRAPHS_BACK = 4;
const MAX_PROPOSALS = 8;
const MAX_STEPS = 60;

/**
 * Below this score the best proposal is no answer: the pronoun stays unresolved, an uncertain
 * attribution for the editor, rather than a guess. Chosen on the news sets' 235 pronouns, each
 * corpus left out of training: at 0.3, 181 right and 29 wrong; at 0.2 as many right and 34
 * wrong; at 0.4, 26 wrong but 6 fewer right.
 */
export const ANTECEDENT_FLOOR = 0.3;

/** How close a second person of unknown gender may score before neither is chosen. */
const CLOSE = 0.7;

/** The proposal's model: the committed weights. */
export const ANTECEDENT_MODEL = model as ConfidenceModel;

/** A mention of e, no pronoun, in text[from, to) (a binary search of its mentions, in text order). */
function namedWithin(e: Entity, from: number, to: number): boolean {
  for (let j = countBefore(e.mentions, (m) => m.start < from); j < e.mentions.length && e.mentions[j].start < to; j++) if (e.mentions[j].kind !== 'pronoun') return true;
  return false;
}

/** The one-hot feature names of a proposal's rank and of how many paragraphs back its naming is, 0 to 3. */
const RANK = ['rank=0', 'rank=1', 'rank=2', 'rank=3'];
const BACK_FEATURE = ['paragraphsBack=0', 'paragraphsBack=1', 'paragraphsBack=2', 'paragraphsBack=3'];

/**
 * The people a pronoun of `gender` at token `at` may stand for (for "it", `gender` null: the
 * organisations): each named before `pos` in this paragraph or the four before it (the most
 * recent eight), and the last speaker and the person whose speech verb governs the pronoun
 * wherever they were named; never a person whose gender (as the article or the first-name
 * lists give it) disagrees. Bounded work: at most sixty mentions are visited.
 */
/** Whether an entity's first mention by name comes after offset `at`. */
function firstNamedAfter(e: Entity, at: number): boolean {
  for (const m of e.mentions) if (m.kind !== 'pronoun') return m.start > at;
  return true;
}

export function antecedentProposals(ctx: AttributionContext, at: number, pos: number, gender: 'male' | 'female' | null, paragraph: number, lastSpeaker: Speaker | null, governing: Entity | null, quoteStart = -1): AntecedentProposal[] {
  const { paragraphs, tokens, sentences, tokenEntity, entityById } = ctx;
  // ("it said": the organisations named before; "he" or "she": the people.)
  const kind = gender ? 'person' : 'organization';
  const mentions = gender ? ctx.personMentions : ctx.organizationMentions;
  const floor = paragraphs[Math.max(0, paragraph - PARAGRAPHS_BACK)]?.start ?? 0;
  const last = new Map<Entity, number>();
  const order: Entity[] = [];
  let steps = 0;
  // (Nobody first named after a pronoun that opens its sentence, in that sentence: the main
  // clause's subject, it is none of them: `He told the panel he hired the consultant, Tomas
  // Brink, because "..."`.)
  const pronoun = tokens[at];
  const opens = !!pronoun && (at === 0 || tokens[at - 1].sentence !== pronoun.sentence);
  const sentenceEnd = opens ? sentences[pronoun.sentence]?.end ?? -1 : -1;
  for (let i = countBefore(mentions, (m) => m.start < pos) - 1; i >= 0 && steps < MAX_STEPS && order.length < MAX_PROPOSALS; i--, steps++) {
    const m = mentions[i];
    if (m.start < floor) break;
    // ("she said" never goes to a man: a person whose gender disagrees is not proposed.)
    if (last.has(m.entity) || disagrees(m.entity, gender)) continue;
    if (opens && m.start > pronoun.start && m.start < sentenceEnd && firstNamedAfter(m.entity, pronoun.start)) continue;
    last.set(m.entity, m.start);
    order.push(m.entity);
  }
  const speaker = lastSpeaker?.entity ? entityById.get(lastSpeaker.entity) : undefined;
  for (const extra of [speaker, governing]) {
    if (!extra || extra.type !== kind || last.has(extra) || disagrees(extra, gender)) continue;
    last.set(extra, lastMentionStart(extra, pos));
    order.push(extra);
  }
  // (With no one else in reach, the last speaker whose gender only a guess from the first name
  // gives is no other person: "Dima Harlev said ... Speaking after the vote, he added".)
  const speakerAt = !order.length && speaker && speaker.type === kind && genderGuessed(speaker) ? lastMentionStart(speaker, pos) : -1;
  if (speaker && speakerAt >= floor) {
    last.set(speaker, speakerAt);
    order.push(speaker);
  }
  const pronounSentence = tokens[at]?.sentence ?? -1;
  const speakerLast = speaker ? last.get(speaker) ?? lastMentionStart(speaker, pos) : -1;
  const spoke = spokeRecently(ctx);
  // (Someone in reach whom the article gives the pronoun's gender: a rival to everyone whose
  // gender nothing gives.)
  const knownRival = !!gender && order.some((e) => e.gender === gender);
  // (The quotation the pronoun's cue credits: someone it names by name, "Mr Nasser drives a
  // hard bargain", is rarely who says it.)
  const qi = quoteStart >= 0 ? countBefore(ctx.quotes, (q) => q.start < quoteStart) : -1;
  const quote = qi >= 0 && ctx.quotes[qi]?.start === quoteStart ? ctx.quotes[qi] : null;
  const proposals = order.map((e, rank) => {
    const start = last.get(e) ?? -1;
    const f = newFeatures();
    f[RANK[Math.min(rank, 3)]] = 1;
    // (A gender guessed from the first name and not the pronoun's reads as none.)
    const same = !!e.gender && e.gender === gender;
    if (gender) f[same ? 'gender=same' : 'gender=unknown'] = 1;
    else f.organization = 1;
    if (gender && !same && knownRival) f.knownGenderRival = 1;
    if (e === governing) f.governing = 1;
    if (e === speaker) f.lastSpeaker = 1;
    else if (speaker && start > speakerLast) f.afterLastSpeaker = 1;
    if (spoke.has(e.id)) f.spokeBefore = 1;
    if (order.length === 1) f.alone = 1;
    if (quote && namedWithin(e, quote.innerStart, quote.innerEnd)) f.namedInQuote = 1;
    f.mentions = Math.min(4, Math.log2(1 + e.mentions.length)) / 4;
    if (start < 0) { f.notInReach = 1; return { entity: e, features: f }; }
    let k = countBefore(tokens, (t) => t.start < start);
    // (An appositive after the name is the same naming: "Tomas Brink, the former finance director,
    // gave evidence" opens with Brink, whose last mention is the appositive.)
    const ek = tokenEntity[k];
    if (ek >= 0 && k >= 2 && tokens[k - 1].text === ',' && tokenEntity[k - 2] === ek) {
      k -= 2;
      while (k > 0 && tokenEntity[k - 1] === ek) k--;
    }
    const mp = sentences[tokens[k]?.sentence ?? 0]?.paragraph ?? paragraph;
    f[BACK_FEATURE[Math.min(3, Math.max(0, paragraph - mp))]] = 1;
    if (tokens[k]?.sentence === pronounSentence) f.sameSentence = 1;
    // (Named after the pronoun, before the quotation: `He told the board he paid the consultant,
    // Ann Reyes, because "..."` names an object of the pronoun's own clause, rarely whom it stands for.)
    if (start > (tokens[at]?.start ?? start)) f.afterPronoun = 1;
    const s = sentences[tokens[k]?.sentence ?? 0];
    let end = k;
    const ei = tokenEntity[k];
    while (end < tokens.length && end - k < 8 && tokenEntity[end] === ei) end++;
    // (Named inside a sentence whose subject is the pronoun's own kind, "He believes that
    // Brink's knowledge ...": that sentence's "he" is someone else, named before.)
    if (gender && s) {
      let first = s.firstToken;
      while (first < k && tokens[first].kind === 'punct') first++;
      const w = tokens[first]?.lower;
      if (first < k && (gender === 'male' ? w === 'he' : w === 'she')) f.underPronoun = 1;
    }
    // (Past a nation's or a side's possessive too: "pulled away from Quarland's Tomas Brink".)
    if (k > 0 && (OBJECT_BEFORE.has(tokens[k - 1].lower) || (k > 2 && POSSESSIVE_MARKS.has(tokens[k - 1].text) && tokenEntity[k - 2] >= 0 && ctx.entities[tokenEntity[k - 2]].type !== 'person' && OBJECT_BEFORE.has(tokens[placeStart(ctx, k - 2) - 1]?.lower ?? '')))) f.object = 1;
    if (POSSESSIVE_MARKS.has(tokens[end]?.text ?? '')) f.possessive = 1;
    // (A possessive opening the sentence is not its subject: "Brink's opposite number, ...".)
    // (After an opening phrase and its comma the name opens the clause: "Despite a late bogey,
    // Okeke was happy with the round"; not a name the phrase lists, "Like Tomas Brink, Dana Ruiz and
    // others, Okeke ...".)
    // (After a connective too, "Later, at the rally, Okeke ..."; and a clause's subject after
    // "but" or a semicolon: "The players expected a bonus, but Okeke soon settled it", "Vell runs
    // the business; Okeke looks after production".)
    else if (s && (k - s.firstToken <= 1 || titledOpening(ctx, s.firstToken, k) || appositiveOpening(ctx, s.firstToken, k, end) || appositiveOpening(ctx, clauseStart(ctx, s.firstToken, k), k, end) || appositiveOpening(ctx, afterConnective(ctx, s.firstToken, k), k, end) || (clauseStart(ctx, afterConnective(ctx, s.firstToken, k + 1), k + 1) === k && tokens[end]?.lower !== 'and' && tokens[end]?.lower !== 'or')
      || (tokens[k - 1]?.lower === 'but' && tokens[end]?.kind === 'word' && tokens[end].lower !== 'and' && tokens[end].lower !== 'or')
      || (tokens[k - 1]?.text === ';' && tokens[end]?.lower !== 'and' && tokens[end]?.lower !== 'or')
      // ("Among them was Gloria Pike, whose ...": the subject of an inverted sentence after its verb.)
      || (k - s.firstToken <= 8 && (tokens[k - 1]?.lower === 'was' || tokens[k - 1]?.lower === 'is') && INVERTED_OPENERS.has(tokens[s.firstToken].lower)))) f.opensSentence = 1;
    // (Within the naming's own sentence, before the pronoun: "... of Williams. He said:" is the
    // pronoun's cue, not one after Williams.)
    for (let j = end; j < Math.min(tokens.length, end + 4, at); j++) {
      if (ctx.tokenQuote[j] >= 0 || tokens[j].sentence !== tokens[k].sentence) break;
      if (isCueAt(ctx, j)) { f.cueAfter = 1; break; }
    }
    return { entity: e, features: f };
  });
  // (The most recent person to open a sentence, whoever was named in passing since: the
  // subject a pronoun most often continues, "Brink felt the game turned on Colby's goal. He said".)
  const subject = proposals.find((p) => p.features.opensSentence);
  if (subject) subject.features.nearestSubject = 1;
  return proposals;
}

/** The person's gender is not the pronoun's. */
const disagrees = (e: Entity, gender: 'male' | 'female' | null): boolean => !!gender && !!e.gender && e.gender !== gender;

/** The entity's last mention (not a pronoun) starting before `pos`, or -1. */
function lastMentionStart(e: Entity, pos: number): number {
  for (let i = countBefore(e.mentions, (m) => m.start < pos) - 1; i >= 0; i--) if (e.mentions[i].kind !== 'pronoun') return e.mentions[i].start;
  return -1;
}

/** The people credited with the last thirty attributions (bounded). */
function spokeRecently(ctx: AttributionContext): Set<string> {
  const out = new Set<string>();
  const { results } = ctx;
  for (let i = results.length - 1; i >= 0 && i >= results.length - 30; i--) {
    const id = results[i].speaker?.entity;
    if (id) out.add(id);
  }
  return out;
}

/**
 * The proposal the model scores highest, with its score and its share of all the proposals'
 * scores; null when there is none or the best scores below `floor`.
 */
export function chooseAntecedent(proposals: readonly AntecedentProposal[], floor = 0.2, m: ConfidenceModel = ANTECEDENT_MODEL): { entity: Entity; p: number; share: number; rival: number } | null {
  let best: AntecedentProposal | null = null;
  let bestP = -1;
  let secondP = -1;
  let second: AntecedentProposal | null = null;
  let sum = 0;
  for (const c of proposals) {
    const p = score(c.features, m);
    sum += p;
    if (p > bestP) { secondP = bestP; second = best; bestP = p; best = c; } else if (p > secondP) { secondP = p; second = c; }
  }
  if (!best || bestP < floor) return null;
  // (Two people whose gender nothing gives, close in score: a guess between them is no answer.)
  if (second && best.features['gender=unknown'] && second.features['gender=unknown'] && secondP >= CLOSE * bestP) return null;
  return { entity: best.entity, p: bestP, share: sum > 0 ? bestP / sum : 0, rival: Math.max(0, secondP) };
}

/** The first token of the entity whose mention ends at token k. */
function placeStart(ctx: AttributionContext, k: number): number {
  let s = k;
  while (s > 0 && ctx.tokenEntity[s - 1] === ctx.tokenEntity[k]) s--;
  return s;
}
