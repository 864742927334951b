// Rule vehicle-name: ships and aircraft are named like people ("the tanker Maria Lind", "USS
// Harmon Reed"); such a name names the craft, no person, organisation or place.
import { isFirstName, isKnownPlace, KNOWN_ORGS, ORG_WORDS } from '../../lexicon/lexicon';
import { isCapWord } from '../../text/words';
import type { EntityContext } from '../context';
import { appositiveNounAt, textOf } from '../tests';
import { PLACE_LAST, WORK_DETERMINERS } from '../words';
import type { RejectRule } from './rule';


/** Nouns for a vessel or an aircraft: a name right after one is the craft's ("the tanker Maria Lind"). */
const VEHICLE_NOUNS = new Set(['ship', 'ships', 'vessel', 'boat', 'tanker', 'ferry', 'freighter', 'trawler', 'yacht', 'liner', 'tug',
  'barge', 'frigate', 'destroyer', 'warship', 'submarine', 'cruiser', 'corvette', 'lifeboat', 'schooner', 'steamer',
  'aircraft', 'plane', 'jet', 'airliner', 'airship', 'helicopter', 'spacecraft', 'rover', 'locomotive',
  'dredger', 'icebreaker', 'catamaran', 'cutter', 'hovercraft', 'jetliner', 'dhow']);
/** Prefixes of ships' names: "HMS Dauntless", "USS Harmon Reed", "MV Karin Holt". */
const VESSEL_PREFIXES = new Set(['HMS', 'USS', 'USNS', 'MV', 'M/V', 'MS', 'SS', 'RMS', 'HMAS', 'HMCS', 'HMNZS', 'INS', 'PNS', 'RV', 'FV', 'MY', 'SY', 'HMY']);
/** Any of them anywhere in a text (a word of its own or not: a quick test before the words are read). */
const VESSEL_PREFIX_TEXT = new RegExp([...VESSEL_PREFIXES].map((p) => p.replace('/', '\\/')).join('|'));

/**
 * Ships and aircraft are named like people ("the tanker Maria Lind", "USS Harmon Reed", "the jet
 * Queen Tamar"): a name after a noun for a craft, with its determiner, or after a ship's prefix,
 * is the craft's, no person, organisation or place.
 */
