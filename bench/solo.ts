// One engine alone in this process: what bench:against runs in alternating child processes (an
// editor or the CLI runs one engine; two in one process share the CPU's caches and the JIT, and
// the larger of them measured up to 25% slower than alone).
//   node dist/bench/solo.js ENGINE.js ROUNDS   the real texts: prints the figures as JSON
//   node dist/bench/solo.js ENGINE.js ROUNDS OTHER.js   both in this process, interleaved
//     article by article, ENGINE listed first: prints [ENGINE's figures, OTHER's]
//   node dist/bench/solo.js ENGINE.js --synthetic   the sample article and 1 MB of its text:
//     prints { sample, mb } in ms, each the median of its runs
import path from 'node:path';
import { realTexts } from '../eval/data';
import { timeReal } from './real';
import { corpus, median, seed } from './texts';

const [file, rounds, other] = process.argv.slice(2);
// eslint-disable-next-line @typescript-eslint/no-require-imports
const load = (f: string): { analyze: (text: string) => unknown } => require(path.resolve(f)) as { analyze: (text: string) => unknown };
const engine = load(file);

/** The median of `runs` timed analyses of text, after `warm` untimed ones. */
function timed(text: string, warm: number, runs: number): number {
  for (let i = 0; i < warm; i++) engine.analyze(text);
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    engine.analyze(text);
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

if (rounds === '--synthetic') {
  const sample = timed(seed, 200, 300);
  const mb = timed(corpus(1024 * 1024), 1, 7);
  process.stdout.write(JSON.stringify({ sample, mb }));
} else if (other) {
  const second = load(other);
  const result = timeReal([{ name: 'first', analyze: engine.analyze }, { name: 'second', analyze: second.analyze }], realTexts(), Number(rounds) || 3);
  process.stdout.write(JSON.stringify([result.get('first'), result.get('second')]));
} else {
  const result = timeReal([{ name: 'solo', analyze: engine.analyze }], realTexts(), Number(rounds) || 3);
  process.stdout.write(JSON.stringify(result.get('solo')));
}
