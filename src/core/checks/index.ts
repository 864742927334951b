// The sourcing checks (attribution practice) and the registry of every diagnostic the engine
// gives: each rule's id, default severity and description, for the README, the team
// configuration, the editor and SARIF.
import type { HousePolicy, RuleSeverity } from './config';
import type { Analysis, Diagnostic, DiagnosticCode } from '../types';
import { anonymousSourceNoReason } from './anonymous-source-no-reason';
import { lateAttribution } from './late-attribution';
import { loadedVerb } from './loaded-verb';
import { houseSpelling, inferredAttribution, orphanedAnnotation, unattributedQuote, unbalancedQuote } from './engine-rules';
import type { CheckRule, RuleDoc } from './rule';
import { secondReference } from './second-reference';
import { vagueSource } from './vague-source';

export type { CheckExample, CheckRule, RuleDoc, RuleKind } from './rule';

/** The attribution-practice checks, in the order they run. */
export const CHECK_RULES: readonly CheckRule[] = [anonymousSourceNoReason, vagueSource, loadedVerb, lateAttribution, secondReference];

export type DiagnosticRule = RuleDoc;

/** Every diagnostic's rule: the engine's own, the desk's, and the sourcing checks. */
export const DIAGNOSTIC_RULES: readonly DiagnosticRule[] = [unattributedQuote, inferredAttribution, unbalancedQuote, houseSpelling, orphanedAnnotation, ...CHECK_RULES];

export { DIAGNOSTIC_CODES, RULE_PAGES_URL, rulePagePath, ruleUrl } from './pages';

const DEFAULTS = new Map<string, RuleSeverity>(DIAGNOSTIC_RULES.map((r) => [r.id, r.defaultSeverity]));

/** The severity of a rule under the team's policy. */
export function severityOf(id: string, policy: HousePolicy | undefined): RuleSeverity {
  return policy?.rules?.[id as DiagnosticCode] ?? DEFAULTS.get(id) ?? 'warning';
}

/** Runs the checks that are on and returns their findings. */
export function runChecks(text: string, analysis: Omit<Analysis, 'diagnostics'>, policy: HousePolicy = {}): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const rule of CHECK_RULES) {
    if (severityOf(rule.id, policy) === 'off') continue;
    out.push(...rule.check({ text, analysis, policy }));
  }
  return out;
}

/** The team's severities applied: a rule set "off" is dropped, the others take the team's level. */
export function applySeverities(diagnostics: readonly Diagnostic[], policy: HousePolicy | undefined): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const level = severityOf(d.code, policy);
    if (level === 'off') continue;
    out.push(level === d.severity ? d : { ...d, severity: level });
  }
  return out;
}
