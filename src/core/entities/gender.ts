// A person's gender as the article gives it, where the first-name lists do not: an honorific
// ("Mr Pell", "Ms Okafor"), a gendered role or kin noun ("the chairwoman", "his widow",
// "his brother Rami", "Rami, another son"),
// or the pronouns the article uses right after naming them ("Ngozi Adebayo ... she"). Pronoun
// resolution uses it so that "she said" never goes to a man.
import { leaningNameGender, lowerWord, worldNameGender } from '../lexicon/lexicon';
import type { Builder, Merge } from './merge';
import { quotedAt, speechVerbAt } from './tests';
import { EAST_ASIAN_SURNAMES, honorificGender, QUOTE_MARKS, WEEKDAYS } from './words';
import type { Token } from '../types';

export const FEMALE_WORDS = /\b(?:mrs|ms|miss|madam|mother|mum|mom|mummy|grandma|granny|girlfriend|wife|daughter|granddaughter|stepdaughter|stepmother|fiancee|sister|widow|grandmother|aunt|niece|woman|girl|actress|chairwoman|spokeswoman|businesswoman|congresswoman|councilwoman|assemblywoman|alderwoman|queen|princess|duchess|lady|dame|baroness|countess|empress|nun|heiress|waitress|hostess)\b/;
/** Words that give a named person a man's gender (not "chairman" nor "spokesman": MALE_NAMING_WORDS). */
const MALE_NAMING = 'mr|sir|father|dad|daddy|grandad|granddad|grandpa|boyfriend|husband|son|grandson|stepson|stepfather|brother|widower|grandfather|uncle|nephew|man|boy|actor|businessman|congressman|councilman|assemblyman|alderman|king|prince|duke|lord|baron|count|emperor|monk|heir';
export const MALE_WORDS = new RegExp(`\\b(?:${MALE_NAMING}|chairman|spokesman)\\b`);
/**
 * What gives a named person a man's gender: MALE_WORDS but "chairman" and "spokesman", offices
 * much copy gives a woman so ("the union's chairman, Chinwe Aladi ... she added"); their
 * "-woman" forms do tell. (An unnamed "spokesman" is still no "she": described.ts.)
 */
const MALE_NAMING_WORDS = new RegExp(`\\b(?:${MALE_NAMING})\\b`);
const HE = new Set(['he', 'him', 'his', 'himself']);
const SHE = new Set(['she', 'her', 'hers', 'herself']);
const STOPS = new Set(['"', '“', '”', '‘', '’']);
/** Nouns that name someone else between a naming and a pronoun: "... Aydin. A man pleaded guilty; he ...". */
const PEOPLE_NOUNS = /^(?:man|woman|men|women|boy|girl|husband|wife|son|daughter|father|mother|brother|sister)$/;

/**
 * The gender the words of a person's role and namings give ("Mrs", "widow", "Councilwoman"), where
 * they give one and only one; "chairman" and "spokesman" give none (copy gives them to women too).
 */
export function namingGender(b: Builder): 'male' | 'female' | null {
  // ("MS Rajan": initials in capitals before a name, no honorific.)
  // (Not a naming's last word, the family name: "Tarvi Dad", "Tomas Son" tell nothing.)
  const words = lowerWord(`${b.role ?? ''} ${b.mentions.map((m) => m.text.replace(/^M[RS]S?\s+(?=\p{Lu}\p{Ll})/u, '').replace(/\s*\S+$/, '')).join(' ')}`).replace(/\./g, '');
  const f = FEMALE_WORDS.test(words);
  return f !== MALE_NAMING_WORDS.test(words) ? (f ? 'female' : 'male') : null;
}

/** The gender the honorifics right before b's namings give, where they give one and only one ("Mr Pritchard"); else null. */
function honorificsGender(tokens: readonly Token[], b: Builder): 'male' | 'female' | null {
  let found: 'male' | 'female' | null = null;
  for (const m of b.mentions) {
    if (m.kind === 'pronoun' || m.kind === 'role') continue;
    const k = countTokensBefore(tokens, m.start);
    // ("MS Rajan", "Labour MS": initials in capitals, no honorific.)
    const g = k > 0 && tokens[k - 1].text !== 'MS' && tokens[k - 1].text !== 'MR' ? honorificGender(tokens[k - 1].lower) : null;
    if (!g) continue;
    if (found && found !== g) return null;
    found = g;
  }
  return found;
}

/**
 * Gives each person with no gender yet the one the article shows: an honorific or gendered
 * noun in the role or the mention ("Mr Pell"), else the vote of the first personal pronoun
 * after each naming, within about a sentence, when no other person is named in between and no
 * quotation starts (a pronoun inside someone's words is about someone else).
 */
