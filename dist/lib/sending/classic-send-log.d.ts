import type { SendLogList } from '../schemas/agent.ts';
import type { ApiResponse, ListSendLogsInput, SendLogResponse } from '../types.ts';
/** One request per day: a page read of a longer window is refused rather than made 30+ requests deep. */
export declare const CLASSIC_LOG_MAX_DAYS = 31;
/**
 * The window cut into its Asia/Shanghai days, newest first; a window within one day is itself. A window
 * open at its end (`--from-time` alone) runs, as the agent API's does, to now: through the end of today.
 */
export declare function classicDays(input: ListSendLogsInput, now: number): ListSendLogsInput[];
/** Reads every day of the window (one after another: the API allows 5 requests a second) as one page. */
export declare function readClassicSendLog(input: ListSendLogsInput, ask: (day: ListSendLogsInput) => Promise<ApiResponse<SendLogList>>, now: number): Promise<SendLogResponse>;
export declare function keepClassicWindow(response: ApiResponse<SendLogList>, input: ListSendLogsInput): SendLogResponse;
