// The sandbox's public surface: the CLI (`volc-sms sandbox`), tests and the demo start it from here.
export { startSandbox } from './server.ts';
export type { Sandbox } from './server.ts';
export { SANDBOX_CREDENTIALS } from './options.ts';
export type { SandboxOptions } from './options.ts';
export { describeSandbox } from './describe.ts';
export type { SandboxAdmin, ReceivedMessage, MessagesQuery } from './sandbox-admin.ts';
export { parseFaultSpec, validateFault } from './faults.ts';
export type { Fault, FaultInput } from './faults.ts';
export { SandboxSeedSchema, loadSeedFile, parseSeed, defaultSeed } from './seed-schema.ts';
export type { SandboxSeed } from './seed-schema.ts';
export type { AccountFlags } from './store-tables.ts';
