import { fireEvent, render, screen } from '@testing-library/react';
import { TextField } from '.';

describe('TextField', () => {
  it('keeps its label on show and an error said in words, announced as an alert', () => {
    render(
      <TextField
        id='login-handle'
        label='登录名'
        placeholder='例如 member1'
        value=''
        onChange={() => undefined}
        error='请先填写登录名，例如 member1。'
      />,
    );
    expect(screen.getByText('登录名')).toBeTruthy();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('请先填写登录名，例如 member1。');
    expect(alert.id).toBe('login-handle-error');
  });

  it('shows no alert while nothing is wrong', () => {
    render(<TextField id='book-title' label='书名' value='' onChange={() => undefined} />);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a hint under the label and an action beside the box', () => {
    const onClick = jest.fn();
    const { container } = render(
      <TextField
        id='book-search'
        label='按书名找书'
        hint='书名里的几个字就行'
        value=''
        onChange={() => undefined}
        action={<button onClick={onClick}>搜索</button>}
      />,
    );
    expect(screen.getByText('书名里的几个字就行').id).toBe('book-search-hint');
    expect(container.querySelector('.text-field__row .text-field__action')?.textContent).toBe('搜索');
    fireEvent.click(screen.getByText('搜索'));
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(container.querySelector('.text-field__row .text-field__box')).toBeTruthy();
  });

  it('draws several lines as a textarea box', () => {
    const { container } = render(
      <TextField id='book-description' label='简介' value='' onChange={() => undefined} multiline maxLength={300} />,
    );
    expect(container.querySelector('.text-field__box--multi')).toBeTruthy();
  });
});
