// What the entity recognisers read: built once per analysis (buildEntityContext).
import { readSportsReport, scoreAt, SPORTS_WORDS } from './sports';
import type { EntityType, Structure, Token } from '../types';
import { isCapWord } from '../text/words';
import { COMMON_WORDS, isKnownPlace, isPlainFirstName, ORG_WORDS, TITLE_WORDS } from '../lexicon/lexicon';
import { MONTHS } from '../text/words';
import { OPENING_MARKS, WEEKDAYS } from './words';
import { codeAt, hasLineBreak } from '../text/strings';

/** A name found in the text, before names are merged into entities. */
export interface Candidate {
  start: number; // token index, inclusive
  end: number; // token index, exclusive
  type: EntityType;
  strength: number; // how sure the type is: 3 gazetteer/title, 2 cue, 1 default
  role: string | null;
  agency: boolean;
  gender: 'male' | 'female' | null;
  /** The id of the recogniser that gave the type. */
  rule: string;
  /** No evidence but capitals: a mention of an entity the article names otherwise, or nothing. */
  weak?: boolean;
}

export interface EntityContext {
  readonly text: string;
  readonly structure: Structure;
  readonly tokens: readonly Token[];
  readonly n: number;
  /** The article is a sports report (results, standings, line-ups). */
  readonly sportsDoc: boolean;
  /** Token is in a team line-up / the start of a side's name in a results or standings row. */
  readonly lineUp: Uint8Array;
  readonly teamAt: Uint8Array;
  /** Words this article writes in lower case somewhere: a capitalised one at a sentence start is no name. */
  readonly lowerVocab: ReadonlySet<string>;
  /** Capitalised words seen in mid-sentence: evidence that a word is a name. */
  readonly midSentenceCaps: ReadonlySet<string>;
  /**
   * Family names the article gives after a first name ("Lena Early", "Ann Little"): alone
   * later ("says Early"), such a word is the person's, though it is an everyday word too.
   */
  readonly surnames: ReadonlySet<string>;
  /** The first names before those surnames: "Gareth" of "Gareth Pryce". */
  readonly givenNames: ReadonlySet<string>;
  /** Acronyms the text spells out in lower-case words (computed on first use). */
  termAcronyms?: Set<string>;
  /** Names the article gave a vessel or an aircraft (vehicle-name), so a later mention stays the craft's. */
  vehicleNames?: Set<string>;
  /** Names the article gave an animal (animal-name), so a later mention stays the animal's. */
  animalNames?: Set<string>;
  /** Which tokens stand inside a quotation in double marks, within their paragraph: computed on first use (quotedAt). */
  quoted?: Uint8Array;
  /** Names described in apposition as a work or an event (rule work-title), so their later mentions are none either. */
  workNames?: Set<string>;
  /** The first parties of the legal cases the article cites ("Quarle v. Harlow"), read on first use (rule work-title). */
  caseNames?: Set<string>;
  /** Names the article gave a storm ("Storm Velma", "Hurricane Tomas"), read on first use (storm-name). */
  stormNames?: Set<string>;
  /** In a sports report, the plurals the article uses alone as a side's name ("the Tigers", "Panthers coach"), read on first use (club-naming). */
  sideNicknames?: ReadonlySet<string>;
  /** Whether a nation's name that is a given name too is used as a place anywhere in the article, by name, read on first use (given-alone.ts placeUseOf). */
  nationPlaces?: Map<string, boolean>;
  /** How often each nationality's word and the word after it stand together in the article ("American Velsk"), counted on first use (trim.ts). */
  demonymPairs?: Map<string, number>;
  /** No names in the footer, inside URLs, or in a party-and-state tag: "(D-N.Y.)". */
  readonly excluded: Uint8Array;
}

/**
 * A straight or right single mark with a space before it opens a quotation (": 'Ask me in May.'");
 * after a word it is an apostrophe. (gender.ts's opensSingleQuote asks more of a mark: the word
 * after it glued to it, no clitic; here a space after it still opens, as text tokenised with
 * spaces writes it.)
 */
function openingMark(tokens: readonly Token[], k: number): boolean {
  return (tokens[k].text === "'" || tokens[k].text === '’') && (k === 0 || tokens[k - 1].end < tokens[k].start);
}

/** A list's bullet at token k, first on its line: "- Ferries cancelled", "• Schools closed". */
function bulletAt(text: string, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k].text;
  if (t !== '-' && t !== '•' && t !== '*' && t !== '–' && t !== '—' && t !== '·') return false;
  return k === 0 || hasLineBreak(text, tokens[k - 1].end, tokens[k].start);
}

/** A word that may be a family name: no weekday or month, no organisation's word, no known place. */
function plainSurname(t: Token): boolean {
  return !WEEKDAYS.has(t.text) && !MONTHS.has(t.text) && !ORG_WORDS.has(t.lower) && !isKnownPlace(t.text);
}

