// Pronouns a sentence's shape resolves before the antecedent model: the one asked answers ("Rao
// asked Nasser ... he replied"); "it" is a place that opens its sentence as a verb's subject.
import type { Entity, TextSpan } from '../types';
import type { AttributionContext, Resolved } from './context';
import { isCueAt } from './cues';
import { cueInSentence } from './described';
import { countBefore } from '../text/search';
import { AUXILIARIES, humanNoun, OBJECT_BEFORE } from './words';
import { clauseStart } from './clauses';
import { FEMALE_WORDS, MALE_WORDS } from '../entities/gender';
import { ANONYMOUS_HEADS, OPENING_DETERMINERS, PRONOUNS_SPEAKER } from '../lexicon/lexicon';
import { isCapWord } from '../text/words';

/** Verbs of answering after a pronoun: "he replied", "she answered". */
const REPLY_VERBS = new Set(['replied', 'replies', 'answered', 'answers', 'responded', 'responds', 'retorted', 'retorts']);

/**
 * The person asked in the sentence before a pronoun that answers ("Rao asked Nasser if he was
 * scared. "Of course," he replied."): the last "asked" or "asks" with a person of the pronoun's
 * gender (or none known) right after it, in that sentence or the pronoun's own; else null.
 */
export function askedOne(ctx: AttributionContext, a: number, b: number, gender: 'male' | 'female'): Entity | null {
  const { tokens, tokenEntity, entities } = ctx;
  if (!REPLY_VERBS.has(ctx.tokens[b]?.lower ?? '')) return null;
  const s = tokens[a].sentence;
  const from = ctx.sentences[Math.max(0, s - 1)].firstToken;
  let found: Entity | null = null;
  for (let k = from; k + 1 < a; k++) {
    if (ctx.tokens[k].lower !== 'asked' && ctx.tokens[k].lower !== 'asks') continue;
    const ei = tokenEntity[k + 1];
    if (ei >= 0 && entities[ei].type === 'person' && (entities[ei].gender === gender || !entities[ei].gender)) found = entities[ei];
  }
  return found;
}

/** Who asks in "I asked ...", "we asked ...": the writer, whom no third-person pronoun stands for. */
const WRITER = new Set(['i', 'we']);
/** How many tokens a description after "asked" may run to its head noun: "the council's communications director". */
const ASKED_WORDS = 8;
/** How many tokens before the pronoun "I asked" is looked for in its sentence. */
const ASK_REACH = 30;

/**
 * "When I asked the council's communications director what it meant, she said: ...": in the
 * pronoun's own sentence, the one the writer asked answers, named or described. Only a person of
 * the pronoun's gender (or none known), or a description headed by a noun for a person that no
 * word of the other gender heads; else null.
 */
export function askedByWriter(ctx: AttributionContext, a: number, gender: 'male' | 'female', mention: TextSpan): Resolved | null {
  const { tokens, tokenEntity, entities, text } = ctx;
  const first = ctx.sentences[tokens[a].sentence].firstToken;
  for (let k = Math.max(first + 1, a - ASK_REACH); k + 2 < a; k++) {
    if ((tokens[k].lower !== 'asked' && tokens[k].lower !== 'asks') || !WRITER.has(tokens[k - 1].lower)) continue;
    const ei = tokenEntity[k + 1];
    if (ei >= 0) {
      const e = entities[ei];
      if (e.type !== 'person' || (e.gender && e.gender !== gender)) return null;
      return { speaker: { entity: e.id, name: e.name, anonymous: false, mention }, resolution: 'pronoun', antecedent: e.mentions.find((m) => m.start >= tokens[k + 1].start) ?? null };
    }
    if (!OPENING_DETERMINERS.has(tokens[k + 1].lower)) return null;
    let head = -1;
    for (let j = k + 2; j < Math.min(a, k + 2 + ASKED_WORDS); j++) {
      const t = tokens[j];
      if (t.text === "'s" || t.text === '’s') continue;
      if (t.kind !== 'word' || (tokenEntity[j] >= 0 && entities[tokenEntity[j]].type === 'person')) break;
      if (humanNoun(t.lower)) head = j;
      else if (head >= 0) break;
    }
    if (head < 0 || (gender === 'female' ? MALE_WORDS : FEMALE_WORDS).test(tokens[head].lower)) return null;
    const span = { start: tokens[k + 1].start, end: tokens[head].end, text: text.slice(tokens[k + 1].start, tokens[head].end) };
    return { speaker: { entity: null, name: span.text, anonymous: ANONYMOUS_HEADS.has(tokens[head].lower) && tokens[k + 1].lower !== 'the', mention: span }, resolution: 'pronoun', antecedent: span };
  }
  return null;
}

