export const id = 749;
export const ids = [749];
export const modules = {

/***/ 23749:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMcpServer: () => (/* binding */ runMcpServer)
});

// UNUSED EXPORTS: TOKEN_VARIABLE, createMcpServer, isLoopback, startMcpHttp

// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/server/stdio.js + 1 modules
var stdio = __webpack_require__(99424);
// EXTERNAL MODULE: ./src/core/index.ts + 83 modules
var core = __webpack_require__(31419);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/server/streamableHttp.js + 7 modules
var streamableHttp = __webpack_require__(90262);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/types.js + 1 modules
var types = __webpack_require__(330);
;// CONCATENATED MODULE: ./src/mcp/http.ts





/**
 * Streamable HTTP at `/mcp`, one MCP session per client (sessions carry elicitation's round trips).
 * Bound to loopback unless told otherwise; anywhere else a bearer token is required, and it comes from the
 * environment (VOLC_SMS_MCP_TOKEN), never from a flag that would sit in shell history and `ps`.
 */
const TOKEN_VARIABLE = 'VOLC_SMS_MCP_TOKEN';
const MAX_BODY_BYTES = 1_000_000;
function isLoopback(host) {
    return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
function sendJson(res, status, body, headers = {}) {
    res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
}
const rpcError = (message) => ({ jsonrpc: '2.0', error: { code: -32000, message }, id: null });
function authorized(req, token) {
    if (token === undefined)
        return true;
    const given = Buffer.from(req.headers.authorization ?? '');
    const expected = Buffer.from(`Bearer ${token}`);
    return given.length === expected.length && (0,external_node_crypto_.timingSafeEqual)(given, expected);
}
async function readBody(req) {
    const chunks = [];
    let size = 0;
    for await (const chunk of req) {
        size += chunk.length;
        if (size > MAX_BODY_BYTES)
            throw new Error('request body too large');
        chunks.push(chunk);
    }
    return chunks.length === 0 ? undefined : JSON.parse(Buffer.concat(chunks).toString('utf8'));
}
async function startMcpHttp(options) {
    const loopback = isLoopback(options.host);
    if (!loopback && (options.token === undefined || options.token.length < 16)) {
        throw new core/* SmsConfigError */.cw(`Refusing to serve MCP on ${options.host} without a bearer token`, {
            hint: `Set ${TOKEN_VARIABLE} to a random secret of at least 16 characters, or leave --host out (127.0.0.1).`,
        });
    }
    const sessions = new Map();
    let allowedHosts = [];
    const handle = async (req, res) => {
        const url = new URL(req.url ?? '/', 'http://mcp');
        if (url.pathname !== '/mcp')
            return sendJson(res, 404, rpcError('Not found: the MCP endpoint is /mcp'));
        if (!authorized(req, options.token)) {
            return sendJson(res, 401, rpcError('Missing or wrong bearer token'), { 'www-authenticate': 'Bearer' });
        }
        const sessionId = req.headers['mcp-session-id'];
        const existing = typeof sessionId === 'string' ? sessions.get(sessionId) : undefined;
        if (req.method !== 'POST') {
            if (existing === undefined)
                return sendJson(res, 400, rpcError('Unknown or missing mcp-session-id'));
            return existing.handleRequest(req, res);
        }
        const body = await readBody(req).catch(() => Symbol.for('invalid'));
        if (typeof body === 'symbol')
            return sendJson(res, 400, rpcError('The body is not JSON'));
        if (existing !== undefined)
            return existing.handleRequest(req, res, body);
        if (sessionId !== undefined || !(0,types/* isInitializeRequest */.eK)(body)) {
            return sendJson(res, 400, rpcError('Start a session with an initialize request'));
        }
        const transport = new streamableHttp/* StreamableHTTPServerTransport */.D({
            sessionIdGenerator: () => (0,external_node_crypto_.randomUUID)(),
            onsessioninitialized: (id) => void sessions.set(id, transport),
            // On loopback, a page in the user's browser must not reach the server through a rebound name.
            ...(loopback ? { enableDnsRebindingProtection: true, allowedHosts } : {}),
        });
        transport.onclose = () => {
            if (transport.sessionId !== undefined)
                sessions.delete(transport.sessionId);
        };
        await options.createServer().connect(transport);
        await transport.handleRequest(req, res, body);
    };
    const http = (0,external_node_http_.createServer)((req, res) => {
        handle(req, res).catch((error) => {
            options.log(`HTTP request failed: ${error instanceof Error ? error.message : String(error)}`);
            if (!res.headersSent)
                sendJson(res, 500, rpcError('Internal error'));
        });
    });
    await new Promise((resolve, reject) => {
        http.once('error', reject);
        http.listen(options.port, options.host, resolve);
    });
    const { port } = http.address();
    allowedHosts.push(`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, `${options.host}:${port}`);
    allowedHosts = [...new Set(allowedHosts)];
    const shownHost = options.host.includes(':') ? `[${options.host}]` : options.host;
    return {
        url: `http://${shownHost}:${port}/mcp`,
        async close() {
            await Promise.all([...sessions.values()].map((transport) => transport.close()));
            await new Promise((resolve) => http.close(() => resolve()));
        },
    };
}

// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/server/mcp.js + 57 modules
var mcp = __webpack_require__(2371);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 4 modules
var schemas = __webpack_require__(41514);
;// CONCATENATED MODULE: ./src/mcp/application-tools.ts


/**
 * The signature and template applications as gated tool pairs, on the same core gates as
 * `signature-preview`/`-submit` and `template-preview`/`-submit`: the preview checks and shows the exact
 * body (a template's content as its length and hash) with the digest; the submit applies once. The field
 * rules (lengths, brackets, channels) are the core's request schemas', checked by the gate itself.
 */
const CHANNEL = schemas/* enum */.k5n(['CN_OTP', 'CN_NTC', 'CN_MKT']);
const groupsOf = (ids) => `${ids.length} group(s) (${ids.join(', ')})`;
const SIGNATURE_TOOLS = {
    tool: 'signature',
    title: { preview: 'Preview a signature application', submit: 'Apply for a previewed signature' },
    description: {
        preview: 'Checks a signature application (the qualification approved, usable and of this purpose; the groups ' +
            'visible and taking the channels) and returns the exact ApplySmsSignatureV2 body and a digest. Without ' +
            'subAccounts every visible group that takes the channels is bound (listed in the result). Applies for ' +
            'nothing: show the body to the user, and only after they approve call signature_submit.',
        submit: 'Applies for the signature a signature_preview returned, exactly once, if nothing changed since (a group ' +
            'added or removed refuses with what changed). After outcome_unknown, run the read the error names and ' +
            'pass reconciled: true only if the application is absent.',
    },
    input: {
        content: schemas/* string */.YjP().min(1).describe('The signature, 2–25 characters; one outer 【】 is dropped.'),
        purpose: schemas/* union */.KCZ([schemas/* literal */.euz(1), schemas/* literal */.euz(2)]).describe("1 own use, 2 for others (the qualification's)."),
        qualificationId: schemas/* number */.aig().int().positive().describe('An approved, usable qualification.'),
        subAccounts: schemas/* array */.YOg(schemas/* string */.YjP().min(1))
            .optional()
            .describe('Groups to bind; absent or empty: every visible group that takes the channels.'),
        channelTypes: schemas/* array */.YOg(CHANNEL).min(1),
        source: schemas/* union */.KCZ([schemas/* literal */.euz(1), schemas/* literal */.euz(2), schemas/* literal */.euz(3)]).describe('1 company, 2 App, 3 trademark.'),
        description: schemas/* string */.YjP().optional(),
        domain: schemas/* string */.YjP().optional(),
        scene: schemas/* string */.YjP().optional(),
        projectName: schemas/* string */.YjP().optional(),
        appIcp: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).optional().describe('With source 2: {"appIcpFilling":"…"}.'),
        trademark: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J())
            .optional()
            .describe('With source 3: {"trademarkCn","trademarkEn","trademarkNumber"}.'),
    },
    toRequest: (args) => args,
    summary: schemas/* object */.Ikc({
        body: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).describe('The exact ApplySmsSignatureV2 body the submit sends.'),
        messageGroups: schemas/* array */.YOg(schemas/* object */.Ikc({ subAccount: schemas/* string */.YjP(), subAccountName: schemas/* string */.YjP().nullable() })),
        messageGroupCount: schemas/* number */.aig().int(),
        excludedGroups: schemas/* array */.YOg(schemas/* object */.Ikc({ subAccount: schemas/* string */.YjP(), reason: schemas/* string */.YjP() })).optional(),
    }),
    destructive: false,
    describe: (s) => `Apply for signature 【${s.body.content}】 (${s.body.channelTypes.join(', ')}) for ${groupsOf(s.body.subAccounts)}?`,
    logged: (s) => groupsOf(s.body.subAccounts),
    preview: core/* previewSignature */.B5,
    submit: core/* submitSignature */.dw,
};
const TEMPLATE_TOOLS = {
    tool: 'template',
    title: { preview: 'Preview a template application', submit: 'Apply for a previewed template' },
    description: {
        preview: 'Checks a template application (every signature approved, bound to every group and taking the channel) ' +
            'and returns its summary (the content as its length and SHA-256) and a digest over the exact ' +
            'ApplySmsTemplateV2 body. Applies for nothing: show the summary to the user first.',
        submit: 'Applies for the template a template_preview returned, exactly once, if nothing changed since (other ' +
            'content, a signature no longer approved). After outcome_unknown, run the read the error names and pass ' +
            'reconciled: true only if the application is absent.',
    },
    input: {
        name: schemas/* string */.YjP().min(1),
        content: schemas/* string */.YjP().min(1).describe('The text with ${name} placeholders.'),
        channelType: CHANNEL.describe('Judged from the full content.'),
        signatures: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1).describe('Approved signatures bound to every group.'),
        subAccounts: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1),
        templateParams: schemas/* array */.YOg(schemas/* string */.YjP().min(1))
            .optional()
            .describe("The variable names; absent: the content's placeholders, in order."),
        project: schemas/* string */.YjP().optional(),
        description: schemas/* string */.YjP().optional(),
        shortUrlConfig: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).optional().describe('CN_MKT only.'),
    },
    toRequest: (args) => args,
    summary: schemas/* object */.Ikc({
        name: schemas/* string */.YjP(),
        channelType: schemas/* string */.YjP(),
        area: schemas/* literal */.euz('cn'),
        signatures: schemas/* array */.YOg(schemas/* string */.YjP()),
        subAccounts: schemas/* array */.YOg(schemas/* string */.YjP()),
        templateParams: schemas/* array */.YOg(schemas/* object */.Ikc({ name: schemas/* string */.YjP() })),
        content_length: schemas/* number */.aig().int(),
        content_sha256: schemas/* string */.YjP(),
        project: schemas/* string */.YjP().optional(),
        desc: schemas/* string */.YjP().optional(),
        shortUrlConfig: schemas/* unknown */.L5J().optional(),
    }),
    destructive: false,
    describe: (s) => `Apply for template "${s.name}" (${s.channelType}, ${s.content_length} characters, SHA-256 ` +
        `${s.content_sha256.slice(0, 12)}…) with ${s.signatures.join(', ')} for ${groupsOf(s.subAccounts)}?`,
    logged: (s) => groupsOf(s.subAccounts),
    preview: core/* previewTemplate */.d6,
    submit: core/* submitTemplate */.P0,
};

