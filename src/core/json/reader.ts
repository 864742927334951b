// The one reader of the JSON files beside the articles (the team configuration, the desk entity
// list, the annotations): jsonc-parser for the syntax (strict JSON: no comments, no trailing
// commas, as VS Code's JSON mode expects of a .json file), then the file's JSON Schema (the one the extension contributes to VS
// Code's editor, in schemas/) for its shape. Every problem comes back in words, at a line and
// column: the key of the property at fault, or where the syntax broke.
import { Validator, type OutputUnit, type Schema } from '@cfworker/json-schema';
import { findNodeAtLocation, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';

export interface JsonProblem {
  readonly message: string;
  /** 1-based line and column in the file, when known. */
  readonly line: number | null;
  readonly column: number | null;
}

export type JsonPath = ReadonlyArray<string | number>;

export type ReadJson =
  | {
    readonly ok: true;
    readonly value: unknown;
    /** Where a value (by its path) is in the file: its key when it is a property's value. */
    readonly at: (path: JsonPath) => { line: number; column: number } | null;
  }
  | { readonly ok: false; readonly error: JsonProblem };

export interface ReadOptions {
  /** The schema the value must match. */
  readonly schema?: Schema;
  /** How to name a value in a message (default: its dotted path in quotes). */
  readonly label?: (path: JsonPath, root: unknown) => string;
  /** What a property of the object at `path` is called, for "unknown setting" (default "setting"). */
  readonly noun?: (path: JsonPath) => string;
  /** Normalises the value before it is checked (a word the file may write in any case). */
  readonly prepare?: (value: unknown) => unknown;
}

/** Line and column (1-based) of a UTF-16 offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

const SYNTAX: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'a malformed number',
  PropertyNameExpected: 'a property name (in double quotes) is expected',
  ValueExpected: 'a value is expected',
  ColonExpected: 'a colon is expected',
  CommaExpected: 'a comma is expected',
  CloseBraceExpected: 'a closing "}" is expected',
  CloseBracketExpected: 'a closing "]" is expected',
  EndOfFileExpected: 'the text goes on after the end of the JSON value',
  InvalidCommentToken: 'comments are not allowed in this file',
  UnexpectedEndOfComment: 'a comment is not closed',
  UnexpectedEndOfString: 'a string is not closed',
  UnexpectedEndOfNumber: 'a number is cut short',
  InvalidUnicode: 'a malformed \\u escape',
  InvalidEscapeCharacter: 'a malformed escape',
  InvalidCharacter: 'a control character in a string',
};

/** These files nest a few levels; deeper is refused before parsing (the parser recurses). */
export const MAX_DEPTH = 64;

/** Where the nesting first goes deeper than `max`, or -1: one pass, strings skipped. */
function tooDeep(text: string, max: number): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // A string: to its closing quote (an escaped character is skipped).
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return i;
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return -1;
}

/** Reads a JSON text (a leading byte order mark is ignored). */
export function readJson(text: string, options: ReadOptions = {}): ReadJson {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const deep = tooDeep(body, MAX_DEPTH);
  if (deep >= 0) return { ok: false, error: { message: `nested more than ${MAX_DEPTH} levels deep (these files need a few)`, ...lineColumn(body, deep) } };
  const errors: ParseError[] = [];
  const tree = parseTree(body, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  if (errors.length || !tree) {
    const e = errors[0];
    const offset = e ? e.offset : body.length;
    const found = offset >= body.length ? 'the text ends too soon' : SYNTAX[printParseErrorCode(e!.error)] ?? printParseErrorCode(e!.error);
    return { ok: false, error: { message: `not valid JSON: ${found}`, ...lineColumn(body, offset) } };
  }
  // (The value as JSON.parse gives it, now that the syntax is known to be strict JSON: plain
  // objects, a "__proto__" key an own property like any other.)
  const parsed = JSON.parse(body) as unknown;
  const value = options.prepare ? options.prepare(parsed) : parsed;
  const at = (path: JsonPath): { line: number; column: number } | null => {
    const node = findNodeAtLocation(tree, [...path]);
    if (!node) return null;
    const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
    return lineColumn(body, (key ?? node).offset);
  };
  if (options.schema) {
    const problem = schemaProblem(options.schema, value, options.label ?? ((p) => (p.length ? `"${p.join('.')}"` : 'the file')), options.noun ?? (() => 'setting'));
    if (problem) {
      const where = at(problem.path) ?? at(problem.path.slice(0, -1)) ?? { line: 1, column: 1 };
      return { ok: false, error: { message: problem.message, ...where } };
    }
  }
  return { ok: true, value, at };
}

/** The validators made so far, one per schema. */
const validators = new WeakMap<object, Validator>();

/** A JSON pointer's parts ("#/a/0/b~1c" → ["a", 0, "b/c"]); numbers stay numbers for array indexes. */
function pointer(p: string, numbers: boolean): Array<string | number> {
  return p.replace(/^#/, '').split('/').slice(1).map((s) => {
    const part = decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~');
    return numbers && /^(0|[1-9]\d*)$/.test(part) ? Number(part) : part;
  });
}

