// Article furniture: the lines that are not body text. The headline, byline and dateline;
// photo captions and credits; section heads; list items; YAML front matter; boilerplate
// ("Advertisement", "Read more"). They never give an attribution its context, and a British
// single-quoted span in them is a quotation even in copy that quotes with double marks.
import type { Furniture, FurnitureKind, Paragraph, TextSpan } from '../types';

/** A photo caption or credit: "Photograph: Jane Doe/Reuters", "(AP Photo/John Smith)", "Getty Images"; the label in capitals too, "PICTURE:". */
const CAPTION = /\b(?:Photograph|Photographs|Photo|Photos|Picture|Image|Images|Illustration|Video|Credit|Caption|PHOTOGRAPH|PHOTO|PHOTOS|PICTURE|PICTURES|IMAGE|VIDEO|CREDIT|CAPTION)\s*:|Credit(?:\.\.\.|…)\s*[A-Z]|\bGetty Images\b|\bAP Photo\b|\bPhotograph by\b|\/\s?(?:AP|Reuters|AFP|EPA|PA|Shutterstock|Alamy|Getty)\b|^\s*(?:Pictured|Above|Below|Left|Right|Top|Inset)\s*:/;
/** A web page's caption label, opening a line, with a comma as some sites set it: "Image caption,", "Media caption,", "Image source, Getty Images". */
const PAGE_CAPTION = /^[ \t]*(?:Image|Media|Video|Photo) (?:caption|source)\s*,/m;
/**
 * A caption with no label: a line that places the people in a picture ("Lavrov, right, talking
 * with Kerry ...", "Jane Doe (left) and ...", "From left, ...", "Left to right: ..."). Body text
 * does not point at where someone stands.
 */
const PLACES_PEOPLE = /,\s*(?:far |second from |top |bottom |centre |center )?(?:left|right|centre|center)\s*,|\(\s*(?:far |second from |top |bottom |front |back )?(?:left|right|centre|center|[LRC]|L-R|R-L)\s*\)|\b[Ff]rom (?:left|right)\s*[,:)]|\b[Ll]eft to right\s*[,:)]/;

/**
 * A caption with no label that says what the people in a picture are doing, in the present
 * tense that captions use and news copy does not ("Mayor Ines Ward arrives at the town hall in
 * Quarrenby on Tuesday."): a name of up to six capitalised words, a verb of the picture, and a
 * day or a date closing the line (a credit may follow it).
 */
const CAPTION_ACTION = /^(?:[\p{Lu}][\p{L}.'’-]*\s+){1,6}(?:gestures|poses|waves|arrives|departs|looks on|listens|reacts|smiles|attends|speaks (?:during|at|to|with)|delivers|addresses|leaves|shakes hands|is seen|are seen|celebrates|walks)\b[^"“”‘]*\b(?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.) \d{1,2}(?:, \d{4})?|\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{4})?)\.?(?:\s+[\p{Lu}][\p{Lu}\p{L} ]*\/[\p{L} .'’-]+)?\s*$/u;