;// CONCATENATED MODULE: ./src/mcp/tool-result.ts

/**
 * What every tool answers: structured content plus the same JSON as text (for clients that show only
 * text), masked as the CLI's JSON is; a failure is a tool error (`isError`) carrying the code, the request
 * id and the hint, never a stack trace.
 */
// Digests, ids and keys are never masked (reference §5.1's gotcha: the phone pattern fires inside hex).
const NEVER_MASKED = /(id|ids|digest|sha256|key)$/i;
/** Phone numbers in any string value of a result, except under keys that hold ids or digests. */
function maskResult(value, key = '') {
    if (typeof value === 'string')
        return NEVER_MASKED.test(key) ? value : (0,core/* maskPhonesInText */.qC)(value);
    if (Array.isArray(value))
        return value.map((item) => maskResult(item, key));
    if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskResult(v, k)]));
    }
    return value;
}
function toolSuccess(structured) {
    const masked = maskResult(structured);
    return { content: [{ type: 'text', text: JSON.stringify(masked) }], structuredContent: masked };
}
function toolError(failure) {
    const described = (0,core/* describeError */.BR)(failure.error);
    const detail = {
        code: failure.code,
        message: (0,core/* redact */.lO)(described.message),
        hint: described.hint === undefined ? null : (0,core/* redact */.lO)(described.hint),
        requestId: described.requestId ?? null,
        outcome_unknown: failure.code === 'outcome_unknown',
        retryable: failure.retryable,
        ...(failure.changed === undefined ? {} : { changed: failure.changed }),
    };
    const line = [
        `${detail.code}: ${detail.message}`,
        detail.requestId === null ? '' : ` (request id ${detail.requestId})`,
        detail.hint === null ? '' : `. Hint: ${detail.hint}`,
    ].join('');
    return {
        isError: true,
        content: [
            { type: 'text', text: line },
            { type: 'text', text: JSON.stringify({ error: detail }) },
        ],
    };
}

