// Which uploads the sweep deletes: decided from names, write times and the chapters' paths alone.
import { PART_FILE_MAX_AGE_MS, UNUSED_UPLOAD_MAX_AGE_MS, uploadsToRemove } from './upload-sweep';

const NOW = Date.parse('2025-03-01T12:00:00Z');
const HOUR = 60 * 60 * 1000;
const ago = (ms: number) => NOW - ms;

describe('uploadsToRemove', () => {
  it('removes an upload no chapter uses once it is more than a day old', () => {
    const files = [
      { name: 'a.mp3', modifiedMs: ago(25 * HOUR) },
      { name: 'b.m4a', modifiedMs: ago(23 * HOUR) },
    ];
    expect(uploadsToRemove(files, new Set(), NOW)).toEqual(['a.mp3']);
  });

  it('keeps an upload a chapter uses, however old', () => {
    const files = [{ name: 'a.mp3', modifiedMs: ago(400 * 24 * HOUR) }];
    expect(uploadsToRemove(files, new Set(['uploads/a.mp3']), NOW)).toEqual([]);
  });

  it('matches chapters by their whole path under uploads/, not by the name alone', () => {
    const files = [{ name: 'a.mp3', modifiedMs: ago(25 * HOUR) }];
    expect(uploadsToRemove(files, new Set(['books/a.mp3', 'a.mp3', 'cloud://env/uploads/a.mp3']), NOW)).toEqual([
      'a.mp3',
    ]);
  });

  it('removes a part file not written for an hour, and keeps one still being written', () => {
    const files = [
      { name: '.11111111-1111-4111-8111-111111111111.part', modifiedMs: ago(61 * 60 * 1000) },
      { name: '.22222222-2222-4222-8222-222222222222.part', modifiedMs: ago(5 * 60 * 1000) },
    ];
    expect(uploadsToRemove(files, new Set(), NOW)).toEqual(['.11111111-1111-4111-8111-111111111111.part']);
  });

  it('keeps files at exactly the age limits, and files dated in the future', () => {
    const files = [
      { name: 'edge.mp3', modifiedMs: ago(UNUSED_UPLOAD_MAX_AGE_MS) },
      { name: '.edge.part', modifiedMs: ago(PART_FILE_MAX_AGE_MS) },
      { name: 'future.mp3', modifiedMs: NOW + 48 * HOUR },
      { name: '.future.part', modifiedMs: NOW + 48 * HOUR },
    ];
    expect(uploadsToRemove(files, new Set(), NOW)).toEqual([]);
  });

  it('treats a name that only looks like a part file by its ending as an upload', () => {
    const files = [{ name: 'song.part', modifiedMs: ago(2 * HOUR) }];
    expect(uploadsToRemove(files, new Set(), NOW)).toEqual([]);
  });

  it('removes nothing from an empty folder', () => {
    expect(uploadsToRemove([], new Set(['uploads/a.mp3']), NOW)).toEqual([]);
  });
});
