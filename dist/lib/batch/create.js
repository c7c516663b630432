import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runBatchChecks } from "../consent/batch-checks.js";
import { consentDigest } from "../consent/canonical.js";
import { failureOf } from "../consent/gate-failure.js";
import { SmsInputError, SmsOutcomeUnknownError, isSmsError } from "../errors/errors.js";
import { batchCsv } from "../sending/batch-csv.js";
import { isVerificationTemplate } from "../sending/delivery-plan.js";
import { describeTemplate } from "../sending/template-facts.js";
import { precheckBatchCsv, precheckError } from "./precheck.js";
import { checkBatchSchedule } from "./schedule.js";
/**
 * Uploads the file, creates the task from it and reads its detail. `expectSha256`: the bytes that were
 * checked, which the upload must have sent (else no task is created).
 */
async function createFromFile(client, file, task, options = {}) {
    const { expectSha256, ...callOptions } = options;
    let upload;
    try {
        upload = await client.uploadBatchFile({ path: file }, callOptions);
    }
    catch (error) {
        return { ok: false, step: 'upload', error };
    }
    if (expectSha256 !== undefined && upload.sha256 !== expectSha256) {
        // Only batch-create checks the file before it is uploaded.
        const message = 'The file changed between its precheck and its upload: no task was created';
        const hint = 'Leave the file alone while batch-create runs, and run it again.';
        return {
            ok: false,
            step: 'changed',
            error: new SmsInputError(message, [{ field: 'file', message }], { hint }),
        };
    }
    let created;
    try {
        created = await client.setBatchTask({ ...task, fileUrl: upload.file }, callOptions);
    }
    catch (error) {
        return { ok: false, step: 'create', error };
    }
    const taskId = created.result.taskId;
    const detail = await client
        .getBatchTaskDetail({ subAccount: task.subAccount, taskId }, callOptions)
        .then(({ result }) => result)
        .catch(() => undefined);
    const matches = detail?.taskId === taskId && detail.subAccount === task.subAccount;
    return { ok: true, upload, created, detail, matches };
}
export async function createBatchTask(client, input, now) {
    let schedule;
    try {
        schedule = checkBatchSchedule(input, now);
    }
    catch (error) {
        return failureOf(error, 'check');
    }
    const checks = await runBatchChecks(client, input);
    if (!checks.ok)
        return checks;
    const { template } = checks;
    let report;
    try {
        const check = await precheckBatchCsv({ path: input.file }, { variableNames: template.variableNames });
        if (!check.ok)
            return failureOf(precheckError(check), 'check');
        report = check.report;
    }
    catch (error) {
        return failureOf(error, 'check');
    }
    const body = {
        subAccount: input.subAccount,
        name: input.taskName,
        signature: input.signature,
        templateId: input.templateId,
        templateName: template.templateName,
        channelType: template.channelType,
        scheduled: schedule.scheduled,
        sendTime: schedule.sendTime,
    };
    const step = await createFromFile(client, input.file, body, { expectSha256: report.fileSha256 });
    if (!step.ok) {
        switch (step.step) {
            case 'upload':
                // An upload URL is a write of its own, but nothing is created without SetBatchTask (§2.6).
                return { ...failureOf(step.error, 'check'), code: 'resource_query_failed' };
            case 'changed':
                return failureOf(step.error, 'check');
            case 'create':
                return { ...failureOf(createdUnknown(step.error, input), 'send'), attempted: true };
        }
    }
    const { created, detail, matches } = step;
    const taskId = created.result.taskId;
    const counts = {
        ...report,
        totalCount: created.result.totalCount ?? report.totalCount,
        dupCount: created.result.dupCount ?? report.dupCount,
    };
    const handoff = {
        fileSha256: counts.fileSha256,
        totalCount: counts.totalCount,
        validCount: counts.validCount,
        invalidCount: counts.invalidCount,
        dupCount: counts.dupCount,
        contentSha256: template.contentSha256,
    };
    return {
        ok: true,
        requestId: created.requestId,
        result: {
            ...counts,
            taskId,
            subAccount: input.subAccount,
            status: matches ? (detail?.status ?? -1) : null,
            statusAuthoritative: matches,
            digest: consentDigest({
                taskId,
                subAccount: input.subAccount,
                body: { ...body, fileUrl: step.upload.file, extra: {} },
                handoff,
            }),
        },
    };
}
/** SetBatchTask's lost answer, said the batch-create way: no task id came back to look it up by. */
function createdUnknown(error, input) {
    // Nothing can settle it (time-window matching is forbidden, §5.2).
    if (!isSmsError(error) || error.code !== 'ERR_SMS_OUTCOME_UNKNOWN')
        return error;
    return new SmsOutcomeUnknownError('SetBatchTask got no usable answer: a task may or may not have been created', {
        cause: error,
        requestId: error.requestId,
        hint: `Look for task "${input.taskName}" with \`volc-sms batch-list --sub-account ${input.subAccount}\` before creating it again.`,
    });
}
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
        const task = {
            ...ref,
            name: input.taskName,
            templateName: template.name,
            channelType,
            scheduled: input.sendTime !== undefined,
            sendTime: input.sendTime ?? 0,
        };
        const step = await createFromFile(client, file, task, options);
        if (!step.ok)
            throw step.error;
        const { upload, created, detail, matches } = step;
        return {
            taskId: created.result.taskId,
            subAccount: input.subAccount,
            status: matches ? detail?.status : undefined,
            statusAuthoritative: matches && detail?.status !== undefined,
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
