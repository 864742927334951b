// Noun phrases around an attribution verb: its subject before it ("Lavrov said", "a person
// familiar with the matter said") or after it ("said Lavrov", "said a senior official").
import { agentNoun, ANONYMOUS_HEADS, lowerWord, ORG_WORDS, PRONOUNS_FEMALE, PRONOUNS_MALE, PRONOUNS_PLURAL, PRONOUNS_SPEAKER, ROLE_NOUNS, SPEECH_VERBS, TITLE_WORDS, VERB_GAP } from '../lexicon/lexicon';
import type { AttributionContext } from './context';
import { appositiveNameEnd, appositivePerson, asideOpening, bodyInPlace, dashAsideStart, headBeforeObject, personOf, personOpeningBefore, plainDescriptionBefore, reducedRelativeHead, shortQuoteAt, speakerHead } from './head-noun';
import { isWord, personNoun, thinkTankAt } from './cues';
import { HONORIFICS, TITLE_HEADS, WEEKDAYS } from '../entities/words';
import { CLAUSE_BREAK, CLAUSE_OPENERS, countedKin, DETERMINERS, humanNoun, LOCATIVES, NP_STOP, OBJECT_PREPOSITIONS, OPENING_DETERMINERS, PERSON_NOUNS, RECEIVING } from './words';

/**
 * The preposition right before the phrase starting at token s (over a "the"), one of `preps`,
 * with a word `noun` accepts before it (and no part of a name), no further back than `floor`:
 * "an adviser to", "a lawyer for". Its index, or -1.
 */
function nounPrepositionAt(ctx: AttributionContext, s: number, floor: number, preps: ReadonlySet<string>, noun: (w: string) => boolean): number {
  const { tokens } = ctx;
  let p = s - 1;
  if (p > floor && tokens[p].lower === 'the') p--;
  // ("a spokesperson for Ms Ruiz": over an honorific that stands outside the mention; not an
  // office's words, "Secretary of State Dana Ruiz".)
  else if (p > floor && ctx.tokenEntity[p] < 0 && HONORIFICS.has(tokens[p].lower)) p--;
  return p - 1 >= floor && preps.has(tokens[p].lower) && ctx.tokenEntity[p - 1] < 0 && noun(tokens[p - 1].lower) ? p : -1;
}

const TO: ReadonlySet<string> = new Set(['to']);
const servingOrClose = (w: string): boolean => humanNoun(w) || w === 'close';

/**
 * The "to" before the mention that starts at token s (over a "the"), when a noun for a person
 * stands before it: "an adviser to the Harlow Council", whom the adviser serves. With `close`,
 * "a source close to the Okekes" too. Its index, or -1.
 */
export function servedAt(ctx: AttributionContext, s: number, floor: number, close = false): number {
  return nounPrepositionAt(ctx, s, floor, TO, close ? servingOrClose : humanNoun);
}

/** Prepositions that join a person's noun to the body or person they speak from or for: "an official of the board". */
const SPEAKS_FROM: ReadonlySet<string> = new Set(['of', 'for', 'at', 'from', 'with', 'in']);

/** A noun for someone who speaks from or for another: "official", "lawyer", "head", "member". */
const fromNoun = (w: string): boolean => humanNoun(w) || TITLE_HEADS.has(w) || KIN_GROUPS.has(w);
/** Groups of people who speak for someone: "the family of a teenager", "relatives of the victims", "a member of staff". */
const KIN_GROUPS: ReadonlySet<string> = new Set(['member', 'members', 'family', 'families', 'relatives', 'relative']);

/**
 * The index of the preposition in "a lawyer for", "the head of", "an official at" right before
 * the name or phrase starting at token s (over a "the"), when a noun for a person stands before
 * it and no further back than `floor`; else -1. That person speaks, for or from the one named.
 */
export function speaksFromAt(ctx: AttributionContext, s: number, floor: number): number {
  return nounPrepositionAt(ctx, s, floor, SPEAKS_FROM, fromNoun);
}

/** The start of "a senior official of" before the phrase starting at token s (see speaksFromAt), or -1. */
function speakerFrom(ctx: AttributionContext, s: number, floor: number): number {
  const p = speaksFromAt(ctx, s, floor);
  if (p < 0) return -1;
  const np = subjectBefore(ctx, p, floor);
  if (!np || np[1] !== p || p - np[0] > 4) return -1;
  // (A short phrase of its own, opening its clause: not "its history of rewarding candidates
  // from ...", a phrase inside a longer one.)
  for (let k = np[0]; k < p; k++) if (OF_LIKE.has(ctx.tokens[k].lower)) return -1;
  const before = np[0] - 1 >= floor ? ctx.tokens[np[0] - 1] : null;
  return !before || before.kind === 'punct' || CLAUSE_OPENERS.has(before.lower) || SPEECH_VERBS.has(before.lower) ? np[0] : -1;
}

/** Words inside a phrase that make it a longer one than "a spokesman for". */
const OF_LIKE = new Set(['of', 'for', 'at', 'from', 'with', 'to', 'in', 'on']);

/**
 * The subject "a spokesperson for X" ending at e, from `from`; or the person it is in apposition
 * to, "Cmdr. Dana Hale, a spokesperson for X": a person named right before its comma.
 */
function describedOrNamed(ctx: AttributionContext, from: number, e: number, floor: number): [number, number] {
  const pe = from - 2 >= floor && ctx.tokens[from - 1].text === ',' ? ctx.tokenEntity[from - 2] : -1;
  if (pe < 0 || ctx.entities[pe].type !== 'person') return [from, e];
  let s = from - 2;
  while (s - 1 >= floor && ctx.tokenEntity[s - 1] === pe) s--;
  return [s, from - 1];
}

