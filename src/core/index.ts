export { analyze, nearestSpeakers, shorten } from './analyze';
export { foldingRanges } from './folding';
export type { LineRange } from './folding';
export * from './types';
