// The entity recognisers' word lists: title heads, name connectors, organisation and place
// words, legal forms, events. Data, not logic.
import { AGENCIES, COMMON_WORDS, COURTESY_TITLES, KNOWN_ORGS, OFFICE_INITIALS, TRADE_TITLES } from '../lexicon/lexicon';
import { OPEN_QUOTES } from '../text/strings';

/** Honorifics, which give a gender ("Mr", "Smt.", "Shri"; "Mx" none): title heads too. */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr.', 'mrs.', 'ms.', 'miss', 'mr', 'mrs', 'ms', 'mx', 'mx.', 'smt', 'smt.', 'shri', 'shri.', 'shrimati', 'kum', 'kum.',
  // (Singapore's and Malaysia's title for a married Chinese woman: "Madam Nur Aisyah", "Madam Tan".)
  'madam',
  // (Pakistani and Bangladeshi copy's courtesy titles: "Begum Dana Ruiz", "Mian Anil Rao", "Ch"
  // for Chaudhry, "Ch Tomas Iqbal".)
  'begum', 'mian', 'ch', 'ch.']);

/** The gender an honorific gives: "Mr" and "Shri" a man's, "Mx" none, "Mrs", "Ms", "Miss", "Smt." and "Kum." a woman's; null for no honorific. */
export function honorificGender(w: string): 'male' | 'female' | null {
  // (And the styles of address that are a man's or a woman's: "Alhaji Sani Garba", "Dame ...".)
  const styled = GENDERED_STYLES.get(w);
  if (styled) return styled;
  if (!HONORIFICS.has(w)) return null;
  const bare = w.endsWith('.') ? w.slice(0, -1) : w;
  return bare === 'mr' || bare === 'shri' || bare === 'mian' || bare === 'ch' ? 'male' : bare === 'mx' ? null : 'female';
}

/** A school's last word after a saint's possessive, as British copy shortens its name: "St Aldwyn's Primary", "St Aldwyn's Infants". */
export const SAINT_SCHOOLS: ReadonlySet<string> = new Set(['primary', 'secondary', 'infants', 'juniors']);

/** Heads of titles: the word a title prefix must contain to make the name that follows a person. */
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  'president', 'minister', 'secretary', 'senator', 'sen.', 'rep.', 'del.', 'representative', 'congressman',
  'congresswoman', 'governor', 'gov.', 'mayor', 'chancellor', 'premier', 'king', 'queen', 'prince',
  'princess', 'emperor', 'sheikh', 'pope', 'taoiseach', 'tánaiste', 'tanaiste', 'emir', 'sultan', 'ayatollah', 'governor-general', 'ambassador', 'envoy', 'spokesman', 'spokeswoman',
  'spokesperson', 'chairman', 'chairwoman', 'chair', 'chairperson', 'director', 'chief', 'general', 'gen.', 'colonel', 'col.',
  'major', 'maj.', 'captain', 'capt.', 'lieutenant', 'lt.', 'sergeant', 'sgt.', 'corporal', 'bombardier', 'admiral', 'adm.',
  'commander', 'commissioner', 'judge', 'justice', 'justices', 'attorney', 'professor', 'prof.', 'dr.', 'doctor',
  'sir', 'dame', 'lord', 'lady', 'rev.', 'reverend', 'father', 'bishop',
  'archbishop', 'cardinal', 'rabbi', 'imam', 'ceo', 'founder', 'leader', 'speaker', 'whip', 'candidate',
  'nominee', 'coach', 'manager', 'president-elect', 'mp', 'mla', 'mlc', 'msp', 'mpp', 'mna', 'mpa', 'mha', 'mec', 'td', 'mep', 'mca', 'mhk', 'organiser', 'organizer', 'activist', 'lawmaker', 'legislator', 'diplomat', 'adviser', 'advisor',
  'attorney-general', 'secretary-general', 'director-general', 'inspector-general', 'auditor-general', 'solicitor-general', 'surgeon-general', 'economist', 'analyst', 'editor', 'correspondent', 'officer', 'official', 'head',
  'deputy', 'striker', 'midfielder', 'goalkeeper',
  // (A Malaysian state's chief minister: "Menteri Besar", "Mentri Besar".)
  'besar',
  // ("Substitute Anil Rao sealed the win", "Winger Colm Brady": a player's position or part in the
  // game before the name, as match reports write it.)
  'defender', 'winger', 'substitute', 'debutant', 'playmaker', 'centre-back', 'full-back', 'fly-half', 'scrum-half', 'batsman', 'bowler', 'all-rounder',
  'owner', 'executive', 'major-general', 'lieutenant-general',
  'lieutenant-colonel', 'brigadier', 'brigadier-general', 'vice-president', 'vice-premier', 'field-marshal',
  'vice-chancellor', 'vice-chair', 'vice-chairman', 'vice-chairwoman', 'vice-captain', 'vice-principal', 'vice-admiral',
  // (Ranks shortened without their dots, as British and Gulf copy writes them: "Lt Gen Tarun Quarle".)
  'lt', 'gen', 'col', 'maj', 'capt', 'adm', 'cdr', 'cmdr', 'lt-gen', 'maj-gen', 'brig-gen', 'lt-col',
  // (Other ranks: "Sapper Tom Kell", "Guardsman Rhys Colby"; not "Seaman", a surname too.)
  'aircraftman', 'aircraftwoman', 'sapper', 'guardsman', 'fusilier', 'rifleman', 'trooper', 'airman',
  'councillor', 'councilor', 'councilman', 'councilwoman', 'alderman', 'assemblyman', 'assemblywoman', 'baroness', 'baron',
  'inspector', 'superintendent', 'constable', 'detective',
  // (British police ranks shortened: "Det Insp", "Ch Supt", "Det Sgt".)
  'insp', 'insp.', 'supt', 'supt.', 'sgt', 'det', 'det.',
  // ("District Magistrate Dana Ruiz", "District Collector Anil Rao": South Asian offices after "District".)
  'magistrate', 'collector', 'coroner', 'sheriff',
  // British style drops the period: "Dr Patel" (and "Mr Pell", with the honorifics).
  // ("Adv Lena Early": South African copy's advocate.)
  'dr', 'prof', 'cllr', 'cllr.', 'cr', 'cr.', 'adv', 'adv.', 'rev', 'revd', 'fr',
  'pastor', 'vicar', 'rector', 'curate', 'chaplain', 'archdeacon', 'deacon', 'churchwarden',
  // (A school's head: "Headteacher Colm Brady".)
  'headteacher', 'headmaster', 'headmistress',
  // (Sport's and business copy's short words for who runs a side or a firm: "Rovers boss Dana Ruiz".)
  'boss', 'skipper',
  ...TRADE_TITLES, ...OFFICE_INITIALS, ...HONORIFICS, ...COURTESY_TITLES,
]);
/** Styles of address before a name that hold no office: "Dr", "Prof.", "Rev.", "Hon.", "Engr.", "Eng." (not "Eng" alone: England's in a scorecard). */
export const STYLES_OF_ADDRESS: ReadonlySet<string> = new Set(['dr', 'dr.', 'prof', 'prof.', 'professor', 'rev', 'rev.', 'revd', 'reverend',
  'hon', 'hon.', 'engr', 'engr.', 'eng.', 'datuk', 'dato', 'datin', 'puan', 'encik', 'barr', 'barr.', 'adv', 'adv.', 'alhaji', 'alhaja', 'sir', 'dame']);
