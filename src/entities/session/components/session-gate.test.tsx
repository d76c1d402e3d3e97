import { act, render, screen } from '@testing-library/react';
import type { User } from '../../../../contracts/account';
import { useSessionStore } from '../session-store';
import { SessionGate } from './session-gate';

const member: User = {
  id: 3,
  name: '王秀兰',
  roles: ['member'],
  grants: [{ role: 'member', orgUnitId: 9 }],
  orgUnitId: 9,
  orgUnitName: '莲花社区离退休干部党支部',
  preferences: { largeText: false, readAloud: false },
};
const admin: User = {
  ...member,
  name: '李建华',
  roles: ['member', 'admin'],
  grants: [...member.grants, { role: 'admin', orgUnitId: 1 }],
};
const LIBRARY_ONLY = {
  scope: 'manageLibrary',
  title: '这里只给管理员用',
  message: '有声书管理由老干部局的管理员来做。',
} as const;

function showGate() {
  return render(
    <SessionGate reason='管理有声书要由管理员登录后来做。' only={LIBRARY_ONLY}>
      {(user) => <p>欢迎，{user.name}</p>}
    </SessionGate>,
  );
}

describe('SessionGate', () => {
  beforeEach(() => act(() => useSessionStore.setState({ status: 'checking', user: null, error: null })));

  it('says the session is being checked, and draws nothing else yet', () => {
    showGate();
    expect(screen.getByRole('status').textContent).toBe('正在查看您的登录状态，请稍等。');
    expect(screen.queryByText(/欢迎/)).toBeNull();
  });

  it('tells a signed-out person why to sign in, with the one way to do it', () => {
    act(() => useSessionStore.setState({ status: 'signed-out' }));
    showGate();
    expect(screen.getByText('管理有声书要由管理员登录后来做。').textContent).toBe('管理有声书要由管理员登录后来做。');
    expect(screen.getByRole('button', { name: '去登录' }).textContent).toBe('去登录');
    expect(screen.queryByText(/欢迎/)).toBeNull();
  });

  it('tells someone without the role who the screen is for, with a way back', () => {
    act(() => useSessionStore.setState({ status: 'signed-in', user: member }));
    showGate();
    expect(screen.getByText('这里只给管理员用').textContent).toBe('这里只给管理员用');
    expect(screen.getByText('有声书管理由老干部局的管理员来做。').textContent).toBe(
      '有声书管理由老干部局的管理员来做。',
    );
    expect(screen.getByRole('button', { name: '返回我的' }).textContent).toBe('返回我的');
    expect(screen.queryByText(/欢迎/)).toBeNull();
  });

  it('draws the screen for the signed-in person who holds the role', () => {
    act(() => useSessionStore.setState({ status: 'signed-in', user: admin }));
    showGate();
    expect(screen.getByText(/欢迎/).textContent).toBe('欢迎，李建华');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('when the session could not be checked, says so with a retry instead of guessing', () => {
    act(() => useSessionStore.setState({ status: 'error', error: '网络不太好，没有连上服务器。请稍后再试。' }));
    showGate();
    expect(screen.getByRole('alert').textContent).toBe(
      '没能查看登录状态网络不太好，没有连上服务器。请稍后再试。再试一次',
    );
    expect(screen.queryByText(/欢迎/)).toBeNull();
  });
});
