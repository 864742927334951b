// The sourcing report: per article and in total, who is quoted and how often, named against
// anonymous speakers, sources by kind, agencies credited, unattributed and inferred
// quotations, and the desk's verification status. Pure data, then Markdown, CSV (RFC 4180,
// one row per article and speaker or source, to pivot) and JSON.
import { annotationOwners, type PlacedAnnotation } from '../annotations';
import { printable } from '../text/printable';
import { speakerGroups } from './summary';
import type { Analysis } from '../types';

/** A tally keyed by text from the article or the desk: no prototype, so "constructor" is a key like any other. */
const counts = (): Record<string, number> => Object.create(null) as Record<string, number>;

export interface ReportRow {
  readonly article: string;
  readonly name: string;
  /** `speaker` (named), `anonymous` (an anonymous speaker), a source's kind (`agency`, `document`), or `unattributed` for the quotations with nobody. */
  readonly kind: 'speaker' | 'agency' | 'document' | 'anonymous' | 'unattributed';
  /** person, organization, place, or `description` for a speaker that is no named entity ("a senior official"). */
  readonly type: string;
  /** `named`, `described` (a speaker the article gives no name: "the veteran coach"), or `anonymous`; empty for the unattributed row. */
  readonly named: 'named' | 'described' | 'anonymous' | '';
  readonly quotations: number;
  readonly inferred: number;
  readonly unattributed: number;
  readonly verified: number;
  readonly needsCheck: number;
  /** The desk's source type for the speaker (an annotation on the name), or "". */
  readonly sourceType: string;
}

/** What the report counts, per article and in total. */
interface SourcingCounts {
  readonly quotations: number;
  readonly attributed: number;
  readonly unattributed: number;
  readonly inferred: number;
  readonly namedSpeakers: number;
  /** Speakers the article describes but never names ("the veteran coach", "the new ad"). */
  readonly describedSpeakers: number;
  readonly anonymousSpeakers: number;
  /** Quotations by the desk's verification status ("verified", "needs-second-source"...). */
  readonly status: Readonly<Record<string, number>>;
  /** Diagnostics by rule id. */
  readonly problems: Readonly<Record<string, number>>;
}

export interface ArticleReport extends SourcingCounts {
  readonly article: string;
  readonly headline: string;
  readonly agencies: readonly string[];
  readonly documents: number;
  readonly anonymousSources: number;
  readonly rows: readonly ReportRow[];
}

