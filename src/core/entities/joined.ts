// Names with "and" inside them: an institution's ("Futures and Options Exchange"), a body two
// areas share ("Quarle and Velby Police"), a portfolio of two parts before a minister's title
// ("Mineral Resources and Energy Minister") or after one's "for" ("Minister for Energy and Telecom").
import { isFirstName, isKnownPlace, isPlainFirstName, lowerWord, ORG_WORDS, TITLE_WORDS, worldNameGender } from '../lexicon/lexicon';
import { isCapWord } from '../text/words';
import type { EntityContext } from './context';
import { isKnownName } from './tests';
import { INSTITUTION_WORDS, POSSESSIVE_MARKS } from './words';

/**
 * "Test and County Cricket Board", "Futures and Options Exchange": an institution's name with
 * "and" in it. The words before "and" must not name something of their own. Where the run goes
 * on (past the "and", or to the institution's word over a possessive inside), else -1.
 */
export function institutionAfterAnd(ctx: EntityContext, a: number, andAt: number, to: number): number {
  const { tokens, text } = ctx;
  const before = tokens[andAt - 1].text;
  if (twoAreasServed(ctx, a, andAt, to)) return andAt + 1;
  // ("The United States and European Union": two known names, whatever opens the sentence.)
  const from = a + 1 < andAt && tokens[a].lower === 'the' ? a + 1 : a;
  // ("Royal Harlow and Women's Hospital", "the Nurses and Midwives' Union": a possessive after
  // "and" before the institution's word joins the two, a place's name before "and" too.)
  let e = andAt + 1;
  let owned = false;
  for (; e < to && e < andAt + 6; e++) {
    if (isCapWord(tokens[e])) continue;
    if (e > andAt + 1 && POSSESSIVE_MARKS.has(tokens[e].text) && e + 1 < to && isCapWord(tokens[e + 1])) { owned = true; continue; }
    break;
  }
  // ("Harlow Fire and Rescue Service Commissioner Tomas Brink": the name ends at its institution's
  // word where a title's word follows it, the title and its holder read on their own; not two
  // offices' holder, "Harlow Gov. and Velcor Party Chair Tomas Brink".)
  if (!owned && !TITLE_WORDS.has(lowerWord(before))) {
    for (let m = andAt + 2; m < e - 1; m++) if (INSTITUTION_WORDS.has(tokens[m].lower) && TITLE_WORDS.has(tokens[m + 1].lower) && !INSTITUTION_WORDS.has(tokens[m + 1].lower)) { e = m + 1; break; }
  }
  if (!(owned && andAt - from >= 2) && (isKnownName(before) || isFirstName(before))) return -1;
  if (ORG_WORDS.has(lowerWord(before)) || isKnownName(text.slice(tokens[from].start, tokens[andAt - 1].end))) return -1;
  if (e === andAt + 1 || isKnownName(tokens[andAt + 1].text) || isFirstName(tokens[andAt + 1].text) || isKnownName(text.slice(tokens[andAt + 1].start, tokens[e - 1].end))) return -1;
  // (The run goes on to the institution's word, over the possessive, where one is inside.)
  if (INSTITUTION_WORDS.has(tokens[e - 1].lower)) return owned ? e : andAt + 1;
  return owned && ORG_WORDS.has(tokens[e - 1].lower) ? e : -1;
}

/** A public service two areas share, by its word after their names: "Quarle and Velby Police", "the Royal Devon and Exeter Hospital". */
const AREA_SERVICES = new Set(['police', 'constabulary', 'fire', 'ambulance', 'council', 'nhs', 'health', 'rescue', 'hospital', 'hospitals', 'infirmary']);

/**
 * "Quarle and Velby Police", "Harlow and Isle of Velby Constabulary", "the Royal Devon and
 * Exeter Hospital": one place's name before "and" (the run's only word, or after "Royal"),
 * another's after it, then a police force's, a fire service's, a council's or a hospital's word:
 * one body the two areas share, no place and a body.
 */