;// CONCATENATED MODULE: ./src/mcp/gate-tools.ts



/** What a gated write's submit answers: the action called, its request id and the service's result. */
const WRITE_OUTPUT = {
    action: schemas/* string */.YjP().describe('The action called, or the submit tool itself for an answer without a call.'),
    requestId: schemas/* string */.YjP().nullable(),
    result: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()),
    reconciled: schemas/* boolean */.zMY()
        .optional()
        .describe('The answer was lost, and the service shows that the write happened.'),
};
const writeResult = (s) => ({
    action: s.action,
    requestId: s.requestId ?? null,
    result: s.result,
    ...(s.reconciled ? { reconciled: true } : {}),
});
function registerGateTools(server, tools, gate, requests, log) {
    const previewName = `${tools.tool}_preview`;
    const submitName = `${tools.tool}_submit`;
    const key = (digest) => `${tools.tool}\n${digest}`;
    const previewOutput = {
        preview: tools.summary,
        digest: schemas/* string */.YjP(),
        expiresAt: schemas/* string */.YjP(),
        pendingSubmit: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J())
            .optional()
            .describe('An earlier submit of this request whose outcome is unknown: reconcile before writing.'),
    };
    const submitted = tools.submitted ?? writeResult;
    server.registerTool(previewName, {
        title: tools.title.preview,
        description: tools.description.preview,
        inputSchema: tools.input,
        outputSchema: tools.answer === undefined ? previewOutput : optionalShape({ ...previewOutput, ...tools.answer }),
        annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
    }, async (args) => {
        const request = tools.toRequest(args);
        const outcome = await tools.preview(gate(), request);
        if ((0,core/* isGateFailure */.m2)(outcome)) {
            log(`${previewName} refused: ${outcome.code}`);
            return toolError(outcome);
        }
        if ((0,core/* isGateAnswer */.gP)(outcome)) {
            log(`${previewName} answered without a digest`);
            return toolSuccess(outcome.answer);
        }
        requests.set(key(outcome.digest), request);
        log(`${previewName} ok (${tools.logged(outcome.preview)})`);
        return toolSuccess({ preview: outcome.preview, ...(0,core/* previewDigestFields */.ez)(outcome) });
    });
    server.registerTool(submitName, {
        title: tools.title.submit,
        description: tools.description.submit,
        inputSchema: {
            previewDigest: schemas/* string */.YjP().describe(`The digest ${previewName} returned.`),
            ...tools.submitInput,
            reconciled: schemas/* boolean */.zMY()
                .optional()
                .describe('After outcome_unknown: the read the error named shows the write absent.'),
        },
        outputSchema: tools.submitOutput ?? WRITE_OUTPUT,
        annotations: {
            readOnlyHint: false,
            destructiveHint: tools.destructive,
            idempotentHint: true,
            openWorldHint: true,
        },
    }, async (args) => {
        const authorization = tools.authorization?.(args) ?? {};
        const digest = (0,core/* parseDigest */.m)(args.previewDigest);
        const request = digest === undefined ? undefined : requests.get(key(digest));
        // Unequal digests the gate refuses (authorization_mismatch) before it looks anything up, as a malformed
        // one; a well-formed digest this server never previewed has no request to recompute: nothing is written.
        const unequal = authorization.authorizationDigest !== undefined &&
            (0,core/* parseDigest */.m)(authorization.authorizationDigest) !== digest;
        if (request === undefined && digest !== undefined && !unequal) {
            log(`${submitName} refused: digest_mismatch`);
            return toolError(unknownDigest(previewName));
        }
        const outcome = await tools.submit(gate(), request ?? {}, {
            previewDigest: args.previewDigest,
            reconciled: args.reconciled,
            ...authorization,
            confirm: (summary) => confirmWithHuman(server, tools.describe(summary)),
        });
        if ((0,core/* isGateFailure */.m2)(outcome)) {
            log(`${submitName} refused: ${outcome.code}`);
            return toolError(outcome);
        }
        if ((0,core/* isGateAnswer */.gP)(outcome)) {
            log(`${submitName} answered without a write`);
            // In WRITE_OUTPUT's shape: the submit itself answered (a task already started).
            return toolSuccess({ action: submitName, requestId: null, result: outcome.answer });
        }
        log(`${submitName} done (request id ${outcome.requestId ?? '-'})`);
        return toolSuccess(submitted(outcome));
    });
}
const optionalShape = (shape) => Object.fromEntries(Object.entries(shape).map(([name, schema]) => [name, schema.optional()]));
function unknownDigest(previewName) {
    const message = `This server made no ${previewName} with this digest: nothing was sent`;
    return {
        ok: false,
        code: 'digest_mismatch',
        error: new core/* SmsInputError */.E$(message, [{ field: 'previewDigest', message }], {
            hint: `Call ${previewName} here with the request, show its summary, and submit the digest it returns.`,
        }),
        retryable: false,
    };
}
/** Asks the human through the client (elicitation) when it can; a client without it relies on the digest. */
async function confirmWithHuman(server, question) {
    if (server.server.getClientCapabilities()?.elicitation === undefined)
        return true;
    // A client that cannot show the question (or fails to) has not confirmed: nothing is written.
    const answer = await server.server
        .elicitInput({
        mode: 'form',
        message: question,
        requestedSchema: {
            type: 'object',
            properties: {
                confirm: { type: 'boolean', title: 'Go ahead', description: 'Yes to do it now.' },
            },
            required: ['confirm'],
        },
    })
        .catch(() => undefined);
    return answer?.action === 'accept' && answer.content?.confirm === true;
}

