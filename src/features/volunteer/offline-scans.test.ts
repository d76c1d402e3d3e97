import { afterAnswers } from '../../entities/offline-queue/offline-queue';
import { withScan, type QueuedScan } from './offline-scans';

const scan = (clientId: string): QueuedScan => ({
  clientId,
  kind: 'in',
  scene: 'k.1.2.3',
  scannedAt: '2026-12-03T06:02:00.000Z',
});

describe('the offline queue', () => {
  it('keeps a scan once by its client id, and at most twenty', () => {
    let q: QueuedScan[] = [];
    q = withScan(q, scan('a'));
    q = withScan(q, scan('a'));
    expect(q.map((s) => s.clientId)).toEqual(['a']);
    for (let i = 0; i < 25; i += 1) q = withScan(q, scan(`s${i}`));
    expect(q).toHaveLength(20);
    expect(q[19].clientId).toBe('s24');
  });

  it('drops what the server answered and keeps what it did not see', () => {
    const q = [scan('a'), scan('b'), scan('c')];
    const left = afterAnswers(q, [
      { clientId: 'a', ok: true, replay: false, message: '补交成功。' },
      { clientId: 'b', ok: false, replay: false, code: 'OFFLINE_TOO_LATE', message: '太晚了。' },
    ]);
    expect(left.map((s) => s.clientId)).toEqual(['c']);
  });
});
