import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AGENT_V2_ACTIONS } from '../../../src/core/agent-v2/actions.ts';
import { loadWireSchemas } from '../../../src/core/schemas/wire-schemas.ts';

// The table names each row's result schema and derives its request schema from the action's name
// (`<Action>QuerySchema` for a GET, `<Action>BodySchema` for a POST): a row whose names do not resolve
// must fail here, not on the first call of that action.
describe('AGENT_V2_ACTIONS', () => {
  const rows = Object.entries(AGENT_V2_ACTIONS);

  it('has the twelve lowerCamel actions, each named after its action', () => {
    expect(rows).toHaveLength(12);
    for (const [method, spec] of rows) expect(spec.action.toLowerCase()).toBe(method.toLowerCase());
  });

  it.each(rows)('%s: its request and result schemas are zod schemas of the wire module', async (_, spec) => {
    const schemas = await loadWireSchemas();
    expect(spec.params(schemas)).toBeInstanceOf(z.ZodType);
    expect(spec.result(schemas)).toBeInstanceOf(z.ZodType);
  });
});
