// The noun phrase after a cue verb, the speaker of inverted attributions: "said Lavrov", "said a senior official".
import { PRONOUNS_FEMALE, PRONOUNS_MALE, PRONOUNS_PLURAL, TITLE_WORDS } from '../lexicon/lexicon';
import type { AttributionContext } from './context';
import { isWord, personNoun } from './cues';
import { AUXILIARIES, DETERMINERS, NP_STOP } from './words';
import { possessesPerson, POSSESSIVE_DETERMINERS } from './phrases';

/** The noun phrase right after a cue verb: "said Lavrov", "said a senior official". */
export function subjectAfter(ctx: AttributionContext, verb: number, ceiling: number, lenient = false): [number, number] | null {
  const { tokens } = ctx;
  const s = verb + 1;
  if (s >= ceiling || ctx.tokenQuote[s] >= 0) return null;
  const first = tokens[s];
  // (`," said 43-year-old Tomas Brink`: an age before the speaker, as British and Australian
  // copy writes it, without "the".)
  if (first.kind === 'number') {
    let k = s + 1;
    if (tokens[k]?.text === '-') k++;
    if (k < ceiling && /^(?:year|month)s?-old$/.test(ctx.tokens[k].lower)) return subjectAfter(ctx, k, ceiling, lenient);
  }
  if (!isWord(first)) return null;
  const lw = first.lower;
  if (lw === 'he' || lw === 'she' || lw === 'they' || lw === 'we' || lw === 'i') return [s, s + 1];
  // (`," said her lawyer.`, `," added his neighbour, Marta Vell.`: a possessive before a noun
  // for a human being opens a description, read below as any other, whose name in apposition
  // the speaker's reading takes; not "believing his message", which names no one.)
  const possessive = POSSESSIVE_DETERMINERS.has(lw) && possessesPerson(ctx, s + 1, ceiling);
  if ((PRONOUNS_MALE.has(lw) || PRONOUNS_FEMALE.has(lw) || PRONOUNS_PLURAL.has(lw)) && !possessive) return null;
  const ent = ctx.tokenEntity[s];
  // "said that ...", "said this week": a complement or a time, not a speaker.
  if (lw === 'that' || lw === 'this' || lw === 'these' || lw === 'those' || lw === 'no') return null;
  if (ent < 0 && !DETERMINERS.has(lw) && !possessive && !/^\p{Lu}/u.test(first.text)) {
    // "said former Sen. Hal Burke", "said retired surgeon Nora Fitch": lower-case modifiers
    // before a name.
    let j = s;
    // ("said master of ceremonies Rafi Haddad": an "of" inside the modifiers too.)
    // ("said former Utah governor Hal Burke": places among them too.)
    // ("said former Harbour Borough President Ada Marsh": an organisation among them too.)
    const modifier = (k: number): boolean => isWord(tokens[k]) && ctx.tokenQuote[k] < 0 && (/^\p{Ll}/u.test(tokens[k].text)
      ? !NP_STOP.has(ctx.tokens[k]?.lower) || ((ctx.tokens[k]?.lower === 'of' || ctx.tokens[k]?.lower === 'for') && k > s)
      : ctx.tokenEntity[k] >= 0 && ctx.entities[ctx.tokenEntity[k]].type !== 'person');
    while (j < ceiling && j < s + 6 && modifier(j)) j++;
    // ("says writer, Tomas Brink, "...": the role, a comma, then the name in apposition.)
    // ("said mayoral committee member for energy, Karim Nasser": the noun may stand before
    // its "of" or "for".)
    let roleNoun = j > s && personNoun(ctx.tokens[j - 1].lower);
    for (let k = s; k + 1 < j && !roleNoun; k++) roleNoun = (ctx.tokens[k + 1].lower === 'of' || ctx.tokens[k + 1].lower === 'for') && personNoun(ctx.tokens[k].lower);
    if (j > s && j + 1 < ceiling && tokens[j].text === ',' && roleNoun) {
      const ei = ctx.tokenEntity[j + 1];
      if (ei >= 0 && ctx.entities[ei].type === 'person') {
        let e = j + 1;
        while (e < ceiling && ctx.tokenEntity[e] === ei) e++;
        if (e >= ceiling || tokens[e].text === ',' || tokens[e].text === '.') return [j + 1, e];
      }
    }
    // (`," say residents after the closure`, `," said local officials`: right after the
    // quotation, a plural noun for people, alone.)
    const head = j > s ? ctx.tokens[j - 1]?.lower ?? '' : '';
    if (lenient && j > s && (j >= ceiling || !isWord(tokens[j]) || NP_STOP.has(ctx.tokens[j]?.lower)) && (/\p{Ll}s$/u.test(head) || head === 'police' || head === 'staff') && personNoun(head)) return [s, j];
    // (`'...', says minister`, `warns health minister`: a headline drops its articles; a noun for a
    // person or a body closing the line after the verb is who speaks.)
    if (j > s && j - s <= 3 && personNoun(head) && displayLineEnds(ctx, s, j)) return [s, j];
    if (j === s || j >= ceiling || !(ctx.tokenEntity[j] >= 0 && ctx.entities[ctx.tokenEntity[j]].type === 'person') && !(/^\p{Lu}/u.test(tokens[j].text) && TITLE_WORDS.has(ctx.tokens[j]?.lower))) return null;
  }
  let e = s;
  let participle = false;
  while (e < ceiling && e < s + 12) {
    const t = tokens[e];
    if (ctx.tokenQuote[e] >= 0) break;
    // ("said Inspector General of Police (IGP) Tomas Brink", "said Deputy Commissioner of Police
    // (East) Priya Menon": an office's initials or its zone in brackets, then its holder.)
    if (t.text === '(' && e > s) {
      const close = tokens[e + 2]?.text === ')' ? e + 2 : tokens[e + 3]?.text === ')' ? e + 3 : -1;
      const held = close > 0 && close + 1 < ceiling ? ctx.tokenEntity[close + 1] : -1;
      if (held >= 0 && ctx.entities[held].type === 'person' && ctx.entities[held].role) { e = close + 1; continue; }
    }
    if (t.kind === 'punct' && t.text !== '-' && t.text !== "'s" && t.text !== '’s' && t.text !== '.') break;
    if (t.kind === 'punct' && t.text === '.') break;
    const w = t.lower;
    // ("a person close to the singer", like "a person familiar with the matter": "to" after
    // "close" belongs to the phrase.)
    // (Not inside a name: "the Maritime and Coastguard Agency's head".)
    if (e > s && !(ctx.tokenEntity[e] >= 0 && ctx.tokenEntity[e] === ctx.tokenEntity[e - 1]) && (w === 'who' || w === 'which' || w === 'that' || w === 'in' || w === 'on' || w === 'at' || w === 'during' || w === 'after' || w === 'when' || w === 'and' || w === 'but' || w === 'as' || (w === 'to' && ctx.tokens[e - 1].lower !== 'close') || AUXILIARIES.has(w))) break;
    // ("according to a report published on Thursday": a participle after the noun opens what is
    // said of it; not "the newly elected mayor", an adjective before it.)
    if (e > s + 1 && /^\p{Ll}{3,}ed$/u.test(t.text) && !/ly$/.test(ctx.tokens[e - 1].lower) && !DETERMINERS.has(ctx.tokens[e - 1].lower) && isWord(tokens[e - 1])) { participle = true; break; }
    e++;
  }
  if (e === s) return null;
  // ("who called the cuts "brutal", said the union would strike": a phrase before an auxiliary
  // and its verb is the subject of what was said, no inverted speaker.)
  // (The verb may open a quotation: `said the union would "fight on"`.)
  const v = e + 1 < ceiling && ctx.tokenQuote[e] < 0 && ctx.tokenQuote[e + 1] >= 0 && tokens[e + 1].kind === 'punct' ? e + 2 : e + 1;
  if (e < ceiling && AUXILIARIES.has(tokens[e].lower) && tokens[e].text === tokens[e].lower && isWord(tokens[v]) && tokens[v].text === tokens[v].lower && (v > e + 1 || ctx.tokenQuote[v] < 0)) return null;
  while (e > s + 1 && tokens[e - 1].kind === 'punct') e--;
  // The phrase must name someone: an entity, or a person or group noun.
  // (Or before a participle and its preposition that open what is said of it: "according to a
  // petition signed by ..."; not a verb and its object, "saying the city embodied the ...".)
  const reduced = participle && PARTICIPLE_FOLLOWERS.has(tokens[e + 1]?.lower ?? '');
  if (lenient && DETERMINERS.has(lw) && e - s >= 2 && e - s <= 6 && (e >= ceiling || reduced || tokens[e].text === '.' || tokens[e].text === ',')) return [s, e];
  // ("said a young driver who came to the city": "who" says the phrase before it is someone.)
  if (DETERMINERS.has(lw) && e - s >= 2 && e - s <= 6 && e < ceiling && tokens[e].lower === 'who') return [s, e];
  for (let k = s; k < e; k++) {
    const w = ctx.tokens[k]?.lower;
    if ((ctx.tokenEntity[k] >= 0 && ctx.entities[ctx.tokenEntity[k]].type !== 'place') || personNoun(w)) return [s, e];
  }
  return null;
}

/** Prepositions after a participle that opens a reduced relative clause: "signed by", "published in". */
const PARTICIPLE_FOLLOWERS = new Set(['by', 'in', 'on', 'at', 'last', 'this', 'earlier', 'for', 'from', 'with', ',']);

/** Tokens s..j end a display line (a headline, a subheading): nothing but a stop after them in it. */
function displayLineEnds(ctx: AttributionContext, s: number, j: number): boolean {
  const paragraph = ctx.sentences[ctx.tokens[s].sentence]?.paragraph ?? -1;
  if (paragraph < 0 || !ctx.furniturePara[paragraph]) return false;
  const t = ctx.tokens[j];
  return !t || t.start >= ctx.paragraphs[paragraph].end || (/^[.!]$/.test(t.text) && (ctx.tokens[j + 1]?.start ?? Infinity) >= ctx.paragraphs[paragraph].end);
}
