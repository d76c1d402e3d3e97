// The test stand-in's page lifecycle (test/support/taro-h5-api.js): what the app does when a page is shown again.
import * as taro from '@tarojs/taro';
import { act, render, renderHook, screen, fireEvent } from '@testing-library/react';
import { ApiError } from '../../lib/api-error';
import { RemoteView } from './remote-view';
import { useAction } from './use-action';

const { __showPages } = taro as unknown as { __showPages: () => void };
import { useRemote } from './use-remote';

/** A promise the test settles by hand, to decide which answer arrives first. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('useRemote', () => {
  it('goes from loading to ready with the answer', async () => {
    const answer = deferred<string>();
    const { result } = renderHook(() => useRemote(() => answer.promise, []));
    expect(result.current.state).toEqual({ status: 'loading' });
    await act(async () => answer.resolve('书目'));
    expect(result.current.state).toEqual({ status: 'ready', data: '书目' });
  });

  it('shows the newest request’s answer, and drops an older one that arrives late', async () => {
    const answers = new Map([
      ['2026-10', deferred<string>()],
      ['2026-11', deferred<string>()],
    ]);
    const { result, rerender } = renderHook(({ month }) => useRemote(() => answers.get(month)!.promise, [month]), {
      initialProps: { month: '2026-10' },
    });
    rerender({ month: '2026-11' });
    await act(async () => answers.get('2026-11')!.resolve('十一月'));
    expect(result.current.state).toEqual({ status: 'ready', data: '十一月' });
    await act(async () => answers.get('2026-10')!.resolve('十月'));
    expect(result.current.state).toEqual({ status: 'ready', data: '十一月' });
  });

  it('drops a late failure of an older request too', async () => {
    const older = deferred<string>();
    const newer = deferred<string>();
    const { result, rerender } = renderHook(({ p }) => useRemote(() => p, [p]), { initialProps: { p: older.promise } });
    rerender({ p: newer.promise });
    await act(async () => older.reject(new ApiError('NETWORK', '网络不太好')));
    expect(result.current.state).toEqual({ status: 'loading' });
    await act(async () => newer.resolve('新的'));
    expect(result.current.state).toEqual({ status: 'ready', data: '新的' });
  });

  it('ignores an answer that comes after the screen has gone', async () => {
    const answer = deferred<string>();
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const { result, unmount } = renderHook(() => useRemote(() => answer.promise, []));
    unmount();
    await act(async () => answer.resolve('太晚了'));
    expect(result.current.state).toEqual({ status: 'loading' });
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });

  it('keeps the envelope code and sentence of a failure, and retry loads again', async () => {
    const load = jest
      .fn<Promise<number>, []>()
      .mockRejectedValueOnce(new ApiError('FORBIDDEN', '这个单位不在您的管理范围内。'))
      .mockRejectedValueOnce(new TypeError('boom'))
      .mockResolvedValueOnce(42);
    const { result } = renderHook(() => useRemote(load, []));
    await act(async () => undefined);
    expect(result.current.state).toEqual({
      status: 'error',
      code: 'FORBIDDEN',
      message: '这个单位不在您的管理范围内。',
    });
    await act(async () => result.current.retry());
    // Something thrown that is not an API error still reads as a sentence, and has no code.
    expect(result.current.state).toEqual({
      status: 'error',
      code: null,
      message: '服务器的回答出了问题。请稍后再试。',
    });
    await act(async () => result.current.retry());
    expect(result.current.state).toEqual({ status: 'ready', data: 42 });
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('reloads after a write without blanking what is on screen, and a failed reload keeps it', async () => {
    const second = deferred<string>();
    const load = jest
      .fn<Promise<string>, []>()
      .mockResolvedValueOnce('已报名 35 人')
      .mockReturnValueOnce(second.promise)
      .mockRejectedValueOnce(new ApiError('NETWORK', '网络不太好'));
    const { result } = renderHook(() => useRemote(load, []));
    await act(async () => undefined);
    act(() => result.current.retry());
    // The page does not go back to its loading line (and to the top) while it asks again.
    expect(result.current.state).toEqual({ status: 'ready', data: '已报名 35 人' });
    await act(async () => second.resolve('已报名 36 人'));
    expect(result.current.state).toEqual({ status: 'ready', data: '已报名 36 人' });
    await act(async () => result.current.retry());
    expect(result.current.state).toEqual({ status: 'ready', data: '已报名 36 人' });
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('asks again when its page is shown after a write, and not after a return with no write', async () => {
    const load = jest.fn<Promise<string>, []>().mockResolvedValueOnce('已报名').mockResolvedValueOnce('可以报名');
    const list = renderHook(() => useRemote(load, []));
    await act(async () => undefined);
    await act(async () => __showPages());
    expect(load).toHaveBeenCalledTimes(1);
    // A cancel on another page (any write through useAction) ...
    const detail = renderHook(() => useAction());
    await act(async () => {
      await detail.result.current.run(() => Promise.resolve({ ok: true }));
    });
    // ... and the list, shown again, says what is true now.
    await act(async () => __showPages());
    expect(list.result.current.state).toEqual({ status: 'ready', data: '可以报名' });
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('is idle with nothing to load, and loads once there is', async () => {
    const { result, rerender } = renderHook(
      ({ id }) => useRemote(id === null ? null : () => Promise.resolve(`书 ${id}`), [id]),
      {
        initialProps: { id: null as number | null },
      },
    );
    expect(result.current.state).toEqual({ status: 'idle' });
    await act(async () => rerender({ id: 7 }));
    expect(result.current.state).toEqual({ status: 'ready', data: '书 7' });
    await act(async () => rerender({ id: null }));
    expect(result.current.state).toEqual({ status: 'idle' });
  });

  it('update changes ready data in place, and leaves other states alone', async () => {
    const { result } = renderHook(() => useRemote(() => Promise.resolve(['第一章']), []));
    act(() => result.current.update((chapters) => [...chapters, '太早了']));
    expect(result.current.state).toEqual({ status: 'loading' });
    await act(async () => undefined);
    act(() => result.current.update((chapters) => [...chapters, '第二章']));
    expect(result.current.state).toEqual({ status: 'ready', data: ['第一章', '第二章'] });
  });
});

describe('RemoteView', () => {
  it('says what is loading, then the failure with its retry, then draws the data', async () => {
    const load = jest
      .fn<Promise<string>, []>()
      .mockRejectedValueOnce(new ApiError('NETWORK', '网络不太好，没有连上服务器。请稍后再试。'))
      .mockResolvedValueOnce('红色家书');
    function Screen() {
      const remote = useRemote(load, []);
      return (
        <RemoteView remote={remote} loading='正在读取书目，请稍等。' failed='没能读取书目'>
          {(title) => <p>{title}</p>}
        </RemoteView>
      );
    }
    render(<Screen />);
    expect(screen.getByRole('status').textContent).toBe('正在读取书目，请稍等。');
    await act(async () => undefined);
    expect(screen.getByRole('alert').textContent).toBe('没能读取书目网络不太好，没有连上服务器。请稍后再试。再试一次');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '再试一次' })));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('红色家书').tagName).toBe('P');
  });
});

describe('RemoteView refusals', () => {
  it('offers no 再试一次 where trying again cannot help, only the sentence with its next step', async () => {
    function Screen() {
      const remote = useRemote(
        () => Promise.reject(new ApiError('FORBIDDEN', '这个驿站不在您的管理范围内。请找驿站负责人。')),
        [],
      );
      return (
        <RemoteView remote={remote} loading='正在读取，请稍等。' failed='没能打开'>
          {() => <p>内容</p>}
        </RemoteView>
      );
    }
    render(<Screen />);
    await act(async () => undefined);
    expect(screen.getByRole('alert').textContent).toBe('没能打开这个驿站不在您的管理范围内。请找驿站负责人。');
    expect(screen.queryByRole('button', { name: '再试一次' })).toBeNull();
  });
});
