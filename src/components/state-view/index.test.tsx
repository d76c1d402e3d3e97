import { fireEvent, render, screen } from '@testing-library/react';
import { StateView } from '.';

describe('StateView', () => {
  it('error: says what happened and what to do, and the retry button retries', () => {
    const onRetry = jest.fn();
    render(
      <StateView
        kind='error'
        title='没能打开通知'
        message='网络不太好，没有连上服务器。请稍后再试。'
        onRetry={onRetry}
      />,
    );
    expect(screen.getByText('没能打开通知')).toBeTruthy();
    expect(screen.getByText('网络不太好，没有连上服务器。请稍后再试。')).toBeTruthy();
    fireEvent.click(screen.getByText('再试一次'));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('loading: a full sentence, announced politely', () => {
    render(<StateView kind='loading' />);
    expect(screen.getByRole('status').textContent).toBe('正在加载，请稍等。');
  });

  it('empty: title, explanation and an optional next step', () => {
    const onAction = jest.fn();
    render(
      <StateView
        kind='empty'
        title='还没有活动'
        message='支部发布活动后会显示在这里。'
        actionLabel='回到首页'
        onAction={onAction}
      />,
    );
    expect(screen.getByText('还没有活动')).toBeTruthy();
    fireEvent.click(screen.getByText('回到首页'));
    expect(onAction).toHaveBeenCalled();
  });
});
