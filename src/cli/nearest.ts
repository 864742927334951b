// A file the CLI looks for beside the articles: given on the command line, or the nearest one
// at or above the article's folder (as the editor reads it from the workspace folder). Each
// file is read once; a malformed one is reported once with its line, ignored (the defaults
// apply), never rewritten, and fails the run.
import { statSync } from 'node:fs';
import path from 'node:path';
import { atLine } from '../core/annotations/parse';
import { readArticle, type Problem } from './files';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string; line: number | null; column: number | null };

export class NearestFiles<T> {
  private readonly files = new Map<string, T | undefined>();
  private readonly folders = new Map<string, string | undefined>();

  constructor(
    private readonly relative: string,
    private readonly what: string,
    private readonly parse: (text: string) => Parsed<T>,
    private readonly given: string | undefined,
    private readonly maxBytes: number,
    private readonly problem: (p: Problem) => void,
  ) {}

  /** The file's value that applies to an article (or to a folder, with `isFolder`), if any. */
  forArticle(article: string, isFolder = false): T | undefined {
    const file = this.fileFor(article, isFolder);
    return file ? this.read(file) : undefined;
  }

  /** The file that applies to an article or folder, if there is one. */
  fileFor(article: string, isFolder = false): string | undefined {
    const abs = path.resolve(article);
    return this.given ?? this.nearest(isFolder ? abs : path.dirname(abs));
  }

  /** The nearest file at or above `dir` (each folder looked at once). */
  private nearest(dir: string): string | undefined {
    const seen: string[] = [];
    let found: string | undefined;
    for (let d = dir; ; d = path.dirname(d)) {
      if (this.folders.has(d)) { found = this.folders.get(d); break; }
      seen.push(d);
      const candidate = path.join(d, this.relative);
      try {
        if (statSync(candidate).isFile()) { found = candidate; break; }
      } catch { /* none here */ }
      if (path.dirname(d) === d) break;
    }
    for (const d of seen) this.folders.set(d, found);
    return found;
  }

  private read(file: string): T | undefined {
    if (this.files.has(file)) return this.files.get(file);
    let value: T | undefined;
    const r = readArticle(file, this.maxBytes);
    if (!r.ok) {
      this.problem({ path: file, message: `${r.message}; the ${this.what} is ignored`, failure: true });
    } else {
      const parsed = this.parse(new TextDecoder('utf-8').decode(r.bytes));
      if (parsed.ok) value = parsed.value;
      else {
        this.problem({ path: file, message: `${file}${atLine(parsed)}: malformed ${this.what}: ${parsed.message}; it is ignored (the defaults apply) until it is fixed`, failure: true });
      }
    }
    this.files.set(file, value);
    return value;
  }
}
