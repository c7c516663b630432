export declare const AGENT_VERSION = "2026-01-01";
export declare const CLASSIC_SEND_VERSION = "2020-01-01";
export declare const CLASSIC_BATCH_VERSION = "2021-01-01";
export declare const CLASSIC_MANAGEMENT_VERSION = "2021-01-11";
