// Drafting in the editor through the server: the request returns the engine's draft; a hover on
// a drafted value shows the article's sentence and a link that reveals it; an article file that
// was never drafted in this session is read from disk.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestClient } from './helpers/lsp-client';
import { makeWorkspace, REPO, type TempWorkspace } from './helpers/workspace';
import type { DraftFromArticleResult } from '../../server/src/lsp/protocol';

const ARTICLE = readFileSync(join(REPO, 'test', 'fixtures', 'seed-articles', '2020-02-26-giao-ban-thang-2.txt'), 'utf8');

type HoverResult = { contents: { kind: string; value: string } } | null;

describe('drafting from an article', () => {
  let ws: TempWorkspace;
  let client: TestClient;
  before(async () => {
    ws = makeWorkspace({ 'bai-bao.txt': ARTICLE }, { samples: false });
    client = await TestClient.start({ folders: [ws.uri], initializationOptions: { revealArticleCommand: true }, settings: { validate: { debounceMs: 0 } } });
  });
  after(async () => {
    await client.stop();
    ws.remove();
  });

  test('briefing/draftFromArticle returns the drafted record and its counts', async () => {
    const r = await client.request<DraftFromArticleResult>('briefing/draftFromArticle', {
      text: ARTICLE,
      source: { uri: ws.uriOf('bai-bao.txt'), line: 0, character: 0 },
      published: '2020-02-27',
    });
    assert.deepEqual({ ...r, text: undefined }, { text: undefined, placeholders: 0, people: 1, statistics: 6, directives: 7 });
    assert.match(r.text, /^# ✎ Bản nháp lập từ bài báo file:\/\/.*bai-bao\.txt: mỗi mục ghi/m);
    assert.match(r.text, /^ {2}date: 2020-02-26 # ← «Ngày 26-2»/m);
  });

  test('a hover on a drafted value shows the sentence it came from and a link to it', async () => {
    const r = await client.request<DraftFromArticleResult>('briefing/draftFromArticle', {
      text: ARTICLE,
      source: { uri: ws.uriOf('bai-bao.txt'), line: 0, character: 0 },
    });
    const uri = 'untitled:Draft-1';
    client.open(uri, r.text);
    const lines = r.text.split('\n');
    const line = lines.findIndex((l) => l === '    value: 1457');
    const h = (await client.hover(uri, { line, character: 6 })) as HoverResult;
    assert.ok(h);
    assert.match(h.contents.value, /Nguồn trong bài báo/);
    assert.match(h.contents.value, /> Bên cạnh đó, Bộ Công an chỉ đạo|> Trong tháng 2, các đơn vị, địa phương đã phát hiện, bắt giữ 1\.457 vụ/);
    const link = /\(command:briefing\.revealArticleText\?([^)]+)\)/.exec(h.contents.value);
    assert.ok(link, 'a reveal link');
    const [args] = JSON.parse(decodeURIComponent(link[1]));
    const articleLines = ARTICLE.split('\n');
    assert.equal(args.uri, ws.uriOf('bai-bao.txt'));
    assert.equal(articleLines[args.range.start.line].slice(args.range.start.character, args.range.end.character), '1.457 vụ');
  });

  test('a selection keeps its place in the document: the link points into the whole file', async () => {
    const start = ARTICLE.indexOf('Trong công tác đấu tranh');
    const before = ARTICLE.slice(0, start).split('\n');
    const selection = ARTICLE.slice(start);
    const r = await client.request<DraftFromArticleResult>('briefing/draftFromArticle', {
      text: selection,
      source: { uri: ws.uriOf('bai-bao.txt'), line: before.length - 1, character: before[before.length - 1].length },
    });
    const uri = 'untitled:Draft-2';
    client.open(uri, r.text);
    const line = r.text.split('\n').findIndex((l) => l === '    value: 5.5');
    const h = (await client.hover(uri, { line, character: 6 })) as HoverResult;
    const [args] = JSON.parse(decodeURIComponent(/\?([^)]+)\)/.exec(h!.contents.value)![1]));
    const articleLines = ARTICLE.split('\n');
    assert.equal(articleLines[args.range.start.line].slice(args.range.start.character, args.range.end.character), '5,5kg');
  });

  test('a saved draft of a file article finds its sentence on disk; a plain record gets the usual hover', async () => {
    const text = `# ✎ Bản nháp lập từ bài báo ${ws.uriOf('bai-bao.txt')}: mỗi mục ghi câu nguồn sau "←".\nmeeting:\n  kind: hội nghị giao ban # ← «Hội nghị giao ban»\n`;
    client.open(ws.uriOf('saved.briefing.yaml'), text);
    const h = (await client.hover(ws.uriOf('saved.briefing.yaml'), { line: 2, character: 4 })) as HoverResult;
    assert.match(h!.contents.value, /Loại cuộc họp[\s\S]*---[\s\S]*> date 2020-02 ANTD\.VN - Ngày 26-2, Bộ Công an tổ chức Hội nghị giao ban/);
    client.open(ws.uriOf('plain.briefing.yaml'), 'meeting:\n  kind: hội nghị giao ban\n');
    const plain = (await client.hover(ws.uriOf('plain.briefing.yaml'), { line: 1, character: 4 })) as HoverResult;
    assert.doesNotMatch(plain!.contents.value, /Nguồn trong bài báo/);
  });
});
