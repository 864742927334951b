// The attribution rules' word lists: determiners, verbs that invert or take an object, nouns for
// people and documents. Data, not logic (and the one test of a noun for a person).
import { headlinePassiveAt, lowerWord, SPELLED_OFFICES, TARGET_PASSIVES, TELL_VERBS, TITLE_WORDS } from '../lexicon/lexicon';
import { EVERYDAY_PEOPLE } from '../lexicon/people';
export { countedKin, HUMAN_NOUNS, humanNoun, humanWord } from '../lexicon/people';
export const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'two', 'three', 'four', 'some', 'several', 'many', 'most', 'other', 'another', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'both', 'few', 'no']);
export { OPENING_DETERMINERS } from '../lexicon/lexicon';
export const INDEFINITE = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'some', 'several', 'many', 'most', 'other', 'another', 'few']);
export const SCARE_CUES = new Set(['so-called', 'dubbed', 'named', 'titled', 'entitled', 'nicknamed', 'termed', 'labeled', 'labelled', 'branded', 'word', 'term', 'phrase', 'slogan', 'headline', 'as']);
/** Speech verbs that stand before their subject: "said Lavrov", "added the minister". */
export const INVERTING = /^(?:say|says|said|add|adds|added|write|writes|wrote|tweet(?:s|ed)?|continue[sd]?|explain(?:s|ed)?|note[sd]?|repl(?:y|ies|ied)|recall(?:s|ed)?|declare[sd]?|insist(?:s|ed)?|exclaim(?:s|ed)?|quip(?:s|ped)?|respond(?:s|ed)?|shout(?:s|ed)?|counter(?:s|ed)?|concede[sd]?|warn(?:s|ed)?|argue[sd]?|admit(?:s|ted)?|announce[sd]?|remark(?:s|ed)?|observe[sd]?|state[sd]?|comment(?:s|ed)?|joke[sd]?|muse[sd]?|wonder(?:s|ed)?|conclude[sd]?|offer(?:s|ed)?|recount(?:s|ed)?|posted|read|reads)$/;

/** Words that open an adverbial phrase or clause before the subject. */
export const LEADING = new Set(['in', 'at', 'on', 'during', 'after', 'before', 'when', 'while', 'as', 'since', 'speaking', 'reached',
  'asked', 'following', 'despite', 'although', 'though', 'if', 'because', 'with', 'without', 'by', 'for', 'from', 'under',
  'unlike', 'like', 'whereas', 'once', 'until', 'addressing', 'writing', 'responding', 'appearing', 'interviewed', 'pressed',
  'amid', 'amidst', 'among', 'amongst', 'throughout', 'within', 'across', 'against', 'beyond', 'besides', 'between', 'through', 'upon', 'toward', 'towards',
  // ("Outside court, the driver said", "Inside the hall, ...": a place's preposition opening the sentence.)
  'outside', 'inside', 'beside', 'behind', 'near', 'around', 'over']);

/** Speech verbs whose next noun phrase is their object, never their subject. */
export const OBJECT_VERBS = /^(?:call|calls|called|calling|describ\w*|label\w*|brand\w*|dub\w*|term\w*|thank\w*|prais\w*|blast\w*|slam\w*|critici[sz]\w*|accus\w*|urg\w*|attack\w*|condemn\w*|denounc\w*|mock\w*|dismiss\w*|hail\w*|lik(?:en|ened|ens|ening)|laud\w*|tell|tells|told|telling)$/;

export const OBJECT_PREPOSITIONS = new Set(['to', 'for', 'with', 'from', 'by', 'in', 'on', 'at', 'about', 'into', 'toward', 'towards', 'than', 'against']);
/** Prepositions that place what comes before them: "the court in Harlow", "officials at Camp Harbour". */
export const LOCATIVES: ReadonlySet<string> = new Set(['in', 'at', 'near', 'outside', 'inside', 'from']);
/** Documents that someone issues: "The union issued a statement saying ...". */
export const ISSUED_DOCUMENTS = new Set(['statement', 'release', 'email', 'e-mail', 'message', 'letter', 'memo', 'video', 'ad', 'ads',
  'advertisement', 'tweet', 'post', 'note', 'report', 'text', 'mailer', 'flyer', 'op-ed', 'editorial', 'column', 'book', 'petition']);

