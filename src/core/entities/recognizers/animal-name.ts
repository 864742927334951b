// Rule animal-name: pets, horses and zoo animals are named like people ("her dog Rex", "the
// racehorse Silver Lining", "her Labrador Biscuit"); such a name names the animal, no person.
import { textOf } from '../tests';
import type { RejectRule } from './rule';

/** Nouns for an animal a name may follow: "her dog Rex", "the mare Dancing Jill". */
const ANIMAL_NOUNS = new Set(['dog', 'puppy', 'pup', 'cat', 'kitten', 'horse', 'racehorse', 'pony', 'mare', 'gelding', 'stallion', 'colt',
  'filly', 'donkey', 'parrot', 'budgie', 'rabbit', 'hamster', 'tortoise', 'ferret', 'goat', 'cow', 'bull', 'ram', 'sheep', 'pig',
  'spaniel', 'terrier', 'retriever', 'collie', 'poodle', 'greyhound', 'whippet', 'lurcher', 'beagle', 'bulldog', 'sheepdog', 'labrador',
  'elephant', 'giraffe', 'gorilla', 'chimpanzee', 'orangutan', 'panda', 'lion', 'lioness', 'tiger', 'bear', 'whale', 'dolphin', 'seal',
  'penguin', 'otter', 'eagle', 'owl', 'falcon', 'hawk', 'swan', 'stork']);
/** Breeds written capitalised, opening the run before the animal's name: "her Labrador Biscuit". */
const CAPITAL_BREEDS = new Set(['Labrador', 'Alsatian', 'Dalmatian', 'Rottweiler', 'Chihuahua', 'Dachshund', 'Pomeranian', 'Doberman',
  'Staffie', 'Jack', 'Cocker', 'Springer', 'Shih', 'Husky', 'Pug', 'Westie']);
/** Determiners that make the noun before a name an animal's own: "her dog", "the racehorse", "a mare". */
const OWNING = new Set(['her', 'his', 'their', 'my', 'our', 'your', 'the', 'a', 'an', 'family', "'s", '’s']);

/**
 * A name right after a noun for an animal with its determiner ("her dog Rex", "the racehorse
 * Silver Lining", "a spaniel called Biscuit" is the naming verb's), or after a capitalised breed
 * after a possessive ("her Labrador Biscuit"), is the animal's: no person. The article's later
 * mentions of that name are the animal's too.
 */
export const animalName: RejectRule = {
  id: 'animal-name',
  description: 'A name after a noun for an animal with its determiner ("her dog Rex", "the racehorse Silver Lining") or after a breed written capitalised ("her Labrador Biscuit") is the animal\'s, there and later: no person.',
  examples: [
    { text: 'Tribute\n\nThe presenter paid tribute to her dog Rex Velder, who died on Monday aged 14.', name: 'Rex Velder', type: null },
    { text: 'Tribute\n\nThe presenter paid tribute to her Labrador Biscuit, who has died. Biscuit was 14.', name: 'Biscuit', type: null },
    { text: 'Racing\n\nThe racehorse Silver Tarun won by a length at Harlow on Saturday.', name: 'Silver Tarun', type: null },
    // (A person after an animal's noun and a comma, or the owner, stays one.)
    { text: 'Tribute\n\nThe dog was found by its owner, Dana Ruiz, on Monday.', name: 'Dana Ruiz', type: 'person' },
    { text: 'Tribute\n\nThe dog walker Dana Ruiz found the bag on Monday.', name: 'Dana Ruiz', type: 'person' },
  ],
  rejects(ctx, a, b) {
    const { tokens } = ctx;
    if (ctx.animalNames?.has(textOf(ctx, a, b))) return true;
    let s = -1;
    // ("her Labrador Biscuit": a breed opening the run after a possessive, the name after it.)
    if (b - a >= 2 && CAPITAL_BREEDS.has(tokens[a].text) && a > 0 && OWNING.has(tokens[a - 1].lower) && tokens[a - 1].lower !== 'the') s = a + 1;
    // ("her dog Rex", "the racehorse Silver Lining": the noun in lower case, its determiner before it.)
    else if (a >= 2 && ANIMAL_NOUNS.has(tokens[a - 1].text) && OWNING.has(tokens[a - 2].lower)) s = a;
    if (s < 0) return false;
    (ctx.animalNames ??= new Set()).add(textOf(ctx, s, b));
    return true;
  },
};
