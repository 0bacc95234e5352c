// Entry point of dist/server.js. Transports: `--stdio`, `--node-ipc` (the VS Code client),
// `--socket=N`, `--pipe=NAME`. The server exits by itself when its client goes away: the
// connection library watches `--clientProcessId` and initialize's processId; here we also exit
// when stdin closes (stdio) or the IPC channel disconnects.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';
import { strictStdio } from './transport';

// Over stdio the reader is strict: a malformed frame ends the process (see transport.ts).
const connection = process.argv.includes('--stdio') ? createConnection(ProposedFeatures.all, ...strictStdio()) : createConnection(ProposedFeatures.all);

if (process.argv.includes('--stdio')) {
  process.stdin.on('end', () => process.exit(0));
  process.stdin.on('close', () => process.exit(0));
}
if (typeof process.send === 'function') {
  process.on('disconnect', () => process.exit(0));
}
// Writing to a client that is gone must not crash with EPIPE; the exits above take over.
process.stdout.on('error', () => process.exit(0));

startServer(connection);
