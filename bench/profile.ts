// npm run profile: runs the engine over every real development text (bench/real.ts's sets)
// under V8's CPU profiler and prints the functions with the most self time, so a slow rule is
// visible the day it lands. The engine profiled is the bundle esbuild makes (dist/bench/engine.js,
// with its source map, as the npm script builds it), the code that ships: run from the TypeScript
// sources through tsx, every imported constant is read through a getter of the loader's, which
// took a tenth of the time in profiles and is not there in the bundle. Each function is named
// with its source file, read from the source map. --source profiles the TypeScript sources
// instead. Prints; asserts nothing. Options: --top N (default 25),
// --rounds N (passes over the texts, default 3), --by-file (self time summed by source
// file: which stage carries the time), --callers NAME (which functions a hot
// function's self time is spent for), --engine REF (profile the engine of another commit, or a
// bundle's path, built as bench:against builds it: compare two profiles), --out FILE (the .cpuprofile, for Chrome's DevTools or
// speedscope), --alloc (bytes allocated by function instead of time, from V8's sampling heap
// profiler, counting what the young generation collects too: allocation is time spent, and
// a working set that crowds the CPU's caches).
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { findSourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { analyze } from '../src/core/analyze';
import { dataDir, realTexts } from '../eval/data';

interface CallFrame { functionName: string; url: string; lineNumber: number; columnNumber: number }
interface ProfileNode { id: number; callFrame: CallFrame; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(name);
  const n = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(n) && n > 0 ? n : fallback;
};

function post<T>(session: Session, method: string, params?: object): T {
  let result: T | undefined;
  let error: Error | null = null;
  // The inspector's in-process session answers synchronously.
  session.post(method, params ?? {}, (err, res) => { error = err; result = res as T; });
  if (error) throw error;
  return result as T;
}

/** The source file a frame's code came from: through the bundle's source map when it has one. */
function sourceFile(f: CallFrame): string {
  if (!f.url) return '';
  const file = f.url.startsWith('file:') ? fileURLToPath(f.url) : f.url;
  const entry = findSourceMap(file)?.findEntry(f.lineNumber, f.columnNumber);
  const original = entry && 'originalSource' in entry ? entry.originalSource : '';
  return path.basename(original || file);
}

const label = (f: CallFrame): string => {
  const file = sourceFile(f);
  return file ? `${f.functionName || '(anonymous)'}  ${file}` : f.functionName || '(anonymous)';
};

/**
 * Self time in ms by function (name and source file), from a V8 CPU profile; with `callersOf`,
 * the self time of the functions so named, by the function that called them.
 */
export function selfTimes(profile: Profile, callersOf?: string): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, ProfileNode>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n);
  const out = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id)!;
    let key = label(node.callFrame);
    if (callersOf !== undefined) {
      if (node.callFrame.functionName !== callersOf) return;
      const p = parent.get(id);
      key = p ? label(p.callFrame) : '(root)';
    }
    out.set(key, (out.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return out;
}

/** The engine to profile: this checkout's bundle (or its TypeScript sources, with --source), or --engine REF's bundle. */
function engine(): typeof analyze {
  const at = process.argv.indexOf('--engine');
  const bundle = path.resolve('dist', 'bench', 'engine.js');
  const ref = at >= 0 ? process.argv[at + 1] : process.argv.includes('--source') || !existsSync(bundle) ? undefined : bundle;
  if (!ref) return analyze;
  // (Source maps on before the bundle loads, so findSourceMap can name each function's file.)
  process.setSourceMapsEnabled(true);
  const file = existsSync(ref) && ref.endsWith('.js') ? path.resolve(ref) : execFileSync(process.execPath, [path.resolve('scripts', 'engine-at.mjs'), ref], { encoding: 'utf8' }).trim();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(file) as { analyze: typeof analyze }).analyze;
}

interface HeapNode { callFrame: CallFrame; selfSize: number; children: HeapNode[] }

