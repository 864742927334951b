// The team's configuration, `.article-lens/config.json`: one file committed with the articles
// and honoured alike by the editor, the CLI and CI (README, "Team configuration"). Parsing is
// strict: a file with a mistake (bad JSON, an unknown rule, a misspelt key) is refused whole
// with the line of the mistake, and the defaults are used, so a typo never half-applies.
import type { Schema } from '@cfworker/json-schema';
import configSchema from '../../../schemas/config.schema.json';
import { readJson } from '../json/reader';
import { DIAGNOSTIC_CODES } from './pages';
import type { DiagnosticCode, Severity } from '../types';

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

/** Parses a configuration file's text; an empty file is the defaults. */
export function parseTeamConfig(text: string): ParsedConfig {
  if (!text.replace(/^\uFEFF/, '').trim()) return { ok: true, config: {} };
  // The shape (known settings, rule ids, severities, types) is the contributed schema's.
  const read = readJson(text, {
    schema: configSchema as Schema,
    label: (p) => (p.length === 2 && p[0] === 'rules' ? `rule "${p[1]}": the severity` : p.length ? `"${p.join('.')}"` : 'the file'),
    noun: (p) => (p.length === 1 && p[0] === 'rules' ? 'rule' : 'setting'),
  });
  if (!read.ok) return { ok: false, ...read.error };
  const d = read.value as {
    rules?: Record<string, RuleSeverity>; checkHeadline?: boolean; uncertainBelow?: number;
    verbs?: { preferred?: string[]; discouraged?: string[] }; anonymity?: { requireReason?: boolean; reasons?: string[] };
    secondReference?: 'surname' | 'first-name'; include?: string[]; exclude?: string[];
  };
  // What the schema cannot say: a word or pattern that is only spaces.
  const blank = (list: string[] | undefined, path: ReadonlyArray<string>): ParsedConfig | null => {
    const i = list?.findIndex((x) => !x.trim()) ?? -1;
    if (i < 0) return null;
    return { ok: false, message: `"${path.join('.')}" must be a list of words or patterns (item ${i + 1} is blank)`, ...(read.at([...path, i]) ?? { line: 1, column: 1 }) };
  };
  const trimmed = (list: string[] | undefined): string[] => (list ?? []).map((x) => x.trim());
  for (const [list, path] of [[d.verbs?.preferred, ['verbs', 'preferred']], [d.verbs?.discouraged, ['verbs', 'discouraged']], [d.anonymity?.reasons, ['anonymity', 'reasons']], [d.include, ['include']], [d.exclude, ['exclude']]] as const) {
    const bad = blank(list as string[] | undefined, path);
    if (bad) return bad;
  }
  const config: { -readonly [K in keyof TeamConfig]: TeamConfig[K] } = {};
  if (d.rules !== undefined) config.rules = { ...d.rules };
  if (d.checkHeadline !== undefined) config.checkHeadline = d.checkHeadline;
  if (d.uncertainBelow !== undefined) config.uncertainBelow = d.uncertainBelow;
  if (d.verbs !== undefined) config.verbs = { preferred: trimmed(d.verbs.preferred).map((x) => x.toLowerCase()), discouraged: trimmed(d.verbs.discouraged).map((x) => x.toLowerCase()) };
  if (d.anonymity !== undefined) config.anonymity = { ...(d.anonymity.requireReason !== undefined ? { requireReason: d.anonymity.requireReason } : {}), reasons: trimmed(d.anonymity.reasons) };
  if (d.secondReference !== undefined) config.secondReference = d.secondReference;
  if (d.include !== undefined) config.include = trimmed(d.include);
  if (d.exclude !== undefined) config.exclude = trimmed(d.exclude);
  return { ok: true, config };
}
