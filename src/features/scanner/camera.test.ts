import { CAMERA_MESSAGES, cameraProblemOf } from './camera';

describe('cameraProblemOf', () => {
  it('a refused permission says so and offers the photo instead', () => {
    expect(cameraProblemOf({ name: 'NotAllowedError' })).toBe('refused');
    expect(cameraProblemOf({ name: 'SecurityError' })).toBe('refused');
    expect(CAMERA_MESSAGES.refused).toBe('没有打开相机。您可以改为拍照上传二维码。');
  });

  it('no camera, or no camera API', () => {
    expect(cameraProblemOf({ name: 'NotFoundError' })).toBe('missing');
    expect(cameraProblemOf({ name: 'TypeError' })).toBe('unsupported');
    expect(cameraProblemOf(null)).toBe('refused');
  });
});
