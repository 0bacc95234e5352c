// People: "Đại tướng Tô Lâm, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an" (rank + name + positions
// from the catalogs), civilians named after their office ("Thủ tướng Chính phủ Nguyễn Xuân Phúc"),
// and later short mentions ("Bộ trưởng Tô Lâm", "đồng chí Thứ trưởng").
import type { Catalog } from '../catalog/catalog';
import { fold } from '../text/fold';
import type { Span } from '../types';
import { PREDICATE } from './lexicon';

export interface DraftPerson {
  person: Record<string, unknown>;
  name: string;
  /** The full mention: rank, name and positions. */
  span: Span;
  positionsWritten: string[];
}

export interface Mention {
  person: DraftPerson;
  span: Span;
}

/** A name right after a rank or an office: two to four capitalised words. */
const NAME_AT = /\s+([\p{Lu}][\p{Ll}]*(?:\s[\p{Lu}][\p{Ll}]*){1,3})(?![\p{L}])/uy;
const SEPARATOR = /^\s*(?:,|-|–|—)\s*/u;
const SEGMENT_END = /[,;.:()"“”\n]|\s[-–—]\s|\stại\s/u;
const JOINER = /\s(?:và|cùng)\s+/gu;

interface Hit {
  index: number;
  word: string;
  name: string;
  end: number;
}

/**
 * Every place a word of `words` (written as is, or with a lower-case first letter) stands
 * before a name. Catalog words are compared as text: no pattern is built from data.
 */
function wordsBeforeNames(text: string, words: readonly string[]): Hit[] {
  const hits: Hit[] = [];
  for (const word of words) {
    for (const form of new Set([word, word[0].toLowerCase() + word.slice(1)])) {
      for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
        if (i > 0 && /\p{L}/u.test(text[i - 1])) continue;
        NAME_AT.lastIndex = i + form.length;
        const m = NAME_AT.exec(text);
        if (m) hits.push({ index: i, word, name: m[1], end: m.index + m[0].length });
      }
    }
  }
  // The longest word wins where two start at the same place ("Thượng tướng" over "tướng").
  hits.sort((a, b) => a.index - b.index || b.word.length - a.word.length);
  const kept: Hit[] = [];
  for (const h of hits) if (!kept.length || h.index >= kept[kept.length - 1].end) kept.push(h);
  return kept;
}

export class PeopleReader {
  private readonly ranks: string[];
  private readonly civilOffices: string[];
  private readonly positionLeads: Set<string>;

  constructor(private readonly catalog: Catalog) {
    const ranks = new Set<string>();
    for (const f of catalog.forces.all()) for (const r of f.ranks) ranks.add(r.name);
    this.ranks = [...ranks].sort((a, b) => b.length - a.length);
    this.civilOffices = catalog.positions
      .all()
      .filter((p) => p.kind === 'government')
      .map((p) => p.title);
    this.positionLeads = new Set();
    for (const p of catalog.positions.all()) {
      for (const w of [p.title, p.head_word ?? '', ...(p.aliases ?? [])]) {
        const words = fold(w).split(' ').filter(Boolean);
        if (words.length) this.positionLeads.add(words.slice(0, 2).join(' '));
      }
    }
  }

  private startsWithRank(text: string, at: number): boolean {
    const ahead = text.slice(at, at + 16).toLowerCase();
    return this.ranks.some((r) => ahead.startsWith(r.toLowerCase())) || /^(?:đồng chí|ông|bà)\s/u.test(ahead);
  }

