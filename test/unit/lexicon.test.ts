import { strict as assert } from 'node:assert';
import { CITIES, COUNTRIES, EXTRA_PLACES, FEMALE_NAMES, isFirstName, isKnownPlace, isSpeechWord, MALE_NAMES } from '../../src/core/lexicon/lexicon';

// The place and first-name look-ups ask a bloom filter before the large sets: it may let a word
// through that the set does not hold, but must never turn away one it does, whatever string
// representation the word reaches it in (copied, sliced from a one-byte or a two-byte text,
// joined).
const representations = (w: string): string[] => [
  w,
  `${w} `.slice(0, -1),
  `“${w}” and more words after it`.slice(1, 1 + w.length),
  `plain ascii text before ${w} and after`.slice(24, 24 + w.length),
  [...w].join(''),
];

describe('the lexicon\'s filtered look-ups', () => {
  it('find every place the lists hold, in every representation', () => {
    let n = 0;
    for (const list of [COUNTRIES, CITIES, EXTRA_PLACES]) {
      for (const w of list) for (const r of representations(w)) { assert.ok(isKnownPlace(r), JSON.stringify(r)); n++; }
    }
    assert.ok(n > 1000, `only ${n} places asked`);
  });

  it('find every first name the lists hold, in every representation', () => {
    let n = 0;
    for (const list of [FEMALE_NAMES, MALE_NAMES]) {
      for (const w of list) for (const r of representations(w)) { assert.ok(isFirstName(r), JSON.stringify(r)); n++; }
    }
    assert.ok(n > 1000, `only ${n} first names asked`);
  });

  it('still turn away words the lists do not hold', () => {
    for (const w of ['The', 'Minister', 'said', 'Harbourmaster', 'Quillpost', '']) {
      assert.equal(isKnownPlace(w), false, w);
      assert.equal(isFirstName(w), false, w);
    }
  });
});

describe('verbs of speech in any inflection', () => {
  it('read a short verb in "-ies" and "-ied", a doubled consonant before "-ed" or "-ing", and the verbs a review gives its people', () => {
    for (const w of ['cries', 'cried', 'snapped', 'quipping', 'begged', 'snarls', 'deadpans', 'gasped', 'informed', 'disclosed', 'intimated']) assert.ok(isSpeechWord(w), w);
    for (const w of ['dies', 'lied', 'red', 'chatted', 'roared', 'stepped']) assert.ok(!isSpeechWord(w), w);
  });
});
