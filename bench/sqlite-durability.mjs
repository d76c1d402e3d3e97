// Suite `sqliteDurability`: what surviving an OS crash or power cut costs. Times single-row write transactions on
// SQLite in WAL mode with `synchronous = NORMAL` (a commit is synced only at checkpoints, so an OS crash may lose
// the last ones) and `synchronous = FULL` (each commit syncs the WAL first), on the disk the host's data uses.
// The database is opened with better-sqlite3 and the host's other pragmas; modes alternate so drift hits both.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { round } from './stats.mjs';

const TRANSACTIONS_PER_ROUND = 1000;
const WARMUP = 100;
const MODES = ['NORMAL', 'FULL'];

/** @param {number[]} sorted @param {number} q */
const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

/** @param {number[]} samples milliseconds */
function summary(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const total = samples.reduce((a, b) => a + b, 0);
  return {
    transactions: samples.length,
    medianMs: round(quantile(sorted, 0.5), 3),
    p99Ms: round(quantile(sorted, 0.99), 3),
    maxMs: round(sorted[sorted.length - 1], 3),
    perSecond: Math.round((samples.length / total) * 1000),
  };
}

export default {
  description: `SQLite single-row write transactions, synchronous NORMAL vs FULL (WAL), ${TRANSACTIONS_PER_ROUND} per mode per round`,
  /** @param {import('./context.mjs').BenchContext} ctx */
  async run(ctx) {
    // The host's default DATA_DIR is on the same file system as the bench's temp folders.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sp-bench-durability-'));
    ctx.cleanup(dir);
    const db = new Database(path.join(dir, 'durability.sqlite'));
    try {
      db.pragma('journal_mode = WAL');
      db.pragma('busy_timeout = 5000');
      db.pragma('foreign_keys = ON');
      db.exec(
        'CREATE TABLE progress (id INTEGER PRIMARY KEY, person_id INTEGER NOT NULL, position REAL NOT NULL, updated_at TEXT NOT NULL)',
      );
      const insert = db.prepare('INSERT INTO progress (person_id, position, updated_at) VALUES (?, ?, ?)');
      const write = db.transaction((i) => insert.run(i % 500, i, new Date().toISOString()));

      /** @type {Record<string, number[]>} */
      const samples = { NORMAL: [], FULL: [] };
      let n = 0;
      for (let r = 0; r < ctx.options.rounds; r += 1) {
        // Alternate which mode goes first, so neither always runs on a warmer (or fuller) WAL.
        for (const mode of r % 2 ? [...MODES].reverse() : MODES) {
          db.pragma(`synchronous = ${mode}`);
          for (let i = 0; i < WARMUP; i += 1) write(n++);
          for (let i = 0; i < TRANSACTIONS_PER_ROUND; i += 1) {
            const started = performance.now();
            write(n++);
            samples[mode].push(performance.now() - started);
          }
          ctx.log(`sqliteDurability: round ${r + 1}/${ctx.options.rounds} ${mode} done`);
        }
      }
      const normal = summary(samples.NORMAL);
      const full = summary(samples.FULL);
      return {
        normal,
        full,
        medianRatio: round(full.medianMs / normal.medianMs, 1),
        p99Ratio: round(full.p99Ms / normal.p99Ms, 1),
      };
    } finally {
      db.close();
    }
  },
  /** @param {any} r */
  rows: (r) => [
    {
      label: 'NORMAL median / p99 / max',
      value: `${r.normal.medianMs} / ${r.normal.p99Ms} / ${r.normal.maxMs} ms (${r.normal.perSecond}/s)`,
    },
    {
      label: 'FULL median / p99 / max',
      value: `${r.full.medianMs} / ${r.full.p99Ms} / ${r.full.maxMs} ms (${r.full.perSecond}/s)`,
    },
    { label: 'FULL ÷ NORMAL median / p99', value: `${r.medianRatio}× / ${r.p99Ratio}×` },
  ],
};
