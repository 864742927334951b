// Reads one run of capitalised words as a name, or as none: the recognisers in order.
import { isFirstName, nameGender, worldNameGender } from '../../lexicon/lexicon';
import type { EntityType } from '../../types';
import type { EntityContext } from '../context';
import type { Scan } from '../runs';
import { lineOfTwo, speechVerbAt } from '../tests';
import { REJECT_RULES, SPLIT_RULES, titleCue, trimEdges, TYPE_RULES } from './index';
import { EAST_ASIAN_SURNAMES, NAME_PARTICLES, POST_NOMINALS, QUOTE_MARKS } from '../words';
import type { Run, Typing } from './rule';

/**
 * A sports report's results and standings rows name their sides ("Mladost ( BJ ) 3 Partizan
 * 1"): a side's name may run on past the capitalised words.
 */
function teamRun(ctx: EntityContext, scan: Scan, a: number, b: number, sentStart: number): void {
  const { teamAt, n } = ctx;
  let e = a;
  while (e < b && teamAt[e]) e++;
  if (e === b) while (e < n && teamAt[e]) e++;
  scan.consumed = Math.max(scan.consumed, e);
  scan.candidates.push({ start: a, end: e, type: 'organization', strength: 3, role: null, agency: false, gender: null, rule: 'sports-side' });
  if (e < b) considerRun(ctx, scan, e, b, sentStart);
}

/** Words inside a name, before its last, that tell its bearer's gender: an Irish family name's particle, a South Asian middle name, a patronymic's. */
const MIDDLE_GENDER: ReadonlyMap<string, 'male' | 'female'> = new Map([['Ní', 'female'], ['Nic', 'female'], ['Ó', 'male'], ['Ua', 'male'],
  ['Singh', 'male'], ['Kumar', 'male'], ['Kaur', 'female'], ['Kumari', 'female'], ['Devi', 'female'], ['bin', 'male'], ['ibn', 'male'], ['binti', 'female'], ['bint', 'female']]);
/** Last words of a name that tell a woman's: "Harpreet Kaur", "Sunita Devi". */
const LAST_FEMALE = new Set(['Kaur', 'Devi', 'Kumari']);

/**
 * A particle or a middle name tells the gender where the first name does not: an Irish family
 * name's "Ní" and "Nic" a woman's ("Órlaith Ní Bhriain"), "Ó" and "Ua" a man's ("Ciarán Ó Sé");
 * "Singh" or "Kumar" between the given name and the family name a man's ("Pradeep Singh Rawat"),
 * "Kaur", "Devi" or "Kumari" a woman's, last too ("Harpreet Kaur"); "bin" a son's, "binti" a
 * daughter's. ("Singh" last says nothing: women bear it as a family name.)
 */
function particleGender(tokens: EntityContext['tokens'], a: number, b: number): 'male' | 'female' | null {
  for (let k = a + 1; k < b - 1; k++) {
    const g = MIDDLE_GENDER.get(tokens[k].text);
    if (g) return g;
  }
  return b - a >= 2 && LAST_FEMALE.has(tokens[b - 1].text) ? 'female' : null;
}

/**
 * The gender the usual gender of the given name gives, where a second given name before the
 * family name does not give the other one: "Rana Tariq Naveed" and "Jose Maria Ortiz" tell none
 * (a name that is a woman's in one language is a man's first of two in another); "Mary Ann
 * Pell" a woman's.
 */
function givenNameGender(tokens: EntityContext['tokens'], given: number, b: number): 'male' | 'female' | undefined {
  const g = nameGender(tokens[given].text);
  const second = given + 2 < b ? tokens[given + 1].text : '';
  const other = second && /^\p{Lu}\p{Ll}+$/u.test(second) ? nameGender(second) ?? worldNameGender(second) : undefined;
  return other && g && other !== g ? undefined : g;
}

/** The first quotation mark among tokens[a, b) (opening a nickname inside the name), or -1. */
function nicknameAt(tokens: EntityContext['tokens'], a: number, b: number): number {
  for (let k = a + 1; k < b; k++) if (tokens[k].kind === 'punct' && QUOTE_MARKS.has(tokens[k].text)) return k;
  return -1;
}

export function considerRun(ctx: EntityContext, scan: Scan, a0: number, b0: number, sentStart: number): void {
  const { text, tokens, n } = ctx;
  if (ctx.teamAt[a0]) { teamRun(ctx, scan, a0, b0, sentStart); return; }
  const { a: at, b, orgHint, mediaNext } = trimEdges.trim(ctx, a0, b0, sentStart);
  if (at >= b) return;
  for (const rule of REJECT_RULES) if (rule.rejects(ctx, at, b, sentStart, a0)) return;
  for (const rule of SPLIT_RULES) {
    const k = rule.splitAt(ctx, at, b);
    if (k >= 0) {
      considerRun(ctx, scan, at, k, sentStart);
      considerRun(ctx, scan, k, b, sentStart);
      return;
    }
  }
  const { a, nameStart, role, gender } = titleCue.read(ctx, at, b, sentStart);
  // (No name opens with a sign: "Priest & Washington" is a junction, no priest's name.)
  if (nameStart >= b || tokens[nameStart].kind !== 'word') return;
  const next = b < n ? tokens[b].lower : '';
  // (A member's or an honour's letters trimmed off the name stand between it and its verb:
  // "Llyr ab Iestyn MS said".)
  let verbAt = b;
  while (verbAt < n && verbAt < b + 2 && POST_NOMINALS.has(tokens[verbAt].text)) verbAt++;
  const run: Run = {
    a, b, origA: a0, sentStart, nameStart, role, gender, orgHint, mediaNext, next,
    name: text.slice(tokens[nameStart].start, tokens[b - 1].end),
    words: b - nameStart,
    lastLower: tokens[b - 1].lower,
    prev: a > 0 ? tokens[a - 1].lower : '',
    next2: b + 1 < n ? tokens[b + 1].lower : '',
    speechNext: speechVerbAt(tokens, verbAt) && !((next === 'reported' || next === 'reports') && !isFirstName(tokens[nameStart].text)) && !lineOfTwo(ctx, a, b),
    firstName: isFirstName(tokens[nameStart].text),
  };
  let typing: Typing | null = null;
  let rule = '';
  for (const r of TYPE_RULES) {
    typing = r.type(ctx, run);
    if (typing) { rule = r.id; break; }
  }
  const t = typing!;
  // (A family name's particle, "Di Varenna", is no first name: it tells no gender; nor a family
  // name written first, as Chinese, Korean and Vietnamese names are: "Park Geun-hye", "Liu Jianguo".)
  const familyFirst = EAST_ASIAN_SURNAMES.has(tokens[nameStart].text) && !isFirstName(tokens[nameStart + 1]?.text ?? '');
  // (A nickname in quotation marks follows the given name: in 'Marine Tomas "Tam" Hale' the given
  // name is "Tomas".)
  const given = nicknameAt(tokens, nameStart, b) - 1;
  const g = t.type === 'person' && !gender && b - nameStart >= 2 && !NAME_PARTICLES.has(tokens[nameStart].lower) && !familyFirst ? givenNameGender(tokens, given >= nameStart ? given : nameStart, b) ?? particleGender(tokens, nameStart, b) : gender;
  scan.candidates.push({ start: nameStart, end: b, type: (t.type ?? 'organization') as EntityType, strength: t.strength, role, agency: !!t.agency, gender: g, rule, weak: !t.type });
}
