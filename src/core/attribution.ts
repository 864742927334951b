// Attribution: for each quotation, its speaker and cue, and the agency that carried it.
import { ANONYMOUS_HEADS, lowerWord, ORG_WORDS, PRONOUNS_FEMALE, PRONOUNS_MALE, PRONOUNS_PLURAL, PRONOUNS_SPEAKER, ROLE_NOUNS, SPEECH_VERBS, TELL_VERBS, TITLE_WORDS, VERB_GAP } from './lexicon';
import type { QuoteSpan } from './quotes';
import { countBefore } from './search';
import type { AttributionMethod, Entity, QuoteKind, Speaker, Structure, TextSpan, Token } from './types';

export interface Attributed {
  readonly speaker: Speaker | null;
  readonly cue: TextSpan | null;
  readonly source: string | null;
  readonly method: AttributionMethod;
  readonly kind: QuoteKind;
  readonly reason: string | null;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'two', 'three', 'four', 'some', 'several', 'many', 'most', 'other', 'another', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'these', 'those', 'both', 'few', 'no']);
const INDEFINITE = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'some', 'several', 'many', 'most', 'other', 'another', 'few']);
const SCARE_CUES = new Set(['so-called', 'dubbed', 'named', 'titled', 'entitled', 'nicknamed', 'termed', 'labeled', 'labelled', 'branded', 'word', 'term', 'phrase', 'slogan', 'headline', 'as']);
/** Speech verbs that stand before their subject: "said Lavrov", "added the minister". */
const INVERTING = /^(?:say|says|said|add|adds|added|write|writes|wrote|tweet(?:s|ed)?|continue[sd]?|explain(?:s|ed)?|note[sd]?|repl(?:y|ies|ied)|recall(?:s|ed)?|declare[sd]?|insist(?:s|ed)?|exclaim(?:s|ed)?|quip(?:s|ped)?|respond(?:s|ed)?|shout(?:s|ed)?|counter(?:s|ed)?|concede[sd]?|warn(?:s|ed)?|argue[sd]?|admit(?:s|ted)?|announce[sd]?|remark(?:s|ed)?|observe[sd]?|state[sd]?|comment(?:s|ed)?|joke[sd]?|muse[sd]?|wonder(?:s|ed)?|conclude[sd]?|offer(?:s|ed)?|recount(?:s|ed)?|posted|read|reads)$/;

/** Words that open an adverbial phrase or clause before the subject. */
const LEADING = new Set(['in', 'at', 'on', 'during', 'after', 'before', 'when', 'while', 'as', 'since', 'speaking', 'reached',
  'asked', 'following', 'despite', 'although', 'though', 'if', 'because', 'with', 'without', 'by', 'for', 'from', 'under',
  'unlike', 'like', 'whereas', 'once', 'until', 'addressing', 'writing', 'responding', 'appearing', 'interviewed', 'pressed']);

/** Speech verbs whose next noun phrase is their object, never their subject. */
const OBJECT_VERBS = /^(?:call|calls|called|calling|describ\w*|label\w*|brand\w*|dub\w*|term\w*|thank\w*|prais\w*|blast\w*|slam\w*|critici[sz]\w*|accus\w*|urg\w*|attack\w*|condemn\w*|denounc\w*|mock\w*|dismiss\w*|hail\w*|lik(?:en|ened|ens|ening)|laud\w*|tell|tells|told|telling)$/;

const OBJECT_PREPOSITIONS = new Set(['to', 'for', 'with', 'from', 'by', 'in', 'on', 'at', 'about', 'into', 'toward', 'towards', 'than', 'against']);
/** Documents that someone issues: "Trump issued a statement saying ...". */
const ISSUED_DOCUMENTS = new Set(['statement', 'release', 'email', 'e-mail', 'message', 'letter', 'memo', 'video', 'ad', 'ads',
  'advertisement', 'tweet', 'post', 'note', 'report', 'text', 'mailer', 'flyer', 'op-ed', 'editorial', 'column', 'book', 'petition']);

/** Verbs that report what someone said or holds: the outer attribution of nested speech. */
const REPORTING = /^(?:say|says|said|tell|tells|told|add|adds|added|write|writes|wrote|argue[sd]?|claim(?:s|ed)?|insist(?:s|ed)?|note[sd]?|explain(?:s|ed)?|warn(?:s|ed)?|contend(?:s|ed)?|maintain(?:s|ed)?|believe[sd]?|think|thinks|thought|suggest(?:s|ed)?|acknowledge[sd]?|argu(?:ing))$/;

/** Nouns for people by what they do: "pollster", "commenter", "strategist", "historian". */
const AGENT_NOUN = /^\p{Ll}{3,}(?:ster|ers?|ors?|ists?|ians?|ants?|ents?|man|woman|men|women)$/u;
const NOT_AGENTS = new Set(['number', 'numbers', 'letter', 'letters', 'paper', 'papers', 'matter', 'matters', 'other', 'others',
  'water', 'order', 'orders', 'power', 'powers', 'border', 'corner', 'center', 'error', 'errors', 'mirror', 'factor', 'factors',
  'sector', 'sectors', 'monitor', 'filter', 'chapter', 'quarter', 'weather', 'winter', 'summer', 'silent', 'agent', 'event',
  'events', 'percent', 'content', 'document', 'documents', 'statement', 'comment', 'comments', 'moment', 'element', 'argument',
  'amendment', 'government', 'department', 'movement', 'agreement', 'payment', 'treatment', 'development', 'environment', 'client',
  'plant', 'giant', 'grant', 'restaurant', 'answer']);


/** How far (in tokens) from a quotation its attribution is looked for. */
const WINDOW = 60;
const AUXILIARIES = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'did', 'does', 'do']);
const SUBORDINATORS = new Set(['when', 'while', 'whereas', 'after', 'before', 'because', 'since', 'although', 'though', 'until', 'unless', 'if']);

/** Words before a quoted name or title, not anyone's words: "a film titled "Scam"". */
const NAMING_CUES = new Set(['so-called', 'named', 'titled', 'entitled', 'nicknamed', 'headline', 'called', 'dubbed', 'word', 'term', 'phrase']);
const PHRASAL_BACK = new Set(['shot', 'fired', 'hit', 'pushed', 'snapped', 'struck', 'wrote', 'called', 'fought', 'punched', 'lashed']);
const PRONOUN_POSSESSIVE = new Set(['his', 'her', 'their']);
const DASHES = new Set(['―', '—', '–', '-', '--']);
const CLAUSE_BREAK = new Set([';', '(', ')', '—', '–']);
const NP_STOP = new Set(['that', 'who', 'which', 'when', 'while', 'after', 'before', 'because', 'since', 'if', 'as', 'in', 'on', 'at', 'during', 'and', 'but', 'or', 'to', 'for', 'with', 'from', 'by', 'of', 'about', 'than', 'then', 'there', 'it', 'is', 'was', 'were', 'are', 'be', 'been', 'has', 'have', 'had']);

const lower = lowerWord;

/** Nouns for people and groups that speak, beyond titles: "the narrator", "the campaign". */
/** Nouns for a human being (PERSON_NOUNS also holds organisations and documents, which speak too). */
const HUMAN_NOUNS = new Set(['man', 'woman', 'men', 'women', 'mother', 'father', 'wife', 'husband', 'son', 'daughter',
  'brother', 'sister', 'friend', 'voter', 'resident', 'student', 'worker', 'fan', 'candidate', 'nominee', 'rival',
  'opponent', 'critic', 'leader', 'host', 'moderator', 'anchor', 'reporter', 'journalist', 'writer', 'author', 'editor',
  'columnist', 'blogger', 'spokesman', 'spokeswoman', 'doctor', 'lawyer', 'attorney', 'pollster', 'strategist',
  'veteran', 'widow', 'teacher', 'pastor', 'priest', 'officer', 'mom', 'dad', 'grandmother', 'grandfather', 'activist',
  'protester', 'businessman', 'businesswoman', 'billionaire', 'lawmaker', 'senator', 'congressman', 'congresswoman',
  'president', 'minister', 'secretary', 'governor', 'mayor', 'official', 'diplomat', 'adviser', 'advisor', 'aide',
  'analyst', 'economist', 'expert', 'prosecutor', 'investigator', 'judge', 'coach', 'manager', 'chairman', 'chairwoman',
  'director', 'executive', 'founder', 'ambassador', 'envoy', 'spokesperson', 'commander', 'general']);

const PERSON_NOUNS = new Set(['narrator', 'announcer', 'campaign', 'group', 'organization', 'organisation', 'company',
  'firm', 'ministry', 'department', 'agency', 'office', 'government', 'administration', 'council', 'committee',
  'party', 'union', 'statement', 'report', 'study', 'survey', 'poll', 'article', 'piece', 'paper', 'newspaper',
  'website', 'site', 'ad', 'advertisement', 'video', 'letter', 'memo', 'complaint', 'lawsuit', 'ruling', 'court',
  'team', 'family', 'friend', 'friends', 'wife', 'husband', 'mother', 'father', 'son', 'daughter', 'brother',
  'sister', 'doctor', 'lawyer', 'attorney', 'man', 'woman', 'men', 'women', 'voter', 'voters', 'supporter',
  'supporters', 'resident', 'residents', 'student', 'students', 'worker', 'workers', 'fan', 'fans', 'crowd',
  'audience', 'candidate', 'nominee', 'rival', 'opponent', 'opponents', 'critics', 'critic', 'democrats',
  'republicans', 'conservatives', 'liberals', 'politicians', 'leaders', 'leader', 'host', 'moderator', 'anchor',
  'reporter', 'reporters', 'journalist', 'journalists', 'writer', 'author', 'editor', 'columnist', 'blogger',
  'tweet', 'post', 'release', 'source', 'sources', 'insiders', 'aides', 'staff', 'spokesman', 'spokeswoman',
  'resolution', 'bill', 'law', 'order', 'transcript', 'email', 'e-mail', 'message', 'book', 'memoir', 'essay', 'op-ed',
  'editorial', 'column', 'blog', 'page', 'account', 'filing', 'indictment', 'verdict', 'opinion', 'brief', 'platform',
  'manifesto', 'document', 'documents', 'analysis', 'data', 'figures', 'research', 'researchers', 'scientists',
  'officials', 'authorities', 'police', 'prosecutors', 'lawmakers', 'senators', 'members', 'group', 'coalition',
  'child', 'children', 'kid', 'kids', 'boy', 'girl', 'teen', 'teenager', 'parent', 'parents', 'neighbor', 'neighbour',
  'owner', 'customer', 'patient', 'victim', 'survivor', 'veteran', 'soldier', 'protester', 'activist', 'organizer',
  'percent', 'majority', 'plurality', 'respondent', 'respondents', 'questioner', 'heckler', 'demonstrator', 'colleague']);

