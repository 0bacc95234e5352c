import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { newEngine, read, SAMPLES } from '../helpers/engine';
import { views } from '../../server/src/engine';
import { page, standaloneSvg, statisticsBody, unitCharts } from '../../server/src/render';

const engine = newEngine();
const rows = views.sortRows(
  ['2020-02-26-giao-ban-thang-2.briefing.yaml', '2023-09-28-so-ket-quy-3.briefing.yaml'].flatMap((f) =>
    views.statisticRows(engine.parse(read(join(SAMPLES, f)), f)),
  ),
);
const heroin = views.filterRows(rows, { label: 'Heroin thu giữ', exact: true });

test('statistics over time: one line chart per unit, a focusable point per meeting, title and description', () => {
  const charts = unitCharts(views.filterRows(rows, { label: 'heroin thu giu' }), { locale: 'vi', title: 'Heroin' });
  assert.deepEqual(
    charts.map((c) => c.unit),
    ['kg', 'tấn'],
  );
  const kg = charts[0].svg;
  assert.match(kg, /^<svg class="chart" xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 720 300" role="group" aria-labelledby="series-1-t series-1-d">/);
  assert.match(
    kg,
    /<title id="series-1-t">Heroin \(kg\)<\/title><desc id="series-1-d">Heroin \(kg\): 1 × 2 — Heroin thu giữ: 2020-02-26 gần 28 kg, 2023-09-28 95,52 kg<\/desc>/,
  );
  const points = [
    ...kg.matchAll(/<circle class="point c0" cx="([\d.]+)" cy="([\d.]+)" r="5" data-uri="([^"]+)" data-line="(\d+)" tabindex="0" role="button"/g),
  ];
  assert.deepEqual(
    points.map((p) => [p[3], p[4]]),
    [
      ['2020-02-26-giao-ban-thang-2.briefing.yaml', '104'],
      ['2023-09-28-so-ket-quy-3.briefing.yaml', '166'],
    ],
  );
  // Time runs left to right; 95,52 kg is drawn higher (smaller y) than 28 kg.
  assert.ok(Number(points[0][1]) < Number(points[1][1]));
  assert.ok(Number(points[1][2]) < Number(points[0][2]));
  assert.match(kg, /<path class="line c0" d="M[\d.]+,[\d.]+L[\d.]+,[\d.]+"\/>/);
});

test('an exported chart carries its own colours and no theme variables', () => {
  const svg = standaloneSvg(unitCharts(heroin, { locale: 'en', title: 'Heroin' })[0].svg);
  assert.ok(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg class="chart"'));
  assert.match(svg, /<style>svg\{background:#fff\}/);
  assert.doesNotMatch(svg, /var\(--/);
});

test('the statistics page is valid HTML and lists every row with its file:line', async () => {
  const html = page(statisticsBody(heroin, { locale: 'vi', title: 'Heroin thu giữ' }), { title: 'Heroin thu giữ', lang: 'vi' });
  const report = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(html);
  assert.deepEqual(
    report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`)),
    [],
  );
  assert.deepEqual(
    [...html.matchAll(/<td>([^<]+:\d+)<\/td><\/tr>/g)].map((m) => m[1]),
    ['2020-02-26-giao-ban-thang-2.briefing.yaml:105', '2023-09-28-so-ket-quy-3.briefing.yaml:167'],
  );
});
