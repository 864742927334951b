// Nouns for people: a human being by who they are ("widow", "commuter", "ferryman"), the test of one,
// and a person counted by their children ("mum-of-three"). Read by the attribution rules and by the
// entity rules that name again someone just named ("the widow said").
import { ROLE_NOUNS } from './lexicon';

/** Who someone is in everyday copy, as British, Irish and Australian papers name them: "a pensioner said", "one commuter told the paper". */
export const EVERYDAY_PEOPLE = ['mum', 'gran', 'grandma', 'grandpa', 'grandad', 'granny', 'pensioner', 'widower', 'schoolgirl', 'schoolboy',
  'homeowner', 'tenant', 'landlord', 'shopkeeper', 'motorist', 'cyclist', 'commuter', 'villager', 'mourner',
  'witness', 'onlooker', 'bystander', 'tourist', 'holidaymaker', 'carer', 'retiree', 'fisherman', 'passenger', 'farmer', 'grazier', 'rancher', 'grower',
  'patient', 'customer', 'trader', 'pedestrian', 'visitor', 'refugee', 'migrant', 'eyewitness', 'shopper', 'diner', 'guest',
  // (and the people of court, crime, work and school copy)
  'servant', 'organiser', 'organizer', 'volunteer', 'neighbour', 'neighbor', 'supporter', 'pupil', 'parent', 'employee',
  'solicitor', 'barrister', 'victim', 'survivor', 'detective', 'constable', 'firefighter', 'paramedic', 'soldier',
  'defendant', 'claimant', 'plaintiff', 'juror', 'prisoner', 'inmate',
  'campaigner', 'chef', 'artist', 'photographer',
  // (and of arts and entertainment copy)
  'comedian', 'singer', 'actor', 'actress', 'presenter', 'musician', 'rapper', 'songwriter', 'novelist', 'author',
  'writer', 'poet', 'dancer', 'broadcaster', 'filmmaker', 'designer', 'spinner',
  // (and the family and the public: "A relative of one of the victims told ...", "a member of the public")
  'relative', 'cousin', 'nephew', 'niece', 'uncle', 'aunt', 'member',
  // (and the household: "his partner wrote", "her fiancé said")
  'partner', 'fiance', 'fiancee', 'fiancé', 'fiancée', 'boyfriend', 'girlfriend', 'grandson', 'granddaughter', 'stepson',
  'stepdaughter', 'stepmother', 'stepfather', 'sibling',
  // (and of sports and working copy: "said the club's assistant", "a nurse at the hospital said")
  'assistant', 'captain', 'player', 'striker', 'goalkeeper', 'midfielder', 'defender', 'winger', 'referee', 'umpire',
  'batsman', 'batter', 'bowler', 'jockey', 'trainer', 'physio', 'nurse', 'midwife', 'teacher', 'pilot', 'surgeon', 'widow',
  // (and of business, science and comment: "Developers call the flats ...", "Historians argue ...")
  'developer', 'investor', 'engineer', 'builder', 'retailer', 'lender', 'academic', 'employer', 'consumer', 'medic', 'traveller',
  'traveler', 'buyer', 'seller', 'dealer', 'broker', 'commentator', 'pundit', 'historian', 'archaeologist', 'astronomer', 'biologist',
  'epidemiologist', 'virologist', 'psychologist',
  // (and of outdoor copy: "'I thought I was going to die': swimmer rescued", "a climber who fell")
  'swimmer', 'climber', 'walker', 'hiker', 'runner', 'boy', 'girl',
  // (and of the sea: "Harbour master Dana Quill said", "the ship's master", "a lifeguard")
  'master', 'lifeguard', 'deckhand',
  // (and of the parish, the estate and the park: "Parish clerk Dana Quill", "a park ranger said")
  'clerk', 'caretaker', 'cleaner', 'janitor', 'warden', 'ranger', 'porter', 'steward', 'postmistress', 'verger',
  // (and of the trades: "his apprentice", "a trainee", "the labourer")
  'apprentice', 'trainee', 'intern', 'labourer', 'laborer',
  // (and of the till and the bank: "a bakery owner", "savers", "his client", "subscribers")
  'owner', 'co-owner', 'client', 'borrower', 'saver', 'depositor', 'subscriber'];