/**
 * Where the phrase a place at token a completes begins: "the governor of Ohio", "the court in
 * Leeds" (a determiner, up to three lower-case words, "of" or a locative preposition, the
 * place); -1 when the place completes no such phrase.
 */
export function placeComplementStart(ctx: AttributionContext, a: number): number {
  const { tokens, tokenEntity, entities } = ctx;
  // ("Irrigators in the Velmora Valley": the place's article goes with it.)
  if (a > 2 && tokens[a - 1].lower === 'the' && LOCATIVES.has(tokens[a - 2].lower)) a--;
  const prep = tokens[a - 1].lower;
  // ("China's ambassador to Harlow", "an adviser to the Quarrenby council": "to" after a noun
  // for a person.)
  const to = prep === 'to' && tokens[a - 2]?.kind === 'word' && tokenEntity[a - 2] < 0 && humanNoun(tokens[a - 2].lower);
  if (!(LOCATIVES.has(prep) || prep === 'of' || to)) return -1;
  // ("Tom Vale in Lisbon said": the person placed, whom the phrase's reading then names.)
  const placed = tokenEntity[a - 2];
  if (LOCATIVES.has(prep) && placed >= 0 && entities[placed].type === 'person') {
    let p = a - 2;
    while (p > 0 && tokenEntity[p - 1] === placed) p--;
    return p;
  }
  // ("Police in Quarrenby said", "Residents near the quay": a body's or people's noun opening
  // the clause, with no determiner.)
  const head = tokens[a - 2];
  if (LOCATIVES.has(prep) && head?.kind === 'word' && tokenEntity[a - 2] < 0 && head.sentence === tokens[a].sentence
    && (a - 2 === 0 || tokens[a - 3].kind === 'punct' || tokens[a - 3].sentence !== head.sentence)
    && (ORG_WORDS.has(head.lower) || (head.lower.endsWith('s') && (personNoun(head.lower) || agentNoun(head.lower))))) return a - 2;
  for (let j = a - 2; j >= Math.max(0, a - 5); j--) {
    const t = tokens[j];
    // ("China's ambassador to Britain": a possessive name opens the phrase.)
    if ((t.text === "'s" || t.text === '’s') && j < a - 2 && j > 0 && tokenEntity[j - 1] >= 0 && entities[tokenEntity[j - 1]].type !== 'person') {
      let p = j - 1;
      while (p > 0 && tokenEntity[p - 1] === tokenEntity[j - 1]) p--;
      return tokens[p].sentence === tokens[a].sentence ? p : -1;
    }
    if (t.kind !== 'word' || t.sentence !== tokens[a].sentence) return -1;
    if (t.lower === 'the' || t.lower === 'a' || t.lower === 'an') return j < a - 2 ? j : -1;
    if (t.text !== t.lower) return -1;
  }
  return -1;
}

/** Possessive determiners: "his lawyer", "their spokesman". */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our', 'my']);
/** A part of a group before "of": "one of the victims", "two of his neighbours", "some of the staff". */
const PART_OF = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|some|many|several|few|most|each|none|both|all|either|neither|\d+)$/;

/**
 * Lower-case words from token j (at most four) ending in a noun for a human being ("neighbour",
 * "campaign manager") and closing the phrase: the clause's end, a comma, a full stop, or the
 * person's name right after.
 */
export function possessesPerson(ctx: AttributionContext, j: number, ceiling: number): boolean {
  const { tokens } = ctx;
  let e = j;
  while (e < ceiling && e < j + 4 && isWord(tokens[e]) && ctx.tokenQuote[e] < 0 && ctx.tokenEntity[e] < 0 && /^\p{Ll}/u.test(tokens[e].text) && !NP_STOP.has(tokens[e].lower)) e++;
  if (e === j || !humanNoun(tokens[e - 1].lower)) return false;
  const ei = e < ceiling ? ctx.tokenEntity[e] : -1;
  return e >= ceiling || tokens[e].text === ',' || tokens[e].text === '.' || (ei >= 0 && ctx.entities[ei].type === 'person');
}

/**
 * The apostrophe at k closes a plural possessive ("the Rovers' boss", "the players' union"): after
 * a word ending in "s", touching it, before a word, and no quotation's mark.
 */
export function pluralPossessive(ctx: AttributionContext, k: number): boolean {
  const { tokens } = ctx;
  const t = tokens[k];
  if (!t || (t.text !== "'" && t.text !== '’') || k === 0 || ctx.tokenQuote[k] >= 0) return false;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  return prev.end === t.start && prev.kind === 'word' && /s$/i.test(prev.text) && !!next && next.kind === 'word' && next.start > t.end;
}

/** Words right before a noun that opens a subject: "My predecessor used to say", "the old ...". */
const NOUN_OPENERS: ReadonlySet<string> = new Set(['my', 'her', 'his', 'their', 'our', 'your', 'its', 'the', 'a', 'an', 'this', 'that', 'one']);

/** A determiner or a possessive right before token j, or before one word before it: "my grandmother", "the old farmer". */
function openedBefore(ctx: AttributionContext, j: number, floor: number): boolean {
  return (j - 1 >= floor && NOUN_OPENERS.has(ctx.tokens[j - 1].lower)) || (j - 2 >= floor && NOUN_OPENERS.has(ctx.tokens[j - 2].lower) && /^\p{Ll}+$/u.test(ctx.tokens[j - 1].text));
}

/** Speech verbs in forms that are never a noun: after one, the next word has no subject of its own. */
const FINITE_SPEECH = new Set(['said', 'says', 'told', 'tells', 'wrote', 'writes', 'adds', 'insists', 'argues', 'explains']);

