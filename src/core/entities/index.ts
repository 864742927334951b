// Named entities: people, organisations, places. Runs of capitalised words read by named
// recognisers (recognizers/), merged into entities with every mention (merge.ts), headlines
// matched against the body (restricted.ts), then authors and role nouns (coreference.ts).
import { AGENCIES } from '../lexicon/lexicon';
import type { Entity, Structure } from '../types';
import { addAppositiveRoles, addBracketedOfficeRoles } from './appositive';
import { buildEntityContext } from './context';
import { addAuthors, addRoleMentions } from './coreference';
import { addTurnLabels, turnLabelRule } from './turn-labels';
import { determinedName, dropDeterminedPersons } from './determined';
import { inferGenders, keepGuessedGender } from './gender';
import { companyShortName, mergeCandidates, spelledOutInitials, type Merge } from './merge';
import { matchRestricted } from './restricted';
import { addBodyInitials, addOfficeInitials, officeInitialsRule } from './office-initials';
import { scanRuns } from './runs';
import { roleReference } from './coreference';
import { describedReference } from './described-reference';
import { RECOGNIZERS } from './recognizers';
import { restrictedLines } from './restricted';

/** Every entity convention, in the order the engine applies them. */
export const ENTITY_RULES = [...RECOGNIZERS, companyShortName, spelledOutInitials, restrictedLines, roleReference, describedReference, officeInitialsRule, turnLabelRule, determinedName];

export interface EntityResult {
  readonly entities: Entity[];
  /** Token index -> entity index, for every token inside a mention. */
  readonly tokenEntity: Int32Array;
}

export function findEntities(text: string, structure: Structure): EntityResult {
  const ctx = buildEntityContext(text, structure);
  const scan = scanRuns(ctx);
  addBracketedOfficeRoles(ctx, scan.candidates);
  addAppositiveRoles(ctx, scan.candidates);
  const st = mergeCandidates(ctx, scan.candidates);
  matchRestricted(st, scan.restricted);
  addAuthors(st);
  addTurnLabels(st);
  addRoleMentions(st);
  addOfficeInitials(st);
  addBodyInitials(st);
  dropDeterminedPersons(st);
  inferGenders(st);
  return finish(st);
}

/** The text with its line breaks (and the spaces around them) as one space. */
const oneLine = (s: string): string => (s.includes('\n') || s.includes('\r') ? s.replace(/\s*[\r\n]+\s*/g, ' ') : s);

/** Numbers entities by first mention and drops those left with no mention. */
function finish(st: Merge): EntityResult {
  const { builders, tokenEntity } = st;
  const n = st.ctx.n;
  const live = builders.filter((b) => b.mentions.length > 0);
  // By first mention (no spread of a mention list: a huge article has too many for the stack).
  const firstOf = new Map(live.map((b) => [b, b.mentions.reduce((p, m) => Math.min(p, m.start), Infinity)]));
  live.sort((x, y) => firstOf.get(x)! - firstOf.get(y)!);
  const remap = new Map<typeof live[number], number>();
  live.forEach((b, i) => { b.id = `e${i + 1}`; remap.set(b, i); });
  const finalTokenEntity = new Int32Array(n).fill(-1);
  for (let k = 0; k < n; k++) {
    const idx = tokenEntity[k];
    if (idx >= 0) finalTokenEntity[k] = remap.get(builders[idx]) ?? -1;
  }
  const entities: Entity[] = live.map((b) => {
    // (A name or a role hard-wrapped over a line break reads as written on one line.)
    const name = oneLine(b.name);
    const e: Entity = {
      id: b.id,
      type: b.type,
      name,
      role: b.role === null ? null : oneLine(b.role),
      aliases: [...new Set([...b.aliases].map(oneLine))].filter((a) => a !== name).sort(),
      mentions: [...b.mentions].sort((x, y) => x.start - y.start),
      agency: b.type === 'organization' && (b.agency || AGENCIES.has(b.name)),
      author: b.author,
      gender: b.gender,
      recognizedBy: b.rule || null,
      // (Set by the entity model once the entities are final: here, so every entity has one shape.)
      confidence: 1,
    };
    keepGuessedGender(b, e);
    return e;
  });
  return { entities, tokenEntity: finalTokenEntity };
}
