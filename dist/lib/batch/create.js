import { runBatchChecks } from "../consent/batch-checks.js";
import { consentDigest } from "../consent/canonical.js";
import { failureOf, gateFailure } from "../consent/gate-failure.js";
import { readTask } from "../consent/batch-launch-gate.js";
import { SmsOutcomeUnknownError, isSmsError } from "../errors/errors.js";
import { precheckBatchCsv, precheckError } from "./precheck.js";
import { checkBatchSchedule } from "./schedule.js";
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
    let upload;
    try {
        upload = await client.uploadBatchFile({ path: input.file });
    }
    catch (error) {
        // An upload URL is a write of its own, but nothing is created without SetBatchTask (§2.6).
        return { ...failureOf(error, 'check'), code: 'resource_query_failed' };
    }
    if (upload.sha256 !== report.fileSha256) {
        return gateFailure('validation_error', 'The file changed between its precheck and its upload: no task was created', 'file', 'Leave the file alone while batch-create runs, and run it again.');
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
        fileUrl: upload.file,
    };
    let created;
    try {
        created = await client.setBatchTask(body);
    }
    catch (error) {
        if (isSmsError(error) && error.code === 'ERR_SMS_OUTCOME_UNKNOWN') {
            // No task id came back: nothing can settle it (time-window matching is forbidden, §5.2).
            const unknown = new SmsOutcomeUnknownError('SetBatchTask got no usable answer: a task may or may not have been created', {
                cause: error,
                requestId: error.requestId,
                hint: `Look for task "${input.taskName}" with \`volc-sms batch-list --sub-account ${input.subAccount}\` before creating it again.`,
            });
            return { ...failureOf(unknown, 'send'), attempted: true };
        }
        return { ...failureOf(error, 'send'), attempted: true };
    }
    const taskId = created.result.taskId;
    const detail = await readTask(client, input.subAccount, taskId);
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
            status: detail.ok ? detail.task.status : null,
            statusAuthoritative: detail.ok,
            digest: consentDigest({ taskId, subAccount: input.subAccount, body: { ...body, extra: {} }, handoff }),
        },
    };
}
