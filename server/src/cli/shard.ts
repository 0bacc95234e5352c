// `--shard i/n`: a stable partition of the records for CI matrices. As Jest does, each path
// (relative to the working directory, with '/' separators) is hashed, the files are ordered by
// hash and cut into n contiguous, balanced ranges: the same file set always splits the same way,
// on every machine, and adding a file moves few others.
import { createHash } from 'node:crypto';
import { relative, sep } from 'node:path';
import { UsageError } from './discover';

export interface Shard {
  index: number;
  count: number;
}

export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count)
    throw new UsageError('--shard phải có dạng i/n với 1 ≤ i ≤ n, ví dụ 2/4 / --shard must be i/n with 1 ≤ i ≤ n, e.g. 2/4');
  return { index, count };
}

/** The files of shard `index` of `count`, in their original order. */
export function shardFiles(files: string[], shard: Shard, cwd: string): string[] {
  if (shard.count === 1) return files;
  const keyed = files.map((f) => ({ f, h: createHash('sha1').update(relative(cwd, f).split(sep).join('/')).digest('hex') }));
  keyed.sort((a, b) => (a.h < b.h ? -1 : a.h > b.h ? 1 : 0));
  const from = Math.floor(((shard.index - 1) * keyed.length) / shard.count);
  const to = Math.floor((shard.index * keyed.length) / shard.count);
  const mine = new Set(keyed.slice(from, to).map((k) => k.f));
  return files.filter((f) => mine.has(f));
}
