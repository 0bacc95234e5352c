// Directives: what a named speaker asked for ("Bộ trưởng Tô Lâm yêu cầu Công an các đơn vị, địa
// phương tiếp tục …"), and the instruction sentences that follow the same speaker ("Tiếp tục …",
// "Công an các đơn vị, địa phương phải …").
import type { Span } from '../types';
import type { Sentence } from './types';
import type { DraftPerson, Mention } from './people';
import { ADDRESSEES, DIRECTIVE_VERB, IMPERATIVE, MODAL, SPEECH_VERB } from './lexicon';
import { capitalize } from './stat-label';
import { bySentence } from './sentences';

export interface DraftDirective {
  text: string;
  issuer: DraftPerson;
  addressee?: string;
  span: Span;
}

function addresseeAt(text: string, at: number): { addressee: string; end: number } | undefined {
  const ahead = text.slice(at, at + 60).toLowerCase();
  for (const a of ADDRESSEES) {
    if (ahead.startsWith(a.toLowerCase()) && !/[\p{L}]/u.test(ahead[a.length] ?? ' ')) return { addressee: text.slice(at, at + a.length), end: at + a.length };
  }
  return undefined;
}

function clean(text: string): string {
  const t = text
    .replace(/^[\s,:"“”]+/u, '')
    .replace(/[\s"“”]+$/u, '')
    .replace(/(?:\.{3}|…)+\/?\.?$/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
  if (!t) return t;
  return capitalize(/[.!?]$/u.test(t) ? t : `${t}.`);
}

/** A caption under a photo ("Toàn cảnh hội nghị"): a short line without a final stop. */
function isCaption(text: string, s: Sentence): boolean {
  const t = text.slice(s.start, s.end);
  return !/[.!?…]$/u.test(t) && t.split(/\s+/u).length <= 12;
}

export function findDirectives(text: string, sentences: readonly Sentence[], mentions: readonly Mention[]): DraftDirective[] {
  const out: DraftDirective[] = [];
  let speaker: DraftPerson | undefined;
  let addressee: string | undefined;
  const grouped = bySentence(sentences, mentions);
  for (const s of sentences) {
    const inside = grouped.get(s) ?? [];
    const explicit = inside.map((m) => ({ m, hit: directiveAfter(text, m, s) })).find((x) => x.hit);
    if (explicit?.hit) {
      speaker = explicit.m.person;
      const { from } = explicit.hit;
      const a = addresseeAt(text, from);
      addressee = a?.addressee;
      const rest = a ? text.slice(a.end, s.end).replace(MODAL, '') : text.slice(from, s.end);
      const body = clean(rest);
      if (body.split(/\s+/u).length >= 4) out.push({ text: body, issuer: speaker, addressee, span: [from, s.end] });
      continue;
    }
    if (inside.length) {
      const first = inside[0];
      speaker = SPEECH_VERB.test(text.slice(first.span[1], Math.min(s.end, first.span[1] + 160))) ? first.person : undefined;
      addressee = undefined;
      continue;
    }
    if (isCaption(text, s) || !speaker) continue;
    const sentence = text.slice(s.start, s.end);
    const a = addresseeAt(text, s.start);
    if ((a && MODAL.test(text.slice(a.end, a.end + 12))) || (a && IMPERATIVE.test(text.slice(a.end).trimStart()))) {
      const body = clean(text.slice(a.end, s.end).replace(MODAL, ''));
      out.push({ text: body, issuer: speaker, addressee: a.addressee, span: [s.start, s.end] });
    } else if (IMPERATIVE.test(sentence)) {
      out.push({
        text: clean(sentence.replace(/^["“]?(?:Cụ thể|Cùng với đó|Đồng thời|Bên cạnh đó|Ngoài ra|Mặt khác),\s*/u, '')),
        issuer: speaker,
        addressee,
        span: [s.start, s.end],
      });
    } else {
      speaker = undefined;
    }
  }
  return out;
}

/** "<mention> … yêu cầu …": where the instruction starts, when the verb follows the mention closely. */
function directiveAfter(text: string, m: Mention, s: Sentence): { from: number } | undefined {
  const end = m.person.span[0] === m.span[0] ? m.person.span[1] : m.span[1];
  const window = text.slice(end, Math.min(s.end, end + 100));
  const v = DIRECTIVE_VERB.exec(window);
  if (!v) return undefined;
  // Another subject in between ("…, lãnh đạo Bộ yêu cầu") is not this speaker's.
  if (/[.;]/u.test(window.slice(0, v.index))) return undefined;
  return { from: end + v.index + v[0].length };
}
