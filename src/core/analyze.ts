// analyze(text) -> Analysis: the one entry point of the engine. Pure and synchronous.
import { plainSpaces } from './text/strings';
import { unwrapLines } from './text/unwrap';
import { originalOffsets, originalTexts, readableText } from './text/readable';
import { attribute } from './attribution';
import { candidateIndex, rankCandidates, type CandidateIndex } from './attribution/candidates';
import { houseSpellings, withDeskList } from './entities/desk';
import { ENTITY_MODEL, withConfidence } from './entities/confidence';
import { attributionConfidence, confidenceWords, continuedFrom } from './attribution/confidence';
import { findEntities } from './entities';
import { STATEMENT_NOUNS } from './lexicon/lexicon';
import { findMarkers, markerAfter } from './quotes/markers';
import { furnitureAt } from './text/furniture';
import { applySeverities, runChecks } from './checks';
import { findQuotes } from './quotes/quotes';
import { countBefore } from './text/search';
import { buildStructure } from './text/text';
import type { Decision } from './attribution/context';
import type { Analysis, AnalyzeOptions, Correction, Diagnostic, Entity, Evidence, Mention, Quote, RelatedInfo, Source, Structure, TextSpan } from './types';

/** At most this many stray quotation marks are reported in one text. */
const MAX_STRAY = 100;

/** Verbs after a document's name that cite it: "the report said", "the ruling found". */
const DOC_CUES = new Set(['said', 'says', 'stated', 'states', 'found', 'finds', 'shows', 'showed', 'concluded', 'concludes', 'noted', 'notes', 'read', 'reads', 'added', 'claimed', 'claims', 'warned', 'warns', 'argued', 'argues', 'called', 'calls', 'described', 'describes']);

const DOC_DETERMINERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'this', 'that']);

import { shorten, UNCERTAIN_BELOW } from './report/display';
import { entityWith } from './entities/copy';

export { shorten, UNCERTAIN_BELOW };

export function analyze(original: string, options: AnalyzeOptions = {}): Analysis {
  // (A no-break space pasted between two words is a space: "Kota\u00a0Bharu" is a place.)
  // (And a line break inside a hard-wrapped paragraph is a space: "Minister Dominika\nWalsh".)
  const spaced = unwrapLines(plainSpaces(original));
  // (A soft hyphen or a zero-width space inside a name is no break in it: "Velcor Hold\u00adings";
  // an HTML character reference is the character it stands for: "&quot;Yes,&quot; she said". The
  // text is read so, every offset given back in the text as written.)
  // (A quotation's or a mention's text is the document's as written, whatever was read.)
  const visible = readableText(spaced);
  if (!visible) return spaced === original ? analyzeText(spaced, options) : originalTexts(analyzeText(spaced, options), spaced, original);
  const corrections = options.corrections?.map((c) => ({ ...c, start: visible.visible(c.start), end: visible.visible(c.end) }));
  const a = analyzeText(visible.text, corrections ? { ...options, corrections } : options);
  return { ...originalOffsets(a, visible, original), length: original.length };
}

