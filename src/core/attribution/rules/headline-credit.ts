// A display line's credit after a colon: `'I never wanted this': Dana Ruiz on her first season`.
import { TITLE_WORDS } from '../../lexicon/lexicon';
import { found, type AttributionContext } from '../context';
import { humanNoun, officeWordsOnly } from '../words';
import type { CueRule } from '../rule';

/** A display line is short: a headline, a standfirst's label, a social card. */
const DISPLAY_LINE = 150;
/** Words before the name the credit may hold: "Rovers manager Dana Ruiz", "Q&A with planner Dana Ruiz". */
const MAX_LEAD = 5;
/** Lower-case words that lead an interview's credit to the name: "Q&A with", "In conversation with", "An interview with". */
const INTERVIEW_LEAD = new Set(['with', 'interview', 'conversation', 'in', 'an']);

/**
 * `'I never wanted this': Dana Ruiz on her first season`: a short line that opens with a
 * quotation, a colon right after it, then a person's name (perhaps after capitalised words and
 * titles, "Rovers manager Dana Ruiz", or an interview's lead, "Q&A with planner Lena Early")
 * credits the quotation to that person: the headline style of interviews and profiles. Not a
 * line where the colon introduces anyone else ("dock workers walk out": no name), nor a colon
 * inside a paragraph of prose.
 */
export const headlineCredit: CueRule = {
  id: 'headline-credit',
  description: 'A short line opening with a quotation, a colon and a person\'s name credits that person: `\'I never wanted this\': Dana Ruiz on her first season`.',
  examples: [
    { text: '\'I never wanted to be a manager\': Dana Ruiz on her first season\n\nHarlow Rovers manager Dana Ruiz talked to us about her first year in charge.', speaker: 'Dana Ruiz' },
    { text: '"We had no choice": Rovers manager Dana Ruiz on the sale\n\nRovers sold their captain on Monday. Dana Ruiz said the club needed the money.', speaker: 'Dana Ruiz' },
    { text: '\'Walk the site in the rain\': Q&A with planner Lena Early\n\nLena Early has planned towns along the estuary for twenty years.', speaker: 'Lena Early' },
    // (An interview's subject named in its headline only, after its lead: "Five minutes with".)
    { text: '\'I never planned to be a politician\': Five minutes with Chinwe Aladi\n\nThe new council leader talks about parking.\n\nQ: Why politics?\nA: I got angry.', speaker: 'Chinwe Aladi' },
    // (Or someone described, with "a" or "the", before "on" or the line's end.)
    { text: '\'We keep building where the water goes\': a hydrologist on the year of floods\n\nWe asked a river scientist about the winter.', speaker: 'a hydrologist' },
    // (A credit by a colon at the line's end or its start, the quotation inside the line.)
    { text: 'Budget \'will not be rewritten\': Ruiz\n\nFinance Minister Dana Ruiz told the assembly on Tuesday that the budget would stand.', speaker: 'Dana Ruiz' },
    { text: 'Ruiz: budget \'will not be rewritten\'\n\nFinance Minister Dana Ruiz told the assembly on Tuesday that the budget would stand.', speaker: 'Dana Ruiz' },
    { text: 'Won\'t tolerate \'any more delays\' in metro work: CM\n\nChief Minister Anil Rao on Tuesday warned the contractors.', speaker: 'Anil Rao' },
    // (A noun for a person alone, and what befell them: "mum rescued after six hours".)
    { text: '\'I thought I was going to die\': mum rescued after six hours at sea\n\nA mother of two was swept out to sea off the coast on Saturday.', speaker: 'mum' },
    { text: '\'I never planned to stay this long\': Harbour chief on twenty years at the helm\n\nNgozi Adebayo, the harbour chief, looks back on two decades of storms and ferries.', speaker: 'Ngozi Adebayo' },
  ],
  find(ctx, st) {
    if (st.found) return null;
    const { tokens, tokenEntity, entities, paragraphs } = ctx;
    const { qa, qb, paragraph } = st;
    const para = paragraphs[paragraph];
    if (ctx.furniturePara[paragraph] && para.end - para.start <= DISPLAY_LINE) {
      const credit = lineCredit(ctx, st.qa, st.qb, paragraph);
      if (credit) return credit;
    }
    if (qb + 1 >= tokens.length || tokens[qb].text !== ':' || tokens[qb].start !== tokens[qb - 1].end) return null;
    // (The quotation opens the line: no token before it there, a Markdown heading's marks none.)
    if (para.end - para.start > DISPLAY_LINE || (qa > 0 && tokens[qa - 1].end > para.start)) return null;
    let k = qb + 1;
    // (After "with", any words describing the person: "Q&A with award-winning planner Lena Early";
    // before it, any words of the lead: "Five minutes with Lena Early".)
    let withSeen = false;
    for (let j = k; j < Math.min(tokens.length, k + MAX_LEAD) && tokens[j].kind === 'word' && tokenEntity[j] < 0 && tokens[j].start < para.end; j++) {
      if (tokens[j].lower === 'with') { k = j + 1; withSeen = true; break; }
    }
    while (k < qb + 1 + MAX_LEAD && k < tokens.length && tokenEntity[k] < 0 && tokens[k].start < para.end && tokens[k].kind === 'word'
      && (/^\p{Lu}/u.test(tokens[k].text) || TITLE_WORDS.has(tokens[k].lower) || INTERVIEW_LEAD.has(tokens[k].lower) || humanNoun(tokens[k].lower) || withSeen)) {
      if (tokens[k].lower === 'with') withSeen = true;
      k++;
    }
    const ei = k < tokens.length && tokens[k].start < para.end ? tokenEntity[k] : -1;
    if (ei < 0) return describedCredit(ctx, qb, para.end);
    if (entities[ei].type !== 'person') return null;
    let e = k;
    while (e < tokens.length && tokenEntity[e] === ei) e++;
    return found('headline-credit', 'cue-after', [k, e], qb, qb + 1);
  },
};