export function inferGenders(st: Merge): void {
  const { tokens, n } = st.ctx;
  const sentences = st.ctx.structure.sentences;
  const paragraphOf = (k: number): number => sentences[tokens[k].sentence]?.paragraph ?? -1;
  const { builders, tokenEntity } = st;
  const possessive = (k: number): boolean => {
    let e = k;
    while (e < n && tokenEntity[e] === tokenEntity[k]) e++;
    return e < n && (tokens[e].text === "'s" || tokens[e].text === '’s');
  };
  for (const b of builders) {
    if (b.type !== 'person') continue;
    // (An honorific before a naming first, over the lists' gender of the given name: "Gwyn
    // Pritchard ... Mr Pritchard" is a man, though a list knows "Gwyn" as a woman's name.)
    const titled = honorificsGender(tokens, b);
    if (titled) { b.gender = titled; continue; }
    if (b.gender) continue;
    const named = namingGender(b);
    if (named) { b.gender = named; continue; }
    // A gendered noun beside a naming: "his brother Rami", "Rami, another son", "Salwa Odeh, his mother".
    let female = 0;
    let male = 0;
    for (const mention of b.mentions) {
      if (mention.kind === 'pronoun' || mention.kind === 'role') continue;
      const first = countTokensBefore(tokens, mention.start);
      const after = countTokensBefore(tokens, mention.end);
      const near: string[] = [];
      // ("Labour MS Colm Brady": "MS" in capitals is a Member of the Senedd, no woman's title.)
      if (first > 0 && tokens[first - 1].text !== 'MS') near.push(tokens[first - 1].lower);
      // ("Karim's mother, Salwa Odeh": the noun before the comma names her, where the naming is
      // in apposition, closed by a comma or the sentence's end; not in "As a young man, Nair
      // studied law", where the noun belongs to a clause of its own.)
      const closed = after >= n || tokens[after].text === ',' || tokens[after].text === '.' || tokens[after].sentence !== tokens[after - 1]?.sentence;
      if (first > 1 && tokens[first - 1].text === ',' && closed) near.push(tokens[first - 2].lower);
      // (Not a relative clause: in "Dana Ruiz, whose father died", the father is someone else.)
      // (Past an age between commas: "Dana Ruiz, 34, a mother of two".)
      const aged = tokens[after]?.text === ',' && tokens[after + 1]?.kind === 'number' && tokens[after + 2]?.text === ',' ? 2 : 0;
      // (Not past a quotation's closing mark: in ""We are proud of Kwame," a spokeswoman said", the
      // spokeswoman is someone else.)
      if (tokens[after]?.text === ',' && !RELATIVE.has(tokens[after + 1]?.lower ?? '')) for (let k = after + 1 + aged; k < Math.min(n, after + 4 + aged) && !QUOTE_MARKS.has(tokens[k].text); k++) near.push(tokens[k].lower);
      for (const w of near) {
        if (FEMALE_WORDS.test(w)) female++;
        else if (MALE_NAMING_WORDS.test(w)) male++;
      }
    }
    if (female !== male && (female === 0 || male === 0)) { b.gender = female ? 'female' : 'male'; continue; }
    let he = 0;
    let she = 0;
    // (Votes of a possessive alone, "said her case was ...": whose it is may be someone else's.)
    let heOwns = 0;
    let sheOwns = 0;
    for (const mention of b.mentions) {
      if (mention.kind === 'pronoun' || mention.kind === 'role') continue;
      let k = countTokensBefore(tokens, mention.end);
      const end = k;
      const at = countTokensBefore(tokens, mention.start);
      // (A naming that opens its sentence is its subject, and the pronoun after it most likely
      // its own: it counts twice. "... to kill Aydin. A man pleaded guilty; he ..." is not.)
      const vote = at === 0 || tokens[at - 1].sentence !== tokens[at].sentence ? 2 : 1;
      const paragraph = paragraphOf(k - 1);
      // (The gender of an object pronoun passed over: "Ruiz put it to him that he had ..." -
      // the next "he" is most likely him again.)
      let object: 'he' | 'she' | null = null;
      for (let steps = 0; k < n && steps < 25; k++, steps++) {
        const t = tokens[k];
        // (A quotation after a naming that opens its sentence or speaks, and its pronoun and verb
        // of speech right after it, the quotation a sentence of its own: the quoted is most likely
        // the one just named. "Ashdown said the decision was political. "I have done nothing
        // wrong," he said." Not a naming in passing: "... that Vell's plan would fail. "It
        // won't," she said."; nor the subject of words quoted inside its own sentence: "Vell
        // "caused havoc," he said.")
        if ((t.text === '"' || t.text === '“') && quotedAt(st.ctx, k + 1) && paragraphOf(k) === paragraph && tokens[k - 1].sentence !== t.sentence && (vote === 2 || speechVerbAt(tokens, end) || (tokens[end]?.text === ',' && speechVerbAt(tokens, end + 1)))) {
          const voice = pronounAfterQuotation(st.ctx, k + 1);
          if (voice === 'he') he += vote;
          else if (voice === 'she') she += vote;
          break;
        }
        // (A few words quoted inside the naming's own sentence are passed over, their pronouns
        // someone else's: "Vell said the closure was 'a disaster'. He added".)
        // (Not words its pronoun speaks: "Vell "caused havoc," he said" is someone else's.)
        const close = k > 0 && tokens[k - 1].sentence === t.sentence ? partialQuoteEnd(tokens, k) : -1;
        if (close > 0 && (tokens[close - 1].text === ',' || speechVerbAt(tokens, close + 2))) break;
        if (close > 0) { k = close; continue; }
        if (STOPS.has(t.text) || opensSingleQuote(tokens, k)) break;
        const ei = tokenEntity[k];
        // (Another person named in between ends the search, unless only as a possessive after
        // a subject: "Aydin asked the court for mercy at Vale's hearing, saying she ...".)
        if (ei >= 0 && ei !== b.index && builders[ei].type === 'person' && !(vote === 2 && possessive(k))) break;
        const w = t.lower;
        // (Not past the paragraph's end, nor past someone else named by a noun: "a man".)
        if (paragraphOf(k) !== paragraph || (ei < 0 && PEOPLE_NOUNS.test(w))) break;
        // (An object of the naming's own clause is someone else: "Vell described her as ...",
        // "Vell thanked him."; not a possessive: "Vell described her work".)
        if ((w === 'him' || (w === 'her' && OBJECT_FOLLOWERS.has(tokens[k + 1]?.lower ?? '.'))) && steps < 4 && !clauseBetween(tokens, countTokensBefore(tokens, mention.end), k)) { object = w === 'him' ? 'he' : 'she'; continue; }
        if (HE.has(w)) { if (object !== 'he') { he += vote; if (w === 'his') heOwns += vote; } break; }
        if (SHE.has(w)) { if (object !== 'she') { she += vote; if (w === 'her') sheOwns += vote; } break; }
      }
    }
    // (A possessive alone against the given name's usual gender in the lists of many origins,
    // "Dr Amit Rao said her case was ...": the name tells.)
    // ("Barry Vell said her case was ...": a name both lists give, usually a man's, tells too.)
    const given = b.name.split(/\s+/)[0];
    const world = worldNameGender(given) ?? leaningNameGender(given);
    if (he > she && !(he === heOwns && world === 'female')) b.gender = 'male';
    else if (she > he && !(she === sheOwns && world === 'male')) b.gender = 'female';
    else {
      // Last, the usual gender of the first name, from lists of names of many origins: "Priya Nair".
      const named = b.mentions.find((m) => m.kind !== 'pronoun' && m.kind !== 'role' && /\s/.test(m.text));
      // (Past initials before the given name, as South Indian names are written: "K. Tarun Okeke".)
      const words = named?.text.split(/\s+/) ?? [];
      while (words.length > 2 && /^(?:\p{Lu}\.)+$/u.test(words[0])) words.shift();
      const first = words[0];
      const marked = words.slice(1).find((w) => GENDERED_NAME_WORDS.has(w));
      // (Not a family name written first: "Liu Jianguo", "Park Geun-hye"; a Vietnamese name's
      // middle word tells, "Nguyen Thi Lan" a woman's, "Tran Van Minh" a man's.)
      if (first && EAST_ASIAN_SURNAMES.has(first)) b.gender = words.length >= 3 ? VIETNAMESE_MIDDLE.get(words[1]) ?? null : null;
      // (A word after the given name that only one gender bears: "Harjeet Kaur Sandhu", a Sikh
      // woman's; "Aminah binti Rashid" a daughter's, "Aziz bin Rashid" a son's.)
      else if (marked) b.gender = GENDERED_NAME_WORDS.get(marked)!;
      // (Not a weekday's name given as a name, "Sunday Okon", "Friday Ekpe": a man's or a woman's alike.)
      else if (first && !WEEKDAYS.has(first)) {
        b.gender = worldNameGender(first) ?? null;
        if (b.gender) GUESSED.add(b);
      }
    }
  }
}

