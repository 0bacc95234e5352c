// A tiny test runner and the helpers the real-editor tests share. Runs inside VS Code's extension
// host with the real `vscode` API; node:assert for the checks; no fixed sleeps: every wait polls
// a condition until a deadline.
const vscode = require('vscode');
const path = require('path');

const EXTENSION_ID = 'briefing-records.briefing-records';
const LANGUAGE_ID = 'briefing-yaml';
const SOURCE = 'briefing';

const tests = [];

/** Registers a test; `timeout` in ms (default 60 s). */
function test(name, fn, timeout = 60_000) {
  tests.push({ name, fn, timeout });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls `probe` until it returns a truthy value and returns that value. On time-out the error
 * names what was awaited and, from `describe`, what was seen last.
 */
async function waitFor(what, probe, { timeout = 20_000, interval = 100, describe } = {}) {
  const deadline = Date.now() + timeout;
  let lastError;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
      lastError = undefined;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > deadline) {
      const seen = describe ? `; last seen: ${await Promise.resolve(describe()).catch((e) => String(e))}` : '';
      throw new Error(`timed out after ${timeout} ms waiting for ${what}${seen}${lastError ? `; last error: ${lastError.message}` : ''}`);
    }
    await sleep(interval);
  }
}

/** Checks that `probe` stays truthy for `ms` (used to see that nothing changes). */
async function holds(what, probe, ms, interval = 100) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!(await probe())) throw new Error(`${what} stopped holding`);
    await sleep(interval);
  }
}

function workspaceRoot() {
  const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
  if (!folder) throw new Error('the tests need a workspace folder');
  return folder.uri.fsPath;
}

function fileUri(relative) {
  return vscode.Uri.file(path.join(workspaceRoot(), relative));
}

/** The rule id of a diagnostic whose code may be a string or { value, target }. */
function codeOf(d) {
  return d.code && typeof d.code === 'object' ? String(d.code.value) : d.code === undefined ? undefined : String(d.code);
}

function briefingDiagnostics(uri) {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

/** "code@line:col-line:col" with 0-based LSP positions, for exact comparisons. */
function brief(d) {
  const r = d.range;
  return `${codeOf(d)}@${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

function describeDiagnostics(uri) {
  return () => JSON.stringify(briefingDiagnostics(uri).map((d) => `${brief(d)} ${d.message}`));
}

/** Waits until the briefing diagnostics of `uri`, as sorted brief() strings, satisfy `accept`. */
function waitForDiagnostics(uri, what, accept, timeout = 30_000) {
  return waitFor(
    `${what} in ${path.basename(uri.fsPath)}`,
    () => {
      const ds = briefingDiagnostics(uri);
      return accept(ds) ? ds : undefined;
    },
    { timeout, describe: describeDiagnostics(uri) },
  );
}

/** Writes a record into the workspace (scratch copies that a test may edit freely). */
async function writeRecord(relative, text) {
  const uri = fileUri(relative);
  await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
  return uri;
}

/** The text of a workspace file as it is on disk. */
async function readRecord(relative) {
  return Buffer.from(await vscode.workspace.fs.readFile(fileUri(relative))).toString('utf8');
}

/** Writes a fresh copy of workspace file `from` to scratch/<name>.briefing.yaml and opens it. */
async function scratchCopy(name, from = 'broken/thousands-separator.briefing.yaml') {
  const file = `scratch/${name}.briefing.yaml`;
  await writeRecord(file, await readRecord(from));
  return openRecord(file);
}

async function openRecord(relative) {
  const doc = await vscode.workspace.openTextDocument(fileUri(relative));
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

/** Replaces the whole of line `line` (0-based) with `text` through a real editor edit. */
async function replaceLine(doc, line, text) {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, doc.lineAt(line).range, text);
  const ok = await vscode.workspace.applyEdit(edit);
  if (!ok) throw new Error(`could not edit line ${line} of ${doc.uri.fsPath}`);
}

/** Inserts `text` as a new line before line `line` (0-based). */
async function insertLine(doc, line, text) {
  const edit = new vscode.WorkspaceEdit();
  edit.insert(doc.uri, new vscode.Position(line, 0), `${text}\n`);
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`could not insert at line ${line}`);
}

/** The 0-based line whose text equals `text` exactly. */
function lineOf(doc, text) {
  for (let i = 0; i < doc.lineCount; i++) if (doc.lineAt(i).text === text) return i;
  throw new Error(`no line ${JSON.stringify(text)} in ${path.basename(doc.uri.fsPath)}`);
}

async function setSetting(key, value) {
  await vscode.workspace.getConfiguration('briefing').update(key, value, vscode.ConfigurationTarget.Workspace);
}

async function completionLabels(uri, position) {
  const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', uri, position);
  return (list ? list.items : []).map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
}

/** Closes every editor without saving: dirty documents (untitled ones too) are reverted. */
async function closeAllEditors() {
  for (const doc of vscode.workspace.textDocuments) {
    if (!doc.isDirty) continue;
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Runs the registered tests in order; resolves with the number of failures. */
async function runAll(log = console.log) {
  let passed = 0;
  let failed = 0;
  const started = Date.now();
  for (const t of tests) {
    const t0 = Date.now();
    let timer;
    try {
      await Promise.race([
        Promise.resolve().then(t.fn),
        new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`test timed out after ${t.timeout} ms`)), t.timeout))),
      ]);
      passed++;
      log(`  ✔ ${t.name} (${Date.now() - t0} ms)`);
    } catch (e) {
      failed++;
      log(`  ✖ ${t.name} (${Date.now() - t0} ms)\n${String((e && e.stack) || e).replace(/^/gm, '      ')}`);
    } finally {
      clearTimeout(timer);
    }
  }
  log(`e2e: ${passed} passed, ${failed} failed (${Date.now() - started} ms)`);
  return failed;
}

module.exports = {
  EXTENSION_ID,
  LANGUAGE_ID,
  SOURCE,
  test,
  runAll,
  sleep,
  waitFor,
  holds,
  workspaceRoot,
  fileUri,
  codeOf,
  brief,
  briefingDiagnostics,
  describeDiagnostics,
  waitForDiagnostics,
  openRecord,
  writeRecord,
  scratchCopy,
  readRecord,
  replaceLine,
  insertLine,
  lineOf,
  setSetting,
  completionLabels,
  closeAllEditors,
};