export function articleReport(article: string, a: Analysis, placed: readonly PlacedAnnotation[] = []): ArticleReport {
  const owners = annotationOwners(a, placed);
  const statusOf = new Map<number, string>();
  const sourceTypeOf = new Map<string, string>();
  placed.forEach((p, i) => {
    const o = owners[i];
    if (o.quote !== null && p.annotation.status) statusOf.set(o.quote, p.annotation.status);
    if (o.entity && p.annotation.sourceType) sourceTypeOf.set(o.entity, p.annotation.sourceType);
  });
  const direct = a.quotes.map((q, i) => ({ q, i })).filter((x) => x.q.kind === 'direct');
  const unattributed = a.diagnostics.filter((d) => d.code === 'unattributed-quote' && d.quote !== null).map((d) => d.quote as number);
  const inferred = direct.filter((x) => x.q.speaker && x.q.evidence?.tier === 'inferred');
  const rows: ReportRow[] = [];
  const count = (ids: readonly number[], pred: (i: number) => boolean): number => ids.filter(pred).length;
  const verified = (i: number): boolean => statusOf.get(i) === 'verified';
  const needsCheck = (i: number): boolean => { const s = statusOf.get(i); return s === 'needs-second-source' || s === 'disputed' || s === 'unverified'; };
  const groups = speakerGroups(a);
  for (const g of groups) {
    rows.push({
      article, name: g.name, kind: g.anonymous ? 'anonymous' : 'speaker', type: g.entity?.type ?? 'description', named: g.anonymous ? 'anonymous' : g.entity ? 'named' : 'described',
      quotations: g.quotes.length, inferred: count(g.quotes, (i) => a.quotes[i].evidence?.tier === 'inferred'), unattributed: 0,
      verified: count(g.quotes, verified), needsCheck: count(g.quotes, needsCheck), sourceType: (g.entity && sourceTypeOf.get(g.entity.id)) ?? '',
    });
  }
  // (Anonymous sources are the anonymous speakers, listed above.)
  for (const s of a.sources) {
    if (s.kind === 'anonymous') continue;
    rows.push({
      article, name: s.name, kind: s.kind, type: s.kind === 'agency' ? 'organization' : 'document', named: 'named',
      quotations: s.quotes.length, inferred: 0, unattributed: 0, verified: count(s.quotes, verified), needsCheck: count(s.quotes, needsCheck), sourceType: '',
    });
  }
  if (unattributed.length) {
    rows.push({ article, name: '(unattributed)', kind: 'unattributed', type: '', named: '', quotations: unattributed.length, inferred: 0, unattributed: unattributed.length, verified: count(unattributed, verified), needsCheck: count(unattributed, needsCheck), sourceType: '' });
  }
  const status: Record<string, number> = counts();
  for (const { i } of direct) { const s = statusOf.get(i); if (s) status[s] = (status[s] ?? 0) + 1; }
  const problems: Record<string, number> = counts();
  for (const d of a.diagnostics) problems[d.code] = (problems[d.code] ?? 0) + 1;
  return {
    article,
    headline: a.structure.headline?.text ?? '',
    quotations: direct.length,
    attributed: direct.filter((x) => x.q.speaker).length,
    unattributed: unattributed.length,
    inferred: inferred.length,
    namedSpeakers: groups.filter((g) => !g.anonymous && g.entity).length,
    describedSpeakers: groups.filter((g) => !g.anonymous && !g.entity).length,
    anonymousSpeakers: groups.filter((g) => g.anonymous).length,
    agencies: a.sources.filter((s) => s.kind === 'agency').map((s) => s.name),
    documents: a.sources.filter((s) => s.kind === 'document').length,
    anonymousSources: a.sources.filter((s) => s.kind === 'anonymous').length,
    status,
    problems,
    rows,
  };
}

export interface ReportTotals extends SourcingCounts {
  readonly articles: number;
  /** Agencies credited, by the number of articles that credit them. */
  readonly agencies: Readonly<Record<string, number>>;
}

export function reportTotals(reports: readonly ArticleReport[]): ReportTotals {
  const add = (into: Record<string, number>, from: Readonly<Record<string, number>>): void => { for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + v; };
  const agencies: Record<string, number> = counts();
  const status: Record<string, number> = counts();
  const problems: Record<string, number> = counts();
  let quotations = 0, attributed = 0, unattributed = 0, inferred = 0, namedSpeakers = 0, describedSpeakers = 0, anonymousSpeakers = 0;
  for (const r of reports) {
    quotations += r.quotations; attributed += r.attributed; unattributed += r.unattributed; inferred += r.inferred;
    namedSpeakers += r.namedSpeakers; describedSpeakers += r.describedSpeakers; anonymousSpeakers += r.anonymousSpeakers;
    for (const g of r.agencies) agencies[g] = (agencies[g] ?? 0) + 1;
    add(status, r.status);
    add(problems, r.problems);
  }
  return { articles: reports.length, quotations, attributed, unattributed, inferred, namedSpeakers, describedSpeakers, anonymousSpeakers, agencies, status, problems };
}

/** "3 named, 1 described but not named and 2 anonymous speakers". */
export function speakersText(c: Pick<SourcingCounts, 'namedSpeakers' | 'describedSpeakers' | 'anonymousSpeakers'>): string {
  return `${c.namedSpeakers} named${c.describedSpeakers ? `, ${c.describedSpeakers} described but not named` : ''} and ${c.anonymousSpeakers} anonymous speakers`;
}

