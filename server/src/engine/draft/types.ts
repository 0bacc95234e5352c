// What a draft is: the record as plain data, and where in the article each drafted item came from.
import type { Span } from '../types';

export type Path = (string | number)[];

/** One drafted item and the part of the article it came from (half-open UTF-16 offsets). */
export interface Provenance {
  path: Path;
  span: Span;
  /** A short explanation of a reading the writer should see ("27,393 đọc là 27393"). */
  note?: string;
}

export interface DraftOptions {
  /** Publication date (YYYY-MM-DD): supplies the year of dates written without one. */
  published?: string;
  url?: string;
  publisher?: string;
  /** Shown in the draft's header comment: where the article came from. */
  sourceName?: string;
}

export interface Draft {
  /** The record, ready for the YAML writer; unfillable required fields hold placeholders. */
  record: Record<string, unknown>;
  provenance: Provenance[];
  /** The article's sentences, for quoting and for hover. */
  sentences: Sentence[];
  /** Placeholders left in the record (what each asks for). */
  placeholders: string[];
}

export interface Sentence {
  start: number;
  end: number;
  /** Index of the paragraph (lines separated by a line break) the sentence is in. */
  paragraph: number;
}