export { REPORTING } from '../lexicon/lexicon';

export const AUXILIARIES = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'did', 'does', 'do']);
export const SUBORDINATORS = new Set(['when', 'while', 'whereas', 'after', 'before', 'because', 'since', 'although', 'though', 'until', 'unless', 'if']);

/** Words before a quoted name or title, not anyone's words: "a film titled "Scam"". */
export const NAMING_CUES = new Set(['so-called', 'named', 'titled', 'entitled', 'nicknamed', 'headline', 'called', 'dubbed', 'word', 'term', 'phrase']);
export const PHRASAL_BACK = new Set(['shot', 'fired', 'hit', 'pushed', 'snapped', 'struck', 'wrote', 'called', 'fought', 'punched', 'lashed']);
export const PRONOUN_POSSESSIVE = new Set(['his', 'her', 'their']);
export const DASHES = new Set(['―', '—', '–', '-', '--']);
export const CLAUSE_BREAK = new Set([';', '(', ')', '—', '–']);
/** Words that open a clause whose subject follows them: "said that a spokesman for ...", "and it said". */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that', 'and', 'but', 'or', 'so', 'while', 'as', 'because', 'although', 'though',
  'when', 'after', 'before', 'since', 'until', 'if', 'where']);
export const NP_STOP = new Set(['that', 'who', 'which', 'when', 'while', 'after', 'before', 'because', 'since', 'if', 'as', 'although', 'though', 'whereas', 'unless', 'until', 'whether', 'nor', 'in', 'on', 'at', 'during', 'and', 'but', 'or', 'to', 'for', 'with', 'from', 'by', 'of', 'about', 'than', 'then', 'there', 'it', 'is', 'was', 'were', 'are', 'be', 'been', 'has', 'have', 'had']);



