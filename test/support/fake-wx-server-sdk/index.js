// FAKE of WeChat's wx-server-sdk — the one boundary we cannot reach from this machine. It only gives the
// trusted OPENID that WeChat's runtime would; everything behind it (the bundled function, PostgreSQL) is real.
module.exports = {
  DYNAMIC_CURRENT_ENV: Symbol('DYNAMIC_CURRENT_ENV'),
  init() {},
  getWXContext() {
    return { OPENID: process.env.FAKE_WX_OPENID || undefined, APPID: 'touristappid', ENV: 'test' };
  },
};
