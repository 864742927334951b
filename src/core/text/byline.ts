// Bylines: who wrote the article, and the words in a byline that name no one.
import type { TextSpan } from '../types';
import { NEWSPAPER_LAST, PAPER_AFTER_THE } from '../entities/words';
import { AGENCIES, COMMON_WORDS, isFirstName, isKnownPlace, KNOWN_ORGS, lowerWord, NEWSROOM_JOBS, ORG_WORDS, worldNameGender } from '../lexicon/lexicon';

/** A byline's words for a desk rather than a job ("Staff", "Foreign Desk"): with NEWSROOM_JOBS, they name no author. */
const BYLINE_DESKS = new Set(['staff', 'desk', 'bureau', 'team', 'service', 'newsroom', 'intern', 'interns']);

/** A byline's words that name no author: a job title or desk ("Senior Political Editor"), or an agency or outlet ("Associated Press"). */
export function notAnAuthor(name: string): boolean {
  // ("By Ilse Brinkova, The Canadian Press": no one's name opens with "The".)
  if (AGENCIES.has(name) || KNOWN_ORGS.has(name) || /^The\s/.test(name)) return true;
  return name.split(/\s+/).some((w) => { const lw = lowerWord(w); return NEWSROOM_JOBS.has(lw) || BYLINE_DESKS.has(lw); });
}

/** A name's shape, two to four capitalised words, perhaps all in capitals: "Rhys Colby", "LENA EARLY". */
const BARE_NAME = /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}\.?)?(?: \p{Lu}[\p{L}'’-]+){1,2})(?:\s*[,|]\s*|\r?\n)?(.{0,60})$/u;

/**
 * A line that is only a reporter's name, perhaps with an agency or a newsroom job after a comma,
 * a bar or a line break ("Rhys Colby", "Rhys Colby, AAP", "LENA EARLY\nPolitical Reporter"): the
 * name, when its first word is a given name the lists know, an outlet or a job follows, or its
 * last word is nowhere in `text` after offset `from` (the story after it); else null.
 */
export function bareByline(line: string, text = '', from = text.length): string | null {
  // (A last line saying when it was published goes with it: "Tomas Brink\nHealth
  // Correspondent\nUpdated 5 December 2026".)
  const br = line.search(/\r?\n[^\r\n]*$/);
  // (Or only when: "Marta Vell Education Correspondent\nSaturday 06 December 2026 10:31 GMT".)
  if (br > 0 && stampLine(line.slice(br).trim())) line = line.slice(0, br);
  const job = nameThenJob(line);
  const m = job ?? BARE_NAME.exec(line);
  // ("By" opens no one's name: byLine reads such a line.)
  if (!m || /^(?:By|BY)\s/.test(m[1])) return null;
  const name = m[1];
  const first = name.split(' ')[0];
  const cased = first.charAt(0) + first.slice(1).toLowerCase();
  const rest = m[2].trim();
  // (After the name with no comma, bar or line break, only capitalised words, an outlet's or a
  // job's: "The Harlow team was sent to the scene." is a sentence, no byline.)
  // (A job nameThenJob read may have its words in lower case: "Environment correspondent".)
  if (rest && !job && !/^\s*[,|\r\n]/.test(line.slice(m[1].length)) && /(?:^|\s)\p{Ll}/u.test(rest)) return null;
  // (A given name the lists do not know where an outlet or a job follows: "Ffion Pritchard\nBBC
  // Wales", "Ffion Pritchard, Harlow Echo".)
  const outlet = !!rest && (notAnAuthor(rest) || outletFirst(rest));
  // ("Sipho Quarle | 05 December 2026": or the date it was filed, after a given name the lists
  // know or a surname the story never names again.)
  const dated = !!rest && DATE_ONLY.test(rest) && (givenName(first) || text.indexOf(name.split(' ').pop()!, from) < 0);
  // (Or alone, where the story never names its bearer again: "Thandeka Quarle" over a story
  // about someone else; a subheading's or a place's words come back in the story.)
  // (Looked for only when nothing else makes the line a byline.)
  const named = isFirstName(cased) || outlet || dated || (!rest && text.indexOf(name.split(' ').pop()!, from) < 0);
  // (Not a body's name, "Grace Academy", nor everyday words.)
  // (An everyday word is a surname too where a job or an outlet follows: "Tomas Brink\nHealth
  // Correspondent".)
  if (!named || KNOWN_ORGS.has(name) || AGENCIES.has(name) || isKnownPlace(name) || name.split(' ').some((w) => ORG_WORDS.has(w.toLowerCase()) || (COMMON_WORDS.has(w.toLowerCase()) && !(outlet && isFirstName(cased))))) return null;
  return !rest || outlet || dated ? name : null;
}

/** A date alone: "05 December 2026", "December 5, 2026", "5 Dec 2026". */
const DATE_ONLY = /^(?:\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4}|\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4})$/u;

