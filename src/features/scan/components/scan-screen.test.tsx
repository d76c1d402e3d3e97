import { act, fireEvent, render, screen } from '@testing-library/react';
import type { BookSummary } from '../../../../contracts/audiobooks';
import type { ResolvedScene } from '../../../../contracts/qrcode';
import { useRemote } from '../../../entities/remote/use-remote';
import { ApiError } from '../../../lib/api-error';
import type { SceneOpeners } from '../scene-openers';
import { ScanScreen } from './scan-screen';

const book = { id: 4, title: '红色家书' } as BookSummary;
const bookScene: ResolvedScene = {
  type: 'book',
  available: true,
  id: 4,
  bookId: 4,
  title: '红色家书',
  book,
  chapters: [],
};
const invitation: ResolvedScene = {
  type: 'invitation',
  available: true,
  id: 9,
  expiresAt: '2026-12-06T02:00:00.000Z',
  consumedBy: 'account.redeemInvite',
  message: '这是支部书记发给您的入会邀请。接受以后，您就能用这部手机登录了。',
};
const event: ResolvedScene = {
  type: 'event',
  available: false,
  id: 3,
  message: '这是一个活动的二维码。活动报名的功能还在准备中，过些日子就能用了。',
};

function openers(): SceneOpeners & { [K in keyof SceneOpeners]: jest.Mock } {
  return {
    book: jest.fn((resolved) => <p>书：{resolved.title}</p>),
    chapter: jest.fn(() => <p>章</p>),
    invitation: jest.fn((_resolved, scene) => <p>邀请：{scene}</p>),
    event: jest.fn(() => <p>活动</p>),
    attendance: jest.fn(() => <p>签到</p>),
    post: jest.fn((resolved) => <p>驿站：{resolved.name}</p>),
    checkin: jest.fn((_resolved, scene) => <p>打卡：{scene}</p>),
    certificate: jest.fn((resolved) => <p>证明：{resolved.number}</p>),
    personalCard: jest.fn(() => <p>服务卡</p>),
    timebankCertificate: jest.fn((resolved) => <p>证明：{resolved.number}</p>),
  };
}

/** The scan page's body over a load the test decides (the real hook reads the page query and calls the server). */
function showScan(scene: string, load: () => Promise<ResolvedScene>, open = openers()) {
  function Page() {
    const remote = useRemote(scene ? load : null, [scene]);
    return <ScanScreen scan={{ scene, remote }} openers={open} />;
  }
  render(<Page />);
  return open;
}

describe('ScanScreen', () => {
  it('says it is opening the code, then hands a book to the 听书 screen', async () => {
    const open = showScan('b.4', () => Promise.resolve(bookScene));
    expect(screen.getByRole('status').textContent).toBe('正在打开这个二维码，请稍等。');
    await act(async () => undefined);
    expect(screen.getByText(/书：/).textContent).toBe('书：红色家书');
    expect(open.book).toHaveBeenCalledWith(bookScene, 'b.4');
    expect(open.invitation).not.toHaveBeenCalled();
  });

  it('hands an invitation to its screen with the code as scanned (the action that uses it needs the scene)', async () => {
    const open = showScan('i.9.m4x2k1.AbC_d-EfGh1', () => Promise.resolve(invitation));
    await act(async () => undefined);
    expect(screen.getByText(/邀请：/).textContent).toBe('邀请：i.9.m4x2k1.AbC_d-EfGh1');
    expect(open.invitation).toHaveBeenCalledWith(invitation, 'i.9.m4x2k1.AbC_d-EfGh1');
  });

  it('says in the server’s sentence what cannot open yet, with the way home and what works today', async () => {
    const open = showScan('e.3', () => Promise.resolve(event));
    await act(async () => undefined);
    expect(screen.getByText(/活动报名/).textContent).toBe(
      '这是一个活动的二维码。活动报名的功能还在准备中，过些日子就能用了。',
    );
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['回到首页', '▶去听书']);
    expect(Object.values(open).every((fn) => fn.mock.calls.length === 0)).toBe(true);
  });

  it('a forged code: the reason, and one way home — no 再试一次, it would not help', async () => {
    showScan('b.zzzzzz', () =>
      Promise.reject(new ApiError('QR_INVALID', '这个二维码无法识别。它可能不是本小程序的二维码，或者已经损坏。')),
    );
    await act(async () => undefined);
    expect(screen.getByRole('alert').textContent).toBe(
      '这个二维码无法识别……这个二维码无法识别。它可能不是本小程序的二维码，或者已经损坏。您可以回到首页，在“听书”里找到想听的书。',
    );
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['回到首页']);
  });

  it('an expired code is headed as no longer usable, and the sentence says it expired', async () => {
    showScan('a.1.x.y', () =>
      Promise.reject(new ApiError('QR_EXPIRED', '这个二维码已经过期了，请找工作人员要一个新的。')),
    );
    await act(async () => undefined);
    expect(screen.getByRole('alert').textContent).toMatch(
      /^这个二维码不能再用了这个二维码已经过期了，请找工作人员要一个新的。/,
    );
  });

  it('a link without a code says so without asking the server', () => {
    const load = jest.fn(() => Promise.resolve(bookScene));
    showScan('', load);
    expect(screen.getByRole('alert').textContent).toMatch(/这个二维码里没有内容。请换一个二维码再扫。/);
    expect(load).not.toHaveBeenCalled();
  });

  it('a failed line: the sentence, 再试一次 that loads again, and a way home', async () => {
    const load = jest
      .fn<Promise<ResolvedScene>, []>()
      .mockRejectedValueOnce(new ApiError('NETWORK', '网络不太好，没有连上服务器。请稍后再试。'))
      .mockResolvedValueOnce(bookScene);
    showScan('b.4', load);
    await act(async () => undefined);
    expect(screen.getByRole('alert').textContent).toBe(
      '这个二维码没有打开网络不太好，没有连上服务器。请稍后再试。再试一次',
    );
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['再试一次', '回到首页']);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '再试一次' })));
    expect(screen.getByText(/书：/).textContent).toBe('书：红色家书');
    expect(screen.queryByRole('button', { name: '回到首页' })).toBeNull();
  });
});
