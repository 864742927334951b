// Sports reports: whether an article is one, its line-ups, and the sides named in its results
// and standings rows. Sports copy names clubs after towns and writes tables of names and
// scores; the entity reader asks these to type those names.
import { isFirstName, isKnownPlace, isNation } from '../lexicon/lexicon';
import { everydayPlural } from './words';
import type { Sentence, Token } from '../types';
import { isCapWord, MONTHS } from '../text/words';

/** The words of matches: three or more, and frequent enough, make a sports report. */
export const SPORTS_WORDS = new Set(['match', 'matches', 'innings', 'wicket', 'wickets', 'goal', 'goals', 'scored', 'striker',
  'midfielder', 'goalkeeper', 'league', 'season', 'coach', 'quarterback', 'touchdown', 'inning', 'homer', 'pitcher',
  'playoff', 'playoffs', 'semifinal', 'semi-final', 'final', 'tournament', 'cup', 'champions', 'championship', 'defeated',
  'beat', 'draw', 'drew', 'halftime', 'half-time', 'penalty', 'seeded', 'rally', 'overtime', 'stadium', 'soccer',
  'football', 'cricket', 'baseball', 'basketball', 'hockey', 'rugby', 'tennis', 'golf', 'standings', 'fixtures',
  // (And the words of a match report's play: "Substitute Rhys Colby scored in stoppage time".)
  'substitute', 'substitutes', 'stoppage', 'equaliser', 'equalizer', 'referee', 'defender', 'defenders', 'winger', 'midfield', 'squad',
  'offside', 'hat-trick', 'free-kick', 'penalties', 'relegation', 'fixture', 'derby', 'scrum', 'wicketkeeper', 'batsman', 'bowler',
  'bowled', 'umpire', 'touchline', 'kick-off', 'kickoff', 'dugout', 'matchday']);

/** Lower-case words a results row may hold: "Glamorgan 259 and 207", "Glamorgan beat Durham by 141 runs". */
export const TABLE_WORDS = new Set(['and', 'v', 'vs', 'beat', 'beats', 'drew', 'points', 'runs', 'innings', 'wickets', 'pts', 'by', 'at', 'lost', 'won', 'halftime', 'aet', 'pen', 'pens']);

/** Words that make a name a club's in a sports report: "Ross County", "Aston Villa", "Real Madrid", "Dynamo Kiev". */
export const CLUB_LAST = new Set(['united', 'city', 'county', 'town', 'rovers', 'rangers', 'wanderers', 'athletic', 'albion', 'villa',
  'forest', 'palace', 'vale', 'hotspur', 'argyle', 'orient', 'academical', 'thistle', 'celtic', 'stanley', 'alexandra',
  'fc', 'afc', 'sc', 'sox', 'jays', 'harriers', 'dons', 'saints', 'blues', 'reds']);

/** What a side has that a person does not, in lower case after its name alone: "Tigers coach Adam Kerr", "Panthers fans". */
const SIDE_HAS = new Set(['coach', 'coaches', 'captain', 'skipper', 'manager', 'boss', 'fans', 'supporters', 'players', 'squad', 'faithful', 'defence', 'defense', 'attack']);

/**
 * The plurals of everyday nouns a sports report uses alone as a side's name: after "the" with no
 * capitalised word after ("the Tigers held on"), or before what a side has ("Panthers coach
 * Ivan Hale", "Swans fans"). A family name that is such a plural ("Rivers", "Banks") is seldom
 * written so. One pass over the tokens.
 */
export function sideNicknames(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || !isCapWord(t) || !everydayPlural(t.lower)) continue;
    const next = tokens[k + 1];
    const afterThe = k > 0 && tokens[k - 1].lower === 'the' && !isCapWord(next) && next.lower !== 'family';
    if (afterThe || (next.kind === 'word' && next.text === next.lower && SIDE_HAS.has(next.lower))) out.add(t.text);
  }
  return out;
}

