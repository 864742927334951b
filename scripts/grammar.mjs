// Writes syntaxes/article.tmLanguage.json. The grammar is kept here, as JavaScript, so
// the shared regular-expression pieces (the attribution verbs, months) are written once.
// Run `node scripts/grammar.mjs` after editing; the grammar tests check the output.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const verbs = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'according to', 'wrote', 'writes',
  'tweeted', 'posted', 'stated', 'states', 'declared', 'explained', 'noted', 'insisted',
  'argued', 'asked', 'asks', 'replied', 'responded', 'continued', 'recalled', 'warned',
  'claimed', 'announced', 'acknowledged', 'admitted', 'conceded', 'confirmed', 'countered',
  'cautioned', 'suggested', 'stressed', 'emphasized', 'emphasised', 'observed', 'remarked',
  'commented', 'concluded', 'predicted', 'promised', 'vowed', 'joked', 'quipped', 'shouted',
  'yelled', 'whispered', 'testified', 'reported', 'reports', 'announced', 'pointed out',
  'went on', 'put it', 'recounted', 'maintained', 'contended', 'complained', 'boasted',
];
const verbAlt = [...new Set(verbs)].sort((a, b) => b.length - a.length)
  .map((v) => v.replace(/ /g, '\\s+')).join('|');
const months = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.';
const capsMonths = 'JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';
const weekday = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\\s+';