;// CONCATENATED MODULE: ./src/mcp/batch-tools.ts




/**
 * Batch tasks as tools, on the core code of `batch-create`, `batch-launch-preview`/`-submit` and
 * `batch-cancel` (reference §3.1, §4.4, §2.12). Creating never starts a task and needs no consent; the
 * launch is the gated write (the digest and the user's exact words `确认启动任务 <taskId>`); a cancel has no
 * gate beyond the task's own state, and a second cancel deletes nothing.
 */
const TASK = {
    subAccount: schemas/* string */.YjP().min(1).describe("The task's message group."),
    taskId: schemas/* string */.YjP().min(1).describe('The task id batch_create returned.'),
};
const count = (what) => schemas/* number */.aig().int().min(0).max(1_000_000).describe(`${what} (from batch_create).`);
const HANDOFF = {
    ...TASK,
    fileSha256: schemas/* string */.YjP()
        .regex(/^[0-9a-fA-F]{64}$/)
        .describe("The file's SHA-256 (from batch_create)."),
    totalCount: count('Rows in the file').optional(),
    validCount: count('Valid rows'),
    invalidCount: count('Invalid rows'),
    dupCount: count('Duplicate numbers'),
};
const BATCH_LAUNCH_TOOLS = {
    tool: 'batch_launch',
    title: { preview: 'Preview a batch launch', submit: 'Launch a previewed batch task' },
    description: {
        preview: 'Reads a created batch task (it must be in state 2, Valid), re-checks its group, signature and template, ' +
            'and returns the launch summary and a digest over the task, the handoff values batch_create returned and ' +
            'the template content. Starts nothing. A task already started answers alreadyStarted.',
        submit: `Starts the task a batch_launch_preview returned, once, only with the digest and authorizationText: the ` +
            `user's own words, exactly "${core/* CONSENT_PHRASE */.F3} <taskId>". Reads the task again and refuses on any difference.`,
    },
    input: HANDOFF,
    toRequest: (args) => args,
    summary: schemas/* object */.Ikc({
        taskId: schemas/* string */.YjP(),
        taskName: schemas/* string */.YjP(),
        subAccount: schemas/* string */.YjP(),
        signature: schemas/* string */.YjP(),
        templateId: schemas/* string */.YjP(),
        channelType: schemas/* string */.YjP(),
        fileKeySha256: schemas/* string */.YjP(),
        sendTime: schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP()]),
        totalCount: schemas/* number */.aig().int(),
        fileSha256: schemas/* string */.YjP(),
        validCount: schemas/* number */.aig().int(),
        invalidCount: schemas/* number */.aig().int(),
        dupCount: schemas/* number */.aig().int(),
        contentSha256: schemas/* string */.YjP(),
    }),
    // A task already started: this answer instead of a preview.
    answer: { alreadyStarted: schemas/* boolean */.zMY(), status: schemas/* number */.aig().int(), taskId: schemas/* string */.YjP() },
    submitInput: {
        authorizationText: schemas/* string */.YjP()
            .describe(`The user's words, exactly "${core/* CONSENT_PHRASE */.F3} <taskId>"; never written for them.`),
    },
    authorization: (args) => ({ authorizationText: args.authorizationText }),
    destructive: true,
    describe: (s) => `Start batch task ${s.taskId} (${s.taskName}): template ${s.templateId} with 【${s.signature}】 to ` +
        `${s.validCount} number(s) of group ${s.subAccount}, ${s.sendTime === 0 ? 'at once' : `at ${String(s.sendTime)}`}?`,
    logged: (s) => `${s.validCount} number(s)`,
    preview: core/* previewBatchLaunch */.g4,
    submit: core/* submitBatchLaunch */.gz,
};
function registerBatchWriteTools(server, client, now, log) {
    server.registerTool('batch_create', {
        title: 'Create a batch task',
        description: 'Checks the schedule, the group, signature and template (notification or marketing only), prechecks ' +
            'the CSV file on this machine (phone, then the template variables in order), uploads it and creates the ' +
            'task (SetBatchTask). Never starts it: the task waits in state 2 for batch_launch_preview, whose ' +
            'arguments the result carries as `launch`.',
        inputSchema: {
            file: schemas/* string */.YjP().min(1).describe('Path of the batch CSV on the machine that runs this server.'),
            subAccount: schemas/* string */.YjP().min(1),
            taskName: schemas/* string */.YjP().min(1),
            signature: schemas/* string */.YjP().min(1).describe('An approved signature bound to the group.'),
            templateId: schemas/* string */.YjP().min(1).describe('An approved notification or marketing template.'),
            scheduled: schemas/* boolean */.zMY().optional().describe('Send at sendTime instead of at once.'),
            sendTime: schemas/* string */.YjP()
                .optional()
                .describe('With scheduled: ISO 8601, Asia/Shanghai unless an offset is given, 08:00–21:30.'),
        },
        outputSchema: WRITE_OUTPUT,
        // It creates a task that sends nothing until it is launched.
        annotations: {
            readOnlyHint: false,
            destructiveHint: false,
            idempotentHint: false,
            openWorldHint: true,
        },
    }, async (args) => {
        const outcome = await (0,core/* createBatchTask */.aj)(client, { ...args, scheduled: args.scheduled === true }, now());
        if (!outcome.ok) {
            log(`batch_create refused: ${outcome.code}`);
            return toolError(outcome);
        }
        const r = outcome.result;
        log(`batch_create ok (${r.validCount} number(s))`);
        const launch = {
            subAccount: r.subAccount,
            taskId: r.taskId,
            fileSha256: r.fileSha256,
            totalCount: r.totalCount,
            validCount: r.validCount,
            invalidCount: r.invalidCount,
            dupCount: r.dupCount,
        };
        return toolSuccess({
            action: 'SetBatchTask',
            requestId: outcome.requestId ?? null,
            result: { ...r, launch },
        });
    });
    server.registerTool('batch_cancel', {
        title: 'Cancel a batch task',
        description: 'Cancels a batch task that has not started sending (DeleteBatchTask, once): already canceled answers ' +
            'alreadyCanceled without a call; states 6–9 are refused; a scheduled task only while its send time is ' +
            'more than one minute ahead.',
        inputSchema: TASK,
        outputSchema: WRITE_OUTPUT,
        annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: true },
    }, async (args) => {
        const outcome = await (0,core/* cancelBatchTask */.Uf)(client, args, now());
        if (!outcome.ok) {
            log(`batch_cancel refused: ${outcome.code}`);
            return toolError(outcome);
        }
        log(`batch_cancel done (${outcome.action})`);
        return toolSuccess({
            action: outcome.action === 'batch-cancel' ? 'batch_cancel' : outcome.action,
            requestId: outcome.requestId ?? null,
            result: outcome.result,
        });
    });
}

