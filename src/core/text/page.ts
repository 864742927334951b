// A pasted web page's conventions around the story: its byline's lines under a standfirst, and
// where the story ends and the page goes on.
import type { TextSpan } from '../types';
import { bareByline, givenName, jobOrTimeLine } from './byline';

/**
 * A byline under a standfirst: the name's line and the job's or the time's after it, on the
 * paragraph's next line or the next paragraph's ("Rhys Colby\nCourts reporter"), as one text
 * for bareByline; or null.
 */
export function standfirstByline(line: string, next: string): string | null {
  const lines = line.split(/\r?\n|\r/);
  if (lines.length >= 2) return jobOrTimeLine(lines[1]) ? `${lines[0]}\n${lines[1]}` : null;
  return next && jobOrTimeLine(next) ? `${line}\n${next}` : null;
}

/** A line that ends a pasted page's story: its readers' comments, the lists of links under it. */
const PAGE_END = /^[ \t]*(?:comments?\s*\(\d[\d,]*\)|\d[\d,]*\s+comments?|(?:show|view|load|read) (?:all )?(?:\d[\d,]* )?comments?|join the (?:conversation|discussion)|comments (?:are|have been) closed|reuse this content)[ \t]*$/im;

/**
 * Where the story ends and the page goes on, to the end of the text: an "Original url:" line, or
 * a pasted page's readers' comments and the links under the story past the first third of the
 * text ("Comments (24)", "Reuse this content"); null for most articles.
 */
export function findFooter(text: string): TextSpan | null {
  // (The patterns try every line of the text: a literal they need, looked for first, skips them
  // in the many articles without one.)
  const foot = text.includes('Original ') ? /^[ \t]*Original (?:url|URL|link|source)\s*:/m.exec(text) : null;
  if (foot) {
    const start = foot.index + (foot[0].length - foot[0].trimStart().length);
    return { start, end: text.length, text: text.slice(start) };
  }
  const from = Math.floor(text.length / 3);
  const end = text.includes('omment') || text.includes('Reuse this') ? PAGE_END.exec(text.slice(from)) : null;
  if (!end) return null;
  const start = from + end.index + (end[0].length - end[0].trimStart().length);
  return { start, end: text.length, text: text.slice(start) };
}

/** How many lines under a headline, in its paragraph, are read for a byline. */
const HEADLINE_BLOCK_LINES = 8;

/**
 * A byline in the headline's own block of lines, as a pasted page gives it: "Council leader
 * quits\n15 minutes ago\nShare\nRhys Colby\nHarlow Echo, Quarle": the reporter's name on a line
 * of its own with an outlet, a job or a date on the next (bareByline). The byline's lines and its
 * author, or null.
 */
export function bylineUnderHeadline(text: string, para: { readonly start: number; readonly end: number }, headlineEnd: number): { byline: TextSpan; author: TextSpan } | null {
  const lines: TextSpan[] = [];
  const re = /[^\r\n]+/g;
  re.lastIndex = headlineEnd;
  for (let m = re.exec(text); m && m.index < para.end && lines.length < HEADLINE_BLOCK_LINES; m = re.exec(text)) lines.push({ start: m.index, end: m.index + m[0].length, text: m[0].trim() });
  for (let i = 0; i + 1 < lines.length; i++) {
    const name = bareByline(`${lines[i].text}\n${lines[i + 1].text}`, text, para.end);
    if (!name) continue;
    const at = text.indexOf(name, lines[i].start);
    return { byline: { start: lines[i].start, end: lines[i + 1].end, text: text.slice(lines[i].start, lines[i + 1].end) }, author: { start: at, end: at + name.length, text: name } };
  }
  return null;
}

/** Two reporters' names joined by "and" on a line of their own: "Rhys Colby and Lena Early". */
const NAME_PAIR = /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}) and (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2})$/u;

/**
 * Two reporters named on a line of their own, each by a given name the lists know, with their
 * time or their job on the next line, the paragraph's or the next paragraph's: "Rhys Colby and
 * Lena Early\nFri 6 Dec 2026 14.02 GMT"; the two names, or null.
 */
export function bylinePair(line: string, next: string): [string, string] | null {
  const lines = line.split(/\r?\n|\r/);
  const after = lines.length >= 2 ? lines[1] : next;
  if (!after || !jobOrTimeLine(after)) return null;
  const m = NAME_PAIR.exec(lines[0].trim());
  if (!m) return null;
  return givenName(m[1].split(' ')[0]) && givenName(m[2].split(' ')[0]) ? [m[1], m[2]] : null;
}
