// Who a speaker phrase names: an entity's mention, a pronoun resolved to a person (or "it" to an
// organisation) by the antecedent model (antecedents.ts), or a description
// ("a senior official", anonymous when indefinite or plural). And the agency credited nearby.
import { agentNoun, ANONYMOUS_HEADS, lowerWord, PRONOUNS_FEMALE, PRONOUNS_MALE, PRONOUNS_PLURAL, PRONOUNS_SPEAKER, SPEECH_VERBS, TELL_VERBS } from '../lexicon/lexicon';
import { countBefore } from '../text/search';
import type { Entity, Speaker, TextSpan } from '../types';
import { ANTECEDENT_FLOOR, ANTECEDENT_MODEL, antecedentProposals, chooseAntecedent } from './antecedents';
import { tokenSpan, WINDOW, type AttributionContext, type Resolution, type Resolved } from './context';
import { clauseStart } from './clauses';
import { isCueAt } from './cues';
import { conjoinedSpeakers } from './conjoined';
import { authorFrom, BODY_HEADS, bodyNamedBefore, describedBody, describedSpeaker, namedDescribedBody, namedInApposition, namedInNextParagraph, subjectDocument, nounBeforeComplement, cueInSentence, dominantOfGender, interviewedAt, plainOfPhrase, soleOfGender, STYLE, styledPerson, theyAntecedent } from './described';
import { placeComplementStart, servedAt, speaksFromAt, subjectBefore } from './phrases';
import { headBeforeObject, memberBefore } from './head-noun';
import { companyOverNonCompany, firmOverBody } from './company';
import { askedByWriter, askedOne, describedSubject, indefiniteAntecedent, introducedSpeaker, speakingPlace, subjectNamedBetween, unnamedAfter, unnamedOne } from './pronoun-shapes';
import { DETERMINERS, hasRole, INDEFINITE, ISSUED_DOCUMENTS, LOCATIVES, humanNoun, OPENING_DETERMINERS } from './words';
import { FEMALE_WORDS, MALE_WORDS } from '../entities/gender';
import { COMPANY_BACK_NOUNS } from '../entities/words';

/**
 * The person a pronoun of `gender` most likely stands for, among those named before `pos` (not
 * before paragraph `sinceParagraph`): the most recent of that gender, as long as nobody of
 * unknown gender was named after them. A person of unknown gender only when they are the one
 * person in reach. Never a person of the other gender. Null when it is uncertain.
 */
export function recentPerson(ctx: AttributionContext, pos: number, gender: 'male' | 'female' | null, sinceParagraph: number): Entity | null {
  const { paragraphs, personMentions } = ctx;
  const floor = paragraphs[Math.max(0, sinceParagraph)]?.start ?? 0;
  let unknown: Entity | null = null;
  let several = false;
  for (let i = countBefore(personMentions, (m) => m.start < pos) - 1; i >= 0 && personMentions[i].start >= floor; i--) {
    const e = personMentions[i].entity;
    if (!gender) return e;
    if (e.gender === gender) return unknown ? null : e;
    if (e.gender) continue;
    if (unknown && unknown !== e) several = true;
    unknown ??= e;
  }
  return unknown && !several ? unknown : null;
}

/**
 * The speaker a phrase (tokens a..b) names. One phrase names one speaker: a pronoun that
 * attributes two quotations ("..., " he said, Zvezda reported. "...") resolves once, not again
 * from the second quotation's place.
 */
export function speakerFrom(ctx: AttributionContext, a: number, b: number, quoteStart: number, paragraph: number, lastSpeaker: Speaker | null): Resolved {
  const hit = ctx.memo.resolvedAt.get(a);
  if (hit && hit.speaker.mention && hit.speaker.mention.end === ctx.tokens[b - 1].end) return hit;
  const resolved = namedToItsNoun(ctx, resolveSpeaker(ctx, a, b, quoteStart, paragraph, lastSpeaker), a, b);
  ctx.memo.resolvedAt.set(a, resolved);
  return resolved;
}

/**
 * A phrase's name ends with its noun: "a retired general who" is named "a retired general",
 * "another moment immediately" "another moment" (the mention keeps its span). Not down to a
 * place alone: "Florida, who" stays what it was.
 */
function namedToItsNoun(ctx: AttributionContext, r: Resolved, a: number, b: number): Resolved {
  if (r.speaker.entity || !r.speaker.mention || r.speaker.name !== r.speaker.mention.text) return r;
  let e = b;
  while (e - a > 1 && ctx.tokenEntity[e - 1] < 0 && (ctx.tokens[e - 1].text === ',' || (ctx.tokens[e - 1].kind === 'word' && TRAILING_WORDS.has(ctx.tokens[e - 1].lower)))) e--;
  const last = ctx.tokenEntity[e - 1];
  if (e === b || (last >= 0 && ctx.entities[last].type === 'place')) return r;
  return { ...r, speaker: { ...r.speaker, name: ctx.text.slice(ctx.tokens[a].start, ctx.tokens[e - 1].end) } };
}

/** Words that end no speaker's phrase: a relative pronoun, a preposition, a conjunction, an adverb of telling. */
const TRAILING_WORDS: ReadonlySet<string> = new Set(['who', 'whom', 'which', 'that', 'by', 'of', 'to', 'for', 'with', 'from', 'in', 'on', 'at', 'and', 'or', 'as',
  'immediately', 'reportedly', 'recently', 'also', 'later', 'earlier', 'repeatedly', 'publicly', 'privately', 'previously', 'quickly', 'separately',
  'directly', 'personally', 'specifically', 'simply', 'initially', 'eventually', 'subsequently', 'finally', 'originally', 'frequently', 'openly',
  'angrily', 'quietly', 'bluntly', 'firmly', 'flatly', 'famously', 'notably', 'often', 'once', 'then', 'now', 'still', 'even']);