/** A style of address or an honorific before a name, no part of it: "Dr", "Sir", "Mrs". */
export const styleBeforeName = (w: string): boolean => STYLES_OF_ADDRESS.has(w) || HONORIFICS.has(w);
/** Words of a style of two or three words before a name, with those above: "Rt. Hon.", "the Right Honourable". */
const LONG_STYLES = new Set(['rt', 'rt.', 'right', 'honourable', 'honorable']);
/** Past the words of a style of address from token k, at most three, none an entity's ("Dr", "Rt. Hon."): the token after them; k where there are none. */
export function afterStyle(tokens: readonly { readonly lower: string }[], tokenEntity: ArrayLike<number>, k: number): number {
  let at = k;
  while (at < k + 3 && at < tokens.length && tokenEntity[at] < 0 && (styleBeforeName(tokens[at].lower) || LONG_STYLES.has(tokens[at].lower))) at++;
  return at;
}
/** A ruler's, a royal's or a cleric's style after "His", "Her" (and "Royal"): "His Highness", "Her Majesty", "His Excellency". */
export const RANK_STYLES: ReadonlySet<string> = new Set(['highness', 'majesty', 'excellency', 'holiness', 'eminence', 'lordship', 'ladyship', 'worship', 'beatitude', 'honour', 'honor']);
export const NAME_CONNECTORS = new Set(['de', 'da', 'del', 'della', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'y', 'dos', 'das',
  // Welsh, Arabic and Malay, Nordic and Dutch, German: "Rhodri ap Gwilym", "Aisha binti Yusof", "Ebba af Rosenholm", "ter Horst", "zu Salm".
  'ap', 'ab', 'ferch', 'verch', 'bint', 'binti', 'af', 'ter', 'ten', 'zu',
  // Māori "of": "Te Whenua o Rangiwai Trust", "Ngāti Rangiwai o Quarle"; Filipino: "Bangko Sentral ng Pilipinas",
  // and Filipino family names' particles, "Ramon dela Cruz", "Ana delos Santos".
  'o', 'ng', 'dela', 'delos']);
/** Words after which "of" continues a name: "Bank of America", "Secretary of State", "Gulf of Mexico". */
export const OF_HEADS = new Set(['republic', 'kingdom', 'gulf', 'bay', 'sea', 'isle', 'islands', 'state', 'states', 'province',
  'county', 'duke', 'duchess', 'prince', 'princess', 'house', 'bank', 'cape', 'strait', 'straits', 'lake', 'mount',
  'sultanate', 'emirate', 'principality', 'commonwealth', 'federation', 'union', 'district', 'city', 'port', 'isle',
  'archbishop', 'bishop', 'earl', 'lord', 'court', 'museum', 'school', 'college', 'university', 'institute',
  // (A charity that supports a place or a cause: "Friends of Harlow Park".)
  'friends']);
export const LOCATIVE = new Set(['in', 'near', 'outside', 'across', 'throughout', 'inside', 'around', 'to', 'from', 'into', 'at']);
export const STRONG_LOCATIVE = new Set(['in', 'near', 'outside', 'across', 'throughout', 'inside']);
export const SUFFIXES = new Set(['Jr.', 'Sr.', 'II', 'III', 'IV', 'Jr', 'Sr']);

/** Nationality and faith words by their shape: Sudanese, Rwandan, Chechens, Turkish, Moslems. */
export const DEMONYM_SHAPE = /^(?:\p{Lu}\p{Ll}+(?:ese|ians?|ites)|Moslems?|Muslims?|Jews|Arabs?|Kurds|Serbs?|Croats?|Turks?|Afghans?|Israelis?|Iraqis?|Pakistanis?|Somalis?|Saudis?|Yemenis?|Kuwaitis?|Thais?)$/u;

/** What follows a dateline's place: a date ("1996-08-30", "Aug", "March") or "(Reuters)". */
export const DATE_START = /^(?:\d{4}(?:-\d{2}-\d{2})?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)$/;

/** Adverbs that open sentences and are also first names somewhere ("Even", a Norwegian name). */
export const SENTENCE_ADVERBS = new Set(['even', 'still', 'yet', 'so', 'then', 'now', 'just', 'only', 'also', 'perhaps', 'maybe', 'indeed']);
export const WEEKDAYS = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);

/** Common words that open names: "New Liberty", "World Trade Organisation", "First Union". */
export const NAME_OPENERS = new Set(['new', 'old', 'great', 'high', 'first', 'world', 'state', 'city', 'national', 'royal', 'grand',
  'central', 'supreme', 'big', 'good', 'country']);

/** Nouns that name a place with "of": "the town of Vrelsk", "east of Tarvik". */
export const PLACE_OF = new Set(['town', 'city', 'village', 'province', 'region', 'district', 'capital', 'port', 'island', 'islands',
  'county', 'suburb', 'suburbs', 'outskirts', 'enclave', 'republic', 'state', 'kingdom', 'area', 'centre', 'center', 'north',
  'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'streets', 'heart', 'municipality', 'prefecture',
  // (Who live there: "residents of Quarrenby", "the mayor of Quarrenby".)
  'residents', 'people', 'citizens', 'inhabitants', 'villagers', 'townspeople', 'mayor', 'resident', 'native', 'natives',
  // (And the parts of a mountain, a lake, a river, a coast: "the summit of Ben Harran", "the shores of Lough Carra".)
  'summit', 'slopes', 'foothills', 'shores', 'shore', 'coast', 'coastline', 'waters']);
/** Parts of a mountain, a lake or a river: a name after one "of" is the place, though a first name opens it ("the summit of Ben Harran"). */
export const LANDFORM_PARTS: ReadonlySet<string> = new Set(['summit', 'slopes', 'foothills', 'shores', 'shore']);

/** Trades that title people as well as firms ("property developer Tomas Brink", "the film's producer, Vikram Bhalla,"): a firm's only where nothing says a person. */
export const PERSON_TRADES: ReadonlySet<string> = new Set(['developer', 'housebuilder', 'builder', 'broadcaster', 'publisher', 'producer', 'operator', 'contractor', 'consultancy']);

