// The language-server benchmark: this project's dist/server.js and yaml-language-server, both
// over stdio, both with the project's schema, measured interleaved (A, B, A, B …) on the same
// documents: initialize, didOpen → diagnostics, a one-character edit → diagnostics, completion
// at a rank value and at a new key, hover, and the server's peak RSS.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BenchClient } from './lib/lsp-client.mjs';
import { makeRecord } from './generate.mjs';

export const METRICS = ['initialize', 'open', 'changeFirst', 'change', 'completeRank', 'completeKey', 'hover', 'peakRss'];

/** Untimed edits between the first (cold) edit and the timed ones, the same for both servers. */
const WARM_UP_EDITS = 5;
/** Untimed requests of each kind before the timed ones, the same for both servers. */
const WARM_UP_REQUESTS = 2;

/** `defaults`: briefing as a user has it (the default 300 ms debounce, adaptive); else debounce 0. */
export function servers(repo, folder, { defaults = false } = {}) {
  const schema = pathToFileURL(join(repo, 'schemas', 'briefing.schema.json')).href;
  const validate = defaults ? {} : { validate: { debounceMs: 0 } };
  return [
    {
      name: 'briefing',
      command: [process.execPath, join(repo, 'dist', 'server.js'), '--stdio'],
      folder,
      initializationOptions: { settings: validate },
      versioned: true, // its publishDiagnostics carry the document version
      settings: { briefing: validate },
    },
    {
      name: 'yaml-language-server',
      command: [process.execPath, join(repo, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server'), '--stdio'],
      folder,
      settings: {
        yaml: {
          validate: true,
          hover: true,
          completion: true,
          schemas: { [schema]: ['*.briefing.yaml'] },
          schemaStore: { enable: false },
          format: { enable: false },
        },
        http: { proxy: '', proxyStrictSSL: false },
        '[yaml]': {},
        editor: { tabSize: 2 },
      },
    },
  ];
}

/**
 * A record of about `lines` lines with two schema errors both servers must report: an
 * unknown meeting kind (line `kindLine`) and text where a statistic's number belongs (`valueLine`).
 */
export function lspDocument(lines, { crlf = false } = {}) {
  const rows = makeRecord(4242 + lines, lines).split('\n');
  const kindLine = rows.findIndex((l) => /^ {2}kind: /.test(l));
  rows[kindLine] = '  kind: họp bao';
  let valueLine = -1;
  for (let i = rows.length - 1; i >= 0; i--) {
    if (/^ {4}value: \d/.test(rows[i])) {
      valueLine = i;
      break;
    }
  }
  rows[valueLine] = '    value: nhiều';
  const nearMiddle = (re) => {
    const mid = rows.length >> 1;
    for (let d = 0; d < rows.length; d++) {
      for (const i of [mid + d, mid - d]) if (i >= 0 && i < rows.length && re.test(rows[i])) return i;
    }
    throw new Error(`no line matches ${re}`);
  };
  const editLine = nearMiddle(/^ {6}\S{4,} /); // a continuation line of a directive's text
  const rankLine = nearMiddle(/^ {2}- rank: /);
  const topicLine = nearMiddle(/^ {4}topic: /);
  return { text: rows.join(crlf ? '\r\n' : '\n'), kindLine, valueLine, editLine, rankLine, topicLine, lines: rows.length - 1 };
}

function reportsKnownErrors(diagnostics, doc) {
  const lines = new Set(diagnostics.map((d) => d.range.start.line));
  return lines.has(doc.kindLine) && lines.has(doc.valueLine);
}

function itemsOf(result) {
  if (!result) return [];
  return Array.isArray(result) ? result : (result.items ?? []);
}

/** One server, one document: every metric once or `repeat` times. */
async function session(server, doc, uri, { repeat }) {
  const out = Object.fromEntries(METRICS.map((m) => [m, []]));
  const checks = { known: true, completions: true, hover: true };
  const client = new BenchClient(server);
  try {
    out.initialize.push(await client.initialize());
    const opened = await client.open(uri, doc.text);
    out.open.push(opened.ms);
    checks.known &&= reportsKnownErrors(opened.diagnostics, doc);
    checks.firstCount = opened.diagnostics.length;

    // Edits alternate: type one character in the middle of a directive's text, delete it.
    let version = 1;
    let inserted = false;
    const col = 9;
    const edit = async () => {
      const at = { line: doc.editLine, character: col };
      const r = await client.change(uri, ++version, { start: at, end: inserted ? { line: doc.editLine, character: col + 1 } : at }, inserted ? '' : 'x');
      inserted = !inserted;
      checks.known &&= reportsKnownErrors(r.diagnostics, doc);
      return r.ms;
    };
    out.changeFirst.push(await edit());
    for (let i = 0; i < WARM_UP_EDITS; i++) await edit();
    for (let i = 0; i < repeat; i++) out.change.push(await edit());
    if (inserted) await edit();

    const textDocument = { uri };
    const rankChar = '  - rank: '.length;
    for (let i = -WARM_UP_REQUESTS; i < repeat; i++) {
      const r = await client.timed('textDocument/completion', { textDocument, position: { line: doc.rankLine, character: rankChar } });
      if (i >= 0) out.completeRank.push(r.ms);
      checks.completions &&= itemsOf(r.result).length > 0;
    }
    for (let i = -WARM_UP_REQUESTS; i < repeat; i++) {
      const r = await client.timed('textDocument/hover', { textDocument, position: { line: doc.rankLine, character: 5 } });
      if (i >= 0) out.hover.push(r.ms);
      checks.hover &&= !!r.result;
    }
    // A new, empty key line inside a statistic: completion there proposes the missing keys.
    const at = { line: doc.topicLine + 1, character: 0 };
    await client.change(uri, ++version, { start: at, end: at }, '    \n');
    for (let i = -WARM_UP_REQUESTS; i < repeat; i++) {
      const r = await client.timed('textDocument/completion', { textDocument, position: { line: doc.topicLine + 1, character: 4 } });
      if (i >= 0) out.completeKey.push(r.ms);
      checks.completions &&= itemsOf(r.result).length > 0;
    }
    await client.change(uri, ++version, { start: at, end: { line: doc.topicLine + 2, character: 0 } }, '');
    out.peakRss.push(client.peakRssMb());
  } finally {
    await client.stop();
  }
  return { out, checks };
}

/**
 * Runs every size, `rounds` times per server, alternating which server goes first.
 * Returns { [size]: { lines, servers: { [name]: { metric: samples[] } }, checks } }.
 */
export async function runLsp({ repo, outDir, sizes, log = () => undefined }) {
  const results = {};
  for (const { lines, rounds, repeat, crlf = false, defaults = false } of sizes) {
    const variant = `${crlf ? '-crlf' : ''}${defaults ? '-defaults' : ''}`;
    const folder = join(outDir, 'lsp', `size-${lines}${variant}`);
    mkdirSync(folder, { recursive: true });
    const doc = lspDocument(lines, { crlf });
    const path = join(folder, `record-${lines}.briefing.yaml`);
    writeFileSync(path, doc.text);
    const uri = pathToFileURL(path).href;
    const list = servers(repo, folder, { defaults });
    const entry = { lines: doc.lines, crlf, defaults, servers: {}, checks: {} };
    for (const s of list) {
      entry.servers[s.name] = Object.fromEntries(METRICS.map((m) => [m, []]));
      entry.checks[s.name] = { known: true, completions: true, hover: true };
    }
    for (let r = 0; r < rounds; r++) {
      const order = r % 2 === 0 ? list : [...list].reverse();
      for (const s of order) {
        const { out, checks } = await session(s, doc, uri, { repeat });
        for (const m of METRICS) entry.servers[s.name][m].push(...out[m]);
        const c = entry.checks[s.name];
        c.known &&= checks.known;
        c.completions &&= checks.completions;
        c.hover &&= checks.hover;
        c.firstCount = checks.firstCount;
        log(`  lsp ${lines} lines, round ${r + 1}/${rounds}, ${s.name}: open ${out.open[0].toFixed(0)} ms, change ${Math.min(...out.change).toFixed(1)} ms`);
      }
    }
    results[`${lines}${variant}`] = entry;
  }
  return results;
}
