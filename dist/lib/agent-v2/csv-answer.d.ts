import type { EngineResponse, HttpEngine } from '../http/engine.ts';
/** The file name a Content-Disposition gives (`filename*` per RFC 5987 first), without any directory. */
export declare function dispositionFileName(disposition: string | undefined): string;
/**
 * A CSV success turned into the envelope a JSON answer would have been, `{fileName, value, contentType,
 * size}` (§2.7): only a 2xx with a non-empty body that is not JSON, one of the CSV media types, valid UTF-8
 * (a BOM allowed) and `phone` as its first cell. Anything else is left for the usual reading, which reports
 * a non-JSON body as an invalid answer.
 */
export declare function csvAnswerAsEnvelope(response: EngineResponse): EngineResponse | undefined;
/** An engine that reads a CSV success as its envelope; every other answer passes unchanged. */
export declare function acceptingCsvAnswers(engine: HttpEngine): HttpEngine;
