// A small glob matcher for file discovery (CLI) and the `briefing.files` setting (server):
// `**`, `*`, `?` and `{a,b}`. It matches segment by segment without building regular
// expressions from user input, so no pattern can run away (brace expansion is capped too).

/**
 * `{a,b}` twenty times over is a million patterns, and braces nested 20,000 deep overflow the
 * stack: a glob longer than MAX_GLOB_LENGTH, or whose expansion takes more than MAX_BRACE_STEPS
 * steps, matches nothing.
 */
export const MAX_BRACE_STEPS = 1024;
export const MAX_GLOB_LENGTH = 4096;

export function expandBraces(pattern: string, budget = { left: MAX_BRACE_STEPS }): string[] {
  if (--budget.left < 0 || pattern.length > MAX_GLOB_LENGTH) return [];
  const open = pattern.indexOf('{');
  if (open < 0) return [pattern];
  let depth = 0;
  for (let i = open; i < pattern.length; i++) {
    if (pattern[i] === '{') depth++;
    else if (pattern[i] === '}' && --depth === 0) {
      const inner = pattern.slice(open + 1, i);
      const parts: string[] = [];
      let d = 0;
      let last = 0;
      for (let j = 0; j < inner.length; j++) {
        if (inner[j] === '{') d++;
        else if (inner[j] === '}') d--;
        else if (inner[j] === ',' && d === 0) {
          parts.push(inner.slice(last, j));
          last = j + 1;
        }
      }
      parts.push(inner.slice(last));
      const head = pattern.slice(0, open);
      const tail = pattern.slice(i + 1);
      const out: string[] = [];
      for (const p of parts) {
        out.push(...expandBraces(head + p + tail, budget));
        if (budget.left < 0) return [];
      }
      return out;
    }
  }
  return [pattern];
}

/** `*` and `?` within one path segment; iterative with backtracking to the last star (linear-ish). */
export function matchSegment(pattern: string, name: string): boolean {
  let p = 0;
  let n = 0;
  let star = -1;
  let mark = 0;
  while (n < name.length) {
    if (p < pattern.length && (pattern[p] === '?' || pattern[p] === name[n])) {
      p++;
      n++;
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      mark = n;
    } else if (star >= 0) {
      p = star + 1;
      n = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}

function matchSegments(pat: string[], path: string[], pi: number, si: number, memo: Map<number, boolean>): boolean {
  const key = pi * (path.length + 1) + si;
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  let result: boolean;
  if (pi === pat.length) result = si === path.length;
  else if (pat[pi] === '**') result = matchSegments(pat, path, pi + 1, si, memo) || (si < path.length && matchSegments(pat, path, pi, si + 1, memo));
  else result = si < path.length && matchSegment(pat[pi], path[si]) && matchSegments(pat, path, pi + 1, si + 1, memo);
  memo.set(key, result);
  return result;
}

/** Whether a relative path ("a/b/c.briefing.yaml") matches a glob. */
export function globMatch(glob: string, relPath: string): boolean {
  const path = relPath.split(/[\\/]+/).filter(Boolean);
  return expandBraces(glob).some((g) => matchSegments(g.split('/').filter(Boolean), path, 0, 0, new Map()));
}

export function isGlob(s: string): boolean {
  return /[*?{]/.test(s);
}

/** The folder part of a glob before its first wildcard segment ("samples/**\/*.yaml" → "samples"). */
export function globBase(glob: string): string {
  const segs = glob.split('/');
  const out: string[] = [];
  for (const s of segs) {
    if (isGlob(s)) break;
    out.push(s);
  }
  return out.join('/') || '.';
}

/**
 * True when a relative path (either separator) matches one of the globs. A glob without `/`
 * matches the file name in any folder (as `briefing.files` patterns like `*.briefing.yaml` do).
 */
export function matchesAny(relativePath: string, globs: readonly string[]): boolean {
  const path = relativePath.replace(/\\/g, '/').replace(/^\.\//, '');
  const base = path.slice(path.lastIndexOf('/') + 1);
  return globs.some((g) => {
    const glob = g.replace(/^\.\//, '');
    return globMatch(glob, glob.includes('/') ? path : base);
  });
}
