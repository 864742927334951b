// The CLI's JSON (version 1): a contract other tools depend on (README "Command line").
// Fields are only ever added within a version.
import { annotationsJson } from '../core/annotations';
import type { TextSpan } from '../core/types';
import type { FileResult } from './cli';

const span = (s: TextSpan | null): { start: number; end: number; text: string } | null => (s ? { start: s.start, end: s.end, text: s.text } : null);

/** One file's analysis as the JSON of version 1 (README, "Command line"). */
export function fileJson(r: Pick<FileResult, 'path' | 'analysis' | 'annotations'>): Record<string, unknown> {
  return {
    path: r.path,
    entities: r.analysis.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      role: e.role,
      confidence: e.confidence ?? null,
      mentions: e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })),
    })),
    quotes: r.analysis.quotes.map((q) => ({
      start: q.start,
      end: q.end,
      text: q.text,
      kind: q.kind,
      speaker: q.speaker
        ? {
            entity: q.speaker.entity,
            name: q.speaker.name,
            anonymous: q.speaker.anonymous,
            mention: span(q.speaker.mention),
          }
        : null,
      cue: span(q.cue),
      source: q.source,
      evidence: q.evidence
        ? {
            rule: q.evidence.rule,
            tier: q.evidence.tier,
            cue: span(q.evidence.cue),
            mention: span(q.evidence.mention),
            resolution: q.evidence.resolution,
            antecedent: span(q.evidence.antecedent),
            antecedentScore: q.evidence.antecedentScore === null ? null : Math.round(q.evidence.antecedentScore * 1000) / 1000,
            confidence: Math.round(q.evidence.confidence * 1000) / 1000,
          }
        : null,
    })),
    diagnostics: r.analysis.diagnostics.map((d) => ({ code: d.code, severity: d.severity, message: d.message, start: d.start, end: d.end })),
    annotations: annotationsJson(r.annotations ?? []),
  };
}

/** The whole document of the json format, for several files. */
export function toJson(results: readonly Pick<FileResult, 'path' | 'analysis'>[]): unknown {
  return { version: 1, files: results.map(fileJson) };
}