/** Lines that are no part of the story: advertising, sharing and reading prompts, copyright. */
/** A site's breadcrumb trail over the headline: "Home | News | Politics", "News > World > Europe". */
const BREADCRUMB = /^\s*(?:[\p{L}][\p{L}&'’ -]{0,30}?\s*(?:\||>|›|»|\/)\s*){1,6}[\p{L}][\p{L}&'’ -]{0,30}\s*$/u;

/** The line is a breadcrumb trail: its items short, separated by bars or arrows, the first "Home" or three items at least. */
/**
 * A lede that opens with its dateline, a sentence, however many of its words are names in capitals
 * ("ABUJA — The Senate on Tuesday summoned the Minister of Power, Engr. X, over ..."): a place in
 * capitals and a dash, a comma or a bracket, a sentence's stop, more than sixteen words. No headline.
 */
export function datelineLede(line: string): boolean {
  return /^\p{Lu}{3,}(?:[ -]\p{Lu}{2,})*\s*(?:[—–]|-\s|,\s|\()/u.test(line) && /[.!?]["”]?$/.test(line.trim()) && line.split(/\s+/).length > 16;
}

export function isBreadcrumb(line: string): boolean {
  if (line.length > 120 || !BREADCRUMB.test(line)) return false;
  const items = line.split(/\s*(?:\||>|›|»|\/)\s*/);
  return /^\s*home$/i.test(items[0]) || items.length >= 3;
}

/** A pasted page's link past its menus, opening it: "Skip to main content". */
const SKIP_LINK = /^\s*skip to (?:the )?(?:main )?(?:content|navigation|article|search)\b/i;
/** How many lines a site's menu has at least. */
const MENU_LINES = 4;
/** One item of a site's menu: capitalised words, 24 characters at most ("News", "Harlow Gazette"). */
const MENU_ITEM = /^\s*[\p{Lu}][\p{L}&'’ -]{0,23}\s*$/u;

/**
 * A pasted page's menus over its headline: a paragraph opened by "Skip to main content", or one
 * of four lines or more (two or more after "Home"), each a capitalised item of three words at
 * most ("News\nSport\nBusiness\nOpinion").
 */
export function isSiteNavigation(line: string): boolean {
  if (SKIP_LINK.test(line)) return true;
  const lines = line.split(/\r?\n|\r/);
  // (Fewer where the first is the site's "Home": "Home\nWorld\nAfrica".)
  return (lines.length >= MENU_LINES || (lines.length >= 2 && /^\s*(?:home|menu)\s*$/i.test(lines[0]))) && lines.every((l) => MENU_ITEM.test(l) && l.trim().split(/\s+/).length <= 3);
}

/** Every line of the text is a share bar's button: "Share", "Facebook", "Email". */
export const isShareBar = (lines: string): boolean => lines.length <= 200 && lines.split(/\r?\n|\r/).every((l) => SHARE_LINE.test(l));

/** The labels over a list of links to other stories: "READ MORE:", "Related", "Most read", "See also". */
const LINK_LABELS = String.raw`(?:read more|related(?: stories| articles| content| coverage| topics)?|see also|more on this(?: story)?|most read|most popular|recommended(?: for you)?|trending(?: now)?|you may also like|more from [^\r\n]{1,30}|also read|read also)`;

/** A label, alone on its line, over a list of links to other stories, in one paragraph. */
const LINK_LIST = new RegExp(String.raw`^\s*${LINK_LABELS}\s*:?\s*(?:\r?\n|\r)(?:[^\r\n]{1,160}(?:\r?\n|\r|$)){1,8}$`, 'i');

/** The label of a list of links alone in its paragraph, the list in the next. */
const LINK_LABEL = new RegExp(String.raw`^\s*${LINK_LABELS}\s*:?\s*$`, 'i');

/** The lines are a label over a list of links to other stories ("Read more\n..."). */
export const isLinkList = (lines: string): boolean => LINK_LIST.test(lines);

/** One line of a share bar: the buttons' words. */
const SHARE_LINE = /^\s*(?:share(?: this(?: article| story| page)?| on| via)?|facebook|twitter|x|email|e-mail|whatsapp|linkedin|copy link|copy|print|reddit|pinterest|messenger|telegram|comments?|save|bookmark|tweet|flipboard|bluesky|threads)\s*$/i;

export const BOILERPLATE = /^\s*(?:advertisement|advert|sponsored|read more\b|related\b|see also\b|more on this\b|sign up\b|subscribe\b|share this\b|share on\b|follow us\b|follow [^\r\n@]{1,40}? on (?:facebook|twitter|x|instagram|linkedin|bluesky|threads|youtube|tiktok)\b(?![^\r\n]*(?:@|https?:|www\.))|click here\b|story continues\b|continue reading\b|copyright\b|©|all rights reserved|this article (?:was|is|first)\b|listen to this article|watch:|most read\b|recommended\b|trending\b|get (?:our|the) (?:free )?[^\r\n]{0,40}?(?:email|newsletter)s?\s*(?:$|\r|\n)|view this post on\b|a post shared by\b|(?:click to )?play video\b|article continues\b|supported by\s*$|link copied\b|ad feedback\b|share full article\b|see full web article\b|our standards:|for immediate release\b|media contacts?:|press contacts?:|#{3}\s*$)/i;
const LIST_ITEM = /^\s*(?:[-*•·+]|\d{1,3}[.)])\s+\S/;
const HEADING = /^\s*#{1,6}\s+\S/;
/** A line that ends like a sentence, or in the middle of one (perhaps inside bold or italic marks: "**Why now?**"). */
const SENTENCE_TAIL = /[.!?:;,…"”’')\]][*_]{0,3}\s*$/;
/**
 * A line that ends in a quotation with no stop of its own after words of its own, as headings
 * quote: "Minister: 'Army ready to help'" (not a line that is all quotation, a pull quote or a
 * title).
 */
const QUOTED_TAIL = /^\s*[^\s'‘’"“”].*[\p{L}\p{N}]['’"”]\s*$/u;
/** A live blog's time stamp on a line of its own before a post's heading: "10:42", "2.15pm", "10:42 GMT", "Updated 10:42". */
const TIME_STAMP = /^\s*(?:Updated\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\s*$/i;

/**
 * Classifies each single-line paragraph that is furniture. Section heads: a Markdown heading,
 * or a short line (twelve words at most) with no sentence punctuation at its end, between two
 * paragraphs of text. YAML front matter: the block between two `---` lines opening the text.
 */
export function findFurniture(text: string, paragraphs: readonly Paragraph[], fixed: readonly (TextSpan | null)[]): Furniture[] {
  const out: Furniture[] = [];
  const add = (start: number, end: number, kind: FurnitureKind): void => { out.push({ start, end, kind }); };
  for (const f of fixed) if (f) add(f.start, f.end, 'headline');
  // Front matter: "---" on the first line, up to the next "---" line.
  let frontEnd = -1;
  if (/^\s*---\s*(?:\r?\n|\r)/.test(text)) {
    const close = /(?:\r?\n|\r)---\s*(?:\r?\n|\r|$)/.exec(text.slice(3));
    if (close) frontEnd = 3 + close.index + close[0].length;
  }
  let afterLabel = false;
  for (const p of paragraphs) {
    const line = text.slice(p.start, p.end);
    if (p.end <= frontEnd) { add(p.start, p.end, 'front-matter'); continue; }
    // ("See Also\n\nCaring for Orchids\nPropagating Pothos from Cuttings": the list under a label
    // alone in its paragraph, a few short lines, is the page's links.)
    const listLines = afterLabel && line.length <= 1000 ? line.split(/\r?\n|\r/) : null;
    const listed = !!listLines && listLines.length <= 8 && listLines.every((l) => l.length <= 160);
    afterLabel = line.length <= 40 && LINK_LABEL.test(line);
    if (listed) { add(p.start, p.end, 'boilerplate'); continue; }
    const over = fixed.find((f) => f && f.start < p.end && p.start < f.end);
    if (over) {
      // (A share bar on the lines under the headline, in its paragraph: "Share\nFacebook\nEmail".)
      const tail = text.slice(over.end, p.end);
      const at = over.end + (tail.length - tail.trimStart().length);
      if (at < p.end && isShareBar(text.slice(at, p.end))) add(at, p.end, 'boilerplate');
      continue;
    }
    let head = line;
    // (A share bar pasted with the copy, a word a line: "Share", "Facebook", "Email"; a site's
    // breadcrumb trail; a list of links to other stories under its label, "READ MORE:".)
    if (isShareBar(line) || (p.index === 0 && (isBreadcrumb(line) || isSiteNavigation(line))) || LINK_LIST.test(line)) { add(p.start, p.end, 'boilerplate'); continue; }
    // (A pasted page's labelled picture, its label and caption on lines of their own: "Image
    // source, Getty Images\nImage caption,\nCouncillors had called for a review".)
    if (line.length <= 500 && PAGE_CAPTION.test(line)) { add(p.start, p.end, 'caption'); continue; }
    if (/[\r\n]/.test(line)) {
      // (A newsletter's or an advert's prompts, a line each: "Get our free email\nSign up".)
      if (line.length <= 400 && line.split(/\r?\n|\r/).every((l) => l.length <= 120 && BOILERPLATE.test(l))) { add(p.start, p.end, 'boilerplate'); continue; }
      // (A live blog's post: its time stamp, then its heading on the next line.)
      const lines = line.split(/\r?\n|\r/);
      if (lines.length !== 2 || !TIME_STAMP.test(lines[0])) continue;
      head = lines[1];
    }
    let kind: FurnitureKind | null = null;
    if (HEADING.test(line)) kind = 'heading';
    else if (line.length <= 120 && BOILERPLATE.test(line)) kind = 'boilerplate';
    else if (line.length <= 400 && CAPTION.test(line)) kind = 'caption';
    else if (line.length <= 400 && PLACES_PEOPLE.test(line) && !/["“”]/.test(line)) kind = 'caption';
    else if (line.length <= 300 && CAPTION_ACTION.test(line)) kind = 'caption';
    else if (LIST_ITEM.test(line)) kind = 'list-item';
    else if (head.length <= 100 && (!SENTENCE_TAIL.test(head) || QUOTED_TAIL.test(head)) && head.trim().split(/\s+/).length <= 12 && p.index > 0 && p.index + 1 < paragraphs.length) kind = 'heading';
    if (kind) add(p.start, p.end, kind);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The furniture the offset lies in, if any (binary search over sorted, non-overlapping spans). */
export function furnitureAt(furniture: readonly Furniture[], offset: number): Furniture | undefined {
  let lo = 0;
  let hi = furniture.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (furniture[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  const f = furniture[lo];
  return f && f.start <= offset ? f : undefined;
}
