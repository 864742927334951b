// The settings (the `articleLens` section), typed and validated in one place for the extension
// and the language server. A broken value falls back to its default and is reported, in words,
// once; a value that is null or absent is simply the default (some clients send null).
import { CONFIGURABLE_RULES, RULE_SEVERITIES, type RuleSeverity, type TeamConfig } from '../core/checks/config';
import type { AnalyzeOptions, Correction, DeskList } from '../core';

export type { RuleSeverity };
const SEVERITIES = RULE_SEVERITIES;

export interface Settings {
  readonly debounceMs: number;
  readonly maxFileSize: number;
  readonly timeBudgetMs: number;
  /** An analysis running longer is abandoned (it runs in a worker). */
  readonly timeoutMs: number;
  readonly checkHeadline: boolean;
  readonly colors: boolean;
  /** Severity per rule id: the one-rule settings, then `articleLens.rules.severities` over them. */
  readonly severity: Readonly<Record<string, RuleSeverity>>;
  readonly exclude: readonly string[];
  /** Who the desk's annotations are by: the setting, else the user's name where the platform gives it. */
  readonly annotationCreator: string;
}

export const DEFAULTS: Settings = {
  debounceMs: 200,
  maxFileSize: 2_000_000,
  timeBudgetMs: 250,
  timeoutMs: 2000,
  checkHeadline: false,
  colors: true,
  severity: { 'unattributed-quote': 'warning', 'unbalanced-quote': 'warning', 'inferred-attribution': 'information', 'house-spelling': 'warning' },
  exclude: ['**/node_modules/**'],
  annotationCreator: '',
};

export const SECTION = 'articleLens';

/**
 * Reads the settings through `get` (a dotted key such as "analysis.debounceMs"; undefined or
 * null when unset). `userName` names the annotations' creator when the setting does not.
 */
export function parseSettings(raw: (key: string) => unknown, userName: () => string = () => 'unknown'): { settings: Settings; problems: string[] } {
  const c = { get: <T>(key: string, def: T): unknown => raw(key) ?? def };
  const problems: string[] = [];
  const num = (key: string, def: number, min: number, max: number): number => {
    const v = c.get(key, def);
    if (typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max) return v;
    problems.push(`${SECTION}.${key} must be a number from ${min} to ${max} (was ${JSON.stringify(v)}); using ${def}`);
    return def;
  };
  const bool = (key: string, def: boolean): boolean => {
    const v = c.get(key, def);
    if (typeof v === 'boolean') return v;
    problems.push(`${SECTION}.${key} must be true or false (was ${JSON.stringify(v)}); using ${def}`);
    return def;
  };
  const sev = (key: string, def: RuleSeverity): RuleSeverity => {
    const v = c.get(key, def);
    if (typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v)) return v as RuleSeverity;
    problems.push(`${SECTION}.${key} must be one of ${SEVERITIES.join(', ')} (was ${JSON.stringify(v)}); using ${def}`);
    return def;
  };
  const globs = (key: string, def: readonly string[]): readonly string[] => {
    const v = c.get(key, def);
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
    problems.push(`${SECTION}.${key} must be a list of glob patterns; using the default`);
    return def;
  };
  return {
    settings: {
      debounceMs: num('analysis.debounceMs', DEFAULTS.debounceMs, 0, 10_000),
      maxFileSize: num('analysis.maxFileSize', DEFAULTS.maxFileSize, 1_000, 1_000_000_000),
      timeBudgetMs: num('analysis.timeBudgetMs', DEFAULTS.timeBudgetMs, 1, 60_000),
      timeoutMs: num('analysis.timeoutMs', DEFAULTS.timeoutMs, 100, 600_000),
      checkHeadline: bool('rules.checkHeadline', DEFAULTS.checkHeadline),
      colors: bool('colors.enabled', DEFAULTS.colors),
      severity: {
        'unattributed-quote': sev('rules.unattributedQuote', DEFAULTS.severity['unattributed-quote']),
        'unbalanced-quote': sev('rules.unbalancedQuote', DEFAULTS.severity['unbalanced-quote']),
        'inferred-attribution': sev('rules.inferredAttribution', DEFAULTS.severity['inferred-attribution']),
        'house-spelling': sev('rules.houseSpelling', DEFAULTS.severity['house-spelling']),
        ...(() => {
          const v = c.get('rules.severities', {});
          const out: Record<string, RuleSeverity> = {};
          if (typeof v !== 'object' || v === null || Array.isArray(v)) {
            problems.push(`${SECTION}.rules.severities must be an object of rule id to severity; ignored`);
            return out;
          }
          for (const [id, level] of Object.entries(v as Record<string, unknown>)) {
            if (!(CONFIGURABLE_RULES as readonly string[]).includes(id)) { problems.push(`${SECTION}.rules.severities: unknown rule "${id}"; ignored`); continue; }
            if (typeof level !== 'string' || !(SEVERITIES as readonly string[]).includes(level)) { problems.push(`${SECTION}.rules.severities: "${id}" must be one of ${SEVERITIES.join(', ')} (was ${JSON.stringify(level)}); ignored`); continue; }
            out[id] = level as RuleSeverity;
          }
          return out;
        })(),
      },
      exclude: globs('workspace.exclude', DEFAULTS.exclude),
      annotationCreator: (() => {
        const v = c.get('annotations.creator', '');
        if (typeof v !== 'string') problems.push(`${SECTION}.annotations.creator must be a name (was ${JSON.stringify(v)}); using the user name`);
        return typeof v === 'string' && v.trim() ? v.trim() : userName();
      })(),
    },
    problems,
  };
}

/** A getter of dotted keys over a settings object as LSP clients send it: nested, or with dotted keys. */
export function settingsGetter(section: unknown): (key: string) => unknown {
  const root = typeof section === 'object' && section !== null && !Array.isArray(section) ? section as Record<string, unknown> : {};
  return (key) => {
    if (Object.prototype.hasOwnProperty.call(root, key)) return root[key];
    let v: unknown = root;
    for (const part of key.split('.')) {
      if (typeof v !== 'object' || v === null || Array.isArray(v) || !Object.prototype.hasOwnProperty.call(v, part)) return undefined;
      v = (v as Record<string, unknown>)[part];
    }
    return v;
  };
}

/**
 * What one analysis applies: the settings, the team configuration over them where it names a
 * rule or an option, the desk's entity list and the desk's speaker corrections.
 */
export function analyzeOptions(settings: Pick<Settings, 'severity' | 'checkHeadline'>, team: TeamConfig | undefined, desk?: DeskList, corrections: readonly Correction[] = []): AnalyzeOptions {
  const rules = { ...settings.severity, ...(team?.rules ?? {}) };
  return {
    checkHeadline: team?.checkHeadline ?? settings.checkHeadline,
    house: { ...(team ?? {}), rules },
    ...(team?.uncertainBelow !== undefined ? { uncertainBelow: team.uncertainBelow } : {}),
    ...(corrections.length ? { corrections } : {}),
    ...(desk?.entries.length ? { desk } : {}),
  };
}