/** Nouns for an organisation that may stand right before its name: "club Atalanta". */
export const ORG_DESCRIPTORS = new Set(['club', 'team', 'side', 'company', 'firm', 'group', 'agency', 'bank', 'maker', 'producer',
  'manufacturer', 'carrier', 'airline', 'retailer', 'insurer', 'broker', 'brokerage', 'newspaper', 'daily', 'weekly', 'magazine',
  'brewer', 'miner', 'operator', 'chain', 'developer', 'conglomerate', 'subsidiary', 'unit', 'fund', 'exchange', 'association',
  'federation', 'league', 'institute', 'university', 'party', 'union', 'network', 'broadcaster', 'publisher', 'distributor',
  'supplier', 'utility', 'lender', 'giant', 'outfit', 'concern', 'corporation', 'holding', 'refiner', 'automaker', 'carmaker',
  'shipper', 'exporter', 'importer', 'investor', 'charity', 'organisation', 'organization', 'ministry', 'station', 'channel',
  // (Public bodies and the web's firms by what they do: "the watchdog Ofwex", "messaging app Quill".)
  'regulator', 'watchdog', 'provider', 'startup', 'start-up', 'foundation', 'platform', 'app', 'website', 'outlet', 'tabloid', 'journal',
  // (Who someone works for or records with: "Her record label, Velcor Music,", "his employer, Quarle Freight,".)
  'label', 'employer', 'sponsor', 'franchise',
  // (And businesses by their premises' trade: "The brewery, Marrowby Ales,".)
  'brewery', 'distillery', 'winery', 'bakery', 'housebuilder']);

/**
 * Nouns for a body that, heading a phrase in apposition after a name, make it the body's name:
 * "X, a farmers' body,", "X, a group of fishermen,", "X, the country's largest lender,". (Not the
 * descriptors that name a person as well: "an investor", "a miner", "a developer", "a publisher".)
 */
/** Nouns for a company that copy uses to name it again: "the company said", "the carrier added", "The utility said". */
export const COMPANY_BACK_NOUNS = new Set(['company', 'firm', 'carrier', 'airline', 'retailer', 'lender', 'insurer', 'miner', 'manufacturer', 'carmaker', 'automaker', 'broadcaster', 'publisher', 'developer', 'supermarket', 'chain', 'conglomerate', 'utility', 'operator', 'bank', 'giant', 'major', 'startup', 'start-up']);

export const APPOSITIVE_BODIES = new Set(['club', 'team', 'company', 'firm', 'group', 'agency', 'bank', 'manufacturer', 'carrier',
  'airline', 'retailer', 'insurer', 'brokerage', 'newspaper', 'magazine', 'conglomerate', 'subsidiary', 'association', 'federation',
  'league', 'institute', 'university', 'party', 'union', 'network', 'broadcaster', 'utility', 'lender', 'outfit', 'corporation',
  'automaker', 'carmaker', 'charity', 'organisation', 'organization', 'ministry', 'regulator', 'watchdog', 'startup', 'start-up',
  'foundation', 'website', 'tabloid', 'body', 'movement', 'coalition', 'alliance', 'collective', 'trust', 'society', 'militia',
  'faction', 'consortium', 'cooperative', 'co-operative', 'think-tank', 'nonprofit', 'non-profit', 'chain']);

/** A caption's credit labels, before a colon or a slash: "Image: Dana Ruiz", "Photo: Reuters", "(AP Photo/Dana Ruiz)". */
export const CREDIT_LABELS = new Set(['image', 'images', 'photo', 'photos', 'photograph', 'picture', 'pictures', 'credit', 'source', 'video', 'graphic', 'illustration', 'pic', 'pics']);

/** Capitalised abbreviations that are no names. */
export const NOT_NAMES = new Set(['GMT', 'EST', 'EDT', 'PST', 'PDT', 'CST', 'CDT', 'BST', 'CET', 'UTC',
  // (Time zones papers give a time in elsewhere: India's, Pakistan's, South Africa's, Australia's, East and West Africa's.)
  'IST', 'PKT', 'SAST', 'AEST', 'AEDT', 'ACST', 'AWST', 'NZST', 'NZDT', 'EAT', 'WAT', 'CEST', 'JST', 'HKT', 'SGT', 'RBI', 'RBIs', 'ERA', 'GDP',
  'CPI', 'PPI', 'PMI', 'IPO', 'CEO', 'CFO', 'COO', 'AGM', 'HIV', 'AIDS', 'DNA', 'TV', 'PC', 'OK', 'AM', 'PM', 'A.M.', 'P.M.',
  // (And an editor's notes: "Correction added May 2:", "Clarification:", "Update:".)
  'Correction', 'Corrections', 'Clarification', 'Update', 'Updated',
  'Fax', 'Tel', 'NOTE', 'Note', 'MBA', 'MFA', 'PhD', 'LLC', 'R&B', 'R&D', 'M&A', 'Q&A', 'B&B', 'A&E', 'ICU', 'GP', 'GPs',
  // Currencies written before the sum: rupees, taka, dirhams, shillings, rupiah ("Rs 450 crore").
  'Rs', 'Tk', 'Dhs', 'Ksh', 'KSh', 'Rp',
  // (The euro, and the European Championship by its short name: "starred at Euro 2024", "the Euros".)
  'Euro', 'Euros',
  // The world wars by their initials.
  'WWI', 'WWII', 'WW1', 'WW2',
  // Everyday abbreviations of things, not bodies: devices, measures, web and office shorthand.
  'UV', 'VIP', 'VIPs', 'AKA', 'POV', 'VHF', 'UHF', 'GPA', 'FAQ', 'FAQs', 'DIY', 'ASAP', 'RSVP', 'ETA', 'BBQ', 'LOL', 'OMG', 'FYI', 'TBA',
  'TBC', 'USB', 'GPS', 'LED', 'LCD', 'PDF', 'URL', 'HTML', 'SUV', 'SUVs', 'ATM', 'ATMs', 'SMS', 'MRI', 'IQ', 'IVF', 'PPE', 'DVD', 'DVDs', 'CD', 'CDs',
  // (Cameras, goods vehicles, taxes and codes that copy names by their initials: "CCTV footage", "a HGV".)
  'CCTV', 'HGV', 'HGVs', 'VAT', 'GST', 'PIN', 'PINs', 'CPR', 'ADHD', 'PTSD', 'COVID', 'LGBT', 'LGBTQ', 'CV', 'CVs',
  // (Cricket's and rugby's match formats and scorers' abbreviations: "the third ODI", "a T20I".)
  'ODI', 'ODIs', 'T20I', 'T20Is', 'LBW', 'DRS']);

/**
 * Codes that look like names but are periods, money supplies or grades: "Q2", "H1", "M3", "C-4";
 * and amounts written with their currency's short name glued on: "Sh300", "Rs500", "Tk50".
 */
export const CODE = /^(?:\p{Lu}{1,2}-?\d+|\d\p{Lu}|FY\d*|\p{Lu}\p{Ll}{1,2}\d[\d,.]*\d|\p{Lu}\p{Ll}{1,2}\d)$/u;
/** Words before a month that make it a date, not a first name: "the August index", "in June". */
export const DATE_PREPOSITIONS = new Set(['the', 'in', 'to', 'from', 'since', 'until', 'till', 'by', 'of', 'last', 'next', 'this',
  'early', 'late', 'mid', 'through', 'during', 'for', 'on']);
