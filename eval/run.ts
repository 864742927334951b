// npm run eval: scores the engine on the development data in ../shared/data (never copied
// into the repository: research-only licences). Prints figures; asserts nothing.
//   PolNeAR dev (polnear.ts), CoNLL-2003 eng.testa (conll.ts), the synthetic check, GUM (gum.ts),
//   diverse-news and the three news-dev parts (diverse.ts: one scorer, one format).
import { analyze } from '../src/core/analyze';
import { evalConll } from './conll';
import { NEWS_DEV_PARTS, dataDir, newsDevFile } from './data';
import { evalDiverse } from './diverse';
import { evalGum } from './gum';
import { loadPolnear, evalPolnear } from './polnear';

const verbose = process.argv.includes('--verbose');
const split = process.argv.includes('--train') ? 'train' : 'dev';

/**
 * The synthetic check: an attributed quotation of six or more words, stripped of its
 * attribution and placed right after the headline, must be flagged (no silent guesses).
 */
function evalSynthetic(): void {
  const docs = loadPolnear(split);
  if (!docs) return;
  let n = 0, flagged = 0;
  const misses: string[] = [];
  for (const doc of docs) {
    const cut = doc.text.indexOf('\n\n');
    if (cut < 0) continue;
    for (const g of doc.quote_mark_spans) {
      if (g.label !== 'attributed' || g.n_words < 6) continue;
      const text = `${doc.text.slice(0, cut)}\n\n${g.text}${doc.text.slice(cut)}`;
      const a = analyze(text);
      const at = cut + 2;
      const qi = a.quotes.findIndex((q) => q.start === at);
      n++;
      if (qi >= 0 && a.diagnostics.some((d) => d.code === 'unattributed-quote' && d.quote === qi)) flagged++;
      else if (verbose && misses.length < 60) {
        const q = a.quotes[qi];
        misses.push(`${doc.doc_id} ${JSON.stringify(g.text.slice(0, 50))} -> ${q ? `${q.kind} ${q.speaker?.name ?? 'no speaker'} [${q.evidence?.rule ?? q.reason}]` : 'not found'}`);
      }
    }
  }
  console.log(`Synthetic (PolNeAR ${split}): ${flagged}/${n} attributed quotations of 6+ words, stripped and placed after the headline, flagged (${(flagged / Math.max(1, n)).toFixed(3)})`);
  if (verbose) console.log(misses.map((m) => `    ${m}`).join('\n'));
}

const only = process.argv.find((x) => x.endsWith('-only'));
const want = (name: string): boolean => !only || only === `--${name}-only`;
if (want('polnear')) evalPolnear(split, verbose);
if (want('conll') && split === 'dev') evalConll();
if (want('synthetic')) evalSynthetic();
if (want('gum')) evalGum(dataDir, split, verbose);
if (want('diverse') && split === 'dev') evalDiverse(dataDir, verbose);
if (want('news-dev') && split === 'dev') for (const p of NEWS_DEV_PARTS) evalDiverse(dataDir, verbose, { file: newsDevFile(p), name: `news-dev ${p}` });
