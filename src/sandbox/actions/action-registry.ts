import type { ActionDefinition } from './action-context.ts';
import { AGENT_ACTIONS } from './agent-actions.ts';
import { CLASSIC_ACTIONS } from './classic-actions.ts';
import { V2_ACTIONS } from './v2-actions.ts';

/** Every served Action/Version pair; anything else is InvalidActionOrVersion (404). */
const REGISTRY = new Map<string, ActionDefinition>();
for (const definition of [...AGENT_ACTIONS, ...V2_ACTIONS, ...CLASSIC_ACTIONS])
  REGISTRY.set(`${definition.action}@${definition.version}`, definition);

export function findAction(action: string, version: string): ActionDefinition | undefined {
  return REGISTRY.get(`${action}@${version}`);
}
