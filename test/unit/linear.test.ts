// Work grows linearly with any input, however odd: checked by counting the tokens the
// attribution's searches visit (never by timing), on the adversarial shapes of bench/.
import * as assert from 'node:assert/strict';
import { SHAPES } from '../../bench/adversarial';
import { analyze } from '../../src/core/analyze';

describe('linear work on adversarial text', () => {
  for (const [name, make] of Object.entries(SHAPES)) {
    it(`${name}: bounded work per character, linear growth`, () => {
      const small = { steps: 0 };
      const large = { steps: 0 };
      analyze(make(20 * 1024), { counters: small });
      analyze(make(80 * 1024), { counters: large });
      assert.ok(large.steps / (80 * 1024) <= 40, `${large.steps} steps for 80 KB`);
      assert.ok(large.steps <= 4 * 1.3 * small.steps + 1000, `${small.steps} -> ${large.steps} steps for 4x the text`);
    });
  }
});