function analyzeText(text: string, options: AnalyzeOptions): Analysis {
  const structure = buildStructure(text);
  const { entities, tokenEntity } = findEntities(text, structure);
  const display = (offset: number): boolean => {
    const f = furnitureAt(structure.furniture, offset);
    return !!f && (f.kind === 'headline' || f.kind === 'heading' || f.kind === 'caption' || f.kind === 'front-matter');
  };
  const quoted = findQuotes(text, display, structure.paragraphs);
  const { stray, style: quoteStyle } = quoted;
  // (A page's boilerplate, "READ MORE:" and other stories' headlines under it, quotes no one in this story.)
  // (Nor in a footer: "Original url: ...", a pasted page's comments.)
  const spans = quoted.quotes.filter((q) => furnitureAt(structure.furniture, q.start)?.kind !== 'boilerplate' && !(structure.footer && q.start >= structure.footer.start));
  const attributed = attribute(text, structure, entities, tokenEntity, spans, options.counters as { steps: number } | undefined, options.trace, options.antecedentModel);

  const headline = structure.headline;
  const markers = findMarkers(text);
  const corrections = (options.corrections ?? []).filter((c) => c.speaker || c.notAQuotation).sort((x, y) => x.start - y.start);
  const unscored: Quote[] = spans.map((q, i) => {
    const marker = markers.length ? markerAfter(text, markers, q.end)?.kind ?? null : null;
    const correction = corrections.length ? correctionFor(corrections, q.start, q.end) : undefined;
    const a = correction?.notAQuotation
      ? { ...attributed[i], kind: 'scare' as const, speaker: null, cue: null, source: null, method: 'none' as const, reason: 'marked as not a quotation by the desk (an annotation)', decision: null }
      : correction?.speaker
        ? deskSpeaker(attributed[i], correction.speaker, entities)
        : marker === 'not-a-quote'
          ? { ...attributed[i], kind: 'scare' as const, speaker: null, cue: null, source: null, method: 'none' as const, reason: 'marked as not a quotation', decision: null }
          : attributed[i];
    const d = a.decision;
    const evidence: Evidence | null = d && a.speaker
      ? { rule: d.rule, tier: d.tier, cue: a.cue, mention: a.speaker.mention, resolution: d.resolution, antecedent: d.antecedent, antecedentScore: d.antecedentScore, ...(d.antecedentRival !== undefined ? { antecedentRival: d.antecedentRival } : {}), confidence: 1, ...(d.repeats !== undefined ? { repeats: d.repeats } : {}) }
      : null;
    const tok = structure.tokens[firstTokenAtOrAfter(structure.tokens, q.start)];
    const sentence = tok ? tok.sentence : 0;
    return {
      start: q.start,
      end: q.end,
      text: text.slice(q.start, q.end),
      inner: { start: q.innerStart, end: q.innerEnd },
      kind: a.kind,
      unclosed: q.unclosed,
      marks: q.marks ?? 'double',
      speaker: a.speaker,
      cue: a.cue,
      source: a.source,
      method: a.method,
      reason: a.reason,
      evidence,
      paragraph: structure.sentences[sentence]?.paragraph ?? 0,
      sentence,
      inHeadline: !!headline && q.start >= headline.start && q.start < headline.end,
      marker,
    };
  });

  // The desk's entity list is an input of everything after: its names, types and roles.
  const found = addPronounMentions(entities, unscored);
  const desked = options.desk ? withDeskList(text, found, unscored, options.desk) : null;
  const entityPronouns = desked?.entities ?? found;
  const named = desked?.quotes ?? unscored;
  // How sure each attribution is: the model weighs the evidence the rules left (the desk's own
  // correction is certain).
  const confidenceOf = attributionConfidence(entityPronouns, structure, text);
  const quotes: Quote[] = named.map((q) => {
    if (!q.evidence || q.evidence.resolution === 'desk') return q;
    const c = confidenceOf(q);
    return c !== null ? { ...q, evidence: { ...q.evidence, confidence: c } } : q;
  });
  // (A continuation is no surer than the attribution it continues: "she said" at 0.83, then
  // her next sentence at 0.96, would say the second is surer than the first.)
  for (let i = 0; i < quotes.length; i++) {
    const j = continuedFrom(quotes, i);
    const ev = quotes[i].evidence;
    const from = j >= 0 ? quotes[j].evidence : null;
    if (ev && from && from.confidence < ev.confidence) quotes[i] = { ...quotes[i], evidence: { ...ev, confidence: from.confidence } };
  }
  // (A display line's quotation is as sure as the body quotation it repeats: its own features
  // measure the distance to a mention in the body.)
  for (let i = 0; i < quotes.length; i++) {
    const ev = quotes[i].evidence;
    const from = ev?.repeats !== undefined ? quotes[ev.repeats]?.evidence : null;
    if (ev && from && quotes[ev.repeats!].speaker?.name === quotes[i].speaker?.name) quotes[i] = { ...quotes[i], evidence: { ...ev, confidence: from.confidence } };
  }
  const sources = findSources(text, structure, entityPronouns, quotes);
  // How sure each entity is; one the model doubts is not listed unless something rests on it.
  const listed = listedEntities(text, entityPronouns, quotes, sources, options.allEntities);
  // (A term's user, kept for the hover, goes with the entity when the model doubts the name.)
  if (listed.length < entityPronouns.length) {
    const ids = new Set(listed.map((e) => e.id));
    for (let i = 0; i < quotes.length; i++) {
      const sp = quotes[i].speaker;
      if (quotes[i].kind === 'scare' && sp?.entity && !ids.has(sp.entity)) quotes[i] = { ...quotes[i], speaker: null, evidence: null };
    }
  }
  const base = { version: 1 as const, length: text.length, quoteStyle, markers, structure, entities: listed, quotes, sources };
  const own = findDiagnostics(text, listed, quotes, stray, options);
  const checks = runChecks(text, base, options.house).filter((d) => !ignored(quotes, d));
  const spellings = options.desk ? houseSpellings(text, options.desk) : [];
  const diagnostics = [...own, ...checks, ...spellings].sort((a, b) => a.start - b.start || a.end - b.end);
  const analysis: Analysis = { ...base, diagnostics };
  return options.house?.rules ? { ...analysis, diagnostics: applySeverities(analysis.diagnostics, options.house) } : analysis;
}

