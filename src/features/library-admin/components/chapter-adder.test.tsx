// 添加一章 in the mini-program (chapter-adder.tsx): a file picked from a WeChat chat, checked by name and size,
// uploaded to cloud storage under our own path, and added with its cloud:// id. WeChat's two APIs are stood in for;
// the page journey with the compiled mini-program is test/weapp/chapter-adder.test.ts.
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { Chapter } from '../../../../contracts/audiobooks';
import { ApiError } from '../../../lib/api-error';
import { addChapter } from '../api/add-chapter';
import { ChapterAdder, UPLOAD_FAILED } from './chapter-adder';

jest.mock('../api/add-chapter', () => ({ addChapter: jest.fn() }));
const chooseMessageFile = jest.fn();
const uploadFile = jest.fn();
jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual<{ default: object }>('@tarojs/taro');
  return {
    ...actual,
    __esModule: true,
    default: {
      ...actual.default,
      chooseMessageFile: (o: unknown) => chooseMessageFile(o),
      cloud: { uploadFile: (o: unknown) => uploadFile(o) },
    },
  };
});

const FILE_ID = 'cloud://env-1.bucket/audio-uploads/x-12345678.mp3';
const chapter = { id: 40, seq: 3, title: '第三章 初心', duration: 65 } as Chapter;

/** Lets the picker, the upload and the add (each a promise) finish and render. */
async function settle() {
  for (let i = 0; i < 3; i++) await act(async () => undefined);
}

function typeTitle(value: string) {
  // The title is the first one-line box (H5's Input draws a plain <input> here).
  const box = document.querySelector('input.text-field__box') as HTMLInputElement;
  fireEvent.input(box, { target: { value } });
}

describe('ChapterAdder (mini-program)', () => {
  beforeEach(() => {
    chooseMessageFile.mockReset();
    uploadFile.mockReset();
    jest.mocked(addChapter).mockReset();
  });

  it('picks an MP3 from a chat, uploads it under a neutral path and adds the chapter with its cloud:// id', async () => {
    chooseMessageFile.mockResolvedValue({
      tempFiles: [{ name: '../第三章.mp3', size: 2_000_000, path: 'wxfile://tmp_1.mp3', type: 'file', time: 0 }],
    });
    uploadFile.mockResolvedValue({ fileID: FILE_ID });
    jest.mocked(addChapter).mockResolvedValue({ chapter });
    const onAdded = jest.fn();
    render(<ChapterAdder bookId={9} nextSeq={3} onAdded={onAdded} />);
    expect(screen.getByText(/只能上传 MP3、AAC 或 M4A 格式，不超过 100 MB。/)).toBeTruthy();

    fireEvent.click(screen.getByText('从微信聊天里选音频'));
    await settle();
    expect(chooseMessageFile).toHaveBeenCalledWith({ count: 1, type: 'file', extension: ['mp3', 'm4a', 'aac'] });
    expect(screen.getByText('已选好：../第三章.mp3（1.9 MB）')).toBeTruthy();

    fireEvent.click(screen.getByText('上传并添加这一章'));
    await settle();
    expect(screen.getByText('请先填写章节名，例如“第一章 初心”。')).toBeTruthy();
    expect(uploadFile).not.toHaveBeenCalled();

    typeTitle(' 第三章 初心 ');
    fireEvent.click(screen.getByText('上传并添加这一章'));
    await settle();
    expect(uploadFile).toHaveBeenCalledWith({
      cloudPath: expect.stringMatching(/^audio-uploads\/[0-9a-z]+-[0-9a-z]{8}\.mp3$/),
      filePath: 'wxfile://tmp_1.mp3',
    });
    expect(addChapter).toHaveBeenCalledWith({ bookId: 9, title: '第三章 初心', fileRef: FILE_ID });
    expect(onAdded).toHaveBeenCalledWith(chapter);
    // The form is empty again, ready for the next chapter.
    expect(screen.getByText(/可以直接从聊天里选出来/)).toBeTruthy();
  });

  it('refuses a file that is not MP3, AAC or M4A before any upload, and says nothing when the picker is closed', async () => {
    chooseMessageFile.mockResolvedValueOnce({
      tempFiles: [{ name: '讲话.wav', size: 1000, path: 'wxfile://a.wav', type: 'file', time: 0 }],
    });
    render(<ChapterAdder bookId={9} nextSeq={1} onAdded={jest.fn()} />);
    fireEvent.click(screen.getByText('从微信聊天里选音频'));
    await settle();
    expect(
      screen.getByText('“讲话.wav”不是 MP3、AAC 或 M4A 格式的音频文件，不能上传。请换一个音频文件。'),
    ).toBeTruthy();

    chooseMessageFile.mockRejectedValueOnce({ errMsg: 'chooseMessageFile:fail cancel' });
    fireEvent.click(screen.getByText('从微信聊天里选音频'));
    await settle();
    expect(screen.getByText(/不是 MP3、AAC 或 M4A/)).toBeTruthy();
    expect(uploadFile).not.toHaveBeenCalled();
  });

  it("says a failed upload in a sentence, and a refused add in the server's words without uploading again", async () => {
    chooseMessageFile.mockResolvedValue({
      tempFiles: [{ name: '第一章.m4a', size: 5000, path: 'wxfile://b.m4a', type: 'file', time: 0 }],
    });
    uploadFile
      .mockRejectedValueOnce({ errMsg: 'cloud.uploadFile:fail network' })
      .mockResolvedValue({ fileID: FILE_ID });
    jest
      .mocked(addChapter)
      .mockRejectedValueOnce(
        new ApiError('VALIDATION', '没有找到上传的音频，或者它不是能播放的 MP3、AAC、M4A 文件。请重新上传。'),
      )
      .mockResolvedValue({ chapter });
    render(<ChapterAdder bookId={9} nextSeq={1} onAdded={jest.fn()} />);
    fireEvent.click(screen.getByText('从微信聊天里选音频'));
    await settle();
    typeTitle('第一章');

    fireEvent.click(screen.getByText('上传并添加这一章'));
    await settle();
    expect(screen.getByText(UPLOAD_FAILED)).toBeTruthy();
    expect(addChapter).not.toHaveBeenCalled();

    fireEvent.click(screen.getByText('上传并添加这一章'));
    await settle();
    expect(screen.getByText(/不是能播放的 MP3、AAC、M4A 文件/)).toBeTruthy();

    fireEvent.click(screen.getByText('上传并添加这一章'));
    await settle();
    expect(uploadFile).toHaveBeenCalledTimes(2);
    expect(addChapter).toHaveBeenCalledTimes(2);
    expect(jest.mocked(addChapter).mock.calls[1][0]).toMatchObject({ fileRef: FILE_ID });
  });
});