export const PERSON_NOUNS = new Set(['narrator', 'announcer', 'campaign', 'group', 'organization', 'organisation', 'company',
  // (British and Australian copy's bystanders and friends: "A pal added", "A local said", "one reveller".)
  'pal', 'pals', 'passer-by', 'passers-by', 'passerby', 'eyewitnesses', 'local', 'locals', 'dad', 'reveller', 'revellers',
  'punter', 'punters', 'youngster', 'youngsters', 'driver', 'drivers', 'relative', 'predecessor', 'successor', 'mentor',
  'firm', 'ministry', 'department', 'agency', 'office', 'government', 'administration', 'council', 'committee',
  'party', 'union', 'statement', 'report', 'study', 'survey', 'poll', 'article', 'piece', 'paper', 'newspaper',
  'website', 'site', 'ad', 'advertisement', 'video', 'letter', 'memo', 'complaint', 'lawsuit', 'ruling', 'court',
  // (A court's judges sitting together: "The bench observed that ...".)
  'bench',
  'team', 'family', 'families', 'relatives', 'friend', 'friends', 'wife', 'husband', 'mother', 'father', 'son', 'daughter', 'brother',
  'sister', 'doctor', 'lawyer', 'attorney', 'man', 'woman', 'men', 'women', 'voter', 'voters', 'supporter',
  'supporters', 'resident', 'residents', 'student', 'students', 'worker', 'workers', 'fan', 'fans', 'crowd',
  'audience', 'candidate', 'nominee', 'rival', 'opponent', 'opponents', 'critics', 'critic', 'democrats',
  'republicans', 'conservatives', 'liberals', 'politicians', 'leaders', 'leader', 'host', 'moderator', 'anchor',
  'reporter', 'reporters', 'journalist', 'journalists', 'writer', 'author', 'editor', 'columnist', 'blogger',
  'tweet', 'post', 'release', 'source', 'sources', 'insiders', 'aides', 'staff', 'spokesman', 'spokeswoman',
  'resolution', 'bill', 'law', 'order', 'transcript', 'email', 'e-mail', 'message', 'book', 'memoir', 'essay', 'op-ed',
  'editorial', 'column', 'blog', 'page', 'account', 'filing', 'indictment', 'verdict', 'opinion', 'brief', 'platform',
  'manifesto', 'document', 'documents', 'analysis', 'data', 'figures', 'research', 'researchers', 'scientists',
  // (Documents that speak, as court and council copy quote them: "One note said", "the notice read".)
  'note', 'notes', 'notice', 'affidavit', 'judgment', 'judgement', 'warrant', 'leaflet', 'pamphlet',
  'bulletin', 'dossier', 'guidance', 'communique', 'communiqué', 'declaration', 'decree', 'directive', 'circular', 'advisory',
  'letters', 'statements', 'reports', 'emails', 'messages', 'tweets',
  'officials', 'authorities', 'police', 'prosecutors', 'lawmakers', 'senators', 'members', 'group', 'coalition',
  'child', 'children', 'kid', 'kids', 'boy', 'girl', 'teen', 'teenager', 'parent', 'parents', 'neighbor', 'neighbour',
  'owner', 'customer', 'patient', 'victim', 'survivor', 'veteran', 'soldier', 'protester', 'activist', 'organizer',
  'percent', 'majority', 'plurality', 'respondent', 'respondents', 'questioner', 'heckler', 'demonstrator', 'colleague',
  // Bodies that speak as one: "The opposition called it ...", "the watchdog said".
  'opposition', 'watchdog', 'regulator', 'thinktank', 'think-tank', 'charity', 'charities', 'companies', 'army', 'club', 'hospital', 'school', 'airline', 'insurer', 'broadcaster',
  ...EVERYDAY_PEOPLE]);


/** The role, as the article gives it ("Housing Minister"), has the word `head` ("minister"). */
export function hasRole(role: string | null | undefined, head: string): boolean {
  if (!role) return false;
  const r = lowerWord(role);
  // ("the CM", "the PM": the initials of the office the role spells out.)
  const spelled = SPELLED_OFFICES[head];
  return r.split(/[\s-]+/).includes(head) || (!!spelled && r.includes(spelled));
}

/**
 * Verbs whose passive subject heard the words, never said them: "councillors were told",
 * "passengers were warned of", "residents were urged": the speaker is the agent or no one.
 */
export const HEARER_PASSIVES: ReadonlySet<string> = new Set(['told', 'informed', 'warned', 'advised', 'reminded', 'assured', 'urged', 'asked',
  'briefed', 'notified', 'cautioned', 'instructed', 'ordered', 'promised',
  // ("tenants were offered 'a range of support'": the subject received what was offered.)
  'offered', 'reassured', 'guaranteed', 'invited']);

/**
 * Verbs whose passive subject was named, described, charged or judged, and said nothing: "He was
 * called "a traitor"", "The minister has been accused of "..."".
 */
export const NAMED_PASSIVES: ReadonlySet<string> = new Set(['called', 'described', 'branded', 'labelled', 'labeled', 'dubbed', 'hailed', 'nicknamed',
  // (And the target of a charge or a verdict: "The minister has been accused of "..."", "The
  // council was criticised for its "...".)
  'accused', 'criticised', 'criticized', 'slammed', 'blasted', 'condemned', 'attacked', 'mocked', 'ridiculed', 'derided',
  'denounced', 'lambasted', 'rebuked', 'castigated', 'praised', 'lauded', 'commended']);