/**
 * The entities with their confidence, less those below the model's threshold that nothing rests
 * on: a speaker, a source, or the desk's own entry are always listed.
 */
function listedEntities(text: string, entities: readonly Entity[], quotes: readonly Quote[], sources: readonly Source[], all = false): Entity[] {
  const scored = entities.map((e) => withConfidence(e, text));
  const threshold = ENTITY_MODEL.threshold;
  if (all || !(threshold > 0)) return scored;
  const used = new Set<string>();
  // (A scare quote's term is no statement: its user keeps no doubtful name.)
  for (const q of quotes) { if (q.speaker?.entity && q.kind === 'direct') used.add(q.speaker.entity); if (q.source) used.add(q.source); }
  for (const src of sources) if (src.entity) used.add(src.entity);
  return scored.filter((e) => (e.confidence ?? 1) >= threshold || used.has(e.id));
}

/** A check about a quotation marked `ignore` is not given (as the quotation's other diagnostics are not). */
function ignored(quotes: readonly Quote[], d: Diagnostic): boolean {
  return d.quote !== null && quotes[d.quote]?.marker === 'ignore';
}

/** The correction overlapping [start, end), if any (corrections sorted by start; a bounded look back). */
function correctionFor(corrections: readonly Correction[], start: number, end: number): Correction | undefined {
  const lo = countBefore(corrections, (c) => c.start < end);
  for (let i = lo - 1; i >= 0 && i >= lo - 8; i--) if (corrections[i].end > start) return corrections[i];
  return undefined;
}

/** The desk's speaker for a quotation: an entity of the article when one has the name, else the name as given. */
function deskSpeaker<T extends { kind: Quote['kind'] }>(a: T, name: string, entities: readonly Entity[]): T & Pick<Quote, 'speaker' | 'cue' | 'method' | 'reason'> & { decision: Decision } {
  const key = name.trim().toLowerCase();
  const entity = entities.find((e) => e.name.toLowerCase() === key || e.aliases.some((x) => x.toLowerCase() === key));
  return {
    ...a,
    kind: 'direct',
    speaker: { entity: entity?.id ?? null, name: entity?.name ?? name.trim(), anonymous: false, mention: null },
    cue: null,
    method: 'desk',
    reason: null,
    decision: { rule: 'desk-correction', tier: 'explicit', resolution: 'desk', antecedent: null, antecedentScore: null },
  };
}

/** Index of the first token starting at or after `offset` (tokens.length if none). */
function firstTokenAtOrAfter(tokens: Structure['tokens'], offset: number): number {
  return countBefore(tokens, (t) => t.start < offset);
}

/** Whether a sorted list of mentions has one overlapping `span` (binary search). */
function overlapsMention(mentions: readonly TextSpan[], span: TextSpan): boolean {
  const i = countBefore(mentions, (m) => m.end <= span.start);
  return i < mentions.length && mentions[i].start < span.end;
}

/** A pronoun or role noun used for attribution becomes a mention of the entity it resolved to. */
function addPronounMentions(entities: readonly Entity[], quotes: readonly Quote[]): Entity[] {
  const extra = new Map<string, TextSpan[]>();
  const byId = new Map(entities.map((e) => [e.id, e]));
  // A span that is already some entity's mention is no new one (each entity's mentions are
  // sorted: a binary search each). And one pronoun is one mention, even where two quotations
  // resolve it to different people: the spans earlier quotations' speakers took.
  const claimedStarts = new Set<number>();
  const claimedEnds = new Set<number>();
  for (const q of quotes) {
    const sp = q.speaker;
    if (!sp?.entity || !sp.mention) continue;
    const e = byId.get(sp.entity);
    if (!e || claimedStarts.has(sp.mention.start) || claimedEnds.has(sp.mention.end)) continue;
    const span = sp.mention;
    if (entities.some((x) => overlapsMention(x.mentions, span))) continue;
    claimedStarts.add(sp.mention.start);
    claimedEnds.add(sp.mention.end);
    const list = extra.get(e.id);
    if (list) list.push(sp.mention);
    else extra.set(e.id, [sp.mention]);
  }
  return entities.map((e) => {
    const add = extra.get(e.id);
    if (!add) return e;
    // (Each mention made by one literal, as the entity stage makes them: a spread of the speaker's
    // span gave the mentions dozens of shapes, and every reader of mentions paid for it.)
    const mentions = [...e.mentions, ...add.map((m): Mention => ({ start: m.start, end: m.end, text: m.text, kind: /^(he|she|they|it|we|i)$/i.test(m.text) ? 'pronoun' : 'role' }))]
      .sort((a, b) => a.start - b.start);
    return entityWith(e, { mentions });
  });
}

