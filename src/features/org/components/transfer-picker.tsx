// 转到别的支部: find the receiving branch by a few words of its name, then confirm once in a full sentence.
import { useState } from 'react';
import { View } from '@tarojs/components';
import type { PersonDetail, TransferView } from '../../../../contracts/org';
import { BigButton } from '../../../components/big-button';
import { Card } from '../../../components/card';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ListRow } from '../../../components/list-row';
import { TextField } from '../../../components/text-field';
import { RemoteView } from '../../../entities/remote/remote-view';
import { useRemote } from '../../../entities/remote/use-remote';
import { branchChoices } from '../api/branch-choices';
import { transferPerson } from '../api/transfer-person';
import { confirmTransferWords } from '../roster-words';
import { Said } from '../../../entities/remote/said-line';
import { useAction } from '../../../entities/remote/use-action';

export function TransferPicker({
  person,
  onDone,
  onCancel,
}: {
  person: PersonDetail;
  onDone: (message: string, transfer: TransferView) => void;
  onCancel: () => void;
}) {
  const [typed, setTyped] = useState('');
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<{ id: number; name: string } | null>(null);
  const { run, said } = useAction();
  const branches = useRemote(() => branchChoices(query), [query]);
  const send = async () => {
    if (!chosen) return;
    const to = chosen.id;
    await run((requestId) => transferPerson(person.id, to, requestId), {
      intent: String(to),
      unexplained: '没有转出去，请再试一次。',
      then: (answer) => {
        setChosen(null);
        onDone(answer.message, answer.transfer);
      },
    });
    setChosen(null);
  };
  return (
    <Card title={`把${person.name}同志转到别的支部`}>
      <View className='org-form'>
        <TextField
          id='transfer-search'
          label='要转去的支部'
          value={typed}
          onChange={setTyped}
          confirmType='search'
          onConfirm={() => setQuery(typed)}
          hint='写支部名字里的几个字，例如“镇海”。'
          maxLength={20}
          action={<BigButton onClick={() => setQuery(typed)}>找支部</BigButton>}
        />
        <RemoteView remote={branches} loading='正在查找支部…' failed='没能查找支部'>
          {({ branches: list }) => (
            <View>
              {list
                .filter((b) => b.id !== person.orgUnitId)
                .map((b) => (
                  <ListRow
                    key={b.id}
                    kind='button'
                    title={b.name}
                    description={b.fullName}
                    onClick={() => setChosen({ id: b.id, name: b.name })}
                  />
                ))}
              {list.length === 0 ? <View className='org-note'>没有找到这个支部，请换几个字再找。</View> : null}
            </View>
          )}
        </RemoteView>
        <Said said={said} failedNote />
        <BigButton onClick={onCancel}>不转了</BigButton>
      </View>
      <ConfirmDialog
        open={chosen !== null}
        title='转到别的支部'
        message={chosen ? confirmTransferWords(person.name, chosen.name) : ''}
        confirmLabel='确定转出'
        onConfirm={() => void send()}
        onCancel={() => setChosen(null)}
      />
    </Card>
  );
}