/**
 * The subject phrase before `verb` (subjectPhrase), with a part of the group it names: "one of
 * the victims said", "two of the protesters told", "some of those present said". (Not before a
 * possessive: "one of her ads asking" is her ad, and so hers.)
 */
export function subjectBefore(ctx: AttributionContext, verb: number, floor: number): [number, number] | null {
  const r = subjectPhrase(ctx, verb, floor);
  // ("Those who came said", "A man who fled said": the relative clause ends right at the verb.)
  if (!r) return verb - 2 >= floor ? relativeAntecedent(ctx, verb, floor) : null;
  const s = r[0];
  const t = ctx.tokens;
  // ("A woman who saw the crash said": the object of a relative clause is no subject; the
  // person the clause is of is.)
  const rel = relativeAntecedent(ctx, s, floor);
  if (rel) return rel;

  // ("One of them said", "some of us": a pronoun after a part of it.)
  if (s - 2 >= floor && (t[s].lower === 'the' || t[s].lower === 'these' || t[s].lower === 'those' || (r[1] === s + 1 && (t[s].lower === 'them' || t[s].lower === 'us'))) && t[s - 1].lower === 'of' && PART_OF.test(t[s - 2].lower)
    && ctx.tokenQuote[s - 2] < 0 && ctx.tokenEntity[s - 2] < 0 && ctx.tokens[s - 2].sentence === ctx.tokens[s].sentence) {
    // ("A relative of one of the victims said", "the mother of one of the boys": the one whom
    // the part belongs to speaks.)
    const outer = speakerFrom(ctx, s - 2, floor);
    return [outer >= 0 ? outer : s - 2, r[1]];
  }
  return r;
}

/**
 * The start of "The owners of" (perhaps "of one of") before the phrase at `s`: a plural noun for
 * people after a determiner opening its clause, or -1.
 */
function peopleOfPhrase(ctx: AttributionContext, s: number, floor: number): number {
  const t = ctx.tokens;
  if (s - 3 < floor || t[s - 1].lower !== 'of') return -1;
  let h = s - 2;
  if (PART_OF.test(t[h].lower) && h - 2 >= floor && t[h - 1].lower === 'of') h -= 2;
  if (h - 1 < floor || !/s$/.test(t[h].lower) || !personNoun(t[h].lower) || !OPENING_DETERMINERS.has(t[h - 1].lower) || ctx.tokenEntity[h] >= 0) return -1;
  return h - 1 === floor || t[h - 2].kind === 'punct' || t[h - 2].sentence !== t[h - 1].sentence ? h - 1 : -1;
}

/** Words describing an unnamed source by what they know, and the preposition each takes: "close to", "familiar with". */
const SOURCE_MODIFIERS: ReadonlyMap<string, string> = new Map([['close', 'to'], ['familiar', 'with'], ['briefed', 'on'], ['involved', 'in'],
  ['knowledgeable', 'about'], ['aware', 'of'], ['privy', 'to'], ['linked', 'to']]);

/** Tokens `s` to `e` are a determiner of one, then people, "of" or a quantity nowhere between: "a decision parents". */
function oneBeforePeople(ctx: AttributionContext, s: number, e: number): boolean {
  const { tokens } = ctx;
  if (!(e - s > 2 && ONE_DETERMINERS.has(tokens[s].lower) && pluralPeople(tokens[e - 1].lower))) return false;
  for (let k = s + 1; k < e - 1; k++) if (tokens[k].lower === 'of' || QUANTITY_NOUNS.has(tokens[k].lower)) return false;
  return true;
}

/**
 * "Sources close to the negotiations said", "a person familiar with the matter said": the phrase
 * from `s` is the object of what describes the people before it, who speak.
 */
function describedSource(ctx: AttributionContext, s: number, floor: number): boolean {
  const { tokens } = ctx;
  if (s - 3 < floor || SOURCE_MODIFIERS.get(tokens[s - 2].lower) !== tokens[s - 1].lower || tokens[s - 2].text !== tokens[s - 2].lower) return false;
  const np = subjectPhrase(ctx, s - 2, floor);
  const h = tokens[s - 3].lower;
  return !!np && np[1] === s - 2 && (humanNoun(h) || ANONYMOUS_HEADS.has(h) || ANONYMOUS_HEADS.has(h.replace(/s$/, '')));
}

/** Most words of a relative clause between "who" and the object read as a subject. */
const RELATIVE_WORDS = 5;

/**
 * The person a relative clause without commas describes, when the phrase starting at `s` is its
 * object ("A woman who saw the crash", "one driver who stopped to help the family"): "who", then
 * words in lower case, then the phrase; the noun phrase before "who" names a person or someone
 * by a noun for a person ("Parents whose children attend the school"). Else null.
 */
