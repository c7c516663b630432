// The API version of each action family (reference §2). Kept apart from the zod schemas so that building a
// request never loads zod (see wire-schemas.ts).
export const AGENT_VERSION = '2026-01-01';
export const CLASSIC_SEND_VERSION = '2020-01-01';
export const CLASSIC_BATCH_VERSION = '2021-01-01';
export const CLASSIC_MANAGEMENT_VERSION = '2021-01-11';
