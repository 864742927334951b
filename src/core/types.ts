// The Analysis: immutable plain data. Offsets are UTF-16 code units of the analysed text,
// end-exclusive.

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface TextSpan extends Span {
  readonly text: string;
}

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token extends TextSpan {
  readonly kind: TokenKind;
  /** The text in lower case (lowerWord), computed once when the text is tokenised. */
  readonly lower: string;
  /** Index of the sentence the token belongs to. */
  readonly sentence: number;
}

export interface Sentence extends Span {
  readonly paragraph: number;
  /** Tokens [firstToken, endToken). */
  readonly firstToken: number;
  readonly endToken: number;
}

export interface Paragraph extends Span {
  readonly index: number;
  readonly firstSentence: number;
  readonly endSentence: number;
}

export type FurnitureKind = 'headline' | 'byline' | 'dateline' | 'caption' | 'heading' | 'list-item' | 'front-matter' | 'boilerplate';

/** A line that is not body text (see furniture.ts). */
export interface Furniture extends Span {
  readonly kind: FurnitureKind;
}

/** An interview or transcript turn: a labelled paragraph and the unlabelled ones after it. */
export interface Turn extends Span {
  /** The speaker's label as written ("Jane Doe", "DOE", "Q", "A"). */
  readonly label: TextSpan;
  readonly firstParagraph: number;
  readonly endParagraph: number;
}

export interface Structure {
  readonly headline: TextSpan | null;
  readonly byline: TextSpan | null;
  /** The authors named in the byline. */
  readonly authors: readonly TextSpan[];
  readonly dateline: TextSpan | null;
  /** An "Original url:" footer, to the end of the text. */
  readonly footer: TextSpan | null;
  /** URLs and Markdown link targets: no names or quotations inside. */
  readonly links: readonly TextSpan[];
  /** Lines that are not body text: headline, byline, captions, section heads, list items, boilerplate. Sorted. */
  readonly furniture: readonly Furniture[];
  /** Interview or transcript turns, in order; empty when the text is no interview. */
  readonly turns: readonly Turn[];
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
}

export type EntityType = 'person' | 'organization' | 'place';

export type MentionKind = 'name' | 'surname' | 'alias' | 'role' | 'pronoun';

export interface Mention extends TextSpan {
  readonly kind: MentionKind;
}

export interface Entity {
  readonly id: string;
  readonly type: EntityType;
  /** The fullest form of the name in the article. */
  readonly name: string;
  /** Role or title as the article gives it ("Foreign Minister"), or null. */
  readonly role: string | null;
  readonly aliases: readonly string[];
  readonly mentions: readonly Mention[];
  /** A news agency or outlet (organisations only). */
  readonly agency: boolean;
  /** The byline names this person as an author. */
  readonly author: boolean;
  readonly gender: 'male' | 'female' | null;
  /** The id of the recogniser that gave the entity its type (see the README's entity rules), or null. */
  readonly recognizedBy?: string | null;
  /**
   * How likely it is a name of this type, 0-1: the entity model's probability
   * (src/core/entities/confidence.ts); 1 for the desk's own entities.
   */
  readonly confidence?: number;
}

export interface Speaker {
  /** The entity id, or null for a speaker that is not a named entity ("officials", "they"). */
  readonly entity: string | null;
  readonly name: string;
  readonly anonymous: boolean;
  /** Where the text names the speaker for this quotation, or null. */
  readonly mention: TextSpan | null;
}

export type QuoteKind = 'direct' | 'scare';

export type AttributionMethod =
  | 'cue-after' | 'cue-before' | 'according-to' | 'continuation' | 'paragraph' | 'previous-paragraph' | 'sentence-subject' | 'desk' | 'none';

/** How sure an attribution is: a cue beside the quotation, a continuation of a quotation by the same speaker, or context alone. */
export type EvidenceTier = 'explicit' | 'continuation' | 'inferred';

/** How the speaker's mention was read: a name, a surname, a role noun, a pronoun, a transcript label... */
export type Resolution = 'name' | 'surname' | 'alias' | 'role' | 'pronoun' | 'description' | 'label' | 'context' | 'desk';

/** Why a quotation is credited to its speaker: the rule that decided and what it saw. */
export interface Evidence {
  /** The attribution rule's id (README, "Attribution rules"). */
  readonly rule: string;
  readonly tier: EvidenceTier;
  readonly cue: TextSpan | null;
  /** The speaker's mention the rule read, or null. */
  readonly mention: TextSpan | null;
  readonly resolution: Resolution;
  /** For a pronoun: the mention of the person it stands for. */
  readonly antecedent: TextSpan | null;
  /** For a pronoun: the antecedent model's score (0-1) for the person it was read as, or null. */
  readonly antecedentScore: number | null;
  /** For a pronoun the model resolved: its score (0-1) for the likeliest other person in reach, 0 when there was none. */
  readonly antecedentRival?: number;
  /**
   * How likely the speaker is right, 0-1: the attribution model's calibrated probability
   * (src/core/attribution/confidence.ts); 1 for the desk's own correction.
   */
  readonly confidence: number;
  /** A headline's, subheading's or caption's quotation (rule pull-quote): the index of the body quotation whose words it repeats, and whose speaker it takes. */
  readonly repeats?: number;
}