/**
 * "Colm Brady Political Correspondent": a name and the reporter's job on one line with nothing
 * between, the job's last word a newsroom's; shaped as BARE_NAME's match (the name, the rest).
 */
function nameThenJob(line: string): [string, string, string] | null {
  const words = line.trim().split(/\s+/);
  // (The job's words after the first may be in lower case: "Rachel Okafor Environment correspondent".)
  if (words.length < 3 || words.length > 7 || !words.every((w, i) => (i < 3 ? /^\p{Lu}[\p{L}'’-]*$/u : /^\p{L}[\p{L}'’-]*$/u).test(w))) return null;
  if (!NEWSROOM_JOBS.has(lowerWord(words[words.length - 1]))) return null;
  // (The job opens with an everyday word or a job's: "Political Correspondent", "Senior Reporter".)
  for (let n = 2; n <= 3 && n < words.length; n++) {
    const opener = lowerWord(words[n]);
    if (!(COMMON_WORDS.has(opener) || NEWSROOM_JOBS.has(opener))) continue;
    const rest = words.slice(n).join(' ');
    if (notAnAuthor(rest) && !words.slice(0, n).some((w) => NEWSROOM_JOBS.has(lowerWord(w)))) return [line, words.slice(0, n).join(' '), rest];
  }
  return null;
}

/** Newspapers' last words that are family names too: "Dana Post", "Tomas Sun". */
const PAPER_SURNAMES: ReadonlySet<string> = new Set(['sun', 'star', 'post', 'mail', 'leader', 'record']);

/** A newspaper's last word ("Harlow Echo", "Quarle Times"), or with `surnamesToo` false, not one a family name may be. */
function paperWord(word: string, surnamesToo: boolean): boolean {
  const w = lowerWord(word);
  return NEWSPAPER_LAST.has(w) || (PAPER_AFTER_THE.has(w) && (surnamesToo || !PAPER_SURNAMES.has(w)));
}

/** A given name the lists know, whatever its capitals: "Rhys", "RHYS". */
export function givenName(word: string): boolean {
  const cased = word.charAt(0) + word.slice(1).toLowerCase();
  return isFirstName(cased) || !!worldNameGender(cased);
}

/**
 * A line opening with an agency's or a known outlet's name ("BBC Wales", "AFP Harlow"), or a
 * newspaper's, its last word a paper's, before a comma or a bar ("Harlow Echo, Quarle").
 */
function outletFirst(line: string): boolean {
  const first = line.split(/\s+/)[0];
  if (AGENCIES.has(first) || KNOWN_ORGS.has(first)) return true;
  const words = line.split(/\s*[,|]\s*/)[0].split(/\s+/);
  return words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}/u.test(w)) && paperWord(words[words.length - 1], true);
}

