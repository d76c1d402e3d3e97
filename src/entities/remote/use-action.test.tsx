import { act, renderHook } from '@testing-library/react';
import { ApiError } from '../../lib/api-error';
import { useAction } from './use-action';

describe('useAction', () => {
  it('is busy while the write runs, then says the success sentence', async () => {
    let finish!: (v: string) => void;
    const { result } = renderHook(() => useAction());
    let done!: Promise<unknown>;
    act(() => {
      done = result.current.run(() => new Promise<string>((r) => (finish = r)), {
        sentence: (name) => `已经保存${name}。`,
      });
    });
    expect(result.current.busy).toBe(true);
    await act(async () => {
      finish('张三');
      await done;
    });
    expect(result.current.busy).toBe(false);
    expect(result.current.said).toEqual({ ok: true, text: '已经保存张三。' });
  });

  it('says the envelope’s message on failure and resolves with undefined', async () => {
    const { result } = renderHook(() => useAction());
    let answer: unknown = 'unset';
    await act(async () => {
      answer = await result.current.run(() => Promise.reject(new ApiError('FORBIDDEN', '您没有权限做这件事。')));
    });
    expect(answer).toBeUndefined();
    expect(result.current.said).toEqual({ ok: false, text: '您没有权限做这件事。', code: 'FORBIDDEN' });
    expect(result.current.busy).toBe(false);
  });

  it('reuses the request id when the same intent is tried again after a failure, and not after a success', async () => {
    const ids: string[] = [];
    const { result } = renderHook(() => useAction());
    const fail = (id: string) => (ids.push(id), Promise.reject(new ApiError('NETWORK', '网络不通。')));
    const pass = (id: string) => (ids.push(id), Promise.resolve('ok'));
    await act(async () => void (await result.current.run(fail)));
    await act(async () => void (await result.current.run(pass)));
    await act(async () => void (await result.current.run(pass)));
    expect(ids[0]).toBe(ids[1]);
    expect(ids[2]).not.toBe(ids[1]);
  });

  it('gives another intent a new request id even after a failure', async () => {
    const ids: string[] = [];
    const { result } = renderHook(() => useAction());
    const fail = (id: string) => (ids.push(id), Promise.reject(new ApiError('NETWORK', '网络不通。')));
    await act(async () => void (await result.current.run(fail, { intent: 'remove:1' })));
    await act(async () => void (await result.current.run(fail, { intent: 'remove:2' })));
    await act(async () => void (await result.current.run(fail, { intent: 'remove:2' })));
    expect(ids[1]).not.toBe(ids[0]);
    expect(ids[2]).toBe(ids[1]);
  });
});
