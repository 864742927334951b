// SARIF 2.1.0 output (`--format sarif`), for code-scanning annotations in CI: one run, the
// rules with links to their pages (docs/rules), a result per diagnostic with its region (1-based
// lines and UTF-16 columns, as the engine's offsets are) and the file's URI relative to the
// working folder (uriBaseId SRCROOT). Written as each file finishes.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIAGNOSTIC_RULES, RULE_PAGES_URL, ruleUrl } from '../core/checks';
import { lineIndex } from '../core/text/lines';
import type { Diagnostic, Severity } from '../core/types';
import { jsonText } from '../core/text/printable';

export const README_URL = `${RULE_PAGES_URL}README.md`;

const LEVEL: Record<Severity | 'off', 'error' | 'warning' | 'note' | 'none'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note', off: 'none' };
const RULE_INDEX = new Map(DIAGNOSTIC_RULES.map((r, i) => [r.id as string, i]));

/** The start of the log, up to the opening of the results list. */
export function sarifHead(version: string): string {
  const rules = DIAGNOSTIC_RULES.map((r) => ({
    id: r.id,
    name: r.id.replace(/(^|-)([a-z])/g, (_m, _d: string, c: string) => c.toUpperCase()),
    shortDescription: { text: r.description },
    helpUri: ruleUrl(r.id),
    defaultConfiguration: { level: LEVEL[r.defaultSeverity], enabled: r.defaultSeverity !== 'off' },
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'Article Lens', informationUri: README_URL, version, semanticVersion: version, rules } },
      originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(process.cwd() + path.sep).href } },
      columnKind: 'utf16CodeUnits',
      results: [] as unknown[],
    }],
  };
  const s = jsonText(log);
  return s.slice(0, s.lastIndexOf('[]') + 1);
}

export const sarifTail = (): string => ']}]}\n';

/** The artifact location of a path: relative to the working folder where it is inside it, else an absolute file URI. */
function artifact(file: string, isPath: boolean): { uri: string; uriBaseId?: string } {
  if (!isPath) return { uri: encodeURIComponent(file) };
  const rel = path.relative(process.cwd(), path.resolve(file));
  if (!rel.startsWith('..') && !path.isAbsolute(rel)) return { uri: rel.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT' };
  return { uri: pathToFileURL(path.resolve(file)).href };
}

/** One file's results, each as a JSON text (joined with commas by the caller). */
export function sarifResults(file: string, isPath: boolean, text: string, diagnostics: readonly (Pick<Diagnostic, 'code' | 'severity' | 'message' | 'start' | 'end'> & { related?: Diagnostic['related'] })[]): string[] {
  const pos = lineIndex(text);
  const location = artifact(file, isPath);
  const region = (start: number, end: number): Record<string, number> => {
    const a = pos(start);
    const b = pos(Math.max(start, end));
    return { startLine: a.line + 1, startColumn: a.character + 1, endLine: b.line + 1, endColumn: b.character + 1, charOffset: start, charLength: Math.max(0, end - start) };
  };
  return diagnostics.map((d) => jsonText({
    ruleId: d.code,
    ...(RULE_INDEX.has(d.code) ? { ruleIndex: RULE_INDEX.get(d.code) } : {}),
    level: LEVEL[d.severity],
    message: { text: d.message },
    locations: [{ physicalLocation: { artifactLocation: location, region: region(d.start, d.end) } }],
    ...(d.related?.length ? { relatedLocations: d.related.map((r, i) => ({ id: i + 1, message: { text: r.message }, physicalLocation: { artifactLocation: location, region: region(r.start, r.end) } })) } : {}),
  }));
}
