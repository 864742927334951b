import { furnitureAt } from '../text/furniture';
import { countBefore, paragraphAt } from '../text/search';
import type { Diagnostic, Entity, Quote, Structure } from '../types';
import type { CheckContext, CheckRule } from './rule';

function isTurnLabel(turns: Structure['turns'], offset: number): boolean {
  const i = countBefore(turns, (t) => t.label.start <= offset);
  return i > 0 && turns[i - 1].label.end > offset;
}

function insideQuote(quotes: readonly Quote[], start: number): boolean {
  const i = countBefore(quotes, (q) => q.start <= start);
  return i > 0 && quotes[i - 1].end > start;
}

/**
 * After a person's first full reference, the house's style for later ones: the surname (AP,
 * Reuters) or the first name (some features desks). A repeat of the full name, or the other
 * short form, is flagged (off by default: set `secondReference` and turn the rule on).
 */
export const secondReference: CheckRule = {
  id: 'second-reference',
  kind: 'sourcing',
  description: 'A person referred to, after the first full reference, by the full name again or by the short form the house does not use (first name under a surname style).',
  why: 'AP and Reuters: use the full name on first reference and the surname alone after it; first names alone read as familiar, and a repeated full name suggests a second person. Houses that use first names (features, children) set "secondReference": "first-name".',
  options: 'The team configuration\'s `secondReference`: `surname` (AP, Reuters; the default) or `first-name`.',
  defaultSeverity: 'off',
  examples: [
    { text: 'Marta Kessel opened the bakery in 2019. Kessel bakes before dawn. Marta says the ovens are old.', flagged: 'Marta', fix: 'Kessel', policy: { rules: { 'second-reference': 'information' } } },
    { text: 'Marta Kessel opened the bakery in 2019. Kessel bakes before dawn. Marta Kessel says the ovens are old.', flagged: 'Marta Kessel', fix: 'Kessel', policy: { rules: { 'second-reference': 'information' } } },
    { text: 'Marta Kessel opened the bakery in 2019. Marta bakes before dawn.', flagged: null, policy: { rules: { 'second-reference': 'information' }, secondReference: 'first-name' } },
    { text: 'Marta Kessel opened the bakery in 2019. Kessel bakes before dawn.', flagged: null, policy: { rules: { 'second-reference': 'information' } } },
  ],
  check(ctx: CheckContext): Diagnostic[] {
    const style = ctx.policy.secondReference ?? 'surname';
    const { quotes, structure } = ctx.analysis;
    const people = ctx.analysis.entities.filter((e) => e.type === 'person' && e.name.split(/\s+/).length >= 2 && !e.author);
    // Two people sharing a surname (or a first name) are told apart by the other name: no check.
    const count = (pick: (e: Entity) => string): Map<string, number> => {
      const m = new Map<string, number>();
      for (const e of people) m.set(pick(e), (m.get(pick(e)) ?? 0) + 1);
      return m;
    };
    const first = (e: Entity): string => e.name.split(/\s+/)[0];
    const last = (e: Entity): string => e.name.split(/\s+/).slice(-1)[0];
    const firsts = count(first);
    const lasts = count(last);
    const out: Diagnostic[] = [];
    for (const e of people) {
      if ((lasts.get(last(e)) ?? 0) > 1 || (firsts.get(first(e)) ?? 0) > 1) continue;
      const want = style === 'surname' ? last(e) : first(e);
      const avoid = style === 'surname' ? first(e) : last(e);
      let introduced = false;
      let lastParagraph = -1;
      for (const m of e.mentions) {
        if (m.kind === 'pronoun' || m.kind === 'role' || insideQuote(quotes, m.start)) continue;
        const f = furnitureAt(structure.furniture, m.start);
        if (f && f.kind !== 'dateline') continue;
        // A label ("Jane Doe:" in an interview or a list) is no reference in the prose.
        if (/^\s*[:：]/.test(ctx.text.slice(m.end, m.end + 3)) || isTurnLabel(structure.turns, m.start)) continue;
        const full = m.text === e.name;
        const paragraph = paragraphAt(structure, m.start);
        const previous = lastParagraph;
        lastParagraph = paragraph;
        if (!introduced) { if (full) introduced = true; continue; }
        if (!full && m.text !== avoid) continue;
        // A full name again is flagged close to the last reference only: long pieces and live pages reintroduce people.
        if (full && paragraph - previous > 1) continue;
        out.push({
          code: 'second-reference',
          severity: 'information',
          message: full
            ? `${e.name} is named in full again: after the first reference, the house style is the ${style === 'surname' ? 'surname' : 'first name'} ("${want}").`
            : `"${m.text}" for ${e.name}: after the first reference, the house style is the ${style === 'surname' ? 'surname' : 'first name'} ("${want}").`,
          start: m.start,
          end: m.end,
          related: [],
          quote: null,
          replacement: want,
          fixes: [{ title: `Use "${want}"`, start: m.start, end: m.end, text: want }],
        });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
