// What a practice check is: one newsroom convention about sourcing (AP, Reuters style), named,
// documented with the style guide's reasoning, with its own invented examples that run as tests
// and a default severity a team can change (README, "Sourcing checks"; `.article-lens/config.json`).
import type { Analysis, Diagnostic, DiagnosticCode } from '../types';
import type { HousePolicy, RuleSeverity } from './config';

/** An invented example: a text and what the check flags in it (the range's text), or null. */
export interface CheckExample {
  readonly text: string;
  /** The text of the diagnostic's range, or null: nothing flagged. */
  readonly flagged: string | null;
  /** The quick fix's text, where the check offers one. */
  readonly fix?: string;
  /** The house policy the example runs with (a configured style). */
  readonly policy?: HousePolicy;
  /** The desk entity list the example runs with (its JSON text). */
  readonly desk?: string;
}

/** What kind of rule a diagnostic is, for its page and the README's table. */
export type RuleKind = 'quotation' | 'sourcing' | 'desk';

/**
 * What every diagnostic's rule says of itself: the registry, its page (docs/rules/<id>.md,
 * generated) and its examples (run as tests) are made from these fields.
 */
export interface RuleDoc {
  readonly id: DiagnosticCode;
  readonly kind: RuleKind;
  /** The convention, in one sentence. */
  readonly description: string;
  /** Why the style guides (or the desk) ask for it. */
  readonly why: string;
  /** More of what it finds and leaves alone, and its quick fixes (Markdown). */
  readonly details?: string;
  /** What a team can set for it (Markdown). */
  readonly options?: string;
  readonly defaultSeverity: RuleSeverity;
  readonly examples: readonly CheckExample[];
}

export interface CheckContext {
  readonly text: string;
  readonly analysis: Omit<Analysis, 'diagnostics'>;
  readonly policy: HousePolicy;
}

export interface CheckRule extends RuleDoc {
  readonly kind: 'sourcing';
  /** The rule's findings, at its default severity (the caller applies the team's). */
  check(ctx: CheckContext): Diagnostic[];
}
