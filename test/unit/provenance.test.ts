// No development text in the repository: the corpora in ../shared/data are licensed for research
// use only (wikigold's Wikipedia text is CC BY-SA), so no tracked file may quote them, not in a
// test, a fixture, an example, a comment or the changelog. A tracked file fails when it shares a
// run of 40 characters (white space folded) with any development text.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { allTexts, dataDir } from '../../eval/data';

const RUN = 40;
/**
 * Stock formulas of news writing, which a convention's rule names or a quick fix inserts: the
 * convention itself, in every newsroom's copy, not a quotation of any one text.
 */
const FORMULAS = ['spoke on condition of anonymity because'];
const root = path.resolve(__dirname, '..', '..');
const fold = (s: string): string => s.replace(/\s+/g, ' ');

/** Polynomial hashes of every RUN-character window of `s`, in order (mod 2^32). */
function* windows(s: string): Generator<[number, number]> {
  if (s.length < RUN) return;
  const B = 257;
  let pow = 1;
  for (let i = 1; i < RUN; i++) pow = Math.imul(pow, B);
  let h = 0;
  for (let i = 0; i < RUN; i++) h = (Math.imul(h, B) + s.charCodeAt(i)) | 0;
  yield [0, h];
  for (let i = RUN; i < s.length; i++) {
    h = (Math.imul(h - Math.imul(s.charCodeAt(i - RUN), pow), B) + s.charCodeAt(i)) | 0;
    yield [i - RUN + 1, h];
  }
}

/** The formulas blanked out (their length kept, so a longer quotation around one still shows). */
const withoutFormulas = (s: string): string => FORMULAS.reduce((t, f) => t.split(f).join('\u0001'.repeat(f.length)), s);

/** The text files git tracks (binary files and the lockfile left out). */
function trackedTexts(): { file: string; text: string }[] {
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
  return files
    .filter((f) => !/\.(?:png|jpe?g|gif|ico|vsix|woff2?)$/i.test(f) && f !== 'package-lock.json' && existsSync(path.join(root, f)))
    .map((f) => ({ file: f, text: withoutFormulas(fold(readFileSync(path.join(root, f), 'utf8'))) }))
    .filter((x) => !x.text.includes('\0'));
}

describe('provenance: no development text in the repository', function () {
  this.timeout(120000);

  it(`no tracked file shares a ${RUN}-character run with a text in ../shared/data`, function () {
    const sets = allTexts();
    if (!Object.keys(sets).length) {
      console.log(`    (no development data at ${dataDir}: nothing to compare against)`);
      this.skip();
    }
    const files = trackedTexts();
    assert.ok(files.length > 50, 'git ls-files found the repository');
    // Every window of every tracked file, by hash; then one pass over each development text.
    const index = new Map<number, number[]>();
    files.forEach(({ text }, fi) => {
      for (const [at, h] of windows(text)) {
        const list = index.get(h);
        const ref = fi * 0x1000000 + at;
        if (list) { if (list.length < 8) list.push(ref); } else index.set(h, [ref]);
      }
    });
    const found = new Map<string, string>();
    for (const [set, docs] of Object.entries(sets)) {
      for (const d of docs) {
        const text = fold(d.text);
        for (const [at, h] of windows(text)) {
          const refs = index.get(h);
          if (!refs) continue;
          const run = text.slice(at, at + RUN);
          for (const ref of refs) {
            const { file, text: ft } = files[Math.floor(ref / 0x1000000)];
            const fat = ref % 0x1000000;
            if (ft.slice(fat, fat + RUN) === run && !found.has(`${file}:${fat}`)) found.set(`${file}:${fat}`, `${file}: ${JSON.stringify(run)} (${set} ${d.id})`);
          }
        }
      }
    }
    // One line per file and place, overlapping windows of one passage shown once.
    const shown: string[] = [];
    let last = '';
    let lastAt = -RUN;
    for (const [key, line] of [...found].sort((a, b) => a[0].localeCompare(b[0], 'en', { numeric: true }))) {
      const [file, at] = [key.slice(0, key.lastIndexOf(':')), Number(key.slice(key.lastIndexOf(':') + 1))];
      if (file !== last || at >= lastAt + RUN) shown.push(line);
      last = file;
      lastAt = at;
    }
    assert.deepEqual(shown, [], `${shown.length} passages of development text in tracked files:\n${shown.join('\n')}`);
  });
});
