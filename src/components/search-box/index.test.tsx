import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { SearchBox } from '.';

function Screen({ onQuery }: { onQuery: (query: string) => void }) {
  const [query, setQuery] = useState('');
  return (
    <SearchBox
      id='roster-search'
      label='找人'
      hint='可以写名字。'
      query={query}
      onQuery={(q) => {
        onQuery(q);
        setQuery(q);
      }}
      clearLabel='显示全部党员'
    />
  );
}

describe('SearchBox', () => {
  it('searches for what was typed, trimmed, and offers the way back to everyone only while a search is shown', () => {
    const onQuery = jest.fn();
    const { container } = render(<Screen onQuery={onQuery} />);
    // Taro's H5 Input draws its native <input> inside its own element.
    const box = () => container.querySelector('input') as HTMLInputElement;
    expect(screen.queryByRole('button', { name: '显示全部党员' })).toBeNull();
    fireEvent.input(box(), { target: { value: ' 张 ' } });
    fireEvent.click(screen.getByRole('button', { name: '找一找' }));
    expect(onQuery).toHaveBeenLastCalledWith('张');
    fireEvent.click(screen.getByRole('button', { name: '显示全部党员' }));
    expect(onQuery).toHaveBeenLastCalledWith('');
    expect(box().value).toBe('');
  });
});
