// ANSI colours for the terminal, or none (NO_COLOR, not a TTY, --no-color).
export interface Colors {
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

export function makeColors(enabled: boolean): Colors {
  const wrap = (code: number, reset: number) => (s: string) => (enabled ? `\u001b[${code}m${s}\u001b[${reset}m` : s);
  return { red: wrap(31, 39), yellow: wrap(33, 39), blue: wrap(34, 39), dim: wrap(2, 22), bold: wrap(1, 22) };
}
