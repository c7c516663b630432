import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

/** Two ready-made conversations: the gated verification-code send, and the last day's delivery report. */
export function registerPrompts(server: McpServer) {
  server.registerPrompt(
    'send-verification-code',
    {
      title: 'Send a verification code',
      description: 'Find a usable group, signature and verification template, preview, confirm, send once.',
      argsSchema: {
        mobile: z.string().describe('The mainland mobile to send the code to.'),
        subAccount: z.string().optional().describe('Message group id, if you know it.'),
      },
    },
    ({ mobile, subAccount }) => ({
      messages: [
        {
          role: 'user',
          content: {
            type: 'text',
            text: [
              `Send a verification code SMS to ${mobile}.`,
              subAccount
                ? `Use message group ${subAccount}.`
                : 'Pick the message group with list_sub_account (ask me if several support CN_OTP).',
              'Find an approved signature bound to that group (list_signature) and an approved CN_OTP template for',
              'both (list_sms_template). Generate a 6-digit code and pass it in templateParams under the',
              "template's variable name. Call send_preview, show me its summary (masked numbers, segments), and",
              'only after I approve call send_submit with the digest as both previewDigest and authorizationDigest.',
              'Never repeat the code or the full number back in chat. If send_submit says outcome_unknown, check',
              'list_sms_send_log before anything else and never submit again without reconciled: true.',
            ].join(' '),
          },
        },
      ],
    }),
  );

  server.registerPrompt(
    'delivery-report',
    {
      title: 'Delivery report for the last 24 h',
      description:
        'Submission and receipt rates over the last 24 hours, from the counts, with failures by code.',
      argsSchema: { subAccount: z.string().optional().describe('Only this message group.') },
    },
    ({ subAccount }) => {
      const end = Math.floor(Date.now() / 1000);
      const start = end - 24 * 3600;
      const scope = subAccount ? ` for message group ${subAccount}` : '';
      return {
        messages: [
          {
            role: 'user',
            content: {
              type: 'text',
              text: [
                `Give me a delivery report${scope} for the window startTime=${start} to endTime=${end} (epoch seconds).`,
                'Call list_total_send_count_stat for the totals and compute the rates yourself from the counts:',
                'submission success = TotalSendSuccessCount / TotalAllSendCount, receipt success =',
                'TotalReceiptSuccessCount / TotalSendSuccessCount; say "insufficient data" when a denominator is 0.',
                subAccount
                  ? `Then page through list_sms_send_log for ${subAccount} in the same window and group failures by ErrorCode.`
                  : 'Then, per group from list_sub_account, page through list_sms_send_log and group failures by ErrorCode.',
                'Zero counts or an empty log are not proof of delivery. Show numbers only masked.',
              ].join(' '),
            },
          },
        ],
      };
    },
  );
}