export const vehicleName: RejectRule = {
  id: 'vehicle-name',
  description: 'A name after a noun for a vessel or an aircraft ("the tanker Maria Lind") or a ship\'s prefix ("USS Harmon Reed") names the craft, a car\'s make and model after a colour or "a" ("a silver Ford Fiesta") the car, and a name a product or an app is called by ("a chatbot called Quill") the thing: no person, organisation or place.',
  examples: [
    { text: 'The tanker Maria Lind ran aground off the coast on Monday.', name: 'Maria Lind', type: null },
    // (A craft's or a machine's noun and a naming verb: "a remotely operated vehicle, nicknamed "Nessie"".)
    { text: 'The team used a remotely operated vehicle, nicknamed "Nessie", to collect samples.', name: 'Nessie', type: null },
    { text: 'The lab built a robot named Tarun to sort the parcels.', name: 'Tarun', type: null },
    { text: 'Velcor launched an AI assistant called Quill on Monday.', name: 'Quill', type: null },
    // (A model's code after a craft's noun or its maker: "The aircraft, an A320 named ...".)
    { text: 'Grounded\n\nThe aircraft, an A320 named City of Lisk, was due to leave at noon. "We are sorry," the airline said.', name: 'City of Lisk', type: null },
    { text: 'The crew flew a Boeing 737 named Anna Berg to the coast.', name: 'Anna Berg', type: null },
    { text: 'Authorities detained the bulk carrier Anna Velcor after the spill.', name: 'Anna Velcor', type: null },
    { text: 'USS Harmon Reed sailed from the port on Friday.', name: 'USS Harmon Reed', type: null },
    // (A car, its make and model after a colour or "a": no person.)
    { text: 'Police want to trace the driver of a silver Ford Fiesta seen near the scene.', name: 'Ford Fiesta', type: null },
    { text: 'Tomas Ford said he saw a Vauxhall Corsa speed away.', name: 'Tomas Ford', type: 'person' },
    { text: 'The captain of the ferry, Anna Berg, said the crossing was calm.', name: 'Anna Berg', type: 'person' },
    // (In apposition after the craft's noun and its determiner.)
    { text: 'Rescue\n\nThe yacht, Blue Heron, had two people on board when its mast snapped.', name: 'Blue Heron', type: null },
    { text: 'Rescue\n\nThe yacht, the Lady Margaret, sent a distress call at 3pm.', name: 'Margaret', type: null },
    // (The craft's noun in apposition after the name; not a person's job.)
    { text: 'The Lady Grace, a restored paddle steamer, carried 200 passengers.', name: 'Grace', type: null },
    { text: 'Anna Berg, the ferry captain, said the crossing was calm.', name: 'Anna Berg', type: 'person' },
    { text: 'The Velcor Star, a container ship registered in Panama, was detained in March.', name: 'Velcor Star', type: null },
    // (A measure before the noun; a carrier of what ships carry.)
    { text: 'The Tarne Star, a 300-metre vessel carrying grain, was pulled free by five tugs, port spokesman Tom Vale said.', name: 'Tarne Star', type: null },
    { text: 'The Sea Kestrel, a bulk carrier, was the first ship through.', name: 'Sea Kestrel', type: null },
    { text: 'Survivors of the Velcor Star ferry disaster described how the crew fled.', name: 'Velcor Star', type: null },
    { text: 'The MV Karin Holt left the harbour at dawn with forty passengers.', name: 'Karin Holt', type: null },
    { text: 'The MV Karin Holt left the harbour at dawn. By noon Karin Holt had run aground off the point.', name: 'Karin Holt', type: null },
    { text: 'Ferry inquiry\n\nThe captain of the Karin Holt radioed for help at 9pm. The MV Karin Holt, a 30-year-old ferry, sank an hour later.', name: 'Karin Holt', type: null },
    // (A name in a person's shape after "the", a craft's noun in the words just before.)
    { text: 'Crew rescued\n\nA cargo ship lost power off the coast on Sunday. The Lena Selby, carrying timber, sent a mayday at 2am.\n\n"The Lena Selby was rolling badly," the coxswain said.', name: 'Lena Selby', type: null },
    { text: 'Storm\n\nThe ferry left at noon. Lena Selby, its captain, said the crossing was calm.', name: 'Lena Selby', type: 'person' },
    // (A royal's title between "the" and the name, a ship named before by its prefix.)
    { text: 'Aground\n\nThe MV Velmar Star struck rocks at dawn.\n\nHer crew were winched to safety.\n\nThe coastguard said the Queen Anna II had been diverted to stand by.', name: 'Anna II', type: null },
    { text: 'Aground\n\nThe MV Velmar Star struck rocks at dawn. Queen Anna II sent a message of support.', name: 'Anna II', type: 'person' },
    // (Initials that are a ship's prefix too, before one name: a person, "MS Dhanvik".)
    { text: 'Cricket\n\nIndia chased 280 with ease. MS Dhanvik hit the winning runs, and Dhanvik said the pitch was good.', name: 'MS Dhanvik', type: 'person' },
  ],
  rejects(ctx, a, b, _sentStart, origA) {
    // (A name the article gives a craft with its prefix anywhere stays the craft's, before it
    // too: "the Karin Holt ran aground ... The MV Karin Holt, a ferry, ...".)
    // (Most articles name no craft: the run's text is sliced only when one is named.)
    const named = prefixedVessels(ctx);
    if (named.size && named.has(textOf(ctx, a, b))) return true;
    if (!craftNamed(ctx, a, b, origA)) return false;
    // (Without its prefix: "MV Karin Holt" is remembered as "Karin Holt".)
    let s = a;
    while (s < b - 1 && VESSEL_PREFIXES.has(ctx.tokens[s].text)) s++;
    (ctx.vehicleNames ??= new Set()).add(textOf(ctx, s, b));
    return true;
  },
};

