// The check's answer and the import's, shared by both platforms' import screens: the summary sentence (naming the
// sheet read), each bad row by number (the first 200), who an import would change and how (each field old → new, so
// nobody is overwritten unseen), and 正式导入 only when every row is right.
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
      {result.errors.length === 0 && result.changes.length > 0 ? (
        <View className='org-changes' aria-label='将要更新的党员'>
          <View className='org-note'>{`将要更新这 ${result.updated} 位党员的资料，请看一遍是不是要改的：`}</View>
          {result.changes.map((c) => (
            <View key={c.row} className='org-change'>
              {`第 ${c.row} 行 ${c.name}：${c.fields.map((f) => `${f.field}从“${f.from}”改成“${f.to}”`).join('，')}`}
            </View>
          ))}
          {result.updated > result.changes.length ? (
            <View className='org-note'>{`另有 ${result.updated - result.changes.length} 位没有列出。`}</View>
          ) : null}
        </View>
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
