import type { SendLogList } from '../schemas/agent.ts';
import type { ApiResponse, ListSendLogsInput, SendLogResponse } from '../types.ts';
export declare function keepClassicWindow(response: ApiResponse<SendLogList>, input: ListSendLogsInput): SendLogResponse;
