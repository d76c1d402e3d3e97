// The audiobooks function (有声书屋 "红色悦听"): catalogue, progress, study records, managing books.
import { z } from 'zod';
import { id, none, text } from './fields';
import type { FileLink } from './files';

const seconds = (what: string) =>
  z
    .number({ required_error: `缺少${what}。`, invalid_type_error: `${what}必须是数字。` })
    .finite(`${what}必须是数字。`)
    .min(0, `${what}不能小于 0。`)
    .max(24 * 3600, `${what}太大了。`);

export const PLAYBACK_RATES = [0.75, 1, 1.25, 1.5] as const;

export const listInput = z
  .object({
    collectionId: id('书目分类').optional(),
    query: text('书名', 30).optional(),
  })
  .strict()
  .optional()
  .default({});

export const getInput = z.object({ bookId: id('书的编号') }).strict();

/** A stretch of a chapter actually played, [start, end) in seconds of audio. */
const stretch = z.tuple([seconds('开始时间'), seconds('结束时间')]);

export const saveProgressInput = z
  .object({
    chapterId: id('章节编号'),
    position: seconds('播放位置'),
    listened: z.array(stretch).max(60, '一次上报的收听片段太多了。').optional(),
    rate: z
      .number({ invalid_type_error: '播放速度不对。' })
      .refine((r) => (PLAYBACK_RATES as readonly number[]).includes(r), '播放速度只能是 0.75、1、1.25 或 1.5 倍。')
      .optional(),
  })
  .strict();

export const importProgressInput = z
  .object({
    items: z
      .array(
        z
          .object({
            chapterId: id('章节编号'),
            position: seconds('播放位置'),
            updatedAt: z.string().datetime({ message: '时间的格式不对。' }),
          })
          .strict(),
      )
      .max(200, '一次带入的收听记录太多了。'),
  })
  .strict();

export const myProgressInput = none;
export const myStudyInput = none;

export const studyStatsInput = z
  .object({
    orgUnitId: id('单位编号'),
    month: z
      .string({ required_error: '请选择月份。', invalid_type_error: '月份的格式不对。' })
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份的格式应该像 2026-11 这样。'),
  })
  .strict();

/** The same figures as a spreadsheet: the unit and month of studyStats. */
export const exportStudyStatsInput = studyStatsInput;

export const createBookInput = z
  .object({
    collectionId: id('书目分类'),
    title: text('书名', 40),
    author: text('作者', 40),
    reader: text('朗读者', 40).optional(),
    description: text('简介', 300, { multiline: true }),
  })
  .strict();

export const addChapterInput = z
  .object({
    bookId: id('书的编号'),
    title: text('章节名', 60),
    /** What the upload endpoint returned (host), or a cloud:// file id (WeChat). */
    fileRef: z
      .string({ required_error: '请先上传音频文件。', invalid_type_error: '音频文件不对，请重新上传。' })
      .max(300, '音频文件不对，请重新上传。')
      // No ".." or "//" segments: a file id names one stored file and nothing beside it.
      .regex(
        /^(uploads\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.(mp3|m4a|aac)|cloud:\/\/[\w-]+(\.[\w-]+)*(\/[\w-][\w.-]*)+)$/,
        '音频文件不对，请重新上传。',
      ),
    transcript: text('文字稿', 20000, { multiline: true }).optional(),
  })
  .strict();

export interface Collection {
  id: number;
  name: string;
  description: string;
  bookCount: number;
}

export interface BookSummary {
  id: number;
  collectionId: number;
  title: string;
  author: string;
  reader: string;
  description: string;
  coverColor: string;
  coverGlyph: string;
  chapterCount: number;
  /** Seconds of audio in the whole book. */
  totalDuration: number;
}

export interface Chapter {
  id: number;
  bookId: number;
  seq: number;
  title: string;
  duration: number;
  /** Fetchable audio: a host path (/media/…) or a cloud:// file id in WeChat. */
  audioUrl: string;
  transcript: string;
}

export interface ProgressItem {
  bookId: number;
  bookTitle: string;
  chapterId: number;
  chapterTitle: string;
  chapterSeq: number;
  position: number;
  duration: number;
  updatedAt: string;
}

export interface SaveProgressResult {
  position: number;
  /** True when the position was past the chapter's end and was moved back to the end. */
  clamped: boolean;
  message?: string;
  /** Seconds added to today's study record by this report. */
  creditedSeconds: number;
}

export interface MyStudy {
  todaySeconds: number;
  weekSeconds: number;
  monthSeconds: number;
  totalSeconds: number;
  booksFinished: number;
  chaptersFinished: number;
  /** The last seven days, oldest first. */
  days: { day: string; seconds: number }[];
}

export interface MemberStudy {
  personId: number;
  name: string;
  orgUnitId: number;
  orgUnitName: string;
  seconds: number;
  activeDays: number;
}

export interface StudyStats {
  orgUnitId: number;
  orgUnitName: string;
  month: string;
  totalSeconds: number;
  memberCount: number;
  activeMembers: number;
  members: MemberStudy[];
}

export interface AudiobooksApi {
  list: { input: z.input<typeof listInput>; output: { collections: Collection[]; books: BookSummary[] } };
  get: { input: z.input<typeof getInput>; output: { book: BookSummary; chapters: Chapter[] } };
  saveProgress: { input: z.input<typeof saveProgressInput>; output: SaveProgressResult };
  importProgress: { input: z.input<typeof importProgressInput>; output: { imported: number } };
  myProgress: { input: z.input<typeof myProgressInput>; output: { items: ProgressItem[] } };
  myStudy: { input: z.input<typeof myStudyInput>; output: MyStudy };
  studyStats: { input: z.input<typeof studyStatsInput>; output: StudyStats };
  exportStudyStats: { input: z.input<typeof exportStudyStatsInput>; output: FileLink };
  createBook: { input: z.input<typeof createBookInput>; output: { book: BookSummary } };
  addChapter: { input: z.input<typeof addChapterInput>; output: { chapter: Chapter } };
}
