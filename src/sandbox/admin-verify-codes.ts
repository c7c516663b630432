import { maskPhone } from '../core/index.ts';
import { ok, type AdminResponse } from './admin-http-helpers.ts';
import { normaliseMobile } from './phone-numbers.ts';
import type { SandboxServices } from './services.ts';
import { stateOf, type Conversion, type VerifyCodeRecord, type VerifyCodeState } from './verify-codes.ts';

/** The verification codes the sandbox generated (so a test can type the right one) and the conversions. */

export type VerifyCodeView = VerifyCodeRecord & { maskedMobile: string; state: VerifyCodeState };

export interface VerifyCodeAdmin {
  /** Every code sent since the start or the last reset, oldest first, optionally for one number. */
  verifyCodes(query?: { mobile?: string | undefined }): VerifyCodeView[];
  /** Every message reported through Conversion, with its type. */
  conversions(): Conversion[];
}

export function createVerifyCodeAdmin(services: SandboxServices, now: () => number): VerifyCodeAdmin {
  return {
    verifyCodes(query = {}) {
      const mobile =
        query.mobile === undefined ? undefined : (normaliseMobile(query.mobile) ?? query.mobile.trim());
      const nowMs = now();
      return services.verifyCodes.list(mobile).map((record) => ({
        ...record,
        maskedMobile: maskPhone(record.mobile),
        state: stateOf(record, nowMs),
      }));
    },
    conversions: () => services.verifyCodes.conversions(),
  };
}

export const VERIFY_CODE_ROUTES = ['GET /_sandbox/verify-codes?mobile=', 'GET /_sandbox/conversions'];

export function routeVerifyCodes(
  admin: VerifyCodeAdmin,
  method: string,
  parts: readonly string[],
  mobile: string | undefined,
): AdminResponse | undefined {
  if (method !== 'GET' || parts.length !== 1) return undefined;
  if (parts[0] === 'verify-codes') return ok({ codes: admin.verifyCodes({ mobile }) });
  if (parts[0] === 'conversions') return ok({ conversions: admin.conversions() });
  return undefined;
}
