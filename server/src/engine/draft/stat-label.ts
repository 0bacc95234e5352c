// A figure's label, in the article's own words: the noun phrase after the unit ("1.457 vụ phạm
// tội về ma túy" → "Vụ phạm tội về ma túy", "28kg heroin" → "Heroin"), or for a rate the phrase
// before it ("tỉ lệ nhận hồ sơ trực tuyến … đạt 88,01%").

const STOP = /[,;.()…:–"“”]|\s-\s|\s(?:và|so với|so cùng|tăng|giảm|trong đó|đạt|cao hơn|thấp hơn|vượt|của|tại|với)\s|\d/u;
const MAX_WORDS = 9;

/** The noun phrase right after a figure, up to the first delimiter (may be empty). */
export function phraseAfter(text: string, from: number, limit: number): { phrase: string; end: number } {
  const rest = text.slice(from, limit);
  const lead = /^\s*/u.exec(rest)![0].length;
  const m = STOP.exec(' ' + rest.slice(lead) + ' ');
  let phrase = rest.slice(lead, m ? lead + Math.max(0, m.index - 1) : rest.length).trim();
  const words = phrase.split(/\s+/u).filter(Boolean);
  if (words.length > MAX_WORDS) phrase = words.slice(0, MAX_WORDS).join(' ');
  return { phrase, end: from + lead + phrase.length };
}

const CLAUSE_START = /[,;:(]|\s-\s/gu;
const TRAILING_VERB = /\s*(?:đạt|là|chiếm|ở mức|lên tới|lên đến|khoảng|hơn|gần|trên|dưới|ít nhất)\s*$/u;
const LEADING_LINK = /^(?:và|còn|với|trong đó)\s+/u;

/** The clause before a figure (from the last comma or semicolon), without the linking verb. */
export function phraseBefore(text: string, clauseStart: number, at: number): string {
  const chunk = text.slice(clauseStart, at);
  let start = 0;
  CLAUSE_START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_START.exec(chunk))) start = m.index + m[0].length;
  let phrase = chunk.slice(start);
  for (let i = 0; i < 3; i++) phrase = phrase.replace(TRAILING_VERB, '');
  return phrase.trim().replace(LEADING_LINK, '');
}

export function capitalize(s: string): string {
  return s ? s[0].toLocaleUpperCase('vi') + s.slice(1) : s;
}

/** The label of a figure from the phrases around it. */
export function labelFor(unit: string, count: boolean, percent: boolean, after: string, before: string): string {
  if (percent) return capitalize(before || after || 'tỷ lệ');
  if (after) return capitalize(count && !after.toLowerCase().startsWith(unit.toLowerCase()) ? `${unit} ${after}` : after);
  const verb = before.split(/\s+/u).slice(-4).join(' ');
  return capitalize(verb ? `${unit} (${verb})` : unit);
}
