// The mini-program's audio session, with WeChat's API stood in for: the one call it makes, and no throw on a
// base library that lacks it.
const setInnerAudioOption = jest.fn<Promise<unknown>, [{ obeyMuteSwitch?: boolean }]>();
jest.mock('@tarojs/taro', () => ({ __esModule: true, default: { setInnerAudioOption } }));

import { prepareAudioSession } from './audio-session.weapp';

describe('prepareAudioSession (weapp)', () => {
  beforeEach(() => setInnerAudioOption.mockReset());

  it('plays through the iPhone mute switch', () => {
    setInnerAudioOption.mockResolvedValue({});
    prepareAudioSession();
    expect(setInnerAudioOption).toHaveBeenCalledTimes(1);
    expect(setInnerAudioOption).toHaveBeenCalledWith({ obeyMuteSwitch: false });
  });

  it('does not fail the launch when WeChat refuses the option', async () => {
    setInnerAudioOption.mockRejectedValue({ errMsg: 'setInnerAudioOption:fail' });
    expect(() => prepareAudioSession()).not.toThrow();
    await new Promise((r) => setTimeout(r, 0)); // an unhandled rejection would fail the suite here
  });
});