const CSV_COLUMNS: ReadonlyArray<keyof ReportRow> = ['article', 'name', 'kind', 'type', 'named', 'quotations', 'inferred', 'unattributed', 'verified', 'needsCheck', 'sourceType'];
const CSV_HEADER = ['article', 'name', 'kind', 'type', 'named_described_or_anonymous', 'quotations', 'inferred', 'unattributed', 'verified', 'needs_check', 'source_type'];

/** One CSV field (RFC 4180): quoted when it holds a comma, a quotation mark or a line break; a leading =+-@ is defused for spreadsheets. */
export function csvField(v: string | number): string {
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvHeader = (): string => `${CSV_HEADER.join(',')}\r\n`;
export const csvRows = (r: ArticleReport): string => r.rows.map((row) => `${CSV_COLUMNS.map((c) => csvField(row[c])).join(',')}\r\n`).join('');

const HTML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Text from the article or the desk as literal Markdown, safe in a table cell or a heading: one
 * line; the backslash escaped first, then every character Markdown reads as syntax (links, images,
 * emphasis, code, the cell's "|"); HTML's characters as entities, so no tag or autolink survives
 * ("<img onerror=...>", "[x](javascript:...)") in a report a desk may publish or render.
 */
export const md = (s: string): string => printable(s.replace(/\s+/g, ' '))
  .replace(/[\\`*_{}[\]()#+!|~]/g, (c) => `\\${c}`)
  .replace(/[&<>"]/g, (c) => HTML_ENTITIES[c]);

export function reportMarkdown(reports: readonly ArticleReport[]): string {
  const t = reportTotals(reports);
  const lines: string[] = ['# Sourcing report', ''];
  lines.push(`${t.articles} article${t.articles === 1 ? '' : 's'}, ${t.quotations} direct quotation${t.quotations === 1 ? '' : 's'}: ${t.attributed} attributed (${t.inferred} inferred from context), ${t.unattributed} unattributed; ${speakersText(t)}.`, '');
  const ag = Object.entries(t.agencies).sort((x, y) => y[1] - x[1]);
  if (ag.length) lines.push(`Agencies credited: ${ag.map(([n, c]) => `${md(n)} (${c})`).join(', ')}.`, '');
  const st = Object.entries(t.status);
  if (st.length) lines.push(`Desk status: ${st.map(([n, c]) => `${md(n)} ${c}`).join(', ')}.`, '');
  lines.push('| article | quotations | unattributed | inferred | named speakers | described, not named | anonymous speakers | agencies | documents |', '|---|---:|---:|---:|---:|---:|---:|---|---:|');
  for (const r of reports) lines.push(`| ${md(r.article)} | ${r.quotations} | ${r.unattributed} | ${r.inferred} | ${r.namedSpeakers} | ${r.describedSpeakers} | ${r.anonymousSpeakers} | ${md(r.agencies.join(', '))} | ${r.documents} |`);
  for (const r of reports) {
    lines.push('', `## ${md(r.article)}${r.headline ? `: ${md(r.headline)}` : ''}`, '');
    if (!r.rows.length) { lines.push('_No quotations or sources._'); continue; }
    lines.push('| name | kind | named | quotations | inferred | verified |', '|---|---|---|---:|---:|---:|');
    for (const row of r.rows) lines.push(`| ${md(row.name)} | ${row.kind}${row.type && row.kind === 'speaker' ? ` (${row.type})` : ''} | ${row.named} | ${row.quotations} | ${row.inferred} | ${row.verified} |`);
  }
  return `${lines.join('\n')}\n`;
}

export function reportJson(reports: readonly ArticleReport[]): unknown {
  return { version: 1, totals: reportTotals(reports), articles: reports };
}
