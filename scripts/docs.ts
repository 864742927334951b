// npm run docs: writes docs/rules/<id>.md for every diagnostic rule and docs/rules/README.md,
// from the rules' definitions (src/core/checks). `--check` writes nothing and exits 1 when a
// page is missing or stale.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DIAGNOSTIC_RULES, rulePagePath } from '../src/core/checks';
import { rulePage, rulesIndex } from '../src/core/checks/docs';

export function rulePages(): Map<string, string> {
  const pages = new Map<string, string>();
  for (const r of DIAGNOSTIC_RULES) pages.set(rulePagePath(r.id), rulePage(r));
  pages.set('docs/rules/README.md', rulesIndex(DIAGNOSTIC_RULES));
  return pages;
}

if (process.argv[1] && path.basename(process.argv[1]).startsWith('docs')) {
  const root = path.resolve(__dirname, '..');
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [rel, text] of rulePages()) {
    const file = path.join(root, rel);
    const now = existsSync(file) ? readFileSync(file, 'utf8') : null;
    if (now === text) continue;
    stale++;
    if (check) { console.log(`stale: ${rel}`); continue; }
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    console.log(`wrote ${rel}`);
  }
  if (check && stale) process.exitCode = 1;
  if (!stale) console.log('docs/rules: up to date');
}
