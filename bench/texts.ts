// The synthetic texts the benchmark times: the sample article, and article text of any size made
// from its body paragraphs. Run from the package root (npm run bench).
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const seed = readFileSync(path.resolve('seeds', 'lavrov-kerry-ukraine.article'), 'utf8');

/** Article text of about `bytes`: the sample's body paragraphs, names varied so entities grow too. */
export function corpus(bytes: number): string {
  const paras = seed.split(/\n\s*\n/).slice(4, -2);
  const names = ['Lavrov', 'Kerry', 'Putin', 'Merkel', 'Hollande', 'Cameron', 'Obama', 'Shmakov'];
  let out = '# Benchmark Article\n\nBy Bench Writer\n\n';
  let i = 0;
  while (out.length < bytes) {
    const p = paras[i % paras.length].replace(/Lavrov/g, names[i % names.length]);
    out += p + '\n\n';
    i++;
  }
  return out;
}

/** The median of xs. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
