import { z } from 'zod';
/**
 * An object schema whose keys are matched case-insensitively: the agent API answers in PascalCase,
 * the classic one in lowerCamel (`templateID` and `TemplateId` both occur), and the skill accepts both.
 * The parsed value always carries the schema's own spelling. Unknown keys are kept as received.
 */
export function looseObject(shape) {
    const canonical = new Map(Object.keys(shape).map((key) => [key.toLowerCase(), key]));
    return z.preprocess((input) => {
        if (input === null || typeof input !== 'object' || Array.isArray(input))
            return input;
        // Most answers already use the schema's spelling: then there is nothing to copy.
        let respelled = false;
        for (const key in input) {
            const name = canonical.get(key.toLowerCase());
            if (name !== undefined && name !== key) {
                respelled = true;
                break;
            }
        }
        if (!respelled)
            return input;
        const out = {};
        for (const [key, value] of Object.entries(input)) {
            const name = canonical.get(key.toLowerCase()) ?? key;
            if (!(name in out) || value !== undefined)
                out[name] = value;
        }
        return out;
    }, z.looseObject(shape));
}
