// Whether a run of capitalised words is shaped like a person's name, with nothing else to go on;
// and the shapes the typing rules read beside it that make such a run no one: a preposition of
// where before it (whereShaped), a nation's name closing it (NATION_LAST), an office's short title
// closing it (OFFICE_SHORT), a side's word alone in a sports report (sideWordAlone), what a place has (placeByWhatItHas).
import { COMMON_WORDS, isKnownPlace, isNation, isPlainFirstName, KNOWN_ORGS, looksDemonym, lowerWord } from '../../lexicon/lexicon';
import { isAllCaps } from '../../text/words';
import { COMPASS, NOT_SURNAMES, PLACE_HOLDERS, PLACE_LAST, PLACE_POSSESSIONS, STREET_WORDS, US_POSTAL } from '../words';
import type { EntityContext } from '../context';
import { CLUB_LAST } from '../sports';
import type { Run } from './rule';

/** A family name after initials: mixed case, no everyday word, no place ("MK Stalin"; not "UC Berkeley", "HP Way"). */
const plainFamilyName = (w: string): boolean => !isAllCaps(w) && !COMMON_WORDS.has(lowerWord(w)) && !PLACE_LAST.has(lowerWord(w)) && !STREET_WORDS.has(lowerWord(w)) && !isKnownPlace(w);

/**
 * Shaped like a person's name, with nothing else to go on: every word capitalised letters
 * ("Oyelaran Adebayo", "DeShawn Varley", "Tobias K. Marr III"), none an everyday word ("Harbour
 * Lab", "Northern Golden Age"), an acronym, a number or an ampersand. A first name may be an
 * everyday word in mid-sentence ("Rush Tolliver", "Duke Ambrose"), not where a sentence or a
 * heading opens with it ("Combat Kelvara").
 */
