export const id = 688;
export const ids = [688];
export const modules = {

/***/ 67688:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSlackApp: () => (/* binding */ runSlackApp)
});

// UNUSED EXPORTS: AccessConfigSchema, appLog, createSlackApp, defaultDbPath, parseAccessConfig

// EXTERNAL MODULE: ./src/core/index.ts + 83 modules
var core = __webpack_require__(31419);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 4 modules
var schemas = __webpack_require__(41514);
;// CONCATENATED MODULE: ./src/slack/access-config.ts




/**
 * The permissions and recipient-groups file named by SMS_SLACK_CONFIG (JSON). Slack ids only, never names:
 * names can be renamed by anyone, ids cannot (users `U…`/`W…`, user groups `S…`, channels `C…`/`G…`/`D…`).
 */
const userOrGroupId = schemas/* string */.YjP()
    .regex(/^[UWS][A-Z0-9]{2,}$/, 'must be a Slack user id (U…/W…) or user-group id (S…)');
const channelId = schemas/* string */.YjP().regex(/^[CGD][A-Z0-9]{2,}$/, 'must be a Slack channel id (C…/G…/D…)');
const recipientGroupName = schemas/* string */.YjP()
    .regex(/^[a-z0-9][a-z0-9_-]*$/, 'names are lowercase letters, digits, "-" or "_" (e.g. "oncall")');
/** Commands that have their own hourly limit; anything not listed uses `default`. */
const LIMITED_COMMANDS = [
    'send',
    'stats',
    'log',
    'templates',
    'signatures',
    'groups',
    'schedule',
    'audit',
    'batch',
];
const DEFAULT_LIMITS_PER_HOUR = {
    // Sends cost money and reach people; reads are cheap but still hit the SMS API's 5 QPS budget.
    send: 10,
    stats: 60,
    log: 60,
    templates: 60,
    signatures: 60,
    groups: 60,
    schedule: 30,
    audit: 60,
    // create, list, status, launch and cancel together; each task can reach a million numbers.
    batch: 30,
};
const perHour = schemas/* number */.aig().int().min(0, 'use 0 to forbid a command, or a positive count per hour');
const AccessConfigSchema = schemas/* strictObject */.rej({
    senders: schemas/* array */.YOg(userOrGroupId).default([]),
    readers: schemas/* array */.YOg(userOrGroupId).default([]),
    admins: schemas/* array */.YOg(userOrGroupId).default([]),
    /** Channels where `send` is allowed; empty means any channel. */
    channels: schemas/* array */.YOg(channelId).default([]),
    recipientGroups: schemas/* record */.g1P(recipientGroupName, schemas/* array */.YOg(schemas/* string */.YjP().superRefine((number, ctx) => {
        const normalized = (0,core/* normalizePhone */.cz)(number);
        // Masked even here: this message is printed at start-up, into process logs.
        if (!normalized.ok) {
            ctx.addIssue({
                code: 'custom',
                message: `${(0,core/* maskPhone */.Xu)(number)} is not a phone number: ${normalized.reason}`,
            });
        }
    }))
        .min(1, 'list at least one number'))
        .default({}),
    /** IANA time zone for schedules and report labels. */
    timezone: schemas/* string */.YjP()
        .refine(isValidTimeZone, 'must be an IANA time zone such as "Asia/Shanghai"')
        .optional(),
    limits: schemas/* strictObject */.rej({
        send: perHour.optional(),
        stats: perHour.optional(),
        log: perHour.optional(),
        templates: perHour.optional(),
        signatures: perHour.optional(),
        groups: perHour.optional(),
        schedule: perHour.optional(),
        audit: perHour.optional(),
        batch: perHour.optional(),
        /** Ask once more (Block Kit confirm dialog) when a send has more recipients than this. */
        confirmAbove: schemas/* number */.aig().int().min(0).optional(),
        /** Above this many recipients `/sms send` goes through a batch task (default 10,000). */
        batchThreshold: schemas/* number */.aig().int().min(1).optional(),
    })
        .optional(),
    /** SQLite file for the audit log, pending sends and schedules. */
    auditDb: schemas/* string */.YjP().min(1).optional(),
});
function isValidTimeZone(zone) {
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: zone });
        return true;
    }
    catch {
        return false;
    }
}
/** Hourly limits with the defaults filled in. */
function limitsOf(config) {
    const out = { ...DEFAULT_LIMITS_PER_HOUR };
    const given = config?.limits ?? {};
    for (const command of LIMITED_COMMANDS) {
        const value = given[command];
        if (value !== undefined)
            out[command] = value;
    }
    return out;
}
/**
 * A `.yaml`/`.yml` file's data. Numbers under `recipientGroups` keep their text as written: YAML reads a
 * plain `+6598620548` as the integer 6598620548 (no `+`) and `0086…` without its zeros.
 */
function parseYaml(text, file) {
    const doc = (0,dist/* parseDocument */.Tp)(text);
    const [error] = doc.errors;
    if (error) {
        throw new core/* SmsConfigError */.cw(`SMS_SLACK_CONFIG ${file} is not valid YAML: ${error.message}`, {
            hint: 'Fix the YAML syntax; see docs/slack.md for the shape (senders, readers, admins, channels, …).',
        });
    }
    const groups = doc.get('recipientGroups', true);
    if ((0,dist/* isNode */.Ll)(groups)) {
        (0,dist/* visit */.YR)(groups, {
            Scalar(_key, node) {
                if (typeof node.value === 'number' && node.source !== undefined)
                    node.value = node.source;
            },
        });
    }
    return doc.toJS();
}
function parseJson(text, file) {
    try {
        return JSON.parse(text);
    }
    catch (err) {
        throw new core/* SmsConfigError */.cw(`SMS_SLACK_CONFIG ${file} is not valid JSON: ${err.message}`, {
            hint: 'Fix the JSON syntax; see docs/slack.md for the shape ({"senders": [...], "readers": [...], ...}).',
        });
    }
}
/**
 * Parses the file's text: YAML for a `.yaml`/`.yml` file, else JSON. Throws SmsConfigError naming the file
 * and the field (`limits.send`, `recipientGroups.oncall[0]`), never a zod stack.
 */