/** Prepositions before a craft's noun that make a name in apposition after it someone aboard's: "the captain of the ferry, Anna Berg,". */
const CRAFT_PREPOSITIONS = new Set(['of', 'for', 'on', 'aboard', 'from', 'with', 'by', 'to', 'in', 'at', 'onboard']);

/** Most capitalised words of a ship's name after its prefix. */
const VESSEL_NAME_WORDS = 4;

/**
 * The names the article gives after a ship's prefix ("MV Karin Holt" gives "Karin Holt"), read
 * once over its tokens on first use; vehicle-name adds those it finds otherwise.
 */
function prefixedVessels(ctx: EntityContext): Set<string> {
  if (ctx.vehicleNames) return ctx.vehicleNames;
  const out = new Set<string>();
  // (Most articles hold no prefix at all: one search of the text, not a look at every word.)
  if (!VESSEL_PREFIX_TEXT.test(ctx.text)) return (ctx.vehicleNames = out);
  const { tokens, n } = ctx;
  for (let k = 0; k < n - 1; k++) {
    if (tokens[k].kind !== 'word' || !VESSEL_PREFIXES.has(tokens[k].text)) continue;
    let e = k + 1;
    while (e < n && e - k <= VESSEL_NAME_WORDS && tokens[e].kind === 'word' && /^\p{Lu}/u.test(tokens[e].text) && tokens[e].sentence === tokens[k].sentence) e++;
    if (e > k + 1 && vesselPrefix(ctx, k, e)) out.add(textOf(ctx, k + 1, e));
  }
  return (ctx.vehicleNames = out);
}

/** Ships' prefixes that are a person's initials too: "MS Dhoni", "SS Rajan". */
const INITIAL_PREFIXES = new Set(['MS', 'SS', 'MY', 'SY', 'RV', 'FV']);

/**
 * A ship's prefix at token k of a name ending at b. One that may be initials names a ship only
 * before two words or more, or after an article: "the MS Velmora Star", not "MS Dhoni".
 */
function vesselPrefix(ctx: EntityContext, k: number, b: number): boolean {
  const t = ctx.tokens[k].text;
  if (!VESSEL_PREFIXES.has(t)) return false;
  if (!INITIAL_PREFIXES.has(t)) return true;
  const before = k > 0 ? ctx.tokens[k - 1].lower : '';
  if (before === 'the' || before === 'a' || before === 'aboard') return true;
  // (Not after a capitalised word, "Labour MS Dana Ruiz", nor before a first name: a title then.)
  return b - k >= 3 && !(k > 0 && isCapWord(ctx.tokens[k - 1])) && !isFirstName(ctx.tokens[k + 1].text);
}

