// Speakers named by words that stand for someone named before: "they" after a quotation, a
// body's definite description ("the council said"), a ruler's style ("His Highness said").
import { ANONYMOUS_HEADS, lowerWord, PRE_NAME_TITLES, SPEECH_VERBS, TELL_VERBS, TITLE_WORDS } from '../lexicon/lexicon';
import { countBefore } from '../text/search';
import type { Entity, Speaker, TextSpan } from '../types';
import { CLUB_LAST } from '../entities/sports';
import { clauseStart, clauseSubject, opensSentence } from './clauses';
import { opensBody, tokenSpan, type AttributionContext, type Resolved } from './context';
import { AUXILIARIES, hasRole, humanNoun, INDEFINITE } from './words';
import { isCueAt } from './cues';
import { FEMALE_WORDS, MALE_WORDS } from '../entities/gender';
import { afterStyle, APPOSITIVE_BODIES, POST_NOMINALS, RANK_STYLES, TITLE_HEADS } from '../entities/words';

/**
 * Whom "they" after a quotation stands for: the subject of the sentence before the quotation, in
 * its paragraph (or of its own sentence, before it), where that is a body ("Harbour Records denied
 * the claim.") or a group named by a plural noun for people ("Fans were furious."); else null.
 */
export function theyAntecedent(ctx: AttributionContext, quoteStart: number, mention: TextSpan): Resolved | null {
  const { tokens, sentences, tokenEntity, entities } = ctx;
  const q = countBefore(tokens, (t) => t.start < quoteStart);
  if (q >= tokens.length) return null;
  let si = tokens[q].sentence;
  let end = q;
  if (opensSentence(ctx, q, sentences[si].firstToken)) {
    // (The sentence before, in its paragraph or closing the paragraph before, as British copy
    // sets one sentence to a paragraph; not a headline or a caption.)
    if (si === 0 || sentences[si - 1].paragraph < sentences[si].paragraph - 1 || ctx.furniturePara[sentences[si - 1].paragraph]) return null;
    si--;
    end = sentences[si].endToken;
    for (let k = sentences[si].firstToken; k < end; k++) if (ctx.tokenQuote[k] >= 0) return null;
  }
  const subj = clauseSubject(ctx, sentences[si].firstToken, end);
  if (!subj) return null;
  const span = tokenSpan(ctx, subj[0], subj[1]);
  const ei = tokenEntity[subj[1] - 1];
  // (A body, "they" as British copy writes it; or a person the copy gives no "he" or "she", for
  // whom it may use "they": "Sam Okonjo, who speaks for the ferry company, confirmed it. "...," they said".)
  // (One person alone, not "Dana Ruiz and Tomas Brink".)
  const alone = !/^(?:and|&|or)$/.test(tokens[subj[1]]?.lower ?? '') && !/^(?:and|&|or)$/.test(tokens[subj[0] - 1]?.lower ?? '');
  if (ei >= 0) return entities[ei].type === 'organization' || (entities[ei].type === 'person' && !entities[ei].gender && alone) ? { speaker: { entity: entities[ei].id, name: entities[ei].name, anonymous: false, mention }, resolution: 'pronoun', antecedent: span } : null;
  const last = tokens[subj[1] - 1].lower;
  // ("The firm that owns the festival, Harbour Records, says ...": a body's noun, perhaps
  // with a relative clause, and the body's name in apposition.)
  if (APPOSITIVE_BODIES.has(last)) {
    let b = subj[1];
    if (/^(?:that|which)$/.test(tokens[b]?.lower ?? '')) while (b < end && b < subj[1] + APPOSITION_REACH && tokens[b].text !== ',' && ctx.tokenQuote[b] < 0) b++;
    const body = namedInApposition(ctx, b, false);
    if (body?.type === 'organization') return { speaker: { entity: body.id, name: body.name, anonymous: false, mention }, resolution: 'pronoun', antecedent: span };
  }
  // (Or one person whose gender the copy does not give, "they" for them: "A spokesperson said ...
  // "...," they said.")
  // (Or a group by a collective noun, "they" in British copy: "the band said ... "...," they wrote".)
  return (last.endsWith('s') && humanNoun(last)) || SINGULAR_THEY.has(last) || COLLECTIVE_THEY.has(last) ? { speaker: { entity: null, name: span.text, anonymous: false, mention }, resolution: 'pronoun', antecedent: span } : null;
}

