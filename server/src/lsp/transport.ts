// The stdio transport with a strict reader. A frame whose Content-Length does not match its body
// leaves the reader out of step with the stream for good: every later message is read from the
// wrong offset and the server would stay alive but deaf. The server exits instead (code 1), so
// the client sees it stop and restarts it. A frame that never completes does the same after
// PARTIAL_LIMIT_MS.
import { format } from 'node:util';
import { StreamMessageReader, StreamMessageWriter, type MessageReader, type MessageWriter } from 'vscode-languageserver/node';

const PARTIAL_LIMIT_MS = 60_000;

function leave(reason: string): never {
  process.stderr.write(`briefing: ${reason}; the server exits so that the editor restarts it.\n`);
  process.exit(1);
}

export function strictStdio(): [MessageReader, MessageWriter] {
  const reader = new StreamMessageReader(process.stdin);
  reader.onError((e) => leave(`malformed message from the client (${e.message.split('\n')[0]})`));
  let waited = 0;
  let token: number | undefined;
  reader.onPartialMessage((info) => {
    waited = info.messageToken === token ? waited + info.waitingTime : info.waitingTime;
    token = info.messageToken;
    if (waited >= PARTIAL_LIMIT_MS) leave(`a message from the client stayed incomplete for ${waited / 1000} s`);
  });
  // stdout carries the protocol: anything a library prints goes to stderr instead.
  for (const name of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
    console[name] = (...args: unknown[]) => void process.stderr.write(format(...args) + '\n');
  }
  return [reader, new StreamMessageWriter(process.stdout)];
}
