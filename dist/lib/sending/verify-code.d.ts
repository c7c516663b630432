import { type CallRuntime } from '../http/execute-call.ts';
import type { SendSmsResult } from '../schemas/agent.ts';
import type { CheckSmsVerifyCodeInput, ConversionInput, ConversionResult, SendSmsVerifyCodeInput, VerifyCodeCheck } from '../schemas/verify-code.ts';
import type { ApiResponse, CallOptions } from '../types.ts';
/**
 * The classic verification-code pair and Conversion (`2020-01-01`, POST, PascalCase JSON), whatever the
 * client's `api`: the agent API has no such actions. All three change state at the service (a check uses
 * up one of the code's tries), so each goes out at most once, like a send.
 */
export interface VerifyCodeMethods {
    /** The service generates a code and sends it to one number. */
    sendSmsVerifyCode(input: SendSmsVerifyCodeInput, options?: CallOptions): Promise<ApiResponse<SendSmsResult>>;
    /** Checks a code the user typed: `verdict` is `valid`, `wrong` or `expired` (also: out of tries). */
    checkSmsVerifyCode(input: CheckSmsVerifyCodeInput, options?: CallOptions): Promise<ApiResponse<VerifyCodeCheck>>;
    /** Reports that messages converted (e.g. their code was entered). */
    conversion(input: ConversionInput, options?: CallOptions): Promise<ApiResponse<ConversionResult>>;
}
export declare function createVerifyCodeMethods(runtime: CallRuntime): VerifyCodeMethods;
