// The language server over a large workspace: generates N ordinary records (bench/generate.mjs),
// starts dist/server.js on the folder, asks it to validate the workspace (the scan and every
// closed record's diagnostics), then reads the server's live heap after a garbage collection and
// its resident memory (bench/lib/heap-probe.mjs), and how long the validation took. Above 2,000
// records the generated folder is copied (the generator's corpus is at most 2,000 distinct records).
// Part of `npm run bench` (`--only memory`); on its own:
//
//   npm run -s build && node bench/memory.mjs [--records 2000,10000]
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';
import { BenchClient } from './lib/lsp-client.mjs';
import { servers } from './lsp.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');

const MB = 1024 * 1024;

/** The server's RSS (MB) once it has scanned and validated `folder`, and how many files it saw. */
async function measure(folder) {
  const probe = join(folder, '..', `heap-${Date.now()}.json`);
  const server = servers(repo, folder)[0];
  const [node, ...rest] = server.command;
  const command = [node, '--expose-gc', '--import', join(repo, 'bench', 'lib', 'heap-probe.mjs'), ...rest];
  process.env.BENCH_HEAP_FILE = probe;
  const client = new BenchClient({ ...server, command });
  try {
    await client.initialize();
    const t0 = performance.now();
    const result = await client.connection.sendRequest('briefing/validateWorkspace', {});
    const seconds = (performance.now() - t0) / 1000;
    process.kill(client.pid, 'SIGUSR2');
    for (let i = 0; i < 100 && !existsSync(probe); i++) await new Promise((r) => setTimeout(r, 100));
    const m = JSON.parse(readFileSync(probe, 'utf8'));
    return { files: result.files, heapMb: m.heapUsed / MB, rssMb: m.rss / MB, peakRssMb: m.maxRss / MB, seconds };
  } finally {
    await client.stop();
  }
}

/** The server with an empty workspace, then with each count of closed records: what `measure` reads, per count. */
export async function runMemory({ counts = [2000, 10000], log = () => undefined } = {}) {
  const out = mkdtempSync(join(tmpdir(), 'briefing-memory-'));
  try {
    const empty = join(out, 'empty');
    mkdirSync(empty);
    const base = await measure(empty);
    log(`  0 records: ${line(base)}`);
    const rows = [{ records: 0, ...base }];
    for (const n of counts) {
      const dir = join(out, String(n));
      generate(dir, { records: Math.min(n, 2000) });
      const folder = join(dir, 'records');
      for (let copy = 1; copy * 2000 < n; copy++) cpSync(join(dir, 'records'), join(dir, 'more', `copy-${copy}`), { recursive: true });
      if (n > 2000) cpSync(join(dir, 'more'), join(folder, 'more'), { recursive: true });
      const m = await measure(folder);
      const per = (a, b) => ((a - b) / m.files) * 1000;
      const row = { records: m.files, ...m, heapPer1000: per(m.heapMb, base.heapMb), rssPer1000: per(m.rssMb, base.rssMb) };
      log(`  ${m.files} records: ${line(m)}; per 1,000 closed records: heap ${row.heapPer1000.toFixed(1)} MB, RSS ${row.rssPer1000.toFixed(1)} MB`);
      rows.push(row);
      rmSync(dir, { recursive: true, force: true });
    }
    return rows;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

function line(m) {
  return `heap ${m.heapMb.toFixed(0)} MB, RSS ${m.rssMb.toFixed(0)} MB (peak ${m.peakRssMb.toFixed(0)} MB), workspace validated in ${m.seconds.toFixed(1)} s`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = process.argv.indexOf('--records');
  const counts = (arg > 0 ? process.argv[arg + 1] : '2000,10000').split(',').map(Number);
  await runMemory({ counts, log: (m) => console.log(m.trim()) });
}
