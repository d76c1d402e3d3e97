import { ancestorPaths, childPath, isWithin, pathIds, rootIdOf } from './org-paths';

describe('org paths', () => {
  it('are built from the parent path', () => {
    expect(childPath(null, 1)).toBe('/1/');
    expect(childPath('/1/4/', 9)).toBe('/1/4/9/');
  });

  it('cover the unit and its subtree, never a sibling with a longer id', () => {
    expect(isWithin('/1/4/9/', '/1/4/')).toBe(true);
    expect(isWithin('/1/4/', '/1/4/')).toBe(true);
    expect(isWithin('/1/45/', '/1/4/')).toBe(false);
    expect(isWithin('/1/', '/1/4/')).toBe(false);
  });

  it('read their ids top first', () => {
    expect(pathIds('/1/4/9/')).toEqual([1, 4, 9]);
    expect(pathIds('/12/')).toEqual([12]);
    expect(rootIdOf('/1/4/9/')).toBe(1);
  });

  it('list every ancestor, the unit itself included', () => {
    expect(ancestorPaths('/1/4/9/')).toEqual(['/1/', '/1/4/', '/1/4/9/']);
    expect(ancestorPaths('/7/')).toEqual(['/7/']);
  });
});
