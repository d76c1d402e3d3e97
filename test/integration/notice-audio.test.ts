// 朗读 audio is private, short-lived and compressed (issue 15, break 4 and the WAV weak spot), on SQLite and
// PostgreSQL: the audio is reached only through a listening link signed for one member of the notice's audience
// and checked again on every request; it is MP3 at speech bitrate; an edit or a withdrawal — even one that lands
// while the audio is being made — leaves no audio of the old text that anyone can hear; none is made for a
// withdrawn notice; and a notice's text may change only so often an hour. Every refusal leaves the database as it was.
import { chmodSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { speechText } from '../../contracts/notice-speech';
import type { NoticesApi } from '../../contracts/notices';
import { noticeSpeechPrefix } from '../../backend/files/file-keys';
import { createJobRunner } from '../../backend/jobs/runner';
import { VERSIONS_PER_HOUR } from '../../backend/domains/notices/rules/notice-audio';
import { login, post, type ApiReply } from '../support/api';
import { availableEngines } from '../support/engines';
import { startHost, type TestHost } from '../support/start-host';
import { expectNothingWritten } from '../support/table-snapshot';

type Out<A extends keyof NoticesApi> = NoticesApi[A]['output'];
const HAS_TOOLS = ['espeak-ng', 'lame'].every((bin) =>
  ['/usr/bin', '/usr/local/bin'].some((dir) => existsSync(path.join(dir, bin))),
);
const BRANCH1 = '莲花社区离退休干部党支部';
const CHINESE_SENTENCE = /[\u4e00-\u9fff].*[。！？]$/;
/** The 93-character notice of the review, whose WAV was 2.1 MB. */
const TITLE = '健康讲座';
const BODY_93 =
  '本周六上午九点在社区活动中心举办健康讲座，请各位党员准时参加，带好身份证和医保卡。如有困难请联系支部书记，我们会安排志愿者上门接送。谢谢大家支持与配合，祝大家身体健康！';

/** An espeak-ng that thinks for a while first, so an edit can land while the audio is being made. */
function slowEspeak(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'slow-espeak-'));
  const file = path.join(dir, 'espeak-ng');
  writeFileSync(file, '#!/bin/sh\nsleep 1.5\nexec espeak-ng "$@"\n');
  chmodSync(file, 0o755);
  return file;
}

