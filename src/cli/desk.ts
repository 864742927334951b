// The desk entity list for the CLI: `--desk FILE`, or the nearest `.article-lens/entities.json`
// in the article's folder or above (as the editor reads it from the workspace folder). Each
// file is read once; a malformed one is reported once with its line, ignored, and fails the run.
import { statSync } from 'node:fs';
import path from 'node:path';
import { atLine } from '../core/annotations/parse';
import { parseDeskList, type DeskList } from '../core/desk';
import { readArticle, type Problem } from './files';

export const DESK_FILE = path.join('.article-lens', 'entities.json');

export class DeskLists {
  private readonly files = new Map<string, DeskList | undefined>();
  private readonly folders = new Map<string, string | undefined>();

  constructor(private readonly given: string | undefined, private readonly maxBytes: number, private readonly problem: (p: Problem) => void) {}

  /** The list that applies to an article, if any. */
  forArticle(article: string): DeskList | undefined {
    const file = this.given ?? this.nearest(path.dirname(path.resolve(article)));
    return file ? this.read(file) : undefined;
  }

  /** The nearest list at or above `dir` (each folder looked at once). */
  private nearest(dir: string): string | undefined {
    const seen: string[] = [];
    let found: string | undefined;
    for (let d = dir; ; d = path.dirname(d)) {
      if (this.folders.has(d)) { found = this.folders.get(d); break; }
      seen.push(d);
      const candidate = path.join(d, DESK_FILE);
      try {
        if (statSync(candidate).isFile()) { found = candidate; break; }
      } catch { /* none here */ }
      if (path.dirname(d) === d) break;
    }
    for (const d of seen) this.folders.set(d, found);
    return found;
  }

  private read(file: string): DeskList | undefined {
    if (this.files.has(file)) return this.files.get(file);
    let list: DeskList | undefined;
    const r = readArticle(file, this.maxBytes);
    if (!r.ok) {
      this.problem({ path: file, message: `${r.message}; the desk entity list is ignored`, failure: true });
    } else {
      const parsed = parseDeskList(new TextDecoder('utf-8').decode(r.bytes));
      if (parsed.ok) list = parsed.list;
      else {
        this.problem({ path: file, message: `${file}${atLine(parsed)}: malformed desk entity list: ${parsed.message}; it is ignored until it is fixed`, failure: true });
      }
    }
    this.files.set(file, list);
    return list;
  }
}
