// npm run compare -- --dump DIR | --compare DIR
// Records the engine's output (the CLI's JSON, plus each quotation's method and reason and
// each entity's aliases, gender and agency flag) for every document of the development data
// (PolNeAR train and dev, CoNLL-2003 eng.testa, GUM, diverse-news, news-dev) and the sample article, or
// compares the current build with such a record. A refactoring must leave every document as it
// was; fields the record lacks (added since) are ignored. The outputs hold the corpora's texts:
// write them outside the repository (their licences allow research use only).
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { toJson } from '../src/cli/json';
import { analyze } from '../src/core/analyze';
import { NEWS_DEV_PARTS, conllDocs as conll, dataDir, diverseFile, gumFile, jsonlDocs as jsonl, newsDevFile, polnearFile, type Doc } from './data';

const root = path.resolve(__dirname, '..');

function sets(): Record<string, Doc[]> {
  const seeds = readdirSync(path.join(root, 'seeds')).filter((f) => /\.(?:article|news)$/.test(f))
    .map((f) => ({ id: f, text: readFileSync(path.join(root, 'seeds', f), 'utf8') }));
  return {
    'polnear-dev': jsonl(polnearFile('dev')),
    'polnear-train': jsonl(polnearFile('train')),
    'conll-testa': conll(path.join(dataDir, 'conll2003', 'eng.testa')),
    'gum-dev': jsonl(gumFile('dev')),
    'gum-train': jsonl(gumFile('train')),
    'diverse-news': jsonl(diverseFile()),
    ...Object.fromEntries(NEWS_DEV_PARTS.map((p) => [`news-dev-${p}`, jsonl(newsDevFile(p))])),
    seeds,
  };
}

function record(doc: Doc): unknown {
  const a = analyze(doc.text);
  const json = toJson([{ path: doc.id, analysis: a }]) as { files: { quotes: Record<string, unknown>[]; entities: Record<string, unknown>[] }[] };
  const file = json.files[0];
  file.quotes.forEach((q, i) => { q.method = a.quotes[i].method; q.reason = a.quotes[i].reason; });
  file.entities.forEach((e, i) => { e.aliases = a.entities[i].aliases; e.gender = a.entities[i].gender; e.agency = a.entities[i].agency; });
  return file;
}

/** The first difference between a recorded value and the current one, ignoring fields the record lacks. */
function differ(old: unknown, cur: unknown, at: string): string | null {
  if (old === null || typeof old !== 'object') return old === cur ? null : `${at}: ${JSON.stringify(old)} -> ${JSON.stringify(cur)}`;
  if (cur === null || typeof cur !== 'object') return `${at}: ${JSON.stringify(old).slice(0, 120)} -> ${JSON.stringify(cur)}`;
  if (Array.isArray(old)) {
    const c = cur as unknown[];
    if (!Array.isArray(c) || c.length !== old.length) return `${at}: ${old.length} items -> ${Array.isArray(c) ? c.length : 'not a list'}`;
    for (let i = 0; i < old.length; i++) { const d = differ(old[i], c[i], `${at}[${i}]`); if (d) return d; }
    return null;
  }
  for (const [k, v] of Object.entries(old)) {
    const d = differ(v, (cur as Record<string, unknown>)[k], `${at}.${k}`);
    if (d) return d;
  }
  return null;
}

function main(): void {
  const dump = process.argv.indexOf('--dump');
  const compare = process.argv.indexOf('--compare');
  const dir = process.argv[(dump >= 0 ? dump : compare) + 1];
  if ((dump < 0 && compare < 0) || !dir) {
    console.error('usage: npm run compare -- --dump DIR | --compare DIR   (DIR outside the repository)');
    process.exit(2);
  }
  if (path.resolve(dir).startsWith(root + path.sep)) {
    console.error('compare: write the record outside the repository (it holds the corpora\'s texts)');
    process.exit(2);
  }
  let total = 0, differing = 0;
  for (const [name, docs] of Object.entries(sets())) {
    if (!docs.length) { console.log(`${name}: skipped, no data`); continue; }
    const file = path.join(dir, `${name}.jsonl`);
    if (dump >= 0) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(file, docs.map((d) => JSON.stringify(record(d))).join('\n') + '\n');
      console.log(`${name}: ${docs.length} documents recorded`);
      total += docs.length;
      continue;
    }
    if (!existsSync(file)) { console.log(`${name}: no record in ${dir}`); continue; }
    const old = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as unknown);
    let n = 0;
    docs.forEach((d, i) => {
      const diff = old[i] === undefined ? 'not in the record' : differ(old[i], JSON.parse(JSON.stringify(record(d))), d.id);
      if (diff) { n++; if (n <= 5) console.log(`  ${diff}`); }
    });
    console.log(`${name}: ${docs.length} documents, ${n} differ`);
    total += docs.length;
    differing += n;
  }
  if (compare >= 0) {
    console.log(`${total} documents compared, ${differing} differ`);
    process.exit(differing ? 1 : 0);
  }
}

main();