(HAS_TOOLS ? describe.each(availableEngines()) : describe.skip.each(availableEngines()))(
  HAS_TOOLS
    ? 'notice audio on %s'
    : 'SKIPPED: notice audio on %s needs espeak-ng and lame (apt-get install espeak-ng lame)',
  (engine) => {
    let host: TestHost;
    const tokens = new Map<string, string>();
    const db = () => host.deps.database.db;
    const as = async (handle: string) => {
      if (!tokens.has(handle)) tokens.set(handle, await login(host.baseUrl, handle));
      return tokens.get(handle) as string;
    };
    const call = async <A extends keyof NoticesApi>(
      handle: string,
      action: A,
      data?: unknown,
    ): Promise<ApiReply<Out<A>>> => post<Out<A>>(host.baseUrl, 'notices', { action, data }, await as(handle));
    const ok = async <A extends keyof NoticesApi>(handle: string, action: A, data?: unknown): Promise<Out<A>> => {
      const reply = await call(handle, action, data);
      if (!reply.body.ok) throw new Error(`${handle} ${action}: ${JSON.stringify(reply.body)}`);
      return reply.body.data;
    };
    const refusedQuietly = async (handle: string, action: keyof NoticesApi, data: unknown, code: string) => {
      const reply = await expectNothingWritten(db(), () => call(handle, action, data));
      if (reply.body.ok) throw new Error(`${action} was accepted: ${JSON.stringify(reply.body.data)}`);
      expect(reply.body.error.code).toBe(code);
      expect(reply.body.error.message).toMatch(CHINESE_SENTENCE);
      return reply.body.error.message;
    };
    const branch1 = async () =>
      (await db().selectFrom('org_units').select('id').where('name', '=', BRANCH1).executeTakeFirstOrThrow()).id;
    const publish = async (title: string, body = '请大家按时参加。') =>
      (
        await ok('secretary1', 'publish', {
          title,
          body,
          audienceOrgUnitId: await branch1(),
          importance: 'normal',
          needsAck: false,
        })
      ).notice.id;
    const edit = (noticeId: number, body: string) =>
      ok('secretary1', 'update', { noticeId, title: TITLE, body, importance: 'normal', needsAck: false });
    const personId = async (handle: string) =>
      (await db().selectFrom('people').select('id').where('handle', '=', handle).executeTakeFirstOrThrow()).id;
    const stored = async (noticeId: number) =>
      (await host.deps.files.list(noticeSpeechPrefix(noticeId))).map((f) => f.key);
    const runJobs = () => createJobRunner({ deps: host.deps, name: 'test' }).runDue();
    const keyOf = (url: string) => decodeURIComponent(url.slice('/listen/'.length, url.indexOf('?')));
    const fetchLink = (url: string, headers: Record<string, string> = {}) =>
      fetch(new URL(url, host.baseUrl), { headers });

    beforeAll(async () => {
      host = await startHost({ engine, jobIntervalMs: 0 });
    });
    afterAll(async () => {
      await host?.stop();
    });

    let noticeId: number;
    let link: string;

    it('answers a listening link for the member, to MP3 at speech bitrate: the 93-character notice is under 150 KB (its WAV was 2.1 MB)', async () => {
      expect(speechText({ title: TITLE, body: BODY_93, importance: 'normal' })).toHaveLength(93);
      noticeId = await publish(TITLE, BODY_93);
      const member1 = await personId('member1');
      const first = await ok('member1', 'speech', { noticeId });
      expect(first).toMatchObject({ message: null, audio: { mime: 'audio/mpeg' } });
      link = first.audio!.url;
      expect(link).toMatch(
        new RegExp(
          `^/listen/notices/speech/${noticeId}-v1-[A-Za-z0-9_-]{16}\\.mp3\\?p=${member1}&until=\\d+&sig=[A-Za-z0-9_-]{22}$`,
        ),
      );
      const res = await fetchLink(link);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('audio/mpeg');
      expect(res.headers.get('cache-control')).toBe('private, no-store');
      const bytes = Buffer.from(await res.arrayBuffer());
      // An MP3 frame (or its ID3 tag), not a RIFF/WAV header.
      expect(bytes.subarray(0, 3).toString() === 'ID3' || (bytes[0] === 0xff && (bytes[1] & 0xe0) === 0xe0)).toBe(true);
      expect(bytes.length).toBeGreaterThan(20_000);
      expect(bytes.length).toBeLessThan(150_000);
      // Range works as players need it.
      const part = await fetchLink(link, { range: 'bytes=100-199' });
      expect(part.status).toBe(206);
      expect(part.headers.get('content-range')).toBe(`bytes 100-199/${bytes.length}`);
      expect(part.headers.get('cache-control')).toBe('private, no-store');
      expect(Buffer.from(await part.arrayBuffer()).equals(bytes.subarray(100, 200))).toBe(true);
      // Another member hears the same file through a link of their own.
      const other = await ok('member13', 'speech', { noticeId });
      expect(keyOf(other.audio!.url)).toBe(keyOf(link));
      expect(other.audio!.url).not.toBe(link);
    });

    it('is not at /media, at its key or at the old guessable .wav path, for anyone', async () => {
      const key = keyOf(link);
      expect(await host.deps.files.stat(key)).not.toBeNull();
      await host.deps.files.put(`notices/speech/${noticeId}-v1.wav`, new Uint8Array(64), 'audio/wav');
      for (const p of [`/media/${key}`, `/media/notices/speech/${noticeId}-v1.wav`]) {
        const res = await expectNothingWritten(db(), () => fetch(host.baseUrl + p));
        expect(res.status).toBe(404);
        expect(res.headers.get('cache-control')).not.toMatch(/public/);
      }
    });

    it('refuses another branch: no audio through speech, a link made over to them or altered, each in a sentence with nothing written', async () => {
      await refusedQuietly('member2', 'speech', { noticeId }, 'NOT_FOUND');
      const member2 = await personId('member2');
      for (const forged of [
        link.replace(/p=\d+/, `p=${member2}`),
        link.replace(/sig=[^&]+/, 'sig=AAAAAAAAAAAAAAAAAAAAAA'),
        link.replace(/until=\d+/, (m) => `until=${Number(m.slice(6)) + 3600}`),
        link.replace(/-v1-/, '-v2-'),
      ]) {
        const res = await expectNothingWritten(db(), () => fetchLink(forged));
        expect([400, 404]).toContain(res.status);
        expect(res.headers.get('cache-control')).toBe('private, no-store');
        const body = (await res.json()) as { ok: false; error: { code: string; message: string } };
        expect(['LINK_INVALID', 'NOT_FOUND']).toContain(body.error.code);
        expect(body.error.message).toMatch(CHINESE_SENTENCE);
      }
    });

    it('an edit makes the old link fall silent at once, and its job deletes every file of the old text', async () => {
      await edit(noticeId, '讲座改到下周六上午九点。');
      const gone = await fetchLink(link);
      expect(gone.status).toBe(404);
      expect(((await gone.json()) as { error: { message: string } }).error.message).toMatch(/修改或撤回/);
      await runJobs();
      expect(await stored(noticeId)).toEqual([]);
      const v2 = await ok('member1', 'speech', { noticeId });
      expect(v2.audio!.url).toMatch(/-v2-/);
      expect((await fetchLink(v2.audio!.url)).status).toBe(200);
    });

    it('an edit that lands while the audio is being made leaves no audio of the edited-away text', async () => {
      const id = await publish(TITLE, '第一版的内容，马上会被改掉。');
      process.env.NOTICES_ESPEAK = slowEspeak();
      try {
        const asking = ok('member1', 'speech', { noticeId: id });
        await new Promise((r) => setTimeout(r, 400));
        await edit(id, '第二版的内容。');
        await runJobs();
        const answer = await asking;
        // Either no audio (with a sentence to press again) or audio of today's text — never of version 1.
        if (answer.audio) expect(answer.audio.url).toMatch(/-v2-/);
        else expect(answer.message).toMatch(CHINESE_SENTENCE);
        expect((await stored(id)).filter((k) => k.includes('-v1'))).toEqual([]);
      } finally {
        delete process.env.NOTICES_ESPEAK;
      }
    });

    it('a withdrawal that lands while the audio is being made leaves none; and none is made for a withdrawn notice', async () => {
      const id = await publish(TITLE, '这条通知会在朗读做好之前撤回。');
      process.env.NOTICES_ESPEAK = slowEspeak();
      try {
        const asking = call('member1', 'speech', { noticeId: id });
        await new Promise((r) => setTimeout(r, 400));
        await ok('secretary1', 'withdraw', { noticeId: id });
        await runJobs();
        const answer = await asking;
        expect(answer.body.ok && answer.body.data.audio).toBeFalsy();
        expect(await stored(id)).toEqual([]);
      } finally {
        delete process.env.NOTICES_ESPEAK;
      }
      // Its publisher still opens it, but no audio is made for it.
      await refusedQuietly('secretary1', 'speech', { noticeId: id }, 'CONFLICT');
      expect(await stored(id)).toEqual([]);
    });

    it(`caps a notice at ${VERSIONS_PER_HOUR.notice} new texts an hour, with a sentence and nothing written`, async () => {
      const id = await publish(TITLE, '第 1 版。');
      for (let v = 2; v <= VERSIONS_PER_HOUR.notice; v += 1) await edit(id, `第 ${v} 版。`);
      const message = await refusedQuietly(
        'secretary1',
        'update',
        { noticeId: id, title: TITLE, body: '再改一次。', importance: 'normal', needsAck: false },
        'RATE_LIMITED',
      );
      expect(message).toMatch(/一小时内已经改了/);
      // Pinning changes no text and makes no audio: still allowed.
      expect(
        (
          await ok('secretary1', 'update', {
            noticeId: id,
            title: TITLE,
            body: `第 ${VERSIONS_PER_HOUR.notice} 版。`,
            importance: 'normal',
            needsAck: false,
            pinned: true,
          })
        ).message,
      ).toMatch(/设置已保存/);
    });
  },
);
