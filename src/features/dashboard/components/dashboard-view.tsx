// 驾驶舱: one unit's panels, the way back up (never above the viewer's own top unit) and its child units to drill
// into, each with its headline figures; export to Excel and print. The server decides who may see what and hides
// every figure drawn from fewer than 5 people; a refusal is shown in its own words.
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { DashboardPanels } from '../../../../contracts/dashboard';
import { ORG_LEVEL_NAMES } from '../../../../contracts/roles';
import { BigButton } from '../../../components/big-button';
import { ListRow } from '../../../components/list-row';
import { StateView } from '../../../components/state-view';
import { RemoteView } from '../../../entities/remote/remote-view';
import { Said } from '../../../entities/remote/said-line';
import { useAction } from '../../../entities/remote/use-action';
import { useRemote } from '../../../entities/remote/use-remote';
import { saveFileLink } from '../../../lib/save-file-link';
import { exportDashboard } from '../api/export-dashboard';
import { getPanels } from '../api/get-panels';
import { PanelCard } from './panel-card';
import { PrintDashboard } from './print-dashboard';
import './dashboard.scss';

function toTop(): void {
  void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined);
}

export function DashboardView({ startUnitId }: { startUnitId: number | null }) {
  const [unitId, setUnitId] = useState<number | null>(startUnitId);
  const remote = useRemote(() => getPanels(unitId), [unitId]);
  const open = (id: number) => {
    setUnitId(id);
    toTop();
  };
  if (remote.state.status === 'error' && remote.state.code === 'FORBIDDEN')
    return <StateView kind='error' title='您不能查看这里' message={remote.state.message} />;
  return (
    <RemoteView remote={remote} loading='正在统计各项数字，请稍等。' failed='没能打开驾驶舱'>
      {(d) => <Dashboard data={d} onOpen={open} />}
    </RemoteView>
  );
}

function Dashboard({ data, onOpen }: { data: DashboardPanels; onOpen: (id: number) => void }) {
  const up = data.trail[data.trail.length - 1];
  return (
    <View className='dashboard'>
      <View className='dashboard__unit' {...{ role: 'heading', 'aria-level': 1 }}>
        {data.unit.name}（{ORG_LEVEL_NAMES[data.unit.level]}）
      </View>
      <View className='dashboard__as-of'>{data.asOfWords}</View>
      {up ? (
        <BigButton icon='↑' variant='secondary' onClick={() => onOpen(up.id)}>
          {`回到${up.name}`}
        </BigButton>
      ) : null}
      <ExportAndPrint orgUnitId={data.unit.id} />
      {data.panels.map((p) => (
        <PanelCard key={p.key} panel={p} />
      ))}
      {data.children.length > 0 ? (
        <View className='dashboard__children'>
          <View className='dashboard__children-title' {...{ role: 'heading', 'aria-level': 2 }}>
            下属单位（点一下看它的数字）
          </View>
          {data.children.map((c) => (
            <ListRow
              key={c.id}
              // The level goes below the name: "（区）" cannot break, and at 200% zoom it is wider than the row.
              title={c.name}
              description={[ORG_LEVEL_NAMES[c.level], ...c.figures.map((f) => `${f.title} ${f.words}`)].join('，')}
              onClick={() => onOpen(c.id)}
            />
          ))}
        </View>
      ) : null}
    </View>
  );
}

function ExportAndPrint({ orgUnitId }: { orgUnitId: number }) {
  const { run, busy, said } = useAction();
  const exportNow = () =>
    run(
      async () => {
        const link = await exportDashboard(orgUnitId);
        await saveFileLink(link);
        return link;
      },
      {
        unexplained: '没有导出，请再试一次。',
        sentence: (link) => `已经导出，文件名是“${link.name}”。`,
      },
    );
  return (
    <View className='dashboard__actions'>
      <BigButton variant='primary' onClick={() => void exportNow()} busy={busy} busyLabel='正在导出…'>
        导出表格（Excel）
      </BigButton>
      <Said said={said} />
      <PrintDashboard />
    </View>
  );
}
