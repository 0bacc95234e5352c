// Commands beyond `validate` and `rules`: each lives in its own file and is registered here.
import type { Io } from '../run';
import { runStats } from './stats';
import { runRender } from './render';

export type Command = (argv: string[], io: Io) => number;

export const COMMANDS: Record<string, Command> = {
  stats: runStats,
  render: runRender,
};