function findSources(text: string, structure: Structure, entities: readonly Entity[], quotes: readonly Quote[]): Source[] {
  const sources: Source[] = [];
  // Agencies and outlets.
  for (const e of entities) {
    if (!e.agency) continue;
    const carried = quotes.map((q, i) => (q.source === e.id || q.speaker?.entity === e.id ? i : -1)).filter((i) => i >= 0);
    sources.push({ id: e.id, kind: 'agency', name: e.name, entity: e.id, mentions: e.mentions, quotes: carried });
  }
  // Documents and statements: "a Foreign Ministry statement", "in a statement", "the report".
  const { tokens } = structure;
  const docs = new Map<string, { mentions: TextSpan[]; quotes: Set<number>; sentence: number; cited: boolean }>();
  const quotesBySentence = new Map<number, number[]>();
  quotes.forEach((q, i) => {
    if (q.kind !== 'direct') return;
    const list = quotesBySentence.get(q.sentence);
    if (list) list.push(i);
    else quotesBySentence.set(q.sentence, [i]);
  });
  let qp = 0;
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k].kind !== 'word') continue;
    if (!STATEMENT_NOUNS.has(tokens[k].lower)) continue;
    while (qp < quotes.length && quotes[qp].end < tokens[k].end) qp++;
    if (qp < quotes.length && quotes[qp].start <= tokens[k].start) continue;
    // Walk back over modifiers to a determiner.
    let s = k;
    while (s - 1 >= 0 && k - s < 5 && tokens[s - 1].kind === 'word' && !DOC_DETERMINERS.has(tokens[s - 1].lower)) s--;
    if (s - 1 < 0 || !DOC_DETERMINERS.has(tokens[s - 1].lower)) continue;
    // Only modifiers that read as a document's description: capitalised words or adjectives, no verbs.
    const mods = tokens.slice(s, k).map((t) => t.text);
    if (mods.some((m) => /^(said|says|told|was|is|were|are|had|has|have|would|will)$/i.test(m))) continue;
    const phrase = text.slice(tokens[s - 1].start, tokens[k].end);
    const name = phrase.replace(/^(?:a|an|the|its|his|her|their|this|that)\s+/i, '');
    const key = name.toLowerCase();
    const entry = docs.get(key) ?? { mentions: [], quotes: new Set<number>(), sentence: -1, cited: false };
    // Cited as a source: "according to the report", "in a statement", "the report said".
    // (No closure over the loop's variables here: one would make every pass of the loop, over
    // every token, allocate a scope for it.)
    const before1 = s - 2 >= 0 ? tokens[s - 2].lower : '';
    const before2 = s - 3 >= 0 ? tokens[s - 3].lower : '';
    const next = tokens[k + 1]?.kind === 'word' ? tokens[k + 1].lower : '';
    if ((before1 === 'to' && before2 === 'according') || before1 === 'in' || DOC_CUES.has(next)) entry.cited = true;
    entry.mentions.push({ start: tokens[s - 1].start, end: tokens[k].end, text: phrase });
    const sentence = tokens[k].sentence;
    // (Once a sentence: a sentence naming the document many times adds its quotations once.)
    if (entry.sentence !== sentence) for (const i of quotesBySentence.get(sentence) ?? []) entry.quotes.add(i);
    entry.sentence = sentence;
    docs.set(key, entry);
  }
  let d = 0;
  for (const [, v] of docs) {
    // A document is a source only if it carries a quotation or is cited as one ("its decision" alone is not).
    if (!v.quotes.size && !v.cited) continue;
    const first = v.mentions[0];
    sources.push({ id: `d${++d}`, kind: 'document', name: first.text.replace(/^(?:a|an|the|in a|its|his|her|their|this|that)\s+/i, ''), entity: null, mentions: v.mentions, quotes: [...v.quotes].sort((a, b) => a - b) });
  }
  // Anonymous sources: the anonymous speakers.
  const anon = new Map<string, { name: string; mentions: TextSpan[]; starts: Set<number>; quotes: number[] }>();
  quotes.forEach((q, i) => {
    if (!q.speaker?.anonymous) return;
    const key = q.speaker.name.toLowerCase();
    const entry = anon.get(key) ?? { name: q.speaker.name, mentions: [], starts: new Set<number>(), quotes: [] };
    if (q.speaker.mention && !entry.starts.has(q.speaker.mention.start)) {
      entry.starts.add(q.speaker.mention.start);
      entry.mentions.push(q.speaker.mention);
    }
    entry.quotes.push(i);
    anon.set(key, entry);
  });
  let a = 0;
  for (const [, v] of anon) sources.push({ id: `a${++a}`, kind: 'anonymous', name: v.name, entity: null, mentions: v.mentions, quotes: v.quotes });
  return sources;
}

