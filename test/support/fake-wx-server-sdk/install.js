// Installs the FAKE wx-server-sdk into one built cloud function, where WeChat's runtime installs the real one:
// <function dir>/node_modules/wx-server-sdk. The module written there names its function, so the fake checks that
// function's config.json, and it requires the fake from test/support, where `qrcode` resolves.
const { mkdirSync, writeFileSync } = require('node:fs');
const path = require('node:path');

/** @param {string} functionDir a built function: dist/cloudfunctions/<name> or a test's copy of it */
function installFakeWxServerSdk(functionDir) {
  const dir = path.join(functionDir, 'node_modules', 'wx-server-sdk');
  mkdirSync(dir, { recursive: true });
  const fake = JSON.stringify(path.join(__dirname, 'index.js'));
  writeFileSync(
    path.join(dir, 'index.js'),
    `module.exports = require(${fake}).fakeWxServerSdk(require('node:path').resolve(__dirname, '../..'));\n`,
  );
}

module.exports = { installFakeWxServerSdk };