/** A capitalised adjective made with a participle: "St. Louis-based", "Family-controlled", "Communist-led". */
export const HYPHEN_ADJECTIVE = /^[\p{L}.'’]+-(?:based|led|controlled|owned|run|backed|listed|registered|funded|affiliated|dominated|born|bred|linked|allied|oriented|focused|style|inspired|type)$/iu;
export const PARTICIPLE_END = /-(?:based|led|backed|sponsored|style|era|made|born|owned|run|controlled|funded|linked|allied|like|type|related|friendly|bound|inspired|brokered|supported|oriented|affiliated|dominated|listed|registered|educated|trained|held|appointed|installed)$/;
export const HYPHEN_ORG_ADJECTIVE = /-(?:based|led|controlled|owned|listed|registered|affiliated|dominated)$/i;
/** Company names end in a trade or a legal form: "Daniels Pharmaceuticals", "Kansai Electric Power". */
export const SECTOR_WORDS = new Set(['pharmaceuticals', 'pharmaceutical', 'chemicals', 'chemical', 'electric', 'electronics',
  'petroleum', 'oil', 'gas', 'energy', 'mining', 'mines', 'resources', 'steel', 'telecom', 'telecommunications',
  'communications', 'railways', 'railway', 'insurance', 'bancorp', 'bancshares', 'financial', 'investments', 'trust',
  'brothers', 'bros', 'bros.', 'associates', 'consolidated', 'enterprises', 'software', 'pictures', 'studios', 'records',
  'foods', 'stores', 'utilities', 'logistics', 'shipping', 'airlines', 'motor', 'power', 'semiconductor', 'cement',
  'textiles', 'breweries', 'brewery', 'hotels', 'resorts', 'media', 'publishing', 'healthcare', 'biotech', 'solutions',
  // Carriers, makers and builders: "Tarvik Haulage", "Velmora Motors", "Harlow Holdings".
  'haulage', 'freight', 'freighters', 'transport', 'airways', 'motors', 'holdings', 'distillery', 'distilleries', 'bakery',
  'bakeries', 'dairies', 'builders', 'developers', 'contractors', 'construction', 'engineering', 'homes', 'lines', 'ferries', 'cruises',
  // (Buses and landlords: "Brackton Coaches", "Northgate Living", "Harlow Lettings".)
  'coaches', 'buses', 'living', 'lettings', 'estates', 'ports', 'docks',
  // (Analysts and advisers: "Vanda Insights", "Harlow Strategies".)
  'insights', 'advisory', 'advisors', 'advisers', 'strategies',
  // (Power from the sun and the wind: "Harlow Renewables", "Velby Solar".)
  'renewables', 'solar',
  // (A family firm: "Hallworth & Sons", "Vell and Daughters".)
  'sons', 'daughters',
  // (Travel firms, carriers by air, cabs and movers: "Quarrow Travel", "Skyvell Air", "Harlow Taxis", "Vell Removals".)
  'travel', 'tours', 'air', 'aviation', 'holidays', 'taxis', 'cabs', 'removals', 'couriers',
  // (Quarries and makers of materials: "Colm Aggregates", "Velmora Plastics".)
  'aggregates', 'materials', 'plastics', 'minerals', 'metals',
  // (Banks and lenders by what they keep: "Harbour Savings".)
  'savings']);
/** A utility's, a carrier's or a service's word, which no family name is: "Harlow Water", "Quarrenby Energy", "Coastal Ferries", "Cal Fire". */
export const UTILITY_WORDS = new Set(['water', 'energy', 'electric', 'electricity', 'gas', 'rail', 'railways', 'trains', 'buses', 'ferries', 'telecom', 'telecoms', 'security', 'fire']);
/** Institutions, for names joined by "and": "Northern Grain Futures and Options Exchange". */
export const INSTITUTION_WORDS = new Set(['board', 'exchange', 'association', 'organisation', 'organization', 'commission',
  'committee', 'council', 'federation', 'union', 'society', 'institute', 'foundation', 'authority', 'administration',
  'agency', 'bureau', 'office', 'department', 'ministry', 'trust', 'league', 'alliance', 'front', 'movement', 'party', 'corporation',
  // ("Harlow Fire and Rescue Service", "Courts and Tribunals Service"; a family firm, "Vell and Sons".)
  'service', 'services', 'sons', 'daughters']);

/** What a company has: "Velcor's six-month output", "Magna's shares". */
export const COMPANY_NOUNS = new Set(['shares', 'stock', 'profit', 'profits', 'revenue', 'revenues', 'earnings', 'output', 'sales',
  'subsidiary', 'subsidiaries', 'unit', 'units', 'headquarters', 'shareholders', 'stake', 'bonds', 'debt', 'turnover',
  'dividend', 'assets', 'takeover', 'acquisition', 'merger', 'board', 'plant', 'plants', 'factory', 'factories']);

/** Last words of a place's name: "Tiananmen Square", "Ellis Park", "Grace Road", "Golan Heights". */
export const PLACE_LAST = new Set(['square', 'road', 'street', 'avenue', 'boulevard', 'lane', 'park', 'course', 'bridge', 'stadium',
  'arena', 'heights', 'river', 'lake', 'mountains', 'mountain', 'valley', 'island', 'islands', 'peninsula', 'desert',
  'strait', 'canal', 'coast', 'plaza', 'plain', 'plains', 'hills', 'forest', 'reservoir', 'dam', 'pass', 'gorge',
  // Buildings, venues and landmarks are places, never people: "Kensington Palace", "Algoa Bay".
  'bay', 'mansion', 'palace', 'castle', 'tower', 'cathedral', 'church', 'chapel', 'temple', 'mosque', 'synagogue', 'abbey',
  'hall', 'tunnel', 'airport', 'harbour', 'harbor', 'beach', 'falls', 'canyon', 'glacier', 'gardens', 'monument',
  'memorial', 'cemetery', 'prison', 'jail', 'fort', 'lighthouse', 'pier', 'wharf', 'quay', 'highway', 'motorway',
  // Counties, seas and roads: "Bergen County", "Baltic Sea", "Sand Springs", "Ring Expressway", "Elm Ave.".
  'county', 'sea', 'ocean', 'springs', 'rivers', 'lakes', 'expressway', 'freeway', 'parkway', 'township', 'borough', 'region', 'area',
  // (And local government areas elsewhere: Australia's shires, a municipality: "Barrington Shire Mayor ...".)
  'shire', 'municipality',
  // (And electoral areas: "Alimosho Constituency", "Kelby Federal Constituency".)
  'constituency',
  // (And a country's provinces by their capitalised word: "Tarvik Province", "Velmora Prefecture".)
  'province', 'prefecture', 'oblast', 'governorate',
  // (A quarter of a town by its end: "the West End", "Quarle End".)
  'end',
  'drive', 'ave', 'ave.', 'blvd', 'blvd.', 'rd', 'rd.',
  // Island groups: "the Velmora Isles", "the Tarvik Archipelago"; and ports, "Harlow Port".
  'isles', 'archipelago', 'atoll', 'port', 'marina', 'waterfront', 'promenade', 'esplanade',
  // A Māori meeting ground: "Tarvik Marae".
  'marae',
  // Venues by their last word: "Harbour Sky Amphitheatre", "Velby Pavilion", "Quarle Speedway".
  'amphitheatre', 'amphitheater', 'pavilion', 'coliseum', 'colosseum', 'velodrome', 'racecourse', 'showground', 'showgrounds',
  'ballpark', 'auditorium', 'raceway', 'speedway',
  // A military or a research base: "Harlow Air Base", "Quarle Base".
  'base',
  // Welsh places' last words: upper, lower, great, little ("Llanfair Uchaf", "Betws Fawr").
  'uchaf', 'isaf', 'fawr', 'fach']);
/** Possessive determiners that open a phrase, never a name ("My Year Using AI"); "My" is a first name somewhere too. */
export const POSSESSIVES = new Set(['my', 'our', 'your', 'their', 'its']);
/** A place's word before "of" and its name: "the Republic of Velmora", "the Bay of Quarrenby". */
export const PLACE_OF_HEADS = new Set(['republic', 'kingdom', 'bay', 'gulf', 'sea', 'isle', 'islands', 'cape', 'strait', 'straits', 'lake', 'mount', 'port',
  'sultanate', 'emirate', 'principality']);
/** One word with a capital inside it, not after a family name's prefix: "RocketWorX", "TicketHarbor", "eVelm". */
export const BRAND_SHAPE = /^(?!(?:Mc|Mac|De|Di|Du|Da|La|Le|Van|Von|Fitz)\p{Lu})\p{Lu}?\p{Ll}+(?:\p{Lu}+\p{Ll}*)+$/u;
/** First words of a place's name: "Mount Hood", "Lake Tahoe", "Cape Horn", "Fort Worth". */
export const PLACE_FIRST = new Set(['mount', 'mt', 'mt.', 'lake', 'cape', 'fort', 'isle', 'gulf', 'port', 'glen', 'loch', 'county',
  // (Arabic geography's first words: a mountain, a valley, a cape, an inlet: "Jebel Quarle", "Wadi Velcor".)
  'jebel', 'jabal', 'wadi', 'ras', 'khor',
  // (Māori geography's: a mountain, "Maunga Tarvik".)
  'maunga',
  // (Places named beside a bigger neighbour: "Upper Quarle", "Lower Velby", "Nether Haddon"; "Little" is place-word's.)
  'upper', 'lower', 'nether']);
/** Words right after a place's name: "Northern Cape province", "Sichuan province". */
export const PLACE_FOLLOWERS = new Set(['province', 'provinces', 'region', 'district', 'prefecture', 'county', 'oblast', 'governorate', 'municipality',
  // (A council or borough named for its area in lower case: "Brenton council", "Velby borough".)
  'council', 'borough']);

/** Words right after a name that say it is an organisation: "the Sun newspaper", "CGT unions". */
export const ORG_FOLLOWERS = new Set(['newspaper', 'newspapers', 'daily', 'weekly', 'magazine', 'tabloid', 'broadsheet',
  'unions', 'union', 'shares', 'shareholders', 'stock', 'subsidiary']);

/** First and last words of the known organisations and agencies: a cheap test before slicing. */
export const ORG_FIRST_WORDS = new Set([...KNOWN_ORGS, ...AGENCIES].map((s) => s.split(' ')[0]));
export const ORG_LAST_WORDS = new Set([...KNOWN_ORGS, ...AGENCIES].map((s) => s.slice(s.lastIndexOf(' ') + 1)));

/** Kin and companions before a first name: "his wife Naina". */
export const KIN = new Set(['wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'mother', 'father', 'aunt', 'uncle', 'cousin',
  'nephew', 'niece', 'grandson', 'granddaughter', 'grandmother', 'grandfather', 'widow', 'widower', 'fiancee', 'fiancée',
  'fiance', 'girlfriend', 'boyfriend', 'stepson', 'stepdaughter', 'mum', 'mom', 'dad', 'stepmother', 'stepfather', 'grandma', 'grandad', 'granddad',
  // (Kin in the plural, before their names: "his parents, Tunde and Claire,".)
  'parents', 'sons', 'daughters', 'brothers', 'sisters', 'children', 'grandchildren', 'grandparents', 'twins']);
/** Words for kin that are no titles too ("Mother Teresa", "Uncle Sam", "Sister Mary", "Father Brink" are): before a first name, who someone is to someone ("Grandson Tom, 24, said"). */
export const PLAIN_KIN: ReadonlySet<string> = new Set([...KIN].filter((w) => !['mother', 'father', 'sister', 'brother', 'aunt', 'uncle'].includes(w)));

/** Words that end a company's full name: "Magna International Inc", "Davrell S.A.". */
export const LEGAL_FORMS = new Set(['Inc', 'Inc.', 'Corp', 'Corp.', 'Co', 'Co.', 'Ltd', 'Ltd.', 'Plc', 'plc', 'PLC', 'S.A.', 'SA',
  'AG', 'NV', 'N.V.', 'LLC', 'L.P.', 'LP', 'GmbH', 'S.p.A.', 'SpA', 'Bhd', 'Berhad',
  // (and the forms of Australia, South Africa, India, Singapore, Malaysia, the Netherlands: "Pty Ltd", "Pvt Ltd", "Sdn Bhd")
  'Pty', 'Pty.', 'Pvt', 'Pvt.', 'Pte', 'Pte.', 'Sdn', 'LLP', 'PJSC', 'JSC', 'BV', 'B.V.', 'Tbk', 'Oyj']);
export const CORPORATE_SUFFIXES = new Set(['Inc', 'Inc.', 'Corp', 'Corp.', 'Co', 'Co.', 'Ltd', 'Ltd.', 'Plc', 'plc', 'PLC', 'S.A.', 'SA',
  'AG', 'NV', 'N.V.', 'Group', 'Holdings', 'Holding', 'International', 'Corporation', 'Company', 'Limited', 'LLC', 'L.P.', 'LP',
  'GmbH', 'S.p.A.', 'SpA', 'AB', 'ASA', 'Bhd', 'Berhad', 'Industries', 'Enterprises', 'Pty', 'Pty.', 'Pvt', 'Pvt.', 'Pte', 'Pte.', 'Sdn',
  'LLP', 'PJSC', 'JSC', 'BV', 'B.V.', 'Tbk', 'Oyj']);

/** A company's trade closing its name, which the article may leave off later: "Velcor Systems", then "Velcor". */
export const COMPANY_TRADES = new Set(['Systems', 'Technologies', 'Technology', 'Airlines', 'Airways', 'Motors', 'Pharmaceuticals', 'Pharma',
  'Labs', 'Software', 'Networks', 'Energy', 'Foods', 'Brands', 'Resources', 'Mining', 'Media', 'Entertainment', 'Electronics', 'Solutions',
  'Semiconductor', 'Biotech', 'Therapeutics', 'Logistics', 'Shipping', 'Petroleum', 'Telecom', 'Communications', 'Capital', 'Partners', 'Markets']);

export const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central']);

/** A compass point's adjective, in lower case: "northern", "north-eastern", "southwestern", "central". */
export const COMPASS_ADJECTIVE = /^(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western|central)$/;
/** Last words of event, award and holiday names. */
/** Feasts and holidays, which name no one: "since Easter", "before Eid", "over Hogmanay". */
export const HOLIDAYS: ReadonlySet<string> = new Set(['Easter', 'Christmas', 'Christmastime', 'Ramadan', 'Eid', 'Diwali', 'Deepavali', 'Holi',
  'Passover', 'Hanukkah', 'Chanukah', 'Purim', 'Thanksgiving', 'Halloween', 'Hogmanay', 'Pentecost', 'Whitsun', 'Advent', 'Kwanzaa',
  'Navratri', 'Dussehra', 'Vaisakhi', 'Baisakhi', 'Onam', 'Pongal', 'Muharram', 'Ashura', 'Yuletide']);
export const EVENT_WORDS = new Set(['Open', 'Cup', 'Tour', 'Championship', 'Championships', 'Games', 'Olympics', 'Paralympics', 'Olympiad', 'Tournament', 'Regatta', 'Carnival', 'Gala', 'Jubilee', 'Day', 'Prix',
  'Trophy', 'Award', 'Awards', 'Prize', 'Series', 'Bowl', 'Classic', 'Marathon', 'Festival', 'Week', 'Eve', 'Masters',
  'Grand Slam', 'Rally', 'War', 'Act', 'Treaty', 'Accords', 'Accord', 'Agreement', 'Doctrine', 'Plan', 'Index', 'Average',
  'Year', 'Revolution', 'Crisis', 'Uprising', 'Massacre', 'Summit', 'Conference', 'Expo', 'Fair', 'Parade',
  // Feasts and holidays: "since Easter", "the Christmas rush", "a Diwali sale".
  ...HOLIDAYS]);
/** First words of a storm's name, or of a numbered law or clause: "Cyclone Phailin", "Title IV", "Article 5". */
export const EVENT_FIRST = new Set(['Cyclone', 'Hurricane', 'Typhoon', 'Storm', 'Tropical', 'Operation', 'Title', 'Article', 'Section', 'Chapter', 'Amendment', 'Proposition', 'Resolution']);

export const FUNCTION_WORDS = new Set(['with', 'from', 'into', 'over', 'that', 'this', 'will', 'have', 'after', 'before', 'about', 'under', 'than', 'for', 'and', 'the', 'to', 'of', 'in', 'on', 'at', 'is', 'are', 'as', 'by']);

/** Particles that open a family name ("Van Desselt", "Al Harbi", "Di Varenna"), though some are first names too ("Al", "Di"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['van', 'von', 'de', 'del', 'della', 'der', 'den', 'di', 'da', 'du', 'le', 'la', 'al', 'el', 'bin', 'ben', 'ibn', 'abu', 'mac', 'st', 'st.', 'ter', 'ten',
  // (Filipino family names' particles: "Ramon dela Cruz", "Ana delos Santos".)
  'dela', 'delos']);

/**
 * Offices that are never a surname on their own (unlike "King", "Major" or "Bishop"): alone, or
 * after words that only modify them, they name no one (bare-office); after a word or two naming
 * a portfolio or body, however unknown, they make a title before a name ("Harbour Minister
 * Vikram Kelkar", title-cue).
 */
export const OFFICES: ReadonlySet<string> = new Set(['president', 'presidents', 'senator', 'senators', 'governor', 'governors', 'minister', 'ministers',
  'secretary', 'speaker', 'commissioner', 'premier', 'chancellor', 'envoy', 'mayor', 'congressman', 'congresswoman', 'congressmen', 'congresswomen',
  'representatives', 'ambassador', 'ambassadors', 'justices', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman',
  'councillors', 'councilors', 'councilmen', 'legislators', 'lawmakers', 'mps', 'mp', 'leader',
  // Members of a provincial or state assembly, a council or a parliament of the Commonwealth's:
  // "Harbour Party MLA", "Coast Alliance MSP".
  'mla', 'mlas', 'mlc', 'msp', 'mpp', 'mna', 'mpa', 'mha', 'mec', 'mecs', 'mca', 'mcas', 'mhk',
  // A Malaysian state's chief minister: "Menteri Besar".
  'besar']);

// Words the context typing rules (recognizers/typing-context.ts) read around a name.
/** Verbs of talking before "to": what follows is whom one talks to, an outlet or a person. */
export const TALK_VERBS = new Set(['talking', 'speaking', 'spoke', 'spoken', 'talked', 'talk', 'speak', 'speaks', 'talks']);

/** What one has in someone: "faith in Judy", "confidence in Dana". */
export const IN_SOMEONE = new Set(['faith', 'confidence', 'trust', 'belief', 'believe', 'believes', 'believed', 'believing', 'believer', 'believers', 'interest', 'pride', 'hope', 'role', 'part', 'love']);

/** Plural verbs: after a single name (no "and" before it), they tell a body of people ("the label have denied"). */
export const PLURAL_VERBS = new Set(['have', 'are', 'were']);

/** Words before a name that make "which" after it refer to something else: "a study by Okafor, which found". */
export const WHICH_ELSEWHERE = new Set(['by', 'from', 'of', 'to', 'for', 'with', 'like', 'and', 'or', 'said', 'says', 'told']);

/** Words after "which" that make it the object of the clause, perhaps a whole clause's: "assaulted Vell, which he denies". */
export const WHICH_OBJECT = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your',
  'this', 'that', 'these', 'those', 'there', 'some', 'many', 'most', 'all', 'no', 'one', 'both', 'in', 'on', 'at', 'for', 'to', 'of', 'by', 'with', 'means', 'meant']);