/** A line saying when the article was published or updated: "Published 14:32 GMT, 3 March 2025", "Updated: 5 hours ago". */
const PUBLISHED = /^(?:Published|Updated|Last updated|First published|Posted)\b.{0,120}$/i;
/** A line that is only a date, perhaps with a time and its zone: "5 December 2026, 14:32 GMT", "Dec. 5, 2026 at 2:32 p.m.". */
const DATE_STAMP = /^(?:(?:Mon|Tue|Tues|Wed|Wednes|Thu|Thur|Thurs|Fri|Sat|Satur|Sun)(?:day)?,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?)\s+\d{4}(?:[,\s]+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?)?$/i;
/** A relative time as pages give it: "2 hours ago", "Updated 5 minutes ago" (PUBLISHED takes the latter). */
const AGO = /^\d{1,2}\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago$/i;

/** A line saying when the story was filed or updated: a date and time, "Published ...", "2 hours ago". */
const stampLine = (l: string): boolean => PUBLISHED.test(l) || DATE_STAMP.test(l) || AGO.test(l);

/** A line that is only a reporter's job ("Courts reporter", "Political Correspondent") or when the story was filed ("Fri 6 Dec 2026 14.02 GMT", "Updated 2 hours ago"). */
export function jobOrTimeLine(line: string): boolean {
  const t = line.trim();
  if (stampLine(t) || DATE_ONLY.test(t)) return true;
  const words = t.split(/\s+/);
  return words.length <= 4 && words.every((w) => /^\p{L}/u.test(w)) && NEWSROOM_JOBS.has(lowerWord(words[words.length - 1]));
}

/**
 * A byline opened by "By", perhaps in bold or italics ("**By Marta Vell**"), on the line starting
 * at `start`: its authors' names (two words or more; "A and B", "A, B and C"; a trailing ", Reuters"
 * or "| Agency" dropped; a Markdown link unwrapped), or null when the line is no such byline.
 */
