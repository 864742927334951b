// The CLI's arguments: `article-lens analyze|report [options] [--] PATH...`.

export const DEFAULT_MAX_FILE_SIZE = 20 * 1024 * 1024;

export type AnalyzeFormat = 'text' | 'json' | 'jsonl' | 'sarif';
export type ReportFormat = 'md' | 'csv' | 'json';

export interface Options {
  command: 'analyze' | 'report';
  format: AnalyzeFormat | ReportFormat;
  input: 'files' | 'jsonl';
  maxFileSize: number;
  paths: string[];
  desk?: string;
  config?: string;
  stdinFilename?: string;
  quiet: boolean;
  maxWarnings: number | null;
  allowUnmatched: boolean;
  /** Problems found do not fail the run (exit 0, not 1): for pipelines. */
  exitZero: boolean;
  /** Worker threads; 0 (the default): one per core beyond the first, none with 2 cores or fewer. */
  jobs: number;
}

const FORMATS: Record<Options['command'], readonly string[]> = { analyze: ['text', 'json', 'jsonl', 'sarif'], report: ['md', 'csv', 'json'] };

const quoted = (v: string | undefined): string => (v === undefined ? 'nothing' : `"${v}"`);
const list = (xs: readonly string[]): string => xs.length === 1 ? `"${xs[0]}"` : `${xs.slice(0, -1).map((x) => `"${x}"`).join(', ')} or "${xs[xs.length - 1]}"`;

/** Parses the arguments after the command; a string is a usage error. */
export function parseArgs(command: Options['command'], args: readonly string[]): Options | string {
  const o: Options = {
    command, format: command === 'analyze' ? 'text' : 'md', input: 'files', maxFileSize: DEFAULT_MAX_FILE_SIZE, paths: [],
    quiet: false, maxWarnings: null, allowUnmatched: false, exitZero: false, jobs: 0,
  };
  let options = true;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!options || a === '-' || !a.startsWith('-')) { o.paths.push(a); continue; }
    if (a === '--') { options = false; continue; }
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(0, eq) : a;
    const value = (): string | undefined => (eq > 0 ? a.slice(eq + 1) : args[++i]);
    switch (name) {
      case '--format': {
        const v = value();
        if (!v || !FORMATS[command].includes(v)) return `--format must be ${list(FORMATS[command])}, not ${quoted(v)}`;
        o.format = v as Options['format'];
        break;
      }
      case '--input': {
        const v = value();
        if (v !== 'files' && v !== 'jsonl') return `--input must be "files" or "jsonl", not ${quoted(v)}`;
        o.input = v;
        break;
      }
      case '--max-file-size': {
        const v = value();
        const n = Number(v);
        if (!v || !Number.isInteger(n) || n <= 0) return `--max-file-size must be a positive number of bytes, not ${quoted(v)}`;
        o.maxFileSize = n;
        break;
      }
      case '--max-warnings': {
        const v = value();
        const n = Number(v);
        if (!v || !Number.isInteger(n) || n < 0) return `--max-warnings must be a number (0 or more), not ${quoted(v)}`;
        o.maxWarnings = n;
        break;
      }
      case '--jobs': case '-j': {
        const v = value();
        const n = Number(v);
        if (!v || !Number.isInteger(n) || n < 0 || n > 256) return `--jobs must be a number of workers from 1 to 256 (0: one per core), not ${quoted(v)}`;
        o.jobs = n;
        break;
      }
      case '--desk': case '--config': case '--stdin-filename': {
        const v = value();
        if (!v) return `${name} needs a ${name === '--stdin-filename' ? 'NAME' : 'FILE'}`;
        if (name === '--desk') o.desk = v;
        else if (name === '--config') o.config = v;
        else o.stdinFilename = v;
        break;
      }
      case '--quiet': case '-q': o.quiet = true; break;
      case '--no-error-on-unmatched-pattern': o.allowUnmatched = true; break;
      case '--exit-zero': o.exitZero = true; break;
      default: return `unknown option "${a}"`;
    }
  }
  if (!o.paths.length) return 'no PATH given (use - for standard input)';
  if (o.paths.filter((p) => p === '-').length > 1) return 'standard input (-) can be given once';
  return o;
}
