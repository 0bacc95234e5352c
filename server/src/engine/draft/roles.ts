// What each person did at the meeting, from the words around their mentions: the clause between
// a mention and the next one, or the opening of the sentence ("Phát biểu khai mạc hội nghị,
// Thượng tướng …", "Chủ trì buổi họp báo …, Trung tướng …").
import type { Span } from '../types';
import type { Sentence } from './types';
import type { DraftPerson, Mention } from './people';
import { ROLES } from './lexicon';
import { sentenceAt } from './sentences';

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

/** The strongest role found at any mention of each person (ROLES order). */
export function rolesOf(text: string, sentences: readonly Sentence[], mentions: readonly Mention[]): Map<DraftPerson, RoleHit> {
  const rank = (r: string) => ROLES.findIndex((x) => x.role === r);
  const out = new Map<DraftPerson, RoleHit>();
  for (let i = 0; i < mentions.length; i++) {
    const mention = mentions[i];
    const s = sentenceAt(sentences, mention.span[0]);
    if (!s) continue;
    const others = mentions.filter((x) => x.person !== mention.person && x.span[0] >= s.start && x.span[0] < s.end);
    const next = others.find((x) => x.span[0] > mention.span[0]);
    const prev = [...others].reverse().find((x) => x.span[0] < mention.span[0]);
    const mentionEnd = mention.person.span[0] === mention.span[0] ? mention.person.span[1] : mention.span[1];
    // "A và B cùng dự": a verb after the last of several people joined by "và" is theirs too.
    const joined = next && /^\s*(?:,|và)\s*$/u.test(text.slice(mentionEnd, next.span[0])) ? next : undefined;
    // An opening clause names what the first person of the sentence did ("Báo cáo tại Hội nghị, …").
    const opening = prev ? undefined : roleIn(text, s.start, mention.span[0]);
    let hit = opening && /(?:,|\scó)\s*$/u.test(text.slice(s.start, mention.span[0])) ? opening : undefined;
    hit ??= roleIn(text, mentionEnd, next && !joined ? next.span[0] : s.end);
    if (joined && !hit) hit = roleIn(text, joined.person.span[1], s.end);
    if (!hit) continue;
    const had = out.get(mention.person);
    if (!had || rank(hit.role) < rank(had.role)) out.set(mention.person, hit);
  }
  return out;
}
