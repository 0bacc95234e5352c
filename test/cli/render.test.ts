import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { ROOT, BASE } from '../helpers/engine';
import { cli, runInProcess, tempDir } from '../helpers/cli';

// The recommended rules, offline. Meeting titles are official names longer than the 70
// characters the SEO rule "long-title" wants; the page keeps them whole.
const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } });

async function problems(html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`));
}

test('render: one page per record and an index; every page is valid HTML', async () => {
  const out = tempDir();
  const r = cli(['render', 'samples', '--out', out]);
  assert.equal(r.code, 0, r.stderr);
  const pages = readdirSync(out).sort();
  const records = readdirSync(join(ROOT, 'samples')).filter((f) => f.endsWith('.briefing.yaml'));
  assert.ok(records.length >= 5);
  assert.deepEqual(pages, [...records.map((f) => f.replace('.briefing.yaml', '.html')), 'index.html'].sort());
  assert.ok(pages.includes('2020-02-26-giao-ban-thang-2.html'));
  for (const p of pages) assert.deepEqual(await problems(readFileSync(join(out, p), 'utf8')), [], p);
  const index = readFileSync(join(out, 'index.html'), 'utf8');
  for (const p of pages.filter((x) => x !== 'index.html')) assert.ok(index.includes(`<a href="${p}">`), p);
});

test('a rendered page is self-contained: inline CSS, no script, nothing remote; charts are accessible SVG with a table', () => {
  const out = tempDir();
  assert.equal(runInProcess(['render', 'samples/2020-02-26-giao-ban-thang-2.briefing.yaml', '--out', out], ROOT).code, 0);
  const html = readFileSync(join(out, '2020-02-26-giao-ban-thang-2.html'), 'utf8');
  assert.ok(html.startsWith('<!DOCTYPE html>\n<html lang="vi">'));
  assert.doesNotMatch(html, /<script|<link|<img|src=|@import|url\(/i);
  assert.match(html, /<style>[^<]*@media print/);
  assert.match(html, /<h1>Hội nghị giao ban Bộ Công an tháng 2-2020<\/h1>/);
  assert.match(html, /<td class="num">gần 28 kg<\/td>/);
  const charts = html.match(/<svg class="chart"[^>]*>/g) ?? [];
  assert.equal(charts.length, 4);
  for (const svg of charts) assert.match(svg, /role="img" aria-labelledby="chart-\d-t chart-\d-d"/);
  assert.match(
    html,
    /<title id="chart-3-t">Số liệu \(kg\)<\/title><desc id="chart-3-d">Số liệu \(kg\): 3 số liệu; lớn nhất: Ma túy tổng hợp thu giữ \(tính theo khối lượng\), 138,6 kg.<\/desc>/,
  );
  assert.equal((html.match(/<summary>Bảng dữ liệu của biểu đồ<\/summary><table>/g) ?? []).length, 4);
});

test('render --locale en; problems of a broken record are listed; comparisons and breakdowns valid too', async () => {
  const dir = tempDir({
    'broken.briefing.yaml': BASE.replace('date: 2020-02-26', 'date: 26-2').replace(
      '    value: 1457\n    unit: vụ\n',
      '    value: 1457\n    unit: vụ\n    comparisons: [{ direction: giảm, percent: 23.16, baseline: cùng kỳ }]\n    breakdown: [{ label: "<b>hình sự</b>", value: 500 }]\n',
    ),
  });
  const r = runInProcess(['render', 'broken.briefing.yaml', '--out', 'site', '--locale', 'en'], dir);
  assert.equal(r.code, 0, r.stderr);
  const html = readFileSync(join(dir, 'site', 'broken.html'), 'utf8');
  assert.deepEqual(await problems(html), []);
  assert.match(html, /<html lang="en">/);
  assert.match(html, /<li data-line="3"><span class="sev-1">error<\/span> 4: /);
  assert.match(html, /<div class="down">↓ down 23.16% on cùng kỳ<\/div>/);
  assert.match(html, /&lt;b&gt;hình sự&lt;\/b&gt;: 500 vụ/);
  assert.doesNotMatch(html, /<b>/);
});

test('render: pages are replaced on a second run; same names get a suffix; usage errors exit 2', () => {
  const dir = tempDir({ 'a/x.briefing.yaml': BASE, 'b/x.briefing.yaml': BASE, 'index.briefing.yaml': BASE });
  assert.equal(runInProcess(['render', '.', '--out', 'site'], dir).code, 0);
  writeFileSync(join(dir, 'site', 'x.html'), 'old');
  assert.equal(runInProcess(['render', '.', '--out', 'site'], dir).code, 0);
  assert.deepEqual(readdirSync(join(dir, 'site')).sort(), ['index-2.html', 'index.html', 'x-2.html', 'x.html']);
  assert.match(readFileSync(join(dir, 'site', 'x.html'), 'utf8'), /^<!DOCTYPE html>/);
  assert.equal(runInProcess(['render', '.'], dir).code, 2);
  assert.equal(runInProcess(['render', '--out', 'site'], dir).code, 2);
  assert.equal(runInProcess(['render', 'missing.briefing.yaml', '--out', 'site'], dir).code, 2);
});
