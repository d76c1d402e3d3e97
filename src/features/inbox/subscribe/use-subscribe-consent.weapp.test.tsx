// The mini-program's consent prompt, with WeChat (the one thing that cannot run here) stood in for: the prompt opens
// before anything is awaited, only accepted templates are recorded, and a failure is said, never thrown.
import { act, renderHook } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { User } from '../../../../contracts/account';
import { useSessionStore } from '../../../entities/session/session-store';
import { ApiError } from '../../../lib/api-error';
import { getSubscribeTemplates } from '../api/get-subscribe-templates';
import { recordConsent } from '../api/record-consent';
import { useSubscribeConsent } from './use-subscribe-consent.weapp';

jest.mock('../api/get-subscribe-templates', () => ({ getSubscribeTemplates: jest.fn() }));
jest.mock('../api/record-consent', () => ({ recordConsent: jest.fn() }));

const member: User = {
  id: 3,
  name: '王秀兰',
  roles: ['member'],
  grants: [{ role: 'member', orgUnitId: 9 }],
  orgUnitId: 9,
  orgUnitName: '莲花社区离退休干部党支部',
  preferences: { largeText: false, readAloud: false },
};

const templates = jest.mocked(getSubscribeTemplates);
const record = jest.mocked(recordConsent);

describe('useSubscribeConsent (weapp)', () => {
  let prompt: jest.Mock;

  beforeEach(() => {
    act(() => useSessionStore.setState({ status: 'signed-in', user: member, error: null }));
    templates.mockResolvedValue({ templates: { event_promoted: 'T-promoted', event_reminder: 'T-reminder' } });
    record.mockReset();
    prompt = jest.fn();
    (Taro as unknown as { requestSubscribeMessage: jest.Mock }).requestSubscribeMessage = prompt;
  });

  async function consentFor(wanted: Parameters<typeof useSubscribeConsent>[0]) {
    const hook = renderHook(() => useSubscribeConsent(wanted));
    await act(async () => undefined);
    return hook;
  }

  it('opens WeChat’s prompt at once on the tap, and records only what was accepted', async () => {
    prompt.mockResolvedValue({ errMsg: 'requestSubscribeMessage:ok', 'T-promoted': 'accept', 'T-reminder': 'reject' });
    record.mockResolvedValue({ consents: { event_promoted: 1 } });
    const { result } = await consentFor(['event_promoted', 'event_reminder', 'notice_posted']);

    const asking = result.current.ask();
    // Nothing awaited before the prompt: WeChat would refuse one that does not follow a tap straight away.
    expect(prompt).toHaveBeenCalledWith({ tmplIds: ['T-promoted', 'T-reminder'] });
    await expect(asking).resolves.toEqual({ asked: true, accepted: ['event_promoted'], problem: null });
    expect(record).toHaveBeenCalledWith(['event_promoted']);
  });

  it('asks only for the templates the tap names, when it names some', async () => {
    prompt.mockResolvedValue({ errMsg: 'requestSubscribeMessage:ok', 'T-reminder': 'accept' });
    record.mockResolvedValue({ consents: { event_reminder: 1 } });
    const { result } = await consentFor(['event_promoted', 'event_reminder']);
    await expect(result.current.ask(['event_reminder'])).resolves.toEqual({
      asked: true,
      accepted: ['event_reminder'],
      problem: null,
    });
    expect(prompt).toHaveBeenCalledWith({ tmplIds: ['T-reminder'] });
  });

  it('records nothing when nothing was accepted', async () => {
    prompt.mockResolvedValue({ errMsg: 'requestSubscribeMessage:ok', 'T-reminder': 'reject' });
    const { result } = await consentFor(['event_reminder']);
    await expect(result.current.ask()).resolves.toEqual({ asked: true, accepted: [], problem: null });
    expect(record).not.toHaveBeenCalled();
  });

  it('asks nothing for templates this deployment has not set up', async () => {
    const { result } = await consentFor(['notice_posted']);
    await expect(result.current.ask()).resolves.toEqual({ asked: false });
    expect(prompt).not.toHaveBeenCalled();
  });

  it('says so when the prompt failed or the answer could not be recorded, and never throws', async () => {
    const { result } = await consentFor(['event_reminder']);
    prompt.mockRejectedValueOnce({ errMsg: 'requestSubscribeMessage:fail', errCode: 20004 });
    await expect(result.current.ask()).resolves.toEqual({
      asked: true,
      accepted: [],
      problem: '微信没能问您要不要消息提醒。有了新情况，在“我的消息”里照样能看到。',
    });

    prompt.mockResolvedValueOnce({ errMsg: 'requestSubscribeMessage:ok', 'T-reminder': 'accept' });
    record.mockRejectedValueOnce(new ApiError('NETWORK', '网络不太好，没有连上服务器。请稍后再试。'));
    await expect(result.current.ask()).resolves.toEqual({
      asked: true,
      accepted: [],
      problem: '您同意的消息提醒没能记下来。网络不太好，没有连上服务器。请稍后再试。',
    });
  });
});