const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'Article',
  scopeName: 'text.article',
  fileTypes: ['article', 'news'],
  patterns: [{ include: '#document' }],
  repository: {
    document: {
      comment: 'The whole file, so that only its first non-blank line is taken for the headline (vscode-textmate treats any line that starts in the initial state as a first line, so a bare \\A would match again later).',
      begin: '\\A',
      end: '(?!)',
      patterns: [{ include: '#headline-and-body' }, { include: '#body' }],
    },
    'headline-and-body': {
      comment: 'The first non-blank line is the headline; everything after it is the body.',
      begin: '^\\s*(?:(#{1,6})\\s+)?(\\S.*?)\\s*$',
      beginCaptures: {
        0: { name: 'markup.heading.1.article' },
        1: { name: 'punctuation.definition.heading.article' },
        2: { name: 'entity.name.section.headline.article' },
      },
      end: '(?!)',
      patterns: [{ include: '#body' }],
    },
    body: {
      patterns: [
        { include: '#headline' },
        { include: '#footer' },
        { include: '#byline' },
        { include: '#dateline' },
        { include: '#inline' },
      ],
    },
    headline: {
      match: '^\\s*(#{1,6})\\s+(\\S.*?)\\s*$',
      name: 'markup.heading.1.article',
      captures: {
        1: { name: 'punctuation.definition.heading.article' },
        2: { name: 'entity.name.section.headline.article' },
      },
    },
    byline: {
      comment: 'A short line "By Name[, Name and Name]" that does not end like a sentence.',
      begin: '^\\s*(By|BY)\\s+(?=[\\p{Lu}\\[])(?![^\\n]*[.!?]["”]?\\s*$)(?=.{1,120}$)',
      end: '$',
      beginCaptures: { 1: { name: 'keyword.other.byline.article' } },
      contentName: 'entity.name.type.byline.article',
      name: 'meta.byline.article',
      patterns: [{ include: '#link' }, { include: '#url' }],
    },
    dateline: {
      patterns: [
        {
          comment: 'A date alone on a line: "March 14, 2014".',
          match: `^\\s*((?:${weekday})?(?:${months})\\s+\\d{1,2},?\\s+\\d{4})\\s*$`,
          captures: { 1: { name: 'constant.other.date.dateline.article' } },
        },
        {
          comment: 'A place dateline opening a paragraph: "LONDON (Reuters) -".',
          match: "^\\s*(\\p{Lu}[\\p{Lu}.'’ -]*\\p{Lu}\\.?(?:,\\s+[\\p{Lu}][\\p{L}.]*(?:\\s+[\\p{Lu}][\\p{L}.]*)?)?)\\s*(\\([^)\\n]{1,40}\\))?\\s*(-|–|—|--)(?=\\s)",
          name: 'meta.dateline.article',
          captures: {
            1: { name: 'constant.other.placename.dateline.article' },
            2: { name: 'entity.name.tag.agency.dateline.article' },
            3: { name: 'punctuation.separator.dateline.article' },
          },
        },
        {
          comment: 'A place and its date, then a colon or a dash, an agency perhaps: "VELMORA, March 3:", "Velmora, Mar 3 (PTI)", "VELMORA, DEC 30 —".',
          match: `^\\s*(\\p{Lu}[\\p{Lu}.'’ -]*\\p{Lu}\\.?|\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+){0,2}),\\s+((?:${months}|${capsMonths})\\s+\\d{1,2}(?:,\\s+\\d{4})?)\\s*(\\([^)\\n]{1,40}\\))?\\s*(:|-|–|—|--)?(?=\\s)`,
          name: 'meta.dateline.article',
          captures: {
            1: { name: 'constant.other.placename.dateline.article' },
            2: { name: 'constant.other.date.dateline.article' },
            3: { name: 'entity.name.tag.agency.dateline.article' },
            4: { name: 'punctuation.separator.dateline.article' },
          },
        },
      ],
    },
    footer: {
      match: '^\\s*(Original (?:url|URL|link|source)\\s*:)(.*)$',
      name: 'meta.footer.article',
      captures: {
        1: { name: 'keyword.other.footer.article' },
        2: { patterns: [{ include: '#url' }, { include: '#link' }] },
      },
    },
    marker: {
      comment: 'Inline Article Lens markers and other HTML comments, dimmed: <!-- article-lens: ignore -->',
      begin: '<!--',
      end: '-->',
      name: 'comment.block.marker.article',
      beginCaptures: { 0: { name: 'punctuation.definition.comment.begin.article' } },
      endCaptures: { 0: { name: 'punctuation.definition.comment.end.article' } },
    },
    inline: {
      patterns: [
        { include: '#marker' },
        { include: '#quotation' },
        { include: '#european-quotation' },
        { include: '#british-quotation' },
        { include: '#attribution-after' },
        { include: '#attribution-before' },
        { include: '#according-to' },
        { include: '#link' },
        { include: '#url' },
      ],
    },
    quotation: {
      comment: 'A direct quotation in straight or curly double quotes. One that is not closed runs to the end of its paragraph (the multi-paragraph convention) and stops at a blank line.',
      begin: '(["“])',
      end: '(["”])|^(?=\\s*$)',
      name: 'string.quoted.double.article',
      beginCaptures: { 1: { name: 'punctuation.definition.string.begin.article' } },
      endCaptures: { 1: { name: 'punctuation.definition.string.end.article' } },
      patterns: [{ include: '#single-quotation' }, { include: '#url' }],
    },
    'european-quotation': {
      comment: 'A quotation in guillemets («...»), opened by the low mark („...“ or „...”), or by two grave accents (``...\'\'), as European and typewriter-era copy writes it.',
      begin: "(«|„|``)",
      end: "(»|[“”\"]|'')|^(?=\\s*$)",
      name: 'string.quoted.double.article',
      beginCaptures: { 1: { name: 'punctuation.definition.string.begin.article' } },
      endCaptures: { 1: { name: 'punctuation.definition.string.end.article' } },
      patterns: [{ include: '#single-quotation' }, { include: '#url' }],
    },
    'single-quotation': {
      begin: "(?<![\\p{L}\\p{N}])(['‘])(?=[\\p{L}\\p{N}])",
      end: "(?<=[^\\s])(['’])(?![\\p{L}\\p{N}])|(?=[\"”])|$",
      name: 'string.quoted.single.article',
      beginCaptures: { 1: { name: 'punctuation.definition.string.begin.article' } },
      endCaptures: { 1: { name: 'punctuation.definition.string.end.article' } },
    },
    'british-quotation': {
      comment: 'A quotation in British single quotes, curly or straight. An apostrophe never opens one: it must stand at the start of a word and not begin an elision (\'90s, \'em, rock \'n\' roll). Double quotes nest inside. Unclosed, it runs to the end of its paragraph.',
      begin: "(?<![\\p{L}\\p{N}])(['‘])(?=[\\p{L}\\p{N}“\"])(?!(?i:\\d0s|\\d\\ds|em|n['’]|til|cause|cos|tis|twas)(?![\\p{L}\\p{N}]))",
      end: "(?<=[^\\s])(['’])(?![\\p{L}\\p{N}])|^(?=\\s*$)",
      name: 'string.quoted.single.article',
      beginCaptures: { 1: { name: 'punctuation.definition.string.begin.article' } },
      endCaptures: { 1: { name: 'punctuation.definition.string.end.article' } },
      patterns: [{ include: '#nested-double' }, { include: '#url' }],
    },
    'nested-double': {
      begin: '(["“])',
      end: '(["”])|$',
      name: 'string.quoted.double.article',
      beginCaptures: { 1: { name: 'punctuation.definition.string.begin.article' } },
      endCaptures: { 1: { name: 'punctuation.definition.string.end.article' } },
    },
    'attribution-after': {
      comment: 'An attribution verb within a few words after a closing quotation mark: "...," Lavrov said.',
      match: `(?:(?<=["”»])|(?<=['’])(?=[\\s,]))[^.!?"“”«»\\n]{0,60}?\\b(${verbAlt})\\b`,
      captures: { 1: { name: 'keyword.other.attribution.article' } },
    },
    'attribution-before': {
      comment: 'An attribution verb right before a quotation: Lavrov said: "..."',
      match: `\\b(${verbAlt})\\b(?=(?:\\s+[\\p{L}.'’-]+){0,3}[,:]?\\s*["“‘])`,
      captures: { 1: { name: 'keyword.other.attribution.article' } },
    },
    'according-to': {
      match: '\\b((?i:according)\\s+to)\\b',
      captures: { 1: { name: 'keyword.other.attribution.article' } },
    },
    link: {
      match: '(\\[)([^\\]\\n]*)(\\])(\\()([^)\\s]*)(\\))',
      name: 'meta.link.inline.markdown',
      captures: {
        1: { name: 'punctuation.definition.link.title.begin.markdown' },
        2: { name: 'string.other.link.title.markdown' },
        3: { name: 'punctuation.definition.link.title.end.markdown' },
        4: { name: 'punctuation.definition.metadata.markdown' },
        5: { name: 'markup.underline.link.markdown' },
        6: { name: 'punctuation.definition.metadata.markdown' },
      },
    },
    url: {
      patterns: [
        {
          match: '(<)((?:https?|ftp)://[^>\\s]+)(>)',
          captures: {
            1: { name: 'punctuation.definition.link.begin.article' },
            2: { name: 'markup.underline.link.article' },
            3: { name: 'punctuation.definition.link.end.article' },
          },
        },
        {
          match: "\\b(?:https?|ftp)://[^\\s<>\"“”]+[^\\s<>\"“”.,;:!?)'’]",
          name: 'markup.underline.link.article',
        },
        {
          match: '\\bwww\\.[\\w-]+(?:\\.[\\w-]+)+(?:/[^\\s<>"“”]*[^\\s<>"“”.,;:!?)])?',
          name: 'markup.underline.link.article',
        },
      ],
    },
  },
};

const out = fileURLToPath(new URL('../syntaxes/article.tmLanguage.json', import.meta.url));
writeFileSync(out, JSON.stringify(grammar, null, 2) + '\n');
console.log(`wrote ${out}`);
