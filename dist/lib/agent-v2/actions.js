/** One row of the table; the params and result types follow from the schemas it names. */
function actionRow(kind, method, action, result, row = {}) {
    const paramsSchema = `${action}${method === 'GET' ? 'Query' : 'Body'}Schema`;
    const { prepare = (input) => input, ...rest } = row;
    return {
        action,
        prepare,
        method,
        kind,
        params: (s) => s[paramsSchema],
        result: (s) => s[result],
        ...rest,
    };
}
// The skill's paging defaults: page 1 of 100.
const firstPage = (input) => ({ ...input, pageIndex: input.pageIndex ?? 1, pageSize: input.pageSize ?? 100 });
const taskDetail = (params, settledWhen) => ({
    action: 'GetBatchTaskDetail',
    params: { subAccount: params.subAccount, taskId: params.taskId },
    settledWhen,
});
export const AGENT_V2_ACTIONS = {
    getSubAccountDetail: actionRow('read', 'GET', 'GetSubAccountDetail', 'SubAccountDetailSchema'),
    getSignatureIdentificationList: actionRow('read', 'POST', 'GetSignatureIdentificationList', 'QualificationListSchema', { prepare: (input) => firstPage(input) }),
    listSecondTemplate: actionRow('read', 'GET', 'ListSecondTemplate', 'SecondTemplateListSchema'),
    applySmsSignatureV2: actionRow('write', 'POST', 'ApplySmsSignatureV2', 'SignatureApplicationSchema', {
        reconcile: (body) => ({
            action: 'ListSignatureForAgent',
            params: { Signature: body.content, SubAccounts: [...body.subAccounts], Page: 1, PageSize: 100 },
            settledWhen: 'exactly one signature with this text lists a status other than 2 (rejected), these message groups and channels, and the same qualification and purpose',
        }),
    }),
    applySmsTemplateV2: actionRow('write', 'POST', 'ApplySmsTemplateV2', 'TemplateApplicationSchema', {
        prepare: (input) => ({ ...input, area: input.area ?? 'cn' }),
        reconcile: (body) => ({
            action: 'ListSmsTemplateForAgent',
            params: {
                SubAccounts: [...body.subAccounts],
                Signatures: [...body.signatures],
                Page: 1,
                PageSize: 100,
            },
            settledWhen: 'exactly one template with this name lists a status other than 2 (rejected) and the same content, channel, message groups, signatures and variables',
        }),
    }),
    getUploadTosURL: actionRow('write', 'GET', 'GetUploadTosURL', 'UploadTosURLSchema', {
        prepare: (input) => ({ ...input, suffix: input.suffix ?? 'csv' }),
        unreconciled: 'Nothing was uploaded yet: ask for a new upload URL.',
    }),
    templateUploadDemo: actionRow('read', 'POST', 'TemplateUploadDemo', 'TemplateUploadDemoSchema', {
        prepare: ({ forceUpdate, ...input }) => forceUpdate ? { ...input, forceUpdate } : input,
        answersCsv: true,
    }),
    setBatchTask: actionRow('write', 'POST', 'SetBatchTask', 'BatchTaskCreatedSchema', {
        prepare: (input) => ({ ...input, extra: input.extra ?? {} }),
        unreconciled: 'The task may or may not have been created, and without its taskId it cannot be looked up (matching by name or time is not safe): check the batch tasks in the console before creating it again. Creating a task never starts it.',
    }),
    getBatchTaskDetail: actionRow('read', 'GET', 'GetBatchTaskDetail', 'BatchTaskSchema'),
    getBatchTaskList: actionRow('read', 'GET', 'GetBatchTaskList', 'BatchTaskListSchema', {
        prepare: (input) => firstPage(input),
    }),
    consentBatchTask: actionRow('write', 'POST', 'ConsentBatchTask', 'EmptyResultSchema', {
        reconcile: (ref) => taskDetail(ref, 'status is 3 to 6: the task started'),
    }),
    deleteBatchTask: actionRow('write', 'POST', 'DeleteBatchTask', 'EmptyResultSchema', {
        reconcile: (ref) => taskDetail(ref, 'status is 7: the task is canceled'),
    }),
};
