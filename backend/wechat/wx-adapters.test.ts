import { createLogger } from '../runtime/logger';
import { readTemplateConfig, templateData, wxSubscribeMessages, type WxCloud } from './wx-adapters';

const quiet = (lines: string[] = []) => createLogger('debug', {}, (l) => lines.push(l));

/** FAKE of wx-server-sdk's openapi: answers each send with the given function. */
const fakeCloud = (answer: () => Promise<{ errCode?: number; errMsg?: string }>) =>
  ({ openapi: { subscribeMessage: { send: answer } } }) as unknown as WxCloud;
const message = {
  openid: 'oX',
  template: 'event_promoted' as const,
  data: { title: '党史讲座', time: '2026年12月1日 09:00' },
  page: 'pages/home/index',
};
const templates = { event_promoted: { id: 'T1', fields: { title: 'thing1', time: 'time2' } } };

describe('the subscribe-message template config', () => {
  it('reads the template ids and field keys from SUBSCRIBE_TEMPLATES', () => {
    expect(readTemplateConfig(JSON.stringify(templates), quiet())).toEqual(templates);
    expect(readTemplateConfig(undefined, quiet())).toEqual({});
  });

  it('logs a broken config and uses none, rather than stopping the function', () => {
    for (const bad of [
      '{not json',
      '{"unknown_template":{"id":"x","fields":{}}}',
      '{"event_promoted":{"id":"","fields":{}}}',
      '{"event_promoted":{"id":"x","fields":{"title":"DROP TABLE"}}}',
    ]) {
      const lines: string[] = [];
      expect(readTemplateConfig(bad, quiet(lines))).toEqual({});
      expect(lines.join('\n')).toMatch(/no subscribe messages will be sent/);
    }
  });
});

describe('template data', () => {
  it('cuts values to what each WeChat key type accepts, counting characters as seen', () => {
    const data = templateData(
      { id: 'T', fields: { a: 'thing1', b: 'phrase2', c: 'time3' } },
      { a: '𠀀'.repeat(25), b: '已经录取了', c: '2026年12月1日 09:00' },
    );
    expect(data).toEqual({
      thing1: { value: `${'𠀀'.repeat(19)}…` },
      phrase2: { value: '已经录取了' },
      time3: { value: '2026年12月1日 09:00' },
    });
  });

  it('names a field the template needs but the message lacks', () => {
    expect(templateData({ id: 'T', fields: { title: 'thing1', place: 'thing3' } }, { title: '讲座' })).toBe(
      'field "place" (thing3) has no value',
    );
  });
});

describe('sending through WeChat', () => {
  it('sends with the configured template id and keys', async () => {
    const calls: unknown[] = [];
    const sender = wxSubscribeMessages(
      fakeCloud(async () => (calls.push(1), { errCode: 0 })),
      templates,
      'trial',
    );
    expect(await sender.send(message)).toEqual({ kind: 'sent' });
    expect(sender.templateIds()).toEqual({ event_promoted: 'T1' });
  });

  it('skips a template this deployment has not configured, without calling WeChat', async () => {
    const sender = wxSubscribeMessages(
      fakeCloud(async () => {
        throw new Error('must not be called');
      }),
      {},
      'release',
    );
    expect(await sender.send(message)).toMatchObject({ kind: 'skipped' });
  });

  it('tells a refusal, a rejected message and a passing failure apart', async () => {
    const failWith = (errCode: number) =>
      wxSubscribeMessages(
        fakeCloud(async () => {
          throw Object.assign(new Error('x'), { errCode, errMsg: `fail ${errCode}` });
        }),
        templates,
        'release',
      );
    expect(await failWith(43101).send(message)).toMatchObject({ kind: 'refused' });
    expect(await failWith(47003).send(message)).toMatchObject({ kind: 'rejected' });
    await expect(failWith(-1).send(message)).rejects.toThrow('WeChat -1');
    const network = wxSubscribeMessages(
      fakeCloud(async () => {
        throw new Error('socket hang up');
      }),
      templates,
      'release',
    );
    await expect(network.send(message)).rejects.toThrow('socket hang up');
    // Some SDK versions answer errors instead of throwing them.
    const answered = wxSubscribeMessages(
      fakeCloud(async () => ({ errCode: 43101, errMsg: 'no consent' })),
      templates,
      'release',
    );
    expect(await answered.send(message)).toMatchObject({ kind: 'refused' });
  });
});
