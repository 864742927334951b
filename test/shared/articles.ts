// Invented articles several suites share.

/** Two speakers, one quoted four times and one once: the sourcing report's bars should draw 4 : 1. */
export const PIER_ARTICLE = [
  'Pier Works Delayed', '',
  '"The pier will not open before spring," said Ines Vale, the harbour engineer.', '',
  '"We found rot in the pilings," Vale said.', '',
  '"Every one of them has to be checked," she said.', '',
  '"It is slow work," Vale added.', '',
  '"We are not worried about the summer season," said Omar Brandt, who runs the ferry office.', '',
].join('\n');

/**
 * A minister with a role, one quotation attributed to her and one, on line 9, attributed to
 * nobody: the language server's transcript (its unit tests and Neovim) is about this text.
 */
export const FARES_ARTICLE = [
  'Ferry Fares Rise', '',
  'Transport Minister Ines Vale announced the new fares on Monday.', '',
  '"Fares will rise by a tenth from March," Vale said.', '',
  'The harbour board met later that day to discuss the timetable and the budget.', '',
  '"This is a disgrace to every commuter in the county."', '',
].join('\n');