/** Words that open a clause whose subject may follow: "said that Blue Lantern have". */
export const CLAUSE_OPENERS = new Set(['that', 'but', 'while', 'because', 'although', 'though', 'since', 'when', 'after', 'if', ';', '"', '“']);

/** Words that join a clause or a phrase, never modify an office: "by famed director". */
export const NOT_MODIFIERS = new Set(['by', 'of', 'for', 'to', 'with', 'and', 'or', 'the', 'a', 'an', 'from', 'in', 'on', 'at', 'as', 'said', 'says',
  // (Nor a verb: "once Quarle is former president Quarle".)
  'is', 'was', 'are', 'were', 'be', 'been', 'becomes', 'became', 'has', 'had', 'have', 'will', 'would', 'met', 'named', 'appointed', 'elected']);

/** Offices held in a body, not a place: the name before them, "Harbour Party health spokesperson". */
export const BODY_OFFICES = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'leader', 'chair', 'chairman', 'chairwoman', 'chairperson', 'ceo',
  'founder', 'director', 'treasurer', 'whip', 'executive', 'boss', 'president', 'secretary', 'convener', 'convenor', 'coordinator']);

/** Words after a name for what belongs to a person, not a body: "Clinton campaign spokesman", "Brink family lawyer". */
export const PERSONAL_HOLDINGS = new Set(['campaign', 'family', 'estate']);

