// What an attribution rule is: one news convention, named, documented, with its own examples.
// Cue rules find a cue and a speaker phrase near the quotation; context rules credit a
// quotation that has no cue of its own (a continuation, the sentence's subject). The runner
// (index.ts) applies them in the order of rules/index.ts and records which one decided.
import type { Speaker, TextSpan } from '../types';
import type { Attributed, AttributionContext, Decision, Found, QuoteState, Resolution } from './context';

/** An invented example: a short text and the speaker the rule gives its quotation. */
export interface RuleExample {
  readonly text: string;
  /** Words of the quotation the example is about; the first quotation when absent. */
  readonly quote?: string;
  /** The speaker's name (an entity's fullest name, or the phrase), or null: not speech (a title, a term, a sign). */
  readonly speaker: string | null;
  /** The rule that decides, when another one does (a counter-example of this rule). */
  readonly decidedBy?: string | null;
  /** Speech nobody is credited with: the quotation is flagged `unattributed-quote` (with `speaker: null`). */
  readonly unattributed?: boolean;
}

interface RuleMeta {
  /** Stable id, shown in hovers and the CLI's JSON. */
  readonly id: string;
  /** The news convention it encodes, in one sentence. */
  readonly description: string;
  readonly examples: readonly RuleExample[];
}

/** Finds a cue and speaker phrase, or refines what the rules before it found. */
export interface CueRule extends RuleMeta {
  /** A new finding replaces `st.found`; null leaves it as it is. */
  find(ctx: AttributionContext, st: QuoteState): Found | null;
}

/** What a context rule credits a quotation with. */
export interface Credit {
  readonly speaker: Speaker;
  readonly cue: TextSpan | null;
  readonly method: 'continuation' | 'paragraph' | 'previous-paragraph' | 'sentence-subject';
  readonly resolution: Resolution;
  readonly antecedent: TextSpan | null;
}

/** Credits a quotation with no cue of its own from its context. */
export interface ContextRule extends RuleMeta {
  readonly tier: Decision['tier'];
  credit(ctx: AttributionContext, st: QuoteState): Credit | null;
}

/** Runs after every quotation is credited, from the last back: a paragraph of a quotation that runs on takes the speaker named where it ends. */
export interface RunOnRule extends RuleMeta {
  /** The index of the later quotation whose speaker quotation `qi` takes, or -1. */
  endsAt(ctx: AttributionContext, results: readonly Attributed[], qi: number): number;
}

/** Runs after every quotation is credited, and reads their attributions: a display line's quotation that repeats the body's. */
export interface RepeatRule extends RuleMeta {
  /** The index of the quotation whose words quotation `qi` repeats, or -1. */
  repeats(ctx: AttributionContext, results: readonly Attributed[], qi: number): number;
  /** The interviewee whose answer (an interview's turn, quoted or not) quotation `qi` repeats, or null. */
  answeredIn(ctx: AttributionContext, qi: number): Speaker | null;
}
