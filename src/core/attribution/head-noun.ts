// The head of a subject phrase whose last words name a body or a place as the object of a
// preposition inside it: "The writers of a paper printed in the journal Harbour Medicine
// argued" is the authors', not the journal's.
import type { AttributionContext } from './context';
import { CLAUSE_BREAK, DASHES, DETERMINERS, humanNoun, NP_STOP } from './words';
import { personNoun } from './cues';
import { HYPHEN_ADJECTIVE, POST_NOMINALS } from '../entities/words';

/** Prepositions that put a name inside a longer phrase as its object. */
const INSIDE = new Set(['in', 'of', 'at', 'from', 'for', 'with', 'by', 'on']);
/** Words that end a subject phrase going back: a clause's verb or a conjunction. */
const PHRASE_STOPS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'said', 'says', 'asked', 'told', 'and', 'but', 'or', 'that', 'which', 'who', 'when', 'while', 'because', 'if']);
/** How far back the phrase's head noun is looked for, in tokens. */
const HEAD_REACH = 14;

/**
 * The start of a phrase ending with the mention starting at token s, headed by a noun for people
 * with its determiner ("The writers of a paper printed in the journal X"), when the
 * mention is a preposition's object a word or two after it ("in the journal X"); or -1.
 */
export function headBeforeObject(ctx: AttributionContext, s: number, floor: number): number {
  const { tokens, tokenQuote, tokenEntity } = ctx;
  let p = s - 1;
  // (Over "the" and a noun or two before the name: "in the journal X", "of the Harlow council".)
  for (let n = 0; p >= floor && n < 3 && tokens[p].kind === 'word' && tokens[p].text === tokens[p].lower && !INSIDE.has(tokens[p].lower) && !PHRASE_STOPS.has(tokens[p].lower); n++) p--;
  if (p < floor || !INSIDE.has(tokens[p].lower) || tokens[p].text !== tokens[p].lower) return -1;
  if (portfolioBeforePerson(ctx, p, s)) return -1;
  for (let j = p - 1; j >= floor && j >= p - HEAD_REACH; j--) {
    const t = tokens[j];
    if (t.kind !== 'word' || tokenQuote[j] >= 0 || tokenEntity[j] >= 0 || PHRASE_STOPS.has(t.lower)) return -1;
    if (!humanNoun(t.lower)) continue;
    const det = j - 1 >= floor ? tokens[j - 1].lower : '';
    // (The phrase opens its clause: a determiner at the sentence's start, or the noun itself.)
    const start = det === 'the' || det === 'a' || det === 'an' ? j - 1 : j;
    const before = start - 1 >= floor ? tokens[start - 1] : null;
    return !before || before.sentence !== t.sentence || before.kind === 'punct' ? start : -1;
  }
  return -1;
}

/**
 * "the prime minister's aide on political affairs Tarun Vell": a person named right after the
 * words of a portfolio, no article among them and no noun for a person last, heads the phrase
 * (the words after the preposition p are what the aide is on, not whom); "a spokesman for health
 * minister Dana Ruiz", "a paper by the economist Dana Ruiz" keep the person the object.
 */
function portfolioBeforePerson(ctx: AttributionContext, p: number, s: number): boolean {
  const { tokens, tokenEntity, entities } = ctx;
  const e = tokenEntity[s];
  if (e < 0 || entities[e].type !== 'person' || s - p < 2 || humanNoun(tokens[s - 1].lower)) return false;
  for (let k = p + 1; k < s; k++) if (DETERMINERS.has(tokens[k].lower)) return false;
  return true;
}

/** Prepositions that open an aside between commas after a clause's subject: "The governor, in a statement by ...,". */
const ASIDE_PREPOSITIONS = new Set(['in', 'through', 'via', 'during', 'at', 'on', 'after', 'before', 'with']);
/** How many commas and tokens back an aside's opening is looked for. */
const ASIDE_COMMAS = 3;
const ASIDE_TOKENS = 30;

/**
 * The comma that opens an aside, a preposition after it, which holds the phrase starting at `s`
 * ("..., in a statement by his press secretary, Mr Tunde Bakare,"): the comma's index, or -1.
 * Bounded: three commas and thirty tokens back, within the sentence.
 */
export function asideOpening(ctx: AttributionContext, s: number, floor: number): number {
  const { tokens } = ctx;
  let commas = 0;
  for (let j = s - 1; j > floor && j >= s - ASIDE_TOKENS; j--) {
    const t = tokens[j];
    if (ctx.tokenQuote[j] >= 0 || CLAUSE_BREAK.has(t.text) || t.sentence !== tokens[s].sentence) return -1;
    if (t.text !== ',') continue;
    if (ASIDE_PREPOSITIONS.has(tokens[j + 1]?.text ?? '')) return j;
    if (++commas >= ASIDE_COMMAS) return -1;
  }
  return -1;
}