/** Forms of "be" before a participle that make it passive: "was accused", "has been told". */
export const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** A passive of such a verb at k: "was accused", "has been described". */
export function namedPassiveAt(tokens: readonly { lower: string }[], k: number): boolean {
  return k > 0 && NAMED_PASSIVES.has(tokens[k]?.lower ?? '') && BE_FORMS.has(tokens[k - 1].lower);
}

/** A passive of a verb of telling at token k: "were warned", "had been told". */
export function hearerPassiveAt(tokens: readonly { lower: string }[], k: number): boolean {
  const w = tokens[k]?.lower ?? '';
  if (k > 0 && (HEARER_PASSIVES.has(w) || TARGET_PASSIVES.has(w)) && BE_FORMS.has(tokens[k - 1].lower)) return true;
  // ("PM accused of 'fantasy economics'": a headline's passive, its "was" left out.)
  return headlinePassiveAt(tokens, k);
}


/**
 * Verbs whose object is whom the words were for: the lexicon's TELL_VERBS ("told reporters"),
 * and verbs of asking, warning, urging and addressing, whose object the cue does not reach over
 * ("warned that"): the noun phrase after one before a colon is the hearer ("telling the harbour
 * master:", "addressed the supporters:").
 */
export const HEARER_VERBS: ReadonlySet<string> = new Set([...TELL_VERBS, 'assures', 'assuring', 'informs', 'informing', 'ask', 'asks', 'asked', 'asking',
  'warn', 'warns', 'warned', 'warning', 'remind', 'reminds', 'reminded', 'reminding', 'urge', 'urges', 'urged', 'urging',
  'address', 'addresses', 'addressed', 'addressing', 'promise', 'promises', 'promised', 'promising']);

/** Verbs of thinking: after "to", an infinitive of wanting or trying, no quotative ("I wanted to believe him"). */
export const THINKING_VERBS: ReadonlySet<string> = new Set(['believe', 'think', 'feel', 'hope', 'know', 'wish', 'fear', 'expect', 'understand',
  'imagine', 'suppose', 'guess', 'doubt', 'trust', 'accept', 'agree', 'want']);
/** Past forms of verbs of thinking that no ending gives: "thought", "felt". */
const THOUGHT = new Set(['thought', 'felt', 'knew', 'understood']);

/** A verb of thinking in any form ("thinks", "believed", "thought"), which attributes no words to its subject. */
export function thinkingVerb(w: string): boolean {
  return THINKING_VERBS.has(w) || THOUGHT.has(w) || THINKING_VERBS.has(w.slice(0, -1)) || (w.endsWith('ed') && THINKING_VERBS.has(w.slice(0, -2)));
}

/** tokens[a, b) are all words of a title ("minister", "CM", "Chief Minister"): a bare office, as a headline's credit gives one. */
export function officeWordsOnly(tokens: readonly { kind: string; lower: string }[], a: number, b: number): boolean {
  if (b <= a) return false;
  for (let k = a; k < b; k++) if (tokens[k].kind !== 'word' || !TITLE_WORDS.has(tokens[k].lower)) return false;
  return true;
}

/** Verbs of receiving, whose object a participle after it describes: "received letters telling them". */
export const RECEIVING: ReadonlySet<string> = new Set(['received', 'receives', 'got', 'gets', 'obtained', 'saw', 'sees', 'found', 'finds']);

/** Words before a naming that make it an object, no one a pronoun continues: "an inquiry led by Dana Ruiz", "she thanked Dana Ruiz". */
export const OBJECT_BEFORE: ReadonlySet<string> = new Set(['of', 'about', 'to', 'with', 'for', 'against', 'on', 'at', 'by', 'from', 'toward', 'towards', 'told', 'asked', 'thanked', 'praised', 'criticised', 'criticized']);

/** Verbs by which one source quotes another: "the paper quoted Dana Ruiz as saying", "citing officials". */
export const QUOTING_VERBS: ReadonlySet<string> = new Set(['quoted', 'quotes', 'quoting', 'cited', 'cites', 'citing']);
