// Article → draft record: the drafter's public surface.
export { draftRecord } from './draft';
export { writeDraft, quote, SOURCE_MARK } from './write-yaml';
export { stripDraftComments } from './strip-comments';
export { placeholder, placeholderWhat } from './placeholder';
export { splitSentences, sentenceAt } from './sentences';
export type { Draft, DraftOptions, Provenance, Sentence } from './types';
export { quoteAt, draftSourceRef, locateQuote } from './source-at';
