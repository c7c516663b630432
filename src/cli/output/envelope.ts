/**
 * The response envelope an API error carries, if the server sent one. The core keeps it on the error
 * (`raw`, the body as parsed) so the CLI can print it in JSON mode exactly like a success.
 */
export function envelopeOf(error: unknown): unknown {
  if (error === null || typeof error !== 'object') return undefined;
  for (const key of ['raw', 'body', 'envelope'] as const) {
    const value = (error as Record<string, unknown>)[key];
    if (isEnvelope(value)) return value;
  }
  return undefined;
}

export function isEnvelope(value: unknown): value is { ResponseMetadata: unknown } {
  return value !== null && typeof value === 'object' && 'ResponseMetadata' in value;
}