function relativeAntecedent(ctx: AttributionContext, s: number, floor: number): [number, number] | null {
  const { tokens } = ctx;
  let reach = s - 1 - RELATIVE_WORDS;
  for (let j = s - 1; j >= floor && j >= reach; j--) {
    const t = tokens[j];
    // (Or "whose": "Parents whose children attend the school described the plan as ...".)
    if (t.lower === 'who' || t.lower === 'whose') {
      if (j === s - 1) return null;
      // ("Those who turned up at the gates said": the people the clause is of.)
      if (j - 1 >= floor && /^(?:those|anyone|everyone|people|others)$/.test(tokens[j - 1].lower) && (j - 1 === floor || tokens[j - 2].kind === 'punct')) return [j - 1, j];
      const ante = subjectPhrase(ctx, j, floor);
      if (!ante || ante[1] !== j) return null;
      const head = ante[1] - 1;
      const ei = ctx.tokenEntity[head];
      if (!((ei >= 0 && ctx.entities[ei].type === 'person') || (ei < 0 && humanNoun(ctx.tokens[head].lower)))) return null;
      // ("Dana Ruiz, a pollster who works with the party, said": the person the description is in apposition to.)
      const pe = ante[0] - 2 >= floor && tokens[ante[0] - 1].text === ',' ? ctx.tokenEntity[ante[0] - 2] : -1;
      if (ei < 0 && pe >= 0 && ctx.entities[pe].type === 'person') {
        let ps = ante[0] - 2;
        while (ps - 1 >= floor && ctx.tokenEntity[ps - 1] === pe) ps--;
        return [ps, ante[0] - 1];
      }
      return ante;
    }
    // ("The head of the agency that maintains the road said": "that" after a body someone is
    // the head of; the head speaks.)
    if (t.lower === 'that' && j < s - 1) {
      const ante = subjectPhrase(ctx, j, floor);
      if (!ante || ante[1] !== j) return null;
      for (let k = ante[0]; k + 1 < j; k++) if (fromNoun(tokens[k].lower) && SPEAKS_FROM.has(tokens[k + 1].lower)) return ante;
      return null;
    }
    // (Over a day: "who turned up at the gates on Saturday said".)
    if (WEEKDAYS.has(t.text) && tokens[j - 1]?.lower === 'on') { j--; reach -= 2; continue; }
    if (!isWord(t) || t.text !== t.lower || ctx.tokenEntity[j] >= 0 || ctx.tokenQuote[j] >= 0) return null;
  }
  return null;
}

/**
 * Where the name starts in an appositive that opens at `from` with its title: past up to three
 * words, each a title's word ("Cllr", "MP") or a word in lower case before one ("independent"),
 * a title's word among them; capitalised words that are no title's stop it (they may be the
 * name), and so does a word in lower case after a title's. `from` when no title opens it.
 * Before `limit`.
 */
function titledNameStart(ctx: AttributionContext, from: number, limit: number): number {
  const { tokens } = ctx;
  let k = from;
  let titled = false;
  while (k < limit && k < from + 3 && ctx.tokenEntity[k] < 0 && isWord(tokens[k])) {
    // ("The festival's headliner, singer Marta Vell, told": a noun for a person in lower case too.)
    if (TITLE_WORDS.has(lowerWord(tokens[k].text).replace(/\.$/, '')) || (tokens[k].text === tokens[k].lower && personNoun(tokens[k].lower))) titled = true;
    // (A word in lower case modifies the title before it, "independent MP"; after it, the words
    // go on to the office's body, "analyst at Velcor-IT".)
    else if (/^\p{Lu}/u.test(tokens[k].text) || titled) break;
    k++;
  }
  return titled ? k : from;
}

/** Plain verbs of saying, after which a noun no list holds may be the subject. */
const PLAIN_SAYING = new Set(['said', 'says', 'told', 'tells', 'added', 'adds']);

/** Determiners of one thing: "a decision", "this plan". */
const ONE_DETERMINERS = new Set(['a', 'an', 'this', 'that', 'another', 'each', 'every']);
/** Nouns that count people in the singular: "a few parents", "a group of parents". */
const QUANTITY_NOUNS = new Set(['few', 'couple', 'number', 'group', 'dozen', 'handful', 'lot', 'host', 'crowd', 'majority', 'minority', 'score']);
/**
 * A word of quantity whose "of" leads on to the phrase's head: "one of", "dozens of", "a group of",
 * "tens of thousands of", "half of".
 */
export function quantityWord(w: string): boolean {
  return PART_OF.test(w) || QUANTITY_NOUNS.has(w) || (w.endsWith('s') && QUANTITY_NOUNS.has(w.slice(0, -1))) || /^(?:tens|hundreds|thousands|millions|pair|half)$/.test(w);
}

/** A plural noun for people: "parents", "residents", "men". */
const pluralPeople = (w: string): boolean => (w.endsWith('s') && !w.endsWith('ss') && humanNoun(w.slice(0, -1))) || w === 'people' || w === 'men' || w === 'women' || w === 'children';

/** Nouns in "-ly", no adverbs: "The family said", "the assembly voted". */
const LY_NOUNS: ReadonlySet<string> = new Set(['family', 'assembly', 'ally', 'supply', 'reply', 'rally', 'bully', 'monopoly', 'anomaly', 'homily', 'tally']);

/**
 * "She went on to say", "he declined to say": the subject of the verb before "to", which ends at
 * tokens[e - 1].
 */
function subjectBeforeTo(ctx: AttributionContext, e: number, floor: number): [number, number] | null {
  const { tokens } = ctx;
  // ("Democrats are to blame": a be-verb before "to" makes no such phrase.)
  if (/^(?:is|are|was|were|be|been)$/.test(ctx.tokens[e - 2]?.lower)) return null;
  let j = e - 2;
  // (Back over the verbs, not into the subject: "My predecessor used to say", "As the old
  // farmer likes to say" stop at the noun for a person.)
  while (j > floor && j > e - 6 && isWord(tokens[j]) && ctx.tokenEntity[j] < 0 && !/^(?:he|she|they|we|i|it)$/.test(ctx.tokens[j]?.lower) && /^\p{Ll}/u.test(tokens[j].text)
    && !((personNoun(ctx.tokens[j].lower) || humanNoun(ctx.tokens[j].lower)) && openedBefore(ctx, j, floor))) j--;
  const sb = j + 1 < e - 1 ? subjectBefore(ctx, j + 1, floor) : null;
  // "Haddad went on Twitter to accuse ...": the object of a preposition is no subject.
  if (sb && sb[0] - 1 >= floor && OBJECT_PREPOSITIONS.has(lowerWord(tokens[sb[0] - 1].text))) return null;
  // ("one researcher I spoke to admitted": "I spoke to" says which researcher; the
  // researcher speaks.)
  if (sb && sb[1] - sb[0] === 1 && /^(?:i|we)$/.test(ctx.tokens[sb[0]].lower) && sb[0] - 1 >= floor && isWord(tokens[sb[0] - 1]) && personNoun(ctx.tokens[sb[0] - 1].lower)) {
    const np = subjectBefore(ctx, sb[0], floor);
    if (np) return np;
  }
  return sb;
}

