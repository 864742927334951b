// Attribution: for each quotation, its speaker and cue, the agency that carried it, and the
// evidence (rule, tier, how the speaker's mention was read). A small runner over named rules:
// see rules/index.ts for the order and rules/*.ts for each convention.
import { TELL_VERBS } from '../lexicon/lexicon';
import type { QuoteSpan } from '../quotes/quotes';
import type { AnalysisTrace, AttributionMethod, Entity, Speaker, Structure, TextSpan } from '../types';
import { furnitureAt } from '../text/furniture';
import { countBefore } from '../text/search';
import type { ConfidenceModel } from './confidence';
import { countWords } from '../text/words';
import { tokenSpan, WINDOW, type AttributionContext, type Attributed, type Decision, type QuoteState } from './context';
import { isWord } from './cues';
import type { ContextRule, Credit } from './rule';
import { CONTEXT_RULES, CUE_RULES, pullQuote, quotationEnd, speechOrNot, termOfSubject } from './rules';
import { CONTEXT_TERM } from './rules/speech-or-not';
import { intervieweeBefore, proseInterviewTurns } from './rules/interview-answer';
import { agencyIn, speakerFrom } from './speakers';

export type { Attributed, Decision, Resolution } from './context';

function buildContext(text: string, structure: Structure, entities: readonly Entity[], tokenEntity: Int32Array, quotes: readonly QuoteSpan[], trace?: AnalysisTrace, antecedentModel?: ConfidenceModel): AttributionContext {
  const { tokens } = structure;
  const tokenQuote = new Int32Array(tokens.length).fill(-1);
  const quoteTokens: [number, number][] = [];
  let k = 0;
  for (let q = 0; q < quotes.length; q++) {
    while (k < tokens.length && tokens[k].end <= quotes[q].start) k++;
    const a = k;
    while (k < tokens.length && tokens[k].start < quotes[q].end) { tokenQuote[k] = q; k++; }
    quoteTokens.push([a, k]);
  }
  // Paragraphs that are furniture give no context: not their people, not their quotations.
  const furniturePara = new Uint8Array(structure.paragraphs.length);
  for (const p of structure.paragraphs) {
    const f = furnitureAt(structure.furniture, p.start);
    if (f && f.start <= p.start && f.end >= p.end) furniturePara[p.index] = 1;
  }
  const personMentions: { start: number; entity: Entity }[] = [];
  const organizationMentions: { start: number; entity: Entity }[] = [];
  for (let t = 0; t < tokens.length; t++) {
    const ei = tokenEntity[t];
    if (ei < 0 || tokenQuote[t] >= 0 || (t > 0 && tokenEntity[t - 1] === ei)) continue;
    if (furniturePara[structure.sentences[tokens[t].sentence].paragraph]) continue;
    const e = entities[ei];
    if (e.type === 'person' && !e.author) personMentions.push({ start: tokens[t].start, entity: e });
    else if (e.type === 'organization') organizationMentions.push({ start: tokens[t].start, entity: e });
  }
  const turnSpeaker: (Speaker | null)[] = new Array(structure.paragraphs.length).fill(null);
  const lastNonPunct = new Int32Array(tokens.length);
  for (let t = 0, last = -1; t < tokens.length; t++) { if (tokens[t].kind !== 'punct') last = t; lastNonPunct[t] = last; }
  const ctx: AttributionContext = {
    text, tokens, structure, turnSpeaker, lastNonPunct, sentences: structure.sentences, paragraphs: structure.paragraphs, entities,
    entityById: new Map(entities.map((e) => [e.id, e])), tokenEntity, tokenQuote, quotes, quoteTokens, personMentions, organizationMentions, furniturePara,
    counter: { steps: 0 }, results: [], trace, antecedentModel, memo: { sentenceCue: new Map(), quoteOnly: new Map(), resolvedAt: new Map(), accordingTo: undefined, interview: undefined, cueAt: undefined, namings: undefined, quoteWords: undefined },
  };
  // Interview turns: "I" in a turn is the labelled person; an answer labelled "A" is the
  // interviewee's, the person named last before the first turn who is not its interviewer ("She
  // spoke to Tomas Brink") nor its author.
  // (An interview whose labels were lost: its answers are turns of the interviewee's all the same.)
  if (structure.turns.length) labelledTurns(ctx, turnSpeaker);
  else proseInterviewTurns(ctx, turnSpeaker);
  return ctx;
}

