// audiobooks: 有声书屋 "红色悦听" — the library, where each member stopped, study records, managing books.
import { defineFunction } from '../../backend/runtime/define-function';
import { addChapter } from './add-chapter';
import { createBook } from './create-book';
import { exportStudyStats } from './export-study-stats';
import { get } from './get';
import { importProgress } from './import-progress';
import { list } from './list';
import { myProgress } from './my-progress';
import { myStudy } from './my-study';
import { saveProgress } from './save-progress';
import { studyStats } from './study-stats';

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