function parseAccessConfig(text, file) {
    const data = /\.ya?ml$/i.test(file) ? parseYaml(text, file) : parseJson(text, file);
    const parsed = AccessConfigSchema.safeParse(data);
    if (!parsed.success) {
        const problems = parsed.error.issues.map((issue) => `${fieldPath(issue.path)}: ${issue.message}`);
        throw new core/* SmsConfigError */.cw(`SMS_SLACK_CONFIG ${file} is invalid: ${problems.join('; ')}`, {
            hint: 'Fix the named field; see docs/slack.md for the documented shape.',
        });
    }
    return parsed.data;
}
function loadAccessConfig(file) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (err) {
        throw new core/* SmsConfigError */.cw(`Cannot read SMS_SLACK_CONFIG ${file}: ${err.code ?? 'error'}`, {
            hint: 'Point SMS_SLACK_CONFIG at an existing JSON or YAML file, or unset it to start with every command but help refused.',
        });
    }
    return parseAccessConfig(text, file);
}
function fieldPath(path) {
    if (path.length === 0)
        return '(file)';
    return path
        .map((part, index) => typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`)
        .join('');
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/slack/access-policy.ts
const RANK = { reader: 1, sender: 2, admin: 3 };
const REQUIRED_ROLE = {
    help: undefined,
    send: 'sender',
    stats: 'reader',
    log: 'reader',
    templates: 'reader',
    signatures: 'reader',
    groups: 'reader',
    'schedule-list': 'reader',
    // Schedules post into channels on their own, every day: that is an admin's decision.
    'schedule-add': 'admin',
    'schedule-remove': 'admin',
    audit: 'admin',
    'batch-list': 'reader',
    'batch-status': 'reader',
    // A batch task reaches thousands: creating, launching (the Launch click) and cancelling are a sender's.
    'batch-create': 'sender',
    'batch-launch': 'sender',
    'batch-cancel': 'sender',
};
/** The commands that send, or decide a batch task's fate: allowed only from the configured channels. */
const CHANNEL_BOUND = new Set([
    'send',
    'batch-create',
    'batch-launch',
    'batch-cancel',
]);
const NOT_CONFIGURED_REASON = 'This app has no permissions configured yet, so only `/sms help` works. An admin sets SMS_SLACK_CONFIG to a JSON or YAML file ' +
    'naming `senders`, `readers` and `admins` (Slack user or user-group ids) and restarts the app; see docs/slack.md.';
class AccessPolicy {
    #config;
    #groupMembers;
    #log;
    constructor(config, groupMembers, log = () => { }) {
        this.#config = config;
        this.#groupMembers = groupMembers;
        this.#log = log;
    }
    get configured() {
        return this.#config !== undefined;
    }
    async decide(command, userId, channelId) {
        const needed = REQUIRED_ROLE[command];
        if (needed === undefined)
            return { allowed: true, role: await this.roleOf(userId) };
        if (this.#config === undefined)
            return { allowed: false, reason: NOT_CONFIGURED_REASON };
        const role = await this.roleOf(userId);
        if (role === undefined || RANK[role] < RANK[needed]) {
            return {
                allowed: false,
                reason: `\`/sms ${commandWord(command)}\` needs the ${needed} role and you ${role === undefined ? 'have no role' : `are a ${role}`} ` +
                    `in this app. Ask an admin to add your user id (${userId}) or one of your user groups to \`${needed}s\`.`,
            };
        }
        if (CHANNEL_BOUND.has(command) &&
            this.#config.channels.length > 0 &&
            !this.#config.channels.includes(channelId)) {
            return {
                allowed: false,
                reason: `Sends are not allowed from this channel (${channelId}). Use one of: ${this.#config.channels.map((id) => `<#${id}>`).join(', ')}, ` +
                    'or ask an admin to add this channel to `channels`.',
            };
        }
        return { allowed: true, role };
    }
    /** The highest role the user holds, directly or through a user group. */
    async roleOf(userId) {
        const config = this.#config;
        if (config === undefined)
            return undefined;
        for (const [role, ids] of [
            ['admin', config.admins],
            ['sender', config.senders],
            ['reader', config.readers],
        ]) {
            if (await this.#isIn(userId, ids))
                return role;
        }
        return undefined;
    }
    async #isIn(userId, ids) {
        if (ids.includes(userId))
            return true;
        for (const id of ids) {
            if (!id.startsWith('S'))
                continue;
            try {
                if ((await this.#groupMembers(id)).includes(userId))
                    return true;
            }
            catch (err) {
                // Deny rather than guess: a failed lookup never grants access.
                this.#log(`warn: could not list members of user group ${id}: ${err.message}`);
            }
        }
        return false;
    }
}
function commandWord(command) {
    return command.replace('-', ' ');
}

// EXTERNAL MODULE: ./node_modules/@slack/bolt/dist/index.js
var bolt_dist = __webpack_require__(2043);
;// CONCATENATED MODULE: ./src/slack/fresh-requests.ts

// Bolt refuses a request signed more than five minutes ago but accepts one signed any time in the future,
// so a request captured with a future timestamp (a skewed clock, or a forged header on a replay) would stay
// valid until that time. Slack never sends one: refuse both directions the same way.
const MAX_SKEW_SECONDS = 5 * 60;
/** True when the `X-Slack-Request-Timestamp` header is more than five minutes ahead of `nowMs`. */
function isFromTheFuture(header, nowMs) {
    const seconds = Number(Array.isArray(header) ? header[0] : header);
    return Number.isFinite(seconds) && seconds > Math.floor(nowMs / 1000) + MAX_SKEW_SECONDS;
}
/**
 * Bolt's HTTP receiver, answering 401 (as Bolt does for a stale one) to a request timestamped more than
 * five minutes in the future, before Bolt reads it. The signature is still checked by Bolt.
 */
function freshRequestsReceiver(options, log, now = Date.now) {
    const receiver = new bolt_dist.HTTPReceiver(options);
    const handle = receiver.requestListener;
    receiver.requestListener = (req, res) => {
        if (!isFromTheFuture(req.headers['x-slack-request-timestamp'], now()))
            return handle(req, res);
        log(`warn: refused a request to ${req.url ?? '/'} timestamped more than ${MAX_SKEW_SECONDS / 60} minutes in the future`);
        req.resume();
        res.writeHead(401).end();
    };
    return receiver;
}

;// CONCATENATED MODULE: ./src/slack/bolt-app.ts



function healthRoutes(readiness) {
    return [
        {
            // The process is up (a liveness probe): nothing else is checked, nothing is revealed.
            path: '/healthz',
            method: ['GET'],
            handler: (_req, res) => {
                res.writeHead(200, { 'content-type': 'text/plain' });
                res.end('ok');
            },
        },
        {
            // Ready for traffic: migrated, the database answers, and not stopping (a load balancer drains it).
            path: '/readyz',
            method: ['GET'],
            handler: (_req, res) => {
                void readiness().then((state) => {
                    res.writeHead(state.ok ? 200 : 503, { 'content-type': 'text/plain' });
                    res.end(state.ok ? 'ready' : `not ready: ${state.reason}`);
                });
            },
        },
    ];
}
function createBoltApp(options) {
    const { appToken, logger } = options;
    const customRoutes = healthRoutes(options.readiness);
    return new bolt_dist.App({
        token: options.botToken,
        ...(appToken !== undefined
            ? // The health routes still need a port; Bolt would take 3000 whatever PORT says.
                { socketMode: true, appToken, customRoutes, installerOptions: { port: options.healthPort ?? 3000 } }
            : {
                receiver: freshRequestsReceiver({ signingSecret: options.signingSecret ?? '', customRoutes, logger }, options.log),
            }),
        logger,
        deferInitialization: true,
        // No conversation state is used; skipping Bolt's store saves work before every ack.
        convoStore: false,
        // A short retry budget: a command's answer is useless after a minute, and respond() has its own URL.
        clientOptions: {
            ...(options.slackApiUrl === undefined ? {} : { slackApiUrl: options.slackApiUrl }),
            retryConfig: { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 2_000 },
        },
    });
}
/**
 * Bolt's initialisation (auth.test), deferred to the start so a wrong or revoked bot token fails it with
 * a clear error, instead of an unhandled rejection from Bolt's constructor.
 */
async function initBoltApp(app, slackApiUrl) {
    try {
        await app.init();
    }
    catch (err) {
        const rejected = err.code === 'slack_webapi_platform_error';
        throw new core/* SmsConfigError */.cw(rejected
            ? `Slack rejected SLACK_BOT_TOKEN: ${err.message}`
            : `Could not reach the Slack Web API at ${slackApiUrl ?? 'https://slack.com/api/'}: ${err.message}`, {
            cause: err,
            hint: rejected
                ? 'Copy the Bot User OAuth Token (xoxb-…) from OAuth & Permissions; reinstall the app if it was revoked.'
                : 'Check the network (proxy, firewall) and SLACK_API_URL.',
        });
    }
}

;// CONCATENATED MODULE: ./src/slack/blocks.ts
// Slack rejects section text over 3000 characters; stay under it with room for a "… more" line.
const SECTION_LIMIT = 2900;
function escapeMrkdwn(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function section(markdown) {
    return { type: 'section', text: { type: 'mrkdwn', text: truncate(markdown, SECTION_LIMIT) } };
}
function header(text) {
    return { type: 'header', text: { type: 'plain_text', text: truncate(text, 150), emoji: true } };
}
function context(markdown) {
    return { type: 'context', elements: [{ type: 'mrkdwn', text: truncate(markdown, 2000) }] };
}
function divider() {
    return { type: 'divider' };
}
function truncate(text, limit) {
    return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}
/**
 * Lines as one or more sections, each under Slack's size limit; beyond `maxLines` a count of the rest is
 * shown instead, so a 500-recipient send still renders.
 */
function lineSections(lines, maxLines = 60) {
    const shown = lines.slice(0, maxLines);
    const blocks = [];
    let chunk = '';
    for (const line of shown) {
        if (chunk !== '' && chunk.length + line.length + 1 > SECTION_LIMIT) {
            blocks.push(section(chunk));
            chunk = '';
        }
        chunk = chunk === '' ? line : `${chunk}\n${line}`;
    }
    if (chunk !== '')
        blocks.push(section(chunk));
    if (lines.length > shown.length)
        blocks.push(context(`… and ${lines.length - shown.length} more`));
    return blocks;
}
/** A short answer: a refusal, an error, a confirmation of a small change. */
function notice(markdown) {
    return { text: markdown, blocks: [section(markdown)] };
}

;// CONCATENATED MODULE: ./src/slack/batch-messages.ts


/** The messages of `/sms batch`: summary with its Launch button, status, list, progress and receipts. */
const LAUNCH_ACTION = 'sms_batch_launch';
const CANCEL_BATCH_ACTION = 'sms_batch_cancel';
/**
 * A task status by the core's name of it (agent-v2 reference §2.9); 2 says what it waits for. A value the
 * reference does not name is shown as a number, never given a label.
 */
function statusName(status) {
    if (status === undefined || status < 0)
        return 'unknown';
    const name = (0,core/* batchTaskStateName */._i)(status);
    if (name === undefined)
        return `status ${status}`;
    return status === core/* BATCH_TASK_AWAITING_CONSENT */.tK ? `${name}, awaiting launch` : name;
}
/** Done, canceled, failed or killed: nothing more happens to the task. */
const isFinalStatus = (status) => status !== undefined && core/* FINAL_TASK_STATES */.mI.has(status);
function summaryLines(summary, subAccount) {
    const sample = summary.sample.length > 0 ? ` (${summary.sample.join(', ')}, …)` : '';
    return [
        `*Template* ${summary.templateId} (${summary.channelType}) · *Signature* ${escapeMrkdwn(summary.signature)} · *Message group* ${subAccount}`,
        `*Recipients* ${summary.totalCount}${sample}${summary.fileName === undefined ? '' : ` · *File* ${escapeMrkdwn(summary.fileName)}`}`,
    ].join('\n');
}
function launchButton(row) {
    return {
        type: 'button',
        action_id: LAUNCH_ACTION,
        text: { type: 'plain_text', text: `Launch to ${row.summary.totalCount}` },
        style: 'primary',
        // The id of the app's row for the task: nothing else is trusted from the click.
        value: row.id,
        confirm: {
            title: { type: 'plain_text', text: 'Launch this batch task?' },
            text: {
                type: 'mrkdwn',
                text: `This texts *${row.summary.totalCount} recipients* with template ${row.summary.templateId}. It cannot be undone once sending starts.`,
            },
            confirm: { type: 'plain_text', text: 'Launch' },
            deny: { type: 'plain_text', text: 'Go back' },
            style: 'danger',
        },
    };
}
/** The summary of a task awaiting launch; the Launch click is the consent (senders only). */
function batchSummaryMessage(row, intro) {
    const s = row.summary;
    const blocks = [
        header(`Batch task ${row.taskId}: ${s.taskName}`),
        section(intro),
        ...(s.rendered === undefined ? [] : [section(`>${escapeMrkdwn(s.rendered)}`)]),
        section(summaryLines(s, row.subAccount)),
        { type: 'actions', block_id: 'sms_batch_decision', elements: [launchButton(row)] },
        context('Nothing is sent until a sender presses Launch: that click is the consent. Progress follows in this thread.'),
    ];
    return { text: `Batch task ${row.taskId} (${s.totalCount} recipients) awaits launch.`, blocks };
}
function cancelButton(row) {
    return {
        type: 'button',
        action_id: CANCEL_BATCH_ACTION,
        text: { type: 'plain_text', text: `Cancel task ${row.taskId}` },
        style: 'danger',
        // The id of the app's row for the task, as for Launch.
        value: row.id,
        confirm: {
            title: { type: 'plain_text', text: 'Cancel this batch task?' },
            text: {
                type: 'mrkdwn',
                text: `What task ${row.taskId} has not sent yet will not be sent. A cancelled task cannot be launched again.`,
            },
            confirm: { type: 'plain_text', text: 'Cancel the task' },
            deny: { type: 'plain_text', text: 'Keep it' },
            style: 'danger',
        },
    };
}
/** `/sms batch cancel ID`: the task and a Cancel button; the click is the decision (senders only). */
function batchCancelMessage(row, task) {
    const text = `Batch task ${row.taskId} is ${statusName(task.status)}. Press Cancel to stop what it has not sent yet.`;
    return {
        text,
        blocks: [
            header(`Batch task ${row.taskId}: ${task.taskName ?? row.summary.taskName}`),
            section(text),
            section(summaryLines(row.summary, row.subAccount)),
            { type: 'actions', block_id: 'sms_batch_cancel_decision', elements: [cancelButton(row)] },
            context('Nothing is cancelled until a sender presses Cancel.'),
        ],
    };
}
/** The summary once launched: the button is gone, who launched it is said. */
function batchLaunchedMessage(row, by) {
    const text = `:rocket: Batch task ${row.taskId} launched by <@${by}> (${row.summary.totalCount} recipients). Progress in the thread.`;
    return {
        text,
        blocks: [
            header(`Batch task ${row.taskId}: ${row.summary.taskName}`),
            section(text),
            section(summaryLines(row.summary, row.subAccount)),
        ],
    };
}
function batchStatusMessage(task, row) {
    const lines = [
        `*Status* ${statusName(task.status)} (${task.status ?? '?'})`,
        `*Template* ${task.templateId ?? '?'} (${task.channelType ?? '?'}) · *Signature* ${escapeMrkdwn(task.signature ?? '?')} · *Message group* ${task.subAccount ?? '?'}`,
        `*Recipients* ${task.totalCount ?? '?'}${task.scheduled ? ` · *Scheduled* ${String(task.sendTime)}` : ''}`,
    ];
    if (row !== undefined) {
        lines.push(`Created in Slack by <@${row.createdBy}>${row.launchedBy === undefined ? '' : `, launched by <@${row.launchedBy}>`}.`);
    }
    return {
        text: `Batch task ${task.taskId}: ${statusName(task.status)}.`,
        blocks: [header(`Batch task ${task.taskId}: ${task.taskName ?? ''}`), section(lines.join('\n'))],
    };
}
function batchListMessage(tasks, awaiting) {
    const lines = tasks.map((t) => `\`${t.taskId}\` ${escapeMrkdwn(t.taskName ?? '')} · ${statusName(t.status)} · ${t.totalCount ?? '?'} recipients · ${t.templateId ?? ''} · group ${t.subAccount ?? ''}`);
    const listed = new Set(tasks.map((t) => `${t.subAccount}/${t.taskId}`));
    for (const row of awaiting) {
        if (listed.has(`${row.subAccount}/${row.taskId}`))
            continue;
        lines.push(`\`${row.taskId}\` ${escapeMrkdwn(row.summary.taskName)} · created here by <@${row.createdBy}>, awaiting launch · ${row.summary.totalCount} recipients · group ${row.subAccount}`);
    }
    if (lines.length === 0)
        return notice('No batch tasks yet. Create one with `/sms batch create template=<id>`.');
    return {
        text: `${lines.length} batch task${lines.length === 1 ? '' : 's'}.`,
        blocks: [
            header('Batch tasks'),
            ...lineSections(lines, 40),
            context("`/sms batch status <task-id>` for one task (tasks awaiting launch may be missing from the service's list)."),
        ],
    };
}
function batchProgressMessage(taskId, status) {
    const icon = status === 6
        ? ':white_check_mark:'
        : isFinalStatus(status)
            ? ':octagonal_sign:'
            : ':hourglass_flowing_sand:';
    return notice(`${icon} Batch task ${taskId}: ${statusName(status)}`);
}
/**
 * The receipts once the task is over: counted by the send stats of its template, signature and group
 * since the launch, which also count other sends of that template in that time.
 */
function batchReceiptsMessage(row, stats, settled) {
    const accepted = stats.TotalSendSuccessCount;
    const awaiting = Math.max(0, accepted - stats.TotalReceiptSuccessCount - stats.TotalReceiptFailureCount);
    const text = `:bar_chart: Receipts for batch task ${row.taskId}: ${stats.TotalAllSendCount || stats.TotalSendCount} submitted, ${accepted} accepted, ` +
        `${stats.TotalReceiptSuccessCount} delivered, ${stats.TotalReceiptFailureCount} delivery failed, ${awaiting} ${settled ? 'without receipt yet' : 'awaiting receipt'}.`;
    return {
        text,
        blocks: [
            section(text),
            context(`Counted from the send stats of ${row.summary.templateId} with ${escapeMrkdwn(row.summary.signature)} in group ${row.subAccount} since the launch (other sends of that template in that time count too). \`/sms stats\` has more.`),
        ],
    };
}

;// CONCATENATED MODULE: ./src/slack/send-messages.ts

/** The confirmation and result messages of `/sms send`. Numbers appear masked only. */
const CONFIRM_ACTION = 'sms_send_confirm';
const CANCEL_ACTION = 'sms_send_cancel';
function confirmationMessage(view) {
    const count = view.masked.length;
    const people = `${count} recipient${count === 1 ? '' : 's'}`;
    const sendButton = {
        type: 'button',
        action_id: CONFIRM_ACTION,
        text: { type: 'plain_text', text: `Send to ${people}` },
        style: 'primary',
        // The id of the server-side pending send; the numbers themselves never leave the server.
        value: view.pendingId,
    };
    if (count > view.confirmAbove) {
        sendButton.confirm = {
            title: { type: 'plain_text', text: 'Send this SMS?' },
            text: {
                type: 'mrkdwn',
                text: `This texts *${people}* with template ${view.templateId}. It cannot be undone.`,
            },
            confirm: { type: 'plain_text', text: `Send to ${count}` },
            deny: { type: 'plain_text', text: 'Go back' },
            style: 'danger',
        };
    }
    const from = view.groups.length > 0 ? ` (from ${view.groups.join(', ')})` : '';
    const blocks = [
        header(`Send SMS to ${people}?`),
        section(`>${escapeMrkdwn(view.rendered)}`),
        section(`*Template* ${view.templateId} · *Signature* ${escapeMrkdwn(view.signature)} · *Message group* ${view.subAccount}\n` +
            `*Recipients*${from}: ${view.masked.slice(0, 40).join(', ')}${count > 40 ? `, … ${count - 40} more` : ''}\n` +
            `*Engine* ${escapeMrkdwn(view.engine)}`),
        {
            type: 'actions',
            block_id: 'sms_send_decision',
            elements: [
                sendButton,
                {
                    type: 'button',
                    action_id: CANCEL_ACTION,
                    text: { type: 'plain_text', text: 'Cancel' },
                    value: view.pendingId,
                },
            ],
        },
        context(`Nothing is sent until you press Send. This confirmation expires in ${view.expiresInMinutes} minutes.`),
    ];
    return { text: `Send SMS to ${people} with ${view.templateId}? Confirm or cancel below.`, blocks };
}
const ICON = {
    delivered: ':white_check_mark:',
    failed: ':x:',
    awaiting: ':hourglass_flowing_sand:',
    'no-receipt': ':grey_question:',
    unknown: ':warning:',
};
function recipientLine(line) {
    if (line.status === 'failed')
        return `${ICON.failed} ${line.masked}: not sent: ${escapeMrkdwn(line.error ?? 'failed')}`;
    if (line.status === 'unknown') {
        return `${ICON.unknown} ${line.masked}: outcome unknown; it may have been sent, so check \`/sms log <full number>\` before sending again: ${escapeMrkdwn(line.error ?? '')}`;
    }
    const id = line.messageId === undefined ? '' : ` · \`${line.messageId}\``;
    switch (line.receipt) {
        case 'delivered':
            return `${ICON.delivered} ${line.masked}: delivered${id}`;
        case 'failed':
            return `${ICON.failed} ${line.masked}: sent, delivery failed ${line.receiptCode ?? ''}${line.receiptMessage ? ` (${escapeMrkdwn(line.receiptMessage)})` : ''}${id}`;
        case 'no-receipt':
            return `${ICON['no-receipt']} ${line.masked}: sent, no delivery receipt yet${id}`;
        default:
            return `${ICON.awaiting} ${line.masked}: sent, awaiting delivery receipt${id}`;
    }
}
function summarize(recipients) {
    const counts = {
        sent: 0,
        failed: 0,
        unknown: 0,
        delivered: 0,
        undelivered: 0,
        awaiting: 0,
    };
    for (const r of recipients) {
        counts[r.status] = (counts[r.status] ?? 0) + 1;
        if (r.status !== 'sent')
            continue;
        if (r.receipt === 'delivered')
            counts.delivered = (counts.delivered ?? 0) + 1;
        else if (r.receipt === 'failed')
            counts.undelivered = (counts.undelivered ?? 0) + 1;
        else
            counts.awaiting = (counts.awaiting ?? 0) + 1;
    }
    return counts;
}
function sendResultMessage(view) {
    const c = summarize(view.recipients);
    const parts = [`${c.sent} sent`];
    if ((c.failed ?? 0) > 0)
        parts.push(`${c.failed} not sent`);
    if ((c.unknown ?? 0) > 0)
        parts.push(`${c.unknown} outcome unknown`);
    // Receipt counts only mean something once something was sent.
    const receipts = c.sent === 0
        ? 'Nothing was sent'
        : `${c.delivered} delivered, ${c.undelivered} failed delivery, ${c.awaiting} ${view.final ? 'without receipt' : 'awaiting receipt'}`;
    const title = `SMS ${view.templateId}: ${parts.join(', ')}`;
    return {
        text: `${title}. ${receipts}.`,
        blocks: [
            header(title),
            section(`>${escapeMrkdwn(view.rendered)}`),
            ...lineSections(view.recipients.map((line) => recipientLine(view.final && line.receipt === 'awaiting' ? { ...line, receipt: 'no-receipt' } : line))),
            divider(),
            context(`${receipts}. Requested by <@${view.requestedBy}>.${view.final ? '' : ' Receipts update here as they arrive.'}`),
        ],
    };
}
function sendingMessage(count, templateId) {
    const text = `:outbox_tray: Sending ${templateId} to ${count} recipient${count === 1 ? '' : 's'}…`;
    return { text, blocks: [section(text)] };
}
function cancelledMessage(by) {
    const text = `Cancelled by <@${by}>. Nothing was sent.`;
    return { text, blocks: [section(text)] };
}

;// CONCATENATED MODULE: ./src/slack/follow-up.ts


/** A lease for this replica from now on, as every claim and take-over in the store takes it. */
const leaseFromNow = (deps) => ({
    now: deps.now(),
    owner: deps.owner,
    leaseMs: deps.tuning.leaseMs,
});
/**
 * Renews this replica's lease on a send (or, with `renew`, on another leased row such as a batch task's
 * follow-up) every third of its length, until stopped.
 */
function holdLease(id, deps, renew = (...args) => deps.store.renewLease(...args)) {
    const timer = setInterval(() => {
        renew(id, deps.owner, deps.now() + deps.tuning.leaseMs).then((held) => {
            if (!held)
                deps.log(`warn: ${id} is no longer owned by this replica (its lease ran out)`);
        }, (err) => deps.log(`warn: could not renew the lease on ${id}: ${err.message}`));
    }, Math.max(50, Math.floor(deps.tuning.leaseMs / 3)));
    timer.unref();
    return { stop: () => clearInterval(timer) };
}
/**
 * Polls the receipts of a sent send (whose lease this replica holds) and shows the final result. Stopped
 * early by the app stopping, it hands the lease back so the follow-up continues elsewhere.
 */
async function followUpReceipts(send, reply, deps, attempts = deps.tuning.receiptPollAttempts) {
    const { sentAt, lines } = send.result;
    const withReceipts = await pollReceipts(lines, send, sentAt, attempts, deps);
    if (deps.signal.aborted) {
        await deps.store
            .releaseLease(send.id, deps.owner)
            .catch((err) => deps.log(`warn: could not hand back send ${send.id}: ${err.message}`));
        return;
    }
    await deps.store.finishFollowUp(send.id, deps.owner, { sentAt, lines: withReceipts });
    const view = { templateId: send.templateId, rendered: send.rendered, requestedBy: send.userId };
    await reply(sendResultMessage({ ...view, recipients: withReceipts, final: true }), { replace: true });
}
const RECEIPT = {
    delivered: 'delivered',
    failed: 'failed',
    pending: 'awaiting',
};
/**
 * The lines with receipts filled in, by the core's poller: one send-log read per poll (a window query by
 * group and template, matched by message id, at most 5 pages), `attempts` polls `receiptPollMs` apart, until
 * every sent message has a final receipt. A failed read is logged and the next poll tries again.
 */
async function pollReceipts(lines, send, sentAt, attempts, deps) {
    const ids = lines.flatMap((line) => line.status === 'sent' && line.messageId !== undefined ? [line.messageId] : []);
    const { receipts } = await (0,core/* waitForReceipts */.Qm)({
        client: deps.sms,
        now: deps.now,
        sleep: deps.sleep,
        signal: deps.signal,
        onReadError: (err, attempt) => deps.log(`warn: receipt poll ${attempt}/${attempts} failed: ${err.message}`),
    }, { subAccount: send.subAccount, templateId: send.templateId, sentAt }, ids, { pauseMs: deps.tuning.receiptPollMs, attempts, onReadError: 'retry', maxPages: 5 });
    return lines.map((line) => {
        const receipt = line.messageId === undefined ? undefined : receipts.get(line.messageId);
        if (receipt === undefined || line.status !== 'sent')
            return { ...line };
        return {
            ...line,
            receipt: RECEIPT[receipt.status],
            receiptCode: receipt.errorCode,
            receiptMessage: receipt.errorMessage,
        };
    });
}
/**
 * Takes over every follow-up whose owner's lease ran out and finishes each, polling only for what is left
 * of the original polling window (at least once). Returns how many were taken.
 */
async function takeOverFollowUps(deps, replyTo, track) {
    const sends = await deps.store.takeOverFollowUps(leaseFromNow(deps));
    for (const send of sends) {
        deps.log(`info: took over the receipt follow-up of send ${send.id} (its previous owner stopped)`);
        const { sentAt } = send.result;
        const windowEnd = sentAt * 1000 + deps.tuning.receiptPollMs * deps.tuning.receiptPollAttempts;
        const attempts = Math.max(1, Math.ceil((windowEnd - deps.now()) / deps.tuning.receiptPollMs));
        const lease = holdLease(send.id, deps);
        track(followUpReceipts(send, replyTo(send.responseUrl), deps, attempts)
            .catch((err) => deps.log(`warn: the follow-up of send ${send.id} failed: ${err.message}`))
            .finally(() => lease.stop()));
    }
    return sends.length;
}

;// CONCATENATED MODULE: ./src/slack/batch-launch.ts




const TAKEN = {
    launching: 'This task is being launched already; it is not launched again.',
    launched: 'This task was launched already; it is not launched again.',
    cancelled: 'This task was cancelled; nothing more is sent.',
    missing: 'This batch task is unknown here; see `/sms batch list`.',
};
/** The audit of a Launch or Cancel click (`batch-launch-click`, `batch-cancel-click`), one per outcome. */
function clickAudit(verb, click, row, deps) {
    return (outcome) => deps.store.addAudit({
        at: deps.now(),
        userId: click.userId,
        channelId: click.channelId,
        command: `batch-${verb}-click`,
        detail: `${verb} ${row?.taskId ?? click.pendingId}${row === undefined ? '' : ` group=${row.subAccount}`}`,
        templateId: row?.summary.templateId,
        outcome,
    });
}
async function launchBatch(click, reply, deps) {
    const row = await deps.store.getBatch(click.pendingId);
    const audit = clickAudit('launch', click, row, deps);
    const decision = await deps.policy.decide('batch-launch', click.userId, click.channelId);
    if (!decision.allowed) {
        await audit(`refused: ${decision.reason}`);
        await reply(notice(`:no_entry: ${decision.reason}`), { replace: false });
        return;
    }
    const claim = await deps.store.claimBatchLaunch(click.pendingId, click.userId, leaseFromNow(deps));
    if (!claim.claimed) {
        deps.log(`info: ignored a launch click on ${click.pendingId}: ${claim.reason}`);
        const by = claim.row?.launchedBy === undefined ? '' : ` (by <@${claim.row.launchedBy}>)`;
        await reply(notice(`${TAKEN[claim.reason] ?? TAKEN.missing}${by}`), { replace: false });
        return;
    }
    const lease = holdLease(claim.row.id, deps, (...args) => deps.store.renewBatchLease(...args));
    try {
        const launched = await consent(claim.row, deps);
        await audit(launched.outcome);
        if (!launched.started) {
            await reply(notice(launched.text), { replace: false });
            return;
        }
        const current = { ...claim.row, launchedBy: click.userId };
        await reply(batchLaunchedMessage(current, click.userId), { replace: true });
        const threadTs = current.threadTs ?? (await deps.post(current.channelId, batchLaunchedMessage(current, click.userId)));
        if (threadTs !== undefined && current.threadTs === undefined)
            await deps.store.setBatchThread(current.id, threadTs);
        await followBatch({ ...current, threadTs }, deps, reply);
    }
    finally {
        lease.stop();
    }
}
/**
 * Asks the service to start the task, once. A lost answer is settled by the detail (3–6: started); an
 * answer proving nothing started puts the row back to 'ready', so a later click may try again.
 */
async function consent(row, deps) {
    const ref = { subAccount: row.subAccount, taskId: row.taskId };
    const back = async (outcome, text) => {
        await deps.store.settleBatchLaunch(row.id, deps.owner, 'ready');
        return { started: false, outcome, text };
    };
    const { result: before } = await deps.sms.getBatchTaskDetail(ref).catch(async (err) => {
        await deps.store.settleBatchLaunch(row.id, deps.owner, 'ready');
        throw err;
    });
    if (before.status !== 2) {
        if (before.status !== undefined && before.status >= 3 && before.status <= 6) {
            await deps.store.settleBatchLaunch(row.id, deps.owner, 'launched');
            return { started: true, outcome: `already started (${statusName(before.status)})`, text: '' };
        }
        return back(`not launchable: ${statusName(before.status)}`, `Batch task ${row.taskId} is ${statusName(before.status)}; it cannot be launched. Nothing was sent.`);
    }
    try {
        await deps.sms.consentBatchTask(ref);
    }
    catch (err) {
        if (!(err instanceof core/* SmsOutcomeUnknownError */.iD)) {
            return back(`error: ${(0,core/* maskPhonesInText */.qC)((0,core/* formatErrorLine */.AC)(err))}`, `:x: The service did not start task ${row.taskId}: ${(0,core/* maskPhonesInText */.qC)((0,core/* formatErrorLine */.AC)(err))}`);
        }
        const { result: after } = await deps.sms
            .getBatchTaskDetail(ref)
            .catch(() => ({ result: { status: undefined } }));
        if (after.status === undefined || after.status < 3 || after.status > 6) {
            // Neither proof of a start nor of none: the row stays 'launching', so no click launches it again.
            await deps.store.finishBatchFollowUp(row.id, deps.owner);
            const text = `:warning: The launch of task ${row.taskId} has an unknown outcome (no answer came back). It is not launched again from here: check \`/sms batch status ${row.taskId}\`.`;
            return { started: false, outcome: 'outcome unknown', text };
        }
    }
    await deps.store.settleBatchLaunch(row.id, deps.owner, 'launched');
    deps.log(`info: batch task ${row.taskId} launched (${row.id})`);
    return {
        started: true,
        outcome: `launched task ${row.taskId} (${row.summary.totalCount} recipients)`,
        text: '',
    };
}
/** Posts in the task's thread, or (no thread: Slack refused the channel post) as a reply to the click. */
function threadPoster(row, deps, reply) {
    return async (message) => {
        if (row.threadTs === undefined)
            await reply(message, { replace: false });
        else
            await deps.post(row.channelId, message, row.threadTs);
    };
}
/**
 * Follows a launched task: each change of status is posted, until a final state or the follow window
 * ends; then the receipts. Stopped early by the app stopping, it hands the lease back.
 */
async function followBatch(row, deps, reply) {
    const post = threadPoster(row, deps, reply);
    const ref = { subAccount: row.subAccount, taskId: row.taskId };
    const deadline = (row.launchedAt ?? deps.now()) + deps.tuning.batchFollowMs;
    let last = row.lastStatus;
    if (!isFinalStatus(last)) {
        // The core's loop: one detail read every batchPollMs; a failed read is logged and tried again.
        // Each change is stored and posted in order, after the one before it.
        let posted = Promise.resolve();
        const followed = await (0,core/* followBatchTask */.Xr)({
            client: deps.sms,
            now: deps.now,
            sleep: deps.sleep,
            signal: deps.signal,
            onChange: ({ status }) => {
                posted = posted
                    .then(async () => {
                    await deps.store.setBatchLastStatus(row.id, deps.owner, status);
                    await post(batchProgressMessage(row.taskId, status));
                })
                    .catch((err) => deps.log(`warn: could not post the progress of ${row.taskId}: ${err.message}`));
            },
        }, ref, {
            intervalMs: deps.tuning.batchPollMs,
            since: Math.floor((row.launchedAt ?? deps.now()) / 1000),
            timeoutMs: Math.max(0, deadline - deps.now()),
            counts: false,
            lastStatus: last,
            onReadError: (err) => deps.log(`warn: could not read batch task ${row.taskId}: ${err.message}`),
        });
        await posted;
        last = followed.progress.status;
    }
    if (deps.signal.aborted) {
        await deps.store.releaseBatchLease(row.id, deps.owner).catch(() => undefined);
        return;
    }
    if (!isFinalStatus(last)) {
        await post(notice(`Stopped following batch task ${row.taskId}; see \`/sms batch status ${row.taskId}\`.`));
    }
    else if (last === 6) {
        await post(await receipts(row, deps));
    }
    await deps.store.finishBatchFollowUp(row.id, deps.owner);
}
/** The receipts once the task is done: the core reads the send stats until every accepted message has one. */
async function receipts(row, deps) {
    const { stats } = await (0,core/* waitForTaskReceipts */.tB)({ client: deps.sms, now: deps.now, sleep: deps.sleep, signal: deps.signal }, {
        subAccount: row.subAccount,
        templateId: row.summary.templateId,
        signature: row.summary.signature,
        fromTime: Math.floor((row.launchedAt ?? deps.now()) / 1000),
    }, { pauseMs: deps.tuning.receiptPollMs, attempts: Math.max(1, deps.tuning.receiptPollAttempts) });
    return batchReceiptsMessage(row, stats, true);
}
/**
 * Takes over the batch follow-ups whose owner's lease ran out. One cut short before the service answered
 * its launch is settled by the detail: started (3–6) → followed; still awaiting launch (2) → back to
 * 'ready', said in the thread, so a sender may press Launch again.
 */
async function takeOverBatchFollowUps(deps, track) {
    const rows = await deps.store.takeOverBatchFollowUps(leaseFromNow(deps));
    const noReply = async () => { };
    for (const row of rows) {
        deps.log(`info: took over the follow-up of batch task ${row.taskId} (its previous owner stopped)`);
        const lease = holdLease(row.id, deps, (...args) => deps.store.renewBatchLease(...args));
        const work = (async () => {
            if (row.state === 'launching') {
                const { result } = await deps.sms.getBatchTaskDetail({
                    subAccount: row.subAccount,
                    taskId: row.taskId,
                });
                if (result.status === 2) {
                    await deps.store.settleBatchLaunch(row.id, deps.owner, 'ready');
                    if (row.threadTs !== undefined)
                        await deps.post(row.channelId, notice(`The launch of task ${row.taskId} was cut short before the service started it; nothing was sent. Press Launch again to start it.`), row.threadTs);
                    return;
                }
                await deps.store.settleBatchLaunch(row.id, deps.owner, 'launched');
            }
            await followBatch(row, deps, noReply);
        })();
        track(work
            .catch((err) => deps.log(`warn: the follow-up of batch task ${row.taskId} failed: ${err.message}`))
            .finally(() => lease.stop()));
    }
    return rows.length;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/slack/batch-file-check.ts


/**
 * The batch file checked before anything is uploaded: the core's one checker of the rules (agent-v2
 * reference §3.3, streamed). What it reports is masked: the count, a few masked numbers and the first
 * defects; no cell value leaves it.
 */
/** Enough problems to fix at once; a file with more is refused with the first ones and a count. */
const MAX_ISSUES = 5;
const SAMPLE_SIZE = 3;
async function checkBatchFile(path, variables) {
    const sample = [];
    let check;
    try {
        check = await (0,core/* precheckBatchCsv */.cM)({ path, name: (0,external_node_path_.basename)(path) }, {
            variableNames: variables,
            issuesShown: MAX_ISSUES,
            onRow: (cells) => void (sample.length < SAMPLE_SIZE && sample.push((0,core/* maskPhone */.Xu)(cells[0]))),
        });
    }
    catch (err) {
        if (err instanceof core/* SmsInputError */.E$)
            throw refusal(err.issues);
        throw err;
    }
    if (!check.ok)
        throw refusal(check.issues, check.issueCount);
    return { rows: check.report.totalCount, sample };
}
function refusal(issues, count = issues.length) {
    // A row's defect is `line 3 phone`, shown as `file line 3 phone`; one of the whole file is `file`.
    const named = issues.map(({ field, message }) => ({
        field: field === 'file' ? field : `file ${field}`,
        message,
    }));
    const more = count > issues.length ? `; and ${count - issues.length} more` : '';
    return new core/* SmsInputError */.E$(`${named.map((i) => `${i.field}: ${i.message}`).join('; ')}${more}`, named, {
        hint: 'Fix the file, share it in the channel again and rerun the command; nothing was uploaded.',
    });
}

;// CONCATENATED MODULE: ./src/slack/batch-cancel.ts




/**
 * The Cancel button of `/sms batch cancel ID`, under the rules of Launch: only a sender, in an allowed
 * channel, may click it; the click cancels only if it moves the row's cancel from 'asked' to 'cancelling'
 * (one statement), so a double click, Slack's retried delivery or another replica cancels once; every
 * click is audited (`batch-cancel-click`). The service is asked only after the task's state allows it.
 */
const CANCEL_CUTOFF_S = 60;
/** Why the service would not take a cancel of `task` now, or undefined when it would. */
function cancelRefusal(task, taskId, nowMs) {
    if (task.status === 7)
        return { outcome: 'already cancelled', text: `Batch task ${taskId} is already cancelled.` };
    if (task.status === undefined || task.status > 5)
        return {
            outcome: `not cancellable: ${statusName(task.status)}`,
            text: `Batch task ${taskId} is ${statusName(task.status)} and can no longer be cancelled.`,
        };
    const sendTime = typeof task.sendTime === 'number' ? task.sendTime : Date.parse(String(task.sendTime)) / 1000;
    if (task.scheduled && !(sendTime - nowMs / 1000 > CANCEL_CUTOFF_S))
        return {
            outcome: 'too late to cancel',
            text: `Batch task ${taskId} is scheduled to start within a minute (or its time is unknown); the service no longer takes a cancel.`,
        };
    return undefined;
}
const batch_cancel_TAKEN = {
    cancelling: 'This task is being cancelled already.',
    cancelled: 'This task was cancelled already.',
    'not-asked': 'No cancel of this task is waiting; run `/sms batch cancel <task-id>` first.',
    missing: 'This batch task is unknown here; see `/sms batch list`.',
};
async function cancelBatchClick(click, reply, deps) {
    const row = await deps.store.getBatch(click.pendingId);
    const audit = clickAudit('cancel', click, row, deps);
    const answer = async (outcome, text, replace = false) => {
        await audit(outcome);
        await reply(notice(text), { replace });
    };
    const decision = await deps.policy.decide('batch-cancel', click.userId, click.channelId);
    if (!decision.allowed)
        return answer(`refused: ${decision.reason}`, `:no_entry: ${decision.reason}`);
    const claim = await deps.store.claimBatchCancel(click.pendingId, click.userId, deps.now(), deps.tuning.leaseMs);
    if (!claim.claimed) {
        deps.log(`info: ignored a cancel click on ${click.pendingId}: ${claim.reason}`);
        const by = claim.row?.cancelledBy === undefined ? '' : ` (by <@${claim.row.cancelledBy}>)`;
        return answer(`ignored: ${claim.reason}`, `${batch_cancel_TAKEN[claim.reason] ?? batch_cancel_TAKEN.missing}${by}`);
    }
    const { id, taskId, subAccount, channelId, threadTs } = claim.row;
    const ref = { subAccount, taskId };
    const giveBack = async (outcome, text) => {
        await deps.store.settleBatchCancel(id, 'asked');
        return answer(outcome, text);
    };
    try {
        const { result: task } = await deps.sms.getBatchTaskDetail(ref);
        const refusal = cancelRefusal(task, taskId, deps.now());
        if (refusal !== undefined) {
            if (task.status === 7)
                await deps.store.settleBatchCancel(id, 'cancelled');
            else
                await deps.store.settleBatchCancel(id, 'asked');
            return answer(refusal.outcome, refusal.text);
        }
        await deps.sms.deleteBatchTask(ref);
    }
    catch (err) {
        const line = (0,core/* maskPhonesInText */.qC)((0,core/* formatErrorLine */.AC)(err));
        if (!(err instanceof core/* SmsOutcomeUnknownError */.iD))
            return giveBack(`error: ${line}`, `:x: Task ${taskId} was not cancelled: ${line}`);
        // A lost answer is settled by the detail: status 7 means the cancel went through.
        const after = await deps.sms.getBatchTaskDetail(ref).then((answered) => answered.result.status, () => undefined);
        if (after !== 7)
            return giveBack('outcome unknown', `:warning: The cancel of task ${taskId} got no answer and the task is ${statusName(after)}. Check \`/sms batch status ${taskId}\`; pressing Cancel again is safe.`);
    }
    await deps.store.settleBatchCancel(id, 'cancelled');
    if (threadTs !== undefined)
        await deps.post(channelId, notice(`:octagonal_sign: Cancelled by <@${click.userId}>.`), threadTs);
    await answer(`cancelled task ${taskId}`, `:octagonal_sign: Batch task ${taskId} is cancelled by <@${click.userId}>; what was not sent yet will not be.`, true);
}

;// CONCATENATED MODULE: ./src/slack/displayed-text.ts

/**
 * What the app shows of a message before and after it is sent. A verification code is a credential of
 * the person who receives it (agent-v2 reference §5.1: never echo verification codes), so the text shown
 * in Slack, and stored with the pending send, has it masked; only the request to the SMS API carries it.
 */
/** Shown instead of a masked variable's value; fixed, so not even the code's length is shown. */
const MASKED_VALUE = '****';
// A variable named like a code is masked in any template (`code`, `smsCode`, `otp`, `pin`, `captcha`).
const CODE_LIKE_NAME = /code$|(?:^|[_-])(?:otp|pin|captcha|password)$/i;
/** The core's rule (channel CN_OTP, or text about a verification code), on a template as listed. */
function isVerificationTemplate(template) {
    return (0,core/* isVerificationTemplate */.c1)({ channelType: template.ChannelType, content: template.Content });
}
/**
 * The template filled in for display: in a verification template every variable is masked (any of them
 * may be the code), elsewhere only variables named like a code.
 */
function displayedText(template, params) {
    const maskAll = isVerificationTemplate(template);
    const shown = Object.fromEntries(Object.entries(params).map(([name, value]) => [
        name,
        maskAll || CODE_LIKE_NAME.test(name) ? MASKED_VALUE : value,
    ]));
    return (0,core/* renderTemplate */.Xm)(template.Content ?? '', shown);
}

;// CONCATENATED MODULE: ./src/slack/ttl-cache.ts
/**
 * A small cache for lookups that are asked often and change rarely (user-group members, the SMS list APIs).
 * Concurrent callers for the same key share one request; failures are not cached.
 */
class TtlCache {
    #ttlMs;
    #now;
    #entries = new Map();
    constructor(ttlMs, now = Date.now) {
        this.#ttlMs = ttlMs;
        this.#now = now;
    }
    get(key, load) {
        const hit = this.#entries.get(key);
        if (hit !== undefined && hit.expiresAt > this.#now())
            return hit.value;
        const value = load();
        this.#entries.set(key, { value, expiresAt: this.#now() + this.#ttlMs });
        value.catch(() => {
            if (this.#entries.get(key)?.value === value)
                this.#entries.delete(key);
        });
        return value;
    }
    clear() {
        this.#entries.clear();
    }
}

;// CONCATENATED MODULE: ./src/slack/sms-catalog.ts

const PAGE_SIZE = 100;
// Accounts have tens of templates, not thousands; the cap keeps a misbehaving server from looping us.
const MAX_PAGES = 20;
function createSmsCatalog(sms, ttlMs, now = Date.now) {
    const subAccounts = new TtlCache(ttlMs, now);
    const signatures = new TtlCache(ttlMs, now);
    const templates = new TtlCache(ttlMs, now);
    return {
        subAccounts: () => subAccounts.get('all', async () => (await sms.listSubAccounts()).result.List),
        signatures: () => signatures.get('all', () => allPages((page) => sms.listSignatures({ page, pageSize: PAGE_SIZE }).then((r) => r.result))),
        templates: () => templates.get('all', () => allPages((page) => sms.listTemplates({ page, pageSize: PAGE_SIZE }).then((r) => r.result))),
    };
}
async function allPages(load) {
    const items = [];
    for (let page = 1; page <= MAX_PAGES; page += 1) {
        const { Total, List } = await load(page);
        items.push(...List);
        if (List.length < PAGE_SIZE || items.length >= Total)
            break;
    }
    return items;
}
/** Review status 3 (passed) and 5 (exempted) may be used to send; 1 reviewing, 2 rejected, 4 closed may not. */
function isUsable(item) {
    if (item.Usable !== undefined)
        return item.Usable;
    if (item.Status === undefined)
        return true;
    const status = String(item.Status).toLowerCase();
    return ['3', '5', 'passed', 'approved', 'exempted', 'normal'].includes(status);
}
function statusWord(status) {
    switch (String(status)) {
        case '1':
            return 'under review';
        case '2':
            return 'rejected';
        case '3':
            return 'approved';
        case '4':
            return 'closed';
        case '5':
            return 'exempted';
        default:
            return status === undefined ? 'unknown' : String(status);
    }
}

;// CONCATENATED MODULE: ./src/slack/send-target.ts


/**
 * Resolves the target, adding what is wrong to `issues`; `checkTemplate` adds its own issues about the
 * template (its variables) before the signature's and group's, in the order a person fixes them.
 * @throws SmsInputError with every issue found
 */
async function resolveSendTarget(request, catalog, issues, checkTemplate = () => { }) {
    const [templates, signatures, subAccounts] = await Promise.all([
        catalog.templates(),
        catalog.signatures(),
        catalog.subAccounts(),
    ]);
    const template = templates.find((t) => t.TemplateId === request.templateId);
    if (template === undefined) {
        issues.push({
            field: 'template',
            message: `${request.templateId} is not an approved template of this account (unknown, or not approved yet); see /sms templates`,
        });
        throw inputError(issues);
    }
    if (!isUsable(template)) {
        issues.push({
            field: 'template',
            message: `${template.TemplateId} is ${statusWord(template.Status)} and cannot be sent yet`,
        });
    }
    checkTemplate(template);
    const templateSignatures = template.Signatures ?? (template.Signature === undefined ? undefined : [template.Signature]);
    const signature = pickSignature(request.signature, templateSignatures, signatures, template.TemplateId, issues);
    const signatureRecord = signatures.find((s) => s.Signature === signature);
    const subAccount = pickSubAccount(request.subAccount, template.SubAccounts ?? undefined, signatureRecord?.SubAccounts ?? undefined, subAccounts.map((s) => s.SubAccount), { templateId: template.TemplateId, signature }, issues);
    if (issues.length > 0 || signature === undefined || subAccount === undefined)
        throw inputError(issues);
    return { template, signature, subAccount };
}
function inputError(issues) {
    return new core/* SmsInputError */.E$(issues.map((issue) => `${issue.field}: ${issue.message}`).join('; '), issues, {
        hint: 'Fix the named part and run the command again; nothing was sent.',
    });
}
function pickSignature(requested, templateSignatures, signatures, templateId, issues) {
    const usable = (name) => {
        const record = signatures.find((s) => s.Signature === name);
        return record !== undefined && isUsable(record);
    };
    if (requested !== undefined) {
        const name = requested.replace(/^[【[［]|[】\]］]$/g, '');
        const record = signatures.find((s) => s.Signature === name);
        if (record === undefined)
            issues.push({
                field: 'signature',
                message: `${name} is not an approved signature of this account (unknown, or not approved yet); see /sms signatures`,
            });
        else if (!isUsable(record))
            issues.push({
                field: 'signature',
                message: `${name} is ${statusWord(record.Status)} and cannot be used yet`,
            });
        else if (templateSignatures !== undefined && !templateSignatures.includes(name)) {
            issues.push({
                field: 'signature',
                message: `${templateId} cannot be sent with ${name}; it allows ${templateSignatures.join(', ')}`,
            });
        }
        return name;
    }
    const candidates = (templateSignatures ?? signatures.map((s) => s.Signature)).filter(usable);
    if (candidates.length === 1)
        return candidates[0];
    issues.push({
        field: 'signature',
        message: candidates.length === 0
            ? `${templateId} has no approved signature to send with`
            : `${templateId} can be sent with ${candidates.join(' or ')}; choose one with signature=<name>`,
    });
    return undefined;
}
function pickSubAccount(requested, templateGroups, signatureGroups, listed, names, issues) {
    const fits = (group) => listed.includes(group) &&
        (templateGroups === undefined || templateGroups.includes(group)) &&
        (signatureGroups === undefined || signatureGroups.includes(group));
    if (requested !== undefined) {
        if (!listed.includes(requested)) {
            issues.push({
                field: 'group',
                message: `${requested} is not an approved message group of this account; see /sms groups`,
            });
        }
        else if (templateGroups !== undefined && !templateGroups.includes(requested)) {
            issues.push({
                field: 'group',
                message: `${names.templateId} does not belong to message group ${requested} (it is in ${templateGroups.join(', ')})`,
            });
        }
        else if (signatureGroups !== undefined &&
            !signatureGroups.includes(requested) &&
            names.signature !== undefined) {
            issues.push({
                field: 'group',
                message: `signature ${names.signature} is not bound to message group ${requested}`,
            });
        }
        return requested;
    }
    const candidates = (templateGroups ?? listed).filter(fits);
    if (candidates.length === 1)
        return candidates[0];
    issues.push({
        field: 'group',
        message: candidates.length === 0
            ? `no approved message group has both ${names.templateId} and signature ${names.signature ?? '(none)'}`
            : `${names.templateId} is in several message groups (${candidates.join(', ')}); choose one with group=<id>`,
    });
    return undefined;
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
;// CONCATENATED MODULE: ./src/slack/slack-files.ts




const refuse = (message, hint) => {
    throw new core/* SmsInputError */.E$(`file: ${message}`, [{ field: 'file', message }], hint === undefined ? {} : { hint });
};
const isCsv = (file) => file.filetype === 'csv' || /\.csv$/i.test(String(file.name ?? ''));
function sharedIn(file, channelId) {
    const lists = [file.channels, file.groups, file.ims].filter(Array.isArray);
    if (lists.some((ids) => ids.includes(channelId)))
        return true;
    const shares = (file.shares ?? {});
    return Object.values(shares).some((byChannel) => byChannel !== undefined && channelId in byChannel);
}
/** Which file a `batch create` means: the one named, or the user's newest CSV in the channel. */
async function findSharedCsv(api, request) {
    let file;
    if (request.fileId !== undefined) {
        file = await api.info(request.fileId);
    }
    else {
        const newest = (await api.list(request.channelId, request.userId)).find(isCsv);
        if (newest === undefined)
            return refuse('you have shared no CSV file in this channel yet', 'Upload the CSV (phone, then one column per template variable) to this channel, then run the command again, or give file=<file link>.');
        file = newest;
    }
    if (!isCsv(file))
        refuse(`${String(file.name ?? request.fileId)} is not a CSV file (.csv)`);
    if (!sharedIn(file, request.channelId))
        refuse('that file is not shared in this channel; share it here first (the task is created from this channel)');
    const size = Number(file.size ?? 0);
    if (size > core/* MAX_BATCH_FILE_BYTES */.$d)
        refuse(`${String(file.name)} has ${size} bytes; a batch file may have at most ${core/* MAX_BATCH_FILE_BYTES */.$d} (50 MiB)`);
    const downloadUrl = String(file.url_private_download ?? file.url_private ?? '');
    if (downloadUrl === '')
        refuse(`Slack gave no download link for ${String(file.name)}`);
    return { id: String(file.id), name: String(file.name ?? `${String(file.id)}.csv`), size, downloadUrl };
}
/** Slack's file hosts, or the configured Web API's own origin: the only places the bot token is sent. */
function mayCarryBotToken(url, slackApiUrl) {
    let target;
    try {
        target = new URL(url);
    }
    catch {
        return false;
    }
    if (slackApiUrl !== undefined && new URL(slackApiUrl).origin === target.origin)
        return true;
    return target.protocol === 'https:' && /(^|\.)slack(-edge)?\.com$/i.test(target.hostname);
}
/** Streams the file to `path` (mode 600), at most 50 MiB; nothing of it is kept in memory or logged. */
async function downloadSlackFile(file, path, options) {
    if (!mayCarryBotToken(file.downloadUrl, options.slackApiUrl))
        refuse(`the download link of ${file.name} is not on a Slack host; it was not fetched`);
    const res = await fetch(file.downloadUrl, {
        headers: { authorization: `Bearer ${options.botToken}` },
        redirect: 'manual',
        signal: options.signal ?? AbortSignal.timeout(120_000),
    });
    // Slack answers a token without files:read with its sign-in page (HTML), or a redirect to it.
    const type = res.headers.get('content-type') ?? '';
    if (!res.ok || res.body === null || type.includes('text/html')) {
        await res.body?.cancel();
        refuse(`Slack did not hand out ${file.name} (HTTP ${res.status})`, 'The app needs the files:read scope (reinstall it after updating the manifest), and the file must be shared in this channel.');
    }
    let bytes = 0;
    const cap = new external_node_stream_.Transform({
        transform(chunk, _encoding, done) {
            bytes += chunk.length;
            if (bytes > core/* MAX_BATCH_FILE_BYTES */.$d)
                done(new Error(`the file is larger than ${core/* MAX_BATCH_FILE_BYTES */.$d} bytes`));
            else
                done(null, chunk);
        },
    });
    await (0,external_node_stream_promises_.pipeline)(external_node_stream_.Readable.fromWeb(res.body), cap, (0,external_node_fs_.createWriteStream)(path, { mode: 0o600 }));
    return bytes;
}

;// CONCATENATED MODULE: ./src/slack/store-tables.ts

function newId(prefix) {
    return `${prefix}_${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
}
function auditFromRow(row) {
    return {
        at: Number(row.at),
        userId: String(row.user_id),
        channelId: String(row.channel_id),
        command: String(row.command),
        detail: String(row.detail),
        recipients: row.recipients === null ? undefined : JSON.parse(String(row.recipients)),
        templateId: row.template_id === null ? undefined : String(row.template_id),
        messageIds: row.message_ids === null ? undefined : JSON.parse(String(row.message_ids)),
        outcome: String(row.outcome),
    };
}
function pendingFromRow(row) {
    return {
        id: String(row.id),
        createdAt: Number(row.created_at),
        expiresAt: Number(row.expires_at),
        userId: String(row.user_id),
        channelId: String(row.channel_id),
        subAccount: String(row.sub_account),
        signature: String(row.signature),
        templateId: String(row.template_id),
        params: JSON.parse(String(row.params)),
        mobiles: JSON.parse(String(row.mobiles)),
        masked: JSON.parse(String(row.masked)),
        groups: JSON.parse(String(row.groups)),
        rendered: String(row.rendered),
        state: String(row.state),
        ...(row.lease_owner == null ? {} : { leaseOwner: String(row.lease_owner) }),
        ...(row.response_url == null ? {} : { responseUrl: String(row.response_url) }),
        ...(row.follow_up === 'receipts' ? { followUp: 'receipts' } : {}),
        ...(row.result === null || row.result === undefined
            ? {}
            : { result: JSON.parse(String(row.result)) }),
    };
}
function scheduleFromRow(row) {
    return {
        id: String(row.id),
        createdAt: Number(row.created_at),
        createdBy: String(row.created_by),
        channelId: String(row.channel_id),
        cron: String(row.cron),
        label: String(row.label),
        timezone: String(row.timezone),
        window: String(row.window),
        filters: JSON.parse(String(row.filters)),
        nextRunAt: Number(row.next_run_at),
    };
}

;// CONCATENATED MODULE: ./src/slack/batch-commands.ts












/** Batch tasks take notification and marketing templates only (agent-v2 reference §3.4). */
const BATCH_CHANNELS = ['CN_NTC', 'CN_MKT'];
async function runBatchCommand(command, invocation, deps) {
    switch (command.kind) {
        case 'batch-create':
            return createBatch(command, invocation, deps);
        case 'batch-list':
            return listBatches(command.subAccount, invocation, command, deps);
        case 'batch-status': {
            const { subAccount, task } = await readTask(command, deps);
            await deps.audit(invocation, command, `status ${task.status ?? '?'}`);
            return batchStatusMessage(task, await deps.store.findBatch(subAccount, command.taskId));
        }
        case 'batch-launch':
            return prepareLaunch(command, invocation, deps);
        case 'batch-cancel':
            return cancelBatch(command, invocation, deps);
    }
}
/** A task's message group: as given, else the one the app knows the task in, else the account's only one. */
async function taskGroup(taskId, given, deps) {
    if (given !== undefined)
        return given;
    const known = await deps.store.batchesByTask(taskId);
    if (known.length === 1)
        return known[0].subAccount;
    const groups = await deps.catalog.subAccounts();
    if (known.length === 0 && groups.length === 1)
        return groups[0].SubAccount;
    const message = `name the message group of task ${taskId} with group=<sub-account> (see /sms groups)`;
    throw new core/* SmsInputError */.E$(`group: ${message}`, [{ field: 'group', message }]);
}
/** The task a command names, read from the service, in its message group. */
async function readTask(command, deps) {
    const subAccount = await taskGroup(command.taskId, command.subAccount, deps);
    const { result: task } = await deps.sms.getBatchTaskDetail({ subAccount, taskId: command.taskId });
    return { subAccount, task };
}
async function createBatch(command, invocation, deps) {
    const issues = [];
    const { template, signature, subAccount } = await resolveSendTarget(command, deps.catalog, issues, (t) => {
        if (isVerificationTemplate(t)) {
            issues.push({
                field: 'template',
                message: `${t.TemplateId} is a verification template; the batch engine never sends those. Use /sms send`,
            });
        }
        else if (!BATCH_CHANNELS.includes(t.ChannelType)) {
            issues.push({
                field: 'template',
                message: `${t.TemplateId} is of type ${t.ChannelType ?? 'unknown'}; batch tasks take ${BATCH_CHANNELS.join(' or ')} templates`,
            });
        }
    });
    const file = await findSharedCsv(deps.slack.files, { ...invocation, fileId: command.fileId });
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'volc-sms-batch-'));
    let taskId;
    let report;
    try {
        const path = (0,external_node_path_.join)(dir, 'recipients.csv');
        await deps.slack.download(file, path);
        report = await checkBatchFile(path, (0,core/* templateVariables */.Qp)(template.Content ?? ''));
        const upload = await deps.sms.uploadBatchFile({ path });
        const { result } = await deps.sms.setBatchTask({
            subAccount,
            name: command.name ?? file.name.replace(/\.csv$/i, ''),
            signature,
            templateId: template.TemplateId,
            templateName: template.TemplateName ?? template.TemplateId,
            channelType: template.ChannelType,
            scheduled: false,
            sendTime: 0,
            fileUrl: upload.file,
        });
        taskId = result.taskId;
    }
    finally {
        // The only copy of the full numbers on this side.
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
    const detail = await deps.sms
        .getBatchTaskDetail({ subAccount, taskId })
        .then((answer) => answer.result)
        .catch(() => undefined);
    const row = await deps.store.recordBatch(newBatchRow(taskId, subAccount, invocation, deps, {
        taskName: command.name ?? file.name.replace(/\.csv$/i, ''),
        templateId: template.TemplateId,
        signature,
        channelType: template.ChannelType ?? '',
        totalCount: detail?.totalCount ?? report.rows,
        sample: report.sample,
        // The template as written: the file's values (names, codes) are not repeated in the channel.
        rendered: `【${signature}】${template.Content ?? ''}`,
        fileName: file.name,
    }));
    await deps.audit(invocation, command, `created task ${taskId} (${row.summary.totalCount} recipients, ${statusName(detail?.status)})`, {
        templateId: template.TemplateId,
    });
    const intro = `<@${invocation.userId}> created this task from ${file.name}; the service checked the file (${statusName(detail?.status)}).`;
    return postBatchSummary(row, intro, deps);
}
/**
 * Posts a new task's summary with its Launch button in the channel it was asked from, so any sender there
 * can launch it and the progress has a thread to go in; if Slack refuses, the summary is the answer.
 */
async function postBatchSummary(row, intro, deps) {
    const summary = batchSummaryMessage(row, intro);
    const ts = await deps.slack.post(row.channelId, summary);
    if (ts === undefined)
        return summary;
    await deps.store.setBatchThread(row.id, ts);
    return notice(`:white_check_mark: Created batch task ${row.taskId} (${row.summary.totalCount} recipients). Its summary and Launch button are in the channel; nothing is sent until a sender presses Launch.`);
}
async function listBatches(subAccount, invocation, command, deps) {
    const groups = subAccount !== undefined ? [subAccount] : (await deps.catalog.subAccounts()).map((g) => g.SubAccount);
    const tasks = [];
    // One read per group, one after the other: a few groups stay well inside the API's 5 QPS.
    for (const group of groups) {
        const { result } = await deps.sms.getBatchTaskList({ subAccount: group, pageIndex: 1, pageSize: 20 });
        tasks.push(...result.list);
    }
    const awaiting = (await deps.store.recentBatches(20)).filter((row) => row.state === 'ready' && groups.includes(row.subAccount));
    await deps.audit(invocation, command, `ok (${tasks.length} listed)`);
    return batchListMessage(tasks, awaiting);
}
/** `/sms batch launch ID`: the task's summary with the Launch button, never a launch by itself. */
async function prepareLaunch(command, invocation, deps) {
    const { subAccount, task } = await readTask(command, deps);
    if (task.status !== 2) {
        await deps.audit(invocation, command, `not launchable: ${statusName(task.status)}`);
        return notice(`Batch task ${command.taskId} is ${statusName(task.status)} (${task.status ?? '?'}); only a task awaiting launch (2) can be launched. See \`/sms batch status ${command.taskId}\`.`);
    }
    const row = await recordFromDetail(task, command.taskId, subAccount, invocation, deps);
    if (row.state !== 'ready') {
        await deps.audit(invocation, command, `already ${row.state}`);
        return notice(`Batch task ${command.taskId} is already ${row.state} here; it is not launched again.`);
    }
    await deps.audit(invocation, command, `awaiting launch confirmation (${row.id})`, {
        templateId: row.summary.templateId,
    });
    return batchSummaryMessage(row, 'Press Launch to start it: that click is the consent.');
}
/** `/sms batch cancel ID`: the task with a Cancel button, if the service would take a cancel now. */
async function cancelBatch(command, invocation, deps) {
    const { subAccount, task } = await readTask(command, deps);
    const refusal = cancelRefusal(task, command.taskId, deps.now());
    if (refusal !== undefined) {
        await deps.audit(invocation, command, refusal.outcome);
        return notice(refusal.text);
    }
    const row = await recordFromDetail(task, command.taskId, subAccount, invocation, deps);
    await deps.store.askBatchCancel(row.id);
    await deps.audit(invocation, command, `awaiting cancel confirmation (${row.id})`, {
        templateId: row.summary.templateId,
    });
    return batchCancelMessage(row, task);
}
/** The app's row for a task (kept if it has one): the summary from the service's detail, no number. */
function recordFromDetail(task, taskId, subAccount, invocation, deps) {
    const summary = {
        taskName: task.taskName ?? taskId,
        templateId: task.templateId ?? '',
        signature: task.signature ?? '',
        channelType: task.channelType ?? '',
        totalCount: task.totalCount ?? 0,
        sample: [],
    };
    const row = newBatchRow(taskId, subAccount, invocation, deps, summary);
    return deps.store.recordBatch(row, task.status === 2 ? 'ready' : 'launched');
}
/** A new row for a task asked for by `invocation` (its user and channel). */
function newBatchRow(taskId, subAccount, invocation, deps, summary) {
    const { userId: createdBy, channelId } = invocation;
    return { id: newId('bat'), taskId, subAccount, createdAt: deps.now(), createdBy, channelId, summary };
}

// EXTERNAL MODULE: ./node_modules/croner/dist/croner.js
var croner = __webpack_require__(55814);
;// CONCATENATED MODULE: ./src/slack/command-text.ts
/**
 * Turns the text after `/sms` into tokens. Slack escapes `&`, `<` and `>` and (with should_escape on in the
 * manifest) wraps channels as `<#C123|name>`, users as `<@U123>` and auto-linked numbers as
 * `<tel:+86138…|+86 138…>`; clients may also "smarten" quotes. All of that is undone here so the parser
 * sees what the user typed.
 */
const QUOTES = { '"': '"', '\u201c': '\u201d', "'": "'", '\u2018': '\u2019' };
function unescapeSlackText(text) {
    return (text
        // Auto-links of phone numbers and URLs: keep what the user typed (the label), or the target.
        .replace(/<(?:tel:|mailto:|https?:\/\/)([^>|]*)(?:\|([^>]*))?>/g, (_whole, target, label) => (label ?? target).replace(/\s+/g, ''))
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&'));
}
/**
 * Splits on whitespace outside quotes. A quote may open mid-token (`message="disk full"`); the quotes
 * themselves are dropped. An unclosed quote runs to the end of the text.
 */
function tokenize(text) {
    const tokens = [];
    let current = '';
    let inToken = false;
    let closing;
    // Channel mentions (`<#C123|ops team>`) may contain spaces in the label: keep them in one token.
    let inMention = false;
    const chars = [...unescapeMentionsOnly(text)];
    for (const [index, char] of chars.entries()) {
        if (closing !== undefined) {
            if (char === closing)
                closing = undefined;
            else
                current += char;
            continue;
        }
        if (inMention) {
            current += char;
            if (char === '>')
                inMention = false;
            continue;
        }
        if (char === '<' && /^[#@!]$/.test(chars[index + 1] ?? '')) {
            inMention = true;
            inToken = true;
            current += char;
            continue;
        }
        const close = QUOTES[char];
        if (close !== undefined) {
            closing = close;
            inToken = true;
            continue;
        }
        if (/\s/.test(char)) {
            if (inToken)
                tokens.push(current);
            current = '';
            inToken = false;
            continue;
        }
        current += char;
        inToken = true;
    }
    if (inToken)
        tokens.push(current);
    return tokens;
}
// Mentions stay wrapped (`<#C…|…>`) for the tokenizer; everything else is unescaped.
function unescapeMentionsOnly(text) {
    const mentions = [];
    const held = text.replace(/<[#@!][^>]*>/g, (mention) => {
        mentions.push(mention);
        return `\u0000${mentions.length - 1}\u0000`;
    });
    return unescapeSlackText(held).replace(/\u0000(\d+)\u0000/g, (_whole, index) => mentions[Number(index)] ?? '');
}
/** `<#C0123|ops>` or a bare `C0123` → `C0123`; anything else → undefined. */
function channelIdOf(token) {
    const mention = /^<#([CG][A-Z0-9]+)(?:\|[^>]*)?>$/.exec(token);
    if (mention)
        return mention[1];
    if (/^[CG][A-Z0-9]{6,}$/.test(token))
        return token;
    return undefined;
}
function isKeyValue(token) {
    return /^[A-Za-z_][\w.-]*=/.test(token);
}
function splitKeyValue(token) {
    const at = token.indexOf('=');
    return [token.slice(0, at), token.slice(at + 1)];
}
/** A command's tokens as its `name=value` options, in order, and the rest (ids, windows), in order. */
function splitOptions(tokens) {
    const options = [];
    const positional = [];
    for (const token of tokens) {
        if (isKeyValue(token))
            options.push(splitKeyValue(token));
        else
            positional.push(token);
    }
    return { options, positional };
}

;// CONCATENATED MODULE: ./src/slack/batch-command-parser.ts


const BATCH_USAGE = '/sms batch create template=<id> [signature=<s>] [group=<sub-account>] [name=<task name>] [file=<file link or F… id>] · ' +
    '/sms batch list [group=<sub-account>] · /sms batch status|launch|cancel <task-id> [group=<sub-account>]';
function batch_command_parser_refuse(field, message) {
    throw new core/* SmsInputError */.E$(`${field}: ${message}`, [{ field, message }], { hint: `Usage: ${BATCH_USAGE}` });
}
/** A file id as typed (`F0123ABC`) or inside a Slack file link (`https://…/files/U…/F0123ABC/people.csv`). */
function slackFileIdOf(value) {
    if (/^F[A-Z0-9]{6,}$/.test(value))
        return value;
    const link = /\/files\/[UW][A-Z0-9]+\/(F[A-Z0-9]{6,})(?:\/|$)/.exec(value);
    return link?.[1];
}
const CREATE_KEYS = {
    template: 'templateId',
    signature: 'signature',
    group: 'subAccount',
    name: 'name',
};
function parseBatch(tokens) {
    const [action, ...rest] = tokens;
    const options = {};
    const { options: given, positional } = splitOptions(rest);
    for (const [key, value] of given) {
        if (value === '')
            batch_command_parser_refuse(key, 'has no value; write it as name=value (quote values with spaces)');
        options[key.toLowerCase()] = value;
    }
    const group = options.group === undefined ? {} : { subAccount: options.group };
    const only = (allowed) => {
        const extra = Object.keys(options).find((key) => !allowed.includes(key));
        if (extra !== undefined)
            batch_command_parser_refuse(extra, `is not an option of batch ${action}; use ${allowed.join(', ')}`);
    };
    switch (action?.toLowerCase()) {
        case 'list':
        case undefined:
            only(['group']);
            if (positional.length > 0)
                batch_command_parser_refuse('batch list', `takes no task id (${positional.join(' ')})`);
            return { kind: 'batch-list', ...group };
        case 'status':
        case 'launch':
        case 'cancel': {
            only(['group']);
            const [taskId, ...more] = positional;
            if (taskId === undefined || more.length > 0 || !/^\d{1,20}$/.test(taskId)) {
                batch_command_parser_refuse('task', `give one task id (digits), e.g. /sms batch ${action.toLowerCase()} 90001`);
            }
            return { kind: `batch-${action.toLowerCase()}`, taskId, ...group };
        }
        case 'create':
            return parseCreate(options, positional);
        default:
            return batch_command_parser_refuse('batch', `"${action}" is not a batch action; use create, list, status, launch or cancel`);
    }
}
function parseCreate(options, positional) {
    const fileText = options.file ?? (positional.length === 1 ? positional[0] : undefined);
    if (positional.length > (options.file === undefined ? 1 : 0)) {
        batch_command_parser_refuse('batch create', `unexpected "${positional.join(' ')}"; the file goes in file=<file link>`);
    }
    const fileId = fileText === undefined ? undefined : slackFileIdOf(fileText);
    if (fileText !== undefined && fileId === undefined) {
        batch_command_parser_refuse('file', 'give the link of a CSV file shared in this channel (⋮ → Copy link) or its id F…');
    }
    const command = {
        kind: 'batch-create',
        templateId: '',
        ...(fileId === undefined ? {} : { fileId }),
    };
    for (const [key, value] of Object.entries(options)) {
        if (key === 'file')
            continue;
        const field = CREATE_KEYS[key];
        if (field === undefined)
            batch_command_parser_refuse(key, 'is not an option of batch create; use template, signature, group, name, file');
        command[field] = value;
    }
    if (command.templateId === '')
        batch_command_parser_refuse('template', 'is required (template=<id>, see /sms templates)');
    return command;
}

;// CONCATENATED MODULE: ./src/slack/command-parser.ts




const USAGE = {
    send: '/sms send <numbers|group>[,…] template=<id> [signature=<s>] [group=<sub-account>] [name=value …]',
    stats: '/sms stats [24h|7d|<from> <to>] [group=<sub-account>] [signature=<s>] [template=<id>] [type=<channel type>]',
    log: '/sms log <message-id | number>',
    templates: '/sms templates',
    signatures: '/sms signatures',
    groups: '/sms groups',
    schedule: '/sms schedule add <daily HH:MM | cron "m h dom mon dow"> <#channel> [24h|7d] [filters] · /sms schedule list · /sms schedule remove <id>',
    audit: '/sms audit [count]',
    batch: BATCH_USAGE,
    help: '/sms help',
};
/** Keys of `send` that are not template variables. */
const SEND_KEYS = {
    template: 'templateId',
    signature: 'signature',
    group: 'subAccount',
};
const FILTER_KEYS = {
    group: 'subAccount',
    signature: 'signature',
    template: 'templateId',
    type: 'channelType',
};
/** Filters as the user writes them (`group=7384ed01 template=ST_0001`). */
/** The filters as typed, for display: a number pasted into one (`template=138…`) is shown masked. */
function formatFilters(filters) {
    const text = Object.entries(FILTER_KEYS)
        .flatMap(([word, field]) => (filters[field] === undefined ? [] : [`${word}=${filters[field]}`]))
        .join(' ');
    return (0,core/* maskPhonesInText */.qC)(text);
}
function command_parser_refuse(field, message, usage) {
    throw new core/* SmsInputError */.E$(`${field}: ${message}`, [{ field, message }], { hint: `Usage: ${usage}` });
}
function parseSmsCommand(text) {
    const tokens = tokenize(text);
    const [head, ...rest] = tokens;
    switch ((head ?? 'help').toLowerCase()) {
        case 'help':
        case '':
            return { kind: 'help' };
        case 'send':
            return parseSend(rest);
        case 'stats':
            return { kind: 'stats', ...parseStatsArguments(rest, USAGE.stats, { allowRange: true }) };
        case 'log':
            if (rest.length !== 1)
                command_parser_refuse('log', 'give exactly one message id or phone number', USAGE.log);
            return { kind: 'log', query: rest[0] };
        case 'templates':
        case 'signatures':
        case 'groups': {
            const kind = head.toLowerCase();
            if (rest.length > 0)
                command_parser_refuse(kind, 'takes no arguments', USAGE[kind]);
            return { kind };
        }
        case 'schedule':
        case 'schedules':
            return parseSchedule(rest);
        case 'batch':
            return parseBatch(rest);
        case 'audit': {
            if (rest.length === 0)
                return { kind: 'audit', limit: 20 };
            const limit = Number(rest[0]);
            if (rest.length > 1 || !Number.isInteger(limit) || limit < 1 || limit > 100) {
                command_parser_refuse('audit', 'the count must be a whole number from 1 to 100', USAGE.audit);
            }
            return { kind: 'audit', limit };
        }
        default:
            command_parser_refuse('subcommand', `"${head}" is not a command; use send, batch, stats, log, templates, signatures, groups, schedule, audit or help`, USAGE.help);
    }
}
function parseSend(tokens) {
    const recipients = [];
    const params = {};
    const named = {};
    for (const token of tokens) {
        if (!isKeyValue(token)) {
            if (Object.keys(params).length > 0 || named.templateId !== undefined) {
                command_parser_refuse('recipients', `"${token}" comes after the options; put all recipients first`, USAGE.send);
            }
            recipients.push(...token.split(/[,;，；]+/).filter((part) => part !== ''));
            continue;
        }
        const [key, value] = splitKeyValue(token);
        const field = SEND_KEYS[key.toLowerCase()];
        if (value === '')
            command_parser_refuse(key, 'has no value; write it as name=value (quote values with spaces)', USAGE.send);
        if (field !== undefined)
            named[field] = value;
        else if (key in params)
            command_parser_refuse(key, 'is given twice', USAGE.send);
        else
            params[key] = value;
    }
    if (recipients.length === 0)
        command_parser_refuse('recipients', 'name at least one number or recipient group', USAGE.send);
    if (named.templateId === undefined)
        command_parser_refuse('template', 'is required (template=<id>, see /sms templates)', USAGE.send);
    return { kind: 'send', recipients, templateId: named.templateId, params, ...withoutUndefined(named) };
}
function withoutUndefined(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
function parseStatsArguments(tokens, usage, { allowRange }) {
    const filters = {};
    const { options, positional } = splitOptions(tokens);
    for (const [key, value] of options) {
        const field = FILTER_KEYS[key.toLowerCase()];
        if (field === undefined) {
            command_parser_refuse(key, `is not a filter; use ${Object.keys(FILTER_KEYS).join(', ')}`, usage);
        }
        if (value === '')
            command_parser_refuse(key, 'has no value', usage);
        filters[field] = value;
    }
    if (positional.length === 0)
        return { window: { kind: 'relative', length: '24h' }, filters };
    if (positional.length === 1) {
        const length = positional[0];
        if (!(0,core/* isWindowLength */.Hz)(length)) {
            command_parser_refuse('window', `"${length}" is not a window; use 24h, 7d${allowRange ? ' or <from> <to>' : ''}`, usage);
        }
        return { window: { kind: 'relative', length }, filters };
    }
    if (positional.length === 2 && allowRange) {
        return { window: { kind: 'range', from: positional[0], to: positional[1] }, filters };
    }
    return command_parser_refuse('window', `too many values (${positional.join(' ')})`, usage);
}
function parseSchedule(tokens) {
    const [action, ...rest] = tokens;
    switch (action?.toLowerCase()) {
        case 'list':
        case undefined:
            return { kind: 'schedule-list' };
        case 'remove':
        case 'delete':
            if (rest.length !== 1)
                command_parser_refuse('schedule', 'give the id of the schedule to remove (see /sms schedule list)', USAGE.schedule);
            return { kind: 'schedule-remove', id: rest[0] };
        case 'add':
            return parseScheduleAdd(rest);
        default:
            return command_parser_refuse('schedule', `"${action}" is not a schedule action; use add, list or remove`, USAGE.schedule);
    }
}
function parseScheduleAdd(tokens) {
    const channelAt = tokens.findIndex((token) => channelIdOf(token) !== undefined);
    if (channelAt < 0) {
        command_parser_refuse('channel', 'name the channel to post to as #channel (pick it from the autocomplete)', USAGE.schedule);
    }
    const timing = parseTiming(tokens.slice(0, channelAt));
    const { window, filters } = parseStatsArguments(tokens.slice(channelAt + 1), USAGE.schedule, {
        allowRange: false,
    });
    if (window.kind !== 'relative')
        command_parser_refuse('window', 'a schedule reports a window ending now: 24h or 7d', USAGE.schedule);
    return {
        kind: 'schedule-add',
        timing,
        channelId: channelIdOf(tokens[channelAt]),
        window: window.length,
        filters,
    };
}
function parseTiming(tokens) {
    const [first, ...rest] = tokens;
    if (first?.toLowerCase() === 'daily') {
        const time = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(rest[0] ?? '');
        if (!time || rest.length !== 1)
            command_parser_refuse('time', 'write the time as HH:MM (24-hour), e.g. daily 09:00', USAGE.schedule);
        return {
            kind: 'daily',
            time: `${time[1]?.padStart(2, '0')}:${time[2]}`,
            cron: `${Number(time[2])} ${Number(time[1])} * * *`,
        };
    }
    // `cron "0 9 * * 1-5"`, or the five fields written out without the keyword or quotes.
    const fields = (first?.toLowerCase() === 'cron' ? rest : tokens).join(' ').trim();
    if (fields === '')
        command_parser_refuse('time', 'say when: daily HH:MM or cron "m h dom mon dow"', USAGE.schedule);
    const cron = fields.split(/\s+/).join(' ');
    // Six fields (seconds first) pass here only to meet the shortest-slot check, which refuses them unless
    // the app runs with a shortened slot for tests (SMS_SLACK_MIN_SLOT_SECONDS).
    const count = cron.split(' ').length;
    if (count !== 5 && count !== 6) {
        command_parser_refuse('cron', `"${cron}" must have five fields: minute hour day-of-month month day-of-week`, USAGE.schedule);
    }
    try {
        new croner/* Cron */.l4(cron, { paused: true });
    }
    catch (err) {
        command_parser_refuse('cron', `"${cron}" is not a valid cron expression (${err.message})`, USAGE.schedule);
    }
    return { kind: 'cron', cron };
}

;// CONCATENATED MODULE: ./src/slack/audit-detail.ts


/**
 * A `/sms log` query as the app shows it back: a number-shaped one masked as a number, anything else (a
 * message id, or a typo such as `a13512345678`) with every number inside masked.
 */
function displayedLookup(query) {
    return /^[+\d]/.test(query) ? (0,core/* maskPhone */.Xu)(query) : (0,core/* maskPhonesInText */.qC)(query);
}
/**
 * The command as the audit log shows it. Template variable values are left out on purpose (they carry
 * verification codes); numbers are masked; group names are kept.
 */
function auditDetail(command, recipientGroups) {
    switch (command.kind) {
        case 'send': {
            const recipients = command.recipients.map((r) => r.toLowerCase() in recipientGroups ? r : (0,core/* maskPhone */.Xu)(r));
            const options = [
                `template=${command.templateId}`,
                ...(command.signature === undefined ? [] : [`signature=${command.signature}`]),
                ...(command.subAccount === undefined ? [] : [`group=${command.subAccount}`]),
                ...Object.keys(command.params).map((name) => `${name}=…`),
            ];
            return `send ${recipients.join(',')} ${options.join(' ')}`;
        }
        case 'log':
            return `log ${displayedLookup(command.query)}`;
        case 'stats':
            return `stats ${command.window.kind === 'relative' ? command.window.length : `${command.window.from} ${command.window.to}`} ${formatFilters(command.filters)}`.trim();
        case 'schedule-add':
            return `schedule add ${command.timing.cron} to ${command.channelId} ${command.window} ${formatFilters(command.filters)}`.trim();
        case 'schedule-remove':
            return `schedule remove ${command.id}`;
        case 'schedule-list':
            return 'schedule list';
        case 'audit':
            return `audit ${command.limit}`;
        case 'batch-create':
            return `batch create template=${command.templateId}${command.signature === undefined ? '' : ` signature=${command.signature}`}${command.subAccount === undefined ? '' : ` group=${command.subAccount}`} file=${command.fileId ?? '(newest)'}`;
        case 'batch-list':
            return `batch list${command.subAccount === undefined ? '' : ` group=${command.subAccount}`}`;
        case 'batch-status':
        case 'batch-launch':
        case 'batch-cancel':
            return `${command.kind.replace('-', ' ')} ${command.taskId}${command.subAccount === undefined ? '' : ` group=${command.subAccount}`}`;
        default:
            return command.kind;
    }
}
/**
 * A stored send's audit fields: `<step> <id> template=… signature=… group=…`, the masked recipients and
 * the template.
 */
function sendAuditFields(step, send) {
    return {
        detail: `${step} ${send.id} template=${send.templateId} signature=${send.signature} group=${send.subAccount}`,
        recipients: [...send.groups, ...send.masked],
        templateId: send.templateId,
    };
}

;// CONCATENATED MODULE: ./src/slack/command-audit.ts


function commandAudit(deps) {
    return async (invocation, command, outcome, extra = {}) => {
        const detail = auditDetail(command, deps.access?.recipientGroups ?? {});
        const masked = (0,core/* maskPhonesInText */.qC)(outcome);
        deps.log(`info: /sms ${detail} by ${invocation.userId} in ${invocation.channelId}: ${masked}`);
        try {
            await deps.store.addAudit({
                at: deps.now(),
                userId: invocation.userId,
                channelId: invocation.channelId,
                command: command.kind,
                detail,
                outcome: masked,
                ...extra,
            });
        }
        catch (err) {
            // The audit log must not turn a finished command into an error for the user; the log line is the trail.
            deps.log(`error: could not write the audit log: ${err.message}`);
        }
    };
}
/** An error as the audit log keeps it: one line, numbers masked, bounded. */
function describeForAudit(err) {
    return (0,core/* maskPhonesInText */.qC)((0,core/* formatErrorLine */.AC)(err)).slice(0, 300);
}

;// CONCATENATED MODULE: ./src/slack/command-limits.ts
/** Uses per user per hour: which limit a command counts against, and taking one use of it. */
const LIMIT_GROUP = {
    send: 'send',
    stats: 'stats',
    log: 'log',
    templates: 'templates',
    signatures: 'signatures',
    groups: 'groups',
    'schedule-add': 'schedule',
    'schedule-list': 'schedule',
    'schedule-remove': 'schedule',
    audit: 'audit',
    'batch-create': 'batch',
    'batch-list': 'batch',
    'batch-status': 'batch',
    'batch-launch': 'batch',
    'batch-cancel': 'batch',
};
/** Counts one use of `kind` for `userId`, unless that would go over its hourly limit. */
async function takeHourlyUse(kind, userId, deps) {
    const group = LIMIT_GROUP[kind];
    if (group === undefined)
        return { allowed: true };
    const limit = deps.limits[group];
    const usage = await deps.store.takeUsage(userId, group, limit, deps.now());
    if (usage.allowed)
        return { allowed: true };
    const minutes = Math.max(1, Math.ceil(((usage.retryAt ?? 0) - deps.now()) / 60_000));
    const reason = limit === 0
        ? `\`/sms ${group}\` is disabled by the app's limits.`
        : `You have used \`/sms ${group}\` ${limit} times in the last hour, the limit. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
    return { allowed: false, limit, reason };
}

;// CONCATENATED MODULE: ./src/slack/error-message.ts


/** A user-facing error: the field and the fix for input errors, the API's words and request id otherwise. */
function errorMessage(err) {
    if (err instanceof core/* SmsInputError */.E$ || ((0,core/* isSmsError */.fR)(err) && err.code === 'ERR_SMS_INPUT')) {
        const issues = err.issues ?? [];
        const lines = issues.length > 0 ? issues.map((issue) => `• \`${issue.field}\`: ${issue.message}`) : [err.message];
        const hint = err.hint === undefined ? '' : `\n${err.hint}`;
        return notice((0,core/* maskPhonesInText */.qC)(`:warning: ${lines.join('\n')}${hint}`));
    }
    return notice((0,core/* maskPhonesInText */.qC)(`:x: ${(0,core/* formatErrorLine */.AC)(err)}`));
}

;// CONCATENATED MODULE: ./src/slack/report-messages.ts




/** Read-only answers: help, lists, stats, send log, audit, schedules. */
function helpMessage(role) {
    const lines = [
        `*Send* (senders): \`${USAGE.send}\``,
        '   e.g. `/sms send oncall template=ST_0002 service=api message="p99 over 2s"`',
        `*Batch tasks* (list/status: readers; create, launch, cancel and the Launch button: senders): \`${USAGE.batch}\``,
        `*Stats* (readers): \`${USAGE.stats}\``,
        `*Send log*: \`${USAGE.log}\``,
        `*Lists*: \`${USAGE.templates}\` · \`${USAGE.signatures}\` · \`${USAGE.groups}\``,
        `*Scheduled reports* (list: readers, add/remove: admins): \`${USAGE.schedule}\``,
        `*Audit log* (admins): \`${USAGE.audit}\``,
    ];
    return {
        text: 'volc-sms: send SMS and check delivery from Slack. Commands: send, batch, stats, log, templates, signatures, groups, schedule, audit.',
        blocks: [
            header('volc-sms'),
            section(lines.join('\n')),
            context(`${role === undefined ? 'You have no role in this app yet.' : `Your role: ${role}.`} Numbers are always shown masked; a send asks for confirmation first.`),
        ],
    };
}
function percent(part, whole) {
    return whole === 0 ? '–' : `${((part / whole) * 100).toFixed(1)}%`;
}
function formatDateTime(epochSeconds, timezone) {
    return new Intl.DateTimeFormat('sv-SE', {
        timeZone: timezone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
    }).format(new Date(epochSeconds * 1000));
}
const BAR_WIDTH = 24;
const MAX_CHART_ROWS = 31;
/** Rates are computed from the counts (servers differ on 0–1 vs 0–100 rates). */
function statsMessage(view) {
    const s = view.stats;
    const all = s.TotalAllSendCount || s.TotalSendCount;
    const sent = s.TotalSendSuccessCount;
    const delivered = s.TotalReceiptSuccessCount;
    const range = `${formatDateTime(view.startTime, view.timezone)} → ${formatDateTime(view.endTime, view.timezone)} (${view.timezone})`;
    const filters = formatFilters(view.filters);
    const totals = [
        `*Submitted* ${all}`,
        `*Accepted* ${sent} (${percent(sent, all)})`,
        `*Delivered* ${delivered} (${percent(delivered, sent)} of accepted)`,
        `*Delivery failed* ${s.TotalReceiptFailureCount}`,
        `*No receipt (72 h)* ${s.TotalNoReceipt72HourCount}`,
    ].join(' · ');
    // A 90-day window would overflow a Slack section (3000 characters); the newest days matter most.
    const allPoints = s.DataPoints ?? [];
    const points = allPoints.slice(-MAX_CHART_ROWS);
    const max = Math.max(1, ...points.map((p) => p.AllSendCount));
    const chart = points.map((p) => {
        const filled = Math.round((p.AllSendCount / max) * BAR_WIDTH);
        const bar = '█'.repeat(filled).padEnd(BAR_WIDTH, '·');
        return `${(p.Date ?? '').padEnd(10)} ${bar} ${String(p.AllSendCount).padStart(6)}  ${percent(p.ReceiptSuccessCount, p.SendSuccessCount).padStart(6)} delivered`;
    });
    const title = view.title ?? 'SMS stats';
    return {
        text: `${title}: ${all} submitted, ${sent} accepted, ${delivered} delivered (${range}).`,
        blocks: [
            header(title),
            section(totals),
            ...(chart.length > 0 && all > 0
                ? [section(`\`\`\`\n${chart.join('\n')}\n\`\`\``)]
                : [section('_No sends in this window._')]),
            context(`${range}${filters === '' ? '' : ` · ${escapeMrkdwn(filters)}`}` +
                (allPoints.length > points.length
                    ? ` · chart shows the last ${points.length} of ${allPoints.length} days`
                    : '')),
        ],
    };
}
function templatesMessage(templates) {
    const lines = templates.map((t) => {
        const name = t.TemplateName ?? t.Name;
        return (`*${t.TemplateId}*${name ? ` ${escapeMrkdwn(name)}` : ''} · ${t.ChannelType ?? ''} · ${statusWord(t.Status)}\n` +
            `>${escapeMrkdwn(t.Content ?? '')}\n` +
            `   signatures: ${(t.Signatures ?? []).join(', ') || '–'} · groups: ${(t.SubAccounts ?? []).join(', ') || '–'}`);
    });
    return listMessage('Templates', lines, 'No templates found.');
}
function signaturesMessage(signatures) {
    const lines = signatures.map((s) => `*${escapeMrkdwn(s.Signature)}* · ${statusWord(s.Status)} · groups: ${(s.SubAccounts ?? []).join(', ') || '–'}`);
    return listMessage('Signatures', lines, 'No signatures found.');
}
function groupsMessage(groups) {
    const lines = groups.map((g) => `*${g.SubAccount}*${g.SubAccountName ? ` ${escapeMrkdwn(g.SubAccountName)}` : ''} · ${(g.ChannelTypes ?? (g.ChannelType ? [g.ChannelType] : [])).join(', ') || '–'}`);
    return listMessage('Message groups', lines, 'No approved message groups found.');
}
function listMessage(title, lines, empty) {
    if (lines.length === 0)
        return { text: empty, blocks: [section(empty)] };
    return {
        text: `${title}: ${lines.length}`,
        blocks: [header(`${title} (${lines.length})`), ...lineSections(lines, 40)],
    };
}
const LOG_STATUS = {
    1: ':hourglass_flowing_sand: awaiting receipt',
    2: ':x: delivery failed',
    3: ':white_check_mark: delivered',
};
function sendLogMessage(query, entries, timezone) {
    if (entries.length === 0) {
        const text = `No send log entries for ${escapeMrkdwn(query)} (the log covers the last 30 days).`;
        return { text, blocks: [section(text)] };
    }
    const lines = entries.map((e) => {
        // The API masks numbers; mask again in case a server does not.
        const mobile = e.Mobile === undefined ? '' : e.Mobile.includes('*') ? e.Mobile : (0,core/* maskPhone */.Xu)(e.Mobile);
        const when = e.SendTime ? formatDateTime(Math.floor(e.SendTime / 1000), timezone) : '';
        const failure = e.Status === 2
            ? ` ${e.ErrorCode ?? ''}${e.ErrorMessage ? ` (${escapeMrkdwn(e.ErrorMessage)})` : ''}`
            : '';
        return (`${LOG_STATUS[e.Status ?? 0] ?? 'status unknown'}${failure} · ${mobile} · ${when}\n` +
            `   \`${e.MessageId}\` · ${e.TemplateId ?? ''} · ${escapeMrkdwn(e.Signature ?? '')} · ${e.SubAccount ?? ''}`);
    });
    return {
        text: `Send log for ${query}: ${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}`,
        blocks: [header(`Send log: ${query}`), ...lineSections(lines, 30)],
    };
}
function auditMessage(entries, timezone) {
    const lines = entries.map((e) => `${formatDateTime(Math.floor(e.at / 1000), timezone)} · <@${e.userId}> in <#${e.channelId}> · \`${escapeMrkdwn((0,core/* maskPhonesInText */.qC)(e.detail))}\` → ${escapeMrkdwn(e.outcome)}` +
        (e.messageIds && e.messageIds.length > 0
            ? ` · ids ${e.messageIds.slice(0, 5).join(', ')}${e.messageIds.length > 5 ? '…' : ''}`
            : ''));
    return listMessage('Audit log', lines, 'The audit log is empty.');
}
function schedulesMessage(schedules) {
    const lines = schedules.map((s) => {
        const filters = formatFilters(s.filters);
        return (`*${s.id}* · ${escapeMrkdwn(s.label)} (${s.timezone}) → <#${s.channelId}> · window ${s.window}${filters ? ` · ${escapeMrkdwn(filters)}` : ''}\n` +
            `   next: ${formatDateTime(Math.floor(s.nextRunAt / 1000), s.timezone)} · added by <@${s.createdBy}>`);
    });
    return listMessage('Scheduled stats reports', lines, 'No scheduled reports. Add one with `/sms schedule add daily 09:00 #channel`.');
}

;// CONCATENATED MODULE: ./src/slack/stats-scheduler.ts

/** The first slot strictly after `after` (epoch ms) in the schedule's time zone. */
function nextSlot(cron, timezone, after) {
    const next = new croner/* Cron */.l4(cron, { timezone, paused: true }).nextRun(new Date(after));
    // Five-field expressions always have a next run; a null here would mean an impossible date like 30 Feb.
    if (next === null)
        throw new Error(`cron "${cron}" never runs`);
    return next.getTime();
}
/** Milliseconds between the first two slots after `after`: how often the schedule fires, at its closest. */
function slotGap(cron, timezone, after) {
    const first = nextSlot(cron, timezone, after);
    return nextSlot(cron, timezone, first) - first;
}
class StatsScheduler {
    #options;
    #timer;
    #running;
    constructor(options) {
        this.#options = options;
    }
    start() {
        if (this.#timer !== undefined)
            return;
        this.#timer = setInterval(() => {
            this.tick().catch((err) => this.#options.log(`error: scheduler tick failed: ${err.message}`));
        }, this.#options.tickMs);
        // The loop alone must not keep the process alive.
        this.#timer.unref();
    }
    async stop() {
        clearInterval(this.#timer);
        this.#timer = undefined;
        await this.#running?.catch(() => undefined);
    }
    /** Handles every due slot once; returns how many reports were posted. Overlapping calls share one run. */
    tick() {
        this.#running ??= this.#runDue().finally(() => {
            this.#running = undefined;
        });
        return this.#running;
    }
    async #runDue() {
        const { store, now, post, graceMs, log } = this.#options;
        let posted = 0;
        for (const schedule of await store.listSchedules()) {
            const at = now();
            if (schedule.nextRunAt > at)
                continue;
            const slotAt = schedule.nextRunAt;
            await store.setNextRun(schedule.id, nextSlot(schedule.cron, schedule.timezone, at));
            if (at - slotAt > graceMs) {
                log(`info: schedule ${schedule.id} missed its ${new Date(slotAt).toISOString()} slot while down; skipped`);
                continue;
            }
            if (!(await store.claimScheduleSlot(schedule.id, slotAt, at)))
                continue;
            try {
                await post(schedule, slotAt);
                await store.finishScheduleSlot(schedule.id, slotAt, 'posted');
                posted += 1;
            }
            catch (err) {
                await store.finishScheduleSlot(schedule.id, slotAt, `failed: ${err.message}`);
                log(`error: schedule ${schedule.id} could not post to ${schedule.channelId}: ${err.message}`);
            }
        }
        return posted;
    }
}

;// CONCATENATED MODULE: ./src/slack/schedule-commands.ts





async function addSchedule(command, createdBy, deps) {
    const { timezone } = deps;
    const at = deps.now();
    const gap = slotGap(command.timing.cron, timezone, at);
    if (gap < deps.minSlotMs) {
        const message = `"${command.timing.cron}" fires every ${Math.round(gap / 1000)} s; reports can be at most once a minute`;
        throw new core/* SmsInputError */.E$(`cron: ${message}`, [{ field: 'cron', message }]);
    }
    const schedule = {
        id: newId('sch'),
        createdAt: at,
        createdBy,
        channelId: command.channelId,
        cron: command.timing.cron,
        label: command.timing.kind === 'daily' ? `daily ${command.timing.time}` : `cron ${command.timing.cron}`,
        timezone,
        window: command.window,
        filters: { ...command.filters },
        nextRunAt: nextSlot(command.timing.cron, timezone, at),
    };
    await deps.store.addSchedule(schedule);
    const message = notice(`:calendar: Scheduled ${schedule.id}: ${schedule.label} (${timezone}) → <#${schedule.channelId}>, stats for the last ${schedule.window}. ` +
        `First report: ${formatDateTime(Math.floor(schedule.nextRunAt / 1000), timezone)}. The bot must be able to post there (public channels work with chat:write.public; invite it to private ones).`);
    return { schedule, message };
}
async function removeSchedule(id, store) {
    const removed = await store.removeSchedule(id);
    return {
        removed,
        message: notice(removed ? `Removed schedule ${id}.` : `No schedule ${id}; see \`/sms schedule list\`.`),
    };
}

;// CONCATENATED MODULE: ./src/slack/send-log-lookup.ts



/**
 * `/sms log <message-id | number>`: a number-shaped query is looked up as a number, anything else as a
 * message id, in the last 30 days (what the send log keeps). A masked number cannot be looked up.
 */
async function lookUpSendLog(query, deps) {
    const nowSeconds = Math.floor(deps.now() / 1000);
    // The send log keeps 30 days; asking for exactly that keeps both lookups inside what the API allows.
    const window = { fromTime: nowSeconds - 30 * 86_400, toTime: nowSeconds, page: 1, pageSize: 20 };
    if (query.includes('*')) {
        const message = 'a masked number cannot be looked up; give the full number or the message id';
        throw new core/* SmsInputError */.E$(`log: ${message}`, [{ field: 'log', message }]);
    }
    const phone = /^[+\d][\d\s-]{6,}$/.test(query) ? (0,core/* normalizePhone */.cz)(query) : undefined;
    if (phone !== undefined && !phone.ok) {
        throw new core/* SmsInputError */.E$(`log: ${(0,core/* maskPhone */.Xu)(query)} is not a phone number: ${phone.reason}`, [
            { field: 'log', message: `${(0,core/* maskPhone */.Xu)(query)} is not a phone number: ${phone.reason}` },
        ]);
    }
    const { result } = await deps.sms.listSendLogs(phone?.ok ? { ...window, mobile: phone.mobile } : { ...window, messageId: query });
    return sendLogMessage(phone?.ok ? (0,core/* maskPhone */.Xu)(phone.mobile) : displayedLookup(query), result.List, deps.timezone);
}

;// CONCATENATED MODULE: ./src/slack/send-engine.ts



/**
 * Which engine carries a `/sms send` (issue 14): the core's planner decides. Up to the batch threshold the
 * confirmation's Send button sends direct requests; above it the numbers become a batch task, created
 * here and left awaiting launch, whose summary and Launch button are the ones of `/sms batch create`:
 * the click is the consent, and one click launches once.
 */
/**
 * The core's plan for this send. A verification template above the threshold is refused in Slack's words:
 * the batch engine never sends those, and an hour of direct requests is not chosen silently either.
 */
function planSlackSend(send, template, threshold) {
    const numbers = send.mobiles.length;
    try {
        return (0,core/* planDelivery */.eh)({ numbers, threshold, template });
    }
    catch (err) {
        if (!(err instanceof core/* SmsInputError */.E$) || err.issues[0]?.field !== 'engine')
            throw err;
        const message = `${send.templateId} is a verification template and ${numbers} recipients are above the batch threshold ` +
            `of ${threshold}: the batch engine never sends verification templates; nothing was sent`;
        throw new core/* SmsInputError */.E$(`recipients: ${message}`, [{ field: 'recipients', message }], {
            hint: `Send the codes in parts of at most ${threshold} recipients.`,
            cause: err,
        });
    }
}
/** Creates the batch task of a large send and posts its summary with the Launch button in the channel. */
async function createSendBatch(checked, command, invocation, deps) {
    const { send, template, plan } = checked;
    const at = new Date(deps.now()).toISOString().slice(0, 16).replace('T', ' ');
    const taskName = `/sms send ${send.templateId} by ${invocation.userId} ${at} UTC`;
    const params = send.params;
    const task = await (0,core/* createBatchSendTask */._)(deps.sms, {
        subAccount: send.subAccount,
        signature: send.signature,
        templateId: send.templateId,
        taskName,
        recipients: send.mobiles.map((mobile) => ({ mobile, params })),
        template,
    });
    const row = await deps.store.recordBatch(newBatchRow(task.taskId, send.subAccount, invocation, deps, {
        taskName,
        templateId: send.templateId,
        signature: send.signature,
        channelType: template.channelType ?? '',
        totalCount: task.totalCount ?? task.rows,
        sample: send.masked.slice(0, 3),
        // As the confirmation shows it: a code-like value masked.
        rendered: send.rendered,
    }));
    await deps.audit(invocation, command, `created batch task ${task.taskId} (${row.summary.totalCount} recipients, ${statusName(task.status)}), awaiting launch (${row.id})`, { recipients: [...send.groups, ...send.masked.slice(0, 3)], templateId: send.templateId });
    const intro = `<@${invocation.userId}>'s send to ${send.mobiles.length} recipients goes through the service's batch engine ` +
        `(*Engine* ${plan.reason}); the service checked the file (${statusName(task.status)}).`;
    return postBatchSummary(row, intro, deps);
}

;// CONCATENATED MODULE: ./src/slack/send-planner.ts



async function prepareSend(request, deps) {
    const issues = [];
    const { mobiles, groups } = resolveRecipients(request.recipients, deps.recipientGroups, issues);
    const { template, signature, subAccount } = await resolveSendTarget(request, deps.catalog, issues, (template) => {
        const content = template.Content ?? '';
        const { missing, unused } = (0,core/* compareTemplateParams */.wz)(content, request.params);
        if (missing.length > 0) {
            issues.push({
                field: 'params',
                message: `${template.TemplateId} needs ${missing.map((name) => `${name}=…`).join(' ')} (its text: ${content})`,
            });
        }
        if (unused.length > 0) {
            issues.push({
                field: 'params',
                message: `${template.TemplateId} has no variable ${unused.join(', ')} (its text: ${content})`,
            });
        }
    });
    // The client's own checks (count limits, number formats) run too, so Slack refuses exactly what the API would.
    deps.sms.planSend({
        subAccount,
        signature,
        templateId: template.TemplateId,
        mobiles,
        templateParam: { ...request.params },
    });
    const content = template.Content ?? '';
    return {
        send: {
            subAccount,
            signature,
            templateId: template.TemplateId,
            params: { ...request.params },
            mobiles,
            masked: mobiles.map(core/* maskPhone */.Xu),
            groups,
            rendered: `【${signature}】${displayedText(template, request.params)}`,
        },
        template: {
            templateId: template.TemplateId,
            name: template.TemplateName ?? template.TemplateId,
            channelType: template.ChannelType,
            content,
            variables: (0,core/* templateVariables */.Qp)(content),
        },
    };
}
function resolveRecipients(tokens, recipientGroups, issues) {
    const mobiles = [];
    const groups = [];
    const add = (mobile) => {
        if (!mobiles.includes(mobile))
            mobiles.push(mobile);
    };
    for (const token of tokens) {
        const group = recipientGroups[token.toLowerCase()];
        if (group !== undefined) {
            groups.push(token.toLowerCase());
            for (const number of group) {
                const normalized = (0,core/* normalizePhone */.cz)(number);
                if (normalized.ok)
                    add(normalized.mobile);
                else
                    issues.push({
                        field: 'recipients',
                        message: `group ${token} has an invalid number ${(0,core/* maskPhone */.Xu)(number)} (${normalized.reason})`,
                    });
            }
            continue;
        }
        const normalized = (0,core/* normalizePhone */.cz)(token);
        if (normalized.ok) {
            add(normalized.mobile);
            continue;
        }
        const known = Object.keys(recipientGroups);
        const looksLikeNumber = /^[+\d]/.test(token);
        issues.push({
            field: 'recipients',
            message: looksLikeNumber
                ? `${(0,core/* maskPhone */.Xu)(token)} is not a phone number: ${normalized.reason}`
                : `"${token}" is neither a phone number nor a recipient group${known.length > 0 ? ` (groups: ${known.join(', ')})` : ''}`,
        });
    }
    return { mobiles, groups };
}

;// CONCATENATED MODULE: ./src/slack/stats-window.ts

/**
 * A parsed `stats` window → epoch seconds, checked against the API's limits. A date typed without a zone
 * is read in the app's timezone, the one its reports show. Throws SmsInputError.
 */
function resolveWindow(window, now, timeZone) {
    if (window.kind === 'relative') {
        const resolved = (0,core/* parseWindow */.Et)(window.length, { now, field: 'window' });
        checkSpan(resolved.startTime, resolved.endTime);
        return resolved;
    }
    const startTime = (0,core/* parseTimeInput */.N7)(window.from, { now, timeZone, field: 'from' });
    const endTime = (0,core/* parseTimeInput */.N7)(window.to, { now, timeZone, field: 'to' });
    if (endTime <= startTime) {
        throw new core/* SmsInputError */.E$('to: must be after from', [
            { field: 'to', message: `must be after from (${window.from})` },
        ]);
    }
    checkSpan(startTime, endTime);
    return { startTime, endTime };
}
function checkSpan(startTime, endTime) {
    if (endTime - startTime > core/* MAX_STATS_WINDOW_DAYS */.ML * 86_400) {
        throw new core/* SmsInputError */.E$(`window: at most ${core/* MAX_STATS_WINDOW_DAYS */.ML} days`, [
            { field: 'window', message: `the API reports at most ${core/* MAX_STATS_WINDOW_DAYS */.ML} days at a time` },
        ]);
    }
}

;// CONCATENATED MODULE: ./src/slack/command-service.ts
















/** Commands that change something; Slack's retried deliveries of these are dropped. */
const NON_IDEMPOTENT = new Set([
    'send',
    'schedule-add',
    'schedule-remove',
    'batch-create',
    'batch-launch',
    'batch-cancel',
]);
class CommandService {
    #deps;
    #limits;
    #audit;
    constructor(deps) {
        this.#deps = deps;
        this.#limits = limitsOf(deps.access);
        this.#audit = commandAudit(deps);
    }
    /** Parses only; used to decide about retries before any work. Undefined when the text does not parse. */
    peekKind(text) {
        try {
            return parseSmsCommand(text).kind;
        }
        catch {
            return undefined;
        }
    }
    async run(invocation) {
        let command;
        try {
            command = parseSmsCommand(invocation.text);
        }
        catch (err) {
            return errorMessage(err);
        }
        const { userId, channelId } = invocation;
        const decision = await this.#deps.policy.decide(command.kind, userId, channelId);
        if (!decision.allowed) {
            if (command.kind !== 'help')
                await this.#audit(invocation, command, `refused: ${decision.reason}`);
            return notice(`:no_entry: ${decision.reason}`);
        }
        if (command.kind === 'help')
            return helpMessage(decision.role);
        const use = await takeHourlyUse(command.kind, userId, { ...this.#deps, limits: this.#limits });
        if (!use.allowed) {
            await this.#audit(invocation, command, `rate-limited (${use.limit}/h)`);
            return notice(`:hourglass: ${use.reason}`);
        }
        try {
            return await this.#execute(command, invocation);
        }
        catch (err) {
            await this.#audit(invocation, command, `error: ${describeForAudit(err)}`);
            if (!(0,core/* isSmsError */.fR)(err))
                this.#deps.log(`error: /sms ${command.kind} failed: ${(0,core/* maskPhonesInText */.qC)(String(err?.stack ?? err))}`);
            return errorMessage(err);
        }
    }
    async #execute(command, invocation) {
        const { sms, store, catalog, timezone, now } = this.#deps;
        // Each read is audited after it answered; the changes audit what they did.
        const answered = async (message) => {
            await this.#audit(invocation, command, 'ok');
            return message;
        };
        switch (command.kind) {
            case 'help':
                return helpMessage(undefined);
            case 'send':
                return this.#prepareSend(command, invocation);
            case 'stats': {
                const { startTime, endTime } = resolveWindow(command.window, now(), timezone);
                const { result } = await sms.getSendStats({ startTime, endTime, ...command.filters });
                return answered(statsMessage({ stats: result, startTime, endTime, timezone, filters: command.filters }));
            }
            case 'log':
                return answered(await lookUpSendLog(command.query, this.#deps));
            case 'templates':
                return answered(templatesMessage(await catalog.templates()));
            case 'signatures':
                return answered(signaturesMessage(await catalog.signatures()));
            case 'groups':
                return answered(groupsMessage(await catalog.subAccounts()));
            case 'schedule-list':
                return answered(schedulesMessage(await store.listSchedules()));
            case 'schedule-add': {
                const minSlotMs = this.#deps.tuning.minSlotMs;
                const { schedule, message } = await addSchedule(command, invocation.userId, {
                    store,
                    timezone,
                    now,
                    minSlotMs,
                });
                await this.#audit(invocation, command, `added ${schedule.id}`);
                return message;
            }
            case 'schedule-remove': {
                const { removed, message } = await removeSchedule(command.id, store);
                await this.#audit(invocation, command, removed ? `removed ${command.id}` : 'not found');
                return message;
            }
            case 'audit':
                return answered(auditMessage(await store.recentAudit(command.limit), timezone));
            case 'batch-create':
            case 'batch-list':
            case 'batch-status':
            case 'batch-launch':
            case 'batch-cancel':
                return runBatchCommand(command, invocation, { ...this.#deps, audit: this.#audit });
        }
    }
    async #prepareSend(command, invocation) {
        const { tuning, now, store } = this.#deps;
        const { send: prepared, template } = await prepareSend(command, {
            catalog: this.#deps.catalog,
            sms: this.#deps.sms,
            recipientGroups: this.#deps.access?.recipientGroups ?? {},
        });
        const plan = planSlackSend(prepared, template, tuning.batchThreshold);
        if (plan.engine === 'batch') {
            const deps = { ...this.#deps, audit: this.#audit };
            return createSendBatch({ send: prepared, template, plan }, command, invocation, deps);
        }
        const at = now();
        // Confirmations nobody pressed take their numbers with them when they expire.
        await store.purgeExpiredPendingSends(at);
        const pendingId = newId('snd');
        await store.createPendingSend({
            id: pendingId,
            createdAt: at,
            expiresAt: at + tuning.pendingTtlMs,
            userId: invocation.userId,
            channelId: invocation.channelId,
            ...prepared,
        });
        await this.#audit(invocation, command, `awaiting confirmation (${pendingId})`, {
            recipients: [...prepared.groups, ...prepared.masked],
            templateId: prepared.templateId,
        });
        return confirmationMessage({
            pendingId,
            masked: prepared.masked,
            groups: prepared.groups,
            templateId: prepared.templateId,
            signature: prepared.signature,
            subAccount: prepared.subAccount,
            rendered: prepared.rendered,
            engine: plan.reason,
            confirmAbove: tuning.confirmAbove,
            expiresInMinutes: Math.round(tuning.pendingTtlMs / 60_000),
        });
    }
    /** The report a schedule posts: stats for its window ending at the slot time. */
    async scheduledReport(schedule, slotAt) {
        const { startTime, endTime } = (0,core/* parseWindow */.Et)(schedule.window, { now: slotAt });
        const filters = schedule.filters;
        const { result } = await this.#deps.sms.getSendStats({ startTime, endTime, ...filters });
        return statsMessage({
            stats: result,
            startTime,
            endTime,
            timezone: schedule.timezone,
            filters,
            title: `SMS stats, last ${schedule.window}`,
        });
    }
}

;// CONCATENATED MODULE: ./src/slack/send-flow.ts





const ALREADY = {
    sending: 'This send is already in progress; it is not sent again.',
    sent: 'This send was already made; it is not sent again.',
    cancelled: 'This send was cancelled; nothing was sent. Run `/sms send` again if you still want it.',
    interrupted: 'This send was interrupted (the app stopped while sending), so some messages may have gone out. Check `/sms log` before sending again.',
    expired: 'This confirmation has expired; nothing was sent. Run `/sms send` again.',
    missing: 'This confirmation is unknown (it may have been cleaned up); nothing was sent. Run `/sms send` again.',
};
async function confirmSend(click, reply, deps) {
    const pending = await deps.store.getPendingSend(click.pendingId);
    if (pending !== undefined && pending.userId !== click.userId) {
        await reply(notice(`Only <@${pending.userId}>, who prepared this send, can confirm it.`), {
            replace: false,
        });
        return;
    }
    const decision = await deps.policy.decide('send', click.userId, click.channelId);
    if (!decision.allowed) {
        await reply(notice(`:no_entry: ${decision.reason}`), { replace: false });
        return;
    }
    const claim = await deps.store.claimPendingSend(click.pendingId, {
        ...leaseFromNow(deps),
        responseUrl: click.responseUrl,
    });
    if (!claim.claimed) {
        deps.log(`info: ignored a confirmation of ${click.pendingId}: ${claim.reason}`);
        await reply(notice(ALREADY[claim.reason] ?? ALREADY.missing ?? ''), { replace: false });
        return;
    }
    const send = claim.send;
    // Renewed while this replica sends and follows up; if it dies, the lease runs out and a survivor acts.
    const lease = holdLease(send.id, deps);
    try {
        await reply(sendingMessage(send.mobiles.length, send.templateId), { replace: true }).catch((err) => deps.log(`warn: could not show progress: ${err.message}`));
        const sentAt = Math.floor(deps.now() / 1000);
        const lines = await sendAndDescribe(send, deps);
        const messageIds = lines.flatMap((line) => (line.messageId === undefined ? [] : [line.messageId]));
        const counts = { sent: 0, failed: 0, unknown: 0 };
        for (const line of lines)
            counts[line.status] += 1;
        const anyToWatch = counts.sent > 0 && deps.tuning.receiptPollAttempts > 0;
        await deps.store.completePendingSend(send.id, { sentAt, lines }, anyToWatch ? deps.now() + deps.tuning.leaseMs : undefined);
        await deps.store.addAudit({
            at: deps.now(),
            userId: click.userId,
            channelId: click.channelId,
            command: 'send-confirm',
            ...sendAuditFields('confirm', send),
            messageIds,
            outcome: `sent ${counts.sent}, failed ${counts.failed}, unknown ${counts.unknown}`,
        });
        deps.log(`info: send ${send.id} by ${click.userId}: ${counts.sent} sent, ${counts.failed} failed, ${counts.unknown} unknown`);
        const view = { templateId: send.templateId, rendered: send.rendered, requestedBy: send.userId };
        await reply(sendResultMessage({ ...view, recipients: lines, final: !anyToWatch }), { replace: true });
        if (!anyToWatch)
            return;
        await followUpReceipts({ ...send, result: { sentAt, lines } }, reply, deps);
    }
    finally {
        lease.stop();
    }
}
async function sendAndDescribe(send, deps) {
    let outcome;
    try {
        outcome = await deps.sms.sendSms({
            subAccount: send.subAccount,
            signature: send.signature,
            templateId: send.templateId,
            mobiles: send.mobiles,
            templateParam: send.params,
        });
    }
    catch (err) {
        // sendSms throws only before anything is sent (invalid input); every recipient is then "not sent".
        const error = (0,core/* maskPhonesInText */.qC)((0,core/* formatErrorLine */.AC)(err));
        return send.masked.map((masked) => ({ masked, status: 'failed', error }));
    }
    return outcome.recipients.map((r) => ({
        masked: r.masked,
        status: r.status,
        messageId: r.messageId,
        error: r.error === undefined ? undefined : (0,core/* maskPhonesInText */.qC)((0,core/* formatErrorLine */.AC)(r.error)),
    }));
}
async function cancelSend(click, reply, deps) {
    const pending = await deps.store.getPendingSend(click.pendingId);
    if (pending !== undefined && pending.userId !== click.userId) {
        await reply(notice(`Only <@${pending.userId}>, who prepared this send, can cancel it.`), {
            replace: false,
        });
        return;
    }
    const result = await deps.store.cancelPendingSend(click.pendingId);
    if (!result.claimed) {
        await reply(notice(ALREADY[result.reason] ?? ''), { replace: false });
        return;
    }
    await deps.store.addAudit({
        at: deps.now(),
        userId: click.userId,
        channelId: click.channelId,
        command: 'send-cancel',
        detail: `cancel ${click.pendingId}`,
        recipients: [...result.send.groups, ...result.send.masked],
        templateId: result.send.templateId,
        outcome: 'cancelled',
    });
    await reply(cancelledMessage(click.userId), { replace: true });
}

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./src/slack/slack-io.ts


/** The app's small adapters to Bolt and Slack: answering, logging, sleeping. */
function abortableSleep(ms, signal) {
    return (0,external_node_timers_promises_.setTimeout)(ms, undefined, signal === undefined ? undefined : { signal }).catch(() => undefined);
}
async function safeRespond(respond, message, options, log) {
    try {
        await respond({
            response_type: 'ephemeral',
            replace_original: options.replace,
            text: message.text,
            ...(message.blocks === undefined ? {} : { blocks: message.blocks }),
        });
    }
    catch (err) {
        // An expired response_url (30 min / 5 uses) is not worth crashing over; the audit log has the outcome.
        log(`warn: could not answer through response_url: ${err.message}`);
    }
}
/**
 * Answers through a response URL stored with a send, for a follow-up this replica took over from another
 * (it has no Bolt `respond` for that click). Failures are logged, as with safeRespond.
 */
function replyThroughUrl(responseUrl, log) {
    return async (message, options) => {
        if (responseUrl === undefined)
            return;
        try {
            const res = await fetch(responseUrl, {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify({
                    response_type: 'ephemeral',
                    replace_original: options.replace,
                    text: message.text,
                    ...(message.blocks === undefined ? {} : { blocks: message.blocks }),
                }),
                signal: AbortSignal.timeout(10_000),
            });
            await res.body?.cancel();
            if (!res.ok)
                log(`warn: could not answer through response_url: HTTP ${res.status}`);
        }
        catch (err) {
            log(`warn: could not answer through response_url: ${err.message}`);
        }
    };
}
/** Bolt's logs go through the app's log line (which redacts); debug noise stays out. */
function boltLogger(log) {
    let level = bolt_dist.LogLevel.WARN;
    const order = [bolt_dist.LogLevel.DEBUG, bolt_dist.LogLevel.INFO, bolt_dist.LogLevel.WARN, bolt_dist.LogLevel.ERROR];
    const emit = (at, parts) => {
        if (order.indexOf(at) < order.indexOf(level))
            return;
        log(`${at}: [bolt] ${parts.map((p) => (p instanceof Error ? p.message : String(p))).join(' ')}`);
    };
    return {
        debug: (...parts) => emit(bolt_dist.LogLevel.DEBUG, parts),
        info: (...parts) => emit(bolt_dist.LogLevel.INFO, parts),
        warn: (...parts) => emit(bolt_dist.LogLevel.WARN, parts),
        error: (...parts) => emit(bolt_dist.LogLevel.ERROR, parts),
        setLevel: (next) => {
            level = next;
        },
        getLevel: () => level,
        setName: () => { },
    };
}

;// CONCATENATED MODULE: ./src/slack/listeners.ts








// While stopping, new commands are turned away (the load balancer sends the next try elsewhere).
const STOPPING_NOTICE = notice(':hourglass: This app instance is restarting; run the command again in a few seconds. Nothing was done.');
function registerListeners(app, deps) {
    const { service, stopping, track, log } = deps;
    app.command('/sms', async ({ command, ack, respond, context }) => {
        await ack();
        if (stopping.aborted) {
            await safeRespond(respond, STOPPING_NOTICE, { replace: false }, log);
            return;
        }
        const isRetry = (context.retryNum ?? 0) > 0;
        if (isRetry) {
            const kind = service.peekKind(command.text);
            if (kind === undefined || NON_IDEMPOTENT.has(kind)) {
                log(`info: ignored Slack retry #${context.retryNum} of /sms ${kind ?? '(unparsable)'} from ${command.user_id}`);
                return;
            }
        }
        const message = await track(service.run({ userId: command.user_id, channelId: command.channel_id, text: command.text }));
        await safeRespond(respond, message, { replace: false }, log);
    });
    // The Send and Cancel buttons carry the pending-send id as their value, Launch and Cancel task the
    // batch row's id;
    // nothing else is trusted from the click.
    registerButtons(app, deps, [
        [CONFIRM_ACTION, confirmSend],
        [CANCEL_ACTION, cancelSend],
        [LAUNCH_ACTION, launchBatch],
        [CANCEL_BATCH_ACTION, cancelBatchClick],
    ]);
}
function registerButtons(app, deps, buttons) {
    const { stopping, track, log } = deps;
    for (const [actionId, handler] of buttons) {
        app.action(actionId, async ({ ack, body, action, respond }) => {
            await ack();
            const reply = (message, options) => safeRespond(respond, message, options, log);
            if (stopping.aborted) {
                await reply(STOPPING_NOTICE, { replace: false });
                return;
            }
            const click = {
                userId: body.user.id,
                channelId: body.channel?.id ?? '',
                pendingId: action.value ?? '',
                responseUrl: body.response_url,
            };
            await track(handler(click, reply, deps.flowDeps));
        });
    }
}

;// CONCATENATED MODULE: ./src/slack/tuning.ts

const DEFAULT_TUNING = {
    listCacheMs: 60_000,
    groupCacheMs: 300_000,
    pendingTtlMs: 15 * 60_000,
    confirmAbove: 10,
    batchThreshold: core/* DEFAULT_BATCH_THRESHOLD */.fj,
    // Most receipts arrive within seconds; 24 polls 5 s apart cover two minutes in 24 requests.
    receiptPollMs: 5_000,
    receiptPollAttempts: 24,
    schedulerTickMs: 20_000,
    scheduleGraceMs: 60 * 60_000,
    minSlotMs: 60_000,
    leaseMs: 30_000,
    leaseCheckMs: 10_000,
    // One read every 15 s is well inside 5 QPS, and a task's states last minutes.
    batchPollMs: 15_000,
    batchFollowMs: 12 * 3_600_000,
};

;// CONCATENATED MODULE: ./src/slack/slack-side.ts


/** The Slack Web API calls of batch tasks: the files shared in a channel, and posts there and in threads. */
function slackSide(app, options) {
    return {
        files: {
            info: async (file) => {
                try {
                    return (await app.client.files.info({ file })).file;
                }
                catch (err) {
                    const code = err.data?.error ?? err.message;
                    const message = `Slack could not find file ${file} (${code}); give the link of a CSV shared in this channel`;
                    throw new core/* SmsInputError */.E$(`file: ${message}`, [{ field: 'file', message }], {
                        hint: 'The app needs the files:read scope: reinstall it after updating its manifest.',
                    });
                }
            },
            list: async (channel, user) => ((await app.client.files.list({ channel, user, count: 20 })).files ?? []),
        },
        download: (file, path) => downloadSlackFile(file, path, options),
        post: async (channel, message, threadTs) => {
            try {
                const answer = await app.client.chat.postMessage({
                    channel,
                    text: message.text,
                    blocks: message.blocks ?? [],
                    ...(threadTs === undefined ? {} : { thread_ts: threadTs }),
                });
                return answer.ts;
            }
            catch (err) {
                // not_in_channel and the like: the caller answers another way; the log says why.
                options.log(`warn: could not post in ${channel}: ${err.message}`);
                return undefined;
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/slack/interrupted-sends.ts


const SHOWN_NUMBERS = 10;
function interruptedMessage(send) {
    const shown = send.masked.slice(0, SHOWN_NUMBERS).join(', ');
    const more = send.masked.length > SHOWN_NUMBERS ? `, … ${send.masked.length - SHOWN_NUMBERS} more` : '';
    const text = `:warning: A send by <@${send.userId}> was interrupted: the app stopped while sending ${send.templateId} ` +
        `to ${send.masked.length} number(s) (${shown}${more}). Some messages may have gone out; it is not resent. ` +
        `Check \`/sms log\` before sending again.`;
    return notice(text);
}
/** Reports every send whose owner's lease ran out; returns how many. Never throws. */
async function reportInterruptedSends(deps) {
    const now = deps.now();
    let sends;
    try {
        sends = await deps.store.takeInterruptedSends(now);
    }
    catch (err) {
        deps.log(`error: could not look for interrupted sends: ${err.message}`);
        return 0;
    }
    for (const send of sends) {
        // The log line first: it is the record that survives if the database or Slack fails below.
        deps.log(`warn: send ${send.id} by ${send.userId} was interrupted (${send.masked.length} number(s)): outcome unknown`);
        try {
            await deps.store.addAudit({
                at: now,
                userId: send.userId,
                channelId: send.channelId,
                command: 'send-interrupted',
                ...sendAuditFields('interrupted', send),
                outcome: 'outcome unknown: the app stopped while sending',
            });
        }
        catch (err) {
            deps.log(`error: could not audit interrupted send ${send.id}: ${err.message}`);
        }
        await deps
            .post(send.channelId, interruptedMessage(send))
            .catch((err) => deps.log(`warn: could not announce interrupted send ${send.id} in ${send.channelId}: ${err.message}`));
    }
    return sends.length;
}

;// CONCATENATED MODULE: ./src/slack/store-migrations.ts
/**
 * The store's schema, as numbered steps per backend. A released step never changes: a new column is a new
 * step, which each database applies once at start (store-sqlite.ts and store-postgres.ts say how they lock).
 * Both backends have the same versions with the same meaning, so docs/slack.md can name one number.
 *
 * SQLite 1 is the schema of the release before versioned migrations, written with IF NOT EXISTS: a file
 * from that release (user_version 0, tables present) passes through it unchanged and then takes step 2.
 */
// Step 2: ownership of a send in flight. A claimed send carries its owner and a lease the owner renews;
// a lease that ran out means the owner died. Sends claimed before this step keep the old rule (interrupted
// 15 minutes after their claim). `response_url` lets another replica finish the receipt follow-up, and
// `follow_up` says one is still owed ('receipts').
const LEASES = `
ALTER TABLE pending_sends ADD COLUMN lease_owner TEXT;
ALTER TABLE pending_sends ADD COLUMN lease_expires_at BIGINT;
ALTER TABLE pending_sends ADD COLUMN response_url TEXT;
ALTER TABLE pending_sends ADD COLUMN follow_up TEXT;
UPDATE pending_sends SET lease_expires_at = claimed_at + 900000 WHERE state = 'sending';
CREATE INDEX pending_sends_by_lease ON pending_sends (state, lease_expires_at);
`;
// Step 3: batch tasks seen through Slack. One row per task (unique group + task id), whichever command made
// it; `state` is the Launch rule: a click launches only a row it moves from 'ready' to 'launching', once,
// across retried deliveries and replicas. The follow-up (progress in the thread, then receipts) is owned
// through a lease as a send's is. No phone number is ever stored here: the file is gone once uploaded.
const BATCH_TASKS = `
CREATE TABLE batch_tasks (
  id TEXT PRIMARY KEY,
  task_id TEXT NOT NULL,
  sub_account TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  created_by TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  summary TEXT NOT NULL,
  thread_ts TEXT,
  state TEXT NOT NULL,
  launched_by TEXT,
  launched_at BIGINT,
  last_status BIGINT,
  follow_up TEXT,
  lease_owner TEXT,
  lease_expires_at BIGINT,
  UNIQUE (sub_account, task_id)
);
CREATE INDEX batch_tasks_by_lease ON batch_tasks (follow_up, lease_expires_at);
`;
// Step 4: a cancel asked with `/sms batch cancel` waits for its Cancel click, claimed as a launch is: the
// click cancels only if it moves `cancel_state` from 'asked' to 'cancelling'. A cancel may be asked again
// (it sends nothing), so a claim whose replica died is claimable once it is a lease old.
const BATCH_CANCELS = `
ALTER TABLE batch_tasks ADD COLUMN cancel_state TEXT;
ALTER TABLE batch_tasks ADD COLUMN cancelled_by TEXT;
ALTER TABLE batch_tasks ADD COLUMN cancel_claimed_at BIGINT;
`;
const SQLITE_MIGRATIONS = [
    {
        version: 1,
        name: 'tables',
        sql: `
CREATE TABLE IF NOT EXISTS audit (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at INTEGER NOT NULL,
  user_id TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  command TEXT NOT NULL,
  detail TEXT NOT NULL,
  recipients TEXT,
  template_id TEXT,
  message_ids TEXT,
  outcome TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS pending_sends (
  id TEXT PRIMARY KEY,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  user_id TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  sub_account TEXT NOT NULL,
  signature TEXT NOT NULL,
  template_id TEXT NOT NULL,
  params TEXT NOT NULL,
  mobiles TEXT NOT NULL,
  masked TEXT NOT NULL,
  groups TEXT NOT NULL,
  rendered TEXT NOT NULL,
  state TEXT NOT NULL,
  claimed_at INTEGER,
  result TEXT
);
CREATE TABLE IF NOT EXISTS schedules (
  id TEXT PRIMARY KEY,
  created_at INTEGER NOT NULL,
  created_by TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  cron TEXT NOT NULL,
  label TEXT NOT NULL,
  timezone TEXT NOT NULL,
  window TEXT NOT NULL,
  filters TEXT NOT NULL,
  next_run_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS schedule_runs (
  schedule_id TEXT NOT NULL,
  slot_at INTEGER NOT NULL,
  claimed_at INTEGER NOT NULL,
  outcome TEXT,
  PRIMARY KEY (schedule_id, slot_at)
);
CREATE TABLE IF NOT EXISTS usage (
  user_id TEXT NOT NULL,
  command TEXT NOT NULL,
  at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS usage_by_user ON usage (user_id, command, at);
`,
    },
    { version: 2, name: 'leases', sql: LEASES },
    { version: 3, name: 'batch-tasks', sql: BATCH_TASKS },
    { version: 4, name: 'batch-cancels', sql: BATCH_CANCELS },
];
/**
 * Step 1 in PostgreSQL's words: the same tables, with 64-bit integers (epoch milliseconds overflow
 * PostgreSQL's 32-bit INTEGER, which SQLite's INTEGER is not), an identity column for the audit id, and
 * `window` quoted (a reserved word there). Later steps are written to run on both as they stand.
 */
function postgresTables(sqlite) {
    return sqlite
        .replace('id INTEGER PRIMARY KEY AUTOINCREMENT', 'id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY')
        .replaceAll('INTEGER', 'BIGINT')
        .replace(/^(\s+)window TEXT/m, '$1"window" TEXT');
}
const POSTGRES_MIGRATIONS = SQLITE_MIGRATIONS.map((migration) => migration.version === 1 ? { ...migration, sql: postgresTables(migration.sql) } : migration);

;// CONCATENATED MODULE: ./src/slack/store-base.ts


/**
 * The store's connection (migrations, readiness, closing) and its plain records: the audit log, and the
 * uses counted for the hourly limits. The exactly-once rules build on it: pending sends in
 * store-pending-sends.ts, schedules and batch tasks in store.ts (which says how those rules are written).
 */
class StoreBase {
    db;
    #migrated = false;
    constructor(driver) {
        this.db = driver;
    }
    get description() {
        return this.db.description;
    }
    /** Brings the schema to the current version (once, under the database's lock); returns what was applied. */
    async migrate(appliedBy) {
        const steps = this.db.kind === 'postgres' ? POSTGRES_MIGRATIONS : SQLITE_MIGRATIONS;
        const report = await this.db.migrate(steps, appliedBy);
        this.#migrated = true;
        return report.applied;
    }
    /** Ready for commands: migrated, and the database answers now. Never throws. */
    async ready() {
        if (!this.#migrated)
            return { ok: false, reason: 'migrations not applied yet' };
        try {
            await this.db.ping();
            return { ok: true };
        }
        catch (err) {
            return { ok: false, reason: `database unreachable: ${err.message}` };
        }
    }
    close() {
        return this.db.close();
    }
    // ---- audit --------------------------------------------------------------------------------------
    async addAudit(entry) {
        await this.db.run(`INSERT INTO audit (at, user_id, channel_id, command, detail, recipients, template_id, message_ids, outcome)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, [
            entry.at,
            entry.userId,
            entry.channelId,
            entry.command,
            entry.detail,
            entry.recipients === undefined ? null : JSON.stringify(entry.recipients),
            entry.templateId ?? null,
            entry.messageIds === undefined ? null : JSON.stringify(entry.messageIds),
            entry.outcome,
        ]);
    }
    async recentAudit(limit) {
        return (await this.db.all('SELECT * FROM audit ORDER BY id DESC LIMIT ?', [limit])).map(auditFromRow);
    }
    // ---- usage (hourly limits) ----------------------------------------------------------------------
    /**
     * Records one use and says whether it fits in `limit` uses per `windowMs`. The count and the insert are
     * one transaction locked per user and command, so two concurrent commands cannot both take the last slot.
     */
    takeUsage(userId, command, limit, now, windowMs = 3_600_000) {
        return this.db.transaction(`usage:${userId}:${command}`, async (tx) => {
            await tx.run('DELETE FROM usage WHERE user_id = ? AND command = ? AND at <= ?', [
                userId,
                command,
                now - windowMs,
            ]);
            const rows = await tx.all('SELECT at FROM usage WHERE user_id = ? AND command = ? ORDER BY at ASC', [
                userId,
                command,
            ]);
            if (rows.length >= limit) {
                const oldest = rows[0] === undefined ? now : Number(rows[0].at);
                return { allowed: false, used: rows.length, retryAt: oldest + windowMs };
            }
            await tx.run('INSERT INTO usage (user_id, command, at) VALUES (?, ?, ?)', [userId, command, now]);
            return { allowed: true, used: rows.length + 1 };
        });
    }
}

;// CONCATENATED MODULE: ./src/slack/store-pending-sends.ts


class PendingSendStore extends StoreBase {
    async #one(sql, params) {
        const [row] = await this.db.all(sql, params);
        return row === undefined ? undefined : pendingFromRow(row);
    }
    async createPendingSend(send) {
        await this.db.run(`INSERT INTO pending_sends (id, created_at, expires_at, user_id, channel_id, sub_account, signature, template_id,
           params, mobiles, masked, groups, rendered, state)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending')`, [
            send.id,
            send.createdAt,
            send.expiresAt,
            send.userId,
            send.channelId,
            send.subAccount,
            send.signature,
            send.templateId,
            JSON.stringify(send.params),
            JSON.stringify(send.mobiles),
            JSON.stringify(send.masked),
            JSON.stringify(send.groups),
            send.rendered,
        ]);
    }
    getPendingSend(id) {
        return this.#one('SELECT * FROM pending_sends WHERE id = ?', [id]);
    }
    /**
     * Atomically moves a live pending send to `sending`, owned by `claim.owner` for `claim.leaseMs`. Only the
     * caller that gets `claimed: true` may send.
     */
    async claimPendingSend(id, claim) {
        const { now, owner, leaseMs, responseUrl } = claim;
        const send = await this.#one(`UPDATE pending_sends SET state = 'sending', claimed_at = ?, lease_owner = ?, lease_expires_at = ?, response_url = ?
         WHERE id = ? AND state = 'pending' AND expires_at > ? RETURNING *`, [now, owner, now + leaseMs, responseUrl ?? null, id, now]);
        if (send !== undefined)
            return { claimed: true, send };
        const existing = await this.getPendingSend(id);
        if (existing === undefined)
            return { claimed: false, reason: 'missing' };
        if (existing.state === 'pending')
            return { claimed: false, reason: 'expired' };
        return { claimed: false, reason: existing.state };
    }
    /** Cancels a send that is still pending, erasing its full numbers and values as a completed send's are. */
    async cancelPendingSend(id) {
        const send = await this.#one(`UPDATE pending_sends SET state = 'cancelled', mobiles = '[]', params = '{}' WHERE id = ? AND state = 'pending' RETURNING *`, [id]);
        if (send !== undefined)
            return { claimed: true, send };
        const existing = await this.getPendingSend(id);
        return { claimed: false, reason: existing === undefined ? 'missing' : existing.state };
    }
    /** Extends `owner`'s lease on a send in flight or its follow-up; false when the lease is no longer its own. */
    async renewLease(id, owner, until) {
        const changed = await this.db.run(`UPDATE pending_sends SET lease_expires_at = ? WHERE id = ? AND lease_owner = ? AND state IN ('sending', 'sent')`, [until, id, owner]);
        return changed > 0;
    }
    /** Hands a lease back (a replica stopping): whoever looks next takes the follow-up over at once. */
    async releaseLease(id, owner) {
        await this.db.run('UPDATE pending_sends SET lease_expires_at = 0 WHERE id = ? AND lease_owner = ?', [
            id,
            owner,
        ]);
    }
    /**
     * Stores the outcome of the send and erases the full numbers and the template values (which may be
     * verification codes): from here on only masked numbers and the masked text exist.
     * With `followUpUntil`, the owner keeps its lease until then for the receipt follow-up; otherwise the
     * row is done.
     */
    async completePendingSend(id, result, followUpUntil) {
        const followUp = followUpUntil !== undefined;
        await this.db.run(`UPDATE pending_sends SET state = 'sent', result = ?, mobiles = '[]', params = '{}', follow_up = ?, lease_expires_at = ?,
           lease_owner = CASE WHEN ? = 1 THEN lease_owner END, response_url = CASE WHEN ? = 1 THEN response_url END
         WHERE id = ?`, [
            JSON.stringify(result),
            followUp ? 'receipts' : null,
            followUpUntil ?? null,
            followUp ? 1 : 0,
            followUp ? 1 : 0,
            id,
        ]);
    }
    /** The follow-up is done (receipts shown): the final result, and nothing left to own. */
    async finishFollowUp(id, owner, result) {
        await this.db.run(`UPDATE pending_sends SET result = ?, follow_up = NULL, lease_owner = NULL, lease_expires_at = NULL,
           response_url = NULL WHERE id = ? AND lease_owner = ?`, [JSON.stringify(result), id, owner]);
    }
    /**
     * Marks sends still `sending` whose lease ran out by `now` as `interrupted`, erasing their full numbers
     * and template values,
     * and returns them: one statement, so each is reported by exactly one replica. They are never resent
     * (some messages may have gone out).
     */
    async takeInterruptedSends(now) {
        const rows = await this.db.all(`UPDATE pending_sends SET state = 'interrupted', mobiles = '[]', params = '{}', lease_owner = NULL, response_url = NULL
         WHERE state = 'sending' AND lease_expires_at <= ? RETURNING *`, [now]);
        return rows.map(pendingFromRow);
    }
    /** Takes over receipt follow-ups whose owner's lease ran out (the owner died or handed them back). */
    async takeOverFollowUps(claim) {
        const rows = await this.db.all(`UPDATE pending_sends SET lease_owner = ?, lease_expires_at = ?
         WHERE state = 'sent' AND follow_up = 'receipts' AND lease_expires_at <= ? RETURNING *`, [claim.owner, claim.now + claim.leaseMs, claim.now]);
        return rows.map(pendingFromRow);
    }
    /** Drops expired, never-confirmed sends (with their numbers). */
    purgeExpiredPendingSends(now) {
        return this.db.run(`DELETE FROM pending_sends WHERE state = 'pending' AND expires_at <= ?`, [now]);
    }
}

;// CONCATENATED MODULE: ./src/slack/store-batches.ts

const optional = (value, as) => value === null || value === undefined ? undefined : as(value);
function batchFromRow(row) {
    return {
        id: String(row.id),
        taskId: String(row.task_id),
        subAccount: String(row.sub_account),
        createdAt: Number(row.created_at),
        createdBy: String(row.created_by),
        channelId: String(row.channel_id),
        summary: JSON.parse(String(row.summary)),
        threadTs: optional(row.thread_ts, String),
        state: String(row.state),
        launchedBy: optional(row.launched_by, String),
        launchedAt: optional(row.launched_at, Number),
        lastStatus: optional(row.last_status, Number),
        followUp: row.follow_up === 'progress' ? 'progress' : undefined,
        leaseOwner: optional(row.lease_owner, String),
        cancelState: optional(row.cancel_state, (v) => String(v)),
        cancelledBy: optional(row.cancelled_by, String),
    };
}
class BatchTaskStore extends PendingSendStore {
    async #rows(sql, params) {
        return (await this.db.all(sql, params)).map(batchFromRow);
    }
    /**
     * The task's row: this one if it is new, else the one already kept (its id, state and thread win). A task
     * first seen here already started elsewhere is recorded as 'launched', so no Launch button exists for it.
     */
    async recordBatch(row, state = 'ready') {
        await this.db.run(`INSERT INTO batch_tasks (id, task_id, sub_account, created_at, created_by, channel_id, summary, state)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`, [
            row.id,
            row.taskId,
            row.subAccount,
            row.createdAt,
            row.createdBy,
            row.channelId,
            JSON.stringify(row.summary),
            state,
        ]);
        return (await this.findBatch(row.subAccount, row.taskId));
    }
    async getBatch(id) {
        return (await this.#rows('SELECT * FROM batch_tasks WHERE id = ?', [id]))[0];
    }
    async findBatch(subAccount, taskId) {
        const rows = await this.#rows('SELECT * FROM batch_tasks WHERE sub_account = ? AND task_id = ?', [
            subAccount,
            taskId,
        ]);
        return rows[0];
    }
    /** The tasks this app knows by id, newest first (to find a task's group, and for `batch list`). */
    async batchesByTask(taskId) {
        return this.#rows('SELECT * FROM batch_tasks WHERE task_id = ? ORDER BY created_at DESC', [taskId]);
    }
    async recentBatches(limit) {
        return this.#rows('SELECT * FROM batch_tasks ORDER BY created_at DESC, id DESC LIMIT ?', [limit]);
    }
    async setBatchThread(id, threadTs) {
        await this.db.run('UPDATE batch_tasks SET thread_ts = ? WHERE id = ? AND thread_ts IS NULL', [
            threadTs,
            id,
        ]);
    }
    /**
     * The Launch click: moves a ready row to 'launching' for `userId`, with this replica's lease on the
     * follow-up. Only the caller that gets `claimed: true` asks the service to start the task.
     */
    async claimBatchLaunch(id, userId, claim) {
        const [row] = await this.#rows(`UPDATE batch_tasks SET state = 'launching', launched_by = ?, launched_at = ?, follow_up = 'progress',
           lease_owner = ?, lease_expires_at = ?
         WHERE id = ? AND state = 'ready' RETURNING *`, [userId, claim.now, claim.owner, claim.now + claim.leaseMs, id]);
        if (row !== undefined)
            return { claimed: true, row };
        const existing = await this.getBatch(id);
        if (existing === undefined)
            return { claimed: false, reason: 'missing' };
        return { claimed: false, reason: existing.state, row: existing };
    }
    /**
     * The end of a launch: 'launched' (the service started the task; the follow-up goes on), or back to
     * 'ready' when the service proved it did not start it (a later click may try again).
     */
    async settleBatchLaunch(id, owner, outcome) {
        await this.db.run(outcome === 'launched'
            ? `UPDATE batch_tasks SET state = 'launched' WHERE id = ? AND lease_owner = ?`
            : `UPDATE batch_tasks SET state = 'ready', launched_by = NULL, launched_at = NULL, follow_up = NULL,
             lease_owner = NULL, lease_expires_at = NULL WHERE id = ? AND lease_owner = ?`, [id, owner]);
    }
    /** `/sms batch cancel`: the task's Cancel button may now be clicked (again, if an earlier try failed). */
    async askBatchCancel(id) {
        await this.db.run(`UPDATE batch_tasks SET cancel_state = 'asked' WHERE id = ? AND (cancel_state IS NULL OR cancel_state = 'asked')`, [id]);
    }
    /**
     * The Cancel click: moves an asked cancel to 'cancelling' for `userId`. Only the caller that gets
     * `claimed: true` asks the service; a claim older than `leaseMs` (its replica died) may be taken again.
     */
    async claimBatchCancel(id, userId, now, leaseMs) {
        const [row] = await this.#rows(`UPDATE batch_tasks SET cancel_state = 'cancelling', cancelled_by = ?, cancel_claimed_at = ?
         WHERE id = ? AND (cancel_state = 'asked' OR (cancel_state = 'cancelling' AND cancel_claimed_at <= ?))
         RETURNING *`, [userId, now, id, now - leaseMs]);
        if (row !== undefined)
            return { claimed: true, row };
        const existing = await this.getBatch(id);
        if (existing === undefined)
            return { claimed: false, reason: 'missing' };
        const reason = existing.cancelState === undefined || existing.cancelState === 'asked'
            ? 'not-asked'
            : existing.cancelState;
        return { claimed: false, reason, row: existing };
    }
    /**
     * The end of a cancel click: 'cancelled' (the service took it; a Launch button no longer launches), or
     * back to 'asked' when the service proved it did not cancel (a later click may try again).
     */
    async settleBatchCancel(id, outcome) {
        await this.db.run(outcome === 'cancelled'
            ? `UPDATE batch_tasks SET cancel_state = 'cancelled',
             state = CASE WHEN state = 'ready' THEN 'cancelled' ELSE state END WHERE id = ?`
            : `UPDATE batch_tasks SET cancel_state = 'asked', cancelled_by = NULL, cancel_claimed_at = NULL WHERE id = ?`, [id]);
    }
    async setBatchLastStatus(id, owner, status) {
        await this.db.run('UPDATE batch_tasks SET last_status = ? WHERE id = ? AND lease_owner = ?', [
            status,
            id,
            owner,
        ]);
    }
    async renewBatchLease(id, owner, until) {
        const changed = await this.db.run(`UPDATE batch_tasks SET lease_expires_at = ? WHERE id = ? AND lease_owner = ? AND follow_up = 'progress'`, [until, id, owner]);
        return changed > 0;
    }
    async releaseBatchLease(id, owner) {
        await this.db.run('UPDATE batch_tasks SET lease_expires_at = 0 WHERE id = ? AND lease_owner = ?', [
            id,
            owner,
        ]);
    }
    /** The follow-up is over (a final state and its receipts were posted). */
    async finishBatchFollowUp(id, owner) {
        await this.db.run(`UPDATE batch_tasks SET follow_up = NULL, lease_owner = NULL, lease_expires_at = NULL
         WHERE id = ? AND lease_owner = ?`, [id, owner]);
    }
    /** Takes over the follow-ups whose owner's lease ran out (it died, or handed them back when stopping). */
    async takeOverBatchFollowUps(claim) {
        return this.#rows(`UPDATE batch_tasks SET lease_owner = ?, lease_expires_at = ?
         WHERE follow_up = 'progress' AND lease_expires_at <= ? RETURNING *`, [claim.owner, claim.now + claim.leaseMs, claim.now]);
    }
}

;// CONCATENATED MODULE: ./src/slack/store.ts


/**
 * The app's state: audit log, pending sends (and who owns one in flight), batch tasks, schedules and their claimed slots,
 * and command usage for the hourly limits. The same SQL runs on SQLite (one process, or a few on one file)
 * and on PostgreSQL (replicas on one database).
 *
 * Every exactly-once rule is ONE statement whose WHERE clause is the rule, so the database decides, not
 * process memory: only the caller whose UPDATE/INSERT changed the row acts on it.
 * - a pending send moves `pending → sending` (claim), and only that caller sends;
 * - a schedule slot is an INSERT keyed by (schedule, slot); only the caller that inserted posts;
 * - a batch task's Launch click moves its row `ready → launching`, and only that caller launches it;
 * - a send in flight is owned through a lease (owner + expiry) its owner renews; a `sending` row whose lease
 *   ran out becomes `interrupted` for exactly one caller, who announces it; a receipt follow-up whose lease
 *   ran out is taken over by exactly one caller, who finishes it. Nothing is ever resent.
 */
class SlackStore extends BatchTaskStore {
    // ---- schedules ----------------------------------------------------------------------------------
    async addSchedule(schedule) {
        await this.db.run(`INSERT INTO schedules (id, created_at, created_by, channel_id, cron, label, timezone, "window", filters, next_run_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, [
            schedule.id,
            schedule.createdAt,
            schedule.createdBy,
            schedule.channelId,
            schedule.cron,
            schedule.label,
            schedule.timezone,
            schedule.window,
            JSON.stringify(schedule.filters),
            schedule.nextRunAt,
        ]);
    }
    async listSchedules() {
        return (await this.db.all('SELECT * FROM schedules ORDER BY created_at ASC, id ASC')).map(scheduleFromRow);
    }
    async removeSchedule(id) {
        const removed = await this.db.run('DELETE FROM schedules WHERE id = ?', [id]);
        await this.db.run('DELETE FROM schedule_runs WHERE schedule_id = ?', [id]);
        return removed > 0;
    }
    async setNextRun(id, nextRunAt) {
        await this.db.run('UPDATE schedules SET next_run_at = ? WHERE id = ?', [nextRunAt, id]);
    }
    /** True only for the first caller for this (schedule, slot), on any replica: that caller posts the report. */
    async claimScheduleSlot(id, slotAt, now) {
        const inserted = await this.db.run('INSERT INTO schedule_runs (schedule_id, slot_at, claimed_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING', [id, slotAt, now]);
        return inserted === 1;
    }
    async finishScheduleSlot(id, slotAt, outcome) {
        await this.db.run('UPDATE schedule_runs SET outcome = ? WHERE schedule_id = ? AND slot_at = ?', [
            outcome,
            id,
            slotAt,
        ]);
    }
    async scheduleRuns(id) {
        const rows = await this.db.all('SELECT slot_at, outcome FROM schedule_runs WHERE schedule_id = ? ORDER BY slot_at ASC', [id]);
        return rows.map((row) => ({
            slotAt: Number(row.slot_at),
            outcome: row.outcome === null ? undefined : String(row.outcome),
        }));
    }
}

// EXTERNAL MODULE: ./node_modules/pg/esm/index.mjs
var esm = __webpack_require__(83849);
;// CONCATENATED MODULE: ./src/slack/store-driver.ts
/**
 * What the store needs from a database, and nothing more: statements with `?` placeholders, a transaction
 * that serialises with every other holder of the same key, and versioned migrations applied under a lock.
 * SQLite (node:sqlite, embedded) and PostgreSQL (pg, a pool) implement it; the rules stay in store.ts, once.
 */
/** The table of applied steps; `applied_at` (epoch ms) needs 64 bits: `BIGINT` in PostgreSQL. */
const migrationsTable = (epochMsType) => `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at ${epochMsType} NOT NULL, applied_by TEXT NOT NULL)`;
/**
 * Applies the migrations above `current` in order: `apply` runs a step's SQL and `record`, the row that
 * says it is applied (`?` placeholders), in one transaction. Returns what this call applied.
 */
async function applyMigrations(migrations, current, appliedBy, apply) {
    const applied = [];
    for (const migration of pendingMigrations(migrations, current)) {
        await apply(migration, {
            sql: 'INSERT INTO schema_migrations (version, name, applied_at, applied_by) VALUES (?, ?, ?, ?)',
            params: [migration.version, migration.name, Date.now(), appliedBy],
        });
        applied.push(migration.version);
    }
    return { applied, version: applied.at(-1) ?? current };
}
/** The migrations above `current`, in order, checking they are numbered 1, 2, 3… without gaps. */
function pendingMigrations(migrations, current) {
    migrations.forEach((migration, index) => {
        if (migration.version !== index + 1) {
            throw new Error(`migration ${migration.name} is numbered ${migration.version}, expected ${index + 1}`);
        }
    });
    return migrations.filter((migration) => migration.version > current);
}

;// CONCATENATED MODULE: ./src/slack/store-postgres.ts


/**
 * The shared backend: PostgreSQL through a pg pool, for several replicas on one database. Each rule in
 * store.ts is one statement, and PostgreSQL's row locks make a conditional UPDATE … RETURNING a claim that
 * exactly one replica wins (a second updater waits for the row, re-reads it, and no longer matches).
 * Transactions and migrations serialise on advisory locks, which every replica on the database sees.
 */
// An arbitrary constant naming "the volc-sms Slack schema" among other advisory locks on the database.
const MIGRATION_LOCK = 7_313_501;
/** `?` placeholders (as store.ts writes them) → `$1, $2, …`. The store's SQL has no `?` inside literals. */
function numberPlaceholders(sql) {
    let n = 0;
    return sql.replace(/\?/g, () => `$${(n += 1)}`);
}
/** The URL as it may be printed: without its password. */
function describeDatabaseUrl(url) {
    try {
        const parsed = new URL(url);
        if (parsed.password !== '')
            parsed.password = '***';
        return `${parsed.toString()} (PostgreSQL)`;
    }
    catch {
        return '(an unparsable URL) (PostgreSQL)';
    }
}
/** The password in a database URL, as the server gets it, for the log's redaction. */
function databasePassword(url) {
    if (url === undefined)
        return undefined;
    try {
        const password = new URL(url).password;
        return password === '' ? undefined : decodeURIComponent(password);
    }
    catch {
        return undefined;
    }
}
function runnerOf(client) {
    return {
        all: async (sql, params = []) => (await client.query(numberPlaceholders(sql), params)).rows,
        run: async (sql, params = []) => (await client.query(numberPlaceholders(sql), params)).rowCount ?? 0,
    };
}
class PostgresDriver {
    kind = 'postgres';
    description;
    #pool;
    #runner;
    constructor(url, options = {}) {
        this.description = describeDatabaseUrl(url);
        this.#pool = new esm/* default.Pool */.Ay.Pool({
            connectionString: url,
            max: options.maxConnections ?? 10,
            // A database that does not answer fails the statement (and /readyz) instead of hanging a command.
            connectionTimeoutMillis: 5_000,
            idleTimeoutMillis: 30_000,
            application_name: 'volc-sms-slack',
        });
        // An idle client losing its connection (a database restart) is not a reason to crash the app.
        this.#pool.on('error', () => undefined);
        this.#runner = runnerOf(this.#pool);
    }
    all(sql, params) {
        return this.#runner.all(sql, params);
    }
    run(sql, params) {
        return this.#runner.run(sql, params);
    }
    async transaction(lockKey, work) {
        const client = await this.#pool.connect();
        try {
            await client.query('BEGIN');
            // Held until COMMIT/ROLLBACK: one holder of the key at a time across every replica.
            await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [lockKey]);
            const value = await work(runnerOf(client));
            await client.query('COMMIT');
            return value;
        }
        catch (err) {
            await client.query('ROLLBACK').catch(() => undefined);
            throw err;
        }
        finally {
            client.release();
        }
    }
    async migrate(migrations, appliedBy) {
        const client = await this.#pool.connect();
        try {
            // A session lock: the second replica to start waits here, then finds the steps applied.
            await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
            await client.query(migrationsTable('BIGINT'));
            const { rows } = await client.query('SELECT max(version) AS version FROM schema_migrations');
            const current = Number(rows[0]?.version ?? 0);
            return await applyMigrations(migrations, current, appliedBy, async (migration, record) => {
                await client.query('BEGIN');
                try {
                    await client.query(migration.sql);
                    await client.query(numberPlaceholders(record.sql), record.params);
                    await client.query('COMMIT');
                }
                catch (err) {
                    await client.query('ROLLBACK').catch(() => undefined);
                    throw err;
                }
            });
        }
        finally {
            await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
            client.release();
        }
    }
    async ping() {
        await this.#pool.query('SELECT 1');
    }
    async close() {
        await this.#pool.end();
    }
}

// EXTERNAL MODULE: external "node:sqlite"
var external_node_sqlite_ = __webpack_require__(80099);
;// CONCATENATED MODULE: ./src/slack/store-sqlite.ts


/**
 * The embedded backend: one SQLite file (or `:memory:`) through node:sqlite. SQLite serialises writers, so
 * each single-statement rule in store.ts is atomic as it stands; a transaction takes the write lock up front
 * (BEGIN IMMEDIATE), so several processes on one file also take turns. The schema version is the file's
 * `PRAGMA user_version`, read and raised inside that same write lock.
 */
class SqliteDriver {
    kind = 'sqlite';
    description;
    #db;
    // Prepared once per SQL text: every command runs a few of these, some before the answer is sent.
    #statements = new Map();
    // One connection: while a transaction runs, other statements wait for it rather than joining it.
    #queue = Promise.resolve();
    #inTransaction = false;
    constructor(path) {
        this.description = `${path} (SQLite)`;
        this.#db = new external_node_sqlite_.DatabaseSync(path);
        this.#db.exec('PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000;');
    }
    #statement(sql) {
        let statement = this.#statements.get(sql);
        if (statement === undefined) {
            statement = this.#db.prepare(sql);
            this.#statements.set(sql, statement);
        }
        return statement;
    }
    #direct = {
        all: async (sql, params = []) => this.#statement(sql).all(...params),
        run: async (sql, params = []) => Number(this.#statement(sql).run(...params).changes),
    };
    async all(sql, params) {
        if (this.#inTransaction)
            await this.#queue;
        return this.#direct.all(sql, params);
    }
    async run(sql, params) {
        if (this.#inTransaction)
            await this.#queue;
        return this.#direct.run(sql, params);
    }
    transaction(_lockKey, work) {
        const result = this.#queue.then(async () => {
            this.#inTransaction = true;
            this.#db.exec('BEGIN IMMEDIATE');
            try {
                const value = await work(this.#direct);
                this.#db.exec('COMMIT');
                return value;
            }
            catch (err) {
                this.#db.exec('ROLLBACK');
                throw err;
            }
            finally {
                this.#inTransaction = false;
            }
        });
        this.#queue = result.catch(() => undefined);
        return result;
    }
    migrate(migrations, appliedBy) {
        return this.transaction('migrate', async (tx) => {
            this.#db.exec(migrationsTable('INTEGER'));
            const [row] = await tx.all('PRAGMA user_version');
            const current = Number(row?.user_version ?? 0);
            // Every step inside this one transaction: a step that fails rolls the whole call back.
            return applyMigrations(migrations, current, appliedBy, async (migration, record) => {
                this.#db.exec(migration.sql);
                await tx.run(record.sql, record.params);
                // PRAGMA takes no parameters; the version is an integer from the migration list.
                this.#db.exec(`PRAGMA user_version = ${Math.trunc(migration.version)}`);
            });
        });
    }
    async ping() {
        if (!this.#db.isOpen)
            throw new Error('the SQLite database is closed');
    }
    async close() {
        await this.#queue;
        if (this.#db.isOpen)
            this.#db.close();
    }
}

;// CONCATENATED MODULE: ./src/slack/app.ts



















const SHANGHAI = 'Asia/Shanghai';
/** On stop, how long sends in flight may take to finish; the rest of the 10 s is for closing. */
const STOP_GRACE_MS = 7_000;
function createSlackApp(deps) {
    const { confirmAbove, batchThreshold } = deps.access?.limits ?? {};
    const tuning = {
        ...DEFAULT_TUNING,
        ...(confirmAbove === undefined ? {} : { confirmAbove }),
        ...(batchThreshold === undefined ? {} : { batchThreshold }),
        ...deps.tuning,
    };
    const now = deps.now ?? Date.now;
    // Without a caller's log, lines still never carry a Slack token or a full phone number.
    const slackSecrets = (0,core/* secretsToRedact */.gA)({ values: [deps.botToken, deps.signingSecret, deps.appToken] });
    const log = deps.log ?? ((line) => console.log((0,core/* redact */.lO)(line, slackSecrets)));
    const timezone = deps.timezone ?? deps.access?.timezone ?? SHANGHAI;
    const appToken = deps.appToken;
    const socketMode = appToken !== undefined;
    if (!socketMode && deps.signingSecret === undefined) {
        throw new core/* SmsConfigError */.cw('The Slack signing secret is required in HTTP mode', {
            hint: 'Set SLACK_SIGNING_SECRET, or SLACK_APP_TOKEN for Socket Mode.',
        });
    }
    const replicaId = deps.replicaId ?? `${(0,external_node_os_.hostname)()}:${process.pid}:${(0,external_node_crypto_.randomBytes)(3).toString('hex')}`;
    const store = new SlackStore(deps.databaseUrl === undefined ? new SqliteDriver(deps.dbPath) : new PostgresDriver(deps.databaseUrl));
    const stopping = new AbortController();
    const app = createBoltApp({
        botToken: deps.botToken,
        signingSecret: deps.signingSecret,
        appToken,
        healthPort: deps.healthPort,
        slackApiUrl: deps.slackApiUrl,
        logger: boltLogger(log),
        log,
        readiness: async () => stopping.signal.aborted ? { ok: false, reason: 'stopping' } : store.ready(),
    });
    const sleep = deps.sleep ?? abortableSleep;
    const memberCache = new TtlCache(tuning.groupCacheMs, now);
    const policy = new AccessPolicy(deps.access, (groupId) => memberCache.get(groupId, async () => {
        const result = await app.client.usergroups.users.list({ usergroup: groupId });
        return result.users ?? [];
    }), log);
    const catalog = createSmsCatalog(deps.sms, tuning.listCacheMs, now);
    const slack = slackSide(app, { botToken: deps.botToken, slackApiUrl: deps.slackApiUrl, log });
    const service = new CommandService({
        slack,
        sms: deps.sms,
        store,
        catalog,
        policy,
        access: deps.access,
        timezone,
        tuning,
        now,
        log,
    });
    const flowDeps = {
        sms: deps.sms,
        store,
        policy,
        tuning,
        now,
        sleep,
        log,
        signal: stopping.signal,
        owner: replicaId,
        post: slack.post,
    };
    // Work that outlives its listener's ack (receipt polling); awaited on stop so nothing writes to a closed DB.
    const inFlight = new Set();
    const track = (work) => {
        inFlight.add(work);
        const done = () => inFlight.delete(work);
        work.then(done, done);
        return work;
    };
    registerListeners(app, { service, flowDeps, stopping: stopping.signal, track, log });
    app.error(async (error) => {
        log(`error: unhandled in a listener: ${error.message}`);
    });
    const scheduler = new StatsScheduler({
        store,
        now,
        tickMs: tuning.schedulerTickMs,
        graceMs: tuning.scheduleGraceMs,
        log,
        post: async (schedule, slotAt) => {
            const message = await service.scheduledReport(schedule, slotAt);
            await app.client.chat.postMessage({
                channel: schedule.channelId,
                text: message.text,
                blocks: message.blocks ?? [],
            });
        },
    });
    const post = async (channelId, message) => {
        await app.client.chat.postMessage({
            channel: channelId,
            text: message.text,
            blocks: message.blocks ?? [],
        });
    };
    // Leases that ran out (an owner died, or handed its work back when stopping): interrupted sends are
    // announced, receipt follow-ups taken over. At start, then on the lease cadence.
    const watchLeases = () => track((async () => {
        await reportInterruptedSends({ store, now, log, post });
        // track hands the promise back; here nobody needs it (it is tracked, and its failures handled).
        await takeOverFollowUps(flowDeps, (url) => replyThroughUrl(url, log), (work) => void track(work)).catch((err) => log(`error: could not look for follow-ups to take over: ${err.message}`));
        await takeOverBatchFollowUps(flowDeps, (work) => void track(work)).catch((err) => log(`error: could not look for batch follow-ups to take over: ${err.message}`));
    })());
    let leaseTimer;
    let server;
    return {
        app,
        store,
        scheduler,
        replicaId,
        async start(listen) {
            let port;
            // Before any traffic: the schema at the current version, applied once however many replicas start.
            const applied = await store.migrate(replicaId);
            if (applied.length > 0)
                log(`info: database ${store.description}: applied migration(s) ${applied.join(', ')}`);
            await initBoltApp(app, deps.slackApiUrl);
            if (socketMode) {
                await app.start();
            }
            else {
                server = (await app.start(listen ?? 3000));
                const address = server.address();
                port = typeof address === 'object' && address !== null ? address.port : undefined;
            }
            scheduler.start();
            void watchLeases();
            leaseTimer = setInterval(() => void watchLeases(), tuning.leaseCheckMs);
            leaseTimer.unref();
            return { port };
        },
        async stop() {
            // Stop taking work: /readyz turns 503, new commands are turned away, no new connections.
            stopping.abort();
            server?.close();
            clearInterval(leaseTimer);
            await scheduler.stop();
            // Sends in flight finish (a send is never cut short on purpose); receipt follow-ups see the abort and
            // hand their leases back. Whatever is still running after the grace period is left to its lease.
            const grace = new Promise((resolve) => setTimeout(resolve, STOP_GRACE_MS).unref());
            await Promise.race([Promise.allSettled([...inFlight]), grace]);
            server?.closeAllConnections();
            await app.stop().catch(() => undefined);
            await store.close();
        },
    };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/coerce.js
var coerce = __webpack_require__(49567);
;// CONCATENATED MODULE: ./src/slack/slack-env.ts


/** The Slack side of the app's environment. The SMS credentials are read by the core's resolveClientConfig. */
const SlackEnvSchema = schemas/* object */.Ikc({
    /** Required in HTTP mode, where every request's X-Slack-Signature is verified with it. */
    SLACK_SIGNING_SECRET: schemas/* string */.YjP().optional(),
    SLACK_BOT_TOKEN: schemas/* string */.YjP({ error: 'is required: the bot token (OAuth & Permissions → Bot User OAuth Token)' })
        .regex(/^xoxb-/, 'must be a bot token starting with "xoxb-" (OAuth & Permissions)'),
    /** Present → Socket Mode; absent → HTTP mode on PORT. */
    SLACK_APP_TOKEN: schemas/* string */.YjP()
        .regex(/^xapp-/, 'must be an app-level token starting with "xapp-" with the connections:write scope')
        .optional(),
    /** Base of the Slack Web API, e.g. a local fake in tests. Must end with a slash for the WebClient. */
    SLACK_API_URL: schemas/* url */.OZ5({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://slack.com/api/' })
        .optional(),
    PORT: coerce/* number */.ai({ error: 'must be a TCP port (0–65535)' })
        .int('must be a TCP port (0–65535)')
        .min(0, 'must be a TCP port (0–65535)')
        .max(65535, 'must be a TCP port (0–65535)')
        .default(3000),
    SMS_SLACK_CONFIG: schemas/* string */.YjP().min(1).optional(),
    /** Overrides the config file's `auditDb`. */
    SMS_SLACK_DB: schemas/* string */.YjP().min(1).optional(),
    /** PostgreSQL, shared by every replica; wins over SMS_SLACK_DB and `auditDb`. */
    SMS_SLACK_DATABASE_URL: schemas/* url */.OZ5({
        protocol: /^postgres(ql)?$/,
        error: 'must be a PostgreSQL URL such as postgres://user:password@host:5432/volc_sms',
    })
        .optional(),
    /** For tests: how long a replica's lease on a send lasts (docs/slack.md, "Running several replicas"). */
    SMS_SLACK_LEASE_MS: coerce/* number */.ai({ error: 'must be a number of milliseconds (1000–60000)' })
        .int('must be a number of milliseconds (1000–60000)')
        .min(1_000, 'must be a number of milliseconds (1000–60000)')
        .max(60_000, 'must be at most 60000: a survivor announces an interrupted send within 2 minutes')
        .optional(),
    /** For tests: the shortest gap between a schedule's slots, in seconds (default 60). */
    SMS_SLACK_MIN_SLOT_SECONDS: coerce/* number */.ai({ error: 'must be a number of seconds (1–60)' })
        .int('must be a number of seconds (1–60)')
        .min(1, 'must be a number of seconds (1–60)')
        .max(60, 'must be a number of seconds (1–60)')
        .optional(),
});
function parseSlackEnv(env) {
    // Empty strings are what unset secrets look like in many deployments; treat them as absent.
    const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
    const parsed = SlackEnvSchema.safeParse(present);
    const problems = parsed.success
        ? []
        : parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'} ${issue.message}`);
    // Checked here rather than in a refinement so it is reported together with every other problem.
    if (present.SLACK_APP_TOKEN === undefined && present.SLACK_SIGNING_SECRET === undefined) {
        problems.push('SLACK_SIGNING_SECRET is required in HTTP mode (Basic Information → App Credentials → Signing Secret), ' +
            'or set SLACK_APP_TOKEN for Socket Mode');
    }
    if (!parsed.success || problems.length > 0) {
        throw new core/* SmsConfigError */.cw(`Slack app configuration is invalid: ${problems.join('; ')}`, {
            hint: 'Set the named environment variables; docs/slack.md lists them all.',
        });
    }
    const slackApiUrl = parsed.data.SLACK_API_URL;
    return {
        ...parsed.data,
        ...(slackApiUrl === undefined
            ? {}
            : { SLACK_API_URL: slackApiUrl.endsWith('/') ? slackApiUrl : `${slackApiUrl}/` }),
    };
}

;// CONCATENATED MODULE: ./src/slack/state-dir.ts




/**
 * The database when neither SMS_SLACK_DB nor the file's `auditDb` names one: the user's state directory
 * (`$XDG_STATE_HOME/volc-sms/`, else `~/.local/state/volc-sms/`), never the working directory, where the
 * audit log and the numbers of pending sends would end up next to a checkout. A relative XDG_STATE_HOME
 * is ignored, as the XDG spec says.
 */
function defaultDbPath(env) {
    const xdg = env.XDG_STATE_HOME;
    const state = xdg && (0,external_node_path_.isAbsolute)(xdg) ? xdg : (0,external_node_path_.join)(env.HOME || (0,external_node_os_.homedir)(), '.local', 'state');
    return (0,external_node_path_.join)(state, 'volc-sms', 'slack.db');
}
/** Creates the default database's directory (readable by this user only), or says how to choose another. */
function prepareDefaultDbPath(env) {
    const path = defaultDbPath(env);
    try {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true, mode: 0o700 });
    }
    catch (err) {
        throw new core/* SmsConfigError */.cw(`Cannot create ${(0,external_node_path_.dirname)(path)} for the app's database (${err.code ?? 'error'})`, {
            hint: 'Set SMS_SLACK_DB to a writable SQLite file path (or XDG_STATE_HOME to a writable directory).',
        });
    }
    return path;
}

;// CONCATENATED MODULE: ./src/slack/index.ts







/**
 * Entry point of the Slack app (`volc-sms slack`). Reads and validates all configuration before anything
 * starts; a bad variable or config file stops the start with an SmsConfigError naming it.
 */



async function runSlackApp(env) {
    const slackEnv = parseSlackEnv(env);
    const access = slackEnv.SMS_SLACK_CONFIG === undefined ? undefined : loadAccessConfig(slackEnv.SMS_SLACK_CONFIG);
    const smsConfig = (0,core/* resolveClientConfig */.mx)({ env });
    const log = appLog(env, smsConfig.options);
    const sms = (0,core/* createSmsClient */.H7)(smsConfig.options);
    const databaseUrl = slackEnv.SMS_SLACK_DATABASE_URL;
    // With PostgreSQL no local file is opened, nor its directory created.
    const dbPath = databaseUrl === undefined ? (slackEnv.SMS_SLACK_DB ?? access?.auditDb ?? prepareDefaultDbPath(env)) : '';
    const handle = createSlackApp({
        botToken: slackEnv.SLACK_BOT_TOKEN,
        signingSecret: slackEnv.SLACK_SIGNING_SECRET,
        appToken: slackEnv.SLACK_APP_TOKEN,
        healthPort: slackEnv.PORT,
        slackApiUrl: slackEnv.SLACK_API_URL,
        access,
        sms,
        dbPath,
        databaseUrl,
        tuning: testTimings(slackEnv),
        log,
    });
    let started;
    try {
        started = await handle.start(slackEnv.PORT);
    }
    catch (err) {
        // The caller never gets the handle: close the database (and anything start got to) here.
        await handle.stop();
        await sms.close();
        throw err;
    }
    if (access === undefined) {
        log('warn: SMS_SLACK_CONFIG is not set: only `/sms help` works until a permissions file is configured (docs/slack.md).');
    }
    const where = slackEnv.SLACK_APP_TOKEN === undefined
        ? `HTTP mode on port ${started.port}: Slack requests at /slack/events, health at /healthz and /readyz`
        : 'Socket Mode (no public URL needed)';
    log(`info: volc-sms Slack app started in ${where}; SMS via ${smsConfig.endpoint} (${smsConfig.auth.kind}, from ${smsConfig.auth.from}); ` +
        `database ${handle.store.description}; time zone ${access?.timezone ?? 'Asia/Shanghai'}`);
    return {
        async stop() {
            await handle.stop();
            await sms.close();
        },
    };
}
/** The lease and the shortest slot, shortened for tests (docs/slack.md); the loops that watch them follow. */
function testTimings(slackEnv) {
    const leaseMs = slackEnv.SMS_SLACK_LEASE_MS;
    const minSlotMs = slackEnv.SMS_SLACK_MIN_SLOT_SECONDS === undefined
        ? undefined
        : slackEnv.SMS_SLACK_MIN_SLOT_SECONDS * 1000;
    return {
        ...(leaseMs === undefined
            ? {}
            : { leaseMs, leaseCheckMs: Math.min(DEFAULT_TUNING.leaseCheckMs, Math.ceil(leaseMs / 3)) }),
        ...(minSlotMs === undefined
            ? {}
            : { minSlotMs, schedulerTickMs: Math.min(DEFAULT_TUNING.schedulerTickMs, Math.ceil(minSlotMs / 4)) }),
    };
}
/**
 * The app's log line on stdout: every secret of the core's registry scrubbed (Slack tokens, the SMS
 * credentials with the access key id, proxy passwords), and phone numbers masked.
 */
function appLog(env, sms, write = console.log) {
    const secrets = (0,core/* secretsToRedact */.gA)({
        env,
        auth: sms.auth,
        proxy: sms.proxy,
        values: [databasePassword(env.SMS_SLACK_DATABASE_URL)],
    });
    return (line) => write((0,core/* redact */.lO)(line, secrets));
}


/***/ })

};