export function personShaped(ctx: EntityContext, r: Run): boolean {
  // ("Harlow General", "Velmora Central": a hospital's or a station's name, no one's.)
  if (NOT_SURNAMES.has(r.lastLower)) return false;
  // ("Senate Democrat Maria Orvell": a first name and a surname inside, after a description.)
  for (let k = r.nameStart + 1; k < r.b - 1; k++) if (isPlainFirstName(ctx.tokens[k].text)) return true;
  for (let k = r.nameStart; k < r.b; k++) {
    const w = ctx.tokens[k].text;
    if (k > r.nameStart && /^(?:[IVX]+|Jr\.?|Sr\.?)$/.test(w)) continue;
    // ("Karim al-Tahan", "Pieter van Lunde": a particle inside a name.)
    if (k > r.nameStart && /^(?:al|el|ad|as|ash|az|bin|ibn|abu|van|von|de|da|di|du|del|della|der|den|le|la|dos|das|ter|ten)(?:[-'’]\p{Lu}[\p{L}'’-]*)?$/u.test(w)) continue;
    // ("MK Stalin", "PV Sindhu": two initials in capitals before a family name, as South Asian copy writes them.)
    const initials = k === r.nameStart && r.b - k === 2 && /^[A-Z]{2}$/.test(w) && !US_POSTAL.test(w) && !isKnownPlace(w) && plainFamilyName(ctx.tokens[k + 1].text);
    // ("C.J. Quillan": initials joined by their stops, no place's or body's, "U.S.", "U.N.".)
    const joined = k === r.nameStart && /^(?:\p{Lu}\.){2,3}$/u.test(w) && !isKnownPlace(w) && !isKnownPlace(w.replace(/\./g, '')) && !KNOWN_ORGS.has(w.replace(/\./g, ''));
    if (!/^\p{Lu}[\p{L}'’.-]*$/u.test(w) || (w.length >= 2 && isAllCaps(w) && !/^\p{Lu}\.$/u.test(w) && !initials && !joined)) return false;
    const lw = lowerWord(w);
    // ("Northern Powergrid", "Western Railfreight": a region's adjective opens no one's name;
    // nor does a compass word, "East Velmark", "South Quarrenby": a region's name.)
    if (k === r.nameStart && COMPASS.has(lw)) return false;
    if (lw.length < 4 || !COMMON_WORDS.has(lw) || isPlainFirstName(w)) continue;
    if (k === r.nameStart && k < r.b - 1 && r.nameStart > r.sentStart) continue;
    return false;
  }
  return true;
}

/** Prepositions of where that rarely take a person, before a name no first name opens: it is a place ("beyond Trwyn Llwyd"). */
const WHERE_PREPOSITIONS = new Set(['below', 'beneath', 'above', 'beyond', 'along', 'via']);

/**
 * "between Porth Carreg and Cable Bay": after "between", a name is a place where the name after
 * its "and" ends in a place's word or is a known place (up to four capitalised words).
 */
function betweenPlaces(ctx: EntityContext, r: Run): boolean {
  const { tokens } = ctx;
  if (r.prev !== 'between' || tokens[r.b]?.lower !== 'and') return false;
  let e = r.b + 1;
  while (e < r.b + 5 && e < tokens.length && /^\p{Lu}/u.test(tokens[e].text) && tokens[e].kind === 'word') e++;
  if (e === r.b + 1) return false;
  return PLACE_LAST.has(tokens[e - 1].lower) || isKnownPlace(ctx.text.slice(tokens[r.b + 1].start, tokens[e - 1].end));
}

/** A name shaped like someone's is where, rarely who, after these words: "at Quarle Park", "beyond Trwyn Llwyd", "between Porth Carreg and Cable Bay". */
export function whereShaped(ctx: EntityContext, r: Run): boolean {
  return r.prev === 'at' || WHERE_PREPOSITIONS.has(r.prev) || betweenPlaces(ctx, r);
}

/** Offices shortened before a name: "Gov.", "Sen.", "Rep.". */
export const OFFICE_SHORT = /^(?:gov|sen|rep|lt|atty|supt|insp)\.$/;

/** A nation's name, in English or its own language ("Cymru", "Éire", "Alba"), that closes a body's name: "Tarmac Cymru". */
export const NATION_LAST = (w: string): boolean => isNation(w) || w === 'Cymru' || w === 'Éire' || w === 'Alba';

/** In a sports report, a side's word alone ("Town", "City", "Rovers"): the side, no one. */
export const sideWordAlone = (ctx: EntityContext, r: Run): boolean => ctx.sportsDoc && r.words === 1 && CLUB_LAST.has(r.lastLower);

/** The people who live in a place, by its name before them: "Kelby residents" (not "voters", "fans": a candidate's or a star's too). */
const LOCAL_PEOPLE: ReadonlySet<string> = new Set(['residents', 'villagers', 'townspeople', 'townsfolk', 'householders', 'households', 'ratepayers', 'taxpayers', 'commuters', 'councillors']);

/** Nouns for someone or something local, after "a" and a place: "a Kelby man", "a Kelby estate". */
const LOCAL_NOUNS: ReadonlySet<string> = new Set(['man', 'woman', 'boy', 'girl', 'teenager', 'couple', 'family', 'pensioner', 'grandmother', 'grandfather',
  'mother', 'father', 'resident', 'estate', 'street', 'village', 'suburb', 'school', 'pub', 'shop', 'hospital', 'care', 'nursing', 'primary',
  'tower', 'block', 'flat', 'farm', 'factory', 'church', 'hotel', 'restaurant', 'cafe', 'building', 'beach', 'park', 'library', 'road']);

/** The one word of run r is a place by what it has, after its possessive ("Kelby's mayor", "Kelby's new mayor") or before "of" ("the mayor of Kelby"), or by who is from it ("a Kelby man"). */
export function placeByWhatItHas(ctx: EntityContext, r: Run): boolean {
  const t = ctx.tokens;
  // (Or where two people named before live: "Imran and Asif Malik, both of Kelby, were ...".)
  if (r.prev === 'of') return r.a >= 2 && (PLACE_POSSESSIONS.has(t[r.a - 2].lower) || PLACE_HOLDERS.has(t[r.a - 2].lower) || (t[r.a - 2].lower === 'both' && t[r.a - 3]?.text === ','));
  // ("A Kelby man has been jailed", "a Kelby estate": where someone or something local is from.)
  if (r.prev === 'a' || r.prev === 'an') return LOCAL_NOUNS.has(r.next) && t[r.b].text === r.next && !looksDemonym(r.name.slice(r.name.lastIndexOf('-') + 1));
  // ("Kelby residents", "Kelby ratepayers": the people who live there, by the place's name.)
  if (LOCAL_PEOPLE.has(r.next) && t[r.b]?.text === r.next) return true;
  if (r.next !== "'s" && r.next !== '’s') return false;
  for (let k = r.b + 1; k < r.b + 4 && k < ctx.n && t[k].kind === 'word' && t[k].text === t[k].lower; k++) if (PLACE_POSSESSIONS.has(t[k].lower)) return true;
  return false;
}

/** Words of going before "from" that make what follows it where: "set off from Kelby", "ten miles from Kelby", "fled from Kelby". */
const GOING_FROM = new Set(['off', 'out', 'away', 'travelled', 'traveled', 'drove', 'walked', 'flew', 'sailed', 'cycled', 'fled', 'departed', 'evacuated',
  'relocated', 'moved', 'miles', 'kilometres', 'kilometers', 'km', 'metres', 'meters', 'minutes', 'hours', 'north', 'south', 'east', 'west',
  // ("came from Kelby", "hails from Kelby", "returned home from Kelby", "reporting from Kelby".)
  'came', 'comes', 'come', 'coming', 'hails', 'hailed', 'hailing', 'returned', 'returning', 'arrived', 'arriving', 'home', 'reporting', 'reports', 'live']);

/** Words before "at" that make what it names a place: being or arriving there, or something that happens or stands there ("were at Kelby", "the line at Kelby", "a rally at Kelby"). */
const AT_PLACE_BEFORE = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'based', 'held', 'arrived', 'arriving', 'landed', 'stopped', 'stayed', 'staying',
  'born', 'died', 'line', 'lines', 'rally', 'scene', 'fire', 'blaze', 'crash', 'camp', 'base', 'summit', 'vigil', 'protest', 'festival', 'service', 'station']);

/** The run at a follows "at" after a word of being or arriving there or of what happens there: "held the line at Kelby", "were at Kelby" is where, though a list holds "Kelby" as a given name ("threw a glass at Dana" is not). */
export const atPlace = (tokens: EntityContext['tokens'], a: number): boolean => a >= 2 && tokens[a - 1].lower === 'at' && AT_PLACE_BEFORE.has(tokens[a - 2].lower);

/** The run at a follows "from" after a word of going: "set off from Kelby" is a place, though a list holds "Kelby" as a given name ("a letter from Diana" is not). */
export const goneFrom = (tokens: EntityContext['tokens'], a: number): boolean => a >= 2 && tokens[a - 1].lower === 'from' && GOING_FROM.has(tokens[a - 2].lower);

/** A given name alone between "a" and a word in lower case modifies what follows ("a Kelby software firm"): a place's or a firm's name, never a person named there. */
export const modifierAfterA = (ctx: EntityContext, r: Run): boolean => (r.prev === 'a' || r.prev === 'an') && r.words === 1 && ctx.tokens[r.b]?.kind === 'word' && ctx.tokens[r.b].text === ctx.tokens[r.b].lower;
