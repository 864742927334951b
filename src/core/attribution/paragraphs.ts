// Attribution across sentences of a paragraph: the nearest other sentence's cue, a cue closing
// the sentence, quotation-only paragraphs, and whether another speaker starts between two quotations.
import type { Entity } from '../types';
import { ROLE_NOUNS, TITLE_WORDS } from '../lexicon/lexicon';
import { DETERMINERS, INVERTING, ISSUED_DOCUMENTS, OBJECT_PREPOSITIONS } from './words';
import { found, type AttributionContext, type Found } from './context';
import { isCueAt } from './cues';
import { clauseSubject, isPersonish, issuerOf, personSubject } from './clauses';
import { hasQuoteBetween, subjectBefore } from './phrases';
import { subjectAfter } from './subject-after';
import { speakerFrom } from './speakers';

/** `More from the minister:`: the name right before a colon that ends a sentence. */
export function colonSubject(ctx: AttributionContext, si: number): Found | null {
  const { tokens, sentences } = ctx;
  const st = sentences[si];
  if (!st) return null;
  const e = st.endToken - 1;
  if (tokens[e]?.text !== ':') return null;
  let subj = subjectBefore(ctx, e, st.firstToken) ?? clauseSubject(ctx, st.firstToken, e);
  // ("Cllr Dana Ruiz sent this statement:", "The council issued the following statement:": a
  // document a verb before it governs is the object; whoever sent it speaks.)
  const v = subj ? subj[0] - 1 : -1;
  if (subj && v > st.firstToken && ISSUED_DOCUMENTS.has(tokens[subj[1] - 1].lower) && tokens[v].kind === 'word' && tokens[v].text === tokens[v].lower && !OBJECT_PREPOSITIONS.has(tokens[v].lower) && !DETERMINERS.has(tokens[v].lower)) {
    const sender = clauseSubject(ctx, st.firstToken, v);
    if (sender && sender[1] <= v) subj = sender;
  }
  return subj ? { speakerStart: subj[0], speakerEnd: subj[1], cueStart: e, cueEnd: e + 1, method: 'paragraph', rule: 'colon-paragraph' } : null;
}

/** The attribution in the closest other sentence of the paragraph: a cue verb with a subject. */
export function paragraphCue(ctx: AttributionContext, p: number, exceptSentence: number, lastOnly = false): Found | null {
  const { paragraphs } = ctx;
  const para = paragraphs[p];
  let best: Found | null = null;
  let bestDist = Infinity;
  // The nearest sentences only: an attribution further away does not carry.
  const from = lastOnly ? para.endSentence - 1 : Math.max(para.firstSentence, exceptSentence - 4);
  const to = lastOnly ? para.endSentence : Math.min(para.endSentence, exceptSentence < 0 ? para.endSentence : exceptSentence + 5);
  for (let si = from; si < to; si++) {
    if (si === exceptSentence) continue;
    const f = sentenceCue(ctx, si);
    if (!f) continue;
    const dist = Math.abs(si - exceptSentence) + (si > exceptSentence ? 0.5 : 0);
    if (dist < bestDist) { bestDist = dist; best = f; }
  }
  return best;
}

/** `..., he remarked.`, `..., Smith said on Friday.`: an attribution that closes the sentence. */
export function sentenceTailCue(ctx: AttributionContext, si: number): Found | null {
  const { tokens, tokenQuote, sentences } = ctx;
  const st = sentences[si];
  let end = st.endToken;
  // (Over a few closing marks only: a sentence that ends in a run of punctuation has no tail cue.)
  while (end > st.firstToken && st.endToken - end < 8 && tokens[end - 1].kind === 'punct') end--;
  if (end > st.firstToken && tokens[end - 1].kind === 'punct') return null;
  for (let k = end - 1; k > st.firstToken + 1 && k >= end - 8; k--) {
    if (tokenQuote[k] >= 0) return null;
    if (!isCueAt(ctx, k)) continue;
    const subj = subjectBefore(ctx, k, st.firstToken);
    // (After a comma, or a closing mark: `... information," he remarked.`; a title in lower case
    // may stand between, `..., its chief executive Dana Ruiz told staff.`)
    let open = subj ? subj[0] : 0;
    while (subj && open > st.firstToken && open > subj[0] - 4 && tokens[open - 1].kind === 'word' && tokens[open - 1].text === tokens[open - 1].lower
      && (TITLE_WORDS.has(tokens[open - 1].lower) || ROLE_NOUNS.has(tokens[open - 1].lower) || DETERMINERS.has(tokens[open - 1].lower))) open--;
    if (!subj || open < 1 || !(tokens[open - 1].text === ',' || tokenQuote[open - 1] >= 0) || !isPersonish(ctx, subj[0], subj[1])) return null;
    return found('sentence-tail', 'cue-after', subj, k, k + 1);
  }
  return null;
}