;// CONCATENATED MODULE: ./src/mcp/prompts.ts

/** Two ready-made conversations: the gated verification-code send, and the last day's delivery report. */
function registerPrompts(server) {
    server.registerPrompt('send-verification-code', {
        title: 'Send a verification code',
        description: 'Find a usable group, signature and verification template, preview, confirm, send once.',
        argsSchema: {
            mobile: schemas/* string */.YjP().describe('The mainland mobile to send the code to.'),
            subAccount: schemas/* string */.YjP().optional().describe('Message group id, if you know it.'),
        },
    }, ({ mobile, subAccount }) => ({
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
    }));
    server.registerPrompt('delivery-report', {
        title: 'Delivery report for the last 24 h',
        description: 'Submission and receipt rates over the last 24 hours, from the counts, with failures by code.',
        argsSchema: { subAccount: schemas/* string */.YjP().optional().describe('Only this message group.') },
    }, ({ subAccount }) => {
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
    });
}

;// CONCATENATED MODULE: ./src/mcp/skill-read-tools.ts


const invalid = (field, message) => ({
    ok: false,
    code: 'validation_error',
    error: new core/* SmsInputError */.E$(`${field} ${message}`, [{ field, message }]),
    retryable: false,
});
// The result schemas read ids of either type into text; the output is that text (a JSON Schema has no
// transforms).
const task = (s) => ({ ...s.BatchTaskSchema.shape, taskId: schemas/* string */.YjP().optional() });
const pagedTasks = (s) => ({
    total: schemas/* number */.aig().int().optional(),
    list: schemas/* array */.YOg(schemas/* object */.Ikc(task(s))),
    pageIndex: schemas/* number */.aig().int().optional(),
    pageSize: schemas/* number */.aig().int().optional(),
});
const skill_read_tools_window = schemas/* object */.Ikc({ start_inclusive: schemas/* string */.YjP(), end_exclusive: schemas/* string */.YjP() });
const SKILL_READ_TOOLS = [
    {
        name: 'batch_detail',
        title: 'Batch task detail',
        description: "One batch task's authoritative state (status 0–9: 2 Valid awaits consent, 6 Done means processed, not " +
            'delivered). Same as `volc-sms batch-detail`.',
        input: (s) => ({
            subAccount: s.GetBatchTaskDetailQuerySchema.shape.subAccount.describe('The message group.'),
            taskId: s.GetBatchTaskDetailQuerySchema.shape.taskId.describe('The task id.'),
        }),
        output: task,
        call: (client, args) => client.getBatchTaskDetail(args),
    },
    {
        name: 'batch_list',
        title: 'Batch tasks',
        description: "A message group's batch tasks (a task in status 2 may be missing: ask batch_detail). Same as " +
            '`volc-sms batch-list`.',
        input: (s) => {
            const query = s.GetBatchTaskListQuerySchema.shape;
            return {
                subAccount: query.subAccount.describe('The message group.'),
                taskName: query.taskName.describe('Match on the task name.'),
                signature: query.signature.describe('Only this signature (sent as given).'),
                templateId: query.templateId,
                pageIndex: query.pageIndex.optional().describe('Page number (default 1).'),
                pageSize: query.pageSize.optional().describe('Items per page, 1–100 (default 100).'),
            };
        },
        output: pagedTasks,
        call: (client, args) => client.getBatchTaskList(args),
    },
    {
        name: 'match_template',
        title: 'Match a template',
        description: 'Which approved template has exactly this text (no signature prefix): none, single or ambiguous, ' +
            'candidates sorted by id with content as length + SHA-256. Same as `volc-sms match-template`.',
        input: (s) => ({
            content: schemas/* string */.YjP().min(1).describe('The message text without the signature, compared exactly.'),
            signature: schemas/* string */.YjP().min(1).describe('The signature (one outer 【】 or [] removed).'),
            subAccount: schemas/* string */.YjP().min(1).describe('The message group.'),
            channelType: s.ChannelTypeSchema,
        }),
        output: () => ({
            classification: schemas/* enum */.k5n(['none', 'single', 'ambiguous']),
            candidates: schemas/* array */.YOg(schemas/* object */.Ikc({
                templateId: schemas/* string */.YjP(),
                signature: schemas/* string */.YjP(),
                subAccount: schemas/* string */.YjP(),
                variableNames: schemas/* array */.YOg(schemas/* string */.YjP()),
                contentLength: schemas/* number */.aig().int(),
                contentSha256: schemas/* string */.YjP(),
            })),
        }),
        async call(client, args) {
            const signature = (0,core/* normalizeSignature */.iF)(args.signature);
            if ('problem' in signature)
                return invalid('signature', signature.problem);
            const match = await (0,core/* matchTemplate */.eg)(client, { ...args, signature: signature.value });
            return match.ok
                ? { result: { classification: match.classification, candidates: match.candidates } }
                : match;
        },
    },
    {
        name: 'analytics',
        title: 'Send analytics',
        description: 'Submission and receipt trends of an explicit window [start, end) (ISO 8601, Asia/Shanghai without an ' +
            'offset, at most 90 days) by total, hour or day; rates recomputed from the counts with their fields; ' +
            'insufficient_data where counts are missing or disagree; includeLogs adds the send log as evidence. ' +
            'Same as `volc-sms analytics`.',
        input: (s) => ({
            start: schemas/* string */.YjP().describe('Start, included: 2026-07-01T00:00:00.'),
            end: schemas/* string */.YjP().describe('End, excluded.'),
            subAccount: schemas/* string */.YjP().optional().describe('Only this group (required with includeLogs).'),
            channelType: s.ChannelTypeSchema.optional().describe('Not with includeLogs.'),
            signature: schemas/* string */.YjP().optional().describe('Only this signature (sent as given).'),
            templateId: schemas/* string */.YjP().optional(),
            mobile: schemas/* string */.YjP().optional().describe('Send-log filter only (needs includeLogs); never shown back.'),
            bucket: schemas/* enum */.k5n(['total', 'hour', 'day']).optional().describe('Default day; at most 100 buckets.'),
            includeLogs: schemas/* boolean */.zMY().optional(),
            dimension: schemas/* enum */.k5n(['time', 'subAccount', 'signature', 'template']).optional(),
            pageSize: schemas/* number */.aig().int().min(1).max(100).optional(),
            maxPages: schemas/* number */.aig().int().min(1).max(100).optional(),
        }),
        output: () => ({
            status: schemas/* enum */.k5n(['complete', 'insufficient_data']),
            aggregate_population: schemas/* literal */.euz('submission_level'),
            timezone: schemas/* literal */.euz('Asia/Shanghai'),
            window: skill_read_tools_window,
            data_cutoff_exclusive: schemas/* string */.YjP(),
            scope: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()),
            bucket: schemas/* enum */.k5n(['total', 'hour', 'day']),
            trend: schemas/* array */.YOg(schemas/* object */.Ikc({ window: skill_read_tools_window, metrics: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()) })),
            send_logs: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).optional(),
        }),
        async call(client, args) {
            const pacer = (0,core/* createPacer */.g3)(core/* DEFAULT_SEND_QPS */.ui);
            const built = await (0,core/* buildAnalyticsReport */.$u)(client, args, { beforeQuery: () => pacer.wait() });
            return built.ok ? { result: built.report } : built;
        },
    },
];