export const CLUB_FIRST = new Set(['real', 'dynamo', 'dinamo', 'spartak', 'lokomotiv', 'olympique', 'racing', 'sporting', 'atletico',
  'athletic', 'inter', 'deportivo', 'borussia', 'bayer', 'eintracht', 'fortuna', 'hertha', 'werder', 'vitesse', 'fc', 'ac',
  'as', 'ss', 'cd', 'cf', 'sv', 'vfb', 'vfl', 'tsv', 'fk', 'nk', 'hnk', 'csk', 'cska', 'slavia', 'sparta', 'legia', 'steaua',
  'rapid', 'austria', 'union', 'olympiakos', 'panathinaikos']);

/** Words before a side in a sports report: "v British Universities", "against the Minor Counties". */
export const OPPONENT_BEFORE = new Set(['v', 'v.', 'vs', 'vs.', 'versus', 'against', 'beat', 'beats', 'play', 'plays', 'host',
  'hosts', 'face', 'faces', 'visit', 'visits', 'defeated', 'edged', 'routed', 'thrashed', 'joined', 'for']);

/** Last words of a competition in a sports report: "American League", "Eastern Division". */
export const COMPETITION_WORDS = new Set(['League', 'Division', 'Conference', 'LEAGUE', 'DIVISION', 'CONFERENCE']);

export interface SportsReport {
  /** Whether the article reads as a sports report. */
  readonly sportsDoc: boolean;
  /** 1 for each token in a line-up or a list of players. */
  readonly lineUp: Uint8Array;
  /** 1 for each token of a side named in a results or standings row. */
  readonly teamAt: Uint8Array;
}

/**
 * A score at token k: "3-1", "429-7", a number, a hyphen and a number, with no space between;
 * not a date's "08-30" in "1996-08-30". Asked of each number token.
 */
export function scoreAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t.text.length <= 3 && tokens[k + 1]?.text === '-' && tokens[k + 1].start === t.end
    && tokens[k + 2]?.kind === 'number' && tokens[k + 2].start === tokens[k + 1].end && tokens[k + 2].text.length <= 3
    && !(tokens[k - 1]?.text === '-' && tokens[k - 1].end === t.start) && !(tokens[k + 3]?.text === '-' && tokens[k + 3].start === tokens[k + 2].end);
}

/** What tells a sports report, counted over its tokens: words of matches (SPORTS_WORDS), scores (scoreAt), and all its words. */
export interface SportsSignals { readonly sportsWords: number; readonly scores: number; readonly words: number }

/**
 * The sports report's readings, from its signals (counted by the caller, in the pass over the
 * tokens that reads their vocabulary too: one pass, not two).
 */