/** The first attribution verb with a subject in a sentence (computed once a sentence). */
export function sentenceCue(ctx: AttributionContext, si: number): Found | null {
  const { tokenQuote, sentences } = ctx;
  const known = ctx.memo.sentenceCue.get(si);
  if (known !== undefined) return known;
  const st = sentences[si];
  let result: Found | null = null;
  for (let k = st.firstToken; k < st.endToken && !result; k++) {
    if (tokenQuote[k] >= 0 || !isCueAt(ctx, k)) continue;
    // (A speaker after the verb only where speech inverts, "said Ruiz", not after "to describe the problem".)
    const subj = subjectBefore(ctx, k, st.firstToken) ?? (INVERTING.test(ctx.tokens[k].lower) && ctx.tokens[k - 1]?.lower !== 'to' ? subjectAfter(ctx, k, st.endToken) : null);
    if (!subj || hasQuoteBetween(ctx, subj[0], subj[1])) continue;
    // ("The party issued a statement apologising ...": who issued it.)
    result = found('paragraph-cue', 'paragraph', issuerOf(ctx, subj, st.firstToken) ?? subj, k, k + 1);
  }
  ctx.memo.sentenceCue.set(si, result);
  return result;
}

/** The paragraph holds nothing but quotations (and punctuation). */
export function quoteOnlyParagraph(ctx: AttributionContext, p: number): boolean {
  const known = ctx.memo.quoteOnly.get(p);
  if (known !== undefined) return known;
  const v = quoteOnlyScan(ctx, p);
  ctx.memo.quoteOnly.set(p, v);
  return v;
}

export function quoteOnlyScan(ctx: AttributionContext, p: number): boolean {
  const { tokens, tokenQuote, sentences, paragraphs } = ctx;
  const para = paragraphs[p];
  const first = sentences[para.firstSentence]?.firstToken ?? 0;
  const end = sentences[para.endSentence - 1]?.endToken ?? 0;
  for (let k = first; k < end; k++) if (tokenQuote[k] < 0 && tokens[k].kind === 'word') return false;
  return true;
}

/** The paragraph quotes someone other than `e`. */
export function paragraphQuotesOther(ctx: AttributionContext, p: number, e: Entity): boolean {
  const { paragraphs, results, quotes } = ctx;
  // Results follow the quotations in text order: look back only as far as the paragraph.
  for (let i = results.length - 1; i >= 0 && quotes[i].end >= paragraphs[p].start; i--) {
    const sp = results[i].speaker;
    if (sp?.mention && sp.entity !== e.id && sp.mention.start >= paragraphs[p].start && sp.mention.start < paragraphs[p].end) return true;
  }
  return false;
}

export function paragraphIsQuoteLed(ctx: AttributionContext, p: number): boolean {
  const { paragraphs, text } = ctx;
  const para = paragraphs[p];
  const c = text.charAt(para.start);
  return c === '"' || c === '“' || c === '‘' || c === "'";
}

/** The paragraph ends inside or right after a quotation. */
export function quotedTail(ctx: AttributionContext, p: number): boolean {
  const { paragraphs, text } = ctx;
  const para = paragraphs[p];
  const tail = text.slice(Math.max(para.start, para.end - 3), para.end);
  return /["”’']\s*$/.test(tail) || /["”’'][.!?]?$/.test(tail);
}

export function otherSpeakerBetween(ctx: AttributionContext, a: number, b: number): boolean {
  const { tokens, tokenQuote, sentences, results, quotes, quoteTokens, entityById } = ctx;
  // A cue verb with a subject between two quotations means a new attribution started.
  const from = quoteTokens[a][1];
  const to = quoteTokens[b][0];
  for (let k = from; k < to; k++) {
    if (isCueAt(ctx, k) && tokenQuote[k] < 0) {
      const s = subjectBefore(ctx, k, from);
      if (s) {
        const sp = speakerFrom(ctx, s[0], s[1], quotes[b].start, tokens[k].sentence >= 0 ? sentences[tokens[k].sentence].paragraph : 0, null).speaker;
        const prevSp = results[a].speaker;
        // "Interfax reported" credits an agency; it does not change the speaker.
        const agency = sp.entity ? entityById.get(sp.entity)?.agency : false;
        if (prevSp && !agency && sp.name !== prevSp.name && sp.entity !== prevSp.entity) return true;
      }
    }
    // ('"I've never seen it," she said. Brink nodded. "Nor me."': a whole sentence between them
    // whose subject is someone else named (personSubject, as rule previous-sentence reads it)
    // hands the next words to that person.)
    if (k > from && tokens[k].sentence !== tokens[k - 1].sentence && sentences[tokens[k].sentence].endToken <= to) {
      const prevSp = results[a].speaker;
      const end = sentences[tokens[k].sentence].endToken;
      // (Its subject is read only where it names a person at all.)
      let named = false;
      for (let j = k; j < end && !named; j++) named = ctx.tokenEntity[j] >= 0 && ctx.entities[ctx.tokenEntity[j]].type === 'person';
      const about = prevSp && named ? personSubject(ctx, k, end) : null;
      if (about && prevSp && prevSp.entity !== about.entity.id) return true;
    }
  }
  return false;
}