/** How far a relative clause after a body's noun is read for the comma before its name. */
const APPOSITION_REACH = 12;

/** Nouns for one person that copy refers back to as "they": a spokesperson, an official. */
const SINGULAR_THEY = new Set(['spokesperson', 'representative', 'official', 'source', 'insider', 'person', 'member', 'employee', 'worker',
  'witness', 'resident', 'neighbour', 'neighbor', 'parent', 'relative', 'friend', 'student', 'teacher', 'nurse', 'doctor', 'manager']);

/** Collective nouns for people that copy refers back to as "they": a band, a family, a couple. */
const COLLECTIVE_THEY = new Set(['band', 'group', 'family', 'couple', 'duo', 'trio', 'crew', 'team', 'squad', 'panel', 'committee', 'jury', 'charity', 'campaign']);

/** A ruler's, a royal's, a cleric's or an envoy's style: "His Highness", "Her Majesty", "His Excellency". */
export const STYLE = new RegExp(`^(?:his|her) (?:royal )?(?:${[...RANK_STYLES].join('|')})$`);
/** Roles a style stands for ("Her Honour", "His Lordship": a judge). */
const STYLED_ROLES = /\b(?:sheikh|emir|king|queen|prince|princess|sultan|ruler|pope|ambassador|president|cardinal|archbishop|crown|judge|justice|magistrate|recorder|sheriff|coroner)\b/;

/** The person named last before `at` (fifty person mentions back at most) whose role a style names, of that gender or none. */
export function styledPerson(ctx: AttributionContext, at: number, gender: 'male' | 'female'): Entity | null {
  const mentions = ctx.personMentions;
  for (let i = countBefore(mentions, (m) => m.start < at) - 1, n = 0; i >= 0 && n < 50; i--, n++) {
    const e = mentions[i].entity;
    if (e.role && STYLED_ROLES.test(lowerWord(e.role)) && (!e.gender || e.gender === gender)) return e;
  }
  return null;
}

/** How many organisation mentions back a body's definite description looks for its name. */
const BODY_NAME_REACH = 200;

/** The one organisation mentioned before `at` whose name has the word `head` (or, for "club", a club's last word); else null. */
export function bodyNamedBefore(ctx: AttributionContext, head: string, at: number): Entity | null {
  const mentions = ctx.organizationMentions;
  let found: Entity | null = null;
  for (let i = countBefore(mentions, (m) => m.start < at) - 1, n = 0; i >= 0 && n < BODY_NAME_REACH; i--, n++) {
    const e = mentions[i].entity;
    if (e === found) continue;
    // (Named in the body: a headline's capitalised words make doubtful names.)
    const t = countBefore(ctx.tokens, (x) => x.start < mentions[i].start);
    if (ctx.furniturePara[ctx.sentences[ctx.tokens[t]?.sentence ?? 0]?.paragraph ?? 0]) continue;
    const words = e.name.toLowerCase().split(/\s+/);
    if (!(words.includes(head) || (head === 'club' && CLUB_LAST.has(words[words.length - 1])))) continue;
    if (found) return null;
    found = e;
  }
  return found;
}

/** How far an "of" phrase after a described person is read: "of one of the victims". */
const OF_PHRASE_WORDS = 6;

/**
 * The end (token index) of a plain "of" phrase from token k, up to a comma, "who" or a speech
 * verb ("A relative of one of the victims, who ...", "a member of the public said"); -1 when it
 * names someone or something, or runs on ("the wife of Tomas Brink", "the head of the Quarle club").
 */
export function plainOfPhrase(ctx: AttributionContext, k: number, end: number): number {
  const { tokens, tokenEntity } = ctx;
  for (let j = k; j < Math.min(end, k + OF_PHRASE_WORDS); j++) {
    const t = tokens[j];
    if (j > k && (t.text === ',' || t.lower === 'who' || SPEECH_VERBS.has(t.lower) || TELL_VERBS.has(t.lower))) return j;
    if (tokenEntity[j] >= 0 || t.kind !== 'word' || t.text !== t.lower) return -1;
  }
  return -1;
}

/**
 * `A former member of staff, who asked not to be named, described it as "chaos". ... "We had no
 * masks," she said`: when the last quotation's speaker is one person described without a name
 * (no entity, not a pronoun, not a plural), in this paragraph or the one before, and nobody is
 * named between that description and the pronoun, the pronoun continues that speaker, whose
 * description's words do not disagree with its gender.
 */
