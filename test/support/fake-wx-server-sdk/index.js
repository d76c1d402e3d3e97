// FAKE of WeChat's wx-server-sdk — the one boundary we cannot reach from this machine. It gives the trusted OPENID
// that WeChat's runtime would, and fakes subscribeMessage.send: each call is appended as a JSON line to
// FAKE_WX_SENT_FILE, and FAKE_WX_SEND_ERRCODE makes it refuse as WeChat does (an error carrying errCode).
// Everything behind it (the bundled function, PostgreSQL) is real.
const { appendFileSync } = require('node:fs');

module.exports = {
  DYNAMIC_CURRENT_ENV: Symbol('DYNAMIC_CURRENT_ENV'),
  init() {},
  getWXContext() {
    return { OPENID: process.env.FAKE_WX_OPENID || undefined, APPID: 'touristappid', ENV: 'test' };
  },
  openapi: {
    subscribeMessage: {
      async send(message) {
        if (process.env.FAKE_WX_SENT_FILE) appendFileSync(process.env.FAKE_WX_SENT_FILE, `${JSON.stringify(message)}\n`);
        const errCode = Number(process.env.FAKE_WX_SEND_ERRCODE || 0);
        if (errCode !== 0) throw Object.assign(new Error(`fake refusal ${errCode}`), { errCode, errMsg: `openapi.subscribeMessage.send:fail ${errCode}` });
        return { errCode: 0, errMsg: 'openapi.subscribeMessage.send:ok' };
      },
    },
  },
};
