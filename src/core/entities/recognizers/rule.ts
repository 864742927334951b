// What an entity recogniser is: one naming convention, with an id, a doc and invented examples.
import type { EntityType } from '../../types';
import type { EntityContext } from '../context';

/** An invented example: a text and a name in it, with the type it has (null: no entity). */
export interface EntityExample {
  readonly text: string;
  readonly name: string;
  readonly type: EntityType | null;
  /** The role the article gives the person, where the example is about it. */
  readonly role?: string;
}

/** A run of capitalised words being read as a name (token indexes, end-exclusive). */
export interface Run {
  /** The run after trimming words that are no part of the name. */
  readonly a: number;
  readonly b: number;
  /** Where the run started before trimming. */
  readonly origA: number;
  readonly sentStart: number;
  /** The name proper starts here, after a title ("Foreign Minister Sergei Lavrov"). */
  readonly nameStart: number;
  readonly name: string;
  readonly words: number;
  readonly lastLower: string;
  /** Lower-cased tokens around the run: before it, after it, and the one after that. */
  readonly prev: string;
  readonly next: string;
  readonly next2: string;
  /** An attribution verb follows ("Lavrov said"), but not "X reported" of a name with no first name. */
  readonly speechNext: boolean;
  readonly firstName: boolean;
  readonly role: string | null;
  readonly gender: 'male' | 'female' | null;
  /** An adjective before it said it is an organisation ("Ontario-based Magna"). */
  readonly orgHint: boolean;
  /** A newspaper or union word follows ("the Sun newspaper"). */
  readonly mediaNext: boolean;
}

interface Meta {
  readonly id: string;
  readonly description: string;
  readonly examples: readonly EntityExample[];
}

/** Rejects a run that is no name at all: a date, a code, a nationality, an event. */
export interface RejectRule extends Meta {
  rejects(ctx: EntityContext, a: number, b: number, sentStart: number, origA: number): boolean;
}

export interface Typing {
  /** Null: no entity at all (no evidence the run is a name). */
  readonly type: EntityType | null;
  readonly strength: number;
  readonly agency?: boolean;
}

/** Types a name: the first typing rule that applies decides. */
export interface TypeRule extends Meta {
  type(ctx: EntityContext, run: Run): Typing | null;
}