export function describedSpeaker(ctx: AttributionContext, last: Speaker | null, pos: number, gender: 'male' | 'female', paragraph: number, quoteStart: number): Resolved | null {
  const m = last?.mention;
  if (!last || last.entity || !m || m.end > pos) return null;
  const { tokens, personMentions } = ctx;
  const k = countBefore(tokens, (t) => t.start < m.start);
  const mp = ctx.sentences[tokens[k]?.sentence ?? -1]?.paragraph ?? -1;
  // (A caption or another line of furniture between them interrupts nothing.)
  let before = paragraph - 1;
  while (before > mp && ctx.furniturePara[before]) before--;
  if (mp < before || mp > paragraph) return null;
  const words = m.text.split(/\s+/).map(lowerWord);
  // (One person: a determiner of one, and a head no plural: "a former member of staff", "one
  // carer"; not "officials", "the residents".)
  if (!INDEFINITE.has(words[0])) return null;
  const head = words.slice(1).find((w) => ANONYMOUS_HEADS.has(w) || humanNoun(w) || w === 'member');
  if (!head || (head.endsWith('s') && !head.endsWith('ss'))) return null;
  if (gender === 'female' ? MALE_WORDS.test(m.text.toLowerCase()) : FEMALE_WORDS.test(m.text.toLowerCase())) return null;
  if (countBefore(personMentions, (x) => x.start < pos) > countBefore(personMentions, (x) => x.start < m.end)) return null;
  if (ownRelationBetween(ctx, tokens[k]?.sentence ?? -1, pos, gender)) return null;
  // (`... one caller insisted the bus was late ... "You're right, ..." he said`: words to the one
  // described answer them; whoever answers is someone else.)
  if (/^\W{0,2}(?:you|your|you['’]re)\b/i.test(ctx.text.slice(quoteStart, quoteStart + 12))) return null;
  return { speaker: { entity: null, name: last.name, anonymous: last.anonymous, mention: m }, resolution: 'pronoun', antecedent: m };
}

/** How many sentences between a described speaker and the pronoun are read for the writer's own relation. */
const OWN_REACH = 12;

/**
 * A sentence after sentence `from` and before `pos` opens with the writer's own relation of the
 * pronoun's gender, or of none ("My mother, who lived to 94, had a simpler view"): nearer the
 * pronoun than the one described before, whom it then does not continue.
 */
function ownRelationBetween(ctx: AttributionContext, from: number, pos: number, gender: 'male' | 'female'): boolean {
  const { sentences, tokens } = ctx;
  for (let s = from + 1; s < sentences.length && s <= from + OWN_REACH && sentences[s].start < pos; s++) {
    const f = sentences[s].firstToken;
    if (tokens[f]?.lower !== 'my' && tokens[f]?.lower !== 'our') continue;
    for (let j = f + 1; j < Math.min(sentences[s].endToken, f + 4); j++) {
      const t = tokens[j];
      if (t.kind !== 'word' || t.text !== t.lower) break;
      if (!humanNoun(t.lower)) continue;
      if (!(gender === 'female' ? MALE_WORDS.test(t.lower) : FEMALE_WORDS.test(t.lower))) return true;
      break;
    }
  }
  return false;
}

/** Nouns for the newsroom itself, as the subject of its interview: "reporters asked a nurse". */
const NEWSROOM = new Set(['reporter', 'reporters', 'journalist', 'journalists', 'correspondent', 'we', 'i']);

/**
 * The subject right before the verb at k is the newsroom: "I", "we", a reporter, or an
 * organisation (the paper: "The Harlow Echo spoke to"); not a person named ("Ruiz asked a
 * colleague", who then speaks on herself).
 */
function reporterBefore(ctx: AttributionContext, k: number): boolean {
  let j = k - 1;
  while (j >= 0 && /^(?:also|then|later|recently|have|has|had)$/.test(ctx.tokens[j].lower)) j--;
  if (j < 0) return false;
  const ei = ctx.tokenEntity[j];
  // (An outlet in capitals no list knows is the paper too: "NEWSWEEK spoke to".)
  return ei >= 0 ? ctx.entities[ei].type === 'organization' : NEWSROOM.has(ctx.tokens[j].lower) || /^\p{Lu}{3,}$/u.test(ctx.tokens[j].text);
}

/** Verbs of a reporter's interview, before whom they spoke to: "spoke to", "talked with", "interviewed". */
const INTERVIEW_VERBS = new Set(['spoke', 'speaks', 'talked', 'talks', 'interviewed', 'asked']);

/**
 * The determiner of an indefinite description right after a verb of interviewing in tokens
 * from..to ("The Harlow Echo talked to one father, who ..."), or -1. Bounded by the sentence.
 */
export function interviewedAt(ctx: AttributionContext, from: number, to: number): number {
  const { tokens } = ctx;
  for (let k = from; k + 2 < to; k++) {
    if (!INTERVIEW_VERBS.has(tokens[k].lower) || ctx.tokenQuote[k] >= 0 || !reporterBefore(ctx, k)) continue;
    const d = tokens[k].lower === 'interviewed' || tokens[k].lower === 'asked' ? k + 1 : tokens[k + 1].lower === 'to' || tokens[k + 1].lower === 'with' ? k + 2 : -1;
    if (d > 0 && d < to && /^(?:a|an|one|another)$/.test(tokens[d].lower)) return d;
  }
  return -1;
}

/**
 * A profile's "she" many paragraphs on ("Lena Early grew up ... [twelve paragraphs] "I laughed,"
 * she says"): beyond the antecedent model's reach, the one person of the pronoun's gender named
 * before it, when every person named before it has a known gender, is whom it stands for. The
 * people are counted once per article by their first naming; each pronoun is a binary search.
 */
export function soleOfGender(ctx: AttributionContext, gender: 'male' | 'female', pos: number, mention: TextSpan): Resolved | null {
  const nm = ctx.memo.namings ?? (ctx.memo.namings = namings(ctx.entities));
  const i = countBefore(nm.start, (s) => s < pos) - 1;
  if (i < 0 || nm.unknown[i] > 0 || (gender === 'male' ? nm.male[i] : nm.female[i]) !== 1) return null;
  const found = gender === 'male' ? nm.firstMale[i] : nm.firstFemale[i];
  if (!found) return null;
  const before = lastNamingBefore(found, pos);
  return { speaker: { entity: found.id, name: found.name, anonymous: false, mention }, resolution: 'pronoun', antecedent: before ? { start: before.start, end: before.end, text: before.text } : null };
}

/** Most of a person's pronouns passed over, back from a position, to their last naming. */
const PRONOUNS_BACK = 48;

/** e's last naming (no pronoun) before `pos`: a binary search, then back over at most PRONOUNS_BACK of their pronouns; null when none is in reach. */
function lastNamingBefore(e: Entity, pos: number): Entity['mentions'][number] | null {
  let j = countBefore(e.mentions, (m) => m.start < pos) - 1;
  for (let k = 0; j >= 0 && e.mentions[j].kind === 'pronoun' && k < PRONOUNS_BACK; k++) j--;
  return j >= 0 && e.mentions[j].kind !== 'pronoun' ? e.mentions[j] : null;
}

/** How many times a person must be named, and how many times more than anyone else of their gender, to be an article's subject. */
const SUBJECT_NAMINGS = 6;
const SUBJECT_LEAD = 3;

/**
 * A profile's "she" that nothing nearer resolves ("Vell ... [a dozen paragraphs, other women
 * named] ... "We had no idea then," she says"): the article's subject of that gender, named at
 * least six times and three times as often as anyone else of it (pronouns not counted), and
 * named before the pronoun. Counted once per article.
 */
export function dominantOfGender(ctx: AttributionContext, gender: 'male' | 'female', pos: number, mention: TextSpan): Resolved | null {
  const subjects = ctx.memo.subjects ?? (ctx.memo.subjects = articleSubjects(ctx.entities));
  const found = subjects[gender];
  if (!found) return null;
  const before = lastNamingBefore(found, pos);
  if (!before) return null;
  return { speaker: { entity: found.id, name: found.name, anonymous: false, mention }, resolution: 'pronoun', antecedent: { start: before.start, end: before.end, text: before.text } };
}

/** The person of each gender named at least three times as often as any other of it (dominantOfGender), or null. */
function articleSubjects(entities: readonly Entity[]): { male: Entity | null; female: Entity | null } {
  const top = { male: [null, 0, 0] as [Entity | null, number, number], female: [null, 0, 0] as [Entity | null, number, number] };
  for (const e of entities) {
    if (e.type !== 'person' || e.author || !e.gender) continue;
    let n = 0;
    for (const m of e.mentions) if (m.kind !== 'pronoun') n++;
    const t = top[e.gender];
    if (n > t[1]) { t[2] = t[1]; t[1] = n; t[0] = e; } else if (n > t[2]) t[2] = n;
  }
  const pick = ([e, first, second]: [Entity | null, number, number]): Entity | null => (e && first >= SUBJECT_NAMINGS && first >= SUBJECT_LEAD * second ? e : null);
  return { male: pick(top.male), female: pick(top.female) };
}

/** The people sorted by their first naming, and the counts of each gender up to each. */
function namings(entities: readonly Entity[]): NonNullable<AttributionContext['memo']['namings']> {
  const people = entities.flatMap((e) => {
    // (Not the byline's author, whom the article never calls "she": "By Marta Vell ... she said".)
    const m = e.type === 'person' && !e.author ? e.mentions.find((x) => x.kind !== 'pronoun') : undefined;
    return m ? [{ start: m.start, e }] : [];
  }).sort((a, b) => a.start - b.start);
  const out = { start: [] as number[], unknown: [] as number[], male: [] as number[], female: [] as number[], firstMale: [] as (Entity | null)[], firstFemale: [] as (Entity | null)[] };
  let unknown = 0, male = 0, female = 0;
  let firstMale: Entity | null = null, firstFemale: Entity | null = null;
  for (const { start, e } of people) {
    if (!e.gender) unknown++;
    else if (e.gender === 'male') { male++; firstMale ??= e; } else { female++; firstFemale ??= e; }
    out.start.push(start); out.unknown.push(unknown); out.male.push(male); out.female.push(female); out.firstMale.push(firstMale); out.firstFemale.push(firstFemale);
  }
  return out;
}

/**
 * After a document's phrase ending at b, "from" and whom it came from, in the same sentence: the
 * first person named in the next few words, else the first organisation ("A letter from the
 * trust's chief executive, Anil Rao, to staff said:"); so after "signed by" ("The statement,
 * signed by Colm Brady, read:").
 */
export function authorFrom(ctx: AttributionContext, b: number): [number, number] | null {
  const { tokens, tokenEntity, entities } = ctx;
  // ("The statement, signed by Colm Brady, read:": whoever signed it, between commas.)
  if (tokens[b]?.text === ',' && tokens[b + 1]?.lower === 'signed' && tokens[b + 2]?.lower === 'by') b += 2;
  else if (tokens[b]?.lower === 'signed' && tokens[b + 1]?.lower === 'by') b += 1;
  else if (tokens[b]?.lower !== 'from') return null;
  let org: [number, number] | null = null;
  for (let k = b + 1; k < Math.min(tokens.length, b + 10) && tokens[k].sentence === tokens[b].sentence && ctx.tokenQuote[k] < 0; k++) {
    const ei = tokenEntity[k];
    if (ei < 0) { if (tokens[k].text === ':' || SPEECH_VERBS.has(tokens[k].lower)) break; continue; }
    let e = k;
    while (e < tokens.length && tokenEntity[e] === ei) e++;
    if (entities[ei].type === 'person') return [k, e];
    if (!org && entities[ei].type === 'organization') org = [k, e];
    k = e - 1;
  }
  return org;
}

/**
 * The entity named in apposition right after the phrase that ends at token b, after a comma and
 * closed by another or by the sentence's end (", NAME," or ", NAME."): a person, or an
 * organisation where the phrase's head is no noun for a person ("the company, Velcor Ltd,").
 * Null when anything else stands there.
 */
export function namedInApposition(ctx: AttributionContext, b: number, person: boolean): Entity | null {
  const { tokens, tokenEntity, entities } = ctx;
  if (tokens[b]?.text !== ',') return null;
  // (Over a style or an honorific before the name, no part of it: `the lead author, Dr Dana Ruiz.`;
  // or over an age and a trade in lower case: `one of them, 23-year-old student Dana Ruiz,`.)
  // (Styles of two or three words too: `the Speaker, Rt. Hon. Dana Ruiz,`.)
  let at = afterStyle(tokens, tokenEntity, b + 1);
  if (at === b + 1) at = tradeBefore(ctx, b + 1);
  const ei = tokenEntity[at] ?? -1;
  if (ei < 0 || (b + 1 > 0 && tokenEntity[b] === ei)) return null;
  const e = entities[ei];
  if (e.type !== 'person' && (person || e.type !== 'organization')) return null;
  let end = at;
  while (end < tokens.length && tokenEntity[end] === ei) end++;
  // (Over letters after the name: `Colm Brady MLA,`.)
  // (Or before the sentence's end when they are a member's or an honour's: `Dana Ruiz MP.`)
  if (end < tokens.length && (POST_NOMINALS.has(tokens[end].text) || (/^[A-Z]{2,4}$/.test(tokens[end].text) && tokens[end + 1]?.text === ','))) end++;
  // (Closed by a comma, or by the sentence's end: `said the mayor, Joan Fletcher.`)
  const close = tokens[end];
  if (!close || close.sentence !== tokens[b].sentence) return e;
  return close.text === ',' || close.text === '.' || close.text === '!' || close.text === '?' ? e : null;
}

/** Lower-case words before a trade's or an office's word and a name at most this many tokens on, as `23-year-old student`. */
const TRADE_REACH = 6;

/** Where the name starts after lower-case words ending in a trade or an office from k (`former teacher Dana Ruiz`); else k. */
function tradeBefore(ctx: AttributionContext, k: number): number {
  const { tokens, tokenEntity } = ctx;
  let e = k;
  while (e < tokens.length && e < k + TRADE_REACH && tokenEntity[e] < 0 && tokens[e].text !== ',' && tokens[e].sentence === tokens[k].sentence && (tokens[e].kind !== 'word' || tokens[e].text === tokens[e].lower)) e++;
  return e > k && tokenEntity[e] >= 0 && (PRE_NAME_TITLES.has(tokens[e - 1].lower) || TITLE_WORDS.has(tokens[e - 1].lower)) ? e : k;
}

/**
 * The last token of tokens[from, end), or the word before the first "for" or "of" after `from`
 * when entity-free words follow it: the head noun of "member for the area".
 */
export function nounBeforeComplement(ctx: AttributionContext, from: number, end: number): number {
  for (let j = from + 1; j < end - 1; j++) {
    const w = ctx.tokens[j].lower;
    if (w !== 'for' && w !== 'of') continue;
    for (let k = j + 1; k < end; k++) if (ctx.tokenEntity[k] >= 0) return end - 1;
    return j - 1;
  }
  return end - 1;
}

/** How many words into an indefinite description its noun for a person is looked for. */
const LEDE_NOUN_WORDS = 4;
/** How many tokens after the name the next paragraph's verb of saying is looked for. */
const LEDE_CUE_REACH = 40;

/**
 * A lede's unnamed subject named at the next paragraph's start, as news copy introduces people
 * (`A former director of Velcor Homes told an inquiry ... "..."`, then `Tomas Brink, who ran the
 * firm's land division, said ...`): an indefinite description of one person (a noun for a
 * person among its first words, no anonymous source's such as "an official") in the body's
 * first paragraph, when the next paragraph opens with a person named in full there for the
 * first time, then a comma or a verb, whose gender does not disagree with the noun's. Else null.
 */
export function namedInNextParagraph(ctx: AttributionContext, a: number, b: number, paragraph: number): Entity | null {
  const { tokens, tokenEntity, entities } = ctx;
  // ("The health minister has warned ...", "Harlow's health minister": or an office, definite,
  // whose holder the next paragraph names with no other role.)
  const indefinite = tokens[a].lower === 'a' || tokens[a].lower === 'an';
  let possessed = false;
  for (let k = a + 1; k < b && k <= a + 3 && !possessed; k++) possessed = (tokens[k].text === "'s" || tokens[k].text === '’s') && /^\p{Lu}/u.test(tokens[k - 1].text);
  const definite = !indefinite && (tokens[a].lower === 'the' || possessed);
  if (!indefinite && !definite) return null;
  if (!opensBody(ctx, paragraph)) return null;
  let noun = '';
  for (let k = a + 1; k < Math.min(b, a + 1 + LEDE_NOUN_WORDS) && !noun; k++) if (tokenEntity[k] < 0 && humanNoun(tokens[k].lower)) noun = tokens[k].lower;
  if (!noun || ANONYMOUS_HEADS.has(noun) || /s$/.test(noun) || (definite && !TITLE_HEADS.has(noun))) return null;
  const next = ctx.paragraphs[paragraph + 1];
  if (!next) return null;
  // ("Speaking in the Assembly on Monday, Dana Ruiz said": after an opening phrase too.)
  const opening = countBefore(tokens, (t) => t.start < next.start);
  const first = opening < tokens.length ? clauseStart(ctx, opening, ctx.sentences[tokens[opening].sentence].endToken) : opening;
  const ei = tokenEntity[first] ?? -1;
  if (ei < 0 || entities[ei].type !== 'person') return null;
  const e = entities[ei];
  let end = first;
  while (end < tokens.length && tokenEntity[end] === ei) end++;
  if (end - first < 2 || (e.mentions[0]?.start ?? 0) < next.start) return null;
  const after = tokens[end];
  if (!after || !(after.text === ',' || (after.kind === 'word' && after.text === after.lower))) return null;
  if ((e.gender === 'female' && MALE_WORDS.test(noun)) || (e.gender === 'male' && FEMALE_WORDS.test(noun))) return null;
  // (The office's holder: the name given no other role, then its verb.)
  if (definite && ((e.role && !hasRole(e.role, noun)) || after.text === ',')) return null;
  // (Named as a source there, a verb of saying after the name: not "Dana Ruiz, 45, died at the
  // scene" after "A woman who saw the crash said".)
  const sentence = ctx.sentences[tokens[first].sentence];
  return cueInSentence(ctx, end, Math.min(sentence.endToken, end + LEDE_CUE_REACH)) ? e : null;
}

/** A speech verb of the clause (not of a relative clause: "who asked not to be named", "who promised ..."). */
export function cueInSentence(ctx: AttributionContext, from: number, to: number): boolean {
  let relative = -1;
  for (let k = from; k < to; k++) {
    if (ctx.tokenQuote[k] >= 0) return false;
    const w = ctx.tokens[k].lower;
    if (w === 'who' || w === 'that' || w === 'which' || w === 'whose') relative = k;
    else if (w === ',') relative = -1;
    // (A relative clause with no commas ends before the main verb: "A miner who spoke on
    // condition of anonymity said ..."; not its own first verb, nor one after an auxiliary.)
    else if ((relative < 0 || (k > relative + 1 && !AUXILIARIES.has(ctx.tokens[k - 1].lower))) && isCueAt(ctx, k)) return true;
  }
  return false;
}

/** Nouns for a body that speaks as "it": "the council", "the ministry", "the company". */
export const BODY_HEADS = new Set(['council', 'ministry', 'department', 'agency', 'government', 'company', 'firm', 'committee', 'commission',
  'board', 'authority', 'court', 'union', 'party', 'bank', 'police', 'administration', 'university', 'school', 'hospital', 'club',
  'federation', 'association', 'organisation', 'organization', 'charity', 'regulator', 'watchdog', 'trust', 'corporation', 'airline', 'network', 'service']);
/** How many tokens back from "it" a described body is looked for (its sentence and the one before). */
const BODY_REACH = 40;

/**
 * `When the council unveiled its plan, it promised "safer streets"`: "it", when no organisation
 * named before is what it stands for, is the nearest body the article describes without a name,
 * "the" and within three words a noun for a body, the subject of its clause, in the pronoun's
 * sentence or the one before, not inside a quotation, nobody named between. The description is
 * the speaker.
 */
export function describedBody(ctx: AttributionContext, at: number): Resolved | null {
  const { tokens, tokenEntity, tokenQuote, text } = ctx;
  const floorSentence = (tokens[at]?.sentence ?? 0) - 1;
  for (let k = at - 1; k >= 0 && k >= at - BODY_REACH && tokens[k].sentence >= floorSentence; k--) {
    if (tokenEntity[k] >= 0 && ctx.entities[tokenEntity[k]].type !== 'place') return null;
    if (tokenQuote[k] >= 0 || !BODY_HEADS.has(tokens[k].lower) || tokens[k].text !== tokens[k].lower) continue;
    // (The subject of its clause: an auxiliary, a past tense or a speech verb after it. "the
    // audit finds the ministry spends ..., and it warns": "it" is the audit.)
    const next = tokens[k + 1];
    if (!next || next.kind !== 'word' || next.text !== next.lower || !(AUXILIARIES.has(next.lower) || next.lower.endsWith('ed') || isCueAt(ctx, k + 1))) continue;
    let d = k - 1;
    while (d >= 0 && d > k - 4 && tokens[d].kind === 'word' && tokens[d].lower !== 'the' && tokenEntity[d] < 0) d--;
    if (d < 0 || tokens[d].lower !== 'the') continue;
    const span = { start: tokens[d].start, end: tokens[k].end, text: text.slice(tokens[d].start, tokens[k].end) };
    return { speaker: { entity: null, name: span.text, anonymous: false, mention: span }, resolution: 'pronoun', antecedent: span };
  }
  return null;
}

/** Documents that speak as "it": "The report said ... It warned", "An audit found ... It said". */
export const DOCUMENT_HEADS: ReadonlySet<string> = new Set(['report', 'audit', 'review', 'study', 'survey', 'poll', 'inquiry', 'investigation',
  'analysis', 'assessment', 'evaluation', 'inspection', 'paper', 'document', 'statement', 'letter', 'memo', 'dossier', 'briefing',
  'ruling', 'judgment', 'judgement', 'filing', 'lawsuit', 'complaint', 'indictment', 'petition', 'guidance', 'notice', 'plan',
  'strategy', 'proposal', 'bill', 'consultation', 'charter', 'manifesto', 'budget', 'forecast', 'summary', 'submission']);
/** Determiners that open a described document or body: "A report", "The audit", "Its review". */
const DOCUMENT_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her', 'one', 'another']);

/**
 * `A report to the committee said the road would cost more. It warned: "..."`: "it" is the
 * subject of the sentence before (or of its own, before it) where that is a document or a body
 * the article describes without a name, a determiner and within four words its noun opening the
 * sentence ("The audit, published on Monday, found ...", "A review of the service said ..."), as
 * a pronoun stands first for the subject before it: not "the committee" the report was made to,
 * nor "the ministry" it found had overspent. Not inside a quotation; a named body is the model's
 * to weigh.
 */
export function subjectDocument(ctx: AttributionContext, at: number): Resolved | null {
  const { tokens, sentences, tokenEntity, tokenQuote, text } = ctx;
  const here = tokens[at]?.sentence ?? -1;
  if (here < 0) return null;
  const opener = (si: number, end: number): Resolved | null => {
    const f = sentences[si].firstToken;
    if (f >= end || tokenQuote[f] >= 0 || !DOCUMENT_DETERMINERS.has(tokens[f].lower)) return null;
    for (let k = f + 1; k < Math.min(end, f + 5); k++) {
      const t = tokens[k];
      if (t.kind !== 'word' || t.text !== t.lower || tokenEntity[k] >= 0 || tokenQuote[k] >= 0) return null;
      if (!DOCUMENT_HEADS.has(t.lower) && !BODY_HEADS.has(t.lower)) continue;
      // (The head, not a noun before it: "the council report", "a budget statement"; nor an owner, "the report's author".)
      const nx = tokens[k + 1];
      if (nx && nx.kind === 'word' && (DOCUMENT_HEADS.has(nx.lower) || BODY_HEADS.has(nx.lower))) continue;
      if (nx && /^['’]s?$/.test(nx.text)) return null;
      const span = { start: tokens[f].start, end: t.end, text: text.slice(tokens[f].start, t.end) };
      return { speaker: { entity: null, name: span.text, anonymous: false, mention: span }, resolution: 'pronoun', antecedent: span };
    }
    return null;
  };
  const first = sentences[here].firstToken;
  if (at > first) return opener(here, at);
  // (The sentence before, in its paragraph or closing the paragraph before; not a headline.)
  if (here === 0 || sentences[here - 1].paragraph < sentences[here].paragraph - 1 || ctx.furniturePara[sentences[here - 1].paragraph]) return null;
  return opener(here - 1, sentences[here - 1].endToken);
}

/**
 * The body named before that a plain "the" and a body's noun, as describedBody found it, stands
 * for: "the agency has warned ... It said" after "the Food Standards Agency" (bodyNamedBefore, as
 * "the council said" is read); else null.
 */
export function namedDescribedBody(ctx: AttributionContext, described: Resolved): Resolved | null {
  const span = described.antecedent;
  const words = span?.text.split(/\s+/) ?? [];
  const body = span && words.length === 2 ? bodyNamedBefore(ctx, words[1].toLowerCase(), span.start) : null;
  return body ? { ...described, speaker: { ...described.speaker, entity: body.id, name: body.name } } : null;
}
