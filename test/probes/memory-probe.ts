// Run by test/unit/memory.test.ts in a fresh Node process (with --expose-gc), so that no other
// test's state hides what this one measures. Prints {"size": chars, "grown": bytes} as JSON.
import { analyze } from '../../src/core/analyze';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

// Long capitalised words, each a slice of the document as the tokenizer cuts it.
const words: string[] = [];
for (let i = 0; i < 3000; i++) words.push(`Internationalisation${i.toString(36)}`);
const build = (): string => `Headline\n\n${words.map((w) => `${w} officials said the plan was ready.`).join(' ')}\n\n`.repeat(20);

gc();
const before = process.memoryUsage().heapUsed;
// The document and its analysis live only inside this call.
const size = ((): number => {
  const doc = build();
  if (analyze(doc).structure.tokens.length < 1000) throw new Error('the document was not analysed');
  return doc.length;
})();
// (The engine's last regular-expression match keeps its subject in RegExp's legacy statics, one
// string at most: a match on something else lets it go.)
/x/.exec('x');
// (Several collections a turn apart: one full collection can leave garbage that concurrent
// marking had already found live, and a run of the whole suite once measured 59 MB that way.)
void (async () => {
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  gc();
  process.stdout.write(JSON.stringify({ size, grown: process.memoryUsage().heapUsed - before }));
})();