/** An interview transcript's speaker label at the start of a quotation: "WALLACE: ...", "Q: ...". */
const LABEL = /^\s*([\p{Lu}][\p{Lu}.'’ -]{1,30}|[\p{Lu}][\p{L}.'’-]+(?: [\p{Lu}][\p{L}.'’-]+){0,2}):\s+\S/u;

interface Ctx {
  text: string;
  tokens: readonly Token[];
  structure: Structure;
  entities: readonly Entity[];
  tokenEntity: Int32Array;
  /** Token index -> quotation index, for tokens inside a quotation (marks included). */
  tokenQuote: Int32Array;
}

interface Found {
  speakerStart: number; // token range of the speaker phrase
  speakerEnd: number;
  cueStart: number;
  cueEnd: number;
  method: AttributionMethod;
}

/** A noun for a person or group, singular or plural: "critic", "officials", "the minister". */
function personNoun(w: string): boolean {
  const one = w.endsWith('s') ? w.slice(0, -1) : w;
  return PERSON_NOUNS.has(w) || PERSON_NOUNS.has(one) || ROLE_NOUNS.has(w) || ROLE_NOUNS.has(one) || ANONYMOUS_HEADS.has(w) || ANONYMOUS_HEADS.has(one);
}

/** A noun for someone who speaks, organisations included: "campaign", "office", "ministry". */
function speakerNoun(w: string): boolean {
  return personNoun(w) || ORG_WORDS.has(w);
}

function isWord(t: Token | undefined): t is Token {
  return !!t && t.kind === 'word';
}

/** An attribution verb in any inflection: "say", "saying", "described", "sings". */
export function isSpeechWord(w: string): boolean {
  if (SPEECH_VERBS.has(w) || EXTRA_VERBS.has(w)) return true;
  for (const [suffix, repl] of INFLECTIONS) {
    if (w.length > suffix.length + 2 && w.endsWith(suffix)) {
      const base = w.slice(0, -suffix.length) + repl;
      if (SPEECH_VERBS.has(base) || EXTRA_VERBS.has(base)) return true;
    }
  }
  return false;
}

const INFLECTIONS: [string, string][] = [['ing', ''], ['ing', 'e'], ['ed', ''], ['ed', 'e'], ['d', ''], ['s', ''], ['es', ''], ['ied', 'y'], ['ies', 'y']];
const EXTRA_VERBS = new Set(['sing', 'sang', 'sung', 'chant', 'rule', 'label', 'brand', 'dub', 'term', 'hail', 'decry', 'dismiss',
  'accuse', 'blame', 'question', 'challenge', 'mock', 'tout', 'insist', 'plead', 'beg', 'cry', 'scream', 'shout', 'write',
  'tell', 'declare', 'characterize', 'characterise', 'refer', 'brag', 'joke', 'respond', 'reply', 'answer', 'concur',
  'acknowledge', 'quip', 'opine', 'posit', 'theorize', 'contend', 'add', 'read', 'state', 'narrate', 'announce', 'caution',
  'affirm', 'thank', 'apologize', 'apologise', 'congratulate', 'lament', 'rail', 'fume', 'gush', 'rave', 'muse', 'sneer',
  'concede', 'proclaim', 'emphasize', 'highlight', 'summarize', 'summarise', 'conclude', 'explain', 'elaborate', 'clarify',
  'imply', 'reference', 'mouth', 'cite', 'invoke', 'echo', 'predict', 'forecast', 'recommend', 'propose', 'insinuate',
  'pledge', 'promise', 'threaten', 'swear', 'vow', 'assure', 'reassure', 'remind', 'advise', 'instruct', 'order',
  'talk', 'demur', 'grouse', 'grumble', 'gripe', 'groan', 'mutter', 'murmur', 'snap', 'bark', 'growl', 'hiss', 'cheer',
  'applaud', 'protest', 'object', 'interrupt', 'interject', 'intone', 'recite', 'pray', 'preach', 'lecture', 'signal',
  'liken', 'laud', 'condemn', 'denounce', 'deride', 'ridicule', 'lambaste', 'castigate', 'excoriate', 'disparage', 'attack',
  'express']);

/** Nouns that carry what someone said: "Trump's claim that there have been "thousands of shootings"". */
const NOUN_CUES = new Set(['claim', 'claims', 'statement', 'statements', 'remark', 'remarks', 'comment', 'comments', 'words',
  'assertion', 'promise', 'pledge', 'warning', 'argument', 'description', 'accusation', 'allegation', 'suggestion',
  'message', 'response', 'reply', 'answer', 'tweet', 'tweets', 'post', 'quote', 'quip', 'line', 'insistence', 'contention',
  'prediction', 'vow', 'declaration', 'announcement', 'admission', 'testimony', 'speech', 'slogan', 'characterization',
  'rhetoric', 'complaint', 'criticism', 'praise', 'question', 'joke', 'boast', 'call', 'demand', 'denial', 'insult', 'attack',
  'phrase', 'catchphrase', 'mantra', 'refrain', 'motto', 'headline', 'caption', 'verdict', 'assessment', 'conclusion']);

/** Token k is an attribution verb: "said", "tweeted", "Said" opening a sentence; never a word of a name ("the United States"). */
function isCueAt(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens[k];
  if (!isWord(t)) return false;
  const c = t.text.charCodeAt(0);
  // Capitalised, it is a verb only opening a sentence ("Said Dorothy Poynter, ..."), never in a
  // name or mid-sentence (`," State spokesman Mark Toner said`).
  if (c >= 65 && c <= 90 && (ctx.tokenEntity[k] >= 0 || !firstWordOfSentence(ctx, k))) return false;
  const w = lower(t.text);
  if (!isSpeechWord(w)) return false;
  // "Rubio will continue to be ...", "began to", "agreed to", "offered to": not speech.
  if (/^(?:continu|beg[ai]n|agree|offer|point)/.test(w) && lower(ctx.tokens[k + 1]?.text ?? '') === 'to') return false;
  // "to rule out a draft": no speech either.
  if (/^rul/.test(w) && lower(ctx.tokens[k + 1]?.text ?? '') === 'out') return false;
  // A noun, not a verb: "Trump's late-night tweets", "his statement", "Kim's mental state is".
  if (NOUNABLE.has(w)) {
    const prev = k > 0 ? ctx.tokens[k - 1].text : '';
    const p = lower(prev);
    if (NOUN_BEFORE.has(p) || (prev.includes('-') && /^\p{L}/u.test(prev) && ctx.tokenEntity[k - 1] < 0)) return false;
    // "his recent remarks", "the latest tweets": a determiner and an adjective before it.
    if (k >= 2 && /^\p{Ll}+$/u.test(prev) && !VERB_GAP.has(p) && NOUN_BEFORE.has(lower(ctx.tokens[k - 2].text)) && w.endsWith('s')) return false;
    const next = lower(ctx.tokens[k + 1]?.text ?? '');
    if (COPULAS.has(next)) return false;
    // "Republican claims of ...", "32% of Republican claims as": a plural noun.
    if (w.endsWith('s') && (next === 'of' || next === 'as') && /^\p{Lu}/u.test(prev)) return false;
  }
  return true;
}

/** No word before token k in its sentence (looking back a few tokens: quotation marks, dashes). */
function firstWordOfSentence(ctx: Ctx, k: number): boolean {
  const first = ctx.structure.sentences[ctx.tokens[k].sentence].firstToken;
  for (let j = k - 1; j >= first; j--) if (ctx.tokens[j].kind === 'word' || j < k - 6) return false;
  return true;
}

/** Attribution words that are also nouns. */
const NOUNABLE = new Set(['tweet', 'tweets', 'post', 'posts', 'state', 'states', 'report', 'reports', 'claim', 'claims',
  'comment', 'comments', 'remark', 'remarks', 'note', 'notes', 'call', 'calls', 'charge', 'charges', 'quote', 'quotes',
  'reply', 'replies', 'answer', 'answers', 'promise', 'promises', 'pledge', 'pledges', 'vow', 'vows', 'demand', 'demands',
  'estimate', 'estimates', 'offer', 'offers', 'hint', 'hints', 'joke', 'jokes', 'boast', 'boasts', 'thought', 'thoughts',
  'warning', 'warnings', 'statement', 'statements', 'response', 'responses', 'order', 'orders', 'message', 'messages',
  'retort', 'retorts', 'quip', 'quips', 'plea', 'pleas', 'counter', 'question', 'questions', 'complaint', 'complaints']);
/** Words after which such a word is a noun. */
const NOUN_BEFORE = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'these', 'those', "'s", '’s', 'of', 'whose']);
const COPULAS = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had']);

/** The noun phrase that ends at token `end` (exclusive), read backwards: the subject of a cue verb. */
function subjectBefore(ctx: Ctx, verb: number, floor: number): [number, number] | null {
  const { tokens } = ctx;
  let e = verb; // exclusive end of the subject
  // Skip adverbs and auxiliaries: "Lavrov also said", "he has repeatedly said", "Trump
  // angrily denounced"; and before a participle, its finite verb: "Trump avoids condemning".
  while (e - 1 >= floor && isWord(tokens[e - 1]) && ctx.tokenEntity[e - 1] < 0 && (VERB_GAP.has(lower(tokens[e - 1].text)) || /^\p{Ll}{3,}ly$/u.test(tokens[e - 1].text))) e--;
  if (e === verb && lower(tokens[verb].text).endsWith('ing') && e - 1 > floor && /^\p{Ll}+(?:s|ed)$/u.test(tokens[e - 1].text) && ctx.tokenEntity[e - 1] < 0
    && !PERSON_NOUNS.has(lower(tokens[e - 1].text)) && (ctx.tokenEntity[e - 2] >= 0 || PRONOUNS_SPEAKER.has(lower(tokens[e - 2].text)))) e--;
  if (e - 1 < floor) return null;
  // "Rep. Gwen Moore (D-Wis.) said": skip a parenthetical.
  if (tokens[e - 1].text === ')') {
    let k = e - 2;
    while (k >= floor && k > e - 12 && tokens[k].text !== '(') k--;
    if (k > floor && tokens[k].text === '(') return subjectBefore(ctx, k, floor);
    return null;
  }
  // "Mikhail Shmakov, head of the federation, said": skip a comma-delimited appositive.
  if (tokens[e - 1].text === ',') {
    // "Swanson, who is a pastor at the Reformation Church, slammed": the person the relative
    // clause describes.
    for (let j = e - 2; j >= Math.max(floor + 2, e - 40); j--) {
      if (ctx.tokenQuote[j] >= 0 || tokens[j].text === ';') break;
      if (lower(tokens[j].text) !== 'who' || tokens[j - 1].text !== ',') continue;
      const ei = ctx.tokenEntity[j - 2];
      if (ei >= 0 && ctx.entities[ei].type === 'person') {
        let s = j - 2;
        while (s - 1 >= floor && ctx.tokenEntity[s - 1] === ei) s--;
        return [s, j - 1];
      }
      break;
    }
    // "Gov. John Kasich (R-OH), said": the parenthetical before the comma.
    if (e - 2 >= floor && tokens[e - 2].text === ')') return subjectBefore(ctx, e - 1, floor);
    let k = e - 2;
    while (k >= floor && k > e - 40 && tokens[k].text !== ',' && !CLAUSE_BREAK.has(tokens[k].text) && ctx.tokenQuote[k] < 0) k--;
    if (k >= floor && tokens[k].text === ',' && k - 1 >= floor && ctx.tokenQuote[k - 1] < 0) {
      const inner = subjectBefore(ctx, k, floor);
      // "Another critic, Laurence H. Tribe, said": the name in the appositive is the speaker.
      const ent = ctx.tokenEntity[e - 2];
      const innerEnt = inner ? ctx.tokenEntity[inner[1] - 1] : -1;
      const innerPerson = innerEnt >= 0 && ctx.entities[innerEnt].type === 'person';
      if (!innerPerson && ent >= 0 && ctx.entities[ent].type === 'person' && ctx.tokenEntity[k + 1] === ent) return [k + 1, e - 1];
      // "Cory James, 22, of Flint, Mich., said": a place between commas after "of" or another
      // comma is where, not who ("Even China, Pyongyang's only ally, said" is who).
      const where = inner && innerEnt >= 0 && ctx.entities[innerEnt].type === 'place' && inner[0] - 1 >= floor && /^(?:,|of|in|from|at|near|outside)$/.test(lower(tokens[inner[0] - 1].text));
      if (inner && !where) return inner;
      // "Clinton, 35, the daughter of ..., said": a person named a few appositives back.
      let c = k;
      for (let hop = 0; hop < 3; hop++) {
        let j = c - 1;
        while (j >= floor && j > e - 40 && tokens[j].text !== ',' && !CLAUSE_BREAK.has(tokens[j].text) && ctx.tokenQuote[j] < 0) j--;
        if (j < floor || tokens[j].text !== ',' || j - 1 < floor) break;
        const ei = ctx.tokenEntity[j - 1];
        if (ei >= 0 && ctx.entities[ei].type === 'person') {
          let s = j - 1;
          while (s - 1 >= floor && ctx.tokenEntity[s - 1] === ei) s--;
          return [s, j];
        }
        c = j;
      }
    }
    return null;
  }
  const last = tokens[e - 1];
  if (!isWord(last) || ctx.tokenQuote[e - 1] >= 0) return null;
  // An entity mention: take the whole mention.
  const ent = ctx.tokenEntity[e - 1];
  if (ent >= 0) {
    let s = e - 1;
    while (s - 1 >= floor && ctx.tokenEntity[s - 1] === ent && ctx.tokenQuote[s - 1] < 0) s--;
    // Take a preceding title too: "Foreign Minister Sergei Lavrov".
    return [s, e];
  }
  const lw = lower(last.text);
  // "She went on to say", "he declined to say": the subject of the verb before "to".
  if (lw === 'to' && e - 2 >= floor) {
    // ("Democrats are to blame": a be-verb before "to" makes no such phrase.)
    if (/^(?:is|are|was|were|be|been)$/.test(lower(tokens[e - 2].text))) return null;
    let j = e - 2;
    while (j > floor && j > e - 6 && isWord(tokens[j]) && ctx.tokenEntity[j] < 0 && !/^(?:he|she|they|we|i|it)$/.test(lower(tokens[j].text)) && /^\p{Ll}/u.test(tokens[j].text)) j--;
    const sb = j + 1 < e - 1 ? subjectBefore(ctx, j + 1, floor) : null;
    // "Trump took to Twitter overnight to accuse ...": the object of a preposition is no subject.
    if (sb && sb[0] - 1 >= floor && OBJECT_PREPOSITIONS.has(lower(tokens[sb[0] - 1].text))) return null;
    return sb;
  }
  // "Yet another said", "Others added": an indefinite pronoun is an (anonymous) subject.
  if (/^(?:another|others|one|some|many|several|both|few|most)$/.test(lw) && !(e - 2 >= floor && /^(?:at|in|on|for|of|to|with|by|from|than)$/.test(lower(tokens[e - 2].text)))) return [e - 1, e];
  // "the Chicago Police Department, which reported ...": the antecedent of the relative pronoun.
  if ((lw === 'who' || lw === 'which') && e - 2 >= floor) {
    const back = tokens[e - 2].text === ',' ? e - 2 : e - 1;
    // The phrase runs from the antecedent to the pronoun: "Franklin Graham, who".
    if (back - 1 >= floor && ctx.tokenEntity[back - 1] >= 0) {
      const ent = ctx.tokenEntity[back - 1];
      let s = back - 1;
      while (s - 1 >= floor && ctx.tokenEntity[s - 1] === ent) s--;
      return [s, e];
    }
    const ante = back > floor ? subjectBefore(ctx, back, floor) : null;
    return ante ? [ante[0], e] : null;
  }
  if (PRONOUNS_MALE.has(lw) || PRONOUNS_FEMALE.has(lw) || PRONOUNS_PLURAL.has(lw) || lw === 'i' || lw === 'it' || lw === 'you') return [e - 1, e];
  // A nominal: walk back to a determiner over modifiers, capitalised words and short of-phrases.
  let s = e - 1;
  let steps = 0;
  while (s - 1 >= floor && steps < 9) {
    const t = tokens[s - 1];
    if (ctx.tokenQuote[s - 1] >= 0) break;
    if (t.kind === 'punct' && t.text !== '-' && t.text !== "'s" && t.text !== '’s') break;
    const w = lower(t.text);
    // ("shows that Syed Farook's name was announced": "that" before a name joins a clause.)
    if ((w === 'that' || w === 'this') && (ctx.tokenEntity[s] >= 0 || /^\p{Lu}/u.test(tokens[s].text))) break;
    if (DETERMINERS.has(w)) { s--; break; }
    if (SPEECH_VERBS.has(w) && steps > 0) break;
    if (NP_STOP.has(w) && w !== 'of' && w !== 'with' && w !== 'familiar') break;
    s--;
    steps++;
  }
  // "an email to supporters saying": the object of a preposition is no subject.
  if (s - 1 >= floor && OBJECT_PREPOSITIONS.has(lower(tokens[s - 1].text))) {
    let named = false;
    for (let k = s; k < e; k++) if (ctx.tokenEntity[k] >= 0) named = true;
    if (!named) return null;
  }
  // Accept a nominal whose head (its last word) names a person or group: "a senior official",
  // "the ad's narrator"; or that holds a name, "Trump's campaign".
  // "the 34-year-old mother of three replied": a person noun before "of" (whose
  // object, "three", may be no noun at all).
  const head = lower(tokens[e - 1].text);
  if (/^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|few|both|all)$/.test(head)) {
    for (let k = s; k + 1 < e; k++) {
      const w = lower(tokens[k].text);
      if (lower(tokens[k + 1].text) === 'of' && w !== 'one' && personNoun(w)) return [s, e];
    }
  }
  if (NP_STOP.has(head) || DETERMINERS.has(head)) return null;
  const single = head.endsWith('s') ? head.slice(0, -1) : head;
  if ([head, single].some((h) => ANONYMOUS_HEADS.has(h) || ROLE_NOUNS.has(h) || TITLE_WORDS.has(h) || PERSON_NOUNS.has(h) || ORG_WORDS.has(h))) return [s, e];
  // "The former pollster said", "Another commenter said": an agent noun right before the verb.
  if (e === verb && e - s <= 4 && DETERMINERS.has(lower(tokens[s].text)) && AGENT_NOUN.test(head) && !NOT_AGENTS.has(head)) return [s, e];
  for (let k = s; k < e; k++) if (ctx.tokenEntity[k] >= 0 && ctx.entities[ctx.tokenEntity[k]].type !== 'place') return [s, e];
  return null;
}

