import { lowerWord } from '../lexicon/lexicon';
import { countBefore } from '../text/search';
import type { Diagnostic, TextSpan } from '../types';
import type { CheckContext, CheckRule } from './rule';

/** Attribution verbs that editorialise: each with its neutral form's tense (past, present, -ing, base). */
const LOADED: ReadonlyMap<string, 'past' | 'present' | 'ing' | 'base'> = (() => {
  const m = new Map<string, 'past' | 'present' | 'ing' | 'base'>();
  const forms: Array<[string, string, string, string]> = [
    ['claim', 'claims', 'claimed', 'claiming'], ['admit', 'admits', 'admitted', 'admitting'],
    ['insist', 'insists', 'insisted', 'insisting'], ['concede', 'concedes', 'conceded', 'conceding'],
    ['confess', 'confesses', 'confessed', 'confessing'], ['reveal', 'reveals', 'revealed', 'revealing'],
    ['boast', 'boasts', 'boasted', 'boasting'], ['brag', 'brags', 'bragged', 'bragging'],
    ['whine', 'whines', 'whined', 'whining'], ['gloat', 'gloats', 'gloated', 'gloating'],
  ];
  for (const [base, present, past, ing] of forms) { m.set(base, 'base'); m.set(present, 'present'); m.set(past, 'past'); m.set(ing, 'ing'); }
  return m;
})();