function findDiagnostics(text: string, entities: readonly Entity[], quotes: readonly Quote[], stray: readonly { start: number; end: number }[], options: AnalyzeOptions): Diagnostic[] {
  const out: Diagnostic[] = [];
  let index: CandidateIndex | undefined;
  quotes.forEach((q, i) => {
    if (q.marker === 'ignore') return;
    if (q.kind === 'direct' && !q.speaker && (!q.inHeadline || options.checkHeadline)) {
      out.push({
        code: 'unattributed-quote',
        severity: 'warning',
        message: `Quotation has no attributed speaker: ${shorten(text.slice(q.inner.start, q.inner.end))}`,
        start: q.start,
        end: q.end,
        related: nearestSpeakers(entities, quotes, i, 3, index ??= candidateIndex(entities, quotes)),
        quote: i,
      });
    }
    // Credited from context alone, with no cue, or with little confidence whatever the rule:
    // say so, quietly (information by default).
    const ev = q.evidence;
    const unsure = !!ev && ev.confidence < (options.uncertainBelow ?? UNCERTAIN_BELOW);
    if (q.kind === 'direct' && q.speaker && ev && (ev.tier === 'inferred' || unsure) && (!q.inHeadline || options.checkHeadline)) {
      const m = q.speaker.mention;
      const how = `confidence ${ev.confidence.toFixed(2)}, ${confidenceWords(ev.confidence)}`;
      out.push({
        code: 'inferred-attribution',
        severity: 'information',
        message: ev.tier === 'inferred'
          ? `Attribution inferred from context, with no attribution verb: ${q.speaker.name} (rule ${ev.rule}; ${how}). Attribute it in the text if that is right.`
          : `Uncertain attribution: ${q.speaker.name} (rule ${ev.rule}; ${how}). Check who says this, and make the attribution plain if it is right.`,
        start: q.start,
        end: q.end,
        related: m ? [{ start: m.start, end: m.end, message: `Inferred speaker: ${q.speaker.name}` }] : [],
        quote: i,
      });
    }
    if (q.unclosed && !continues(text, q)) {
      out.push({
        code: 'unbalanced-quote',
        severity: 'warning',
        message: 'Quotation mark is never closed: the quotation runs to the end of its paragraph, and the next paragraph does not continue it.',
        start: q.start,
        end: q.start + 1,
        related: [],
        quote: i,
      });
    }
  });
  // (A run of stray marks is reported up to a cap: past it, more says nothing new.)
  for (const s of stray.slice(0, MAX_STRAY)) {
    out.push({
      code: 'unbalanced-quote',
      severity: 'warning',
      message: 'Closing quotation mark with no opening mark.',
      start: s.start,
      end: s.end,
      related: [],
      quote: null,
    });
  }
  // (Unsorted: analyze() sorts them once, with the sourcing checks'.)
  return out;
}

function continues(text: string, q: Quote): boolean {
  // (The next paragraph opens with a mark, or, where the copy lost the break, the next sentence does.)
  const next = /^(?:[ \t\u00a0]*(?:\r?\n|\r)[ \t\u00a0\r\n]*|[ \t\u00a0]+)(["“'‘])/.exec(text.slice(q.end, q.end + 400));
  return !!next && (q.marks === 'single' ? /['‘]/.test(next[1]) : /["“]/.test(next[1]));
}

/** The people and organisations named closest to the quotation: candidates for its speaker. */
export function nearestSpeakers(entities: readonly Entity[], quotes: readonly Quote[], index: number, limit = 3, candidates?: CandidateIndex): RelatedInfo[] {
  return rankCandidates(entities, quotes, index, limit, candidates).map(({ entity: e, mention: m }) => ({
    start: m.start,
    end: m.end,
    message: `Possible speaker: ${e.role ? `${e.role} ` : ''}${e.name}`,
  }));
}

