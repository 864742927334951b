// Named entities: people, organisations, places. Capitalisation, gazetteers and news cues
// (titles, attribution verbs, appositive roles), then coreference by surname and role noun.
import {
  AGENCIES, ANONYMOUS_HEADS, CITIES, COMMON_CAPITALISED, US_STATES, DEMONYMS, KNOWN_ORGS, ORG_WORDS, ROLE_NOUNS, SPEECH_VERBS, TITLE_WORDS,
  isFirstName, isKnownPlace, isNation, looksDemonym, lowerWord, nameGender,
} from './lexicon';
import { countBefore } from './search';
import type { Entity, EntityType, Mention, MentionKind, Structure, Token } from './types';
import { CLUB_FIRST, CLUB_LAST, COMPETITION_WORDS, OPPONENT_BEFORE, readSportsReport } from './sports';
import { isAllCaps, isCapWord, MONTHS } from './words';

/** Heads of titles: the word a title prefix must contain to make the name that follows a person. */
const TITLE_HEADS = new Set([
  'president', 'minister', 'secretary', 'senator', 'sen.', 'rep.', 'representative', 'congressman',
  'congresswoman', 'governor', 'gov.', 'mayor', 'chancellor', 'premier', 'king', 'queen', 'prince',
  'princess', 'emperor', 'sheikh', 'pope', 'ambassador', 'envoy', 'spokesman', 'spokeswoman',
  'spokesperson', 'chairman', 'chairwoman', 'director', 'chief', 'general', 'gen.', 'colonel', 'col.',
  'major', 'maj.', 'captain', 'capt.', 'lieutenant', 'lt.', 'sergeant', 'sgt.', 'admiral', 'adm.',
  'commander', 'commissioner', 'judge', 'justice', 'attorney', 'professor', 'prof.', 'dr.', 'doctor',
  'mr.', 'mrs.', 'ms.', 'miss', 'sir', 'dame', 'lord', 'lady', 'rev.', 'reverend', 'father', 'bishop',
  'archbishop', 'cardinal', 'rabbi', 'imam', 'ceo', 'founder', 'leader', 'speaker', 'whip', 'candidate',
  'nominee', 'coach', 'manager', 'president-elect', 'mp', 'lawmaker', 'diplomat', 'adviser', 'advisor',
  'attorney-general', 'economist', 'analyst', 'editor', 'correspondent', 'officer', 'official', 'head',
  'deputy', 'striker', 'midfielder', 'goalkeeper', 'owner', 'executive', 'major-general', 'lieutenant-general',
  'lieutenant-colonel', 'brigadier', 'brigadier-general', 'vice-president', 'vice-premier', 'field-marshal',
]);
const HONORIFICS = new Set(['mr.', 'mrs.', 'ms.', 'miss', 'mr', 'mrs', 'ms']);
const NAME_CONNECTORS = new Set(['de', 'da', 'del', 'della', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'y', 'dos', 'das']);
/** Words after which "of" continues a name: "Bank of America", "Secretary of State", "Gulf of Mexico". */
const OF_HEADS = new Set(['republic', 'kingdom', 'gulf', 'bay', 'sea', 'isle', 'islands', 'state', 'states', 'province',
  'county', 'duke', 'duchess', 'prince', 'princess', 'house', 'bank', 'cape', 'strait', 'straits', 'lake', 'mount',
  'sultanate', 'emirate', 'principality', 'commonwealth', 'federation', 'union', 'district', 'city', 'port', 'isle',
  'archbishop', 'bishop', 'earl', 'lord', 'court', 'museum', 'school', 'college', 'university', 'institute']);
const LOCATIVE = new Set(['in', 'near', 'outside', 'across', 'throughout', 'inside', 'around', 'to', 'from', 'into', 'at']);
const STRONG_LOCATIVE = new Set(['in', 'near', 'outside', 'across', 'throughout', 'inside']);
const SUFFIXES = new Set(['Jr.', 'Sr.', 'II', 'III', 'IV', 'Jr', 'Sr']);

interface Candidate {
  start: number; // token index, inclusive
  end: number; // token index, exclusive
  type: EntityType;
  strength: number; // how sure the type is: 3 gazetteer/title, 2 cue, 1 default
  role: string | null;
  agency: boolean;
  gender: 'male' | 'female' | null;
}

interface Builder {
  index: number;
  id: string;
  type: EntityType;
  strength: number;
  name: string;
  role: string | null;
  aliases: Set<string>;
  mentions: Mention[];
  agency: boolean;
  author: boolean;
  gender: 'male' | 'female' | null;
  first: number;
}

const lower = lowerWord;



export interface EntityResult {
  readonly entities: Entity[];
  /** Token index -> entity index, for every token inside a mention. */
  readonly tokenEntity: Int32Array;
}

/** Nationality and faith words by their shape: Sudanese, Rwandan, Chechens, Turkish, Moslems. */
const DEMONYM_SHAPE = /^(?:\p{Lu}\p{Ll}+(?:ese|ians?|ites)|Moslems?|Muslims?|Jews|Arabs?|Kurds|Serbs?|Croats?|Turks?|Afghans?|Israelis?|Iraqis?|Pakistanis?|Somalis?|Saudis?|Yemenis?|Kuwaitis?|Thais?)$/u;

/** What follows a dateline's place: a date ("1996-08-30", "Aug", "March") or "(Reuters)". */
const DATE_START = /^(?:\d{4}(?:-\d{2}-\d{2})?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)$/;

/** Adverbs that open sentences and are also first names somewhere ("Even", a Norwegian name). */
const SENTENCE_ADVERBS = new Set(['even', 'still', 'yet', 'so', 'then', 'now', 'just', 'only', 'also', 'perhaps', 'maybe', 'indeed']);
const WEEKDAYS = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);

/** Common words that open names: "New Liberty", "World Trade Organisation", "First Union". */
const NAME_OPENERS = new Set(['new', 'old', 'great', 'high', 'first', 'world', 'state', 'city', 'national', 'royal', 'grand',
  'central', 'supreme', 'big', 'good']);

