// FAKE of WeChat's wx-server-sdk — the one boundary we cannot reach from this machine. It gives the trusted OPENID
// that WeChat's runtime would (FAKE_WX_OPENID), and fakes the open APIs the functions call:
// - every open-API call is checked against `permissions.openapi` in the calling function's config.json, read at the
//   call (so a test can edit it), and refused as WeChat refuses an undeclared call (errCode -604101);
// - wxacode.getUnlimited answers a real PNG: a QR code of `<page>?scene=<scene>`, so a test can decode where the
//   mini-program code would lead (WeChat's round wxacode cannot be drawn here);
// - subscribeMessage.send appends each call as a JSON line to FAKE_WX_SENT_FILE; FAKE_WX_SEND_ERRCODE makes it refuse
//   as WeChat does (an error carrying errCode).
// Cloud storage is a folder (FAKE_WX_STORAGE_DIR): file ids are cloud://fake-env.fake-bucket/<cloud path>; a
// temporary link (getTempFileURL) is https://fake-env.tcb.example/<cloud path>?max_age=<seconds>.
// Everything behind it (the bundled function, PostgreSQL, an S3 endpoint) is real.
//
// Which function is calling: the SDK is installed per bundle as <function dir>/node_modules/wx-server-sdk (install.js
// writes a one-line module there that calls fakeWxServerSdk(<function dir>)), as WeChat installs it per function.
// A plain copy of this file there works too: then the function dir is found from __dirname.
const { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const path = require('node:path');

const FILE_ID_PREFIX = 'cloud://fake-env.fake-bucket/';
function storagePath(fileID) {
  if (!process.env.FAKE_WX_STORAGE_DIR) throw new Error('fake cloud storage: FAKE_WX_STORAGE_DIR is not set');
  if (!fileID.startsWith(FILE_ID_PREFIX) || fileID.includes('..'))
    throw Object.assign(new Error(`storage file not found: ${fileID}`), { errCode: -503003 });
  return path.join(process.env.FAKE_WX_STORAGE_DIR, fileID.slice(FILE_ID_PREFIX.length));
}

/** WeChat's error for an open API the function's config.json does not declare. */
const NOT_DECLARED = -604101;
/** wxacode.getUnlimited's own refusals (WeChat's codes): a scene or page it will not take. */
const INVALID_SCENE = 40169;
const INVALID_PAGE = 41030;
const SCENE_CHARS = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]{1,32}$/;

function wxError(api, errCode, reason) {
  const errMsg = `openapi.${api}:fail ${errCode} ${reason}`;
  return Object.assign(new Error(errMsg), { errCode, errMsg });
}

/** The open APIs the function in functionDir declared; none when it has no config.json (as in WeChat). */
function declaredOpenApis(functionDir) {
  const file = functionDir && path.join(functionDir, 'config.json');
  if (!file || !existsSync(file)) return [];
  const config = JSON.parse(readFileSync(file, 'utf8'));
  const list = config && config.permissions && config.permissions.openapi;
  return Array.isArray(list) ? list : [];
}

function fakeWxServerSdk(functionDir) {
  /** Each open API goes through here, as WeChat's gateway checks the calling function's permissions first. */
  const openApi = (api, run) => async (options) => {
    if (!declaredOpenApis(functionDir).includes(api)) {
      throw wxError(
        api,
        NOT_DECLARED,
        `function has no permission to call this API (${path.basename(functionDir || '?')}/config.json permissions.openapi lacks "${api}")`,
      );
    }
    return run(options);
  };

  return {
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
    // Storage, not an open API: no config.json permission. A thin FAKE of a private file's temporary link: an https
    // address whose path is the cloud path, saying the maxAge asked for (a test reads the file from the folder).
    async getTempFileURL({ fileList }) {
      return {
        fileList: fileList.map((item) => {
          const { fileID, maxAge } = typeof item === 'string' ? { fileID: item, maxAge: 86400 } : item;
          if (!existsSync(storagePath(fileID)))
            return { fileID, tempFileURL: '', status: -503003, errMsg: 'storage file not exists' };
          return {
            fileID,
            tempFileURL: `https://fake-env.tcb.example/${fileID.slice(FILE_ID_PREFIX.length)}?max_age=${maxAge}`,
            status: 0,
            errMsg: 'ok',
          };
        }),
      };
    },
    async deleteFile({ fileList }) {
      for (const fileID of fileList) rmSync(storagePath(fileID), { force: true });
      return { fileList: fileList.map((fileID) => ({ fileID, status: 0 })) };
    },
    openapi: {
      wxacode: {
        getUnlimited: openApi('wxacode.getUnlimited', async ({ scene, page, width }) => {
          if (typeof scene !== 'string' || !SCENE_CHARS.test(scene))
            throw wxError('wxacode.getUnlimited', INVALID_SCENE, `invalid scene ${JSON.stringify(scene)}`);
          if (typeof page !== 'string' || page.startsWith('/') || page.includes('?'))
            throw wxError('wxacode.getUnlimited', INVALID_PAGE, `invalid page ${JSON.stringify(page)}`);
          // Required here, not at the top: tests that never draw a code need not resolve it.
          const QRCode = require('qrcode');
          const buffer = await QRCode.toBuffer(`${page}?scene=${scene}`, {
            type: 'png',
            errorCorrectionLevel: 'M',
            margin: 4,
            width: Math.min(Math.max(width || 430, 280), 1280),
          });
          return { buffer, contentType: 'image/png', errCode: 0, errMsg: 'openapi.wxacode.getUnlimited:ok' };
        }),
      },
      subscribeMessage: {
        send: openApi('subscribeMessage.send', async (message) => {
          if (process.env.FAKE_WX_SENT_FILE)
            appendFileSync(process.env.FAKE_WX_SENT_FILE, `${JSON.stringify(message)}\n`);
          const errCode = Number(process.env.FAKE_WX_SEND_ERRCODE || 0);
          if (errCode !== 0)
            throw Object.assign(new Error(`fake refusal ${errCode}`), {
              errCode,
              errMsg: `openapi.subscribeMessage.send:fail ${errCode}`,
            });
          return { errCode: 0, errMsg: 'openapi.subscribeMessage.send:ok' };
        }),
      },
    },
  };
}

// Loaded as <function dir>/node_modules/wx-server-sdk/index.js (a copy): the SDK of that function. Loaded from
// test/support (by install.js's module): the factory.
const installedIn =
  path.basename(__dirname) === 'wx-server-sdk' && path.basename(path.dirname(__dirname)) === 'node_modules'
    ? path.resolve(__dirname, '../..')
    : null;
module.exports = installedIn ? fakeWxServerSdk(installedIn) : { fakeWxServerSdk };
