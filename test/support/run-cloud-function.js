// Runs one bundled cloud function the way WeChat's runtime would: require the bundle, call main(event, context).
// Usage: node run-cloud-function.js <bundle dir> '<event json>'  (OPENID from FAKE_WX_OPENID)
const path = require('node:path');

const [dir, eventJson] = process.argv.slice(2);
const { main } = require(path.resolve(dir, 'index.js'));
main(JSON.parse(eventJson), {}).then(
  (reply) => {
    process.stdout.write(JSON.stringify(reply));
    process.exit(0);
  },
  (err) => {
    process.stderr.write(String(err && err.stack));
    process.exit(1);
  },
);
