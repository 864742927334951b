// Copies of entities with a field or two changed, made by one object literal.
import type { Entity } from '../types';

/**
 * A copy of `e` with `patch` applied, its fields in the order every entity has them. An object
 * spread (`{ ...e, mentions }`) made copies whose shapes V8 did not share with the originals,
 * nor often with each other: every function that reads entities then met many shapes and ran
 * slower (repeatedly recompiled, or reading each field the slow way).
 */
export function entityWith(e: Entity, patch: Partial<Entity>): Entity {
  return {
    id: patch.id ?? e.id,
    type: patch.type ?? e.type,
    name: patch.name ?? e.name,
    role: patch.role !== undefined ? patch.role : e.role,
    aliases: patch.aliases ?? e.aliases,
    mentions: patch.mentions ?? e.mentions,
    agency: patch.agency ?? e.agency,
    author: patch.author ?? e.author,
    gender: patch.gender !== undefined ? patch.gender : e.gender,
    recognizedBy: patch.recognizedBy !== undefined ? patch.recognizedBy : e.recognizedBy ?? null,
    confidence: patch.confidence ?? e.confidence ?? 1,
  };
}
