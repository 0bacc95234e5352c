// One engine for a test file, built from the bundled schema and catalogs, as the faces build it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine, loadAssets } from '../../server/src/host/assets';
import type { Diagnostic, Engine } from '../../server/src/engine';
import { Engine as EngineClass } from '../../server/src/engine/engine';

export const ROOT = join(__dirname, '..', '..');
export const SAMPLES = join(ROOT, 'samples');

export function newEngine(): Engine {
  return createEngine(loadAssets(join(ROOT, 'schemas')));
}

export function read(path: string): string {
  return readFileSync(path, 'utf8');
}

/** "code@line:col" (1-based) for compact exact assertions. */
export function brief(d: Diagnostic): string {
  return `${d.code}@${d.range.start.line + 1}:${d.range.start.character + 1}`;
}

/** The text a diagnostic's range covers. */
export function covered(text: string, d: { range: Diagnostic['range'] }): string {
  const lines = text.split('\n');
  if (d.range.start.line === d.range.end.line) return lines[d.range.start.line].slice(d.range.start.character, d.range.end.character);
  return [
    lines[d.range.start.line].slice(d.range.start.character),
    ...lines.slice(d.range.start.line + 1, d.range.end.line),
    lines[d.range.end.line].slice(0, d.range.end.character),
  ].join('\n');
}

/** A minimal valid record; tests replace one line to break one thing. */
export const BASE = `meeting:
  kind: hội nghị giao ban
  title: Hội nghị giao ban Bộ Công an tháng 2-2020
  date: 2020-02-26
  period:
    text: tháng 2-2020
    start: 2020-02-01
    end: 2020-02-29
  format: trực tuyến
chair:
  rank: Đại tướng
  name: Tô Lâm
  positions:
    - Bộ trưởng Bộ Công an
statistics:
  - label: Phạm tội về ma túy
    value: 1457
    unit: vụ
source:
  publisher: ANTD.VN
  published: 2020-02-27
`;

export function withLine(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture has no "${from}"`);
  return text.replace(from, to);
}

/** Records the records every engine parses (by URI) until `restore()`: proves what a run did not parse again. */
export function spyOnParses(): { records: () => string[]; reset: () => void; restore: () => void } {
  const original = EngineClass.prototype.parse;
  let parsed: string[] = [];
  EngineClass.prototype.parse = function (this: Engine, ...args: Parameters<Engine['parse']>) {
    parsed.push(String(args[1]));
    return original.apply(this, args);
  };
  return {
    records: () => parsed.filter((u) => /\.briefing\.ya?ml$/.test(u)),
    reset: () => void (parsed = []),
    restore: () => void (EngineClass.prototype.parse = original),
  };
}
