// Typing a name by who works there: "analysts at Carver Stone".
import { ROLE_NOUNS } from '../../lexicon/lexicon';
import type { TypeRule } from './rule';

/**
 * "analysts at Carver Stone", "a partner at Hale Brinkley": where people work, after a noun for
 * them by what they do and "at", is a firm, though its words are a first name and a surname.
 */
export const workplace: TypeRule = {
  id: 'workplace',
  description: 'After a noun for people by what they do and "at", a name is where they work: "analysts at Carver Stone".',
  examples: [
    { text: 'Analysts at Carver Stone said the results were worse than feared.', name: 'Carver Stone', type: 'organization' },
    { text: 'Fares\n\nBus drivers at Velcor North will strike next month.', name: 'Velcor North', type: 'organization' },
    { text: 'Tomas Brink, a partner at Dana Hale, advised the board.', name: 'Dana Hale', type: 'organization' },
    // (Before the comma that closes the speaker's appositive too: the lawyer speaks, not the firm.)
    { text: 'Tenancy law\n\nKarim Nasser, a lawyer at Velcor Legal, said tenants should keep records.', name: 'Velcor Legal', type: 'organization' },
  ],
  type(ctx, r) {
    // (Not a place's name before the premises it names: "dock workers at Quarle port".)
    if (r.prev !== 'at' || r.a < 2 || r.next === "'s" || r.next === '’s' || PREMISES.has(r.next)) return null;
    const w = ctx.tokens[r.a - 2];
    if (w.kind !== 'word' || (w.text !== w.lower && r.a - 2 !== r.sentStart) || WORKPLACE_NOT.has(w.lower)) return null;
    return ROLE_NOUNS.has(w.lower) || (w.lower.endsWith('s') && ROLE_NOUNS.has(w.lower.slice(0, -1))) || WORKERS.has(w.lower) ? { type: 'organization', strength: 2 } : null;
  },
};

/** Nouns for people at work that the role nouns do not hold: "a partner at", "engineers at". */
const WORKERS = new Set(['partner', 'partners', 'colleague', 'colleagues', 'nurse', 'nurses', 'engineer', 'engineers', 'strategist', 'strategists',
  'employee', 'employees', 'workers', 'consultant', 'consultants', 'banker', 'bankers', 'trader', 'traders',
  'driver', 'drivers', 'pilot', 'pilots', 'technician', 'technicians', 'researcher', 'researchers', 'scientist', 'scientists', 'executives', 'managers',
  'staffers', 'cleaners', 'dockers', 'miners', 'mechanics']);
/** Nouns for people of the lists who are at a place rather than work for it: "the speaker at Harlow Hall", "members at ...". */
const WORKPLACE_NOT = new Set(['speaker', 'speakers', 'members', 'member', 'candidate', 'candidates', 'king', 'queen', 'prince']);
/** Premises a place's name stands before: "at Quarle port", "at Harlow station". */
const PREMISES = new Set(['port', 'airport', 'station', 'hospital', 'harbour', 'harbor', 'docks', 'plant', 'factory', 'mine', 'site', 'camp', 'base', 'prison',
  'depot', 'terminal', 'branch', 'office', 'offices', 'school', 'campus', 'market', 'stadium', 'council', 'town', 'city', 'county']);
