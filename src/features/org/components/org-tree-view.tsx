// 组织管理 (admins): a unit, its children to step into, and what may be done here — add a unit below, rename,
// close an emptied one (asking once), see its roster, export it, print a branch's invitation sheet.
import { useRef, useState } from 'react';
import { View } from '@tarojs/components';
import type { OrgUnitView } from '../../../../contracts/org';
import { ORG_LEVEL_NAMES } from '../../../../contracts/roles';
import { BigButton } from '../../../components/big-button';
import { Card } from '../../../components/card';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ListRow } from '../../../components/list-row';
import { TextField } from '../../../components/text-field';
import { Toast } from '../../../components/toast';
import { useToast } from '../../../components/toast/use-toast';
import { RemoteView } from '../../../entities/remote/remote-view';
import { useRemote } from '../../../entities/remote/use-remote';
import { closeOrgUnit } from '../api/close-org-unit';
import { createOrgUnit } from '../api/create-org-unit';
import { getOrgUnit } from '../api/get-org-unit';
import { renameOrgUnit } from '../api/rename-org-unit';
import { ORG_ROUTES, openOrgPage } from '../routes';
import { confirmCloseWords } from '../roster-words';
import { ExportButton } from './export-button';
import { MovePanel } from './move-panel';
import { Said } from '../../../entities/remote/said-line';
import { useAction } from '../../../entities/remote/use-action';
import './org.scss';

const NEXT: Record<string, OrgUnitView['level'] | undefined> = {
  city: 'district',
  district: 'street',
  street: 'community',
  community: 'branch',
};

export function OrgTreeView() {
  const [trail, setTrail] = useState<number[]>([]);
  const unitId = trail[trail.length - 1];
  const remote = useRemote(() => getOrgUnit(unitId), [unitId]);
  // The admin's own top unit, known from the first answer: the parent's parent when moving a unit two levels down.
  const top = useRef<number | null>(null);
  if (trail.length === 0 && remote.state.status === 'ready') top.current = remote.state.data.unit.id;
  const [panel, setPanel] = useState<'none' | 'create' | 'rename' | 'move'>('none');
  const [name, setName] = useState('');
  const [closing, setClosing] = useState(false);
  const { run, said, say } = useAction();
  const toast = useToast();
  // The success is a toast; only a failure stays on the screen.
  const act = async (intent: string, work: (requestId: string) => Promise<string>) => {
    say(null);
    await run(work, {
      intent,
      unexplained: '没有办成，请再试一次。',
      then: (done) => {
        toast.show(done);
        setPanel('none');
        setName('');
        remote.retry();
      },
    });
  };
  return (
    <View className='org-screen'>
      <Toast message={toast.message} onClose={toast.close} />
      <RemoteView remote={remote} loading='正在读取组织，请稍等。' failed='没能读取组织'>
        {({ unit, children }) => {
          const next = NEXT[unit.level];
          return (
            <>
              <Card title={unit.name}>
                <View className='org-note'>
                  {unit.fullName ? `${unit.fullName}，` : ''}
                  {ORG_LEVEL_NAMES[unit.level]}，在册党员 {unit.memberCount} 人{unit.closed ? '，已经撤销' : ''}。
                </View>
              </Card>
              {trail.length > 0 ? (
                <BigButton icon='↑' onClick={() => setTrail((t) => t.slice(0, -1))}>
                  回到上一级
                </BigButton>
              ) : null}
              {children.length > 0 ? (
                <Card title={`下属${next ? ORG_LEVEL_NAMES[next] : '单位'}`}>
                  {children.map((c) => (
                    <ListRow
                      key={c.id}
                      title={c.name}
                      description={`在册党员 ${c.memberCount} 人${c.closed ? '，已经撤销' : ''}`}
                      onClick={() => setTrail((t) => [...t, c.id])}
                    />
                  ))}
                </Card>
              ) : null}
              <Said said={said} failedNote />
              <ListRow
                title='查看名册'
                description={`${unit.name}的党员名单。`}
                onClick={() => openOrgPage(ORG_ROUTES.roster, { unit: unit.id })}
              />
              {unit.level === 'branch' && !unit.closed ? (
                <ListRow
                  title='打印邀请单'
                  description='给还没登录的党员每人一张邀请，剪开发给他们。'
                  onClick={() => openOrgPage(ORG_ROUTES.sheet, { unit: unit.id })}
                />
              ) : null}
              <ExportButton orgUnitId={unit.id} onMessage={toast.show} />
              {next && !unit.closed ? (
                panel === 'create' ? (
                  <Card title={`新建${ORG_LEVEL_NAMES[next]}`}>
                    <View className='org-form'>
                      <TextField
                        id='unit-name'
                        label={`${ORG_LEVEL_NAMES[next]}的名称`}
                        value={name}
                        onChange={setName}
                        maxLength={40}
                      />
                      <BigButton
                        variant='primary'
                        onClick={() =>
                          void act(
                            `create:${unit.id}:${name.trim()}`,
                            async (id) => (
                              await createOrgUnit({ parentId: unit.id, name: name.trim(), level: next }, id),
                              `已经新建“${name.trim()}”。`
                            ),
                          )
                        }
                      >
                        新建
                      </BigButton>
                      <BigButton onClick={() => setPanel('none')}>不建了</BigButton>
                    </View>
                  </Card>
                ) : (
                  <BigButton onClick={() => setPanel('create')}>{`新建${ORG_LEVEL_NAMES[next]}`}</BigButton>
                )
              ) : null}
              {unit.level !== 'city' && !unit.closed ? (
                panel === 'rename' ? (
                  <Card title='改名'>
                    <View className='org-form'>
                      <TextField id='unit-rename' label='新的名称' value={name} onChange={setName} maxLength={40} />
                      <BigButton
                        variant='primary'
                        onClick={() =>
                          void act(
                            `rename:${unit.id}:${name.trim()}`,
                            async (id) => (
                              await renameOrgUnit(unit.id, name.trim(), id),
                              `已经改名为“${name.trim()}”。`
                            ),
                          )
                        }
                      >
                        保存新名称
                      </BigButton>
                      <BigButton onClick={() => setPanel('none')}>不改了</BigButton>
                    </View>
                  </Card>
                ) : (
                  <BigButton
                    onClick={() => {
                      setName(unit.name);
                      setPanel('rename');
                    }}
                  >
                    改名
                  </BigButton>
                )
              ) : null}
              {trail.length >= 2 && !unit.closed && (trail.length >= 3 || top.current !== null) ? (
                panel === 'move' ? (
                  <MovePanel
                    unit={unit}
                    grandparentId={trail.length >= 3 ? trail[trail.length - 3] : (top.current as number)}
                    onDone={(message) => {
                      setPanel('none');
                      toast.show(message);
                      remote.retry();
                    }}
                    onCancel={() => setPanel('none')}
                  />
                ) : (
                  <BigButton onClick={() => setPanel('move')}>移到别的上级</BigButton>
                )
              ) : null}
              {unit.level !== 'city' && !unit.closed ? (
                <BigButton onClick={() => setClosing(true)}>撤销这个单位</BigButton>
              ) : null}
              <ConfirmDialog
                open={closing}
                title='撤销单位'
                message={confirmCloseWords(unit.name)}
                confirmLabel='确定撤销'
                onConfirm={() => {
                  setClosing(false);
                  void act(
                    `close:${unit.id}`,
                    async (id) => (await closeOrgUnit(unit.id, id), `“${unit.name}”已经撤销。`),
                  );
                }}
                onCancel={() => setClosing(false)}
              />
            </>
          );
        }}
      </RemoteView>
    </View>
  );
}
