// 导出名册: makes the .xlsx and saves it — H5 as a download with the session, the mini-program by opening it in WeChat
// (lib/save-file-link, per platform). Success is said by the page (a toast); a failure stays beside the button.
import { View } from '@tarojs/components';
import { BigButton } from '../../../components/big-button';
import { Said } from '../../../entities/remote/said-line';
import { useAction } from '../../../entities/remote/use-action';
import { exportRoster } from '../api/export-roster';
import { saveFileLink } from '../../../lib/save-file-link';

export function ExportButton({ orgUnitId, onMessage }: { orgUnitId: number; onMessage: (message: string) => void }) {
  const { run, busy, said } = useAction();
  const exportNow = () =>
    run(
      async () => {
        const link = await exportRoster(orgUnitId);
        await saveFileLink(link);
        return link;
      },
      {
        unexplained: '没有导出，请再试一次。',
        then: (link) => onMessage(`名册已经导出，文件名是“${link.name}”。手机号只对有权限的人显示全号。`),
      },
    );
  return (
    <View>
      <Said said={said} failedNote />
      <BigButton onClick={() => void exportNow()} busy={busy} busyLabel='正在导出…'>
        导出名册（Excel）
      </BigButton>
    </View>
  );
}
