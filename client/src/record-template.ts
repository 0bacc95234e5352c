// The skeleton of a new record, as a snippet: meeting (kind, title, date, period, format), chair
// (rank, name, positions) and source. The choices for kind and format are read from the bundled
// schema so they never drift from it; dates are left as YYYY-MM-DD to be typed over, so a record
// never carries a date nobody chose.
import { readFileSync } from 'node:fs';

type Schema = { $ref?: string; properties?: Record<string, Schema>; enum?: unknown[]; definitions?: Record<string, Schema> };

function enumAt(root: Schema, path: string[]): string[] {
  const resolve = (s: Schema | undefined): Schema | undefined => {
    let cur = s;
    for (let i = 0; i < 10 && cur?.$ref?.startsWith('#/definitions/'); i++) cur = root.definitions?.[cur.$ref.slice('#/definitions/'.length)];
    return cur;
  };
  let node: Schema | undefined = root;
  for (const key of path) node = resolve(resolve(node)?.properties?.[key]);
  return (node?.enum ?? []).filter((v): v is string => typeof v === 'string');
}

function escapeChoice(s: string): string {
  return s.replace(/[\\$},|]/g, (c) => '\\' + c);
}

function choice(n: number, values: string[]): string {
  return values.length ? `\${${n}|${values.map(escapeChoice).join(',')}|}` : `\${${n}}`;
}

export function recordTemplate(schemaPath: string): string {
  let schema: Schema = {};
  try {
    schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Schema;
  } catch {
    // Without the schema the template still works, with free fields instead of choices.
  }
  return [
    'meeting:',
    `  kind: ${choice(1, enumAt(schema, ['meeting', 'kind']))}`,
    '  title: ${2}',
    '  date: ${3:YYYY-MM-DD}',
    '  period:',
    '    text: ${4}',
    `  format: ${choice(5, enumAt(schema, ['meeting', 'format']))}`,
    'chair:',
    '  rank: ${6}',
    '  name: ${7}',
    '  positions:',
    '    - ${8}',
    'source:',
    '  publisher: ${9}',
    '  published: ${10:YYYY-MM-DD}',
    '$0',
  ].join('\n');
}

/** Today's date in local time, YYYY-MM-DD. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const DEFAULT_SLUG = 'cuoc-hop';

/** A file name typed by the user, completed with the record extension when it has none. */
export function recordFileName(input: string): string {
  const name = input.trim().replace(/\\/g, '/');
  return /\.briefing\.ya?ml$/i.test(name) ? name : `${name.replace(/\.ya?ml$/i, '')}.briefing.yaml`;
}