/** The noun phrase that ends at token `end` (exclusive), read backwards: the subject of a cue verb. */
function subjectPhrase(ctx: AttributionContext, verb: number, floor: number): [number, number] | null {
  const { tokens } = ctx;
  let e = verb; // exclusive end of the subject
  // Skip adverbs and auxiliaries: "Lavrov also said", "she has often said", "Haddad
  // angrily denounced"; and before a participle, its finite verb: "Haddad avoids condemning".
  // ("Mehra on Tuesday said": a day between the subject and its verb, as wire copy has it.)
  for (;;) {
    if (e - 1 >= floor && isWord(tokens[e - 1]) && ctx.tokenEntity[e - 1] < 0 && (VERB_GAP.has(ctx.tokens[e - 1]?.lower) || (/^\p{Ll}{3,}ly$/u.test(tokens[e - 1].text) && !LY_NOUNS.has(tokens[e - 1].text)))) e--;
    else if (e - 2 >= floor && WEEKDAYS.has(tokens[e - 1].text) && ctx.tokens[e - 2]?.lower === 'on') e -= 2;
    else break;
  }
  if (e === verb && ctx.tokens[verb]?.lower.endsWith('ing') && e - 1 > floor && /^\p{Ll}+(?:s|ed)$/u.test(tokens[e - 1].text) && ctx.tokenEntity[e - 1] < 0
    && !PERSON_NOUNS.has(ctx.tokens[e - 1]?.lower) && (ctx.tokenEntity[e - 2] >= 0 || PRONOUNS_SPEAKER.has(ctx.tokens[e - 2]?.lower))) e--;
  if (e - 1 < floor) return null;
  // "Rep. Dana Whitfield (D-Ohio) said": skip a parenthetical.
  if (tokens[e - 1].text === ')') {
    let k = e - 2;
    while (k >= floor && k > e - 12 && tokens[k].text !== '(') k--;
    return k > floor && tokens[k].text === '(' ? subjectBefore(ctx, k, floor) : null;
  }
  // ("the minister – who took office in May – insisted": so an aside between dashes.)
  const aside = dashAsideStart(ctx, e, floor);
  if (aside >= 0) return subjectBefore(ctx, aside, floor);
  // "Mikhail Shmakov, head of the federation, said": skip a comma-delimited appositive.
  if (tokens[e - 1].text === ',') return subjectOverComma(ctx, e, floor);
  const last = tokens[e - 1];
  if (!isWord(last) || ctx.tokenQuote[e - 1] >= 0) return null;
  // ("Hale said talks were ...": after a speech verb, "talks" is a noun, and has no subject.)
  // (Only a verb's form: "the report said" has its subject.)
  if (SPEECH_VERBS.has(last.lower) && last.text === last.lower && (last.lower.endsWith('ed') || FINITE_SPEECH.has(last.lower))) return null;
  // An entity mention: take the whole mention.
  const ent = ctx.tokenEntity[e - 1];
  if (ent >= 0) {
    let s = e - 1;
    while (s - 1 >= floor && ctx.tokenEntity[s - 1] === ent && ctx.tokenQuote[s - 1] < 0) s--;
    // ("An adviser to the Harlow Council said", "An aide to Karim Nasser said": a body, a place or
    // a person after "to" and a noun for a person completes that person's description, the subject.)
    const to = servedAt(ctx, s, floor);
    if (to >= 0) {
      const np = subjectBefore(ctx, to, floor);
      if (np && np[1] === to) return [np[0], e];
    }
    // ("A spokesman for the Harlow Council said": the person who speaks for it.)
    const from = speakerFrom(ctx, s, floor);
    if (from >= 0) return describedOrNamed(ctx, from, e, floor);
    // ("The writers of a paper printed in the journal Harbour Medicine argued": the
    // people the phrase is headed by, not the body its preposition's object names.)
    const head = headBeforeObject(ctx, s, floor);
    if (head >= 0) return [head, e];
    // Take a preceding title too: "Foreign Minister Sergei Lavrov".
    // ("Senator Ana Ruiz of the Labour Party said": the person the body or place is of.)
    return bodyInPlace(ctx, s, floor) ?? [personOf(ctx, s, floor) ?? s, e];
  }
  const lw = last.lower;
  // "She went on to say", "he declined to say": the subject of the verb before "to".
  if (lw === 'to' && e - 2 >= floor) return subjectBeforeTo(ctx, e, floor);
  // "Yet another said", "Others added": an indefinite pronoun is an (anonymous) subject.
  // (Not a rank's numeral: "the world number one said".)
  if (/^(?:another|others|one|some|many|several|both|few|most)$/.test(lw) && !(e - 2 >= floor && /^(?:at|in|on|for|of|to|with|by|from|than|number)$/.test(ctx.tokens[e - 2]?.lower))) return [e - 1, e];
  // "the Riverside Fire Department, which reported ...": the antecedent of the relative pronoun.
  if ((lw === 'who' || lw === 'which') && e - 2 >= floor) {
    let back = tokens[e - 2].text === ',' ? e - 2 : e - 1;
    // ("Karim Nasser, 52, who said": an age between commas after the name goes with it.)
    if (back - 3 >= floor && tokens[back].text === ',' && tokens[back - 1].kind === 'number' && tokens[back - 1].text.length <= 3 && tokens[back - 2].text === ',' && ctx.tokenEntity[back - 3] >= 0) back -= 2;
    // The phrase runs from the antecedent to the pronoun: "Tomas Brink, who".
    if (back - 1 >= floor && ctx.tokenEntity[back - 1] >= 0) {
      const ent = ctx.tokenEntity[back - 1];
      let s = back - 1;
      while (s - 1 >= floor && ctx.tokenEntity[s - 1] === ent) s--;
      // ("Ana Pell, the director of the Harlow Partnership, who added": "who" is a person's;
      // the body ends the description in apposition to her.)
      if (lw === 'who' && ctx.entities[ent].type !== 'person') {
        const person = appositivePerson(ctx, s, floor);
        if (person) return person;
      }
      return [s, e];
    }
    const ante = back > floor ? subjectBefore(ctx, back, floor) : null;
    // ("Scott Vale, the chamber's chief strategist, who added": the person the description
    // is in apposition to.)
    if (ante && ante[0] - 2 >= floor && tokens[ante[0] - 1].text === ',') {
      const pe = ctx.tokenEntity[ante[0] - 2];
      if (pe >= 0 && ctx.entities[pe].type === 'person' && ctx.tokenEntity[ante[0]] !== pe) {
        let ps = ante[0] - 2;
        while (ps - 1 >= floor && ctx.tokenEntity[ps - 1] === pe) ps--;
        return [ps, ante[0] - 1];
      }
    }
    return ante ? [ante[0], e] : null;
  }
  if (PRONOUNS_MALE.has(lw) || PRONOUNS_FEMALE.has(lw) || PRONOUNS_PLURAL.has(lw) || lw === 'i' || lw === 'it' || lw === 'you') return [e - 1, e];
  // A nominal: walk back to a determiner over modifiers, capitalised words and short of-phrases.
  let s = e - 1;
  let steps = 0;
  while (s - 1 >= floor && steps < 9) {
    const t = tokens[s - 1];
    if (ctx.tokenQuote[s - 1] >= 0) break;
    // (A hyphen joins words; a dash between spaces ends the phrase: "WATCH: '...' - residents describe".)
    if (t.kind === 'punct' && (t.text !== '-' || t.end < tokens[s].start) && t.text !== "'s" && t.text !== '’s' && !pluralPossessive(ctx, s - 1)) break;
    const w = t.lower;
    // ("shows that Pavel Novak's name was read out": "that" before a name joins a clause.)
    if ((w === 'that' || w === 'this') && (ctx.tokenEntity[s] >= 0 || /^\p{Lu}/u.test(tokens[s].text))) break;
    // ("a plan that residents say is ...": "that" before a plural is a relative, no determiner;
    // not "this year's winners", where it determines the possessive.)
    if ((w === 'that' || w === 'this') && /[^s']s$/.test(tokens[e - 1].lower) && tokens[s + 1]?.text !== "'s" && tokens[s + 1]?.text !== '’s') break;
    if (DETERMINERS.has(w)) { s--; break; }
    // (A speech verb ends the phrase: "Police said officers described it as ..." is the
    // officers'; unless a determiner makes it a modifier, "a noted historian", or a capital
    // makes it no verb: "State radio"; a determiner before it inside the phrase too, "an official
    // of the state revenue department".)
    if (SPEECH_VERBS.has(w) && !(s - 2 >= floor && DETERMINERS.has(ctx.tokens[s - 2]?.lower)) && (steps > 0 || t.text === w) && !thinkTankAt(tokens, s - 1)) break;
    // ("mixed up in what rival bankers called": a relative "what" opens the clause.)
    // ("Residents received letters on Friday telling them ...": a verb of receiving is its own
    // clause's; what was received, after it, is the participle's subject.)
    if ((NP_STOP.has(w) && w !== 'of' && w !== 'with' && w !== 'familiar') || w === 'what' || w === 'whom' || w === 'whose' || RECEIVING.has(t.text)) break;
    s--;
    steps++;
  }
  // ("the two leaders said": a number after "the" or a possessive is no phrase's first word.)
  if (s - 1 >= floor && /^(?:two|three|four|five|both)$/.test(tokens[s].lower) && /^(?:the|their|our|its|his|her)$/.test(tokens[s - 1].lower) && ctx.tokenQuote[s - 1] < 0) s--;
  // (", with farm groups warning": "with" opens an absolute phrase, no part of its subject.)
  if (tokens[s].lower === 'with' && s + 1 < e) s++;
  // ("a decision parents called": a determiner of one before people, "of" nowhere between, opens
  // a phrase the people's clause describes; the people speak.)
  if (oneBeforePeople(ctx, s, e)) s = e - 1;
  // ("a senior official of the disaster management department said": the official speaks.)
  let from = NP_STOP.has(ctx.tokens[e - 1].lower) || DETERMINERS.has(ctx.tokens[e - 1].lower) ? -1 : speakerFrom(ctx, s, floor);
  if (from < 0 && !NP_STOP.has(ctx.tokens[e - 1].lower)) from = peopleOfBefore(ctx, s, floor);
  if (from >= 0) return describedOrNamed(ctx, from, e, floor);
  if (describedSource(ctx, s, floor)) return [subjectPhrase(ctx, s - 2, floor)![0], e];
  // ("A doctor accused of poisoning a patient told the jury": the phrase is the object inside a
  // reduced relative clause after the subject, who speaks.)
  const reduced = reducedRelativeHead(ctx, s, floor, subjectPhrase);
  if (reduced) return reduced;
  // "an email to supporters saying": the object of a preposition is no subject. (But "with its
  // chairman saying ...", "with forecasters warning ...": after "with", a participle's subject.)
  const absolute = ctx.tokens[s - 1]?.lower === 'with' && e === verb && ctx.tokens[verb]?.lower.endsWith('ing');
  if (s - 1 >= floor && OBJECT_PREPOSITIONS.has(ctx.tokens[s - 1]?.lower) && !absolute) {
    let named = false;
    for (let k = s; k < e; k++) if (ctx.tokenEntity[k] >= 0) named = true;
    if (!named) return null;
  }
  // ("The owners of one of Harlow's shops say", "The parents of one of the victims said": the
  // people the phrase is of speak, not what they own or whom they lost.)
  const people = peopleOfPhrase(ctx, s, floor);
  if (people >= 0) return [people, e];
  // Accept a nominal whose head (its last word) names a person or group: "a senior official",
  // "the ad's narrator"; or that holds a name, "Haddad's campaign".
  // "the 41-year-old father of two replied": a person noun before "of" (whose
  // object, "three", may be no noun at all).
  const head = ctx.tokens[e - 1]?.lower;
  // ("the world number one said", "the former No 2": a rank, "number" and its numeral, heads the phrase.)
  if (e - s >= 3 && /^(?:number|No\.?)$/.test(ctx.tokens[e - 2].text) && /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)$/.test(head) && DETERMINERS.has(tokens[s].lower)) return [s, e];
  if (/^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|few|both|all)$/.test(head)) {
    for (let k = s; k + 1 < e; k++) {
      const w = ctx.tokens[k]?.lower;
      if (ctx.tokens[k + 1]?.lower === 'of' && w !== 'one' && personNoun(w)) return [s, e];
    }
  }
  if (NP_STOP.has(head) || DETERMINERS.has(head)) return null;
  const single = head.endsWith('s') ? head.slice(0, -1) : head;
  if ([head, single].some((h) => ANONYMOUS_HEADS.has(h) || ROLE_NOUNS.has(h) || TITLE_WORDS.has(h) || PERSON_NOUNS.has(h) || ORG_WORDS.has(h)) || countedKin(head)) return [s, e];
  // "The former pollster said", "Another commenter said": an agent noun right before the verb.
  // ("the council's new auditor called": a possessive's "'s" is no word of the phrase.)
  let words = e - s;
  for (let k = s; k < e; k++) if (tokens[k].text === "'s" || tokens[k].text === '’s') words--;
  if (e === verb && words <= 4 && DETERMINERS.has(ctx.tokens[s]?.lower) && agentNoun(head)) return [s, e];
  // ("A delegate told reporters", "one juror said": any noun no list holds, right before a plain
  // verb of saying, with a determiner of one and no more than two words between.)
  if (words <= 4 && OPENING_DETERMINERS.has(ctx.tokens[s]?.lower) && !(s - 1 >= floor && NP_STOP.has(ctx.tokens[s - 1].lower)) && PLAIN_SAYING.has(ctx.tokens[verb]?.lower) && /^\p{Ll}{3,}$/u.test(tokens[e - 1].text) && !/(?:ly|ing|ed)$/.test(head)) return [s, e];
  for (let k = s; k < e; k++) if (ctx.tokenEntity[k] >= 0 && ctx.entities[ctx.tokenEntity[k]].type !== 'place') return [s, e];
  return null;
}

