// Preloaded into the server (`node --import`): notes on stderr when the engine bundle
// (dist/server-engine.js) is compiled, and whether the server had written anything to stdout
// (its first write is the answer to `initialize`) by then.
import Module from 'node:module';
import vm from 'node:vm';

let written = false;
const write = process.stdout.write;
process.stdout.write = function (...args) {
  written = true;
  return write.apply(this, args);
};

const ENGINE = /[\\/]server-engine\.js$/;
const note = (file) => {
  if (ENGINE.test(file)) process.stderr.write(`engine-load-probe: loaded after the first answer: ${written}\n`);
};
const compile = Module.prototype._compile;
Module.prototype._compile = function (content, filename) {
  note(filename);
  return compile.call(this, content, filename);
};
const Script = vm.Script;
vm.Script = class extends Script {
  constructor(source, options) {
    if (options && typeof options.filename === 'string') note(options.filename);
    super(source, options);
  }
};
