// The check's answer and the import's, shared by both platforms' import screens: the summary sentence, each bad row
// by number (the first 200), and 正式导入 only when every row is right.
import { View } from '@tarojs/components';
import type { ImportResult } from '../../../../contracts/org';
import { BigButton } from '../../../components/big-button';
import { Card } from '../../../components/card';
import './org.scss';

const ROWS_SHOWN = 200;

export function CheckedCard({
  result,
  onImport,
  fixHint,
}: {
  result: ImportResult;
  onImport: () => void;
  fixHint: string;
}) {
  return (
    <Card title='检查结果'>
      <View className='org-result' aria-live='polite'>
        {result.message}
      </View>
      {result.errors.slice(0, ROWS_SHOWN).map((e) => (
        <View key={e.row} className='org-row-error'>
          {e.message}
        </View>
      ))}
      {result.errors.length > ROWS_SHOWN ? (
        <View className='org-note'>{`还有 ${result.errors.length - ROWS_SHOWN} 行有问题，改好上面的再检查一遍就能看到。`}</View>
      ) : null}
      {result.errors.length === 0 ? (
        <BigButton variant='primary' onClick={onImport}>
          {`正式导入（新增 ${result.created} 人，更新 ${result.updated} 人）`}
        </BigButton>
      ) : (
        <View className='org-note'>{fixHint}</View>
      )}
    </Card>
  );
}

export function DoneCard({ result }: { result: ImportResult }) {
  return (
    <Card title='导入完成'>
      <View className='org-result' aria-live='polite'>
        {result.message}
      </View>
    </Card>
  );
}
