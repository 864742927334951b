// Finding the anonymous sources an article leans on: the anonymous speakers of its quotations,
// and the unnamed sources of its reported speech ("two officials said", "according to a person
// familiar with the matter", "said one diplomat"). A scan over the tokens, each look bounded.
import { lowerWord, SPEECH_VERBS, VERB_GAP } from '../lexicon/lexicon';
import { furnitureAt } from '../text/furniture';
import { countBefore } from '../text/search';
import type { Analysis, Quote, TextSpan, Token } from '../types';

/** Heads of a phrase that names a source by its position only: anonymity the style guides ration. */
export const SOURCE_HEADS = new Set(`official officials source sources diplomat diplomats aide aides insider insiders
  staffer staffers negotiator negotiators investigator investigators executive executives employee employees
  person people individual individuals`.split(/\s+/).filter(Boolean));
/** Heads that need a description to be a source at all ("a person familiar with the matter"). */
const NEEDS_DESCRIPTION = new Set(['person', 'people', 'individual', 'individuals']);
const DESCRIPTIONS = /^(?:familiar with|close to|with (?:direct )?knowledge|briefed on|involved in|who (?:was|were) briefed|aware of|with access)/i;
/** Determiners and quantifiers of an unnamed source: "a", "one", "two", "several", "some". */
const INDEFINITE = new Set('a an one two three four five six several some many multiple other another few numerous various'.split(' '));
/** Plural heads may stand alone ("officials said"); singular ones need an indefinite determiner. */
const PLURAL = (w: string): boolean => w.endsWith('s') || w === 'people';
/** Words that end a source phrase going back: no modifier is one of these. */
const STOP = new Set(`the this that these those his her their its our my your to of and or but by with for in on at from as
  while when who which whom what where why how said says told is are was were be been has have had not no after before since
  because although though if unless until during about against among between into over under through without within once
  than so then also even only just what involved`.split(/\s+/).filter(Boolean));
/** Verbs by which a source gives information (not "praised", "asked", "called"). */
const SOURCING_VERBS = new Set(`said say says saying told tell tells added adds stated states explained explains noted notes
  confirmed confirms warned warns acknowledged acknowledges disclosed discloses revealed reveals insisted insists claimed claims
  predicted predicts estimated estimates argued argues reported reports described cautioned cautions suggested suggests
  indicated indicates expect expects expected believe believes believed`.split(/\s+/).filter(Boolean));
/** Labelling verbs: "what officials called 'fraud'" names a term, not a source's information. */
const LABELLING = /^(?:called|calls|call|dubbed|described|labell?ed|branded|termed)$/i;
/** Words that may sit between the determiner and the head: adjectives, nationalities, institutions. */
const MAX_MODIFIERS = 4;

export interface AnonymousMention {
  /** The whole phrase ("one Western diplomat"). */
  readonly span: TextSpan;
  /** Its head word, lower case, singular ("diplomat"). */
  readonly head: string;
  /** Only a determiner or number before the head, and no description after it ("a source", "sources"). */
  readonly bare: boolean;
  readonly paragraph: number;
  /** The quotation it speaks, if it is a quotation's speaker. */
  readonly quote: number | null;
}

