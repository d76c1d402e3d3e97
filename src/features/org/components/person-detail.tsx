// 党员档案: one person's record. The member themself may correct it; the secretary or admin who manages their
// branch may also invite them, transfer them to another branch or record their death — each asking once, in a
// sentence that names them.
import { useState } from 'react';
import { View } from '@tarojs/components';
import type { PersonDetail } from '../../../../contracts/org';
import { PERSON_STATUS_NAMES } from '../../../../contracts/org-names';
import { ROLE_NAMES } from '../../../../contracts/roles';
import { BigButton } from '../../../components/big-button';
import { Card } from '../../../components/card';
import { Toast } from '../../../components/toast';
import { useToast } from '../../../components/toast/use-toast';
import { RemoteView } from '../../../entities/remote/remote-view';
import { useRemote } from '../../../entities/remote/use-remote';
import type { Said as Sentence } from '../../../entities/remote/use-action';
import { getPerson } from '../api/get-person';
import { DeceasedForm } from './deceased-form';
import { InviteCard } from './invite-card';
import { PersonForm } from './person-form';
import { RolePanel } from './role-panel';
import { recordDateWords } from '../roster-words';
import { PendingTransfer } from './pending-transfer';
import { TransferPicker } from './transfer-picker';
import './org.scss';

type Panel = 'none' | 'edit' | 'invite' | 'transfer' | 'deceased' | 'roles';

function Line({ label, value }: { label: string; value: string | number | null }) {
  return (
    <View className='org-line'>
      <View className='org-line__label'>{label}：</View>
      <View className='org-line__value'>{value === null || value === '' ? '没有登记' : String(value)}</View>
    </View>
  );
}

export function PersonDetailView({
  personId,
  viewerId,
  admin,
}: {
  personId: number;
  viewerId: number;
  admin: boolean;
}) {
  const remote = useRemote(() => getPerson(personId), [personId]);
  const [panel, setPanel] = useState<Panel>('none');
  // The transfer's sentence goes to the pending transfer at the top of the page, where its state is said.
  const [sent, setSent] = useState<Sentence | null>(null);
  const toast = useToast();
  const done = (message: string, person?: PersonDetail) => {
    setPanel('none');
    toast.show(message);
    if (person) remote.update(() => ({ person }));
  };
  return (
    <>
      <Toast message={toast.message} onClose={toast.close} />
      <RemoteView remote={remote} loading='正在读取档案，请稍等。' failed='没能读取档案'>
        {({ person: p }) => {
          const self = p.id === viewerId;
          const manages = p.editable && !self;
          const active = p.status === 'active';
          const setPending = (pendingTransfer: PersonDetail['pendingTransfer']) =>
            remote.update((d) => ({ person: { ...d.person, pendingTransfer } }));
          return (
            <View className='org-screen'>
              {/* First on the page: a member "on the way" is what a secretary most needs to see. */}
              <PendingTransfer
                person={p}
                self={self}
                sent={sent}
                onWithdrawn={() => {
                  setSent(null);
                  setPending(null);
                }}
              />
              <Card title={self ? '我的档案' : `${p.name}同志的档案`}>
                <Line label='姓名' value={p.name} />
                <Line label='性别' value={p.gender} />
                <Line label='出生年份' value={p.birthYear} />
                <Line label='手机' value={p.phone} />
                <Line label='入党时间' value={p.joinedPartyOn && recordDateWords(p.joinedPartyOn)} />
                <Line label='原单位职务' value={p.formerPost} />
                <Line label='特长' value={p.skills} />
                <Line label='所在支部' value={p.orgUnitName} />
                <Line
                  label='状态'
                  value={`${PERSON_STATUS_NAMES[p.status]}${p.statusOn ? `（${recordDateWords(p.statusOn)}）` : ''}`}
                />
                <Line
                  label='职务'
                  value={
                    p.roles
                      .filter((r) => r.role !== 'member')
                      .map((r) => `${r.orgUnitName}${ROLE_NAMES[r.role]}`)
                      .join('、') || '党员'
                  }
                />
              </Card>
              {p.editable && active ? (
                panel === 'edit' ? (
                  <PersonForm
                    person={p}
                    canRename={manages}
                    onSaved={(person) => done('资料已经保存好了。', person)}
                    onCancel={() => setPanel('none')}
                  />
                ) : (
                  <BigButton variant='primary' onClick={() => setPanel('edit')}>
                    {self ? '修改我的资料' : '修改资料'}
                  </BigButton>
                )
              ) : null}
              {manages && active ? (
                <>
                  {panel === 'invite' ? (
                    <InviteCard person={p} onClose={() => setPanel('none')} />
                  ) : (
                    <BigButton onClick={() => setPanel('invite')}>发邀请码</BigButton>
                  )}
                  {panel === 'transfer' ? (
                    <TransferPicker
                      person={p}
                      onDone={(message, t) => {
                        setPanel('none');
                        setSent({ ok: true, text: message });
                        setPending({
                          id: t.id,
                          toOrgUnitName: t.toOrgUnitName,
                          createdAt: t.createdAt,
                          withdrawable: true,
                        });
                      }}
                      onCancel={() => setPanel('none')}
                    />
                  ) : p.pendingTransfer ? null : (
                    <BigButton onClick={() => setPanel('transfer')}>转到别的支部</BigButton>
                  )}
                  {panel === 'deceased' ? (
                    <DeceasedForm
                      person={p}
                      onDone={(message, person) => done(message, person)}
                      onCancel={() => setPanel('none')}
                    />
                  ) : (
                    <BigButton onClick={() => setPanel('deceased')}>登记去世</BigButton>
                  )}
                  {admin ? (
                    panel === 'roles' ? (
                      <RolePanel
                        person={p}
                        onDone={(message) => {
                          done(message);
                          remote.retry();
                        }}
                        onCancel={() => setPanel('none')}
                      />
                    ) : (
                      <BigButton onClick={() => setPanel('roles')}>任免职务</BigButton>
                    )
                  ) : null}
                </>
              ) : null}
            </View>
          );
        }}
      </RemoteView>
    </>
  );
}
