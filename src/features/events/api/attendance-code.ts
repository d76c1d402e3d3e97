// The attendance QR code the organiser shows at the door.
import { callApi } from '../../../lib/api-client';

export function getAttendanceCode(eventId: number) {
  return callApi('qrcode', 'create', { type: 'attendance', id: eventId });
}
