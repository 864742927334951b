// The team's configuration, `.article-lens/config.json`: one file committed with the articles
// and honoured alike by the editor, the CLI and CI (README, "Team configuration"). Parsing is
// strict: a file with a mistake (bad JSON, an unknown rule, a misspelt key) is refused whole
// with the line of the mistake, and the defaults are used, so a typo never half-applies.
import { jsonError, lineColumn } from './annotations/parse';
import { DIAGNOSTIC_CODES } from './checks/pages';
import type { DiagnosticCode, Severity } from './types';

export type RuleSeverity = Severity | 'off';
export const RULE_SEVERITIES: readonly RuleSeverity[] = ['error', 'warning', 'information', 'hint', 'off'];

/** What the engine needs of the team's policy. */
export interface HousePolicy {
  /** Severity per rule id; a rule not named keeps its default. */
  readonly rules?: Readonly<Partial<Record<DiagnosticCode, RuleSeverity>>>;
  readonly verbs?: {
    /** Attribution verbs the house prefers ("said"): never flagged, and the quick fix uses the first. */
    readonly preferred?: readonly string[];
    /** More verbs the house treats as loaded, beside the built-in ones. */
    readonly discouraged?: readonly string[];
  };
  readonly anonymity?: {
    /** An anonymous source needs a stated reason (default true). */
    readonly requireReason?: boolean;
    /** More phrases that state a reason for anonymity, beside the built-in ones. */
    readonly reasons?: readonly string[];
  };
  /** How a person is named after the first full reference (rule second-reference). */
  readonly secondReference?: 'surname' | 'first-name';
}

export interface TeamConfig extends HousePolicy {
  /** Flag unattributed quotations in headlines too. */
  readonly checkHeadline?: boolean;
  /** An attribution below this confidence (0-1) is flagged as uncertain (inferred-attribution); default 0.6. */
  readonly uncertainBelow?: number;
  /** Globs of article files (besides .article and .news) the CLI analyses in folders. */
  readonly include?: readonly string[];
  /** Globs of files never analysed. */
  readonly exclude?: readonly string[];
}

export type ParsedConfig =
  | { readonly ok: true; readonly config: TeamConfig }
  | { readonly ok: false; readonly message: string; readonly line: number | null; readonly column: number | null };

/** Every rule id a configuration may name. */
export const CONFIGURABLE_RULES: readonly string[] = DIAGNOSTIC_CODES;

const KEYS = new Set(['$schema', 'rules', 'checkHeadline', 'uncertainBelow', 'verbs', 'anonymity', 'secondReference', 'include', 'exclude']);

/** Parses a configuration file's text; an empty file is the defaults. */
export function parseTeamConfig(text: string): ParsedConfig {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!body.trim()) return { ok: true, config: {} };
  let doc: unknown;
  try {
    doc = JSON.parse(body);
  } catch {
    return { ok: false, ...jsonError(body) };
  }
  const fail = (message: string, key?: string): ParsedConfig => {
    const at = key ? body.indexOf(JSON.stringify(key)) : -1;
    return { ok: false, message, ...(at >= 0 ? lineColumn(body, at) : { line: 1, column: 1 }) };
  };
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return fail('the file must hold a JSON object');
  const d = doc as Record<string, unknown>;
  for (const k of Object.keys(d)) if (!KEYS.has(k)) return fail(`unknown setting "${k}" (known: ${[...KEYS].filter((x) => x !== '$schema').join(', ')})`, k);
  const strings = (v: unknown, key: string): readonly string[] | string => {
    if (v === undefined) return [];
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string' && x.trim())) return `"${key}" must be a list of words or patterns`;
    return v.map((x: string) => x.trim());
  };
  const config: { -readonly [K in keyof TeamConfig]: TeamConfig[K] } = {};
  if (d.rules !== undefined) {
    if (typeof d.rules !== 'object' || d.rules === null || Array.isArray(d.rules)) return fail('"rules" must be an object of rule id to severity', 'rules');
    const rules: Record<string, RuleSeverity> = {};
    for (const [id, sev] of Object.entries(d.rules as Record<string, unknown>)) {
      if (!CONFIGURABLE_RULES.includes(id)) return fail(`unknown rule "${id}" (known: ${CONFIGURABLE_RULES.join(', ')})`, id);
      if (typeof sev !== 'string' || !(RULE_SEVERITIES as readonly string[]).includes(sev)) return fail(`rule "${id}": the severity must be one of ${RULE_SEVERITIES.join(', ')}, not ${JSON.stringify(sev)}`, id);
      rules[id] = sev as RuleSeverity;
    }
    config.rules = rules;
  }
  if (d.checkHeadline !== undefined) {
    if (typeof d.checkHeadline !== 'boolean') return fail('"checkHeadline" must be true or false', 'checkHeadline');
    config.checkHeadline = d.checkHeadline;
  }
  if (d.uncertainBelow !== undefined) {
    if (typeof d.uncertainBelow !== 'number' || !(d.uncertainBelow >= 0 && d.uncertainBelow <= 1)) return fail('"uncertainBelow" must be a number from 0 to 1 (a confidence)', 'uncertainBelow');
    config.uncertainBelow = d.uncertainBelow;
  }
  if (d.verbs !== undefined) {
    const v = d.verbs as Record<string, unknown>;
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail('"verbs" must be an object with "preferred" and "discouraged" lists', 'verbs');
    for (const k of Object.keys(v)) if (k !== 'preferred' && k !== 'discouraged') return fail(`unknown setting "verbs.${k}" (known: preferred, discouraged)`, k);
    const preferred = strings(v.preferred, 'verbs.preferred');
    if (typeof preferred === 'string') return fail(preferred, 'preferred');
    const discouraged = strings(v.discouraged, 'verbs.discouraged');
    if (typeof discouraged === 'string') return fail(discouraged, 'discouraged');
    config.verbs = { preferred: preferred.map((x) => x.toLowerCase()), discouraged: discouraged.map((x) => x.toLowerCase()) };
  }
  if (d.anonymity !== undefined) {
    const v = d.anonymity as Record<string, unknown>;
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail('"anonymity" must be an object with "requireReason" and "reasons"', 'anonymity');
    for (const k of Object.keys(v)) if (k !== 'requireReason' && k !== 'reasons') return fail(`unknown setting "anonymity.${k}" (known: requireReason, reasons)`, k);
    if (v.requireReason !== undefined && typeof v.requireReason !== 'boolean') return fail('"anonymity.requireReason" must be true or false', 'requireReason');
    const reasons = strings(v.reasons, 'anonymity.reasons');
    if (typeof reasons === 'string') return fail(reasons, 'reasons');
    config.anonymity = { ...(v.requireReason !== undefined ? { requireReason: v.requireReason as boolean } : {}), reasons };
  }
  if (d.secondReference !== undefined) {
    if (d.secondReference !== 'surname' && d.secondReference !== 'first-name') return fail('"secondReference" must be "surname" or "first-name"', 'secondReference');
    config.secondReference = d.secondReference;
  }
  for (const k of ['include', 'exclude'] as const) {
    if (d[k] === undefined) continue;
    const list = strings(d[k], k);
    if (typeof list === 'string') return fail(list, k);
    config[k] = list;
  }
  return { ok: true, config };
}