/**
 * "Harlow Hall declined to comment on what it called "speculation"": a place that opens the
 * pronoun's sentence as the subject of a verb in lower case speaks for whoever works there; "it"
 * is that place. Null when the sentence opens otherwise or names anything else before the pronoun.
 */
export function speakingPlace(ctx: AttributionContext, at: number, mention: TextSpan): Resolved | null {
  const { tokens, tokenEntity, entities } = ctx;
  const first = ctx.sentences[tokens[at].sentence].firstToken;
  const ei = tokenEntity[first];
  if (ei < 0 || entities[ei].type !== 'place') return null;
  let e = first;
  while (e < at && tokenEntity[e] === ei) e++;
  const verb = tokens[e];
  if (!verb || verb.kind !== 'word' || verb.text !== verb.lower || !(verb.lower.endsWith('ed') || AUXILIARIES.has(verb.lower) || isCueAt(ctx, e))) return null;
  // (No name between, listed or not: "Harlow Hall stayed quiet as Velcor dropped what it called".)
  for (let k = e; k < at; k++) if ((tokenEntity[k] >= 0 && tokenEntity[k] !== ei) || /^\p{Lu}/u.test(tokens[k].text)) return null;
  const span = { start: tokens[first].start, end: tokens[e - 1].end, text: ctx.text.slice(tokens[first].start, tokens[e - 1].end) };
  return { speaker: { entity: entities[ei].id, name: entities[ei].name, anonymous: false, mention }, resolution: 'pronoun', antecedent: span };
}


/** How many tokens back an indefinite description is looked for by "the source said". */
const DESCRIPTION_REACH = 120;

/**
 * "A senior government source insisted ... "...," the source said": a definite description of an
 * anonymous source is the indefinite one introduced before it with the same head noun, in its
 * paragraph or the one before; that phrase's span, or null.
 */
export function indefiniteAntecedent(ctx: AttributionContext, a: number, head: string): TextSpan | null {
  const { tokens, text } = ctx;
  const paragraphOf = (k: number): number => ctx.sentences[tokens[k].sentence].paragraph;
  const floor = paragraphOf(a) - 1;
  for (let k = a - 1; k >= 0 && k >= a - DESCRIPTION_REACH && paragraphOf(k) >= floor; k--) {
    if (tokens[k].lower !== head || ctx.tokenQuote[k] >= 0) continue;
    let d = k - 1;
    // (Its modifiers in lower case, or a place's or a body's name, "a senior U.S. official", or a
    // capitalised word no person's name is, "a senior Harlow official".)
    const modifier = (j: number): boolean => !/^(?:a|an|one|the)$/.test(tokens[j].lower) && ((tokens[j].kind === 'word' && tokens[j].text === tokens[j].lower)
      || (ctx.tokenEntity[j] >= 0 ? ctx.entities[ctx.tokenEntity[j]].type !== 'person' : tokens[j].kind === 'word' && /^\p{Lu}/u.test(tokens[j].text)));
    while (d >= 0 && d > k - 6 && modifier(d)) d--;
    if (d < 0 || !/^(?:a|an|one)$/.test(tokens[d].lower)) continue;
    return { start: tokens[d].start, end: tokens[k].end, text: text.slice(tokens[d].start, tokens[k].end) };
  }
  return null;
}