/** The run a..b (its scan began at origA) names a vessel or an aircraft: after a prefix, or a craft's noun with its determiner. */
function craftNamed(ctx: EntityContext, a: number, b: number, origA: number): boolean {
  const { tokens } = ctx;
  if (vesselPrefix(ctx, origA, b) && b - origA >= 2) return true;
  // ("The MV Karin Holt": the prefix opens the run once "The" is trimmed.)
  if (vesselPrefix(ctx, a, b) && b - a >= 2) return true;
  // (The prefix inside a run that opens a sentence, "The MV Karin Holt", or just before it.)
  for (let k = Math.max(origA, a - 2); k < a; k++) if (vesselPrefix(ctx, k, b)) return true;
  if (a > 0 && a - 1 < origA && vesselPrefix(ctx, a - 1, b)) return true;
  const prev = a > 0 ? tokens[a - 1].lower : '';
  if (carModel(ctx, a, b, prev)) return true;
  if (craftNamedBy(ctx, a)) return !isKnownPlace(textOf(ctx, a, b)) && !KNOWN_ORGS.has(textOf(ctx, a, b));
  // ("the Velmora Star ferry disaster": after "the", a name of two words or more before a craft's
  // noun in lower case; not a place's, "the Quarle Bay ferry", nor a body's.)
  if (prev === 'the' && b - a >= 2 && b < tokens.length && VEHICLE_NOUNS.has(tokens[b].text) && !PLACE_LAST.has(tokens[b - 1].lower) && !ORG_WORDS.has(tokens[b - 1].lower)) {
    const name = textOf(ctx, a, b);
    if (!isKnownPlace(name) && !KNOWN_ORGS.has(name)) return true;
  }
  // ("A cargo ship lost power ... The Lena Selby, carrying timber, sent a mayday": a name in a
  // person's shape after "the", no one's, where a craft's noun stands in the words just before.)
  if (prev === 'the' && b - a >= 2 && isFirstName(tokens[a].text) && craftNounBefore(ctx, a - 1)) return !isKnownPlace(textOf(ctx, a, b)) && !KNOWN_ORGS.has(textOf(ctx, a, b)) && !ORG_WORDS.has(tokens[b - 1].lower);
  // (A royal's or a lady's title between "the" and the name, "the Queen Mary II was diverted",
  // where a craft's noun stands before or the article names a ship by its prefix: a ship named
  // after someone.)
  const styled = prev === 'the' && CRAFT_STYLES.has(tokens[a].text) ? a + 1 : CRAFT_STYLES.has(tokens[a - 1]?.text ?? '') && tokens[a - 2]?.lower === 'the' ? a : -1;
  if (styled >= 0 && styled < b && isFirstName(tokens[styled].text) && !ORG_WORDS.has(tokens[b - 1].lower) && (craftNounBefore(ctx, styled - 2) || prefixedVessels(ctx).size > 0)) return true;
  // ("the bulk carrier Anna Velcor", "the aircraft carrier ...": a carrier of a kind; "the carrier
  // Skyvia" alone is an airline.)
  if (prev === 'carrier' && a >= 2 && SHIP_CARRIERS.has(tokens[a - 2].lower)) return !isKnownPlace(textOf(ctx, a, b)) && !KNOWN_ORGS.has(textOf(ctx, a, b));
  // ("The yacht, Blue Heron, had two people on board": in apposition after a craft's noun and its
  // determiner; not after a preposition, "the captain of the ferry, Anna Berg,", the captain's name.)
  // (With its own "the" too: "The yacht, the Lady Margaret, sent a distress call".)
  const c = prev === 'the' && a >= 2 && tokens[a - 2].text === ',' ? a - 1 : a;
  if (tokens[c - 1]?.text === ',' && c >= 3 && VEHICLE_NOUNS.has(tokens[c - 2].text) && WORK_DETERMINERS.has(tokens[c - 3].lower) && !(c >= 4 && CRAFT_PREPOSITIONS.has(tokens[c - 4].lower))) {
    return !isKnownPlace(textOf(ctx, a, b)) && !KNOWN_ORGS.has(textOf(ctx, a, b));
  }
  if (!VEHICLE_NOUNS.has(prev)) return craftInApposition(ctx, a, b);
  // The noun is a noun with its determiner: "the tanker", "a cargo ship", "their yacht".
  const det = a >= 2 ? tokens[a - 2].lower : '';
  const det2 = a >= 3 ? tokens[a - 3].lower : '';
  return (WORK_DETERMINERS.has(det) || (WORK_DETERMINERS.has(det2) && /^\p{Ll}+$/u.test(tokens[a - 2].text))) && !isKnownPlace(textOf(ctx, a, b)) && !KNOWN_ORGS.has(textOf(ctx, a, b));
}

/** Titles ships are named with: "the Queen Mary", "the Lady Anna", "the Princess Royal" (Title Case: "the queen" is no ship's). */
const CRAFT_STYLES = new Set(['Queen', 'King', 'Prince', 'Princess', 'Lady', 'Lord', 'Duke', 'Duchess', 'Sir', 'Dame']);

/** How far back a craft's noun is looked for before "the" and a name, in tokens. */
const CRAFT_NOUN_REACH = 40;

