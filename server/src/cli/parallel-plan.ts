// The work of a parallel `briefing validate`, planned once on the main thread and shared with
// the workers: each project's archive (the records its people index is built from) cut into
// index units, and the records to validate cut into batches. Both phases claim their pieces
// from shared counters; the plan only says what the pieces are.
import { archiveFiles } from './archive';
import { ProjectCache } from './projects';
import { readTextFile } from '../host/project';
import type { Engine } from '../engine';
import type { ValidateOptions } from './validate';

/** Records per claim: small enough to balance two cores, large enough to keep messages rare. */
export const BATCH = 25;

export interface ProjectArchive {
  root: string;
  /** The records the project's people index is built from, in the order a single thread indexes them. */
  archive: string[];
}

export interface Plan {
  /** Files in the order a sequential run visits them (grouped by project). */
  order: string[];
  /** Validation batches as [start, end) into `order`; a batch never spans two projects. */
  batches: [number, number][];
  /** Batches that start a project group: they keep that project's data-file results. */
  groupStarts: number[];
  projects: ProjectArchive[];
  /** Index units: [project, start, end) into that project's `archive`. */
  units: [number, number, number][];
}

export function makePlan(engine: Engine, files: string[], opts: ValidateOptions): Plan {
  const projects = new ProjectCache(engine, { ...opts }, (p) => readTextFile(p, opts.maxFileBytes));
  const groups = projects.group(files);
  const given = projects.group(opts.archive ?? files);
  const plan: Plan = { order: [], batches: [], groupStarts: [], projects: [], units: [] };
  for (const [root, group] of groups) {
    plan.groupStarts.push(plan.batches.length);
    for (let i = 0; i < group.length; i += BATCH) plan.batches.push([plan.order.length + i, plan.order.length + Math.min(group.length, i + BATCH)]);
    plan.order.push(...group);
    const archive = archiveFiles(projects.get(root), given.get(root) ?? []);
    for (let i = 0; i < archive.length; i += BATCH) plan.units.push([plan.projects.length, i, Math.min(archive.length, i + BATCH)]);
    plan.projects.push({ root, archive });
  }
  return plan;
}