/** The noun phrase right after a cue verb: "said Lavrov", "said a senior official". */
function subjectAfter(ctx: Ctx, verb: number, ceiling: number, lenient = false): [number, number] | null {
  const { tokens } = ctx;
  const s = verb + 1;
  if (s >= ceiling || ctx.tokenQuote[s] >= 0) return null;
  const first = tokens[s];
  if (!isWord(first)) return null;
  const lw = lower(first.text);
  if (lw === 'he' || lw === 'she' || lw === 'they' || lw === 'we' || lw === 'i') return [s, s + 1];
  if (PRONOUNS_MALE.has(lw) || PRONOUNS_FEMALE.has(lw) || PRONOUNS_PLURAL.has(lw)) return null;
  const ent = ctx.tokenEntity[s];
  // "said that ...", "said this week": a complement or a time, not a speaker.
  if (lw === 'that' || lw === 'this' || lw === 'these' || lw === 'those' || lw === 'no') return null;
  if (ent < 0 && !DETERMINERS.has(lw) && !/^\p{Lu}/u.test(first.text)) {
    // "said former Sen. Evan Bayh", "said retired neurosurgeon Ben Carson": lower-case modifiers
    // before a name.
    let j = s;
    // ("said master of ceremonies Asab Al-Tabchi": an "of" inside the modifiers too.)
    // ("said former Utah governor Michael Leavitt": places among them too.)
    const modifier = (k: number): boolean => isWord(tokens[k]) && ctx.tokenQuote[k] < 0 && (/^\p{Ll}/u.test(tokens[k].text)
      ? !NP_STOP.has(lower(tokens[k].text)) || (lower(tokens[k].text) === 'of' && k > s)
      : ctx.tokenEntity[k] >= 0 && ctx.entities[ctx.tokenEntity[k]].type === 'place');
    while (j < ceiling && j < s + 6 && modifier(j)) j++;
    if (j === s || j >= ceiling || !(ctx.tokenEntity[j] >= 0 && ctx.entities[ctx.tokenEntity[j]].type === 'person') && !(/^\p{Lu}/u.test(tokens[j].text) && TITLE_WORDS.has(lower(tokens[j].text)))) return null;
  }
  let e = s;
  while (e < ceiling && e < s + 12) {
    const t = tokens[e];
    if (ctx.tokenQuote[e] >= 0) break;
    if (t.kind === 'punct' && t.text !== '-' && t.text !== "'s" && t.text !== '’s' && t.text !== '.') break;
    if (t.kind === 'punct' && t.text === '.') break;
    const w = lower(t.text);
    if (e > s && (w === 'who' || w === 'which' || w === 'that' || w === 'in' || w === 'on' || w === 'at' || w === 'during' || w === 'after' || w === 'when' || w === 'and' || w === 'but' || w === 'as' || w === 'to' || AUXILIARIES.has(w))) break;
    e++;
  }
  if (e === s) return null;
  while (e > s + 1 && tokens[e - 1].kind === 'punct') e--;
  // The phrase must name someone: an entity, or a person or group noun.
  if (lenient && DETERMINERS.has(lw) && e - s >= 2 && e - s <= 6 && (e >= ceiling || tokens[e].text === '.' || tokens[e].text === ',')) return [s, e];
  for (let k = s; k < e; k++) {
    const w = lower(tokens[k].text);
    if ((ctx.tokenEntity[k] >= 0 && ctx.entities[ctx.tokenEntity[k]].type !== 'place') || personNoun(w)) return [s, e];
  }
  return null;
}

