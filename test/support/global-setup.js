// Jest global setup: makes sure a PostgreSQL server is there for the suites that run on both engines.
const { startThrowawayPostgres } = require('./postgres-server');

module.exports = async function globalSetup() {
  if (process.env.TEST_DATABASE_URL) return;
  const pg = startThrowawayPostgres();
  if (pg) {
    process.env.TEST_DATABASE_URL = pg.url;
    globalThis.__stopPostgres = pg.stop;
  } else if (process.env.CI === 'true') {
    throw new Error('PostgreSQL is required in CI: install it (apt-get install postgresql) or set TEST_DATABASE_URL.');
  }
};
