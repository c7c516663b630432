export const isGateFailure = (value) => 'ok' in value && value.ok === false;
export const isGateAnswer = (value) => 'answer' in value;
/** What an entry point hands on with a preview's summary: the digest, its expiry (ISO 8601), a pending submit. */
export function previewDigestFields(preview) {
    return {
        digest: preview.digest,
        expiresAt: new Date(preview.expiresAt).toISOString(),
        ...(preview.pendingSubmit === undefined ? {} : { pendingSubmit: preview.pendingSubmit }),
    };
}
