// Search by title: a large box with its label always visible, and a 搜索 button in words.
import { useState } from 'react';
import { Input, View } from '@tarojs/components';
import { BigButton } from '../../../../components/big-button';
import './library.scss';

export function BookSearch({ initial, onSearch }: { initial: string; onSearch: (query: string) => void }) {
  const [text, setText] = useState(initial);
  const submit = () => onSearch(text.trim());
  return (
    <View className='library__search'>
      <View className='library__search-label' id='book-search-label'>
        按书名找书
      </View>
      <View className='library__search-row'>
        <Input
          className='library__search-input'
          value={text}
          maxlength={30}
          placeholder='例如：党史'
          placeholderClass='library__search-placeholder'
          confirmType='search'
          onInput={(e) => setText(e.detail.value)}
          onConfirm={submit}
          nativeProps={{ 'aria-label': '按书名找书', id: 'book-search-input', autocomplete: 'off', type: 'search' }}
        />
        <View className='library__search-button'>
          <BigButton onClick={submit}>搜索</BigButton>
        </View>
      </View>
    </View>
  );
}
