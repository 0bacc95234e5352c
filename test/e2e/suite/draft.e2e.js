// "Briefing: New Record from Article Text" in the real editor: the draft opens beside the
// article; a hover on a drafted value shows its sentence and a link that selects it in the article.
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { test, waitFor, writeRecord, LANGUAGE_ID, closeAllEditors } = require('./harness');

const ARTICLE = [
  'ANTD.VN - Ngày 26-2, Bộ Công an tổ chức Hội nghị giao ban để đánh giá kết quả công tác tháng 2-2020. Đại tướng Tô Lâm, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an chủ trì Hội nghị.',
  '',
  'Trong tháng 2, các đơn vị, địa phương đã phát hiện, bắt giữ 1.457 vụ - 1.978 đối tượng phạm tội về ma túy, thu giữ gần 28kg heroin.',
  '',
  'Phát biểu chỉ đạo tại Hội nghị, Bộ trưởng Tô Lâm yêu cầu Công an các đơn vị, địa phương tiếp tục thực hiện nghiêm túc các chỉ đạo của Trung ương.',
  '',
].join('\n');

test('"Briefing: New Record from Article Text" drafts the open article beside it; the hover links back', async () => {
  await closeAllEditors();
  const articleUri = await writeRecord('giao-ban-thang-2.txt', ARTICLE);
  const article = await vscode.workspace.openTextDocument(articleUri);
  await vscode.window.showTextDocument(article, { preview: false });
  await vscode.commands.executeCommand('briefing.newRecordFromArticle');
  const draft = await waitFor('the draft to open', () =>
    vscode.window.visibleTextEditors.map((e) => e.document).find((d) => d.languageId === LANGUAGE_ID && d.isUntitled),
  );
  assert.ok(
    vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === articleUri.toString()),
    'the article stays visible beside the draft',
  );
  const text = draft.getText();
  assert.match(text, /^ {2}date: 2020-02-26 # ← «Ngày 26-2» \(năm theo kỳ "tháng 2-2020"\)$/m);
  assert.match(text, /^ {2}rank: Đại tướng$/m);
  assert.match(text, /^ {4}value: 1457$/m);

  const line = text.split('\n').indexOf('    value: 1457');
  const hovers = await waitFor('a hover with the source sentence', async () => {
    const hs = await vscode.commands.executeCommand('vscode.executeHoverProvider', draft.uri, new vscode.Position(line, 6));
    return hs.some((h) => h.contents.some((c) => String(c.value ?? c).includes('Nguồn trong bài báo'))) && hs;
  });
  const markdown = hovers
    .flatMap((h) => h.contents)
    .map((c) => String(c.value ?? c))
    .find((v) => v.includes('Nguồn trong bài báo'));
  assert.match(markdown, /> Trong tháng 2, các đơn vị, địa phương đã phát hiện, bắt giữ 1\.457 vụ/);
  const link = /\(command:briefing\.revealArticleText\?([^)]+)\)/.exec(markdown);
  assert.ok(link, 'the hover links to the article');

  await vscode.commands.executeCommand('briefing.revealArticleText', ...JSON.parse(decodeURIComponent(link[1])));
  const editor = await waitFor('the article with the quoted text selected', () => {
    const e = vscode.window.activeTextEditor;
    return e && e.document.uri.toString() === articleUri.toString() && !e.selection.isEmpty && e;
  });
  assert.equal(editor.document.getText(editor.selection), '1.457 vụ');
  await closeAllEditors();
});
