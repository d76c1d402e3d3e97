import { fireEvent, render, screen } from '@testing-library/react';
import type { InboxMessage } from '../../../../contracts/inbox';
import { MessageItem } from './message-item';

const promoted: InboxMessage = {
  id: 7,
  kind: 'event_promoted',
  text: '您已从候补转为正式报名：党史讲座。',
  link: { page: '/subpackages/events/detail/index', params: { id: '4' } },
  createdAt: '2025-12-01T01:00:00.000Z',
  read: false,
};

describe('MessageItem', () => {
  it('says 未读 in words, and that a tap opens what it is about', () => {
    const onOpen = jest.fn();
    render(<MessageItem message={promoted} read={false} onOpen={onOpen} problem={null} />);
    const row = screen.getByRole('link');
    expect(row.textContent).toBe('未读2025年12月1日 星期一 上午9点您已从候补转为正式报名：党史讲座。点这里查看›');
    fireEvent.click(row);
    expect(onOpen).toHaveBeenCalledWith(promoted);
  });

  it('drops the word once read, and still opens its page', () => {
    render(<MessageItem message={promoted} read onOpen={jest.fn()} problem={null} />);
    expect(screen.getByRole('link').textContent).toBe(
      '2025年12月1日 星期一 上午9点您已从候补转为正式报名：党史讲座。点这里查看›',
    );
  });

  it('offers to mark a message without a link read, and has nothing to tap once it is', () => {
    const plain = { ...promoted, link: null };
    const { rerender } = render(<MessageItem message={plain} read={false} onOpen={jest.fn()} problem={null} />);
    expect(screen.getByRole('button').textContent).toContain('点这里标为已读');
    rerender(<MessageItem message={plain} read onOpen={jest.fn()} problem={null} />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('says beside the message why its page did not open', () => {
    render(<MessageItem message={promoted} read onOpen={jest.fn()} problem='这条消息说的内容现在打不开。' />);
    expect(screen.getByRole('alert').textContent).toBe('这条消息说的内容现在打不开。');
  });
});
