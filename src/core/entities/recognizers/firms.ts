// Firms by their names' words: a trade, a utility's or a carrier's word, a place to eat or stay
// (rule sector-word); two names joined by "&" (rule joined-names).
import { COMMON_WORDS } from '../../lexicon/lexicon';
import { SECTOR_WORDS, UTILITY_WORDS } from '../words';
import type { EntityContext } from '../context';
import type { Run, TypeRule } from './rule';

/** Trades in the plural that close a company's name and no person's: "Carver Foods", "Morgan Electronics". */
const TRADE_PLURALS = new Set(['foods', 'pharmaceuticals', 'chemicals', 'electronics', 'logistics', 'stores', 'utilities', 'airlines', 'investments', 'enterprises', 'studios',
  'aggregates', 'materials', 'plastics', 'minerals', 'metals', 'textiles', 'solutions', 'savings',
  // (Builders, landlords, carriers and makers: "Harwell Homes", "Dana Coaches".)
  'homes', 'builders', 'developers', 'contractors', 'holdings', 'estates', 'lettings', 'coaches', 'buses', 'bakeries', 'breweries', 'hotels',
  'resorts', 'ferries', 'cruises', 'motors', 'dairies', 'distilleries', 'airways', 'tours', 'holidays', 'taxis', 'cabs', 'removals', 'couriers', 'ports', 'docks', 'sons', 'daughters',
  // (Analysts and advisers, "Vanda Insights".)
  'insights', 'advisors', 'advisers', 'strategies', 'renewables']);

/** Places to stay, named by their word before or after a name: "Quarle Hotel", "Hotel Marlow". */
const STAYS = new Set(['hotel', 'motel', 'hostel', 'guesthouse']);
/** Places to eat, drink or stay, named by their word before or after the owner's or the street's: "Osteria Ponte", "Marlow Bistro". */
const VENUES = new Set([...STAYS, 'bistro', 'café', 'cafe', 'caffè', 'restaurant', 'ristorante', 'trattoria', 'osteria', 'taverna', 'tavern', 'pizzeria',
  'brasserie', 'patisserie', 'pâtisserie', 'boulangerie', 'cantina', 'chez']);

/**
 * "Daniels Pharmaceuticals", "Kansai Electric Power": a trade closing a name with no first name (or
 * a trade in the plural no family name is, though a first name opens it: "Carver Foods").
 * A utility's or a carrier's word, which no family name is, closes a town's name even where the
 * town is a first name too ("Harlow Water"), or a region's of two words, no first name opening
 * them ("Quarrow Valley Water"); not an everyday word's ("Black Water").
 */
