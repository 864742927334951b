// The development texts in ../shared/data, read in one place for the scorers, the output record
// (compare.ts), the benchmark, the profile and the rule-cost table. Nothing here is copied into
// the repository: the corpora's licences allow research use only.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

/** The repository's root: the nearest folder at or above this file's with a package.json (this file may run bundled, from dist/). */
function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

/** Where the data lives: ARTICLE_LENS_DATA, else ../shared/data beside the repository. */
export const dataDir = process.env.ARTICLE_LENS_DATA ?? path.resolve(repoRoot(), '..', 'shared', 'data');

export interface Doc { readonly id: string; readonly text: string }

/** One JSON object a line, plain or gzipped; [] when the file is absent. */
export function readJsonl<T>(file: string): T[] {
  if (!existsSync(file)) return [];
  const raw = file.endsWith('.gz') ? gunzipSync(readFileSync(file)).toString('utf8') : readFileSync(file, 'utf8');
  return raw.split('\n').filter(Boolean).map((l) => JSON.parse(l) as T);
}

/** The first of `files` that exists (a plain file before its gzipped copy), or the last. */
function firstOf(...files: string[]): string {
  return files.find((f) => existsSync(f)) ?? files[files.length - 1];
}

/** Documents of a JSON Lines set, with their ids. */
export function jsonlDocs(file: string): Doc[] {
  return readJsonl<{ doc_id?: string; id?: string; text: string }>(file).map((d) => ({ id: String(d.doc_id ?? d.id), text: d.text }));
}

export const polnearFile = (split: 'train' | 'dev'): string => {
  const plain = path.join(dataDir, 'polnear', 'derived', `polnear-${split}.jsonl`);
  return firstOf(plain, `${plain}.gz`);
};
export const diverseFile = (): string => path.join(dataDir, 'diverse-news', 'quotes.jsonl');
export const NEWS_DEV_PARTS = ['part-a', 'part-b', 'part-c'] as const;
export const newsDevFile = (part: string): string => path.join(dataDir, 'news-dev', part, 'quotes.jsonl');
export const gumFile = (split: 'train' | 'dev'): string => path.join(dataDir, 'gum', `gum-${split}.jsonl`);

/**
 * The real news-like texts the benchmark and the profile run over, by corpus: PolNeAR dev,
 * diverse-news, the three news-dev parts and GUM dev. Sets whose files are absent are left out.
 */
export function realTexts(): Record<string, Doc[]> {
  const out: Record<string, Doc[]> = {
    'polnear-dev': jsonlDocs(polnearFile('dev')),
    'diverse-news': jsonlDocs(diverseFile()),
  };
  for (const p of NEWS_DEV_PARTS) out[`news-dev-${p.slice(-1)}`] = jsonlDocs(newsDevFile(p));
  out['gum-dev'] = jsonlDocs(gumFile('dev'));
  for (const k of Object.keys(out)) if (!out[k].length) delete out[k];
  return out;
}

/**
 * Documents of a CoNLL-style file (CoNLL-2003, wikigold): the first field of each line is a
 * token; tokens joined by spaces, sentences (blank-line separated) as paragraphs, a document at
 * each -DOCSTART- (and at the top, when text comes before the first).
 */
export function conllDocs(file: string, prefix = 'conll'): Doc[] {
  if (!existsSync(file)) return [];
  const docs: Doc[] = [];
  let text = '';
  let newSentence = true;
  const flush = (): void => { if (text) docs.push({ id: `${prefix}-${docs.length}`, text }); text = ''; };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) { flush(); newSentence = true; continue; }
    if (!line.trim()) { newSentence = true; continue; }
    if (text.length > 0) text += newSentence ? '\n\n' : ' ';
    newSentence = false;
    text += line.split(' ')[0];
  }
  flush();
  return docs;
}

/** Every development text there is, by set: what no file of the repository may quote. */
export function allTexts(): Record<string, Doc[]> {
  const out: Record<string, Doc[]> = {
    'polnear-train': jsonlDocs(polnearFile('train')),
    'polnear-dev': jsonlDocs(polnearFile('dev')),
    'diverse-news': jsonlDocs(diverseFile()),
    'gum-train': jsonlDocs(gumFile('train')),
    'gum-dev': jsonlDocs(gumFile('dev')),
    'conll-testa': conllDocs(path.join(dataDir, 'conll2003', 'eng.testa')),
    wikigold: conllDocs(path.join(dataDir, 'wikigold', 'wikigold.conll.txt'), 'wikigold'),
  };
  for (const p of NEWS_DEV_PARTS) out[`news-dev-${p}`] = jsonlDocs(newsDevFile(p));
  for (const k of Object.keys(out)) if (!out[k].length) delete out[k];
  return out;
}
