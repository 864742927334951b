// What the CLI writes for one article, in each format (text, json, jsonl, sarif; the report's
// md, csv and json rows): pure, so a worker thread can analyse and render an article.
import { analyze, shorten } from '../core/analyze';
import type { PlacedAnnotation } from '../core/annotations';
import { severityOf } from '../core/checks';
import type { TeamConfig } from '../core/checks/config';
import { lineIndex } from '../core/text/lines';
import { jsonText, printable } from '../core/text/printable';
import { articleReport, csvRows, type ArticleReport } from '../core/report/report';
import type { Analysis, AnalyzeOptions, Diagnostic } from '../core/types';
import type { Options } from './args';
import { fileJson } from './json';
import { sarifResults } from './sarif';

export interface FileResult {
  readonly path: string;
  readonly text: string;
  readonly analysis: Analysis;
  /** The desk's annotations from the file beside the article, re-anchored; empty when there is none. */
  readonly annotations?: readonly PlacedAnnotation[];
}

/** The diagnostics shown: all, or errors only with --quiet; orphaned annotations added as warnings. */
export function shown(o: Options, r: FileResult, config: TeamConfig | undefined): Diagnostic[] {
  const out: Diagnostic[] = [...r.analysis.diagnostics];
  const orphanLevel = severityOf('orphaned-annotation', config);
  if (orphanLevel !== 'off') {
    for (const p of r.annotations ?? []) {
      if (p.start !== null) continue;
      out.push({ code: 'orphaned-annotation', severity: orphanLevel, message: `Annotation ${p.annotation.id} is orphaned: its words are no longer in the article: ${shorten(p.annotation.anchor.exact)}`, start: 0, end: 0, related: [], quote: null });
    }
  }
  return o.quiet ? out.filter((d) => d.severity === 'error') : out;
}

/** One article's output in the run's format, and what it counts towards the exit status. */
export interface Rendered {
  readonly out: string;
  readonly errors: number;
  readonly warnings: number;
  /** The article's report, for the md and json reports (written at the end). */
  readonly report?: ArticleReport;
}

/** Analyses and renders an article somewhere (in a worker thread). */
export type Renderer = (job: Job) => Promise<Rendered>;

/** What an article needs to be analysed and rendered anywhere (here, or in a worker thread). */
export interface Job {
  readonly o: Options;
  readonly label: string;
  readonly isPath: boolean;
  readonly text: string;
  readonly options: AnalyzeOptions;
  readonly config: TeamConfig | undefined;
  readonly placed: readonly PlacedAnnotation[];
}


/** Analyses and renders one article: pure, so a worker thread can do it. */
export function render(job: Job): Rendered {
  const { o, label, isPath, text, config } = job;
  const placed = [...job.placed];
  const analysis = analyze(text, job.options);
  const r: FileResult = { path: label, text, analysis, annotations: placed };
  const diagnostics = shown(o, r, config);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  if (o.command === 'report') {
    const report = articleReport(label, analysis, placed);
    return o.format === 'csv' ? { out: csvRows(report), errors, warnings } : { out: '', errors, warnings, report };
  }
  if (o.format === 'json') return { out: jsonText(fileJson(r)), errors, warnings };
  if (o.format === 'jsonl') return { out: jsonText({ version: 1, ...fileJson(r) }) + '\n', errors, warnings };
  if (o.format === 'sarif') return { out: sarifResults(label, isPath, text, diagnostics).join(','), errors, warnings };
  return { out: textOf(r, diagnostics), errors, warnings };
}

/** One file in the text format: a line per diagnostic, then the file's summary. */
function textOf(r: FileResult, diagnostics: readonly Diagnostic[]): string {
  const a = r.analysis;
  const pos = lineIndex(r.text);
  let out = '';
  for (const d of diagnostics) {
    const { line, character } = pos(d.start);
    out += `${printable(r.path)}:${line + 1}:${character + 1}: ${d.severity} ${printable(d.message)} [${d.code}]\n`;
  }
  const direct = a.quotes.filter((q) => q.kind === 'direct');
  const unattributed = a.diagnostics.filter((d) => d.code === 'unattributed-quote').length;
  const speakers = new Set(direct.filter((q) => q.speaker).map((q) => q.speaker!.entity ?? q.speaker!.name));
  return `${out}${printable(r.path)}: ${direct.length} quotation${direct.length === 1 ? '' : 's'} (${unattributed} unattributed) from ${speakers.size} speaker${speakers.size === 1 ? '' : 's'}; ${a.entities.length} entities\n`;
}