/** Before a noun "claim"/"claims", or a passive: no subject speaks. */
const NOT_A_SUBJECT = /^(?:was|were|is|are|be|been|being|it|his|her|their|its|our|my|your|the|a|an|this|that|these|those|such|earlier|previous|false|repeated|unfounded|s|'s|’s)$/i;

const NEUTRAL = { past: 'said', present: 'says', ing: 'saying', base: 'say' } as const;

/** The tense of a verb the house discourages that is not in the built-in list. */
function tenseOf(w: string): 'past' | 'present' | 'ing' | 'base' {
  return LOADED.get(w) ?? (w.endsWith('ing') ? 'ing' : w.endsWith('ed') ? 'past' : w.endsWith('s') ? 'present' : 'base');
}

/** The neutral verb in the verb's tense, in the house's preferred verb where it has one, with its capital. */
function neutral(verb: string, preferred: readonly string[]): string {
  const tense = tenseOf(lowerWord(verb));
  let word: string = NEUTRAL[tense];
  const house = preferred.find((p) => tenseOf(p) === tense && !LOADED.has(p));
  if (house) word = house;
  return /^[A-Z]/.test(verb) ? word[0].toUpperCase() + word.slice(1) : word;
}

/**
 * An attribution verb that editorialises ("claimed", "admitted", "insisted"): the cue of a
 * quotation, or a verb of reported speech ("she insisted that"). Its range is the verb; the fix
 * is "said" in the same tense and place.
 */
export const loadedVerb: CheckRule = {
  id: 'loaded-verb',
  kind: 'sourcing',
  description: 'An attribution verb that editorialises (claimed, admitted, insisted, conceded, confessed, revealed, boasted…) where "said" would be neutral.',
  why: 'AP and Reuters: "said" is neutral and almost always right; "claimed" casts doubt, "admitted" and "conceded" imply wrongdoing, "revealed" implies the statement is true, "insisted" implies resistance. Use them only when the facts support the judgement.',
  details: 'Its range is the verb; the quick fix is "said" in the same tense and place (or the house\'s preferred verb). A noun "claim" and a passive ("was admitted to hospital") are no attribution and are left alone.',
  options: 'The team configuration\'s `verbs`: `preferred`, verbs never flagged (the quick fix uses the first in the right tense), and `discouraged`, more verbs to flag.',
  defaultSeverity: 'information',
  examples: [
    { text: '"The figures are sound," the mayor claimed.', flagged: 'claimed', fix: 'said' },
    { text: '"We made mistakes," admits Dana Ruiz, the club\'s chair.', flagged: 'admits', fix: 'says' },
    { text: 'The council insisted that the budget was balanced.', flagged: 'insisted', fix: 'said' },
    { text: '"The figures are sound," the mayor said.', flagged: null },
    { text: 'The driver was admitted to hospital with minor injuries.', flagged: null },
    { text: 'The survey revealed a sharp fall in bus use.', flagged: null },
    { text: 'The mayor repeated his claim that the figures were sound.', flagged: null },
    { text: '"The figures are sound," the mayor stressed.', flagged: 'stressed', fix: 'said', policy: { verbs: { discouraged: ['stressed'] } } },
    { text: '"The figures are sound," the mayor insisted.', flagged: null, policy: { verbs: { preferred: ['insisted'] } } },
  ],
  check(ctx: CheckContext): Diagnostic[] {
    const preferred = ctx.policy.verbs?.preferred ?? [];
    const discouraged = new Set(ctx.policy.verbs?.discouraged ?? []);
    const isLoaded = (w: string): boolean => (LOADED.has(w) || discouraged.has(w)) && !preferred.includes(w);
    const out: Diagnostic[] = [];
    const seen = new Set<number>();
    const flag = (verb: TextSpan, quote: number | null): void => {
      if (seen.has(verb.start)) return;
      seen.add(verb.start);
      const fix = neutral(verb.text, preferred);
      out.push({
        code: 'loaded-verb',
        severity: 'information',
        message: `"${verb.text}" editorialises: "${fix}" is neutral. Keep "${verb.text}" only if the facts support it.`,
        start: verb.start,
        end: verb.end,
        related: [],
        quote,
        replacement: fix,
        fixes: [{ title: `Use "${fix}"`, start: verb.start, end: verb.end, text: fix }],
      });
    };
    const { quotes } = ctx.analysis;
    const { tokens } = ctx.analysis.structure;
    // Who can speak: a person's name ends right before it ("claims" after "Republican" is a
    // noun). Gathered once, and only when a homograph needs it.
    let ends: Set<number> | undefined;
    const speakerEnds = (): Set<number> => {
      if (!ends) {
        ends = new Set<number>();
        for (const e of ctx.analysis.entities) if (e.type === 'person') for (const m of e.mentions) ends.add(m.end);
      }
      return ends;
    };
    const finite = (verb: TextSpan, k: number): boolean => {
      const w = lowerWord(verb.text);
      const tense = tenseOf(w);
      if (tense === 'base' || tense === 'ing') return false;
      const prev = tokens[k - 1];
      const homograph = tense === 'present' && (w.endsWith('claims') || w.endsWith('boasts'));
      // Inverted after the quotation ("…," claims Dana Ruiz): a speaker follows.
      if (prev?.kind === 'punct' && /[,"”’']/.test(prev.text)) return !homograph || /^(?:[A-Z]|the\b|a\b|an\b|he\b|she\b)/.test(tokens[k + 1]?.text ?? '');
      if (!prev || prev.kind !== 'word' || NOT_A_SUBJECT.test(prev.text)) return false;
      // A plural noun's homograph ("claims", "boasts"): only after a person or a pronoun.
      if (homograph) return speakerEnds().has(prev.end) || /^(?:he|she|it|who)$/i.test(prev.text);
      return true;
    };
    const tokenAt = (offset: number): number => countBefore(tokens, (t) => t.start < offset);
    quotes.forEach((q, i) => {
      if (q.kind !== 'direct' || !q.cue || !/^[\p{L}-]+$/u.test(q.cue.text) || !isLoaded(lowerWord(q.cue.text))) return;
      const k = tokenAt(q.cue.start);
      if (tokens[k]?.start === q.cue.start && finite(q.cue, k)) flag(q.cue, i);
    });
    // Reported speech: "VERB that" after a subject (not a passive "it was claimed that").
    for (let k = 1; k + 1 < tokens.length; k++) {
      const t = tokens[k];
      // ("that" next is asked first: it is rarer than a word.)
      if (tokens[k + 1].lower !== 'that' || tokens[k + 1].sentence !== t.sentence) continue;
      if (t.kind !== 'word' || !isLoaded(t.lower)) continue;
      // A finite verb only: past or third person ("his claim that", "to admit that" are not attribution).
      if (!finite(t, k) || tokens[k - 1].kind !== 'word') continue;
      flag(t, null);
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
