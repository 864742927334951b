// Finding and reading the files the CLI was given: folders searched for .article and .news
// files (symlinked folders followed once, loops detected), only regular files read (a FIFO,
// device or socket is reported and skipped, never opened), a size cap, and every file or
// folder that cannot be read reported, never skipped silently.
import { closeSync, fstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';

export const EXTENSIONS = new Set(['.article', '.news']);

export interface Problem {
  readonly path: string;
  readonly message: string;
  /** A failure (exit 2); otherwise a note. */
  readonly failure: boolean;
}

export function describe(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return 'no such file or folder';
  if (e?.code === 'EACCES' || e?.code === 'EPERM') return 'permission denied';
  if (e?.code === 'EISDIR') return 'is a folder';
  if (e?.code === 'ELOOP') return 'too many symbolic links (a loop)';
  return e?.message ?? String(err);
}

function kindOf(st: Stats): string | null {
  if (st.isFile()) return null;
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** What decides which files a folder or glob contributes: the team's include and exclude globs. */
export interface FileFilter {
  /** Whether a file found in a folder is an article: .article and .news, or the team's `include`. */
  isArticle(file: string): boolean;
  /** The team's `exclude` (and always node_modules and hidden folders when walking). */
  isExcluded(file: string): boolean;
}

export const DEFAULT_FILTER: FileFilter = {
  isArticle: (f) => EXTENSIONS.has(path.extname(f).toLowerCase()),
  isExcluded: () => false,
};

/**
 * The files to analyse, in order, each once (by its real path): the files given, the article
 * files in the folders given, and the files a glob matches (quoted globs are expanded here, the
 * same on every OS). A folder or glob that yields nothing is a failure unless `allowUnmatched`.
 */
export function* expandPaths(paths: readonly string[], problem: (p: Problem) => void, filter: (given: string) => FileFilter = () => DEFAULT_FILTER, allowUnmatched = false): Generator<string> {
  const seen = new Set<string>();
  const once = (p: string): boolean => {
    let real: string;
    try { real = realpathSync(p); } catch { real = path.resolve(p); }
    if (seen.has(real)) return false;
    seen.add(real);
    return true;
  };
  const unmatched = (message: string, p: string): void => problem({ path: p, message: allowUnmatched ? message : `${message} (--no-error-on-unmatched-pattern allows it)`, failure: !allowUnmatched });
  for (const p of paths) {
    let st: Stats;
    try {
      st = statSync(p);
    } catch (err) {
      if (isDynamicPattern(p, { caseSensitiveMatch: true })) {
        let found = 0;
        const f = filter(globBase(p));
        // (A pattern that names an extension takes what it matches; "docs/**" takes the articles.)
        const named = /\.[^/\\*?{}[\]]+$/.test(p);
        const base = realOrResolved(globBase(p));
        for (const m of globSync(p, { dot: false, onlyFiles: true, followSymbolicLinks: true, ignore: ['**/node_modules/**'], expandDirectories: false }).sort()) {
          if (f.isExcluded(m) || (!named && !f.isArticle(m))) continue;
          if (!inside(base, realOrResolved(m))) { outsideLink(m, base, problem); continue; }
          found++;
          if (once(m)) yield m;
        }
        if (found === 0) unmatched(`no files match the pattern ${p}`, p);
        continue;
      }
      problem({ path: p, message: `cannot read ${p}: ${describe(err)}`, failure: true });
      continue;
    }
    if (st.isDirectory()) {
      let found = 0;
      const f = filter(p);
      for (const file of walk(p, new Set(), problem, f, realOrResolved(p))) {
        found++;
        if (once(file)) yield file;
      }
      if (found === 0) unmatched(`no article files in ${p} (.article, .news${f === DEFAULT_FILTER ? '' : ', or the team configuration\'s "include"'})`, p);
    } else if (once(p)) {
      yield p;
    }
  }
}

/** The folder a glob starts from (its part before the first special character). */
function globBase(pattern: string): string {
  const parts = pattern.split(/[\\/]/);
  const i = parts.findIndex((x) => isDynamicPattern(x));
  const base = parts.slice(0, i < 0 ? parts.length : i).join(path.sep);
  return base || '.';
}

/** The real path of `p` (links resolved), or its absolute path when it cannot be resolved. */
function realOrResolved(p: string): string {
  try { return realpathSync(p); } catch { return path.resolve(p); }
}

/** Whether the real path `real` lies in the folder `root` (a real path too). */
function inside(root: string, real: string): boolean {
  const rel = path.relative(root, real);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * A link out of the folder being analysed is not followed: CI often runs on checkouts others
 * control, and "leak.article -> /etc/passwd" would put another file's text in the output. Said,
 * not a failure; a file named on the command line is still read.
 */
function outsideLink(p: string, root: string, problem: (p: Problem) => void): void {
  problem({ path: p, message: `skipped ${p}: a symbolic link to ${realOrResolved(p)}, outside ${root} (name the file itself to analyse it)`, failure: false });
}

function* walk(dir: string, visiting: Set<string>, problem: (p: Problem) => void, filter: FileFilter, root: string): Generator<string> {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch (err) {
    problem({ path: dir, message: `cannot read folder ${dir}: ${describe(err)}`, failure: true });
    return;
  }
  if (visiting.has(real)) {
    problem({ path: dir, message: `skipped ${dir}: a symbolic link back into a folder being searched (a loop)`, failure: false });
    return;
  }
  visiting.add(real);
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    problem({ path: dir, message: `cannot read folder ${dir}: ${describe(err)}`, failure: true });
    visiting.delete(real);
    return;
  }
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile() || (!e.isDirectory() && !e.isSymbolicLink());
    if (e.isSymbolicLink()) {
      // A symbolic link is followed: to a folder (once), or to a file.
      try {
        const st = statSync(p);
        isDir = st.isDirectory();
        isFile = !isDir;
      } catch (err) {
        if (filter.isArticle(p)) problem({ path: p, message: `cannot read ${p}: ${describe(err)}`, failure: true });
        continue;
      }
      if ((isDir || filter.isArticle(p)) && !inside(root, realOrResolved(p))) { outsideLink(p, root, problem); continue; }
    }
    if (filter.isExcluded(p)) continue;
    if (isDir) yield* walk(p, visiting, problem, filter, root);
    else if (isFile && filter.isArticle(p)) yield p;
  }
  visiting.delete(real);
}

export type Read = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

/**
 * Reads a regular file of at most `maxBytes`: anything else (a FIFO, a device, a socket) is
 * never opened for reading, so nothing hangs and nothing endless is read.
 */
export function readArticle(p: string, maxBytes: number): Read {
  let st: Stats;
  try {
    st = statSync(p);
  } catch (err) {
    return { ok: false, message: `cannot read ${p}: ${describe(err)}` };
  }
  if (st.isDirectory()) return { ok: false, message: `cannot read ${p}: is a folder` };
  const kind = kindOf(st);
  if (kind) return { ok: false, message: `skipped ${p}: ${kind}, not an article file` };
  if (st.size > maxBytes) return { ok: false, message: `skipped ${p}: ${st.size} bytes, over the ${maxBytes}-byte limit (--max-file-size)` };
  let fd = -1;
  try {
    fd = openSync(p, 'r');
    // (Checked again on the open file: it may have changed since the stat.)
    const now = fstatSync(fd);
    const k = kindOf(now);
    if (k) return { ok: false, message: `skipped ${p}: ${k}, not an article file` };
    if (now.size > maxBytes) return { ok: false, message: `skipped ${p}: ${now.size} bytes, over the ${maxBytes}-byte limit (--max-file-size)` };
    const bytes = new Uint8Array(now.size);
    let off = 0;
    while (off < bytes.length) {
      const n = readSync(fd, bytes, off, bytes.length - off, off);
      if (n === 0) break;
      off += n;
    }
    return { ok: true, bytes: off === bytes.length ? bytes : bytes.subarray(0, off) };
  } catch (err) {
    return { ok: false, message: `cannot read ${p}: ${describe(err)}` };
  } finally {
    if (fd >= 0) closeSync(fd);
  }
}

/** The annotations file beside an article (README, "Annotations"). */
export function annotationsPath(article: string): string {
  return `${article}.annotations.json`;
}

/** Reads the annotations file beside an article: none, its text, or why it cannot be read. */
export function readAnnotationsFile(article: string, maxBytes: number): { kind: 'none' } | { kind: 'ok'; path: string; text: string } | { kind: 'error'; message: string } {
  const p = annotationsPath(article);
  try {
    statSync(p);
  } catch {
    return { kind: 'none' };
  }
  const read = readArticle(p, maxBytes);
  if (!read.ok) return { kind: 'error', message: read.message };
  return { kind: 'ok', path: p, text: new TextDecoder('utf-8').decode(read.bytes) };
}