/** The phrase describes a person just named: "Jane Doe: a private investigator", "Jane Doe, an aide, said". */
function describesNamed(text: string, start: number, end: number): boolean {
  const before = /[\p{Lu}][\p{L}'’.-]*\**\s*([:,–—])\s*$/u.exec(text.slice(Math.max(0, start - 40), start));
  // (After a comma, only an appositive closed by another: "Jane Doe, an aide, said"; not "at the harbour, sources said".)
  return !!before && (before[1] !== ',' || text.charAt(end) === ',');
}

/**
 * Whether the token lies in the last span that starts at or before it (spans sorted by start, not
 * nested: speaker phrases, direct quotations). A function of its own: a closure over the scan's
 * token inside its loop would make every pass of the loop, over every token, allocate a scope.
 */
function insideLastSpan(speakerSpans: readonly { readonly start: number; readonly end: number }[], t: Token): boolean {
  const at = t.start;
  const inside = countBefore(speakerSpans, (m) => m.start <= at);
  return inside > 0 && speakerSpans[inside - 1].end >= t.end;
}

/**
 * A capitalised word: a head written so after another ("the Quarle Transport Executive", "the Senior
 * Officials Group") is a body's name, not a source named by its position.
 */
const nameWord = (w: string): boolean => /^\p{Lu}/u.test(w);

export const singular = (w: string): string => (w === 'people' ? 'person' : w.endsWith('s') ? w.slice(0, -1) : w);

const found = new WeakMap<object, AnonymousMention[]>();

/** The anonymous sources of the article, in text order, each phrase once (found once per analysis: two checks read them). */
export function anonymousMentions(text: string, a: Omit<Analysis, 'diagnostics'>): AnonymousMention[] {
  let list = found.get(a);
  if (!list) { list = findAnonymousMentions(text, a); found.set(a, list); }
  return list;
}

function findAnonymousMentions(text: string, a: Omit<Analysis, 'diagnostics'>): AnonymousMention[] {
  const out = new Map<number, AnonymousMention>();
  const speakerSpans: TextSpan[] = [];
  const { tokens, sentences } = a.structure;
  const paragraphOf = (t: Token): number => sentences[t.sentence]?.paragraph ?? 0;
  // Lists, captions and headings describe people ("Jane Doe: a private investigator"), they do not cite sources.
  const display = (offset: number): boolean => {
    const f = furnitureAt(a.structure.furniture, offset);
    return !!f && f.kind !== 'dateline' && f.kind !== 'boilerplate';
  };
  // The quotations' anonymous speakers.
  a.quotes.forEach((q: Quote, i) => {
    const whole = q.speaker?.anonymous ? q.speaker.mention : null;
    if (!whole || q.kind !== 'direct' || (q.cue && LABELLING.test(q.cue.text))) return;
    if (display(whole.start) || describesNamed(text, whole.start, whole.end)) return;
    // The phrase from its determiner or first modifier to its end ("the plan that several officials" is "several officials").
    const words = [...whole.text.matchAll(/[^\s,]+/g)];
    const headAt = words.findIndex((w) => SOURCE_HEADS.has(lowerWord(w[0])));
    if (headAt < 0 || (headAt > 0 && nameWord(words[headAt][0]) && nameWord(words[headAt - 1][0]))) return;
    let from = headAt;
    while (from > 0 && !STOP.has(lowerWord(words[from - 1][0])) && !SPEECH_VERBS.has(lowerWord(words[from - 1][0]))) from--;
    const start = whole.start + (words[from].index ?? 0);
    const m: TextSpan = { start, end: whole.end, text: text.slice(start, whole.end) };
    const head = lowerWord(words[headAt][0]);
    const after = words.slice(headAt + 1).map((w) => w[0]).join(' ');
    if (NEEDS_DESCRIPTION.has(head) && !DESCRIPTIONS.test(after)) return;
    // A head that modifies a noun is no source: "an aide memo", "a source document".
    const next = text.slice(m.end, m.end + 30).match(/^\s+([a-z]+)/);
    if (!after && next && !SOURCING_VERBS.has(next[1]) && !VERB_GAP.has(next[1]) && !/^(?:who|familiar|close|with|in|at|on|from|said)$/.test(next[1])) return;
    const bare = words.slice(from, headAt).every((w) => INDEFINITE.has(lowerWord(w[0]))) && !after.trim();
    out.set(m.start, { span: m, head: singular(head), bare, paragraph: q.paragraph, quote: i });
    speakerSpans.push(m);
  });
  speakerSpans.sort((x, y) => x.start - y.start);
  const quoteSpans = a.quotes.filter((q) => q.kind === 'direct');
  // Reported speech: "[det] [mods] HEAD [description] (gap) VERB", "according to ... HEAD", "VERB [det] [mods] HEAD".
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== 'word') continue;
    const w = t.lower;
    if (!SOURCE_HEADS.has(w)) continue;
    if (k > 0 && nameWord(t.text) && tokens[k - 1].kind === 'word' && tokens[k - 1].sentence === t.sentence && nameWord(tokens[k - 1].text)) continue;
    // Back over modifiers to a determiner (or the start of a plural phrase).
    let s = k;
    while (s - 1 >= 0 && k - s < MAX_MODIFIERS && tokens[s - 1].kind === 'word' && tokens[s - 1].sentence === t.sentence
      && !INDEFINITE.has(tokens[s - 1].lower) && !SPEECH_VERBS.has(tokens[s - 1].lower) && !STOP.has(tokens[s - 1].lower)) s--;
    const det = s - 1 >= 0 && tokens[s - 1].kind === 'word' ? tokens[s - 1].lower : '';
    const hasDet = INDEFINITE.has(det);
    if (!hasDet && !PLURAL(w)) continue;
    if (!hasDet && det === 'the') continue;
    const phraseStart = hasDet ? tokens[s - 1].start : tokens[s].start;
    // A description after the head: "familiar with the matter", "close to the talks".
    let e = k + 1;
    const rest = text.slice(t.end, Math.min(text.length, t.end + 60)).trimStart();
    const described = DESCRIPTIONS.test(rest);
    if (NEEDS_DESCRIPTION.has(w) && !described) continue;
    if (described) {
      // To the end of the description: the next comma, verb, or six words.
      let n = 0;
      while (e < tokens.length && n < 7 && tokens[e].kind === 'word' && !SPEECH_VERBS.has(tokens[e].lower)) { e++; n++; }
    }
    let g = e;
    while (g < tokens.length && g - e < 2 && tokens[g].kind === 'word' && VERB_GAP.has(tokens[g].lower) && !SPEECH_VERBS.has(tokens[g].lower)) g++;
    // ("Officials have been told to ...", "A new executive is expected to be named": a passive's
    // subject hears or is spoken of, it does not tell; "officials are saying" is no passive.)
    const passive = g > e && /^(?:been|was|were|being|be|is|are)$/.test(tokens[g - 1].lower) && !(tokens[g]?.lower.endsWith('ing') ?? false);
    const verbAfter = g < tokens.length && tokens[g].kind === 'word' && tokens[g].sentence === t.sentence && SOURCING_VERBS.has(tokens[g].lower) && !passive;
    const clauseEnds = k + 1 >= tokens.length || tokens[k + 1].kind === 'punct' || tokens[k + 1].sentence !== t.sentence;
    const verbBefore = hasDet && clauseEnds && s - 2 >= 0 && tokens[s - 2].kind === 'word' && /^(?:said|says|told|added)$/i.test(tokens[s - 2].text);
    // ("according to [det] ... HEAD": the two words before the phrase.)
    const according = k >= 2 && tokens[s - (hasDet ? 3 : 2)]?.lower === 'according' && tokens[s - (hasDet ? 2 : 1)]?.lower === 'to';
    if (!verbAfter && !verbBefore && !according) continue;
    // (Inside a quotation: the speaker's words, not the article's sourcing.)
    if (insideLastSpan(quoteSpans, t)) continue;
    // (Asked last, of a phrase that cites: the furniture and the text before are the costlier tests.)
    if (display(t.start) || describesNamed(text, phraseStart, t.end)) continue;
    const end = described ? tokens[Math.max(k, e - 1)].end : t.end;
    if (out.has(phraseStart)) continue;
    // (Inside a quotation's speaker phrase: found already. Speaker phrases do not nest: the last one starting before is the one.)
    if (insideLastSpan(speakerSpans, t)) continue;
    const bare = s === k && !described;
    out.set(phraseStart, { span: { start: phraseStart, end, text: text.slice(phraseStart, end) }, head: singular(w), bare, paragraph: paragraphOf(t), quote: null });
  }
  return [...out.values()].sort((x, y) => x.span.start - y.span.start);
}
