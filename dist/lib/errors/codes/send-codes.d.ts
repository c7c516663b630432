/** The SMS send codes (reference §5.1), answered with HTTP 200. */
export declare const SEND_CODES: {
    readonly 'RE:0000': {
        readonly kind: "auth";
        readonly provesNotProcessed: true;
        readonly message: "Account authentication failed";
        readonly hint: "Check that VOLCENGINE_ACCESS_KEY and VOLCENGINE_SECRET_KEY (or ARK_SKILL_API_KEY) belong to an active key; `volc-sms doctor` shows which credentials were found.";
    };
    readonly 'RE:0001': {
        readonly kind: "api";
        readonly provesNotProcessed: true;
        readonly message: "SMS service is not activated for this account";
        readonly hint: "Activate SMS in the Volcengine console (短信服务) for the account these credentials belong to.";
    };
    readonly 'RE:0002': {
        readonly kind: "api";
        readonly provesNotProcessed: true;
        readonly message: "The SMS product is shut down for this account";
        readonly hint: "Contact Volcengine support about the account status.";
    };
    readonly 'RE:0003': {
        readonly kind: "api";
        readonly provesNotProcessed: true;
        readonly message: "Message group (sub-account) does not exist or is not approved";
        readonly hint: "Run `volc-sms list_sub_account` to see the approved message groups, and pass one of their ids as --sub-account.";
    };
    readonly 'RE:0004': {
        readonly kind: "api";
        readonly provesNotProcessed: true;
        readonly message: "Signature error: it does not exist, is not approved, or is not bound to this message group";
        readonly hint: "Check `volc-sms list_signature --sub-accounts {subAccount}`: the signature must be approved and bound to this message group.";
    };
    readonly 'RE:0005': {
        readonly kind: "api";
        readonly provesNotProcessed: true;
        readonly message: "Template error: it does not exist, is not approved, or does not belong to this message group";
        readonly hint: "Check `volc-sms list_sms_template --sub-accounts {subAccount} --signatures {signature}`: the template must be approved and match the signature and group.";
    };
    readonly 'RE:0006': {
        readonly kind: "api";
        readonly provesNotProcessed: true;
        readonly message: "Mobile number format error";
        readonly hint: "Mainland numbers are 11 digits (optionally +86); international numbers need + and the country code (E.164).";
    };
    readonly 'RE:0007': {
        readonly kind: "api";
        readonly provesNotProcessed: true;
        readonly message: "Caller IP is not on the IP allowlist";
        readonly hint: "Add this machine's public IP to the allowlist in the console, or turn the allowlist off.";
    };
    readonly 'RE:0009': {
        readonly kind: "api";
        readonly provesNotProcessed: true;
        readonly message: "Request parameter error";
        readonly hint: "Check every field: at most 200 numbers, TemplateParam a JSON object of strings matching the template variables.";
    };
    readonly 'RE:0010': {
        readonly kind: "api";
        readonly provesNotProcessed: true;
        readonly message: "The account is in arrears";
        readonly hint: "Top up the Volcengine account, then send again.";
    };
    readonly 'RE:0011': {
        readonly kind: "api";
        readonly provesNotProcessed: true;
        readonly message: "Sending to this region is not supported";
        readonly hint: "Enable the destination region for the message group, or remove those numbers.";
    };
    readonly 'RE:0012': {
        readonly kind: "api";
        readonly provesNotProcessed: true;
        readonly message: "The template's channel type is not enabled on this message group";
        readonly hint: "Use a template whose channel type the message group supports; `volc-sms list_sub_account` shows each group's channel types.";
    };
    readonly 'RE:0013': {
        readonly kind: "api";
        readonly provesNotProcessed: true;
        readonly message: "Sending volume is over the threshold set in the console";
        readonly hint: "Raise the volume limit in the console or send later.";
    };
    readonly 'RE:0500': {
        readonly kind: "api";
        readonly provesNotProcessed: false;
        readonly message: "Unknown error inside the SMS service";
        readonly hint: "Check the send log before sending again, then retry.";
    };
    readonly 'VE:0001': {
        readonly kind: "api";
        readonly provesNotProcessed: true;
        readonly message: "Video SMS is not enabled";
        readonly hint: "Enable video SMS (CN_VMS) for the account in the console.";
    };
    readonly 'VE:0002': {
        readonly kind: "api";
        readonly provesNotProcessed: true;
        readonly message: "The video SMS template is not usable";
        readonly hint: "Check that the video template is approved by the carriers.";
    };
    readonly 'VE:0003': {
        readonly kind: "api";
        readonly provesNotProcessed: true;
        readonly message: "The video SMS signature does not match the template";
        readonly hint: "Use the signature the video template was approved with.";
    };
    readonly 'VE:0004': {
        readonly kind: "api";
        readonly provesNotProcessed: true;
        readonly message: "The video SMS template has expired";
        readonly hint: "Apply for the video template again.";
    };
    readonly ZJ10200: {
        readonly kind: "api";
        readonly provesNotProcessed: true;
        readonly message: "Request parameter error";
        readonly hint: "Check the request fields against `volc-sms <command> --help`.";
    };
    readonly ZJ10202: {
        readonly kind: "api";
        readonly provesNotProcessed: true;
        readonly message: "Invalid JSON parameter";
        readonly hint: "TemplateParam must be valid JSON: escape quotes and newlines inside values.";
    };
};
