/**
 * The text of a verification message with its code hidden (`您的验证码是******，5分钟内有效。`). Other
 * texts come back as they are. Where the template is known, pass it: a verification template's text is
 * masked even when it lacks the usual words.
 */
export declare function maskVerificationCode(text: string, template?: {
    channelType?: string | undefined;
    content?: string | undefined;
}): string;
