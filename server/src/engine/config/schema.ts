// The JSON Schema of .briefing/config.yaml, built from the rule registry so every rule id and
// tag completes in the editor and a misspelt one is reported at its key, with "did you mean".
// schemas/config.schema.json is written from it (npm run docs:rules); a test keeps them equal.
import { ALL_RULES } from '../rules';
import type { SchemaNode } from '../schema/annotations';
import { RULE_TAGS } from './tags';

export const SEVERITY_WORDS = ['error', 'warning', 'info', 'hint', 'off'] as const;
export type SeveritySetting = (typeof SEVERITY_WORDS)[number];

const severity = (description: string): SchemaNode => ({ description, enum: [...SEVERITY_WORDS] });
const globs = (description: string): SchemaNode => ({ description, type: 'array', items: { type: 'string', minLength: 1 } });
const paths = (description: string): SchemaNode => ({ description, type: 'array', items: { type: 'string', minLength: 1 } });

export function configSchema(): SchemaNode {
  const rules: Record<string, SchemaNode> = {};
  for (const r of ALL_RULES) rules[r.id] = severity(`${r.description.vi} — ${r.description.en} (mặc định / default: ${r.severity})`);
  const tags: Record<string, SchemaNode> = {};
  for (const [tag, ids] of Object.entries(RULE_TAGS)) tags[tag] = severity(`Mức cho các quy tắc / Severity of the rules: ${ids.join(', ')}`);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'briefing-config.schema.json',
    title: 'Cấu hình dự án hồ sơ giao ban — Briefing records project configuration',
    description:
      'Tệp .briefing/config.yaml: mức của từng quy tắc, ngôn ngữ thông báo, tệp nào là hồ sơ, tệp nào bỏ qua, danh mục và danh sách nhân sự cần nạp. CLI và trình soạn thảo đọc cùng một tệp — The .briefing/config.yaml file: rule severities, message language, which files are records and which are ignored, the catalogs and people registries to load. The CLI and the editor read the same file.',
    type: 'object',
    additionalProperties: false,
    properties: {
      rules: {
        description: 'Mức của từng quy tắc theo mã: error, warning, info, hint hoặc off — Severity per rule id: error, warning, info, hint or off.',
        type: 'object',
        additionalProperties: false,
        properties: rules,
      },
      tags: {
        description: 'Mức cho cả một nhóm quy tắc; mức đặt theo mã trong `rules` được ưu tiên — Severity for a group of rules; a rule id in `rules` wins.',
        type: 'object',
        additionalProperties: false,
        properties: tags,
      },
      locale: { description: 'Ngôn ngữ thông báo — Message language.', enum: ['vi', 'en'] },
      files: globs(
        'Glob (tính từ thư mục gốc dự án) của các tệp là hồ sơ — Globs (from the project root) of the files that are records. Mặc định / default: **/*.briefing.{yaml,yml}.',
      ),
      ignores: globs('Glob (tính từ thư mục gốc dự án) của các tệp không kiểm tra — Globs (from the project root) of files never validated.'),
      catalogs: paths(
        'Các tệp danh mục bổ sung (tính từ thư mục gốc dự án) — Workspace catalog files, from the project root. Mặc định / default: .briefing/catalog.yaml.',
      ),
      people: paths(
        'Các tệp danh sách nhân sự (tính từ thư mục gốc dự án) — People registry files, from the project root. Mặc định / default: .briefing/people.yaml.',
      ),
    },
  };
}
