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