/**
 * The description from `k` (its determiner, opening sentence `sent` or its main clause after an
 * opening phrase, "Outside court, the driver said ...") to its noun at `j` is the first person its
 * paragraph speaks of and the subject of a verb of saying right after it: "The law officer told
 * the court ...".
 */
export function introducedSpeaker(ctx: AttributionContext, k: number, j: number, sent: { firstToken: number; endToken: number; paragraph: number }): boolean {
  return (k === sent.firstToken || k === clauseStart(ctx, sent.firstToken, sent.endToken)) && !namedBetween(ctx, ctx.paragraphs[sent.paragraph].start, ctx.tokens[k].start)
    && cueInSentence(ctx, j + 1, Math.min(sent.endToken, j + 3));
}

/** Words that open a description of someone unnamed: a possessive ("Her lawyer") or an indefinite determiner ("A neighbour"). */
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their']);
/** The writer's possessives: after them the pronoun can only be the one described ("Our neighbour was less sure. ... she said"). */
const WRITERS = new Set(['my', 'our']);
const INDEFINITE_DETERMINERS = new Set(['a', 'an', 'one', 'another']);
/** Words that open a description describedSubject reads: any of the above, or "the". */
const DESCRIBING_DETERMINERS = new Set([...POSSESSIVE_DETERMINERS, ...WRITERS, ...INDEFINITE_DETERMINERS, 'the']);
/** Words that end a description before its noun: "One of the soldiers" is one of several. */
const NOT_MODIFIERS = new Set(['of', 'the', 'a', 'an', 'and', 'or', 'who', 'that', 'which', 'in', 'to', 'for', 'with', 'at', 'on', 'from', 'by']);
const RELATIVES = new Set(['who', 'whom', 'whose', 'that', 'which']);
/** How many words a description may run to its noun: "Her long-time business partner". */
const DESCRIBED_NOUN_REACH = 4;

/** How many tokens back a possessive description is looked for with the name it was given in apposition. */
const SAME_DESCRIPTION_REACH = 400;

/**
 * "Her sister, Mair Quarle, 66, was adopted ... Her sister agreed": the person named in apposition
 * after the same words (tokens[a, b), in any case) earlier in the article, or null. Bounded:
 * SAME_DESCRIPTION_REACH tokens.
 */
function namedWithSameDescription(ctx: AttributionContext, a: number, b: number): Entity | null {
  const { tokens, tokenEntity, entities } = ctx;
  const n = b - a;
  for (let i = a - n; i >= 0 && i >= a - SAME_DESCRIPTION_REACH; i--) {
    let same = true;
    for (let m = 0; m < n && same; m++) same = tokens[i + m].lower === tokens[a + m].lower;
    if (!same || tokens[i + n]?.text !== ',' || ctx.tokenQuote[i] >= 0) continue;
    const ei = tokenEntity[i + n + 1] ?? -1;
    return ei >= 0 && entities[ei].type === 'person' ? entities[ei] : null;
  }
  return null;
}

/** How many sentences back describedSubject looks, those inside a quotation among them. */
const QUOTED_SENTENCES = 8;

/**
 * The described person's noun (at `noun`) may be whom a pronoun of `gender` at `pos` stands for:
 * its gender does not disagree, and nobody is named between them.
 */
function stillDescribed(ctx: AttributionContext, noun: TextSpan & { readonly lower: string }, pos: number, gender: 'male' | 'female'): boolean {
  if (gender === 'female' ? MALE_WORDS.test(noun.lower) : FEMALE_WORDS.test(noun.lower)) return false;
  return !namedBetween(ctx, noun.end, pos);
}

