// FAKE of WeChat's wx-server-sdk — the one boundary we cannot reach from this machine. It gives the trusted OPENID
// that WeChat's runtime would, and fakes subscribeMessage.send: each call is appended as a JSON line to
// FAKE_WX_SENT_FILE, and FAKE_WX_SEND_ERRCODE makes it refuse as WeChat does (an error carrying errCode).
// Cloud storage is a folder (FAKE_WX_STORAGE_DIR): file ids are cloud://fake-env.fake-bucket/<cloud path>.
// Everything behind it (the bundled function, PostgreSQL, an S3 endpoint) is real.
const { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const path = require('node:path');

const FILE_ID_PREFIX = 'cloud://fake-env.fake-bucket/';
function storagePath(fileID) {
  if (!process.env.FAKE_WX_STORAGE_DIR) throw new Error('fake cloud storage: FAKE_WX_STORAGE_DIR is not set');
  if (!fileID.startsWith(FILE_ID_PREFIX) || fileID.includes('..')) throw Object.assign(new Error(`storage file not found: ${fileID}`), { errCode: -503003 });
  return path.join(process.env.FAKE_WX_STORAGE_DIR, fileID.slice(FILE_ID_PREFIX.length));
}

module.exports = {
  DYNAMIC_CURRENT_ENV: Symbol('DYNAMIC_CURRENT_ENV'),
  init() {},
  getWXContext() {
    return { OPENID: process.env.FAKE_WX_OPENID || undefined, APPID: 'touristappid', ENV: 'test' };
  },
  async uploadFile({ cloudPath, fileContent }) {
    const file = storagePath(FILE_ID_PREFIX + cloudPath);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, fileContent);
    return { fileID: FILE_ID_PREFIX + cloudPath };
  },
  async downloadFile({ fileID }) {
    try {
      return { fileContent: readFileSync(storagePath(fileID)) };
    } catch {
      throw Object.assign(new Error(`downloadFile:fail storage file not exists ${fileID}`), { errCode: -503003 });
    }
  },
  async deleteFile({ fileList }) {
    for (const fileID of fileList) rmSync(storagePath(fileID), { force: true });
    return { fileList: fileList.map((fileID) => ({ fileID, status: 0 })) };
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
