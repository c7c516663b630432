import { AGENT_V2_ACTIONS as A } from "./actions.js";
import { runAgentV2 } from "./run.js";
import { batchFileSize, putBatchFile, } from "./upload.js";
export function createAgentV2Methods(runtime, upload) {
    const methods = {
        getSubAccountDetail: (input, o) => runAgentV2(runtime, A.getSubAccountDetail, input, o),
        getSignatureIdentificationList: (input = {}, o) => runAgentV2(runtime, A.getSignatureIdentificationList, input, o),
        listSecondTemplate: (input = {}, o) => runAgentV2(runtime, A.listSecondTemplate, input, o),
        applySmsSignatureV2: (input, o) => runAgentV2(runtime, A.applySmsSignatureV2, input, o),
        applySmsTemplateV2: (input, o) => runAgentV2(runtime, A.applySmsTemplateV2, input, o),
        getUploadTosURL: (input = {}, o) => runAgentV2(runtime, A.getUploadTosURL, input, o),
        templateUploadDemo: (input, o) => runAgentV2(runtime, A.templateUploadDemo, input, o),
        setBatchTask: (input, o) => runAgentV2(runtime, A.setBatchTask, input, o),
        getBatchTaskDetail: (input, o) => runAgentV2(runtime, A.getBatchTaskDetail, input, o),
        getBatchTaskList: (input, o) => runAgentV2(runtime, A.getBatchTaskList, input, o),
        consentBatchTask: (input, o) => runAgentV2(runtime, A.consentBatchTask, input, o),
        deleteBatchTask: (input, o) => runAgentV2(runtime, A.deleteBatchTask, input, o),
        uploadBatchFile: async (input, o = {}) => {
            // The file is checked first: asking for an upload URL is a write.
            const size = await batchFileSize(input.path);
            const { result, requestId } = await methods.getUploadTosURL({ suffix: 'csv' }, o);
            const file = { path: input.path, size, inspect: input.inspect };
            const put = await putBatchFile(result.url, file, { ...upload, endpoint: runtime.endpoint.url }, o);
            return { file: result.file, requestId, ...put };
        },
    };
    return methods;
}