export function byLine(line: string, start: number): TextSpan[] | null {
  // (The date on the line before it: "6 December 2026\nBy Sam Okonjo".)
  const dateFirst = /^([^\r\n]+)\r?\n(?=(?:\*\*|__|\*|_)?(?:By|BY)\s)/.exec(line);
  if (dateFirst && (stampLine(dateFirst[1].trim()) || DATE_ONLY.test(dateFirst[1].trim()))) return byLine(line.slice(dateFirst[0].length), start + dateFirst[0].length);
  // ("By Rhys Colby\nLocal Democracy Reporter": a job on the line after it; or when it was
  // published, "Published 14:32 GMT, 3 March 2025 | Updated ...".)
  // (Or both, the job first: "By Lena Early\nPolitical reporter\nPublished 3 hours ago".)
  const br = line.search(/\r?\n/);
  if (br >= 0) {
    // (Or the date and time on a line of their own, and when it was updated: "By Rhys Colby\n5
    // December 2026, 14:32 GMT\nUpdated 2 hours ago".)
    const rest = line.slice(br).trim().split(/\r?\n/).map((l) => l.trim());
    // (Or where the reporter filed from: "Reporting from Quarle".)
    // (Or the outlet's name: "By Sian Pritchard\nBBC Wales News".)
    const job = (l: string): boolean => /^\p{Lu}/u.test(l) && l.length <= 60 && (notAnAuthor(l) || /^Reporting from\b/.test(l) || outletFirst(l));
    // (The job's lines first, at most two, then the times.)
    let jobs = 0;
    while (jobs < rest.length && !stampLine(rest[jobs]) && job(rest[jobs])) jobs++;
    if (rest.length > 3 || jobs > 2 || !rest.slice(jobs).every(stampLine)) return null;
    line = line.slice(0, br);
  }
  const from = fromLine(line, start);
  if (from) return from;
  // (Or "Written by", "Reported by": "Written by Anil Rao | Edited by Dana Ruiz", the editor no author.)
  const by = /^(\*\*|__|\*|_)?(?:By|BY|(?:Written|Reported|Words|Story|WRITTEN|REPORTED) (?:by|BY))\s+(.{1,160}?)\1?$/.exec(line);
  if (!by || /[.!?]["”]?$/.test(by[2])) return null;
  const body = start + line.indexOf(by[2], (by[1]?.length ?? 0) + 2);
  const edited = /\s*[|,;]\s*(?:edited|produced|curated)\s+by\b.*$/i.exec(by[2]);
  if (edited) by[2] = by[2].slice(0, edited.index);
  const authors: TextSpan[] = [];
  // (A capitalised "For", "In" or "And" joins no name: "By Tomas Brink For Mailonline".)
  const nameRe = /\[([^\]]+)\]\([^)]*\)|((?!(?:For|In|At|From|Of|With|And)\b)[\p{Lu}][\p{L}.'’-]*(?:\s+(?!(?:For|In|At|From|Of|With|And|The)\b)[\p{Lu}][\p{L}.'’-]*){1,3})/gu;
  for (let m = nameRe.exec(by[2]); m; m = nameRe.exec(by[2])) {
    let name = m[1] ?? m[2];
    // ("By DANA RUIZ and TOMAS BRINK Associated Press": names in capitals end where the outlet's
    // words, not in capitals, begin.)
    const caps = /^(?:\p{Lu}[\p{Lu}.'’-]+)(?:\s+\p{Lu}[\p{Lu}.'’-]+)+(?=\s+\p{Lu}\p{Ll})/u.exec(name);
    if (!m[1] && caps) name = caps[0];
    const offset = body + m.index + (m[1] ? 1 : 0);
    // (Not the outlet or the place after the names: "By Lena Early for the Daily Courier",
    // "... in Velmora", "... of the Harlow Echo".)
    const outlet = /\b(?:for|in|at|from|of|with)(?:\s+the)?\s+$/i.test(by[2].slice(Math.max(0, m.index - 12), m.index));
    // (Nor a newspaper named after a comma: "By Rhys Colby and Lena Early, Harlow Echo".)
    // (Not a paper's word that is a family name too: "Post", "Star", "Sun", "Mail", "Leader", "Record".)
    const paper = /,\s*$/.test(by[2].slice(0, m.index)) && (AGENCIES.has(name) || KNOWN_ORGS.has(name) || paperWord(name.split(/\s+/).pop()!, false));
    if (name.split(/\s+/).length >= 2 && !outlet && !paper && !notAnAuthor(name)) authors.push({ start: offset, end: offset + name.length, text: name });
  }
  return authors;
}

/**
 * "From Chidi Nwosu, Harlow": a correspondent's byline opened by "From", one name whose first
 * word is a given name the lists know, and perhaps the place filed from; or null.
 */
function fromLine(line: string, start: number): TextSpan[] | null {
  const m = /^(?:From|FROM)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?:,\s+\p{Lu}[\p{L}'’ -]{1,40})?$/u.exec(line);
  if (!m) return null;
  const first = m[1].split(/\s+/)[0];
  if (!givenName(first) || notAnAuthor(m[1]) || isKnownPlace(m[1])) return null;
  const offset = start + line.indexOf(m[1]);
  return [{ start: offset, end: offset + m[1].length, text: m[1] }];
}

/** A standfirst's closing credit: ", reports Lena Early", ", writes Rhys Colby". */
const STANDFIRST_CREDIT = /,\s+(?:reports|writes)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\.?\s*$/u;

/**
 * A one-line standfirst under the headline that ends by naming its reporter ("Passengers
 * describe chaos as the crew fled, reports Lena Early"): the name and its offset in the line, or
 * null.
 */
export function standfirstAuthor(line: string): { name: string; index: number } | null {
  if (line.length > 300 || /[\r\n]/.test(line)) return null;
  const m = STANDFIRST_CREDIT.exec(line);
  if (!m || notAnAuthor(m[1])) return null;
  return { name: m[1], index: m.index + m[0].indexOf(m[1]) };
}
