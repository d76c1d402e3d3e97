// 移到别的上级 (admins): the units of the level above (the parent's own siblings), then one question naming both.
import { useState } from 'react';
import { View } from '@tarojs/components';
import type { OrgUnitView } from '../../../../contracts/org';
import { BigButton } from '../../../components/big-button';
import { Card } from '../../../components/card';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ListRow } from '../../../components/list-row';
import { RemoteView } from '../../../entities/remote/remote-view';
import { useRemote } from '../../../entities/remote/use-remote';
import { getOrgUnit } from '../api/get-org-unit';
import { moveOrgUnit } from '../api/move-org-unit';
import { confirmMoveWords } from '../roster-words';
import { Said } from '../../../entities/remote/said-line';
import { useAction } from '../../../entities/remote/use-action';

export function MovePanel({
  unit,
  grandparentId,
  onDone,
  onCancel,
}: {
  unit: OrgUnitView;
  grandparentId: number;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const choices = useRemote(() => getOrgUnit(grandparentId), [grandparentId]);
  const [target, setTarget] = useState<OrgUnitView | null>(null);
  const { run, said } = useAction();
  const move = async () => {
    if (!target) return;
    const t = target;
    setTarget(null);
    await run((requestId) => moveOrgUnit(unit.id, t.id, requestId), {
      intent: String(t.id),
      unexplained: '没有移动，请再试一次。',
      then: () => onDone(`“${unit.name}”已经移到“${t.name}”下面。`),
    });
  };
  return (
    <Card title={`把“${unit.name}”移到别的上级`}>
      <View className='org-form'>
        <RemoteView remote={choices} loading='正在读取可以选的上级…' failed='没能读取可以选的上级'>
          {({ children }) => (
            <View>
              {children
                .filter((c) => c.id !== unit.parentId && !c.closed)
                .map((c) => (
                  <ListRow
                    key={c.id}
                    kind='button'
                    title={c.name}
                    description={c.fullName}
                    onClick={() => setTarget(c)}
                  />
                ))}
            </View>
          )}
        </RemoteView>
        <Said said={said} failedNote />
        <BigButton onClick={onCancel}>不移了</BigButton>
      </View>
      <ConfirmDialog
        open={target !== null}
        title='移动单位'
        message={target ? confirmMoveWords(unit.name, target.name) : ''}
        confirmLabel='确定移动'
        onConfirm={() => void move()}
        onCancel={() => setTarget(null)}
      />
    </Card>
  );
}
