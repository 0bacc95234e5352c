// The output formats by name (--format).
import type { Formatter } from './formatter';
import { formatGithub } from './github';
import { formatJson } from './json';
import { formatSarif } from './sarif';
import { formatStylish } from './stylish';

export type { FormatContext, Formatter } from './formatter';
export { makeColors } from './colors';

export const FORMATTERS = { stylish: formatStylish, json: formatJson, sarif: formatSarif, github: formatGithub } satisfies Record<string, Formatter>;
