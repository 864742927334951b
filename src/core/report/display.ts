// What views show of an analysis, kept apart from the engine so that a client (the VS Code
// extension) can draw an analysis without bundling the engine.

/** Below this confidence an attribution is flagged as uncertain (inferred-attribution), whatever its rule. */
export const UNCERTAIN_BELOW = 0.6;

/** A quotation's words on one line, in curly quotes, cut to `max` characters with an ellipsis. */
export function shorten(s: string, max = 60): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length <= max ? `“${one}”` : `“${one.slice(0, max - 1).trimEnd()}…”`;
}
