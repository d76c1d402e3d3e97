// 任免职务 (admins): the person's roles with 免去 beside each, and a role to grant on their own branch — each asking once,
// in a sentence naming the person. The server checks that the unit lies in the admin's own subtree.
import { useState } from 'react';
import { View } from '@tarojs/components';
import type { PersonDetail } from '../../../../contracts/org';
import { ROLE_NAMES, type Role } from '../../../../contracts/roles';
import { BigButton } from '../../../components/big-button';
import { Card } from '../../../components/card';
import { ChoiceList } from '../../../components/choice-list';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { grantRole } from '../api/grant-role';
import { revokeRole } from '../api/revoke-role';
import { confirmGrantWords, confirmRevokeRoleWords } from '../roster-words';
import { Said } from '../../../entities/remote/said-line';
import { useAction } from '../../../entities/remote/use-action';

type Grantable = 'secretary' | 'volunteer' | 'post_manager';
type Asking =
  { kind: 'grant'; role: Grantable } | { kind: 'revoke'; role: Role; orgUnitId: number; orgUnitName: string };

export function RolePanel({
  person,
  onDone,
  onCancel,
}: {
  person: PersonDetail;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const [role, setRole] = useState<Grantable | null>(null);
  const [asking, setAsking] = useState<Asking | null>(null);
  const action = useAction();
  const held = person.roles.filter((r) => r.role !== 'member');
  const run = async () => {
    if (!asking) return;
    const a = asking;
    setAsking(null);
    await action.run<{ message: string }>(
      (requestId) =>
        a.kind === 'grant'
          ? grantRole({ personId: person.id, role: a.role, orgUnitId: person.orgUnitId }, requestId)
          : revokeRole({ personId: person.id, role: a.role as Grantable | 'admin', orgUnitId: a.orgUnitId }, requestId),
      {
        intent: `${a.kind}:${a.role}:${a.kind === 'grant' ? person.orgUnitId : a.orgUnitId}`,
        unexplained: '没有办成，请再试一次。',
        then: (answer) => onDone(answer.message),
      },
    );
  };
  return (
    <Card title={`${person.name}同志的职务`}>
      <View className='org-form'>
        {held.length === 0 ? <View className='org-note'>现在没有担任职务。</View> : null}
        {held.map((r) => (
          <BigButton
            key={`${r.role}-${r.orgUnitId}`}
            onClick={() =>
              setAsking({ kind: 'revoke', role: r.role, orgUnitId: r.orgUnitId, orgUnitName: r.orgUnitName })
            }
          >
            {`免去${r.orgUnitName}${ROLE_NAMES[r.role]}`}
          </BigButton>
        ))}
        <ChoiceList<Grantable>
          label={`在“${person.orgUnitName}”任命为`}
          id='grant-role'
          choices={(['secretary', 'volunteer', 'post_manager'] as const).map((value) => ({
            value,
            label: ROLE_NAMES[value],
          }))}
          selected={role}
          onSelect={setRole}
        />
        <Said said={action.said} failedNote />
        <BigButton
          variant='primary'
          disabled={role === null}
          onClick={() => role && setAsking({ kind: 'grant', role })}
        >
          任命
        </BigButton>
        <BigButton onClick={onCancel}>收起</BigButton>
      </View>
      <ConfirmDialog
        open={asking !== null}
        title={asking?.kind === 'revoke' ? '免去职务' : '任命职务'}
        message={
          asking === null
            ? ''
            : asking.kind === 'grant'
              ? confirmGrantWords(person.name, ROLE_NAMES[asking.role], person.orgUnitName)
              : confirmRevokeRoleWords(person.name, ROLE_NAMES[asking.role], asking.orgUnitName)
        }
        confirmLabel={asking?.kind === 'revoke' ? '确定免去' : '确定任命'}
        onConfirm={() => void run()}
        onCancel={() => setAsking(null)}
      />
    </Card>
  );
}