export const sectorWord: TypeRule = {
  id: 'sector-word',
  description: 'A name ending in a trade ("Pharmaceuticals", "Electric") is a company; so is a town\'s name and a utility\'s word ("Harlow Water"), and a place to eat by its word ("Osteria Ponte"); a place to stay ("Hotel Marlow") is a place.',
  examples: [
    { text: 'Orvane Pharmaceuticals recalled the batch.', name: 'Orvane Pharmaceuticals', type: 'organization' },
    // (A trade's plural closing the name, though a first name opens it: "Carver Foods".)
    { text: 'Results\n\nCarver Foods, the maker of Crunchos crisps, reported a 23 per cent fall in profit on Thursday.', name: 'Carver Foods', type: 'organization' },
    // (A builder's, a landlord's or a carrier's plural too: "Homes", "Coaches".)
    { text: 'Cracks\n\nThe estate, built by Harwell Homes, has been plagued by leaks.', name: 'Harwell Homes', type: 'organization' },
    // (A quarry's or a maker's materials, though a first name opens the name.)
    { text: 'Quarry\n\nColm Aggregates wants to extend its quarry by 40 acres, and the firm says 60 jobs depend on it.', name: 'Colm Aggregates', type: 'organization' },
    { text: 'Bank\n\nQuarle Savings said it did not comment on individual cases.', name: 'Quarle Savings', type: 'organization' },
    { text: 'Harlow Water said reservoir levels had fallen to 41 per cent.', name: 'Harlow Water', type: 'organization' },
    // (Or a region's two words before it: "Quarrow Valley Water".)
    { text: 'Heatwave\n\nWater companies urged customers to use water wisely. Quarrow Valley Water said demand had risen by a third.', name: 'Quarrow Valley Water', type: 'organization' },
    { text: 'Wildfire\n\nCal Fire spokesperson Rhys Quarle said the blaze was 5% contained.', name: 'Cal Fire', type: 'organization' },
    { text: 'The van belongs to Velcor Security, which confirmed that a guard had been hurt.', name: 'Velcor Security', type: 'organization' },
    { text: 'Ferry sinks\n\nTarvik Lines said it was cooperating with investigators.', name: 'Tarvik Lines', type: 'organization' },
    // (A bus company's, a landlord's: "Coaches", "Living".)
    { text: 'Bus route\n\nBrackton Coaches said passenger numbers had fallen by half since 2019.', name: 'Brackton Coaches', type: 'organization' },
    { text: 'Tower block\n\nThe building\'s owner, Northgate Living, said it was deeply sorry.', name: 'Northgate Living', type: 'organization' },
    { text: 'Bakery closes\n\nThe landlord, Dunmore Estates, said the rent reflected the market.', name: 'Dunmore Estates', type: 'organization' },
    { text: 'Bus\n\nThe bus did not stop.\n\nQuarrow Travel, which runs the service, apologised.', name: 'Quarrow Travel', type: 'organization' },
    // (A carrier by air: "Skyvell Air", first in its article's sentence.)
    { text: 'Skyvell Air has grounded four of its jets after an engine fault.', name: 'Skyvell Air', type: 'organization' },
    { text: 'Harbour\n\nVelcor Ports said the wall had been inspected in March.', name: 'Velcor Ports', type: 'organization' },
    { text: 'Oil\n\n"Rallies will be sold," said Dana Quill, founder of the analysis provider Vanda Insights.', name: 'Vanda Insights', type: 'organization' },
    { text: 'Solar farm\n\nThe scheme, proposed by Dana Renewables, would cover fields either side of Mill Lane.', name: 'Dana Renewables', type: 'organization' },
    // (A family firm by its sons: "Hallworth & Sons", "Vell and Sons".)
    { text: 'Cutlery\n\nThe future of Hallworth & Sons, the 120-year-old cutlery maker, has split the family.', name: 'Hallworth & Sons', type: 'organization' },
    { text: 'Shops\n\nVell and Sons closed its last shop on Friday.', name: 'Vell and Sons', type: 'organization' },
    // (A place to eat or stay by its word, before or after a first name: "Osteria Ponte", "Bruno Pizzeria".)
    { text: 'Food\n\nThe chef opened Osteria Ponte in 2015.', name: 'Osteria Ponte', type: 'organization' },
    { text: 'Food\n\nThe family has run Bruno Pizzeria since 1988.', name: 'Bruno Pizzeria', type: 'organization' },
    { text: 'Travel\n\nWe stayed two nights at Hotel Marlow by the harbour.', name: 'Hotel Marlow', type: 'place' },
  ],
  type(ctx, r) {
    const utility = (r.words === 2 || (r.words === 3 && !r.firstName)) && UTILITY_WORDS.has(r.lastLower) && !COMMON_WORDS.has(ctx.tokens[r.nameStart].lower);
    // ("Carver Foods", "Morgan Electronics": a trade's plural no family name is, though a first name opens the name.)
    // ("Marlow Bistro", "Osteria Ponte": a place to eat by its word, first or last, which no family name is; a place to
    // stay, "Quarle Hotel", a place. Not a particle's name, "Mlle du Café".)
    const { tokens } = ctx;
    const venue = r.words >= 2 && (/^\p{Lu}/u.test(tokens[r.b - 2].text) && VENUES.has(r.lastLower) ? r.lastLower : VENUES.has(tokens[r.nameStart].lower) ? tokens[r.nameStart].lower : '');
    if (venue) return { type: STAYS.has(venue) ? 'place' : 'organization', strength: 2 };
    return r.words >= 2 && (utility || ((!r.firstName || TRADE_PLURALS.has(r.lastLower)) && SECTOR_WORDS.has(r.lastLower))) ? { type: 'organization', strength: 2 } : null;
  },
};

/**
 * Rule joined-names: two names joined by "&" inside the run, a firm's or a duo's ("Marsh & Vale",
 * "Quarle & Brink"), are an organisation, no one's name. Not a citation's authors before its year
 * or number ("Vell & Okafor, 2019", "Vell & Okafor (2019)", "Vell & Okafor [7]"). After
 * sector-word, which reads a trade closing such a name ("Harlow & Quarle Ferries").
 */
export const joinedNames: TypeRule = {
  id: 'joined-names',
  description: 'Two names joined by "&" ("Marsh & Vale", a duo; a firm of partners) are an organisation, not a citation\'s authors before its year.',
  examples: [
    { text: 'Festival\n\nFolk duo Marsh & Vale will close the main stage. Marsh & Vale said they were thrilled.', name: 'Marsh & Vale', type: 'organization' },
    { text: 'Study\n\nEarlier work found the same effect (Marsh & Vale, 2019), and so did a later study (Marsh & Vale, 2021).', name: 'Marsh & Vale', type: null },
  ],
  type: (ctx, r) => (r.words >= 3 && joinedByAmpersand(ctx, r) ? { type: 'organization', strength: 2 } : null),
};

function joinedByAmpersand(ctx: EntityContext, r: Run): boolean {
  const { tokens } = ctx;
  const year = (t: { kind: string; text: string } | undefined): boolean => t?.kind === 'number' && /^\d{4}$/.test(t.text);
  if (year(tokens[r.b]) || ((r.next === ',' || r.next === '(') && year(tokens[r.b + 1])) || (r.next === '[' && tokens[r.b + 1]?.kind === 'number')) return false;
  for (let k = r.nameStart + 1; k < r.b - 1; k++) if (tokens[k].text === '&') return true;
  return false;
}
