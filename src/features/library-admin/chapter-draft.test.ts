import { chapterDraftProblem, EMPTY_DRAFT, newChapter } from './chapter-draft';

describe('chapter draft', () => {
  it('asks for the title first, then the audio, in sentences', () => {
    expect(chapterDraftProblem(EMPTY_DRAFT, true)).toBe('请先填写章节名，例如“第一章 初心”。');
    expect(chapterDraftProblem({ title: '   ', transcript: '有字' }, true)).toMatch(/请先填写章节名/);
    expect(chapterDraftProblem({ title: '第一章', transcript: '' }, false)).toBe('请先选择这一章的音频文件。');
    expect(chapterDraftProblem({ title: '第一章', transcript: '' }, true)).toBeNull();
  });

  it("makes addChapter's input with trimmed words and no empty transcript", () => {
    const ref = 'cloud://env-1.bucket/audio-uploads/abc-12345678.mp3';
    expect(newChapter(7, { title: ' 第一章 初心 ', transcript: '  ' }, ref)).toEqual({
      bookId: 7,
      title: '第一章 初心',
      fileRef: ref,
    });
    expect(newChapter(7, { title: '第二章', transcript: ' 念的字 ' }, ref)).toEqual({
      bookId: 7,
      title: '第二章',
      fileRef: ref,
      transcript: '念的字',
    });
  });
});