/** How an entity's mention covering token k reads: its full name, surname, an alias or a role noun. */
function mentionKind(ctx: AttributionContext, e: Entity, k: number): Resolution {
  const at = ctx.tokens[k].start;
  const i = countBefore(e.mentions, (m) => m.end <= at);
  const m = e.mentions[i];
  return m && m.start <= at ? (m.kind === 'pronoun' ? 'pronoun' : m.kind) : 'name';
}

/** Relative pronouns that may close a speaker's phrase: "the chamber's strategist, who". */
const RELATIVES: ReadonlySet<string> = new Set(['who', 'which', 'that']);
/** Nouns for someone who speaks for an organisation: the organisation speaks through them. */
const SPEAKS_FOR = /^(?:spokes(?:man|men|woman|women|person|people)|representatives?|officials?|sources?)$/;

const OBJECT_PREPOSITIONS = new Set(['of', 'about', 'to', 'with', 'for', 'against', 'on', 'at', 'toward', 'towards']);
const NAME_LINKS = new Set(['and', ',', 'sir', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'dame', 'lord', 'lady']);

/** A person is named between the pronoun at token k and the quotation only as an object ("said of Tobin and Vance"). */
function objectsBetween(ctx: AttributionContext, k: number, quoteStart: number): boolean {
  const { tokens, tokenEntity, entities } = ctx;
  let sawPerson = false;
  for (let j = k + 1; j < tokens.length && tokens[j].start < quoteStart && j - k <= WINDOW; j++) {
    const ei = tokenEntity[j];
    if (ei < 0 || entities[ei].type !== 'person' || (j > 0 && tokenEntity[j - 1] === ei)) continue;
    // Back from the person's first token over honorifics, "and", commas and other names to a preposition.
    let i = j - 1;
    while (i > k && (NAME_LINKS.has(ctx.tokens[i]?.lower) || tokenEntity[i] >= 0)) i--;
    if (i <= k || !OBJECT_PREPOSITIONS.has(ctx.tokens[i]?.lower)) return false;
    sawPerson = true;
  }
  return sawPerson;
}

/** A pronoun resolved to a person: the person's last mention before it is the antecedent. */
function byPronoun(e: Entity, mention: TextSpan, antecedentScore?: number, antecedentRival?: number): Resolved {
  const i = countBefore(e.mentions, (m) => m.start < mention.start);
  const m = i > 0 ? e.mentions[i - 1] : null;
  return {
    speaker: { entity: e.id, name: e.name, anonymous: false, mention },
    resolution: 'pronoun',
    antecedent: m ? { start: m.start, end: m.end, text: m.text } : null,
    ...(antecedentScore === undefined ? {} : { antecedentScore }),
    ...(antecedentRival === undefined ? {} : { antecedentRival }),
  };
}

/**
 * The organisation at token k says whom the person named before it in the phrase (from token a)
 * belongs to: "Senator Ana Ruiz of the Labour Party", "Tom Reyes from Harbour Rovers". The
 * person is the speaker, as before a place ("Ronald Pike of Mobile").
 */
function memberOf(ctx: AttributionContext, a: number, k: number, ei: number): boolean {
  const { tokenEntity, entities } = ctx;
  let j = k;
  while (j > a && tokenEntity[j - 1] === ei) j--;
  j = memberBefore(ctx, j, a);
  if (j < 0) return false;
  for (let p = j - 1; p >= a; p--) if (tokenEntity[p] >= 0 && entities[tokenEntity[p]].type === 'person') return true;
  return false;
}

/** The person named last in the phrase before token k (from a), as the speaker: "Ronald Pike of Mobile", "Cmdr. Dana Hale, a spokesperson for X"; or null. */
function personBefore(ctx: AttributionContext, a: number, k: number, mention: TextSpan): Resolved | null {
  for (let j = k - 1; j >= a; j--) {
    const pi = ctx.tokenEntity[j];
    if (pi < 0) continue;
    const p = ctx.entities[pi];
    if (p.type === 'person') return { speaker: { entity: p.id, name: p.name, anonymous: false, mention }, resolution: mentionKind(ctx, p, j), antecedent: null };
  }
  return null;
}

/** Where a document is posted: "on the club's website". */
const DOCUMENT_PLACES = new Set(['website', 'site', 'page', 'account', 'feed', 'channel', 'blog']);

/** Whom a person's possessive names beside the nouns for people: "Early's family", "Brink's agent". */
const ASSOCIATES = new Set(['family', 'partner', 'fiancee', 'fiancée', 'girlfriend', 'boyfriend', 'agent', 'publicist', 'teammate', 'teammates', 'children']);

/** The owner named by a possessive inside a document's phrase ("the club's", "Velcor's"), from its determiner or its name; else null. */
function documentOwner(ctx: AttributionContext, a: number, b: number): [number, number] | null {
  const { tokens, tokenEntity } = ctx;
  for (let p = a + 1; p < b; p++) {
    if (tokens[p].text !== "'s" && tokens[p].text !== '’s') continue;
    // (Its document or the page it is on after the possessive; not "the department's inspector
    // general", whose report is the inspector's.)
    if (!(p + 1 < b && (ISSUED_DOCUMENTS.has(tokens[p + 1].lower) || DOCUMENT_PLACES.has(tokens[p + 1].lower)))) return null;
    const ei = tokenEntity[p - 1];
    let s = p - 1;
    if (ei >= 0) { while (s > a && tokenEntity[s - 1] === ei) s--; return [s, p]; }
    // ("the club's": a determiner and a noun for a body or a person.)
    if (p - 2 >= a && tokens[p - 2].lower === 'the' && (BODY_HEADS.has(tokens[p - 1].lower) || humanNoun(tokens[p - 1].lower))) return [p - 2, p];
    return null;
  }
  return null;
}