/**
 * One "of" further back than the phrase at s, over a noun for people and its determiner (up to two
 * modifiers between): "A spokeswoman for the family of the driver said" is hers, "the grieving
 * family of the driver" theirs. Where that speaker starts, or -1. No walk of its own.
 */
function peopleOfBefore(ctx: AttributionContext, s: number, floor: number): number {
  const { tokens, tokenEntity } = ctx;
  if (s - 2 < floor || tokens[s - 1].lower !== 'of' || !fromNoun(tokens[s - 2].lower) || tokenEntity[s - 2] >= 0) return -1;
  let det = s - 2;
  for (let k = s - 3; k >= floor && k >= s - 5 && isWord(tokens[k]) && tokens[k].text === tokens[k].lower && tokenEntity[k] < 0; k--) {
    if (DETERMINERS.has(tokens[k].lower)) { det = k; break; }
  }
  const outer = speakerFrom(ctx, det, floor);
  return outer >= 0 ? outer : det;
}

/** The subject before a comma that ends an appositive or a relative clause (`e - 1` is the comma). */
function subjectOverComma(ctx: AttributionContext, e: number, floor: number): [number, number] | null {
  const { tokens } = ctx;
  // "Lund, who is a pastor at the Grace Church, slammed": the person the relative
  // clause describes.
  // ("Ruiz, whose last film was the thriller "Undertow", said": a short quoted title or term
  // inside the clause is the clause's.)
  for (let j = e - 2; j >= Math.max(floor + 2, e - 40); j--) {
    if ((ctx.tokenQuote[j] >= 0 && !shortQuoteAt(ctx, j)) || tokens[j].text === ';') break;
    if ((ctx.tokens[j]?.lower !== 'who' && ctx.tokens[j]?.lower !== 'whose') || tokens[j - 1].text !== ',') continue;
    const ei = ctx.tokenEntity[j - 2];
    if (ei >= 0 && ctx.entities[ei].type === 'person') {
      let s = j - 2;
      while (s - 1 >= floor && ctx.tokenEntity[s - 1] === ei) s--;
      return [s, j - 1];
    }
    // ("A source in the department, who did not want to be named, said": a description of a
    // person, the relative clause's antecedent.)
    if (ei < 0) {
      const np = subjectBefore(ctx, j - 1, floor);
      if (np && np[1] === j - 1) for (let k = np[0]; k < np[1]; k++) if (ctx.tokenEntity[k] < 0 && personNoun(ctx.tokens[k].lower)) return np;
    }
    break;
  }
  // "Gov. Hal Burke (R-OH), said": the parenthetical before the comma.
  if (e - 2 >= floor && tokens[e - 2].text === ')') return subjectBefore(ctx, e - 1, floor);
  let k = e - 2;
  while (k >= floor && k > e - 40 && tokens[k].text !== ',' && !CLAUSE_BREAK.has(tokens[k].text) && ctx.tokenQuote[k] < 0) k--;
  if (k >= floor && tokens[k].text === ',' && k - 1 >= floor && ctx.tokenQuote[k - 1] < 0) {
    const inner = subjectBefore(ctx, k, floor);
    // "Another critic, Rosalind K. Meyer, said": the name in the appositive is the speaker.
    // ("..., Dana Ruiz MP, said": a member's or an honour's letters after the name are no part of it.)
    const last = appositiveNameEnd(ctx, k + 1, e - 2);
    const ent = ctx.tokenEntity[last];
    const innerEnt = inner ? ctx.tokenEntity[inner[1] - 1] : -1;
    const innerPerson = innerEnt >= 0 && ctx.entities[innerEnt].type === 'person';
    // ("..., Cllr Tomas Brink, said": a title may stand before the name in the appositive.)
    // ("..., independent MP Tomas Brink, said": or an office's words in lower case, a title among them.)
    const nameAt = titledNameStart(ctx, k + 1, last);
    // ("A lawmaker representing Quarle North, Hon. Dapo Ilesanmi, said", "The lawyer for Tomas
    // Brink, Mr Anil Rao, said": a titled name between the commas after a description that ends
    // in someone else's name is the one described.)
    let innerStart = inner ? inner[1] - 1 : k;
    while (innerPerson && innerStart - 1 >= floor && ctx.tokenEntity[innerStart - 1] === innerEnt) innerStart--;
    // (Or any name there after "for" or "of": "A spokesperson for Hutchins, Carla Nunez, said".)
    const described = innerPerson && innerStart - 1 >= floor && isWord(tokens[innerStart - 1]) && tokens[innerStart - 1].text === tokens[innerStart - 1].lower
      && (nameAt > k + 1 || /^(?:for|of)$/.test(tokens[innerStart - 1].lower));
    if ((!innerPerson || described) && ent >= 0 && ctx.entities[ent].type === 'person' && ctx.tokenEntity[nameAt] === ent) {
      // ("Dana Ruiz, the sister of the former mayor, Tom Vale, said": a person opening the
      // clause before the appositive speaks; the name after it is whom the appositive is of.)
      const opener = personOpeningBefore(ctx, k, floor);
      return opener && ctx.tokenEntity[opener[0]] !== ent ? opener : [k + 1, last + 1];
    }
    // ("The managing agent, Crestmoor Property Services, said": a body named whole between the
    // commas after a description that names no one is the one described.)
    // ("The industry body, the Harlow Rail Group, said": after its "the" too.)
    const bodyAt = tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
    if (innerEnt < 0 && ent >= 0 && ctx.entities[ent].type === 'organization' && ctx.tokenEntity[bodyAt] === ent && last === e - 2 && plainDescriptionBefore(ctx, k, floor)) return [bodyAt, last + 1];
    // "Colm Brady, 22, of Harlow, Kent, said": a place between commas after "of" or another
    // comma is where, not who ("Even China, Pyongyang's only ally, said" is who).
    const where = inner && innerEnt >= 0 && ctx.entities[innerEnt].type === 'place' && inner[0] - 1 >= floor && /^(?:,|of|in|from|at|near|outside)$/.test(lowerWord(tokens[inner[0] - 1].text));
    // ("The governor, in a statement by his press secretary, Mr Tunde Bakare, on Monday, said":
    // the name is inside an aside that opens with a preposition after the subject; the subject speaks.)
    const aside = inner && !where ? asideOpening(ctx, inner[0], floor) : -1;
    const outer = aside >= 0 ? subjectBefore(ctx, aside, floor) : null;
    if (outer && outer[1] === aside && ctx.tokenQuote[outer[0]] < 0 && speakerHead(ctx, outer)) return outer;
    if (inner && !where) return inner;
    // ("Police in Quarrenby, the county town, told": unless the place completes the body's or
    // people's noun opening the sentence.)
    const placed = where && inner ? placeComplementStart(ctx, inner[0]) : -1;
    if (inner && placed >= floor && placed === inner[0] - 2 && ctx.tokenEntity[placed] < 0 && (placed === floor || tokens[placed - 1].sentence !== tokens[placed].sentence)) return [placed, inner[1]];
    // "Weiss, 35, the daughter of ..., said": a person named a few appositives back.
    let c = k;
    for (let hop = 0; hop < 3; hop++) {
      let j = c - 1;
      while (j >= floor && j > e - 40 && tokens[j].text !== ',' && !CLAUSE_BREAK.has(tokens[j].text) && ctx.tokenQuote[j] < 0) j--;
      if (j < floor || tokens[j].text !== ',' || j - 1 < floor) break;
      const ei = ctx.tokenEntity[j - 1];
      if (ei >= 0 && ctx.entities[ei].type === 'person') {
        let s = j - 1;
        while (s - 1 >= floor && ctx.tokenEntity[s - 1] === ei) s--;
        return [s, j];
      }
      c = j;
    }
  }
  return null;
}

export function hasQuoteBetween(ctx: AttributionContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) { ctx.counter.steps++; if (ctx.tokenQuote[k] >= 0) return true; }
  return false;
}
