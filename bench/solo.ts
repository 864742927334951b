// One engine alone in this process, on the real texts: what bench:against runs in alternating
// child processes (an editor or the CLI runs one engine; two in one process share the CPU's
// caches and the JIT, and the larger of them measured up to 25% slower than alone).
//   node dist/bench/solo.js ENGINE.js ROUNDS   prints the figures as JSON
//   node dist/bench/solo.js ENGINE.js ROUNDS OTHER.js   both in this process, interleaved
//     article by article, ENGINE listed first: prints [ENGINE's figures, OTHER's]
import path from 'node:path';
import { realTexts } from '../eval/data';
import { timeReal } from './real';

const [file, rounds, other] = process.argv.slice(2);
// eslint-disable-next-line @typescript-eslint/no-require-imports
const load = (f: string): { analyze: (text: string) => unknown } => require(path.resolve(f)) as { analyze: (text: string) => unknown };
const engine = load(file);
if (other) {
  const second = load(other);
  const result = timeReal([{ name: 'first', analyze: engine.analyze }, { name: 'second', analyze: second.analyze }], realTexts(), Number(rounds) || 3);
  process.stdout.write(JSON.stringify([result.get('first'), result.get('second')]));
} else {
  const result = timeReal([{ name: 'solo', analyze: engine.analyze }], realTexts(), Number(rounds) || 3);
  process.stdout.write(JSON.stringify(result.get('solo')));
}
