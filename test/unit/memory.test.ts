import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

describe('analyze: memory', () => {
  it('keeps nothing of a document alive once its analysis is dropped (no cache holds a slice of it)', () => {
    const probe = path.join(__dirname, '..', 'probes', 'memory-probe.ts');
    const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', probe], { encoding: 'utf8', timeout: 60000 });
    assert.equal(run.status, 0, `the memory probe failed: ${run.stderr}`);
    const { size, grown } = JSON.parse(run.stdout) as { size: number; grown: number };
    assert.ok(grown < size / 2, `the heap grew by ${(grown / 1048576).toFixed(1)} MB after a ${(size / 1048576).toFixed(1)} MB document was dropped`);
  });
});
