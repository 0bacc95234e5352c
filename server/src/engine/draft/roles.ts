// What each person did at the meeting, from the words around their mentions: the clause between
// a mention and the next one, or the opening of the sentence ("Phát biểu khai mạc hội nghị,
// Thượng tướng …", "Chủ trì buổi họp báo …, Trung tướng …").
import type { Span } from '../types';
import type { Sentence } from './types';
import type { DraftPerson, Mention } from './people';
import { ROLES } from './lexicon';
import { bySentence } from './sentences';

export interface RoleHit {
  role: string;
  span: Span;
}

function roleIn(text: string, from: number, to: number): RoleHit | undefined {
  const chunk = text.slice(from, to);
  for (const { role, pattern } of ROLES) {
    const m = pattern.exec(chunk);
    if (m) return { role, span: [from + m.index, from + m.index + m[0].length] };
  }
  return undefined;
}

/** How far from a mention its verb is looked for. */
const REACH = 200;

/** The nearest mention of another person in `group`, from index `j` going `step`. */
function nearest(group: readonly Mention[], j: number, step: 1 | -1): Mention | undefined {
  for (let k = j + step; k >= 0 && k < group.length; k += step) if (group[k].person !== group[j].person) return group[k];
  return undefined;
}

/** The strongest role found at any mention of each person (ROLES order). */
export function rolesOf(text: string, sentences: readonly Sentence[], mentions: readonly Mention[]): Map<DraftPerson, RoleHit> {
  const rank = (r: string) => ROLES.findIndex((x) => x.role === r);
  const out = new Map<DraftPerson, RoleHit>();
  for (const [s, unsorted] of bySentence(sentences, mentions)) {
    const group = [...unsorted].sort((a, b) => a.span[0] - b.span[0]);
    group.forEach((mention, j) => {
      const next = nearest(group, j, 1);
      const prev = nearest(group, j, -1);
      const mentionEnd = mention.person.span[0] === mention.span[0] ? mention.person.span[1] : mention.span[1];
      // "A và B cùng dự": a verb after the last of several people joined by "và" is theirs too.
      const joined = next && /^\s*(?:,|và)\s*$/u.test(text.slice(mentionEnd, next.span[0])) ? next : undefined;
      // An opening clause names what the first person of the sentence did ("Báo cáo tại Hội nghị, …").
      const openFrom = Math.max(s.start, mention.span[0] - REACH);
      const opening = prev ? undefined : roleIn(text, openFrom, mention.span[0]);
      let hit = opening && /(?:,|\scó)\s*$/u.test(text.slice(openFrom, mention.span[0])) ? opening : undefined;
      hit ??= roleIn(text, mentionEnd, Math.min(next && !joined ? next.span[0] : s.end, mentionEnd + REACH));
      if (joined && !hit) hit = roleIn(text, joined.person.span[1], Math.min(s.end, joined.person.span[1] + REACH));
      if (!hit) return;
      const had = out.get(mention.person);
      if (!had || rank(hit.role) < rank(had.role)) out.set(mention.person, hit);
    });
  }
  return out;
}
