// The CLI's JSON (version 1): a contract other tools depend on (README "Command line").
// Fields are only ever added within a version.
import type { TextSpan } from '../core/types';
import type { FileResult } from './cli';

const span = (s: TextSpan | null): { start: number; end: number; text: string } | null => (s ? { start: s.start, end: s.end, text: s.text } : null);

export function toJson(results: readonly Pick<FileResult, 'path' | 'analysis'>[]): unknown {
  return {
    version: 1,
    files: results.map((r) => ({
      path: r.path,
      entities: r.analysis.entities.map((e) => ({
        id: e.id,
        name: e.name,
        type: e.type,
        role: e.role,
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
              mention: q.speaker.mention ? { start: q.speaker.mention.start, end: q.speaker.mention.end, text: q.speaker.mention.text } : null,
            }
          : null,
        cue: q.cue ? { start: q.cue.start, end: q.cue.end, text: q.cue.text } : null,
        source: q.source,
        evidence: q.evidence
          ? {
              rule: q.evidence.rule,
              tier: q.evidence.tier,
              cue: span(q.evidence.cue),
              mention: span(q.evidence.mention),
              resolution: q.evidence.resolution,
              antecedent: span(q.evidence.antecedent),
            }
          : null,
      })),
      diagnostics: r.analysis.diagnostics.map((d) => ({ code: d.code, severity: d.severity, message: d.message, start: d.start, end: d.end })),
    })),
  };
}

