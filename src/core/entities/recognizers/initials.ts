// Rule initials: a short word in capitals is an organisation's initials, unless the text spells
// it out in lower case, it is an era or a measure, or an office's initials.
import { COMMON_WORDS, OFFICE_INITIALS, ORG_WORDS } from '../../lexicon/lexicon';
import { isAllCaps } from '../../text/words';
import type { TypeRule } from './rule';
import { HONOURS } from '../words';

/** "NATO", "UNHCR": a short all-capitals word is an organisation's initials. */
export const initials: TypeRule = {
  id: 'initials',
  description: 'A short word in capitals is an organisation\'s initials ("UNHCR"), unless the text spells it out in lower case ("river silt and harbour depth (RSHD)") or it is an era or a measure ("BC", "IQ").',
  examples: [
    { text: 'Aid from the UNHCR reached the camp.', name: 'UNHCR', type: 'organization' },
    { text: 'Tools for digital humanities (DH) are cheap. DH projects are growing.', name: 'DH', type: null },
    // (Spelled out in lower case, a linking word giving no letter, a hyphenated word one a part.)
    { text: 'Surveys of river silt and harbour depth (RSHD) began in May. RSHD data came later.', name: 'RSHD', type: null },
    { text: 'The team built a low-energy lamp (LEL) for clinics. Each LEL costs little.', name: 'LEL', type: null },
    { text: 'The Municipal Chief Executive (MCE), Mr Karim Nasser, said the levies would stay.', name: 'MCE', type: null },
    { text: 'The fund, worth AED 5 billion, opens to start-ups in June.', name: 'AED', type: null },
    { text: 'Results\n\nThe difference was 2.3 points (95% CI 1.4 to 3.2) in the first year.', name: 'CI', type: null },
    { text: 'Taxi strike\n\nCommuters were left stranded across the Velbury CBD on Monday as drivers blockaded routes.\n\nShop owners in the CBD counted the cost.', name: 'CBD', type: null },
    // (A member of a mayoral committee, an office by its initials.)
    { text: 'Water\n\nMMC for utilities Themba Qoboza said residents must cut consumption.', name: 'MMC', type: null },
    // (A match official's screen, no body.)
    { text: 'Derby\n\nThe manager branded the use of VAR "shambolic" after the defeat.', name: 'VAR', type: null },
    // (A Nigerian silk's rank after the name, as "QC" is a British one's.)
    { text: 'Bail\n\nHis lawyer, Chief Tomas Obiora (SAN), said his client would clear his name.', name: 'SAN', type: null },
    // (An honour, alone or after a name.)
    { text: 'Honours\n\nThe fundraiser was awarded an MBE in 2009, and the lifeboat crew a BEM.', name: 'MBE', type: null },
  ],
  type(ctx, r) {
    if (r.words !== 1) return null;
    const len = r.name.replace(/\./g, '').length;
    if (!(isAllCaps(r.name) && len >= 2 && len <= 6)) return null;
    // An acronym the text spells out in lower case is a term ("digital humanities (DH)"), and
    // era and measure abbreviations name no one: a mention of a name known otherwise, at most.
    if (ERA_AND_TERM.has(r.name) || (ctx.termAcronyms ??= termAcronyms(ctx.text)).has(r.name)) return { type: null, strength: 0 };
    // ("The Municipal Chief Executive (MCE), Mr Kwame Asante": an office's initials in brackets
    // after it name the office, no body.)
    const { tokens } = ctx;
    if (r.prev === '(' && r.a >= 2 && OFFICE_LAST.has(tokens[r.a - 2].lower) && tokens[r.b]?.text === ')') return { type: null, strength: 0 };
    return { type: 'organization', strength: 2 };
  },
};

/** Last words of an office's name: "Chief Executive", "Public Relations Officer", "Commissioner". */
const OFFICE_LAST = new Set(['executive', 'officer', 'director', 'secretary', 'commissioner', 'minister', 'manager', 'inspector', 'superintendent', 'registrar', 'chairman', 'chairperson']);

/** Abbreviations that are no organisation: eras, measures, currencies, common terms. */
const ERA_AND_TERM = new Set(['BC', 'BCE', 'AD', 'CE', 'IQ', 'PS', 'PM', 'AM', 'LLM', 'AI', 'ICT', 'IT', 'RSS', 'URL', 'PDF', 'HTML', 'USB',
  'GPS', 'ATM', 'SMS', 'DIY', 'FAQ', 'ASAP', 'RSVP', 'DVD', 'CD', 'LCD', 'LED', 'HIV', 'AIDS', 'SARS', 'COVID', 'DNA', 'RNA', 'MRI',
  'CT', 'ER', 'ICU', 'PTSD', 'ADHD', 'BMI', 'GDP', 'GNP', 'CPI', 'VAT', 'USD', 'EUR', 'GBP', 'JPY', 'CHF', 'DKK', 'SEK', 'NOK',
  'CUC', 'CNY', 'INR', 'IQR',
  // (A study's, a market's and a business's terms: "95% CI", "an RCT", "its ROI", "each KPI", "EBITDA".)
  'CI', 'RCT', 'ROI', 'KPI', 'KPIs', 'EBITDA', 'EPS', 'ETF', 'ETFs', 'IPO', 'IPOs', 'YoY', 'QoQ',
  // (A town's centre and a street's vehicles and fuels: "the Harlow CBD", "an SUV", "EVs", "LPG".)
  'CBD', 'SUV', 'SUVs', 'EV', 'EVs', 'LPG', 'CNG',
  // (Currencies by their codes before an amount: "AED 5 billion", "KES 300", "ZAR 12".)
  'AED', 'SAR', 'QAR', 'KWD', 'BHD', 'OMR', 'EGP', 'ZAR', 'NGN', 'KES', 'GHS', 'UGX', 'TZS', 'PKR', 'BDT', 'LKR', 'AUD', 'NZD', 'SGD', 'HKD',
  'MYR', 'IDR', 'THB', 'VND', 'KRW', 'TWD', 'BRL', 'MXN', 'ARS', 'CLP', 'RUB', 'UAH', 'PLN', 'CZK', 'HUF', 'ILS', 'IRR', 'ETB', 'XOF', 'XAF', 'RMB', 'SD', 'PhD', 'MA', 'BA', 'MSc', 'BSc', 'MBA', 'CV', 'ID', 'OK', 'TV', 'PC',
  // (Offices and trades, no organisations: "a GP", "the local MP", "an MLA", "the CM", "the SHO".)
  'GP', 'MP', 'MSP', 'MEP', 'TD', 'QC', 'KC', 'SAN', 'NGO', 'NGOs', 'VAR', 'DJ', 'MC', ...[...OFFICE_INITIALS].map((w) => w.toUpperCase()),
  // (An honour alone: "awarded an MBE".)
  ...HONOURS]);

