// The demo host for the weapp page harness, run in Node's own realm (not Jest's jsdom sandbox, which lacks what
// pg and fastify need): tsx compiles the project's TypeScript, and test/support/start-host.ts seeds a fresh
// PostgreSQL database with the demo city. Answers cross back to the sandbox as JSON. Plain CommonJS for Node's require.
const path = require('node:path');
const { register } = require('tsx/cjs/api');

register();
const { startHost } = require(path.join(__dirname, 'start-host.ts'));
const { login, post } = require(path.join(__dirname, 'api.ts'));

let host = null;
const tokens = new Map();

exports.start = async function start() {
  // Node's require keeps this module across test files in one worker: a login belongs to the last host's database
  // (and a file may have ended its sessions, as a lost-phone invitation does).
  tokens.clear();
  host = await startHost({ engine: 'postgres', jobIntervalMs: 0 });
  return JSON.stringify({ baseUrl: host.baseUrl, databaseUrl: host.databaseUrl, mediaDir: host.mediaDir });
};

/** A call over the host's HTTP API as a demo login (for setting up what an admin or secretary made earlier). */
exports.post = async function postAs(handle, fn, payloadJson) {
  if (!tokens.has(handle)) tokens.set(handle, await login(host.baseUrl, handle));
  const reply = await post(host.baseUrl, fn, JSON.parse(payloadJson), tokens.get(handle));
  return JSON.stringify(reply.body);
};

/** Rows of one table matching equal columns, for the test to read what a journey wrote. */
exports.select = async function select(table, whereJson) {
  let q = host.deps.database.db.selectFrom(table).selectAll();
  for (const [column, value] of Object.entries(JSON.parse(whereJson))) q = q.where(column, '=', value);
  return JSON.stringify(await q.execute());
};

exports.stop = async function stop() {
  if (host) await host.stop();
  host = null;
};