/** A member's initials: of a parliament, an assembly, the Dáil, the Senedd, the European Parliament. */
export const MEMBER_INITIALS = new Set(['mp', 'ms', 'mla', 'mlc', 'msp', 'mpp', 'mna', 'mpa', 'mha', 'td', 'mep', 'mca', 'mhk']);
/** Offices of a place, not a body: the name before them, "Quarle mayor Tomas Brink", is the place. */
export const PLACE_OFFICES = new Set(['mayor', 'councillor', 'councilor', 'governor', 'lawmaker', 'legislator', 'congressman', 'congresswoman', 'assemblyman', 'assemblywoman']);

/** Nouns for someone who serves a body or a person, besides TITLE_HEADS: "an aide to", "counsel to". */
export const SERVING = new Set(['aide', 'consultant', 'counsel', 'heir', 'successor', 'assistant', 'secretary', 'envoy']);

/** Street words that end an address's first part: "of Mill Road, Quarrenby". */
export const STREET_WORDS = new Set(['road', 'street', 'lane', 'avenue', 'drive', 'close', 'crescent', 'terrace', 'grove', 'gardens', 'way', 'mews', 'parade', 'boulevard', 'place']);

export const ADDRESS_PARTS = new Set(['suite', 'floor', 'unit', 'apartment', 'apt', 'flat', 'room', 'building', 'block']);

