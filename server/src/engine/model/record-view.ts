// Where the record keeps people, units and statistics: data paths the rules and features share.
import type { PathSegment } from '../parse/nodes';
import { validIso } from '../dates/iso';

export type Obj = Record<string, unknown>;

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function get(v: unknown, ...path: PathSegment[]): unknown {
  return at(v, path);
}

/** The value at a data path (own properties only). */
function at(v: unknown, path: readonly PathSegment[]): unknown {
  let cur = v;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (typeof seg === 'number') {
      if (!Array.isArray(cur)) return undefined;
      cur = cur[seg];
    } else {
      if (!isObj(cur) || !Object.prototype.hasOwnProperty.call(cur, seg)) return undefined;
      cur = cur[seg];
    }
  }
  return cur;
}

const NONE: readonly unknown[] = Object.freeze([]);

/** The list at a data path, or one shared empty list: read only. */
export function list(v: unknown, ...path: PathSegment[]): readonly unknown[] {
  const l = at(v, path);
  return Array.isArray(l) ? l : NONE;
}

export function str(v: unknown, ...path: PathSegment[]): string | undefined {
  const s = at(v, path);
  return typeof s === 'string' ? s : undefined;
}

export interface PersonRef {
  path: PathSegment[];
  person: Obj;
}

/** Every person in a record: the chair, participants, and who chaired each connection point. */
export function persons(data: unknown): PersonRef[] {
  const out: PersonRef[] = [];
  const chair = get(data, 'chair');
  if (isObj(chair) && !('absent' in chair)) out.push({ path: ['chair'], person: chair });
  list(data, 'participants').forEach((p, i) => {
    if (isObj(p)) out.push({ path: ['participants', i], person: p });
  });
  list(data, 'meeting', 'connection_points').forEach((c, i) => {
    const p = get(c, 'chaired_by');
    if (isObj(p)) out.push({ path: ['meeting', 'connection_points', i, 'chaired_by'], person: p });
  });
  return out;
}

export interface StringRef {
  path: PathSegment[];
  value: string;
  /** Free text is allowed here as well as a catalog value (a target's issuer). */
  freeText?: boolean;
}

/** Every field that names an organisational unit. */
export function unitRefs(data: unknown): StringRef[] {
  const out: StringRef[] = [];
  const add = (path: PathSegment[], freeText?: boolean) => {
    const v = get(data, ...path);
    if (typeof v === 'string' && v.trim() !== '') out.push({ path, value: v, freeText });
  };
  add(['meeting', 'organizer']);
  for (const p of persons(data)) add([...p.path, 'unit']);
  list(data, 'meeting', 'connection_points').forEach((_, i) => add(['meeting', 'connection_points', i, 'unit']));
  list(data, 'statistics').forEach((_, i) => {
    add(['statistics', i, 'scope']);
    add(['statistics', i, 'target', 'issuer'], true);
  });
  add(['source', 'held_by']);
  return out;
}

/** Every position string of every person. */
export function positionRefs(data: unknown): StringRef[] {
  const out: StringRef[] = [];
  for (const p of persons(data)) {
    list(p.person, 'positions').forEach((v, i) => {
      if (typeof v === 'string' && v.trim() !== '') out.push({ path: [...p.path, 'positions', i], value: v });
    });
  }
  return out;
}

/** The record's date: meeting.date when valid. */
export function recordDate(data: unknown): string | undefined {
  return validIso(get(data, 'meeting', 'date'));
}

/** Every date field, with its path. */
export function dateRefs(data: unknown): StringRef[] {
  const out: StringRef[] = [];
  const add = (path: PathSegment[]) => {
    const v = get(data, ...path);
    if (v !== undefined && v !== null) out.push({ path, value: String(v) });
  };
  add(['meeting', 'date']);
  add(['meeting', 'period', 'start']);
  add(['meeting', 'period', 'end']);
  add(['source', 'published']);
  list(data, 'directives').forEach((_, i) => add(['directives', i, 'deadline']));
  list(data, 'statistics').forEach((_, i) => {
    add(['statistics', i, 'period', 'start']);
    add(['statistics', i, 'period', 'end']);
  });
  return out;
}
