import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SmsInputError } from "../errors/errors.js";
import { batchCsv } from "./batch-csv.js";
import { isVerificationTemplate } from "./delivery-plan.js";
import { describeTemplate } from "./template-facts.js";
/** Status 2 (Valid): created and validated, awaiting consent (ConsentBatchTask). */
export const BATCH_TASK_AWAITING_CONSENT = 2;
function channelOf(template) {
    if (isVerificationTemplate(template)) {
        const message = `${template.templateId} is a verification template, which the batch engine refuses`;
        throw new SmsInputError(`template-id: ${message}`, [{ field: 'template-id', message }], {
            hint: 'Send verification codes as direct requests (--engine direct).',
        });
    }
    if (template.channelType === 'CN_NTC' || template.channelType === 'CN_MKT')
        return template.channelType;
    const message = `${template.templateId} has channel ${template.channelType ?? '(none given)'}; a batch task takes CN_NTC or CN_MKT templates`;
    throw new SmsInputError(`template-id: ${message}`, [{ field: 'template-id', message }], {
        hint: 'Use a notification or marketing template, or send as direct requests (--engine direct).',
    });
}
/**
 * The batch engine's path up to consent: streams the recipients into a CSV (a private temporary file,
 * removed afterwards), uploads it (uploadBatchFile) and creates the task (setBatchTask), then reads its
 * detail. The task is left awaiting consent (status 2): starting it is a separate, explicit
 * consentBatchTask. Nothing is asked of the service before the whole file is built and checked.
 * @throws SmsInputError for a verification template or a bad recipient (nothing uploaded); the client's
 *   errors for the calls, SmsOutcomeUnknownError when SetBatchTask's answer was lost
 */
export async function createBatchSendTask(client, input, options = {}) {
    const ref = { subAccount: input.subAccount, signature: input.signature, templateId: input.templateId };
    const template = input.template ?? (await describeTemplate(client, ref));
    const channelType = channelOf(template);
    const csv = batchCsv(input.recipients, { variables: template.variables, duplicates: input.duplicates });
    // The file holds every number: readable by this user only, and gone once uploaded.
    const dir = await mkdtemp(path.join(tmpdir(), 'volc-sms-batch-'));
    try {
        const file = path.join(dir, 'recipients.csv');
        await csv.writeFile(file, { signal: options.signal });
        const upload = await client.uploadBatchFile({ path: file }, options);
        const scheduled = input.sendTime !== undefined;
        const created = await client.setBatchTask({
            ...ref,
            name: input.taskName,
            templateName: template.name,
            channelType,
            scheduled,
            sendTime: input.sendTime ?? 0,
            fileUrl: upload.file,
        }, options);
        const taskId = created.result.taskId;
        const detail = await client
            .getBatchTaskDetail({ subAccount: input.subAccount, taskId }, options)
            .then(({ result }) => result)
            .catch(() => undefined);
        const matches = detail?.taskId === taskId && detail.subAccount === input.subAccount;
        return {
            taskId,
            subAccount: input.subAccount,
            status: matches ? detail.status : undefined,
            statusAuthoritative: matches && detail.status !== undefined,
            totalCount: created.result.totalCount ?? detail?.totalCount,
            dupCount: created.result.dupCount,
            rows: csv.stats.rows,
            skippedDuplicates: csv.stats.duplicates,
            fileBytes: upload.size,
            fileSha256: upload.sha256,
            template,
        };
    }
    finally {
        await rm(dir, { recursive: true, force: true });
    }
}