/** Participles that name: "a circle within Velmorism called the Lantern Order". */
export const NAMING_PARTICIPLES = new Set(['called', 'named', 'dubbed', 'titled', 'entitled', 'labelled', 'labeled', 'nicknamed', 'known']);
/** Prepositions whose object a verb right after it never has for its subject. */
export const OBJECT_PREPOSITIONS = new Set(['within', 'of', 'for', 'from', 'with', 'by', 'into', 'inside', 'at', 'on', 'about', 'against', 'among', 'under', 'over', 'through']);

/**
 * Newspapers' last words that are no organisation's word elsewhere: "Gulf Daily", "Harbour
 * Chronicle", "Valley Courier" (last only: "Examiner Dana Ruiz" would be a person's title).
 */
export const NEWSPAPER_LAST = new Set(['daily', 'chronicle', 'courier', 'dispatch', 'bulletin', 'inquirer', 'examiner', 'sentinel', 'echo']);
/** Newspapers' last words that are family names or everyday words too, a newspaper's only after "the": "The Harlow Sun". */
export const PAPER_AFTER_THE = new Set(['sun', 'star', 'post', 'mail', 'times', 'herald', 'observer', 'journal', 'telegraph', 'tribune', 'record', 'echo', 'news', 'leader', 'advertiser', 'argus']);
/** A place's last words that are family names too: "Dana Rivers", "Tomas Hall" (not "Ellis Park": a park far more often). */
export const SURNAME_PLACE_WORDS = new Set(['rivers', 'springs', 'hall', 'lane', 'banks', 'church']);

/** Common Chinese, Korean and Vietnamese family names, written before the given name: "Liu Jianguo", "Park Geun-hye". */
export const EAST_ASIAN_SURNAMES = new Set(['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Zhu',
  'Hu', 'Guo', 'He', 'Lin', 'Gao', 'Luo', 'Zheng', 'Liang', 'Xie', 'Song', 'Tang', 'Han', 'Feng', 'Deng', 'Cao', 'Peng', 'Zeng', 'Xiao', 'Tian',
  'Dong', 'Pan', 'Yuan', 'Cai', 'Jiang', 'Yu', 'Du', 'Ye', 'Cheng', 'Wei', 'Su', 'Lu', 'Ding', 'Ren', 'Shen', 'Yao', 'Jin', 'Xue', 'Kim', 'Park',
  'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Shin', 'Nguyen', 'Tran', 'Pham', 'Hoang', 'Phan', 'Vu', 'Dang', 'Bui', 'Do', 'Ho', 'Ngo',
  // (Southern Chinese spellings, as Singapore, Malaysia and Hong Kong write them: "Tan Wei Ling", "Ms Tan".)
  'Tan', 'Lee', 'Ng', 'Ong', 'Goh', 'Teo', 'Koh', 'Chua', 'Wong', 'Chan', 'Lau', 'Leung', 'Cheung', 'Yeung', 'Tse', 'Yip', 'Kwok', 'Chong',
  'Toh', 'Seah', 'Quek', 'Chia', 'Loh', 'Ang', 'Tay', 'Chow', 'Tsang', 'Fung', 'Lam', 'Kwan', 'Yap', 'Khoo', 'Soh', 'Yeo',
  'Chee', 'Heng', 'Leong', 'Neo', 'Pang', 'Poh', 'Phua', 'Tham', 'Yong', 'Foo', 'Sim', 'Lai']);

/** US states' postal codes, which open names that are no one's: "NY Dow", "CA Assembly" (not "MS", initials as often as a state). */
export const US_POSTAL = /^(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOT]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])$/;

/**
 * What closes a citation after its authors: a year after a comma ("Okafor, 2016"), "et al.", or a
 * year in brackets ("Okafor (2019)"); before it, perhaps more authors, each after a comma, "&" or
 * "and" ("Li, Polat, & Brandt, 2010", "Okafor and Brandt (2019)"): at most eight, one or two
 * words each.
 */
export const CITATION_AFTER = /^(?:(?:\s*,)?\s*(?:&|and)?\s+\p{Lu}[\p{Ll}'’-]+(?:[ -]\p{Lu}[\p{Ll}'’-]+)?){0,8}(?:,\s*(?:1[5-9]|20)\d\d\b|\s+et al\b|\s+\((?:1[5-9]|20)\d\d[a-z]?\))/u;

/** Verbs in the past only a person is the subject of: "Okafor preferred to think", "Okafor married". */
export const PERSON_VERBS: ReadonlySet<string> = new Set(['thought', 'believed', 'preferred', 'felt', 'wanted', 'hoped', 'wished', 'knew', 'realised',
  'realized', 'learned', 'learnt', 'studied', 'graduated', 'taught', 'married', 'divorced', 'died', 'grew', 'loved', 'hated', 'recalled',
  'remembered', 'smiled', 'laughed', 'cried', 'shrugged', 'nodded', 'sighed', 'joked', 'retired', 'wept', 'frowned', 'whispered']);
/** What only a person has, after a name's possessive: "Okafor's wife", "Okafor's childhood". */
/** What a place has and a person does not, after a name's possessive: "Kelby's mayor", "Kelby's streets". */
export const PLACE_POSSESSIONS: ReadonlySet<string> = new Set(['mayor', 'mayoress', 'governor', 'premier', 'council', 'councillors', 'police', 'population',
  'residents', 'streets', 'suburbs', 'outskirts', 'downtown']);