/**
 * People (builders, then their entities) whose gender only the usual gender of their first name
 * in the lists of many origins gives, nothing in the article: a guess ("Dima", "Andrea" are men's
 * names in one language and women's in another), which pronoun resolution weighs as no gender
 * (genderGuessed). Weak: entities of earlier analyses are not kept.
 */
const GUESSED = new WeakSet<object>();

/** The person's gender is a guess from the first name alone (see GUESSED). */
export const genderGuessed = (e: object): boolean => GUESSED.has(e);

/** The entity built from `b` keeps its gender's being a guess. */
export function keepGuessedGender(b: object, e: object): void {
  if (GUESSED.has(b)) GUESSED.add(e);
}

/** How far past a quotation's opening mark its pronoun and verb of speech are looked for (inferGenders). */
const QUOTATION_REACH = 80;

/**
 * The subject pronoun of a verb of speech right after the quotation whose first quoted token is
 * tokens[k] ("..." he said, "...," she added), or null: the quotation is at most QUOTATION_REACH
 * tokens long.
 */
function pronounAfterQuotation(ctx: Merge['ctx'], k: number): 'he' | 'she' | null {
  const { tokens, n } = ctx;
  let j = k;
  while (j < n && j < k + QUOTATION_REACH && quotedAt(ctx, j)) j++;
  if (j >= n || quotedAt(ctx, j) || (tokens[j].text !== '"' && tokens[j].text !== '”')) return null;
  const w = tokens[j + 1]?.lower;
  if ((w !== 'he' && w !== 'she') || !speechVerbAt(tokens, j + 2)) return null;
  return w;
}