export function readSportsReport(tokens: readonly Token[], sentences: readonly Sentence[], signals: SportsSignals): SportsReport {
  const n = tokens.length;
  const { sportsWords, scores, words } = signals;
  // (One sports word in every 70 words at least: a news story may mention a football match.)
  const sportsSignals = sportsWords + scores;
  // (Words, not tokens: a standings table is mostly numbers.)
  const sportsDoc = (sportsWords >= 3 && sportsWords * 70 >= words) || (scores >= 1 && sportsWords >= 2 && sportsSignals * 70 >= words);

  // A team line-up or a list of players in a sports report: "Given, Breen, Staunton, Irwin, ...",
  // "Did not bat: Dharmasena, Vaas, Muralitharan".
  const lineUp = new Uint8Array(n);
  if (sportsDoc) {
    for (const s of sentences) {
      // The sentence as segments between commas, brackets, colons and "and": each a name of one
      // to three capitalised words, or a substitute's minute in brackets ("Reiziger (Graham 82)").
      // A label before a colon opens it: a team's ("Velmora:"), or the bench's, "Subs not used:",
      // after which one name is enough.
      let names = 0;
      let other = 0;
      let label = -1;
      let bench = false;
      let segStart = s.firstToken;
      let capitals = 0;
      let depth = 0;
      const close = (k: number): void => {
        const len = k - segStart;
        if (len === 0) return;
        if (capitals === len && len <= 3) names++;
        else if (!(depth > 0 && len === 1 && tokens[segStart].kind === 'number')) other++;
      };
      for (let k = s.firstToken; k <= s.endToken; k++) {
        const t = tokens[k];
        const boundary = k === s.endToken || t.text === ',' || t.text === '.' || t.text === ';' || t.text === ':' || t.text === '(' || t.text === ')' || t.lower === 'and';
        // (A substitute's minute after his name inside brackets ends the name.)
        const minute = k < s.endToken && depth > 0 && t.kind === 'number';
        if (!boundary && !minute) { if (isCapWord(t)) capitals++; continue; }
        if (k < s.endToken && t.text === ':' && label < 0 && names + other <= 1) {
          bench = /^(?:subs|substitutes|used|unused|bench|bat|reserves)$/i.test(tokens[k - 1]?.text ?? '');
          label = k;
          names = 0;
          other = 0;
        } else {
          close(k);
        }
        if (k < s.endToken && t.text === '(') depth++;
        if (k < s.endToken && t.text === ')') depth = Math.max(0, depth - 1);
        segStart = k + 1;
        capitals = 0;
      }
      if ((names >= 4 || (bench && names >= 1)) && other === 0) {
        for (let k = label + 1 > s.firstToken ? label + 1 : s.firstToken; k < s.endToken; k++) if (isCapWord(tokens[k]) && !isKnownPlace(tokens[k].text)) lineUp[k] = 1;
      }
    }
  }

  // Results and standings rows of a sports report ("Stenhousemuir 0 Stranraer 1", "Crystal
  // Palace 4 1 2 1 4 3 5", "Glamorgan 259 and 207 , Durham 114"): the names are teams.
  const teamAt = new Uint8Array(n);
  if (sportsDoc) for (const s of sentences) markTeams(s.firstToken, s.endToken);

  function markTeams(from: number, to: number): void {
    const runs: [number, number, number][] = [];
    let lowerWords = 0;
    let numbers = 0;
    let depth = 0;
    for (let k = from; k < to;) {
      const t = tokens[k];
      if (t.text === '(') depth++;
      else if (t.text === ')') depth = Math.max(0, depth - 1);
      if (depth > 0) { k++; continue; }
      if (t.kind === 'number') numbers++;
      // ("May 31 - June 2 v Derbyshire": dates are no sides.)
      if (isCapWord(t) && !MONTHS.has(t.text)) {
        let e = k + 1;
        while (e < to && (isCapWord(tokens[e]) || ((tokens[e].text === "'s" || tokens[e].text === '&' || tokens[e].lower === 'of') && e + 1 < to && isCapWord(tokens[e + 1])))) e++;
        // ("Benetton ( Italy ) 92", "Mladost ( BJ ) 4": the side's country or town may stand between.)
        let after = e;
        if (after < to && tokens[after].text === '(') {
          let close = after + 1;
          while (close < to && close < after + 5 && tokens[close].text !== ')') close++;
          if (close < to && tokens[close].text === ')') after = close + 1;
        }
        if (after < to && tokens[after].kind === 'number') runs.push([k, e, after]);
        k = e;
        continue;
      }
      if (t.kind === 'word' && !TABLE_WORDS.has(t.lower)) lowerWords++;
      k++;
    }
    // (The line may open with its venue: "Quarle : Harlow 363 ( ... ) , Velmora 197-8".)
    let open = from;
    for (let k = from; k < Math.min(to, from + 5); k++) {
      if (tokens[k].text === ':') { open = k + 1; break; }
      if (!isCapWord(tokens[k])) break;
    }
    const standings = runs.length === 1 && runs[0][0] === open && numbers >= 4 && lowerWords === 0;
    // A result names two sides, the first opening the line, each with a plain score (bowling
    // figures like "3-45" follow players).
    // ("197-8", runs for wickets, is a side's score; "3-45", wickets for runs, is a bowler's.)
    const plain = runs.every(([, , b]) => {
      if (!/^\d+$/.test(tokens[b].text)) return false;
      if (tokens[b + 1]?.text !== '-' || tokens[b + 1].start !== tokens[b].end || tokens[b + 2]?.kind !== 'number') return true;
      // ("10-0-50-0", overs-maidens-runs-wickets, is a bowler's too.)
      if (tokens[b + 3]?.text === '-' && tokens[b + 3].start === tokens[b + 2].end) return false;
      return Number(tokens[b].text) > Number(tokens[b + 2].text);
    });
    // ("Goalkeeper Sam Hurst 6; captain Dean Pike 5": a semicolon after a figure lists players'
    // marks, no result.)
    const rated = runs.some(([, , b]) => tokens[b + 1]?.text === ';');
    const result = runs.length === 2 && runs[0][0] === open && lowerWords <= 2 && plain && !rated;
    if (!result && !standings) return;
    // (In a result between two sides, a first name opening one of them is a club's word,
    // "Crystal Palace 1 Huddersfield 1", unless both open so: two players.)
    const players = runs.every(([a, b]) => isFirstName(tokens[a].text) && b - a > 1);
    for (const [a, b] of runs) {
      const first = tokens[a].text;
      // Players in individual results keep their names: "Greg Norman 68", "A. Dale 69".
      if ((isFirstName(first) && b - a > 1 && (standings || players)) || /^\p{Lu}\.$/u.test(first) || (b - a === 1 && isKnownPlace(first) && isNation(first))) continue;
      // "Mladost ( BJ )", "Proleter ( Z )": a town's code in brackets tells two clubs of one name apart.
      const coded = tokens[b]?.text === '(' && /^\p{Lu}{1,3}$/u.test(tokens[b + 1]?.text ?? '') && tokens[b + 2]?.text === ')';
      for (let k = a; k < (coded ? b + 3 : b); k++) teamAt[k] = 1;
    }
  }

  // Players' figures in brackets after a side's score: "(Brink 88, Vell 54; Nasser 2-39)".
  if (sportsDoc) for (const s of sentences) bracketedFigures(tokens, s.firstToken, s.endToken, lineUp);

  return { sportsDoc, lineUp, teamAt };
}

