// Small statistics and formatting helpers for the benchmark tables.
import { cpus, totalmem, release, platform } from 'node:os';
import { readFileSync } from 'node:fs';

export function summary(samples) {
  const xs = samples.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (xs.length === 0) return { n: 0, median: NaN, min: NaN, max: NaN };
  const mid = xs.length >> 1;
  const median = xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
  return { n: xs.length, median, min: xs[0], max: xs[xs.length - 1] };
}

/** "12.3" for times under 100, "123" above: enough digits for a table, no false precision. */
export function fmt(x, unit = '') {
  if (!Number.isFinite(x)) return '–';
  const s = Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 10 ? x.toFixed(1) : x.toFixed(2);
  return s + unit;
}

export function fmtSummary(s, unit = '') {
  return s.n ? `${fmt(s.median, unit)} (${fmt(s.min)}–${fmt(s.max)})` : '–';
}

export function ratio(a, b) {
  return Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : NaN;
}

export function fmtRatio(r) {
  return Number.isFinite(r) ? `${r < 0.1 ? r.toFixed(3) : r.toFixed(2)}×` : '–';
}

export function machine() {
  const cpu = cpus();
  let load = '';
  try {
    load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    /* not Linux */
  }
  return {
    cpu: cpu[0]?.model?.trim() ?? 'unknown',
    cores: cpu.length,
    memGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    os: `${platform()} ${release()}`,
    loadAverage: load,
  };
}

/** Peak resident set size (VmHWM) of a live process, in MB; NaN where /proc is missing. */
export function peakRssMb(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A markdown table from a header row and rows of cells. */
export function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map((h, i) => (i === 0 ? '---' : '---:'))), ...rows.map(line)].join('\n');
}

/**
 * Runs `fn` `warmup` times untimed, then until `budgetMs` is spent (between `min` and `max` times);
 * returns the samples (ms). `setup` runs untimed before every call.
 */
export function sample(fn, { budgetMs = 400, min = 3, max = 200, warmup = 1, setup = () => undefined } = {}) {
  for (let i = 0; i < warmup; i++) {
    setup();
    fn();
  }
  const out = [];
  const start = performance.now();
  while (out.length < max && (out.length < min || performance.now() - start < budgetMs)) {
    setup();
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out;
}
