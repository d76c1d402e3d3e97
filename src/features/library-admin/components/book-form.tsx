// 新建一本书: collection, title, author and a short description, in large boxes; the server's sentence on failure.
import { useState } from 'react';
import { View } from '@tarojs/components';
import type { BookSummary, Collection } from '../../../../contracts/audiobooks';
import { BigButton } from '../../../components/big-button';
import { ChoiceList } from '../../../components/choice-list';
import { TextField } from '../../../components/text-field';
import { Said } from '../../../entities/remote/said-line';
import { useAction } from '../../../entities/remote/use-action';
import { createBook } from '../api/create-book';

interface BookFormProps {
  collections: Collection[];
  onCreated: (book: BookSummary) => void;
  onCancel: () => void;
}

export function BookForm({ collections, onCreated, onCancel }: BookFormProps) {
  const [collectionId, setCollectionId] = useState<number | null>(null);
  const [title, setTitle] = useState('');
  const [author, setAuthor] = useState('');
  const [description, setDescription] = useState('');
  const { run, busy, said, say } = useAction();

  const missing = (): string | null => {
    if (collectionId === null) return '请先选一个书目分类。';
    if (title.trim() === '') return '请填写书名。';
    if (author.trim() === '') return '请填写作者。';
    if (description.trim() === '') return '请写一两句简介，告诉大家这本书讲什么。';
    return null;
  };

  const submit = async () => {
    const why = missing();
    if (why || collectionId === null) return say(why === null ? null : { ok: false, text: why });
    say(null);
    const book = { collectionId, title: title.trim(), author: author.trim(), description: description.trim() };
    await run((requestId) => createBook(book, requestId), {
      intent: JSON.stringify(book),
      then: (made) => onCreated(made.book),
    });
  };

  return (
    <View className='book-form'>
      <View className='book-form__step'>放在哪个分类里？</View>
      <ChoiceList
        label='书目分类'
        showLabel={false}
        choices={collections.map((c) => ({ value: c.id, label: c.name }))}
        selected={collectionId}
        onSelect={setCollectionId}
      />
      <TextField
        id='book-title'
        label='书名'
        placeholder='例如：红色家书'
        value={title}
        maxLength={40}
        onChange={setTitle}
      />
      <TextField
        id='book-author'
        label='作者'
        placeholder='写书的人或单位'
        value={author}
        maxLength={40}
        onChange={setAuthor}
      />
      <TextField
        id='book-description'
        label='简介'
        placeholder='一两句话，说说这本书讲什么'
        value={description}
        maxLength={300}
        onChange={setDescription}
        multiline
      />
      <Said said={said} failedNote />
      <BigButton variant='primary' onClick={() => void submit()} busy={busy} busyLabel='正在保存…'>
        建好这本书
      </BigButton>
      <BigButton onClick={onCancel} disabled={busy}>
        不建了，返回书目
      </BigButton>
    </View>
  );
}
