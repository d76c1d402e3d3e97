// The chapter's words in large print, for reading along or instead of listening.
import { View } from '@tarojs/components';
import { Card } from '../../../../components/card';
import './transcript.scss';

export function Transcript({ text }: { text: string }) {
  const paragraphs = text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (paragraphs.length === 0) return null;
  return (
    <Card title='文字稿'>
      {paragraphs.map((p, i) => (
        <View key={i} className='transcript__paragraph'>
          {p}
        </View>
      ))}
    </Card>
  );
}
