import { paragraphAt } from '../text/search';
import type { Diagnostic } from '../types';
import { anonymousMentions, singular, SOURCE_HEADS } from './anonymous';
import type { CheckContext, CheckRule } from './rule';

/** Phrases that state why a source is not named (AP: "the reason the person requested anonymity"). */
const REASONS = [
  'anonymity', 'anonymously', 'condition (?:that )?(?:he|she|they|it|the \\w+) (?:not|would not) be (?:named|identified)',
  'not (?:be )?(?:named|identified)', 'not authori[sz]ed', 'unauthori[sz]ed', 'not permitted to', 'not allowed to',
  'declined to be (?:named|identified)', 'asked not to be', 'requested not to be', 'without being (?:named|identified)',
  'not (?:wish|want)(?:ing)? to be (?:named|identified)', 'unwilling to be (?:named|identified)', 'remain anonymous',
  'on background', 'not cleared to', 'no authority to', 'for fear of', 'fear(?:ing|ed)? (?:of )?(?:reprisals?|retribution|retaliation|losing)',
  'to protect (?:his|her|their) (?:identity|safety|job)', 'private (?:talks|discussions|deliberations|negotiations|conversations)',
  'because (?:the|these|those) (?:talks|discussions|deliberations|negotiations|matters?) (?:are|were|is|was) (?:private|confidential|sensitive)',
  'sensitivity of', 'sensitive nature', 'confidential',
];

/** A paragraph's opening that refers back to the sources just cited: "One of them", "Both", "They". */
const BACK_REFERENCE = /^(?:one of them|both|they|neither|the (?:two|three|people|officials|sources))\b/i;

