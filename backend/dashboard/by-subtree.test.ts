import { bySubtree, sumOf } from './by-subtree';

describe('bySubtree', () => {
  const units = [
    { unitId: 1, path: '/1/' },
    { unitId: 4, path: '/1/4/' },
    { unitId: 45, path: '/1/45/' },
    { unitId: 9, path: '/1/4/9/' },
  ];

  it('counts a row for its own unit and every unit above it, never for a sibling whose id it starts with', () => {
    const rows = [
      { path: '/1/4/9/', n: 1 },
      { path: '/1/45/', n: 10 },
      { path: '/1/4/', n: 100 },
    ];
    const shared = bySubtree(units, rows, (r) => r.path);
    expect(sumOf(shared.get(1) ?? [], (r) => r.n)).toBe(111);
    expect(sumOf(shared.get(4) ?? [], (r) => r.n)).toBe(101);
    expect(sumOf(shared.get(45) ?? [], (r) => r.n)).toBe(10);
    expect(sumOf(shared.get(9) ?? [], (r) => r.n)).toBe(1);
  });

  it('counts rows of units it was not asked about (closed ones) for the units above them, and gives every unit a list', () => {
    const shared = bySubtree(units, [{ path: '/1/4/77/' }], (r) => r.path);
    expect(shared.get(4)).toHaveLength(1);
    expect(shared.get(1)).toHaveLength(1);
    expect(shared.get(9)).toEqual([]);
    expect(shared.get(45)).toEqual([]);
  });
});
