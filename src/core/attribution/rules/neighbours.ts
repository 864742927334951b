// What the context rules share: the quotation before this one, and where this one sits in its paragraph.
import { looksLikeTitle } from '../clauses';
import type { AttributionContext, Attributed, QuoteState } from '../context';
import { paragraphIsQuoteLed, quotedTail } from '../paragraphs';
import type { QuoteSpan } from '../../quotes/quotes';

export interface Neighbours {
  /** The previous quotation's attribution and span, if any. */
  readonly prev: Attributed | null;
  readonly prevQuote: QuoteSpan | null;
  /** The quotation opens its paragraph. */
  readonly opensParagraph: boolean;
  /** The previous quotation is in this paragraph. */
  readonly samePara: boolean;
  /** The previous quotation's paragraph runs on into this one (the multi-paragraph convention). */
  readonly nextPara: boolean;
  /** The quoted words read as a title ("Saturday Night Live"). */
  readonly titleLike: boolean;
}

export function neighbours(ctx: AttributionContext, st: QuoteState): Neighbours {
  // (The quotations before this one are decided: what they say of it cannot change.)
  return (st.neighbours ??= findNeighbours(ctx, st));
}

function findNeighbours(ctx: AttributionContext, st: QuoteState): Neighbours {
  const { text, tokens, sentences, results, quotes, quoteTokens } = ctx;
  const { quote: q, paragraph, index: qi, innerWords } = st;
  const prevQi = qi - 1;
  const prev = prevQi >= 0 ? results[prevQi] : null;
  const prevQuote = prevQi >= 0 ? quotes[prevQi] : null;
  const prevPara = prevQi >= 0 ? tokens[quoteTokens[prevQi][0]]?.sentence : undefined;
  const prevParagraph = prevPara !== undefined ? sentences[prevPara].paragraph : -10;
  const opensParagraph = opensItsParagraph(ctx, q, paragraph);
  const samePara = prevParagraph === paragraph;
  const nextPara = prevParagraph === paragraph - 1 && opensParagraph && !ctx.furniturePara[prevParagraph] && (!!prevQuote?.continuesInNextParagraph || paragraphIsQuoteLed(ctx, prevParagraph) || quotedTail(ctx, prevParagraph));
  const titleLike = looksLikeTitle(text.slice(q.innerStart, q.innerEnd).trim(), innerWords);
  return { prev, prevQuote, opensParagraph, samePara, nextPara, titleLike };
}

/** Quotation `q` opens paragraph `paragraph`: nothing but white space before it there. */
export function opensItsParagraph(ctx: AttributionContext, q: { readonly start: number }, paragraph: number): boolean {
  const p = ctx.paragraphs[paragraph];
  return q.start <= p.start + 1 || ctx.text.slice(p.start, q.start).trim() === '';
}
