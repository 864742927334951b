// Rule storm-name: the names weather services give storms are no people.
import type { EntityContext } from '../context';
import { textOf } from '../tests';
import type { RejectRule } from './rule';

/**
 * "Storm Velma is expected ... Velma will reach the coast by noon", "Hurricane Tomas ... Tomas
 * made landfall": a name after a storm's noun, there and alone later in the article, is the
 * storm's, no person. The names are read once over the tokens on first use.
 */
export const stormName: RejectRule = {
  id: 'storm-name',
  description: 'A name after "Storm", "Hurricane", "Cyclone" or "Typhoon" names the storm, there and alone later in the article: no person; nor is a warning\'s colour ("Amber warning").',
  examples: [
    { text: 'Hurricane Tomas strengthened overnight. Tomas is expected to make landfall on Sunday.', name: 'Tomas', type: null },
    { text: 'Storm Velma brought gusts of 80mph on Friday. Velma will clear by Saturday, forecasters said.', name: 'Velma', type: null },
    { text: 'Cyclone Anila battered the coast. Residents said Anila was the worst storm in a decade.', name: 'Anila', type: null },
    // (A warning's colour, capitalised before "warning" or "alert": no one.)
    { text: 'Storm live\n\nKey points\n- Amber warning for wind across the north\n- Hundreds of trains cancelled', name: 'Amber', type: null },
  ],
  rejects(ctx, a, b) {
    // ("Amber warning for wind", "a Red alert": a weather warning's colour, though a given name.)
    const next = ctx.tokens[b];
    if (b - a === 1 && WARNING_COLOURS.has(ctx.tokens[a].text) && next && next.text === next.lower && WARNINGS.has(next.lower)) return true;
    const named = stormNames(ctx);
    return named.size > 0 && named.has(textOf(ctx, a, b));
  },
};

/** The colours of a weather service's warnings, capitalised, and the nouns after them: "Amber warning", "Red alert". */
const WARNING_COLOURS = new Set(['Amber', 'Red', 'Yellow', 'Orange']);
const WARNINGS = new Set(['warning', 'warnings', 'alert', 'alerts']);

/** Nouns for a storm that the weather services name: "Storm Velma", "Tropical Storm Anila". */
const STORM_NOUNS = new Set(['storm', 'hurricane', 'cyclone', 'typhoon']);

/** The names after a storm's noun in the article ("Storm Velma" gives "Velma"), one or two capitalised words. */
function stormNames(ctx: EntityContext): Set<string> {
  if (ctx.stormNames) return ctx.stormNames;
  const out = new Set<string>();
  const { tokens, n } = ctx;
  for (let k = 0; k < n - 1; k++) {
    if (tokens[k].kind !== 'word' || !STORM_NOUNS.has(tokens[k].lower) || !/^\p{Lu}\p{Ll}/u.test(tokens[k + 1].text) || tokens[k + 1].sentence !== tokens[k].sentence) continue;
    out.add(tokens[k + 1].text);
    if (k + 2 < n && /^\p{Lu}\p{Ll}/u.test(tokens[k + 2].text) && tokens[k + 2].sentence === tokens[k].sentence && tokens[k + 2].start === tokens[k + 1].end + 1) out.add(textOf(ctx, k + 1, k + 3));
  }
  return (ctx.stormNames = out);
}