/** The phrase names a person or someone by a noun for a person: "The governor", "Tomas Brink". */
export function speakerHead(ctx: AttributionContext, np: [number, number]): boolean {
  const ei = ctx.tokenEntity[np[1] - 1];
  if (ei >= 0) return ctx.entities[ei].type === 'person';
  const w = ctx.tokens[np[1] - 1].lower;
  return humanNoun(w) || personNoun(w);
}

/**
 * The last token of a name in an appositive [a, end]: past a member's or an honour's letters
 * after it ("..., Dana Ruiz MP, said"), and past where the person is from, after "of" or "from"
 * ("The chairman of the forum, Governor Tomas Brink of Quarle-North, said": the name speaks).
 */
export function appositiveNameEnd(ctx: AttributionContext, a: number, end: number): number {
  let last = end;
  while (last > a && POST_NOMINALS.has(ctx.tokens[last].text) && ctx.tokenEntity[last] < 0) last--;
  const notPerson = (k: number): boolean => ctx.tokenEntity[k] < 0 ? /^\p{Lu}/u.test(ctx.tokens[k].text) : ctx.entities[ctx.tokenEntity[k]].type !== 'person';
  let j = last;
  while (j > a && j > last - 4 && notPerson(j)) j--;
  const of = j;
  if (of === last) return last;
  if (of - 1 < a || (ctx.tokens[of].lower !== 'of' && ctx.tokens[of].lower !== 'from')) return last;
  const person = ctx.tokenEntity[of - 1];
  return person >= 0 && ctx.entities[person].type === 'person' ? of - 1 : last;
}

/**
 * ("The Harlow Taxi Council (HTC) in the Western Cape said": a place after "in" closes the
 * subject; the body before it speaks.) The body's span when the place mention at `s` follows
 * "in" (or "in the") and a body's name, perhaps its initials in brackets; else null.
 */
export function bodyInPlace(ctx: AttributionContext, s: number, floor: number): [number, number] | null {
  const { tokens, tokenEntity, entities } = ctx;
  if (tokenEntity[s] < 0 || entities[tokenEntity[s]].type !== 'place') return null;
  let k = s - 1;
  if (k > floor && tokens[k].lower === 'the') k--;
  if (k <= floor || tokens[k].lower !== 'in') return null;
  let j = k - 1;
  if (tokens[j].text === ')' && j - 2 > floor && tokens[j - 2].text === '(') j -= 3;
  const ei = j >= floor ? tokenEntity[j] : -1;
  if (ei < 0 || entities[ei].type !== 'organization') return null;
  let a = j;
  while (a - 1 >= floor && tokenEntity[a - 1] === ei) a--;
  return [a, j + 1];
}

/** How many tokens an aside between dashes ("the minister – who took office in May – insisted") may hold. */
const DASH_ASIDE = 20;

/** The dash at `d` opens an aside, a lower-case word after it, that the same dash closes within DASH_ASIDE tokens, before `limit`, no quotation between: the closing dash; else -1. */
export function dashAsideEnd(ctx: AttributionContext, d: number, limit: number): number {
  const { tokens } = ctx;
  // (Not an aside that attributes itself: "– as columnist Tom Vell noted –", "– according to ... –".)
  if (!DASHES.has(tokens[d].text) || !/^\p{Ll}/u.test(tokens[d + 1]?.text ?? '') || /^(?:as|according)$/.test(tokens[d + 1].lower)) return -1;
  for (let j = d + 2; j < limit && j <= d + DASH_ASIDE && tokens[j].sentence === tokens[d].sentence; j++) {
    if (ctx.tokenQuote[j] >= 0) return -1;
    if (tokens[j].text === tokens[d].text) return j;
  }
  return -1;
}

/** The token before `e` closes an aside between dashes: its opening dash (the subject ends there); else -1. */
export function dashAsideStart(ctx: AttributionContext, e: number, floor: number): number {
  const { tokens } = ctx;
  const close = e - 1;
  if (close <= floor || !DASHES.has(tokens[close].text)) return -1;
  for (let j = close - 2; j > floor && j >= close - DASH_ASIDE; j--) {
    if (ctx.tokenQuote[j] >= 0) return -1;
    if (tokens[j].text === tokens[close].text) return dashAsideEnd(ctx, j, e) === close ? j : -1;
  }
  return -1;
}

/**
 * The words before the comma at `k` are a plain description opening its clause: a determiner, then
 * at most four words in lower case (a possessive's "'s" or a plural's apostrophe among them), no
 * name: "The managing agent", "the building's owner", "the train operators' body".
 */
