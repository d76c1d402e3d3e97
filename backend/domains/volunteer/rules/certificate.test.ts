import { volunteerNumber, volunteerNumberTail } from './certificate';

describe('the volunteer certificate’s own lines', () => {
  it('shows only the last 4 characters of the volunteer number', () => {
    expect(volunteerNumber(42)).toBe('ZYZ00000042');
    expect(volunteerNumberTail(42)).toBe('0042');
    expect(volunteerNumberTail(123456)).toBe('3456');
  });
});