/** After a document's phrase ending at b, "on" or "from" and its page in the same sentence, the page's owner: "on the club's website". */
function pageOwner(ctx: AttributionContext, b: number): [number, number] | null {
  const { tokens } = ctx;
  const on = tokens[b]?.lower;
  if (on !== 'on' && on !== 'from') return null;
  let e = b;
  while (e < tokens.length && e < b + 7 && tokens[e].sentence === tokens[b].sentence) e++;
  return documentOwner(ctx, b, e);
}

/** Nouns for what someone said: "her verdict", "his reply". */
const SAYINGS = new Set(['verdict', 'reply', 'answer', 'response', 'words', 'advice', 'warning', 'message', 'view', 'plea', 'retort', 'assessment', 'explanation', 'conclusion', 'argument', 'promise']);

/** A headline's short word for an office and the offices it stands for: "Rovers boss" is the manager. */
const HEADLINE_OFFICES: Readonly<Record<string, readonly string[]>> = { boss: ['manager', 'coach', 'head', 'chief'] };

/**
 * The one person whose role, as the article gives it, has the word `head` ("minister": "Housing
 * Minister"); of several, the one whose naming the headline's own word before the office opens
 * ("Lions boss" is "Lions manager Stuart Vell", not "Carrow Park boss Neil Rask"); else null.
 */
function roleHolder(ctx: AttributionContext, head: string, a: number, b: number): Entity | null {
  const side = b - a === 2 && /^\p{Lu}[\p{L}-]+$/u.test(ctx.tokens[a].text) ? ctx.tokens[a].text : null;
  const found: Entity[] = [];
  const also = HEADLINE_OFFICES[head];
  for (const e of ctx.entities) if (e.type === 'person' && (hasRole(e.role, head) || (also && also.some((w) => hasRole(e.role, w))))) found.push(e);
  if (found.length < 2 || !side) return found.length === 1 ? found[0] : null;
  const opens = new RegExp(`\\b${side}\\s+\\p{Ll}+\\s*$`, 'u');
  const sided = found.filter((e) => e.mentions.some((m) => opens.test(ctx.text.slice(Math.max(0, m.start - 40), m.start))));
  return sided.length === 1 ? sided[0] : null;
}

