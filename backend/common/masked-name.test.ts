import { maskedName } from './masked-name';

describe('maskedName', () => {
  it('masks the middle of the name: enough to bind the paper to one person, never the full name', () => {
    expect(maskedName('夏秀华')).toBe('夏*华');
    expect(maskedName('王秀英')).toBe('王*英');
    expect(maskedName('王秀英')).not.toBe(maskedName('王秀兰'));
    expect(maskedName('欧阳秀华')).toBe('欧**华');
    expect(maskedName('欧阳')).toBe('欧*');
    expect(maskedName('李')).toBe('*');
    for (const name of ['夏秀华', '欧阳秀华', '欧阳', '李']) expect(maskedName(name)).not.toBe(name);
  });
});