/** Most words of a display line's credit at its end or its start: "Dana Ruiz", "Chief Minister". */
const CREDIT_WORDS = 4;

/**
 * A display line's credit by a colon at its end or its start: `Budget 'will not be rewritten':
 * Ruiz`, `Ruiz: budget 'will not be rewritten'`, `Won't 'bow to pressure': CM`. The words on the
 * colon's other side are all one person's name, or a bare office, and nothing else: the headline
 * style of South Asian, British and wire copy, whose quotation is that person's.
 */
function lineCredit(ctx: AttributionContext, qa: number, qb: number, paragraph: number): ReturnType<CueRule['find']> {
  const { tokens, tokenQuote, sentences, paragraphs } = ctx;
  const para = paragraphs[paragraph];
  const first = sentences[para.firstSentence]?.firstToken ?? 0;
  let end = sentences[para.endSentence - 1]?.endToken ?? 0;
  while (end > first && tokens[end - 1].kind === 'punct' && tokenQuote[end - 1] < 0 && tokens[end - 1].text !== ':') end--;
  // (At the end: the last colon after the quotation, outside any quotation.)
  for (let c = end - 2; c >= qb && c >= end - 1 - CREDIT_WORDS; c--) {
    if (tokens[c].text !== ':' || tokenQuote[c] >= 0) continue;
    return creditWords(ctx, c + 1, end) ? found('headline-credit', 'cue-after', [c + 1, end], c, c + 1) : null;
  }
  // (At the start: a colon before the quotation, with only the credit before it.)
  for (let c = first + 1; c < qa && c <= first + CREDIT_WORDS; c++) {
    if (tokens[c].text !== ':' || tokenQuote[c] >= 0) continue;
    return c + 1 < qa && creditWords(ctx, first, c) ? found('headline-credit', 'cue-before', [first, c], c, c + 1) : null;
  }
  return null;
}

/** tokens[a, b) are one person's name, or a bare office ("minister", "CM", "Chief Minister"). */
function creditWords(ctx: AttributionContext, a: number, b: number): boolean {
  const { tokens, tokenEntity, entities } = ctx;
  if (b <= a || b - a > CREDIT_WORDS) return false;
  const ei = tokenEntity[a];
  let same = ei >= 0 && entities[ei].type === 'person';
  for (let k = a; k < b && same; k++) if (tokenEntity[k] !== ei) same = false;
  return same || officeWordsOnly(tokens, a, b);
}

/** Words after a noun for a person that make it no subject of what follows: "swimmer and friend", "swimmer of the year". */
const NOT_VERBS: ReadonlySet<string> = new Set(['and', 'or', 'of', 'for', 'in', 'at', 'to', 'with', 'from', 'by']);

/** Most lower-case words in a described credit: "a retired river engineer". */
const DESCRIBED_WORDS = 4;

/**
 * `'...': a hydrologist on the floods`: after the colon, "a", "an" or "the", a few lower-case
 * words and a noun for a person, then "on" or the line's end, credit someone described.
 */
function describedCredit(ctx: AttributionContext, qb: number, lineEnd: number): ReturnType<CueRule['find']> {
  const { tokens } = ctx;
  const k = qb + 1;
  // (Or a bare office, as headlines write it, its body's name before it: "Harbour chief on ...",
  // "Rovers boss on ...": the article's holder of that office, where it names one.)
  const bare = !/^(?:a|an|the)$/.test(tokens[k]?.lower ?? '');
  for (let e = bare ? k : k + 1; e < tokens.length && e <= k + DESCRIBED_WORDS && tokens[e].start < lineEnd && tokens[e].kind === 'word' && (bare || tokens[e].text === tokens[e].lower); e++) {
    // (Or a noun for one person alone, and what befell them: "mum rescued after six hours"; not
    // a group's, "residents demand answers", whose quotation may be what they were told.)
    const person = bare && e === k && humanNoun(tokens[e].lower) && !TITLE_WORDS.has(tokens[e].lower) && !/[^s]s$/.test(tokens[e].lower);
    if (bare ? !(e > k && TITLE_WORDS.has(tokens[e].lower) && tokens[e].text === tokens[e].lower) && !person : !humanNoun(tokens[e].lower) && !/(?:ist|ian)$/.test(tokens[e].lower)) continue;
    const after = tokens[e + 1];
    if (!after || after.start >= lineEnd || after.lower === 'on' || (person && after.kind === 'word' && after.text === after.lower && !NOT_VERBS.has(after.lower))) return found('headline-credit', 'cue-after', [k, e + 1], qb, qb + 1);
  }
  return null;
}
