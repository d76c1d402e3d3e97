// 导出表格: asks for the month's .xlsx and saves it through its personal link (lib/save-file-link, per platform: a
// browser download with the session on H5, opened in WeChat in the mini-program).
import { BigButton } from '../../../components/big-button';
import { Said } from '../../../entities/remote/said-line';
import { useAction } from '../../../entities/remote/use-action';
import { saveFileLink } from '../../../lib/save-file-link';
import { exportReport } from '../api/export-report';

export function ExportReport({ month }: { month: string }) {
  const { run, busy, said } = useAction();
  const save = () =>
    run(
      async () => {
        const link = await exportReport(month, month);
        await saveFileLink(link);
        return link;
      },
      { sentence: (link) => `表格“${link.name}”已经导出了。` },
    );
  return (
    <>
      <BigButton onClick={() => void save()} busy={busy} busyLabel='正在导出…'>
        导出本月表格
      </BigButton>
      <Said said={said} />
    </>
  );
}