/** Bytes allocated by function (name and source file), from a sampling heap profile. */
export function allocations(head: HeapNode): Map<string, number> {
  const out = new Map<string, number>();
  const stack = [head];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.selfSize) { const key = label(n.callFrame); out.set(key, (out.get(key) ?? 0) + n.selfSize); }
    stack.push(...n.children);
  }
  return out;
}

function profileAllocations(analyze: (text: string) => unknown, docs: ReadonlyArray<{ text: string }>, rounds: number, top: number): void {
  const session = new Session();
  session.connect();
  post(session, 'HeapProfiler.enable');
  post(session, 'HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  for (let r = 0; r < rounds; r++) for (const d of docs) analyze(d.text);
  const { profile } = post<{ profile: { head: HeapNode } }>(session, 'HeapProfiler.stopSampling');
  session.disconnect();
  const bytes = allocations(profile.head);
  const total = [...bytes.values()].reduce((a, b) => a + b, 0);
  const kb = docs.reduce((n, d) => n + d.text.length, 0) / 1024;
  console.log(`Allocation: ${docs.length} real articles (${kb.toFixed(0)} KB) x ${rounds} rounds, ${(total / rounds / 2 ** 20).toFixed(1)} MB sampled per pass; top ${top}:`);
  for (const [name, b] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${((b / total) * 100).toFixed(1).padStart(5)}%  ${(b / rounds / 2 ** 20).toFixed(2).padStart(6)} MB  ${name}`);
}

function main(): void {
  const analyze = engine();
  const sets = realTexts();
  const docs = Object.values(sets).flat();
  if (!docs.length) {
    console.log(`profile: no development data at ${dataDir} (set ARTICLE_LENS_DATA)`);
    return;
  }
  const rounds = arg('--rounds', 3);
  const top = arg('--top', 25);
  for (const d of docs) analyze(d.text); // warm-up, outside the profile
  if (process.argv.includes('--alloc')) { profileAllocations(analyze, docs, rounds, top); return; }
  const session = new Session();
  session.connect();
  post(session, 'Profiler.enable');
  post(session, 'Profiler.setSamplingInterval', { interval: 100 });
  post(session, 'Profiler.start');
  for (let r = 0; r < rounds; r++) for (const d of docs) analyze(d.text);
  const { profile } = post<{ profile: Profile }>(session, 'Profiler.stop');
  session.disconnect();
  const outAt = process.argv.indexOf('--out');
  if (outAt >= 0 && process.argv[outAt + 1]) writeFileSync(process.argv[outAt + 1], JSON.stringify(profile));
  const times = selfTimes(profile);
  const total = [...times.values()].reduce((a, b) => a + b, 0);
  const kb = docs.reduce((n, d) => n + d.text.length, 0) / 1024;
  console.log(`Profile: ${docs.length} real articles (${kb.toFixed(0)} KB) x ${rounds} rounds, ${total.toFixed(0)} ms sampled; top ${top} by self time:`);
  const print = (m: Map<string, number>): void => {
    for (const [name, ms] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${((ms / total) * 100).toFixed(1).padStart(5)}%  ${ms.toFixed(0).padStart(6)} ms  ${name}`);
  };
  print(times);
  if (process.argv.includes('--by-file')) {
    // Self time by source file: which stage carries the time.
    const byFile = new Map<string, number>();
    for (const [name, ms] of times) { const file = name.includes('  ') ? name.split('  ').pop()! : '(native)'; byFile.set(file, (byFile.get(file) ?? 0) + ms); }
    console.log('Self time by source file:');
    print(byFile);
  }
  const callersAt = process.argv.indexOf('--callers');
  if (callersAt >= 0 && process.argv[callersAt + 1]) {
    console.log(`Self time of ${process.argv[callersAt + 1]} by caller (share of all sampled time):`);
    print(selfTimes(profile, process.argv[callersAt + 1]));
  }
}

main();
