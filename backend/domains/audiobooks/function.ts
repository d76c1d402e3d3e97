// audiobooks: 有声书屋 "红色悦听" — the library, where each member stopped, study records, managing books.
import { defineFunction } from '../../runtime/define-function';
import { addChapter } from './actions/add-chapter';
import { createBook } from './actions/create-book';
import { exportStudyStats } from './actions/export-study-stats';
import { get } from './actions/get';
import { importProgress } from './actions/import-progress';
import { list } from './actions/list';
import { myProgress } from './actions/my-progress';
import { myStudy } from './actions/my-study';
import { saveProgress } from './actions/save-progress';
import { studyStats } from './actions/study-stats';

export const audiobooks = defineFunction('audiobooks', {
  list,
  get,
  saveProgress,
  importProgress,
  myProgress,
  myStudy,
  studyStats,
  exportStudyStats,
  createBook,
  addChapter,
});
