// The CLI's arguments: `article-lens analyze|report [options] [--] PATH...`, parsed by Node's
// util.parseArgs (strict: an unknown option is an error; `--name=value` and `--name value`;
// `-` is standard input; `--` ends the options), then each value checked with a message that
// says what it must be.
import { parseArgs as parseNodeArgs } from 'node:util';

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

/** The options util.parseArgs knows; every value is a string, checked below. */
const SPEC = {
  format: { type: 'string' },
  input: { type: 'string' },
  'max-file-size': { type: 'string' },
  'max-warnings': { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  desk: { type: 'string' },
  config: { type: 'string' },
  'stdin-filename': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  'no-error-on-unmatched-pattern': { type: 'boolean' },
  'exit-zero': { type: 'boolean' },
} as const;

const quoted = (v: string | undefined): string => (v === undefined ? 'nothing' : `"${v}"`);
const list = (xs: readonly string[]): string => xs.length === 1 ? `"${xs[0]}"` : `${xs.slice(0, -1).map((x) => `"${x}"`).join(', ')} or "${xs[xs.length - 1]}"`;

/** util.parseArgs's complaint, in the CLI's words. */
function usageError(err: unknown, args: readonly string[]): string {
  const e = err as { code?: string; message?: string };
  // (Node names the option as '--name', '-n, --name' or '--name <value>'.)
  const named = /'(?:-[a-zA-Z], )?(--?[a-zA-Z][\w-]*)/.exec(e.message ?? '')?.[1];
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option "${named ?? args.find((a) => a.startsWith('-') && a !== '-') ?? '?'}"`;
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const spec = named?.startsWith('--') ? SPEC[named.slice(2) as keyof typeof SPEC] : undefined;
    if (spec?.type === 'boolean') return `${named} takes no value`;
    return `${named ?? 'an option'} needs a value (one that starts with "-" is given as ${named ?? '--option'}=VALUE)`;
  }
  return e.message ?? String(err);
}

/** Parses the arguments after the command; a string is a usage error. */
export function parseArgs(command: Options['command'], args: readonly string[]): Options | string {
  let parsed: ReturnType<typeof parseNodeArgs<{ args: string[]; options: typeof SPEC; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseNodeArgs({ args: [...args], options: SPEC, allowPositionals: true, strict: true });
  } catch (err) {
    return usageError(err, args);
  }
  const v = parsed.values;
  const o: Options = {
    command, format: command === 'analyze' ? 'text' : 'md', input: 'files', maxFileSize: DEFAULT_MAX_FILE_SIZE, paths: [...parsed.positionals],
    quiet: v.quiet ?? false, maxWarnings: null, allowUnmatched: v['no-error-on-unmatched-pattern'] ?? false, exitZero: v['exit-zero'] ?? false, jobs: 0,
  };
  const integer = (s: string | undefined, min: number, max = Number.MAX_SAFE_INTEGER): number | null => {
    const n = Number(s);
    return s && Number.isInteger(n) && n >= min && n <= max ? n : null;
  };
  if (v.format !== undefined) {
    if (!FORMATS[command].includes(v.format)) return `--format must be ${list(FORMATS[command])}, not ${quoted(v.format)}`;
    o.format = v.format as Options['format'];
  }
  if (v.input !== undefined) {
    if (v.input !== 'files' && v.input !== 'jsonl') return `--input must be "files" or "jsonl", not ${quoted(v.input)}`;
    o.input = v.input;
  }
  if (v['max-file-size'] !== undefined) {
    const n = integer(v['max-file-size'], 1);
    if (n === null) return `--max-file-size must be a positive number of bytes, not ${quoted(v['max-file-size'])}`;
    o.maxFileSize = n;
  }
  if (v['max-warnings'] !== undefined) {
    const n = integer(v['max-warnings'], 0);
    if (n === null) return `--max-warnings must be a number (0 or more), not ${quoted(v['max-warnings'])}`;
    o.maxWarnings = n;
  }
  if (v.jobs !== undefined) {
    const n = integer(v.jobs, 0, 256);
    if (n === null) return `--jobs must be a number of workers from 1 to 256 (0: one per core), not ${quoted(v.jobs)}`;
    o.jobs = n;
  }
  for (const [name, value] of [['--desk', v.desk], ['--config', v.config], ['--stdin-filename', v['stdin-filename']]] as const) {
    if (value === '') return `${name} needs a ${name === '--stdin-filename' ? 'NAME' : 'FILE'}`;
  }
  if (v.desk !== undefined) o.desk = v.desk;
  if (v.config !== undefined) o.config = v.config;
  if (v['stdin-filename'] !== undefined) o.stdinFilename = v['stdin-filename'];
  if (!o.paths.length) return 'no PATH given (use - for standard input)';
  if (o.paths.filter((p) => p === '-').length > 1) return 'standard input (-) can be given once';
  return o;
}