;// CONCATENATED MODULE: ./src/mcp/read-tools.ts




/**
 * Tool inputs cut from an action's request schema: each camelCase name is the body's PascalCase field
 * (its rules live there once), with the description a tool shows; `paged` adds Page and PageSize, optional.
 */
function cut(body, described, paged = false) {
    const field = (name) => body.shape[name.charAt(0).toUpperCase() + name.slice(1)];
    return {
        ...Object.fromEntries(Object.entries(described).map(([name, text]) => [
            name,
            text === null ? field(name) : field(name).describe(text),
        ])),
        ...(paged
            ? {
                page: field('page').optional().describe('Page number (default 1).'),
                pageSize: field('pageSize')
                    .optional()
                    .describe('Items per page, 1–100 (default 20; 100 for the send log).'),
            }
            : {}),
    };
}
const READ_TOOLS = [
    {
        name: 'list_sub_account',
        title: 'List message groups',
        description: 'Approved message groups (sub-accounts) with their channel types. Same as `volc-sms list_sub_account`.',
        input: (s) => cut(s.ListSubAccountForAgentBodySchema, { subAccountName: 'Fuzzy match on the group name.' }),
        result: (s) => s.SubAccountListSchema,
        call: (client, args) => client.listSubAccounts(args),
    },
    {
        name: 'list_signature',
        title: 'List signatures',
        description: 'Approved signatures and the message groups they are bound to. Same as `volc-sms list_signature`.',
        input: (s) => cut(s.ListSignatureForAgentBodySchema, {
            signature: 'Fuzzy match on the signature text.',
            subAccounts: 'Only signatures bound to these groups.',
        }, true),
        result: (s) => s.SignatureListSchema,
        call: (client, args) => client.listSignatures(args),
    },
    {
        name: 'list_sms_template',
        title: 'List templates',
        description: 'Approved templates with their content, variables, signatures and groups. Same as `volc-sms list_sms_template`.',
        input: (s) => cut(s.ListSmsTemplateForAgentBodySchema, {
            templateId: 'Only this template.',
            subAccounts: 'Only templates of these groups.',
            signatures: 'Only templates for these signatures.',
        }, true),
        result: (s) => s.TemplateListSchema,
        call: (client, args) => client.listTemplates(args),
    },
    {
        name: 'list_sms_send_log',
        title: 'Send log',
        description: 'Message-level send log of one group: status, error code and receipt time per message (numbers masked). ' +
            'Times are epoch seconds. Same as `volc-sms list_sms_send_log`.',
        input: (s) => ({
            subAccount: s.ListSmsSendLogForAgentBodySchema.shape.SubAccount.unwrap().describe('Message group id (required).'),
            ...cut(s.ListSmsSendLogForAgentBodySchema, {
                fromTime: 'Window start, epoch seconds.',
                toTime: 'Window end, epoch seconds.',
                mobile: 'Only this number (a filter; never shown back).',
                templateId: null,
                signature: null,
                messageId: 'Only this message (reconciles a send).',
            }, true),
        }),
        result: (s) => s.SendLogListSchema,
        call: (client, args) => client.listSendLogs(args),
    },
    {
        name: 'list_total_send_count_stat',
        title: 'Send statistics',
        description: 'Submission and receipt counts for a window (epoch seconds), optionally per group, channel, signature ' +
            'or template. Same as `volc-sms list_total_send_count_stat`.',
        input: (s) => cut(s.ListTotalSendCountStatForAgentBodySchema, {
            startTime: 'Window start, epoch seconds.',
            endTime: 'Window end, epoch seconds.',
            subAccount: null,
            channelType: 'CN_OTP, CN_NTC or CN_MKT.',
            signature: null,
            templateId: null,
        }),
        result: (s) => s.SendStatsSchema,
        call: (client, args) => client.getSendStats(args),
    },
];
/** The envelope as the CLI prints it: the server's metadata and the (typed) result. */
function envelopeSchema(s, result) {
    return schemas/* object */.Ikc({ ResponseMetadata: s.ResponseMetadataSchema, Result: result });
}
const READ_ANNOTATIONS = {
    readOnlyHint: true,
    destructiveHint: false,
    idempotentHint: true,
    openWorldHint: true,
};
function registerReadTools(server, client, schemas, log) {
    /** Runs one tool call: timed, logged without its arguments (they hold numbers), failures as tool errors. */
    const answer = async (name, run) => {
        const started = performance.now();
        try {
            const outcome = await run();
            if ((0,core/* isGateFailure */.m2)(outcome)) {
                log(`${name} failed: ${outcome.code}`);
                return toolError(outcome);
            }
            const { structured, requestId } = outcome;
            const id = requestId ? `, request id ${requestId}` : '';
            log(`${name} ok (${Math.round(performance.now() - started)} ms${id})`);
            return toolSuccess(structured);
        }
        catch (error) {
            const failure = (0,core/* toGateFailure */.zq)(error, 'read');
            log(`${name} failed: ${failure.code}`);
            return toolError(failure);
        }
    };
    for (const tool of READ_TOOLS) {
        server.registerTool(tool.name, {
            title: tool.title,
            description: tool.description,
            inputSchema: tool.input(schemas),
            outputSchema: envelopeSchema(schemas, tool.result(schemas)).shape,
            annotations: READ_ANNOTATIONS,
        }, (args) => answer(tool.name, async () => {
            const response = await tool.call(client, args);
            const raw = response.raw;
            return {
                structured: { ResponseMetadata: raw.ResponseMetadata, Result: response.result },
                requestId: response.requestId,
            };
        }));
    }
    for (const tool of SKILL_READ_TOOLS) {
        server.registerTool(tool.name, {
            title: tool.title,
            description: tool.description,
            inputSchema: tool.input(schemas),
            outputSchema: tool.output(schemas),
            annotations: READ_ANNOTATIONS,
        }, (args) => answer(tool.name, async () => {
            const outcome = await tool.call(client, args);
            if ((0,core/* isGateFailure */.m2)(outcome))
                return outcome;
            const { result, requestId } = outcome;
            return { structured: result, requestId };
        }));
    }
}