/** Reads a speaker phrase: an entity's mention, a pronoun (resolved to a person where it can be) or a description. */
export function resolveSpeaker(ctx: AttributionContext, a: number, b: number, quoteStart: number, paragraph: number, lastSpeaker: Speaker | null): Resolved {
  const { tokenEntity, entities } = ctx;
  // "The governor of Ohio said", "the court in Leeds was told": a place found as the phrase is the
  // complement of the noun before it, which is the speaker (the whole phrase, from its determiner).
  // ("the Velmora Valley": the place's article may open the phrase.)
  const pa = a + 1 < b && ctx.tokens[a].lower === 'the' ? a + 1 : a;
  const from = pa > 1 && tokenEntity[pa] >= 0 && entities[tokenEntity[pa]].type === 'place' && tokenEntity[b - 1] === tokenEntity[pa] ? placeComplementStart(ctx, pa) : -1;
  if (from >= 0) a = from;
  const pair = from < 0 ? conjoinedSpeakers(ctx, a, b) : null; // ("Okoro and Farrant said": both speak.)
  if (pair) return pair;
  const mention = tokenSpan(ctx, a, b);
  // The entity of the phrase's head: the last entity token in the phrase. A place only as
  // the head itself ("the Ohio governor" is the governor, not Ohio), and never over a
  // person named before it ("Ronald Pike of Mobile").
  // (The head before a relative pronoun that closes the phrase: "the chamber's strategist, who".)
  let hb = b;
  if (hb - 1 > a && RELATIVES.has(ctx.tokens[hb - 1].lower)) hb--;
  if (hb - 1 > a && ctx.tokens[hb - 1].text === ',') hb--;
  for (let k = b - 1; k >= a; k--) {
    const ei = tokenEntity[k];
    if (ei >= 0) {
      const e = entities[ei];
      // An organisation before a noun for a person describes that person: "the Wanderers
      // veteran", "a club captain" is the veteran, not the club (the club speaks as the head,
      // "the Wanderers said", or through someone who speaks for it, "a Wanderers spokesman").
      // (`Harbour Green's health spokesperson, Lena Early, said`: the person named in apposition
      // after such a phrase is who speaks.)
      // ("said Brink's lawyer", "Tomas Brink's spokesman told reporters", "said Ruiz's nephew,
      // Colm Brady": a person's possessive before a noun for a person, a family or an associate
      // ("Lena Early's family", "Brink's agent") is whose that person is: not the possessor.)
      // (Its noun may stand before "for" or "of": "the Harlow Party's member for the area, Dana Ruiz".)
      const head = ctx.tokens[nounBeforeComplement(ctx, k + 1, hb)]?.lower;
      const headless = k < hb - 1 && tokenEntity[hb - 1] < 0;
      // ("the Harbour Agency's head of enforcement, Rachel Vell": a body's "head" is a person.)
      const bodyDescribes = e.type === 'organization' && headless && (humanNoun(head) || head === 'head');
      const ownerDescribes = e.type === 'person' && headless && k + 1 < hb - 1 && (ctx.tokens[k + 1].text === "'s" || ctx.tokens[k + 1].text === '’s') && (humanNoun(head) || ASSOCIATES.has(head));
      // ("said the Velmora assistant, Marta Vell": a name after "the" before a noun for a person,
      // no possessive between, describes the person as a body's name would, whatever a rule typed it.)
      const attributive = e.type === 'person' && headless && ctx.tokens[a].lower === 'the' && k + 1 < hb && ctx.tokens[k + 1].kind === 'word' && humanNoun(head);
      if (bodyDescribes || ownerDescribes || attributive) {
        const named = namedInApposition(ctx, b, true);
        if (named) return { speaker: { entity: named.id, name: named.name, anonymous: false, mention }, resolution: 'role', antecedent: null };
        // (Else the description speaks; a body's spokesman speaks for the body, read below.)
        if (ownerDescribes || attributive || !SPEAKS_FOR.test(head)) break;
      }
      // ("China's ambassador to Harlow", "an adviser to the Harlow Council", "an aide to Karim
      // Nasser": a body, a place or a person after "to" and a noun for a person is whom that
      // person serves, not the head.)
      // ("a person close to the Okekes": whom the source is close to, anyone at all.)
      {
        let es = k;
        while (es > a && tokenEntity[es - 1] === ei) es--;
        const to = servedAt(ctx, es, a, true);
        if (to >= 0) break;
        // ("a spokesman for the Harlow Council", "a lawyer for Tomas Brink", "an official of the
        // board": a noun for a person and "for", "of", "at", "from" or "with" before the name;
        // that person speaks, for or from the one named.)
        // (Someone named before it still speaks: "Cmdr. Dana Hale, a spokesperson for the
        // coalition".)
        // (Or further in: "The writers of a paper printed in the journal X", headBeforeObject.)
        if (speaksFromAt(ctx, es, a) >= 0 || headBeforeObject(ctx, es, a) === a) {
          const named = personBefore(ctx, a, es, mention);
          if (named) return named;
          break;
        }
      }
      if (e.type === 'place' || (e.type === 'organization' && memberOf(ctx, a, k, ei))) {
        const named = personBefore(ctx, a, k, mention);
        if (named) return named;
        // ("the court in Harlow was told", "the senator from Velmora": a place after a
        // preposition inside the phrase says where its head is, and is no head itself.)
        // (From the place's first word, its article too: "Irrigators in the Velmora Valley".)
        let pk = k;
        while (pk > a && tokenEntity[pk - 1] === ei) pk--;
        if (pk - 1 > a && ctx.tokens[pk - 1].lower === 'the') pk--;
        if (pk > a && (LOCATIVES.has(ctx.tokens[pk - 1].lower) || ctx.tokens[pk - 1].lower === 'of')) break;
        if (tokenEntity[b - 1] !== ei) break;
      }
      return { speaker: { entity: e.id, name: e.name, anonymous: false, mention }, resolution: mentionKind(ctx, e, k), antecedent: null };
    }
  }
  const words = mention.text.split(/\s+/).map(lowerWord);
  const head = words[words.length - 1];
  if (b - a === 1 && (PRONOUNS_MALE.has(head) || PRONOUNS_FEMALE.has(head))) {
    const gender = PRONOUNS_MALE.has(head) ? 'male' : 'female';
    // (People named between the pronoun and the quotation as the object of its verb are not
    // what it stands for: in `he said of Tobin and Vance: "..."` "he" is neither. A person
    // named there as a subject may be: `While he agreed, Ham noted "..."`.)
    // (A quotation in an earlier sentence, credited by this one's cue, `... 'sponge city' ... says
    // Ana Ruiz. She calls it "..."`: the people named up to the pronoun are in reach.)
    const earlier = quoteStart < mention.start && (ctx.tokens[countBefore(ctx.tokens, (t) => t.start < quoteStart)]?.sentence ?? -1) < (ctx.tokens[a]?.sentence ?? -1);
    const pos = earlier || objectsBetween(ctx, a, quoteStart) ? mention.start : quoteStart;
    // "Okafor says she admired ... what she calls ...": a pronoun inside what a person
    // is reported to say is that person.
    const governing = governingSpeaker(ctx, a, gender);
    // ("Rao asked Nasser if he was scared. "Of course," he replied.", "When I asked the council's director, she said": the one asked answers.)
    const asked = governing ? null : askedOne(ctx, a, b, gender);
    if (asked) return byPronoun(asked, mention);
    // ("Okeke said ... A shopkeeper, who asked not to be named, said the water rose. "I lost
    // everything," he told reporters": a person introduced without a name after everyone named
    // is whom the pronoun stands for; an indefinite description, never "the minister", which
    // names again someone named before.)
    const introduced = governing ? null : askedByWriter(ctx, a, gender, mention) ?? unnamedOne(ctx, a, pos, mention) ?? describedAntecedent(ctx, a, pos, gender, 'indefinite') ?? describedSpeaker(ctx, lastSpeaker, pos, gender, paragraph, quoteStart)
      ?? describedAntecedent(ctx, a, pos, gender, 'plain');
    if (introduced) return introduced;
    // ("Her lawyer was blunt. "...," she said": someone unnamed, the subject since anyone was
    // named. An indefinite description is the speaker; after a possessive the pronoun may be the
    // possessor's too, "Her daughter runs the farm now. "...," she said": left for the editor.)
    const subject = governing ? null : describedSubject(ctx, a, pos, gender);
    // (Or the person named in apposition after the same words before: "Her sister, Mair Quarle, ...".)
    if (subject) return { speaker: { entity: subject.named?.id ?? null, name: subject.named?.name ?? (subject.possessive ? mention.text : subject.span.text), anonymous: false, mention }, resolution: 'pronoun', antecedent: subject.possessive && !subject.named ? null : subject.span };
    return weighAntecedents(ctx, a, mention, pos, gender, paragraph, lastSpeaker, governing, quoteStart, () => byOrder(ctx, mention, pos, gender, paragraph, lastSpeaker, governing))
      ?? describedAntecedent(ctx, a, pos, gender)
      ?? soleOfGender(ctx, gender, pos, mention)
      ?? dominantOfGender(ctx, gender, pos, mention)
      ?? { speaker: { entity: null, name: mention.text, anonymous: false, mention }, resolution: 'pronoun', antecedent: null };
  }
  // "It said": an organisation named before, weighed by the same model ("the company ... it said").
  if (b - a === 1 && head === 'it') {
    // (A body the sentence before describes, "the agency has warned ...", and named before: it.)
    // (Else an organisation the model weighs, else the description, else a place that speaks.)
    const described = subjectDocument(ctx, a) ?? describedBody(ctx, a);
    const r = (described && namedDescribedBody(ctx, described)) ?? weighAntecedents(ctx, a, mention, quoteStart, null, paragraph, lastSpeaker, null, quoteStart, () => null) ?? described ?? speakingPlace(ctx, a, mention);
    if (r) return r;
  }
  // "I" in an interview answer is the person the turn's label names.
  const turn = ctx.turnSpeaker[paragraph];
  if (b - a === 1 && turn && /^i(?:['’](?:ve|m|ll|d))?$/.test(head)) {
    return { speaker: { ...turn, mention }, resolution: 'pronoun', antecedent: turn.mention };
  }
  // ("Harbour Records denied the claim. "...," they said": British copy's plural for a body, or a
  // group just named, "Fans were furious. "...," they said".)
  if (b - a === 1 && head === 'they') {
    const r = theyAntecedent(ctx, quoteStart, mention);
    if (r) return r;
  }
  if (b - a === 1 && (PRONOUNS_PLURAL.has(head) || head === 'i' || head === 'it' || head === 'you')) {
    return { speaker: { entity: null, name: mention.text, anonymous: false, mention }, resolution: 'pronoun', antecedent: null };
  }
  // A nominal: anonymous when indefinite, plural or "familiar with".
  const det = words[0];
  // ("Velcor Holdings reported a fall in profit ... "...," the company said": the organisation the
  // noun stands for, weighed as "it" is; a plain "the", a lower-case word perhaps, and the noun:
  // "the tech giant said".)
  if (det === 'the' && (b - a === 2 || (b - a === 3 && ctx.tokens[a + 1].text === ctx.tokens[a + 1].lower)) && COMPANY_BACK_NOUNS.has(head)) {
    const r = weighAntecedents(ctx, a, mention, quoteStart, null, paragraph, lastSpeaker, null, quoteStart, () => null);
    // (Not a body no company is: "the company" after "the Harlow Arts Fund", or after a body the
    // article calls a union, is the last other body that nothing says is none.)
    const firm = r?.speaker.entity ? companyOverNonCompany(ctx, r, mention, quoteStart) : null;
    if (firm) return { ...firmOverBody(ctx, firm, mention, quoteStart), resolution: 'role' };
  }
  // ("My message is simple:" in an interview's answer: the answerer's; but "my accountant said"
  // is the accountant's.)
  if (turn && (det === 'my' || det === 'our') && b - a <= 3 && !humanNoun(head) && !agentNoun(head)) return { speaker: { ...turn, mention }, resolution: 'pronoun', antecedent: turn.mention };
  // "The Prime Minister, Rohan Mehta, defended the budget, calling it ...": a definite
  // description with the name of whom it describes in apposition right after it is that one.
  // (An indefinite one too where its head is a noun for a human being: "said a neighbour, Marta Vell.")
  // (Or one of several, the name saying which: "One of them, Harbour Logistics, said".)
  // (A possessive name opening it too: "said Velmora's assistant, Lena Early".)
  const named = (DETERMINERS.has(det) || /['’]s$/.test(det)) && (!INDEFINITE.has(det) || humanNoun(head) || ((det === 'one' || det === 'another') && words[1] === 'of')) ? namedInApposition(ctx, b, false) : null;
  if (named) return { speaker: { entity: named.id, name: named.name, anonymous: false, mention }, resolution: 'role', antecedent: null };
  // A headline's or a caption's bare role, "Minister hails ...", "Coach praises ...": the one
  // person the article gives that role ("Housing Minister Tarun Okeke", "Rovers coach Rhys
  // Colby").
  const holder = !DETERMINERS.has(det) && ctx.furniturePara[paragraph] ? roleHolder(ctx, head, a, b) : null;
  if (holder) return { speaker: { entity: holder.id, name: holder.name, anonymous: false, mention }, resolution: 'role', antecedent: null };
  // ("His message to objectors was blunt:", "Her verdict:": what someone said, by a possessive
  // pronoun, is that person's, whom the pronoun stands for.)
  if ((det === 'his' || det === 'her') && b - a <= 3 && (ISSUED_DOCUMENTS.has(head) || SAYINGS.has(head))) {
    const owner = resolveSpeaker(ctx, a, a + 1, quoteStart, paragraph, lastSpeaker);
    if (owner.speaker.entity) return owner;
  }
  // ("A statement on the club's website read:", "The council's statement said": a document whose
  // owner the phrase names by a possessive speaks for its owner.)
  if (words.some((w) => ISSUED_DOCUMENTS.has(w))) {
    // (Or right after the phrase, where the page it is on names its owner: "A statement on the
    // club's website read:".)
    // (Or whom the document came from, where it is the subject: "A letter from Anil Rao said:";
    // not "He forwarded a note from his agent", whose words he made his.)
    const subject = DETERMINERS.has(det) && (a === 0 || ctx.tokens[a - 1].kind === 'punct' || ctx.tokens[a - 1].sentence !== ctx.tokens[a].sentence);
    const owner = documentOwner(ctx, a, b) ?? pageOwner(ctx, b) ?? (subject ? authorFrom(ctx, b) : null);
    if (owner) return resolveSpeaker(ctx, owner[0], owner[1], quoteStart, paragraph, lastSpeaker);
  }
  // ("His Highness said", "Her Majesty added": the style of the ruler, the royal or the envoy named
  // last before it.)
  if (STYLE.test(lowerWord(mention.text))) {
    const styled = styledPerson(ctx, mention.start, words[0] === 'her' ? 'female' : 'male');
    if (styled) return { speaker: { entity: styled.id, name: styled.name, anonymous: false, mention }, resolution: 'role', antecedent: null };
  }
  // ("the council said", "the agency added": the one body named before whose name holds that word,
  // "Harlow District Council"; a club's, "Harlow Rovers", for "the club" in a sports report.)
  if (det === 'the' && words.length === 2 && BODY_HEADS.has(head)) {
    const body = bodyNamedBefore(ctx, head, mention.start);
    if (body) return { speaker: { entity: body.id, name: body.name, anonymous: false, mention }, resolution: 'role', antecedent: null };
  }
  const anonymousHead = words.some((w) => ANONYMOUS_HEADS.has(w));
  const anonymous = anonymousHead && (INDEFINITE.has(det) || !DETERMINERS.has(det) || /familiar with|who (?:asked|requested|spoke|declined)|not authori[sz]ed/.test(lowerWord(mention.text)));
  // ("A former director of Velcor Homes told ...", then "Tomas Brink, who ran ..., said": a
  // lede's unnamed subject, named at the next paragraph's start.)
  const lede = anonymous ? null : namedInNextParagraph(ctx, a, b, paragraph);
  if (lede) return { speaker: { entity: lede.id, name: lede.name, anonymous: false, mention }, resolution: 'role', antecedent: null };
  // ("A senior government source insisted ... "...," the source said": the source introduced before.)
  const introduced = det === 'the' && words.length === 2 && ANONYMOUS_HEADS.has(head) ? indefiniteAntecedent(ctx, a, head) : null;
  if (introduced) return { speaker: { entity: null, name: introduced.text, anonymous: true, mention }, resolution: 'description', antecedent: introduced };
  return { speaker: { entity: null, name: mention.text, anonymous, mention }, resolution: 'description', antecedent: null };
}

/**
 * A pronoun read by the antecedent model: every person (or, for "it", organisation) in reach
 * proposes themself and the best scored wins; null when none reaches the floor. With no model
 * (training's own run), `byHand` reads it, and the proposals are traced for training.
 */
function weighAntecedents(ctx: AttributionContext, a: number, mention: TextSpan, pos: number, gender: 'male' | 'female' | null, paragraph: number, lastSpeaker: Speaker | null, governing: Entity | null, quoteStart: number, byHand: () => Resolved | null): Resolved | null {
  const model = ctx.antecedentModel ?? ANTECEDENT_MODEL;
  const useModel = model.features.length > 0;
  if (!useModel && !ctx.trace) return byHand();
  const proposals = antecedentProposals(ctx, a, pos, gender, paragraph, lastSpeaker, governing, quoteStart);
  const choice = useModel ? chooseAntecedent(proposals, ANTECEDENT_FLOOR, model) : null;
  const resolved = useModel ? (choice ? byPronoun(choice.entity, mention, choice.p, choice.rival) : null) : byHand();
  ctx.trace?.antecedents.push({ quoteStart, pronoun: mention, proposals: proposals.map((c) => ({ entity: c.entity.id, features: c.features })), chosen: resolved?.speaker.entity ?? null });
  return resolved;
}

/** How many sentences back, and how many words into a sentence, a described person is looked for. */
const DESCRIBED_SENTENCES = 3;
const DESCRIBED_WORDS = 5;
/** How far into a sentence a verb of interviewing is looked for ("The Harlow Echo talked to one father"). */
const INTERVIEW_REACH = 40;

/**
 * `A fire service spokeswoman said crews were on the scene. "We have it contained," she said`:
 * when nobody named is what "he" or "she" stands for, a person the article describes without a
 * name as a sentence's subject is. The subject opens the pronoun's sentence or one of the few
 * before it: a determiner and, within five words, a noun for a person that is no mention of an
 * entity and whose gender does not disagree ("spokeswoman", "mother", "veteran"); nobody is named
 * between it and the pronoun. Its words (determiner to noun) are the speaker. Bounded work.
 */
function describedAntecedent(ctx: AttributionContext, at: number, pos: number, gender: 'male' | 'female', only: 'indefinite' | 'plain' | null = null): Resolved | null {
  const { tokens, sentences, tokenEntity, text, personMentions } = ctx;
  const sentence = tokens[at]?.sentence ?? -1;
  const indefiniteOnly = only === 'indefinite';
  for (let s = sentence; s >= 0 && s > sentence - DESCRIBED_SENTENCES; s--) {
    const sent = sentences[s];
    if (!sent) continue;
    // (In the pronoun's paragraph only, after an opening phrase too: "In a statement read to the
    // court, the woman said ..."; or the paragraph before, for one it cannot name.)
    if (only === 'plain' && sent.paragraph !== sentences[sentence]?.paragraph && !(sent.paragraph === (sentences[sentence]?.paragraph ?? 0) - 1 && unnamedIn(ctx, sent))) break;
    let k = sent.firstToken;
    while (k < sent.endToken && tokens[k].kind === 'punct') k++;
    // ("Talking to reporters, a senior official said ...": after an opening phrase too.)
    if (only && k < sent.endToken && !OPENING_DETERMINERS.has(tokens[k].lower)) k = clauseStart(ctx, k, sent.endToken);
    // ("The Harlow Echo talked to one father, who ...": whom the reporter interviewed, no cue needed.)
    const interviewed = indefiniteOnly ? interviewedAt(ctx, sent.firstToken, Math.min(sent.endToken, sent.firstToken + INTERVIEW_REACH)) : -1;
    if (interviewed >= 0) k = interviewed;
    // ("My grandfather, who ran a shop, had a different view": the writer's own relation too.)
    const own = only === 'plain' && k < sent.endToken && (tokens[k].lower === 'my' || tokens[k].lower === 'our');
    if (k >= sent.endToken || tokens[k].start >= pos || !(OPENING_DETERMINERS.has(tokens[k].lower) || own) || ctx.tokenQuote[k] >= 0) continue;
    if (indefiniteOnly && tokens[k].lower === 'the') continue;
    for (let j = k + 1; j < Math.min(sent.endToken, k + 1 + DESCRIBED_WORDS); j++) {
      const t = tokens[j];
      if (t.kind !== 'word') break;
      if (tokenEntity[j] >= 0 && ctx.entities[tokenEntity[j]].type === 'person') break;
      // (Or a noun a body may bear too, "miner", "operator", that "who" then makes a person's.)
      if (!humanNoun(t.lower) && !(t.text === t.lower && tokenEntity[j] < 0 && (tokens[j + 1]?.lower === 'who' || (tokens[j + 1]?.text === ',' && tokens[j + 2]?.lower === 'who')))) continue;
      // ("A police officer", "the fire chief": a noun for people before the one that heads the phrase.)
      if (j + 1 < sent.endToken && tokens[j + 1].kind === 'word' && tokens[j + 1].text === tokens[j + 1].lower && humanNoun(tokens[j + 1].lower) && tokenEntity[j + 1] < 0) continue;
      // (Definite, only a plain word for a person, no office: "the woman said", not "the minister
      // said", who is someone named before.)
      // (Or any noun for a person, no entity's mention, that is its sentence's subject before a
      // verb of saying, in the pronoun's sentence or the one before, and the first person its
      // paragraph speaks of: "The law officer told the court that ... "We are trying," he said";
      // not an epithet for someone just named, "Dana Ruiz wrote a letter. The veteran anchor
      // expressed ...".)
      // (Or one the article cannot name: "The apprentice, who cannot be named, ...".)
      const unnamed = only !== null && unnamedAfter(ctx, j + 1);
      if (only === 'plain' && !(own ? PLAIN_PEOPLE.has(t.lower) : tokens[k].lower === 'the' && (PLAIN_PEOPLE.has(t.lower) || unnamed || (s >= sentence - 1 && introducedSpeaker(ctx, k, j, sent))))) break;
      const next = tokens[j + 1];
      // ("The coach's decision", "the wife of Tomas Brink": the person is not the subject, or is
      // someone's named relation; "A relative of one of the victims, who asked not to be named,
      // told ..." is.)
      const of = next?.lower === 'of' ? plainOfPhrase(ctx, j + 2, sent.endToken) : j + 1;
      if (!next || next.text === "'s" || next.text === '’s' || of < 0) break;
      // ("Born in Harlow, the daughter of a fisherman, she won ...": a description in apposition
      // to the pronoun after it is that pronoun's, no one new.)
      if (tokens[of]?.text === ',' && PRONOUNS_SPEAKER.has(tokens[of + 1]?.lower ?? '')) break;
      if (gender === 'female' ? MALE_WORDS.test(t.lower) : FEMALE_WORDS.test(t.lower)) break;
      if (subjectNamedBetween(ctx, countBefore(personMentions, (m) => m.start < t.end), countBefore(personMentions, (m) => m.start < pos))) return null;
      // (Introduced as a source: a speech verb of its sentence follows, "A shopkeeper, who asked
      // not to be named, said ...". "A president who ordered the raid will hand ..." describes
      // someone named before.)
      // (Or one whose own words give the pronoun's gender: "One victim, an 84-year-old widow, lost
      // her savings. ... she said".)
      if (only && interviewed < 0 && !unnamed && !cueInSentence(ctx, j + 1, Math.min(sent.endToken, j + 1 + CUE_REACH)) && !genderedDescription(ctx, k, sent.endToken, gender)) return null;
      const last = tokens[of - 1];
      // (From the description's own determiner: "The court heard the apprentice, who ...".)
      let d = j - 1;
      while (d > k && !OPENING_DETERMINERS.has(tokens[d].lower)) d--;
      const span = { start: tokens[d].start, end: last.end, text: text.slice(tokens[d].start, last.end) };
      const anonymous = ANONYMOUS_HEADS.has(t.lower) && (INDEFINITE.has(tokens[d].lower) || tokens[d].lower === 'one');
      return { speaker: { entity: null, name: span.text, anonymous, mention: span }, resolution: 'pronoun', antecedent: span };
    }
  }
  return null;
}

/** The sentence opens with a description of someone the article cannot name (unnamedAfter): "The apprentice, who cannot be named, ...". */
function unnamedIn(ctx: AttributionContext, sent: { firstToken: number; endToken: number }): boolean {
  const { tokens } = ctx;
  const k = sent.firstToken;
  if (!OPENING_DETERMINERS.has(tokens[k]?.lower ?? '')) return false;
  for (let j = k + 1; j < Math.min(sent.endToken, k + 1 + DESCRIBED_WORDS); j++) if (humanNoun(tokens[j].lower) && unnamedAfter(ctx, j + 1)) return true;
  return false;
}

/** How many tokens a description and its appositive are read for a word of gender. */
const GENDER_REACH = 10;

/** The description opening at k, through one appositive between commas, has a word of the pronoun's gender ("an 84-year-old widow"). */
function genderedDescription(ctx: AttributionContext, k: number, end: number, gender: 'male' | 'female'): boolean {
  let commas = 0;
  for (let j = k; j < Math.min(end, k + GENDER_REACH); j++) {
    const t = ctx.tokens[j];
    if (t.text === ',' && ++commas > 2) return false;
    if (t.kind === 'word' && (gender === 'female' ? FEMALE_WORDS : MALE_WORDS).test(t.lower)) return true;
  }
  return false;
}

/** Plain words for a person, no office or trade: "the woman", "the victim", "the boy's mother". */
const PLAIN_PEOPLE = new Set(['man', 'woman', 'girl', 'boy', 'mother', 'father', 'wife', 'husband', 'son', 'daughter', 'victim', 'teenager',
  'pensioner', 'widow', 'widower', 'grandmother', 'grandfather', 'mum', 'dad', 'survivor', 'witness', 'neighbour', 'neighbor', 'resident', 'patient', 'passenger']);

/** How many tokens after a described person their speech verb is looked for. */
const CUE_REACH = 25;


/**
 * The hand-ordered reading of a pronoun, before the model: the person whose speech governs it,
 * else the last speaker unless someone else was named after them in this paragraph, else the
 * most recent person of its gender.
 */
function byOrder(ctx: AttributionContext, mention: TextSpan, pos: number, gender: 'male' | 'female', paragraph: number, lastSpeaker: Speaker | null, governing: Entity | null): Resolved {
  if (governing) return byPronoun(governing, mention);
  if (lastSpeaker?.entity) {
    const e = ctx.entityById.get(lastSpeaker.entity);
    if (e && e.type === 'person' && (e.gender === gender || (!e.gender && recentPerson(ctx, pos, gender, paragraph - 1) === e))) {
      const recent = recentPerson(ctx, pos, gender, paragraph - 1);
      // Prefer the last speaker unless another person was named more recently in this paragraph.
      if (!recent || recent.id === e.id || !mentionedInParagraphAfterSpeaker(ctx, recent, e, paragraph, pos)) {
        return byPronoun(e, mention);
      }
    }
  }
  const p = recentPerson(ctx, pos, gender, paragraph - 3);
  if (p) return byPronoun(p, mention);
  return { speaker: { entity: null, name: mention.text, anonymous: false, mention }, resolution: 'pronoun', antecedent: null };
}

/** The person whose speech verb earlier in the same sentence governs token `at`. */
export function governingSpeaker(ctx: AttributionContext, at: number, gender: 'male' | 'female'): Entity | null {
  const { tokens, tokenQuote, tokenEntity, entities, sentences } = ctx;
  const st = sentences[tokens[at].sentence];
  for (let k = Math.max(st.firstToken, at - WINDOW); k < at - 1; k++) {
    if (tokenQuote[k] >= 0 || !isCueAt(ctx, k)) continue;
    const subj = subjectBefore(ctx, k, st.firstToken);
    if (!subj) continue;
    for (let j = subj[1] - 1; j >= subj[0]; j--) {
      const ei = tokenEntity[j];
      if (ei < 0) continue;
      const e = entities[ei];
      if (e.type === 'person' && (!e.gender || e.gender === gender)) return e;
      break;
    }
    return null;
  }
  return null;
}

/** The start of the entity's last mention before `pos`, or -1 (mentions are sorted). */
export function lastMentionBefore(e: Entity, pos: number): number {
  const i = countBefore(e.mentions, (m) => m.start < pos);
  return i > 0 ? e.mentions[i - 1].start : -1;
}

export function mentionedInParagraphAfterSpeaker(ctx: AttributionContext, recent: Entity, speaker: Entity, paragraph: number, before: number): boolean {
  const { paragraphs } = ctx;
  const pStart = paragraphs[paragraph].start;
  const lastSpeakerMention = lastMentionBefore(speaker, before);
  const lastRecent = lastMentionBefore(recent, before);
  return lastRecent >= pStart && lastRecent > lastSpeakerMention;
}

/** The agency credited in a sentence: "Interfax reported", "told Reuters", "according to AP". */
export function agencyIn(ctx: AttributionContext, sFrom: number, sTo: number): string | null {
  const { tokens, tokenQuote, tokenEntity, entities } = ctx;
  for (let k = sFrom; k < sTo; k++) {
    const ei = tokenEntity[k];
    if (ei < 0 || tokenQuote[k] >= 0) continue;
    const e = entities[ei];
    if (!e.agency) continue;
    const prev = k > 0 ? ctx.tokens[k - 1]?.lower : '';
    let end = k;
    while (end < sTo && tokenEntity[end] === ei) end++;
    const next = end < tokens.length ? ctx.tokens[end]?.lower : '';
    if (SPEECH_VERBS.has(next) || TELL_VERBS.has(prev) || prev === 'to' || prev === '(' || next === ')' || prev === 'with') return e.id;
  }
  return null;
}