/** Nouns that name a place with "of": "the town of Tavildara", "east of Dushanbe". */
const PLACE_OF = new Set(['town', 'city', 'village', 'province', 'region', 'district', 'capital', 'port', 'island', 'islands',
  'county', 'suburb', 'suburbs', 'outskirts', 'enclave', 'republic', 'state', 'kingdom', 'area', 'centre', 'center', 'north',
  'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'streets', 'heart', 'municipality', 'prefecture']);

/** Nouns for an organisation that may stand right before its name: "club Atalanta". */
const ORG_DESCRIPTORS = new Set(['club', 'team', 'side', 'company', 'firm', 'group', 'agency', 'bank', 'maker', 'producer',
  'manufacturer', 'carrier', 'airline', 'retailer', 'insurer', 'broker', 'brokerage', 'newspaper', 'daily', 'weekly', 'magazine',
  'brewer', 'miner', 'operator', 'chain', 'developer', 'conglomerate', 'subsidiary', 'unit', 'fund', 'exchange', 'association',
  'federation', 'league', 'institute', 'university', 'party', 'union', 'network', 'broadcaster', 'publisher', 'distributor',
  'supplier', 'utility', 'lender', 'giant', 'outfit', 'concern', 'corporation', 'holding', 'refiner', 'automaker', 'carmaker',
  'shipper', 'exporter', 'importer', 'investor', 'charity', 'organisation', 'organization', 'ministry', 'station', 'channel']);

/** Capitalised abbreviations that are no names. */
const NOT_NAMES = new Set(['GMT', 'EST', 'EDT', 'PST', 'PDT', 'CST', 'CDT', 'BST', 'CET', 'UTC', 'RBI', 'RBIs', 'ERA', 'GDP',
  'CPI', 'PPI', 'PMI', 'IPO', 'CEO', 'CFO', 'COO', 'AGM', 'HIV', 'AIDS', 'DNA', 'TV', 'PC', 'OK', 'AM', 'PM', 'A.M.', 'P.M.',
  'Fax', 'Tel', 'NOTE', 'Note']);

/** Codes that look like names but are periods, money supplies or grades: "Q2", "H1", "M3", "C-4". */
const CODE = /^(?:\p{Lu}{1,2}-?\d+|\d\p{Lu}|FY\d*)$/u;
/** Words before a month that make it a date, not a first name: "the August index", "in June". */
const DATE_PREPOSITIONS = new Set(['the', 'in', 'to', 'from', 'since', 'until', 'till', 'by', 'of', 'last', 'next', 'this',
  'early', 'late', 'mid', 'through', 'during', 'for', 'on']);
/** A capitalised adjective made with a participle: "St. Louis-based", "Family-controlled", "Communist-led". */
const HYPHEN_ADJECTIVE = /^[\p{L}.'’]+-(?:based|led|controlled|owned|run|backed|listed|registered|funded|affiliated|dominated|born|bred|linked|allied|oriented|focused)$/iu;
const PARTICIPLE_END = /-(?:based|led|backed|sponsored|style|era|made|born|owned|run|controlled|funded|linked|allied|like|type|related|friendly|bound|inspired|brokered|supported|oriented|affiliated|dominated|listed|registered|educated|trained|held|appointed|installed)$/;
const HYPHEN_ORG_ADJECTIVE = /-(?:based|led|controlled|owned|listed|registered|affiliated|dominated)$/i;
/** Company names end in a trade or a legal form: "Daniels Pharmaceuticals", "Kansai Electric Power". */
const SECTOR_WORDS = new Set(['pharmaceuticals', 'pharmaceutical', 'chemicals', 'chemical', 'electric', 'electronics',
  'petroleum', 'oil', 'gas', 'energy', 'mining', 'mines', 'resources', 'steel', 'telecom', 'telecommunications',
  'communications', 'railways', 'railway', 'insurance', 'bancorp', 'bancshares', 'financial', 'investments', 'trust',
  'brothers', 'bros', 'bros.', 'associates', 'consolidated', 'enterprises', 'software', 'pictures', 'studios', 'records',
  'foods', 'stores', 'utilities', 'logistics', 'shipping', 'airlines', 'motor', 'power', 'semiconductor', 'cement',
  'textiles', 'breweries', 'brewery', 'hotels', 'resorts', 'media', 'publishing', 'healthcare', 'biotech', 'solutions']);
/** Institutions, for names joined by "and": "London International Financial Futures and Options Exchange". */
const INSTITUTION_WORDS = new Set(['board', 'exchange', 'association', 'organisation', 'organization', 'commission',
  'committee', 'council', 'federation', 'union', 'society', 'institute', 'foundation', 'authority', 'administration',
  'agency', 'bureau', 'office', 'department', 'ministry', 'trust', 'league', 'alliance', 'front', 'movement', 'party']);

/** What a company has: "Comelf's six-month output", "Magna's shares". */
const COMPANY_NOUNS = new Set(['shares', 'stock', 'profit', 'profits', 'revenue', 'revenues', 'earnings', 'output', 'sales',
  'subsidiary', 'subsidiaries', 'unit', 'units', 'headquarters', 'shareholders', 'stake', 'bonds', 'debt', 'turnover',
  'dividend', 'assets', 'takeover', 'acquisition', 'merger', 'board', 'plant', 'plants', 'factory', 'factories']);

/** Last words of a place's name: "Tiananmen Square", "Ellis Park", "Grace Road", "Golan Heights". */
const PLACE_LAST = new Set(['square', 'road', 'street', 'avenue', 'boulevard', 'lane', 'park', 'course', 'bridge', 'stadium',
  'arena', 'heights', 'river', 'lake', 'mountains', 'mountain', 'valley', 'island', 'islands', 'peninsula', 'desert',
  'strait', 'canal', 'coast', 'plaza', 'plain', 'plains', 'hills', 'forest', 'reservoir', 'dam', 'pass', 'gorge']);
/** Words right after a place's name: "Northern Cape province", "Sichuan province". */
const PLACE_FOLLOWERS = new Set(['province', 'provinces', 'region', 'district', 'prefecture', 'county', 'oblast', 'governorate', 'municipality']);

/** Words right after a name that say it is an organisation: "the Sun newspaper", "CGT unions". */
const ORG_FOLLOWERS = new Set(['newspaper', 'newspapers', 'daily', 'weekly', 'magazine', 'tabloid', 'broadsheet',
  'unions', 'union', 'shares', 'shareholders', 'stock', 'subsidiary']);

/** First and last words of the known organisations and agencies: a cheap test before slicing. */
const ORG_FIRST_WORDS = new Set([...KNOWN_ORGS, ...AGENCIES].map((s) => s.split(' ')[0]));
const ORG_LAST_WORDS = new Set([...KNOWN_ORGS, ...AGENCIES].map((s) => s.slice(s.lastIndexOf(' ') + 1)));

/** Kin and companions before a first name: "his wife Naina". */
const KIN = new Set(['wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'mother', 'father', 'aunt', 'uncle', 'cousin',
  'nephew', 'niece', 'grandson', 'granddaughter', 'grandmother', 'grandfather', 'widow', 'widower', 'fiancee', 'fiancée',
  'fiance', 'girlfriend', 'boyfriend', 'stepson', 'stepdaughter']);

/** Words that end a company's full name: "Magna International Inc", "Cofinec S.A.". */
const LEGAL_FORMS = new Set(['Inc', 'Inc.', 'Corp', 'Corp.', 'Co', 'Co.', 'Ltd', 'Ltd.', 'Plc', 'plc', 'PLC', 'S.A.', 'SA',
  'AG', 'NV', 'N.V.', 'LLC', 'L.P.', 'LP', 'GmbH', 'S.p.A.', 'SpA', 'Bhd', 'Berhad']);
const CORPORATE_SUFFIXES = new Set(['Inc', 'Inc.', 'Corp', 'Corp.', 'Co', 'Co.', 'Ltd', 'Ltd.', 'Plc', 'plc', 'PLC', 'S.A.', 'SA',
  'AG', 'NV', 'N.V.', 'Group', 'Holdings', 'Holding', 'International', 'Corporation', 'Company', 'Limited', 'LLC', 'L.P.', 'LP',
  'GmbH', 'S.p.A.', 'SpA', 'AB', 'ASA', 'Bhd', 'Berhad', 'Industries', 'Enterprises']);

const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central']);
/** Last words of event, award and holiday names. */
const EVENT_WORDS = new Set(['Open', 'Cup', 'Tour', 'Championship', 'Championships', 'Games', 'Olympics', 'Day', 'Prix',
  'Trophy', 'Award', 'Awards', 'Prize', 'Series', 'Bowl', 'Classic', 'Marathon', 'Festival', 'Week', 'Eve', 'Masters',
  'Grand Slam', 'Rally', 'War', 'Act', 'Treaty', 'Accords', 'Accord', 'Agreement', 'Doctrine', 'Plan', 'Index', 'Average']);

const FUNCTION_WORDS = new Set(['with', 'from', 'into', 'over', 'that', 'this', 'will', 'have', 'after', 'before', 'about', 'under', 'than', 'for', 'and', 'the', 'to', 'of', 'in', 'on', 'at', 'is', 'are', 'as', 'by']);

type SentenceMode = 'normal' | 'titlecase' | 'allcaps';

function sentenceMode(tokens: readonly Token[], from: number, to: number, isHeadline: boolean): SentenceMode {
  let words = 0;
  let allCaps = 0;
  let longWords = 0;
  let longCaps = 0;
  let functionCaps = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || t.text.length < 2) continue;
    words++;
    if (isAllCaps(t.text)) allCaps++;
    if (t.text.length >= 4) { longWords++; if (isCapWord(t)) longCaps++; }
    if (isCapWord(t) && FUNCTION_WORDS.has(t.text.toLowerCase()) && i > from) functionCaps++;
  }
  if (words >= 3 && allCaps / words > 0.6) return 'allcaps';
  // Title Case: the headline, or a line that capitalises even its function words.
  if (isHeadline || (longWords >= 5 && longCaps === longWords && functionCaps >= 2)) return 'titlecase';
  return 'normal';
}

export function findEntities(text: string, structure: Structure): EntityResult {
  const { tokens, sentences } = structure;
  const n = tokens.length;

  // A sports report, its line-ups and the sides in its results and standings rows.
  const { sportsDoc, lineUp, teamAt } = readSportsReport(tokens, sentences);

  // Words this article writes in lower case somewhere: a capitalised one at a sentence start is no name.
  const lowerVocab = new Set<string>();
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    const c = t.text.charCodeAt(0);
    if (c >= 97 && c <= 122) lowerVocab.add(t.text);
    else if (c > 127 && t.text.charAt(0) === t.text.charAt(0).toLowerCase()) lowerVocab.add(t.text);
  }

  // Where each quotation mark sits (runs never cross one).
  const headline = structure.headline;

  const candidates: Candidate[] = [];
  const restricted: { from: number; to: number; mode: SentenceMode }[] = [];

  // Capitalised words seen in mid-sentence: evidence that a word is a name.
  const midSentenceCaps = new Set<string>();
  for (const s of sentences) {
    for (let k = s.firstToken + 1; k < s.endToken; k++) {
      const prev = tokens[k - 1];
      if (isCapWord(tokens[k]) && !(prev.kind === 'punct' && (prev.text === '"' || prev.text === '“' || prev.text === ':'))) midSentenceCaps.add(tokens[k].text);
    }
  }

  // No names in the footer, inside URLs, or in a party-and-state tag: "(D-N.Y.)", "(R-Wis.)".
  const excluded = new Uint8Array(n);
  {
    const tags: { start: number; end: number }[] = [];
    const TAG = /\((?:D|R|I)-[A-Z][A-Za-z.]{0,12}\)/g;
    for (let m = TAG.exec(text); m; m = TAG.exec(text)) tags.push({ start: m.index, end: m.index + m[0].length });
    const spans = [...structure.links, ...(structure.footer ? [structure.footer] : []), ...tags].sort((x, y) => x.start - y.start);
    let k = 0;
    for (const sp of spans) {
      while (k > 0 && tokens[k - 1].end > sp.start) k--;
      while (k < n && tokens[k].end <= sp.start) k++;
      for (let j = k; j < n && tokens[j].start < sp.end; j++) excluded[j] = 1;
    }
  }

  /** Where the last run considered ended: past its own end when a side's name takes in more. */
  let consumed = 0;

  for (const s of sentences) {
    const isHeadline = !!headline && s.start < headline.end && s.end > headline.start;
    const mode = sentenceMode(tokens, s.firstToken, s.endToken, isHeadline);
    if (mode !== 'normal') {
      restricted.push({ from: s.firstToken, to: s.endToken, mode });
      continue;
    }
    let i = s.firstToken;
    while (i < s.endToken) {
      if (!isCapWord(tokens[i]) || excluded[i] || isCode(tokens[i].text)) { i++; continue; }
      // Extend the run.
      let j = i + 1;
      // Where the run took in an institution's complement: "Organisation for Security ...".
      let complement = -1;
      while (j < s.endToken) {
        const t = tokens[j];
        if (excluded[j]) break;
        // "CNBC Friday": a weekday ends a name; "Aw Computer Systems Inc Q2": so does a period's code.
        if (isCapWord(t) && (WEEKDAYS.has(t.text) || isCode(t.text))) break;
        if (isCapWord(t)) { j++; continue; }
        if (t.kind === 'word' && j + 1 < s.endToken && isCapWord(tokens[j + 1])) {
          const w = lower(t.text);
          const before = lower(tokens[j - 1].text);
          if (NAME_CONNECTORS.has(w) && j > i) { j++; continue; }
          // "Bank of America", but not "Kia Motor Corp of South Korea"; "Gold Fields of South Africa Ltd".
          if (w === 'of' && !LEGAL_FORMS.has(tokens[j - 1].text) && (ORG_WORDS.has(before) || TITLE_WORDS.has(before) || OF_HEADS.has(before))) { complement = j; j++; continue; }
          // "World Series of Golf", "Battle of Britain": an event's name.
          if (w === 'of' && isEventWord(tokens[j - 1].text)) { j++; continue; }
          // (Not "Hugh Johnson of First Albany Corp.": someone of a company.)
          if (w === 'of' && j - i <= 3 && !isFirstName(tokens[i].text) && corporateWithin(j + 1, Math.min(s.endToken, j + 5), true)) { j++; continue; }
          if (w === 'the' && lower(tokens[j - 1].text) === 'of' && j + 1 < s.endToken && isCapWord(tokens[j + 1])) { j++; continue; }
          if ((w === 'for' || w === 'on') && runHasOrgWord(tokens, i, j)) { complement = j; j++; continue; }
          // "Democrats for Life", "Americans for Prosperity": a group of people for a cause.
          if (w === 'for' && j === i + 1 && /^\p{Lu}\p{Ll}+s$/u.test(tokens[i].text) && !isKnownPlace(tokens[i].text)) { complement = j; j++; continue; }
          if (w === 'and' && (joinedIsKnown(i, j) || complement >= 0 || institutionAfterAnd(i, j, s.endToken))) { j++; continue; }
          // "Organisation for Security and Cooperation in Europe": a place closing an institution's complement.
          if (w === 'in' && complement >= 0 && isKnownPlace(tokens[j + 1].text) && (j + 2 >= s.endToken || !isCapWord(tokens[j + 2]))) { j++; continue; }
        }
        if (t.text === '&' && j + 1 < s.endToken && isCapWord(tokens[j + 1])) { j++; continue; }
        // "Boatmen's Bancshares Inc.", "McDonald's Corp": a possessive inside a company's name.
        if ((t.text === "'s" || t.text === '’s') && j + 1 < s.endToken && isCapWord(tokens[j + 1]) && corporateWithin(j + 1, Math.min(s.endToken, j + 4))) { j++; continue; }
        break;
      }
      // Trim connectors left dangling at the end.
      while (j > i + 1 && !isCapWord(tokens[j - 1])) j--;
      consumed = j;
      considerRun(i, j, s.firstToken);
      i = Math.max(j, consumed);
    }
  }

  /** A company's legal form among tokens a..b, in one capitalised run (`legal`: "Ltd", "Corp.", not "Group"). */
  function corporateWithin(a: number, b: number, legal = false): boolean {
    for (let k = a; k < b; k++) {
      if (CORPORATE_SUFFIXES.has(tokens[k].text) && (!legal || LEGAL_FORMS.has(tokens[k].text))) return true;
      if (legal && !isCapWord(tokens[k])) return false;
    }
    return false;
  }

  /**
   * "Test and County Cricket Board", "Futures and Options Exchange": an institution's name with
   * "and" in it. The words before "and" must not name something of their own.
   */
  function institutionAfterAnd(a: number, andAt: number, to: number): boolean {
    const before = tokens[andAt - 1].text;
    if (isKnownName(before) || isFirstName(before) || ORG_WORDS.has(lower(before)) || isKnownName(text.slice(tokens[a].start, tokens[andAt - 1].end))) return false;
    let e = andAt + 1;
    while (e < to && e < andAt + 5 && isCapWord(tokens[e])) e++;
    if (e === andAt + 1 || isKnownName(tokens[andAt + 1].text) || isFirstName(tokens[andAt + 1].text)) return false;
    return INSTITUTION_WORDS.has(lower(tokens[e - 1].text));
  }

  /** "Bosnia and Herzegovina", "Trinidad and Tobago": a known name with "and" in it. */
  function joinedIsKnown(a: number, andAt: number): boolean {
    for (let e = andAt + 2; e <= Math.min(andAt + 4, n); e++) {
      const s = text.slice(tokens[a].start, tokens[e - 1].end);
      if (isKnownPlace(s) || KNOWN_ORGS.has(s) || AGENCIES.has(s)) return true;
    }
    return false;
  }

  function containsPlace(a: number, b: number): boolean {
    for (let k = a; k < b; k++) {
      if (isKnownPlace(tokens[k].text) && !isFirstName(tokens[k].text)) return true;
      if (k + 1 < b && isKnownPlace(text.slice(tokens[k].start, tokens[k + 1].end))) return true;
    }
    return false;
  }

  function isKnownName(w: string): boolean {
    const t = isAllCaps(w) && w.length > 3 ? titleCase(w) : w;
    return isKnownPlace(w) || isKnownPlace(t) || KNOWN_ORGS.has(w) || AGENCIES.has(w) || AGENCIES.has(t);
  }

  /** "New York", "NEW ZEALAND": a run that opens with a known multi-word name. */
  function startsKnownName(a: number, b: number): boolean {
    for (let e = Math.min(b, a + 4); e > a + 1; e--) {
      const span = text.slice(tokens[a].start, tokens[e - 1].end);
      if (isKnownName(span)) return true;
    }
    return false;
  }

  function runHasOrgWord(ts: readonly Token[], a: number, b: number): boolean {
    for (let k = a; k < b; k++) if (ORG_WORDS.has(lower(ts[k].text))) return true;
    return false;
  }

  function atSentenceStart(i: number, sentStart: number): boolean {
    if (i === sentStart) return true;
    const prev = tokens[i - 1];
    return prev.kind === 'punct' && (prev.text === '"' || prev.text === '“' || prev.text === ':' || prev.text === '—' || prev.text === '-' || prev.text === '(' || prev.text === '‘' || prev.text === "'");
  }

  function considerRun(a: number, b: number, sentStart: number): void {
    if (teamAt[a]) {
      let e = a;
      while (e < b && teamAt[e]) e++;
      // "Queen 's Park", "Mladost ( BJ )": a side's name may run on past the capitalised words.
      if (e === b) while (e < n && teamAt[e]) e++;
      consumed = Math.max(consumed, e);
      candidates.push({ start: a, end: e, type: 'organization', strength: 3, role: null, agency: false, gender: null });
      if (e < b) considerRun(e, b, sentStart);
      return;
    }
    // Drop capitalised common words at the start: sentence starters, months, "The".
    const origA = a;
    // "Ontario-based Magna", "Communist-led CGT": the adjective is no part of the name, and says
    // what follows is an organisation.
    let orgHint = false;
    const mediaNext = b < n && ORG_FOLLOWERS.has(lower(tokens[b].text));
    while (a < b) {
      const w = tokens[a].text;
      const lw = lower(w);
      // ("St. Louis-based Mercantile Bancorp Inc.": the adjective may be made of two words.)
      let adjAt = -1;
      for (let k = a; k < a + 3 && k + 1 < b; k++) if (tokens[k].text.includes('-') && HYPHEN_ADJECTIVE.test(tokens[k].text)) { adjAt = k; break; }
      if (adjAt >= 0) { if (HYPHEN_ORG_ADJECTIVE.test(tokens[adjAt].text)) orgHint = true; a = adjAt + 1; continue; }
      // "the August National Association of Purchasing Management", "in June Comelf exported":
      // a month before a name, where it cannot be a first name.
      if (b - a > 1 && MONTHS.has(w) && (DATE_PREPOSITIONS.has(a > 0 ? lower(tokens[a - 1].text) : '') || hasOrgWord(a + 1, b) || isKnownName(tokens[a + 1].text))) { a++; continue; }
      // "Australian Tom Moody", "American Dennis Mitchell": a nationality before someone's name.
      if (b - a > 2 && DEMONYMS.has(lw) && isFirstName(tokens[a + 1].text)) { a++; continue; }
      // "Palestinian U.N. observer mission", "Jewish West Bank settlements": or before a known
      // organisation or place (not "American Samoa", a place whole).
      if (b - a > 1 && DEMONYMS.has(lw)) {
        const rest = text.slice(tokens[a + 1].start, tokens[b - 1].end);
        if (KNOWN_ORGS.has(rest) || AGENCIES.has(rest) || (isKnownPlace(rest) && !isKnownPlace(text.slice(tokens[a].start, tokens[b - 1].end)))) { a++; continue; }
      }
      const known = isKnownName(w) || startsKnownName(a, b);
      if (lw === 'the' || lw === "a") { a++; continue; }
      // "Britain's Sun newspaper": a common word is a name when a newspaper follows it.
      if (mediaNext && !atSentenceStart(a, sentStart) && b - a === 1) break;
      // "the World Trade Organisation", "at First Albany Corp.": a common word capitalised in
      // mid-sentence at the head of a longer name belongs to it.
      if (!known && COMMON_CAPITALISED.has(lw) && !(b - a > 1 && isFirstName(w) && !(SENTENCE_ADVERBS.has(lw) && atSentenceStart(a, sentStart))) && !(b - a > 1 && NAME_OPENERS.has(lw) && !atSentenceStart(a, sentStart))) { a++; continue; }
      if (!known && atSentenceStart(a, sentStart) && lowerVocab.has(lw) && !isFirstName(w)) { a++; continue; }
      break;
    }
    // "the Chicago Purchasing Managers August": a month closing a run is the date.
    // (Not "Theresa May": a month after a first name is a surname.)
    while (b - a > 1 && MONTHS.has(tokens[b - 1].text) && !isFirstName(tokens[a].text) && !isFirstName(tokens[b - 2].text)) b--;
    if (a >= b) return;
    // "May 31", "June 2-5", "January-June": dates, not names.
    if (b - a === 1 && (MONTHS.has(tokens[a].text) || (isAllCaps(tokens[a].text) && MONTHS.has(titleCase(tokens[a].text))) || (tokens[a].text.endsWith('.') && DATE_START.test(tokens[a].text))) && (tokens[b]?.kind === 'number' || tokens[a - 1]?.kind === 'number')) return;
    if (b - a === 1 && tokens[a].text.includes('-') && tokens[a].text.split('-').every((p) => MONTHS.has(p))) return;
    // "H1", "M3", "C-4": codes, not names.
    if (b - a === 1 && isCode(tokens[a].text) && !KNOWN_ORGS.has(tokens[a].text) && !AGENCIES.has(tokens[a].text)) return;
    // "Sudanese", "Chechens", "Moslem": nationalities and faiths are no entities of their own.
    // A word only shaped like one ("Burman", "Kenyan") names a person where it says something:
    // `Burman said`, `said Burman.`
    if (b - a === 1 && !isKnownName(tokens[a].text) && (DEMONYM_SHAPE.test(tokens[a].text) || (looksDemonym(tokens[a].text) && !speaksHere(a, b))) && !isFirstName(tokens[a].text)) return;
    // A lone demonym ("Russian") or a run of them is not an entity.
    // "South Korean", "Russian Orthodox": demonyms, with compass words, are no entities either.
    let allDemonym = true;
    for (let k = a; k < b; k++) if (!DEMONYMS.has(lower(tokens[k].text)) && !(COMPASS.has(lower(tokens[k].text)) && k + 1 < b)) { allDemonym = false; break; }
    // ... except a surname that speaks: `"...," Cuban said` (not "the Cuban said").
    if (allDemonym && !(b - a === 1 && speaksHere(a, b) && !/^(?:the|a|an)$/.test(lower(tokens[a - 1]?.text ?? '')))) return;
    // Events, titles of works and awards ("World Cup", "U.S. Open", "Labor Day") are no person,
    // organisation or place.
    // (Not "Kristen Day", "Doris Day": a first name and the surname Day.)
    if ((b - a >= 2 || a > origA) && isEventWord(tokens[b - 1].text) && !isKnownName(text.slice(tokens[a].start, tokens[b - 1].end))
      && !(b - a === 2 && tokens[b - 1].text === 'Day' && isFirstName(tokens[a].text))) return;
    // "World Series of Golf", "Battle of Britain", "Cup of Nations": an event named with "of".
    for (let k = a + 1; k + 1 < b; k++) if (lower(tokens[k].text) === 'of' && isEventWord(tokens[k - 1].text) && !isKnownName(text.slice(tokens[a].start, tokens[b - 1].end))) return;
    // A sports report's competitions: "American League", "Eastern Division" (not "Arab League").
    if (sportsDoc && b - a >= 2 && COMPETITION_WORDS.has(tokens[b - 1].text) && !KNOWN_ORGS.has(text.slice(tokens[a].start, tokens[b - 1].end))) return;
    // "Russia-Ukraine", "U.S.-Russian": a compound of places is no entity of its own.
    if (b - a === 1 && tokens[a].text.includes('-') && tokens[a].text.split('-').every((p) => isKnownPlace(p) || DEMONYMS.has(lower(p)))) return;
    // A lone capitalised word opening a sentence ("Nothing", "Despite") is a name only with
    // evidence: the gazetteers, a first name, an attribution verb after it, or the same word
    // capitalised elsewhere in mid-sentence.
    if (b - a === 1 && atSentenceStart(a, sentStart) && !isKnownPlace(tokens[a].text) && !KNOWN_ORGS.has(tokens[a].text)
      && !AGENCIES.has(tokens[a].text) && !isFirstName(tokens[a].text) && !isAllCaps(tokens[a].text)
      && !SPEECH_VERBS.has(lower(tokens[b]?.text ?? '')) && !midSentenceCaps.has(tokens[a].text) && !companyContext(b)) return;
    // "Diplomats said", "Analysts say": people named by a plural noun opening a sentence are nobody's name.
    if (b - a === 1 && atSentenceStart(a, sentStart) && lower(tokens[a].text).endsWith('s') && ANONYMOUS_HEADS.has(lower(tokens[a].text))) return;
    // "W L PCT GB": a table's column heads.
    if (b - a >= 2 && allShortCaps(a, b)) return;
    // "I" and similar single letters; abbreviations that name no one ("GMT", "GDP", "CEO").
    if (b - a === 1 && tokens[a].text.length === 1) return;
    if (b - a === 1 && NOT_NAMES.has(tokens[a].text)) return;
    // "Trump-style", "Kremlin-backed", "United Nations-sponsored": an adjective made from a name.
    // (In a longer run, only a participle's ending: not "Kim In-so", a Korean given name.)
    if (tokens[b - 1].text.includes('-') && /^\p{Lu}[\p{L}.']*-\p{Ll}+$/u.test(tokens[b - 1].text) && (b - a === 1 || PARTICIPLE_END.test(tokens[b - 1].text))) return;
    // "the Olympics", "the Cup": an event's word alone.
    if (b - a === 1 && isEventWord(tokens[a].text) && !isKnownName(tokens[a].text)) return;

    // "OSCE Chechnya mission", "U.N. Geneva office": a known organisation next to a known place is
    // two names (not "Dynamo Moscow" or "CITIC Pacific", where the organisation is no known one).
    if (b - a >= 2 && b - a <= 4 && (ORG_FIRST_WORDS.has(tokens[a].text) || ORG_LAST_WORDS.has(tokens[b - 1].text))) {
      for (let k = a + 1; k < b; k++) {
        const left = text.slice(tokens[a].start, tokens[k - 1].end);
        const right = text.slice(tokens[k].start, tokens[b - 1].end);
        if (((KNOWN_ORGS.has(left) || AGENCIES.has(left)) && isKnownPlace(right)) || (isKnownPlace(left) && (KNOWN_ORGS.has(right) || AGENCIES.has(right)) && !isKnownPlace(right))) {
          considerRun(a, k, sentStart);
          considerRun(k, b, sentStart);
          return;
        }
      }
    }
    // "Federal Reserve Governor Lawrence Lindsey", "Cofinec CEO Stephen Frater": an organisation,
    // then a title and a person.
    for (let k = a + 1; k + 1 < b; k++) {
      const w = lower(tokens[k].text);
      // (After an institution's word, any two names: "Security Council President Tono Eitel".)
      const personAfter = isFirstName(tokens[k + 1].text) || (ORG_WORDS.has(lower(tokens[k - 1].text)) && b - k - 1 >= 2 && b - k - 1 <= 3 && !hasOrgWord(k + 1, b));
      if (TITLE_HEADS.has(w) && !HONORIFICS.has(w) && personAfter && !TITLE_WORDS.has(lower(tokens[k - 1].text)) && !DEMONYMS.has(lower(tokens[k - 1].text))) {
        considerRun(a, k, sentStart);
        considerRun(k, b, sentStart);
        return;
      }
    }
    // "Democrat Walter Mondale", "Ex-Yankee Randy Velarde", "Controversial Australian Anthony
    // Hill": words that describe someone, before a first name and a surname, are no part of the
    // name (nor are they where the two make a place: "St. Louis Cardinals", "San Francisco Giants").
    let describedAs: string | null = null;
    if (b - a >= 3 && !isFirstName(tokens[a].text)) {
      let k = a + 1;
      while (k < b - 1 && k - a <= 2 && !isFirstName(tokens[k].text)) k++;
      if (k < b - 1 && k - a <= 2 && isFirstName(tokens[k].text) && isCapWord(tokens[k + 1]) && !hasOrgWord(a, b)
        && !isKnownPlace(text.slice(tokens[a].start, tokens[k].end)) && !isKnownPlace(text.slice(tokens[a].start, tokens[k - 1].end))) {
        let describing = true;
        let titles = true;
        for (let j = a; j < k; j++) {
          const w = lower(tokens[j].text);
          if (TITLE_HEADS.has(w) || tokens[j].kind !== 'word') { describing = false; break; }
          if (!TITLE_WORDS.has(w) && !DEMONYMS.has(w)) titles = false;
          if (!(TITLE_WORDS.has(w) || DEMONYMS.has(w) || lowerVocab.has(w) || COMMON_CAPITALISED.has(w) || /^ex-/.test(w))) describing = false;
        }
        if (describing) {
          if (titles) describedAs = text.slice(tokens[a].start, tokens[k - 1].end);
          a = k;
        }
      }
    }
    // Title prefix: "U.S. Secretary of State John Kerry", "Foreign Minister Sergei Lavrov".
    let role: string | null = describedAs;
    let gender: 'male' | 'female' | null = null;
    let nameStart = a;
    let k = a;
    let sawHead = false;
    let lastHeadEnd = -1;
    while (k < b - 1) {
      const w = lower(tokens[k].text);
      // ("Hong Kong Financial Secretary Donald Tsang": a place of two or three words opening it.)
      if (k === a) {
        let placeEnd = -1;
        for (let e = Math.min(b - 2, a + 2); e > a; e--) if (isKnownPlace(text.slice(tokens[a].start, tokens[e].end))) { placeEnd = e; break; }
        if (placeEnd > a) { k = placeEnd + 1; continue; }
      }
      const titleish = TITLE_WORDS.has(w) || TITLE_WORDS.has(w.replace(/\.$/, '')) || DEMONYMS.has(w) || looksDemonym(tokens[k].text) || (w === 'of' && k > a) || (w === 'the' && k > a)
        || (isKnownPlace(tokens[k].text) && k === a);
      if (!titleish) break;
      if (TITLE_HEADS.has(w) || (k > a && lower(tokens[k - 1].text) === 'of')) { sawHead = true; lastHeadEnd = k + 1; }
      k++;
    }
    if (sawHead && lastHeadEnd > a && lastHeadEnd < b && !ORG_WORDS.has(lower(tokens[b - 1].text))) {
      const headWord = lower(tokens[lastHeadEnd - 1].text);
      nameStart = lastHeadEnd;
      if (HONORIFICS.has(headWord)) {
        gender = headWord === 'mr.' || headWord === 'mr' ? 'male' : 'female';
        const before = lastHeadEnd - 1 > a ? text.slice(tokens[a].start, tokens[lastHeadEnd - 2].end) : null;
        role = before;
      } else {
        role = text.slice(tokens[a].start, tokens[lastHeadEnd - 1].end);
      }
    }
    // A lower-case title right before the run: "foreign minister Sergei Lavrov", "Russia's foreign minister".
    if (!role && nameStart === a) {
      let p = a - 1;
      let head = false;
      while (p >= sentStart) {
        const w = lower(tokens[p].text);
        if (tokens[p].kind !== 'word' && w !== "'s" && w !== '’s') break;
        if (!(TITLE_WORDS.has(w) || DEMONYMS.has(w) || w === "'s" || w === '’s' || isKnownPlace(tokens[p].text))) break;
        if (TITLE_HEADS.has(w)) head = true;
        p--;
      }
      if (head && p + 1 < a && TITLE_HEADS.has(lower(tokens[a - 1].text))) {
        const w = lower(tokens[a - 1].text);
        if (HONORIFICS.has(w)) gender = w.startsWith('mr') ? 'male' : 'female';
        else role = text.slice(tokens[p + 1].start, tokens[a - 1].end);
      }
    }
    const name = text.slice(tokens[nameStart].start, tokens[b - 1].end);
    const words = b - nameStart;
    const lastLower = lower(tokens[b - 1].text);
    const prev = a > 0 ? lower(tokens[a - 1].text) : '';
    const next = b < n ? lower(tokens[b].text) : '';
    const next2 = b + 1 < n ? lower(tokens[b + 1].text) : '';
    const speechNext = SPEECH_VERBS.has(next) && !((next === 'reported' || next === 'reports') && !isFirstName(tokens[nameStart].text));
    let type: EntityType;
    let strength: number;
    let agency = false;
    const firstName = isFirstName(tokens[nameStart].text);
    if (AGENCIES.has(name)) { type = 'organization'; agency = true; strength = 3; }
    else if (KNOWN_ORGS.has(name)) { type = 'organization'; strength = 3; }
    // The dateline's place, before its date or its agency: "BOGOTA 1996-08-30", "MILWAUKEE, Wisconsin".
    else if (inDatelinePlace(nameStart, b)) { type = 'place'; strength = 3; }
    else if (role !== null || gender !== null) { type = 'person'; strength = 3; }
    // "his wife Naina", "c Tillekeratne b Dharmasena" (a cricket scorecard), a team line-up.
    else if (words === 1 && (KIN.has(prev) || (sportsDoc && (prev === 'c' || prev === 'b' || prev === 'lbw' || prev === 'st')) || lineUp[nameStart])) { type = 'person'; strength = 2; }
    // "the town of Tavildara", "the Kurdish city of Arbil", "east of Dushanbe": a place.
    else if (prev === 'of' && a >= 2 && PLACE_OF.has(lower(tokens[a - 2].text)) && !firstName) { type = 'place'; strength = 3; }
    // "serie A club Atalanta", "the news agency Tanjug", "Bergamo-based Atalanta": a noun for
    // an organisation right before the name.
    // (Or a word right after it: "the Sun newspaper", "CGT unions", "Ford shares".)
    else if (((!firstName || words === 1) && (ORG_DESCRIPTORS.has(prev) || (prev.endsWith('-based') && prev.length > 7) || mediaNext) || orgHint) && !isKnownPlace(name)) { type = 'organization'; strength = 3; }
    // "said Washington.": whoever an inverted attribution names is someone, whatever the gazetteers say.
    else if (words === 1 && namedByInversion(nameStart, b) && isKnownPlace(name) && !isNation(name)) { type = 'person'; strength = 3; }
    else if (isKnownPlace(name) || (isAllCaps(name) && isKnownPlace(titleCase(name)))) {
      // Sports reports name clubs after their cities: "Surrey closed on 429", "Atlanta beat
      // Chicago". A city that is not introduced by a preposition is the club there.
      const country = isNation(name) || (isAllCaps(name) && isNation(titleCase(name)));
      // A dateline ("LONDON 1996-08-30", "BELGRADE (Reuters)") names the place.
      const dateline = a === sentStart && (next === '(' || DATE_START.test(tokens[b]?.text ?? '') || (next === ',' && /^\d{4}/.test(tokens[b + 2]?.text ?? '')));
      // "Leicester : Leicestershire beat Somerset", "(at Old Trafford, Manchester)": a venue.
      const venue = (a === sentStart && next === ':') || (prev === ',' && (next === ')' || next === '.'));
      // "the Berlin grand prix meeting", "the Moscow club": a city before a common noun is the place.
      const attributive = prev === 'the' && b < n && tokens[b].kind === 'word' && !isCapWord(tokens[b]) && next !== 'and' && next !== 'or';
      // ("joined Milan from Torino": in a sports report, moving to or from a city is joining its club.)
      // (Clubs bear the names of towns and US states, not of regions: "Bosnia", "the Balkans".)
      const town = CITIES.has(name) || US_STATES.has(name) || (isAllCaps(name) && (CITIES.has(titleCase(name)) || US_STATES.has(titleCase(name))));
      if (sportsDoc && town && !country && !dateline && !venue && !attributive && (!LOCATIVE.has(prev) || prev === 'to' || prev === 'from') && prev !== 'of' && prev !== 'near') { type = 'organization'; strength = 2; }
      else { type = 'place'; strength = 3; }
    }
    // "Flint, Mich.", "Columbus, Ohio": a city before its state.
    else if (next === ',' && b + 1 < n && /^\p{Lu}/u.test(tokens[b + 1].text) && isKnownPlace(tokens[b + 1].text) && !isNation(tokens[b + 1].text) && words <= 3 && (b + 2 >= n || tokens[b + 2].kind === 'punct' || !/^\p{Lu}/u.test(tokens[b + 2].text))) { type = 'place'; strength = 2; }
    // "in Atlantic City": a city named after a locative word.
    else if (lastLower === 'city' && STRONG_LOCATIVE.has(prev)) { type = 'place'; strength = 2; }
    else if (ORG_WORDS.has(lastLower) || hasOrgWord(nameStart, b) || (words >= 3 && lower(tokens[nameStart].text) === 'house' && lower(tokens[nameStart + 1].text) === 'of')
      || (words >= 3 && lower(tokens[nameStart + 1].text) === 'for')) { type = 'organization'; strength = 2; }
    // A sports report's clubs by their naming: "Ross County", "Aston Villa", "Real Madrid".
    else if (sportsDoc && words >= 2 && (CLUB_LAST.has(lastLower) || CLUB_FIRST.has(lower(tokens[nameStart].text)))) { type = 'organization'; strength = 2; }
    // "Tiananmen Square", "Ellis Park", "Northern Cape province", "the Chechen Republic": a place by
    // its last word or the word after it.
    else if ((words >= 2 && PLACE_LAST.has(lastLower)) || PLACE_FOLLOWERS.has(next) || (lastLower === 'republic' && words >= 2) || (words >= 3 && lower(tokens[nameStart].text) === 'republic' && lower(tokens[nameStart + 1].text) === 'of')) { type = 'place'; strength = 2; }
    // A sports report's venue: "Tunbridge Wells : Nottinghamshire 214", "at Grace Road".
    else if (sportsDoc && !isKnownPlace(name) && !containsPlace(nameStart, b) && !hasCommonWord(nameStart, b) && ((a === sentStart && next === ':') || (prev === 'at' && words >= 2 && !firstName))) { type = 'place'; strength = 2; }
    // "Daniels Pharmaceuticals", "Kansai Electric Power": a trade closing a name with no first name.
    else if (words >= 2 && !firstName && SECTOR_WORDS.has(lastLower)) { type = 'organization'; strength = 2; }
    // "v British Universities", "would play Lada Togliatti": the other side in a sports report.
    // (Not a player with a country after the name: "beat Jiri Novak ( Czech Republic )".)
    else if (sportsDoc && !firstName && !(next === '(' && b + 1 < n && (isKnownPlace(tokens[b + 1].text) || (b + 2 < n && isKnownPlace(text.slice(tokens[b + 1].start, tokens[b + 2].end))))) && (OPPONENT_BEFORE.has(prev) || (prev === 'the' && a >= 2 && OPPONENT_BEFORE.has(lower(tokens[a - 2].text))))) { type = 'organization'; strength = 2; }
    else if (words === 1 && isAllCaps(name) && name.replace(/\./g, '').length >= 2 && name.replace(/\./g, '').length <= 6) { type = 'organization'; strength = 2; }
    // "Air France", "Real Madrid", "Dynamo Moscow": a name holding a place, and no first name, is an organisation.
    else if (words >= 2 && !firstName && containsPlace(nameStart, b)) { type = 'organization'; strength = 1; }
    // "Ericsson said its ...", "Comelf's six-month output": what is said of a
    // company.
    else if ((!firstName || words === 1) && !isKnownPlace(name) && companyContext(b)) { type = 'organization'; strength = 3; }
    else if (words >= 2 && firstName) { type = 'person'; strength = 2; gender = nameGender(tokens[nameStart].text) ?? null; }
    else if (speechNext || (next === ',' && SPEECH_VERBS.has(next2)) || speaksHere(nameStart, b)) { type = 'person'; strength = 2; }
    else if (words <= 2 && STRONG_LOCATIVE.has(prev)) { type = 'place'; strength = 1; }
    else if (words >= 2) { type = 'person'; strength = 1; }
    else if (LOCATIVE.has(prev) && !(sportsDoc && (prev === 'to' || prev === 'from'))) { type = 'place'; strength = 1; }
    // A first name alone ("Steve hit a six", "said Roberto") is someone.
    // (Not in a sports report, where a lone name that is also a first name is mostly a side:
    // "Somerset", "Lotte".)
    else if (words === 1 && firstName && !isAllCaps(name) && !sportsDoc) { type = 'person'; strength = 1; }
    else { type = 'organization'; strength = 0; }
    if (type === 'person' && !gender && b - nameStart >= 2) gender = nameGender(tokens[nameStart].text) ?? null;
    candidates.push({ start: nameStart, end: b, type, strength, role, agency, gender });
  }

  function inDatelinePlace(a: number, b: number): boolean {
    const dl = structure.dateline;
    if (!dl || tokens[a].start < dl.start || tokens[b - 1].end > dl.end || DATE_START.test(tokens[a].text) || WEEKDAYS.has(tokens[a].text)) return false;
    for (let k = a - 1; k >= 0 && tokens[k].start >= dl.start; k--) {
      if (tokens[k].kind === 'number' || tokens[k].text === '(' || tokens[k].text === '-' || tokens[k].text === '—' || tokens[k].text === '–') return false;
    }
    return true;
  }

  function companyContext(b: number): boolean {
    if (b + 1 >= n) return false;
    const t1 = tokens[b].text;
    const possessive = t1 === "'s" || t1 === '’s';
    if (!possessive && !SPEECH_VERBS.has(lower(t1))) return false;
    const t2 = tokens[b + 1].text;
    const t3 = tokens[b + 2]?.text ?? '';
    if (!possessive) return t2 === 'its' || (t2 === 'that' && t3 === 'its');
    return COMPANY_NOUNS.has(t2) || (t3 !== '' && !isCapWord(tokens[b + 1]) && /^[\w-]+$/.test(t2) && COMPANY_NOUNS.has(t3));
  }

  /** A name next to an attribution verb: `Burman said`, `Burman, 52, said`, `said Burman.` */
  function speaksHere(a: number, b: number): boolean {
    const next = b < n ? lower(tokens[b].text) : '';
    // ("Zvezda reported": outlets report too; only a first name makes that someone.)
    if (SPEECH_VERBS.has(next) && next !== 'thought' && next !== 'felt' && next !== 'believed'
      && !((next === 'reported' || next === 'reports') && !isFirstName(tokens[a].text))) return true;
    return namedByInversion(a, b);
  }

  /** `said Burman.`, `asked Washington,`: the name an inverted attribution gives. */
  function namedByInversion(a: number, b: number): boolean {
    const prev = a > 0 ? lower(tokens[a - 1].text) : '';
    return (prev === 'said' || prev === 'says' || prev === 'added' || prev === 'wrote' || prev === 'asked') && (b >= n || tokens[b].kind === 'punct');
  }

  function allShortCaps(a: number, b: number): boolean {
    for (let k = a; k < b; k++) if (tokens[k].text.length > 3 || !isAllCaps(tokens[k].text) || tokens[k].text.includes('.')) return false;
    return true;
  }

  function hasCommonWord(a: number, b: number): boolean {
    for (let k = a; k < b; k++) if (COMMON_CAPITALISED.has(lower(tokens[k].text))) return true;
    return false;
  }

  function hasOrgWord(a: number, b: number): boolean {
    for (let k = a; k < b; k++) {
      const w = lower(tokens[k].text);
      if (ORG_WORDS.has(w) && !(w === 'united' && b - a === 2 && isKnownPlace(text.slice(tokens[a].start, tokens[b - 1].end)))) return true;
    }
    return false;
  }

  // Appositive roles: "Mikhail Shmakov, head of the Independent Trade Unions Federation",
  // "the head of the Independent Trade Unions Federation, Mikhail Shmakov".
  for (const c of candidates) {
    if (c.type !== 'person' || c.role) continue;
    const after = appositiveAfter(c.end);
    const before = after ?? appositiveBefore(c.start);
    if (before) c.role = before;
  }

  function appositiveAfter(end: number): string | null {
    if (end >= n || tokens[end].text !== ',') return null;
    let k = end + 1;
    const det = k < n ? lower(tokens[k].text) : '';
    if (det === 'the' || det === 'a' || det === 'an') k++;
    // Optional modifiers: "the Russian foreign minister", "a former senior official".
    let j = k;
    let head = -1;
    while (j < n && j < k + 5 && tokens[j].kind === 'word') {
      if (TITLE_HEADS.has(lower(tokens[j].text)) || ROLE_NOUNS.has(lower(tokens[j].text))) head = j;
      else if (!(DEMONYMS.has(lower(tokens[j].text)) || TITLE_WORDS.has(lower(tokens[j].text)) || isKnownPlace(tokens[j].text))) break;
      j++;
    }
    if (head < 0) return null;
    // Extend to the next comma, period or clause.
    let e = head + 1;
    while (e < n && e < head + 14) {
      const t = tokens[e];
      if (t.kind === 'punct' && t.text !== '-' && t.text !== '&' && t.text !== "'s" && t.text !== '’s') break;
      if (t.kind === 'word' && (lower(t.text) === 'who' || lower(t.text) === 'which' || SPEECH_VERBS.has(lower(t.text)))) break;
      e++;
    }
    if (e >= n || !(tokens[e].text === ',' || tokens[e].text === '.' || tokens[e].text === ')' || tokens[e].text === ';' || SPEECH_VERBS.has(lower(tokens[e].text)) || lower(tokens[e].text) === 'who')) return null;
    return text.slice(tokens[k].start, tokens[e - 1].end);
  }

  function appositiveBefore(start: number): string | null {
    if (start < 2 || tokens[start - 1].text !== ',') return null;
    // Walk back to a determiner followed by a role head, without crossing punctuation.
    let k = start - 2;
    const limit = Math.max(0, start - 14);
    let headAt = -1;
    while (k >= limit && tokens[k].kind !== 'punct') {
      const w = lower(tokens[k].text);
      if ((TITLE_HEADS.has(w) || ROLE_NOUNS.has(w)) && k > 0) headAt = k;
      if ((w === 'the' || w === 'its' || w === 'his' || w === 'her') && headAt > k) {
        return text.slice(tokens[k + 1].start, tokens[start - 2].end);
      }
      k--;
    }
    return null;
  }

  // Headline and all-caps sentences: only names the body or the gazetteers know.
  // (Filled in after the body's entities are merged, below.)

  // Merge candidates into entities.
  const builders: Builder[] = [];
  const byKey = new Map<string, Builder>();
  const bySurname = new Map<string, Builder>();
  const tokenEntity = new Int32Array(n).fill(-1);

  const keyOf = (s: string): string => lower(s.replace(/^the\s+/i, '').replace(/\s+/g, ' '));
  const surnameOf = (c: Candidate): string => {
    let e = c.end - 1;
    if (SUFFIXES.has(tokens[e].text) && e > c.start) e--;
    return tokens[e].text;
  };

  function addMention(b: Builder, start: number, end: number, kind: MentionKind): void {
    const m: Mention = { start: tokens[start].start, end: tokens[end - 1].end, text: text.slice(tokens[start].start, tokens[end - 1].end), kind };
    b.mentions.push(m);
    for (let k = start; k < end; k++) tokenEntity[k] = b.index;
  }

  function newBuilder(name: string, type: EntityType, strength: number, first: number, key = keyOf(name)): Builder {
    const b: Builder = {
      index: builders.length, id: '', type, strength, name, role: null, aliases: new Set(), mentions: [], agency: false, author: false,
      gender: null, first,
    };
    builders.push(b);
    byKey.set(key, b);
    return b;
  }

  // Pass 1: multi-word people, so surnames seen earlier (headline, first sentence) still link.
  const sorted = [...candidates].sort((x, y) => x.start - y.start);
  for (const c of sorted) {
    if (c.type !== 'person' || c.end - c.start < 2) continue;
    const name = text.slice(tokens[c.start].start, tokens[c.end - 1].end);
    const key = keyOf(name);
    let b = byKey.get(key);
    if (!b) {
      const sur = surnameOf(c);
      const existing = bySurname.get(sur);
      // "Vladimir Putin" and "Putin": the same person; two different first names are not.
      b = existing && existing.name.split(/\s+/)[0] === name.split(/\s+/)[0] ? existing : newBuilder(name, 'person', c.strength, c.start);
      if (!bySurname.has(sur) && !(c.strength < 2 && isKnownName(sur))) bySurname.set(sur, b);
    }
    if (name.length > b.name.length) b.name = name;
  }

  // First names of the people named in full, where only one person has that first name.
  const byFirstName = new Map<string, Builder | null>();
  for (const b of builders) {
    if (b.type !== 'person') continue;
    const first = b.name.split(/\s+/)[0];
    if (!isFirstName(first) || b.name === first || isKnownPlace(first)) continue;
    byFirstName.set(first, byFirstName.has(first) && byFirstName.get(first) !== b ? null : b);
  }

  // "Magna International Inc" and later "Magna": a company's short name, however it reads alone.
  const companyByShort = new Map<string, string>();
  for (const c of sorted) {
    if (c.type !== 'organization' || c.end - c.start < 2) continue;
    let e = c.end;
    while (e - 1 > c.start && CORPORATE_SUFFIXES.has(tokens[e - 1].text)) e--;
    if (e === c.end) continue;
    const short = keyOf(text.slice(tokens[c.start].start, tokens[e - 1].end));
    if (!companyByShort.has(short)) companyByShort.set(short, text.slice(tokens[c.start].start, tokens[c.end - 1].end));
  }

  for (const c of sorted) {
    const name = text.slice(tokens[c.start].start, tokens[c.end - 1].end);
    const full = c.strength < 3 ? companyByShort.get(keyOf(name)) : undefined;
    if (full) {
      let cb = byKey.get(keyOf(full));
      if (!cb) cb = newBuilder(full, 'organization', 2, c.start);
      if (cb.type === 'organization') {
        if (name !== cb.name) cb.aliases.add(name);
        addMention(cb, c.start, c.end, 'name');
        continue;
      }
    }
    // In a sports report a city is its club, except where the report names the place itself
    // ("in Cleveland"): two entities.
    const key = (sportsDoc && c.type === 'place' && !isNation(name) ? 'place:' : '') + keyOf(name);
    let b = byKey.get(key);
    let kind: MentionKind = 'name';
    if (!b && c.end - c.start === 1) {
      const person = bySurname.get(name);
      // A gazetteer name ("Canada") is a surname only of someone named with a title or a first name.
      if (person && !c.agency && (person.strength >= 2 || c.strength < 3)) { b = person; kind = 'surname'; }
      // "Randall" after "Randall Cunningham": a first name alone is the one person of that first name.
      const byFirst = !b && c.strength < 3 && isFirstName(name) ? byFirstName.get(name) : undefined;
      if (byFirst) { b = byFirst; kind = 'alias'; }
    }
    if (!b) {
      b = newBuilder(name, c.type, c.strength, c.start, key);
    } else if (kind === 'name' && c.strength > b.strength && b.type !== c.type) {
      b.type = c.type;
      b.strength = c.strength;
    }
    if (c.agency) b.agency = true;
    if (c.role && !b.role) b.role = c.role;
    if (c.gender && !b.gender) b.gender = c.gender;
    if ((kind === 'name' || kind === 'alias') && name !== b.name) b.aliases.add(name);
    if (kind === 'name' && b.type === 'person' && c.end - c.start === 1 && b.name.includes(' ')) kind = 'surname';
    addMention(b, c.start, c.end, kind);
  }

  // Headline and all-caps sentences: match names the article already knows, and gazetteer places.
  const known = new Map<string, Builder>();
  for (const b of builders) {
    known.set(lower(b.name), b);
    for (const a of b.aliases) known.set(lower(a), b);
    if (b.type === 'person') {
      const parts = b.name.split(/\s+/);
      known.set(lower(parts[parts.length - 1]), b);
    }
  }
  for (const r of restricted) {
    let i = r.from;
    while (i < r.to) {
      if (tokens[i].kind !== 'word' || tokenEntity[i] >= 0) { i++; continue; }
      let matched = 0;
      for (let len = Math.min(5, r.to - i); len >= 1 && !matched; len--) {
        const last = tokens[i + len - 1];
        if (last.kind !== 'word') continue;
        const span = text.slice(tokens[i].start, last.end);
        const known0 = known.get(lower(span));
        const asTitle = r.mode === 'allcaps' ? titleCase(span) : span;
        const prevW = i > 0 ? lower(tokens[i - 1].text) : '';
        // "CHICAGO AT TORONTO": the side after "at" is where the game is, whatever the
        // standings called it.
        const b = known0 && known0.type === 'organization' && isKnownPlace(asTitle) && LOCATIVE.has(prevW) ? undefined : known0;
        // "1997 FED CUP", "U.S. OPEN": a name inside an event's name is none of its own.
        if ((b || isKnownPlace(asTitle) || AGENCIES.has(asTitle) || KNOWN_ORGS.has(asTitle)) && i + len < r.to && isEventWord(tokens[i + len].text)) {
          matched = len;
        } else if (b) {
          addMention(b, i, i + len, b.type === 'person' && len === 1 && b.name.includes(' ') ? 'surname' : 'name');
          matched = len;
        } else if (isKnownPlace(asTitle) && !COMMON_CAPITALISED.has(lower(span))) {
          const prevWord = i > 0 ? lower(tokens[i - 1].text) : '';
          const nextWord = i + len < n ? tokens[i + len].text : '';
          const club = sportsDoc && !isNation(asTitle) && !LOCATIVE.has(prevWord) && !(i === r.from && (nextWord === '(' || nextWord === ',' || DATE_START.test(nextWord)));
          const placeKey = 'place:' + lower(asTitle);
          const existing = !club ? byKey.get(placeKey) : undefined;
          const nb = existing ?? newBuilder(asTitle, club ? 'organization' : 'place', club ? 2 : 3, i);
          if (!club && !existing) byKey.set(placeKey, nb);
          if (!known.has(lower(span))) known.set(lower(span), nb);
          addMention(nb, i, i + len, 'name');
          matched = len;
        } else if (AGENCIES.has(asTitle) || KNOWN_ORGS.has(asTitle) || KNOWN_ORGS.has(span)) {
          const nb = newBuilder(KNOWN_ORGS.has(span) ? span : asTitle, 'organization', 3, i);
          nb.agency = AGENCIES.has(asTitle);
          known.set(lower(span), nb);
          addMention(nb, i, i + len, 'name');
          matched = len;
        }
      }
      i += matched || 1;
    }
  }

  // Byline authors are people.
  for (const a of structure.authors) {
    const first = tokens.findIndex((t) => t.start >= a.start);
    if (first < 0) continue;
    let last = first;
    while (last < n && tokens[last].end <= a.end) last++;
    if (last <= first) continue;
    for (let k = first; k < last; k++) {
      const idx = tokenEntity[k];
      if (idx >= 0) {
        // Undo a mention the body pass made of part of the name.
        const b = builders[idx];
        b.mentions = b.mentions.filter((m) => m.end <= tokens[first].start || m.start >= tokens[last - 1].end);
        tokenEntity[k] = -1;
      }
    }
    const b = byKey.get(keyOf(a.text)) ?? newBuilder(a.text, 'person', 3, first);
    b.type = 'person';
    b.author = true;
    b.role = b.role ?? 'Author';
    addMention(b, first, last, 'name');
  }

  // Role nouns that refer back to a person: "the Russian foreign minister", "the president".
  const roleHolders = builders.filter((b) => b.type === 'person' && b.role);
  const roleWords = new Map(roleHolders.map((b) => [b, new Set(lower(b.role!).split(/[^\p{L}.-]+/u).filter(Boolean))]));
  const mentionStarts = new Map(roleHolders.map((b) => [b, b.mentions.map((m) => m.start).sort((x, y) => x - y)]));
  for (const s of sentences) {
    for (let i = s.firstToken; i < s.endToken; i++) {
      const w = lower(tokens[i].text);
      if (w !== 'the' || tokenEntity[i + 1] >= 0) continue;
      let j = i + 1;
      const mods: string[] = [];
      while (j < s.endToken && j < i + 5 && tokens[j].kind === 'word' && tokenEntity[j] < 0) {
        const lw = lower(tokens[j].text);
        if (ROLE_NOUNS.has(lw) || TITLE_HEADS.has(lw)) {
          // "the head of the X, Name" and "the minister Sergei Lavrov" are titles, not back-references.
          const nx = tokens[j + 1];
          if (nx && (isCapWord(nx) || lower(nx.text) === 'of')) break;
          const person = findByRole(lw, mods, tokens[i].start);
          if (person) addMention(person, i, j + 1, 'role');
          break;
        }
        if (!(DEMONYMS.has(lw) || TITLE_WORDS.has(lw) || isKnownPlace(tokens[j].text))) break;
        if (TITLE_WORDS.has(lw)) mods.push(lw);
        j++;
      }
    }
  }

  function findByRole(head: string, mods: string[], before: number): Builder | undefined {
    let best: Builder | undefined;
    let bestPos = -1;
    for (const b of roleHolders) {
      const words = roleWords.get(b)!;
      if (!words.has(head) || !mods.every((m) => words.has(m))) continue;
      const last = lastStartBefore(b, before);
      if (last > bestPos) { best = b; bestPos = last; }
    }
    return best;
  }

  /** The start of the builder's last mention before `pos`, or -1 (its starts are kept sorted). */
  function lastStartBefore(b: Builder, pos: number): number {
    const starts = mentionStarts.get(b)!;
    const i = countBefore(starts, (s) => s < pos);
    return i > 0 ? starts[i - 1] : -1;
  }

  // Number entities by first mention, drop entities left with no mention.
  const live = builders.filter((b) => b.mentions.length > 0);
  // By first mention (no spread of a mention list: a huge article has too many for the stack).
  const firstOf = new Map(live.map((b) => [b, b.mentions.reduce((p, m) => Math.min(p, m.start), Infinity)]));
  live.sort((x, y) => firstOf.get(x)! - firstOf.get(y)!);
  const remap = new Map<Builder, number>();
  live.forEach((b, i) => { b.id = `e${i + 1}`; remap.set(b, i); });
  const finalTokenEntity = new Int32Array(n).fill(-1);
  for (let k = 0; k < n; k++) {
    const idx = tokenEntity[k];
    if (idx >= 0) finalTokenEntity[k] = remap.get(builders[idx]) ?? -1;
  }
  const entities: Entity[] = live.map((b) => ({
    id: b.id,
    type: b.type,
    name: b.name,
    role: b.role,
    aliases: [...b.aliases].filter((a) => a !== b.name).sort(),
    mentions: [...b.mentions].sort((x, y) => x.start - y.start),
    agency: b.type === 'organization' && (b.agency || AGENCIES.has(b.name)),
    author: b.author,
    gender: b.gender,
  }));
  return { entities, tokenEntity: finalTokenEntity };
}

/** "Q2", "H1", "M3", "C-4", "FY96": a code (cheap checks first: it ends or starts with a digit, or reads FY). */
function isCode(w: string): boolean {
  const last = w.charCodeAt(w.length - 1);
  const first = w.charCodeAt(0);
  if (!(last >= 48 && last <= 57) && !(first >= 48 && first <= 57) && !(first === 70 && w.charCodeAt(1) === 89)) return false;
  return CODE.test(w);
}

/** An event's last word, as written or in capitals: "Cup", "CUP". */
function isEventWord(w: string): boolean {
  return EVENT_WORDS.has(w) || (w.length > 2 && isAllCaps(w) && EVENT_WORDS.has(titleCase(w)));
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}