interface Credited {
  speaker: Speaker | null;
  cue: TextSpan | null;
  method: AttributionMethod;
  decision: Decision | null;
}

/** The cue rules in order; then, if none found a cue, the first context rule that credits the quotation. */
function decide(ctx: AttributionContext, st: QuoteState): Credited {
  for (const rule of CUE_RULES) {
    const f = rule.find(ctx, st);
    if (f) st.found = f;
  }
  const f = st.found;
  const r = f ? speakerFrom(ctx, f.speakerStart, f.speakerEnd, st.quote.start, st.paragraph, st.lastSpeaker) : null;
  if (f && r) {
    const { tokens, tokenQuote } = ctx;
    let cueEnd = f.cueEnd;
    // "told Reuters": the cue takes the one told.
    if (TELL_VERBS.has(ctx.tokens[f.cueStart]?.lower) && cueEnd < tokens.length && isWord(tokens[cueEnd]) && tokenQuote[cueEnd] < 0) cueEnd++;
    const resolution = f.rule === 'interview-label' ? 'label' : r.resolution;
    // A "she said" that cannot be linked to a named person is no explicit attribution.
    const tier = r.resolution === 'pronoun' && !r.speaker.entity && /^(?:he|she)$/i.test(r.speaker.name) ? 'inferred' : 'explicit';
    return { speaker: r.speaker, cue: tokenSpan(ctx, f.cueStart, cueEnd), method: f.method, decision: { rule: f.rule, tier, resolution, antecedent: r.antecedent, antecedentScore: r.antecedentScore ?? null, ...(r.antecedentRival !== undefined ? { antecedentRival: r.antecedentRival } : {}) } };
  }
  for (const rule of CONTEXT_RULES) {
    const c = rule.credit(ctx, st);
    if (c) return fromCredit(rule, c);
  }
  return { speaker: null, cue: null, method: 'none', decision: null };
}

function fromCredit(rule: ContextRule, c: Credit): Credited {
  return { speaker: c.speaker, cue: c.cue, method: c.method, decision: { rule: rule.id, tier: rule.tier, resolution: c.resolution, antecedent: c.antecedent, antecedentScore: null } };
}

/** The speakers of a transcript's labelled turns ("Tomas Brink:", "Q:", "A:"), into `turnSpeaker` by paragraph. */
function labelledTurns(ctx: AttributionContext, turnSpeaker: (Speaker | null)[]): void {
  const { tokens, tokenEntity, entities, structure } = ctx;
  const interviewee = intervieweeBefore(ctx, structure.turns[0].start) ?? undefined;
  for (const turn of structure.turns) {
    let k = countBefore(tokens, (t) => t.end <= turn.label.start);
    let e: Entity | undefined;
    for (; k < tokens.length && tokens[k].start < turn.label.end; k++) if (tokenEntity[k] >= 0) e = entities[tokenEntity[k]];
    if (!e && interviewee && /^(?:a|answer)$/i.test(turn.label.text)) e = interviewee;
    const sp: Speaker = { entity: e && e.type === 'person' ? e.id : null, name: e && e.type === 'person' ? e.name : turn.label.text, anonymous: false, mention: turn.label };
    for (let p = turn.firstParagraph; p < turn.endParagraph; p++) turnSpeaker[p] = sp;
  }
}

