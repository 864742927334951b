// Entry of the integration suite in the web extension host: mocha's browser build.

export function run(): Promise<void> {
  // require(), not import: esbuild then wraps mocha's UMD module, which would otherwise
  // replace this module's exports with its own.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('mocha/mocha');
  return new Promise((resolve, reject) => {
    mocha.setup({ ui: 'tdd', reporter: 'spec', timeout: 20000 });
    // Suites register themselves when imported; import after setup so `suite` exists.
    import('./suites').then(() => {
      const runner = mocha.run((failures) => {
        const stats = runner.stats ?? { passes: 0, failures, pending: 0 };
        console.log(`integration: ${stats.passes} passed, ${stats.failures} failed${stats.pending ? `, ${stats.pending} skipped` : ''}`);
        if (failures > 0) reject(new Error(`${failures} integration tests failed.`));
        else if (stats.passes === 0) reject(new Error('no integration test ran'));
        else resolve();
      });
    }, reject);
  });
}
