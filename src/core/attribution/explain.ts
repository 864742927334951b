// Why a quotation is credited to its speaker, in plain words: the rule, the cue, and how a
// pronoun was resolved. Shown in the hover and the CLI; pure, like the rest of the core.
import { ATTRIBUTION_RULES } from './rules';
import { countBefore } from '../text/search';
import type { Analysis, Quote, TextSpan } from '../types';
import { confidenceWords } from './confidence';

const DESCRIPTIONS = new Map(ATTRIBUTION_RULES.map((r) => [r.id, r.description]));

/** The rule's one-line description (README, "Attribution rules"). */
export function ruleDescription(id: string): string | undefined {
  return DESCRIPTIONS.get(id);
}

/** The 1-based paragraph an offset is in. */
function paragraphOf(a: Analysis, offset: number): number {
  return Math.max(1, countBefore(a.structure.paragraphs, (p) => p.start <= offset));
}

function clip(s: string, max = 60): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/** The attribution as the text reads it: `"…," he said`, `Lavrov said: "…"`, `Lavrov said … "…"`. */
function asRead(text: string, q: Quote, cue: TextSpan, mention: TextSpan | null): string {
  const start = Math.min(cue.start, mention?.start ?? cue.start);
  const end = Math.max(cue.end, mention?.end ?? cue.end);
  // The words of the attribution in text order: the speaker and the cue.
  const words = !mention || mention.start === cue.start ? cue.text
    : mention.end <= cue.start ? `${mention.text}${text.slice(mention.end, cue.start).trim() ? ' … ' : ' '}${cue.text}`
      : `${cue.text}${text.slice(cue.end, mention.start).trim() ? ' … ' : ' '}${mention.text}`;
  if (start >= q.end) {
    const gap = text.slice(q.end, start).replace(/^["”’']+/, '').trim();
    const comma = /[,!?]\s*["”’']?$/.test(text.slice(q.inner.start, q.end)) ? ',' : '';
    return `"…${comma}" ${gap && !/^[,.;:—–-]$/.test(gap) ? '… ' : ''}${clip(words)}`;
  }
  if (end <= q.start) {
    const gap = text.slice(end, q.start).replace(/["“‘']+$/, '').trim();
    return `${clip(words)}${gap === ':' || gap === ',' ? gap : gap ? ' …' : ''} "…"`;
  }
  if (mention && cue.end <= q.start && mention.start >= q.end) return `${clip(cue.text)} "…" … ${clip(mention.text)}`;
  return clip(cue.text);
}

/** How close a second person's antecedent score must come for the explanation to name the tie. */
const CLOSE_RIVAL = 0.15;

/**
 * Why the quotation at `index` is credited as it is, in one or two plain sentences:
 * `Attributed by "…," he said; "he" is Sergei Lavrov (paragraph 4).`
 */
export function explainAttribution(text: string, a: Analysis, index: number): string {
  const q = a.quotes[index];
  const ev = q?.evidence;
  if (!q || !ev || !q.speaker) return q?.reason ? `Not attributed: ${q.reason}.` : 'Not attributed.';
  if (ev.rule === 'desk-correction') return `Corrected by the desk: ${q.speaker.name} (a speaker correction in the annotations file).`;
  const rule = `rule ${ev.rule}`;
  let why: string;
  if (ev.tier === 'continuation') {
    why = `Continues the quotation before it by ${q.speaker.name} (${rule})`;
  } else if (ev.tier === 'inferred' && !(ev.cue && ev.resolution === 'pronoun')) {
    why = `Inferred from context, with no attribution verb: ${lowerFirst(DESCRIPTIONS.get(ev.rule) ?? ev.rule)} (${rule})`;
  } else if (ev.cue) {
    why = `Attributed by ${asRead(text, q, ev.cue, ev.mention)} (${rule})`;
  } else {
    why = `Attributed (${rule})`;
  }
  if (ev.resolution === 'pronoun' && ev.mention && !q.speaker.entity && ev.antecedent && ev.antecedent.start === ev.mention.start) {
    // A pronoun standing for a person the article describes but does not name.
    why += `; the pronoun stands for the person described as "${clip(ev.mention.text, 40)}" (paragraph ${paragraphOf(a, ev.antecedent.start)}), whom the article does not name`;
  } else if (ev.resolution === 'pronoun' && ev.mention) {
    // Where the article named the person, and how sure the antecedent model was of them.
    const notes = [
      ev.antecedent ? `paragraph ${paragraphOf(a, ev.antecedent.start)}` : '',
      ev.antecedentScore !== null ? `the likeliest of the people in reach: ${confidenceWords(ev.antecedentScore)} (${ev.antecedentScore.toFixed(2)})` : '',
      // (A near tie says so: "another in reach scores 0.52".)
      ev.antecedentScore !== null && ev.antecedentRival !== undefined && ev.antecedentRival >= ev.antecedentScore - CLOSE_RIVAL ? `another in reach scores ${ev.antecedentRival.toFixed(2)}` : '',
    ].filter(Boolean);
    why += q.speaker.entity
      ? `; "${ev.mention.text}" is ${q.speaker.name}${notes.length ? ` (${notes.join(', ')})` : ''}`
      : `; "${ev.mention.text}" could not be linked to a named person (none of that gender in reach, or none likely enough)`;
  } else if (ev.resolution === 'role' && ev.mention) {
    why += `; "${clip(ev.mention.text, 40)}" is ${q.speaker.name}`;
  } else if (ev.resolution === 'label') {
    why += '; the transcript\'s speaker label';
  }
  return `${why}. How sure: ${confidenceWords(ev.confidence)} (${ev.confidence.toFixed(2)}).`;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1).replace(/\.$/, '');
}
