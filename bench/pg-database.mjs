// A throwaway PostgreSQL database for one bench run, made on a server where the bench may create and drop one
// (BENCH_DATABASE_URL or TEST_DATABASE_URL), and dropped with every connection to it when the run ends.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** @param {string} adminUrl @param {string} prefix e.g. "sp_rush" */
export async function createBenchDatabase(adminUrl, prefix) {
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  const run = async (/** @type {string} */ statement) => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    try {
      await c.query(statement);
    } finally {
      await c.end();
    }
  };
  await run(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
