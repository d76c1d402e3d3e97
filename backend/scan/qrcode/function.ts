// qrcode: QR codes for scannable things, and resolving a scanned scene to the page it opens.
import { defineFunction } from '../../runtime/define-function';
import { create } from './create';
import { resolve } from './resolve';

export const qrcode = defineFunction('qrcode', { create, resolve });
