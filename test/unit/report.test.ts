// The sourcing report's Markdown, CSV and JSON with hostile names (issue 20): a report a desk may
// publish or render must show every name as the literal text it is.
import { strict as assert } from 'node:assert';
import MarkdownIt from 'markdown-it';
import { analyze } from '../../src/core/analyze';
import { articleReport, reportMarkdown, type ArticleReport } from '../../src/core/report/report';

const ARTICLE = 'Ferry delay\n\n"We need another month," said Mara Okafor, the harbour master.\n\n"It will be ready by May," Tom Idris said.\n';
const HOSTILE = ['a \\| b', '<img src=x onerror=alert(1)>', '[x](javascript:alert(1))', '**bold** `code` <script>x</script>'];

function hostileReport(): ArticleReport {
  const r = articleReport('story|one.article', analyze(ARTICLE));
  assert.ok(r.rows.length >= 2, 'the invented article has two speakers');
  return { ...r, headline: '<b>Ferry</b> [delay](javascript:x)', agencies: ['<i>Wire</i>'], rows: r.rows.map((row, i) => ({ ...row, name: HOSTILE[i % HOSTILE.length] })) };
}

describe('sourcing report: Markdown escaping', () => {
  // A renderer that allows raw HTML, as many that publish Markdown do.
  const html = new MarkdownIt({ html: true, linkify: true }).render(reportMarkdown([hostileReport(), { ...hostileReport(), rows: hostileReport().rows.map((row, i) => ({ ...row, name: HOSTILE[(i + 2) % HOSTILE.length] })) }]));

  it('no tag, image or link comes through from a name, a headline or an agency', () => {
    assert.doesNotMatch(html, /<img|<script|<b>|<i>|href=|<a /);
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
    assert.match(html, /\[x\]\(javascript:alert\(1\)\)/);
    assert.match(html, /\*\*bold\*\* `code`/);
  });

  it('a "|" or "\\|" in a name stays inside its cell: every row has as many cells as its header', () => {
    const tables = html.split('<table>').slice(1);
    assert.ok(tables.length >= 2);
    for (const t of tables) {
      const head = (t.split('</thead>')[0].match(/<th[ >]/g) ?? []).length;
      const rows = t.split('<tbody>')[1].split('</tr>').filter((x) => x.includes('<td'));
      for (const row of rows) assert.equal((row.match(/<td[ >]/g) ?? []).length, head, row);
    }
    assert.match(html, /<td>a \\\| b<\/td>/);
    assert.match(html, /story\|one\.article/);
  });
});

describe('sourcing report: named, described, anonymous', () => {
  it('a speaker the article only describes is "described", not counted as named', () => {
    const t = 'Cup Tie\n\n"We were poor in the first half," said the veteran coach.\n\n"We will recover," said Kelly Marsh, the captain.\n\n"They are rattled," one official said.';
    const r = articleReport('cup.article', analyze(t));
    const named = Object.fromEntries(r.rows.map((x) => [x.name, x.named]));
    assert.equal(named['the veteran coach'], 'described');
    assert.equal(named['Kelly Marsh'], 'named');
    assert.equal(r.namedSpeakers, 1);
    assert.equal(r.describedSpeakers, 1);
    assert.match(reportMarkdown([r]), /1 named, 1 described but not named and \d anonymous speakers/);
  });
});