/** What holds a place's name after "of": "the town of Kelby" (not "people": "people of Filipino descent"). */
export const PLACE_HOLDERS: ReadonlySet<string> = new Set(['town', 'city', 'village', 'suburb', 'county', 'district', 'region', 'province']);
export const PERSON_POSSESSIONS: ReadonlySet<string> = new Set(['wife', 'husband', 'son', 'daughter', 'mother', 'father', 'brother', 'sister',
  'widow', 'widower', 'parents', 'children', 'childhood', 'birthday', 'funeral', 'girlfriend', 'boyfriend', 'fiancée', 'fiancé', 'grandmother',
  'grandfather', 'mind', 'biography', 'autobiography', 'memoir', 'memoirs']);

/** Words that close an institution's or a place's name after a given name, never a family name: "Kelby General", "Kelby Primary", "Harlow Grammar". */
export const INSTITUTION_LAST: ReadonlySet<string> = new Set(['general', 'central', 'infirmary', 'municipal', 'metropolitan', 'junction', 'parkway',
  'primary', 'grammar', 'comprehensive']);
/** Words that close the names of institutions, places and sides, never a person's: "Harlow General", "Velmora Central", "Harlow Town". */
export const NOT_SURNAMES = new Set([...INSTITUTION_LAST, 'royal', 'international',
  // (A club's last word: "Harlow Town", "Quarle United" is a side, not a woman called Harlow.)
  'town', 'city', 'county', 'united', 'rovers', 'rangers', 'wanderers', 'athletic', 'albion', 'fc', 'afc', 'hotspur', 'academical', 'thistle', 'harriers',
  // (A number closing a name: a conference's, a group's, a channel's, "the Big Ten", "Channel Four".)
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']);

/** Titles whose "for" names a seat, a place: "Member for Quarrow", "MP for Harlow". */
/** A party's member as a noun, capitalised: "the Democrat said", "said the Tory". */
export const PARTY_NOUNS: ReadonlySet<string> = new Set(['democrat', 'republican', 'tory', 'unionist', 'nationalist', 'conservative', 'liberal', 'socialist', 'communist']);
export const SEAT_HOLDERS: ReadonlySet<string> = new Set(['member', 'mp', 'msp', 'mla', 'mpp', 'ms', 'td', 'mha', 'mna', 'mpa', 'mhk', 'mca']);

/** An honour's letters, after a name or alone ("awarded an MBE"): the orders of the British Empire, police and fire medals, New Zealand's and Australia's orders. No body. */
export const HONOURS: readonly string[] = ['MBE', 'OBE', 'CBE', 'KBE', 'DBE', 'GBE', 'BEM', 'QPM', 'KPM', 'QFSM', 'CMG', 'KCMG', 'KCB', 'KCVO', 'CVO', 'LVO', 'MVO', 'DSO', 'OAM', 'MNZM', 'ONZM', 'CNZM', 'KNZM', 'DNZM'];
/** Letters after a name: a parliament's member ("MP", "MLA", "TD"), counsel's rank ("QC"), an honour ("OBE"). */
export const POST_NOMINALS = new Set(['MP', 'MLA', 'MSP', 'MS', 'AM', 'TD', 'MEP', 'MPP', 'MHA', 'MNA', 'MPA', 'QC', 'KC', 'SC', 'SAN', 'PhD', ...HONOURS]);

/** Determiners before a noun for a work or a craft: "the film", "her novel", "their yacht". */
export const WORK_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'my', 'our', 'your', 'whose', 'this', 'that', "'s", '’s']);

/** A possessive's marks, a singular's and a plural's, straight and curly: "Women's", "Midwives'". */
export const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", '’s', "'", '’']);

/** Quotation marks, opening and closing, straight and curly. */
export const QUOTE_MARKS: ReadonlySet<string> = new Set(["'", '‘', '’', '"', '“', '”', '«', '»', '„', '‹', '›']);
/** Marks that open a quotation, a sentence inside it starting after them: the text's opening double marks ('"', '“', Europe's '«', '„', '‹') and the single '‘', "'". */
export const OPENING_MARKS: ReadonlySet<string> = new Set([...OPEN_QUOTES, '‘', "'"]);

/** Levels of government whose word may open an office: "County councillor", "City council leader". */
export const GOVERNMENT_LEVELS = new Set(['county', 'city', 'town', 'parish', 'district', 'borough', 'state', 'regional', 'local', 'village', 'community', 'federal', 'provincial', 'municipal']);

/**
 * Words of a role's level or standing, before an office and its portfolio in lower case: "local"
 * in "Opposition local government spokesman", "interim" in "interim chief executive". Read as part
 * of the role, never right before the name; capitalised only to open the sentence, else a place's
 * word: "Quezon City mayor".
 */
export const ROLE_LEVELS: ReadonlySet<string> = new Set(['local', 'regional', 'provincial', 'municipal', 'county', 'city', 'interim', 'associate']);

/** Words that open a rank of two or three words: "Lance Corporal", "Rear Admiral", "Wing Commander", "Air Vice Marshal". */
export const RANK_OPENERS: ReadonlySet<string> = new Set(['lance', 'rear', 'vice', 'air', 'wing', 'flight', 'group', 'squadron', 'petty', 'warrant', 'staff', 'sub']);

/** Ordinals that open a place's or a road's name: "Fifth Avenue", "the Third Mainland Bridge". */
export const ORDINALS: ReadonlySet<string> = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth']);

/** Styles of address that give a gender: a hajji's "Alhaji" and "Alhaja", a knight's "Sir", a dame's "Dame", Malay "Encik", "Puan", "Datin". */
const GENDERED_STYLES: ReadonlyMap<string, 'male' | 'female'> = new Map([['alhaji', 'male'], ['alhaja', 'female'], ['sir', 'male'], ['dame', 'female'], ['encik', 'male'], ['puan', 'female'], ['datin', 'female']]);

/** A plural of an everyday noun: "holders", "champions", "houses", "wolves" (not "ss": "Congress"; nor a possessive). */
export function everydayPlural(lw: string): boolean {
  if (lw.length <= 4 || !lw.endsWith('s') || lw.endsWith('ss') || lw.endsWith("'s") || lw.endsWith('’s')) return false;
  return COMMON_WORDS.has(lw.slice(0, -1)) || (lw.endsWith('es') && COMMON_WORDS.has(lw.slice(0, -2))) || (lw.endsWith('ves') && COMMON_WORDS.has(`${lw.slice(0, -3)}f`));
}

/** Words before a body's name in an epithet, of tenure or standing: "the former Rovers defender". */
export const EPITHET_MODIFIERS: ReadonlySet<string> = new Set(['former', 'ex', 'ex-', 'one-time', 'onetime', 'long-serving', 'veteran', 'experienced', 'young', 'new']);
