// One signature for every output format: the run's result and what a format may need from the
// run (version, locale, colours, working directory). `FORMATTERS` maps --format to its module.
import type { Locale } from '../../engine';
import type { RunResult } from '../result';
import type { Colors } from './colors';

export interface FormatContext {
  version: string;
  locale: Locale;
  colors: Colors;
  /** The working directory the paths in the result are relative to. */
  cwd: string;
}

/**
 * A report, piece by piece: the caller writes the pieces in batches, so a report of any size is
 * written without ever being one string (V8's longest string is ~512 MB).
 */
export type Formatter = (result: RunResult, context: FormatContext) => Iterable<string>;
