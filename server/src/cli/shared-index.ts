// The people index of a parallel run, built once by all threads together: each thread reads and
// parses the index units it claims, keeps the parses of the records it may validate, and sends
// what each record says about people to the main thread, which hands every thread the whole
// index in the order a single thread would have built it. So every record is parsed once in
// the run, however many threads there are.
import { appearancesOf, type Appearance, type Engine } from '../engine';
import { indexFile, type ArchiveSource, type KeptRecord, type KeptRecords } from './archive';
import type { Plan } from './parallel-plan';
import type { Project } from '../host/project';

/** What the records of one index unit say about people; undefined for a record that could not be read. */
export type UnitEntries = (readonly Appearance[] | undefined)[];

/** Reads and parses one index unit; the parses of records in `validated` go to `kept`. */
export function indexUnit(engine: Engine, plan: Plan, unit: number, validated: ReadonlySet<string>, kept: KeptRecords, limit?: number): UnitEntries {
  const [project, start, end] = plan.units[unit];
  const out: UnitEntries = [];
  for (const path of plan.projects[project].archive.slice(start, end)) {
    const indexed = indexFile(engine, path, undefined, limit);
    out.push(indexed && appearancesOf(indexed.record));
    if (indexed && validated.has(path)) kept.offer(path, indexed);
  }
  return out;
}

/** An ArchiveSource over the index every thread was given: a project's index is loaded when its records' turn comes. */
export class SharedIndex implements ArchiveSource {
  private loaded = -1;

  constructor(
    private readonly plan: Plan,
    /** Per index unit, in plan order. */
    private readonly entries: UnitEntries[],
    private readonly kept: KeptRecords,
  ) {}

  index(engine: Engine, project: Project): void {
    const p = this.plan.projects.findIndex((x) => x.root === project.root);
    if (p === this.loaded) return;
    engine.people.index.clear();
    this.plan.units.forEach(([unitProject, start], u) => {
      if (unitProject !== p) return;
      const archive = this.plan.projects[p].archive;
      this.entries[u].forEach((apps, i) => {
        if (apps) engine.people.setSeen(archive[start + i], apps);
      });
    });
    this.loaded = p;
  }

  take(path: string): KeptRecord | undefined {
    return this.kept.take(path);
  }

  /** Whether this thread holds a parse for the first record of a batch (it then validates that batch first). */
  holds(path: string): boolean {
    return this.kept.has(path);
  }
}