function hasQuoteBetween(ctx: Ctx, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (ctx.tokenQuote[k] >= 0) return true;
  return false;
}

export function attribute(text: string, structure: Structure, entities: readonly Entity[], tokenEntity: Int32Array, quotes: readonly QuoteSpan[]): Attributed[] {
  const { tokens, sentences, paragraphs } = structure;
  const tokenQuote = new Int32Array(tokens.length).fill(-1);
  const quoteTokens: [number, number][] = [];
  {
    let k = 0;
    for (let q = 0; q < quotes.length; q++) {
      while (k < tokens.length && tokens[k].end <= quotes[q].start) k++;
      const a = k;
      while (k < tokens.length && tokens[k].start < quotes[q].end) { tokenQuote[k] = q; k++; }
      quoteTokens.push([a, k]);
    }
  }
  const ctx: Ctx = { text, tokens, structure, entities, tokenEntity, tokenQuote };
  const results: Attributed[] = [];
  const span = (a: number, b: number): TextSpan => ({ start: tokens[a].start, end: tokens[b - 1].end, text: text.slice(tokens[a].start, tokens[b - 1].end) });

  // Person mentions outside quotations, in text order, for pronoun resolution.
  const personMentions: { start: number; entity: Entity }[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const ei = tokenEntity[k];
    if (ei < 0 || tokenQuote[k] >= 0 || (k > 0 && tokenEntity[k - 1] === ei)) continue;
    const e = entities[ei];
    if (e.type === 'person' && !e.author) personMentions.push({ start: tokens[k].start, entity: e });
  }
  const entityById = new Map(entities.map((e) => [e.id, e]));

  /** The person mentioned most recently before `pos` (not before paragraph `sinceParagraph`), of a fitting gender. */
  function recentPerson(pos: number, gender: 'male' | 'female' | null, sinceParagraph: number): Entity | null {
    const floor = paragraphs[Math.max(0, sinceParagraph)]?.start ?? 0;
    for (let i = countBefore(personMentions, (m) => m.start < pos) - 1; i >= 0 && personMentions[i].start >= floor; i--) {
      const e = personMentions[i].entity;
      if (gender && e.gender && e.gender !== gender) continue;
      return e;
    }
    return null;
  }

  // One phrase names one speaker: a pronoun that attributes two quotations ("..., " he said,
  // Zvezda reported. "...") resolves once, not again from the second quotation's place.
  const resolvedAt = new Map<number, Speaker>();
  function speakerFrom(a: number, b: number, quoteStart: number, paragraph: number, lastSpeaker: Speaker | null): Speaker {
    const hit = resolvedAt.get(a);
    if (hit && hit.mention && hit.mention.end === tokens[b - 1].end) return hit;
    const speaker = resolveSpeaker(a, b, quoteStart, paragraph, lastSpeaker);
    resolvedAt.set(a, speaker);
    return speaker;
  }

  function resolveSpeaker(a: number, b: number, quoteStart: number, paragraph: number, lastSpeaker: Speaker | null): Speaker {
    const mention = span(a, b);
    // The entity of the phrase's head: the last entity token in the phrase. A place only as
    // the head itself ("the Indiana governor" is the governor, not Indiana), and never over a
    // person named before it ("Donald Hartley of Madison").
    for (let k = b - 1; k >= a; k--) {
      const ei = tokenEntity[k];
      if (ei >= 0) {
        const e = entities[ei];
        if (e.type === 'place') {
          let person = -1;
          for (let j = k - 1; j >= a && person < 0; j--) if (tokenEntity[j] >= 0 && entities[tokenEntity[j]].type === 'person') person = tokenEntity[j];
          if (person >= 0) return { entity: entities[person].id, name: entities[person].name, anonymous: false, mention };
          if (tokenEntity[b - 1] !== ei) break;
        }
        return { entity: e.id, name: e.name, anonymous: false, mention };
      }
    }
    const words = mention.text.split(/\s+/).map(lower);
    const head = words[words.length - 1];
    if (b - a === 1 && (PRONOUNS_MALE.has(head) || PRONOUNS_FEMALE.has(head))) {
      const gender = PRONOUNS_MALE.has(head) ? 'male' : 'female';
      // "Clinton says she appreciated ... what she calls ...": a pronoun inside what a person
      // is reported to say is that person.
      const governing = governingSpeaker(a, gender);
      if (governing) return { entity: governing.id, name: governing.name, anonymous: false, mention };
      if (lastSpeaker?.entity) {
        const e = entityById.get(lastSpeaker.entity);
        if (e && e.type === 'person' && (!e.gender || e.gender === gender)) {
          const recent = recentPerson(quoteStart, gender, paragraph - 1);
          // Prefer the last speaker unless another person was named more recently in this paragraph.
          if (!recent || recent.id === e.id || !mentionedInParagraphAfterSpeaker(recent, e, paragraph, quoteStart)) {
            return { entity: e.id, name: e.name, anonymous: false, mention };
          }
        }
      }
      const p = recentPerson(quoteStart, gender, paragraph - 3);
      if (p) return { entity: p.id, name: p.name, anonymous: false, mention };
      return { entity: null, name: mention.text, anonymous: false, mention };
    }
    if (b - a === 1 && (PRONOUNS_PLURAL.has(head) || head === 'i' || head === 'it' || head === 'you')) {
      return { entity: null, name: mention.text, anonymous: false, mention };
    }
    // A nominal: anonymous when indefinite, plural or "familiar with".
    const det = words[0];
    const anonymousHead = words.some((w) => ANONYMOUS_HEADS.has(w));
    const anonymous = anonymousHead && (INDEFINITE.has(det) || !DETERMINERS.has(det) || /familiar with|who (?:asked|requested|spoke|declined)|not authori[sz]ed/.test(lower(mention.text)));
    return { entity: null, name: mention.text, anonymous, mention };
  }

  /** The person whose speech verb earlier in the same sentence governs token `at`. */
  function governingSpeaker(at: number, gender: 'male' | 'female'): Entity | null {
    const st = sentences[tokens[at].sentence];
    for (let k = Math.max(st.firstToken, at - WINDOW); k < at - 1; k++) {
      if (tokenQuote[k] >= 0 || !isCueAt(ctx, k)) continue;
      const subj = subjectBefore(ctx, k, st.firstToken);
      if (!subj) continue;
      for (let j = subj[1] - 1; j >= subj[0]; j--) {
        const ei = tokenEntity[j];
        if (ei < 0) continue;
        const e = entities[ei];
        if (e.type === 'person' && (!e.gender || e.gender === gender)) return e;
        break;
      }
      return null;
    }
    return null;
  }

  /** The start of the entity's last mention before `pos`, or -1 (mentions are sorted). */
  function lastMentionBefore(e: Entity, pos: number): number {
    const i = countBefore(e.mentions, (m) => m.start < pos);
    return i > 0 ? e.mentions[i - 1].start : -1;
  }

  function mentionedInParagraphAfterSpeaker(recent: Entity, speaker: Entity, paragraph: number, before: number): boolean {
    const pStart = paragraphs[paragraph].start;
    const lastSpeakerMention = lastMentionBefore(speaker, before);
    const lastRecent = lastMentionBefore(recent, before);
    return lastRecent >= pStart && lastRecent > lastSpeakerMention;
  }

  /** The agency credited in a sentence: "Interfax reported", "told Reuters", "according to AP". */
  function agencyIn(sFrom: number, sTo: number): string | null {
    for (let k = sFrom; k < sTo; k++) {
      const ei = tokenEntity[k];
      if (ei < 0 || tokenQuote[k] >= 0) continue;
      const e = entities[ei];
      if (!e.agency) continue;
      const prev = k > 0 ? lower(tokens[k - 1].text) : '';
      let end = k;
      while (end < sTo && tokenEntity[end] === ei) end++;
      const next = end < tokens.length ? lower(tokens[end].text) : '';
      if (SPEECH_VERBS.has(next) || TELL_VERBS.has(prev) || prev === 'to' || prev === '(' || next === ')' || prev === 'with') return e.id;
    }
    return null;
  }

  const quoteOnlyMemo = new Map<number, boolean>();
  const sentenceCueMemo = new Map<number, Found | null>();
  let lastSpeaker: Speaker | null = null;
  let lastSpeakerParagraph = -10;
  let lastSource: string | null = null;
  for (let qi = 0; qi < quotes.length; qi++) {
    const q = quotes[qi];
    const [qa, qb] = quoteTokens[qi];
    if (qa >= qb) {
      results.push({ speaker: null, cue: null, source: null, method: 'none', kind: 'scare', reason: 'empty quotation', });
      continue;
    }
    const sIdx = tokens[qa].sentence;
    const sEndIdx = tokens[qb - 1].sentence;
    const sent = sentences[sIdx];
    const sentEnd = sentences[sEndIdx];
    const paragraph = sent.paragraph;
    const innerWords = countWords(text.slice(q.innerStart, q.innerEnd));
    let found: Found | null = null;

    // After the quotation: `," Lavrov said`, `," said Lavrov`, `," he said`.
    // `"That would be you?" Borger asked.`: a question or exclamation ends the sentence, and a
    // short next sentence of the same paragraph carries the attribution.
    let afterEnd = sentEnd.endToken;
    if (qb === sentEnd.endToken && /[?!]\s*$/.test(text.slice(q.innerStart, q.innerEnd))) {
      const next = sentences[sEndIdx + 1];
      let opensWithCue = false;
      if (next) for (let k = next.firstToken; k < Math.min(next.endToken, next.firstToken + 5); k++) if (isCueAt(ctx, k)) opensWithCue = true;
      if (next && next.paragraph === sentEnd.paragraph && (next.endToken - next.firstToken <= 10 || opensWithCue)) afterEnd = next.endToken;
    }
    const afterLimit = Math.min(afterEnd, qb + 30);
    // `"A" and "B," Howard Dean said`: quotations joined by "and" share the attribution after
    // the last of them.
    let base = qb;
    let afterCue = -1;
    for (let hop = 0; hop < 4 && afterCue < 0; hop++) {
      let nextQuoteTok = afterLimit;
      for (let k = base; k < afterLimit; k++) {
        if (tokenQuote[k] < 0) continue;
        // A short quoted name inside the attribution (`Bill Eastland, wearing "Ted Cruz" pins,
        // said`) does not end it.
        const [sa, sb] = quoteTokens[tokenQuote[k]];
        if (sb - sa <= 5 && k > base + 1) { k = sb - 1; continue; }
        nextQuoteTok = k;
        break;
      }
      for (let k = base; k < nextQuoteTok; k++) {
        if (CLAUSE_BREAK.has(tokens[k].text) && tokens[k].text !== '(' && tokens[k].text !== ')' && k > base + 1) break;
        if (tokenQuote[k] >= 0) continue;
        if (lower(tokens[k].text) === 'back' && k > base && PHRASAL_BACK.has(lower(tokens[k - 1].text))) { afterCue = k - 1; break; }
        if (lower(tokens[k].text) === 'on' && k > base && /^(?:went|goes|go)$/.test(lower(tokens[k - 1].text))) { afterCue = k - 1; break; }
        if (isCueAt(ctx, k)) {
          const w = lower(tokens[k].text);
          // "a statement", "the report": a noun, unless a subject precedes it or it follows the quote.
          if ((w === 'report' || w === 'reports' || w === 'statement' || w === 'calls' || w === 'call' || w === 'charge') && k > 0 && DETERMINERS.has(lower(tokens[k - 1].text))) continue;
          // "the congressional report said": the verb after a noun that could be one.
          if (k + 1 < nextQuoteTok && isCueAt(ctx, k + 1) && !w.endsWith('ed')) continue;
          afterCue = k;
          break;
        }
      }
      if (afterCue >= 0 || nextQuoteTok >= afterLimit || nextQuoteTok - base > 2) break;
      let joined = true;
      for (let k = base; k < nextQuoteTok; k++) if (!/^(?:and|or|,|;)$/i.test(tokens[k].text)) joined = false;
      if (!joined) break;
      const nq = tokenQuote[nextQuoteTok];
      base = quoteTokens[nq][1];
    }
    // `"France will always be France," an angry Hollande retaliated.`: after a quotation that
    // ends with a comma, a person and a verb in the past tense attribute it, whatever the verb.
    if (afterCue < 0 && /,\s*$/.test(text.slice(q.innerStart, q.innerEnd)) && !opensSentenceAfter(base)) {
      for (let k = base + 1; k < Math.min(afterLimit, base + 7); k++) {
        const t = tokens[k];
        if (tokenQuote[k] >= 0 || (t.kind === 'punct' && t.text !== '-')) break;
        if (!/^\p{Ll}+ed$/u.test(t.text) || VERB_GAP.has(t.text)) continue;
        const subj = subjectBefore(ctx, k, base) ?? gapPhrase(base, k);
        if (subj && subj[0] >= base && (isPersonish(subj[0], subj[1]) || gapPhrase(base, k))) afterCue = k;
        break;
      }
    }
    // `"This is fantastic!" beamed Donald Hartley`: the verb first, then a named person.
    if (afterCue < 0 && /[,!?]\s*$/.test(text.slice(q.innerStart, q.innerEnd)) && base < tokens.length && tokens[base].sentence === tokens[qb - 1].sentence
      && /^\p{Ll}+ed$/u.test(tokens[base].text) && tokenEntity[base + 1] >= 0 && entities[tokenEntity[base + 1]].type === 'person') afterCue = base;
    // `"That makes me smart," when Clinton blasted him`, `..., while 73 percent said`: a verb in
    // a subordinate clause after the quotation does not attribute it.
    if (afterCue >= 0) {
      // ("Blunt, after a long pause, said": a comma closes the clause before the verb.)
      for (let k = base; k < afterCue; k++) {
        if (tokenQuote[k] >= 0 || !SUBORDINATORS.has(lower(tokens[k].text))) continue;
        let closed = false;
        for (let j = k + 1; j < afterCue; j++) if (tokens[j].text === ',') closed = true;
        if (!closed) { afterCue = -1; break; }
      }
    }
    // `"Islamic terrorism" often in his campaign, and criticized Obama`: a verb joined by "and"
    // belongs to the clause's own subject, before the quotation.
    if (afterCue > base && /^(?:and|but)$/.test(lower(tokens[afterCue - 1].text)) && !opensSentence(qa, sent.firstToken)) {
      const cs = clauseSubject(afterDateline(sIdx), qa);
      if (cs) found = { speakerStart: cs[0], speakerEnd: cs[1], cueStart: afterCue, cueEnd: afterCue + 1, method: 'cue-before' };
      afterCue = -1;
    }
    if (afterCue >= 0) {
      const gapTokens = afterCue - base;
      let subj = gapTokens > 0 ? subjectBefore(ctx, afterCue, base) : null;
      if (subj && subj[0] < base) subj = null;
      // `," a person familiar with the matter said`: the whole phrase between the quotation
      // and the verb is the subject.
      if (!subj && gapTokens > 1) subj = gapPhrase(base, afterCue);
      // `"...," calling McConnell a liar`: the object of such a verb is not its speaker.
      const objectVerb = OBJECT_VERBS.test(lower(tokens[afterCue].text));
      if (!subj && !objectVerb) subj = subjectAfter(ctx, afterCue, afterLimit);
      // `," said the 46-year-old.`: right after the quotation, any noun phrase up to the end of
      // the sentence is the speaker.
      if (!subj && gapTokens <= 1 && !objectVerb) subj = subjectAfter(ctx, afterCue, afterLimit, true);
      // (A long appositive may follow a name right after the quotation: `," Trump, the 2016 GOP
      // frontrunner ... , said`.)
      if (subj && (gapTokens <= 24 || subj[0] <= base + 1)) {
        found = { speakerStart: subj[0], speakerEnd: subj[1], cueStart: afterCue, cueEnd: afterCue + 1, method: 'cue-after' };
      }
    }
    // A quotation inside a sentence (`Trump called it "a con" after he ...`) belongs to the
    // attribution before it, unless the cue follows it at once (`... "a con," he said`).
    let looseAfter: Found | null = null;
    if (found && !opensSentence(qa, sent.firstToken)) {
      const innerText = text.slice(q.innerStart, q.innerEnd).trimEnd();
      const tight = afterCue - base <= 5 && (innerText.endsWith(',') || /,\s*["”]?$/.test(text.slice(tokens[base - 1].start, tokens[base - 1].end + 1)) || tokens[base]?.text === ',' || afterCue === base || DASHES.has(tokens[base]?.text ?? ''));
      if (!tight) { looseAfter = found; found = null; }
    }

    // `"..." ― Krystal Correa`: a dash and a name after the quotation (epigraph style).
    // (In the quotation's paragraph, or on a short line of its own after it.)
    const creditPara = qb < tokens.length ? paragraphs[sentences[tokens[qb].sentence].paragraph] : null;
    const creditLine = !!creditPara && (creditPara.index === paragraph || (creditPara.index === paragraph + 1 && creditPara.end - creditPara.start <= 60));
    if (!found && qb + 1 < tokens.length && DASHES.has(tokens[qb].text) && tokenQuote[qb + 1] < 0 && creditLine) {
      let e = qb + 1;
      while (e < tokens.length && e < qb + 7 && isWord(tokens[e]) && tokens[e].sentence === tokens[qb + 1].sentence && (/^\p{Lu}/u.test(tokens[e].text) || tokenEntity[e] >= 0)) e++;
      if (e > qb + 1) found = { speakerStart: qb + 1, speakerEnd: e, cueStart: qb, cueEnd: qb + 1, method: 'cue-after' };
    }

    // According to: anywhere in the sentence outside quotations.
    if (!found) {
      for (let k = Math.max(sent.firstToken, qa - WINDOW); k + 2 < Math.min(sentEnd.endToken, qb + WINDOW); k++) {
        if (tokenQuote[k] >= 0) continue;
        if (lower(tokens[k].text) === 'according' && lower(tokens[k + 1].text) === 'to') {
          const subj = subjectAfter(ctx, k + 1, sentEnd.endToken);
          if (subj) {
            found = { speakerStart: subj[0], speakerEnd: subj[1], cueStart: k, cueEnd: k + 2, method: 'according-to' };
            break;
          }
        }
      }
    }

    // Before the quotation: `Lavrov said: "..."`, `Lavrov said there was a "conflict"`.
    // Verbs first, nearest first; then nouns that carry speech ("Trump's claim that ...").
    if (!found) {
      // Attribution sits near its quotation: the search stops a window before it, which also
      // keeps a huge unpunctuated "sentence" linear.
      const floor = Math.max(afterDateline(sIdx), qa - WINDOW);
      for (let k = qa - 1; k >= floor && !found; k--) {
        // An earlier quotation in the sentence: `"Part one," he said, "part two."` is found
        // through the words between them.
        if (tokenQuote[k] >= 0) continue;
        // "Hillary shot back, ...", "Trump fired back": a phrasal attribution verb.
        // "went on" only as speech: followed by a comma, colon, quotation or "to say" ("the
        // Senate goes on recess" is no cue).
        const afterOn = lower(tokens[k + 1]?.text ?? '');
        const onAsSpeech = afterOn === ',' || afterOn === ':' || afterOn === 'to' || afterOn === 'about' || tokenQuote[k + 1] >= 0;
        if (((lower(tokens[k].text) === 'back' && PHRASAL_BACK.has(lower(tokens[k - 1]?.text ?? ''))) || (/^(?:on|in)$/.test(lower(tokens[k].text)) && onAsSpeech && /^(?:went|goes|go|chimed|weighed|chimes|weighs)$/.test(lower(tokens[k - 1]?.text ?? '')))) && k - 1 >= floor) {
          const subj = subjectBefore(ctx, k - 1, floor);
          if (subj) { found = { speakerStart: subj[0], speakerEnd: subj[1], cueStart: k - 1, cueEnd: k + 1, method: 'cue-before' }; break; }
        }
        // "As Vulture put it, ...": the subject of "put it".
        if (lower(tokens[k].text) === 'it' && k - 1 > floor && lower(tokens[k - 1].text) === 'put') {
          const subj = subjectBefore(ctx, k - 1, floor);
          if (subj) { found = { speakerStart: subj[0], speakerEnd: subj[1], cueStart: k - 1, cueEnd: k + 1, method: 'cue-before' }; break; }
        }
        if (!isCueAt(ctx, k)) continue;
        const w = lower(tokens[k].text);
        if ((w === 'report' || w === 'reports' || w === 'statement' || w === 'calls' || w === 'call' || w === 'charge') && k > 0 && DETERMINERS.has(lower(tokens[k - 1].text))) continue;
        if (NOUN_CUES.has(w) && k > 0 && (DETERMINERS.has(lower(tokens[k - 1].text)) || tokens[k - 1].text === "'s" || tokens[k - 1].text === '’s')) continue;
        // "Fiorina threw her support behind Cruz, saying ...", "He says he respects Clinton and
        // calls her ...": the clause's subject speaks, not the object before the comma.
        const prevWord = k - 1 >= floor ? lower(tokens[k - 1].text) : '';
        // `... of "New York values," saying ...`: a comma inside the closing mark counts too.
        const afterComma = prevWord === ',' || (k - 1 >= floor && tokenQuote[k - 1] >= 0 && /,\s*["”]$/.test(text.slice(Math.max(0, tokens[k - 1].start - 2), tokens[k - 1].end)));
        const participle = w.endsWith('ing') && afterComma;
        // `Spicer said, adding, "..."`: the speaker of the cue before the participle; else the
        // subject of its clause.
        // Passive: `has been called "strategic ambiguity" by Joshua Hendrick`: the agent speaks.
        if (w.endsWith('ed') && k - 1 >= floor && /^(?:is|was|were|are|been|being|be)$/.test(lower(tokens[k - 1].text))) {
          let by = -1;
          for (let j = qb; j < Math.min(tokens.length, qb + 4); j++) if (lower(tokens[j].text) === 'by' && tokenQuote[j] < 0) { by = j; break; }
          const agent = by >= 0 ? subjectAfter(ctx, by, Math.min(tokens.length, by + 14)) : null;
          if (agent) { found = { speakerStart: agent[0], speakerEnd: agent[1], cueStart: k, cueEnd: k + 1, method: 'cue-before' }; break; }
        }
        let subj = participle ? precedingCueSubject(floor, k) ?? clauseSubject(floor, k) : null;
        if (!subj) subj = subjectBefore(ctx, k, floor);
        if (subj && hasQuoteBetween(ctx, subj[0], subj[1])) subj = null;
        // "Black Lives Matter issued a statement saying ...": whoever issued the document speaks.
        if (subj && subj[0] > floor && tokenEntity[subj[1] - 1] < 0 && ISSUED_DOCUMENTS.has(lower(tokens[subj[1] - 1].text)) && /^\p{Ll}+$/u.test(tokens[subj[0] - 1].text) && !OBJECT_PREPOSITIONS.has(lower(tokens[subj[0] - 1].text))) {
          const cs = clauseSubject(floor, subj[0]);
          if (cs && (isPersonish(cs[0], cs[1]) || (tokenEntity[cs[1] - 1] >= 0 && entities[tokenEntity[cs[1] - 1]].type !== 'place') || speakerNoun(lower(tokens[cs[1] - 1].text)))) subj = cs;
        }
        // "... with Donald Trump tweeting that ...", "an email to supporters saying": the speaker
        // of the attribution before, or the clause's subject.
        if (!subj && w.endsWith('ing')) subj = precedingCueSubject(floor, k) ?? clauseSubject(floor, k);
        if (!subj && (participle || prevWord === 'and' || prevWord === 'but' || prevWord === 'then')) subj = clauseSubject(floor, k);
        // "Trump at the time said ...": a person named at the start of the clause.
        if (!subj && k - floor <= 8) {
          const cs = clauseSubject(floor, k);
          if (cs && cs[0] <= floor + 1 && isPersonish(cs[0], cs[1])) subj = cs;
        }
        if (!subj) {
          // Inverted before a quotation only right before it: `said Lavrov: "..."`.
          // Not after verbs that take an object: `call Fields "delusional"`, `asked Clinton: "..."`.
          const after = INVERTING.test(w) ? subjectAfter(ctx, k, qa) : null;
          if (after && (after[1] === qa || k === floor || (after[1] + 1 === qa && /^[,:]$/.test(tokens[after[1]].text)))) subj = after;
        }
        if (subj) found = { speakerStart: subj[0], speakerEnd: subj[1], cueStart: k, cueEnd: k + 1, method: 'cue-before' };
      }
      // Reported speech inside reported speech: `Trump said ... that Clinton once described the
      // deal as "the gold standard"`, `Hillary Clinton says Trump's tweets were "unhinged"`: the
      // one who reports it, opening the sentence, is the source (the news convention the
      // PolNeAR annotation follows too).
      if (found && found.method === 'cue-before') {
        const start = clauseStart(floor, found.speakerStart);
        for (let k = start; k < found.speakerStart && k < start + 12; k++) {
          if (tokenQuote[k] >= 0 || tokens[k].text === ':' || tokens[k].text === ';') break;
          if (!REPORTING.test(lower(tokens[k].text)) || !isCueAt(ctx, k)) continue;
          const subj = subjectBefore(ctx, k, start);
          if (!subj || subj[0] > start + 2 || subj[1] > found.speakerStart) break;
          let clean = true;
          // (", and ... the mother of three replied": a second clause with a speaker of its own;
          // but not the writer's "and I quote".)
          const own = !/^(?:i|we)$/.test(lower(tokens[found.speakerStart].text)) && qa - found.cueEnd === 1 && /^[,:]$/.test(tokens[found.cueEnd].text);
          for (let j = k + 1; j < found.speakerStart; j++) {
            if (tokens[j].text === ':' || tokens[j].text === ';' || tokenQuote[j] >= 0) clean = false;
            if (own && tokens[j].text === ',' && /^(?:and|but)$/.test(lower(tokens[j + 1]?.text ?? ''))) clean = false;
          }
          if (clean && found.speakerStart - k <= 25) found = { speakerStart: subj[0], speakerEnd: subj[1], cueStart: k, cueEnd: k + 1, method: 'cue-before' };
          break;
        }
      }
      // The nearest cue's subject is no person ("the Islamic State", "a statement"), but the
      // sentence opens with a person's attribution: `Clinton says ... Obama to announce an "..."`.
      if (found && !isPersonish(found.speakerStart, found.speakerEnd)) {
        for (let k = floor; k < found.cueStart; k++) {
          if (tokenQuote[k] >= 0 || !isCueAt(ctx, k)) continue;
          const subj = subjectBefore(ctx, k, floor);
          if (subj && subj[0] <= floor + 2 && isPersonish(subj[0], subj[1])) {
            found = { speakerStart: subj[0], speakerEnd: subj[1], cueStart: k, cueEnd: k + 1, method: 'cue-before' };
          }
          break;
        }
      }
      // `More from Blumenthal and Cohen: "..."`: the name before a colon that opens the quotation.
      if (!found && qa - 1 > floor && tokens[qa - 1].text === ':') {
        let subj = subjectBefore(ctx, qa - 1, floor);
        // "From the report: ...", "More from the memo: ...": the source after "from".
        for (let k = qa - 2; !subj && k >= Math.max(floor, qa - 8); k--) {
          if (lower(tokens[k].text) !== 'from') continue;
          const src = subjectAfter(ctx, k, qa - 1, true);
          if (src && src[1] === qa - 1) subj = src;
          break;
        }
        // "Trump leaned in and boomed: ...", "the Board was conclusive in its findings: ...":
        // the subject of the clause the colon ends.
        if (!subj) subj = clauseSubject(floor, qa - 1);
        if (subj && !hasQuoteBetween(ctx, subj[0], subj[1])) found = { speakerStart: subj[0], speakerEnd: subj[1], cueStart: qa - 1, cueEnd: qa, method: 'cue-before' };
      }
      for (let k = qa - 1; k >= floor + 1 && !found; k--) {
        if (tokenQuote[k] >= 0 || !NOUN_CUES.has(lower(tokens[k].text))) continue;
        const poss = possessorBefore(k, floor);
        if (poss) found = { speakerStart: poss[0], speakerEnd: poss[1], cueStart: k, cueEnd: k + 1, method: 'cue-before' };
      }
    }

    if (!found && looseAfter) found = looseAfter;

    // `The program was a "good thing" that yielded "frankly good information," he remarked.`: an
    // attribution closing the sentence covers every quotation in it.
    if (!found) {
      const tail = sentenceTailCue(sEndIdx);
      if (tail && tail.cueStart > qb) found = tail;
    }

    // "WALLACE: Let's start ..." : the label names the speaker.
    if (!found) {
      const label = LABEL.exec(text.slice(q.innerStart, Math.min(q.innerEnd, q.innerStart + 40)));
      if (label && !/^(?:Q|A|Note|Update|Editor's note|Correction)$/i.test(label[1].trim())) {
        const ls = q.innerStart + label[0].indexOf(label[1]);
        const le = ls + label[1].trimEnd().length;
        let a = qa;
        while (a < qb && tokens[a].start < ls) a++;
        let b = a;
        while (b < qb && tokens[b].end <= le) b++;
        if (b > a) found = { speakerStart: a, speakerEnd: b, cueStart: b, cueEnd: Math.min(b + 1, qb), method: 'cue-before' };
      }
    }

    let speaker: Speaker | null = null;
    let cue: TextSpan | null = null;
    let method: AttributionMethod = 'none';
    if (found) {
      speaker = speakerFrom(found.speakerStart, found.speakerEnd, q.start, paragraph, lastSpeaker);
      let cueEnd = found.cueEnd;
      if (TELL_VERBS.has(lower(tokens[found.cueStart].text)) && cueEnd < tokens.length && isWord(tokens[cueEnd]) && tokenQuote[cueEnd] < 0) cueEnd++;
      cue = span(found.cueStart, cueEnd);
      method = found.method;
    } else {
      // No cue in the sentence: the same speaker goes on. Within a paragraph after an
      // attributed quotation, or in a paragraph that opens with a quotation right after one
      // that quoted that speaker (the multi-paragraph convention).
      const prevQi = qi - 1;
      const prev = prevQi >= 0 ? results[prevQi] : null;
      const prevQuote = prevQi >= 0 ? quotes[prevQi] : null;
      const prevPara = prevQi >= 0 ? tokens[quoteTokens[prevQi][0]]?.sentence : undefined;
      const prevParagraph = prevPara !== undefined ? sentences[prevPara].paragraph : -10;
      const opensParagraph = q.start <= paragraphs[paragraph].start + 1 || (text.slice(paragraphs[paragraph].start, q.start).trim() === '');
      const samePara = prevParagraph === paragraph;
      const nextPara = prevParagraph === paragraph - 1 && opensParagraph && (prevQuote?.continuesInNextParagraph || paragraphIsQuoteLed(prevParagraph) || quotedTail(prevParagraph));
      // A quotation inside a sentence whose subject is named ("Paul Ryan worried that the
      // safety net was becoming "a hammock ..."") is that subject's, not the previous speaker's.
      // Titles are left to the scare-quote rules below, and so are short terms unless the
      // previous speaker would otherwise be given them.
      const continues = !!prev?.speaker && prev.kind === 'direct' && (samePara || nextPara);
      const inSentence = (innerWords > 3 || continues) && !looksLikeTitle(text.slice(q.innerStart, q.innerEnd).trim(), innerWords) && !opensSentence(qa, sent.firstToken) ? sentenceSubject(sIdx, qa) : null;
      if (inSentence) {
        speaker = speakerFrom(inSentence[0], inSentence[1], q.start, paragraph, lastSpeaker);
        method = 'sentence-subject';
      } else if (prev?.speaker && prev.kind === 'direct' && (samePara || nextPara) && !otherSpeakerBetween(prevQi, qi)) {
        speaker = prev.speaker;
        cue = prev.cue;
        method = 'continuation';
      } else if (lastSpeaker && lastSpeakerParagraph >= paragraph - 1 && opensParagraph && prevQuote?.continuesInNextParagraph) {
        speaker = lastSpeaker;
        method = 'continuation';
      } else if (opensParagraph && paragraph > 0 && /:\s*$/.test(text.slice(paragraphs[paragraph - 1].start, paragraphs[paragraph - 1].end))) {
        // `... as the Heritage Foundation website notes:` and the quotation in the next paragraph.
        const prevP = paragraphs[paragraph - 1];
        const pf = paragraphCue(paragraph - 1, -1, true) ?? colonSubject(prevP.endSentence - 1);
        if (pf) {
          speaker = speakerFrom(pf.speakerStart, pf.speakerEnd, q.start, paragraph, lastSpeaker);
          cue = span(pf.cueStart, pf.cueEnd);
          method = 'paragraph';
        }
      }
      if (!speaker && method === 'none') {
        // Another sentence of the paragraph attributes it: `Trump told the crowd on Friday. "..."`.
        // (Not a quotation inside a sentence with a named subject of its own, which the rules
        // below give to that subject: `Trump continued to portray "illegal" immigrants ...`.)
        const ownSubject = !opensSentence(qa, sent.firstToken) && !looksLikeTitle(text.slice(q.innerStart, q.innerEnd).trim(), innerWords) ? sentenceSubject(sIdx, qa) : null;
        const pf = ownSubject ? null : paragraphCue(paragraph, sIdx);
        if (pf) {
          speaker = speakerFrom(pf.speakerStart, pf.speakerEnd, q.start, paragraph, lastSpeaker);
          cue = span(pf.cueStart, pf.cueEnd);
          method = 'paragraph';
        }
      }
      if (!speaker && method === 'none' && opensParagraph && paragraph > 0 && quoteOnlyParagraph(paragraph)) {
        // A paragraph that is nothing but a quotation, after a paragraph whose subject is a named
        // person ("Valastro praised Christie's leadership ..."): that person goes on speaking.
        const prevP = paragraphs[paragraph - 1];
        const first = sentences[prevP.firstSentence];
        const subj = first ? clauseSubject(first.firstToken, first.endToken) : null;
        if (subj && subj[0] <= first.firstToken + 1) {
          const ei = tokenEntity[subj[1] - 1];
          const e = ei >= 0 ? entities[ei] : undefined;
          if (e?.type === 'person' && !paragraphQuotesOther(paragraph - 1, e)) {
            speaker = { entity: e.id, name: e.name, anonymous: false, mention: span(subj[0], subj[1]) };
            method = 'previous-paragraph';
          }
        }
      }
    }

    // Speech or not: quotations with an attribution are speech; unattributed short,
    // title-like or "so-called" spans are scare quotes, titles and terms.
    let kind: QuoteKind = 'direct';
    let reason: string | null = null;
    const prevWord = qa - 1 >= sent.firstToken ? lower(tokens[qa - 1].text) : '';
    const prevWord2 = qa - 2 >= sent.firstToken ? lower(tokens[qa - 2].text) : '';
    const inner = text.slice(q.innerStart, q.innerEnd).trim();
    const titleLike = looksLikeTitle(inner, innerWords);
    if (SCARE_CUES.has(prevWord) || SCARE_CUES.has(prevWord2)) {
      if (!found || innerWords <= 4) { kind = 'scare'; reason = `a term or title (after "${prevWord || prevWord2}")`; speaker = found ? speaker : null; }
    }
    if (kind === 'direct' && !speaker) {
      if (innerWords <= 3) { kind = 'scare'; reason = 'a short quoted term, not a statement'; }
      else if (titleLike) { kind = 'scare'; reason = 'a title or name in quotation marks'; }
      else if (innerWords <= 6 && !/[.!?,]["”]?$/.test(inner) && !opensSentence(qa, sent.firstToken)) { kind = 'scare'; reason = 'a quoted phrase inside a sentence, not a statement'; }
      else reason = 'no speaker or attribution verb in the sentence, and no quotation before it to continue';
    }
    if (kind === 'scare' && !found) { speaker = null; cue = null; method = 'none'; }
    // A quoted term inside a sentence about someone is, by news convention, that subject's
    // words ("Clinton has increasingly decried the issue of "systemic racism""): inferred, never
    // a title or name ("titled", "so-called", Title Case).
    if (kind === 'scare' && !speaker && !titleLike && !NAMING_CUES.has(prevWord) && !NAMING_CUES.has(prevWord2)) {
      const subj = sentenceSubject(sIdx, qa);
      if (subj) {
        speaker = speakerFrom(subj[0], subj[1], q.start, paragraph, lastSpeaker);
        method = 'sentence-subject';
      }
    }

    // The agency that carried it: credited in the same sentence, or with the attribution.
    let source = agencyIn(Math.max(sent.firstToken, qa - WINDOW), Math.min(sentEnd.endToken, qb + WINDOW));
    if (!source && method === 'continuation' && paragraph === lastSpeakerParagraph) source = lastSource;
    if (speaker?.entity) {
      const e = entityById.get(speaker.entity);
      if (e?.agency && !source) source = e.id;
    }
    if (speaker && kind === 'direct') {
      lastSpeaker = speaker;
      lastSpeakerParagraph = paragraph;
      lastSource = source;
    }
    results.push({ speaker, cue, source, method, kind, reason: speaker && kind === 'direct' ? null : reason });
  }
  return results;

  /** The speaker of the nearest attribution verb before token `k` in the sentence. */
  function precedingCueSubject(floor: number, k: number): [number, number] | null {
    for (let j = k - 1; j >= Math.max(floor, k - WINDOW); j--) {
      if (tokenQuote[j] >= 0 || !isCueAt(ctx, j)) continue;
      // "with Donald Trump tweeting that ... and asking": a participle with its own subject.
      if (lower(tokens[j].text).endsWith('ing')) {
        const ei = j > 0 ? tokenEntity[j - 1] : -1;
        if (ei >= 0 && entities[ei].type === 'person') {
          let s = j - 1;
          while (s - 1 >= floor && tokenEntity[s - 1] === ei) s--;
          return [s, j];
        }
        continue;
      }
      const subj = subjectBefore(ctx, j, floor) ?? (INVERTING.test(lower(tokens[j].text)) ? subjectAfter(ctx, j, k) : null);
      if (subj && !hasQuoteBetween(ctx, subj[0], subj[1])) return subj;
      return null;
    }
    return null;
  }

  /** "Saturday Night Live", "Collapse: How Societies Choose": short, every long word capitalised. */
  function looksLikeTitle(inner: string, words: number): boolean {
    return words >= 1 && words <= 8 && inner.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.length > 3).every((w) => /^\p{Lu}/u.test(w)) && !/[.!?,]$/.test(inner);
  }

  /** The person or organisation that opens the sentence before token `before`: its subject. */
  function sentenceSubject(si: number, before: number): [number, number] | null {
    const floor = clauseStart(afterDateline(si), before);
    const subj = clauseSubject(floor, before);
    if (!subj || hasQuoteBetween(ctx, floor, subj[0])) return null;
    // The subject opens the clause: at most a few modifiers, a possessive or an opening adverb
    // come before it ("Germany's Chancellor Angela Merkel", "Republican presidential nominee
    // Donald Trump", "First, Trump ...").
    if (subj[0] - floor > 4) return null;
    // ("Veto Power Impedes Peace Efforts: Eliminating "..."": not across a colon.)
    for (let k = subj[1]; k < before; k++) if (tokens[k].text === ':' || tokens[k].text === ';') return null;
    for (let k = floor; k < subj[0]; k++) {
      const t = tokens[k];
      if (t.kind === 'punct' ? !(t.text === "'s" || t.text === '’s' || (t.text === ',' && k === floor + 1)) : isCueAt(ctx, k)) return null;
    }
    const ei = tokenEntity[subj[1] - 1];
    const w = lower(tokens[subj[0]].text);
    // (Or a nominal with a speaker's head: "The ad targets a "...", "The council ...".)
    return (ei >= 0 && entities[ei].type !== 'place') || w === 'he' || w === 'she' || w === 'they' || (ei < 0 && subj[1] - subj[0] >= 2 && speakerNoun(lower(tokens[subj[1] - 1].text))) ? subj : null;
  }

  /** The first token of a sentence after a dateline that leads it: `WASHINGTON, Dec. 8 (UPI) — ...`. */
  function afterDateline(si: number): number {
    const st = sentences[si];
    if (si !== paragraphs[st.paragraph].firstSentence) return st.firstToken;
    const first = tokens[st.firstToken];
    const capsPlace = isWord(first) && first.text.length >= 3 && first.text === first.text.toUpperCase() && /\p{Lu}/u.test(first.text);
    for (let k = st.firstToken + 1; k < Math.min(st.endToken - 1, st.firstToken + 16); k++) {
      if (tokenQuote[k] >= 0) break;
      if (DASHES.has(tokens[k].text) && tokens[k].start > tokens[k - 1].end && (capsPlace || tokens[k - 1].text === ')')) return k + 1;
    }
    return st.firstToken;
  }

  /** The token at `k` opens a new sentence (nothing attributes across a sentence end). */
  function opensSentenceAfter(k: number): boolean {
    return k < tokens.length && k > 0 && tokens[k].sentence !== tokens[k - 1].sentence;
  }

  /** `More from Jones:`: the name right before a colon that ends a sentence. */
  function colonSubject(si: number): Found | null {
    const st = sentences[si];
    if (!st) return null;
    const e = st.endToken - 1;
    if (tokens[e]?.text !== ':') return null;
    const subj = subjectBefore(ctx, e, st.firstToken) ?? clauseSubject(st.firstToken, e);
    return subj ? { speakerStart: subj[0], speakerEnd: subj[1], cueStart: e, cueEnd: e + 1, method: 'paragraph' } : null;
  }

  /** A person entity or a personal pronoun. */
  function isPersonish(a: number, b: number): boolean {
    for (let k = b - 1; k >= a; k--) {
      const ei = tokenEntity[k];
      if (ei >= 0) return entities[ei].type === 'person';
    }
    const w = b - a === 1 ? lower(tokens[a].text) : '';
    if (w === 'he' || w === 'she' || w === 'i' || w === 'his' || w === 'her') return true;
    // "the 34-year-old mother of three", "the former pollster": a noun for a person.
    if (b - a > 8) return false;
    for (let k = a; k < b; k++) {
      const x = lower(tokens[k].text);
      const one = x.endsWith('s') ? x.slice(0, -1) : x;
      if (HUMAN_NOUNS.has(x) || HUMAN_NOUNS.has(one)) return true;
    }
    return false;
  }

  /** The first person, organisation or pronoun of a clause: its likely subject. */
  /** Where the clause proper starts: after an opening phrase or clause and its comma. */
  function clauseStart(from: number, to: number): number {
    // "In an interview with The Wall Street Journal, Trump ...", "When Trump announced ..., he
    // ...": an opening phrase or clause up to its comma holds no subject.
    let f = from;
    while (f < to && tokens[f].kind === 'punct') f++;
    // (Also after an adverb or two: "Shortly after ...", "Just before ...".)
    // (And an opening participle: "Continuing to explain his perspective, Carson ...".)
    const lead = f < to && (LEADING.has(lower(tokens[f].text)) || (f + 1 < to && LEADING.has(lower(tokens[f + 1].text)) && /^\p{Lu}\p{Ll}+$/u.test(tokens[f].text) && tokenEntity[f] < 0)
      || (/^\p{Lu}\p{Ll}+ing$/u.test(tokens[f].text) && tokenEntity[f] < 0));
    if (!lead) return from;
    for (let k = f + 1; k < Math.min(to - 1, f + 30); k++) {
      if (tokens[k].text !== ',') continue;
      // `In an interview on CBS's "Face the Nation," ...`: the comma inside a closing mark too.
      let after = k + 1;
      if (tokenQuote[k] >= 0) {
        if (tokenQuote[after] !== tokenQuote[k]) continue;
        after++;
      }
      return after;
    }
    return from;
  }

  function clauseSubject(from: number, to: number): [number, number] | null {
    from = clauseStart(from, to);
    let f = from;
    while (f < to && tokens[f].kind === 'punct') f++;
    // A nominal with a person head opening the clause, with a determiner or without: "The
    // Florida senator sought to ...", "Small groups of protesters continued ...".
    const det = f < to && (lower(tokens[f].text) === 'the' || lower(tokens[f].text) === 'a' || lower(tokens[f].text) === 'an');
    if (f < to && isWord(tokens[f]) && tokenEntity[f] < 0) {
      for (let e = det ? f + 1 : f; e < Math.min(to, f + 6); e++) {
        if (!isWord(tokens[e]) || tokenEntity[e] >= 0) break;
        const w0 = lower(tokens[e].text);
        if (!det && (NP_STOP.has(w0) && w0 !== 'of')) break;
        // "Mayor Jane Doe": a title before a name is not the subject; the name is.
        if (e + 1 < to && tokenEntity[e + 1] >= 0) break;
        if (det ? ROLE_NOUNS.has(w0) || PERSON_NOUNS.has(w0) || ANONYMOUS_HEADS.has(w0) : personNoun(w0)) {
          const nx = tokens[e + 1];
          // "groups of protesters": the group with its members.
          if (nx && lower(nx.text) === 'of') {
            for (let m = e + 2; m < Math.min(to, e + 5) && isWord(tokens[m]); m++) {
              const mw = lower(tokens[m].text);
              if (personNoun(mw)) return [f, m + 1];
            }
          }
          if (!nx || !isWord(nx) || !(ROLE_NOUNS.has(lower(nx.text)) || PERSON_NOUNS.has(lower(nx.text)))) return [f, e + 1];
        }
      }
    }
    for (let k = from; k < Math.min(to, from + WINDOW); k++) {
      if (tokenQuote[k] >= 0) return null;
      const ei = tokenEntity[k];
      if (ei >= 0 && entities[ei].type !== 'place') {
        let e = k;
        while (e < to && tokenEntity[e] === ei) e++;
        return [k, e];
      }
      const w = lower(tokens[k].text);
      if (w === 'he' || w === 'she' || w === 'they' || w === 'we' || w === 'i') return [k, k + 1];
      if (isCueAt(ctx, k)) break;
    }
    return null;
  }

  /** "Trump's claim": the possessor right before a noun cue, over a few adjectives. */
  function possessorBefore(noun: number, floor: number): [number, number] | null {
    let k = noun - 1;
    let steps = 0;
    while (k >= floor && steps < 3 && isWord(tokens[k]) && tokenEntity[k] < 0 && !PRONOUN_POSSESSIVE.has(lower(tokens[k].text))) { k--; steps++; }
    if (k < floor) return null;
    const t = tokens[k];
    if (isWord(t) && PRONOUN_POSSESSIVE.has(lower(t.text))) return [k, k + 1];
    if (t.text !== "'s" && t.text !== '’s' && t.text !== "'" && t.text !== '’') return null;
    const end = k;
    if (end - 1 < floor) return null;
    const ent = tokenEntity[end - 1];
    if (ent >= 0 && entities[ent].type !== 'place') {
      let s = end - 1;
      while (s - 1 >= floor && tokenEntity[s - 1] === ent) s--;
      return [s, end];
    }
    const head = lower(tokens[end - 1].text);
    if (ROLE_NOUNS.has(head) || PERSON_NOUNS.has(head) || ANONYMOUS_HEADS.has(head)) {
      let s = end - 1;
      while (s - 1 >= floor && isWord(tokens[s - 1]) && !DETERMINERS.has(lower(tokens[s - 1].text)) && end - s < 4) s--;
      if (s - 1 >= floor && DETERMINERS.has(lower(tokens[s - 1].text))) s--;
      return [s, end];
    }
    return null;
  }

  /** The words between a closing quotation mark and its cue verb, when they read as a speaker. */
  function gapPhrase(from: number, verb: number): [number, number] | null {
    let a = from;
    while (a < verb && tokens[a].kind === 'punct') a++;
    let b = verb;
    while (b > a && isWord(tokens[b - 1]) && VERB_GAP.has(lower(tokens[b - 1].text))) b--;
    if (b <= a || b - a > 10) return null;
    let person = false;
    // (`" that Sanders can catch Clinton, said ...`: a clause, not a speaker.)
    if (/^(?:that|which|who|whether|if|because|as|when|while|to|for|about|with|from|in|on|at|by|of)$/.test(lower(tokens[a].text))) return null;
    for (let k = a; k < b; k++) {
      const t = tokens[k];
      if (AUXILIARIES.has(lower(t.text))) return null;
      if (tokenQuote[k] >= 0 || (t.kind === 'punct' && t.text !== '-' && t.text !== ',' && t.text !== "'s" && t.text !== '’s')) return null;
      const w = lower(t.text);
      if (ANONYMOUS_HEADS.has(w) || ROLE_NOUNS.has(w) || PERSON_NOUNS.has(w) || tokenEntity[k] >= 0) person = true;
    }
    // `"...?" the 43-year-old asked`: a short determiner phrase right between the quotation and
    // its verb names the speaker whatever its head.
    if (!person && b - a <= 5 && /^(?:the|a|an|one|another|his|her|their|its|our)$/.test(lower(tokens[a].text)) && b - a >= 2) person = true;
    return person ? [a, b] : null;
  }

  /** The attribution in the closest other sentence of the paragraph: a cue verb with a subject. */
  function paragraphCue(p: number, exceptSentence: number, lastOnly = false): Found | null {
    const para = paragraphs[p];
    let best: Found | null = null;
    let bestDist = Infinity;
    // The nearest sentences only: an attribution further away does not carry.
    const from = lastOnly ? para.endSentence - 1 : Math.max(para.firstSentence, exceptSentence - 4);
    const to = lastOnly ? para.endSentence : Math.min(para.endSentence, exceptSentence < 0 ? para.endSentence : exceptSentence + 5);
    for (let si = from; si < to; si++) {
      if (si === exceptSentence) continue;
      const f = sentenceCue(si);
      if (!f) continue;
      const dist = Math.abs(si - exceptSentence) + (si > exceptSentence ? 0.5 : 0);
      if (dist < bestDist) { bestDist = dist; best = f; }
    }
    return best;
  }

  /** `..., he remarked.`, `..., Smith said on Friday.`: an attribution that closes the sentence. */
  function sentenceTailCue(si: number): Found | null {
    const st = sentences[si];
    let end = st.endToken;
    while (end > st.firstToken && tokens[end - 1].kind === 'punct') end--;
    for (let k = end - 1; k > st.firstToken + 1 && k >= end - 8; k--) {
      if (tokenQuote[k] >= 0) return null;
      if (!isCueAt(ctx, k)) continue;
      const subj = subjectBefore(ctx, k, st.firstToken);
      // (After a comma, or a closing mark: `... information," he remarked.`)
      if (!subj || subj[0] < 1 || !(tokens[subj[0] - 1].text === ',' || tokenQuote[subj[0] - 1] >= 0) || !isPersonish(subj[0], subj[1])) return null;
      return { speakerStart: subj[0], speakerEnd: subj[1], cueStart: k, cueEnd: k + 1, method: 'cue-after' };
    }
    return null;
  }

  /** The first attribution verb with a subject in a sentence (computed once a sentence). */
  function sentenceCue(si: number): Found | null {
    const known = sentenceCueMemo.get(si);
    if (known !== undefined) return known;
    const st = sentences[si];
    let found: Found | null = null;
    for (let k = st.firstToken; k < st.endToken && !found; k++) {
      if (tokenQuote[k] >= 0 || !isCueAt(ctx, k)) continue;
      const subj = subjectBefore(ctx, k, st.firstToken) ?? subjectAfter(ctx, k, st.endToken);
      if (!subj || hasQuoteBetween(ctx, subj[0], subj[1])) continue;
      found = { speakerStart: subj[0], speakerEnd: subj[1], cueStart: k, cueEnd: k + 1, method: 'paragraph' };
    }
    sentenceCueMemo.set(si, found);
    return found;
  }

  /** The paragraph holds nothing but quotations (and punctuation). */
  function quoteOnlyParagraph(p: number): boolean {
    const known = quoteOnlyMemo.get(p);
    if (known !== undefined) return known;
    const v = quoteOnlyScan(p);
    quoteOnlyMemo.set(p, v);
    return v;
  }

  function quoteOnlyScan(p: number): boolean {
    const para = paragraphs[p];
    const first = sentences[para.firstSentence]?.firstToken ?? 0;
    const end = sentences[para.endSentence - 1]?.endToken ?? 0;
    for (let k = first; k < end; k++) if (tokenQuote[k] < 0 && tokens[k].kind === 'word') return false;
    return true;
  }

  /** The paragraph quotes someone other than `e`. */
  function paragraphQuotesOther(p: number, e: Entity): boolean {
    // Results follow the quotations in text order: look back only as far as the paragraph.
    for (let i = results.length - 1; i >= 0 && quotes[i].end >= paragraphs[p].start; i--) {
      const sp = results[i].speaker;
      if (sp?.mention && sp.entity !== e.id && sp.mention.start >= paragraphs[p].start && sp.mention.start < paragraphs[p].end) return true;
    }
    return false;
  }

  function opensSentence(qa: number, first: number): boolean {
    for (let k = first; k < qa; k++) if (tokens[k].kind !== 'punct') return false;
    return true;
  }

  function paragraphIsQuoteLed(p: number): boolean {
    const para = paragraphs[p];
    const c = text.charAt(para.start);
    return c === '"' || c === '“';
  }

  /** The paragraph ends inside or right after a quotation. */
  function quotedTail(p: number): boolean {
    const para = paragraphs[p];
    const tail = text.slice(Math.max(para.start, para.end - 3), para.end);
    return /["”]\s*$/.test(tail) || /["”][.!?]?$/.test(tail);
  }

  function otherSpeakerBetween(a: number, b: number): boolean {
    // A cue verb with a subject between two quotations means a new attribution started.
    const from = quoteTokens[a][1];
    const to = quoteTokens[b][0];
    for (let k = from; k < to; k++) {
      if (isCueAt(ctx, k) && tokenQuote[k] < 0) {
        const s = subjectBefore(ctx, k, from);
        if (s) {
          const sp = speakerFrom(s[0], s[1], quotes[b].start, tokens[k].sentence >= 0 ? sentences[tokens[k].sentence].paragraph : 0, null);
          const prevSp = results[a].speaker;
          // "Interfax reported" credits an agency; it does not change the speaker.
          const agency = sp.entity ? entityById.get(sp.entity)?.agency : false;
          if (prevSp && !agency && sp.name !== prevSp.name && sp.entity !== prevSp.entity) return true;
        }
      }
    }
    return false;
  }
}

function countWords(s: string): number {
  const m = s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu);
  return m ? m.length : 0;
}

