import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const made: string[] = [];
let hooked = false;

/**
 * A fresh directory under the system's temporary folder, removed with
 * everything in it when the test process exits (tests must not leave
 * hundreds of folders behind on a developer's machine).
 */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  if (!hooked) {
    hooked = true;
    process.on('exit', () => {
      for (const d of made) {
        try { rmSync(d, { recursive: true, force: true }); } catch { /* already gone or busy: leave it */ }
      }
    });
  }
  return dir;
}
