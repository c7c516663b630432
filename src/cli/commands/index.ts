import type { CommandSpec } from '../command.ts';
import { analyticsCommand } from './analytics.ts';
import { doctorCommand } from './doctor.ts';
import { listSignatureCommand } from './list-signature.ts';
import { listSmsSendLogCommand } from './list-sms-send-log.ts';
import { listSmsTemplateCommand } from './list-sms-template.ts';
import { listSubAccountCommand } from './list-sub-account.ts';
import { listTotalSendCountStatCommand } from './list-total-send-count-stat.ts';
import { mcpCommand } from './mcp.ts';
import { sandboxCommand } from './sandbox.ts';
import { sendBatchSmsCommand } from './send-batch-sms.ts';
import { sendPreviewCommand, sendSubmitCommand } from './send-gate.ts';
import { signaturePreviewCommand, signatureSubmitCommand } from './signature-gate.ts';
import { templatePreviewCommand, templateSubmitCommand } from './template-gate.ts';
import { batchCreateCommand, batchPrecheckCommand } from './batch-create.ts';
import { batchWaitCommand } from './batch-wait.ts';
import { batchCancelCommand, batchLaunchPreviewCommand, batchLaunchSubmitCommand } from './batch-launch.ts';
import { sendSmsCommand } from './send-sms.ts';
import { slackCommand } from './slack.ts';
import { batchDetailCommand, batchListCommand, batchTemplateDemoCommand } from './skill-batch-reads.ts';
import { matchTemplateCommand } from './skill-match-template.ts';
import {
  listMessageGroupsCommand,
  listQualificationsCommand,
  listSignaturesCommand,
  listTemplatesCommand,
  messageGroupDetailCommand,
  sendStatusCommand,
} from './skill-reads.ts';
import { checkVerifyCodeCommand, sendVerifyCodeCommand } from './verify-code.ts';

/** The skill's six commands in the order of its document, the batch send (issue 6), then the tools. */
export const COMMANDS: readonly CommandSpec[] = [
  sendSmsCommand,
  listSubAccountCommand,
  listSignatureCommand,
  listSmsTemplateCommand,
  listSmsSendLogCommand,
  listTotalSendCountStatCommand,
  sendBatchSmsCommand,
  sendVerifyCodeCommand,
  checkVerifyCodeCommand,
  // Skill 1.3's gated send (issue 12).
  sendPreviewCommand,
  sendSubmitCommand,
  // Skill 1.3's other gates and batch commands (issue 12).
  signaturePreviewCommand,
  signatureSubmitCommand,
  templatePreviewCommand,
  templateSubmitCommand,
  batchPrecheckCommand,
  batchCreateCommand,
  batchLaunchPreviewCommand,
  batchLaunchSubmitCommand,
  batchCancelCommand,
  batchWaitCommand,
  // Skill 1.3's reads (issue 12).
  listMessageGroupsCommand,
  messageGroupDetailCommand,
  listQualificationsCommand,
  listSignaturesCommand,
  listTemplatesCommand,
  sendStatusCommand,
  batchDetailCommand,
  batchListCommand,
  batchTemplateDemoCommand,
  matchTemplateCommand,
  analyticsCommand,
  doctorCommand,
  sandboxCommand,
  slackCommand,
  mcpCommand,
];

export function findCommand(name: string): CommandSpec | undefined {
  return COMMANDS.find((command) => command.name === name);
}
