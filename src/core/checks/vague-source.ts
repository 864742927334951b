import type { Diagnostic } from '../types';
import { anonymousMentions } from './anonymous';
import type { CheckContext, CheckRule } from './rule';

/** "A source said", "sources say": a source with nothing said of who it is. */
export const vagueSource: CheckRule = {
  id: 'vague-source',
  kind: 'sourcing',
  description: 'A source called only "a source" or "sources", with no description of who it is ("a source said", "according to sources").',
  why: 'AP: describe an anonymous source as fully as possible without identifying it ("a senior official in the ministry"); "a source" alone tells the reader nothing about what the source knows or why to believe it.',
  defaultSeverity: 'warning',
  examples: [
    { text: 'A source said the merger would be announced on Monday.', flagged: 'A source' },
    { text: 'The merger will be announced on Monday, according to sources.', flagged: 'sources' },
    { text: 'The van left the square early, sources said.', flagged: 'sources' },
    { text: '"It is done," one source told the paper.', flagged: 'one source' },
    { text: 'A source close to the board said the merger would be announced on Monday.', flagged: null },
    { text: 'A senior government source said the merger would be announced on Monday.', flagged: null },
    { text: 'The river is the source of the town\'s water, engineers said.', flagged: null },
  ],
  check(ctx: CheckContext): Diagnostic[] {
    const out: Diagnostic[] = [];
    for (const m of anonymousMentions(ctx.text, ctx.analysis)) {
      if (!m.bare || m.head !== 'source') continue;
      out.push({
        code: 'vague-source',
        severity: 'warning',
        message: `Vague source: "${m.span.text}" says nothing of who the source is. Describe it as fully as you can without identifying it (where it works, what it knows).`,
        start: m.span.start,
        end: m.span.end,
        related: [],
        quote: m.quote,
      });
    }
    return out;
  },
};
