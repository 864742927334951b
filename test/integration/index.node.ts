// Entry of the integration suite in a desktop VS Code (the Electron runner): mocha for Node.
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: true, timeout: 20000 });
  mocha.suite.emit('pre-require', globalThis, 'suites', mocha);
  return import('./suites').then(() => new Promise<void>((resolve, reject) => {
    const runner = mocha.run((failures) => {
      console.log(`integration: ${runner.stats?.passes ?? 0} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} integration tests failed.`));
      else resolve();
    });
  }));
}