/**
 * A party and a state after a name, in brackets or, as AP writes it, between commas: "(D-Ohio)",
 * "Tomas Brink, D-N.Y., said". (Each alternative opens with a literal character, so the scan
 * skips ahead to a bracket or a comma; a look-behind for the comma had tested every position,
 * fifteen times the time.)
 */
const TAG = /\((?:D|R|I)-[A-Z][A-Za-z.]{0,12}\)|, ((?:D|R|I)-[A-Z][A-Za-z.]{0,12})(?=[,;\s]|$)/g;

/** British parties as a member's tag abbreviates them: "(Lab)", "(Con)", "(Lib Dem)". */
const UK_PARTIES = 'Lab|Con|LD|Lib Dem|SNP|Green|PC|Plaid|DUP|SDLP|UUP|SF|Alliance|Ind|Reform|Alba|Lab Co-op';
/**
 * A member's party tag after the name, and the seat with it, as parliamentary reports write
 * them: "Dana Ruiz (Harlow North) (Lab)", "Dana Ruiz (Lab, Harlow North)": no names of their own.
 */
const MEMBER_TAG = new RegExp(`\\((?:${UK_PARTIES})(?:,\\s*[A-Z][^()\\r\\n]{0,40})?\\)|\\([A-Z][^()\\r\\n]{0,40}\\)(?=\\s*\\((?:${UK_PARTIES})\\))`, 'g');

export function buildEntityContext(text: string, structure: Structure): EntityContext {
  const { tokens, sentences } = structure;
  const n = tokens.length;
  // The words the article writes in lower case; and, in the same pass, what tells a sports
  // report: the words of matches and the scores.
  const lowerVocab = new Set<string>();
  let sportsWords = 0;
  let scores = 0;
  let words = 0;
  for (let k = 0; k < n; k++) {
    const t = tokens[k];
    if (t.kind !== 'word') {
      if (t.kind === 'number' && scoreAt(tokens, k)) scores++;
      continue;
    }
    words++;
    if (SPORTS_WORDS.has(t.lower)) sportsWords++;
    const c = codeAt(t.text, 0);
    if (c >= 97 && c <= 122) lowerVocab.add(t.text);
    else if (c > 127 && t.text.charAt(0) === t.text.charAt(0).toLowerCase()) lowerVocab.add(t.text);
  }
  const { sportsDoc, lineUp, teamAt } = readSportsReport(tokens, sentences, { sportsWords, scores, words });
  const midSentenceCaps = new Set<string>();
  const surnames = new Set<string>();
  const givenNames = new Set<string>();
  for (const s of sentences) {
    for (let k = s.firstToken + 1; k < s.endToken; k++) {
      const prev = tokens[k - 1];
      if (!isCapWord(tokens[k])) continue;
      if (!(prev.kind === 'punct' && ((OPENING_MARKS.has(prev.text) && prev.text !== "'") || prev.text === ':' || openingMark(tokens, k - 1) || bulletAt(text, tokens, k - 1)))) midSentenceCaps.add(tokens[k].text);
      // (A first name that is no everyday word, then this word, then no more capitals; a title
      // may stand before, "Captain Lena Early", or an everyday word opening the sentence, "When
      // Lena Early inherited".)
      if (isCapWord(prev) && prev.end < tokens[k].start && !(k + 1 < s.endToken && isCapWord(tokens[k + 1])) && !(k - 2 >= s.firstToken && isCapWord(tokens[k - 2]) && !TITLE_WORDS.has(tokens[k - 2].lower) && !(k - 2 === s.firstToken && COMMON_WORDS.has(tokens[k - 2].lower))) && isPlainFirstName(prev.text) && plainSurname(tokens[k])) {
        surnames.add(tokens[k].text);
        givenNames.add(prev.text);
      }
    }
  }
  const excluded = new Uint8Array(n);
  const tags: { start: number; end: number }[] = [];
  TAG.lastIndex = 0;
  for (let m = TAG.exec(text); m; m = TAG.exec(text)) {
    // (Between commas, the tag starts after the comma and its space.)
    const start = m[1] ? m.index + 2 : m.index;
    tags.push({ start, end: m.index + m[0].length });
  }
  MEMBER_TAG.lastIndex = 0;
  for (let m = MEMBER_TAG.exec(text); m; m = MEMBER_TAG.exec(text)) tags.push({ start: m.index, end: m.index + m[0].length });
  // (A page's boilerplate names no one in the story: a share bar's "Facebook", a breadcrumb's "News".)
  const boilerplate = structure.furniture.filter((f) => f.kind === 'boilerplate');
  const spans = [...structure.links, ...(structure.footer ? [structure.footer] : []), ...tags, ...boilerplate].sort((x, y) => x.start - y.start);
  let k = 0;
  for (const sp of spans) {
    while (k > 0 && tokens[k - 1].end > sp.start) k--;
    while (k < n && tokens[k].end <= sp.start) k++;
    for (let j = k; j < n && tokens[j].start < sp.end; j++) excluded[j] = 1;
  }
  return { text, structure, tokens, n, sportsDoc, lineUp, teamAt, lowerVocab, midSentenceCaps, surnames, givenNames, excluded };
}
