import { SmsInputError } from "../errors/errors.js";
const VARIABLE = /\$\{([^}]+)\}/g;
/** The `${name}` placeholders of a template, unique, in order of first appearance. */
export function templateVariables(content) {
    return [...new Set(Array.from(content.matchAll(VARIABLE), (m) => m[1].trim()))];
}
/** Fills `${name}` placeholders; a placeholder with no value is left as written so the gap is visible. */
export function renderTemplate(content, params) {
    return content.replace(VARIABLE, (whole, name) => params[name.trim()] ?? whole);
}
/** Variables the template needs but `params` lacks, and keys in `params` the template does not use. */
export function compareTemplateParams(content, params) {
    const needed = templateVariables(content);
    return {
        missing: needed.filter((name) => !(name in params)),
        unused: Object.keys(params).filter((name) => !needed.includes(name)),
    };
}
function fail(field, message) {
    throw new SmsInputError(`${field}: ${message}`, [{ field, message }], {
        hint: `Pass a JSON object of strings, e.g. --${field} '{"code":"1234"}'.`,
    });
}
/**
 * Parses template parameters given as JSON text (or already as an object): a JSON object whose values
 * are all strings. Throws SmsInputError naming `field`, e.g. telling to quote a number.
 */
export function parseTemplateParam(value, field = 'template-param') {
    let parsed = value;
    if (typeof value === 'string') {
        if (value.trim() === '')
            return {};
        try {
            parsed = JSON.parse(value);
        }
        catch {
            fail(field, 'is not valid JSON (use double quotes around names and values)');
        }
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        fail(field, 'must be a JSON object such as {"code":"1234"}');
    }
    const out = {};
    const source = parsed;
    for (const name of Object.keys(source)) {
        const v = source[name];
        if (typeof v === 'string')
            out[name] = v;
        // The value itself is never repeated: it may be a verification code or a phone number.
        else if (typeof v === 'number' || typeof v === 'boolean') {
            fail(field, `value of "${name}" is a ${typeof v}; quote it, as template values are strings: {"${name}":"…"}`);
        }
        else
            fail(field, `value of "${name}" must be a string, not ${v === null ? 'null' : Array.isArray(v) ? 'an array' : 'an object'}`);
    }
    return out;
}
/** The compact JSON string the API expects in TemplateParam. */
export function serializeTemplateParam(params) {
    return JSON.stringify(params);
}
/**
 * `serializeTemplateParam(parseTemplateParam(value, field))` in one step: a plain object whose values
 * are all strings (what callers usually pass) is serialised as it is, without the copy.
 */
export function templateParamJson(value, field = 'template-param') {
    if (value !== null && typeof value === 'object') {
        const proto = Object.getPrototypeOf(value);
        if (proto === Object.prototype || proto === null) {
            let allStrings = true;
            // With that prototype, for-in sees exactly the own enumerable string keys (as JSON.stringify does).
            for (const name in value) {
                if (typeof value[name] !== 'string') {
                    allStrings = false;
                    break;
                }
            }
            if (allStrings)
                return JSON.stringify(value);
        }
    }
    return serializeTemplateParam(parseTemplateParam(value, field));
}
