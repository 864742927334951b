// Bylines: who wrote the article, and the words in a byline that name no one.
import { AGENCIES, COMMON_WORDS, isFirstName, isKnownPlace, KNOWN_ORGS, lowerWord, NEWSROOM_JOBS, ORG_WORDS } from '../lexicon/lexicon';

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
 * name, when its first word is a given name the lists know; else null.
 */
export function bareByline(line: string): string | null {
  const m = BARE_NAME.exec(line);
  if (!m) return null;
  const name = m[1];
  const first = name.split(' ')[0];
  const cased = first.charAt(0) + first.slice(1).toLowerCase();
  // (Not a body's name, "Grace Academy", nor everyday words.)
  if (!isFirstName(cased) || KNOWN_ORGS.has(name) || AGENCIES.has(name) || isKnownPlace(name) || name.split(' ').some((w) => ORG_WORDS.has(w.toLowerCase()) || COMMON_WORDS.has(w.toLowerCase()))) return null;
  const rest = m[2].trim();
  return !rest || notAnAuthor(rest) ? name : null;
}
