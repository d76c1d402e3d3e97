// Runs a built cloud function in Node's own realm (not Jest's sandbox), as WeChat's runtime would: the bundle is
// required once per function (a warm instance) and main(event, context) is called with the OPENID in the real
// process.env, where the fake wx-server-sdk reads it. Plain CommonJS: it is loaded with Node's own require.
const path = require('node:path');

const instances = new Map();

/** @returns {Promise<string>} the reply as JSON, as WeChat serialises it back to the mini-program */
exports.callFunction = async function callFunction(bundleDir, name, event, env) {
  Object.assign(process.env, env);
  // Keyed by the bundle's folder too: this module outlives a test file in its worker, and the next file's bundles
  // are built elsewhere with another database (the last file's instance would answer from the last database).
  const file = path.join(bundleDir, name, 'index.js');
  let instance = instances.get(file);
  if (!instance) {
    instance = require(file);
    instances.set(file, instance);
  }
  return JSON.stringify(await instance.main(event, {}));
};