export function plainDescriptionBefore(ctx: AttributionContext, k: number, floor: number): boolean {
  const { tokens } = ctx;
  for (let j = k - 1; j >= floor && j >= k - 6; j--) {
    const t = tokens[j];
    if (ctx.tokenEntity[j] >= 0 || ctx.tokenQuote[j] >= 0) return false;
    if (DETERMINERS.has(t.lower)) return j === floor || tokens[j - 1].kind === 'punct' || tokens[j - 1].sentence !== t.sentence;
    // (Or a plural's bare apostrophe: "the train operators' body".)
    const pluralPossessive = (t.text === "'" || t.text === '’') && j > floor && tokens[j - 1].end === t.start && /s$/.test(tokens[j - 1].lower);
    if (!(t.text === "'s" || t.text === '’s' || pluralPossessive || (t.kind === 'word' && t.text === t.lower))) return false;
  }
  return false;
}

/** How many tokens a quotation inside a relative clause may hold and still be read as the clause's words. */
const CLAUSE_QUOTE_TOKENS = 8;

/** Token j lies in a quotation of a few tokens: a title or a term ("Undertow", "brutal"). */
export function shortQuoteAt(ctx: AttributionContext, j: number): boolean {
  const q = ctx.tokenQuote[j];
  let a = j;
  let b = j;
  while (a - 1 >= 0 && j - a < CLAUSE_QUOTE_TOKENS && ctx.tokenQuote[a - 1] === q) a--;
  while (b + 1 < ctx.tokens.length && b - a < CLAUSE_QUOTE_TOKENS && ctx.tokenQuote[b + 1] === q) b++;
  return b - a < CLAUSE_QUOTE_TOKENS;
}

/**
 * A person named at the opening of the clause, then a comma, a few words before the comma at
 * `at`: "Dana Ruiz, the sister of the mayor," (bounded: sixteen tokens back).
 */
export function personOpeningBefore(ctx: AttributionContext, at: number, floor: number): [number, number] | null {
  const { tokens, tokenEntity, entities } = ctx;
  let j = at - 1;
  while (j > floor && j > at - 16 && tokens[j].text !== ',' && !CLAUSE_BREAK.has(tokens[j].text) && ctx.tokenQuote[j] < 0) j--;
  if (j - 1 < floor || tokens[j].text !== ',') return null;
  const ei = tokenEntity[j - 1];
  if (ei < 0 || entities[ei].type !== 'person') return null;
  let s = j - 1;
  while (s - 1 >= floor && tokenEntity[s - 1] === ei) s--;
  // (It opens the clause: nothing but a title, "Prince", "Dr", and the clause's floor or
  // punctuation before it.)
  let t = s;
  while (t > floor && t > s - 3 && /^\p{Lu}/u.test(tokens[t - 1].text) && tokenEntity[t - 1] < 0 && tokens[t - 1].kind === 'word') t--;
  if (t > floor && tokens[t - 1].kind !== 'punct' && tokens[t - 1].sentence === tokens[t].sentence) return null;
  return [s, j];
}

/** Participles that open a reduced relative clause after a court report's subject: "A man accused of ...", "a driver charged with ...". */
const REDUCED_PARTICIPLES = new Set(['accused', 'charged', 'convicted', 'suspected', 'cleared', 'acquitted', 'jailed', 'sentenced', 'arrested', 'wanted', 'sued']);
/** Participles of serving someone, after a body's or a person's noun: "the union representing the workers". */
const SERVING_PARTICIPLES = new Set(['representing', 'running', 'leading', 'organising', 'organizing', 'managing', 'operating', 'overseeing', 'advising', 'defending', 'prosecuting']);
/** Nouns for bodies that serve someone: "the union", "the firm". */
const BODY_NOUNS = new Set(['union', 'unions', 'group', 'groups', 'firm', 'company', 'charity', 'association', 'body', 'organisation', 'organization', 'agency', 'council', 'team', 'campaign', 'coalition', 'trust', 'board', 'committee']);
/** The prepositions after those participles. */
const REDUCED_PREPOSITIONS = new Set(['of', 'with', 'over', 'for', 'in']);

/**
 * "A hospital consultant accused of poisoning a patient with insulin told a jury": the phrase
 * opening at `s` lies inside a reduced relative clause ("accused of ...") after the sentence's
 * subject; the subject, found by `phraseBefore` before the participle, or null. Bounded: twelve
 * tokens back, within the clause.
 */
