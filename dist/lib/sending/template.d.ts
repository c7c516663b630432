/** The `${name}` placeholders of a template, unique, in order of first appearance. */
export declare function templateVariables(content: string): string[];
/** Fills `${name}` placeholders; a placeholder with no value is left as written so the gap is visible. */
export declare function renderTemplate(content: string, params: Readonly<Record<string, string>>): string;
/** Variables the template needs but `params` lacks, and keys in `params` the template does not use. */
export declare function compareTemplateParams(content: string, params: Readonly<Record<string, string>>): {
    missing: string[];
    unused: string[];
};
/**
 * Parses template parameters given as JSON text (or already as an object): a JSON object whose values
 * are all strings. Throws SmsInputError naming `field`, e.g. telling to quote a number.
 */
export declare function parseTemplateParam(value: unknown, field?: string): Record<string, string>;
/** The compact JSON string the API expects in TemplateParam. */
export declare function serializeTemplateParam(params: Readonly<Record<string, string>>): string;
/**
 * `serializeTemplateParam(parseTemplateParam(value, field))` in one step: a plain object whose values
 * are all strings (what callers usually pass) is serialised as it is, without the copy.
 */
export declare function templateParamJson(value: unknown, field?: string): string;
