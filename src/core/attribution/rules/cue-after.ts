// After the quotation: `"...," Lavrov said`, `"...," said Lavrov`, `"...," he said`.
import { TELL_VERBS, VERB_GAP } from '../../lexicon/lexicon';
import { afterDateline, clauseSubject, gapPhrase, isPersonish, opensSentence, opensSentenceAfter } from '../clauses';
import { found, type AttributionContext, type Found, type QuoteState } from '../context';
import { isCueAt } from '../cues';
import { dashAsideEnd } from '../head-noun';
import { subjectBefore } from '../phrases';
import { subjectAfter } from '../subject-after';
import type { CueRule } from '../rule';
import { BE_FORMS, CLAUSE_BREAK, DASHES, DETERMINERS, INVERTING, OBJECT_VERBS, PHRASAL_BACK, QUOTING_VERBS, SUBORDINATORS, THINKING_VERBS } from '../words';

interface AfterCue {
  /** The cue verb's token, or -1. */
  readonly afterCue: number;
  /** Where the words after the quotation (or the last of quotations joined by "and") begin. */
  readonly base: number;
  /** How far the attribution may run: the sentence, or a short next one after "?" or "!". */
  readonly afterLimit: number;
}

/** The attribution verb after a quotation, within its sentence. */
function cueAfterToken(ctx: AttributionContext, st: QuoteState): AfterCue {
  const { text, tokens, tokenQuote, tokenEntity, entities, quoteTokens, sentences } = ctx;
  const { quote: q, qb, sEndIdx, sentEnd } = st;
  // After the quotation: `," Lavrov said`, `," said Lavrov`, `," he said`.
  // `"So that was you?" Markovic asked.`: a question or exclamation ends the sentence, and a
  // short next sentence of the same paragraph carries the attribution.
  let afterEnd = sentEnd.endToken;
  if (qb === sentEnd.endToken && /[?!]\s*$/.test(text.slice(q.innerStart, q.innerEnd))) {
    const next = sentences[sEndIdx + 1];
    let opensWithCue = false;
    if (next) for (let k = next.firstToken; k < Math.min(next.endToken, next.firstToken + 5); k++) if (isCueAt(ctx, k)) opensWithCue = true;
    if (next && next.paragraph === sentEnd.paragraph && (next.endToken - next.firstToken <= 10 || opensWithCue)) afterEnd = next.endToken;
  }
  const afterLimit = Math.min(afterEnd, qb + 30);
  // `"A" and "B," Gwen Adeyemi said`: quotations joined by "and" share the attribution after
  // the last of them.
  let base = qb;
  let afterCue = -1;
  for (let hop = 0; hop < 4 && afterCue < 0; hop++) {
    let nextQuoteTok = afterLimit;
    for (let k = base; k < afterLimit; k++) {
      ctx.counter.steps++;
      if (tokenQuote[k] < 0) continue;
      // A short quoted name inside the attribution (`Ida Brun, wearing "Vote Ward" pins,
      // said`) does not end it.
      const [sa, sb] = quoteTokens[tokenQuote[k]];
      if (sb - sa <= 5 && (k > base + 1 || (k === base + 1 && DETERMINERS.has(ctx.tokens[base]?.lower)))) { k = sb - 1; continue; }
      nextQuoteTok = k;
      break;
    }
    for (let k = base; k < nextQuoteTok; k++) {
      ctx.counter.steps++;
      // (Over an aside between dashes after the subject: `," the minister – who took office in May – insisted`.)
      const aside = k > base + 1 ? dashAsideEnd(ctx, k, nextQuoteTok) : -1;
      if (aside > 0) { k = aside; continue; }
      if (CLAUSE_BREAK.has(tokens[k].text) && tokens[k].text !== '(' && tokens[k].text !== ')' && k > base + 1) break;
      if (tokenQuote[k] >= 0) continue;
      if (ctx.tokens[k]?.lower === 'back' && k > base && PHRASAL_BACK.has(ctx.tokens[k - 1]?.lower)) { afterCue = k - 1; break; }
      if (ctx.tokens[k]?.lower === 'on' && k > base && /^(?:went|goes|go)$/.test(ctx.tokens[k - 1]?.lower)) { afterCue = k - 1; break; }
      if (isCueAt(ctx, k)) {
        const w = ctx.tokens[k]?.lower;
        // "a statement", "the report": a noun, unless a subject precedes it or it follows the quote.
        if ((w === 'report' || w === 'reports' || w === 'statement' || w === 'calls' || w === 'call' || w === 'charge') && k > 0 && DETERMINERS.has(ctx.tokens[k - 1]?.lower)) continue;
        // "the parliamentary report said": the verb after a noun that could be one.
        if (k + 1 < nextQuoteTok && isCueAt(ctx, k + 1) && !w.endsWith('ed')) continue;
        // (A passive's subject is what is spoken of, no speaker: "the 'levelling up' fund has
        // been branded a failure by MPs", "the scheme was described as ..."; its agent may be,
        // rule passive-agent.)
        // (Not "is quoted as saying", "was heard saying": the verb of saying after it is the cue.)
        // (Not after "being": "complained about being called ..." leaves the cue to other rules.)
        if (k > base && BE_FORMS.has(tokens[k - 1].lower) && tokens[k - 1].lower !== 'being' && !sayingAfter(tokens, k + 1)) continue;
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
  // `"Paris will always be Paris," an angry Marchand retaliated.`: after a quotation that
  // ends with a comma, a person and a verb in the past tense attribute it, whatever the verb.
  // (A court's "held", as law reports write a ruling: `"...," the judge held.`)
  if (afterCue < 0 && /,\s*$/.test(text.slice(q.innerStart, q.innerEnd)) && !opensSentenceAfter(ctx, base)) {
    for (let k = base + 1; k < Math.min(afterLimit, base + 7); k++) {
      const t = tokens[k];
      if (tokenQuote[k] >= 0 || (t.kind === 'punct' && t.text !== '-')) break;
      if (!/^(?:\p{Ll}+ed|held)$/u.test(t.text) || VERB_GAP.has(t.text)) continue;
      const subj = subjectBefore(ctx, k, base) ?? gapPhrase(ctx, base, k);
      if (subj && subj[0] >= base && (isPersonish(ctx, subj[0], subj[1]) || gapPhrase(ctx, base, k))) afterCue = k;
      break;
    }
  }
  // `"This is wonderful!" beamed Ronald Pike`: the verb first, then a named person.
  if (afterCue < 0 && /[,!?]\s*$/.test(text.slice(q.innerStart, q.innerEnd)) && base < tokens.length && tokens[base].sentence === tokens[qb - 1].sentence
  && /^\p{Ll}+ed$/u.test(tokens[base].text) && tokenEntity[base + 1] >= 0 && entities[tokenEntity[base + 1]].type === 'person') afterCue = base;
  return { afterCue, base, afterLimit };
}

/** At token k a verb of saying follows a passive: "(is quoted) as saying", "(was heard) saying", "(was heard) to say". */
function sayingAfter(tokens: AttributionContext['tokens'], k: number): boolean {
  const w = tokens[k]?.lower ?? '';
  const next = tokens[k + 1]?.lower ?? '';
  return w === 'saying' || (w === 'as' && next === 'saying') || (w === 'to' && (next === 'say' || next === 'have'));
}

/** Most tokens between a quotation and its verb where a person named first is the speaker though no subject is read before the verb. */
const LEAD_GAP = 16;

/**
 * After the quotation, a cue verb and its subject: `"...," Lavrov said`, `"...," said Lavrov`,
 * `"...," a person familiar with the matter said`, `"A" and "B," Adeyemi said` (quotations joined
 * by "and" share it), `"...," an angry Marchand retaliated` (any past-tense verb after a
 * comma), `"...!" beamed Ronald Pike`. Not a verb in a subordinate clause (`..., when Ward
 * attacked him`); a verb joined by "and" belongs to the clause's own subject (rule `joined-verb`).
 * An attribution that follows a quotation inside a sentence only at a distance is kept for
 * rule `cue-after-late`: a cue before the quotation wins over it.
 */
/**
 * The quotation at token qa stands inside a subordinate clause that opens its sentence ("When",
 * "If", "Because" ... first, no comma, colon or dash between it and the quotation): bounded by the
 * sentence's first forty tokens.
 */
function insideOpeningClause(ctx: AttributionContext, qa: number, first: number): boolean {
  const { tokens } = ctx;
  let k = first;
  while (k < qa && tokens[k].kind === 'punct') k++;
  if (k >= qa || qa - k > OPENING_CLAUSE_REACH || !SUBORDINATORS.has(tokens[k].lower) || ctx.tokenQuote[k] >= 0) return false;
  for (let j = k + 1; j < qa; j++) if (/^[,:;–—-]$/.test(tokens[j].text)) return false;
  return true;
}

/** How many tokens into its sentence a quotation inside an opening subordinate clause may stand. */
const OPENING_CLAUSE_REACH = 40;

export const cueAfter: CueRule = {
  id: 'cue-after',
  description: 'A cue verb and its subject right after the quotation: `"...," Lavrov said`, `"...," said the minister`.',
  examples: [
    // (A verb after a noun for a charge in apposition to the quotation is a relative clause's:
    // the cue before speaks.)
    { text: 'Row\n\nTomas Brink, who chairs the committee, has repeatedly described Dana Ruiz as "unfit for office", a charge she denies.', speaker: 'Tomas Brink', decidedBy: 'cue-before' },
    // (Nor is a verb in a clause joined by "and" after the quotation, with a subject of its own.)
    { text: 'Harbour\n\nDana Ruiz runs the harbour now. Her predecessor used to say "you cannot beat the sea", and she agrees with him.', speaker: 'Her predecessor', decidedBy: 'cue-before' },
    // (The subject of an inverted sentence, "Among them was X", is the sentence's subject for the pronoun after it.)
    { text: 'Schools\n\nSenate leader Rosa Quill backed the plan. "Everything is on the table," Quill said.\n\nThe court ruled in March that schools were underfunded.\n\nParents rallied outside on Friday. Among them was Gloria Vance, whose children lost their art teacher.\n\n"My kids care that there is no one to teach them to paint," she said.', quote: 'My kids', speaker: 'Gloria Vance' },
    // (A style of address that is a man's or a woman's gives the gender the lists do not: "Alhaji".)
    { text: 'Market\n\nThe chairman of the traders, Alhaji Sani Garuba, said cracks had been reported.\n\n"We wrote to the council twice. Nobody came," he told our correspondent.', quote: 'We wrote', speaker: 'Sani Garuba' },
    // ("Her husband" after a couple named together, "Jo and Steve Harmer": the one named with her family name.)
    { text: 'Floods\n\nJo and Steve Quarrie have lived in a caravan since March.\n\n"We filled in every form," Mrs Quarrie said.\n\nHer husband, a retired driver, said the waiting was the worst part.\n\n"If they said no, at least we would know," he said.', quote: 'If they said', speaker: 'Steve Quarrie' },
    // (An office of a body described after everyone named, "The assembly's presiding officer", is whom the pronoun continues.)
    { text: 'Protest\n\n"We are not going anywhere," said Morgan Quarle, one of the organisers.\n\nThe assembly\'s presiding officer said the protest was peaceful.\n\n"People have a right to be heard," she said.', quote: 'People have', speaker: 'The assembly\'s presiding officer' },
    // (One of a group the article will not name, opening a sentence since anyone was named: "she" is that one.)
    { text: 'Job cuts\n\nMarta Vell, the chief executive, said the cuts were unavoidable. Former staff said they had been given two days\' notice. One, who asked not to be named, described the process as "brutal".\n\n"We found out on a video call," she said.', quote: 'video call', speaker: 'One' },
    // (Whom a paper "quoted ... as saying" speaks, not the paper.)
    { text: 'Talks\n\n"It is over," the Velby Post quoted Karim Nasser as saying.', speaker: 'Karim Nasser' },
    // ("Her Honour said", "His Lordship added": the judge named last before it.)
    { text: 'Sentence\n\nJudge Helen Marlow said the offender had been warned twice.\n\n"The cost has been borne by a young man," Her Honour said.', quote: 'cost', speaker: 'Helen Marlow' },
    // (A pronoun after one the article cannot name, "who cannot be named", in the paragraph before: that
    // person, whatever the noun, not the one named before.)
    { text: 'Builder jailed\n\nTomas Brink, 52, pleaded guilty on Monday.\n\nThe apprentice, who cannot be named, now uses a wheelchair.\n\n"I was going to be a builder," he said.', quote: 'builder', speaker: 'The apprentice' },
    // (A person, then "of the", a place's participle adjective and a body: the person speaks.)
    { text: 'Water\n\n"Both sides have staked too much," said Ruth Obi of the Velby-based Institute for Water Policy.', quote: 'Both sides', speaker: 'Ruth Obi' },
    // (An office, its zone or initials in brackets, then its holder: the holder speaks.)
    { text: 'Fraud\n\n"We have recovered laptops," said Deputy Commissioner of Police (East) Priya Varan.\n\n"The gang is known," said Inspector General of Police (IGP) Tomas Brink.', quote: 'recovered', speaker: 'Priya Varan' },
    { text: 'Fraud\n\n"We have recovered laptops," said Deputy Commissioner of Police (East) Priya Varan.\n\n"The gang is known," said Inspector General of Police (IGP) Tomas Brink.', quote: 'gang is known', speaker: 'Tomas Brink' },
    // (A member of the Dáil, "TD", is a person's noun: the description speaks, not the party in it.)
    { text: 'Rents\n\nThe party\'s housing spokesperson, Eoin Quarle, said renters were "drowning".\n\n"Every month, another family leaves," the Sinn Féin TD said.', quote: 'Every month', speaker: 'the Sinn Féin TD' },
    // ("he" after "But her husband, Geoff," opening the sentence: him, not the mayor named last as its object.)
    { text: 'Bus lanes\n\nMayor Tomas Brink defended the lanes. "The numbers speak for themselves," he said.\n\nRetired teacher Ann Vale said she would vote for his rival. "He listens," she said.\n\nBut her husband, Geoff, was backing the mayor. "Brink gets things done," he said.', quote: 'gets things', speaker: 'Geoff' },
    // ("he" after a minister named with a portfolio's word before the title, "Electricity
    // Minister X", who opens the paragraph: him, not the one who opened the paragraph before.)
    { text: 'Tariffs\n\nThe opposition walked out on Tuesday.\n\nLeader of the Opposition Tarun Velappan said the hike would burden households. "The government promised relief and delivered a shock," he told reporters.\n\nElectricity Minister Thangam Rao said the revision was mandated by the commission. "Even after the hike, our tariff is among the lowest," he said.', quote: 'Even after', speaker: 'Thangam Rao' },
    // (A court's "held", as law reports write a ruling.)
    // (Not a quotation inside the subordinate clause that opens the sentence: the main clause's
    // subject did not say it.)
    { text: 'Bins\n\nWhen the council promised "a cleaner, greener Harlow for every family", residents laughed.', speaker: 'the council', decidedBy: 'cue-before' },
    { text: 'Bail\n\nJustice Ifeoma Quarle granted bail on Thursday.\n\n"The court is satisfied that the defendant will attend his trial," the judge held.', speaker: 'Ifeoma Quarle' },
    // (A given name that is a woman's in one list, a second given name a man's: no gender, so the
    // minister named last is whom "he" stands for.)
    { text: 'Strike\n\nTraders kept their shops shut, their leader Tomas Brink said.\n\nA spokesman for the company said the cuts followed the schedule.\n\nProvincial Minister Rana Tariq Qadrani, while addressing a ceremony, urged the traders to end the strike. "Dialogue is the only way forward," he remarked.', quote: 'Dialogue', speaker: 'Rana Tariq Qadrani' },
    // (The person named in apposition after the description, a style before the name.)
    { text: 'Reef\n\nA report was published on Thursday.\n\n"We are watching a reef die," said the report\'s lead author, Dr Helena Quarles.', quote: 'We are watching', speaker: 'Helena Quarles' },
    // (Or after an age and a trade in lower case before the name.)
    { text: 'Gallery\n\nFive protesters were held.\n\n"Art cannot take oil money," one of the protesters, 23-year-old student Freya Lindqvale, shouted.', quote: 'Art cannot', speaker: 'Freya Lindqvale' },
    // (A dash between spaces is no part of the description after it.)
    { text: "WATCH: 'It was terrifying' - residents describe the blast\n\nA gas main exploded in Harlow on Monday.", quote: 'It was terrifying', speaker: 'residents' },
    // ("the" before a number opens the description: "the two leaders", not "two leaders".)
    { text: 'Talks\n\nThe presidents met in Geneva.\n\n"We have wasted too many years," the two leaders said in a joint statement.', quote: 'We have wasted', speaker: 'the two leaders' },
    // (A rank, "number" and its numeral, heads the description: not the indefinite "one".)
    { text: 'Upset\n\nPavel Kostrin lost in three sets.\n\n"He deserved it today," the world number one said.', quote: 'He deserved it', speaker: 'the world number one' },
    // ("she" after the writer's own relation opening a sentence nearer than the one described
    // before: the relation, not the earlier speaker continued.)
    { text: 'Words\n\nWhen I asked a nutritionist friend what the word meant, she laughed. "It means they want to charge you more," she said.\n\nMy mother, who lived to 94, had a simpler philosophy. "Eat your greens and go to bed," she used to say.', quote: 'Eat your greens', speaker: 'My mother' },
    // ("the company" is the firm named before, its name saying so, not the regulator named since.)
    { text: 'Shares\n\nShares of Quarle Pharma fell 9% on Monday after the drug regulator issued a warning letter to its plant.\n\nThe HDFA had inspected the plant in February.\n\n"We will work closely with the agency," the company said.', speaker: 'Quarle Pharma' },
    // ("she" after someone described by whose kin they are, subject of the sentence before: not
    // the woman named earlier.)
    { text: 'Delays\n\nDr Dana Ruiz said the delays were "unacceptable". "I am deeply sorry," she said.\n\nThe patient\'s daughter told the Harlow Echo her father had been left on a trolley. "Nobody came to check on him for hours," she said.', quote: 'Nobody came', speaker: 'The patient\'s daughter' },
    // ("Her sister agreed. "...," she said": the one named in apposition after the same words
    // before, past the quotation's own sentences.)
    { text: 'Sisters\n\nAnn Vell, 68, was adopted in 1957. Her sister, Mair Quarle, 66, was adopted two years later.\n\n"It was like looking in a mirror," Mrs Vell said.\n\nHer sister agreed. "We have the same laugh. It\'s uncanny," she said.', quote: 'We have the same laugh', speaker: 'Mair Quarle' },
    // (A document's verb that is a noun too: "the paper states", "the lawsuit claims".)
    { text: 'Reef study\n\nThe researchers warned of the risk. "Reefs cannot recover from a heatwave every year," the paper states.', speaker: 'the paper' },
    // (A passive's subject is spoken of, no speaker; "is quoted as saying" still credits.)
    { text: "Pier fund\n\nThe council's 'pier renewal' fund was branded a failure by auditors on Monday.", quote: 'pier renewal', speaker: null },
    { text: 'Pier fund\n\n"We are in and out of the field faster than anyone," Tomas Brink is quoted as saying.', speaker: 'Tomas Brink' },
    // ("informed", as Indian copy writes it, after a quotation its speaker's own paragraph holds.)
    { text: 'Dam project\n\nMinister Anil Rao said the dam would be finished by 2028.\n\n"We have released the first instalment," informed a senior official of the department.', speaker: 'a senior official of the department' },
    // (A review's or a feature's verbs, in the present: "she snarls", "he deadpans".)
    { text: 'Undertow review\n\nLena Early plays the ferry captain. "You do not get to decide what I know," she snarls at the owner.', speaker: 'Lena Early' },
    // (A question's asker who "wanted to know".)
    { text: 'Harbour row\n\nThe minister spoke for an hour.\n\n"Is this a joke?" Tomas Brink wanted to know.', speaker: 'Tomas Brink' },
    // (A headline's "Lions boss": of the article's bosses and managers, the one the side's name opens.)
    { text: '\'It\'s not over\': Lions boss vows to fight relegation\n\nLions manager Stuart Vell insists his side can still avoid relegation after a 3-0 defeat.\n\nCarrow Park boss Neil Rask said his team had been "ruthless".', quote: 'not over', speaker: 'Stuart Vell' },
    // ("he" the one described without a name as the sentence before's subject, though the noun
    // may name a body too ("operator") where "who" makes it a person's, and a relative clause
    // without commas stands between it and its verb of speech.)
    { text: 'Mining\n\nMinister Tomas Brink praised the chiefs.\n\nA mine operator who spoke on condition of anonymity said many young men had no other work. "If they stop us, what will we eat?" he asked.', speaker: 'A mine operator' },
    // (An epithet names no one named inside the quotation, but the subject of the sentence
    // before, after its title, "Manager X", over one named in passing by a possessive.)
    { text: 'Deal\n\nDefender Marcus Tavell signed a new deal on Monday.\n\nManager Carlos Vell said Tavell\'s experience was priceless.\n\n"Marcus sets the standard every day. The young lads watch him," the former Spain international added.', speaker: 'Carlos Vell' },
    // (A body's "head of" something, then the name in apposition: the person speaks.)
    { text: 'Ferry fine\n\nA ferry operator has been fined after a crew member was hurt.\n\n"This was an entirely avoidable accident," said the Harbour Safety Agency\'s head of enforcement, Rachel Vell.', speaker: 'Rachel Vell' },
    // (The body's name may hold "and": "the Harbour and Coastguard Agency's head".)
    { text: 'Ferry fine\n\nA ferry operator has been fined after a crew member was hurt.\n\n"This was an entirely avoidable accident," said the Harbour and Coastguard Agency\'s head of enforcement, Rachel Vell.', speaker: 'Rachel Vell' },
    // ("he" the one whose office, after a plural's possessive, opens the sentence before: "Residents'
    // group chairman X", not the man quoted the paragraph before.)
    { text: 'Mosque plan\n\nImam Tomas Brink said the community had "waited fifteen years" for a building.\n\nResidents\' group chairman Keith Vell said traffic was the main concern. "We are not against the mosque. We are against 900 cars on a residential street," he said.', quote: 'We are not against', speaker: 'Keith Vell' },
    // ("she" after a sentence opened by a connective and a description in apposition to the
    // name: its subject, not the woman quoted before it.)
    { text: 'March\n\nOpposition leader Dana Ruiz accused the government of "insulting farmers".\n\nMeanwhile, the union\'s women\'s wing head, Harjeet Kaur Vale, said women would lead the march.\n\n"Our mothers and sisters have suffered the most," she said.', quote: 'Our mothers', speaker: 'Harjeet Kaur Vale' },
    // (A "chairman" or "spokesman" may be a woman, as much copy writes the office: the noun
    // tells no gender, and "she" is the union's chairman, not the woman named before her.)
    { text: 'Teachers\n\nThe Commissioner for Education, Mrs Lena Early, spoke first.\n\nThe chairman of the Harlow Union of Teachers, Comrade Chinwe Aladi, called the offer a start.\n\nAladi, however, said the union was still waiting. "Our members cannot wait forever," she added.', speaker: 'Chinwe Aladi' },
    // (A person described by a compound of their trade, "ferrywoman", "ferryman", is the one the
    // next "she" or "he" continues, not a woman named before.)
    { text: 'Ferry strike\n\nThe harbour master, Dana Ruiz, has promised to meet the crews.\n\n"We have not been paid since March," said a young ferrywoman.\n\n"Nobody at the council answers our letters," she added.', quote: 'Nobody at', speaker: 'a young ferrywoman' },
    // (A "they" for one person the copy gives no "he" or "she", the subject just before it; not
    // two people named together.)
    { text: 'Timetable\n\nSam Okonjo, who speaks for the Harlow ferry company, confirmed the timetable change. "The late sailing was losing money," they said.', speaker: 'Sam Okonjo' },
    // (British copy's "they" for a body named in apposition to its noun, past a relative clause.)
    { text: 'Festival row\n\nThe firm that owns the festival, Harbour Records, says no deal has been signed.\n\n"Talks are continuing," they said.', speaker: 'Harbour Records' },
    // (An office named at a sentence's start is the role noun's antecedent, though the article
    // writes the office in lower case: trim-edges keeps "Treasurer" with the name.)
    { text: 'Budget\n\nTreasurer Tomas Brink agreed. "It is a responsible budget," the treasurer said.', speaker: 'Tomas Brink' },
    // (A description in apposition to the pronoun after it is that pronoun's: "she" is still the one named.)
    { text: 'Obituary\n\nLena Early, who has died aged 91, designed the sea wall.\n\nBorn in Harlow in 1935, the daughter of a fisherman, she won a scholarship. "They told me it was no job for a girl," she recalled.', speaker: 'Lena Early' },
    // (A pronoun with "would" joined on, as a habit is reported: "she'd say", "he’d tell us".)
    { text: 'Grandmother\n\nMy grandmother Dana Ruiz had a word for it. \'You just get on with it,\' she\'d say, usually while working.', speaker: 'Dana Ruiz', decidedBy: 'cue-after' },
    // (An age and an epithet: whom the article gave that role, not whoever was named last.)
    { text: 'Transfer talk\n\nQuarrow Rovers want Harlow Athletic striker Tomas Brink.\n\nThe club\'s president, Karim Nasser, is ready to pay.\n\n"I would love to play there," said the 23-year-old striker.', speaker: 'Tomas Brink' },
    // ("of the charity Watershare", "of campaign group Fairwater": the body's descriptor, and the person before it speaks.)
    { text: 'Rain hits the coast\n\n"Clean water comes first," said Lena Early of the charity Watershare.', speaker: 'Lena Early' },
    { text: 'Rain hits the coast\n\n"It is too late," said Anil Rao, of campaign group Fairwater.', speaker: 'Anil Rao' },
    // (A gesture beside the quotation attributes it too: "shrugged", "smiled".)
    { text: 'Harbour row\n\nTomas Brink says the plan is sound.\n\n"We will see," Dana Ruiz, a retired teacher, shrugged.', speaker: 'Dana Ruiz' },
    // (British and Australian copy's verbs of opinion: "reckons".)
    { text: 'Harbour row\n\nTomas Brink says the plan is sound.\n\n"We will see who is right in ten years," reckons Dana Ruiz.', speaker: 'Dana Ruiz' },
    // (A verb of thinking after "to" reports nothing: the cue before the quotation speaks.)
    { text: 'When the minister, Tomas Brink, promised last year to "level up every high street", I wanted to believe him.', speaker: 'Tomas Brink', decidedBy: 'cue-before' },
    // (A style names the ruler or the royal named last: "His Highness said".)
    { text: 'Terminal opens\n\nSheikh Karim bin Rashid, Ruler of Harlow, opened the terminal on Monday.\n\n"This terminal connects us to the world," His Highness said.', speaker: 'Karim bin Rashid' },
    // ("they" after a quotation: the body or the group the sentence before was about, as British copy writes a body.)
    { text: 'Label row\n\nHarbour Records have denied doing anything wrong.\n\n"At no point did we stop her performing," they said in a statement.', quote: 'At no point', speaker: 'Harbour Records' },
    { text: 'Pool vote\n\nResidents were furious. "We grew up in that water," they said.', speaker: 'Residents' },
    // (And one person copy calls "they", whose gender it does not give: a spokesperson, an official.)
    { text: 'Closure\n\nA spokesperson said no decision had been taken. "We will listen carefully," they said.', speaker: 'A spokesperson' },
    // ("she" after someone unnamed, described as the subject since anyone was named: after an
    // indefinite determiner, that one; after a possessive, perhaps the possessor: left for the editor.)
    { text: 'Quay plan\n\nTarun Okeke said the quay would bring jobs.\n\nA retired fisherman was less convinced. "We heard that ten years ago," he said.', speaker: 'A retired fisherman' },
    { text: 'Quay plan\n\nDana Ruiz said she had not been consulted.\n\nHer lawyer was blunt. "This decision will not survive a challenge," she said.', speaker: 'she' },
    // (A grandson named in apposition is a man: "she" is not him.)
    { text: 'Sisters reunited\n\nMary Vell was adopted in 1964. Her sister, Joan Quarle, stayed with their grandmother.\n\nIt was Mrs Quarle\'s grandson, Owen, who tracked her down.\n\n"He came round one evening with his laptop," she said.', speaker: 'Joan Quarle' },
    // (An honorific's gender over the lists' gender of the given name: "Mr Pritchard" is a man,
    // though a list knows "Gwyn" as a woman's name.)
    { text: 'Floods\n\nFarmer Gwyn Pritchard has lost 40 acres of wheat.\n\nNatural Resources Wales said it was working with landowners.\n\nMr Pritchard is unconvinced. "They said that last year," he said.', speaker: 'Gwyn Pritchard' },
    // (Or the subject of the paragraph before's last sentence, when the pronoun's paragraph opens
    // with the quotation: one sentence to a paragraph, as wire copy sets it.)
    { text: 'Search\n\nPolice Superintendent Greg Hollis said the search would go on.\n\nThe man\'s brother, who travelled from the coast, said the pair were experienced walkers.\n\n"He has done this track a dozen times," he said.', speaker: 'The man\'s brother' },
    // (After an opening phrase too; and a possessor of the other gender is not whom the pronoun
    // stands for, the one described is.)
    { text: 'Ramp collapse\n\nDeckhand Tomas Brink broke his pelvis. Judge Dana Ruiz fined the firm.\n\nIn a statement read to the court, his partner said he still woke at night. "He was the strongest person I knew," she wrote.', speaker: 'his partner' },
    { text: 'Quay plan\n\nDana Ruiz said she had not been consulted. Her husband died in 2019. "He would have fought this," she said.', speaker: 'Dana Ruiz' },
    // (A part of a group named by a pronoun: "one of them", not "them".)
    { text: 'Strike\n\nThe drivers met on Monday. "We are not going back," one of them said.', speaker: 'one of them' },
    // ("she" after a plain word for a person, "the woman", the subject of its paragraph's speech
    // verb, after an opening phrase too, with nobody named between: not the prosecutor named before.)
    { text: 'Arson case\n\nProsecutor Dana Ruiz said the woman woke to the smell of smoke.\n\nIn a statement read to the court, the woman said she no longer felt safe. "I check the doors five times," she said.', quote: 'check the doors', speaker: 'the woman' },
    // (An office of two capitalised words names again the one the article gave it, and so do its initials.)
    { text: 'Metro review\n\nChief Minister Anil Rao met the contractors on Tuesday.\n\n"The first line opens in December," the Chief Minister said.', speaker: 'Anil Rao' },
    { text: 'Metro review\n\nChief Minister Anil Rao met the contractors on Tuesday.\n\n"No more excuses," the CM added.', speaker: 'Anil Rao' },
    // (An age before the name, without "the", as British and Australian copy writes it.)
    { text: 'Clinic case\n\n"I could not walk for more than a few minutes," wrote 43-year-old Tomas Brink of Harlow.', speaker: 'Tomas Brink' },
    // (A short title quoted inside the speaker's description: `," the "Harbour" actor said`.)
    { text: 'Show\n\nThe series returns in May.\n\n"We loved every minute of it," the "Harbour" actor told the studio audience.', speaker: 'actor' },
    // (A headline drops its articles: `'...', says minister`.)
    { text: '\'Cuts will go on for many months\', says minister\n\nThe power cuts will continue, the energy minister said on Monday.', speaker: 'minister' },
    // (One word for a person between the quotation and the verb: `"Wait here," Dad said`.)
    { text: 'The drive home\n\n"Wait here," Dad said. "I will not be long."', speaker: 'Dad' },
    // (A pronoun with nobody named before it is the person the sentence before described: "a civil servant".)
    { text: "A senior civil servant laughed when I asked. 'It means we have no plan,' she said.", speaker: 'A senior civil servant' },
    // (Likewise after someone named, when the description comes after them as a source: its own speech verb.)
    { text: 'Minister Tarun Okeke said the drains had coped. A shopkeeper, who asked not to be named, said the water reached his roof. "I lost everything," he told reporters.', quote: 'lost everything', speaker: 'A shopkeeper' },
    { text: 'Tomas Brink said the position was untenable. A patient whose details were published, who asked not to be named, said the records were online. "Nobody contacted me," she said.', quote: 'Nobody contacted', speaker: 'A patient' },
    { text: 'District Collector Anil Rao said 23 bodies had been found. Another villager, a farmer, said the warnings were ignored. "Nobody came," he said.', quote: 'Nobody came', speaker: 'Another villager' },
    // (The last quotation's speaker, described without a name, whom "she" continues: a named woman before is not.)
    { text: 'Care home\n\nLena Early said her mother died there.\n\nA former member of staff, who asked not to be named, described the ward as "chaos".\n\n"We had no masks for two weeks," she said.', quote: 'no masks', speaker: 'A former member of staff' },
    // (A company named again by "the company": the organisation named before, weighed as "it" is.)
    { text: 'Steel profits fall\n\nVelcor Holdings reported a 12 percent fall in first-half profit on Thursday.\n\n"Market conditions remain challenging," the company said in a statement.', quote: 'Market conditions', speaker: 'Velcor Holdings' },
    { text: 'Chips\n\nVelcor Technologies reported record sales on Tuesday.\n\n"Demand for our chips has never been stronger," the tech giant said.', quote: 'Demand for our chips', speaker: 'Velcor Technologies' },
    // (A profile's "she" far from any naming: the one woman named before it, every person named
    // before it of a known gender.)
    { text: 'A harbour childhood\n\nLena Early grew up by the harbour in the 1970s.\n\nShe grew up in Harlow, the daughter of a teacher.\n\nHer father, Tomas Early, ran the school.\n\nHe retired in 1990.\n\nThe family moved north in 1995.\n\n"I laughed when I saw the photographs," she says.', quote: 'laughed', speaker: 'Lena Early' },
    // (Whom the reporter spoke to, described without a name: no verb of saying needed.)
    { text: 'Teens and business accounts\n\nThe Harlow Echo talked to one father, who had set up the account himself. "I was shocked," he said.', quote: 'shocked', speaker: 'one father' },
    // (Whom the writer asked, in an essay with a byline: not the byline's author, never "she".)
    { text: 'Why resilience grates\n\nBy Marta Vell\n\nEvery crisis brings its own words.\n\nWhen I asked a nurse in Quarrow what the word meant to her, she laughed. \'It means we are expected to cope with less,\' she said.', quote: 'cope with less', speaker: 'a nurse' },
    // (Not where a person named asks: she speaks on herself.)
    { text: 'Office\n\nDana Ruiz asked a colleague to check the figures. "It is all done," she said.', quote: 'all done', speaker: 'Dana Ruiz' },
    // (South Asian copy's verbs of saying: "opined", "averred", "rued", "clarified".)
    { text: 'Land case\n\nAdvocate Anil Rao appeared for the petitioners.\n\n"The allotment cannot stand," Rao averred.', quote: 'cannot stand', speaker: 'Anil Rao' },
    // (A caption between the description's paragraph and the pronoun's interrupts nothing.)
    { text: 'Frigate sails\n\nThe frigate sailed from Harlow on Monday.\n\n"She is ready for anything," a navy spokesman said.\n\nSailors wave to families as the frigate leaves Harlow harbour on Monday\n\n"We are proud of every one of them," he said.', quote: 'proud of every', speaker: 'a navy spokesman' },
    // (A relative introduced after the spokeswoman quoted, "of" and plain words: not the spokeswoman.)
    { text: 'Abduction\n\nSP Dana Ruiz said officers had been deployed. "We will find them," Ruiz said.\n\nA relative of one of the victims, who pleaded anonymity, told our correspondent that a ransom had been demanded.\n\n"We don\'t have that kind of money," he said.', quote: 'that kind', speaker: 'A relative of one of the victims' },
    // (A plural noun for people, alone, right after the quotation: a headline's convention too.)
    { text: "Bridge row\n\n'Nobody told us anything,' say residents after the closure.", speaker: 'residents' },
    // (A possessive opening the sentence before is not its subject: the name in apposition is.)
    { text: 'Rovers manager Tomas Brink hailed the win, and Brink said the side was "magnificent".\n\nBrink\'s opposite number, Karim Nasser, was less impressed.\n\n"The second goal was miles offside," he said.', quote: 'miles offside', speaker: 'Karim Nasser' },
    { text: '"We will not back down," Maria Okafor said on Tuesday.', speaker: 'Maria Okafor' },
    { text: '"The vote is final," said Deputy Mayor Tomas Brink.', speaker: 'Tomas Brink' },
    // (A possessive and a noun for a person, and the name in apposition: the name speaks.)
    { text: 'Tomas Brink said the rows were embarrassing.\n\n"It is a shame," added his neighbour, Marta Vell.', quote: 'shame', speaker: 'Marta Vell' },
    { text: 'Tomas Brink was jailed for two years.\n\n"He will appeal," said his lawyer.', quote: 'appeal', speaker: 'his lawyer' },
    // (An adverb of frequency or time between the subject and its verb: "she often says", "ministers first promised".)
    { text: 'Port\n\nMarta Vell has run the port for years.\n\n"The issue is not experience," she often says.', quote: 'experience', speaker: 'Marta Vell' },
    { text: '"Nobody told us anything," a resident of the estate said.', speaker: 'a resident of the estate' },
    // (Over an aside between dashes after the subject; not one that attributes itself, "– as X noted –".)
    { text: 'Housing\n\n"We are building," the minister – who has been in post for three months – insisted.', speaker: 'the minister' },
    // (A quotation inside its clause, before a verb that never inverts: the verb's object is no speaker.)
    { text: 'The publisher “vehemently” denies the allegations.', quote: 'vehemently', speaker: null },
    // ("close to" belongs to the phrase, and whom the source is close to does not speak.)
    { text: 'Dana Ruiz and Karim Nasser met on Monday. "They will never agree," said a person close to the Ruiz family.', speaker: 'a person close to the Ruiz family' },
    { text: '"Many were angered by the cuts" aimed at the council, said Tarun Okeke, a lecturer.', speaker: 'Tarun Okeke' },
    { text: '"With this play", says writer, Tomas Brink, "I wanted the cast to think."', speaker: 'Tomas Brink' },
    { text: '"The air is clearing," Tarun Okeke, an analyst at the Harbour, Energy and Water think tank told reporters.', speaker: 'Tarun Okeke' },
    // (A quotation closing on a nested one's comma, `...,'"`, is as tight to its verb as `...,"`.)
    { text: 'Ward remembered the worry of going on without that missing piece: "The script only said, \'She sings. The end,\'" Ward said.', speaker: 'Ward' },
    { text: "'It is a disgrace,' said a shopkeeper on the high street.", speaker: 'a shopkeeper' },
    // A description with the name in apposition after it is the one named.
    { text: '"The storm was the worst in years," said the harbour master, Ines Kovac, on Monday.', speaker: 'Ines Kovac' },
    { text: '"We expect twice as many visitors this year," said the mayor, Joan Fletcher.', speaker: 'Joan Fletcher' },
    // An organisation describing a person is no speaker; one speaking for it is.
    { text: 'Tom Reyes scored twice for Harbour Rovers on Saturday.\n\n"We deserved the win after the second half," the Harbour Rovers veteran said.', speaker: 'the Harbour Rovers veteran' },
    { text: 'Tom Reyes scored twice on Saturday.\n\n"We switched off for one second and got punished," the former Harbour Rovers defender said.', speaker: 'the former Harbour Rovers defender' },
    { text: 'Harbour Rovers were fined on Monday.\n\n"We will appeal against the decision," a Harbour Rovers spokesman said.', speaker: 'Harbour Rovers' },
    { text: '"The river is rising" and "the bridge may close," Gwen Adeyemi warned.', quote: 'river', speaker: 'Gwen Adeyemi' },
    { text: '"This changes everything!" beamed Oskar Lindqvist.', speaker: 'Oskar Lindqvist' },
    { text: 'Ruth Abara campaigned on "fair rents for everyone" for years, and criticised the landlords.', speaker: 'Ruth Abara', decidedBy: 'joined-verb' },
  ],
  find(ctx, st) {
    if (st.found) return null;
    const { text, tokens, tokenQuote } = ctx;
    const { quote: q, qa, sIdx, sent } = st;
    const at = cueAfterToken(ctx, st);
    const { base, afterLimit } = at;
    let { afterCue } = at;
    let result: Found | null = null;
    // `"That makes me careful," when Ward attacked him`, `..., while 60 percent said`: a verb in
    // a subordinate clause after the quotation does not attribute it.
    if (afterCue >= 0) {
      // ("Fenwick, after a long pause, said": a comma closes the clause before the verb.)
      for (let k = base; k < afterCue; k++) {
        if (tokenQuote[k] >= 0 || !SUBORDINATORS.has(ctx.tokens[k]?.lower)) continue;
        let closed = false;
        for (let j = k + 1; j < afterCue; j++) if (tokens[j].text === ',') closed = true;
        if (!closed) { afterCue = -1; break; }
      }
    }
    // (`"level up every high street", I wanted to believe him`: a verb of thinking after "to" is
    // an infinitive that reports nothing.)
    if (afterCue > 0 && ctx.tokens[afterCue - 1]?.lower === 'to' && THINKING_VERBS.has(ctx.tokens[afterCue]?.lower ?? '')) afterCue = -1;
    // (`When my editor asked me to write about 'resilience', I groaned`: a quotation inside the
    // subordinate clause that opens the sentence is none of what the main clause's verb reports.)
    if (afterCue > 0 && insideOpeningClause(ctx, qa, sent.firstToken)) afterCue = -1;
    // (`described Ruiz as "unfit for office", a charge she denies`: the verb after a noun for
    // what was said, in apposition to the quotation, is a relative clause's, no report of it.)
    if (afterCue > 0 && claimInApposition(ctx, base, afterCue)) afterCue = -1;
    // `"street crime" often in his campaign, and criticized Ward`: a verb joined by "and"
    // belongs to the clause's own subject, before the quotation.
    if (afterCue > base && /^(?:and|but)$/.test(ctx.tokens[afterCue - 1]?.lower) && !opensSentence(ctx, qa, sent.firstToken)) {
      const cs = clauseSubject(ctx, afterDateline(ctx, sIdx), qa);
      if (cs) result = found('joined-verb', 'cue-before', cs, afterCue, afterCue + 1);
      afterCue = -1;
    }
    if (afterCue >= 0) {
      const gapTokens = afterCue - base;
      let subj = gapTokens > 0 ? subjectBefore(ctx, afterCue, base) : null;
      if (subj && subj[0] < base) subj = null;
      // `," a person familiar with the matter said`: the whole phrase between the quotation
      // and the verb is the subject.
      // (`" aimed at the board, said Tarun Okeke`: after a comma, a verb with a named person
      // right after it is inverted, whatever the words before the comma.)
      // (Not "telling Cook": a participle's or a telling verb's object is no speaker.)
      if (!subj && gapTokens > 1 && tokens[afterCue - 1].text === ',' && !ctx.tokens[afterCue].lower.endsWith('ing') && !TELL_VERBS.has(ctx.tokens[afterCue].lower)) {
        const after = subjectAfter(ctx, afterCue, afterLimit);
        const ei = after ? ctx.tokenEntity[after[0]] : -1;
        if (after && ei >= 0 && ctx.entities[ei].type === 'person') subj = after;
      }
      if (!subj && gapTokens >= 1) subj = gapPhrase(ctx, base, afterCue);
      // (`," Tarun Okeke, an analyst at the Energy and Water think tank told`: a person named
      // right after the quotation, then a comma, is the speaker, not a name in the appositive;
      // so where the words before the verb read as no subject at all.)
      if (subj ? subj[0] > base + 1 : gapTokens > 2 && gapTokens <= LEAD_GAP) {
        let a = base;
        while (a < afterCue && tokens[a].kind === 'punct') a++;
        const lead = ctx.tokenEntity[a];
        if (a <= base + 1 && lead >= 0 && ctx.entities[lead].type === 'person' && (!subj || ctx.tokenEntity[subj[0]] !== lead)) {
          let e = a;
          while (e < afterCue && ctx.tokenEntity[e] === lead) e++;
          if (tokens[e]?.text === ',' && !(a > 0 && ctx.tokenEntity[a - 1] === lead)) subj = [a, e];
        }
      }
      // (`"...," the Velby Post quoted Karim Nasser as saying`: whom the paper quotes speaks.)
      if (QUOTING_VERBS.has(ctx.tokens[afterCue].lower)) {
        const obj = subjectAfter(ctx, afterCue, afterLimit);
        if (obj && ctx.tokens[obj[1]]?.lower === 'as' && /^(?:saying|having|telling)$/.test(ctx.tokens[obj[1] + 1]?.lower ?? '')) subj = obj;
      }
      // `"...," calling the mayor a liar`: the object of such a verb is not its speaker.
      // (`The publisher "vehemently" denies the claims`: a quotation closing on no mark, a verb
      // that never inverts right after it, stands inside its clause; what follows the verb is its
      // object. `"... analytics" said Karim Nasser` inverts.)
      const inside = gapTokens === 0 && !INVERTING.test(ctx.tokens[afterCue]?.lower ?? '') && !/[.,;:?!…\-—–'’"”]\s*$/.test(text.slice(q.innerStart, q.innerEnd).trimEnd());
      const objectVerb = OBJECT_VERBS.test(ctx.tokens[afterCue]?.lower) || inside;
      if (!subj && !objectVerb) subj = subjectAfter(ctx, afterCue, afterLimit);
      // `," said the 58-year-old.`: right after the quotation, any noun phrase up to the end of
      // the sentence is the speaker.
      if (!subj && gapTokens <= 1 && !objectVerb) subj = subjectAfter(ctx, afterCue, afterLimit, true);
      // (A long appositive may follow a name right after the quotation: `," Haddad, the 2020 Liberal
      // frontrunner ... , said`.)
      if (subj && (gapTokens <= 24 || subj[0] <= base + 1)) {
        result = found('cue-after', 'cue-after', subj, afterCue, afterCue + 1);
      }
    }
    // A quotation inside a sentence (`Ward called it "a waste" after he ...`) belongs to the
    // attribution before it, unless the cue follows it at once (`... "a con," he said`).
    if (result && !opensSentence(ctx, qa, sent.firstToken)) {
      const innerText = text.slice(q.innerStart, q.innerEnd).trimEnd();
      // (A quotation closing on a nested one's comma, `...,'"`, is as tight, when a name follows:
      // a pronoun there is left to the attribution before, which names whom it stands for.)
      const named = result.speakerEnd - result.speakerStart > 1 || ctx.tokenEntity[result.speakerStart] >= 0;
      const tight = afterCue - base <= 5 && (innerText.endsWith(',') || (named && /,\s*['‘’"“”]$/.test(innerText)) || /,\s*["”’']?$/.test(text.slice(tokens[base - 1].start, tokens[base - 1].end + 1)) || tokens[base]?.text === ',' || afterCue === base || DASHES.has(tokens[base]?.text ?? ''));
      // (`Her father used to say "...", and she agrees`: a clause joined by "and" or "but" after
      // the quotation has its own subject and verb, no report of the quotation; the cue before
      // speaks.)
      if (!tight || conjoinedAfter(ctx, base, afterCue)) { st.looseAfter = result; return null; }
    }
    return result;
  },
};

/** An attribution after the quotation that is not right after it, when nothing nearer attributes it. */
export const cueAfterLate: CueRule = {
  id: 'cue-after-late',
  description: 'A cue after a quotation inside a sentence, some words on, when no cue before it attributes it: `He called it "a mess" on Monday, officials said`.',
  examples: [
    { text: 'The plan was "a mess from start to finish" by most accounts, Elena Varga said.', speaker: 'Elena Varga' },
    // ("think tank" a noun, no verb of thinking: the whole description speaks.)
    { text: 'Tax\n\nTax rises are "inevitable", a leading think tank has warned.', speaker: 'a leading think tank' },
  ],
  find(_ctx, st) {
    if (st.found || !st.looseAfter) return null;
    // (A verb joined by "and" keeps its own rule: it reads the clause's subject, not the words after.)
    return st.looseAfter.rule === 'cue-after' ? { ...st.looseAfter, rule: 'cue-after-late' } : st.looseAfter;
  },
};

/** After the quotation's close at `base`, a comma perhaps, then "and" or "but" opening a clause whose subject stands before the verb at `cue`. */
function conjoinedAfter(ctx: AttributionContext, base: number, cue: number): boolean {
  const { tokens } = ctx;
  let k = base;
  while (k < cue && tokens[k].kind === 'punct') k++;
  return k + 1 < cue && (tokens[k].lower === 'and' || tokens[k].lower === 'but');
}

/** Nouns for a charge or a remark, in apposition after a quotation: `"unfit for office", a charge she denies`. */
const CLAIM_NOUNS = new Set(['charge', 'claim', 'accusation', 'allegation', 'suggestion', 'characterisation', 'characterization', 'description', 'label',
  'assertion', 'remark', 'insult', 'slur', 'jibe', 'gibe', 'phrase', 'term', 'epithet', 'depiction', 'criticism', 'comment', 'comments', 'claims', 'charges', 'allegations']);

/** After the quotation's close at `base`, a comma, "a" or "an", at most one word, then a noun for a charge or a remark before the verb at `cue`. */
function claimInApposition(ctx: AttributionContext, base: number, cue: number): boolean {
  const { tokens } = ctx;
  let k = base;
  while (k < cue && tokens[k].kind === 'punct' && tokens[k].text !== ',') k++;
  if (tokens[k]?.text !== ',' || !/^(?:a|an)$/.test(tokens[k + 1]?.lower ?? '')) return false;
  for (let j = k + 2; j < cue && j <= k + 3; j++) if (CLAIM_NOUNS.has(tokens[j].lower)) return true;
  return false;
}