export function reducedRelativeHead(ctx: AttributionContext, s: number, floor: number, phraseBefore: (ctx: AttributionContext, verb: number, floor: number) => [number, number] | null): [number, number] | null {
  const { tokens } = ctx;
  for (let j = s - 1; j > floor && j >= s - 12; j--) {
    if (tokens[j].kind !== 'word' || ctx.tokenQuote[j] >= 0 || tokens[j].sentence !== tokens[s].sentence) return null;
    // ("The union representing the workers said": a body's or a person's noun before a
    // participle that takes whom it serves.)
    const serving = SERVING_PARTICIPLES.has(tokens[j].text) && j + 1 < s + 1;
    if (!serving && (!REDUCED_PARTICIPLES.has(tokens[j].text) || !REDUCED_PREPOSITIONS.has(tokens[j + 1]?.lower ?? ''))) continue;
    const np = phraseBefore(ctx, j, floor);
    if (serving && np && !(humanNoun(tokens[j - 1].lower) || BODY_NOUNS.has(tokens[j - 1].lower))) return null;
    return np && np[1] === j && ctx.tokenQuote[np[0]] < 0 ? np : null;
  }
  return null;
}

/**
 * The person a description ending at `s` is in apposition to: "Ana Pell, the director of the
 * Harlow Partnership" before "who". The description (at most ten tokens, no other comma) names
 * a role or a person's noun; the name before its comma is a person's. Else null.
 */
export function appositivePerson(ctx: AttributionContext, s: number, floor: number): [number, number] | null {
  const { tokens } = ctx;
  let role = false;
  for (let k = s - 1; k >= Math.max(floor + 1, s - 10); k--) {
    const t = tokens[k];
    if (ctx.tokenQuote[k] >= 0 || CLAUSE_BREAK.has(t.text)) return null;
    if (t.text !== ',') { if (ctx.tokenEntity[k] < 0 && humanNoun(ctx.tokens[k].lower)) role = true; continue; }
    const pe = ctx.tokenEntity[k - 1];
    if (!role || pe < 0 || ctx.entities[pe].type !== 'person') return null;
    let ps = k - 1;
    while (ps - 1 >= floor && ctx.tokenEntity[ps - 1] === pe) ps--;
    return [ps, k];
  }
  return null;
}

/**
 * Where the person starts whose body or place the mention at token s names, after "of",
 * "from" or "at" (and "the"), or "in the" before a body: "Ana Ruiz of the Labour Party", "Tom Reyes
 * from Leeds", "Dana Ruiz at Velcor Capital". Null when no person's name ends right before it.
 */
export function personOf(ctx: AttributionContext, s: number, floor: number): number | null {
  const { tokenEntity, entities } = ctx;
  const j = memberBefore(ctx, s, floor);
  if (j - 1 < floor) return null;
  const p = tokenEntity[j - 1];
  if (p < 0 || entities[p].type !== 'person' || tokenEntity[s] === p) return null;
  let k = j - 1;
  while (k - 1 >= floor && tokenEntity[k - 1] === p) k--;
  return k;
}

/**
 * ofBefore, or the "in" of "in the" before a body's name at token s: "Tomas Brink in the Harlow
 * Echo felt ...", a critic in a paper, whose member speaks as one "of" it does.
 */
export function memberBefore(ctx: AttributionContext, s: number, floor: number): number {
  const ei = ctx.tokenEntity[s];
  const inBody = ei >= 0 && ctx.entities[ei].type === 'organization' && s - 2 > floor && ctx.tokens[s - 1].lower === 'the' && ctx.tokens[s - 2].lower === 'in';
  return inBody ? s - 2 : ofBefore(ctx, s, floor);
}

/** How many lower-case words of a body's descriptor may stand between "of" and its name. */
const DESCRIPTOR_WORDS = 3;

/**
 * The index of the "of", "from" or "at" before the name starting at token s, over its "the" and a
 * descriptor of up to three lower-case words or participle adjectives ("Lena Early of the charity Watershare", "of
 * campaign group Fairwater", "Dana Ruiz at Velcor Capital"), no further back than `floor`; else -1.
 */
function ofBefore(ctx: AttributionContext, s: number, floor: number): number {
  const { tokens } = ctx;
  let j = s;
  // (A place's participle adjective is a descriptor too: "Ruth Obi of the Velby-based Institute".)
  while (j > floor && s - j < DESCRIPTOR_WORDS && ctx.tokenEntity[j - 1] < 0 && (/^\p{Ll}[\p{Ll}-]+$/u.test(tokens[j - 1].text) || HYPHEN_ADJECTIVE.test(tokens[j - 1].text)) && !NP_STOP.has(tokens[j - 1].lower)) j--;
  if (j < s && !(j > floor && /^(?:of|from|at|the)$/.test(tokens[j - 1].lower))) j = s;
  if (j > floor && tokens[j - 1].lower === 'the') j--;
  return j > floor && /^(?:of|from|at)$/.test(tokens[j - 1].lower) ? j - 1 : -1;
}