/** The part of the schema a keyword location points into. */
function schemaAt(schema: Schema, location: string): Record<string, unknown> | undefined {
  let cur: unknown = schema;
  for (const part of pointer(location, false)) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<string, unknown>)[part as string];
  }
  return typeof cur === 'object' && cur !== null ? cur as Record<string, unknown> : undefined;
}

const TYPE_WORDS: Record<string, string> = {
  boolean: 'true or false', array: 'a list', object: 'an object', number: 'a number', integer: 'a whole number', string: 'text', null: 'null',
};

function words(values: readonly unknown[]): string {
  const shown = values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
  return values.length <= 2 ? values.map((v) => JSON.stringify(v)).join(' or ') : `one of ${shown.join(', ')}`;
}

function typeWords(t: unknown): string {
  const list = Array.isArray(t) ? t : [t];
  return list.map((x) => TYPE_WORDS[String(x)] ?? String(x)).join(' or ');
}

/** The first problem the schema finds, in words, with the path of the value at fault. */
function schemaProblem(schema: Schema, value: unknown, label: (path: JsonPath, root: unknown) => string, noun: (path: JsonPath) => string): { message: string; path: JsonPath } | null {
  let v = validators.get(schema);
  if (!v) { v = new Validator(schema, '7', false); validators.set(schema, v); }
  const result = v.validate(value);
  if (result.valid) return null;
  // The most specific error: the deepest value, and there not the wrappers that only say a
  // property or branch failed.
  const wrappers = new Set(['properties', 'items', 'allOf', '$ref', 'additionalProperties']);
  const errors = result.errors as OutputUnit[];
  const depth = (e: OutputUnit): number => pointer(e.instanceLocation, true).length;
  const leaf = errors.filter((e) => !wrappers.has(e.keyword)).sort((a, b) => depth(b) - depth(a))[0] ?? errors[errors.length - 1];
  const path = pointer(leaf.instanceLocation, true);
  const here = schemaAt(schema, leaf.keywordLocation.replace(/\/[^/]*$/, ''));
  const got = valueAt(value, path);
  const name = label(path, value);
  switch (leaf.keyword) {
    case 'false': {
      // An unknown property: additionalProperties is false where it is.
      const parent = schemaAt(schema, leaf.keywordLocation.replace(/\/[^/]*$/, ''));
      const known = Object.keys((parent?.properties as Record<string, unknown> | undefined) ?? {}).filter((k) => k !== '$schema');
      const key = String(path[path.length - 1]);
      const owner = path.length > 1 ? ` in ${label(path.slice(0, -1), value)}` : '';
      return { message: `unknown ${noun(path.slice(0, -1))} "${key}"${owner}${known.length ? ` (known: ${known.join(', ')})` : ''}`, path };
    }
    case 'type': return { message: path.length ? `${name} must be ${typeWords(here?.type)}` : `the file must hold ${typeWords(here?.type).replace(/^an? /, 'a JSON ')}`, path };
    case 'enum': return { message: `${name} must be ${words((here?.enum as unknown[]) ?? [])}, not ${JSON.stringify(got)}`, path };
    case 'const': return { message: `${name} must be ${JSON.stringify(here?.const)}`, path };
    case 'minimum': case 'maximum': case 'exclusiveMinimum': case 'exclusiveMaximum': {
      const min = here?.minimum ?? here?.exclusiveMinimum;
      const max = here?.maximum ?? here?.exclusiveMaximum;
      return { message: `${name} must be a number${min !== undefined ? ` from ${String(min)}` : ''}${max !== undefined ? ` to ${String(max)}` : ''}, not ${JSON.stringify(got)}`, path };
    }
    case 'minLength': return { message: `${name} must not be empty`, path };
    case 'minItems': return { message: `${name} must not be an empty list`, path };
    case 'required': {
      const missing = /"([^"]+)"/.exec(leaf.error)?.[1];
      return { message: `${name} needs ${missing ? `"${missing}"` : 'a property it lacks'}`, path };
    }
    case 'oneOf': case 'anyOf': {
      const branches = ((here?.[leaf.keyword] as Array<Record<string, unknown>> | undefined) ?? []).map((b) => (b.type ? typeWords(b.type) : '')).filter(Boolean);
      return { message: `${name} must be ${branches.length ? [...new Set(branches)].join(' or ') : 'of another shape'}`, path };
    }
    default: return { message: `${name}: ${leaf.error}`, path };
  }
}

function valueAt(root: unknown, path: JsonPath): unknown {
  let cur = root;
  for (const p of path) cur = typeof cur === 'object' && cur !== null ? (cur as Record<string | number, unknown>)[p] : undefined;
  return cur;
}
