// Search by title: a large box with its label always visible, and a 搜索 button in words beside it.
import { useState } from 'react';
import { BigButton } from '../../../../components/big-button';
import { TextField } from '../../../../components/text-field';

export function BookSearch({ initial, onSearch }: { initial: string; onSearch: (query: string) => void }) {
  const [text, setText] = useState(initial);
  const submit = () => onSearch(text.trim());
  return (
    <TextField
      id='book-search'
      label='按书名找书'
      placeholder='例如：党史'
      value={text}
      onChange={setText}
      maxLength={30}
      confirmType='search'
      onConfirm={submit}
      action={<BigButton onClick={submit}>搜索</BigButton>}
    />
  );
}
