import { z } from 'zod';
/**
 * An object schema whose keys are matched case-insensitively: the agent API answers in PascalCase,
 * the classic one in lowerCamel (`templateID` and `TemplateId` both occur), and the skill accepts both.
 * The parsed value always carries the schema's own spelling. Unknown keys are kept as received.
 */
export declare function looseObject<T extends z.ZodRawShape>(shape: T): z.ZodPreprocess<z.ZodObject<{ -readonly [P in keyof T]: T[P]; }, z.core.$loose>, unknown>;
