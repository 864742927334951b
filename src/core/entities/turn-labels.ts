// A transcript's speakers named by their labels in capitals ("DANA RUIZ: Yes. ...", then "RUIZ:
// ..."): the labels name people, whatever the capitals say elsewhere.
import { isFirstName, lowerWord, ORG_WORDS, TITLE_WORDS, worldNameGender } from '../lexicon/lexicon';
import { claimSpan } from './coreference';
import { addMention, keyOf, newBuilder, type Builder, type Merge } from './merge';
import { NEWSPAPER_LAST, PAPER_AFTER_THE } from './words';

/** A body's or an outlet's last word: "HARLOW ECHO", "QUARLE COUNCIL". */
const bodyWord = (w: string): boolean => ORG_WORDS.has(w) || NEWSPAPER_LAST.has(w) || PAPER_AFTER_THE.has(w);

/** A label in capitals, words of letters (perhaps with a dot, an apostrophe or a hyphen). */
const CAPS_LABEL = /^\p{Lu}[\p{Lu}.'’-]*(?: \p{Lu}[\p{Lu}.'’-]*){0,3}$/u;

/**
 * Rule turn-label: the labels of a transcript's turns written in capitals name people. A label
 * of two to four words whose first is a given name the lists know is a person ("DANA RUIZ:");
 * a label of one word that is the last word of such a label is that person again ("RUIZ:"). A
 * name a rule read there (an organisation "RUIZ", by its capitals) gives way. Runs with the
 * authors, before the roles.
 */
export function addTurnLabels(st: Merge): void {
  const { structure } = st.ctx;
  const labels = structure.turns.map((t) => t.label).filter((l) => CAPS_LABEL.test(l.text) && /\p{Lu}{2}/u.test(l.text));
  if (labels.length === 0) return;
  const bySurname = new Map<string, Builder>();
  for (const l of labels) {
    const all = l.text.split(' ');
    // ("MAYOR TOMAS BRINK:": an office before the name is its role, no part of it.)
    let t = 0;
    while (all.length - t > 1 && TITLE_WORDS.has(lowerWord(all[t]))) t++;
    // ("MAYOR HALVORSEN:": an office and a family name, read by the title's rule as any titled
    // name is; the office is no given name.)
    if (t > 0 && all.length - t === 1) continue;
    const words = all.slice(t);
    const given = words[0].charAt(0) + words[0].slice(1).toLowerCase();
    // (Not a body's name, "HARLOW ECHO:", though its first word is a given name somewhere.)
    if (words.length < 2 || !(isFirstName(given) || worldNameGender(given)) || bodyWord(lowerWord(words[words.length - 1]))) continue;
    const start = l.start + (t ? all.slice(0, t).join(' ').length + 1 : 0);
    const span = claimSpan(st, start, l.end);
    if (!span) continue;
    const name = l.text.slice(start - l.start);
    const b = st.byKey.get(keyOf(name)) ?? newBuilder(st, name, 'person', 3, span[0], undefined, 'turn-label');
    b.type = 'person';
    if (t && !b.role) b.role = all.slice(0, t).map((w) => w.charAt(0) + w.slice(1).toLowerCase()).join(' ');
    addMention(st, b, span[0], span[1], 'name');
    bySurname.set(lowerWord(words[words.length - 1]), b);
  }
  for (const l of labels) {
    const b = !l.text.includes(' ') ? bySurname.get(lowerWord(l.text)) : undefined;
    const span = b ? claimSpan(st, l.start, l.end) : null;
    if (b && span) addMention(st, b, span[0], span[1], 'surname');
  }
  // ("Dana Ruiz: ...", then "DR: ...": a label of two or three capitals that are the initials of
  // one person named in the article is that person again.)
  for (const l of labels) {
    if (!/^\p{Lu}{2,3}$/u.test(l.text) || bySurname.has(lowerWord(l.text))) continue;
    const people = st.builders.filter((p) => p.type === 'person' && p.name.split(/\s+/).map((w) => w.charAt(0)).join('').toUpperCase() === l.text);
    const span = people.length === 1 ? claimSpan(st, l.start, l.end) : null;
    if (span) addMention(st, people[0], span[0], span[1], 'alias');
  }
}

/** The convention, with its examples (run as tests). */
export const turnLabelRule = {
  id: 'turn-label',
  description: 'A transcript\'s labels in capitals name people: "DANA RUIZ: ...", then "RUIZ: ..." is the same person.',
  examples: [
    { text: 'Transcript\n\nRHYS COLBY: Is the water safe?\n\nDANA RUIZ: Yes. The tests show no risk.\n\nCOLBY: Residents disagree.\n\nRUIZ: I understand that.', name: 'DANA RUIZ', type: 'person' as const },
    // (A label of a person's initials, after a label of the name in full, is that person.)
    { text: 'Interview\n\nDana Ruiz: Why step down now?\n\nTomas Brink: Twelve years is long enough.\n\nDR: What are you proudest of?\n\nTB: The new library.', name: 'TB', type: 'person' as const },
    // (An office before the name is its role; a body's name is no person's.)
    { text: 'Transcript\n\nHARLOW ECHO: Thanks for joining us.\n\nMAYOR TOMAS BRINK: Happy to.\n\nHARLOW ECHO: How long?\n\nBRINK: Eleven thousand households.', name: 'TOMAS BRINK', type: 'person' as const },
    // (An office and a family name alone: the office is the role, no given name.)
    { text: 'Briefing\n\nMAYOR QUARLE: Good morning. Crews have been out since four.\n\nREPORTER: When will the side streets be done?\n\nMAYOR QUARLE: By tonight.', name: 'MAYOR QUARLE', type: null },
    // (A match report's or a fact box's fields, a few words and no sentence's mark after each
    // label, are no transcript.)
    { text: 'Rovers 2 Athletic 1\n\nTarun Okeke scored twice as Rovers won.\n\nMAN OF THE MATCH: Tarun Okeke (Rovers)\n\nREFEREE: Lena Early', name: 'MAN OF THE MATCH', type: null },
  ],
};
