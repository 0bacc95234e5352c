// A lone surrogate typed or pasted in the editor cannot be saved as UTF-8 (it becomes U+FFFD):
// the engine reports it as binary-content where it is, so the editor and the CLI on the saved
// file show the same rule at the same place.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE, newEngine, withLine } from '../helpers/engine';
import { runInProcess, tempDir } from '../helpers/cli';

const engine = newEngine();
const made: string[] = [];
after(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
const TITLE = '  title: Hội nghị giao ban Bộ Công an tháng 2-2020';
const at = (d: { code: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }) =>
  `${d.code}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;

test('a lone surrogate in the editor gets the binary-content error the CLI gives the saved file', () => {
  for (const lone of ['\uD83D', '\uDE00', 'x\uDE00\uDE00']) {
    const text = withLine(BASE, TITLE, `  title: Hội nghị ${lone} tháng 2`);
    const editor = engine.check(text, 'x.briefing.yaml').filter((d) => d.code === 'binary-content');
    assert.equal(editor.length, 1, JSON.stringify(lone));
    assert.match(
      editor[0].message,
      /^Ký tự U\+D[8-F][0-9A-F]{2} là nửa cặp thay thế \(surrogate\) đơn lẻ, không ghi được ở UTF-8: khi lưu sẽ thành U\+FFFD\.$/,
    );

    const dir = tempDir({});
    made.push(dir);
    writeFileSync(join(dir, 'x.briefing.yaml'), text); // as an editor saves it: U+FFFD
    const r = runInProcess(['validate', 'x.briefing.yaml', '--format', 'json'], dir);
    const cli = JSON.parse(r.stdout).files[0].diagnostics.filter((d: { rule: string }) => d.rule === 'binary-content');
    assert.deepEqual(
      cli.map((d: { rule: string; range: Parameters<typeof at>[0]['range'] }) => at({ code: d.rule, range: d.range })),
      editor.map(at),
    );
    assert.equal(cli[0].severity, 'error');
  }
  // A surrogate pair is one character, not a problem.
  assert.deepEqual(
    engine.check(withLine(BASE, TITLE, '  title: Hội nghị 😀'), 'x.briefing.yaml').filter((d) => d.code === 'binary-content'),
    [],
  );
});