/** A letter or a hyphen at `i` (a code point; a surrogate pair read as one), and its length. */
function wordCharBefore(text: string, i: number): number {
  const c = text.charCodeAt(i - 1);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45 ? 1 : 0;
  const pair = c >= 0xdc00 && c <= 0xdfff && i >= 2 && text.charCodeAt(i - 2) >= 0xd800 && text.charCodeAt(i - 2) <= 0xdbff;
  const ch = pair ? text.slice(i - 2, i) : text[i - 1];
  return /^\p{L}$/u.test(ch) ? ch.length : 0;
}

/**
 * The words ending right before `at` (each a letter then letters or hyphens, each followed by
 * white space): at most `most`, no further back than `floor`, in text order; none when no white
 * space precedes `at`. Reads each character once, backwards.
 */
function wordsBefore(text: string, at: number, floor: number, most: number): string[] {
  const words: string[] = [];
  let i = at;
  while (words.length < most) {
    const end0 = i;
    while (i > floor && /\s/.test(text[i - 1])) i--;
    if (i === end0) break;
    const end = i;
    for (let k = wordCharBefore(text, i); k && i - k >= floor; k = wordCharBefore(text, i)) i -= k;
    // A word starts with a letter: leading hyphens are no part of it, and end the run of words.
    let start = i;
    while (start < end && text.charCodeAt(start) === 45) start++;
    if (start === end) break;
    words.unshift(text.slice(start, end));
    if (start !== i) break;
  }
  return words;
}

/** Words a spelled-out name may skip or take a letter from: "river silt and harbour depth (RSHD)", "Department of Health (DOH)". */
const LINKING_WORDS = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'to', 'a', 'an', 'at', 'by', 'with', 'de', 'la', 'le', 'du', 'des', 'del', 'der', 'und', 'y', 'et']);

/**
 * Where the words before a bracket spell `letters` (each its first letter, a hyphenated word
 * perhaps one letter a part, a linking word perhaps none), the index of the first word spelled;
 * -1 when they do not. The last word always gives the last letter.
 */
export function spelledFrom(words: readonly string[], letters: string): number {
  const spell = (w: number, l: number): number => {
    if (l === 0) return w + 1;
    if (w < 0) return -1;
    const word = words[w];
    const options: string[] = [word.charAt(0).toUpperCase()];
    const parts = word.split('-').filter(Boolean);
    if (parts.length > 1) options.push(parts.map((p) => p.charAt(0).toUpperCase()).join(''));
    for (const o of options) {
      if (o.length <= l && letters.slice(l - o.length, l) === o) {
        const at = spell(w - 1, l - o.length);
        if (at >= 0) return at;
      }
    }
    // (A linking word may give no letter, though never the first word spelled nor the last.)
    return w < words.length - 1 && LINKING_WORDS.has(word.toLowerCase()) ? spell(w - 1, l) : -1;
  };
  return spell(words.length - 1, letters.length);
}

/**
 * Acronyms a text defines as terms: spelled out in lower-case words ("large language models
 * (LLMs)", "river silt and harbour depth (RSHD)", "self-reported recall (SRR)"), or in
 * capitalised everyday words with no organisation's word among them ("Digital Humanities (DH)",
 * not "World Health Organization (WHO)").
 */
export function termAcronyms(text: string): Set<string> {
  const out = new Set<string>();
  // Each "(DH)" first, then the words before it, read backwards: the words a spelled-out phrase
  // may have are found at the parentheses alone (a search trying six words at every letter of
  // the text cost a third of the engine's time on real copy).
  const re = /\(([A-Z]{2,6})s?\)/g;
  let floor = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const letters = m[1];
    const before = wordsBefore(text, m.index, floor, letters.length + 4);
    if (!before.length) continue;
    floor = re.lastIndex;
    // Spelled word for word, in lower case or in everyday capitalised words; in lower case, also
    // skipping a linking word or taking a letter from each part of a hyphenated one (in capitals
    // that looser reading would take a body's name, "Harbour and Coastal Patrol (HCP)").
    const words = before.slice(-letters.length);
    const lower = words.map((w) => w.toLowerCase());
    const exact = words.length === letters.length && words.map((w) => w.charAt(0).toUpperCase()).join('') === letters;
    if (exact && (words.every((w) => /^\p{Ll}/u.test(w)) || (lower.every((w) => COMMON_WORDS.has(w) || w.length < 4) && !lower.some((w) => ORG_WORDS.has(w))))) out.add(letters);
    else {
      const from = spelledFrom(before, letters);
      if (from >= 0 && before.slice(from).every((w) => /^\p{Ll}/u.test(w))) out.add(letters);
    }
  }
  return out;
}
