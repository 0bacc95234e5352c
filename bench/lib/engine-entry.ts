// What the scaling benchmark loads from the engine (bundled by bench/run.mjs into bench/out/).
export { createEngine, loadAssets } from '../../server/src/host/assets';
export { parseRecord, setFastPath } from '../../server/src/engine/parse/parse-record';
export { fastParse } from '../../server/src/engine/parse/fast-parse';
export { ALL_RULES } from '../../server/src/engine/rules';