export interface Quote extends TextSpan {
  /** The quoted words without the marks. */
  readonly inner: Span;
  readonly kind: QuoteKind;
  /** The closing mark is missing (multi-paragraph convention or a stray mark). */
  readonly unclosed: boolean;
  /** Double (“…”, "…") or single (‘…’, '…', British style) quotation marks. */
  readonly marks: 'double' | 'single';
  readonly speaker: Speaker | null;
  readonly cue: TextSpan | null;
  /** The entity id of the agency or outlet that carried the quotation, or null. */
  readonly source: string | null;
  readonly method: AttributionMethod;
  /** Why the quotation is unattributed or not speech, for hovers. */
  readonly reason: string | null;
  /** Why it is credited to its speaker; null when it has none. */
  readonly evidence: Evidence | null;
  readonly paragraph: number;
  readonly sentence: number;
  /** The quotation sits in the headline. */
  readonly inHeadline: boolean;
  /** An inline marker after it: `not-a-quote` (a scare quote or title) or `ignore` (no diagnostics). */
  readonly marker: 'not-a-quote' | 'ignore' | null;
}

export type SourceKind = 'agency' | 'document' | 'anonymous';

export interface Source {
  readonly id: string;
  readonly kind: SourceKind;
  readonly name: string;
  readonly entity: string | null;
  readonly mentions: readonly TextSpan[];
  /** Indexes into Analysis.quotes of the quotations this source carried. */
  readonly quotes: readonly number[];
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface RelatedInfo extends Span {
  readonly message: string;
}

/** Every diagnostic's rule id (README, "Diagnostics" and "Sourcing checks"). */
export type DiagnosticCode =
  | 'unattributed-quote' | 'unbalanced-quote' | 'inferred-attribution' | 'house-spelling'
  | 'anonymous-source-no-reason' | 'vague-source' | 'loaded-verb' | 'late-attribution' | 'second-reference'
  /** (The CLI's: an annotation whose words are gone.) */
  | 'orphaned-annotation';

/** An edit that fixes a diagnostic: replace [start, end) with `text`. */
export interface DiagnosticFix extends Span {
  readonly title: string;
  readonly text: string;
  /** A part of `text` the writer must fill in ("REASON"): selected after the edit. */
  readonly placeholder?: string;
}

export interface Diagnostic extends Span {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  readonly related: readonly RelatedInfo[];
  /** Index into Analysis.quotes, where the diagnostic is about one. */
  readonly quote: number | null;
  /** The text that fixes it, where there is one (a house spelling). */
  readonly replacement?: string;
  /** Quick fixes, where there is an obvious edit. */
  readonly fixes?: readonly DiagnosticFix[];
}

export interface MarkerSpan extends Span {
  readonly kind: 'not-a-quote' | 'ignore';
}

export interface Analysis {
  readonly version: 1;
  readonly length: number;
  /** The article's quotation style, told from the text: double or single (British) marks, or no quotations. */
  readonly quoteStyle: 'double' | 'single' | 'none';
  /** Inline `<!-- article-lens: ... -->` markers. */
  readonly markers: readonly MarkerSpan[];
  readonly structure: Structure;
  readonly entities: readonly Entity[];
  readonly quotes: readonly Quote[];
  readonly sources: readonly Source[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * The desk's reading of a quotation, from an annotation (issue 11): it overrides the engine's.
 * The span is where the annotation is anchored now; it applies to the quotation it overlaps.
 */
export interface Correction {
  readonly start: number;
  readonly end: number;
  /** The speaker the desk names, or null. */
  readonly speaker: string | null;
  /** The desk says the span is no quotation. */
  readonly notAQuotation: boolean;
}

export interface AnalyzeOptions {
  /** An attribution below this confidence is flagged as uncertain (default 0.6; the team configuration's "uncertainBelow"). */
  readonly uncertainBelow?: number;
  /** The desk's entity list (`.article-lens/entities.json`): names, types, roles, house spellings. */
  readonly desk?: import('./entities/desk').DeskList;
  /** The desk's corrections, which override the engine's reading of the quotations they touch. */
  readonly corrections?: readonly Correction[];
  /** Flag unattributed quotations in the headline too (off by default: headlines quote the body). */
  readonly checkHeadline?: boolean;
  /** The team's policy (`.article-lens/config.json`): rule severities, verbs, anonymity, second references. */
  readonly house?: import('./checks/config').HousePolicy;
  /**
   * Filled in with how much work the attribution did: the tokens its searches visited. Tests
   * use it to check, without timing anything, that work grows linearly with any input.
   */
  readonly counters?: { steps: number };
  /** List every entity, however unsure (for training the entity model). */
  readonly allEntities?: boolean;
  /** Filled in with the proposals the models weighed (for training them). */
  readonly trace?: AnalysisTrace;
  /** The antecedent model instead of the committed one (training fits one and uses it at once; empty: the hand-ordered reading). */
  readonly antecedentModel?: import('./attribution/confidence').ConfidenceModel;
}

/** What the trained models weighed in one analysis: for training, never shown. */
export interface AnalysisTrace {
  /** Each pronoun speaker's proposed antecedents, with their features, and the one chosen. */
  readonly antecedents: import('./attribution/antecedents').AntecedentTrace[];
}