/** A person is named (a mention starts) between offsets `from` and `to`, either way round. */
export function namedBetween(ctx: AttributionContext, from: number, to: number): boolean {
  return countBefore(ctx.personMentions, (m) => m.start < to) !== countBefore(ctx.personMentions, (m) => m.start < from);
}

/**
 * "The patient's daughter", "the victim's mother": after "the" at k, a noun for a person in lower
 * case, its possessive, and a noun for a person whose gender does not disagree, nobody named
 * since (before pos): the phrase's span, else null.
 */
function possessedPerson(ctx: AttributionContext, k: number, pos: number, gender: 'male' | 'female'): TextSpan | null {
  const { tokens, tokenEntity } = ctx;
  const owner = tokens[k + 1];
  // ("The assembly's presiding officer": a body's noun for the owner, and a word before the head.)
  const body = !humanNoun(owner.lower);
  const n = body && tokens[k + 4] && tokens[k + 3].kind === 'word' && tokens[k + 3].text === tokens[k + 3].lower && tokenEntity[k + 3] < 0 && !humanNoun(tokens[k + 3].lower) ? k + 4 : k + 3;
  const noun = tokens[n];
  if (owner.kind !== 'word' || owner.text !== owner.lower || tokenEntity[k + 1] >= 0 || (tokens[k + 2].text !== "'s" && tokens[k + 2].text !== '’s')) return null;
  if (!noun || noun.kind !== 'word' || noun.text !== noun.lower || tokenEntity[n] >= 0 || !humanNoun(noun.lower) || ctx.tokenQuote[k] >= 0) return null;
  const next = tokens[n + 1];
  if (next && (next.text === "'s" || next.text === '’s' || next.lower === 'of')) return null;
  if (!stillDescribed(ctx, noun, pos, gender)) return null;
  return { start: tokens[k].start, end: noun.end, text: ctx.text.slice(tokens[k].start, noun.end) };
}

/**
 * `Dana Ruiz said she had not been consulted. Her lawyer was blunt. "...," she said`: someone
 * unnamed, described as the subject of the pronoun's sentence or of the one before it in its
 * paragraph, after everyone named and before the pronoun, is the person the pronoun most likely
 * continues, whatever the sentence says of them. The description: a possessive or an indefinite
 * determiner (or the writer's, "my", "our") and, within four words, a noun for a person in lower case that is no entity's
 * mention and whose gender does not disagree; not someone's ("Her lawyer's fees"), nor one of
 * several ("One of the residents"), nor in apposition to the pronoun ("A teacher, she ...");
 * or "the", a person's possessive and the noun ("The patient's daughter", possessedPerson). Its
 * span, whether it opens with a possessive ("Her sister" may be her, or her sister), and the one
 * named after the same words before ("Her sister, Mair Quarle,"), or null. Bounded: two sentences
 * outside the quotation, four words each.
 */