/** How many tokens a quotation inside a sentence may hold and be passed over (inferGenders). */
const PARTIAL_QUOTE_TOKENS = 30;

/**
 * Where the quotation opened at tokens[k] closes, within its sentence and PARTIAL_QUOTE_TOKENS:
 * the closing mark's index, or -1 (no opening mark, or no close in reach). Double marks close at
 * the next double mark; a single mark at a straight or curly one glued to the word before it.
 */
function partialQuoteEnd(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  const double = t.text === '"' || t.text === '“';
  if (!double && t.text !== '‘' && !opensSingleQuote(tokens, k)) return -1;
  for (let j = k + 1; j < tokens.length && j <= k + PARTIAL_QUOTE_TOKENS; j++) {
    const c = tokens[j];
    if (c.sentence !== t.sentence) return -1;
    if (double ? c.text === '"' || c.text === '”' : (c.text === "'" || c.text === '’') && c.start === tokens[j - 1].end) return j;
  }
  return -1;
}

/** Words after a given name that give its bearer's gender: "Kaur" a Sikh woman's, "binti" and "bint" a daughter's, "bin" and "ibn" a son's. */
const GENDERED_NAME_WORDS: ReadonlyMap<string, 'male' | 'female'> = new Map([['Kaur', 'female'], ['binti', 'female'], ['bint', 'female'], ['bin', 'male'], ['ibn', 'male']]);

/** A Vietnamese name's middle word that gives its gender: "Thi" a woman's, "Van" a man's. */
const VIETNAMESE_MIDDLE: ReadonlyMap<string, 'male' | 'female'> = new Map([['Thi', 'female'], ['Thị', 'female'], ['Van', 'male'], ['Văn', 'male']]);

/**
 * A straight single quote opening a quotation: after a space (or the text's start) and glued to
 * the word after it. "Rao said the street was in shock. 'She's a lovely lady,' he said": the
 * "she" in the quotation is someone else. (Not the apostrophe of a plural possessive,
 * "the Builders' Association", glued to the word before it.)
 */
function opensSingleQuote(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t.text !== "'") return false;
  const next = tokens[k + 1];
  return !!next && next.start === t.end && next.kind !== 'number' && !CLITICS.has(next.text) && (k === 0 || tokens[k - 1].end < t.start);
}
/** What follows a detached apostrophe in text tokenised with spaces ("Brink 's", "do n't"): no quotation. */
const CLITICS: ReadonlySet<string> = new Set(['s', 'S', 't', 'll', 're', 've', 'd', 'm']);

/** Words that open a relative clause after a naming: its nouns are not the person's. */
const RELATIVE: ReadonlySet<string> = new Set(['whose', 'who', 'whom', 'which', 'where']);

/** A comma, a semicolon or a conjunction between two tokens: the second may start a clause of its own. */
function clauseBetween(tokens: readonly { text: string; lower: string }[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (CLAUSE_BREAKS.has(tokens[k].lower)) return true;
  return false;
}
/** Words after "her" that make it an object, not a possessive: "told her that", "saw her." */
const OBJECT_FOLLOWERS: ReadonlySet<string> = new Set(['as', 'to', 'for', 'of', 'in', 'on', 'at', 'with', 'from', 'about', 'into', 'over', 'that', 'and', 'or', 'but', 'if', 'not', '.', ',', ';', ':', '?', '!', '"', '“', '”']);
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([',', ';', ':', '(', 'and', 'but', 'or', 'that', 'who', 'which', 'when', 'because', 'after', 'before', 'while']);

function countTokensBefore(tokens: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