/** Nouns for a human being (PERSON_NOUNS also holds organisations and documents, which speak too). */
export const HUMAN_NOUNS = new Set(['man', 'woman', 'men', 'women', 'mother', 'father', 'wife', 'husband', 'son', 'daughter',
  'brother', 'sister', 'friend', 'voter', 'resident', 'student', 'worker', 'fan', 'candidate', 'nominee', 'rival',
  'opponent', 'critic', 'leader', 'host', 'moderator', 'anchor', 'reporter', 'journalist', 'writer', 'author', 'editor',
  'columnist', 'blogger', 'spokesman', 'spokeswoman', 'doctor', 'lawyer', 'attorney', 'pollster', 'strategist',
  'veteran', 'widow', 'teacher', 'pastor', 'priest', 'officer', 'mom', 'dad', 'grandmother', 'grandfather', 'activist',
  'protester', 'businessman', 'businesswoman', 'billionaire', 'lawmaker', 'senator', 'congressman', 'congresswoman',
  'president', 'minister', 'secretary', 'governor', 'mayor', 'official', 'diplomat', 'adviser', 'advisor', 'aide',
  'analyst', 'economist', 'expert', 'prosecutor', 'investigator', 'judge', 'coach', 'manager', 'chairman', 'chairwoman',
  'director', 'executive', 'founder', 'ambassador', 'envoy', 'spokesperson', 'commander', 'general',
  // (A committee's or a board's "chair", and the offices shared: "the co-chairs, X and Y, said".)
  'chair', 'co-chair', 'vice-chair', 'chairperson', 'co-founder',
  // Sport's people, named by their club in an epithet: "the former Wanderers defender".
  'player', 'captain', 'skipper', 'boss', 'defender', 'striker', 'midfielder', 'goalkeeper', 'keeper', 'winger',
  'forward', 'substitute', 'youngster', 'teenager', 'footballer', 'cricketer', 'batsman', 'bowler', 'golfer',
  'jockey', 'trainer', 'boxer', 'rider', 'driver', 'pitcher', 'quarterback', 'rookie', 'star', 'legend', 'ace',
  // (A party's member by the party's word: "one senior Tory told the paper".)
  'tory', 'unionist',
  'nurse', 'campaigner', 'councillor', 'councilor', 'chief', 'ally', 'insider', 'colleague', 'counterpart', 'successor', 'predecessor', 'mp', 'mla', 'mlc', 'msp', 'td', 'mpp', 'mna', 'mpa', 'mha', 'mec', 'mca', ...EVERYDAY_PEOPLE]);

/** A noun for a human being, singular or plural: "ally", "residents". */
export function humanWord(w: string): boolean {
  return HUMAN_NOUNS.has(w) || (w.endsWith('s') && HUMAN_NOUNS.has(w.slice(0, -1))) || manCompound(w);
}

/** Compounds in "-man" and "-woman" that name no one: a people's name, a creature, a thing. */
const NOT_MEN = new Set(['german', 'germans', 'roman', 'romans', 'ottoman', 'ottomans', 'caiman', 'caimans', 'talisman', 'snowman', 'snowmen', 'walkman', 'superman', 'batman', 'pacman']);

/** A compound for a person by their trade: "ferrywoman", "ferryman", "crewmen", "businesswomen". */
function manCompound(w: string): boolean {
  // (The ending first: the regular expression only for the few words that have it.)
  return w.length > 6 && (w.endsWith('man') || w.endsWith('men')) && /^[a-z]{3,}(?:wo)?m[ae]n$/.test(w) && !NOT_MEN.has(w);
}

/** A noun for a human being or a person's role ("veteran", "captain"): not a document or a body ("website"). */
export function humanNoun(w: string): boolean {
  return humanWord(w) || ROLE_NOUNS.has(w) || (w.endsWith('s') && ROLE_NOUNS.has(w.slice(0, -1))) || countedKin(w);
}

/** "mum-of-three", "father-of-two": a noun for a person counted by their children, as British copy writes it. */
export function countedKin(w: string): boolean {
  const at = w.indexOf('-of-');
  return at > 0 && CHILD_COUNT.test(w.slice(at + 4)) && humanWord(w.slice(0, at));
}

/** A number of children, in words or figures: "mum-of-three", "the mother of three", "father of 2". */
export const CHILD_COUNT = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})$/;