export function describedSubject(ctx: AttributionContext, at: number, pos: number, gender: 'male' | 'female'): { span: TextSpan; possessive: boolean; named: Entity | null } | null {
  const { tokens, sentences, tokenEntity } = ctx;
  const si = tokens[at]?.sentence ?? -1;
  // (The pronoun's sentence and the one before, not counting sentences inside the quotation:
  // "Her sister agreed. "We have the same laugh. It's uncanny," she said.")
  const para = ctx.paragraphs[sentences[si]?.paragraph ?? -1];
  const quoteOpens = !!para && ctx.tokenQuote[sentences[para.firstSentence]?.firstToken ?? -1] >= 0;
  let paragraphFirst = si;
  for (let s = si, seen = 0; s >= 0 && seen < 2 && s >= si - QUOTED_SENTENCES; s--) {
    const sent = sentences[s];
    // (Or the paragraph before's last sentence, where the pronoun's paragraph opens with the
    // quotation, as copy of one sentence to a paragraph sets it: "The man's brother said the pair
    // were experienced.\n\n"He's done this track a dozen times," he said.")
    if (!sent || (sent.paragraph !== sentences[si].paragraph && !(sent.paragraph === sentences[si].paragraph - 1 && s === paragraphFirst - 1 && quoteOpens && !ctx.furniturePara[sent.paragraph]))) return null;
    if (sent.paragraph === sentences[si].paragraph) paragraphFirst = s;
    let k = sent.firstToken;
    while (k < sent.endToken && tokens[k].kind === 'punct') k++;
    if (s !== si && ctx.tokenQuote[k] >= 0) continue;
    seen++;
    // ("In a statement read to the court, his partner said ...": after an opening phrase too.)
    if (!DESCRIBING_DETERMINERS.has(tokens[k]?.lower ?? '')) k = clauseStart(ctx, k, sent.endToken);
    const det = tokens[k]?.lower ?? '';
    // ("The patient's daughter told the paper ... "...," she said": someone described by whose
    // kin or whose someone they are, the possessor a noun for a person too.)
    const kin = det === 'the' && k + 3 < Math.min(sent.endToken, at) ? possessedPerson(ctx, k, pos, gender) : null;
    if (kin) return { span: kin, possessive: false, named: null };
    if (k >= at || !(POSSESSIVE_DETERMINERS.has(det) || INDEFINITE_DETERMINERS.has(det) || WRITERS.has(det)) || ctx.tokenQuote[k] >= 0) continue;
    for (let j = k + 1; j < Math.min(sent.endToken, at, k + 1 + DESCRIBED_NOUN_REACH); j++) {
      const t = tokens[j];
      if (t.kind !== 'word' || tokenEntity[j] >= 0 || t.text !== t.lower || NOT_MODIFIERS.has(t.lower)) break;
      if (!humanNoun(t.lower)) continue;
      const next = tokens[j + 1];
      // ("A police officer": a noun for people before the one that heads the phrase.)
      if (next && next.kind === 'word' && next.text === next.lower && humanNoun(next.lower)) continue;
      // (Nor a kind of person a relative clause defines: "A president who ordered the raid will
      // hand ..." is someone named before.)
      if (!next || next.text === "'s" || next.text === '’s' || next.lower === 'of' || RELATIVES.has(next.lower)) return null;
      if (next.text === ',' && PRONOUNS_SPEAKER.has(tokens[j + 2]?.lower ?? '')) return null;
      // (Nobody named since: "Her lawyer, Sam Okonjo, was blunt" names whom the pronoun stands for.)
      if (!stillDescribed(ctx, t, pos, gender)) return null;
      const span = { start: tokens[k].start, end: t.end, text: ctx.text.slice(tokens[k].start, t.end) };
      // ("His partner ... "...," she wrote": a possessor of the other gender is not whom the pronoun
      // stands for; the one described is.)
      const possessive = POSSESSIVE_DETERMINERS.has(det) && det !== (gender === 'female' ? 'his' : 'her');
      return { span, possessive, named: POSSESSIVE_DETERMINERS.has(det) ? namedWithSameDescription(ctx, k, j + 1) ?? spouseNamed(ctx, det, t.lower, k) : null };
    }
  }
  return null;
}

/** Said of a person the copy may not or will not name: ", who cannot be named for legal reasons". */
const UNNAMED = /^\s*,?\s*who (?:cannot|can ?not|can['’]t|could not|may not|must not) be (?:named|identified)|^\s*,?\s*who (?:asked|declined|did not want|didn['’]t want|wished) (?:not )?to be (?:named|identified)/i;

/**
 * The person described right before token k is one the article says it cannot name: "The
 * apprentice, who cannot be named, now uses a wheelchair". Such a description is nobody named
 * elsewhere in the article, whatever its noun. Bounded: the next 80 characters.
 */
