// What every suite receives: options, a stderr logger, memoised shared steps and temp-dir cleanup.
import { rmSync } from 'node:fs';

/**
 * @typedef {object} BenchOptions
 * @property {boolean} json
 * @property {boolean} build        false with --no-build: never run a build, fail if its output is missing
 * @property {number} coldStartRuns
 * @property {number} rounds        throughput rounds per target
 * @property {number} duration      seconds per throughput round (measured part)
 * @property {number} warmup        seconds of discarded warm-up before each round
 * @property {number} connections
 */

/**
 * @typedef {object} BenchContext
 * @property {string} root
 * @property {BenchOptions} options
 * @property {(line: string) => void} log
 * @property {<T>(key: string, make: () => Promise<T>) => Promise<T>} once
 * @property {(dir: string) => void} cleanup
 * @property {() => void} removeTemp
 */

/**
 * @param {string} root
 * @param {BenchOptions} options
 * @returns {BenchContext}
 */
export function createContext(root, options) {
  /** @type {Map<string, Promise<unknown>>} */
  const memo = new Map();
  /** @type {string[]} */
  const temp = [];
  return {
    root,
    options,
    log: (line) => process.stderr.write(`[bench] ${line}\n`),
    once(key, make) {
      if (!memo.has(key)) memo.set(key, make());
      return /** @type {Promise<any>} */ (memo.get(key));
    },
    cleanup: (dir) => temp.push(dir),
    removeTemp() {
      for (const dir of temp.splice(0)) rmSync(dir, { recursive: true, force: true });
    },
  };
}
