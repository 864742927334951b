// The context every attribution rule reads: built once per analysis by the runner (index.ts).
import type { QuoteSpan } from '../quotes/quotes';
import type { AttributionMethod, Entity, EvidenceTier, Paragraph, QuoteKind, Resolution, Sentence, Speaker, Structure, TextSpan, Token } from '../types';

export type { Resolution } from '../types';

/** A speaker with how its mention was resolved. */
export interface Resolved {
  readonly speaker: Speaker;
  readonly resolution: Resolution;
  /** For a pronoun: the mention of the person it stands for (their last one before it). */
  readonly antecedent: TextSpan | null;
  /** For a pronoun the antecedent model resolved: its score for the person chosen. */
  readonly antecedentScore?: number;
  /** And its score for the likeliest other person in reach (0 when there is none). */
  readonly antecedentRival?: number;
}

/** Which rule decided, with what: the evidence behind an attribution. */
export interface Decision {
  readonly rule: string;
  readonly tier: EvidenceTier;
  readonly resolution: Resolution;
  readonly antecedent: TextSpan | null;
  /** For a pronoun the antecedent model resolved: its score for the person chosen (null otherwise). */
  readonly antecedentScore: number | null;
  /** And the model's score for the likeliest other person in reach. */
  readonly antecedentRival?: number;
  /** For a display line's quotation (pull-quote): the index of the body quotation it repeats. */
  readonly repeats?: number;
}

export interface Attributed {
  readonly speaker: Speaker | null;
  readonly cue: TextSpan | null;
  readonly source: string | null;
  readonly method: AttributionMethod;
  readonly kind: QuoteKind;
  readonly reason: string | null;
  /** Set where there is a speaker. */
  readonly decision: Decision | null;
}

/** A cue and a speaker phrase a rule found (token ranges, end-exclusive). */
export interface Found {
  readonly speakerStart: number;
  readonly speakerEnd: number;
  readonly cueStart: number;
  readonly cueEnd: number;
  readonly method: AttributionMethod;
  /** The id of the rule that found it. */
  readonly rule: string;
}

/** What the runner knows of the analysis: read-only for the rules, but for the caches. */
export interface AttributionContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly structure: Structure;
  readonly sentences: readonly Sentence[];
  readonly paragraphs: readonly Paragraph[];
  readonly entities: readonly Entity[];
  readonly entityById: ReadonlyMap<string, Entity>;
  /** Token index -> entity index, or -1. */
  readonly tokenEntity: Int32Array;
  /** Token index -> quotation index, for tokens inside a quotation (marks included); -1 outside. */
  readonly tokenQuote: Int32Array;
  readonly quotes: readonly QuoteSpan[];
  /** Each quotation's token range [first, end). */
  readonly quoteTokens: readonly (readonly [number, number])[];
  /** 1 for each paragraph that is furniture (headline, caption, section head, list item...): it gives no context. */
  readonly furniturePara: Uint8Array;
  /** For each token, the index of the last token at or before it that is no punctuation (-1 if none). */
  readonly lastNonPunct: Int32Array;
  /** For each paragraph inside an interview turn, the turn's speaker (its label); null elsewhere. */
  readonly turnSpeaker: readonly (Speaker | null)[];
  /** Person mentions outside quotations and furniture, in text order, for pronoun resolution. */
  readonly personMentions: readonly { readonly start: number; readonly entity: Entity }[];
  /** Organisation mentions likewise, for "it said". */
  readonly organizationMentions: readonly { readonly start: number; readonly entity: Entity }[];
  /** The antecedent model to use instead of the committed one (training: AnalyzeOptions.antecedentModel). */
  readonly antecedentModel?: import('./confidence').ConfidenceModel;
  /** Filled in, when asked, with what training reads (AnalyzeOptions.trace). */
  readonly trace?: import('../types').AnalysisTrace;
  /** How much work was done: tokens the searches visited (for the linear-time test). */
  readonly counter: { steps: number };
  /** The attributions of the quotations before the current one, in text order (the runner appends). */
  readonly results: readonly Attributed[];
  /**
   * Caches, each filled once per analysis: sentences' cues, quotation-only paragraphs, resolved
   * phrases. Every field is present from the start, undefined until filled, so the object keeps
   * one shape and the look-ups on it stay monomorphic.
   */
  readonly memo: {
    readonly sentenceCue: Map<number, Found | null>;
    readonly quoteOnly: Map<number, boolean>;
    readonly resolvedAt: Map<number, Resolved>;
    /** Where "according to" and "in the words of" stand outside quotations (filled on first use). */
    accordingTo?: [number, number][];
    /** An interview laid out as unlabelled questions and quoted answers: its interviewee (rules/interview-answer.ts; null: none). */
    interview?: { readonly interviewee: Entity; readonly mention: TextSpan; readonly firstQuestion: number } | null;
    /** isCueAt's answer for each token: 0 not asked yet, 1 no cue, 2 a cue (many rules ask of the same tokens). */
    cueAt?: Uint8Array;
    /** The article's subject of each gender (described.ts dominantOfGender; filled on first use). */
    subjects?: { readonly male: Entity | null; readonly female: Entity | null };
    /** The people by their first naming, with how many of each gender were named by then (described.ts soleOfGender; filled on first use). */
    namings?: { readonly start: number[]; readonly unknown: number[]; readonly male: number[]; readonly female: number[]; readonly firstMale: (Entity | null)[]; readonly firstFemale: (Entity | null)[] };
    /** Each body quotation's words as pull-quote compares them (filled on first use). */
    quoteWords?: (readonly string[] | undefined)[];
  };
}