function twoAreasServed(ctx: EntityContext, a: number, andAt: number, to: number): boolean {
  const { tokens } = ctx;
  const first = tokens[a].text === 'Royal' || (tokens[a].lower === 'the' && tokens[a + 1]?.text === 'Royal') ? andAt - 1 : a;
  // (After "Royal", any word: a county the gazetteer may not hold, "Devon".)
  // (Or two areas no gazetteer holds, the second no first name: "Kelby and Harlow NHS Foundation Trust".)
  const unknown = first === a && !isKnownPlace(tokens[first].text) && !isFirstName(tokens[andAt + 1].text);
  if (andAt !== first + 1 || !(isKnownPlace(tokens[first].text) || first !== a || unknown) || andAt + 2 >= to) return false;
  for (let e = andAt + 2; e < to && e <= andAt + 4 && (isCapWord(tokens[e]) || tokens[e].lower === 'of'); e++) {
    if (AREA_SERVICES.has(tokens[e].lower)) return unknown ? e === andAt + 2 && !isKnownName(tokens[first].text) : isKnownPlace(ctx.text.slice(tokens[andAt + 1].start, tokens[e - 1].end));
  }
  return false;
}

/**
 * "Mineral Resources and Energy Minister Tomas Brink": a portfolio of two parts joined by "and"
 * (at andAt) before a minister's title and a name; the title's index, or -1 (the first part
 * alone is no body).
 */
export function portfolioHeadAfterAnd(ctx: EntityContext, a: number, andAt: number, to: number): number {
  const { tokens } = ctx;
  for (let k = a; k < andAt; k++) if (!isCapWord(tokens[k]) || isPlainFirstName(tokens[k].text) || isKnownName(tokens[k].text)) return -1;
  for (let e = andAt + 1; e + 1 < to && e < andAt + 5 && isCapWord(tokens[e]); e++) {
    if (isPlainFirstName(tokens[e].text) || isKnownName(tokens[e].text)) return -1;
    // (Not a service's name before its title: "Harlow Fire and Emergency Services Commissioner".)
    if (e > andAt + 1 && PORTFOLIO_HOLDERS.has(tokens[e].lower)) return isCapWord(tokens[e + 1]) && !INSTITUTION_WORDS.has(tokens[e - 1].lower) ? e : -1;
  }
  return -1;
}

/** The title's index of a portfolio in two parts opening the run tokens[a, b) ("Health and Social Care Secretary ..."), or -1. */
export function twoPartPortfolioHead(ctx: EntityContext, a: number, b: number): number {
  for (let m = a + 1; m < b - 3 && m <= a + 3; m++) if (ctx.tokens[m].lower === 'and') return portfolioHeadAfterAnd(ctx, a, m, b);
  return -1;
}

/** The titles a portfolio stands before: "Energy Minister", "Health Secretary", "Education MEC". */
const PORTFOLIO_HOLDERS = new Set(['minister', 'secretary', 'mec', 'commissioner', 'spokesperson', 'spokesman', 'spokeswoman']);

/** How many capitalised words a part of an office's portfolio may have: "IT", "Social Care", "Mineral Resources". */
const PORTFOLIO_PART = 3;

/**
 * "Minister for Energy and Telecom Shaza Karim", "Secretary of State for Health and Social Care
 * Dana Ruiz": an office's portfolio after "for" in two parts joined by "and" (at andAt), then a
 * given name: the run goes on over the "and", for title-cue to read the whole office.
 */
export function portfolioForAnd(ctx: EntityContext, a: number, andAt: number, to: number): boolean {
  const { tokens } = ctx;
  // (The run opens after "for": "Minister for" stands before it, read back by title-cue.)
  if (andAt - a > PORTFOLIO_PART || a < 2 || tokens[a - 1].lower !== 'for') return false;
  for (let k = a; k < andAt; k++) if (!isCapWord(tokens[k]) || isFirstName(tokens[k].text)) return false;
  const holder = tokens[a - 2].lower;
  if (!(PORTFOLIO_HOLDERS.has(holder) || holder === 'member' || holder === 'state')) return false;
  for (let e = andAt + 1; e + 1 < to && e <= andAt + PORTFOLIO_PART && isCapWord(tokens[e]); e++) if (e > andAt + 1 && (isFirstName(tokens[e].text) || !!worldNameGender(tokens[e].text)) && isCapWord(tokens[e + 1])) return true;
  return false;
}