/** The clause to insert after a source: closed by a comma, unless punctuation follows already ("…, said one diplomat."). */
function reasonClause(text: string, at: number): string {
  const clause = ', who spoke on condition of anonymity because REASON';
  return /^[\s]*[,.;:!?"”’)]|^\s*$/.test(text.slice(at, at + 3)) ? clause : `${clause},`;
}

/** The reasons' patterns compiled, by the team's extra reasons and the flags (a pattern of some forty alternatives is compiled once, not per analysis). */
const REASON_PATTERNS = new Map<string, RegExp>();

function reasonPattern(extra: readonly string[], flags: string): RegExp {
  const key = `${flags}\u0000${extra.join('\u0000')}`;
  const known = REASON_PATTERNS.get(key);
  if (known) { known.lastIndex = 0; return known; }
  const esc = extra.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  const re = new RegExp(`\\b(?:${[...REASONS, ...esc].join('|')})`, flags);
  if (REASON_PATTERNS.size >= 32) REASON_PATTERNS.clear();
  REASON_PATTERNS.set(key, re);
  return re;
}

/**
 * Where each kind of source ("official", "diplomat") is first explained: a reason within 300
 * characters of the word; and where a definite back-reference to it is ("the source asked
 * not to be named"), by kind, in order.
 */
function explainedAt(text: string, reason: RegExp): { first: Map<string, number>; definite: Map<string, number[]> } {
  const first = new Map<string, number>();
  const definite = new Map<string, number[]>();
  const word = /[\p{L}]+/gu;
  for (let m = reason.exec(text); m; m = reason.exec(text)) {
    const from = Math.max(0, m.index - 300);
    word.lastIndex = from;
    for (let w = word.exec(text); w && w.index < m.index + 300; w = word.exec(text)) {
      const lw = w[0].toLowerCase();
      if (!SOURCE_HEADS.has(lw)) continue;
      const head = singular(lw);
      if (!first.has(head)) first.set(head, w.index);
      if (/\bthe\s+$/i.test(text.slice(Math.max(0, w.index - 4), w.index))) {
        const list = definite.get(head) ?? [];
        if (list[list.length - 1] !== w.index) list.push(w.index);
        definite.set(head, list);
      }
    }
    if (m[0].length === 0) reason.lastIndex++;
  }
  return { first, definite };
}

/**
 * An anonymous source needs a stated reason for anonymity, in its sentence or paragraph, or
 * where the same kind of source was first explained ("spoke on condition of anonymity because
 * the talks are private", "was not authorised to speak publicly").
 */
export const anonymousSourceNoReason: CheckRule = {
  id: 'anonymous-source-no-reason',
  kind: 'sourcing',
  description: 'An anonymous source ("one Western diplomat", "a person familiar with the matter", "officials") is given no reason for anonymity in its paragraph.',
  why: 'AP and Reuters allow anonymous sources only when the information is vital and unavailable otherwise, and ask the story to say why the source was not named, so the reader can weigh it.',
  details: 'Quick fix: **Add a reason for anonymity after the source** inserts ", who spoke on condition of anonymity because REASON" after the source and selects REASON, ready to type over. A reason given once for a kind of source ("officials") covers its later mentions. A person described after their name, or a phrase the check cannot read for sure, is left alone.',
  options: 'The team configuration\'s `anonymity`: `requireReason` (default true) and `reasons`, more phrases that state a reason beside the built-in ones.',
  defaultSeverity: 'warning',
  examples: [
    { text: 'The ceasefire talks broke down overnight, one Western diplomat said.', flagged: 'one Western diplomat' },
    { text: 'The ceasefire talks broke down overnight, one Western diplomat said on condition of anonymity because the talks were private.', flagged: null },
    { text: '"We walked away," said a person familiar with the matter.', flagged: 'a person familiar with the matter' },
    { text: 'Two officials, who were not authorised to speak publicly, said the mill would close.', flagged: null },
    { text: 'Officials said the bridge would reopen in May.', flagged: 'Officials' },
    { text: 'Two residents said the water had been cut off for a week.', flagged: null },
    // (The reason in the next paragraph, which refers back to the sources.)
    { text: 'Talks have stalled, according to two sources close to the bidders.\n\nOne of them, who asked not to be named because the talks are private, said the offer fell twice.', flagged: null },
    { text: 'Senator Ruth Calder said the bridge would reopen in May.', flagged: null },
    { text: 'Lena Ortiz, an aide, said the plan was dead.', flagged: null },
    { text: 'A consultant said an internal aide memo described the plan.', flagged: null },
    // (Inside a quotation, the speaker's words; and a passive's subject hears: "have been told".)
    { text: '"No one will be left behind. Officials have said they will finish in three days," the minister said.', flagged: null },
    { text: 'Officials have been told to finish the assessment in three days.', flagged: null },
    { text: 'The chief executive has resigned. An interim executive is expected to be appointed next week.', flagged: null },
    // (A head capitalised after a capitalised word is a body's name.)
    { text: '"We are working with the family," a spokeswoman for the Quarle Transport Executive said.', flagged: null },
    { text: 'Officials, speaking on background, said the bridge would reopen.', flagged: null },
    { text: 'Leopard\n\nA forest official, who did not wish to be named, said the leopard had strayed. "We have placed cages," the official said.', flagged: null },
    { text: 'Leopard\n\nA forest official, who wished to remain anonymous, said the cages were ready.', flagged: null },
    // (The reason given with the next reference to the same source.)
    { text: 'A source familiar with the matter told the paper that two producers would cut output.\n\n"More needs to be done," the source said. The source asked not to be named because the talks are private.', flagged: null },
    { text: 'Officials said the bridge would reopen in May.', flagged: null, policy: { anonymity: { requireReason: false } } },
    { text: 'Two aides said the vote was close, citing a duty of discretion.', flagged: null, policy: { anonymity: { reasons: ['duty of discretion'] } } },
  ],
  check(ctx: CheckContext): Diagnostic[] {
    if (ctx.policy.anonymity?.requireReason === false) return [];
    const { text, analysis } = ctx;
    // (Most articles name no anonymous source: then no reason is looked for at all.)
    const mentions = anonymousMentions(text, analysis);
    if (!mentions.length) return [];
    const reason = reasonPattern(ctx.policy.anonymity?.reasons ?? [], 'i');
    let explained: ReturnType<typeof explainedAt> | undefined;
    const { paragraphs } = analysis.structure;
    const paragraphHasReason = new Map<number, boolean>();
    const out: Diagnostic[] = [];
    for (const m of mentions) {
      const p = paragraphs[m.paragraph];
      let has = paragraphHasReason.get(m.paragraph);
      if (has === undefined) {
        // (A paragraph is read once, at most 4,000 characters around the phrase.)
        const from = p ? Math.max(p.start, m.span.start - 2000) : m.span.start;
        const to = p ? Math.min(p.end, m.span.end + 2000) : m.span.end;
        has = reason.test(text.slice(from, to));
        paragraphHasReason.set(m.paragraph, has);
      }
      if (has) continue;
      // (Or the next paragraph gives it, opening by referring back to the sources: "One of them,
      // who asked not to be named because the talks are private, said ...".)
      const nextP = paragraphs[m.paragraph + 1];
      if (nextP && BACK_REFERENCE.test(text.slice(nextP.start, nextP.start + 20)) && reason.test(text.slice(nextP.start, Math.min(nextP.end, nextP.start + 2000)))) continue;
      // (The whole text is searched for reasons once, and only when a paragraph gives none.)
      explained ??= explainedAt(text, reasonPattern(ctx.policy.anonymity?.reasons ?? [], 'gi'));
      if ((explained.first.get(m.head) ?? Infinity) < m.span.start) continue;
      // (Or the reason is given with the next reference to the same source, in the next two
      // paragraphs: "a source told the paper ... The source asked not to be named".)
      const later = explained.definite.get(m.head)?.find((at) => at > m.span.end);
      if (later !== undefined && paragraphAt(analysis.structure, later) <= m.paragraph + 2) continue;
      // (A bare "a source" is the vague-source rule's, which says so.)
      if (m.bare && m.head === 'source') continue;
      out.push({
        code: 'anonymous-source-no-reason',
        severity: 'warning',
        message: `Anonymous source with no reason for anonymity: ${m.span.text}. Say why the source is not named (e.g. "spoke on condition of anonymity because …").`,
        start: m.span.start,
        end: m.span.end,
        related: [],
        quote: m.quote,
        fixes: [{ title: 'Add a reason for anonymity after the source', start: m.span.end, end: m.span.end, text: reasonClause(text, m.span.end), placeholder: 'REASON' }],
      });
    }
    return out;
  },
};
