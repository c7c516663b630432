import type { SendLogList } from '../schemas/agent.ts';
import type { ApiResponse, ListSendLogsInput, SendLogResponse } from '../types.ts';
/** Reads every day of the window (one after another: the API allows 5 requests a second) as one page. */
export declare function readClassicSendLog(input: ListSendLogsInput, ask: (day: ListSendLogsInput) => Promise<ApiResponse<SendLogList>>, now: number): Promise<SendLogResponse>;
export declare function keepClassicWindow(response: ApiResponse<SendLogList>, input: ListSendLogsInput): SendLogResponse;
