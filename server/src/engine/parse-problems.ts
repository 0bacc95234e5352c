// What the parser found, as findings for validate(): the first syntax error only (what the parser
// reports after it is usually its echo), and the name of a document's shape when it is not a mapping.
import { isScalar, isSeq, type Node } from 'yaml';
import type { ParsedRecord } from './parse/parse-record';
import type { Finding } from './rules/rule';

/** Reports the parse problems through `push`; true when the YAML is broken (its data is a guess). */
export function reportParseProblems(record: ParsedRecord, push: (code: string, finding: Finding) => void): boolean {
  const syntaxLines = new Set<number>();
  for (const p of record.problems) {
    if (p.code === 'yaml-syntax') {
      if (syntaxLines.size > 0) continue;
      syntaxLines.add(record.lines.positionAt(p.span[0]).line);
    }
    push(p.code, { span: p.span, messageId: p.messageId, args: { ...p.args, detail: p.detail }, related: p.related });
  }
  return syntaxLines.size > 0;
}

/** "a list", "a single value" or "something else": what a document is instead of a mapping. */
export function shapeName(node: Node): { vi: string; en: string } {
  if (isSeq(node)) return { vi: 'một danh sách', en: 'a list' };
  if (isScalar(node)) return { vi: 'một giá trị đơn', en: 'a single value' };
  return { vi: 'dạng khác', en: 'something else' };
}