;// CONCATENATED MODULE: ./src/mcp/resources.ts

/**
 * The account's message groups, signatures and templates as browsable resources (JSON, first 100 of
 * each), read live on every request so a client never sees a stale approval state.
 */
const RESOURCES = [
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
function registerResources(server, client) {
    for (const resource of RESOURCES) {
        server.registerResource(resource.name, resource.uri, { title: resource.title, description: resource.description, mimeType: 'application/json' }, async (uri) => {
            const response = await resource.read(client);
            const text = JSON.stringify(maskResult(response.result), null, 2);
            return { contents: [{ uri: uri.href, mimeType: 'application/json', text }] };
        });
    }
}

;// CONCATENATED MODULE: ./src/mcp/send-tools.ts


/**
 * The gated send as two tools, on the same core gate as `send-preview`/`send-submit`: `send_preview`
 * returns the masked summary and the digest; `send_submit` takes the digest, re-checks everything and
 * sends once. There is no one-step send tool. The request behind a digest is kept in this process's memory
 * only (never on disk), so submit needs nothing but the digests; where the client supports elicitation,
 * submit also asks the human to confirm the masked summary.
 */
const REQUEST_SHAPE = {
    subAccount: schemas/* string */.YjP().min(1).describe('Message group id (list_sub_account).'),
    signature: schemas/* string */.YjP().min(1).describe('Approved signature bound to the group (list_signature).'),
    templateId: schemas/* string */.YjP()
        .min(1)
        .describe('Approved template for that signature and group (list_sms_template).'),
    mobiles: schemas/* array */.YOg(schemas/* string */.YjP())
        .min(1)
        .max(core/* MAX_GATED_RECIPIENTS */.iu)
        .describe('Mainland mobiles, +86 allowed, at most 200.'),
    templateParams: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP())
        .describe('The template variables, exactly those the template has; {} for a fixed text.'),
    dedupePolicy: schemas/* enum */.k5n(['reject', 'keep-first'])
        .optional()
        .describe('A number given twice: refuse (default) or keep its first occurrence.'),
};
const SUMMARY = schemas/* object */.Ikc({
    subAccount: schemas/* string */.YjP(),
    signature: schemas/* string */.YjP(),
    templateId: schemas/* string */.YjP(),
    originalRecipients: schemas/* array */.YOg(schemas/* string */.YjP()).describe('Masked, in input order.'),
    recipients: schemas/* array */.YOg(schemas/* string */.YjP()).describe('Masked, de-duplicated: who will get a message.'),
    recipientCount: schemas/* number */.aig().int(),
    dedupePolicy: schemas/* enum */.k5n(['reject', 'keep-first']),
    duplicates: schemas/* array */.YOg(schemas/* string */.YjP()),
    variableNames: schemas/* array */.YOg(schemas/* string */.YjP()),
    contentSummary: schemas/* object */.Ikc({ templateSha256: schemas/* string */.YjP(), renderedSha256: schemas/* string */.YjP() }),
    estimatedSegments: schemas/* number */.aig().int(),
});
/** A short, human summary for the confirmation prompt: masked numbers only, no variable values. */
function describeSummary(summary) {
    const shown = summary.recipients.slice(0, 10).join(', ');
    const more = summary.recipients.length > 10 ? ` and ${summary.recipients.length - 10} more` : '';
    return (`Send template ${summary.templateId} with signature 【${summary.signature}】 from group ${summary.subAccount} ` +
        `to ${summary.recipientCount} number(s): ${shown}${more} (${summary.estimatedSegments} segment(s))?`);
}
const SEND_TOOLS = {
    tool: 'send',
    title: { preview: 'Preview a send', submit: 'Send a previewed message' },
    description: {
        preview: 'Checks a send (group usable, signature approved and bound, template approved for both, exact ' +
            'variables) and returns the masked summary and a digest. Sends nothing. Show the summary to the user; ' +
            'only after they approve, call send_submit with the digest.',
        submit: 'Sends the message a send_preview returned, exactly once, if nothing changed since (flags, numbers, ' +
            'template content, segments); otherwise refuses and says what changed. authorizationDigest is the ' +
            'digest the user approved and must equal previewDigest. After outcome_unknown, check the send log and ' +
            'pass reconciled: true only if the messages are absent.',
    },
    input: REQUEST_SHAPE,
    toRequest: (args) => ({ ...args, templateParams: args.templateParams }),
    summary: SUMMARY,
    submitInput: {
        authorizationDigest: schemas/* string */.YjP().describe('The digest the user approved (equal to previewDigest).'),
    },
    authorization: (args) => ({
        authorizationDigest: args.authorizationDigest,
    }),
    submitOutput: { MessageIds: schemas/* array */.YOg(schemas/* string */.YjP()), requestId: schemas/* string */.YjP().nullable(), preview: SUMMARY },
    submitted: (s) => ({
        MessageIds: s.result.MessageIds,
        requestId: s.requestId ?? null,
        preview: s.preview,
    }),
    destructive: false,
    describe: describeSummary,
    logged: (summary) => `${summary.recipientCount} recipient(s)`,
    preview: core/* previewSend */.p_,
    submit: (context, request, input) => (0,core/* submitSend */.pT)(context, request, { ...input, authorizationDigest: input.authorizationDigest ?? '' }),
};

