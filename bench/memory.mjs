// Server memory per 1,000 closed records: generates N ordinary records (bench/generate.mjs),
// starts dist/server.js on the folder, asks it to validate the workspace (the scan and every
// closed record's diagnostics), then reads the server's live heap after a garbage collection and
// its resident memory (bench/lib/heap-probe.mjs), and how long the validation took. Above 2,000 records the generated folder is
// copied (the generator's corpus is at most 2,000 distinct records).
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
const arg = process.argv.indexOf('--records');
const counts = (arg > 0 ? process.argv[arg + 1] : '2000,10000').split(',').map(Number);

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
    return { files: result.files, heapMb: m.heapUsed / MB, rssMb: m.rss / MB, seconds };
  } finally {
    await client.stop();
  }
}

const out = mkdtempSync(join(tmpdir(), 'briefing-memory-'));
try {
  const empty = join(out, 'empty');
  mkdirSync(empty);
  const base = await measure(empty);
  const line = (m) => `heap ${m.heapMb.toFixed(0)} MB, RSS ${m.rssMb.toFixed(0)} MB, workspace validated in ${m.seconds.toFixed(1)} s`;
  console.log(`0 records: ${line(base)}`);
  for (const n of counts) {
    const dir = join(out, String(n));
    generate(dir, { records: Math.min(n, 2000) });
    const folder = join(dir, 'records');
    for (let copy = 1; copy * 2000 < n; copy++) cpSync(join(dir, 'records'), join(dir, 'more', `copy-${copy}`), { recursive: true });
    if (n > 2000) cpSync(join(dir, 'more'), join(folder, 'more'), { recursive: true });
    const m = await measure(folder);
    const per = (a, b) => (((a - b) / m.files) * 1000).toFixed(1);
    console.log(`${m.files} records: ${line(m)}; per 1,000 closed records: heap ${per(m.heapMb, base.heapMb)} MB, RSS ${per(m.rssMb, base.rssMb)} MB`);
    rmSync(dir, { recursive: true, force: true });
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