export function unnamedAfter(ctx: AttributionContext, k: number): boolean {
  const t = ctx.tokens[k];
  return !!t && UNNAMED.test(ctx.text.slice(t.start, t.start + 80));
}

/** How many sentences back an unnamed "One, who asked not to be named," is looked for. */
const UNNAMED_ONE_SENTENCES = 3;

/**
 * "Former employees said ... One, who asked not to be named, described it as "brutal". "...," she
 * said": one of a group the article will not name, opening a sentence in the pronoun's paragraph
 * or the one before, nobody named since, is whom the pronoun stands for. Its span ("One"), or null.
 */
export function unnamedOne(ctx: AttributionContext, at: number, pos: number, mention: TextSpan): Resolved | null {
  const { tokens, sentences } = ctx;
  const si = tokens[at]?.sentence ?? -1;
  const para = sentences[si]?.paragraph ?? -1;
  for (let s = si; s >= 0 && s > si - UNNAMED_ONE_SENTENCES; s--) {
    const sent = sentences[s];
    if (!sent || sent.paragraph < para - 1) return null;
    const k = sent.firstToken;
    const t = tokens[k];
    if (!t || (t.lower !== 'one' && t.lower !== 'another') || t.start >= pos || tokens[k + 1]?.text !== ',' || !unnamedAfter(ctx, k + 1)) continue;
    if (namedBetween(ctx, t.end, pos)) return null;
    const span = { start: t.start, end: t.end, text: t.text };
    return { speaker: { entity: null, name: span.text, anonymous: true, mention }, resolution: 'pronoun', antecedent: span };
  }
  return null;
}

/** How many person mentions back the one a possessive stands for is looked for. */
const SPOUSE_REACH = 20;

/**
 * "Jo and Steve Harmer's bungalow ... Her husband said": the one person named with the family
 * name of the woman "her" stands for (the last woman named before token k), of the husband's
 * gender, is whom "Her husband" names; so "his wife". Else null.
 */
function spouseNamed(ctx: AttributionContext, det: string, noun: string, k: number): Entity | null {
  if (noun !== 'husband' && noun !== 'wife') return null;
  const owner = det === 'her' ? 'female' : det === 'his' ? 'male' : null;
  const spouse = noun === 'husband' ? 'male' : 'female';
  if (!owner) return null;
  const mentions = ctx.personMentions;
  let possessor: Entity | null = null;
  for (let i = countBefore(mentions, (m) => m.start < ctx.tokens[k].start) - 1, n = 0; i >= 0 && n < SPOUSE_REACH && !possessor; i--, n++) if (mentions[i].entity.gender === owner) possessor = mentions[i].entity;
  if (!possessor) return null;
  const family = possessor.name.slice(possessor.name.lastIndexOf(' ') + 1);
  if (family === possessor.name) return null;
  const found = ctx.entities.filter((e) => e !== possessor && e.type === 'person' && e.gender === spouse && e.name !== family && e.name.endsWith(` ${family}`));
  return found.length === 1 ? found[0] : null;
}

/**
 * Someone named among personMentions[i, j) who is no object: not right after a preposition or a
 * verb it is the object of (OBJECT_BEFORE), its titles read past ("led by Inspector Dan Hollis"). Bounded: at most eight mentions, three titles each.
 */
export function subjectNamedBetween(ctx: AttributionContext, i: number, j: number): boolean {
  const { tokens, personMentions } = ctx;
  if (j - i > 8) return true;
  for (let n = i; n < j; n++) {
    let k = countBefore(tokens, (t) => t.start < personMentions[n].start);
    for (let back = 0; back < 3 && k > 0 && isCapWord(tokens[k - 1]) && ctx.tokenEntity[k - 1] < 0; back++) k--;
    if (!(k > 0 && OBJECT_BEFORE.has(tokens[k - 1].lower) && tokens[k - 1].text === tokens[k - 1].lower)) return true;
  }
  return false;
}