export function attribute(text: string, structure: Structure, entities: readonly Entity[], tokenEntity: Int32Array, quotes: readonly QuoteSpan[], counters?: { steps: number }, trace?: AnalysisTrace, antecedentModel?: ConfidenceModel): Attributed[] {
  const ctx = buildContext(text, structure, entities, tokenEntity, quotes, trace, antecedentModel);
  if (counters) ctx.counter.steps = 0;
  const { tokens, sentences, entityById, quoteTokens } = ctx;
  const results = ctx.results as Attributed[];
  let lastSpeaker: Speaker | null = null;
  let lastSpeakerParagraph = -10;
  let lastSource: string | null = null;
  let lastTier: Decision['tier'] | null = null;
  for (let qi = 0; qi < quotes.length; qi++) {
    const q = quotes[qi];
    const [qa, qb] = quoteTokens[qi];
    if (qa >= qb) {
      results.push({ speaker: null, cue: null, source: null, method: 'none', kind: 'scare', reason: 'empty quotation', decision: null });
      continue;
    }
    const sent = sentences[tokens[qa].sentence];
    const sentEnd = sentences[tokens[qb - 1].sentence];
    const st: QuoteState = {
      index: qi, quote: q, qa, qb, sIdx: tokens[qa].sentence, sEndIdx: tokens[qb - 1].sentence, sent, sentEnd,
      paragraph: sent.paragraph, innerWords: countWords(text, q.innerStart, q.innerEnd),
      lastSpeaker, lastSpeakerParagraph, lastSource, found: null, looseAfter: null,
    };
    let { speaker, cue, method, decision } = decide(ctx, st);
    // (Credited by context alone: a context rule, not a continuation of the quotation before.)
    const fromContext = !st.found && !!decision && decision.tier !== 'continuation';
    const kind = speechOrNot.classify(ctx, st, !!st.found, !!speaker, fromContext);
    if (!kind.keepSpeaker) {
      speaker = null; cue = null; method = 'none'; decision = null;
      if (kind.kind === 'scare') {
        const c = termOfSubject.credit(ctx, st);
        if (c) ({ speaker, cue, method, decision } = fromCredit(termOfSubject, c));
      }
    }
    // Continuing a speaker the text never named for this quotation's run is no surer than that
    // speaker was: a continuation of an inferred attribution is inferred too (and says so).
    if (decision && decision.tier === 'continuation' && lastTier === 'inferred') decision = { ...decision, tier: 'inferred' };
    // The agency that carried it: credited in the same sentence, or with the attribution.
    let source = agencyIn(ctx, Math.max(sent.firstToken, qa - WINDOW), Math.min(sentEnd.endToken, qb + WINDOW));
    if (!source && method === 'continuation' && st.paragraph === lastSpeakerParagraph) source = lastSource;
    if (speaker?.entity) {
      const e = entityById.get(speaker.entity);
      if (e?.agency && !source) source = e.id;
    }
    // (A term the paragraph's speaker was credited with leaves them the last speaker, as the
    // paragraph's cue made them.)
    if (speaker && (kind.kind === 'direct' || kind.reason === CONTEXT_TERM) && !ctx.furniturePara[st.paragraph]) {
      lastSpeaker = speaker;
      lastSpeakerParagraph = st.paragraph;
      lastSource = source;
      lastTier = decision?.tier ?? null;
    }
    results.push({ speaker, cue, source, method, kind: kind.kind, reason: speaker && kind.kind === 'direct' ? null : kind.reason, decision: speaker ? decision : null });
  }
  // A quotation that runs on over paragraphs is the speaker's named where it ends: from the last back.
  for (let qi = quotes.length - 2; qi >= 0; qi--) {
    const j = quotationEnd.endsAt(ctx, results, qi);
    if (j < 0) continue;
    const from = results[j];
    results[qi] = { ...results[qi], speaker: from.speaker, cue: from.cue, source: from.source, method: from.method, decision: { ...from.decision!, rule: quotationEnd.id } };
  }
  // Display lines repeat the body's quotations: credited once every body quotation is.
  for (let qi = 0; qi < quotes.length; qi++) {
    const j = pullQuote.repeats(ctx, results, qi);
    if (j < 0) {
      const r = results[qi];
      const sp = r.speaker && r.kind === 'direct' ? null : pullQuote.answeredIn(ctx, qi);
      if (sp) results[qi] = { speaker: sp, cue: null, source: null, method: 'paragraph', kind: 'direct', reason: null, decision: { rule: pullQuote.id, tier: 'inferred', resolution: 'label', antecedent: sp.mention, antecedentScore: null } };
      continue;
    }
    const from = results[j];
    results[qi] = { speaker: from.speaker, cue: null, source: from.source, method: from.method, kind: 'direct', reason: null, decision: { ...from.decision!, rule: pullQuote.id, repeats: j } };
  }
  if (counters) counters.steps = ctx.counter.steps;
  return results;
}
