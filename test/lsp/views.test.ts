// The view requests: a record's card from the server's own parse of the current version, and the
// statistics across the workspace's records (open documents win over their disk copy).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { views } from '../../server/src/engine';
import { newEngine } from '../helpers/engine';
import { TestClient } from './helpers/lsp-client';
import { makeWorkspace, sample, SAMPLES, type TempWorkspace } from './helpers/workspace';
import { RECORD_VIEW, STATISTICS_VIEW, type RecordViewResult, type StatisticsViewResult } from '../../server/src/lsp/view-protocol';

const FEB = '2020-02-26-giao-ban-thang-2.briefing.yaml';

describe('view requests', () => {
  let ws: TempWorkspace;
  let client: TestClient;
  /** The February record as the first test leaves it open in the editor. */
  let edited = '';
  before(async () => {
    ws = makeWorkspace();
    client = await TestClient.start({ folders: [ws.uri], settings: { validate: { debounceMs: 0 } } });
  });
  after(async () => {
    await client.stop();
    ws.remove();
  });

  test('recordView: the card of the open document, updated by an edit, with its problems', async () => {
    const uri = ws.uriOf(FEB);
    const text = sample(FEB);
    client.open(uri, text);
    const first = await client.request<RecordViewResult>(RECORD_VIEW, { uri });
    assert.equal(first.version, 1);
    assert.equal(first.card.meeting.title, 'Hội nghị giao ban Bộ Công an tháng 2-2020');
    assert.equal(first.card.statistics[0].valueText, '1.457 vụ');
    assert.deepEqual(first.card.problems, []);
    edited = text.replace('value: 1457', 'value: 1.457').replace('title: Hội nghị giao ban Bộ Công an tháng 2-2020', 'title: Giao ban tháng 2');
    const v = client.change(uri, edited);
    const second = await client.request<RecordViewResult>(RECORD_VIEW, { uri });
    assert.equal(second.version, v);
    assert.equal(second.card.meeting.title, 'Giao ban tháng 2');
    assert.equal(second.card.statistics[0].valueText, '1,457 vụ');
    assert.deepEqual(
      second.card.problems.map((p) => `${p.line + 1}:${p.code}`),
      [`${text.split('\n').indexOf('    value: 1457') + 1}:thousands-separator`],
    );
  });

  test('recordView: a workspace file that is not open, and null for an unknown one', async () => {
    const r = await client.request<RecordViewResult>(RECORD_VIEW, { uri: ws.uriOf('2023-09-28-so-ket-quy-3.briefing.yaml') });
    assert.equal(r.version, undefined);
    assert.equal(r.card.statistics.length, 27);
    assert.equal(await client.request(RECORD_VIEW, { uri: ws.uriOf('nothing.briefing.yaml') }), null);
  });

  test("statistics: rows of every record with counts, filtered; the open document's text is used", async () => {
    const all = await client.request<StatisticsViewResult>(STATISTICS_VIEW, {});
    // The engine's own rows over the same files, the open one as edited: the server adds nothing,
    // drops nothing, and reads the editor's text rather than the disk's.
    const engine = newEngine();
    const files = readdirSync(SAMPLES).filter((f) => f.endsWith('.briefing.yaml'));
    const expected = views.sortRows(files.flatMap((f) => views.statisticRows(engine.parse(f === FEB ? edited : sample(f), ws.uriOf(f)))));
    assert.ok(expected.length >= 36);
    assert.deepEqual(
      all.rows.map((r) => `${r.uri}:${r.lineNumber}:${r.value}`),
      expected.map((r) => `${r.uri}:${r.lineNumber}:${r.value}`),
    );
    assert.deepEqual(all.groups, views.groupCounts(expected));
    const heroin = await client.request<StatisticsViewResult>(STATISTICS_VIEW, { label: 'heroin thu giu', to: '2020-12-31', rowsOnly: true });
    assert.deepEqual(heroin.groups, []);
    assert.deepEqual(
      heroin.rows.map((r) => [r.uri, r.lineNumber, r.value]),
      [[ws.uriOf(FEB), 105, 28]],
    );
    const exact = await client.request<StatisticsViewResult>(STATISTICS_VIEW, { label: 'Heroin thu giữ', exact: true, rowsOnly: true });
    assert.deepEqual(
      exact.rows.slice(0, 2).map((r) => r.value),
      [28, 95.52],
    );
    assert.ok(exact.rows.every((r) => r.label.toLowerCase() === 'heroin thu giữ'));
  });
});
