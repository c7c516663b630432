import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { ApiResponse, SmsClient } from '../core/index.ts';
import { maskResult } from './tool-result.ts';

/**
 * The account's message groups, signatures and templates as browsable resources (JSON, first 100 of
 * each), read live on every request so a client never sees a stale approval state.
 */

const RESOURCES: ReadonlyArray<{
  name: string;
  uri: string;
  title: string;
  description: string;
  read: (client: SmsClient) => Promise<ApiResponse<unknown>>;
}> = [
  {
    name: 'message-groups',
    uri: 'volc-sms://message-groups',
    title: 'Message groups',
    description: 'Approved message groups (sub-accounts) and their channel types.',
    read: (client) => client.listSubAccounts({}),
  },
  {
    name: 'signatures',
    uri: 'volc-sms://signatures',
    title: 'Signatures',
    description: 'Approved signatures and the groups they are bound to (first 100).',
    read: (client) => client.listSignatures({ page: 1, pageSize: 100 }),
  },
  {
    name: 'templates',
    uri: 'volc-sms://templates',
    title: 'Templates',
    description: 'Approved templates: content, variables, signatures, groups (first 100).',
    read: (client) => client.listTemplates({ page: 1, pageSize: 100 }),
  },
];

export function registerResources(server: McpServer, client: SmsClient) {
  for (const resource of RESOURCES) {
    server.registerResource(
      resource.name,
      resource.uri,
      { title: resource.title, description: resource.description, mimeType: 'application/json' },
      async (uri) => {
        const response = await resource.read(client);
        const text = JSON.stringify(maskResult(response.result), null, 2);
        return { contents: [{ uri: uri.href, mimeType: 'application/json', text }] };
      },
    );
  }
}
