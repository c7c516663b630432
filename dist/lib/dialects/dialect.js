import { SmsInputError } from "../errors/errors.js";
import { loadWireSchemas } from "../schemas/wire-schemas.js";
const kebab = (name) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
const paramsOf = (call) => call.body ?? call.query ?? {};
/** True when every call's params pass their quick check, so nothing needs the schemas. */
export function paramsPlainlyPass(calls) {
    return calls.every((c) => c.paramsPass?.(paramsOf(c.call)) === true);
}
/**
 * Checks each call's params against its wire schema; issues name the CLI flag (`PageSize` → `page-size`).
 * Request schemas neither transform nor default, so a call that passes is sent exactly as built.
 * @throws SmsInputError naming every bad field of the first call that fails
 */
export async function checkParams(calls) {
    if (paramsPlainlyPass(calls))
        return;
    const schemas = await loadWireSchemas();
    for (const { call, paramsSchema } of calls) {
        const parsed = paramsSchema(schemas).safeParse(paramsOf(call));
        if (!parsed.success)
            throw inputErrorFromIssues(parsed.error.issues);
    }
}
/** One SmsInputError naming each field of a failed parse by its CLI flag (`pageSize` → `page-size`). */
export function inputErrorFromIssues(issues) {
    const named = issues.map((issue) => ({
        field: kebab(String(issue.path[0] ?? 'input')),
        message: issue.message,
    }));
    return new SmsInputError(named.map((i) => `${i.field}: ${i.message}`).join('; '), named);
}
/** Drops undefined fields so the JSON body carries only what the caller gave. */
export function compact(value) {
    const out = {};
    for (const key in value)
        if (value[key] !== undefined)
            out[key] = value[key];
    return out;
}
