// The desk's annotations, kept beside the article (issue 11; README, "Annotations").
export { ANNOTATION_CONTEXT, CONTEXT_CHARS, NOT_A_QUOTATION, SOURCE_TYPES, STATUSES, readAnnotation, selectorsFor } from './model';
export type { Anchor, DeskAnnotation, SourceType, Status } from './model';
export { atLine, lineColumn, parseAnnotations } from './parse';
export type { AnnotationFileError, ParsedAnnotations } from './parse';
export { reanchor, similarity } from './anchor';
export type { AnchorHow, Anchored } from './anchor';
export { annotationOwners, annotationsJson, correctionsOf, placeAnnotations } from './apply';
export type { PlacedAnnotation } from './apply';
export { changedAnnotation, itemsOf as annotationItems, PURPOSE, randomId, updatedAnnotationsFile, withItems } from './edit';
export type { AnnotationChange, Authorship } from './edit';
