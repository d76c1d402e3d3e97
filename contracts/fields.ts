// Reusable field schemas with Chinese messages a retiree can read; every action input is built from these.
import { z } from 'zod';

/** A database id: a positive whole number (strings of digits are accepted, since QR scenes and URLs carry text). */
export const id = (what: string) =>
  z.coerce
    .number({ invalid_type_error: `${what}不正确，请返回重试。` })
    .int(`${what}不正确，请返回重试。`)
    .positive(`${what}不正确，请返回重试。`)
    .max(2_147_483_647, `${what}不正确，请返回重试。`);

// Control characters (except newline and tab) have no place in anything a person types.
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Free text a person typed: trimmed, bounded, no control characters. */
export const text = (what: string, max: number, min = 1) =>
  z
    .string({ required_error: `请填写${what}。`, invalid_type_error: `${what}的格式不对。` })
    .max(max * 4, `${what}太长了，请不要超过 ${max} 个字。`)
    .transform((s) => s.trim())
    .pipe(
      z
        .string()
        .min(min, `请填写${what}。`)
        .max(max, `${what}太长了，请不要超过 ${max} 个字。`)
        .refine((s) => !CONTROL_CHARS.test(s), `${what}里有无法识别的字符，请重新输入。`),
    );

/** An empty object: actions that take no data accept `{}` or nothing at all. */
export const none = z.object({}).strict().optional().default({});