/** A craft's noun in lower case in the tokens before token k, within reach: "a cargo ship". */
function craftNounBefore(ctx: EntityContext, k: number, reach = CRAFT_NOUN_REACH): boolean {
  const { tokens } = ctx;
  for (let j = k - 1; j >= 0 && j >= k - reach; j--) if (VEHICLE_NOUNS.has(tokens[j].text)) return true;
  return false;
}

/** Carmakers whose name opens a car's: "a silver Ford Fiesta", "a Vauxhall Corsa". */
const CAR_MAKERS = new Set(['Ford', 'Vauxhall', 'Toyota', 'Honda', 'Nissan', 'BMW', 'Audi', 'Volkswagen', 'VW', 'Mercedes', 'Mercedes-Benz', 'Peugeot',
  'Renault', 'Kia', 'Hyundai', 'Mazda', 'Fiat', 'Skoda', 'Škoda', 'Volvo', 'Tesla', 'Suzuki', 'Mitsubishi', 'Subaru', 'Land', 'Range', 'Jeep',
  'Chevrolet', 'Citroen', 'Citroën', 'Dacia', 'Lexus', 'Porsche', 'Jaguar', 'Holden', 'Maruti', 'Tata', 'Mahindra', 'Proton', 'Perodua', 'Isuzu', 'Opel']);
/** Colours a car is described by, before its make: "a silver Ford". */
const CAR_COLOURS = new Set(['silver', 'black', 'white', 'red', 'blue', 'grey', 'gray', 'green', 'gold', 'yellow', 'orange', 'maroon', 'beige',
  'brown', 'purple', 'dark-coloured', 'light-coloured', 'dark-colored', 'light-colored']);

/** A car, its make and model: after a colour ("a silver Ford Fiesta", "a black BMW") or after "a" ("a Vauxhall Corsa"); no person. */
function carModel(ctx: EntityContext, a: number, b: number, prev: string): boolean {
  const { tokens } = ctx;
  if (!CAR_MAKERS.has(tokens[a].text) || ORG_WORDS.has(tokens[b - 1].lower)) return false;
  // ("Land Rover", "Range Rover": a make of two words.)
  if ((tokens[a].text === 'Land' || tokens[a].text === 'Range') && tokens[a + 1]?.text !== 'Rover') return false;
  if (CAR_COLOURS.has(prev)) return true;
  return (prev === 'a' || prev === 'an') && b - a === 2 && !isFirstName(tokens[a + 1].text);
}

/** What a ship carries, before "carrier": "the bulk carrier", "an aircraft carrier". */
const SHIP_CARRIERS = new Set(['aircraft', 'bulk', 'ore', 'car', 'container', 'lng', 'gas', 'oil', 'cargo', 'helicopter']);

/** A craft's nouns in apposition after its name, a carrier among them: "The Sea Kestrel, a bulk carrier,". */
const CRAFT_IN_APPOSITION = new Set([...VEHICLE_NOUNS, 'carrier']);

/** Verbs that give a craft its name. */
const NAMING_VERBS = new Set(['nicknamed', 'named', 'dubbed', 'christened', 'called', 'codenamed']);
/** A craft's nouns before such a verb: the craft's, and machines' that no one is named after ("a drone nicknamed ..."). */
const NAMED_CRAFT_NOUNS = new Set([...VEHICLE_NOUNS, 'vehicle', 'drone', 'robot', 'probe', 'satellite', 'submersible', 'capsule', 'rocket',
  'balloon', 'telescope', 'lander', 'craft', 'machine', 'boat']);
const QUOTE_MARKS = new Set(['"', '“', "'", '‘']);