/** Longest bracket of players' figures read, in tokens. */
const FIGURES_REACH = 80;

/**
 * Inside brackets, two or more entries separated by commas or semicolons, each a name of one to
 * three capitalised words and a figure ("88", "2-39", "112 not out", "54*"): the names are
 * players', marked in `lineUp`.
 */
function bracketedFigures(tokens: readonly Token[], from: number, to: number, lineUp: Uint8Array): void {
  for (let k = from; k < to; k++) {
    if (tokens[k].text !== '(') continue;
    let close = k + 1;
    while (close < to && close < k + FIGURES_REACH && tokens[close].text !== ')' && tokens[close].text !== '(') close++;
    if (close >= to || tokens[close].text !== ')') continue;
    const names: [number, number][] = [];
    let ok = true;
    for (let a = k + 1; a < close && ok;) {
      let e = a;
      while (e < close && e < a + 3 && isCapWord(tokens[e])) e++;
      if (e === a || e >= close || tokens[e].kind !== 'number') { ok = false; break; }
      names.push([a, e]);
      let j = e + 1;
      // (The figure's rest: "-39", "not out", "*".)
      while (j < close && tokens[j].text !== ',' && tokens[j].text !== ';' && j < e + 4) j++;
      if (j < close && tokens[j].text !== ',' && tokens[j].text !== ';') { ok = false; break; }
      a = j + 1;
    }
    if (ok && names.length >= 2) for (const [a, e] of names) for (let j = a; j < e; j++) lineUp[j] = 1;
    k = close;
  }
}
