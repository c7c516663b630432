export type ErrorKind = 'auth' | 'rate-limit' | 'api';
export interface ErrorCodeInfo {
    kind: ErrorKind;
    /**
     * The code proves the request was not processed: it is answered before anything is sent or stored
     * (credentials, parameters, unknown group, signature or template, arrears, a throttle). A write answered
     * with it is reported *rejected*. Every other answer to a write (these codes false, an unknown code, a
     * status or body that is not the API's envelope) leaves its outcome *unknown*: it may have gone through.
     * False also where the reference does not publish what a code means (1003–1030, 1015): we cannot tell.
     */
    provesNotProcessed: boolean;
    /** What is wrong, one sentence, no trailing period. */
    message: string;
    /** What to do, one sentence. */
    hint: string;
    /** Transient: a read may be retried (a write only on a throttle, see retry.ts). */
    retryable?: boolean;
}