/** One quotation as the rules see it, with what the rules before have decided. */
export interface QuoteState {
  readonly index: number;
  readonly quote: QuoteSpan;
  /** Token range of the quotation, marks included. */
  readonly qa: number;
  readonly qb: number;
  /** The sentences it starts and ends in, and its paragraph. */
  readonly sIdx: number;
  readonly sEndIdx: number;
  readonly sent: Sentence;
  readonly sentEnd: Sentence;
  readonly paragraph: number;
  readonly innerWords: number;
  /** The speaker of the last direct quotation attributed, and its paragraph and source. */
  readonly lastSpeaker: Speaker | null;
  readonly lastSpeakerParagraph: number;
  readonly lastSource: string | null;
  /** The cue the rules so far found (later rules may refine it). */
  found: Found | null;
  /** An attribution after the quotation but not right after it: used only if nothing nearer attributes it. */
  looseAfter: Found | null;
  /** The quotation's neighbours, worked out once (several rules read them). */
  neighbours?: import('./rules/neighbours').Neighbours;
}

export function tokenSpan(ctx: AttributionContext, a: number, b: number): TextSpan {
  const { tokens, text } = ctx;
  return { start: tokens[a].start, end: tokens[b - 1].end, text: text.slice(tokens[a].start, tokens[b - 1].end) };
}

/** The person `e` as the speaker named by tokens[a, b), with the entity. */
export function personNamed(ctx: AttributionContext, e: Entity, a: number, b: number): { entity: Entity; speaker: Speaker } {
  return { entity: e, speaker: { entity: e.id, name: e.name, anonymous: false, mention: tokenSpan(ctx, a, b) } };
}

export function found(rule: string, method: AttributionMethod, speaker: readonly [number, number], cueStart: number, cueEnd: number): Found {
  return { speakerStart: speaker[0], speakerEnd: speaker[1], cueStart, cueEnd, method, rule };
}

/** Paragraph p opens the body: every paragraph before it is furniture (a headline, a byline, a dateline). */
export function opensBody(ctx: AttributionContext, p: number): boolean {
  for (let b = 0; b < p; b++) if (!ctx.furniturePara[b]) return false;
  return true;
}

/** How far (in tokens) from a quotation its attribution is looked for. */
export const WINDOW = 60;


