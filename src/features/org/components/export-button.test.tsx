// 导出名册: a success is the page's toast; a refusal stays beside the button in the server's words, read out as an alert.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { ApiError } from '../../../lib/api-error';
import { exportRoster } from '../api/export-roster';
import { ExportButton } from './export-button';

jest.mock('../api/export-roster', () => ({ exportRoster: jest.fn() }));
jest.mock('../../../lib/save-file-link', () => ({ saveFileLink: jest.fn(() => Promise.resolve()) }));

describe('ExportButton', () => {
  it('says a success through the page', async () => {
    jest.mocked(exportRoster).mockResolvedValue({ name: '第一支部名册.xlsx', url: '/f/1' } as never);
    const onMessage = jest.fn();
    render(<ExportButton orgUnitId={3} onMessage={onMessage} />);
    fireEvent.click(screen.getByText('导出名册（Excel）'));
    await act(async () => undefined);
    expect(onMessage).toHaveBeenCalledWith('名册已经导出，文件名是“第一支部名册.xlsx”。手机号只对有权限的人显示全号。');
  });

  it('keeps a refusal beside the button, in the server’s words, until the next press', async () => {
    jest.mocked(exportRoster).mockRejectedValue(new ApiError('FORBIDDEN', '只有支部书记可以导出名册。'));
    const onMessage = jest.fn();
    render(<ExportButton orgUnitId={3} onMessage={onMessage} />);
    fireEvent.click(screen.getByText('导出名册（Excel）'));
    await act(async () => undefined);
    expect(screen.getByText('只有支部书记可以导出名册。')).toBeTruthy();
    expect(onMessage).not.toHaveBeenCalled();
  });
});
