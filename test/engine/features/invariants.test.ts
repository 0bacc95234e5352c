// Properties that hold at every cursor position of the sample records (and of truncated copies,
// as while typing): completion and hover never throw; an item's edit is on the cursor's line,
// contains the cursor, and its filterText starts with the text typed in the edit range.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { newEngine, read, SAMPLES } from '../../helpers/engine';

const engine = newEngine();
engine.setPeopleRegistry(read(join(SAMPLES, '.briefing', 'people.yaml')));
const files = readdirSync(SAMPLES).filter((f) => f.endsWith('.briefing.yaml'));

function checkAll(text: string, label: string, step: number): number {
  const record = engine.parse(text);
  let items = 0;
  for (let line = 0; line < record.lines.lineCount; line++) {
    const len = record.lines.lineText(line).length;
    for (let character = 0; character <= len; character += step) {
      const position = { line, character };
      const where = `${label} ${line}:${character}`;
      engine.hover(record, position);
      for (const item of engine.complete(record, position)) {
        items++;
        const r = item.textEdit.range;
        assert.equal(r.start.line, line, where);
        assert.equal(r.end.line, line, where);
        assert.ok(r.start.character <= character && character <= r.end.character, `${where} ${item.label}`);
        const typed = record.lines.lineText(line).slice(r.start.character, character);
        assert.ok(item.filterText.startsWith(typed), `${where} ${item.label}: "${item.filterText}" does not start with "${typed}"`);
        assert.ok(item.label.length > 0, where);
        for (const e of item.additionalTextEdits ?? []) {
          assert.ok(
            e.range.end.line < line || (e.range.end.line === line && e.range.end.character <= r.start.character) || e.range.start.line > line,
            `${where}: additional edit overlaps the main edit`,
          );
        }
      }
    }
  }
  return items;
}

test('completion and hover hold their invariants at every position of every sample', () => {
  let items = 0;
  for (const f of files) items += checkAll(read(join(SAMPLES, f)), f, 3);
  assert.ok(items > 1000, `only ${items} items`);
});

test('the same holds in records cut off mid-line, as while typing', () => {
  for (const f of files) {
    const text = read(join(SAMPLES, f));
    for (let cut = 97; cut < text.length; cut += 797) checkAll(text.slice(0, cut), `${f}[0:${cut}]`, 9);
  }
});
