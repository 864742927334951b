// A minimal `process` for mocha's browser build inside the web extension host (a Web Worker).
export const process = globalThis.process ?? {
  env: {},
  argv: [],
  platform: 'browser',
  browser: true,
  version: '',
  versions: {},
  cwd: () => '/',
  nextTick: (fn, ...args) => Promise.resolve().then(() => fn(...args)),
  on() {}, once() {}, removeListener() {}, listeners: () => [], emit() {},
  stdout: { write: (s) => { console.log(String(s).replace(/\n$/, '')); return true; } },
};
