// The diagnostics that are not sourcing checks: the engine's own about quotations, the desk's
// house spelling, and the CLI's orphaned annotation. Each is described like a check (what it
// finds, why, invented examples that run as tests, options) so every diagnostic has one page
// (docs/rules/<id>.md) generated from the same fields.
import type { RuleDoc } from './rule';

export const unattributedQuote: RuleDoc = {
  id: 'unattributed-quote',
  kind: 'quotation',
  defaultSeverity: 'warning',
  description: 'A direct quotation with no attributed speaker.',
  why: 'AP practice is to attribute every direct quotation: the reader must know who says it to weigh it. A quotation with no attribution verb and speaker in its sentence or paragraph, and no quotation before it by the same speaker that it continues, is left for the editor.',
  details: 'Short quoted terms, titles and "so-called" phrases are scare quotes, not speech, and are not flagged. Quotations in the headline are not flagged (headlines quote the body) unless `checkHeadline` is on. The headline, byline, dateline, captions, section heads and list items never give an attribution context: a quotation right after them with nobody in reach is flagged. Quick fixes: **Attribute to <name>** (the likeliest speakers), **Mark as not a quotation** and **Ignore this quotation here** (inline markers the CLI honours).',
  options: 'The team configuration\'s `checkHeadline` (or the setting `articleLens.rules.checkHeadline`) flags headline quotations too.',
  examples: [
    { text: 'Harbour Plan Delayed\n\nThe board met on Tuesday.\n\n"Nobody has read the report yet, and the vote is next week."', flagged: '"Nobody has read the report yet, and the vote is next week."' },
    { text: 'Harbour Plan Delayed\n\n"Nobody has read the report yet," said Ines Vale, the harbour engineer.', flagged: null },
  ],
};

export const inferredAttribution: RuleDoc = {
  id: 'inferred-attribution',
  kind: 'quotation',
  defaultSeverity: 'information',
  description: 'A quotation credited from context alone, with no attribution verb, or an attribution the engine is not sure of.',
  why: 'A speaker read from context (the subject of the sentence, the person the paragraph before is about) is a guess a reader makes too; stating the attribution removes the doubt. The engine does not guess silently: the quotation keeps its inferred speaker, marked as inferred, and this diagnostic says so.',
  details: 'It also fires for any attribution whose confidence is below the threshold (0.6 by default: "Uncertain attribution"), whatever rule made it. The quick fix **Attribute to <speaker>** writes the attribution into the text.',
  options: 'The team configuration\'s `uncertainBelow` (0 to 1) sets the confidence below which an attribution is flagged.',
  examples: [
    { text: 'Ferry Fares\n\nMayor Ines Vale left the meeting early.\n\n"This is a disgrace to every commuter in the county."', flagged: '"This is a disgrace to every commuter in the county."' },
    { text: 'Ferry Fares\n\n"This is a disgrace to every commuter in the county," said Mayor Ines Vale.', flagged: null },
  ],
};

export const unbalancedQuote: RuleDoc = {
  id: 'unbalanced-quote',
  kind: 'quotation',
  defaultSeverity: 'warning',
  description: 'A quotation mark that is never closed, or a closing mark with no opening one.',
  why: 'A mark that does not pair leaves the reader unsure where the speaker\'s words end, and often means words were lost in editing.',
  details: 'An opening mark never closed is not flagged where the next paragraph opens with a quotation mark: that is the multi-paragraph convention. Marks around no word at all ("", a run of marks) make no quotation; a stray one among them is reported, at most 100 in one text.',
  examples: [
    { text: 'Storm Warning\n\nThe forecaster said the storm would arrive by noon. "Stay indoors and keep away from the sea front\n\nThe ferries were cancelled.', flagged: '"' },
    { text: 'Storm Warning\n\n"Stay indoors and keep away from the sea front," the forecaster said.', flagged: null },
  ],
};

export const houseSpelling: RuleDoc = {
  id: 'house-spelling',
  kind: 'desk',
  defaultSeverity: 'warning',
  description: 'A name spelt otherwise than the desk entity list spells it.',
  why: 'A newsroom spells a name one way in every story (transliterations, a company\'s own styling); a variant confuses readers and archives.',
  details: 'The spellings the desk entity list (`.article-lens/entities.json`) forbids are matched as whole words. The quick fix **Use the house spelling** replaces one.',
  options: 'Each entity of the desk entity list may list `spellings`: the forbidden forms, or an object of forbidden form to house form.',
  examples: [
    { text: 'Minister Olek Marchenko arrived late. Marcenko said nothing.', flagged: 'Marcenko', fix: 'Olek Marchenko', desk: '{"entities": [{"name": "Olek Marchenko", "type": "person", "spellings": ["Marcenko"]}]}' },
    { text: 'Minister Olek Marchenko arrived late. Marchenko said nothing.', flagged: null, desk: '{"entities": [{"name": "Olek Marchenko", "type": "person", "spellings": ["Marcenko"]}]}' },
  ],
};

export const orphanedAnnotation: RuleDoc = {
  id: 'orphaned-annotation',
  kind: 'desk',
  defaultSeverity: 'warning',
  description: 'A desk annotation whose words are no longer in the article (CLI).',
  why: 'The desk\'s notes, verification status and corrections must never be lost silently: when the words an annotation was on are edited away, it is kept in the file and reported, so someone re-attaches or removes it.',
  details: 'Given by the command-line tool (the editor shows such annotations in the Sources & Speakers view instead). Its examples are the CLI\'s tests: it needs an annotations file beside the article.',
  examples: [],
};