  /** Where a position written from `start` ends: a stop, a dash, or "và" before another person. */
  private segmentEnd(chunk: string): number {
    const stop = SEGMENT_END.exec(chunk);
    let end = stop ? stop.index : chunk.length;
    JOINER.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = JOINER.exec(chunk)) && m.index < end) {
      if (this.startsWithRank(chunk, m.index + m[0].length)) {
        end = m.index;
        break;
      }
    }
    return end;
  }

  /** Every person introduced with a rank (or a government office) and their positions. */
  read(text: string, date?: string): DraftPerson[] {
    const out: DraftPerson[] = [];
    const seen = new Map<string, DraftPerson>();
    const add = (p: DraftPerson) => {
      const key = fold(p.name);
      const had = seen.get(key);
      if (had) {
        const known = had.person.positions as string[] | undefined;
        if (!known?.length && p.positionsWritten.length) Object.assign(had, { ...p, span: had.span });
        return;
      }
      seen.set(key, p);
      out.push(p);
    };
    for (const h of wordsBeforeNames(text, this.ranks)) {
      const rank = this.catalog.rankByName(h.word)?.name ?? h.word;
      const { positions, written, end } = this.positionsAfter(text, h.end, date);
      const person: Record<string, unknown> = { rank, name: h.name };
      if (!this.catalog.rankByName(rank) && this.catalog.forcesWithRank(rank).length) person.force = this.catalog.forcesWithRank(rank)[0].name;
      if (positions.length) person.positions = positions;
      add({ person, name: h.name, span: [h.index, end], positionsWritten: written });
    }
    for (const h of wordsBeforeNames(text, this.civilOffices)) {
      add({ person: { name: h.name, force: 'dân sự', positions: [h.word] }, name: h.name, span: [h.index, h.end], positionsWritten: [h.word] });
    }
    out.sort((a, b) => a.span[0] - b.span[0]);
    return out;
  }

  /** ", Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an chủ trì …" → the positions and where they end. */
  private positionsAfter(text: string, from: number, date?: string): { positions: string[]; written: string[]; end: number } {
    const positions: string[] = [];
    const written: string[] = [];
    let p = from;
    let end = from;
    for (let i = 0; i < 6; i++) {
      const sep = SEPARATOR.exec(text.slice(p, p + 4));
      if (!sep) break;
      const start = p + sep[0].length;
      const chunk = text.slice(start, start + 160);
      let segment = chunk.slice(0, this.segmentEnd(chunk));
      const verb = PREDICATE.exec(segment);
      if (verb) segment = segment.slice(0, verb.index);
      segment = segment.trim();
      if (!segment || !this.isPosition(segment)) break;
      // Unit names hold commas ("Cục … về tham nhũng, kinh tế, buôn lậu"): extend while that makes a known position.
      if (!this.known(segment, date) && !verb) segment = this.extended(text, start, segment, date);
      const canonical = this.known(segment, date);
      written.push(segment);
      positions.push(canonical ?? segment.normalize('NFC'));
      const at = text.slice(start).indexOf(segment);
      end = start + Math.max(0, at) + segment.length;
      p = end;
      if (verb) break;
    }
    return { positions: [...new Set(positions)], written, end };
  }

  private known(segment: string, date?: string): string | undefined {
    return this.catalog.matchPosition(segment, date)?.canonical ?? this.catalog.matchPosition(segment.replace(/\s+của\s+/u, ' '), date)?.canonical;
  }

  /**
   * A unit name with commas: extend while that makes a known position, or, for a position the
   * catalog does not know, while the next part goes on in lower case ("…phòng cháy, chữa cháy và
   * cứu nạn, cứu hộ"): positions start with a capital.
   */
  private extended(text: string, start: number, segment: string, date?: string): string {
    let candidate = segment;
    let best = segment;
    for (let i = 0; i < 4; i++) {
      const m = /^,\s*([^,;.:()"“”\n]+)/u.exec(text.slice(start + candidate.length, start + candidate.length + 80));
      if (!m) break;
      const verb = PREDICATE.exec(' ' + m[1]);
      const part = (verb ? m[1].slice(0, Math.max(0, verb.index - 1)) : m[1]).trim();
      if (!part) break;
      candidate = `${candidate}, ${part}`;
      if (this.known(candidate, date)) return candidate;
      if (/^\p{Ll}/u.test(part)) best = candidate;
      else break;
      if (verb) break;
    }
    return best;
  }

  private isPosition(segment: string): boolean {
    const words = fold(segment).split(' ');
    return this.positionLeads.has(words.slice(0, 2).join(' ')) || this.positionLeads.has(words[0]);
  }

  /** Every mention of the people: the full one, "<office> <name>", the name alone, "đồng chí <office>". */
  mentions(text: string, people: readonly DraftPerson[]): Mention[] {
    const out: Mention[] = [];
    for (const person of people) {
      out.push({ person, span: person.span });
      let from = 0;
      for (;;) {
        const i = text.indexOf(person.name, from);
        if (i < 0) break;
        from = i + person.name.length;
        if (i >= person.span[0] && i < person.span[1]) continue;
        out.push({ person, span: [i, i + person.name.length] });
      }
    }
    // A position written in full elsewhere ("Giám đốc Công an thành phố Hà Nội yêu cầu …").
    for (const person of people) {
      for (const title of new Set([...person.positionsWritten, ...((person.person.positions as string[] | undefined) ?? [])])) {
        if (title.split(' ').length < 3 || people.some((p) => p !== person && ((p.person.positions as string[] | undefined) ?? []).includes(title))) continue;
        for (let i = text.indexOf(title); i >= 0; i = text.indexOf(title, i + title.length)) {
          if (!people.some((p) => i >= p.span[0] && i < p.span[1])) out.push({ person, span: [i, i + title.length] });
        }
      }
    }
    const offices = /(?:[Đđ]ồng chí\s+)?(?<![\p{L}])([Bb]ộ trưởng|[Tt]hứ trưởng|[Gg]iám đốc|[Cc]ục trưởng)(?!\s+(?:Bộ|Công an|Cục|[\p{Lu}]))(?![\p{L}])/gu;
    let m: RegExpExecArray | null;
    while ((m = offices.exec(text))) {
      const office = fold(m[1]);
      const holders = people.filter((p) => ((p.person.positions as string[] | undefined) ?? []).some((x) => fold(x).startsWith(office)));
      if (holders.length === 1 && !people.some((p) => p.span[0] <= m!.index && m!.index < p.span[1]))
        out.push({ person: holders[0], span: [m.index, m.index + m[0].length] });
    }
    return out.sort((a, b) => a.span[0] - b.span[0]);
  }
}
