/** The management and agent business codes (reference §5.4), answered with HTTP 200. */
export const AGENT_CODES = {
    '1001': {
        kind: 'api',
        provesNotProcessed: true,
        message: 'Parameter error',
        hint: 'Check the request fields (page size 1–100, times in epoch seconds, window ≤ 90 days).',
    },
    // 1003–1030 and 1015: meanings unpublished (reference §5.4, agent v2 §1.4), so none proves anything.
    '1003': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'The API answered error 1003 (its meaning is not published)',
        hint: 'Check the request fields and ids; the server message says more.',
    },
    '1007': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'The API answered error 1007 (its meaning is not published)',
        hint: 'Check the message group, signature and template ids.',
    },
    '1008': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'The API answered error 1008 (its meaning is not published)',
        hint: 'Check the message group, signature and template ids.',
    },
    '1009': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'The API answered error 1009 (its meaning is not published)',
        hint: 'Check the message group, signature and template ids.',
    },
    '1015': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'The service is busy (code 1015)',
        hint: 'Try again shortly.',
        retryable: true,
    },
    '1023': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'The API answered error 1023 (its meaning is not published)',
        hint: 'Check the account has SMS activated and the key has permission.',
    },
    '1024': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'The API answered error 1024 (its meaning is not published)',
        hint: 'Check the account has SMS activated and the key has permission.',
    },
    '1027': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'The API answered error 1027 (its meaning is not published)',
        hint: 'Check the request fields; the server message says more.',
    },
    '1028': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'The API answered error 1028 (its meaning is not published)',
        hint: 'Check the request fields; the server message says more.',
    },
    '1029': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'The API answered error 1029 (its meaning is not published)',
        hint: 'Check the request fields; the server message says more.',
    },
    '1030': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'The API answered error 1030 (its meaning is not published)',
        hint: 'Check the request fields; the server message says more.',
    },
    '1999': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'System error in the SMS service',
        hint: 'Try again shortly; contact support if it persists.',
        retryable: true,
    },
    'SY:0500': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'System error in the SMS service',
        hint: 'Try again shortly; for a send, check the send log first.',
        retryable: true,
    },
};