;// CONCATENATED MODULE: ./src/mcp/server.ts








const INSTRUCTIONS = [
    'Volcengine SMS. Read tools list message groups, signatures, templates, the send log, statistics and',
    'batch tasks, find the template that has a text (match_template) and report trends (analytics).',
    'To send: send_preview, show its masked summary to the user, and only after they approve call send_submit',
    'with the digest; a digest sends at most once. On outcome_unknown, check list_sms_send_log before anything.',
    'Signature and template applications and batch launches are the same two steps (signature_*, template_*,',
    'batch_launch_*); batch_create makes a task that waits for its launch; batch_cancel stops one not yet sending.',
].join(' ');
function createMcpServer(parts) {
    const server = new mcp/* McpServer */._({ name: 'volc-sms', version: parts.version }, { instructions: INSTRUCTIONS });
    registerReadTools(server, parts.client, parts.schemas, parts.log);
    const gate = () => ({ client: parts.client, ledger: parts.ledger, now: parts.now });
    registerGateTools(server, SEND_TOOLS, gate, parts.requests, parts.log);
    registerGateTools(server, SIGNATURE_TOOLS, gate, parts.requests, parts.log);
    registerGateTools(server, TEMPLATE_TOOLS, gate, parts.requests, parts.log);
    registerGateTools(server, BATCH_LAUNCH_TOOLS, gate, parts.requests, parts.log);
    registerBatchWriteTools(server, parts.client, parts.now ?? Date.now, parts.log);
    registerResources(server, parts.client);
    registerPrompts(server);
    return server;
}

;// CONCATENATED MODULE: ./src/mcp/index.ts
// `volc-sms mcp`: the MCP server over the core. Loaded on demand by the CLI command (src/cli/commands/mcp.ts),
// so the SDK never weighs on the start-up of the other commands.






async function runMcpServer(options) {
    const parts = {
        client: options.client,
        ledger: new core/* ConsentLedger */.S((0,core/* fileLedgerStore */.jy)(options.ledgerDir, options.now)),
        schemas: await (0,core/* loadWireSchemas */.gD)(),
        requests: new Map(),
        version: options.version,
        log: options.log,
        now: options.now,
    };
    if (options.http !== undefined) {
        const server = await startMcpHttp({
            ...options.http,
            createServer: () => createMcpServer(parts),
            log: options.log,
        });
        options.onReady?.(server.url);
        const signal = await options.shutdown;
        await server.close();
        return signal;
    }
    const server = createMcpServer(parts);
    const transport = new stdio/* StdioServerTransport */.S();
    // The client ending the conversation closes stdin: that ends the server too.
    const stdinClosed = new Promise((resolve) => process.stdin.once('end', () => resolve('stdin closed')));
    await server.connect(transport);
    options.onReady?.('stdio');
    const reason = await Promise.race([options.shutdown, stdinClosed]);
    await server.close();
    return reason;
}


/***/ })

};
