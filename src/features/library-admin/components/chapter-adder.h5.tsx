// H5: adding a chapter is the upload form (a browser file picker); the mini-program takes chapter-adder.tsx.
export { ChapterForm as ChapterAdder } from './chapter-form';
