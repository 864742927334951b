// A run of the CLI: reading the articles, analysing each (here, or in worker threads), and
// writing each result in order as it is ready, then the run's end and its exit status. Results
// are written as each file finishes (nothing is kept once written, except the report's small
// per-article rows), so memory stays flat over any number of files.
import { correctionsOf, type PlacedAnnotation } from '../core/annotations';
import type { TeamConfig } from '../core/checks/config';
import { jsonText, printable } from '../core/text/printable';
import { csvHeader, reportJson, reportMarkdown, type ArticleReport } from '../core/report/report';
import type { AnalyzeOptions } from '../core/types';
import type { Options } from './args';
import { DeskLists, TeamConfigs } from './desk';
import type { Problem } from './files';
import { render, type Job, type Rendered } from './formats';
import { sarifHead, sarifTail } from './sarif';
import { annotationsFor, documents, type Doc } from './sources';

export interface CliIo {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  /** Standard input's file descriptor (tests give another). */
  readonly stdin?: number;
}

export const VERSION = '0.1.0';
export const ISSUES_URL = 'the project\'s issue tracker';

/** What the run has found so far, and how it ends. */
class Tally {
  failed = false;
  bug = false;
  files = 0;
  errors = 0;
  warnings = 0;
  exitCode(o: Options): number {
    if (this.failed || this.bug) return 2;
    if (this.files === 0) return 2;
    if (o.exitZero) return 0;
    if (this.errors > 0) return 1;
    if (o.maxWarnings !== null) return this.warnings > o.maxWarnings ? 1 : 0;
    return this.warnings > 0 ? 1 : 0;
  }
}

/** One article read and ready for the engine: its text and what applies to it. */
export interface Prepared {
  readonly doc: Doc;
  readonly text: string;
  readonly config: TeamConfig | undefined;
  readonly placed: PlacedAnnotation[];
  readonly options: AnalyzeOptions;
}


export const jobOf = (o: Options, p: Prepared): Job => ({ o, label: p.doc.label, isPath: p.doc.isPath, text: p.text, options: p.options, config: p.config, placed: p.placed });

/** A run: reading the articles, and writing each result, in order, as it is ready. */
export class Run {
  readonly tally = new Tally();
  private readonly desks: DeskLists;
  readonly configs: TeamConfigs;
  private readonly reports: ArticleReport[] = [];
  private first = true;

  constructor(private readonly o: Options, private readonly io: CliIo) {
    this.desks = new DeskLists(o.desk, o.maxFileSize, this.problem);
    this.configs = new TeamConfigs(o.config, o.maxFileSize, this.problem);
  }

  readonly problem = (p: Problem): void => {
    if (p.failure) this.tally.failed = true;
    this.io.stderr(`article-lens: ${printable(p.message)}\n`);
  };

  documents(): Generator<Doc> {
    return documents(this.o, this.problem, this.configs, this.io.stdin ?? 0);
  }

  begin(): void {
    const { o, io } = this;
    if (o.command === 'analyze' && o.format === 'json') io.stdout('{"version":1,"files":[');
    if (o.command === 'analyze' && o.format === 'sarif') io.stdout(sarifHead(VERSION));
    if (o.command === 'report' && o.format === 'csv') io.stdout(csvHeader());
  }

  /** Reads a document and gathers what applies to it; null when it cannot be read (reported). */
  prepare(doc: Doc): Prepared | null {
    const read = doc.read();
    if (!read.ok) { this.problem({ path: doc.label, message: read.message, failure: true }); return null; }
    const text = read.text;
    const config = doc.place === null ? this.configs.forArticle(process.cwd(), true) : this.configs.forArticle(doc.place);
    const placed = doc.place !== null && doc.isPath ? annotationsFor(doc.place, text, this.o.maxFileSize, this.problem) : [];
    const list = doc.place === null ? this.desks.forArticle(process.cwd(), true) : this.desks.forArticle(doc.place);
    const options: AnalyzeOptions = {
      corrections: correctionsOf(placed),
      ...(list ? { desk: list } : {}),
      ...(config ? { house: config, checkHeadline: config.checkHeadline ?? false, ...(config.uncertainBelow !== undefined ? { uncertainBelow: config.uncertainBelow } : {}) } : {}),
    };
    return { doc, text, config, placed, options };
  }

  /** Writes one document's rendered result (or reports its failure as a bug; the others still run). */
  finish(p: Prepared, rendered: Rendered | { error: unknown }): void {
    const { o, io, tally } = this;
    if ('error' in rendered) {
      tally.bug = true;
      const err = rendered.error;
      io.stderr(`article-lens: internal error analysing ${printable(p.doc.label)}: ${printable((err as Error)?.message ?? String(err))}\nThis is a bug in Article Lens, not in your file: please report it, with the file if you can, on ${ISSUES_URL}.\n`);
      return;
    }
    tally.errors += rendered.errors;
    tally.warnings += rendered.warnings;
    if (rendered.report) this.reports.push(rendered.report);
    if (rendered.out) {
      // (The json and sarif formats separate files' parts with commas.)
      const comma = (o.format === 'json' || o.format === 'sarif') && o.command === 'analyze' && !this.first ? ',' : '';
      io.stdout(comma + rendered.out);
      this.first = false;
    }
    tally.files++;
  }

  end(): number {
    const { o, io, tally } = this;
    if (o.command === 'analyze' && o.format === 'json') io.stdout(']}\n');
    if (o.command === 'analyze' && o.format === 'sarif') io.stdout(sarifTail());
    if (o.command === 'report' && o.format === 'md') io.stdout(reportMarkdown(this.reports));
    if (o.command === 'report' && o.format === 'json') io.stdout(`${jsonText(reportJson(this.reports))}\n`);
    if (o.command === 'analyze' && o.format === 'text') {
      const problems = tally.errors + tally.warnings;
      io.stdout(`${tally.files} file${tally.files === 1 ? '' : 's'} analysed, ${problems} problem${problems === 1 ? '' : 's'}${tally.failed ? ', some files could not be read' : ''}\n`);
    }
    if (tally.files === 0 && !tally.failed && !tally.bug) io.stderr('article-lens: no article was analysed\n');
    if (tally.files === 0 && o.allowUnmatched && !tally.failed && !tally.bug) return 0;
    return tally.exitCode(o);
  }
}

export function renderHere(job: Job): Rendered | { error: unknown } {
  try {
    return render(job);
  } catch (error) {
    return { error };
  }
}

export function run(o: Options, io: CliIo): number {
  const r = new Run(o, io);
  r.begin();
  for (const doc of r.documents()) {
    const p = r.prepare(doc);
    if (p) r.finish(p, renderHere(jobOf(o, p)));
  }
  return r.end();
}