/** A craft's noun, perhaps a comma, a naming verb and perhaps a quotation mark before token a: "a submersible, nicknamed "Nessie"". */
function craftNamedBy(ctx: EntityContext, a: number): boolean {
  const { tokens } = ctx;
  let k = a - 1;
  if (k >= 0 && QUOTE_MARKS.has(tokens[k].text)) k--;
  if (k < 1 || !NAMING_VERBS.has(tokens[k].lower)) return false;
  k--;
  if (tokens[k].text === ',') k--;
  // (Or a product, an app or a scheme so named, "a chatbot called Quill", "an AI assistant
  // named Nova": no person.)
  return k >= 0 && (NAMED_CRAFT_NOUNS.has(tokens[k].lower) || NAMED_THINGS.has(tokens[k].lower) || (tokens[k].lower === 'assistant' && k > 0 && MACHINE_ASSISTANTS.test(tokens[k - 1].text))
    || craftModelAt(ctx, k));
}

/** A craft's model code: "A320", "737", "B-52", "747-400", "Q400". */
const MODEL_CODE = /^[A-Z]{0,3}-?\d{2,4}(?:-\d{1,3}|[A-Z]{1,3})?$/;
/** Makers of aircraft, before a model's code: "a Boeing 737". */
const AIRCRAFT_MAKERS = new Set(['Boeing', 'Airbus', 'Embraer', 'Bombardier', 'ATR', 'Cessna', 'Antonov', 'Tupolev', 'Sukhoi', 'Ilyushin', 'Lockheed', 'Dassault', 'Gulfstream', 'Fokker', 'Dornier']);
/** How far back a craft's noun is looked for before a model's code, in tokens: "The aircraft, an A320 named". */
const MODEL_NOUN_REACH = 8;

/** Token k is a craft's model code after its maker or a craft's noun close before: "an A320 named City of Lisk", "a Boeing 737 named". */
function craftModelAt(ctx: EntityContext, k: number): boolean {
  const { tokens } = ctx;
  if (!MODEL_CODE.test(tokens[k].text)) return false;
  return (k > 0 && AIRCRAFT_MAKERS.has(tokens[k - 1].text)) || craftNounBefore(ctx, k, MODEL_NOUN_REACH);
}

/** Things named like people after a naming verb: software, products, schemes. */
const NAMED_THINGS = new Set(['app', 'chatbot', 'bot', 'software', 'program', 'programme', 'platform', 'device', 'phone', 'smartphone', 'gadget',
  'algorithm', 'tool', 'product', 'brand', 'drug', 'vaccine', 'variant', 'scheme', 'initiative', 'project', 'operation', 'game', 'console', 'model']);
/** Words before "assistant" that make it a machine: "an AI assistant called Quill". */
const MACHINE_ASSISTANTS = /^(?:AI|virtual|digital|voice|smart)$/;

/** Words that may follow a craft's noun heading its phrase: "a steamer built in 1912", "a ferry that ...". */
const CRAFT_PHRASE_AFTER = new Set(['that', 'which', 'with', 'carrying', 'built', 'owned', 'operated', 'from', 'of', 'in', 'on', 'at', 'and']);

/**
 * The name, then a craft's noun in apposition: "The Lady Grace, a restored paddle steamer,"
 * (a determiner and at most three lower-case words before the noun).
 */
function craftInApposition(ctx: EntityContext, a: number, b: number): boolean {
  const { tokens } = ctx;
  // (The craft's noun heads the phrase: "Dana Hale, the ferry captain," is a person.)
  // ("the Sea Kestrel, a bulk carrier,": a carrier only of what a ship carries.)
  const k = appositiveNounAt(ctx, b, CRAFT_IN_APPOSITION, false);
  if (k < 0 || (tokens[k].lower === 'carrier' && !SHIP_CARRIERS.has(tokens[k - 1].lower))) return false;
  const next = tokens[k + 1];
  // (Or a participle after "a": "a container ship registered in Panama"; not "X, the first
  // boat rescued on Friday, ...", where the name before the comma is whoever told it.)
  const head = !next || next.kind === 'punct' || CRAFT_PHRASE_AFTER.has(next.lower) || (tokens[b + 1].lower !== 'the' && /^\p{Ll}{3,}ed$/u.test(next.text));
  return head && !isKnownPlace(textOf(ctx, a, b)) && !KNOWN_ORGS.has(textOf(ctx, a, b));
}
