module.exports = async function globalTeardown() {
  if (globalThis.__stopPostgres) globalThis.__stopPostgres();
};
