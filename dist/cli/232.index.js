export const id = 232;
export const ids = [232];
export const modules = {

/***/ 22232:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./src/core/index.ts + 83 modules
var core = __webpack_require__(31419);
;// CONCATENATED MODULE: ./src/cli/flag-values.ts

const asText = (raw) => Array.isArray(raw) ? (raw.at(-1) ?? '') : typeof raw === 'string' ? raw : String(raw);
/** Trimmed text that must not be empty. */
const flag_values_text = (raw) => {
    const value = asText(raw).trim();
    return value === '' ? { problem: 'must not be empty' } : { value };
};
/** Text of at most `max` characters, as typed. */
const textUpTo = (max) => (raw) => {
    const value = asText(raw);
    return value.length > max ? { problem: `must be at most ${max} characters` } : { value };
};
/** A whole number from `min` to `max`. */
const wholeNumber = (min, max) => (raw) => {
    const digits = asText(raw).trim();
    if (!/^\d+$/.test(digits))
        return { problem: 'must be a whole number' };
    const value = Number(digits);
    if (value < min)
        return { problem: `must be at least ${min}` };
    if (value > max)
        return { problem: `must be at most ${max}` };
    return { value };
};
const pageNumber = wholeNumber(1, 1_000_000);
/** The agent actions accept 1–100 per page. */
const pageSize = wholeNumber(1, 100);
/** `--page` and `--page-size`, as every list command of the skill takes them. */
function pagingFlags(defaultSize) {
    return {
        page: {
            type: 'string',
            value: 'N',
            description: 'Page number (default 1).',
            parse: pageNumber,
            default: 1,
        },
        'page-size': {
            type: 'string',
            value: 'N',
            description: `Items per page, 1–100 (default ${defaultSize}).`,
            parse: pageSize,
            default: defaultSize,
        },
    };
}
/** A TCP port to listen on; 0 lets the system pick a free one. */
const portFlag = (description) => ({ type: 'string', value: 'PORT', description, parse: wholeNumber(0, 65_535) });
/** The address a server listens on: loopback unless the user names another. */
const hostFlag = (description) => ({ type: 'string', value: 'HOST', description, parse: flag_values_text, default: '127.0.0.1' });
/** `a,b, c` → ['a','b','c']; repeated flags are joined first. Empty items are dropped. */
const commaList = (raw) => ({
    value: [raw]
        .flat()
        .flatMap((item) => String(item).split(','))
        .map((item) => item.trim())
        .filter((item) => item !== ''),
});
/**
 * The command's flags, parsed and defaulted. Flags the user left out are `undefined` unless the spec has a
 * default; global flags in `values` are left to the context.
 * @throws SmsInputError naming every bad flag at once
 */
function parseFlagValues(specs, values, command) {
    const parsed = {};
    const issues = [];
    for (const [name, spec] of Object.entries(specs)) {
        const raw = values[name];
        if (raw === undefined) {
            parsed[name] = spec.default;
            continue;
        }
        if (!spec.parse) {
            parsed[name] = raw;
            continue;
        }
        const result = spec.parse(raw);
        if ('value' in result)
            parsed[name] = result.value;
        else
            issues.push({ field: `--${name}`, message: `--${name} ${result.problem}` });
    }
    if (issues.length > 0) {
        throw new core/* SmsInputError */.E$(issues.map((issue) => issue.message).join('; '), issues, {
            hint: `Run "volc-sms ${command} --help" for its flags.`,
        });
    }
    return parsed;
}
/** A required flag that may be given under two names (the skill's and the seed document's). */
function requireFlag(value, flag, command) {
    if (value !== undefined && value.trim() !== '')
        return value.trim();
    const message = `${flag} is required`;
    throw new core/* SmsInputError */.E$(message, [{ field: flag, message }], {
        hint: `Run "volc-sms ${command} --help" for an example.`,
    });
}

;// CONCATENATED MODULE: ./src/cli/exit-codes.ts

/**
 * One exit code per error class, so scripts and agents can branch without parsing text.
 * Unlike the skill's script, an API error is never exit 0. Documented in docs/cli.md.
 */
const EXIT = {
    ok: 0,
    /** API error answered by the server, unexpected failure, nothing usable (doctor). */
    error: 1,
    /** Bad command line or input: no or unknown command, unknown flag, bad value, invalid phone number, template parameters. */
    usage: 2,
    /** Credentials missing or rejected, bad endpoint or env file. */
    config: 3,
    /** No answer: connection refused or reset, DNS, timeout. */
    network: 4,
    /** A send may or may not have happened; check the send log before sending again. */
    outcomeUnknown: 5,
    /** Some numbers were sent and others were not. */
    partial: 6,
    /** Throttled (HTTP 429): wait and retry. */
    throttled: 7,
};
function exitCodeFor(error) {
    if (!(0,core/* isSmsError */.fR)(error))
        return EXIT.error;
    switch (error.code) {
        case 'ERR_SMS_INPUT':
            return EXIT.usage;
        case 'ERR_SMS_CONFIG':
        case 'ERR_SMS_AUTH':
            return EXIT.config;
        case 'ERR_SMS_NETWORK':
        case 'ERR_SMS_TIMEOUT':
            return EXIT.network;
        case 'ERR_SMS_OUTCOME_UNKNOWN':
            return EXIT.outcomeUnknown;
        case 'ERR_SMS_RATE_LIMIT':
            return EXIT.throttled;
        default:
            return EXIT.error;
    }
}

;// CONCATENATED MODULE: ./src/cli/output/skill-envelope.ts


function skillSuccess(action, requestId, result) {
    return { action, error: null, request_id: requestId ?? null, result, success: true };
}
function skillFailure(action, failure) {
    const described = (0,core/* describeError */.BR)(failure.error);
    // Messages never carry a full number or a secret: the core builds them masked; this is the last guard.
    const message = (0,core/* redact */.lO)(described.hint ? `${described.message}. ${described.hint}` : described.message);
    return {
        action,
        error: {
            code: failure.code,
            message,
            outcome_unknown: failure.code === 'outcome_unknown',
            retryable: failure.retryable,
        },
        request_id: described.requestId ?? null,
        result: failure.changed === undefined ? null : { changed: failure.changed },
        success: false,
    };
}
function printSkillEnvelope(context, envelope) {
    const stream = envelope.success ? context.io.stdout : context.io.stderr;
    stream.write(`${(0,core/* canonicalJson */.dj)(envelope)}\n`);
}
/** A failure in either mode: the envelope in a pipe, the one-line error on a terminal. */
function reportSkillFailure(context, action, failure) {
    if (context.json)
        printSkillEnvelope(context, skillFailure(action, failure));
    else
        context.note(`volc-sms: ${(0,core/* formatErrorLine */.AC)(failure.error)}`);
    return exitCodeFor(failure.error);
}
/**
 * Runs a skill 1.3 command so that whatever it throws (a bad flag, missing credentials) still ends as the
 * envelope, as the skill's `argument_error`/`credential_error`, never as a stack trace. A plain read
 * (`stage: 'read'`) reports the service's own code, a compound command's query `resource_query_failed`.
 */
async function runSkillCommand(context, action, body, stage = 'check') {
    try {
        return await body();
    }
    catch (error) {
        const failure = (0,core/* toGateFailure */.zq)(error, stage);
        const code = (0,core/* isSmsError */.fR)(error) && error.code === 'ERR_SMS_INPUT' ? 'argument_error' : failure.code;
        return reportSkillFailure(context, action, { ...failure, code });
    }
}

// EXTERNAL MODULE: ./node_modules/string-width/index.js + 6 modules
var string_width = __webpack_require__(94668);
;// CONCATENATED MODULE: ./src/cli/output/text-width.ts

// Terminal cells, as string-width counts them: CJK and fullwidth forms take two, an emoji cluster two
// (with its variation selector or ZWJ parts), combining marks and ANSI escape codes none. Template
// contents and signatures are mostly Chinese, so a table aligned on `.length` would be ragged.
/** ANSI escape sequences (CSI such as colours, and OSC such as hyperlinks): no cells, never cut. */
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
function displayWidth(text) {
    return (0,string_width/* default */.A)(text);
}
/** `text` as ANSI codes and grapheme clusters, in order (a cluster is never split: 👩‍💻 stays whole). */
function* pieces(text) {
    let at = 0;
    for (const match of text.matchAll(ANSI)) {
        for (const { segment } of graphemes.segment(text.slice(at, match.index)))
            yield { text: segment, ansi: false };
        yield { text: match[0], ansi: true };
        at = match.index + match[0].length;
    }
    for (const { segment } of graphemes.segment(text.slice(at)))
        yield { text: segment, ansi: false };
}
/**
 * Cuts `text` to at most `max` cells, ending with `…` when something was cut. Whole clusters only, and
 * every ANSI code kept (a colour reset after the cut still resets).
 */
function truncateToWidth(text, max) {
    if (displayWidth(text) <= max)
        return text;
    let kept = '';
    let codes = '';
    let width = 0;
    let cut = false;
    for (const piece of pieces(text)) {
        if (piece.ansi) {
            if (cut)
                codes += piece.text;
            else
                kept += piece.text;
            continue;
        }
        if (cut)
            continue;
        const w = (0,string_width/* default */.A)(piece.text);
        if (width + w > max - 1) {
            cut = true;
            continue;
        }
        kept += piece.text;
        width += w;
    }
    return `${kept}…${codes}`;
}
function padToWidth(text, width) {
    return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

;// CONCATENATED MODULE: ./src/cli/output/table.ts

/** A plain aligned table: upper-case headers, two spaces between columns, no trailing spaces. */
function renderTable(columns, rows) {
    const cells = rows.map((row) => columns.map((column) => {
        const raw = column.value(row);
        const text = raw === undefined || raw === null || raw === '' ? '-' : String(raw).replace(/\s+/g, ' ');
        return column.maxWidth === undefined ? text : truncateToWidth(text, column.maxWidth);
    }));
    const headers = columns.map((column) => column.header.toUpperCase());
    const widths = headers.map((header, index) => Math.max(displayWidth(header), ...cells.map((line) => displayWidth(line[index] ?? ''))));
    const format = (line) => line
        .map((cell, index) => (index === line.length - 1 ? cell : padToWidth(cell, widths[index] ?? 0)))
        .join('  ')
        .trimEnd();
    return [format(headers), ...cells.map(format)].join('\n') + '\n';
}
/** `Label:  value` lines, labels aligned; for single records (stats, doctor, dry-run plan). */
function renderKeyValues(pairs) {
    const width = Math.max(0, ...pairs.map(([label]) => displayWidth(label) + 1));
    return (pairs.map(([label, value]) => `${padToWidth(`${label}:`, width)}  ${value ?? '-'}`.trimEnd()).join('\n') +
        '\n');
}

;// CONCATENATED MODULE: ./src/cli/commands/analytics-view.ts

/**
 * What `analytics` shows on a terminal: one row per bucket with a bar of the messages submitted (the
 * small chart), the recomputed rates and the receipts still pending; then the send-log evidence. Times
 * are the report's own, Asia/Shanghai, and say so.
 */
const BAR_CELLS = 20;
const percent = (rate) => (rate.percentage === null ? '–' : `${rate.percentage.toFixed(1)}%`);
const submitted = (m) => m.submission_success_rate.denominator;
/** `2026-07-01T08:00:00+08:00` → `2026-07-01 08:00`. */
const local = (iso) => iso.slice(0, 16).replace('T', ' ');
function bar(value, max) {
    if (value === null)
        return '? (missing)';
    const cells = max === 0 ? 0 : Math.round((value / max) * BAR_CELLS);
    return `${'█'.repeat(cells || (value > 0 ? 1 : 0))}${cells > 0 || value > 0 ? ' ' : ''}${value}`;
}
function renderAnalytics(report) {
    const lines = [];
    const max = Math.max(0, ...report.trend.map((b) => submitted(b.metrics) ?? 0));
    lines.push(`Send analytics ${local(report.window.start_inclusive)} – ${local(report.window.end_exclusive)} ` +
        `(end excluded), by ${report.bucket}: ${report.status === 'complete' ? 'complete' : 'insufficient data'}.`);
    lines.push(renderTable([
        { header: 'From (Asia/Shanghai)', value: (b) => local(b.window.start_inclusive) },
        { header: 'Submitted', value: (b) => bar(submitted(b.metrics), max) },
        { header: 'Accepted', value: (b) => percent(b.metrics.submission_success_rate) },
        { header: 'Delivered', value: (b) => percent(b.metrics.receipt_success_rate) },
        { header: 'Pending', value: (b) => b.metrics.receipts.outstanding ?? '–' },
    ], report.trend).trimEnd());
    lines.push('Accepted = TotalSendSuccessCount / TotalAllSendCount; Delivered = TotalReceiptSuccessCount / TotalSendSuccessCount;', "'–' where a count is missing, zero or inconsistent (insufficient data). Times in Asia/Shanghai, UTC+08:00.");
    const logs = report.send_logs;
    if (logs) {
        lines.push('', `Send log: ${logs.unique_records} message(s) in ${logs.pages_fetched} page(s)` +
            `${logs.service_total === null ? '' : ` of ${logs.service_total}`}, ` +
            `${logs.complete ? 'complete' : `truncated (${logs.limitations.join(', ')})`}; ` +
            `delivered ${logs.receipt_states.success}, failed ${logs.receipt_states.failure}, ` +
            `pending ${logs.receipt_states.outstanding}` +
            `${logs.duplicate_count > 0 ? `; ${logs.duplicate_count} duplicate(s) dropped` : ''}.`);
        const codes = Object.entries(logs.error_codes);
        if (codes.length > 0) {
            lines.push(renderTable([
                { header: 'Error code', value: ([code]) => code },
                { header: 'Messages', value: ([, c]) => c.messages },
                { header: 'Segments', value: ([, c]) => c.segments },
            ], codes).trimEnd());
        }
        if (logs.breakdown.length > 0) {
            lines.push(renderTable([
                {
                    header: logs.dimension === 'time' ? 'Date (Asia/Shanghai)' : logs.dimension,
                    value: (g) => g.value,
                },
                { header: 'Messages', value: (g) => g.messages },
                { header: 'Delivered', value: (g) => g.success },
                { header: 'Failed', value: (g) => g.failure },
                { header: 'Pending', value: (g) => g.outstanding },
            ], logs.breakdown).trimEnd());
        }
    }
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(78474);
;// CONCATENATED MODULE: ./src/cli/output/format.ts

/** Review status of signatures and templates (reference §3.9, SmsOrderStatus). */
const REVIEW_STATUS = {
    '1': 'reviewing',
    '2': 'rejected',
    '3': 'approved',
    '4': 'closed',
    '5': 'exempt',
};
/** Send-log status of the agent API: 1 awaiting receipt, 2 failed, 3 delivered. */
const DELIVERY_STATUS = { '1': 'awaiting receipt', '2': 'failed', '3': 'delivered' };
function reviewStatus(status) {
    return status === undefined ? undefined : (REVIEW_STATUS[String(status)] ?? String(status));
}
function deliveryStatus(status) {
    return status === undefined ? undefined : (DELIVERY_STATUS[String(status)] ?? String(status));
}
/** Numbers the server already masked (`138****0000`) stay as they are; full ones are masked here. */
function maskedMobile(mobile) {
    if (mobile === undefined || mobile === '')
        return undefined;
    return mobile.includes('*') ? mobile : (0,core/* maskPhone */.Xu)(mobile);
}
/** Epoch milliseconds → `2026-11-25 19:40:02` in `zone`, the zone typed times are read in too. */
function formatTimeMs(ms, zone) {
    if (ms === null || ms === undefined || ms <= 0)
        return undefined;
    return (0,core/* formatWallTime */.j0)(ms, zone);
}
function formatTimeSeconds(seconds, zone) {
    return seconds === undefined ? undefined : formatTimeMs(seconds * 1000, zone);
}
/** The line under a table with times: which zone they are in, and how to change it. */
function timesNote(zone, now) {
    return `Times in ${(0,core/* describeTimeZone */.Xi)(zone, now)}, as typed times are read (${core/* TIME_ZONE_VARIABLE */.Al} changes both).`;
}
/**
 * `0.875` → `87.5%`. The API gives rates as fractions (reference §3.7); where nothing was there to count
 * (`whole` is 0: no message submitted, none accepted) there is no rate, and `–` says so rather than `0.0%`.
 */
function formatRate(rate, whole) {
    if (whole === 0 || rate === undefined || Number.isNaN(rate))
        return '–';
    return `${(rate * 100).toFixed(1)}%`;
}
function joinList(items) {
    return items === null || items === undefined || items.length === 0 ? undefined : items.join(', ');
}
/** The paging footer under a list: how many of how many, and the flag for the next page. */
function pagingFooter(shown, total, page, pageSize, noun) {
    if (total === 0)
        return `No ${noun} found.`;
    const first = (page - 1) * pageSize + 1;
    const range = shown === 0 ? 'none' : `${first}–${first + shown - 1}`;
    const more = first - 1 + shown < total ? ` Next page: --page ${page + 1}.` : '';
    return `${noun[0]?.toUpperCase()}${noun.slice(1)} ${range} of ${total} (page ${page}).${more}`;
}

;// CONCATENATED MODULE: ./src/cli/commands/export-send-log.ts





/** `list_sms_send_log --all` and `send-status --all`: the send log's fields, without the text. */
const SEND_LOG_ROWS = {
    columns: [
        'MessageId',
        'SubAccount',
        'Signature',
        'TemplateId',
        'ChannelType',
        'Mobile',
        'Status',
        'ErrorCode',
        'SendTime',
        'ReceiptTime',
        'Count',
    ],
    row: (entry) => ({
        MessageId: entry.MessageId,
        SubAccount: entry.SubAccount ?? null,
        Signature: entry.Signature ?? null,
        TemplateId: entry.TemplateId ?? null,
        ChannelType: entry.ChannelType ?? null,
        Mobile: maskedMobile(entry.Mobile) ?? null,
        Status: entry.Status ?? null,
        ErrorCode: entry.ErrorCode ?? null,
        SendTime: entry.SendTime ?? null,
        ReceiptTime: entry.ReceiptTime ?? null,
        Count: entry.Count ?? null,
    }),
};
/** RFC 4180: a field with a comma, quote, CR or LF (or edge spaces) is quoted, its quotes doubled. */
function csvField(value) {
    if (value === null)
        return '';
    const text = String(value);
    return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
/** Writes and, when the stream says its buffer is full, waits for it to drain: memory stays one page. */
async function write(stream, text) {
    const flushed = stream.write(text);
    const emitter = stream;
    if (flushed === false && typeof emitter.once === 'function')
        await (0,external_node_events_.once)(emitter, 'drain');
}
/** The flags every `--all` export takes; a command without a resumable walk leaves `after` out. */
const EXPORT_FLAGS = {
    all: {
        type: 'boolean',
        description: 'Every message, streamed newest first as --format.',
    },
    format: {
        type: 'string',
        value: 'ndjson|csv',
        description: 'With --all: one JSON object a line (default), or CSV with a header row.',
        parse: (raw) => {
            const value = flag_values_text(raw);
            if ('problem' in value)
                return value;
            return value.value === 'ndjson' || value.value === 'csv'
                ? { value: value.value }
                : { problem: 'must be ndjson or csv' };
        },
    },
    after: {
        type: 'string',
        value: 'MESSAGE_ID',
        description: 'With --all: continue after this message (the last line of an interrupted export).',
        parse: flag_values_text,
    },
    rate: {
        type: 'string',
        value: 'N',
        description: 'With --all: requests per second, default 5 (the service limit); 0 = unpaced (a local sandbox).',
        parse: wholeNumber(0, 50),
        default: 5,
    },
};
/**
 * The export flags only mean something with --all, and `withoutAll` (a page number, a page limit) nothing
 * with it: either way a one-line refusal naming the flag.
 */
function checkExportFlags(command, values, all, withoutAll) {
    const misplaced = (all ? withoutAll : ['format', 'after', 'rate']).filter((flag) => values[flag] !== undefined);
    if (misplaced.length === 0)
        return;
    const flag = `--${misplaced[0]}`;
    const message = all ? `${flag} does not go with --all, which reads every page` : `${flag} goes with --all`;
    throw new core/* SmsInputError */.E$(message, [{ field: flag, message }], { hint: `Run "volc-sms ${command} --help".` });
}
/** Every page of a walk of the send log (`walkSendLog`), for an ExportRequest. */
const walkPages = (client, walk) => (options) => (0,core/* walkSendLog */.Og)(client, walk, options);
/**
 * Every page of one message's records (`send-status --all`): the log by message id has no window to walk,
 * so its numbered pages, up to a short page or the service's total.
 */
const messagePages = (client, query) => async function* (options) {
    for (let page = 1; page <= MAX_PAGE; page += 1) {
        await options.beforeRequest?.();
        const { result } = await client.listSendLogs({ ...query, page }, { signal: options.signal });
        if (result.List.length > 0)
            yield result.List;
        if (result.List.length < query.pageSize || page * query.pageSize >= result.Total)
            return;
    }
};
// The skill's --page limit: as deep as a page-by-page read of the same records could go.
const MAX_PAGE = 100_000;
async function exportSendLog(context, request) {
    // A rate of 0 does not pace (a local sandbox); the service allows 5 a second.
    const pacer = request.rate > 0 ? (0,core/* createPacer */.g3)(request.rate) : undefined;
    const { columns, row } = request.rows;
    const line = request.format === 'csv'
        ? (entry) => {
            const record = row(entry);
            return `${columns.map((c) => csvField(record[c] ?? null)).join(',')}\r\n`;
        }
        : (entry) => `${JSON.stringify(row(entry))}\n`;
    let written = 0;
    let last = request.after;
    const resumeHint = () => last === undefined
        ? 'run it again'
        : `run it again with --after ${last} to continue after the last line written`;
    try {
        if (request.format === 'csv' && request.after === undefined)
            await write(context.io.stdout, `${columns.join(',')}\r\n`);
        const pages = request.pages({
            beforeRequest: pacer && (() => pacer.wait()),
            onMismatch: ({ total, written: got }) => context.note(`volc-sms: a day of the window listed ${total} message(s) but ${got} were read (the log changed while it was read); ` +
                'export that day again to be sure.'),
        });
        for await (const page of pages) {
            let text = '';
            for (const entry of page)
                text += line(entry);
            await write(context.io.stdout, text);
            written += page.length;
            last = page.at(-1)?.MessageId ?? last;
        }
    }
    catch (error) {
        context.note(`volc-sms: ${(0,core/* formatErrorLine */.AC)(error)}`);
        if (written > 0 || request.after !== undefined)
            context.note(`volc-sms: stopped after ${written} message(s); ${resumeHint()}.`);
        return (0,core/* isSmsError */.fR)(error) ? exitCodeFor(error) : EXIT.error;
    }
    context.note(`volc-sms: ${written} message(s) written, newest first${last === undefined ? '' : `; the last is ${last}`}.`);
    return EXIT.ok;
}

;// CONCATENATED MODULE: ./src/cli/commands/skill-read.ts




function skillReadCommand(spec) {
    return {
        name: spec.name,
        summary: `${spec.summary} (skill 1.3)`,
        description: [...(spec.description ?? []), 'In a pipe: the skill 1.3 envelope (docs/cli.md).'],
        group: 'api',
        flags: spec.flags,
        examples: spec.examples,
        run: (context, values) => runSkillCommand(context, spec.name, async () => {
            const flags = parseFlagValues(spec.flags, values, spec.name);
            const streamed = spec.stream?.(context, flags, values);
            if (streamed !== undefined)
                return streamed;
            const response = await spec.read(context.client(), flags, spec.name);
            if ((0,core/* isGateFailure */.m2)(response))
                return reportSkillFailure(context, spec.name, response);
            if (spec.deliver && (await spec.deliver(context, response.result, flags)))
                return EXIT.ok;
            if (context.json) {
                const result = spec.envelope ? spec.envelope(response.result, flags) : response.result;
                printSkillEnvelope(context, skillSuccess(spec.name, response.requestId, result));
            }
            else
                spec.show(context, response.result, flags);
            return EXIT.ok;
        }, 'read'),
    };
}
/** Skill 1.3's paging: `--page` 1–100000 (1), `--page-size` 1–100 (100). */
const SKILL_PAGING_FLAGS = {
    page: {
        type: 'string',
        value: 'N',
        description: 'Page number, 1–100000 (default 1).',
        parse: wholeNumber(1, 100_000),
        default: 1,
    },
    'page-size': {
        type: 'string',
        value: 'N',
        description: 'Items per page, 1–100 (default 100).',
        parse: pageSize,
        default: 100,
    },
};
/**
 * A signature as skill 1.3 reads it (reference §4.2): one outer 【】, [] or ［］ pair removed, then 2–25
 * characters, so `【VolcOps】` finds `VolcOps`. (`batch-list` and `analytics` pass theirs raw.)
 */
const signatureText = (raw) => {
    const typed = flag_values_text(raw);
    return 'problem' in typed ? typed : (0,core/* normalizeSignature */.iF)(typed.value);
};
/** A repeatable signature flag, each one normalised as signatureText. */
const signatureList = (raw) => {
    const items = commaList(raw);
    if ('problem' in items)
        return items;
    const signatures = [];
    for (const item of items.value) {
        const parsed = (0,core/* normalizeSignature */.iF)(item);
        if ('problem' in parsed)
            return { problem: `"${item}" ${parsed.problem}` };
        signatures.push(parsed.value);
    }
    return { value: signatures };
};
const CHANNEL_TYPES = ['CN_OTP', 'CN_NTC', 'CN_MKT'];
/** `CN_OTP` (verification), `CN_NTC` (notification) or `CN_MKT` (marketing). */
const channelType = (raw) => {
    const typed = flag_values_text(raw);
    if ('problem' in typed)
        return typed;
    const value = typed.value.toUpperCase();
    return CHANNEL_TYPES.includes(value)
        ? { value: value }
        : { problem: `must be one of ${CHANNEL_TYPES.join(', ')}` };
};

;// CONCATENATED MODULE: ./src/cli/commands/analytics.ts






// Skill 1.3's `analytics` (reference §4.2, §6): aggregate trends of an explicit window, rates recomputed
// from the counts, optionally the send log as message-level evidence.
const oneOf = (values) => (raw) => {
    const typed = flag_values_text(raw);
    if ('problem' in typed)
        return typed;
    return values.includes(typed.value)
        ? { value: typed.value }
        : { problem: `must be one of ${values.join(', ')}` };
};
const string = (value, description) => ({ type: 'string', value, description, parse: flag_values_text });
const NAME = 'analytics';
/** The report's filters, the same for the report and for the --all walk of its send log. */
const filters = (flags) => ({
    subAccount: flags['sub-account'],
    channelType: flags['channel-type'],
    signature: flags.signature,
    templateId: flags['template-id'],
    mobile: flags.mobile,
});
/** `analytics --include-logs --all`: a line per message, the report's record of it (reference §6). */
const ANALYTICS_ROWS = {
    columns: [
        'messageId',
        'sendTime',
        'receiptTime',
        'receiptState',
        'errorCode',
        'segments',
        'subAccount',
        'signature',
        'templateId',
    ],
    row: (entry) => ({ ...(0,core/* logRecord */.ID)(entry) }),
};
const analyticsCommand = skillReadCommand({
    name: NAME,
    summary: 'Submission and receipt trends of a window, rates recomputed from the counts',
    description: [
        'The window is [--start, --end): ISO 8601 with whole seconds, read in Asia/Shanghai without an offset,',
        'at most 90 days. One stats query per bucket (at most 100), paced to 5 requests a second; a bucket whose',
        'counts are missing, zero or inconsistent makes the report insufficient_data.',
        '--include-logs adds the send log (needs --sub-account, no --channel-type), paged and de-duplicated.',
    ],
    flags: {
        start: { ...string('TIME', 'Start, included (2026-07-01T00:00:00).'), required: true },
        end: { ...string('TIME', 'End, excluded.'), required: true },
        'sub-account': string('ID', 'Only this message group (required with --include-logs).'),
        'channel-type': {
            type: 'string',
            value: 'TYPE',
            description: 'CN_OTP, CN_NTC or CN_MKT (not with --include-logs).',
            parse: channelType,
        },
        // Sent as typed (reference §4.2: analytics passes --signature raw).
        signature: string('TEXT', 'Only this signature (sent as typed).'),
        'template-id': string('ID', 'Only this template.'),
        mobile: string('NUMBER', 'Only this number, in the send log (needs --include-logs; never shown).'),
        bucket: {
            type: 'string',
            value: 'total|hour|day',
            description: 'Bucket size (default day); at most 100 buckets.',
            parse: oneOf(['total', 'hour', 'day']),
            default: 'day',
        },
        'include-logs': { type: 'boolean', description: 'Add the send log of the window as evidence.' },
        dimension: {
            type: 'string',
            value: 'time|subAccount|signature|template',
            description: "The send log's breakdown (default time: by local date).",
            parse: oneOf(['time', 'subAccount', 'signature', 'template']),
            default: 'time',
        },
        'page-size': {
            type: 'string',
            value: 'N',
            description: 'Send-log page size, 1–100 (default 100).',
            parse: wholeNumber(1, 100),
            default: 100,
        },
        'max-pages': {
            type: 'string',
            value: 'N',
            description: 'Send-log pages at most, 1–100 (default 10); buckets + pages ≤ 120.',
            parse: wholeNumber(1, 100),
            default: 10,
        },
        ...EXPORT_FLAGS,
        all: {
            ...EXPORT_FLAGS.all,
            description: 'With --include-logs: every message of the window as its §6 record, streamed as --format, instead of the report.',
        },
    },
    examples: [
        'volc-sms analytics --start 2026-07-01T00:00:00 --end 2026-07-08T00:00:00',
        'volc-sms analytics --start 2026-07-01 --end 2026-07-02 --bucket hour --sub-account 7384ed01 --include-logs',
    ],
    stream(context, flags, values) {
        checkExportFlags(NAME, values, flags.all === true, ['max-pages', 'dimension', 'bucket']);
        if (flags.all !== true)
            return undefined;
        if (flags['include-logs'] !== true) {
            const message = '--all goes with --include-logs: it streams the send log of the window';
            throw new core/* SmsInputError */.E$(message, [{ field: '--all', message }]);
        }
        const planned = (0,core/* analyticsLogWalk */.gQ)({
            start: requireFlag(flags.start, '--start', NAME),
            end: requireFlag(flags.end, '--end', NAME),
            ...filters(flags),
            pageSize: flags['page-size'],
        });
        if (!planned.ok)
            return Promise.resolve(reportSkillFailure(context, NAME, planned));
        return exportSendLog(context, {
            pages: walkPages(context.client(), { ...planned.walk, after: flags.after }),
            rows: ANALYTICS_ROWS,
            after: flags.after,
            format: flags.format ?? 'ndjson',
            rate: flags.rate,
        });
    },
    async read(client, flags, name) {
        const pacer = (0,core/* createPacer */.g3)(core/* DEFAULT_SEND_QPS */.ui);
        const built = await (0,core/* buildAnalyticsReport */.$u)(client, {
            start: requireFlag(flags.start, '--start', name),
            end: requireFlag(flags.end, '--end', name),
            ...filters(flags),
            bucket: flags.bucket,
            includeLogs: flags['include-logs'] === true,
            dimension: flags.dimension,
            pageSize: flags['page-size'],
            maxPages: flags['max-pages'],
        }, { beforeQuery: () => pacer.wait() });
        return built.ok ? { result: built.report } : built;
    },
    show: (context, report) => context.print(renderAnalytics(report)),
});

;// CONCATENATED MODULE: ./src/cli/command.ts
/** An API command from its help and what it does. */
const apiCommand = (help, run) => ({
    name: help.name,
    summary: help.summary,
    description: help.description,
    group: 'api',
    flags: help.flags,
    examples: help.examples,
    run,
});

;// CONCATENATED MODULE: ./src/cli/commands/classic-command.ts


function classicCommand(spec) {
    return apiCommand(spec, async (context, values) => {
        const flags = parseFlagValues(spec.flags, values, spec.name);
        const streamed = spec.stream?.(context, flags, values);
        if (streamed !== undefined)
            return streamed;
        const response = await spec.read(context.client(), flags, context);
        if (context.json)
            context.printJson(spec.json ? spec.json(response) : response.raw);
        else
            spec.show(context, response.result, flags, response);
        return spec.exit?.(response.result) ?? 0;
    });
}
/** `--sub-accounts IDS` and its alias `--sub-account`: the group filter of the list commands. */
const GROUPS_FILTER_FLAGS = (what) => ({
    'sub-accounts': {
        type: 'string',
        value: 'IDS',
        description: `Only ${what} (comma list).`,
        parse: commaList,
    },
    'sub-account': {
        type: 'string',
        value: 'ID',
        description: 'Same as --sub-accounts.',
        alias: true,
        parse: commaList,
    },
});
/** Both spellings of the group filter together; undefined when neither was given. */
function groupsFilter(flags) {
    const groups = [...(flags['sub-accounts'] ?? []), ...(flags['sub-account'] ?? [])];
    return groups.length > 0 ? groups : undefined;
}

;// CONCATENATED MODULE: ./src/cli/commands/list-page.ts


/** The paging flags as the client takes them. */
const pageOf = (flags) => ({ page: flags.page, pageSize: flags['page-size'] });
/**
 * A `show` for a page of a list: the rows as a table (nothing for an empty page), a note under it (the
 * time zone of its times), and the paging footer.
 */
const showPage = (columns, noun, timed = false) => (context, result, flags) => {
    if (result.List.length > 0) {
        context.print(renderTable(columns(context), result.List));
        if (timed)
            context.print(timesNote(context.timeZone, context.now()));
    }
    context.print(pagingFooter(result.List.length, result.Total, flags.page, flags['page-size'], noun));
};

;// CONCATENATED MODULE: ./src/cli/commands/list-sms-template.ts





/** The variables a send must fill: from the server's TemplateParams, else read off the content. */
function templateParamNames(template) {
    const declared = (template.TemplateParams ?? [])
        .map((param) => param.Name ?? param.ParamName)
        .filter((name) => typeof name === 'string' && name !== '');
    return declared.length > 0 ? declared : (0,core/* templateVariables */.Qp)(template.Content ?? '');
}
function templateSignatures(template) {
    return template.Signatures ?? (template.Signature ? [template.Signature] : []);
}
/** The template table but its content, shared with skill 1.3's list-templates (which shows no text). */
const TEMPLATE_COLUMNS = [
    { header: 'Template id', value: (t) => t.TemplateId },
    { header: 'Type', value: (t) => t.ChannelType },
    { header: 'Status', value: (t) => reviewStatus(t.Status) },
    { header: 'Params', value: (t) => joinList(templateParamNames(t)) },
    { header: 'Signatures', value: (t) => joinList(templateSignatures(t)) },
    { header: 'Sub accounts', value: (t) => joinList(t.SubAccounts) },
];
const FLAGS = {
    'template-id': { type: 'string', value: 'ID', description: 'Fuzzy match on the template id.', parse: flag_values_text },
    signatures: {
        type: 'string',
        value: 'NAMES',
        description: 'Only templates usable with these signatures (comma list).',
        parse: commaList,
    },
    ...GROUPS_FILTER_FLAGS('templates of these groups'),
    ...pagingFlags(20),
};
const listSmsTemplateCommand = classicCommand({
    name: 'list_sms_template',
    summary: 'List approved templates, their variables and the signatures they work with.',
    description: [
        'The Params column names the keys --template-param must give (send_sms), e.g. {"code":"123456"}.',
    ],
    flags: FLAGS,
    examples: [
        'volc-sms list_sms_template --signatures "火山引擎"',
        'volc-sms list_sms_template --template-id ST_0001',
    ],
    read: (client, flags) => client.listTemplates({
        templateId: flags['template-id'],
        signatures: flags.signatures?.length ? flags.signatures : undefined,
        subAccounts: groupsFilter(flags),
        ...pageOf(flags),
    }),
    show: showPage(() => [...TEMPLATE_COLUMNS, { header: 'Content', value: (t) => t.Content, maxWidth: 48 }], 'templates'),
});

;// CONCATENATED MODULE: ./src/cli/commands/doctor-checks.ts


const APPROVED = new Set(['3', '5']);
// The agent list actions return only approved items; a status, when present, is still honoured.
const isApproved = (status) => status === undefined || APPROVED.has(String(status));
function usableCombinations(groups, signatures, templates) {
    const groupNames = new Map(groups.map((g) => [g.SubAccount, g.SubAccountName ?? null]));
    const signatureGroups = new Map(signatures.filter((s) => isApproved(s.Status)).map((s) => [s.Signature, new Set(s.SubAccounts ?? [])]));
    const usable = [];
    const warnings = [];
    for (const signature of signatures) {
        if (!isApproved(signature.Status)) {
            warnings.push(`Signature ${signature.Signature} is ${reviewStatus(signature.Status)}, so it cannot be used (yet).`);
            continue;
        }
        const bound = (signature.SubAccounts ?? []).filter((id) => groupNames.has(id));
        if (bound.length === 0)
            warnings.push(`Signature ${signature.Signature} is bound to no listed message group.`);
    }
    for (const template of templates) {
        if (!isApproved(template.Status)) {
            warnings.push(`Template ${template.TemplateId} is ${reviewStatus(template.Status)}, so it cannot be used (yet).`);
            continue;
        }
        const before = usable.length;
        const names = templateSignatures(template);
        for (const name of names) {
            const bound = signatureGroups.get(name);
            if (bound === undefined) {
                warnings.push(`Template ${template.TemplateId} names signature ${name}, which is not approved or not listed.`);
                continue;
            }
            const candidates = template.SubAccounts ?? [...bound];
            for (const group of candidates) {
                if (!bound.has(group) || !groupNames.has(group))
                    continue;
                usable.push({
                    SubAccount: group,
                    SubAccountName: groupNames.get(group) ?? null,
                    Signature: name,
                    TemplateId: template.TemplateId,
                    ChannelType: template.ChannelType ?? null,
                    Params: templateParamNames(template),
                });
            }
        }
        if (usable.length === before) {
            warnings.push(names.length === 0
                ? `Template ${template.TemplateId} lists no signature, so it cannot be matched.`
                : `Template ${template.TemplateId} has no approved signature bound to one of its message groups.`);
        }
    }
    for (const [id, name] of groupNames) {
        if (!usable.some((c) => c.SubAccount === id)) {
            warnings.push(`Message group ${id}${name ? ` (${name})` : ''} has no usable signature + template pair.`);
        }
    }
    return { usable, warnings };
}

;// CONCATENATED MODULE: ./src/cli/output/shell-quote.ts
/** Quotes an argument for a POSIX shell only when needed, so printed command lines can be pasted as is. */
function shellQuote(arg) {
    return /^[\p{L}\p{N}_@%+=:,./-]+$/u.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

;// CONCATENATED MODULE: ./src/cli/commands/doctor-report.ts


function printReport(context, report) {
    if (context.json) {
        context.printJson(report);
        return;
    }
    for (const check of report.checks) {
        const id = check.requestId ? ` (request id ${check.requestId})` : '';
        context.print(`${check.ok ? '[ok]  ' : '[FAIL]'} ${check.name}: ${check.detail}${id}`);
        if (check.fix)
            context.print(`       Fix: ${check.fix}`);
    }
    if (report.usable.length > 0) {
        context.print('\nUsable together:');
        context.print(renderTable([
            { header: 'Sub account', value: (c) => c.SubAccount },
            { header: 'Name', value: (c) => c.SubAccountName },
            { header: 'Signature', value: (c) => c.Signature },
            { header: 'Template', value: (c) => c.TemplateId },
            { header: 'Type', value: (c) => c.ChannelType },
            { header: 'Params', value: (c) => c.Params.join(', ') },
        ], report.usable));
        const first = report.usable[0];
        const param = first.Params.length > 0
            ? ` --template-param ${shellQuote(JSON.stringify(Object.fromEntries(first.Params.map((p) => [p, '…']))))}`
            : '';
        context.print(`Try: volc-sms send_sms --sub-account ${shellQuote(first.SubAccount)} --signature ${shellQuote(first.Signature)} ` +
            `--template-id ${shellQuote(first.TemplateId)} --mobiles <number>${param} --dry-run` +
            // The same flags that made this report, so the suggestion runs against the same API.
            (context.global.api === undefined ? '' : ` --api ${context.global.api}`) +
            (context.global.envFile === undefined ? '' : ` --env-file ${shellQuote(context.global.envFile)}`) +
            (context.global.endpoint === undefined ? '' : ` --endpoint ${shellQuote(context.global.endpoint)}`));
    }
    if (report.warnings.length > 0) {
        context.print(`\nWarnings:\n${report.warnings.map((w) => `  - ${w}`).join('\n')}`);
    }
}

;// CONCATENATED MODULE: ./src/cli/commands/doctor.ts




const doctor_NAME = 'doctor';
/** Enough for any real account; bounds the calls a broken server could make us do. */
const MAX_PAGES = 10;
/** Stops the checks: the report so far is printed and the error decides the exit code. */
class Stop {
    exitCode;
    constructor(exitCode) {
        this.exitCode = exitCode;
    }
}
function failed(report, name, error, fix) {
    const description = (0,core/* describeError */.BR)(error);
    report.checks.push({
        name,
        ok: false,
        detail: description.apiCode ? `${description.apiCode}: ${description.message}` : description.message,
        fix: description.hint ?? fix,
        requestId: description.requestId,
    });
    return new Stop(exitCodeFor(error));
}
async function listAll(fetchPage) {
    const items = [];
    for (let page = 1; page <= MAX_PAGES; page += 1) {
        const { result } = await fetchPage(page);
        items.push(...result.List);
        if (result.List.length === 0 || items.length >= result.Total)
            break;
    }
    return items;
}
async function runChecks(context, report) {
    let config;
    try {
        config = context.config();
    }
    catch (error) {
        throw failed(report, 'credentials found', error, 'Set the variables, or pass --env-file FILE.');
    }
    const where = config.auth.from === 'env-file' ? `the env file ${config.auth.file}` : 'the environment';
    report.credentials = { ...config.auth };
    report.endpoint = config.endpoint;
    report.checks.push({
        name: 'credentials found',
        ok: true,
        detail: `${config.auth.kind === 'gateway' ? 'gateway key' : 'AK/SK'} from ${where} (${config.auth.variables.join(', ')})`,
    });
    // Which way requests go: directly, or through a proxy (shown without its credentials).
    const route = config.proxy
        ? `${config.endpoint} through the proxy ${config.proxy.url} (${config.proxy.from})`
        : config.endpoint;
    const client = context.client();
    let groups;
    try {
        const response = await client.listSubAccounts();
        groups = response.result.List;
        report.checks.push({
            name: 'endpoint answers',
            ok: true,
            detail: route,
            requestId: response.requestId,
        });
        report.checks.push({
            name: 'credentials accepted',
            ok: true,
            detail: `${config.auth.kind === 'gateway' ? 'gateway key' : 'AK/SK signature'} accepted`,
        });
    }
    catch (error) {
        const code = (0,core/* isSmsError */.fR)(error) ? error.code : '';
        if (code === 'ERR_SMS_NETWORK' || code === 'ERR_SMS_TIMEOUT' || code === 'ERR_SMS_RESPONSE_INVALID') {
            throw failed(report, 'endpoint answers', error, config.proxy
                ? `Check the proxy (${config.proxy.from}; NO_PROXY to bypass it), VOLC_SMS_ENDPOINT / --endpoint and the network.`
                : 'Check VOLC_SMS_ENDPOINT / --endpoint and the network.');
        }
        report.checks.push({ name: 'endpoint answers', ok: true, detail: route });
        throw failed(report, code === 'ERR_SMS_AUTH' ? 'credentials accepted' : 'account usable', error);
    }
    let signatures;
    let templates;
    try {
        signatures = await listAll((page) => client.listSignatures({ page, pageSize: 100 }));
        templates = await listAll((page) => client.listTemplates({ page, pageSize: 100 }));
    }
    catch (error) {
        throw failed(report, 'signatures and templates listed', error);
    }
    const count = (name, items, list, fix) => report.checks.push({
        name,
        ok: items.length > 0,
        detail: `${items.length} approved${list ? `: ${list}` : ''}`,
        fix: items.length > 0 ? undefined : fix,
    });
    count('message groups', groups, groups.map((g) => g.SubAccount).join(', '), 'Create a message group in the Volcengine SMS console and wait for approval.');
    // Classic lists include items under review or rejected; only approved ones count (the rest are warnings).
    const approvedSignatures = signatures.filter((s) => isApproved(s.Status));
    const approvedTemplates = templates.filter((t) => isApproved(t.Status));
    count('signatures', approvedSignatures, approvedSignatures.map((s) => s.Signature).join(', '), 'Apply for a signature and bind it to your message group.');
    count('templates', approvedTemplates, approvedTemplates.map((t) => t.TemplateId).join(', '), 'Apply for a template with your signature and message group.');
    const { usable, warnings } = usableCombinations(groups, signatures, templates);
    report.usable = usable;
    report.warnings = warnings;
    report.checks.push({
        name: 'usable together',
        ok: usable.length > 0,
        detail: `${usable.length} group + signature + template combination(s)`,
        fix: usable.length > 0
            ? undefined
            : 'Bind an approved signature to the group, and use a template made for both (see the warnings).',
    });
}
const doctorCommand = {
    name: doctor_NAME,
    summary: 'Check credentials, endpoint, and which groups, signatures and templates work together.',
    description: [
        "The skill's pre-use check and troubleshooting list in one command: where the credentials were found",
        '(never their values), whether the endpoint answers and accepts them, and which message group +',
        'signature + template combinations can be sent. Exit 0 when at least one combination is usable.',
    ],
    group: 'tool',
    flags: {},
    examples: ['volc-sms doctor', 'volc-sms doctor --env-file ./sms.env --json'],
    async run(context) {
        const report = {
            ok: false,
            credentials: null,
            endpoint: null,
            checks: [],
            usable: [],
            warnings: [],
        };
        let exitCode = EXIT.ok;
        try {
            await runChecks(context, report);
        }
        catch (error) {
            if (!(error instanceof Stop))
                throw error;
            exitCode = error.exitCode;
        }
        report.ok = exitCode === EXIT.ok && report.checks.every((check) => check.ok);
        if (exitCode === EXIT.ok && !report.ok)
            exitCode = EXIT.error;
        printReport(context, report);
        return exitCode;
    },
};

;// CONCATENATED MODULE: ./src/cli/commands/list-signature.ts




/** The signature table, shared with skill 1.3's list-signatures. */
const SIGNATURE_COLUMNS = [
    { header: 'Signature', value: (s) => s.Signature },
    { header: 'Status', value: (s) => reviewStatus(s.Status) ?? s.StatusDescription },
    { header: 'Sub accounts', value: (s) => joinList(s.SubAccounts) },
    { header: 'Channel types', value: (s) => joinList(s.ChannelTypes) },
];
const list_signature_FLAGS = {
    signature: {
        type: 'string',
        value: 'TEXT',
        description: 'Fuzzy match on the signature text.',
        parse: flag_values_text,
    },
    ...GROUPS_FILTER_FLAGS('signatures bound to these groups'),
    ...pagingFlags(20),
};
const listSignatureCommand = classicCommand({
    name: 'list_signature',
    summary: 'List approved signatures and the message groups they are bound to.',
    description: ['A signature can only be used with the message groups in its SubAccounts column.'],
    flags: list_signature_FLAGS,
    examples: [
        'volc-sms list_signature --signature "火山引擎"',
        'volc-sms list_signature --sub-accounts 7384ed01',
    ],
    read: (client, flags) => client.listSignatures({
        signature: flags.signature,
        subAccounts: groupsFilter(flags),
        ...pageOf(flags),
    }),
    show: showPage(() => SIGNATURE_COLUMNS, 'signatures'),
});

;// CONCATENATED MODULE: ./src/cli/output/verification-content.ts

/**
 * The send log's answer with every message text's verification code hidden (reference §5.1: codes are
 * never echoed). The answer is printed as the service sent it, so the texts are found by their field
 * name in either dialect (`Content` for the agent actions, `content` for the classic ones).
 */
function hideVerificationCodes(value) {
    if (Array.isArray(value))
        return value.map(hideVerificationCodes);
    if (value === null || typeof value !== 'object')
        return value;
    return Object.fromEntries(Object.entries(value).map(([key, field]) => [
        key,
        (key === 'Content' || key === 'content') && typeof field === 'string'
            ? (0,core/* maskVerificationCode */.VT)(field)
            : hideVerificationCodes(field),
    ]));
}

;// CONCATENATED MODULE: ./src/cli/commands/time-flags.ts


const TIME_HELP = 'epoch seconds (as the skill), an ISO date or datetime (without a zone: Asia/Shanghai, or VOLC_SMS_TZ), or an age like 24h/7d';
const SINCE_FLAG = {
    type: 'string',
    value: 'AGE',
    description: 'Shorthand for the start time as an age (24h, 7d, 30m) or date; the end defaults to now.',
    parse: flag_values_text,
};
/**
 * Resolves a start/end pair from the skill's epoch-second flags or `--since`. `--since` replaces the start
 * flag (giving both is an error) and implies "until now" unless the end flag is given.
 */
function resolveTimeRange(context, { from, to, since }) {
    const now = context.now();
    const timeZone = context.timeZone;
    if (since !== undefined && from.value !== undefined) {
        const message = `Give either --since or ${from.flag}, not both`;
        throw new core/* SmsInputError */.E$(message, [{ field: '--since', message }]);
    }
    const startText = since ?? from.value;
    const start = startText === undefined
        ? undefined
        : (0,core/* parseTimeInput */.N7)(startText, { now, timeZone, field: since ? '--since' : from.flag });
    let end = to.value === undefined ? undefined : (0,core/* parseTimeInput */.N7)(to.value, { now, timeZone, field: to.flag });
    if (end === undefined && since !== undefined)
        end = Math.floor(now / 1000);
    if (start !== undefined && end !== undefined && start > end) {
        const message = `${since ? '--since' : from.flag} is after ${to.flag}; the start must come first`;
        throw new core/* SmsInputError */.E$(message, [{ field: from.flag, message }]);
    }
    return { start, end };
}

;// CONCATENATED MODULE: ./src/cli/commands/list-sms-send-log.ts




/** The send-log table, shared with skill 1.3's send-status. */
const sendLogColumns = (zone) => [
    { header: 'Sent', value: (e) => formatTimeMs(e.SendTime, zone) },
    { header: 'Mobile', value: (e) => maskedMobile(e.Mobile) },
    { header: 'Status', value: (e) => deliveryStatus(e.Status) },
    { header: 'Code', value: (e) => e.ErrorCode },
    { header: 'Receipt', value: (e) => formatTimeMs(e.ReceiptTime, zone) },
    { header: 'Template', value: (e) => e.TemplateId },
    { header: 'Signature', value: (e) => e.Signature },
    { header: 'Message id', value: (e) => e.MessageId },
];




const list_sms_send_log_NAME = 'list_sms_send_log';
/** The filter is sent normalised (bare 11 digits for mainland numbers), like the numbers of a send. */
function mobileFilter(value) {
    if (value === undefined)
        return undefined;
    if (value.includes('*')) {
        // Numbers are masked in every output, but the filter needs the real one.
        const message = `--mobile needs the full number; a masked one (${value}) cannot be looked up (or use --message-id)`;
        throw new core/* SmsInputError */.E$(message, [{ field: '--mobile', message }]);
    }
    const phone = (0,core/* normalizePhone */.cz)(value);
    if (phone.ok)
        return phone.mobile;
    const message = `--mobile is not a phone number: ${phone.reason}`;
    throw new core/* SmsInputError */.E$(message, [{ field: '--mobile', message }]);
}
const list_sms_send_log_FLAGS = {
    'sub-account': {
        type: 'string',
        required: true,
        value: 'ID',
        description: 'Message group id (required).',
        parse: flag_values_text,
    },
    'from-time': { type: 'string', value: 'TIME', description: 'Start of the window.', parse: flag_values_text },
    'to-time': { type: 'string', value: 'TIME', description: 'End of the window.', parse: flag_values_text },
    since: SINCE_FLAG,
    mobile: { type: 'string', value: 'NUMBER', description: 'Only this phone number.', parse: flag_values_text },
    'template-id': { type: 'string', value: 'ID', description: 'Only this template.', parse: flag_values_text },
    signature: { type: 'string', value: 'TEXT', description: 'Only this signature.', parse: flag_values_text },
    'message-id': {
        type: 'string',
        value: 'ID',
        description: 'Exactly this message (from send_sms).',
        parse: flag_values_text,
    },
    ...pagingFlags(100),
    ...EXPORT_FLAGS,
    all: {
        ...EXPORT_FLAGS.all,
        description: 'Every message of the window, streamed newest first as --format (needs a start time).',
    },
};
const listSmsSendLogCommand = classicCommand({
    name: list_sms_send_log_NAME,
    summary: 'Show delivery records: per message, its status, receipt and error code.',
    description: [
        `Times: ${TIME_HELP}. Receipts arrive after the send; status "awaiting receipt" means not yet.`,
    ],
    flags: list_sms_send_log_FLAGS,
    examples: [
        'volc-sms list_sms_send_log --sub-account "77da1acf" --from-time 1773113285 --to-time 1773213285',
        'volc-sms list_sms_send_log --sub-account 7384ed01 --since 24h --mobile 13800000000',
        'volc-sms list_sms_send_log --sub-account 7384ed01 --since 30d --all --format csv > log.csv',
    ],
    stream(context, flags, values) {
        requireFlag(flags['sub-account'], '--sub-account', list_sms_send_log_NAME);
        checkExportFlags(list_sms_send_log_NAME, values, flags.all === true, ['page']);
        if (flags.all !== true)
            return undefined;
        const { start, end } = windowOf(context, flags);
        if (start === undefined) {
            const message = '--all needs the start of the window: --from-time or --since';
            throw new core/* SmsInputError */.E$(message, [{ field: '--from-time', message }]);
        }
        return exportSendLog(context, {
            pages: walkPages(context.client(), {
                ...list_sms_send_log_filters(flags),
                fromTime: start,
                toTime: end ?? Math.floor(context.now() / 1000),
                pageSize: flags['page-size'],
                after: flags.after,
            }),
            rows: SEND_LOG_ROWS,
            after: flags.after,
            format: flags.format ?? 'ndjson',
            rate: flags.rate,
        });
    },
    async read(client, flags, context) {
        const { start, end } = windowOf(context, flags);
        const response = await client.listSendLogs({
            ...list_sms_send_log_filters(flags),
            fromTime: start,
            toTime: end,
            ...pageOf(flags),
        });
        if (response.widened !== undefined) {
            const { days, dropped } = response.widened;
            context.note(`volc-sms: the classic send log answers whole Asia/Shanghai days, so ${daysAsked(days)}; ` +
                `${dropped === 1 ? '1 entry' : `${dropped} entries`} of this page outside the window left out ` +
                `(Total counts ${days.length === 1 ? 'the whole day' : 'whole days'}).`);
        }
        return response;
    },
    json: (response) => hideVerificationCodes(response.raw),
    show: showPage((context) => sendLogColumns(context.timeZone), 'log entries', true),
});
const windowOf = (context, flags) => resolveTimeRange(context, {
    from: { flag: '--from-time', value: flags['from-time'] },
    to: { flag: '--to-time', value: flags['to-time'] },
    since: flags.since,
});
/** The filters of a page and of an --all walk alike. */
const list_sms_send_log_filters = (flags) => ({
    subAccount: requireFlag(flags['sub-account'], '--sub-account', list_sms_send_log_NAME),
    mobile: mobileFilter(flags.mobile),
    templateId: flags['template-id'],
    signature: flags.signature,
    messageId: flags['message-id'],
});
/** The days a classic read asked for, newest first: one, two, or a range. */
function daysAsked(days) {
    if (days.length === 1)
        return `${days[0]} was asked for`;
    if (days.length === 2)
        return `${days[0]} and ${days[1]} were asked for`;
    return `the ${days.length} days ${days.at(-1)} to ${days[0]} were asked for`;
}

;// CONCATENATED MODULE: ./src/cli/commands/list-sub-account.ts




/** The message-group table, shared with skill 1.3's list-message-groups. */
const subAccountColumns = (zone) => [
    { header: 'Sub account', value: (g) => g.SubAccount },
    { header: 'Name', value: (g) => g.SubAccountName },
    { header: 'Channel types', value: (g) => joinList(g.ChannelTypes) ?? g.ChannelType },
    { header: 'Created', value: (g) => formatTimeSeconds(g.CreatedAt, zone) },
];
const list_sub_account_FLAGS = {
    'sub-account-name': {
        type: 'string',
        value: 'TEXT',
        description: 'Fuzzy match on the group name.',
        parse: flag_values_text,
    },
    name: {
        type: 'string',
        value: 'TEXT',
        description: 'Same as --sub-account-name.',
        alias: true,
        parse: flag_values_text,
    },
};
const listSubAccountCommand = classicCommand({
    name: 'list_sub_account',
    summary: 'List the message groups (sub-accounts) you can send from.',
    description: ['Only approved message groups are listed. Use the SubAccount id as --sub-account elsewhere.'],
    flags: list_sub_account_FLAGS,
    examples: ['volc-sms list_sub_account', 'volc-sms list_sub_account --sub-account-name "Ops"'],
    read: (client, flags) => client.listSubAccounts({ subAccountName: flags['sub-account-name'] ?? flags.name }),
    show(context, { List: groups, Total: total }) {
        if (groups.length > 0) {
            context.print(renderTable(subAccountColumns(context.timeZone), groups));
            context.print(timesNote(context.timeZone, context.now()));
        }
        context.print(total === 0 && groups.length === 0
            ? 'No message groups found.'
            : `${total || groups.length} message group(s).`);
    },
});

;// CONCATENATED MODULE: ./src/cli/commands/list-total-send-count-stat.ts






const list_total_send_count_stat_NAME = 'list_total_send_count_stat';
function required(flag) {
    const message = `${flag} is required (or give --since 24h for the last day)`;
    return new core/* SmsInputError */.E$(message, [{ field: flag, message }], { hint: `Run "volc-sms ${list_total_send_count_stat_NAME} --help".` });
}
const list_total_send_count_stat_FLAGS = {
    'start-time': {
        type: 'string',
        required: true,
        value: 'TIME',
        description: 'Start of the window (required unless --since).',
        parse: flag_values_text,
    },
    'end-time': {
        type: 'string',
        required: true,
        value: 'TIME',
        description: 'End of the window (required unless --since).',
        parse: flag_values_text,
    },
    since: SINCE_FLAG,
    'sub-account': { type: 'string', value: 'ID', description: 'Only this message group.', parse: flag_values_text },
    'channel-type': {
        type: 'string',
        value: 'TYPE',
        description: 'Only this channel type (CN_OTP, CN_NTC, CN_MKT…).',
        parse: flag_values_text,
    },
    signature: { type: 'string', value: 'TEXT', description: 'Only this signature.', parse: flag_values_text },
    'template-id': { type: 'string', value: 'ID', description: 'Only this template.', parse: flag_values_text },
};
const listTotalSendCountStatCommand = classicCommand({
    name: list_total_send_count_stat_NAME,
    summary: 'Show delivery statistics: messages sent, submit and receipt success rates.',
    description: [`Times: ${TIME_HELP}. The window may be at most 90 days.`],
    flags: list_total_send_count_stat_FLAGS,
    examples: [
        'volc-sms list_total_send_count_stat --start-time 1773113285 --end-time 1773213285',
        'volc-sms list_total_send_count_stat --since 7d --sub-account 7384ed01',
    ],
    read(client, flags, context) {
        const { start, end } = resolveTimeRange(context, {
            from: { flag: '--start-time', value: flags['start-time'] },
            to: { flag: '--end-time', value: flags['end-time'] },
            since: flags.since,
        });
        if (start === undefined)
            throw required('--start-time');
        if (end === undefined)
            throw required('--end-time');
        // The API answers a longer window with RE:0009 and a generic hint; say it here, before sending.
        (0,core/* checkStatsWindow */.UU)(start, end, flags.since === undefined ? '--start-time' : '--since');
        return client.getSendStats({
            startTime: start,
            endTime: end,
            subAccount: flags['sub-account'],
            channelType: flags['channel-type'],
            signature: flags.signature,
            templateId: flags['template-id'],
        });
    },
    show(context, stats) {
        const all = stats.TotalAllSendCount || stats.TotalSendCount;
        context.print(renderKeyValues([
            ['Messages sent', all],
            [
                'Accepted by carriers',
                `${stats.TotalSendSuccessCount} (${formatRate(stats.TotalSendSuccessRate, all)})`,
            ],
            [
                'Delivered (receipt)',
                `${stats.TotalReceiptSuccessCount} (${formatRate(stats.TotalReceiptSuccessRate, stats.TotalSendSuccessCount)})`,
            ],
            ['Failed (receipt)', stats.TotalReceiptFailureCount],
            ['No receipt after 72 h', stats.TotalNoReceipt72HourCount],
        ]));
        const days = stats.DataPoints ?? [];
        if (days.length > 0) {
            context.print(renderTable([
                { header: 'Date', value: (d) => d.Date },
                { header: 'Sent', value: (d) => d.AllSendCount },
                { header: 'Accepted', value: (d) => d.SendSuccessCount },
                { header: 'Delivered', value: (d) => d.ReceiptSuccessCount },
                { header: 'Failed', value: (d) => d.ReceiptFailureCount },
                { header: 'Receipt rate', value: (d) => formatRate(d.ReceiptSuccessRate, d.SendSuccessCount) },
            ], days));
        }
    },
});

;// CONCATENATED MODULE: ./src/cli/version.ts
// Kept in step with package.json by a test; a JSON import would not survive every bundler the same way.
const CLI_VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/cli/commands/mcp.ts



const mcp_NAME = 'mcp';
const mcp_FLAGS = {
    http: portFlag('Serve Streamable HTTP at /mcp on this port (0 = any free port) instead of stdio.'),
    host: hostFlag('Address for --http (default 127.0.0.1; elsewhere VOLC_SMS_MCP_TOKEN is required).'),
};
const mcpCommand = {
    name: mcp_NAME,
    summary: 'Run the MCP server for AI agents (stdio, or Streamable HTTP with --http) until stopped.',
    description: [
        'Tools: the read commands, and the gated send as send_preview → send_submit (no one-step send).',
        'Credentials come from the environment or the env file only, as for every command; VOLC_SMS_ENDPOINT',
        'points it at the sandbox. Logs go to stderr (stdout is the protocol). See docs/agents.md.',
    ],
    group: 'tool',
    flags: mcp_FLAGS,
    examples: [
        'volc-sms mcp',
        'volc-sms mcp --http 8765',
        'VOLC_SMS_MCP_TOKEN=$(openssl rand -hex 24) volc-sms mcp --http 8765 --host 0.0.0.0',
    ],
    async run(context, values) {
        const flags = parseFlagValues(mcp_FLAGS, values, mcp_NAME);
        const shutdown = context.io.waitForShutdown?.() ?? new Promise(() => undefined);
        const { options } = context.config();
        const client = (0,core/* createSmsClient */.H7)({
            ...options,
            userAgent: `volc-sms-mcp/${CLI_VERSION}`,
        });
        const secrets = [context.env.VOLC_SMS_MCP_TOKEN];
        const log = (line) => context.note(`volc-sms mcp: ${(0,core/* redact */.lO)(line, secrets)}`);
        // Loaded on demand: the MCP SDK is large and no other command needs it.
        const { runMcpServer } = await Promise.all(/* import() */[__webpack_require__.e(514), __webpack_require__.e(9), __webpack_require__.e(749)]).then(__webpack_require__.bind(__webpack_require__, 23749));
        try {
            const reason = await runMcpServer({
                client,
                ledgerDir: (0,core/* defaultLedgerDir */.Iq)(context.env),
                version: CLI_VERSION,
                log,
                shutdown,
                http: flags.http === undefined
                    ? undefined
                    : { port: flags.http, host: flags.host, token: context.env.VOLC_SMS_MCP_TOKEN || undefined },
                onReady: (where) => log(where === 'stdio' ? 'serving on stdio' : `listening on ${where}`),
            });
            log(`stopped (${reason})`);
        }
        finally {
            await client.close();
        }
        return 0;
    },
};

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./src/cli/commands/sandbox-process.ts





const START_TIMEOUT_MS = 15_000;
const STOP_TIMEOUT_MS = 10_000;
const POLL_MS = 50;
/** The PID file's content, or undefined when there is none; an unreadable one is an input error. */
async function readPidFile(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw pidFileError(file, `cannot be read (${error.code ?? 'error'})`);
    }
    try {
        const content = JSON.parse(text);
        if (Number.isInteger(content.pid) && typeof content.url === 'string')
            return content;
    }
    catch {
        // Reported below like any other content.
    }
    throw pidFileError(file, 'is not a PID file written by `volc-sms sandbox`');
}
function writePidFile(file, content) {
    return (0,promises_.writeFile)(file, `${JSON.stringify(content)}\n`);
}
/** Removes the PID file only while it still names this process (a newer sandbox may have taken it). */
async function removePidFile(file, pid) {
    const content = await readPidFile(file).catch(() => undefined);
    if (content?.pid === pid)
        await (0,promises_.rm)(file, { force: true });
}
function pidFileError(file, problem) {
    return new core/* SmsInputError */.E$(`--pid-file ${file} ${problem}.`, [{ field: 'pid-file', message: problem }], {
        hint: 'Give the file a sandbox started with --pid-file wrote, or remove it.',
    });
}
function isAlive(pid) {
    try {
        process.kill(pid, 0);
    }
    catch (error) {
        // EPERM: it exists, but belongs to someone else.
        return error.code === 'EPERM';
    }
    // A process that has exited but was not reaped yet (a zombie: state Z in /proc) is gone all the same.
    try {
        const stat = (0,external_node_fs_.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
    }
    catch {
        return true;
    }
}
/**
 * Whether `pid` is still a volc-sms sandbox, not a process that reused the number of one that died
 * without removing its PID file. Where /proc is missing (macOS), a live PID is taken at its word.
 */
async function isSandboxProcess(pid) {
    if (!isAlive(pid))
        return false;
    const commandLine = await (0,promises_.readFile)(`/proc/${pid}/cmdline`, 'utf8').catch(() => undefined);
    return commandLine === undefined || commandLine.split('\0').includes('sandbox');
}
/** The running sandbox a PID file names, or undefined (no file, or a stale one). */
async function runningSandbox(file) {
    const content = await readPidFile(file);
    return content && (await isSandboxProcess(content.pid)) ? content : undefined;
}
/**
 * Starts `args` (a `sandbox` command line with --pid-file) as a detached copy of this CLI and resolves
 * once it listens, i.e. once it has written the PID file. Its output goes to `logFile`, else nowhere
 * after start-up; if it exits first, its exit code and what it printed are the rejection.
 */
async function startDetached(self, args, pidFile, logFile) {
    const log = logFile === undefined ? undefined : (0,external_node_fs_.openSync)(logFile, 'a');
    const output = log ?? 'pipe';
    // `--` ends Node's options, so nothing in `args` can be read as one.
    const child = (0,external_node_child_process_.spawn)(self.execPath, [...self.execArgv, '--', self.entry, ...args], {
        detached: true,
        stdio: ['ignore', output, output],
    });
    if (log !== undefined)
        (0,external_node_fs_.closeSync)(log);
    let printed = '';
    child.stdout?.on('data', (chunk) => (printed += chunk.toString()));
    child.stderr?.on('data', (chunk) => (printed += chunk.toString()));
    let exited;
    child.once('exit', (code, signal) => (exited = code ?? (signal ? 1 : 0)));
    const spawnFailed = new Promise((_, reject) => child.once('error', reject));
    spawnFailed.catch(() => undefined);
    try {
        const deadline = Date.now() + START_TIMEOUT_MS;
        for (;;) {
            await Promise.race([(0,external_node_timers_promises_.setTimeout)(POLL_MS), spawnFailed]);
            const content = await readPidFile(pidFile).catch(() => undefined);
            if (content !== undefined && content.pid === child.pid)
                return content;
            if (exited !== undefined) {
                const what = logFile === undefined ? printed.trim() : `see ${logFile}`;
                throw new DetachedStartError(exited, what);
            }
            if (Date.now() > deadline) {
                child.kill('SIGTERM');
                throw new DetachedStartError(1, `it did not listen within ${START_TIMEOUT_MS / 1000} s`);
            }
        }
    }
    finally {
        // The sandbox keeps running on its own: this process neither waits for it nor keeps its pipes.
        child.stdout?.destroy();
        child.stderr?.destroy();
        child.unref();
    }
}
/** The detached sandbox exited (or never listened): its exit code, and what it said. */
class DetachedStartError extends Error {
    name = 'DetachedStartError';
    exitCode;
    constructor(exitCode, detail) {
        super(detail);
        this.exitCode = exitCode;
    }
}
/**
 * Stops the sandbox a PID file names: SIGTERM, a wait until the process is gone (SIGKILL after 10 s),
 * and the file removed. Nothing running is not an error: a CI clean-up step runs whatever happened.
 */
async function stopSandbox(pidFile) {
    const content = await readPidFile(pidFile);
    if (content === undefined)
        return { stopped: false, reason: 'no-file' };
    if (!(await isSandboxProcess(content.pid))) {
        await (0,promises_.rm)(pidFile, { force: true });
        return { stopped: false, reason: 'stale', pid: content.pid };
    }
    process.kill(content.pid, 'SIGTERM');
    let forced = false;
    if (!(await exitedWithin(content.pid, STOP_TIMEOUT_MS))) {
        forced = true;
        process.kill(content.pid, 'SIGKILL');
        await exitedWithin(content.pid, 2_000);
    }
    await (0,promises_.rm)(pidFile, { force: true });
    return { stopped: true, pid: content.pid, forced };
}
async function exitedWithin(pid, ms) {
    const deadline = Date.now() + ms;
    while (isAlive(pid)) {
        if (Date.now() > deadline)
            return false;
        await (0,external_node_timers_promises_.setTimeout)(POLL_MS);
    }
    return true;
}

;// CONCATENATED MODULE: ./src/cli/commands/sandbox.ts




const sandbox_NAME = 'sandbox';
const sandbox_FLAGS = {
    port: { ...portFlag('Port to listen on (default 8787; 0 = any free port).'), default: 8787 },
    host: hostFlag('Address to listen on (default 127.0.0.1).'),
    db: {
        type: 'string',
        value: 'FILE',
        description: 'Keep state in this SQLite file (default: in memory).',
        parse: flag_values_text,
    },
    seed: {
        type: 'string',
        value: 'FILE',
        description: 'Seed JSON: groups, signatures, templates, account.',
        parse: flag_values_text,
    },
    'access-key': {
        type: 'string',
        value: 'AK',
        description: 'Access key the sandbox accepts (default AKLTsandbox).',
        parse: flag_values_text,
    },
    'secret-key': {
        type: 'string',
        value: 'SK',
        description: 'Its secret (default sandbox-secret).',
        parse: flag_values_text,
    },
    'api-key': {
        type: 'string',
        value: 'KEY',
        description: 'Gateway key it accepts (default sandbox-api-key).',
        parse: flag_values_text,
    },
    'receipt-delay': {
        type: 'string',
        value: 'MS',
        description: 'Delay before a delivery receipt (default 1500).',
        parse: wholeNumber(0, 3_600_000),
    },
    'rate-limit': {
        type: 'string',
        value: 'QPS',
        description: 'Requests per second per key (default 5; 0 = off).',
        parse: wholeNumber(0, 1_000_000),
    },
    'auto-review': {
        type: 'string',
        value: 'SECONDS',
        description: 'Approve signature/template applications this long after they are made (default: only via the admin API).',
        parse: wholeNumber(0, 86_400),
    },
    'batch-rate': {
        type: 'string',
        value: 'N',
        description: 'Numbers per second a consented batch task sends (default 1000; 0 = as fast as it can).',
        parse: wholeNumber(0, 10_000_000),
    },
    fault: {
        type: 'string',
        value: 'SPEC',
        multiple: true,
        description: 'Inject a fault, e.g. SendSmsForAgent=500x2, *=latency:300, SendSmsForAgent=error-after:RE:0500 (repeatable).',
    },
    'pid-file': {
        type: 'string',
        value: 'FILE',
        description: 'Write {pid, url} to FILE once listening; removed on stop.',
        parse: flag_values_text,
    },
    detach: {
        type: 'boolean',
        description: 'Start in the background and return once it listens (needs --pid-file).',
    },
    log: {
        type: 'string',
        value: 'FILE',
        description: 'With --detach: append its output to FILE (default: discarded once started).',
        parse: flag_values_text,
    },
    stop: {
        type: 'boolean',
        description: 'Stop the sandbox that --pid-file names, wait until it is gone, remove the file.',
    },
};
function flagError(flag, problem, hint) {
    return new core/* SmsInputError */.E$(`--${flag} ${problem}.`, [{ field: flag, message: problem }], { hint });
}
/** The process this CLI runs as; detaching and PID files need a real one, not main() inside a test. */
function selfProcess(context, flag) {
    const self = context.io.process;
    if (self === undefined)
        throw flagError(flag, 'works only in the volc-sms bin', 'Run `volc-sms sandbox` as a command.');
    return self;
}
async function refuseIfRunning(pidFile) {
    const running = await runningSandbox(pidFile);
    if (running === undefined)
        return;
    throw flagError('pid-file', `${pidFile} names a sandbox that is running (pid ${running.pid}, ${running.url})`, `Stop it first: volc-sms sandbox --stop --pid-file ${pidFile}`);
}
/** The same sandbox as a command line for the detached copy (paths made absolute, no --detach). */
function foregroundArgs(flags, pidFile, context) {
    const args = ['sandbox', '--port', String(flags.port), '--host', flags.host, '--pid-file', pidFile];
    const add = (flag, value) => {
        if (value !== undefined)
            args.push(`--${flag}`, String(value));
    };
    add('db', flags.db === undefined ? undefined : context.resolvePath(flags.db));
    add('seed', flags.seed === undefined ? undefined : context.resolvePath(flags.seed));
    add('access-key', flags['access-key']);
    add('secret-key', flags['secret-key']);
    add('api-key', flags['api-key']);
    add('receipt-delay', flags['receipt-delay']);
    add('rate-limit', flags['rate-limit']);
    add('auto-review', flags['auto-review']);
    add('batch-rate', flags['batch-rate']);
    for (const fault of flags.fault ?? [])
        add('fault', fault);
    return args;
}
const sandboxCommand = {
    name: sandbox_NAME,
    summary: 'Run the local sandbox: a faithful emulator of the SMS API, until Ctrl-C (or in the background).',
    description: [
        'Point the CLI at it with the exports it prints (VOLC_SMS_ENDPOINT and a key pair). Nothing leaves',
        'the machine; "delivery" follows the number\'s last digit (7 and 9 fail, 6 never gets a receipt).',
        "The keys below are the sandbox's own test keys, not your Volcengine credentials. See docs/sandbox.md.",
        'In CI: --detach --pid-file FILE returns once it listens; --stop --pid-file FILE stops it.',
    ],
    group: 'tool',
    flags: sandbox_FLAGS,
    examples: [
        'volc-sms sandbox',
        'volc-sms sandbox --port 0 --receipt-delay 300 --rate-limit 0',
        'volc-sms sandbox --detach --pid-file /tmp/sandbox.pid --log /tmp/sandbox.log',
        'volc-sms sandbox --stop --pid-file /tmp/sandbox.pid',
    ],
    async run(context, values) {
        const flags = parseFlagValues(sandbox_FLAGS, values, sandbox_NAME);
        const pidFile = flags['pid-file'] === undefined ? undefined : context.resolvePath(flags['pid-file']);
        if (flags.stop === true || flags.detach === true) {
            const mode = flags.stop === true ? 'stop' : 'detach';
            if (flags.stop === true && flags.detach === true)
                throw flagError('stop', 'and --detach cannot be combined', 'Stop with one command, start with another.');
            if (pidFile === undefined)
                throw flagError(mode, 'needs --pid-file FILE', `Add --pid-file, e.g. --${mode} --pid-file /tmp/sandbox.pid.`);
            return mode === 'stop' ? stop(context, pidFile) : detach(context, flags, pidFile);
        }
        return runInForeground(context, flags, pidFile);
    },
};
async function runInForeground(context, flags, pidFile) {
    const self = pidFile === undefined ? undefined : selfProcess(context, 'pid-file');
    if (pidFile !== undefined)
        await refuseIfRunning(pidFile);
    // Listen for Ctrl-C before anything starts: a signal that arrives during start-up still stops it cleanly.
    const shutdown = context.io.waitForShutdown?.() ?? Promise.resolve('no shutdown hook');
    // Loaded on demand: SQLite and the server are not needed by any other command.
    const { startSandbox, describeSandbox } = await Promise.all(/* import() */[__webpack_require__.e(514), __webpack_require__.e(374)]).then(__webpack_require__.bind(__webpack_require__, 34374));
    const sandbox = await startSandbox({
        port: flags.port,
        host: flags.host,
        ...(flags.db === undefined ? {} : { dbPath: context.resolvePath(flags.db) }),
        ...(flags.seed === undefined ? {} : { seed: context.resolvePath(flags.seed) }),
        ...(flags['access-key'] === undefined ? {} : { accessKeyId: flags['access-key'] }),
        ...(flags['secret-key'] === undefined ? {} : { secretAccessKey: flags['secret-key'] }),
        ...(flags['api-key'] === undefined ? {} : { apiKey: flags['api-key'] }),
        ...(flags['receipt-delay'] === undefined ? {} : { receiptDelayMs: flags['receipt-delay'] }),
        ...(flags['rate-limit'] === undefined ? {} : { rateLimitQps: flags['rate-limit'] }),
        ...(flags['auto-review'] === undefined ? {} : { autoReviewSeconds: flags['auto-review'] }),
        ...(flags['batch-rate'] === undefined ? {} : { batchRate: flags['batch-rate'] }),
        ...(flags.fault === undefined ? {} : { faults: flags.fault }),
        log: (line) => context.note(line),
    });
    // Written once it listens: whoever waits for the file (--detach) may use the sandbox right away.
    if (pidFile !== undefined && self !== undefined)
        await writePidFile(pidFile, { pid: self.pid, url: sandbox.url });
    if (context.global.json)
        context.printJson({ url: sandbox.url, port: sandbox.port, credentials: sandbox.credentials });
    else
        context.print(describeSandbox(sandbox).join('\n'));
    context.note('Sandbox running; press Ctrl-C to stop.');
    const signal = await shutdown;
    await sandbox.close();
    if (pidFile !== undefined && self !== undefined)
        await removePidFile(pidFile, self.pid);
    context.note(`Sandbox stopped (${signal}).`);
    return EXIT.ok;
}
async function detach(context, flags, pidFile) {
    const self = selfProcess(context, 'detach');
    await refuseIfRunning(pidFile);
    const logFile = flags.log === undefined ? undefined : context.resolvePath(flags.log);
    let started;
    try {
        started = await startDetached(self, foregroundArgs(flags, pidFile, context), pidFile, logFile);
    }
    catch (error) {
        if (!(error instanceof DetachedStartError))
            throw error;
        context.note(`volc-sms: the sandbox stopped before it listened (exit ${error.exitCode}): ${error.message.replace(/^volc-sms: /, '')}`);
        return error.exitCode === 0 ? EXIT.error : error.exitCode;
    }
    const { describeSandbox, SANDBOX_CREDENTIALS } = await Promise.all(/* import() */[__webpack_require__.e(514), __webpack_require__.e(374)]).then(__webpack_require__.bind(__webpack_require__, 34374));
    const credentials = {
        accessKeyId: flags['access-key'] ?? SANDBOX_CREDENTIALS.accessKeyId,
        secretAccessKey: flags['secret-key'] ?? SANDBOX_CREDENTIALS.secretAccessKey,
        apiKey: flags['api-key'] ?? SANDBOX_CREDENTIALS.apiKey,
    };
    if (context.global.json)
        context.printJson({ url: started.url, pid: started.pid, credentials });
    else
        context.print(describeSandbox({ url: started.url, credentials }).join('\n'));
    context.note(`Sandbox running in the background (pid ${started.pid}); stop it with: volc-sms sandbox --stop --pid-file ${pidFile}`);
    return EXIT.ok;
}
async function stop(context, pidFile) {
    const result = await stopSandbox(pidFile);
    if (result.stopped)
        context.note(`Sandbox stopped (pid ${result.pid}${result.forced ? ', killed after 10 s' : ''}).`);
    else if (result.reason === 'stale')
        context.note(`No sandbox was running (pid ${result.pid} is gone); removed ${pidFile}.`);
    else
        context.note(`No sandbox to stop: ${pidFile} does not exist.`);
    return EXIT.ok;
}

// EXTERNAL MODULE: ./node_modules/csv-parse/lib/sync.js + 9 modules
var sync = __webpack_require__(25175);
;// CONCATENATED MODULE: ./src/cli/csv.ts

/** A file that is not CSV: where, and what is wrong. */
class CsvFormatError extends Error {
    line;
    constructor(line, message) {
        super(`line ${line}: ${message}`);
        this.name = 'CsvFormatError';
        this.line = line;
    }
}
const SEPARATORS = [',', '\t', ';'];
/** The separator of the first record, quoted text skipped. */
function detectSeparator(text) {
    let quoted = false;
    for (const char of text) {
        if (char === '"')
            quoted = !quoted;
        else if (!quoted && (char === '\n' || char === '\r'))
            break;
        else if (!quoted && SEPARATORS.includes(char))
            return char;
    }
    return ',';
}
/** The first line after `afterLine` that holds anything: where an unclosed quote's record starts. */
function nextContentLine(text, afterLine) {
    const lines = text.split(/\r\n|\n|\r/);
    for (let index = afterLine; index < lines.length; index += 1) {
        if ((lines[index] ?? '').trim() !== '')
            return index + 1;
    }
    return afterLine + 1;
}
function describe(code, message) {
    switch (code) {
        case 'CSV_QUOTE_NOT_CLOSED':
            return 'a quoted field opens here and never closes: add the closing " (nothing was read past it)';
        case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
        case 'CSV_INVALID_CLOSING_QUOTE':
            return 'text after a closing quote: quote the whole field, and write a quote inside it as ""';
        default:
            return message.replace(/ at line \d+.*$/, '');
    }
}
/** Rows with their line numbers; blank lines are dropped. @throws CsvFormatError */
function parseCsvRows(text, options = {}) {
    const input = text.replace(/^\uFEFF/, '');
    let lastLine = 0;
    let parsed;
    try {
        parsed = (0,sync/* parse */.qg)(input, {
            delimiter: detectSeparator(input),
            record_delimiter: ['\r\n', '\n', '\r'],
            trim: true,
            skip_empty_lines: true,
            relax_column_count: true, // rows of the wrong length are named by the caller, with the header's count
            relax_quotes: true, // a quote inside an unquoted field (O"Brien) is text, as spreadsheets write it
            info: true,
            ...(options.comments ? { comment: '#', comment_no_infix: true } : {}),
            on_record: (record, context) => {
                lastLine = context.lines;
                return record;
            },
        });
    }
    catch (error) {
        const { code, message } = error;
        const line = code === 'CSV_QUOTE_NOT_CLOSED'
            ? nextContentLine(input, lastLine)
            : (error.lines ?? lastLine + 1);
        throw new CsvFormatError(line, describe(code, message));
    }
    return parsed
        .map(({ record, info }) => ({
        cells: record,
        // info.lines is where the record ends; newlines inside quoted fields moved it down.
        line: info.lines - record.reduce((sum, cell) => sum + (cell.match(/\r\n|\n|\r/g)?.length ?? 0), 0),
    }))
        .filter((row) => row.cells.some((cell) => cell !== ''));
}
/** The cells of every row (see parseCsvRows). @throws CsvFormatError */
function parseCsv(text, options = {}) {
    return parseCsvRows(text, options).map((row) => row.cells);
}

;// CONCATENATED MODULE: ./src/cli/mobiles-file.ts



// Header cells that name the phone column of a CSV export (English and Chinese spreadsheets).
const PHONE_HEADER = /^(mobiles?|phones?|phone[ _-]?numbers?|mobile[ _-]?numbers?|numbers?|tel|手机号码?|电话|号码)$/i;
/**
 * Numbers from a file: one per line, or CSV where the phone column is the one whose header names it
 * (`mobile`, `phone`, `手机号`…), else the first column. A header row is skipped; blank lines and `#`
 * comments too. Validation happens later, with every other number, in the client's planSend.
 */
function mobilesFromText(text) {
    const rows = parseCsv(text, { comments: true });
    const header = rows[0];
    let column = 0;
    if (header !== undefined) {
        const named = header.findIndex((cell) => PHONE_HEADER.test(cell));
        // A first row without a single digit cannot hold a number: it is a header whatever it says.
        if (named >= 0 || !header.some((cell) => /\d/.test(cell))) {
            column = Math.max(named, 0);
            rows.shift();
        }
    }
    return rows.map((cells) => cells[column] ?? '').filter((cell) => cell !== '');
}
async function readMobilesFile(file, flag = '--mobiles-file') {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        const reason = error.code === 'ENOENT' ? 'no such file' : 'cannot be read';
        const message = `${flag} ${file}: ${reason}`;
        throw new core/* SmsInputError */.E$(message, [{ field: flag, message }], { cause: error });
    }
    let mobiles;
    try {
        mobiles = mobilesFromText(text);
    }
    catch (error) {
        if (!(error instanceof CsvFormatError))
            throw error;
        const message = `${flag} ${file}: ${error.message}`;
        throw new core/* SmsInputError */.E$(message, [{ field: flag, message }], { hint: 'Nothing was sent.' });
    }
    if (mobiles.length === 0) {
        const message = `${flag} ${file} holds no phone numbers (one per line, or CSV with a "mobile" column)`;
        throw new core/* SmsInputError */.E$(message, [{ field: flag, message }]);
    }
    return mobiles;
}
/**
 * `--mobiles` as the skill documents it: numbers separated by commas (also semicolons, newlines and the
 * full-width forms). Spaces are ambiguous: `+86 138 0013 8000` is one number, `13800000000 13900000000`
 * two; a piece that is a valid number as a whole stays whole, otherwise it is split on spaces.
 */
function splitMobilesFlag(text) {
    return text
        .split(/[,;\n，；、]+/)
        .map((piece) => piece.trim())
        .filter((piece) => piece !== '')
        .flatMap((piece) => (/\s/.test(piece) && !(0,core/* normalizePhone */.cz)(piece).ok ? piece.split(/\s+/) : [piece]));
}

;// CONCATENATED MODULE: ./src/cli/batch-file.ts




const FLAG = '--file';
const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** One JSON message, or what is wrong with it (`where` names it: `message 3`). */
function jsonMessage(item, where, issues) {
    const problem = (message) => {
        issues.push({ field: FLAG, message: `${where}${message}` });
        return undefined;
    };
    if (!isRecord(item))
        return problem(': must be an object {"mobile": "…", "params": {…}}');
    const unknown = Object.keys(item).filter((key) => key !== 'mobile' && key !== 'params');
    if (unknown.length > 0)
        return problem(`: unknown field ${unknown.map((k) => `"${k}"`).join(', ')} (only mobile, params)`);
    const { mobile, params = {} } = item;
    if (typeof mobile !== 'string')
        return problem(' mobile: must be a string');
    if (mobile.trim() === '')
        return problem(' mobile: must not be empty');
    if (!isRecord(params))
        return problem(' params: must be an object of template values');
    for (const [name, value] of Object.entries(params)) {
        if (typeof value !== 'string')
            return problem(` params.${name}: values must be strings (quote numbers: "1234")`);
    }
    return { mobile, params: params };
}
function fail(file, issues) {
    const shown = issues.slice(0, 10).map((issue) => issue.message);
    const more = issues.length > 10 ? `; and ${issues.length - 10} more` : '';
    throw new core/* SmsInputError */.E$(`${FLAG} ${file}: ${shown.join('; ')}${more}`, issues, {
        hint: 'Use CSV with a header row "mobile,<variable>,…", or JSON [{"mobile": "…", "params": {…}}]; nothing was sent.',
    });
}
/**
 * CSV: a header row naming the phone column (`mobile`, `phone`, `手机号`…) and one column per template
 * variable, named exactly as in the template (`code`, `name`); every other row is one message.
 */
function batchFromCsv(text, file) {
    let all;
    try {
        all = parseCsvRows(text);
    }
    catch (error) {
        if (!(error instanceof CsvFormatError))
            throw error;
        fail(file, [{ field: `${FLAG}:${error.line}`, message: error.message }]);
    }
    const [first, ...rows] = all;
    const header = first?.cells;
    if (header === undefined || rows.length === 0) {
        fail(file, [{ field: FLAG, message: 'needs a header row and at least one message row' }]);
    }
    const phoneColumn = header.findIndex((cell) => PHONE_HEADER.test(cell));
    if (phoneColumn < 0) {
        fail(file, [
            { field: FLAG, message: `the header row (${header.join(',')}) names no phone column such as "mobile"` },
        ]);
    }
    const issues = [];
    const messages = rows.map(({ cells, line }) => {
        if (cells.length !== header.length) {
            issues.push({
                field: `${FLAG}:${line}`,
                message: `line ${line} has ${cells.length} fields, the header ${header.length}`,
            });
        }
        const params = {};
        header.forEach((name, column) => {
            if (column !== phoneColumn && name !== '')
                params[name] = cells[column] ?? '';
        });
        return { mobile: cells[phoneColumn] ?? '', params };
    });
    if (issues.length > 0)
        fail(file, issues);
    return messages;
}
function batchFromJson(text, file) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        fail(file, [{ field: FLAG, message: `is not valid JSON (${error.message})` }]);
    }
    if (!Array.isArray(data)) {
        fail(file, [{ field: FLAG, message: 'must be a JSON array of {"mobile": "…", "params": {…}}' }]);
    }
    if (data.length === 0)
        fail(file, [{ field: FLAG, message: 'holds no messages' }]);
    const issues = [];
    const messages = data.map((item, index) => jsonMessage(item, `message ${index + 1}`, issues));
    if (issues.length > 0)
        fail(file, issues);
    return messages;
}
/** Reads the batch file; JSON when it looks like JSON (or ends in .json), CSV otherwise. */
async function readBatchFile(path, shownAs = path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        const reason = error.code === 'ENOENT' ? 'no such file' : 'cannot be read';
        throw new core/* SmsInputError */.E$(`${FLAG} ${shownAs}: ${reason}`, [{ field: FLAG, message: reason }], {
            cause: error,
        });
    }
    const trimmed = text.replace(/^\uFEFF/, '').trimStart();
    return path.endsWith('.json') || trimmed.startsWith('[')
        ? batchFromJson(trimmed, shownAs)
        : batchFromCsv(text, shownAs);
}

;// CONCATENATED MODULE: ./src/cli/commands/send-engine-flags.ts


// The flags of issue 14 that send_sms and send_batch_sms share: which engine, its pace, the journal.
const engine = (raw) => {
    const value = String(raw).trim();
    return value === 'auto' || value === 'direct' || value === 'batch'
        ? { value }
        : { problem: 'must be auto, direct or batch' };
};
const qps = (raw) => {
    const value = Number(String(raw).trim());
    return Number.isFinite(value) && value > 0 && value <= 1000
        ? { value }
        : { problem: 'must be a number of requests per second above 0 and at most 1000' };
};
/** Pace and journal: every direct send. */
const DIRECT_FLAGS = {
    qps: {
        type: 'string',
        value: 'N',
        description: `Direct requests started per second (default ${core/* DEFAULT_SEND_QPS */.ui}, the API's limit per customer).`,
        parse: qps,
        default: core/* DEFAULT_SEND_QPS */.ui,
    },
    journal: {
        type: 'string',
        value: 'FILE',
        description: "Write each request's numbers before it is sent and its result after (a new file, mode 0600: it holds numbers), so --resume can finish a killed send.",
        parse: flag_values_text,
    },
    resume: {
        type: 'string',
        value: 'JOURNAL',
        description: 'Finish the send a --journal file recorded: send the numbers never attempted, look up the unanswered ones in the send log, report every number.',
        parse: flag_values_text,
    },
    'resend-unknown': {
        type: 'boolean',
        description: 'With --resume: also resend the numbers whose send had no answer and that the send log does not show (they may still arrive twice).',
    },
};
/** The engine choice: send_sms above the threshold goes through a batch task. */
const ENGINE_FLAGS = {
    engine: {
        type: 'string',
        value: 'auto|direct|batch',
        description: `auto (default): direct requests up to --threshold numbers, a batch task above it.`,
        parse: engine,
        default: 'auto',
    },
    threshold: {
        type: 'string',
        value: 'N',
        description: `Numbers above which auto uses a batch task (default ${core/* DEFAULT_BATCH_THRESHOLD */.fj}).`,
        parse: wholeNumber(1, 1_000_000),
        default: core/* DEFAULT_BATCH_THRESHOLD */.fj,
    },
    'task-name': {
        type: 'string',
        value: 'TEXT',
        description: 'The batch task\'s name (default "volc-sms <template> <time>").',
        parse: flag_values_text,
    },
    yes: {
        type: 'boolean',
        description: 'Launch the batch task once it is created (the consent); without it a terminal asks, else the task waits.',
    },
};

;// CONCATENATED MODULE: ./src/cli/output/progress.ts
/**
 * A one-line progress bar on stderr, redrawn in place. Only for a terminal: in a pipe or a CI log the
 * carriage returns would be noise, so callers create it only when stderr is a TTY.
 */
class ProgressBar {
    stream;
    total;
    label;
    done = 0;
    constructor(stream, total, label) {
        this.stream = stream;
        this.total = total;
        this.label = label;
        this.draw();
    }
    tick() {
        this.done = Math.min(this.total, this.done + 1);
        this.draw();
    }
    /** Sets the count done (a poller that learns totals rather than counting steps) and a new label. */
    set(done, label) {
        this.done = Math.max(0, Math.min(this.total, done));
        if (label !== undefined)
            this.label = label;
        this.draw();
    }
    finish() {
        this.stream.write('\r\x1b[2K');
    }
    draw() {
        const width = 24;
        const filled = this.total === 0 ? width : Math.round((this.done / this.total) * width);
        const bar = '#'.repeat(filled) + '-'.repeat(width - filled);
        this.stream.write(`\r\x1b[2K${this.label} [${bar}] ${this.done}/${this.total}`);
    }
}

;// CONCATENATED MODULE: ./src/cli/commands/send-outcome.ts




/** Above this many numbers the table lists only the ones that were not sent. */
const FULL_TABLE_LIMIT = 50;
function maskList(mobiles) {
    return mobiles.map(core/* maskPhone */.Xu);
}
/** Per number, for the multi-request JSON document (docs/cli.md, "send_sms output"). */
function recipientJson(recipient) {
    const error = recipient.error === undefined ? undefined : (0,core/* describeError */.BR)(recipient.error);
    return {
        Mobile: recipient.masked,
        MessageId: recipient.messageId ?? null,
        Status: recipient.status,
        Error: error === undefined
            ? null
            : {
                Code: error.apiCode ?? error.code,
                Message: error.message,
                Hint: error.hint ?? null,
                RequestId: error.requestId ?? recipient.requestId ?? null,
            },
    };
}
/** The distinct errors of a send (one per failed request), with how many numbers each affected. */
function distinctErrors(outcome) {
    const seen = new Map();
    for (const recipient of outcome.recipients) {
        if (recipient.error !== undefined)
            seen.set(recipient.error, (seen.get(recipient.error) ?? 0) + 1);
    }
    return [...seen].map(([error, count]) => ({ error, count }));
}
function printOutcome(context, input, outcome) {
    const errors = distinctErrors(outcome);
    const single = outcome.plan.chunks.length === 1 && outcome.raw[0] !== undefined;
    if (context.json) {
        // One request: its envelope exactly as the skill prints it. Several: one document for all of them.
        context.printJson(single
            ? outcome.raw[0]
            : {
                Recipients: outcome.recipients.map(recipientJson),
                Responses: outcome.raw.map((raw) => raw ?? null),
            });
    }
    else {
        printTable(context, input, outcome);
    }
    for (const { error, count } of errors) {
        const scope = errors.length > 1 || outcome.recipients.length > count ? `${count} number(s): ` : '';
        context.note(`volc-sms: ${scope}${(0,core/* formatErrorLine */.AC)(error)}`);
    }
    if (outcome.plan.duplicates.length > 0) {
        context.note(`volc-sms: ${outcome.plan.duplicates.length} duplicate number(s) skipped (sent once).`);
    }
}
function printTable(context, input, outcome) {
    const total = outcome.recipients.length;
    const rows = total > FULL_TABLE_LIMIT ? outcome.recipients.filter((r) => r.status !== 'sent') : outcome.recipients;
    if (rows.length > 0) {
        context.print(renderTable([
            { header: 'Mobile', value: (r) => r.masked },
            { header: 'Status', value: (r) => r.status },
            { header: 'Message id', value: (r) => r.messageId },
            {
                header: 'Error',
                value: (r) => r.error === undefined ? undefined : ((0,core/* describeError */.BR)(r.error).apiCode ?? r.error.code),
            },
        ], rows));
    }
    const parts = [`${outcome.sentCount} of ${total} sent`];
    if (outcome.failedCount > 0)
        parts.push(`${outcome.failedCount} failed`);
    if (outcome.unknownCount > 0)
        parts.push(`${outcome.unknownCount} unknown`);
    context.print(`${parts.join(', ')} (template ${input.templateId}, signature ${input.signature}).`);
    if (outcome.sentCount > 0) {
        context.print(`Delivery receipts follow: volc-sms list_sms_send_log --sub-account ${input.subAccount} --since 1h`);
    }
}
/**
 * Unknown outcomes come first (the user must check before resending), then partial failure; when every
 * number failed, the exit code of the error itself (auth, throttling, input…).
 */
function sendExitCode(outcome) {
    if (outcome.unknownCount > 0)
        return EXIT.outcomeUnknown;
    if (outcome.failedCount === 0)
        return EXIT.ok;
    if (outcome.sentCount > 0)
        return EXIT.partial;
    const first = outcome.recipients.find((recipient) => recipient.error !== undefined);
    return exitCodeFor(first?.error);
}
/**
 * Counts finished send requests through the client's attempt events to drive the progress bar (stderr, a
 * terminal only, more than one request). Returns the function that removes it.
 */
function trackSendProgress(context, plan) {
    if (plan.chunks.length < 2 || context.io.stderr.isTTY !== true)
        return () => undefined;
    const bar = new ProgressBar(context.io.stderr, plan.chunks.length, `Sending ${plan.mobiles.length} numbers`);
    const unsubscribe = context.onAttempt((event) => {
        if (/^Send(Batch)?Sms/.test(event.action) && event.retryInMs === undefined)
            bar.tick();
    });
    return () => {
        unsubscribe();
        bar.finish();
    };
}
/**
 * The end of both send commands: send with the progress bar up, print a result per number, and turn the
 * outcome into the exit code.
 */
async function sendAndReport(context, input, plan, send) {
    const stopProgress = trackSendProgress(context, plan);
    let outcome;
    try {
        outcome = await send();
    }
    finally {
        stopProgress();
    }
    printOutcome(context, input, outcome);
    return sendExitCode(outcome);
}

;// CONCATENATED MODULE: ./src/cli/commands/send-engines.ts




/** Which engine carries the send; the template is read only when the batch engine is in question. */
async function planEngine(context, target, numbers, flags) {
    const choice = { numbers, engine: flags.engine, threshold: flags.threshold, qps: flags.qps };
    const template = (0,core/* templateFactsNeeded */.Vx)(choice) ? await (0,core/* describeTemplate */.Rf)(context.client(), target) : undefined;
    return { delivery: (0,core/* planDelivery */.eh)({ ...choice, template }), template };
}
// What a journal already holds: given beside --resume they would be ignored, so they are refused.
const SEND_DEFINITION_FLAGS = [
    'sub-account',
    'signature',
    'template-id',
    'mobiles',
    'mobiles-file',
    'file',
    'template-param',
    'account',
    'tag',
    'dry-run',
    'engine',
    'threshold',
    'task-name',
    'yes',
    'journal',
];
function refused(message, field, command) {
    return new core/* SmsInputError */.E$(message, [{ field, message }], {
        hint: `Run "volc-sms ${command} --help" for its flags.`,
    });
}
/** With --resume the journal is the send: flags that would define another one are refused. */
function refuseBesideResume(values, command) {
    const given = SEND_DEFINITION_FLAGS.filter((name) => values[name] !== undefined);
    if (given.length === 0)
        return;
    const flags = given.map((name) => `--${name}`).join(', ');
    throw refused(`--resume takes the send from its journal; leave out ${flags} (only --qps and --resend-unknown go with it)`, `--${given[0]}`, command);
}
/** --resend-unknown only means something when resuming. */
function requireResume(values, command) {
    if (values['resend-unknown'] === undefined)
        return;
    throw refused('--resend-unknown goes with --resume JOURNAL', '--resend-unknown', command);
}
/** A batch task is followed by its task id, not journaled. */
function refuseBesideBatch(journal) {
    if (journal === undefined)
        return;
    const message = '--journal is for direct sends; this send goes to a batch task, which is followed by its task id';
    throw new core/* SmsInputError */.E$(message, [{ field: '--journal', message }], {
        hint: 'Leave out --journal, or pass --engine direct to send directly with a journal.',
    });
}
/** The direct engine for both send commands: paced to --qps, journaled with --journal. */
async function sendDirectAndReport(context, target, plan, request, flags) {
    const file = flags.journal === undefined ? undefined : context.resolvePath(flags.journal);
    const journal = file === undefined ? undefined : await (0,core/* createFileJournal */.oq)(file);
    const client = context.client();
    try {
        const code = await sendAndReport(context, target, plan, () => (0,core/* sendDirect */.Ew)(client, request, { qps: flags.qps, journal }));
        if (file !== undefined && code !== EXIT.ok) {
            context.note(`volc-sms: the journal is ${flags.journal}; check or finish this send with: volc-sms send_sms --resume ${flags.journal}`);
        }
        return code;
    }
    finally {
        await journal?.close?.();
    }
}
const SOURCE_WORDS = {
    journal: 'answered before',
    'send-log': 'found in the send log',
    resumed: 'sent now (never attempted before)',
    resent: 'resent (--resend-unknown)',
    'not-in-log': 'no answer, not in the send log',
};
/** `--resume JOURNAL`: finish the journaled send and report every number's final state. */
async function resumeAndReport(context, file, flags) {
    const journal = await (0,core/* openFileJournal */.mX)(context.resolvePath(file));
    let report;
    try {
        report = await (0,core/* resumeDirectSend */.BQ)(context.client(), journal, {
            qps: flags.qps,
            resendUnknown: flags['resend-unknown'] === true,
        });
    }
    finally {
        await journal.close?.();
    }
    const rows = report.numbers.map((n) => ({
        Mobile: n.masked,
        Status: n.status,
        Source: n.source,
        MessageId: n.messageId ?? null,
        Error: n.error === undefined ? (n.code ?? null) : (0,core/* formatErrorLine */.AC)(n.error),
    }));
    if (context.json) {
        context.printJson({
            Resumed: true,
            TemplateId: report.send.templateId,
            Sent: report.sentCount,
            Failed: report.failedCount,
            Unknown: report.unknownCount,
            Recipients: rows,
        });
    }
    else {
        const bySource = new Map();
        for (const n of report.numbers) {
            const key = `${n.status}: ${SOURCE_WORDS[n.source]}`;
            bySource.set(key, (bySource.get(key) ?? 0) + 1);
        }
        context.print(renderKeyValues([...bySource].map(([key, count]) => [key, count])));
        const open = rows.filter((r) => r.Status !== 'sent');
        if (open.length > 0) {
            context.print(renderTable([
                { header: 'Mobile', value: (r) => r.Mobile },
                { header: 'Status', value: (r) => r.Status },
                { header: 'Why', value: (r) => SOURCE_WORDS[r.Source] },
                { header: 'Error', value: (r) => r.Error ?? undefined, maxWidth: 60 },
            ], open.slice(0, 50)));
            if (open.length > 50)
                context.print(`… and ${open.length - 50} more.`);
        }
        context.print(`${report.sentCount} of ${report.numbers.length} sent, ${report.failedCount} failed, ${report.unknownCount} unknown (template ${report.send.templateId}).`);
    }
    if (report.unknownCount > 0) {
        const resend = flags['resend-unknown'] === true ? '' : `, or resend them with --resume ${file} --resend-unknown`;
        context.note(`volc-sms: ${report.unknownCount} number(s) had no answer and are not in the send log: they may still have been sent. Check later with --resume ${file}${resend}.`);
        return EXIT.outcomeUnknown;
    }
    if (report.failedCount === 0)
        return EXIT.ok;
    return report.sentCount > 0 ? EXIT.partial : EXIT.error;
}
/**
 * The batch engine for both send commands: create the task (status 2), then launch it only with
 * consent: --yes, or the task id typed back at a terminal. Otherwise the task waits, and the command
 * that launches it through the consent gate is printed.
 */
async function sendThroughBatch(context, route) {
    const { target } = route;
    context.note(`volc-sms: engine: ${route.delivery.reason}`);
    const client = context.client();
    const taskName = route.taskName ?? `volc-sms ${target.templateId} ${new Date(context.now()).toISOString().slice(0, 16)}`;
    const task = await (0,core/* createBatchSendTask */._)(client, {
        ...target,
        taskName,
        template: route.template,
        duplicates: 'skip',
        recipients: route.recipients,
    });
    const ref = { subAccount: target.subAccount, taskId: task.taskId };
    const preview = `volc-sms batch-launch-preview --sub-account ${target.subAccount} --task-id ${task.taskId}`;
    const waiting = task.status === core/* BATCH_TASK_AWAITING_CONSENT */.tK;
    let launched = false;
    if (waiting && (route.yes === true || (await confirmed(context, task.taskId, route.count)))) {
        // The latest detail must still say 2: consent goes only to a validated task, once.
        const { result } = await client.getBatchTaskDetail(ref);
        if (result.status !== core/* BATCH_TASK_AWAITING_CONSENT */.tK) {
            const message = `task ${task.taskId} is in status ${result.status ?? 'unknown'}, not 2 (awaiting consent); it was not launched`;
            throw new core/* SmsInputError */.E$(message, [{ field: 'task-id', message }], {
                hint: `Look at it with: ${preview}`,
            });
        }
        try {
            await client.consentBatchTask(ref);
        }
        catch (err) {
            context.note(`volc-sms: ${(0,core/* formatErrorLine */.AC)(err)}`);
            context.note(`volc-sms: task ${task.taskId} was created; check it with: volc-sms batch-detail --sub-account ${target.subAccount} --task-id ${task.taskId}`);
            return exitCodeFor(err);
        }
        launched = true;
    }
    const next = launched
        ? `volc-sms batch-detail --sub-account ${target.subAccount} --task-id ${task.taskId}`
        : preview;
    if (context.json) {
        context.printJson({
            Engine: 'batch',
            Reason: route.delivery.reason,
            TaskId: task.taskId,
            SubAccount: target.subAccount,
            TaskName: taskName,
            Status: launched ? 3 : (task.status ?? null),
            StatusAuthoritative: task.statusAuthoritative,
            TotalCount: task.totalCount ?? task.rows,
            DupCount: task.dupCount ?? 0,
            Launched: launched,
            Next: next,
        });
    }
    else {
        context.print(renderKeyValues([
            ['Engine', `batch task (${route.delivery.reason})`],
            ['Task id', task.taskId],
            ['Task name', taskName],
            ['Numbers', task.totalCount ?? task.rows],
            ['Status', launched ? 'launched: the service is sending' : describeStatus(task.status)],
        ]));
        context.print(launched ? `Follow it with: ${next}` : `The task waits for your consent. Launch it with: ${next}`);
    }
    return EXIT.ok;
}
function describeStatus(status) {
    if (status === core/* BATCH_TASK_AWAITING_CONSENT */.tK)
        return '2 (validated, awaiting consent)';
    return status === undefined ? 'unknown (the detail could not be read)' : String(status);
}
/** At a terminal without --yes: the user types the task id back to launch it. */
async function confirmed(context, taskId, count) {
    const ask = context.io.ask;
    if (ask === undefined || context.io.stderr.isTTY !== true)
        return false;
    const answer = await ask(`Launch task ${taskId} to ${count} numbers now? Type the task id to confirm, anything else to leave it waiting: `);
    return answer.trim() === taskId;
}

;// CONCATENATED MODULE: ./src/cli/commands/send-flags.ts


// The flags send_sms and send_batch_sms share.
/** Where a send goes from: the skill's three required flags. */
const SEND_TARGET_FLAGS = {
    'sub-account': {
        type: 'string',
        required: true,
        value: 'ID',
        description: 'Message group id (from list_sub_account).',
        parse: flag_values_text,
    },
    signature: {
        type: 'string',
        required: true,
        value: 'TEXT',
        description: 'Approved signature bound to the group (list_signature).',
        parse: flag_values_text,
    },
    'template-id': {
        type: 'string',
        required: true,
        value: 'ID',
        description: 'Approved template id (list_sms_template).',
        parse: flag_values_text,
    },
};
const TAG_FLAG = {
    type: 'string',
    value: 'TEXT',
    description: 'Classic API only: a tag of up to 512 characters, echoed in receipts.',
    parse: textUpTo(512),
};
/** The agent API has no Tag field; dropping the flag silently would lose what the user asked for. */
function checkedTag(context, tag) {
    if (tag === undefined)
        return {};
    if (context.config().options.api !== 'classic') {
        const message = '--tag is a field of the classic API only; add --api classic or leave it out';
        throw new core/* SmsInputError */.E$(message, [{ field: '--tag', message }]);
    }
    return { tag };
}

;// CONCATENATED MODULE: ./src/cli/commands/send-command.ts




/**
 * The one course of `send_sms` and `send_batch_sms`: `--resume` finishes a journaled send; otherwise the
 * command prepares its send from its flags (what differs between the two: where the numbers and values
 * come from, how the plan reads), the engine is chosen, and the send is planned (--dry-run), created as a
 * batch task launched only with consent, or sent directly, paced and journaled.
 */
/** The flags of the course, after each command's own: the tag, --dry-run, the engine and the direct send. */
const SEND_COURSE_FLAGS = {
    tag: TAG_FLAG,
    'dry-run': { type: 'boolean', description: 'Check everything and show the plan; send nothing.' },
    ...ENGINE_FLAGS,
    ...DIRECT_FLAGS,
};
/**
 * A --dry-run's plan: in a pipe `{DryRun: true, …lead, SubAccount, Signature, TemplateId, …fields}`, on a
 * terminal the target and then the command's own lines.
 */
function printDryRun(context, target, plan) {
    if (context.json) {
        context.printJson({
            DryRun: true,
            ...plan.lead,
            SubAccount: target.subAccount,
            Signature: target.signature,
            TemplateId: target.templateId,
            ...plan.fields,
        });
        return;
    }
    context.print('Dry run: everything checked, nothing sent.');
    context.print(renderKeyValues([
        ['Sub account', target.subAccount],
        ['Signature', target.signature],
        ['Template', target.templateId],
        ...plan.lines,
    ]));
}
async function runSend(context, command, prepare) {
    const { name, values, flags } = command;
    if (flags.resume !== undefined) {
        refuseBesideResume(values, name);
        return resumeAndReport(context, flags.resume, flags);
    }
    requireResume(values, name);
    const send = await prepare();
    const { delivery, template } = await planEngine(context, send.target, send.count, flags);
    if (flags['dry-run'] === true) {
        send.printPlan(delivery);
        return 0;
    }
    if (delivery.engine === 'batch' && template !== undefined) {
        refuseBesideBatch(flags.journal);
        return sendThroughBatch(context, {
            target: send.target,
            template,
            delivery,
            recipients: send.recipients(),
            count: send.count,
            taskName: flags['task-name'],
            yes: flags.yes,
        });
    }
    if (delivery.forced)
        context.note(`volc-sms: engine: ${delivery.reason}`);
    return sendDirectAndReport(context, send.target, send.direct.plan, send.direct.request, flags);
}

;// CONCATENATED MODULE: ./src/cli/commands/send-batch-sms.ts






const send_batch_sms_NAME = 'send_batch_sms';
function printPlan(context, input, plan) {
    const messages = plan.plan.mobiles.map((mobile) => ({
        Mobile: (0,core/* maskPhone */.Xu)(mobile),
        TemplateParam: plan.params.get(mobile) ?? null,
    }));
    printDryRun(context, input, {
        fields: { Messages: messages, Requests: plan.plan.chunks.length },
        lines: [
            ['Messages', messages.length],
            ['Requests', plan.plan.chunks.length],
        ],
    });
    if (context.json)
        return;
    context.print(renderTable([
        { header: 'Mobile', value: (m) => m.Mobile },
        { header: 'Template param', value: (m) => m.TemplateParam, maxWidth: 60 },
    ], messages.slice(0, 20)));
    if (messages.length > 20)
        context.print(`… and ${messages.length - 20} more.`);
}
const send_batch_sms_FLAGS = {
    ...SEND_TARGET_FLAGS,
    file: {
        type: 'string',
        required: true,
        value: 'FILE',
        description: 'The messages: CSV with a header row, or JSON (not with --resume).',
        parse: flag_values_text,
    },
    ...SEND_COURSE_FLAGS,
};
const sendBatchSmsCommand = {
    name: send_batch_sms_NAME,
    summary: 'Send one template with different values per number, from a CSV or JSON file.',
    description: [
        'CSV: a header row naming the phone column and the template variables, e.g. "mobile,name,code", then one',
        'row per message. JSON: [{"mobile": "13800000000", "params": {"name": "Li", "code": "1234"}}].',
        'Everything is checked first (numbers, each number once, values are strings); nothing is sent on an error.',
        'Classic API: SendBatchSms in requests of 200. Agent API (no batch action): numbers with the same values',
        'are sent together. Output and exit codes as for send_sms.',
    ],
    group: 'api',
    flags: send_batch_sms_FLAGS,
    examples: [
        'volc-sms send_batch_sms --sub-account 77da1acf --signature 火山引擎 --template-id ST_0003 --file customers.csv',
        'volc-sms send_batch_sms --api classic --sub-account 7384ed01 --signature VolcOps --template-id ST_0002 \\\n    --file alerts.json --dry-run',
    ],
    async run(context, values) {
        const flags = parseFlagValues(send_batch_sms_FLAGS, values, send_batch_sms_NAME);
        return runSend(context, { name: send_batch_sms_NAME, values, flags }, async () => {
            const subAccount = requireFlag(flags['sub-account'], '--sub-account', send_batch_sms_NAME);
            const signature = requireFlag(flags.signature, '--signature', send_batch_sms_NAME);
            const templateId = requireFlag(flags['template-id'], '--template-id', send_batch_sms_NAME);
            const file = requireFlag(flags.file, '--file', send_batch_sms_NAME);
            const messages = await readBatchFile(context.resolvePath(file), file);
            const input = {
                subAccount,
                signature,
                templateId,
                messages: messages.map(({ mobile, params }) => ({
                    mobile,
                    ...(Object.keys(params).length === 0 ? {} : { templateParam: params }),
                })),
                ...checkedTag(context, flags.tag),
            };
            // The same plan the client makes: the agent API has no batch action, so equal values share a request.
            const groupByParams = context.config().options.api !== 'classic';
            const plan = (0,core/* planBatchSend */.eu)(input, { groupByParams });
            return {
                target: input,
                count: plan.plan.mobiles.length,
                printPlan(delivery) {
                    printPlan(context, input, plan);
                    context.note(`volc-sms: engine: ${delivery.reason}`);
                },
                recipients: () => plan.plan.mobiles.map((mobile) => {
                    const params = plan.params.get(mobile);
                    return {
                        mobile,
                        params: params === undefined ? undefined : JSON.parse(params),
                    };
                }),
                direct: { plan: plan.plan, request: { kind: 'batch-sms', input, groupByParams } },
            };
        });
    },
};

;// CONCATENATED MODULE: ./src/cli/commands/gate-command.ts





/**
 * A `<name>-preview` / `<name>-submit` pair declared once over the core's one gate (signature, template,
 * batch launch): the flags, how they make the request, how a preview reads on a terminal. The JSON in a
 * pipe, the ledger, exit codes and what a refusal says are the same for every pair.
 */
/** The gate's context for a CLI process: the configured client and the ledger under the state directory. */
function gateContext(context) {
    return {
        client: context.client(),
        ledger: new core/* ConsentLedger */.S((0,core/* fileLedgerStore */.jy)((0,core/* defaultLedgerDir */.Iq)(context.env), () => context.now())),
        now: () => context.now(),
    };
}
const PREVIEW_DIGEST_FLAG = {
    'preview-digest': {
        type: 'string',
        required: true,
        value: 'DIGEST',
        description: 'The digest the preview printed for these exact flags.',
        parse: flag_values_text,
    },
    reconciled: {
        type: 'boolean',
        description: 'After an outcome_unknown: you checked (the command it named) and the write is absent.',
    },
};
/** An application's submit on a terminal: the id it got and its status, or what the reconciling read found. */
const printApplied = (idKey) => (context, submitted) => {
    const result = submitted.result;
    context.print(submitted.reconciled
        ? `The application was found after a lost answer: ${JSON.stringify(result)}`
        : `Applied (request id ${submitted.requestId ?? '-'}): ${idKey} ${String(result[idKey] ?? '-')}, status ${String(result.status ?? '-')}`);
};
/** An early answer (a task already started): a success reported by the command, as the skill does. */
function printAnswer(context, command, answer) {
    if (context.json)
        printSkillEnvelope(context, skillSuccess(command, undefined, answer.answer));
    else
        context.print(Object.entries(answer.answer)
            .map(([k, v]) => `${k}: ${String(v)}`)
            .join('\n'));
    return EXIT.ok;
}
function gateCommands(pair) {
    const previewName = `${pair.name}-preview`;
    const submitName = `${pair.name}-submit`;
    // The digest first, then what else the submit takes, then --reconciled.
    const submitFlags = {
        ...pair.flags,
        'preview-digest': PREVIEW_DIGEST_FLAG['preview-digest'],
        ...pair.submitFlags,
        reconciled: PREVIEW_DIGEST_FLAG.reconciled,
    };
    const previewCommand = {
        name: previewName,
        summary: pair.summary.preview,
        description: pair.description.preview,
        group: 'api',
        flags: pair.flags,
        examples: [`volc-sms ${previewName} ${pair.example}`],
        run: (context, values) => runSkillCommand(context, previewName, async () => {
            const request = pair.request(parseFlagValues(pair.flags, values, previewName), previewName);
            const outcome = await pair.preview(gateContext(context), request);
            if ((0,core/* isGateFailure */.m2)(outcome))
                return reportSkillFailure(context, previewName, outcome);
            if ((0,core/* isGateAnswer */.gP)(outcome))
                return printAnswer(context, previewName, outcome);
            if (!context.json) {
                context.print(renderKeyValues([...pair.previewLines(outcome.preview), ['Digest', outcome.digest]]));
                const note = pair.previewNote?.(outcome.preview);
                if (note !== undefined)
                    context.print(note);
                if (outcome.pendingSubmit !== undefined)
                    context.note(`volc-sms: an earlier submit of this same ${pair.pendingCheck ?? 'request has an unknown outcome; check first.'}`);
                context.print(pair.nextStep?.(outcome, request) ??
                    `Nothing was sent. After the user approves, run ${submitName} with the same flags and --preview-digest ${outcome.digest}`);
                return EXIT.ok;
            }
            const result = {
                ...(pair.previewResult?.(outcome.preview) ?? { preview: outcome.preview }),
                ...(0,core/* previewDigestFields */.ez)(outcome),
            };
            printSkillEnvelope(context, skillSuccess(previewName, undefined, result));
            return EXIT.ok;
        }),
    };
    const submitCommand = {
        name: submitName,
        summary: pair.summary.submit,
        description: pair.description.submit,
        group: 'api',
        flags: submitFlags,
        examples: [
            `volc-sms ${submitName} ${pair.example} \\\n    --preview-digest DIGEST${pair.submitExample ?? ''}`,
        ],
        run: (context, values) => runSkillCommand(context, submitName, async () => {
            const flags = parseFlagValues(submitFlags, values, submitName);
            const request = pair.request(flags, submitName);
            const outcome = await pair.submit(gateContext(context), request, {
                previewDigest: requireFlag(flags['preview-digest'], '--preview-digest', submitName),
                reconciled: flags.reconciled === true,
                ...pair.authorization?.(flags, submitName),
            });
            // As the skill: a failed call reports the action, a refusal before it the command.
            if ((0,core/* isGateFailure */.m2)(outcome))
                return reportSkillFailure(context, outcome.attempted ? pair.action : submitName, outcome);
            if ((0,core/* isGateAnswer */.gP)(outcome))
                return printAnswer(context, submitName, outcome);
            if (context.json) {
                // A reconciled write and an early answer are the command's own results (reference §4.1).
                const action = outcome.reconciled || isEarly(outcome.result) ? submitName : outcome.action;
                printSkillEnvelope(context, skillSuccess(action, outcome.requestId, outcome.result));
            }
            else
                pair.printSubmitted(context, outcome);
            return EXIT.ok;
        }),
    };
    return [previewCommand, submitCommand];
}
const isEarly = (result) => typeof result === 'object' && result !== null && 'alreadyStarted' in result;

;// CONCATENATED MODULE: ./src/cli/commands/send-gate.ts




// `send-preview` / `send-submit`: skill 1.3's gated single send (reference §4.2–4.3), on the core's gate.
const dedupePolicy = (raw) => {
    const value = String(Array.isArray(raw) ? raw.at(-1) : raw).trim();
    return value === 'reject' || value === 'keep-first'
        ? { value }
        : { problem: 'must be "reject" or "keep-first"' };
};
const PREVIEW_FLAGS = {
    ...SEND_TARGET_FLAGS,
    mobile: {
        type: 'string',
        required: true,
        value: 'NUMBER',
        multiple: true,
        description: 'A mainland mobile, +86 allowed (repeat the flag, at most 200).',
    },
    'template-params': {
        type: 'string',
        required: true,
        value: 'JSON',
        description: 'Template variables as a JSON object of strings; {} for a fixed text.',
    },
    'dedupe-policy': {
        type: 'string',
        value: 'reject|keep-first',
        description: 'A number given twice: refuse the send (default) or keep its first occurrence.',
        parse: dedupePolicy,
        default: 'reject',
    },
};
function gateRequest(values, name) {
    return {
        subAccount: requireFlag(values['sub-account'], '--sub-account', name),
        signature: requireFlag(values.signature, '--signature', name),
        templateId: requireFlag(values['template-id'], '--template-id', name),
        mobiles: values.mobile ?? [],
        templateParams: requireFlag(values['template-params'], '--template-params', name),
        dedupePolicy: values['dedupe-policy'],
    };
}
const EXAMPLE_FLAGS = '--sub-account 7384ed01 --signature VolcOps --template-id ST_0004 \\\n    --mobile 13800000000 --template-params \'{"version":"1.2.0"}\'';
const [sendPreviewCommand, sendSubmitCommand] = gateCommands({
    name: 'send',
    action: core/* SEND_GATE */.tJ.action,
    summary: {
        preview: 'Check a send and show its masked summary and digest; sends nothing (skill 1.3).',
        submit: 'Send a previewed message exactly once, if nothing changed since the preview (skill 1.3).',
    },
    description: {
        preview: [
            'Checks the group, the signature (approved, bound) and the template (approved for both, exact variables),',
            'then prints the summary with numbers masked and the digest of the exact request. send-submit with the',
            'same flags and that digest sends it, once. In a pipe: the skill 1.3 envelope (docs/cli.md).',
        ],
        submit: [
            'Takes the same flags as send-preview plus the digest it printed, twice: --preview-digest and the',
            '--authorization-digest the user approved. Re-runs every check and recomputes the digest; any difference',
            '(flags, numbers, template content, segments) refuses with what changed, and nothing is sent. A digest',
            'sends once; after outcome_unknown it sends again only with --reconciled (after checking the send log).',
        ],
    },
    flags: PREVIEW_FLAGS,
    submitFlags: {
        'authorization-digest': {
            type: 'string',
            required: true,
            value: 'DIGEST',
            description: 'The digest the user approved; must equal --preview-digest.',
            parse: flag_values_text,
        },
    },
    example: EXAMPLE_FLAGS,
    submitExample: ' --authorization-digest DIGEST',
    pendingCheck: 'send has an unknown outcome; check the send log first.',
    request: gateRequest,
    authorization: (values, command) => ({
        authorizationDigest: requireFlag(values['authorization-digest'], '--authorization-digest', command),
    }),
    preview: core/* previewSend */.p_,
    submit: (context, request, input) => (0,core/* submitSend */.pT)(context, request, { ...input, authorizationDigest: input.authorizationDigest ?? '' }),
    previewLines: (summary) => [
        ['Message group', summary.subAccount],
        ['Signature', summary.signature],
        ['Template', summary.templateId],
        ['Recipients', `${summary.recipientCount}: ${summary.recipients.join(', ')}`],
        ['Duplicates dropped', summary.duplicates.length === 0 ? 'none' : summary.duplicates.join(', ')],
        ['Variables', summary.variableNames.join(', ') || 'none (fixed text)'],
        ['Segments', summary.estimatedSegments],
    ],
    nextStep(preview, request) {
        const mobiles = request.mobiles.map(() => '--mobile …').join(' ');
        return (`Nothing was sent. After the user approves, send with:\n  volc-sms send-submit (same flags: ${mobiles}) ` +
            `--preview-digest ${preview.digest} --authorization-digest ${preview.digest}`);
    },
    printSubmitted(context, submitted) {
        const result = submitted.result;
        context.print(`Sent to ${submitted.preview.recipientCount} number(s) (request id ${submitted.requestId ?? '-'}): ` +
            `${result.MessageIds.join(', ')}`);
        context.print(`Delivery receipts follow: volc-sms list_sms_send_log --sub-account ${submitted.preview.subAccount} --since 1h`);
    },
});

;// CONCATENATED MODULE: ./src/cli/commands/gate-values.ts

/** A parsed flag the command needs: its value, or the one-line "--flag is required" error. */
function requiredValue(value, flag, command) {
    if (value === undefined)
        requireFlag(undefined, flag, command);
    return value;
}

;// CONCATENATED MODULE: ./src/cli/commands/gate-flags.ts
// Flag values the application and batch gates share (reference §4.2): typed here once, checked again by
// the core's request schemas before anything is sent.
const lastText = (raw) => String(Array.isArray(raw) ? raw.at(-1) : raw).trim();
/** One of a few whole numbers (`--purpose 1|2`, `--source 1|2|3`). */
const numberChoice = (...choices) => (raw) => {
    const value = Number(lastText(raw));
    return choices.includes(value) ? { value } : { problem: `must be ${choices.join(', ')}` };
};
/** A positive whole number (`--qualification-id`). */
const positiveId = (raw) => {
    const text = lastText(raw);
    return /^[1-9]\d{0,15}$/.test(text)
        ? { value: Number(text) }
        : { problem: 'must be a positive whole number' };
};
/** A count of numbers in a batch file, 0–1,000,000 (the handoff flags). */
const batchCount = (raw) => {
    const text = lastText(raw);
    const value = Number(text);
    return /^\d+$/.test(text) && value <= 1_000_000
        ? { value }
        : { problem: 'must be a whole number from 0 to 1000000' };
};
/** A JSON object (`--app-icp`, `--trademark`, `--short-url-config`). */
const jsonObject = (raw) => {
    try {
        const value = JSON.parse(lastText(raw));
        if (value !== null && typeof value === 'object' && !Array.isArray(value))
            return { value: value };
    }
    catch {
        // Said below.
    }
    return { problem: 'must be a JSON object, e.g. \'{"appIcpFilling":"…"}\'' };
};
const CHANNELS = ['CN_OTP', 'CN_NTC', 'CN_MKT'];
/** `OTP`, `NTC`, `MKT` or their `CN_` names, repeatable. */
const channelTypes = (raw) => {
    const values = [raw].flat().map((item) => {
        const text = String(item).trim().toUpperCase();
        return text.startsWith('CN_') ? text : `CN_${text}`;
    });
    const bad = values.find((v) => !CHANNELS.includes(v));
    return bad === undefined ? { value: values } : { problem: 'must be CN_OTP, CN_NTC or CN_MKT' };
};
/** A 64-hex SHA-256 (`--file-sha256`), lower-cased. */
const sha256Flag = (raw) => {
    const value = lastText(raw).toLowerCase();
    return /^[0-9a-f]{64}$/.test(value)
        ? { value }
        : { problem: 'must be the 64 hex digits batch-create printed' };
};

;// CONCATENATED MODULE: ./src/cli/commands/signature-gate.ts





// `signature-preview` / `signature-submit`: skill 1.3's gated ApplySmsSignatureV2 (reference §4.2–4.3).
const signature_gate_FLAGS = {
    content: {
        type: 'string',
        required: true,
        value: 'TEXT',
        description: 'The signature, 2–25 characters; one outer 【】 is dropped.',
        parse: flag_values_text,
    },
    purpose: {
        type: 'string',
        required: true,
        value: '1|2',
        description: "1 own use, 2 for others (the qualification's purpose).",
        parse: numberChoice(1, 2),
    },
    'qualification-id': {
        type: 'string',
        required: true,
        value: 'ID',
        description: 'An approved, usable qualification (list-qualifications).',
        parse: positiveId,
    },
    'sub-account': {
        type: 'string',
        multiple: true,
        value: 'ID',
        description: 'A message group to bind (repeat). Without it: every visible group that takes the channels.',
    },
    'channel-type': {
        type: 'string',
        required: true,
        multiple: true,
        value: 'TYPE',
        description: 'CN_OTP, CN_NTC or CN_MKT (repeat).',
        parse: channelTypes,
    },
    source: {
        type: 'string',
        required: true,
        value: '1|2|3',
        description: '1 company, 2 App, 3 trademark.',
        parse: numberChoice(1, 2, 3),
    },
    description: { type: 'string', value: 'TEXT', description: 'What the signature is for.' },
    domain: { type: 'string', value: 'TEXT', description: 'The website or App domain.' },
    scene: { type: 'string', value: 'TEXT', description: 'Where the messages are used.' },
    'project-name': { type: 'string', value: 'TEXT', description: 'The project name.' },
    'app-icp': {
        type: 'string',
        value: 'JSON',
        description: 'With --source 2: {"appIcpFilling":"…"}.',
        parse: jsonObject,
    },
    trademark: {
        type: 'string',
        value: 'JSON',
        description: 'With --source 3: {"trademarkCn","trademarkEn","trademarkNumber"}.',
        parse: jsonObject,
    },
};
const [signaturePreviewCommand, signatureSubmitCommand] = gateCommands({
    name: 'signature',
    action: core/* SIGNATURE_GATE */.$5.action,
    summary: {
        preview: 'Check a signature application and show its body and digest; applies for nothing (skill 1.3).',
        submit: 'Apply for a previewed signature exactly once, if nothing changed since the preview (skill 1.3).',
    },
    description: {
        preview: [
            'Checks the qualification (approved, usable, same purpose) and the groups (visible, taking the channels).',
            'Without --sub-account every visible group that takes the channels is bound; the preview lists them.',
        ],
        submit: [
            'Takes the same flags and the digest the preview printed. Re-runs the checks and recomputes the digest:',
            'a group added or removed since the preview refuses with what changed, and nothing is applied for.',
        ],
    },
    flags: signature_gate_FLAGS,
    submitFlags: {},
    example: '--content VolcOps --purpose 1 --qualification-id 11 --channel-type CN_NTC --source 1',
    request: (values, command) => ({
        content: requireFlag(values.content, '--content', command),
        purpose: requiredValue(values.purpose, '--purpose', command),
        qualificationId: requiredValue(values['qualification-id'], '--qualification-id', command),
        subAccounts: (values['sub-account'] ?? []).map((g) => g.trim()).filter((g) => g !== ''),
        channelTypes: requiredValue(values['channel-type'], '--channel-type', command),
        source: requiredValue(values.source, '--source', command),
        description: values.description,
        domain: values.domain,
        scene: values.scene,
        projectName: values['project-name'],
        appIcp: values['app-icp'],
        trademark: values.trademark,
    }),
    preview: core/* previewSignature */.B5,
    submit: core/* submitSignature */.dw,
    previewResult: (s) => ({
        preview: s.body,
        messageGroups: s.messageGroups,
        messageGroupCount: s.messageGroupCount,
        ...(s.excludedGroups === undefined ? {} : { excludedGroups: s.excludedGroups }),
    }),
    previewLines: (s) => [
        ['Signature', s.body.content],
        ['Purpose / source', `${s.body.purpose} / ${s.body.source}`],
        ['Qualification', s.body.signatureIdentificationID],
        ['Channels', s.body.channelTypes.join(', ')],
        ['Message groups', `${s.messageGroupCount}: ${s.messageGroups.map((g) => g.subAccount).join(', ')}`],
        ...(s.excludedGroups
            ? [['Left out', s.excludedGroups.map((g) => `${g.subAccount} (${g.reason})`).join(', ')]]
            : []),
    ],
    printSubmitted: printApplied('applyId'),
});

;// CONCATENATED MODULE: ./src/cli/commands/template-gate.ts





// `template-preview` / `template-submit`: skill 1.3's gated ApplySmsTemplateV2 (reference §4.2–4.3).
const template_gate_FLAGS = {
    name: { type: 'string', required: true, value: 'NAME', description: 'The template name.', parse: flag_values_text },
    content: {
        type: 'string',
        required: true,
        value: 'TEXT',
        description: 'The text with ${name} placeholders.',
        parse: flag_values_text,
    },
    'channel-type': {
        type: 'string',
        required: true,
        value: 'TYPE',
        description: 'CN_OTP, CN_NTC or CN_MKT, judged from the full content.',
        parse: channelTypes,
    },
    signature: {
        type: 'string',
        required: true,
        multiple: true,
        value: 'TEXT',
        description: 'An approved signature bound to every group (repeat).',
    },
    'sub-account': {
        type: 'string',
        required: true,
        multiple: true,
        value: 'ID',
        description: 'A message group (repeat).',
    },
    'template-param': {
        type: 'string',
        multiple: true,
        value: 'NAME',
        description: 'A variable name (repeat); default: the placeholders of --content.',
    },
    project: { type: 'string', value: 'TEXT', description: 'The project.' },
    description: { type: 'string', value: 'TEXT', description: 'What the template is for.' },
    'short-url-config': {
        type: 'string',
        value: 'JSON',
        description: 'CN_MKT only: {"isEnabled","belong","isNeedClickDetails","uaCheckStrategy"}.',
        parse: jsonObject,
    },
};
const listed = (values) => (values ?? []).map((v) => v.trim()).filter((v) => v !== '');
const [templatePreviewCommand, templateSubmitCommand] = gateCommands({
    name: 'template',
    action: core/* TEMPLATE_GATE */.d1.action,
    summary: {
        preview: 'Check a template application and show its summary and digest; applies for nothing (skill 1.3).',
        submit: 'Apply for a previewed template exactly once, if nothing changed since the preview (skill 1.3).',
    },
    description: {
        preview: [
            'Checks that every signature is approved, bound to every group and takes the channel. The summary',
            'shows the content as its length and SHA-256; the digest covers the exact ApplySmsTemplateV2 body.',
        ],
        submit: [
            'Takes the same flags and the digest the preview printed; re-runs the checks, recomputes the digest',
            'and applies once. Any difference refuses with what changed, and nothing is applied for.',
        ],
    },
    flags: template_gate_FLAGS,
    submitFlags: {},
    example: "--name 'Deploy done' --content '部署已完成，版本${version}。' --channel-type CN_NTC \\\n    --signature VolcOps --sub-account 7384ed01",
    request: (values, command) => {
        const signatures = listed(values.signature);
        const subAccounts = listed(values['sub-account']);
        if (signatures.length === 0)
            requireFlag(undefined, '--signature', command);
        if (subAccounts.length === 0)
            requireFlag(undefined, '--sub-account', command);
        const params = listed(values['template-param']);
        return {
            name: requireFlag(values.name, '--name', command),
            content: requireFlag(values.content, '--content', command),
            channelType: requiredValue(values['channel-type'], '--channel-type', command).at(-1),
            signatures,
            subAccounts,
            templateParams: params.length > 0 ? params : undefined,
            project: values.project,
            description: values.description,
            shortUrlConfig: values['short-url-config'],
        };
    },
    preview: core/* previewTemplate */.d6,
    submit: core/* submitTemplate */.P0,
    previewLines: (s) => [
        ['Name', s.name],
        ['Channel', s.channelType],
        ['Signatures', s.signatures.join(', ')],
        ['Message groups', s.subAccounts.join(', ')],
        ['Variables', s.templateParams.map((t) => t.name).join(', ') || 'none (fixed text)'],
        ['Content', `${s.content_length} characters, SHA-256 ${s.content_sha256}`],
    ],
    printSubmitted: printApplied('templateId'),
});

;// CONCATENATED MODULE: ./src/cli/commands/skill-command.ts



function skillCommand(spec) {
    return apiCommand(spec, (context, values) => runSkillCommand(context, spec.name, () => spec.run(context, parseFlagValues(spec.flags, values, spec.name))));
}
/** `--sub-account` and `--task-id`: which batch task a command is about. */
const TASK_FLAGS = {
    'sub-account': {
        type: 'string',
        required: true,
        value: 'ID',
        description: "The task's message group.",
        parse: flag_values_text,
    },
    'task-id': {
        type: 'string',
        required: true,
        value: 'ID',
        description: 'The task id batch-create printed.',
        parse: flag_values_text,
    },
};
const taskRef = (flags, command) => ({
    subAccount: requireFlag(flags['sub-account'], '--sub-account', command),
    taskId: requireFlag(flags['task-id'], '--task-id', command),
});
/** A skill command about one batch task: `--sub-account` and `--task-id` checked, then `run` with the task. */
function taskCommand(spec) {
    return skillCommand({
        ...spec,
        run: (context, flags) => spec.run(context, taskRef(flags, spec.name), flags),
    });
}

;// CONCATENATED MODULE: ./src/cli/commands/batch-create.ts






// `batch-precheck` (local, streamed) and `batch-create` (precheck → upload → SetBatchTask, never consent).
const FILE_FLAG = {
    file: {
        type: 'string',
        required: true,
        value: 'FILE',
        description: 'The batch CSV: phone, then the template variables in order.',
        parse: flag_values_text,
    },
};
const PRECHECK_FLAGS = {
    ...FILE_FLAG,
    'template-param': {
        type: 'string',
        multiple: true,
        value: 'NAME',
        description: 'A template variable, in template order (repeat); none for a fixed text.',
    },
};
const batchPrecheckCommand = skillCommand({
    name: 'batch-precheck',
    summary: 'Check a batch CSV locally (header, numbers, duplicates, limits); sends nothing (skill 1.3).',
    description: [
        'Streams the file: the header must be phone and the --template-param names in order; every row a mainland',
        'mobile (+86 allowed) with no empty variable, no number twice, 1 to 1,000,000 rows, at most 50 MiB.',
        'Every defect is fatal; the first ones are named with their line.',
    ],
    flags: PRECHECK_FLAGS,
    examples: ['volc-sms batch-precheck --file numbers.csv --template-param version'],
    async run(context, flags) {
        const file = requireFlag(flags.file, '--file', 'batch-precheck');
        const variableNames = (flags['template-param'] ?? []).map((n) => n.trim()).filter((n) => n !== '');
        const check = await (0,core/* precheckBatchCsv */.cM)({ path: file }, { variableNames });
        if (!check.ok)
            return reportSkillFailure(context, 'batch-precheck', (0,core/* toGateFailure */.zq)((0,core/* precheckError */.ie)(check), 'check'));
        if (context.json)
            printSkillEnvelope(context, skillSuccess('batch-precheck', undefined, check.report));
        else
            batch_create_printReport(context, check.report);
        return EXIT.ok;
    },
});
function batch_create_printReport(context, r) {
    context.print(renderKeyValues([
        ['Columns', r.columns.join(', ')],
        [
            'Rows',
            `${r.totalCount} (valid ${r.validCount}, invalid ${r.invalidCount}, duplicates ${r.dupCount})`,
        ],
        ['Size', `${r.fileSize} bytes`],
        ['SHA-256', r.fileSha256],
    ]));
}
const CREATE_FLAGS = {
    ...FILE_FLAG,
    'sub-account': {
        type: 'string',
        required: true,
        value: 'ID',
        description: 'The message group.',
        parse: flag_values_text,
    },
    'task-name': {
        type: 'string',
        required: true,
        value: 'NAME',
        description: 'A name for the task.',
        parse: flag_values_text,
    },
    signature: {
        type: 'string',
        required: true,
        value: 'TEXT',
        description: 'An approved signature bound to the group.',
        parse: flag_values_text,
    },
    'template-id': {
        type: 'string',
        required: true,
        value: 'ID',
        description: 'An approved notification or marketing template.',
        parse: flag_values_text,
    },
    scheduled: { type: 'boolean', description: 'Send at --send-time instead of at once.' },
    'send-time': {
        type: 'string',
        value: 'TIME',
        description: 'With --scheduled: ISO 8601, Asia/Shanghai unless an offset is given, 08:00–21:30.',
    },
};
/** The next command, with every handoff value it needs (the detail does not return them, §1.3). */
function launchPreviewCommand(r) {
    return (`volc-sms batch-launch-preview --sub-account ${r.subAccount} --task-id ${r.taskId} --file-sha256 ${r.fileSha256} ` +
        `--total-count ${r.totalCount} --valid-count ${r.validCount} --invalid-count ${r.invalidCount} --dup-count ${r.dupCount}`);
}
const batchCreateCommand = skillCommand({
    name: 'batch-create',
    summary: 'Precheck, upload and create a batch task; never starts it (skill 1.3).',
    description: [
        'Checks the schedule, the group, signature and template (notification or marketing only), prechecks the',
        'file, uploads it and calls SetBatchTask. The task waits in state 2; start it with batch-launch-preview',
        `and batch-launch-submit after the user writes "${core/* CONSENT_PHRASE */.F3} <taskId>".`,
    ],
    flags: CREATE_FLAGS,
    examples: [
        "volc-sms batch-create --file numbers.csv --sub-account 7384ed01 --task-name 'v2.1 notice' \\\n    --signature VolcOps --template-id ST_0004",
    ],
    async run(context, flags) {
        const need = (value, flag) => requireFlag(value, flag, 'batch-create');
        const outcome = await (0,core/* createBatchTask */.aj)(context.client(), {
            file: need(flags.file, '--file'),
            subAccount: need(flags['sub-account'], '--sub-account'),
            taskName: need(flags['task-name'], '--task-name'),
            signature: need(flags.signature, '--signature'),
            templateId: need(flags['template-id'], '--template-id'),
            scheduled: flags.scheduled === true,
            sendTime: flags['send-time'],
        }, context.now());
        if (!outcome.ok)
            return reportSkillFailure(context, outcome.attempted ? 'SetBatchTask' : 'batch-create', outcome);
        const next = launchPreviewCommand(outcome.result);
        if (context.json) {
            printSkillEnvelope(context, skillSuccess('SetBatchTask', outcome.requestId, { ...outcome.result, next }));
            return EXIT.ok;
        }
        context.print(`Task ${outcome.result.taskId} created (state ${outcome.result.status ?? 'unknown'}); nothing is sent yet.`);
        batch_create_printReport(context, outcome.result);
        context.print(`Show the launch summary to the user with:\n  ${next}`);
        return EXIT.ok;
    },
});

;// CONCATENATED MODULE: ./src/cli/commands/batch-wait.ts






// `batch-wait` (this project's, beyond the skill): follows a launched task to a final state, then counts
// its receipts in the send log. Ctrl-C stops the waiting, never the task.
/** A duration flag (`5s`, `2m`) within bounds, as milliseconds. */
const durationFlag = (rules) => (raw) => {
    const checked = (0,core/* checkDuration */.fU)(String(Array.isArray(raw) ? raw.at(-1) : raw).trim(), rules);
    return checked.ok ? { value: checked.ms } : { problem: checked.problem };
};
const batch_wait_FLAGS = {
    ...TASK_FLAGS,
    'task-id': { ...TASK_FLAGS['task-id'], description: 'The launched task.' },
    interval: {
        type: 'string',
        value: 'DURATION',
        description: 'How often the task is read (default 5s, at least 1s).',
        parse: durationFlag({ minMs: 1000, maxMs: 600_000 }),
        default: 5000,
    },
    since: {
        type: 'string',
        value: 'DURATION',
        description: "An immediate task's messages are counted from this long ago (default 24h; a scheduled task's from its send time).",
        parse: durationFlag({ minMs: 60_000, maxMs: 7 * 86_400_000 }),
        default: 86_400_000,
    },
    'receipt-timeout': {
        type: 'string',
        value: 'DURATION',
        description: 'After the final state, how long to wait for the last receipts (default 2m; 0s: count once).',
        parse: durationFlag({ minMs: 0, maxMs: 72 * 3_600_000 }),
        default: 120_000,
    },
};
const sleep = (ms, signal) => new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
});
function progressLine(p) {
    return {
        event: 'progress',
        taskId: p.taskId,
        status: p.status,
        state: p.state ?? null,
        sentCount: p.sentCount ?? null,
        totalCount: p.totalCount ?? null,
        final: p.final,
    };
}
function label(p) {
    return `Task ${p.taskId} ${(0,core/* describeTaskStatus */.JZ)(p.status)}`;
}
function printSummary(context, p, receipts) {
    context.print(renderKeyValues([
        ['Task', `${p.taskId}: ${(0,core/* describeTaskStatus */.JZ)(p.status)}`],
        [
            'Messages in the send log',
            `${receipts.messages}${receipts.complete ? '' : ' (page limit reached; more exist)'}`,
        ],
        ['Delivered', receipts.delivered],
        [
            'Failed',
            `${receipts.failed}${receipts.failures.length ? ` (${receipts.failures.map((f) => `${f.code} ×${f.count}`).join(', ')})` : ''}`,
        ],
        ['Without a receipt yet', receipts.pending],
    ]));
}
const batchWaitCommand = taskCommand({
    name: 'batch-wait',
    summary: "Follow a launched batch task to its end, then count its receipts (this project's).",
    description: [
        'Reads the task every --interval until it is final (6 Done, 7 Canceled, 8 Failed, 9 Killed): a progress bar',
        'on a terminal, one JSON line per change in a pipe. Then counts the receipts in the send log (group,',
        "template and signature since the task's start; the send log has no task id), waiting up to",
        '--receipt-timeout for the last ones. Ctrl-C stops the waiting, never the task.',
    ],
    flags: batch_wait_FLAGS,
    examples: ['volc-sms batch-wait --sub-account 7384ed01 --task-id 90001'],
    async run(context, ref, flags) {
        const client = context.client();
        const stop = new AbortController();
        void context.io.waitForShutdown?.().then(() => stop.abort());
        // The bar's total is the task's, learnt from its first detail.
        let bar;
        const drawBar = (p) => {
            if (context.json || context.io.stderr.isTTY !== true || p.totalCount === undefined)
                return false;
            bar ??= new ProgressBar(context.io.stderr, p.totalCount, label(p));
            bar.set(p.final ? p.totalCount : (p.sentCount ?? 0), label(p));
            return true;
        };
        let followed;
        try {
            followed = await (0,core/* followBatchTask */.Xr)({
                client,
                now: () => context.now(),
                sleep,
                signal: stop.signal,
                onChange(p) {
                    if (context.json)
                        context.io.stdout.write(`${(0,core/* canonicalJson */.dj)(progressLine(p))}\n`);
                    else if (!drawBar(p))
                        context.note(`${label(p)}${p.sentCount === undefined ? '' : `: ${p.sentCount} of ${p.totalCount ?? '?'} sent`}`);
                },
            }, ref, { intervalMs: flags.interval, since: Math.floor(context.now() / 1000 - flags.since / 1000) });
        }
        finally {
            bar?.finish();
        }
        if (!followed.final) {
            context.note(`volc-sms: stopped waiting; task ${ref.taskId} goes on (${(0,core/* describeTaskStatus */.JZ)(followed.progress.status)}). Run batch-wait again to follow it.`);
            return EXIT.error;
        }
        const scope = {
            subAccount: ref.subAccount,
            templateId: followed.task.templateId ?? '',
            signature: followed.task.signature,
            sentAt: followed.startedAt,
        };
        const receipts = await (0,core/* waitForReceiptSummary */.J3)({ client, now: () => context.now(), sleep, signal: stop.signal }, scope, { pauseMs: flags.interval, timeoutMs: flags['receipt-timeout'] });
        const result = {
            ...progressLine(followed.progress),
            event: undefined,
            receipts,
            matchedBy: 'subAccount, templateId, signature and time',
        };
        if (context.json)
            printSkillEnvelope(context, skillSuccess('batch-wait', undefined, result));
        else
            printSummary(context, followed.progress, receipts);
        return EXIT.ok;
    },
});

;// CONCATENATED MODULE: ./src/cli/commands/batch-launch.ts







// `batch-launch-preview` / `batch-launch-submit` (ConsentBatchTask of a task in state 2, reference §4.4)
// and `batch-cancel` (DeleteBatchTask, §2.12).
const count = (what) => ({
    type: 'string',
    required: true,
    value: 'N',
    description: `${what} (from batch-create).`,
    parse: batchCount,
});
const LAUNCH_FLAGS = {
    ...TASK_FLAGS,
    'file-sha256': {
        type: 'string',
        required: true,
        value: 'HEX',
        description: "The file's SHA-256 (from batch-create).",
        parse: sha256Flag,
    },
    'total-count': {
        type: 'string',
        value: 'N',
        description: 'Rows in the file (from batch-create).',
        parse: batchCount,
    },
    'valid-count': count('Valid rows'),
    'invalid-count': count('Invalid rows'),
    'dup-count': count('Duplicate numbers'),
};
const [batchLaunchPreviewCommand, batchLaunchSubmitCommand] = gateCommands({
    name: 'batch-launch',
    action: core/* BATCH_LAUNCH_GATE */.j_.action,
    summary: {
        preview: 'Check a created batch task (state 2) and show its launch summary and digest; starts nothing (skill 1.3).',
        submit: `Start a previewed batch task once, after the user wrote "${core/* CONSENT_PHRASE */.F3} <taskId>" (skill 1.3).`,
    },
    description: {
        preview: [
            'Reads the task (it must be in state 2, Valid), re-checks group, signature and template, and prints the',
            'summary and the digest over the task, the handoff values and the template content. A task already',
            'started answers alreadyStarted.',
        ],
        submit: [
            `Takes the same flags, the digest and --authorization-text "${core/* CONSENT_PHRASE */.F3} <taskId>" exactly. Reads the`,
            'task again, refuses on any difference, and calls ConsentBatchTask once.',
        ],
    },
    flags: LAUNCH_FLAGS,
    submitFlags: {
        'authorization-text': {
            type: 'string',
            required: true,
            value: 'TEXT',
            description: `The user's words, exactly "${core/* CONSENT_PHRASE */.F3} <taskId>".`,
        },
    },
    example: '--sub-account 7384ed01 --task-id 90001 --file-sha256 HEX \\\n    --total-count 2 --valid-count 2 --invalid-count 0 --dup-count 0',
    request: (values, command) => ({
        ...taskRef(values, command),
        fileSha256: requiredValue(values['file-sha256'], '--file-sha256', command),
        totalCount: values['total-count'],
        validCount: requiredValue(values['valid-count'], '--valid-count', command),
        invalidCount: requiredValue(values['invalid-count'], '--invalid-count', command),
        dupCount: requiredValue(values['dup-count'], '--dup-count', command),
    }),
    authorization: (values) => ({ authorizationText: values['authorization-text'] }),
    preview: core/* previewBatchLaunch */.g4,
    submit: core/* submitBatchLaunch */.gz,
    previewLines: (s) => [
        ['Task', `${s.taskId} (${s.taskName})`],
        ['Message group', s.subAccount],
        ['Signature / template', `${s.signature} / ${s.templateId} (${s.channelType})`],
        [
            'Numbers',
            `${s.totalCount} (valid ${s.validCount}, invalid ${s.invalidCount}, duplicates ${s.dupCount})`,
        ],
        ['Send time', s.sendTime === 0 ? 'at once' : String(s.sendTime)],
    ],
    previewNote: (s) => `The user must answer exactly: ${core/* CONSENT_PHRASE */.F3} ${s.taskId}`,
    printSubmitted(context, submitted) {
        const result = submitted.result;
        context.print(result.alreadyStarted
            ? `Task ${String(result.taskId)} had already started (state ${String(result.status)}).`
            : `Task ${String(result.taskId)} started (request id ${submitted.requestId ?? '-'}); receipts pending. Follow it with: volc-sms batch-wait --sub-account ${String(result.subAccount ?? '')} --task-id ${String(result.taskId)}`);
    },
});
const batchCancelCommand = taskCommand({
    name: 'batch-cancel',
    summary: 'Cancel a batch task that has not started sending (skill 1.3).',
    description: [
        'Reads the task: already canceled answers alreadyCanceled; states 6–9 are refused; a scheduled task only',
        'while its send time is more than one minute ahead. Then DeleteBatchTask, once.',
    ],
    flags: TASK_FLAGS,
    examples: ['volc-sms batch-cancel --sub-account 7384ed01 --task-id 90001'],
    async run(context, ref) {
        const outcome = await (0,core/* cancelBatchTask */.Uf)(context.client(), ref, context.now());
        if (!outcome.ok)
            return reportSkillFailure(context, outcome.attempted ? 'DeleteBatchTask' : 'batch-cancel', outcome);
        if (context.json)
            printSkillEnvelope(context, skillSuccess(outcome.action, outcome.requestId, outcome.result));
        else {
            const r = outcome.result;
            context.print(r.alreadyCanceled
                ? `Task ${ref.taskId} was already canceled.`
                : r.reconciled
                    ? `Task ${ref.taskId} is canceled (found after a lost answer).`
                    : `Task ${ref.taskId} canceled (request id ${outcome.requestId ?? '-'}).`);
        }
        return EXIT.ok;
    },
});

;// CONCATENATED MODULE: ./src/cli/commands/send-sms.ts





const send_sms_NAME = 'send_sms';
async function collectMobiles(context, flags) {
    const listed = (flags.mobiles ?? []).flatMap(splitMobilesFlag);
    const fromFile = flags['mobiles-file'] === undefined
        ? []
        : await readMobilesFile(context.resolvePath(flags['mobiles-file']));
    const mobiles = [...listed, ...fromFile];
    if (mobiles.length === 0)
        requireFlag(undefined, '--mobiles', send_sms_NAME);
    return mobiles;
}
function send_sms_printPlan(context, input, plan, delivery) {
    const shown = maskList(plan.mobiles.slice(0, 20)).join(', ');
    const more = plan.mobiles.length > 20 ? `, … ${plan.mobiles.length - 20} more` : '';
    printDryRun(context, input, {
        lead: { Engine: delivery.engine, EngineReason: delivery.reason },
        fields: {
            TemplateParam: plan.templateParam ?? null,
            Mobiles: maskList(plan.mobiles),
            Duplicates: maskList(plan.duplicates),
            Requests: plan.chunks.length,
        },
        lines: [
            ['Template param', plan.templateParam],
            [
                'Numbers',
                `${plan.mobiles.length}${plan.duplicates.length ? ` (${plan.duplicates.length} duplicate(s) dropped)` : ''}`,
            ],
            ['Engine', delivery.reason],
            [
                'Requests',
                delivery.engine === 'batch'
                    ? 'none: one batch task'
                    : `${plan.chunks.length} (at most 200 numbers each)`,
            ],
            ['To', `${shown}${more}`],
        ],
    });
}
const send_sms_FLAGS = {
    ...SEND_TARGET_FLAGS,
    mobiles: {
        type: 'string',
        value: 'NUMBERS',
        multiple: true,
        description: 'Phone numbers, comma separated (repeatable).',
    },
    'mobiles-file': {
        type: 'string',
        value: 'FILE',
        description: 'More numbers: one per line, or CSV with a mobile column.',
        parse: flag_values_text,
    },
    'template-param': {
        type: 'string',
        value: 'JSON',
        description: 'Template variables as a JSON object of strings.',
    },
    account: {
        type: 'string',
        value: 'ID',
        description: 'Account id (old skill revisions; usually not needed).',
        parse: flag_values_text,
    },
    ...SEND_COURSE_FLAGS,
};
const sendSmsCommand = {
    name: send_sms_NAME,
    summary: 'Send a template SMS to one or more numbers (split into requests of 200).',
    description: [
        'Every number and the template parameters are checked before anything is sent; a bad number is named.',
        'Numbers: 11-digit mainland mobiles (with or without +86) or international E.164 (+6598620548).',
        'With --json or in a pipe: the response envelope; with more than 200 numbers, {"Recipients": [...],',
        '"Responses": [...]} (see docs/cli.md). Some numbers failing gives exit code 6.',
    ],
    group: 'api',
    flags: send_sms_FLAGS,
    examples: [
        `volc-sms send_sms --sub-account "7384ed01" --signature "火山引擎" --template-id "ST_0001" \\\n    --mobiles "13800000000" --template-param '{"code":"123456"}'`,
        'volc-sms send_sms --sub-account 7384ed01 --signature VolcOps --template-id ST_0004 \\\n    --mobiles-file numbers.csv --template-param \'{"version":"1.2.0"}\' --dry-run',
    ],
    async run(context, values) {
        const flags = parseFlagValues(send_sms_FLAGS, values, send_sms_NAME);
        return runSend(context, { name: send_sms_NAME, values, flags }, async () => {
            const input = {
                subAccount: requireFlag(flags['sub-account'], '--sub-account', send_sms_NAME),
                signature: requireFlag(flags.signature, '--signature', send_sms_NAME),
                templateId: requireFlag(flags['template-id'], '--template-id', send_sms_NAME),
                mobiles: await collectMobiles(context, flags),
                ...(flags['template-param'] === undefined ? {} : { templateParam: flags['template-param'] }),
                ...(flags.account === undefined ? {} : { account: flags.account }),
                ...checkedTag(context, flags.tag),
            };
            const plan = context.client().planSend(input);
            // One message for everyone: the same object on every row is encoded once.
            const params = plan.templateParam === undefined
                ? undefined
                : JSON.parse(plan.templateParam);
            return {
                target: input,
                count: plan.mobiles.length,
                printPlan: (delivery) => send_sms_printPlan(context, input, plan, delivery),
                recipients: () => plan.mobiles.map((mobile) => ({ mobile, params })),
                direct: { plan, request: { kind: 'sms', input } },
            };
        });
    },
};

;// CONCATENATED MODULE: ./src/cli/commands/slack.ts


const slack_NAME = 'slack';
/**
 * The Slack app reads everything from its environment. The CLI's global flags are folded in: --endpoint and
 * --api as VOLC_SMS_ENDPOINT / VOLC_SMS_API, and --env-file's variables under the real environment (which
 * wins), so SLACK_* tokens can live in the same file as the SMS credentials.
 */
function slackEnvironment(context) {
    let fromFile = {};
    if (context.global.envFile !== undefined) {
        const file = context.resolvePath(context.global.envFile);
        try {
            fromFile = (0,core/* parseEnvFile */.FO)((0,external_node_fs_.readFileSync)(file, 'utf8'));
        }
        catch (error) {
            throw new core/* SmsConfigError */.cw(`Cannot read the env file ${file}`, {
                cause: error,
                hint: 'Check the --env-file path.',
            });
        }
    }
    return {
        ...fromFile,
        ...context.env,
        ...(context.global.endpoint === undefined ? {} : { VOLC_SMS_ENDPOINT: context.global.endpoint }),
        ...(context.global.api === undefined ? {} : { VOLC_SMS_API: context.global.api }),
    };
}
const slackCommand = {
    name: slack_NAME,
    summary: 'Run the Slack app (/sms send, stats, log, schedule, audit) until Ctrl-C.',
    description: [
        'Configured by environment variables: SLACK_BOT_TOKEN, and SLACK_SIGNING_SECRET (HTTP mode on PORT)',
        'or SLACK_APP_TOKEN (Socket Mode); SMS_SLACK_CONFIG names the permissions file; SMS credentials as for',
        'every other command. See docs/slack.md.',
    ],
    group: 'tool',
    flags: {},
    examples: ['SLACK_BOT_TOKEN=xoxb-… SLACK_APP_TOKEN=xapp-… SMS_SLACK_CONFIG=slack.json volc-sms slack'],
    async run(context) {
        // Listen for Ctrl-C before anything starts: a signal that arrives during start-up still stops it cleanly.
        const shutdown = context.io.waitForShutdown?.() ?? Promise.resolve('no shutdown hook');
        // Loaded on demand: Bolt is large and no other command needs it.
        const { runSlackApp } = await Promise.all(/* import() */[__webpack_require__.e(514), __webpack_require__.e(972), __webpack_require__.e(688)]).then(__webpack_require__.bind(__webpack_require__, 67688));
        const app = await runSlackApp(slackEnvironment(context));
        context.note('Slack app running; press Ctrl-C to stop.');
        const signal = await shutdown;
        await app.stop();
        context.note(`Slack app stopped (${signal}).`);
        return 0;
    },
};

;// CONCATENATED MODULE: ./src/cli/commands/skill-batch-reads.ts






// Skill 1.3's batch reads (reference §4.2): one task's authoritative state, a group's tasks, and the
// sample CSV of a template. Launching and cancelling are gated commands of their own.
const skill_batch_reads_required = (value, description) => ({ type: 'string', required: true, value, description, parse: flag_values_text });
const optional = (value, description) => ({ type: 'string', value, description, parse: flag_values_text });
/** `2 (Valid)`; a status the reference does not name is shown as it is. */
const stateText = (status) => {
    const name = (0,core/* batchTaskStateName */._i)(status);
    return status === undefined ? undefined : name === undefined ? String(status) : `${status} (${name})`;
};
/** Unix seconds as a number, ISO 8601 as a string, 0 or empty for "immediately" (§2.9). */
function sendTimeText(task, zone) {
    const { sendTime } = task;
    if (sendTime === undefined || sendTime === null || sendTime === 0 || sendTime === '') {
        return task.scheduled ? undefined : 'immediately';
    }
    return typeof sendTime === 'number' ? formatTimeSeconds(sendTime, zone) : sendTime;
}
const batchDetailCommand = skillReadCommand({
    name: 'batch-detail',
    summary: "One batch task's authoritative state",
    description: [
        'The state to trust: a task in state 2 (Valid, awaiting consent) may be missing from batch-list.',
        'State 6 (Done) means processing finished, not that messages were delivered: the send log says that.',
    ],
    flags: {
        'sub-account': skill_batch_reads_required('ID', 'The message group the task belongs to.'),
        'task-id': skill_batch_reads_required('ID', 'The task id batch-create printed.'),
    },
    examples: ['volc-sms batch-detail --sub-account 7384ed01 --task-id 90001'],
    read: (client, flags, name) => client.getBatchTaskDetail({
        subAccount: requireFlag(flags['sub-account'], '--sub-account', name),
        taskId: requireFlag(flags['task-id'], '--task-id', name),
    }),
    show(context, task) {
        context.print(renderKeyValues([
            ['Task', task.taskId],
            ['Name', task.taskName],
            ['Sub account', task.subAccount],
            ['Status', stateText(task.status)],
            ['Signature', task.signature],
            ['Template', task.templateName ? `${task.templateId} (${task.templateName})` : task.templateId],
            ['Channel', task.channelType],
            ['Send time', sendTimeText(task, context.timeZone)],
            ['Numbers', task.totalCount],
            ['File key', task.fileUrl],
        ]));
        context.print(timesNote(context.timeZone, context.now()));
    },
});
const taskColumns = (zone) => [
    { header: 'Task', value: (t) => t.taskId },
    { header: 'Name', value: (t) => t.taskName, maxWidth: 30 },
    { header: 'Status', value: (t) => stateText(t.status) },
    { header: 'Template', value: (t) => t.templateId },
    { header: 'Signature', value: (t) => t.signature },
    { header: 'Numbers', value: (t) => t.totalCount },
    { header: 'Send time', value: (t) => sendTimeText(t, zone) },
];
const batchListCommand = skillReadCommand({
    name: 'batch-list',
    summary: "A message group's batch tasks",
    description: ['A task in state 2 (Valid) may be missing here: ask batch-detail for it by id.'],
    flags: {
        'sub-account': skill_batch_reads_required('ID', 'The message group.'),
        'task-name': optional('TEXT', 'Match on the task name.'),
        // Sent as typed (reference §4.2: batch-list passes --signature raw).
        signature: optional('TEXT', 'Only tasks of this signature (sent as typed).'),
        'template-id': optional('ID', 'Only tasks of this template.'),
        ...SKILL_PAGING_FLAGS,
    },
    examples: [
        'volc-sms batch-list --sub-account 7384ed01',
        'volc-sms batch-list --sub-account 7384ed01 --task-name aug',
    ],
    read: (client, flags, name) => client.getBatchTaskList({
        subAccount: requireFlag(flags['sub-account'], '--sub-account', name),
        taskName: flags['task-name'],
        signature: flags.signature,
        templateId: flags['template-id'],
        pageIndex: flags.page,
        pageSize: flags['page-size'],
    }),
    show(context, { list, total }, flags) {
        if (list.length > 0) {
            context.print(renderTable(taskColumns(context.timeZone), list));
            context.print(timesNote(context.timeZone, context.now()));
        }
        context.print(pagingFooter(list.length, total ?? list.length, flags.page, flags['page-size'], 'tasks'));
    },
});
// §2.7: sample phones in the CSV are masked as everywhere (so the sample cannot be uploaded by mistake),
// and the envelope's copy is cut at 1,024 characters as the skill's output is.
const MAX_VALUE = 1024;
const maskedCsv = (demo) => (0,core/* maskPhonesInText */.qC)(demo.value ?? '');
const cut = (value) => (value.length > MAX_VALUE ? `${value.slice(0, MAX_VALUE - 3)}...` : value);
async function writeCsv(context, file, csv) {
    const target = context.resolvePath(file);
    try {
        // Never over an existing file: it may be the filled-in list this sample was fetched for.
        await (0,promises_.writeFile)(target, csv, { flag: 'wx' });
    }
    catch (error) {
        const code = error.code;
        const message = code === 'EEXIST'
            ? `--output ${file} exists; name a new file or remove it first`
            : `--output ${file} cannot be written (${code ?? 'error'})`;
        throw new core/* SmsInputError */.E$(message, [{ field: '--output', message }]);
    }
    return target;
}
const batchTemplateDemoCommand = skillReadCommand({
    name: 'batch-template-demo',
    summary: "A template's sample batch CSV (header: phone, then its variables)",
    description: [
        '--output FILE writes the CSV to a new file; --output - prints the CSV itself on stdout.',
        'Sample numbers in it are masked (138****0000), as in every output.',
    ],
    flags: {
        'sub-account': skill_batch_reads_required('ID', 'The message group.'),
        'template-id': skill_batch_reads_required('ID', 'A notification or marketing template of the group.'),
        'force-update': { type: 'boolean', description: 'Ask the service to rebuild the sample.' },
        output: optional('FILE', 'Write the CSV to FILE (a new file), or "-" for stdout.'),
    },
    examples: [
        'volc-sms batch-template-demo --sub-account 7384ed01 --template-id ST_0002 --output recipients.csv',
    ],
    read: (client, flags, name) => client.templateUploadDemo({
        subAccount: requireFlag(flags['sub-account'], '--sub-account', name),
        templateId: requireFlag(flags['template-id'], '--template-id', name),
        forceUpdate: flags['force-update'] === true,
    }),
    async deliver(context, demo, flags) {
        if (flags.output === '-') {
            context.io.stdout.write(maskedCsv(demo));
            return true;
        }
        if (flags.output !== undefined)
            await writeCsv(context, flags.output, maskedCsv(demo));
        return false;
    },
    envelope: (demo, flags) => flags.output === undefined
        ? { ...demo, value: cut(maskedCsv(demo)) }
        : { fileName: demo.fileName, contentType: demo.contentType, size: demo.size, output: flags.output },
    show(context, demo, flags) {
        context.print(renderKeyValues([
            ['File name', demo.fileName],
            ['Content type', demo.contentType],
            ['Size', demo.size === undefined ? undefined : `${demo.size} bytes`],
            ...(flags.output === undefined ? [] : [['Written to', flags.output]]),
        ]));
        if (flags.output === undefined)
            context.print(maskedCsv(demo));
    },
});

;// CONCATENATED MODULE: ./src/cli/commands/skill-match-template.ts




/** The text as typed: compared exactly, so it is neither trimmed nor normalised (only refused when empty). */
const exactText = (raw) => {
    const value = Array.isArray(raw) ? (raw.at(-1) ?? '') : String(raw);
    return value.trim() === '' ? { problem: 'must not be empty' } : { value };
};
const skill_match_template_required = (value, description, parse) => ({ type: 'string', required: true, value, description, parse });
const CLASSIFICATION_TEXT = {
    none: 'No approved template has exactly this text.',
    single: 'One approved template has exactly this text.',
    ambiguous: 'Several approved templates have exactly this text: ask which one is meant.',
};
const matchTemplateCommand = skillReadCommand({
    name: 'match-template',
    summary: 'Find the approved template whose text is exactly this (none, single or ambiguous)',
    description: [
        'Compares byte for byte with the content of each approved (3/5) template of the group, signature and',
        'channel, without its 【signature】 prefix; candidates sorted by id, content as length + SHA-256.',
    ],
    flags: {
        content: skill_match_template_required('TEXT', 'The message text, without the signature (compared exactly).', exactText),
        signature: skill_match_template_required('TEXT', 'The signature (one outer 【】 or [] removed).', signatureText),
        'sub-account': skill_match_template_required('ID', 'The message group.', flag_values_text),
        'channel-type': skill_match_template_required('TYPE', 'CN_OTP, CN_NTC or CN_MKT.', channelType),
    },
    examples: [
        "volc-sms match-template --sub-account 7384ed01 --signature VolcOps --channel-type CN_NTC --content '部署已完成，版本${version}。'",
    ],
    async read(client, flags, name) {
        const match = await (0,core/* matchTemplate */.eg)(client, {
            content: flags.content ?? requireFlag(undefined, '--content', name),
            signature: requireFlag(flags.signature, '--signature', name),
            subAccount: requireFlag(flags['sub-account'], '--sub-account', name),
            // requireFlag throws when the flag is missing.
            channelType: flags['channel-type'] ?? requireFlag(undefined, '--channel-type', name),
        });
        if (!match.ok)
            return match;
        return { result: { classification: match.classification, candidates: match.candidates } };
    },
    show(context, { classification, candidates }) {
        if (candidates.length > 0) {
            context.print(renderTable([
                { header: 'Template', value: (c) => c.templateId },
                { header: 'Variables', value: (c) => c.variableNames.join(', ') },
                { header: 'Length', value: (c) => c.contentLength },
                { header: 'Content SHA-256', value: (c) => c.contentSha256 },
            ], candidates));
        }
        context.print(`${classification}: ${CLASSIFICATION_TEXT[classification]}`);
    },
});

;// CONCATENATED MODULE: ./src/cli/commands/skill-reads.ts











// Skill 1.3's reads of message groups, signatures, templates and one message's status (reference §4.2),
// each a declaration over a typed core method.
const subAccount = (description) => ({ type: 'string', required: true, value: 'ID', description, parse: flag_values_text });
const repeatable = (value, description) => ({ type: 'string', value, multiple: true, description, parse: commaList });
const nonEmpty = (list) => (list && list.length > 0 ? list : undefined);
const listMessageGroupsCommand = skillReadCommand({
    name: 'list-message-groups',
    summary: 'List the message groups you can send from',
    flags: {
        name: { type: 'string', value: 'TEXT', description: 'Fuzzy match on the group name.', parse: flag_values_text },
    },
    examples: ['volc-sms list-message-groups', 'volc-sms list-message-groups --name Ops'],
    read: (client, flags) => client.listSubAccounts({ subAccountName: flags.name }),
    show(context, { List: groups, Total: total }) {
        if (groups.length > 0) {
            context.print(renderTable(subAccountColumns(context.timeZone), groups));
            context.print(timesNote(context.timeZone, context.now()));
        }
        context.print(`${total || groups.length} message group(s).`);
    },
});
const messageGroupDetailCommand = skillReadCommand({
    name: 'message-group-detail',
    summary: "Show a message group's status and its channel → industry map",
    flags: { 'sub-account': subAccount('The message group (sub-account) id.') },
    examples: ['volc-sms message-group-detail --sub-account 7384ed01'],
    read: (client, flags, name) => client.getSubAccountDetail({ subAccount: requireFlag(flags['sub-account'], '--sub-account', name) }),
    show(context, detail) {
        context.print(renderKeyValues([
            ['Sub account', detail.subAccountId],
            ['Name', detail.subAccountName],
            [
                'Status',
                detail.status === undefined
                    ? undefined
                    : `${detail.status}${detail.status === 1 ? ' (usable)' : ''}`,
            ],
            ...detail.channelTypeToIndustryConfig.map((c) => [`Channel ${c.channelType ?? '?'}`, c.industryCn ?? c.industry]),
        ]));
    },
});
const positive = wholeNumber(1, Number.MAX_SAFE_INTEGER);
/** A repeatable whole-number flag (`--status 3 --status 5`, or `3,5`). */
const wholeNumbers = (raw) => {
    const numbers = [];
    const items = commaList(raw);
    if ('problem' in items)
        return items;
    for (const item of items.value) {
        const parsed = wholeNumber(0, Number.MAX_SAFE_INTEGER)(item);
        if ('problem' in parsed)
            return parsed;
        numbers.push(parsed.value);
    }
    return { value: numbers };
};
const listQualificationsCommand = skillReadCommand({
    name: 'list-qualifications',
    summary: 'List the qualifications a signature application can name',
    flags: {
        id: { type: 'string', value: 'N', description: 'One qualification by its id.', parse: positive },
        'material-name': {
            type: 'string',
            value: 'TEXT',
            description: 'Match on the material name.',
            parse: flag_values_text,
        },
        status: {
            type: 'string',
            value: 'N',
            multiple: true,
            description: 'Audit status (repeatable).',
            parse: wholeNumbers,
        },
        ...SKILL_PAGING_FLAGS,
    },
    examples: ['volc-sms list-qualifications --status 3'],
    read: (client, flags) => client.getSignatureIdentificationList({
        id: flags.id,
        materialName: flags['material-name'],
        status: nonEmpty(flags.status),
        pageIndex: flags.page,
        pageSize: flags['page-size'],
    }),
    show(context, { list, total }, flags) {
        if (list.length > 0) {
            context.print(renderTable([
                { header: 'Id', value: (q) => (q.id === undefined ? undefined : String(q.id)) },
                { header: 'Material', value: (q) => q.materialName },
                { header: 'Business', value: (q) => q.businessCertificateName },
                {
                    header: 'Audit status',
                    value: (q) => (q.auditStatus === undefined ? undefined : String(q.auditStatus)),
                },
                { header: 'Usable', value: (q) => (q.usable === undefined ? undefined : String(q.usable)) },
            ], list));
        }
        context.print(pagingFooter(list.length, total ?? list.length, flags.page, flags['page-size'], 'qualifications'));
    },
});
const listSignaturesCommand = skillReadCommand({
    name: 'list-signatures',
    summary: 'List signatures and the message groups they are bound to',
    flags: {
        signature: {
            type: 'string',
            value: 'TEXT',
            description: 'Match on the signature (one outer 【】 or [] removed).',
            parse: signatureText,
        },
        'sub-account': repeatable('ID', 'Only signatures bound to this group (repeatable).'),
        ...SKILL_PAGING_FLAGS,
    },
    examples: ['volc-sms list-signatures --sub-account 7384ed01'],
    read: (client, flags) => client.listSignatures({
        signature: flags.signature,
        subAccounts: nonEmpty(flags['sub-account']),
        ...pageOf(flags),
    }),
    show: showPage(() => SIGNATURE_COLUMNS, 'signatures'),
});
/** §5.1: a template's content is shown as its length and SHA-256, never as text. */
function templateDigest({ Content, ...template }) {
    const content = Content ?? '';
    return { ...template, ContentLength: [...content].length, ContentSha256: (0,core/* sha256Hex */.fg)(content) };
}
const listTemplatesCommand = skillReadCommand({
    name: 'list-templates',
    summary: 'List templates, their variables and signatures (content as length + SHA-256)',
    flags: {
        'template-id': {
            type: 'string',
            value: 'ID',
            description: 'Fuzzy match on the template id.',
            parse: flag_values_text,
        },
        'sub-account': repeatable('ID', 'Only templates of this group (repeatable).'),
        signature: {
            ...repeatable('NAME', 'Only templates usable with this signature (repeatable; one outer 【】 or [] removed).'),
            parse: signatureList,
        },
        ...SKILL_PAGING_FLAGS,
    },
    examples: ['volc-sms list-templates --sub-account 7384ed01 --signature VolcOps'],
    read: (client, flags) => client.listTemplates({
        templateId: flags['template-id'],
        subAccounts: nonEmpty(flags['sub-account']),
        signatures: nonEmpty(flags.signature),
        ...pageOf(flags),
    }),
    envelope: (result) => ({ ...result, List: result.List.map(templateDigest) }),
    show: showPage(() => [...TEMPLATE_COLUMNS, { header: 'Length', value: (t) => templateDigest(t).ContentLength }], 'templates'),
});
const maskedEntry = (entry) => ({ ...entry, Mobile: maskedMobile(entry.Mobile) });
const sendStatusCommand = skillReadCommand({
    name: 'send-status',
    summary: "One message's delivery status (no time window)",
    flags: {
        'sub-account': subAccount('The message group the message was sent from.'),
        'message-id': {
            type: 'string',
            required: true,
            value: 'ID',
            description: 'The id send-submit printed.',
            parse: flag_values_text,
        },
        ...SKILL_PAGING_FLAGS,
        all: { ...EXPORT_FLAGS.all, description: "Every page of the message's records, streamed as --format." },
        format: EXPORT_FLAGS.format,
        rate: EXPORT_FLAGS.rate,
    },
    examples: [
        'volc-sms send-status --sub-account 7384ed01 --message-id MSG_ID',
        'volc-sms send-status --sub-account 7384ed01 --message-id MSG_ID --all --format csv',
    ],
    stream(context, flags, values) {
        checkExportFlags('send-status', values, flags.all === true, ['page']);
        if (flags.all !== true)
            return undefined;
        const query = {
            subAccount: requireFlag(flags['sub-account'], '--sub-account', 'send-status'),
            messageId: requireFlag(flags['message-id'], '--message-id', 'send-status'),
            pageSize: flags['page-size'],
        };
        return exportSendLog(context, {
            pages: messagePages(context.client(), query),
            rows: SEND_LOG_ROWS,
            format: flags.format ?? 'ndjson',
            rate: flags.rate,
        });
    },
    read: (client, flags, name) => client.listSendLogs({
        subAccount: requireFlag(flags['sub-account'], '--sub-account', name),
        messageId: requireFlag(flags['message-id'], '--message-id', name),
        ...pageOf(flags),
    }),
    envelope: (result) => ({ ...result, List: result.List.map(maskedEntry) }),
    show: showPage((context) => sendLogColumns(context.timeZone), 'log entries', true),
});

;// CONCATENATED MODULE: ./src/cli/commands/verify-code.ts






// The classic verification-code pair (SendSmsVerifyCode / CheckSmsVerifyCode, 2020-01-01): the service
// generates the code, sends it and checks it. Same actions whatever --api says: the agent API has none.
/** The code lengths the service makes. */
const codeLength = (raw) => {
    const parsed = wholeNumber(4, 8)(raw);
    if ('problem' in parsed)
        return parsed;
    const { value } = parsed;
    return value === 4 || value === 6 || value === 8 ? { value } : { problem: 'must be 4, 6 or 8' };
};
const KEY_FLAGS = {
    'sub-account': SEND_TARGET_FLAGS['sub-account'],
    mobile: {
        type: 'string',
        required: true,
        value: 'NUMBER',
        description: 'One phone number: 11-digit mainland (+86 optional) or E.164.',
        parse: flag_values_text,
    },
    scene: {
        type: 'string',
        required: true,
        value: 'TEXT',
        description: 'What the code is for (e.g. 注册验证码); the check must name the same scene.',
        parse: flag_values_text,
    },
};
const SEND_FLAGS = {
    ...KEY_FLAGS,
    signature: SEND_TARGET_FLAGS.signature,
    'template-id': {
        type: 'string',
        required: true,
        value: 'ID',
        description: 'Approved CN_OTP template whose only variable is ${code} (list_sms_template).',
        parse: flag_values_text,
    },
    'code-type': {
        type: 'string',
        value: '4|6|8',
        description: 'Digits in the code (default 6).',
        parse: codeLength,
    },
    'expire-time': {
        type: 'string',
        value: 'SECONDS',
        description: 'How long the code is valid, 180–1800 s (default 180).',
        parse: wholeNumber(180, 1800),
    },
    'try-count': {
        type: 'string',
        value: 'N',
        description: 'How many checks the code allows, 1–10 (default 3).',
        parse: wholeNumber(1, 10),
    },
    tag: {
        type: 'string',
        value: 'TEXT',
        description: 'Up to 512 characters, echoed in the receipt.',
        parse: textUpTo(512),
    },
};
const sendVerifyCodeCommand = classicCommand({
    name: 'send_verify_code',
    summary: 'Have the service generate a verification code and send it to one number.',
    description: [
        'The code is never shown: the service keeps it and check_verify_code checks what the user typed.',
        'Classic SendSmsVerifyCode (2020-01-01), whatever --api says. Sent at most once: if the answer is lost',
        '(exit 5), look the number up with list_sms_send_log before sending another code.',
    ],
    flags: SEND_FLAGS,
    examples: [
        'volc-sms send_verify_code --sub-account 7384ed01 --signature 火山引擎 --template-id ST_0001 \\\n    --mobile 13800000000 --scene 注册验证码',
    ],
    read(client, flags) {
        const codeType = flags['code-type'];
        return client.sendSmsVerifyCode({
            ...keyOf(flags, 'send_verify_code'),
            signature: requireFlag(flags.signature, '--signature', 'send_verify_code'),
            templateId: requireFlag(flags['template-id'], '--template-id', 'send_verify_code'),
            ...(codeType === undefined ? {} : { codeType }),
            ...(flags['expire-time'] === undefined ? {} : { expireTime: flags['expire-time'] }),
            ...(flags['try-count'] === undefined ? {} : { tryCount: flags['try-count'] }),
            ...(flags.tag === undefined ? {} : { tag: flags.tag }),
        });
    },
    show(context, result, flags, response) {
        context.print(renderKeyValues([
            ['Sent to', (0,core/* maskPhone */.Xu)(flags.mobile ?? '')],
            ['Scene', flags.scene],
            ['Message id', result.MessageIds[0]],
            ['Request id', response.requestId],
        ]));
    },
});
/** The three fields that name a code, for both the send and the check. */
const keyOf = (flags, command) => ({
    subAccount: requireFlag(flags['sub-account'], '--sub-account', command),
    mobile: requireFlag(flags.mobile, '--mobile', command),
    scene: requireFlag(flags.scene, '--scene', command),
});
const CHECK_FLAGS = {
    ...KEY_FLAGS,
    code: {
        type: 'string',
        required: true,
        value: 'DIGITS',
        description: 'The code the user typed.',
        parse: flag_values_text,
    },
};
const checkVerifyCodeCommand = classicCommand({
    name: 'check_verify_code',
    summary: 'Check a verification code the user typed: valid (exit 0), wrong or expired (exit 1).',
    description: [
        "Classic CheckSmsVerifyCode (2020-01-01). Each check uses up one of the code's tries; once they are",
        'used up, or the code has expired, the answer is "expired".',
    ],
    flags: CHECK_FLAGS,
    examples: [
        'volc-sms check_verify_code --sub-account 7384ed01 --mobile 13800000000 --scene 注册验证码 --code 123456',
    ],
    read: (client, flags) => client.checkSmsVerifyCode({
        ...keyOf(flags, 'check_verify_code'),
        code: requireFlag(flags.code, '--code', 'check_verify_code'),
    }),
    show: (context, { verdict }) => context.print(verdict === 'valid'
        ? 'valid: the code is right.'
        : verdict === 'wrong'
            ? 'wrong: the code does not match.'
            : 'expired: the code has expired or its tries are used up; send a new one.'),
    exit: ({ verdict }) => (verdict === 'valid' ? EXIT.ok : EXIT.error),
});

;// CONCATENATED MODULE: ./src/cli/commands/index.ts






















/** The skill's six commands in the order of its document, the batch send (issue 6), then the tools. */
const COMMANDS = [
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
function findCommand(name) {
    return COMMANDS.find((command) => command.name === name);
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/cli/context.ts



/**
 * What a command gets: output helpers that respect the output mode, and a client created on first use
 * (so `--help`, `--dry-run` input errors and `sandbox` never need credentials).
 */
class CommandContext {
    io;
    env;
    global;
    /** JSON on stdout: asked for with --json, or stdout is a pipe (agents, scripts). */
    json;
    resolved;
    zone;
    smsClient;
    listeners = new Set();
    constructor(io, env, global) {
        this.io = io;
        this.env = env;
        this.global = global;
        this.json = global.json || io.stdout.isTTY !== true;
    }
    now() {
        return this.io.now?.() ?? Date.now();
    }
    /** The zone times are shown and typed in: VOLC_SMS_TZ, else Asia/Shanghai like the API's days. */
    get timeZone() {
        this.zone ??= (0,core/* timeZoneFrom */.Uo)(this.env);
        return this.zone;
    }
    /** Human output on stdout (tables, summaries). */
    print(text) {
        this.io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    }
    /** Exactly as the skill's script prints: indented by 2, non-ASCII characters as they are. */
    printJson(value) {
        this.io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
    }
    /** Notes and progress on stderr, so stdout stays parseable in JSON mode. */
    note(text) {
        this.io.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
    }
    resolvePath(file) {
        return external_node_path_default().resolve(this.io.cwd, file);
    }
    config() {
        this.resolved ??= (0,core/* resolveClientConfig */.mx)({
            env: this.env,
            envFile: this.global.envFile === undefined ? undefined : this.resolvePath(this.global.envFile),
            endpoint: this.global.endpoint,
            api: this.global.api,
            homeDir: this.env.HOME ?? this.env.USERPROFILE,
        });
        return this.resolved;
    }
    client() {
        if (this.smsClient === undefined) {
            const { options } = this.config();
            this.smsClient = (0,core/* createSmsClient */.H7)({
                ...options,
                ...(this.global.timeoutMs === undefined ? {} : { timeoutMs: this.global.timeoutMs }),
                userAgent: `volc-sms-cli/${CLI_VERSION}`,
                onAttempt: (event) => {
                    for (const listener of this.listeners)
                        listener(event);
                },
            });
            if (this.global.verbose)
                this.onAttempt((event) => this.note(describeAttempt(event)));
        }
        return this.smsClient;
    }
    /** Subscribes to the client's attempt events (verbose log, progress bar); returns the unsubscribe. */
    onAttempt(listener) {
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
    }
    async close() {
        await this.smsClient?.close();
    }
}
/** One stderr line per attempt. The core already redacts the URL; nothing else here can hold a secret. */
function describeAttempt(event) {
    const outcome = event.status === undefined ? (event.error ?? 'no answer') : `HTTP ${event.status}`;
    const details = [
        `attempt ${event.attempt}`,
        `${event.durationMs} ms`,
        ...(event.requestId ? [`request id ${event.requestId}`] : []),
        ...(event.status !== undefined && event.error ? [event.error] : []),
        ...(event.retryInMs === undefined ? [] : [`retrying in ${event.retryInMs} ms`]),
    ];
    return `volc-sms: ${event.method} ${event.url} → ${outcome} (${details.join(', ')})`;
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/cli/suggest.ts
/**
 * "Did you mean" for mistyped commands and flags: the closest known name by edit distance, when it is
 * close enough to be the one meant. `-` and `_` count as the same (the skill's names use `_`, people type
 * `list-sms-send-log`).
 */
/** Levenshtein distance with adjacent swaps counting once (`sned` → `send`). */
function distance(a, b) {
    const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j += 1)
        rows[0][j] = j;
    for (let i = 1; i <= a.length; i += 1) {
        const row = rows[i];
        const above = rows[i - 1];
        for (let j = 1; j <= b.length; j += 1) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            row[j] = Math.min(above[j] + 1, row[j - 1] + 1, above[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                row[j] = Math.min(row[j], rows[i - 2][j - 2] + 1);
            }
        }
    }
    return rows[a.length][b.length];
}
const fold = (name) => name.toLowerCase().replaceAll('-', '_');
/** The known name closest to `typed`, or undefined when none is within a third of its length. */
function closestName(typed, known) {
    const target = fold(typed);
    let best;
    for (const name of known) {
        const score = distance(target, fold(name));
        if (best === undefined || score < best.score)
            best = { name, score };
    }
    if (best === undefined)
        return undefined;
    return best.score <= Math.max(1, Math.floor(best.name.length / 3)) ? best.name : undefined;
}

;// CONCATENATED MODULE: ./src/cli/flags.ts



/** Accepted by every command, before or after the command name. Never a flag for a secret. */
const GLOBAL_FLAGS = {
    'env-file': {
        type: 'string',
        value: 'FILE',
        description: 'Read credentials from FILE when the environment has none (default ~/.openclaw/.env).',
    },
    endpoint: { type: 'string', value: 'URL', description: 'API base URL (default from VOLC_SMS_ENDPOINT).' },
    api: {
        type: 'string',
        value: 'agent|classic',
        description: 'API dialect (default from VOLC_SMS_API: agent).',
    },
    json: {
        type: 'boolean',
        description: 'Print the JSON response (the default when stdout is not a terminal).',
    },
    verbose: { type: 'boolean', description: 'Print each HTTP attempt to stderr (no secrets).' },
    timeout: {
        type: 'string',
        value: 'SECONDS',
        description: 'Per-request timeout, 100ms to 10m (e.g. 30, 30s, 500ms, 2m).',
    },
    debug: { type: 'boolean', description: 'Print stack traces of unexpected errors (also VOLC_SMS_DEBUG=1).' },
    help: { type: 'boolean', short: 'h', description: 'Show help.' },
};
/** Global flags that consume the next token, so the command name can be found before parsing. */
const GLOBAL_VALUE_FLAGS = new Set(Object.entries(GLOBAL_FLAGS)
    .filter(([, spec]) => spec.type === 'string')
    .map(([name]) => `--${name}`));
/** Finds the command: the first token that is neither a flag nor the value of a global flag. */
function splitCommand(argv) {
    for (let index = 0; index < argv.length; index += 1) {
        const token = argv[index] ?? '';
        if (token === '--')
            break;
        if (!token.startsWith('-')) {
            return { command: token, rest: [...argv.slice(0, index), ...argv.slice(index + 1)] };
        }
        if (GLOBAL_VALUE_FLAGS.has(token))
            index += 1;
    }
    return { command: undefined, rest: [...argv] };
}
function helpHint(command) {
    return command === undefined ? 'Run "volc-sms --help".' : `Run "volc-sms ${command} --help" for its flags.`;
}
/**
 * Parses `args` strictly against the command's flags plus the global ones. node:util's errors become an
 * SmsInputError that names the flag and points at the command's help.
 */
function parseFlags(args, specs, command) {
    const all = { ...GLOBAL_FLAGS, ...specs };
    const options = Object.fromEntries(Object.entries(all).map(([name, spec]) => [
        name,
        {
            type: spec.type,
            ...(spec.multiple ? { multiple: true } : {}),
            ...(spec.short === undefined ? {} : { short: spec.short }),
        },
    ]));
    try {
        return (0,external_node_util_.parseArgs)({ args: [...args], options, strict: true, allowPositionals: false })
            .values;
    }
    catch (error) {
        throw toInputError(error, command, Object.keys(all));
    }
}
function toInputError(error, command, known) {
    const code = error.code;
    const message = error instanceof Error ? error.message : String(error);
    const flag = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? '';
    const where = command === undefined ? '' : ` for ${command}`;
    let text;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
        const meant = flag.startsWith('--') ? closestName(flag.slice(2), known) : undefined;
        text = `Unknown flag ${flag}${where}${meant === undefined ? '' : `: did you mean --${meant}?`}`;
    }
    else if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
        const argument = /'([^']*)'/.exec(message)?.[1] ?? '';
        text = `Unexpected argument "${argument}"${where}; values go after their flag (--flag value)`;
    }
    else if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /argument missing/.test(message)) {
        text = `Flag ${flag} needs a value`;
    }
    else if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /ambiguous/.test(message)) {
        text = `The value of ${flag} starts with "-"; write it as ${flag}=VALUE`;
    }
    else if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
        text = `Flag ${flag} does not take a value`;
    }
    else
        text = message.split('\n')[0] ?? message;
    return new core/* SmsInputError */.E$(text, [{ field: flag || 'arguments', message: text }], {
        hint: helpHint(command),
    });
}

;// CONCATENATED MODULE: ./src/cli/exit-code-help.ts

/** The exit-code table as printed by `volc-sms --help` (docs/cli.md has the same table). */
const EXIT_CODE_HELP = [
    `  ${EXIT.ok}  success`,
    `  ${EXIT.error}  API error, or nothing usable (doctor)`,
    `  ${EXIT.usage}  bad command, flag or input (names the flag or the number)`,
    `  ${EXIT.config}  credentials missing or rejected, bad endpoint or env file`,
    `  ${EXIT.network}  no answer: connection failed or timed out`,
    `  ${EXIT.outcomeUnknown}  a send may or may not have happened: check the send log before resending`,
    `  ${EXIT.partial}  partial failure: some numbers were sent, others were not`,
    `  ${EXIT.throttled}  throttled (HTTP 429): wait and retry`,
];

;// CONCATENATED MODULE: ./src/cli/help.ts



function flagLabel(name, spec) {
    const short = spec.short === undefined ? '' : `-${spec.short}, `;
    return `${short}--${name}${spec.value === undefined ? '' : ` ${spec.value}`}`;
}
function flagLines(flags) {
    const labels = flags.map(([name, spec]) => flagLabel(name, spec));
    const width = Math.max(0, ...labels.map(displayWidth));
    return flags.map(([, spec], index) => `  ${padToWidth(labels[index] ?? '', width)}  ${spec.description}`);
}
const VERSION_FLAG = { type: 'boolean', description: 'Print the version (volc-sms --version).' };
const USAGE_WIDTH = 100;
/** `Usage: volc-sms cmd --a A [--b B] …` wrapped under the command name, so long usages stay readable. */
function wrapWords(head, words) {
    const lines = [];
    let line = head;
    for (const word of words) {
        if (displayWidth(line) + 1 + displayWidth(word) > USAGE_WIDTH && line.trim() !== '') {
            lines.push(line);
            line = ' '.repeat(head.length);
        }
        line += ` ${word}`;
    }
    return [...lines, line];
}
function section(title, lines) {
    return lines.length === 0 ? [] : ['', `${title}:`, ...lines];
}
function renderCommandHelp(command) {
    const entries = Object.entries(command.flags);
    const own = entries.filter(([, spec]) => !spec.alias);
    const aliases = entries.filter(([, spec]) => spec.alias);
    const usage = [
        ...own.filter(([, spec]) => spec.required).map(([name, spec]) => flagLabel(name, spec)),
        ...own.filter(([, spec]) => !spec.required).map(([name, spec]) => `[${flagLabel(name, spec)}]`),
    ];
    return ([
        `volc-sms ${command.name}: ${command.summary}`,
        '',
        ...wrapWords(`Usage: volc-sms ${command.name}`, usage),
        ...(command.description === undefined ? [] : ['', ...command.description]),
        ...section('Flags', flagLines(own)),
        ...section("Also accepted (the skill document's wording)", flagLines(aliases)),
        ...section('Global flags', flagLines(Object.entries(GLOBAL_FLAGS))),
        ...section('Examples', command.examples.map((example) => `  ${example}`)),
    ].join('\n') + '\n');
}
function renderMainHelp(commands) {
    const width = Math.max(...commands.map((command) => command.name.length));
    const list = (group) => commands
        .filter((command) => command.group === group)
        .map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
    return ([
        'volc-sms: Volcengine SMS from the terminal. The six commands of the byted-sms-sender skill, with the',
        'same flags, plus a doctor and a local sandbox.',
        '',
        'Usage: volc-sms <command> [flags]',
        ...section('Commands (the skill script’s actions)', list('api')),
        ...section('Tools', list('tool')),
        ...section('Global flags', flagLines([...Object.entries(GLOBAL_FLAGS), ['version', VERSION_FLAG]])),
        ...section('Credentials (never a flag)', [
            '  ARK_SKILL_API_KEY + ARK_SKILL_API_BASE             gateway key (the skill’s environment), or',
            '  VOLCENGINE_ACCESS_KEY + VOLCENGINE_SECRET_KEY      AK/SK (also VOLC_ACCESSKEY / VOLC_SECRETKEY),',
            '  read from the environment, else from --env-file or ~/.openclaw/.env.',
            '  VOLC_SMS_ENDPOINT overrides the API URL (e.g. a local `volc-sms sandbox`).',
        ]),
        ...section('Output', [
            '  On a terminal: tables, phone numbers masked. With --json or in a pipe: the JSON response as the',
            '  skill prints it. Errors: one line with a hint and the request id on stderr, non-zero exit code.',
        ]),
        ...section('Exit codes', EXIT_CODE_HELP),
        '',
        'Run "volc-sms <command> --help" for its flags and an example. Start with "volc-sms doctor".',
    ].join('\n') + '\n');
}

;// CONCATENATED MODULE: ./src/cli/output/envelope.ts

/**
 * The response envelope behind an API error, for JSON mode (the skill's callers read the envelope, error
 * or not). The server's own envelope when the error carries it (`raw`); otherwise one rebuilt from what the
 * error kept: request id, code and the server's message. Undefined when the server never answered.
 */
function envelopeOf(error) {
    if (error === null || typeof error !== 'object')
        return undefined;
    const raw = error.raw;
    if (isEnvelope(raw))
        return raw;
    // `HTTP502`-style codes mean the body held no envelope at all: nothing to print.
    if (!(0,core/* isSmsApiError */.MZ)(error) || error.apiCode === '' || /^HTTP\d+$/.test(error.apiCode))
        return undefined;
    return {
        ResponseMetadata: {
            RequestId: error.requestId ?? '',
            Error: { Code: error.apiCode, Message: error.apiMessage },
        },
    };
}
function isEnvelope(value) {
    return value !== null && typeof value === 'object' && 'ResponseMetadata' in value;
}

;// CONCATENATED MODULE: ./src/cli/main.ts









/**
 * The whole CLI as a function: arguments, environment and io in, exit code out. Nothing here reads
 * process.env or exits the process, so tests and the demo run it in process.
 */
async function main(argv, env, io) {
    const { command: name, rest } = splitCommand(argv);
    let debug = isTruthy(env.VOLC_SMS_DEBUG) || argv.includes('--debug');
    let context;
    try {
        if (name === undefined)
            return topLevel(rest, io);
        if (name === 'help')
            return helpFor(rest[0], io);
        const command = findCommand(name);
        if (command === undefined)
            return unknownCommand(name, io);
        const values = parseFlags(rest, command.flags, command.name);
        if (values.help === true) {
            io.stdout.write(renderCommandHelp(command));
            return EXIT.ok;
        }
        const global = globalOptions(values, command.name);
        debug ||= global.debug;
        context = new CommandContext(io, env, global);
        return await command.run(context, values);
    }
    catch (error) {
        return reportError(error, io, context, debug);
    }
    finally {
        await context?.close().catch(() => undefined);
    }
}
function topLevel(rest, io) {
    const values = parseFlags(rest, { version: { type: 'boolean', short: 'V', description: '' } }, undefined);
    if (values.version === true) {
        io.stdout.write(`${CLI_VERSION}\n`);
        return EXIT.ok;
    }
    if (values.help === true) {
        io.stdout.write(renderMainHelp(COMMANDS));
        return EXIT.ok;
    }
    io.stderr.write(renderMainHelp(COMMANDS));
    io.stderr.write('\nvolc-sms: no command given.\n');
    return EXIT.usage;
}
/** The error, the closest command and the list of commands; a usage error like no command at all. */
function unknownCommand(name, io) {
    const names = COMMANDS.map((c) => c.name);
    const meant = closestName(name, names);
    io.stderr.write(`volc-sms: unknown command "${name}"${meant === undefined ? '' : `: did you mean "${meant}"?`} ` +
        `Commands: ${names.join(', ')}.\nRun "volc-sms --help" for details.\n`);
    return EXIT.usage;
}
function helpFor(name, io) {
    const command = name === undefined ? undefined : findCommand(name);
    if (name !== undefined && command === undefined)
        return unknownCommand(name, io);
    io.stdout.write(command === undefined ? renderMainHelp(COMMANDS) : renderCommandHelp(command));
    return EXIT.ok;
}
function globalOptions(values, command) {
    const api = values.api;
    if (api !== undefined && api !== 'agent' && api !== 'classic') {
        throw main_flagError('--api', `--api must be "agent" or "classic", not "${api}"`, command);
    }
    return {
        envFile: values['env-file'],
        endpoint: values.endpoint,
        api,
        json: values.json === true,
        verbose: values.verbose === true,
        timeoutMs: values.timeout === undefined ? undefined : parseTimeout(values.timeout, command),
        debug: values.debug === true,
    };
}
// Shorter than a round trip cannot succeed; longer than 10 minutes is a typo (and past 2^31 ms Node's
// timers fire at once, which read as "no answer").
const TIMEOUT_RULES = {
    defaultUnit: 's',
    units: ['ms', 's', 'm'],
    minMs: 100,
    maxMs: 600_000,
    examples: '30, 30s, 500ms or 2m',
};
/** `30`, `30s` and `1.5s` are seconds; `500ms` milliseconds; `2m` minutes; 100 ms to 10 minutes. */
function parseTimeout(text, command) {
    const result = (0,core/* checkDuration */.fU)(text, TIMEOUT_RULES);
    if (!result.ok)
        throw main_flagError('--timeout', `--timeout ${result.problem}`, command);
    return result.ms;
}
function main_flagError(field, message, command) {
    return new core/* SmsInputError */.E$(message, [{ field, message }], { hint: `Run "volc-sms ${command} --help".` });
}
function reportError(error, io, context, debug) {
    // In JSON mode the envelope the server sent still goes to stdout, as the skill's callers expect.
    const envelope = envelopeOf(error);
    if (context?.json === true && envelope !== undefined)
        context.printJson(envelope);
    io.stderr.write(`volc-sms: ${(0,core/* formatErrorLine */.AC)(error)}\n`);
    if (debug && error instanceof Error && error.stack !== undefined)
        io.stderr.write(`${error.stack}\n`);
    return exitCodeFor(error);
}
function isTruthy(value) {
    return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}


/***/ }),

/***/ 58692:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ SmsInputError),
/* harmony export */   Je: () => (/* binding */ SmsTimeoutError),
/* harmony export */   MZ: () => (/* binding */ isSmsApiError),
/* harmony export */   Qu: () => (/* binding */ SmsAuthError),
/* harmony export */   S8: () => (/* binding */ SmsError),
/* harmony export */   Si: () => (/* binding */ SmsResponseValidationError),
/* harmony export */   Uc: () => (/* binding */ SmsNetworkError),
/* harmony export */   cw: () => (/* binding */ SmsConfigError),
/* harmony export */   iD: () => (/* binding */ SmsOutcomeUnknownError),
/* harmony export */   pV: () => (/* binding */ SmsRateLimitError),
/* harmony export */   yW: () => (/* binding */ SmsApiError),
/* harmony export */   yc: () => (/* binding */ isSmsError)
/* harmony export */ });
/**
 * The error hierarchy every entry point translates (never invents). Each class has a fixed `code`;
 * API errors also carry the API's own code, the request id and a hint that says what to do.
 * Messages never contain credentials: build them from the API's words and our own, then `redact()`.
 */
/** Every class's `code`, listed once: the type, and how `isSmsError` knows a copy from another bundle. */
const SMS_ERROR_CODES = [
    'ERR_SMS_CONFIG',
    'ERR_SMS_INPUT',
    'ERR_SMS_NETWORK',
    'ERR_SMS_TIMEOUT',
    'ERR_SMS_OUTCOME_UNKNOWN',
    'ERR_SMS_RESPONSE_INVALID',
    'ERR_SMS_API',
    'ERR_SMS_AUTH',
    'ERR_SMS_RATE_LIMIT',
];
const KNOWN_CODES = new Set(SMS_ERROR_CODES);
class SmsError extends Error {
    name = 'SmsError';
    code = 'ERR_SMS_API';
    hint;
    requestId;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.hint = options.hint;
        this.requestId = options.requestId;
    }
}
/** Configuration is missing or inconsistent (no credentials, a bad endpoint URL, an unreadable env file). */
class SmsConfigError extends SmsError {
    name = 'SmsConfigError';
    code = 'ERR_SMS_CONFIG';
}
/** The caller's input was rejected before anything was sent; `issues` names each field. */
class SmsInputError extends SmsError {
    name = 'SmsInputError';
    code = 'ERR_SMS_INPUT';
    issues;
    constructor(message, issues, options = {}) {
        super(message, options);
        this.issues = issues;
    }
}
/** The request never got an answer: connection refused, reset, DNS. */
class SmsNetworkError extends SmsError {
    name = 'SmsNetworkError';
    code = 'ERR_SMS_NETWORK';
}
/** No answer within the configured time. */
class SmsTimeoutError extends SmsError {
    name = 'SmsTimeoutError';
    code = 'ERR_SMS_TIMEOUT';
}
/**
 * A send may have reached the server but no usable answer came back (reset after the request was
 * written, a timeout, a 5xx, a truncated body). It is never retried; the hint says how to check the send
 * log for these numbers.
 */
class SmsOutcomeUnknownError extends SmsError {
    name = 'SmsOutcomeUnknownError';
    code = 'ERR_SMS_OUTCOME_UNKNOWN';
    /** For a write of the agent API: the read that settles it, when one can (agent-v2 reference §1.2). */
    reconcile;
    constructor(message, options = {}) {
        super(message, options);
        this.reconcile = options.reconcile;
    }
}
/** The server answered 2xx, but the body is not the documented shape. */
class SmsResponseValidationError extends SmsError {
    name = 'SmsResponseValidationError';
    code = 'ERR_SMS_RESPONSE_INVALID';
}
/** The API answered with `ResponseMetadata.Error` (or a non-2xx status). */
class SmsApiError extends SmsError {
    name = 'SmsApiError';
    code = 'ERR_SMS_API';
    status;
    apiCode;
    apiMessage;
    retryable;
    /** The error envelope as received, so a caller that prints envelopes (the CLI's JSON mode) can. */
    raw;
    constructor(message, options) {
        super(message, options);
        this.status = options.status;
        this.apiCode = options.apiCode;
        this.apiMessage = options.apiMessage;
        this.retryable = options.retryable ?? false;
        this.raw = options.raw;
    }
}
/** Credentials or signature rejected (gateway 401/403 codes, RE:0000). */
class SmsAuthError extends SmsApiError {
    name = 'SmsAuthError';
    code = 'ERR_SMS_AUTH';
}
/** Throttled (HTTP 429, FlowLimitExceeded, AccountFlowLimitExceeded). */
class SmsRateLimitError extends SmsApiError {
    name = 'SmsRateLimitError';
    code = 'ERR_SMS_RATE_LIMIT';
    retryAfterMs;
    constructor(message, options) {
        super(message, { ...options, retryable: true });
        this.retryAfterMs = options.retryAfterMs;
    }
}
/**
 * True for any error of this hierarchy, also one thrown by another bundled copy of the core (the Action's
 * and the CLI's bundles each hold one), whose classes `instanceof` does not see: known by its code.
 */
function isSmsError(value) {
    return (value instanceof SmsError ||
        (value instanceof Error && 'code' in value && KNOWN_CODES.has(String(value.code))));
}
function isSmsApiError(value) {
    return value instanceof SmsApiError || (isSmsError(value) && 'apiCode' in value);
}


/***/ }),

/***/ 31419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l_: () => (/* reexport */ AGENT_VERSION),
  j_: () => (/* reexport */ BATCH_LAUNCH_GATE),
  tK: () => (/* reexport */ BATCH_TASK_AWAITING_CONSENT),
  PQ: () => (/* reexport */ BatchCsvCheck),
  F3: () => (/* reexport */ CONSENT_PHRASE),
  S: () => (/* reexport */ ConsentLedger),
  fj: () => (/* reexport */ DEFAULT_BATCH_THRESHOLD),
  ui: () => (/* reexport */ DEFAULT_SEND_QPS),
  lc: () => (/* reexport */ time_zone/* DEFAULT_TIME_ZONE */.lc),
  mI: () => (/* reexport */ FINAL_TASK_STATES),
  $d: () => (/* reexport */ MAX_BATCH_FILE_BYTES),
  ap: () => (/* reexport */ MAX_BATCH_ROWS),
  iu: () => (/* reexport */ MAX_GATED_RECIPIENTS),
  ML: () => (/* reexport */ MAX_STATS_WINDOW_DAYS),
  tJ: () => (/* reexport */ SEND_GATE),
  $5: () => (/* reexport */ SIGNATURE_GATE),
  cw: () => (/* reexport */ errors/* SmsConfigError */.cw),
  E$: () => (/* reexport */ errors/* SmsInputError */.E$),
  iD: () => (/* reexport */ errors/* SmsOutcomeUnknownError */.iD),
  d1: () => (/* reexport */ TEMPLATE_GATE),
  Al: () => (/* reexport */ time_zone/* TIME_ZONE_VARIABLE */.Al),
  gQ: () => (/* reexport */ analyticsLogWalk),
  _i: () => (/* reexport */ batchTaskStateName),
  $u: () => (/* reexport */ buildAnalyticsReport),
  Uf: () => (/* reexport */ cancelBatchTask),
  dj: () => (/* reexport */ canonicalJson),
  fU: () => (/* reexport */ checkDuration),
  UU: () => (/* reexport */ checkStatsWindow),
  wz: () => (/* reexport */ sending_template/* compareTemplateParams */.wz),
  _: () => (/* reexport */ createBatchSendTask),
  aj: () => (/* reexport */ createBatchTask),
  oq: () => (/* reexport */ createFileJournal),
  g3: () => (/* reexport */ createPacer),
  H7: () => (/* reexport */ createSmsClient),
  Iq: () => (/* reexport */ defaultLedgerDir),
  BR: () => (/* reexport */ describeError),
  JZ: () => (/* reexport */ describeTaskStatus),
  Rf: () => (/* reexport */ describeTemplate),
  Xi: () => (/* reexport */ time_zone/* describeTimeZone */.Xi),
  jy: () => (/* reexport */ fileLedgerStore),
  Xr: () => (/* reexport */ followBatchTask),
  AC: () => (/* reexport */ formatErrorLine),
  j0: () => (/* reexport */ time_zone/* formatWallTime */.j0),
  gP: () => (/* reexport */ isGateAnswer),
  m2: () => (/* reexport */ isGateFailure),
  MZ: () => (/* reexport */ errors/* isSmsApiError */.MZ),
  fR: () => (/* reexport */ errors/* isSmsError */.yc),
  c1: () => (/* reexport */ isVerificationTemplate),
  Hz: () => (/* reexport */ isWindowLength),
  gD: () => (/* reexport */ loadWireSchemas),
  ID: () => (/* reexport */ logRecord),
  EO: () => (/* reexport */ lookupErrorCode),
  Xu: () => (/* reexport */ maskPhone),
  qC: () => (/* reexport */ maskPhonesInText),
  VT: () => (/* reexport */ maskVerificationCode),
  eg: () => (/* reexport */ matchTemplate),
  cz: () => (/* reexport */ normalizePhone),
  iF: () => (/* reexport */ normalizeSignature),
  mX: () => (/* reexport */ openFileJournal),
  m: () => (/* reexport */ parseDigest),
  FO: () => (/* reexport */ parseEnvFile),
  N7: () => (/* reexport */ parseTimeInput),
  Et: () => (/* reexport */ parseWindow),
  eu: () => (/* reexport */ planBatchSend),
  eh: () => (/* reexport */ planDelivery),
  cM: () => (/* reexport */ precheckBatchCsv),
  ie: () => (/* reexport */ precheckError),
  g4: () => (/* reexport */ previewBatchLaunch),
  ez: () => (/* reexport */ previewDigestFields),
  p_: () => (/* reexport */ previewSend),
  B5: () => (/* reexport */ previewSignature),
  d6: () => (/* reexport */ previewTemplate),
  lO: () => (/* reexport */ redact),
  Xm: () => (/* reexport */ sending_template/* renderTemplate */.Xm),
  mx: () => (/* reexport */ resolveClientConfig),
  BQ: () => (/* reexport */ resumeDirectSend),
  gA: () => (/* reexport */ secretsToRedact),
  Ew: () => (/* reexport */ sendDirect),
  fg: () => (/* reexport */ sign/* sha256Hex */.fg),
  gz: () => (/* reexport */ submitBatchLaunch),
  pT: () => (/* reexport */ submitSend),
  dw: () => (/* reexport */ submitSignature),
  P0: () => (/* reexport */ submitTemplate),
  Vx: () => (/* reexport */ templateFactsNeeded),
  Qp: () => (/* reexport */ sending_template/* templateVariables */.Qp),
  Uo: () => (/* reexport */ time_zone/* timeZoneFrom */.Uo),
  zq: () => (/* reexport */ failureOf),
  J3: () => (/* reexport */ waitForReceiptSummary),
  Qm: () => (/* reexport */ waitForReceipts),
  tB: () => (/* reexport */ waitForTaskReceipts),
  Og: () => (/* reexport */ walkSendLog)
});

// UNUSED EXPORTS: AGENT_V2_ACTIONS, ANALYTICS_TIME_ZONE, BatchCsv, CLASSIC_BATCH_VERSION, CLASSIC_MANAGEMENT_VERSION, CLASSIC_SEND_VERSION, DEFAULT_ENDPOINT, ERROR_CODES, JOURNAL_VERSION, LogCollector, MAX_ANALYTICS_BUCKETS, MAX_ANALYTICS_QUERIES, MAX_NUMBERS_PER_REQUEST, MobileNumberSet, PROXY_VARIABLES, SECRET_VARIABLES, SmsApiError, SmsAuthError, SmsError, SmsNetworkError, SmsRateLimitError, SmsResponseValidationError, SmsTimeoutError, agentV2Params, analyticsBuckets, analyticsWindow, assertBatchFile, batchCsv, bucketMetrics, checkBatchSchedule, checkQueryBudget, checkUploadUrl, classifyFailure, consentDigest, countOf, displayProxy, displayUploadUrl, errorFromApi, formatDuration, groupRecords, journalState, memoryJournalStore, memoryLedgerStore, metricsAvailable, normalizeSend, parseAnalyticsTime, parseDuration, parseRetryAfter, parseTemplateParam, planSend, previewGate, rateOf, readJournalFile, receiptOf, requireEqualDigests, retryDelay, runBatchChecks, segmentsPerMessage, sendLogEntries, sendTimeMs, serializeTemplateParam, shanghaiDate, shanghaiIso, splitPhoneList, statsTimes, statsWindowProblem, submitGate, summarizeReceipts

// EXTERNAL MODULE: ./src/core/errors/errors.ts
var errors = __webpack_require__(58692);
// EXTERNAL MODULE: ./src/core/signing/sign.ts
var sign = __webpack_require__(54186);
;// CONCATENATED MODULE: ./src/core/schemas/wire-schemas.ts
let loading;
/**
 * The wire schemas, imported on first need. Loading zod and building ~60 schemas takes ~25 ms, most of a
 * one-send process's start (the Action, the CLI), while the usual send passes the zod-free checks of
 * quick-read.ts; the schemas decide everything else: errors, other spellings, list and stats results.
 * Long-lived processes (the sandbox, the Slack app) may load them up front.
 */
function loadWireSchemas() {
    // A failed import is not kept: the next call tries again rather than failing for the process's lifetime.
    return (loading ??= Promise.all(/* import() */[__webpack_require__.e(514), __webpack_require__.e(952)]).then(__webpack_require__.bind(__webpack_require__, 59952)).catch((err) => {
        loading = undefined;
        throw err;
    }));
}

;// CONCATENATED MODULE: ./src/core/dialects/api-versions.ts
// The API version of each action family (reference §2). Kept apart from the zod schemas so that building a
// request never loads zod (see wire-schemas.ts).
const AGENT_VERSION = '2026-01-01';
const CLASSIC_SEND_VERSION = '2020-01-01';
const CLASSIC_BATCH_VERSION = '2021-01-01';
const CLASSIC_MANAGEMENT_VERSION = '2021-01-11';

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
// EXTERNAL MODULE: ./node_modules/libphonenumber-js/es6/parsePhoneNumber.js + 39 modules
var parsePhoneNumber = __webpack_require__(76871);
;// CONCATENATED MODULE: ./src/core/sending/phone.ts


// libphonenumber's country metadata, read on the first international number. Taken as JSON through
// require() rather than the package's default JS module: a bundle (ncc/webpack, where `require` exists)
// then carries it as one lazily run JSON.parse instead of an 83 kB object literal that every mainland-only
// send would parse at start (~5 ms of the Action's cold start, bench/action-cold-start.ts). Unbundled ES
// modules have no `require`, hence createRequire.
let metadata;
function phoneMetadata() {
    if (metadata)
        return metadata;
    const load = undefined;
    return (metadata = __webpack_require__(28871));
}
// Mainland mobiles are 11 digits starting 13–19 (the skill's own rule); `+86`/`86`/`0086` prefixes are
// dropped because the API wants the bare 11 digits for mainland numbers.
const MAINLAND_MOBILE = /^(?:\+86|0086|86)?(1[3-9]\d{9})$/;
const BARE_MAINLAND_MOBILE = /^1[3-9]\d{9}$/;
// E.164: at most 15 digits, country code included. libphonenumber accepts some longer national forms.
const E164_MAX_DIGITS = 15;
// Separators people paste inside one number: spaces, dashes, dots, brackets.
const INNER_SEPARATORS = /[\s\-().\u00a0]/g;
/**
 * Normalises one phone number: mainland mobiles become their bare 11 digits (`13800000000`),
 * international numbers their E.164 form (`+6598620548`). Never throws.
 */
function normalizePhone(input) {
    // Most numbers arrive already as the bare 11 digits: one test instead of two rewrites and a match.
    if (BARE_MAINLAND_MOBILE.test(input))
        return { ok: true, mobile: input };
    const compact = input.replace(INNER_SEPARATORS, '').replace(/^＋/, '+');
    if (compact === '')
        return { ok: false, reason: 'empty' };
    const mainland = MAINLAND_MOBILE.exec(compact);
    if (mainland)
        return { ok: true, mobile: mainland[1] };
    if (!/^(?:\+|00)?\d+$/.test(compact))
        return { ok: false, reason: 'contains characters other than digits' };
    // Each reason says what is wrong in terms that stay true of the masked number (`138****0000` of a
    // 10-digit input looks valid): how many digits, where it starts.
    const international = compact.startsWith('00') ? `+${compact.slice(2)}` : compact;
    const digits = international.replace('+', '');
    const count = `${digits.length} digit${digits.length === 1 ? '' : 's'}`;
    if (digits.length > E164_MAX_DIGITS) {
        return { ok: false, reason: `${count}: a phone number has at most ${E164_MAX_DIGITS} (E.164)` };
    }
    if (!international.startsWith('+')) {
        const shape = digits.length === 11 && digits.startsWith('1')
            ? `${count} starting ${digits.slice(0, 2)}: mainland mobiles start 13–19`
            : `${count}: not an 11-digit mainland mobile (1[3-9]…)`;
        return { ok: false, reason: `${shape}; international numbers need + and a country code (E.164)` };
    }
    if (international.startsWith('+86')) {
        return {
            ok: false,
            reason: `+86 and ${digits.length - 2} digits: a +86 number must be an 11-digit mobile starting 13–19`,
        };
    }
    const parsed = (0,parsePhoneNumber/* default */.A)(international, phoneMetadata());
    if (!parsed || !parsed.isValid()) {
        const country = parsed?.country === undefined ? '' : ` for ${parsed.country}`;
        return { ok: false, reason: `${count}: not a valid international number${country} (E.164)` };
    }
    return { ok: true, mobile: parsed.number };
}
/**
 * Masks a number for logs, summaries and channels: first 3 and last 4 characters kept
 * (`138****0000`, `+65****0548`); short inputs keep only their last 2.
 */
function maskPhone(mobile) {
    const value = mobile.trim();
    if (value.length >= 8)
        return `${value.slice(0, 3)}****${value.slice(-4)}`;
    return `****${value.slice(-2)}`;
}
/** Splits a pasted list on commas, semicolons, newlines and whitespace (ASCII and full-width). */
function splitPhoneList(text) {
    return text.split(/[\s,;，；、]+/).filter((part) => part !== '');
}

;// CONCATENATED MODULE: ./src/core/sending/phone-mask.ts

// Finding phone numbers in free text (server messages, logs, envelopes) in every spelling people use,
// without touching identifiers: a SHA-256 digest, a request id or a message id holds an 11-digit run
// `1[3-9]…` often enough (about 1 in 300 digests) that masking it would corrupt what a caller must send
// back. Such identifiers are matched first and kept as they are.
// A UUID (message ids), or a run of 16 or more hex characters (digests, request ids such as
// 202612021422318E0A0079D68ECC652255). Shorter runs are masked inside: `a13512345678` is a typo, not an id.
const IDENTIFIER = String.raw `[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{16,}`;
// One separator inside a number: space (also no-break), dash or dot.
const SEP = String.raw `[ .\-\u00a0]`;
// A mainland mobile: `13800000000`, `138 0000 0000`, `138-0000-0000`, `(138) 0000 0000`, after an optional
// `+86`, `86`, `0086` or `(+86)`; never inside a longer run of digits.
const MAINLAND = String.raw `(?<![\d+])(?:(?:\+|00)?86${SEP}?|\(\s?(?:\+|00)?86\s?\)\s?)?` +
    String.raw `(?:1[3-9]\d|\(1[3-9]\d\)\s?)${SEP}?\d{4}${SEP}?\d{4}(?!\d)`;
// An international number: `+` (or `(+65)`, or `00`) then digit groups joined by up to two separator
// characters (`+1 (415) 555-2671`). Which leading groups form the number is worked out in maskInternational.
const INTERNATIONAL = String.raw `(?<![\d+])(?:\(\+\d{1,4}\)\s?|\+|00)\d+(?:[ .\-()\u00a0]{1,2}\d+)*`;
const PHONE_OR_IDENTIFIER = new RegExp(`(?<identifier>${IDENTIFIER})|(?<mainland>${MAINLAND})|(?<international>${INTERNATIONAL})`, 'gi');
const MAINLAND_ONLY = new RegExp(MAINLAND, 'g');
const DIGIT_GROUP = /\d+/g;
const COMPACT_E164 = /^\+\d{8,15}$/;
/**
 * Masks every phone number found in free text (server messages, logs, envelopes): mainland mobiles in any
 * spelling (`138 0000 0000`, `+86-138-0000-0000`, `(+86) 138…`, `0086138…`) become `138****0000`,
 * international numbers (`+65 6466 5541`, `0065…`) `+65****5541`. Identifiers are left alone: UUIDs and
 * runs of 16+ hex characters (digests, request ids), and digits inside a longer digit run.
 */
function maskPhonesInText(text) {
    return text.replace(PHONE_OR_IDENTIFIER, (match, ...args) => {
        const groups = args.at(-1);
        if (groups.identifier !== undefined)
            return match;
        if (groups.mainland !== undefined)
            return maskPhone(match.replace(/\D/g, '').slice(-11));
        return maskInternational(match);
    });
}
/**
 * The longest run of leading digit groups that is a number is masked; what follows is searched again.
 * `+6564665541` with no separators is masked whenever it has E.164's 8 to 15 digits, as a number written that
 * way is one; separated groups and `00` prefixes must make a valid number (so `+1 2026-12-02` stays).
 */
function maskInternational(span) {
    const ends = Array.from(span.matchAll(DIGIT_GROUP), (m) => (m.index ?? 0) + m[0].length);
    for (const end of ends.reverse()) {
        const masked = maskedNumber(span.slice(0, end));
        if (masked !== undefined)
            return masked + maskPhonesInText(span.slice(end));
    }
    return span.replace(MAINLAND_ONLY, (m) => maskPhone(m.replace(/\D/g, '').slice(-11)));
}
function maskedNumber(candidate) {
    if (COMPACT_E164.test(candidate))
        return maskPhone(candidate);
    const digits = candidate.replace(/\D/g, '').length;
    if (digits < 8 || digits > 17)
        return undefined;
    const phone = normalizePhone(candidate);
    return phone.ok ? maskPhone(phone.mobile) : undefined;
}

// EXTERNAL MODULE: ./src/core/sending/template.ts
var sending_template = __webpack_require__(21614);
// EXTERNAL MODULE: ./src/core/time/time-zone.ts
var time_zone = __webpack_require__(3451);
;// CONCATENATED MODULE: ./src/core/time/time.ts


const UNIT_MS = {
    ms: 1,
    s: 1000,
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000,
    w: 604_800_000,
};
const DURATION = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)?$/i;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;
/** `600000` → `10m`, `100` → `100ms`, `90000` → `90s`: the largest unit that divides it. */
function formatDuration(ms) {
    const units = Object.entries(UNIT_MS).reverse();
    const [unit, size] = units.find(([, size]) => ms >= size && ms % size === 0) ?? ['ms', 1];
    return `${ms / size}${unit}`;
}
/** Reads `30s`, `500ms`, `2m`, `24h`, `7d` (and a bare number in the default unit) within the rules. */
function checkDuration(text, rules = {}) {
    const match = DURATION.exec(text.trim());
    const unit = (match?.[2]?.toLowerCase() ?? rules.defaultUnit);
    const units = rules.units ?? Object.keys(UNIT_MS);
    const shape = `must be a duration such as ${rules.examples ?? '30s, 5m or 24h'}, not "${text}"`;
    if (!match || unit === undefined || !units.includes(unit))
        return { ok: false, problem: shape };
    if (rules.whole && match[1]?.includes('.'))
        return { ok: false, problem: shape };
    const ms = Math.round(Number(match[1]) * UNIT_MS[unit]);
    if (rules.minMs !== undefined && ms < rules.minMs)
        return { ok: false, problem: `must be at least ${formatDuration(rules.minMs)}, not "${text}"` };
    if (rules.maxMs !== undefined && ms > rules.maxMs)
        return { ok: false, problem: `must be at most ${formatDuration(rules.maxMs)}, not "${text}"` };
    return { ok: true, ms };
}
/**
 * A duration in milliseconds.
 * @throws SmsInputError "`field` must be …" naming the field
 */
function parseDuration(text, rules) {
    const result = checkDuration(text, rules);
    if (result.ok)
        return result.ms;
    const message = `${rules.field} ${result.problem}`;
    throw new SmsInputError(message, [{ field: rules.field, message }]);
}
// An age or a window length: whole, and a unit is required, so `2026` is never read as an age.
const AGE_RULES = { units: ['s', 'm', 'h', 'd', 'w'], whole: true };
/** Whether `text` is a window length that parseWindow accepts (`30m`, `24h`, `7d`, `2w`). */
function isWindowLength(text) {
    return checkDuration(text, AGE_RULES).ok;
}
function nowMs(now) {
    return now === undefined ? Date.now() : typeof now === 'number' ? now : now.getTime();
}
const nowSeconds = (now) => Math.floor(nowMs(now) / 1000);
function invalid(field, value, why) {
    const message = (why ?? `"${value}" is not a time`) +
        ': use epoch seconds (1773113285), an ISO date or datetime ' +
        '(2026-11-25, 2026-11-25T08:00:00+08:00), a relative age (30m, 24h, 7d) or "now"';
    throw new errors/* SmsInputError */.E$(`${field}: ${message}`, [{ field, message }]);
}
const daysIn = (year, month) => new Date(Date.UTC(year, month, 0)).getUTCDate();
/** A date's fields, refused when the day does not exist (`2026-02-31`, `2026-13-01`). */
function checkedDate(field, text, fields) {
    const [y, m, d] = fields;
    const [year, month, day] = [Number(y), Number(m), Number(d)];
    if (month < 1 || month > 12)
        invalid(field, text, `"${text}" has no month ${month}`);
    if (day < 1 || day > daysIn(year, month)) {
        invalid(field, text, `"${text}" is not a date: ${y}-${m} has ${daysIn(year, month)} days`);
    }
    return { year, month, day };
}
function zoneOffsetMs(zone) {
    if (/^z$/i.test(zone))
        return 0;
    const [, sign, hh, mm] = /^([+-])(\d{2}):?(\d{2})$/.exec(zone) ?? [];
    return (sign === '-' ? -1 : 1) * (Number(hh) * 60 + Number(mm)) * 60_000;
}
/**
 * Parses a time given on a command line or in a workflow into epoch seconds. Accepts epoch seconds
 * (13-digit epoch milliseconds are converted), ISO dates/datetimes (no zone = `timeZone`, by default
 * Asia/Shanghai), `now`, and relative ages like `24h`/`7d`/`30m` meaning that long before `now`.
 * Dates that do not exist (`2026-02-31`) are refused rather than rolled over. Throws SmsInputError.
 */
function parseTimeInput(value, options = {}) {
    const field = options.field ?? 'time';
    const text = String(value).trim();
    if (/^\d+$/.test(text)) {
        const n = Number(text);
        return text.length >= 13 ? Math.floor(n / 1000) : n;
    }
    if (text.toLowerCase() === 'now')
        return nowSeconds(options.now);
    const age = checkDuration(text, AGE_RULES);
    if (age.ok)
        return Math.floor((nowMs(options.now) - age.ms) / 1000);
    const zone = options.timeZone ?? time_zone/* DEFAULT_TIME_ZONE */.lc;
    const dateOnly = DATE_ONLY.exec(text);
    if (dateOnly) {
        const date = checkedDate(field, text, dateOnly.slice(1));
        return Math.floor((0,time_zone/* instantOf */.B9)({ ...date, hour: 0, minute: 0, second: 0 }, zone) / 1000);
    }
    const dateTime = DATE_TIME.exec(text);
    if (!dateTime)
        invalid(field, text);
    const [, , , , hh, mi, ss = '00', fraction = '', offset] = dateTime;
    const date = checkedDate(field, text, dateTime.slice(1, 4));
    const [hour, minute, second] = [Number(hh), Number(mi), Number(ss)];
    if (hour > 23 || minute > 59 || second > 59)
        invalid(field, text, `"${text}" is not a time of day`);
    const wall = { ...date, hour, minute, second, ms: Math.floor(Number(`0${fraction}`) * 1000) };
    const ms = offset === undefined
        ? (0,time_zone/* instantOf */.B9)(wall, zone)
        : Date.UTC(date.year, date.month - 1, date.day, hour, minute, second) + wall.ms - zoneOffsetMs(offset);
    return Math.floor(ms / 1000);
}
/** A window ending now: `24h`, `7d`, `30m` → `{ startTime: now − that, endTime: now }` in epoch seconds. */
function parseWindow(value, options = {}) {
    const field = options.field ?? 'window';
    const length = checkDuration(value, AGE_RULES);
    if (!length.ok) {
        const message = `"${value}" is not a window: use a length such as 30m, 24h or 7d`;
        throw new errors/* SmsInputError */.E$(`${field}: ${message}`, [{ field, message }]);
    }
    const endTime = nowSeconds(options.now);
    return { startTime: endTime - Math.floor(length.ms / 1000), endTime };
}

;// CONCATENATED MODULE: ./src/core/time/stats-window.ts

/** The stats action (`ListTotalSendCountStat*`) answers at most 90 days per request (reference §3.7). */
const MAX_STATS_WINDOW_DAYS = 90;
const MAX_STATS_WINDOW_SECONDS = MAX_STATS_WINDOW_DAYS * 86_400;
/** What is wrong with a stats window in epoch seconds, or undefined when the API will take it. */
function statsWindowProblem(startTime, endTime) {
    if (endTime <= startTime)
        return 'the start must come before the end';
    if (endTime - startTime > MAX_STATS_WINDOW_SECONDS) {
        const days = Math.ceil((endTime - startTime) / 86_400);
        return `the stats API covers at most ${MAX_STATS_WINDOW_DAYS} days per request, this window is ${days}`;
    }
    return undefined;
}
/**
 * Refuses a stats window the API would answer with RE:0009, before sending it.
 * @throws SmsInputError naming `field`
 */
function checkStatsWindow(startTime, endTime, field) {
    const problem = statsWindowProblem(startTime, endTime);
    if (problem === undefined)
        return;
    const message = `${field}: ${problem}`;
    throw new errors/* SmsInputError */.E$(message, [{ field, message }], {
        hint: `Ask for ${MAX_STATS_WINDOW_DAYS} days or fewer, or split the window into several requests.`,
    });
}

;// CONCATENATED MODULE: ./src/core/config/redact.ts

const REDACTED = '***';
// Credentials that can appear in text even when the caller did not list them: a signature in an
// Authorization header value, a Bearer token, a session token header.
const CREDENTIAL_PATTERNS = [
    /(Signature=)[0-9a-fA-F]{16,}/g,
    /(Bearer\s+)[^\s"',]+/gi,
    /(X-Security-Token["']?\s*[:=]\s*["']?)[^\s"',]+/gi,
    /(Credential=)[^/\s,]+/g,
];
// Short values (an empty SK, `1`) would shred unrelated text; real keys are longer than this.
const MIN_SECRET_LENGTH = 4;
/**
 * Removes secrets from text before it reaches an error, a log or a channel: every listed secret,
 * signatures, Bearer tokens and access key ids in Authorization values; also masks phone numbers.
 */
function redact(text, secrets = []) {
    let out = text;
    const sorted = secrets
        .filter((s) => typeof s === 'string' && s.length >= MIN_SECRET_LENGTH)
        .sort((a, b) => b.length - a.length);
    for (const secret of sorted)
        out = out.split(secret).join(REDACTED);
    for (const pattern of CREDENTIAL_PATTERNS)
        out = out.replace(pattern, `$1${REDACTED}`);
    return maskPhonesInText(out);
}
/** redact() applied to every string inside a parsed JSON value (an envelope kept on an error). */
function redactJson(value, secrets = []) {
    if (typeof value === 'string')
        return redact(value, secrets);
    if (Array.isArray(value))
        return value.map((item) => redactJson(item, secrets));
    if (value !== null && typeof value === 'object') {
        const out = {};
        for (const [key, item] of Object.entries(value))
            out[key] = redactJson(item, secrets);
        return out;
    }
    return value;
}

;// CONCATENATED MODULE: ./src/core/http/proxy.ts
// Which HTTP(S) proxy a client uses, worked out once per client (it talks to one endpoint) so both HTTP
// engines follow the same rules: curl's, which self-hosted runners and corporate machines are set up for,
// plus Go's and Java's loopback exception.
const nonEmpty = (vars, name) => vars[name]?.trim() || undefined;
/**
 * The proxy for `endpoint` from the environment: `https_proxy`/`HTTPS_PROXY` for an https endpoint,
 * `http_proxy`/`HTTP_PROXY` for http (the lower-case name wins, as in curl and Node), unless
 * `no_proxy`/`NO_PROXY` covers the endpoint's host or the endpoint is this machine's loopback (a proxy
 * cannot reach it; Go and Java skip it too, so a sandbox in CI behind a proxy just works). Undefined means a
 * direct connection.
 */
function proxyFromEnv(endpoint, env) {
    const target = URL.parse(endpoint);
    if (!target || isLoopback(target.hostname))
        return undefined;
    const names = target.protocol === 'https:' ? ['https_proxy', 'HTTPS_PROXY'] : ['http_proxy', 'HTTP_PROXY'];
    const from = names.find((name) => nonEmpty(env, name));
    if (!from)
        return undefined;
    const noProxy = nonEmpty(env, 'no_proxy') ?? nonEmpty(env, 'NO_PROXY');
    if (noProxy && bypassesProxy(target, noProxy))
        return undefined;
    return { url: nonEmpty(env, from), from };
}
/** `localhost` (and its subdomains), 127.0.0.0/8 and ::1. */
function isLoopback(hostname) {
    const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
    return (host === 'localhost' ||
        host.endsWith('.localhost') ||
        host === '::1' ||
        /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host));
}
/**
 * True when a `NO_PROXY` list covers `target`: `*`; a host or IP (`10.0.0.5`, `[::1]`); a domain and its
 * subdomains (`corp.example`, `.corp.example` or `*.corp.example`); any of these with `:port`.
 * Comma or space separated, case-insensitive. (CIDR ranges are not understood.)
 */
function bypassesProxy(target, noProxy) {
    const host = target.hostname.toLowerCase().replace(/^\[|\]$/g, '');
    const port = target.port || (target.protocol === 'https:' ? '443' : '80');
    for (const raw of noProxy.toLowerCase().split(/[\s,]+/)) {
        if (raw === '')
            continue;
        if (raw === '*')
            return true;
        const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(raw);
        if (!match)
            continue;
        const entryHost = match[1].replace(/^\[|\]$/g, '').replace(/^\*?\./, '');
        if (match[2] !== undefined && match[2] !== port)
            continue;
        if (host === entryHost || host.endsWith(`.${entryHost}`))
            return true;
    }
    return false;
}
/** The proxy URL without its credentials, for messages and logs. */
function displayProxy(url) {
    const parsed = URL.parse(url);
    if (!parsed)
        return '<proxy>';
    return `${parsed.protocol}//${parsed.host}`;
}
/**
 * The secret inside a proxy URL, as written and decoded, to scrub from anything reported: the password,
 * or a lone user name (proxies that take a token as the user).
 */
function proxySecrets(url) {
    const parsed = url === undefined ? null : URL.parse(url);
    const secret = parsed?.password || parsed?.username;
    if (!secret)
        return [];
    let decoded = secret;
    try {
        decoded = decodeURIComponent(secret);
    }
    catch {
        // A malformed escape: the text as written is all there is to scrub.
    }
    return [...new Set([secret, decoded])];
}
/** What to do when a proxy answers 407 (to a request or to a tunnel). */
const PROXY_CREDENTIALS_HINT = 'Put them in the proxy URL, e.g. HTTPS_PROXY=http://user:password@proxy.example:3128 (percent-encode special characters).';

;// CONCATENATED MODULE: ./src/core/config/secrets.ts
// The one registry of what must never be printed: every entry point (client errors and attempt events,
// the Action's setSecret and outputs, the Slack app's log lines) asks here, so a credential added in one
// place is scrubbed in all of them.

/**
 * Environment variables whose values are credentials, whoever reads them: the SMS API's (both sign-in
 * modes) and the Slack app's. The access key id is one: not secret by itself, but it has no business in
 * public logs.
 */
const SECRET_VARIABLES = [
    'VOLCENGINE_ACCESS_KEY',
    'VOLCENGINE_SECRET_KEY',
    'VOLC_ACCESSKEY',
    'VOLC_SECRETKEY',
    'VOLCENGINE_SESSION_TOKEN',
    'ARK_SKILL_API_KEY',
    'SLACK_BOT_TOKEN',
    'SLACK_SIGNING_SECRET',
    'SLACK_APP_TOKEN',
];
/** Proxy URLs may carry a password (or a token as the user name). */
const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'];
/** Every secret value from these sources, as written and trimmed, without empty ones and repeats. */
function secretsToRedact(sources) {
    const { auth, env = {} } = sources;
    const authValues = auth === undefined
        ? []
        : auth.kind === 'gateway'
            ? [auth.apiKey]
            : [auth.accessKeyId, auth.secretAccessKey, auth.sessionToken];
    const proxies = [sources.proxy, ...PROXY_VARIABLES.map((name) => env[name])];
    const values = [
        ...authValues,
        ...(sources.values ?? []),
        ...SECRET_VARIABLES.map((name) => env[name]),
        ...proxies.flatMap((url) => proxySecrets(url?.trim() || undefined)),
    ];
    const found = new Set();
    for (const value of values) {
        if (!value?.trim())
            continue;
        found.add(value);
        found.add(value.trim());
    }
    return [...found];
}

;// CONCATENATED MODULE: ./src/core/errors/format-error.ts


/** Describes any thrown value; unknown errors keep their message (redacted), never their stack. */
function describeError(err) {
    if ((0,errors/* isSmsError */.yc)(err)) {
        const description = { code: err.code, message: err.message };
        if ((0,errors/* isSmsApiError */.MZ)(err))
            description.apiCode = err.apiCode;
        if (err.hint)
            description.hint = err.hint;
        if (err.requestId)
            description.requestId = err.requestId;
        return description;
    }
    const message = err instanceof Error ? err.message : String(err);
    return { code: 'ERR_UNEXPECTED', message: redact(message || 'Unexpected error') };
}
/** One line: the message, then the request id and the hint when present. */
function formatErrorLine(err) {
    const d = describeError(err);
    let line = d.message;
    if (d.requestId)
        line += ` (request id ${d.requestId})`;
    if (d.hint)
        line += `${/[.?!]$/.test(line) ? '' : '.'} Hint: ${d.hint}`;
    return line;
}

;// CONCATENATED MODULE: ./src/core/errors/codes/agent-codes.ts
/** The management and agent business codes (reference §5.4), answered with HTTP 200. */
const AGENT_CODES = {
    '1001': {
        kind: 'api',
        provesNotProcessed: true,
        message: 'Parameter error',
        hint: 'Check the request fields (page size 1–100, times in epoch seconds, window ≤ 90 days).',
    },
    // 1003–1030 and 1015: meanings unpublished (reference §5.4, agent v2 §1.4), so none proves anything.
    '1003': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'The API answered error 1003 (its meaning is not published)',
        hint: 'Check the request fields and ids; the server message says more.',
    },
    '1007': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'The API answered error 1007 (its meaning is not published)',
        hint: 'Check the message group, signature and template ids.',
    },
    '1008': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'The API answered error 1008 (its meaning is not published)',
        hint: 'Check the message group, signature and template ids.',
    },
    '1009': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'The API answered error 1009 (its meaning is not published)',
        hint: 'Check the message group, signature and template ids.',
    },
    '1015': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'The service is busy (code 1015)',
        hint: 'Try again shortly.',
        retryable: true,
    },
    '1023': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'The API answered error 1023 (its meaning is not published)',
        hint: 'Check the account has SMS activated and the key has permission.',
    },
    '1024': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'The API answered error 1024 (its meaning is not published)',
        hint: 'Check the account has SMS activated and the key has permission.',
    },
    '1027': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'The API answered error 1027 (its meaning is not published)',
        hint: 'Check the request fields; the server message says more.',
    },
    '1028': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'The API answered error 1028 (its meaning is not published)',
        hint: 'Check the request fields; the server message says more.',
    },
    '1029': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'The API answered error 1029 (its meaning is not published)',
        hint: 'Check the request fields; the server message says more.',
    },
    '1030': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'The API answered error 1030 (its meaning is not published)',
        hint: 'Check the request fields; the server message says more.',
    },
    '1999': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'System error in the SMS service',
        hint: 'Try again shortly; contact support if it persists.',
        retryable: true,
    },
    'SY:0500': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'System error in the SMS service',
        hint: 'Try again shortly; for a send, check the send log first.',
        retryable: true,
    },
};

;// CONCATENATED MODULE: ./src/core/errors/codes/gateway-codes.ts
/** The gateway and platform codes (reference §5.3): credentials, signing, throttles, 5xx. */
const GATEWAY_CODES = {
    MissingParameter: {
        kind: 'api',
        provesNotProcessed: true,
        message: 'Action or Version is missing from the request',
        hint: 'Check VOLC_SMS_ENDPOINT: it must be the API base URL without a query string.',
    },
    MissingAuthenticationToken: {
        kind: 'auth',
        provesNotProcessed: true,
        message: 'The request carried no credentials',
        hint: 'Set VOLCENGINE_ACCESS_KEY and VOLCENGINE_SECRET_KEY (or ARK_SKILL_API_KEY and ARK_SKILL_API_BASE), then run `volc-sms doctor` to confirm they are found.',
    },
    MissingRequestInfo: {
        kind: 'auth',
        provesNotProcessed: true,
        message: 'Signing information is missing (X-Date, access key, service or region)',
        hint: 'Run `volc-sms doctor` to check that VOLCENGINE_ACCESS_KEY is set and that VOLC_SMS_ENDPOINT is the SMS API base URL, not a proxy that drops headers.',
    },
    MissingSignature: {
        kind: 'auth',
        provesNotProcessed: true,
        message: 'The request signature is missing',
        hint: 'Sign with VOLCENGINE_ACCESS_KEY and VOLCENGINE_SECRET_KEY: this endpoint does not take ARK_SKILL_API_KEY (`volc-sms doctor` shows which credentials are in use).',
    },
    InvalidTimestamp: {
        kind: 'auth',
        provesNotProcessed: true,
        message: 'The request time (X-Date) is too far from the server time',
        hint: "Fix this machine's clock (enable NTP) and try again.",
    },
    ServiceNotFound: {
        kind: 'api',
        provesNotProcessed: true,
        message: 'The SMS service was not found at this endpoint',
        hint: 'Check VOLC_SMS_ENDPOINT (default https://sms.volcengineapi.com).',
    },
    InvalidActionOrVersion: {
        kind: 'api',
        provesNotProcessed: true,
        message: 'The endpoint does not know this action or version',
        hint: 'Check VOLC_SMS_ENDPOINT and VOLC_SMS_API (agent or classic): this endpoint may not serve that API.',
    },
    InvalidAccessKey: {
        kind: 'auth',
        provesNotProcessed: true,
        message: 'The access key is invalid',
        hint: 'Check that VOLCENGINE_ACCESS_KEY is the access key ID of an active key in the Volcengine console, with no stray spaces or quotes.',
    },
    InvalidClientTokenId: {
        kind: 'auth',
        provesNotProcessed: true,
        message: 'The access key is invalid',
        hint: 'Check that VOLCENGINE_ACCESS_KEY is the access key ID of an active key in the Volcengine console, with no stray spaces or quotes.',
    },
    SignatureDoesNotMatch: {
        kind: 'auth',
        provesNotProcessed: true,
        message: 'The request signature does not match',
        hint: 'Check VOLCENGINE_SECRET_KEY belongs to VOLCENGINE_ACCESS_KEY (no stray spaces or quotes).',
    },
    LackPolicy: {
        kind: 'auth',
        provesNotProcessed: true,
        message: 'The user lacks a policy for this action',
        hint: 'Grant the sub-user the SMS policy (e.g. VolcSMSFullAccess) in IAM.',
    },
    AccessDenied: {
        kind: 'auth',
        provesNotProcessed: true,
        message: 'Access denied for this action',
        hint: 'Grant the user permission for this SMS action in IAM, or use another key.',
    },
    // The 5xx codes (InternalError … ServiceUnavailableTemp): the gateway may have passed the request on.
    InternalError: {
        kind: 'api',
        provesNotProcessed: false,
        message: 'Internal error at the gateway',
        hint: 'Try again shortly; for a send, check the send log first.',
        retryable: true,
    },
    FailToConnect: {
        kind: 'api',
        provesNotProcessed: false,
        message: 'The gateway could not reach the SMS service',
        hint: 'Try again shortly; for a send, check the send log first.',
        retryable: true,
    },
    InternalServiceTimeout: {
        kind: 'api',
        provesNotProcessed: false,
        message: 'The SMS service timed out behind the gateway',
        hint: 'Check the send log before sending again; reads can simply be retried.',
        retryable: true,
    },
    FlowLimitExceeded: {
        kind: 'rate-limit',
        provesNotProcessed: true,
        message: 'Too many requests (rate limit)',
        hint: 'Slow down: the default limit is 5 requests per second per account.',
        retryable: true,
    },
    AccountFlowLimitExceeded: {
        kind: 'rate-limit',
        provesNotProcessed: true,
        message: 'Too many requests for this account (rate limit)',
        hint: 'Slow down: the default limit is 5 requests per second per account.',
        retryable: true,
    },
    ServiceUnavailableTemp: {
        kind: 'api',
        provesNotProcessed: false,
        message: 'The service is temporarily unavailable',
        hint: 'Try again shortly; for a send, check the send log first.',
        retryable: true,
    },
    MethodNotAllowed: {
        kind: 'api',
        provesNotProcessed: true,
        message: 'The HTTP method is not allowed for this action',
        hint: 'Check VOLC_SMS_API matches the endpoint (agent actions are POST).',
    },
    InvalidAuthorization: {
        kind: 'auth',
        provesNotProcessed: true,
        message: 'The Authorization header is malformed',
        hint: 'Check that VOLCENGINE_ACCESS_KEY and VOLCENGINE_SECRET_KEY hold the key pair exactly (no stray spaces, quotes or line breaks) and that no proxy rewrites the Authorization header.',
    },
    InvalidCredential: {
        kind: 'auth',
        provesNotProcessed: true,
        message: 'The credential in the Authorization header is malformed',
        hint: 'Check that VOLCENGINE_ACCESS_KEY and VOLCENGINE_SECRET_KEY hold the key pair exactly (no stray spaces, quotes or line breaks) and that no proxy rewrites the Authorization header.',
    },
    InvalidSecretToken: {
        kind: 'auth',
        provesNotProcessed: true,
        message: 'The session token is invalid or expired',
        hint: 'Refresh VOLCENGINE_SESSION_TOKEN (STS tokens expire), or unset it for a long-term key.',
    },
};

;// CONCATENATED MODULE: ./src/core/errors/codes/send-codes.ts
/** The SMS send codes (reference §5.1), answered with HTTP 200. */
const SEND_CODES = {
    'RE:0000': {
        kind: 'auth',
        provesNotProcessed: true,
        message: 'Account authentication failed',
        hint: 'Check that VOLCENGINE_ACCESS_KEY and VOLCENGINE_SECRET_KEY (or ARK_SKILL_API_KEY) belong to an active key; `volc-sms doctor` shows which credentials were found.',
    },
    'RE:0001': {
        kind: 'api',
        provesNotProcessed: true,
        message: 'SMS service is not activated for this account',
        hint: 'Activate SMS in the Volcengine console (短信服务) for the account these credentials belong to.',
    },
    'RE:0002': {
        kind: 'api',
        provesNotProcessed: true,
        message: 'The SMS product is shut down for this account',
        hint: 'Contact Volcengine support about the account status.',
    },
    'RE:0003': {
        kind: 'api',
        provesNotProcessed: true,
        message: 'Message group (sub-account) does not exist or is not approved',
        hint: 'Run `volc-sms list_sub_account` to see the approved message groups, and pass one of their ids as --sub-account.',
    },
    'RE:0004': {
        kind: 'api',
        provesNotProcessed: true,
        message: 'Signature error: it does not exist, is not approved, or is not bound to this message group',
        hint: 'Check `volc-sms list_signature --sub-accounts {subAccount}`: the signature must be approved and bound to this message group.',
    },
    'RE:0005': {
        kind: 'api',
        provesNotProcessed: true,
        message: 'Template error: it does not exist, is not approved, or does not belong to this message group',
        hint: 'Check `volc-sms list_sms_template --sub-accounts {subAccount} --signatures {signature}`: the template must be approved and match the signature and group.',
    },
    'RE:0006': {
        kind: 'api',
        provesNotProcessed: true,
        message: 'Mobile number format error',
        hint: 'Mainland numbers are 11 digits (optionally +86); international numbers need + and the country code (E.164).',
    },
    'RE:0007': {
        kind: 'api',
        provesNotProcessed: true,
        message: 'Caller IP is not on the IP allowlist',
        hint: "Add this machine's public IP to the allowlist in the console, or turn the allowlist off.",
    },
    'RE:0009': {
        kind: 'api',
        provesNotProcessed: true,
        message: 'Request parameter error',
        hint: 'Check every field: at most 200 numbers, TemplateParam a JSON object of strings matching the template variables.',
    },
    'RE:0010': {
        kind: 'api',
        provesNotProcessed: true,
        message: 'The account is in arrears',
        hint: 'Top up the Volcengine account, then send again.',
    },
    'RE:0011': {
        kind: 'api',
        provesNotProcessed: true,
        message: 'Sending to this region is not supported',
        hint: 'Enable the destination region for the message group, or remove those numbers.',
    },
    'RE:0012': {
        kind: 'api',
        provesNotProcessed: true,
        message: "The template's channel type is not enabled on this message group",
        hint: "Use a template whose channel type the message group supports; `volc-sms list_sub_account` shows each group's channel types.",
    },
    'RE:0013': {
        kind: 'api',
        provesNotProcessed: true,
        message: 'Sending volume is over the threshold set in the console',
        hint: 'Raise the volume limit in the console or send later.',
    },
    'RE:0500': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'Unknown error inside the SMS service',
        hint: 'Check the send log before sending again, then retry.',
    },
    'VE:0001': {
        kind: 'api',
        provesNotProcessed: true,
        message: 'Video SMS is not enabled',
        hint: 'Enable video SMS (CN_VMS) for the account in the console.',
    },
    'VE:0002': {
        kind: 'api',
        provesNotProcessed: true,
        message: 'The video SMS template is not usable',
        hint: 'Check that the video template is approved by the carriers.',
    },
    'VE:0003': {
        kind: 'api',
        provesNotProcessed: true,
        message: 'The video SMS signature does not match the template',
        hint: 'Use the signature the video template was approved with.',
    },
    'VE:0004': {
        kind: 'api',
        provesNotProcessed: true,
        message: 'The video SMS template has expired',
        hint: 'Apply for the video template again.',
    },
    ZJ10200: {
        kind: 'api',
        provesNotProcessed: true,
        message: 'Request parameter error',
        hint: 'Check the request fields against `volc-sms <command> --help`.',
    },
    ZJ10202: {
        kind: 'api',
        provesNotProcessed: true,
        message: 'Invalid JSON parameter',
        hint: 'TemplateParam must be valid JSON: escape quotes and newlines inside values.',
    },
};

;// CONCATENATED MODULE: ./src/core/errors/error-codes.ts
/**
 * Every documented API error code (reference §5) with what it means and what to do. One table, so the
 * CLI, the Action and Slack all say the same words. `{subAccount}`, `{signature}` and `{templateId}` in a
 * hint are filled from the request when known. The table also decides, for retry.ts, which answers a
 * read may retry and which answers prove that a write (a send) was not processed.
 */



// One table in three files, by the reference's sections; no code stands in two (a test holds them apart).
const ERROR_CODES = { ...SEND_CODES, ...GATEWAY_CODES, ...AGENT_CODES };
/** The table entry for a code, or undefined for a code we do not know. */
function lookupErrorCode(code) {
    return Object.hasOwn(ERROR_CODES, code) ? ERROR_CODES[code] : undefined;
}

;// CONCATENATED MODULE: ./src/core/errors/error-map.ts




function fillHint(hint, context = {}) {
    return hint
        .replaceAll('{subAccount}', context.subAccount || '<id>')
        .replaceAll('{signature}', context.signature ? `"${context.signature}"` : '<signature>')
        .replaceAll('{templateId}', context.templateId || '<template-id>');
}
// The table's hints are written for the common case: a send, signed with AK/SK. These replace them where
// the request says otherwise, so the hint never points at variables or fields the user is not using.
const AKSK_VARIABLES = /VOLCENGINE_(?:ACCESS|SECRET)_KEY/;
const GATEWAY_AUTH_HINT = 'Check that ARK_SKILL_API_KEY is an active gateway key and ARK_SKILL_API_BASE the gateway it belongs to (no stray spaces or quotes); `volc-sms doctor` shows which credentials were found.';
const PARAMETER_HINTS = [
    { action: /^Send/, hint: '' }, // the table's own hint (numbers, TemplateParam)
    {
        action: /TotalSendCountStat/,
        hint: 'Check the window: at most 90 days, the start before the end (epoch seconds), and the filters (message group, signature, template, channel type).',
    },
    {
        action: /SendLog|SendDetails/,
        hint: 'Check the window and filters: the message group id, times in epoch seconds with the start first, page size 1–100.',
    },
    {
        action: /./,
        hint: 'Check the filters and paging of this list: page size 1–100, ids as listed by the API.',
    },
];
function contextualHint(code, info, context = {}) {
    if (info.kind === 'auth' && context.credentials === 'gateway' && AKSK_VARIABLES.test(info.hint)) {
        return GATEWAY_AUTH_HINT;
    }
    if (code === 'RE:0009' && context.action !== undefined) {
        const hint = PARAMETER_HINTS.find((entry) => entry.action.test(context.action))?.hint;
        if (hint)
            return hint;
    }
    return info.hint;
}
// What a status alone says when the body carried no error code (a proxy's 502, a bare 401). None proves
// that a write was not processed, except a proxy's 407: it refuses to pass the request on (RFC 9110).
function infoForStatus(status) {
    const code = `HTTP${status}`;
    if (status === 401 || status === 403) {
        return {
            code,
            kind: 'auth',
            provesNotProcessed: false,
            message: `Credentials were rejected (HTTP ${status})`,
            hint: 'Check that VOLCENGINE_ACCESS_KEY and VOLCENGINE_SECRET_KEY (or ARK_SKILL_API_KEY) belong to an active key; `volc-sms doctor` shows which credentials were found.',
        };
    }
    if (status === 407)
        return {
            code,
            kind: 'api',
            provesNotProcessed: true,
            message: 'The proxy wants credentials (HTTP 407)',
            hint: PROXY_CREDENTIALS_HINT,
        };
    if (status === 429)
        return {
            code,
            kind: 'rate-limit',
            provesNotProcessed: false,
            message: 'Too many requests (HTTP 429)',
            hint: 'Slow down and try again.',
            retryable: true,
        };
    if (status >= 500)
        return {
            code,
            kind: 'api',
            provesNotProcessed: false,
            message: `The server failed (HTTP ${status})`,
            hint: 'Try again shortly; for a send, check the send log first.',
            retryable: true,
        };
    return {
        code,
        kind: 'api',
        provesNotProcessed: false,
        message: `The server rejected the request (HTTP ${status})`,
        hint: 'Check VOLC_SMS_ENDPOINT and the request fields.',
    };
}
/**
 * What an answer means: the error table's entry for its code; for a body without a code, what its status
 * alone says; for a code the table does not know, a class by status (such a code proves nothing).
 * The retry policy and the error classes both read it, so they cannot disagree.
 */
function answerInfo(status, apiCode) {
    if (apiCode === undefined)
        return infoForStatus(status);
    const known = lookupErrorCode(apiCode);
    if (known)
        return { ...known, code: apiCode };
    return {
        code: apiCode,
        kind: status === 429 ? 'rate-limit' : status === 401 || status === 403 ? 'auth' : 'api',
        provesNotProcessed: false,
        message: `The API returned ${apiCode}`,
        hint: 'Check the request against the API reference; quote the request id to support.',
        retryable: status === 429 || status >= 500,
    };
}
/**
 * Turns an API failure into the matching error class (SmsAuthError, SmsRateLimitError, else SmsApiError)
 * with our message, a hint, the raw code and the request id. Unknown codes keep the server's code and words.
 */
function errorFromApi(failure) {
    const serverMessage = failure.apiMessage ? redact(failure.apiMessage, failure.secrets ?? []) : '';
    const info = answerInfo(failure.status, failure.apiCode);
    const message = serverMessage
        ? `${info.message} (${info.code}: ${serverMessage})`
        : `${info.message} (${info.code})`;
    const options = {
        status: failure.status,
        apiCode: info.code,
        apiMessage: serverMessage,
        requestId: failure.requestId || undefined,
        hint: fillHint(contextualHint(info.code, info, failure.context), failure.context),
        retryable: info.retryable ?? false,
        raw: failure.raw === undefined ? undefined : redactJson(failure.raw, failure.secrets ?? []),
    };
    if (info.kind === 'auth')
        return new errors/* SmsAuthError */.Qu(message, options);
    if (info.kind === 'rate-limit')
        return new errors/* SmsRateLimitError */.pV(message, { ...options, retryAfterMs: failure.retryAfterMs });
    return new errors/* SmsApiError */.yW(message, options);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/core/config/env-file.ts

/**
 * Parses a dotenv-style file exactly as Node's own `--env-file` does (`util.parseEnv`): `KEY=VALUE` lines,
 * an optional `export ` prefix, `#` comments, single, double and backtick quotes, values over several
 * lines inside quotes, `\n` in double quotes. So a file that works with `node --env-file` works here, and
 * the other way round. A UTF-8 BOM, which Node would keep in the first key, is dropped first.
 */
function parseEnvFile(text) {
    return { ...(0,external_node_util_.parseEnv)(text.replace(/^\uFEFF/, '')) };
}

;// CONCATENATED MODULE: ./src/core/config/config.ts






/** The AK/SK endpoint when neither VOLC_SMS_ENDPOINT nor the gateway base says otherwise. */
const DEFAULT_ENDPOINT = 'https://sms.volcengineapi.com';
const value = (vars, name) => vars[name]?.trim() || undefined;
const AKSK_PAIRS = [
    ['VOLCENGINE_ACCESS_KEY', 'VOLCENGINE_SECRET_KEY'],
    ['VOLC_ACCESSKEY', 'VOLC_SECRETKEY'],
];
/** Credentials from one source, or the half-set pairs found there (for the error message). */
function credentialsFrom(vars) {
    const apiKey = value(vars, 'ARK_SKILL_API_KEY');
    const apiBase = value(vars, 'ARK_SKILL_API_BASE');
    // The skill's current revision authenticates through the gateway, so a complete gateway pair wins.
    if (apiKey && apiBase)
        return {
            auth: { kind: 'gateway', apiKey, apiBase },
            variables: ['ARK_SKILL_API_KEY', 'ARK_SKILL_API_BASE'],
        };
    const partial = [];
    if (apiKey || apiBase)
        partial.push(apiKey
            ? 'ARK_SKILL_API_KEY is set but ARK_SKILL_API_BASE is not'
            : 'ARK_SKILL_API_BASE is set but ARK_SKILL_API_KEY is not');
    for (const [akName, skName] of AKSK_PAIRS) {
        const accessKeyId = value(vars, akName);
        const secretAccessKey = value(vars, skName);
        if (accessKeyId && secretAccessKey) {
            const sessionToken = value(vars, 'VOLCENGINE_SESSION_TOKEN');
            const variables = [akName, skName];
            if (sessionToken)
                variables.push('VOLCENGINE_SESSION_TOKEN');
            return { auth: { kind: 'aksk', accessKeyId, secretAccessKey, sessionToken }, variables };
        }
        if (accessKeyId || secretAccessKey)
            partial.push(`${accessKeyId ? akName : skName} is set but ${accessKeyId ? skName : akName} is not`);
    }
    return { partial };
}
function readEnvFile(file, explicit) {
    try {
        return parseEnvFile((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch (err) {
        const code = err.code;
        if (!explicit && (code === 'ENOENT' || code === 'ENOTDIR'))
            return undefined;
        throw new errors/* SmsConfigError */.cw(`Cannot read the env file ${file} (${code ?? 'unreadable'})`, {
            hint: 'Check the path passed as the env file, or remove the option to use the environment.',
        });
    }
}
function checkedEndpoint(url, source) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new errors/* SmsConfigError */.cw(`${source} is not a URL: "${url}"`, {
            hint: `Set ${source} to a base URL such as ${DEFAULT_ENDPOINT}.`,
        });
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
        throw new errors/* SmsConfigError */.cw(`${source} must be an http(s) URL, got "${parsed.protocol}"`, {
            hint: `Set ${source} to a base URL such as ${DEFAULT_ENDPOINT}.`,
        });
    }
    return url.replace(/\/+$/, '');
}
/**
 * Works out credentials, endpoint, API dialect and proxy: the environment first, then the env file
 * (`envFile`, else ~/.openclaw/.env, where the skill's environment keeps them). Never from a flag. The
 * proxy comes from the environment's HTTPS_PROXY/HTTP_PROXY and NO_PROXY only, as for every other tool.
 * @throws SmsConfigError naming the variables and every place it looked.
 */
function resolveClientConfig(input) {
    const file = input.envFile ?? (0,external_node_path_.join)(input.homeDir ?? (0,external_node_os_.homedir)(), '.openclaw', '.env');
    const fromEnv = credentialsFrom(input.env);
    let found;
    let fileVars;
    const partial = [];
    if ('auth' in fromEnv)
        found = { ...fromEnv, from: 'environment' };
    else {
        partial.push(...fromEnv.partial.map((p) => `${p} in the environment`));
        fileVars = readEnvFile(file, input.envFile !== undefined);
        const fromFile = fileVars ? credentialsFrom(fileVars) : undefined;
        if (fromFile && 'auth' in fromFile)
            found = { ...fromFile, from: 'env-file' };
        else if (fromFile)
            partial.push(...fromFile.partial.map((p) => `${p} in ${file}`));
    }
    if (!found) {
        const looked = `looked in the environment and ${file}${fileVars ? '' : ' (not found)'}`;
        const detail = partial.length > 0 ? `; ${partial.join('; ')}` : '';
        throw new errors/* SmsConfigError */.cw(`No Volcengine SMS credentials: set ARK_SKILL_API_KEY and ARK_SKILL_API_BASE (gateway), or VOLCENGINE_ACCESS_KEY and VOLCENGINE_SECRET_KEY (AK/SK); ${looked}${detail}`, {
            hint: `Export them, or put KEY=VALUE lines in ${file}. Credentials are never taken from command-line flags.`,
        });
    }
    const setting = (name) => value(input.env, name) ?? (fileVars ? value(fileVars, name) : undefined);
    const endpointSource = input.endpoint
        ? 'the endpoint option'
        : setting('VOLC_SMS_ENDPOINT')
            ? 'VOLC_SMS_ENDPOINT'
            : found.auth.kind === 'gateway'
                ? 'ARK_SKILL_API_BASE'
                : 'the default endpoint';
    const rawEndpoint = input.endpoint ??
        setting('VOLC_SMS_ENDPOINT') ??
        (found.auth.kind === 'gateway' ? found.auth.apiBase : DEFAULT_ENDPOINT);
    const endpoint = checkedEndpoint(rawEndpoint, endpointSource);
    const api = input.api ?? setting('VOLC_SMS_API') ?? 'agent';
    if (api !== 'agent' && api !== 'classic') {
        throw new errors/* SmsConfigError */.cw(`VOLC_SMS_API must be "agent" or "classic", got "${api}"`, {
            hint: 'Unset VOLC_SMS_API to use the agent API.',
        });
    }
    const proxy = input.proxy
        ? { url: input.proxy, from: 'the proxy option' }
        : proxyFromEnv(endpoint, input.env);
    return {
        options: { auth: found.auth, endpoint, api, ...(proxy ? { proxy: proxy.url } : {}) },
        auth: {
            kind: found.auth.kind,
            from: found.from,
            ...(found.from === 'env-file' ? { file } : {}),
            variables: found.variables,
        },
        endpoint,
        ...(proxy ? { proxy: { url: displayProxy(proxy.url), from: proxy.from } } : {}),
    };
}

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./src/core/dialects/dialect.ts


const kebab = (name) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
const paramsOf = (call) => call.body ?? call.query ?? {};
/** True when every call's params pass their quick check, so nothing needs the schemas. */
function paramsPlainlyPass(calls) {
    return calls.every((c) => c.paramsPass?.(paramsOf(c.call)) === true);
}
/**
 * Checks each call's params against its wire schema; issues name the CLI flag (`PageSize` → `page-size`).
 * Request schemas neither transform nor default, so a call that passes is sent exactly as built.
 * @throws SmsInputError naming every bad field of the first call that fails
 */
async function checkParams(calls) {
    if (paramsPlainlyPass(calls))
        return;
    const schemas = await loadWireSchemas();
    for (const { call, paramsSchema } of calls) {
        const parsed = paramsSchema(schemas).safeParse(paramsOf(call));
        if (!parsed.success)
            throw inputErrorFromIssues(parsed.error.issues);
    }
}
/** One SmsInputError naming each field of a failed parse by its CLI flag (`pageSize` → `page-size`). */
function inputErrorFromIssues(issues) {
    const named = issues.map((issue) => ({
        field: kebab(String(issue.path[0] ?? 'input')),
        message: issue.message,
    }));
    return new errors/* SmsInputError */.E$(named.map((i) => `${i.field}: ${i.message}`).join('; '), named);
}
/** Drops undefined fields so the JSON body carries only what the caller gave. */
function compact(value) {
    const out = {};
    for (const key in value)
        if (value[key] !== undefined)
            out[key] = value[key];
    return out;
}

// EXTERNAL MODULE: ./src/core/schemas/quick-read.ts
var quick_read = __webpack_require__(41416);
;// CONCATENATED MODULE: ./src/core/dialects/agent-dialect.ts



// The skill's defaults: 20 per page for signatures and templates, 100 for send logs.
const LIST_PAGE_SIZE = 20;
const LOG_PAGE_SIZE = 100;
const post = (action, body) => ({
    action,
    version: AGENT_VERSION,
    method: 'POST',
    body,
});
// Built field by field rather than through compact(): one object per send instead of two.
function sendBody(chunk) {
    const body = {
        SubAccount: chunk.subAccount,
        Signature: chunk.signature,
        TemplateId: chunk.templateId,
        Mobiles: chunk.mobiles.join(','),
    };
    if (chunk.templateParam !== undefined)
        body.TemplateParam = chunk.templateParam;
    if (chunk.account !== undefined)
        body.Account = chunk.account;
    return body;
}
/** The six `*ForAgent` actions (reference §3.3–3.8): always POST, PascalCase JSON bodies. */
const agentDialect = {
    send: (chunk) => ({
        call: post('SendSmsForAgent', sendBody(chunk)),
        paramsSchema: (s) => s.SendSmsForAgentBodySchema,
        paramsPass: quick_read/* sendSmsForAgentBodyPasses */.nx,
        resultSchema: (s) => s.SendSmsResultSchema,
        quickResult: quick_read/* quickSendSmsResult */.Y_,
    }),
    listSubAccounts: (input) => ({
        call: post('ListSubAccountForAgent', compact({ SubAccountName: input.subAccountName })),
        paramsSchema: (s) => s.ListSubAccountForAgentBodySchema,
        resultSchema: (s) => s.SubAccountListSchema,
    }),
    listSignatures: (input) => ({
        call: post('ListSignatureForAgent', compact({
            Signature: input.signature,
            SubAccounts: input.subAccounts ? [...input.subAccounts] : undefined,
            Page: input.page ?? 1,
            PageSize: input.pageSize ?? LIST_PAGE_SIZE,
        })),
        paramsSchema: (s) => s.ListSignatureForAgentBodySchema,
        resultSchema: (s) => s.SignatureListSchema,
    }),
    listTemplates: (input) => ({
        call: post('ListSmsTemplateForAgent', compact({
            TemplateId: input.templateId,
            SubAccounts: input.subAccounts ? [...input.subAccounts] : undefined,
            Signatures: input.signatures ? [...input.signatures] : undefined,
            Page: input.page ?? 1,
            PageSize: input.pageSize ?? LIST_PAGE_SIZE,
        })),
        paramsSchema: (s) => s.ListSmsTemplateForAgentBodySchema,
        resultSchema: (s) => s.TemplateListSchema,
    }),
    listSendLogs: (input) => ({
        call: post('ListSmsSendLogForAgent', compact({
            SubAccount: input.subAccount,
            FromTime: input.fromTime,
            ToTime: input.toTime,
            Mobile: input.mobile,
            TemplateId: input.templateId,
            Signature: input.signature,
            MessageId: input.messageId,
            Page: input.page ?? 1,
            PageSize: input.pageSize ?? LOG_PAGE_SIZE,
        })),
        paramsSchema: (s) => s.ListSmsSendLogForAgentBodySchema,
        quickResult: quick_read/* quickSendLogList */._Y,
        resultSchema: (s) => s.SendLogListSchema,
    }),
    getSendStats: (input) => ({
        call: post('ListTotalSendCountStatForAgent', compact({
            StartTime: input.startTime,
            EndTime: input.endTime,
            SubAccount: input.subAccount,
            ChannelType: input.channelType,
            Signature: input.signature,
            TemplateId: input.templateId,
        })),
        paramsSchema: (s) => s.ListTotalSendCountStatForAgentBodySchema,
        resultSchema: (s) => s.SendStatsSchema,
    }),
};

;// CONCATENATED MODULE: ./src/core/agent-v2/actions.ts
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
const AGENT_V2_ACTIONS = {
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

// EXTERNAL MODULE: ./src/core/signing/build-request.ts
var build_request = __webpack_require__(62247);
;// CONCATENATED MODULE: ./src/core/http/retry.ts

const UNKNOWN = { retry: false, outcomeUnknown: true };
/** Decides whether an attempt's failure may be retried, given whether the call is a read or a send. */
function classifyFailure(failure, kind) {
    if (failure.type === 'aborted')
        return { retry: false, outcomeUnknown: kind === 'send' && failure.phase === 'sent' };
    if (kind === 'send')
        return classifySendFailure(failure);
    switch (failure.type) {
        case 'network':
            // A proxy that wants credentials will not change its mind; any other refusal may be passing.
            return { retry: failure.code !== 'PROXY_407', outcomeUnknown: false };
        case 'timeout':
            // A read that timed out after sending is not retried: the caller already waited a full timeout.
            return { retry: failure.phase === 'connect', outcomeUnknown: false };
        case 'invalid-body':
            return { retry: false, outcomeUnknown: false };
        case 'http': {
            const transient = answerInfo(failure.status, failure.apiCode).retryable === true;
            return { retry: failure.status === 429 || failure.status >= 500 || transient, outcomeUnknown: false };
        }
    }
}
function classifySendFailure(failure) {
    switch (failure.type) {
        case 'network':
        case 'timeout':
            if (failure.phase === 'sent')
                return UNKNOWN;
            return { retry: failure.type === 'network' && failure.code === 'ECONNREFUSED', outcomeUnknown: false };
        case 'invalid-body':
            return UNKNOWN;
        case 'http': {
            // Only the API's own envelope carries a code: a bare 429 may come from anything in between.
            const info = answerInfo(failure.status, failure.apiCode);
            if (!info.provesNotProcessed)
                return UNKNOWN;
            return { retry: info.kind === 'rate-limit', outcomeUnknown: false };
        }
    }
}
const RETRY_AFTER_CAP_MS = 10_000;
const BACKOFF_BASE_MS = 250;
const BACKOFF_CAP_MS = 4_000;
/**
 * Wait before attempt `attempt + 1` (attempt is 1-based): the server's Retry-After when given (capped
 * at 10 s), else exponential backoff from 250 ms capped at 4 s, with "equal jitter" (half fixed, half
 * random) so many clients do not retry in lockstep.
 */
function retryDelay(input) {
    if (input.retryAfterMs !== undefined && input.retryAfterMs >= 0)
        return Math.min(input.retryAfterMs, RETRY_AFTER_CAP_MS);
    const exponential = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (input.attempt - 1));
    return Math.round(exponential / 2 + (exponential / 2) * input.random());
}
/** Retry-After as milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
function parseRetryAfter(value, nowMs) {
    if (value === undefined || value.trim() === '')
        return undefined;
    const text = value.trim();
    if (/^\d+(\.\d+)?$/.test(text))
        return Math.round(Number(text) * 1000);
    const at = Date.parse(text);
    return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

;// CONCATENATED MODULE: ./src/core/http/engine.ts
/**
 * Why an attempt got no complete response. `phase: 'connect'` means no byte of the request was written
 * (safe to resend a send); `'sent'` means it may have reached the server.
 */
class TransportError extends Error {
    name = 'TransportError';
    kind;
    phase;
    errorCode;
    constructor(message, details) {
        super(message, { cause: details.cause });
        this.kind = details.kind;
        this.phase = details.phase;
        this.errorCode = details.code;
    }
}
/**
 * A proxy that refused to pass the request on (a CONNECT, or the request itself, answered with `status`):
 * nothing reached the endpoint. The code is `PROXY_<status>`, e.g. `PROXY_407` when it wants credentials.
 */
function proxyRefused(status, cause) {
    return new TransportError(`The proxy refused the request (HTTP ${status})`, {
        kind: 'network',
        phase: 'connect',
        code: `PROXY_${status}`,
        cause,
    });
}
/** Codes of a failure before any byte of the request was written: safe to resend even a send. */
const CONNECT_PHASE_CODES = new Set([
    'ECONNREFUSED',
    'ENOTFOUND',
    'EAI_AGAIN',
    'UND_ERR_CONNECT_TIMEOUT',
    'EHOSTUNREACH',
    'ENETUNREACH',
]);
// Codes of a TLS handshake that failed: an untrusted or mismatched certificate, or no TLS at all on the
// other end. The handshake precedes the request, so nothing of it was sent.
const TLS_CERTIFICATE_CODE = /CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|ALTNAME|HOSTNAME_MISMATCH/;
const TLS_PROTOCOL_CODE = /^(EPROTO|ERR_SSL_(WRONG_VERSION_NUMBER|PACKET_LENGTH_TOO_LONG|UNSUPPORTED_PROTOCOL))$/;
/** What a failed TLS handshake says about the endpoint, by the error's code; undefined for other errors. */
function tlsFailure(code) {
    if (code === undefined)
        return undefined;
    if (TLS_CERTIFICATE_CODE.test(code))
        return 'certificate';
    if (TLS_PROTOCOL_CODE.test(code))
        return 'protocol';
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/http/read-response.ts







/** Maps a transport failure to the retry policy's terms and the user's error. */
function fromTransport(err, origin, proxy) {
    const failure = err.kind === 'network'
        ? { type: 'network', code: err.errorCode, phase: err.phase }
        : { type: err.kind, phase: err.phase };
    const where = proxy ? `${origin} through the proxy ${proxy}` : origin;
    const check = proxy
        ? 'Check the network and the proxy (HTTPS_PROXY or HTTP_PROXY; NO_PROXY to bypass it)'
        : 'Check the network and VOLC_SMS_ENDPOINT';
    const tls = tlsFailure(err.errorCode);
    const hint = err.errorCode === 'PROXY_407'
        ? PROXY_CREDENTIALS_HINT
        : tls === 'certificate'
            ? `The endpoint's TLS certificate is not trusted. If a proxy or security gateway inspects TLS, give Node its CA: NODE_EXTRA_CA_CERTS=/path/to/ca.pem (set before the process starts). Otherwise check VOLC_SMS_ENDPOINT.`
            : tls === 'protocol'
                ? 'No TLS at the other end: check VOLC_SMS_ENDPOINT (a local sandbox is http://, not https://).'
                : `${check}.`;
    const error = err.kind === 'timeout'
        ? new errors/* SmsTimeoutError */.Je(`${err.message} from ${where}`, { hint: `${check}, or raise the timeout.` })
        : new errors/* SmsNetworkError */.Uc(err.kind === 'aborted' ? 'The request was aborted' : `${err.message} to ${where}`, { hint });
    return { failure, error };
}
/**
 * The usual answer (2xx, no error, the documented spelling) read without zod, or undefined for anything
 * else, which readResponse and the schemas then decide.
 */
function readQuickly(response, dialectCall) {
    if (!dialectCall.quickResult || response.status < 200 || response.status >= 300)
        return undefined;
    let raw;
    try {
        raw = JSON.parse(response.body);
    }
    catch {
        return undefined;
    }
    const quick = (0,quick_read/* quickSuccessEnvelope */.vY)(raw);
    const result = quick && dialectCall.quickResult(quick.result ?? {});
    return quick && result !== undefined ? { ok: true, result, requestId: quick.requestId, raw } : undefined;
}
/** Turns a complete HTTP response into a result, or an attempt failure with the error to report. */
async function readResponse(response, dialectCall, runtime, context) {
    const action = dialectCall.call.action;
    const { status } = response;
    const retryAfter = response.headers['retry-after'];
    const retryAfterMs = retryAfter === undefined ? undefined : parseRetryAfter(String(retryAfter), runtime.clock().getTime());
    let raw;
    try {
        raw = JSON.parse(response.body);
    }
    catch {
        if (status >= 200 && status < 300) {
            const error = new errors/* SmsResponseValidationError */.Si(`${action}: the answer is not JSON (HTTP ${status})`);
            return { ok: false, raw: undefined, failure: { type: 'invalid-body', status }, error, status };
        }
        return {
            ok: false,
            raw: undefined,
            failure: { type: 'http', status },
            error: errorFromApi({ status, retryAfterMs, context }),
            retryAfterMs,
            status,
        };
    }
    const schemas = await loadWireSchemas();
    const envelope = schemas.EnvelopeSchema.safeParse(raw);
    const requestId = envelope.success ? envelope.data.ResponseMetadata.RequestId : '';
    const apiError = envelope.success ? envelope.data.ResponseMetadata.Error : undefined;
    if (apiError || status < 200 || status >= 300) {
        const error = errorFromApi({
            status,
            apiCode: apiError?.Code,
            apiMessage: apiError?.Message,
            requestId,
            retryAfterMs,
            context,
            secrets: runtime.secrets,
            raw,
        });
        return {
            ok: false,
            raw,
            failure: { type: 'http', status, apiCode: apiError?.Code },
            error,
            retryAfterMs,
            requestId,
            status,
        };
    }
    const result = envelope.success
        ? dialectCall.resultSchema(schemas).safeParse(envelope.data.Result ?? {})
        : undefined;
    if (!result?.success) {
        const issues = result
            ? result.error.issues
                .slice(0, 3)
                .map((i) => `${['Result', ...i.path].join('.')}: ${i.message}`)
                .join('; ')
            : 'no ResponseMetadata';
        const error = new errors/* SmsResponseValidationError */.Si(`${action}: the answer does not have the documented shape (${issues})`, { requestId: requestId || undefined });
        return { ok: false, raw, failure: { type: 'invalid-body', status }, error, requestId, status };
    }
    return { ok: true, result: result.data, requestId, raw };
}

;// CONCATENATED MODULE: ./src/core/http/execute-call.ts







/** A failed call: the error, plus the envelope when one came back (the CLI prints it in JSON mode). */
class CallFailure extends Error {
    name = 'CallFailure';
    error;
    raw;
    attempts;
    constructor(error, raw, attempts) {
        super(error.message);
        this.error = error;
        this.raw = raw;
        this.attempts = attempts;
    }
}
function outcomeUnknown(action, cause, settings) {
    const subAccount = settings.context?.subAccount ?? '<id>';
    const first = settings.context?.mobiles?.[0];
    const count = settings.context?.mobiles?.length ?? 0;
    // The CLI refuses a masked --mobile, and errors never carry the full number: the user fills it in.
    const who = first ? ` --mobile <full number of ${maskPhone(first)}>` : '';
    return new errors/* SmsOutcomeUnknownError */.iD(`${action} outcome unknown${count ? ` for ${count} number${count === 1 ? '' : 's'}` : ''}: ${cause.message}`, {
        cause,
        requestId: cause.requestId,
        hint: `The messages may or may not have been sent; do not resend blindly. Check with \`volc-sms list_sms_send_log --sub-account ${subAccount}${who}\` (or by message id).`,
    });
}
/**
 * Runs one call with retries: every attempt is built and signed afresh with a new clock() reading.
 * Returns the parsed result or throws CallFailure carrying the SmsError (and the envelope, if any).
 */
async function executeCall(runtime, dialectCall, settings) {
    const action = dialectCall.call.action;
    for (let attempt = 1;; attempt++) {
        const request = (0,build_request/* buildRequest */.m)(dialectCall.call, {
            auth: runtime.auth,
            endpoint: runtime.endpoint,
            region: runtime.region,
            userAgent: runtime.userAgent,
            date: runtime.clock(),
            signingKeys: runtime.signingKeys,
        });
        // Only onAttempt reports durations.
        const started = runtime.onAttempt ? performance.now() : 0;
        let outcome;
        try {
            const response = await runtime.engine.send({
                method: request.method,
                url: request.url,
                endpoint: request.endpoint,
                path: request.path,
                headers: request.headers,
                body: request.body,
                timeoutMs: runtime.timeoutMs,
                connectTimeoutMs: runtime.connectTimeoutMs,
                signal: settings.signal,
            });
            const read = readQuickly(response, dialectCall) ??
                (await readResponse(response, dialectCall, runtime, settings.context));
            if (read.ok) {
                if (runtime.onAttempt) {
                    report(runtime, {
                        action,
                        attempt,
                        method: request.method,
                        url: request.url,
                        status: response.status,
                        requestId: read.requestId,
                        durationMs: performance.now() - started,
                    });
                }
                return { result: read.result, requestId: read.requestId, raw: read.raw, attempts: attempt };
            }
            outcome = read;
        }
        catch (err) {
            if (!(err instanceof TransportError))
                throw err;
            outcome = fromTransport(err, request.endpoint.origin, runtime.proxy);
        }
        const decision = classifyFailure(outcome.failure, settings.kind);
        const retry = decision.retry && attempt <= runtime.maxRetries && !settings.signal?.aborted;
        const retryInMs = retry
            ? retryDelay({ attempt, retryAfterMs: outcome.retryAfterMs, random: runtime.random })
            : undefined;
        report(runtime, {
            action,
            attempt,
            method: request.method,
            url: request.url,
            status: outcome.status,
            requestId: outcome.requestId,
            durationMs: performance.now() - started,
            error: outcome.error.message,
            retryInMs,
        });
        if (retryInMs === undefined) {
            const error = decision.outcomeUnknown ? outcomeUnknown(action, outcome.error, settings) : outcome.error;
            throw new CallFailure(error, outcome.raw, attempt);
        }
        try {
            await runtime.sleep(retryInMs, settings.signal);
        }
        catch {
            throw new CallFailure(new errors/* SmsNetworkError */.Uc('The request was aborted'), outcome.raw, attempt);
        }
    }
}
function report(runtime, event) {
    if (!runtime.onAttempt)
        return;
    const safe = {
        ...event,
        url: redact(event.url, runtime.secrets),
        durationMs: Math.round(event.durationMs),
    };
    if (event.error !== undefined)
        safe.error = redact(event.error, runtime.secrets);
    runtime.onAttempt(safe);
}

;// CONCATENATED MODULE: ./src/core/errors/write-outcome.ts

/**
 * An unknown write outcome restated for what the write was: its action, the transport's own words, and a
 * hint (and read) that fit it, in place of the send-log hint execute-call.ts gives a send.
 */
function restateOutcomeUnknown(action, error, what) {
    const cause = error.cause instanceof errors/* SmsError */.S8 ? error.cause : error;
    return new errors/* SmsOutcomeUnknownError */.iD(`${action} outcome unknown: ${cause.message}`, {
        cause,
        requestId: error.requestId,
        hint: what.hint,
        reconcile: what.reconcile,
    });
}

;// CONCATENATED MODULE: ./src/core/agent-v2/csv-answer.ts

// The media types a CSV success of TemplateUploadDemo may carry (agent-v2 reference §2.7).
const CSV_MEDIA_TYPES = new Set([
    'application/octet-stream',
    'application/csv',
    'application/vnd.ms-excel',
    'text/comma-separated-values',
    'text/csv',
]);
const DEFAULT_FILE_NAME = 'TemplateUploadDemo.csv';
const header = (response, name) => {
    const value = response.headers[name];
    return Array.isArray(value) ? value[0] : value;
};
/** The file name a Content-Disposition gives (`filename*` per RFC 5987 first), without any directory. */
function dispositionFileName(disposition) {
    if (!disposition)
        return DEFAULT_FILE_NAME;
    let name;
    const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(disposition);
    if (extended) {
        try {
            name = decodeURIComponent(extended[2].trim());
        }
        catch {
            name = undefined;
        }
    }
    if (name === undefined) {
        const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]+))/i.exec(disposition);
        name = plain?.[1]?.replace(/\\(.)/g, '$1') ?? plain?.[2];
    }
    const base = name?.split(/[/\\]/).pop()?.trim();
    return base ? base : DEFAULT_FILE_NAME;
}
/**
 * A CSV success turned into the envelope a JSON answer would have been, `{fileName, value, contentType,
 * size}` (§2.7): only a 2xx with a non-empty body that is not JSON, one of the CSV media types, valid UTF-8
 * (a BOM allowed) and `phone` as its first cell. Anything else is left for the usual reading, which reports
 * a non-JSON body as an invalid answer.
 */
function csvAnswerAsEnvelope(response) {
    const { status, body } = response;
    if (status < 200 || status >= 300 || body === '')
        return undefined;
    try {
        JSON.parse(body);
        return undefined;
    }
    catch {
        // Not JSON: possibly the CSV file.
    }
    const contentType = header(response, 'content-type') ?? '';
    if (!CSV_MEDIA_TYPES.has(contentType.split(';')[0]?.trim().toLowerCase() ?? ''))
        return undefined;
    // The engine decodes UTF-8; a byte sequence that is not UTF-8 comes out as U+FFFD.
    if (body.includes('\uFFFD'))
        return undefined;
    const text = body.startsWith('\uFEFF') ? body.slice(1) : body;
    const firstCell = /^("?)([^,\r\n"]*)\1(?:[,\r\n]|$)/.exec(text)?.[2];
    if (firstCell !== 'phone')
        return undefined;
    const envelope = {
        ResponseMetadata: {
            RequestId: header(response, 'x-tt-logid') ?? header(response, 'x-request-id') ?? '',
            Action: 'TemplateUploadDemo',
            Version: AGENT_VERSION,
        },
        Result: {
            fileName: dispositionFileName(header(response, 'content-disposition')),
            value: text,
            contentType,
            size: Buffer.byteLength(body),
        },
    };
    return {
        status,
        headers: { ...response.headers, 'content-type': 'application/json' },
        body: JSON.stringify(envelope),
    };
}
/** An engine that reads a CSV success as its envelope; every other answer passes unchanged. */
function acceptingCsvAnswers(engine) {
    return {
        send: async (request) => {
            const response = await engine.send(request);
            return csvAnswerAsEnvelope(response) ?? response;
        },
        close: () => engine.close(),
    };
}

;// CONCATENATED MODULE: ./src/core/agent-v2/wire-call.ts

/**
 * A GET action's params as its query (agent-v2 reference §1.1): numbers and booleans as text, a list as
 * its key repeated per element, absent values skipped. buildRequest encodes and sorts them.
 */
function toQuery(params) {
    const query = {};
    for (const [key, value] of Object.entries(params)) {
        if (value === undefined || value === null)
            continue;
        query[key] = Array.isArray(value) ? value.map(String) : String(value);
    }
    return query;
}
/** A copy with the keys of every object sorted, so that its JSON is the compact sorted body of §1.1. */
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value === null || typeof value !== 'object')
        return value;
    const out = {};
    for (const key of Object.keys(value).sort()) {
        const item = value[key];
        if (item !== undefined)
            out[key] = sortKeys(item);
    }
    return out;
}
/**
 * The wire call of one lowerCamel action. GET: every param in the query, empty body. POST: only Action and
 * Version in the query, the params as a compact JSON body with sorted keys (raw UTF-8).
 */
function agentV2WireCall(action, method, params) {
    return method === 'GET'
        ? { action, version: AGENT_VERSION, method, query: toQuery(params) }
        : { action, version: AGENT_VERSION, method, body: sortKeys(params) };
}

;// CONCATENATED MODULE: ./src/core/agent-v2/run.ts







/**
 * The exact params an action sends for `input`, after its documented defaults, checked against the
 * action's request schema. What a consent gate digests is this, and nothing else is sent.
 * @throws SmsInputError naming each bad field by its CLI flag (`page-size`, `sub-accounts`)
 */
async function agentV2Params(spec, input) {
    const params = spec.prepare(input);
    const parsed = spec.params(await loadWireSchemas()).safeParse(params);
    if (!parsed.success)
        throw inputErrorFromIssues(parsed.error.issues);
    return params;
}
// The request's ids make an error's hint concrete (`list_signature --sub-accounts 7384ed01`).
function errorContext(params) {
    const first = (value) => typeof value === 'string'
        ? value
        : Array.isArray(value) && typeof value[0] === 'string'
            ? value[0]
            : undefined;
    return {
        subAccount: first(params.subAccount) ?? first(params.subAccounts),
        signature: first(params.signature) ?? first(params.signatures),
        templateId: first(params.templateId),
    };
}
/** A write whose answer was lost: what happened, and the read that tells whether it took effect. */
function writeOutcomeUnknown(spec, params, error) {
    const reconcile = spec.reconcile?.(params);
    const hint = reconcile
        ? `It may or may not have taken effect; do not repeat it blindly. Read ${reconcile.action} ${JSON.stringify(reconcile.params)}: it took effect if ${reconcile.settledWhen}.`
        : `It may or may not have taken effect; do not repeat it blindly. ${spec.unreconciled ?? ''}`.trim();
    return restateOutcomeUnknown(spec.action, error, { hint, reconcile });
}
/**
 * Sends one lowerCamel action: params checked first, then one transport call under the action's class. A
 * read is retried on anything transient; a write goes out at most once, and an answer lost after it may
 * have been processed is SmsOutcomeUnknownError carrying its reconciling read (`reconcile`).
 */
async function runAgentV2(runtime, spec, input, options = {}) {
    const params = await agentV2Params(spec, input);
    const dialectCall = {
        call: agentV2WireCall(spec.action, spec.method, params),
        paramsSchema: spec.params,
        resultSchema: spec.result,
    };
    const callRuntime = spec.answersCsv ? { ...runtime, engine: acceptingCsvAnswers(runtime.engine) } : runtime;
    try {
        return await executeCall(callRuntime, dialectCall, {
            kind: spec.kind === 'write' ? 'send' : 'read',
            signal: options.signal,
            context: errorContext(params),
        });
    }
    catch (err) {
        // CallFailure is internal bookkeeping; callers get the SmsError itself.
        const error = err instanceof CallFailure ? err.error : err;
        if (spec.kind === 'write' && error instanceof errors/* SmsOutcomeUnknownError */.iD)
            throw writeOutcomeUnknown(spec, params, error);
        throw error;
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
;// CONCATENATED MODULE: ./src/core/agent-v2/upload.ts




/** The service's cap on a batch file (agent-v2 reference §3.3): 50 MiB. */
const MAX_BATCH_FILE_BYTES = 50 * 1024 * 1024;
const UPLOAD_TIMEOUT_MS = 60_000;
const TOS_DOMAIN = '.volces.com';
/** A presigned URL as it may be shown: origin and path, never its query (a credential) or fragment. */
function displayUploadUrl(url) {
    try {
        const parsed = typeof url === 'string' ? new URL(url) : url;
        return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
    }
    catch {
        return '<not a URL>';
    }
}
/**
 * The upload URL if the client may send a file there: https on a host under `.volces.com` (TOS), or the
 * configured endpoint's own scheme and host (the sandbox serves uploads itself, over http when the
 * endpoint is http). No user info, no fragment.
 * @throws SmsResponseValidationError naming the host, never the query
 */
function checkUploadUrl(url, endpoint) {
    let target;
    try {
        target = new URL(url);
    }
    catch {
        throw new errors/* SmsResponseValidationError */.Si('GetUploadTosURL: the upload URL it returned is not a URL');
    }
    const shown = displayUploadUrl(target);
    if (target.username || target.password || target.hash) {
        throw new errors/* SmsResponseValidationError */.Si(`GetUploadTosURL: the upload URL ${shown} carries user info or a fragment; it is refused`);
    }
    const home = new URL(endpoint);
    const isEndpoint = target.protocol === home.protocol && target.host.toLowerCase() === home.host.toLowerCase();
    const isTos = target.protocol === 'https:' && target.hostname.toLowerCase().endsWith(TOS_DOMAIN);
    if (!isEndpoint && !isTos) {
        throw new errors/* SmsResponseValidationError */.Si(`GetUploadTosURL: the upload URL ${target.protocol}//${target.host} is neither https under ${TOS_DOMAIN} nor the endpoint's host; the file was not sent there`, { hint: 'Check VOLC_SMS_ENDPOINT: batch files go only to Volcengine TOS or to the endpoint itself.' });
    }
    return target;
}
/**
 * The size of a batch file, checked before anything is asked of the service: a readable, non-empty file
 * of at most 50 MiB.
 * @throws SmsInputError naming the `file` field
 */
async function batchFileSize(path) {
    const fail = (message) => new errors/* SmsInputError */.E$(`file: ${message}`, [{ field: 'file', message }]);
    let info;
    try {
        info = await (0,external_node_fs_promises_.stat)(path);
    }
    catch (err) {
        const code = err.code;
        throw fail(code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path} (${code ?? 'error'})`);
    }
    if (!info.isFile())
        throw fail(`${path} is not a file`);
    if (info.size === 0)
        throw fail(`${path} is empty`);
    if (info.size > MAX_BATCH_FILE_BYTES)
        throw fail(`${path} has ${info.size} bytes; the service takes at most ${MAX_BATCH_FILE_BYTES} (50 MiB)`);
    return info.size;
}
function failedPut(response, shown) {
    const status = response.statusCode ?? 0;
    const hint = status >= 300 && status < 400
        ? 'The storage answered with a redirect, which is refused: ask for a new upload URL.'
        : status === 403
            ? 'The upload URL expired (after five minutes) or was altered: ask for a new one and upload at once.'
            : 'Ask for a new upload URL and try again; nothing was stored under this key.';
    return new errors/* SmsApiError */.yW(`The batch file upload failed (HTTP ${status}) at ${shown}`, {
        status,
        apiCode: `HTTP${status}`,
        apiMessage: '',
        hint,
    });
}
// A few buffers, reused: streamed Buffers would each be garbage, and V8 collects those only after some
// 64 MB of them, so a 50 MB file read as a stream costs about its own size in RSS.
const CHUNK_BYTES = 256 * 1024;
const CHUNKS_IN_FLIGHT = 4;
/**
 * Writes `size` bytes of a file to the request through CHUNKS_IN_FLIGHT reused buffers (a buffer is read
 * into again only once the socket has taken its last chunk), then ends it. Hashes what it sends.
 */
async function streamFile(path, size, request, inspect) {
    const failed = new Promise((_resolve, reject) => {
        request.once('error', reject);
        request.once('close', () => reject(new Error('the connection closed')));
    });
    failed.catch(() => undefined);
    const handle = await (0,external_node_fs_promises_.open)(path);
    const writes = [];
    try {
        const hash = (0,external_node_crypto_.createHash)('sha256');
        const buffers = Array.from({ length: CHUNKS_IN_FLIGHT }, () => Buffer.allocUnsafe(CHUNK_BYTES));
        let bytes = 0;
        for (let index = 0; bytes < size; index++) {
            const slot = index % CHUNKS_IN_FLIGHT;
            if (writes[slot])
                await Promise.race([writes[slot], failed]);
            const buffer = buffers[slot];
            const { bytesRead } = await handle.read(buffer, 0, Math.min(CHUNK_BYTES, size - bytes), bytes);
            if (bytesRead === 0)
                break; // The file shrank since it was measured.
            const chunk = buffer.subarray(0, bytesRead);
            hash.update(chunk);
            bytes += bytesRead;
            inspect?.write(chunk);
            if (bytes === size)
                inspect?.end();
            writes[slot] = new Promise((resolve, reject) => request.write(chunk, (err) => (err ? reject(err) : resolve())));
        }
        await Promise.race([Promise.all(writes), failed]);
        request.end();
        return { bytes, sha256: hash.digest('hex') };
    }
    catch (err) {
        // Writes still in flight fail with the destroyed request: that is this error's doing, not another.
        for (const write of writes)
            write?.catch(() => undefined);
        request.destroy();
        throw err;
    }
    finally {
        await handle.close();
    }
}
/**
 * PUTs a file to a presigned URL, streamed from disk through a few reused buffers (a 50 MB file costs a few MB of RSS), with only
 * `Content-Length` set. Any 2xx is success; a redirect is not followed. Errors show the URL without its
 * query. The file's SHA-256 is computed from the bytes as they are sent.
 */
async function putBatchFile(url, file, settings, options = {}) {
    const target = checkUploadUrl(url, settings.endpoint);
    const shown = displayUploadUrl(target);
    const { size } = file;
    const timeoutMs = settings.timeoutMs ?? UPLOAD_TIMEOUT_MS;
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
    // node:https loads only when needed (a plain-http client, the CLI against the sandbox, never pays for it).
    const module = target.protocol === 'https:' ? process.getBuiltinModule('node:https') : (external_node_http_default());
    const agent = settings.proxy
        ? new module.Agent({ proxyEnv: { HTTP_PROXY: settings.proxy, HTTPS_PROXY: settings.proxy } })
        : undefined;
    const request = module.request(target, {
        method: 'PUT',
        headers: { 'Content-Length': String(size) },
        signal,
        ...(agent ? { agent } : {}),
    });
    const answered = new Promise((resolve, reject) => {
        request.once('response', resolve);
        request.once('error', reject);
    });
    const sending = streamFile(file.path, size, request, file.inspect);
    // The storage may answer (403) before the whole file is sent: its status says more than the broken pipe.
    const [sent, answer] = await Promise.allSettled([sending, answered]);
    agent?.destroy();
    // The inspector refused the file: the PUT was stopped before its last byte.
    if (sent.status === 'rejected' && sent.reason instanceof errors/* SmsInputError */.E$)
        throw sent.reason;
    if (answer.status === 'fulfilled') {
        const response = answer.value;
        response.resume();
        const status = response.statusCode ?? 0;
        if (status < 200 || status >= 300)
            throw failedPut(response, shown);
        if (sent.status === 'rejected' || sent.value.bytes !== size) {
            const bytes = sent.status === 'fulfilled' ? sent.value.bytes : 'not all';
            throw new errors/* SmsNetworkError */.Uc(`The batch file upload to ${shown} ended early (${bytes} of ${size} bytes sent)`, {
                hint: 'The file changed while it was sent, or the connection broke: ask for a new upload URL and try again.',
            });
        }
        return { size, sha256: sent.value.sha256, status };
    }
    const reason = answer.reason;
    if (timeout.aborted)
        throw new errors/* SmsTimeoutError */.Je(`The batch file upload to ${shown} got no answer within ${timeoutMs} ms`, {
            hint: 'Check the network (and HTTPS_PROXY), then ask for a new upload URL and try again.',
        });
    if (options.signal?.aborted)
        throw new errors/* SmsNetworkError */.Uc('The batch file upload was aborted');
    throw new errors/* SmsNetworkError */.Uc(`The batch file upload to ${shown} failed (${reason.code ?? 'connection error'})`, {
        hint: 'Check the network (and HTTPS_PROXY), then ask for a new upload URL and try again.',
    });
}

;// CONCATENATED MODULE: ./src/core/agent-v2/methods.ts



function createAgentV2Methods(runtime, upload) {
    const methods = {
        getSubAccountDetail: (input, o) => runAgentV2(runtime, AGENT_V2_ACTIONS.getSubAccountDetail, input, o),
        getSignatureIdentificationList: (input = {}, o) => runAgentV2(runtime, AGENT_V2_ACTIONS.getSignatureIdentificationList, input, o),
        listSecondTemplate: (input = {}, o) => runAgentV2(runtime, AGENT_V2_ACTIONS.listSecondTemplate, input, o),
        applySmsSignatureV2: (input, o) => runAgentV2(runtime, AGENT_V2_ACTIONS.applySmsSignatureV2, input, o),
        applySmsTemplateV2: (input, o) => runAgentV2(runtime, AGENT_V2_ACTIONS.applySmsTemplateV2, input, o),
        getUploadTosURL: (input = {}, o) => runAgentV2(runtime, AGENT_V2_ACTIONS.getUploadTosURL, input, o),
        templateUploadDemo: (input, o) => runAgentV2(runtime, AGENT_V2_ACTIONS.templateUploadDemo, input, o),
        setBatchTask: (input, o) => runAgentV2(runtime, AGENT_V2_ACTIONS.setBatchTask, input, o),
        getBatchTaskDetail: (input, o) => runAgentV2(runtime, AGENT_V2_ACTIONS.getBatchTaskDetail, input, o),
        getBatchTaskList: (input, o) => runAgentV2(runtime, AGENT_V2_ACTIONS.getBatchTaskList, input, o),
        consentBatchTask: (input, o) => runAgentV2(runtime, AGENT_V2_ACTIONS.consentBatchTask, input, o),
        deleteBatchTask: (input, o) => runAgentV2(runtime, AGENT_V2_ACTIONS.deleteBatchTask, input, o),
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

;// CONCATENATED MODULE: ./src/core/sending/verify-code.ts







async function checked(pick, input) {
    const parsed = pick(await loadWireSchemas()).safeParse(input);
    if (!parsed.success)
        throw inputErrorFromIssues(parsed.error.issues);
    return input;
}
function normalizedMobile(mobile) {
    const normalized = normalizePhone(mobile);
    if (normalized.ok)
        return normalized.mobile;
    const message = `${normalized.reason}; give one 11-digit mainland mobile (+86 optional) or an E.164 number`;
    throw new errors/* SmsInputError */.E$(`mobile: ${message}`, [{ field: 'mobile', message }]);
}
// `paramsSchema` is the input's: inputs are checked (checked() above) before the body is built from them.
const classicPost = (action, body, paramsSchema, resultSchema) => ({
    call: { action, version: CLASSIC_SEND_VERSION, method: 'POST', body },
    paramsSchema,
    resultSchema,
});
function createVerifyCodeMethods(runtime) {
    async function write(dialectCall, context, options, unknownHint) {
        try {
            return await executeCall(runtime, dialectCall, { kind: 'send', signal: options.signal, context });
        }
        catch (err) {
            const error = err instanceof CallFailure ? err.error : err;
            if (unknownHint && error instanceof errors/* SmsOutcomeUnknownError */.iD)
                throw restateOutcomeUnknown(dialectCall.call.action, error, { hint: unknownHint });
            throw error;
        }
    }
    return {
        async sendSmsVerifyCode(input, options = {}) {
            const given = await checked((s) => s.SendSmsVerifyCodeInputSchema, input);
            const mobile = normalizedMobile(given.mobile);
            const body = compact({
                SmsAccount: given.subAccount,
                Sign: given.signature,
                TemplateID: given.templateId,
                PhoneNumber: mobile,
                Scene: given.scene,
                CodeType: given.codeType,
                ExpireTime: given.expireTime,
                TryCount: given.tryCount,
                Tag: given.tag,
            });
            // The send log by number settles a lost answer, as for any send (execute-call.ts words the hint).
            const context = { ...given, mobiles: [mobile] };
            return write(classicPost('SendSmsVerifyCode', body, (s) => s.SendSmsVerifyCodeInputSchema, (s) => s.ClassicSendResultSchema), context, options);
        },
        async checkSmsVerifyCode(input, options = {}) {
            const given = await checked((s) => s.CheckSmsVerifyCodeInputSchema, input);
            const body = {
                SmsAccount: given.subAccount,
                PhoneNumber: normalizedMobile(given.mobile),
                Scene: given.scene,
                Code: given.code,
            };
            return write(classicPost('CheckSmsVerifyCode', body, (s) => s.CheckSmsVerifyCodeInputSchema, (s) => s.VerifyCodeCheckSchema), given, options, "The check may have used up one of the code's tries; check again (a first check that counted can make it answer wrong or expired), or send a new code.");
        },
        async conversion(input, options = {}) {
            const given = await checked((s) => s.ConversionInputSchema, input);
            const body = { MessageIDs: [...given.messageIds], Type: given.type };
            return write(classicPost('Conversion', body, (s) => s.ConversionInputSchema, (s) => s.ConversionResultSchema), {}, options, 'The conversion may or may not have been recorded; report it again only if counting it twice does no harm.');
        },
    };
}

;// CONCATENATED MODULE: ./src/core/config/client-options.ts

const optional = (check) => (value) => value === undefined ? undefined : check(value);
const client_options_text = (value) => typeof value !== 'string' ? 'must be a string' : value.trim() === '' ? 'must not be empty' : undefined;
const string = (value) => (typeof value === 'string' ? undefined : 'must be a string');
const fn = (value) => (typeof value === 'function' ? undefined : 'must be a function');
// Surrounding spaces are tolerated (URL parsing drops them); `http:example.com` is not a URL people mean.
const httpUrl = (example) => (value) => typeof value === 'string' &&
    /^https?:\/\/\S+$/i.test(value.trim()) &&
    /^https?:$/.test(URL.parse(value.trim())?.protocol ?? '')
    ? undefined
    : `must be an http(s) URL such as ${example}`;
const apiUrl = httpUrl('https://sms.volcengineapi.com');
const wholeNumber = (min, max = Number.MAX_SAFE_INTEGER) => (value) => Number.isSafeInteger(value) && value >= min && value <= max
    ? undefined
    : max === Number.MAX_SAFE_INTEGER
        ? `must be a whole number of at least ${min}`
        : `must be a whole number from ${min} to ${max}`;
const oneOf = (...values) => (value) => values.includes(value) ? undefined : `must be ${values.map((v) => `"${v}"`).join(' or ')}`;
const AUTH_CHECKS = {
    aksk: { accessKeyId: client_options_text, secretAccessKey: client_options_text, sessionToken: optional(string) },
    gateway: { apiKey: client_options_text, apiBase: apiUrl },
};
// Typed against ClientOptions: an option added there and not checked here does not compile.
const OPTION_CHECKS = {
    endpoint: optional(apiUrl),
    proxy: optional(httpUrl('http://proxy.example:3128')),
    region: optional(client_options_text),
    api: optional(oneOf('agent', 'classic')),
    timeoutMs: optional(wholeNumber(1)),
    connectTimeoutMs: optional(wholeNumber(1)),
    maxRetries: optional(wholeNumber(0, 10)),
    fetch: optional(fn),
    sendConcurrency: optional(wholeNumber(1, 256)),
    maxConnections: optional(wholeNumber(1, 1024)),
    clock: optional(fn),
    sleep: optional(fn),
    random: optional(fn),
    onAttempt: optional(fn),
    userAgent: optional(string),
};
const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** Every problem with `options`, as `path: what is wrong` (never echoing a value, which may be a secret). */
function clientOptionProblems(options) {
    if (!isRecord(options))
        return ['options: must be an object'];
    const problems = [];
    const auth = options['auth'];
    const authChecks = isRecord(auth) ? AUTH_CHECKS[String(auth['kind'])] : undefined;
    if (!isRecord(auth)) {
        problems.push('auth: must be { kind: "aksk", accessKeyId, secretAccessKey } or { kind: "gateway", apiKey, apiBase }');
    }
    else if (!authChecks) {
        problems.push('auth.kind: must be "aksk" or "gateway"');
    }
    else {
        for (const [key, check] of Object.entries(authChecks)) {
            const problem = check(auth[key]);
            if (problem)
                problems.push(`auth.${key}: ${problem}`);
        }
    }
    for (const [key, check] of Object.entries(OPTION_CHECKS)) {
        const problem = check(options[key]);
        if (problem)
            problems.push(`${key}: ${problem}`);
    }
    if (options['fetch'] !== undefined && options['proxy'] !== undefined) {
        // Dropping the proxy would send around it; a fetch of the caller's own reaches the network its way.
        problems.push("proxy: is the built-in engine's; with fetch, give the fetch its proxy (undici's ProxyAgent as its dispatcher) and leave proxy unset");
    }
    return problems;
}
/**
 * Checks client options at construction, naming each bad option (never echoing a credential).
 * @throws SmsConfigError
 */
function checkClientOptions(options) {
    const problems = clientOptionProblems(options);
    if (problems.length === 0)
        return;
    throw new errors/* SmsConfigError */.cw(`Invalid client options: ${problems.join('; ')}`, {
        hint: 'Build the options with resolveClientConfig(), or fix the fields named above.',
    });
}

;// CONCATENATED MODULE: ./src/core/sending/send-plan.ts



/** Numbers per request: the API's limit for SendSmsForAgent, SendSms and SendBatchSms. */
const MAX_NUMBERS_PER_REQUEST = 200;
/** Splits a list into consecutive chunks of at most `size`. */
function chunk(items, size = MAX_NUMBERS_PER_REQUEST) {
    // The usual case, without growing an empty array.
    if (items.length > 0 && items.length <= size)
        return [items.slice()];
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}
/** Normalises and de-duplicates numbers; each invalid one becomes an issue naming its position. */
function normalizeMobiles(mobiles, field = 'mobiles') {
    // A set only when there can be duplicates: most sends carry one number.
    const seen = mobiles.length > 1 ? new Set() : undefined;
    // Sized for every number up front and trimmed at the end: growing an empty array costs more.
    const unique = new Array(mobiles.length);
    let uniqueCount = 0;
    const duplicates = [];
    const issues = [];
    for (let index = 0; index < mobiles.length; index++) {
        const input = mobiles[index];
        const result = normalizePhone(input);
        if (!result.ok) {
            issues.push({ field, message: `#${index + 1} "${maskPhone(input)}": ${result.reason}` });
        }
        else if (seen?.has(result.mobile))
            duplicates.push(input);
        else {
            seen?.add(result.mobile);
            unique[uniqueCount++] = result.mobile;
        }
    }
    unique.length = uniqueCount;
    if (mobiles.length === 0)
        issues.push({ field, message: 'at least one number is required' });
    return { mobiles: unique, duplicates, issues };
}
const REQUIRED = [
    ['subAccount', 'sub-account'],
    ['signature', 'signature'],
    ['templateId', 'template-id'],
];
/**
 * Validates a send before anything goes out: required fields, every number (each invalid one named),
 * template parameters. Throws one SmsInputError listing all issues.
 */
function planSend(input) {
    const issues = [];
    for (const [key, field] of REQUIRED) {
        const value = input[key];
        if (typeof value !== 'string' || value.trim() === '')
            issues.push({ field, message: 'is required' });
    }
    const numbers = normalizeMobiles(input.mobiles ?? []);
    for (const issue of numbers.issues)
        issues.push(issue);
    let templateParam;
    if (input.templateParam !== undefined) {
        try {
            templateParam = (0,sending_template/* templateParamJson */._h)(input.templateParam);
        }
        catch (err) {
            if (!(err instanceof errors/* SmsInputError */.E$))
                throw err;
            issues.push(...err.issues);
        }
    }
    if (issues.length > 0) {
        const invalidNumbers = numbers.issues.length;
        const summary = invalidNumbers > 0 && invalidNumbers === issues.length
            ? `${invalidNumbers} invalid number${invalidNumbers === 1 ? '' : 's'} in mobiles`
            : 'Invalid send request';
        throw new errors/* SmsInputError */.E$(`${summary}: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`, issues, {
            hint: 'Fix the fields named above; nothing was sent.',
        });
    }
    const plan = {
        mobiles: numbers.mobiles,
        duplicates: numbers.duplicates,
        chunks: chunk(numbers.mobiles),
    };
    if (templateParam !== undefined)
        plan.templateParam = templateParam;
    return plan;
}

;// CONCATENATED MODULE: ./src/core/sending/batch-plan.ts




/**
 * Validates a batch before anything goes out. Unlike sendSms, a number given twice is an error, not a
 * silent drop: its two messages may carry different parameters, and which one to send is the caller's call.
 * `groupByParams` (for APIs without a batch action) puts numbers with identical parameters in the same chunks.
 */
function planBatchSend(input, options) {
    const issues = [];
    for (const [key, field] of [
        ['subAccount', 'sub-account'],
        ['signature', 'signature'],
        ['templateId', 'template-id'],
    ]) {
        if (typeof input[key] !== 'string' || input[key].trim() === '')
            issues.push({ field, message: 'is required' });
    }
    const messages = input.messages ?? [];
    if (messages.length === 0)
        issues.push({ field: 'messages', message: 'at least one message is required' });
    const params = new Map();
    const firstIndex = new Map();
    messages.forEach((message, index) => {
        const position = `#${index + 1}`;
        const phone = normalizePhone(message.mobile ?? '');
        if (!phone.ok) {
            issues.push({
                field: 'mobiles',
                message: `${position} "${maskPhone(message.mobile ?? '')}": ${phone.reason}`,
            });
            return;
        }
        if (firstIndex.has(phone.mobile)) {
            issues.push({
                field: 'mobiles',
                message: `${position} ${maskPhone(phone.mobile)} repeats #${firstIndex.get(phone.mobile) + 1}; give each number once`,
            });
            return;
        }
        firstIndex.set(phone.mobile, index);
        let templateParam;
        try {
            if (message.templateParam !== undefined) {
                templateParam = (0,sending_template/* templateParamJson */._h)(message.templateParam, 'template-param');
            }
        }
        catch (err) {
            if (!(err instanceof errors/* SmsInputError */.E$))
                throw err;
            issues.push(...err.issues.map((i) => ({ field: i.field, message: `${position}: ${i.message}` })));
        }
        params.set(phone.mobile, templateParam);
    });
    if (issues.length > 0) {
        throw new errors/* SmsInputError */.E$(`Invalid batch: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`, issues, {
            hint: 'Fix the messages named above; nothing was sent.',
        });
    }
    const mobiles = [...params.keys()];
    let chunks;
    if (options.groupByParams) {
        const groups = new Map();
        for (const mobile of mobiles) {
            const key = params.get(mobile) ?? '';
            groups.set(key, [...(groups.get(key) ?? []), mobile]);
        }
        chunks = [...groups.values()].flatMap((group) => chunk(group));
    }
    else
        chunks = chunk(mobiles);
    return { plan: { mobiles, duplicates: [], chunks }, params };
}

;// CONCATENATED MODULE: ./src/core/time/shanghai-day.ts
/**
 * The service's days: Asia/Shanghai is a fixed UTC+08:00 all year (no daylight saving), so its days,
 * stats buckets and batch hours are plain arithmetic on epoch seconds, with no time-zone data to load
 * (Intl's costs milliseconds of cold start). Shown times in other zones go through time-zone.ts instead.
 */
const SHANGHAI_OFFSET_SECONDS = 8 * 3600;
const DAY_SECONDS = 86_400;
/** Start of the Asia/Shanghai day containing an instant, both in epoch seconds. */
function shanghaiDayStart(seconds) {
    return (Math.floor((seconds + SHANGHAI_OFFSET_SECONDS) / DAY_SECONDS) * DAY_SECONDS - SHANGHAI_OFFSET_SECONDS);
}
/** Seconds since Asia/Shanghai midnight of an instant in epoch seconds (0 to 86,399). */
function shanghaiSecondOfDay(seconds) {
    return Math.floor(seconds) - shanghaiDayStart(Math.floor(seconds));
}
const pad = (n) => String(n).padStart(2, '0');
/** `2026-07-01T00:00:00+08:00`: the reference's ISO form of an instant, labelled with the offset. */
function shanghaiIso(seconds) {
    const d = new Date((seconds + SHANGHAI_OFFSET_SECONDS) * 1000);
    return (`${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
        `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}+08:00`);
}
/** `2026-07-01`: the Asia/Shanghai date of an instant in epoch seconds. */
function shanghaiDate(seconds) {
    return shanghaiIso(seconds).slice(0, 10);
}

;// CONCATENATED MODULE: ./src/core/dialects/classic-dialect.ts





const classic_dialect_LIST_PAGE_SIZE = 20;
const classic_dialect_LOG_PAGE_SIZE = 100;
/** `yyyyMMdd` of the Asia/Shanghai day containing an epoch-seconds instant (the classic log is per day). */
const shanghaiSendDate = (epochSeconds) => shanghaiDate(epochSeconds).replaceAll('-', '');
function unsupported(field, why) {
    const message = `${why}; use the agent API (unset VOLC_SMS_API) for this filter`;
    throw new errors/* SmsInputError */.E$(`${field}: ${message}`, [{ field, message }]);
}
const get = (action, query) => ({
    action,
    version: CLASSIC_MANAGEMENT_VERSION,
    method: 'GET',
    query: Object.fromEntries(Object.entries(query).filter((e) => e[1] !== undefined)),
});
/** A signature or template list ("…AndOrderList"): one message group, one page, the action's filter. */
function pagedList(input, spec) {
    if ((input.subAccounts?.length ?? 0) > 1)
        unsupported('sub-accounts', 'the classic API filters by one message group');
    if (spec.refused)
        unsupported(spec.refused.field, spec.refused.why);
    const query = compact({
        subAccount: input.subAccounts?.[0],
        ...spec.filter,
        pageIndex: String(input.page ?? 1),
        pageSize: String(input.pageSize ?? classic_dialect_LIST_PAGE_SIZE),
    });
    return {
        call: get(spec.action, query),
        paramsSchema: (s) => s[`${spec.action}QuerySchema`],
        resultSchema: spec.resultSchema,
    };
}
/**
 * The classic actions of the official SDKs (reference §3.1–3.7): SendSms/SendBatchSms POST with PascalCase
 * bodies, management reads GET with lowerCamel queries (GetSmsSendDetails POSTs, the V5 stats GET carries a
 * JSON body). Filters the classic API cannot express are refused, never silently dropped. Results are mapped
 * onto the agent shapes (each `as` only widens away its transform's exact type).
 */
const classicDialect = {
    send: (chunk) => ({
        call: {
            action: 'SendSms',
            version: CLASSIC_SEND_VERSION,
            method: 'POST',
            body: compact({
                SmsAccount: chunk.subAccount,
                Sign: chunk.signature,
                TemplateID: chunk.templateId,
                TemplateParam: chunk.templateParam,
                PhoneNumbers: chunk.mobiles.join(','),
                Tag: chunk.tag,
            }),
        },
        paramsSchema: (s) => s.SendSmsBodySchema,
        resultSchema: (s) => s.ClassicSendResultSchema,
    }),
    sendBatch: (chunk) => ({
        call: {
            action: 'SendBatchSms',
            version: CLASSIC_BATCH_VERSION,
            method: 'POST',
            body: compact({
                SmsAccount: chunk.subAccount,
                Sign: chunk.signature,
                TemplateID: chunk.templateId,
                Messages: chunk.messages.map((m) => compact({ PhoneNumber: m.mobile, TemplateParam: m.templateParam })),
                Tag: chunk.tag,
            }),
        },
        paramsSchema: (s) => s.SendBatchSmsBodySchema,
        resultSchema: (s) => s.ClassicSendResultSchema,
    }),
    listSubAccounts: (input) => ({
        call: get('GetSubAccountList', compact({ subAccountName: input.subAccountName })),
        paramsSchema: (s) => s.GetSubAccountListQuerySchema,
        resultSchema: (s) => s.ClassicSubAccountListSchema,
    }),
    listSignatures: (input) => pagedList(input, {
        action: 'GetSignatureAndOrderList',
        filter: { signature: input.signature },
        resultSchema: (s) => s.ClassicSignatureListSchema,
    }),
    listTemplates: (input) => pagedList(input, {
        action: 'GetSmsTemplateAndOrderList',
        filter: { templateId: input.templateId },
        refused: input.signatures?.length
            ? { field: 'signatures', why: 'the classic template list has no signature filter' }
            : undefined,
        resultSchema: (s) => s.ClassicTemplateListSchema,
    }),
    listSendLogs: (input) => {
        if (!input.subAccount)
            unsupported('sub-account', 'the classic send log needs a message group');
        if (input.templateId)
            unsupported('template-id', 'the classic send log has no template filter');
        if (input.signature)
            unsupported('signature', 'the classic send log has no signature filter');
        const day = input.fromTime ?? input.toTime;
        if (input.fromTime !== undefined && input.toTime !== undefined) {
            if (shanghaiSendDate(input.fromTime) !== shanghaiSendDate(input.toTime)) {
                unsupported('from-time', 'the classic send log covers one Asia/Shanghai day (sendDate)');
            }
        }
        const mobile = input.mobile === undefined ? undefined : normalizePhone(input.mobile);
        return {
            call: {
                action: 'GetSmsSendDetails',
                version: CLASSIC_MANAGEMENT_VERSION,
                method: 'POST',
                body: compact({
                    subAccount: input.subAccount,
                    phoneNumber: mobile?.ok ? mobile.mobile : input.mobile,
                    messageId: input.messageId,
                    sendDate: day === undefined ? undefined : shanghaiSendDate(day),
                    pageIndex: input.page ?? 1,
                    pageSize: input.pageSize ?? classic_dialect_LOG_PAGE_SIZE,
                }),
            },
            paramsSchema: (s) => s.GetSmsSendDetailsBodySchema,
            resultSchema: (s) => s.ClassicSendDetailsSchema,
        };
    },
    getSendStats: (input) => ({
        call: {
            action: 'GetTotalSendCountStatV5',
            version: CLASSIC_MANAGEMENT_VERSION,
            method: 'GET',
            body: compact({
                startTime: String(input.startTime),
                endTime: String(input.endTime),
                smsAccount: input.subAccount,
                signature: input.signature,
                templateId: input.templateId,
                channelType: input.channelType,
            }),
        },
        paramsSchema: (s) => s.GetTotalSendCountStatV5BodySchema,
        resultSchema: (s) => s.ClassicSendStatsSchema,
    }),
};

;// CONCATENATED MODULE: ./src/core/sending/classic-send-log.ts



/**
 * The classic send log (`GetSmsSendDetails`) takes a date (`sendDate`), not a window: asked for the last
 * hour, it answers the whole Asia/Shanghai day. The client keeps only the entries inside the window asked
 * for, in the result and in the raw envelope alike, and says that the API was asked for more. A window that
 * crosses midnight (`--since 1h` at 00:30) is asked day by day, newest first, with the same page number
 * each: page N of the window is page N of every day, so reading pages 1, 2, … meets each entry once.
 */
/** One request per day: a page read of a longer window is refused rather than made 30+ requests deep. */
const CLASSIC_LOG_MAX_DAYS = 31;
/**
 * The window cut into its Asia/Shanghai days, newest first; a window within one day is itself. A window
 * open at its end (`--from-time` alone) runs, as the agent API's does, to now: through the end of today.
 */
function classicDays(input, now) {
    const { fromTime } = input;
    const toTime = fromTime === undefined || input.toTime !== undefined
        ? input.toTime
        : shanghaiDayStart(Math.max(Math.floor(now / 1000), fromTime)) + DAY_SECONDS - 1;
    if (fromTime === undefined || toTime === undefined || fromTime > toTime)
        return [input];
    const first = shanghaiDayStart(fromTime);
    const last = shanghaiDayStart(toTime);
    const count = (last - first) / DAY_SECONDS + 1;
    if (count > CLASSIC_LOG_MAX_DAYS) {
        const message = `the classic send log is asked one Asia/Shanghai day per request, and this window spans ${count} days ` +
            `(at most ${CLASSIC_LOG_MAX_DAYS} for one page)`;
        throw new errors/* SmsInputError */.E$(message, [{ field: 'from-time', message }], {
            hint: 'Narrow the window with --from-time/--to-time, or read it all with --all, which walks it day by day.',
        });
    }
    const days = [];
    for (let start = last; start >= first; start -= DAY_SECONDS) {
        const end = start + DAY_SECONDS - 1;
        days.push({ ...input, fromTime: Math.max(start, fromTime), toTime: Math.min(end, toTime) });
    }
    return days;
}
/** Reads every day of the window (one after another: the API allows 5 requests a second) as one page. */
async function readClassicSendLog(input, ask, now) {
    const days = classicDays(input, now);
    const answers = [];
    for (const day of days)
        answers.push(keepClassicWindow(await ask(day), day));
    if (answers.length === 1)
        return answers[0];
    return joinDays(answers, days.map((day) => shanghaiDate(day.fromTime ?? 0)));
}
function keepClassicWindow(response, input) {
    const anchor = input.fromTime ?? input.toTime;
    if (anchor === undefined)
        return response;
    const dayStart = shanghaiDayStart(anchor);
    const dayEnd = dayStart + DAY_SECONDS - 1;
    if ((input.fromTime ?? dayStart) <= dayStart && (input.toTime ?? dayEnd) >= dayEnd)
        return response; // whole day
    // Entries carry epoch milliseconds; the window's seconds are whole (the last one included).
    const fromMs = (input.fromTime ?? dayStart) * 1000;
    const toMs = (input.toTime ?? dayEnd) * 1000 + 999;
    const inside = (sendTime) => typeof sendTime !== 'number' || (sendTime >= fromMs && sendTime <= toMs);
    const List = response.result.List.filter((entry) => inside(entry.SendTime));
    const details = rawDetails(response.raw);
    const keptRaw = details
        ? withDetails(response.raw, details.filter((e) => !(0,quick_read/* isRecord */.u4)(e) || inside(e.sendTime)))
        : response.raw;
    return {
        ...response,
        result: { ...response.result, List },
        raw: keptRaw,
        widened: { days: [shanghaiDate(dayStart)], dropped: response.result.List.length - List.length },
    };
}
/**
 * The days' answers as one page: entries newest day first, totals added, the envelope's list joined. When
 * any day was wider than the window, `widened` names every day asked (the whole ones too).
 */
function joinDays(answers, dayNames) {
    const [newest] = answers;
    const List = answers.flatMap((a) => a.result.List);
    const Total = answers.reduce((sum, a) => sum + a.result.Total, 0);
    const details = answers.map((a) => rawDetails(a.raw));
    const raw = details.every((d) => d !== undefined)
        ? withDetails(newest.raw, details.flat(), Total)
        : newest.raw;
    const widened = answers.flatMap((a) => (a.widened ? [a.widened] : []));
    return {
        result: { ...newest.result, List, Total },
        requestId: answers.map((a) => a.requestId).join(', '),
        raw,
        attempts: answers.reduce((sum, a) => sum + a.attempts, 0),
        widened: widened.length === 0
            ? undefined
            : { days: dayNames, dropped: widened.reduce((sum, w) => sum + w.dropped, 0) },
    };
}
function rawDetails(raw) {
    const result = (0,quick_read/* isRecord */.u4)(raw) && (0,quick_read/* isRecord */.u4)(raw.Result) ? raw.Result : undefined;
    return Array.isArray(result?.sendDetailsResults) ? result.sendDetailsResults : undefined;
}
/** The envelope with its `Result.sendDetailsResults` (and `total`, when given) replaced. */
function withDetails(raw, sendDetailsResults, total) {
    if (!(0,quick_read/* isRecord */.u4)(raw) || !(0,quick_read/* isRecord */.u4)(raw.Result))
        return raw;
    const Result = { ...raw.Result, sendDetailsResults, ...(total === undefined ? {} : { total }) };
    return { ...raw, Result };
}

;// CONCATENATED MODULE: ./src/core/sending/send-chunks.ts





/** Runs `task` over `items` with at most `limit` in flight; results keep the input order. */
async function mapLimited(items, limit, task) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await task(items[index], index);
        }
    };
    // A loop, not Array.from({ length }): V8 walks that array-like generically, a cost on every send.
    const workers = [];
    for (let i = Math.max(1, Math.min(limit, items.length)); i > 0; i--)
        workers.push(worker());
    await Promise.all(workers);
    return results;
}
function recipient(mobile, input) {
    return { input, mobile, masked: maskPhone(mobile) };
}
// A definite rejection (business error, refused connection) means nothing went out: `failed`.
// Anything that may have been processed is `unknown`, never `failed`, so nobody resends it blindly.
function statusOf(error) {
    return error instanceof errors/* SmsOutcomeUnknownError */.iD ? 'unknown' : 'failed';
}
const checkLogHint = (subAccount) => `Check with \`volc-sms list_sms_send_log --sub-account ${subAccount}\` before resending.`;
async function sendOneChunk(runtime, mobiles, inputOf, call, context, options) {
    if (options.signal?.aborted) {
        const error = new errors/* SmsNetworkError */.Uc('Aborted before this chunk was sent');
        return { recipients: failedRecipients(mobiles, inputOf, error), raw: undefined };
    }
    const settings = { kind: 'send', signal: options.signal, context: { ...context, mobiles } };
    try {
        // A bug while reading a success is reported like any other failure (below), never thrown.
        return chunkSent(await executeCall(runtime, call, settings), mobiles, inputOf, context);
    }
    catch (err) {
        return chunkFailed(err, mobiles, inputOf, context, runtime.secrets);
    }
}
function chunkSent(response, mobiles, inputOf, context) {
    const ids = response.result.MessageIds;
    // MessageIds come back one per number, in the order the numbers were sent (reference §3.1).
    const mismatch = ids.length === mobiles.length
        ? undefined
        : new errors/* SmsOutcomeUnknownError */.iD(`The server accepted the request but returned ${ids.length} message ids for ${mobiles.length} numbers`, {
            requestId: response.requestId,
            cause: new errors/* SmsResponseValidationError */.Si('MessageIds count mismatch'),
            hint: checkLogHint(context.subAccount),
        });
    const recipients = mobiles.map((mobile, i) => {
        const who = recipient(mobile, inputOf(mobile));
        return mismatch
            ? { ...who, status: 'unknown', error: mismatch, requestId: response.requestId }
            : { ...who, status: 'sent', messageId: ids[i], requestId: response.requestId };
    });
    return { raw: response.raw, recipients };
}
function chunkFailed(err, mobiles, inputOf, context, secrets) {
    // Anything but a classified failure is a bug somewhere below; the request may have gone out, so it is
    // reported as unknown rather than thrown, which would lose the other chunks' results.
    const error = err instanceof CallFailure
        ? err.error
        : new errors/* SmsOutcomeUnknownError */.iD(`Unexpected failure while sending: ${String(err?.message ?? err)}`, {
            cause: err,
            hint: checkLogHint(context.subAccount),
        });
    return {
        // An error envelope may quote the request (the access key of InvalidAccessKey); callers print it as is.
        raw: err instanceof CallFailure ? redactJson(err.raw, secrets) : undefined,
        recipients: failedRecipients(mobiles, inputOf, error),
    };
}
function failedRecipients(mobiles, inputOf, error) {
    return mobiles.map((mobile) => ({
        ...recipient(mobile, inputOf(mobile)),
        status: statusOf(error),
        error,
        requestId: error.requestId,
    }));
}
/**
 * Sends every chunk of a plan with bounded concurrency. A chunk's failure is recorded on its own
 * recipients and never stops or hides the other chunks. Rejects (sending nothing) only when a request
 * cannot be built.
 */
async function sendPlannedChunks(runtime, plan, originalInputs, build, context, concurrency, options = {}) {
    // Every request is built and its params checked before the first one is sent, so a bad chunk cannot
    // stop a send halfway. The usual send passes the zod-free check; only anything else loads the schemas.
    const calls = plan.chunks.map((mobiles) => build(mobiles));
    if (!paramsPlainlyPass(calls))
        await checkParams(calls);
    const spelling = inputSpelling(originalInputs);
    const results = await mapLimited(plan.chunks, concurrency, (mobiles, index) => sendOneChunk(runtime, mobiles, spelling, calls[index], context, options));
    return outcomeOf(plan, results);
}
/** How many of `items` were sent, failed, or are unknown. */
function statusCounts(items) {
    const sent = items.filter((r) => r.status === 'sent').length;
    const failed = items.filter((r) => r.status === 'failed').length;
    return { sentCount: sent, failedCount: failed, unknownCount: items.length - sent - failed };
}
/** The outcome of a send from its recipients (in order), counted by status. */
function outcomeFrom(plan, recipients, raw) {
    return { recipients, plan, ...statusCounts(recipients), raw };
}
function outcomeOf(plan, results) {
    const recipients = [];
    const raw = [];
    for (const result of results) {
        recipients.push(...result.recipients);
        raw.push(result.raw);
    }
    return outcomeFrom(plan, recipients, raw);
}
/** The first spelling the caller wrote of each normalised number, so results show what was written. */
function firstSpellings(originalInputs) {
    const map = new Map();
    for (const input of originalInputs) {
        const result = normalizePhone(input);
        if (result.ok && !map.has(result.mobile))
            map.set(result.mobile, input);
    }
    return map;
}
function inputSpelling(originalInputs) {
    const map = firstSpellings(originalInputs);
    return (mobile) => map.get(mobile) ?? mobile;
}

;// CONCATENATED MODULE: ./src/core/http/fetch-engine.ts

/**
 * The engine over a fetch the caller gives (`ClientOptions.fetch`), as octokit's `request.fetch` and ky's
 * `fetch`: the caller's fetch owns connections, proxies and TLS; this owns the attempt's timeout and turns
 * fetch's answers and failures into the transport's terms.
 */
function createFetchEngine(fetchFn) {
    return {
        send: (request) => sendWithFetch(fetchFn, request),
        close: async () => { },
    };
}
async function sendWithFetch(fetchFn, request) {
    if (request.signal?.aborted) {
        throw new TransportError('Request aborted', {
            kind: 'aborted',
            phase: 'connect',
            cause: request.signal.reason,
        });
    }
    if (request.method === 'GET' && request.body !== '') {
        // WHATWG fetch refuses a GET with a body, which one classic action needs (GetTotalSendCountStatV5).
        throw new TransportError('fetch cannot send a GET with a body (classic send statistics)', {
            kind: 'network',
            phase: 'connect',
            code: 'ERR_FETCH_GET_BODY',
        });
    }
    // fetch has no connect timeout of its own: the attempt's timeout bounds connect, answer and body.
    const timeout = AbortSignal.timeout(request.timeoutMs);
    const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
    let phase = 'connect';
    try {
        const response = await fetchFn(request.url, {
            method: request.method,
            headers: request.headers,
            ...(request.body === '' ? {} : { body: request.body }),
            signal,
            // The API never redirects; a redirect followed would resend a write somewhere else.
            redirect: 'manual',
        });
        phase = 'sent';
        const body = await response.text();
        const headers = {};
        response.headers.forEach((value, name) => (headers[name] = value));
        return { status: response.status, headers, body };
    }
    catch (err) {
        throw fromFetchFailure(err, request, { phase, timedOut: timeout.aborted });
    }
}
/**
 * fetch rejects with the signal's reason on an abort or timeout, and with a TypeError whose `cause` (or
 * the cause's cause, or one error of an AggregateError) carries the system or undici code otherwise.
 */
function fromFetchFailure(err, request, state) {
    if (state.timedOut) {
        return new TransportError(`No complete answer within ${request.timeoutMs} ms`, {
            kind: 'timeout',
            phase: 'sent',
            cause: err,
        });
    }
    if (request.signal?.aborted) {
        // Whether fetch had written anything is not known: a send is then of unknown outcome.
        return new TransportError('Request aborted', {
            kind: 'aborted',
            phase: 'sent',
            cause: request.signal.reason,
        });
    }
    const code = errorCode(err);
    const beforeRequest = state.phase === 'connect' &&
        ((code !== undefined && CONNECT_PHASE_CODES.has(code)) || tlsFailure(code) !== undefined);
    return new TransportError(`Connection failed (${code ?? 'fetch failed'})`, {
        kind: 'network',
        phase: beforeRequest ? 'connect' : 'sent',
        code,
        cause: err,
    });
}
/** The first `code` along the cause chain (and inside an AggregateError), a few levels deep. */
function errorCode(err, depth = 0) {
    if (typeof err !== 'object' || err === null || depth > 4)
        return undefined;
    const { code, cause, errors } = err;
    if (typeof code === 'string')
        return code;
    if (Array.isArray(errors) && errors.length > 0)
        return errorCode(errors[0], depth + 1);
    return errorCode(cause, depth + 1);
}

;// CONCATENATED MODULE: ./src/core/http/node-http-engine.ts


// The built-in engine, node:http with a keep-alive agent, for every process: no parser to compile on the
// first request (undici's WebAssembly parser costs a one-shot process 110–360 ms), and kept connections
// for long-lived ones. docs/client.md ("HTTP engine") has the measurements that made it the only one.
function createNodeHttpEngine(options) {
    // Node 24's agents speak to proxies themselves (absolute-form for http, CONNECT for https) when given
    // the proxy as their `proxyEnv`; the client has already applied NO_PROXY (see proxy.ts).
    const agentOptions = {
        keepAlive: true,
        maxSockets: options.maxSockets,
        ...(options.proxy ? { proxyEnv: { HTTP_PROXY: options.proxy, HTTPS_PROXY: options.proxy } } : {}),
    };
    const plain = { module: (external_node_http_default()), agent: new (external_node_http_default()).Agent(agentOptions) };
    // node:https (and node:tls under it) costs a few ms to load, so a process that only talks plain http
    // (the sandbox, a loopback stub) never loads it. getBuiltinModule is synchronous and left alone by ncc.
    let secure;
    const secureTransport = () => {
        if (!secure) {
            const loaded = process.getBuiltinModule('node:https');
            secure = {
                module: loaded,
                agent: new loaded.Agent(agentOptions),
            };
        }
        return secure;
    };
    const transportFor = (protocol) => (protocol === 'https:' ? secureTransport() : plain);
    return {
        send: (request) => sendWithNodeHttp(request, transportFor),
        async close() {
            plain.agent.destroy();
            secure?.agent.destroy();
        },
    };
}
function sendWithNodeHttp(request, transportFor) {
    return new Promise((resolve, reject) => {
        const { endpoint } = request;
        const { module: transport, agent } = transportFor(endpoint.protocol);
        let phase = 'connect';
        let settled = false;
        let connectTimer;
        const finish = (error, response) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(connectTimer);
            clearTimeout(answerTimer);
            request.signal?.removeEventListener('abort', onAbort);
            if (error) {
                req.destroy();
                reject(error);
            }
            else
                resolve(response);
        };
        const onAbort = () => finish(new TransportError('Request aborted', { kind: 'aborted', phase, cause: request.signal?.reason }));
        if (request.signal?.aborted) {
            reject(new TransportError('Request aborted', { kind: 'aborted', phase, cause: request.signal.reason }));
            return;
        }
        // The parts rather than the URL: node:http would parse it again.
        const req = transport.request({
            protocol: endpoint.protocol,
            hostname: endpoint.hostname,
            port: endpoint.port,
            path: request.path,
            method: request.method,
            headers: { ...request.headers, 'Content-Length': String(Buffer.byteLength(request.body)) },
            agent,
        });
        request.signal?.addEventListener('abort', onAbort, { once: true });
        const answerTimer = setTimeout(() => finish(new TransportError(`No complete answer within ${request.timeoutMs} ms`, { kind: 'timeout', phase })), request.timeoutMs);
        req.on('socket', (socket) => {
            // The request is written once the connection is up: for https, after the TLS handshake (a refused
            // certificate means nothing was sent). A reused keep-alive socket is up already, so only a
            // connection being made gets the connect deadline (a wait for a free socket counts toward the
            // answer's deadline only).
            const upEvent = req.reusedSocket
                ? undefined
                : socket.encrypted
                    ? 'secureConnect'
                    : socket.connecting
                        ? 'connect'
                        : undefined;
            if (upEvent === undefined) {
                phase = 'sent';
                return;
            }
            connectTimer = setTimeout(() => finish(new TransportError(`Could not connect within ${request.connectTimeoutMs} ms`, {
                kind: 'timeout',
                phase,
            })), request.connectTimeoutMs);
            socket.once(upEvent, () => {
                phase = 'sent';
                clearTimeout(connectTimer);
            });
        });
        req.on('error', (err) => {
            // A refused CONNECT: Node's ERR_PROXY_TUNNEL carries the proxy's status.
            const refusedStatus = err.code === 'ERR_PROXY_TUNNEL' ? err.statusCode : undefined;
            finish(typeof refusedStatus === 'number'
                ? proxyRefused(refusedStatus, err)
                : new TransportError(`Connection failed (${err.code ?? err.message})`, {
                    kind: 'network',
                    phase,
                    code: err.code,
                    cause: err,
                }));
        });
        req.on('response', (res) => {
            const chunks = [];
            res.on('data', (chunk) => chunks.push(chunk));
            res.on('error', (err) => finish(new TransportError(`Response cut short (${err.code ?? err.message})`, {
                kind: 'network',
                phase: 'sent',
                code: err.code,
                cause: err,
            })));
            res.on('end', () => {
                if (!res.complete) {
                    finish(new TransportError('Response cut short', { kind: 'network', phase: 'sent', code: 'ECONNRESET' }));
                    return;
                }
                // node:http's own object: lower-case names, repeated singletons (Retry-After…) already dropped.
                finish(undefined, {
                    status: res.statusCode ?? 0,
                    headers: res.headers,
                    body: Buffer.concat(chunks).toString('utf8'),
                });
            });
        });
        req.end(request.body);
    });
}

;// CONCATENATED MODULE: ./src/core/client.ts




















const DEFAULTS = {
    region: 'cn-north-1',
    timeoutMs: 15_000,
    connectTimeoutMs: 5_000,
    maxRetries: 2,
    sendConcurrency: 4,
};
// The agent API has no Tag field: dropping it silently would lose what the caller asked for.
function refuseTagOutsideClassic(tag, api) {
    if (tag === undefined || api === 'classic')
        return;
    const message = 'is a field of the classic API only; use the classic API (VOLC_SMS_API=classic) or leave it out';
    throw new errors/* SmsInputError */.E$(`tag: ${message}`, [{ field: 'tag', message }]);
}
function dialectFor(api) {
    if (api === undefined || api === 'agent')
        return agentDialect;
    if (api === 'classic')
        return classicDialect;
    throw new errors/* SmsConfigError */.cw(`Unknown API "${String(api)}"`, {
        hint: 'Use "agent" or "classic" (VOLC_SMS_API).',
    });
}
/**
 * Creates a client for the Volcengine SMS API (agent actions by default).
 *
 * @example
 * const { options } = resolveClientConfig({ env: process.env });
 * const client = createSmsClient(options);
 * const outcome = await client.sendSms({ subAccount: '7384ed01', signature: '火山引擎', templateId: 'ST_0001',
 *   mobiles: ['13800000000'], templateParam: { code: '1234' } });
 * await client.close();
 * @throws SmsConfigError naming each invalid option (missing credentials, a bad URL, a timeout out of range).
 */
function createSmsClient(options) {
    checkClientOptions(options);
    const base = options.endpoint ?? (options.auth.kind === 'gateway' ? options.auth.apiBase : DEFAULT_ENDPOINT);
    // Parsed once: every request of this client goes there.
    const endpoint = (0,build_request/* parseEndpoint */.B)(base.replace(/\/+$/, ''));
    const dialect = dialectFor(options.api);
    const connectTimeoutMs = options.connectTimeoutMs ?? DEFAULTS.connectTimeoutMs;
    const sendConcurrency = options.sendConcurrency ?? DEFAULTS.sendConcurrency;
    const engine = options.fetch
        ? createFetchEngine(options.fetch)
        : createNodeHttpEngine({
            maxSockets: options.maxConnections ?? Math.max(sendConcurrency, 8),
            proxy: options.proxy,
        });
    const auth = options.auth;
    const runtime = {
        engine,
        auth,
        endpoint,
        region: options.region ?? DEFAULTS.region,
        timeoutMs: options.timeoutMs ?? DEFAULTS.timeoutMs,
        connectTimeoutMs,
        maxRetries: options.maxRetries ?? DEFAULTS.maxRetries,
        clock: options.clock ?? (() => new Date()),
        sleep: options.sleep ?? ((ms, signal) => (0,promises_.setTimeout)(ms, undefined, signal ? { signal } : {})),
        random: options.random ?? Math.random,
        onAttempt: options.onAttempt,
        userAgent: options.userAgent ?? 'volc-sms',
        signingKeys: new sign/* SigningKeyCache */.T8(),
        secrets: secretsToRedact({ auth, proxy: options.proxy }),
        proxy: options.proxy === undefined ? undefined : displayProxy(options.proxy),
    };
    async function read(build, callOptions = {}, context) {
        const dialectCall = build();
        await checkParams([dialectCall]);
        try {
            return await executeCall(runtime, dialectCall, {
                kind: 'read',
                signal: callOptions.signal,
                context: { ...context, action: dialectCall.call.action, credentials: auth.kind },
            });
        }
        catch (err) {
            // CallFailure is internal bookkeeping; callers get the SmsError itself.
            throw err instanceof CallFailure ? err.error : err;
        }
    }
    return {
        ...createAgentV2Methods(runtime, { proxy: options.proxy }),
        ...createVerifyCodeMethods(runtime),
        planSend: planSend,
        async sendSms(input, callOptions = {}) {
            refuseTagOutsideClassic(input.tag, options.api);
            const plan = planSend(input);
            const context = {
                subAccount: input.subAccount,
                signature: input.signature,
                templateId: input.templateId,
                credentials: auth.kind,
            };
            const build = (mobiles) => dialect.send({
                subAccount: input.subAccount,
                signature: input.signature,
                templateId: input.templateId,
                mobiles,
                templateParam: plan.templateParam,
                account: input.account,
                tag: input.tag,
            });
            return sendPlannedChunks(runtime, plan, input.mobiles, build, context, sendConcurrency, callOptions);
        },
        async sendBatchSms(input, callOptions = {}) {
            refuseTagOutsideClassic(input.tag, options.api);
            const sendBatch = dialect.sendBatch;
            const { plan, params } = planBatchSend(input, { groupByParams: !sendBatch });
            const context = {
                subAccount: input.subAccount,
                signature: input.signature,
                templateId: input.templateId,
            };
            const build = sendBatch
                ? (mobiles) => sendBatch({
                    ...context,
                    tag: input.tag,
                    messages: mobiles.map((mobile) => ({ mobile, templateParam: params.get(mobile) })),
                })
                : // Without a batch action, each chunk holds numbers that share their parameters (see planBatchSend).
                    (mobiles) => dialect.send({ ...context, mobiles, templateParam: params.get(mobiles[0]) });
            const inputs = input.messages.map((m) => m.mobile);
            const outcome = await sendPlannedChunks(runtime, plan, inputs, build, { ...context, credentials: auth.kind }, sendConcurrency, callOptions);
            // Grouped chunks come back in group order; callers get input order.
            const order = new Map(plan.mobiles.map((mobile, index) => [mobile, index]));
            outcome.recipients.sort((a, b) => (order.get(a.mobile) ?? 0) - (order.get(b.mobile) ?? 0));
            return outcome;
        },
        listSubAccounts: (input = {}, o) => read(() => dialect.listSubAccounts(input), o),
        listSignatures: (input = {}, o) => read(() => dialect.listSignatures(input), o, {
            subAccount: input.subAccounts?.[0],
            signature: input.signature,
        }),
        listTemplates: (input = {}, o) => read(() => dialect.listTemplates(input), o, {
            subAccount: input.subAccounts?.[0],
            signature: input.signatures?.[0],
            templateId: input.templateId,
        }),
        listSendLogs: (input, o) => {
            const ask = (part) => read(() => dialect.listSendLogs(part), o, { subAccount: input.subAccount });
            return options.api === 'classic'
                ? readClassicSendLog(input, ask, runtime.clock().getTime())
                : ask(input);
        },
        getSendStats: (input, o) => read(() => dialect.getSendStats(input), o, { subAccount: input.subAccount }),
        close: () => engine.close(),
    };
}

;// CONCATENATED MODULE: ./src/core/sending/delivery-plan.ts


/** Above this many numbers `auto` chooses the batch engine. */
const DEFAULT_BATCH_THRESHOLD = 10_000;
/** The API's default limit: 5 requests per second per customer. */
const DEFAULT_SEND_QPS = 5;
// The service refuses verification templates in batch tasks, and so do its rules for content that looks
// like one even when the channel is missing or wrong (agent-v2 reference §3.4, §5.3).
const VERIFICATION_WORDS = /验证码|校验码|动态码|动态密码|verification code|one-time (?:pass)?code|\botp\b/i;
/** A verification template: channel `CN_OTP`, or content that reads like a verification code. */
function isVerificationTemplate(template) {
    if (template.channelType === 'CN_OTP')
        return true;
    return template.content !== undefined && VERIFICATION_WORDS.test(template.content);
}
function checkedChoices(input) {
    const engine = input.engine ?? 'auto';
    const threshold = input.threshold ?? DEFAULT_BATCH_THRESHOLD;
    const qps = input.qps ?? DEFAULT_SEND_QPS;
    const issues = [];
    if (engine !== 'auto' && engine !== 'direct' && engine !== 'batch')
        issues.push({ field: 'engine', message: `"${String(engine)}" is not one of auto, direct, batch` });
    if (!Number.isInteger(threshold) || threshold < 1)
        issues.push({ field: 'threshold', message: 'must be a whole number of at least 1' });
    if (!(Number.isFinite(qps) && qps > 0 && qps <= 1000))
        issues.push({ field: 'qps', message: 'must be a number above 0 and at most 1000' });
    if (issues.length > 0) {
        throw new errors/* SmsInputError */.E$(issues.map((i) => `${i.field}: ${i.message}`).join('; '), issues);
    }
    return { engine, threshold, qps };
}
/** Whether planDelivery needs the template's facts: only when the batch engine is in question. */
function templateFactsNeeded(input) {
    const { engine, threshold } = checkedChoices(input);
    return engine === 'batch' || (engine === 'auto' && input.numbers > threshold);
}
const minutes = (seconds) => seconds < 120 ? `${Math.ceil(seconds)} s` : `${Math.ceil(seconds / 60)} min`;
/**
 * Chooses the engine. A verification template never goes to a batch task: forced to batch, or above the
 * threshold in `auto`, it is refused with an SmsInputError whose hint names the fix.
 */
function planDelivery(input) {
    const { engine: choice, threshold, qps } = checkedChoices(input);
    const numbers = input.numbers;
    const requests = Math.ceil(numbers / MAX_NUMBERS_PER_REQUEST);
    const direct = (reason) => ({
        engine: 'direct',
        reason,
        forced: choice !== 'auto',
        numbers,
        threshold,
        qps,
        requests,
        minimumSeconds: requests / qps,
    });
    const took = `${requests} request${requests === 1 ? '' : 's'} of at most ${MAX_NUMBERS_PER_REQUEST} at ${qps}/s`;
    if (choice === 'direct')
        return direct(`direct sends, as asked: ${took} (at least ${minutes(requests / qps)})`);
    if (choice === 'auto' && numbers <= threshold) {
        return direct(`direct sends: ${numbers} numbers, at most the batch threshold of ${threshold}; ${took}`);
    }
    const template = input.template;
    if (template === undefined) {
        // A caller's bug, not the user's: templateFactsNeeded said the facts were needed.
        throw new TypeError('planDelivery: the template facts are needed to choose the batch engine');
    }
    if (isVerificationTemplate(template))
        throw verificationRefused(template, choice, numbers, threshold, qps);
    return {
        engine: 'batch',
        reason: choice === 'batch'
            ? `batch task, as asked: the service sends the ${numbers} numbers from an uploaded file`
            : `batch task: ${numbers} numbers, above the batch threshold of ${threshold} (direct would take at least ${minutes(requests / qps)} at ${qps}/s)`,
        forced: choice === 'batch',
        numbers,
        threshold,
        qps,
        requests: 0,
        minimumSeconds: 0,
    };
}
function verificationRefused(template, choice, numbers, threshold, qps) {
    const what = `template ${template.templateId} is a verification template${template.channelType === 'CN_OTP' ? ' (CN_OTP)' : ' (its text reads like one)'}, which the batch engine refuses`;
    const seconds = Math.ceil(numbers / MAX_NUMBERS_PER_REQUEST) / qps;
    const message = choice === 'batch'
        ? `${what}; nothing was sent`
        : `${what}, and ${numbers} numbers are above the batch threshold of ${threshold}; nothing was sent`;
    const hint = choice === 'batch'
        ? 'Send verification codes as direct requests (--engine direct), or use a notification or marketing template for the batch.'
        : `Send at most ${threshold} numbers at a time, or pass --engine direct to send all ${numbers} as direct requests (at least ${minutes(seconds)} at ${qps}/s).`;
    return new errors/* SmsInputError */.E$(`engine: ${message}`, [{ field: 'engine', message }], { hint });
}

;// CONCATENATED MODULE: ./src/core/sending/template-facts.ts


/**
 * Looks the template up as the group and signature see it (one ListSmsTemplateForAgent read) and gives
 * what the planner and the batch file need: channel, text, variables in template order.
 * @throws SmsInputError naming `template-id` when the group and signature have no such template
 */
async function describeTemplate(client, ref) {
    const { result } = await client.listTemplates({
        templateId: ref.templateId,
        subAccounts: [ref.subAccount],
        signatures: [ref.signature],
        page: 1,
        pageSize: 100,
    });
    const template = result.List.find((t) => t.TemplateId === ref.templateId);
    if (template === undefined) {
        const message = `${ref.templateId} is not a template of group ${ref.subAccount} with signature ${ref.signature}`;
        throw new errors/* SmsInputError */.E$(`template-id: ${message}`, [{ field: 'template-id', message }], {
            hint: `List the group's templates: volc-sms list_sms_template --sub-accounts ${ref.subAccount}`,
        });
    }
    const listed = (template.TemplateParams ?? [])
        .map((p) => p.Name ?? p.ParamName)
        .filter((name) => typeof name === 'string' && name !== '');
    const content = template.Content;
    return {
        templateId: template.TemplateId,
        name: template.TemplateName ?? template.Name ?? template.TemplateId,
        channelType: template.ChannelType,
        content,
        variables: listed.length > 0 ? listed : content === undefined ? [] : (0,sending_template/* templateVariables */.Qp)(content),
    };
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./src/core/sending/number-set.ts
var number_set = __webpack_require__(18664);
;// CONCATENATED MODULE: ./src/core/sending/batch-csv.ts






/**
 * Streams a batch task's file (agent-v2 reference §3.3) from recipients and their parameters: header
 * `phone` then the template's variables in template order, one row a number, UTF-8, CRLF, `"` quoting.
 * Rows are checked as they pass (a mainland mobile, each number once, every variable non-empty, nothing
 * else), and the file's limits too (1,000,000 rows, 50 MiB); the first defect throws SmsInputError naming
 * the row, so a consumer writing the file stops before anything is uploaded. Memory stays flat: text goes
 * out in ~64 KiB pieces encoded into one reused buffer and the numbers seen are kept as doubles (MobileNumberSet).
 */
/** The service's cap on a task's numbers. */
const MAX_BATCH_ROWS = 1_000_000;
const BUFFER_BYTES = 64 * 1024;
const batch_csv_MAINLAND = /^1[3-9]\d{9}$/;
function csvCell(value) {
    return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
function rowError(position, mobile, message, hint) {
    const text = `#${position} ${maskPhone(mobile)}: ${message}`;
    return new errors/* SmsInputError */.E$(`batch file: ${text}`, [{ field: 'mobiles', message: text }], { hint });
}
const FIX_AND_RETRY = 'Fix the recipient named above; nothing was uploaded or sent.';
/** A number as normalizePhone writes it, or the row's error. */
function normalized(position, input) {
    const phone = normalizePhone(input);
    if (!phone.ok)
        throw rowError(position, input, phone.reason, FIX_AND_RETRY);
    return phone.mobile;
}
/** The file's text, in pieces, with `stats` filled as it goes (final once iteration ends). */
class BatchCsv {
    #source;
    #variables;
    #duplicates;
    #stats = { rows: 0, bytes: 0, duplicates: 0 };
    constructor(source, options) {
        this.#source = source;
        this.#variables = options.variables;
        this.#duplicates = options.duplicates ?? 'error';
        const clash = options.variables.find((name, i) => name === 'phone' || options.variables.indexOf(name) !== i);
        if (clash !== undefined || options.variables.some((name) => name.trim() === '')) {
            const message = `the variables ${JSON.stringify(options.variables)} cannot head a batch file (empty, repeated or "phone")`;
            throw new errors/* SmsInputError */.E$(`template: ${message}`, [{ field: 'template-id', message }]);
        }
    }
    get stats() {
        return this.#stats;
    }
    /** The same text as a Node stream (for `pipeline` into a file or a request). */
    toReadable() {
        return external_node_stream_.Readable.from(this, { objectMode: false, encoding: 'utf8' });
    }
    /**
     * Writes the file to `path` (created, mode 0600: it holds phone numbers), straight from the encoding
     * buffer. Removes nothing on failure.
     */
    async writeFile(path, options = {}) {
        const handle = await (0,external_node_fs_promises_.open)(path, 'wx', 0o600);
        try {
            for await (const bytes of this.#encoded()) {
                options.signal?.throwIfAborted();
                await handle.write(bytes);
            }
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        return { ...this.#stats };
    }
    async *[Symbol.asyncIterator]() {
        for await (const bytes of this.#encoded())
            yield bytes.toString('utf8');
    }
    /**
     * The file's bytes, encoded row by row into one reused buffer: each yielded view is valid only until
     * the next step. Concatenating strings instead keeps every row of a piece alive across collections,
     * which costs some 60 MB of heap at a million rows.
     */
    async *#encoded() {
        const stats = this.#stats;
        const seen = new number_set/* MobileNumberSet */.Y();
        let buffer = Buffer.allocUnsafe(BUFFER_BYTES);
        let used = buffer.write(`${['phone', ...this.#variables].map(csvCell).join(',')}\r\n`);
        let lastParams = null;
        let lastCells = '';
        let position = 0;
        // A plain iterable is walked without a promise a row (the `for await` of a million rows costs tens
        // of MB of young heap); an async one is awaited.
        const source = this.#source;
        const sync = Symbol.iterator in source;
        const rows = sync ? source[Symbol.iterator]() : source[Symbol.asyncIterator]();
        for (;;) {
            const step = sync ? rows.next() : await rows.next();
            if (step.done === true)
                break;
            const row = step.value;
            position += 1;
            const mobile = batch_csv_MAINLAND.test(row.mobile) ? row.mobile : normalized(position, row.mobile);
            if (!batch_csv_MAINLAND.test(mobile)) {
                throw rowError(position, mobile, 'the batch engine takes mainland mobiles only', 'Send international numbers as direct requests (--engine direct); nothing was uploaded or sent.');
            }
            if (!seen.add(Number(mobile))) {
                if (this.#duplicates === 'skip') {
                    stats.duplicates += 1;
                    continue;
                }
                throw rowError(position, mobile, 'repeats an earlier row; give each number once', FIX_AND_RETRY);
            }
            if (stats.rows === MAX_BATCH_ROWS) {
                throw rowError(position, mobile, `a batch task takes at most ${MAX_BATCH_ROWS} numbers`, 'Split the recipients into several tasks; nothing was uploaded or sent.');
            }
            // One message for everyone passes the same object: its cells are encoded once.
            if (row.params !== lastParams) {
                lastCells = this.#cells(position, mobile, row.params);
                lastParams = row.params;
            }
            // UTF-8 takes at most 3 bytes a UTF-16 unit; the mobile and CRLF are ASCII.
            const most = mobile.length + lastCells.length * 3 + 2;
            if (used + most > buffer.length) {
                if (used > 0) {
                    stats.bytes += used;
                    yield buffer.subarray(0, used);
                    used = 0;
                }
                if (most > buffer.length)
                    buffer = Buffer.allocUnsafe(most);
            }
            let end = used + buffer.write(mobile, used, 'latin1');
            if (lastCells.length > 0)
                end += buffer.write(lastCells, end);
            end += buffer.write('\r\n', end, 'latin1');
            if (stats.bytes + end > MAX_BATCH_FILE_BYTES) {
                throw rowError(position, mobile, `the file would pass the service's ${MAX_BATCH_FILE_BYTES} bytes (50 MiB)`, 'Split the recipients into several tasks, or shorten the values; nothing was uploaded or sent.');
            }
            used = end;
            stats.rows += 1;
        }
        if (stats.rows === 0) {
            const message = 'a batch task needs at least one recipient';
            throw new errors/* SmsInputError */.E$(`batch file: ${message}`, [{ field: 'mobiles', message }]);
        }
        stats.bytes += used;
        yield buffer.subarray(0, used);
    }
    /** `,value,value…` in header order, or the first defect of the row's parameters. */
    #cells(position, mobile, params) {
        const values = params ?? {};
        // A params object per row passes here a million times: no key array, no message built unless thrown.
        for (const name in values) {
            if (!Object.hasOwn(values, name) || this.#variables.includes(name))
                continue;
            const expected = this.#variables.length === 0 ? 'none' : this.#variables.join(', ');
            throw rowError(position, mobile, `"${name}" is not a variable of the template (its variables: ${expected})`, FIX_AND_RETRY);
        }
        let cells = '';
        for (const name of this.#variables) {
            const value = values[name];
            // The value is never quoted back: it may be a code or a number.
            if (typeof value !== 'string' || value.trim() === '') {
                const problem = value === undefined ? 'has no value' : typeof value === 'string' ? 'is empty' : 'is not a string';
                throw rowError(position, mobile, `variable "${name}" ${problem}`, FIX_AND_RETRY);
            }
            cells += `,${csvCell(value)}`;
        }
        return cells;
    }
}
/** Streams a batch file from recipients and their parameters (see BatchCsv). */
function batchCsv(source, options) {
    return new BatchCsv(source, options);
}

;// CONCATENATED MODULE: ./src/core/sending/pace.ts

/**
 * Sleeps at least `ms` on the monotonic clock. A Node timer counts from the event loop's cached time, which
 * may lag the real one, so it can fire a little early; a pacer that woke early would outrun the limit.
 */
async function sleepAtLeast(ms, signal) {
    const end = performance.now() + ms;
    for (let left = ms; left > 0; left = end - performance.now()) {
        await (0,promises_.setTimeout)(Math.ceil(left), undefined, signal ? { signal } : {});
    }
}
function createPacer(qps, now = () => performance.now(), sleep = sleepAtLeast) {
    const interval = 1000 / qps;
    let next = -Infinity;
    return {
        async wait(signal) {
            const at = Math.max(now(), next);
            // The slot is taken before sleeping, so concurrent callers queue in call order.
            next = at + interval;
            const ms = at - now();
            if (ms > 0)
                await sleep(ms, signal);
        },
    };
}

;// CONCATENATED MODULE: ./src/core/sending/send-journal.ts
/**
 * A journal of a direct send (issue 14): what was asked, each chunk's numbers before its request goes
 * out, each chunk's result after, and what a resume reconciled. A crash or a kill anywhere leaves a
 * journal from which `resumeDirectSend` knows, per number, whether it was never attempted, answered, or
 * possibly sent. It holds phone numbers and template values, never a credential.
 */
const JOURNAL_VERSION = 1;
/** A journal in memory, for tests and for callers that persist it themselves. */
function memoryJournalStore(records = []) {
    return {
        records,
        async append(record) {
            records.push(structuredClone(record));
        },
        async read() {
            return structuredClone(records);
        },
    };
}

;// CONCATENATED MODULE: ./src/core/sending/direct-send.ts








function chunkSenderFor(client, send) {
    const target = { subAccount: send.subAccount, signature: send.signature, templateId: send.templateId };
    const tag = send.tag === undefined ? {} : { tag: send.tag };
    if (send.kind === 'sms') {
        const extra = {
            ...(send.templateParam === undefined ? {} : { templateParam: send.templateParam }),
            ...(send.account === undefined ? {} : { account: send.account }),
            ...tag,
        };
        return (mobiles, options) => client.sendSms({ ...target, ...extra, mobiles }, options);
    }
    const params = new Map(send.mobiles.map((mobile, i) => [mobile, send.params?.[i]]));
    return (mobiles, options) => client.sendBatchSms({
        ...target,
        ...tag,
        messages: mobiles.map((mobile) => ({ mobile, templateParam: params.get(mobile) })),
    }, options);
}
function journaledResult(recipient) {
    const error = recipient.error;
    return {
        mobile: recipient.mobile,
        status: recipient.status,
        ...(recipient.messageId === undefined ? {} : { messageId: recipient.messageId }),
        ...(error === undefined ? {} : { code: error.apiCode ?? error.code }),
        ...(recipient.requestId === undefined ? {} : { requestId: recipient.requestId }),
    };
}
function notSent(mobiles, error) {
    const recipients = mobiles.map((mobile) => ({
        input: mobile,
        mobile,
        masked: maskPhone(mobile),
        status: 'failed',
        error,
    }));
    return outcomeFrom({ mobiles: [...mobiles], duplicates: [], chunks: [[...mobiles]] }, recipients, [
        undefined,
    ]);
}
/**
 * Sends `chunks` paced and journaled, numbering them from `firstChunk` in the journal. Resolves with one
 * outcome per chunk, in chunk order. A chunk not started before `signal` aborted is reported failed
 * (nothing was sent, nor journaled: a resume sends it).
 */
async function runChunks(send, chunks, options) {
    const qps = options.qps ?? DEFAULT_SEND_QPS;
    const pacer = options.pacer ?? createPacer(qps);
    const limit = Math.max(1, Math.min(chunks.length, options.concurrency ?? Math.min(8, Math.ceil(qps))));
    const journal = options.journal;
    const first = options.firstChunk ?? 0;
    const outcomes = new Array(chunks.length);
    const callOptions = { signal: options.signal };
    let next = 0;
    let done = 0;
    const sendOne = async (index) => {
        const mobiles = chunks[index];
        try {
            await pacer.wait(options.signal);
        }
        catch {
            return notSent(mobiles, new errors/* SmsNetworkError */.Uc('Aborted before this chunk was sent'));
        }
        const chunk = first + index;
        await journal?.append({ type: 'intent', chunk, at: Date.now(), mobiles: [...mobiles] });
        let outcome;
        try {
            outcome = await send(mobiles, callOptions);
        }
        catch (err) {
            // The request could not be built: nothing went out. Journaled as such, then the caller's to handle.
            const code = err.code ?? 'error';
            await journal?.append({
                type: 'result',
                chunk,
                at: Date.now(),
                results: mobiles.map((mobile) => ({ mobile, status: 'failed', code })),
            });
            throw err;
        }
        await journal?.append({
            type: 'result',
            chunk,
            at: Date.now(),
            results: outcome.recipients.map(journaledResult),
        });
        return outcome;
    };
    const worker = async () => {
        while (next < chunks.length) {
            const index = next++;
            outcomes[index] = await sendOne(index);
            done += 1;
            options.onChunk?.({ done, total: chunks.length });
        }
    };
    await Promise.all(Array.from({ length: limit }, worker));
    return outcomes;
}
/** The chunks' outcomes as one, in the plan's order, each number shown as the caller wrote it. */
function mergeOutcomes(plan, outcomes, originalInputs = []) {
    const spelling = firstSpellings(originalInputs);
    const order = new Map(plan.mobiles.map((mobile, index) => [mobile, index]));
    const recipients = outcomes
        .flatMap((outcome) => outcome.recipients)
        .map((r) => ({ ...r, input: spelling.get(r.mobile) ?? r.input }))
        .sort((a, b) => (order.get(a.mobile) ?? 0) - (order.get(b.mobile) ?? 0));
    return outcomeFrom(plan, recipients, outcomes.flatMap((outcome) => outcome.raw));
}
/** What a direct send is, in the journal's terms (and the plan it was made from). */
function planDirectSend(request) {
    const { subAccount, signature, templateId, tag } = request.input;
    const common = { subAccount, signature, templateId, ...(tag === undefined ? {} : { tag }) };
    if (request.kind === 'sms') {
        const plan = planSend(request.input);
        const { templateParam } = plan;
        const account = request.input.account;
        return {
            plan,
            inputs: [...request.input.mobiles],
            send: {
                kind: 'sms',
                ...common,
                ...(templateParam === undefined ? {} : { templateParam }),
                ...(account === undefined ? {} : { account }),
                mobiles: plan.mobiles,
            },
        };
    }
    const { plan, params } = planBatchSend(request.input, { groupByParams: request.groupByParams });
    return {
        plan,
        inputs: request.input.messages.map((m) => m.mobile),
        send: {
            kind: 'batch-sms',
            ...common,
            mobiles: plan.mobiles,
            params: plan.mobiles.map((mobile) => params.get(mobile)),
            groupByParams: request.groupByParams,
        },
    };
}
/**
 * Sends directly, paced to `qps`, journaled when a journal is given (its first record: the whole send,
 * so `resumeDirectSend` needs nothing else). Invalid input throws SmsInputError before anything is sent or
 * journaled; after that every number gets a result, as with sendSms.
 */
async function sendDirect(client, request, options = {}) {
    const { plan, send, inputs } = planDirectSend(request);
    await options.journal?.append({ type: 'start', version: JOURNAL_VERSION, at: Date.now(), send });
    const outcomes = await runChunks(chunkSenderFor(client, send), plan.chunks, options);
    return mergeOutcomes(plan, outcomes, inputs);
}

;// CONCATENATED MODULE: ./src/core/sending/journal-file.ts



/**
 * A send journal as a file of JSON lines, mode 0600 (it holds phone numbers). Each record is written
 * and fdatasync'ed before `append` resolves, one at a time in call order.
 */
function journalError(message, hint) {
    return new errors/* SmsInputError */.E$(`journal: ${message}`, [{ field: 'journal', message }], { hint });
}
function fileStore(file, handle) {
    let queue = Promise.resolve();
    return {
        append(record) {
            const line = `${JSON.stringify(record)}\n`;
            const written = queue.then(async () => {
                await handle.write(line);
                await handle.datasync();
            });
            queue = written.catch(() => undefined);
            return written;
        },
        read: () => readJournalFile(file),
        close: async () => {
            await queue;
            await handle.close();
        },
    };
}
/** A new journal; an existing file is refused (it may be the journal of a send not yet resumed). */
async function createFileJournal(file) {
    let handle;
    try {
        handle = await (0,external_node_fs_promises_.open)(file, 'wx', 0o600);
    }
    catch (err) {
        const code = err.code;
        if (code === 'EEXIST') {
            throw journalError(`${file} already exists`, `Resume that send with --resume ${file}, or give a new file name to --journal.`);
        }
        throw journalError(`cannot create ${file} (${code ?? 'error'})`, 'Give a writable path to --journal.');
    }
    // The new name itself must survive a crash too.
    const dir = await (0,external_node_fs_promises_.open)(external_node_path_default().dirname(file), 'r').catch(() => undefined);
    await dir?.sync().catch(() => undefined);
    await dir?.close();
    return fileStore(file, handle);
}
/** An existing journal, appended to by a resume. */
async function openFileJournal(file) {
    await readJournalFile(file);
    const handle = await (0,external_node_fs_promises_.open)(file, 'a', 0o600);
    return fileStore(file, handle);
}
/** Every record of a journal file; a torn last line (the writer was killed mid-write) is left out. */
async function readJournalFile(file) {
    let text;
    try {
        text = await (0,external_node_fs_promises_.readFile)(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        throw journalError(code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file} (${code ?? 'error'})`, 'Give the file that --journal wrote.');
    }
    const lines = text.split('\n');
    const records = [];
    for (let index = 0; index < lines.length; index++) {
        const line = lines[index];
        if (line === '')
            continue;
        try {
            records.push(JSON.parse(line));
        }
        catch {
            if (index === lines.length - 1)
                break;
            throw journalError(`${file} line ${index + 1} is not a journal record`, 'Give the file that --journal wrote, unedited.');
        }
    }
    if (records[0]?.type !== 'start') {
        throw journalError(`${file} is not a volc-sms send journal`, 'Give the file that --journal wrote.');
    }
    return records;
}

;// CONCATENATED MODULE: ./src/core/sending/journal-reconcile.ts

/**
 * Settles numbers whose send had no answer through the send log (ListSmsSendLogForAgent): by message id
 * where one is known, else by number, template, signature and group in the window from the chunk's intent
 * to now. Found means the number was sent (once, if found once); not found leaves it unknown, never
 * "not sent": a log can lag, and only the caller's explicit choice resends it.
 */
/** Client and server clocks may disagree: the window opens this much before the intent. */
const CLOCK_SKEW_MS = 2 * 60_000;
const PAGE_SIZE = 100;
async function findInSendLog(client, target, unsettled, options) {
    const matches = new Map();
    const read = async (filter) => {
        await options.pacer.wait(options.signal);
        const { result } = await client.listSendLogs({
            subAccount: target.subAccount,
            templateId: target.templateId,
            signature: target.signature,
            toTime: Math.ceil(options.now / 1000),
            pageSize: PAGE_SIZE,
            ...filter,
        }, { signal: options.signal });
        return result;
    };
    const foreign = (entry) => !options.knownMessageIds.has(entry.MessageId);
    const byNumber = [];
    for (const number of unsettled) {
        if (number.messageId === undefined) {
            byNumber.push(number);
            continue;
        }
        const found = (await read({ messageId: number.messageId })).List.some((e) => e.MessageId === number.messageId);
        matches.set(number.mobile, found ? { found, messageId: number.messageId } : { found });
    }
    if (byNumber.length === 0)
        return matches;
    const fromTime = Math.floor((Math.min(...byNumber.map((n) => n.since)) - CLOCK_SKEW_MS) / 1000);
    const ambiguous = await scanWindow(read, byNumber, fromTime, foreign, matches);
    // One query per number: exact, but a read each (5 per second).
    for (const number of ambiguous) {
        const own = Math.floor((number.since - CLOCK_SKEW_MS) / 1000);
        const entries = (await read({ mobile: number.mobile, fromTime: own })).List.filter(foreign);
        matches.set(number.mobile, entries.length > 0 ? { found: true, messageId: entries[0]?.MessageId } : { found: false });
    }
    return matches;
}
/**
 * Reads the whole window when that takes fewer reads than one per number, and settles every number whose
 * masked form (the log shows only that) accounts for exactly as many foreign entries as there are such
 * numbers, or for none. Returns the numbers left to look up one by one.
 */
async function scanWindow(read, numbers, fromTime, foreign, matches) {
    if (numbers.length === 1)
        return [...numbers];
    const first = await read({ page: 1, fromTime });
    const pages = Math.ceil(first.Total / PAGE_SIZE);
    if (pages > numbers.length)
        return [...numbers];
    const entries = [...first.List];
    for (let page = 2; page <= pages; page++)
        entries.push(...(await read({ page, fromTime })).List);
    const logged = new Map();
    for (const entry of entries.filter(foreign)) {
        const key = entry.Mobile ?? '';
        logged.set(key, [...(logged.get(key) ?? []), entry]);
    }
    const groups = new Map();
    for (const number of numbers) {
        const key = maskPhone(number.mobile);
        groups.set(key, [...(groups.get(key) ?? []), number]);
    }
    const left = [];
    for (const [mask, group] of groups) {
        const found = logged.get(mask) ?? [];
        if (found.length === 0)
            for (const n of group)
                matches.set(n.mobile, { found: false });
        else if (found.length === group.length && group.length === 1)
            matches.set(group[0].mobile, { found: true, messageId: found[0]?.MessageId });
        else if (found.length === group.length)
            for (const n of group)
                matches.set(n.mobile, { found: true });
        else
            left.push(...group);
    }
    return left;
}

;// CONCATENATED MODULE: ./src/core/sending/resume-send.ts









/** Each number's state as the journal leaves it, the send, and the next free chunk number. */
function journalState(records) {
    const start = records[0];
    if (start?.type !== 'start' || start.version !== JOURNAL_VERSION) {
        const message = 'is not a journal this version of volc-sms wrote';
        throw new errors/* SmsInputError */.E$(`journal: ${message}`, [{ field: 'journal', message }]);
    }
    const numbers = new Map(start.send.mobiles.map((mobile) => [mobile, { status: 'pending', source: 'journal', since: start.at }]));
    let nextChunk = 0;
    for (const record of records.slice(1)) {
        if (record.type === 'intent') {
            nextChunk = Math.max(nextChunk, record.chunk + 1);
            for (const mobile of record.mobiles)
                numbers.set(mobile, { status: 'unknown', source: 'journal', since: record.at });
        }
        else if (record.type === 'result') {
            for (const r of record.results) {
                const before = numbers.get(r.mobile);
                numbers.set(r.mobile, {
                    status: r.status,
                    source: before?.source ?? 'journal',
                    since: before?.since ?? record.at,
                    messageId: r.messageId,
                    code: r.code,
                });
            }
        }
        else if (record.type === 'reconciled') {
            for (const r of record.results) {
                const before = numbers.get(r.mobile);
                if (before?.status !== 'unknown')
                    continue;
                numbers.set(r.mobile, r.found
                    ? { status: 'sent', source: 'send-log', since: before.since, messageId: r.messageId }
                    : { ...before, source: 'not-in-log' });
            }
        }
    }
    return { send: start.send, numbers, nextChunk };
}
/** Chunks for the numbers to send: equal values together when the send was planned that way. */
function chunksOf(send, mobiles) {
    if (send.kind === 'sms' || send.groupByParams !== true)
        return chunk(mobiles);
    const params = new Map(send.mobiles.map((mobile, i) => [mobile, send.params?.[i] ?? '']));
    const groups = new Map();
    for (const mobile of mobiles) {
        const key = params.get(mobile) ?? '';
        const group = groups.get(key);
        if (group)
            group.push(mobile);
        else
            groups.set(key, [mobile]);
    }
    return [...groups.values()].flatMap((group) => chunk(group));
}
async function resumeDirectSend(client, journal, options = {}) {
    const { send, numbers, nextChunk } = journalState(await journal.read());
    const pacer = createPacer(options.qps ?? DEFAULT_SEND_QPS);
    const unsettled = [];
    const knownMessageIds = new Set();
    for (const [mobile, state] of numbers) {
        if (state.status === 'unknown')
            unsettled.push({ mobile, since: state.since, messageId: state.messageId });
        if (state.messageId !== undefined && state.status === 'sent')
            knownMessageIds.add(state.messageId);
    }
    if (unsettled.length > 0) {
        const now = Date.now();
        const matches = await findInSendLog(client, send, unsettled, {
            pacer,
            now,
            knownMessageIds,
            signal: options.signal,
        });
        const results = unsettled.map(({ mobile }) => ({ mobile, ...(matches.get(mobile) ?? { found: false }) }));
        await journal.append({ type: 'reconciled', at: now, results });
        for (const r of results) {
            const before = numbers.get(r.mobile);
            numbers.set(r.mobile, r.found
                ? { status: 'sent', source: 'send-log', since: before.since, messageId: r.messageId }
                : { ...before, source: 'not-in-log' });
        }
    }
    const toSend = send.mobiles.filter((mobile) => {
        const state = numbers.get(mobile);
        return state.status === 'pending' || (options.resendUnknown === true && state.status === 'unknown');
    });
    let outcome;
    const sentNow = new Map();
    if (toSend.length > 0) {
        const chunks = chunksOf(send, toSend);
        const outcomes = await runChunks(chunkSenderFor(client, send), chunks, {
            ...options,
            journal,
            pacer,
            firstChunk: nextChunk,
        });
        const recipients = outcomes.flatMap((o) => o.recipients);
        for (const r of recipients)
            sentNow.set(r.mobile, r);
        outcome = outcomeFrom({ mobiles: toSend, duplicates: [], chunks }, recipients, outcomes.flatMap((o) => o.raw));
    }
    const report = send.mobiles.map((mobile) => {
        const state = numbers.get(mobile);
        const now = sentNow.get(mobile);
        const masked = maskPhone(mobile);
        if (now !== undefined) {
            return {
                mobile,
                masked,
                status: now.status,
                source: state.status === 'pending' ? 'resumed' : 'resent',
                messageId: now.messageId,
                error: now.error,
            };
        }
        return {
            mobile,
            masked,
            // Pending only when the resume was aborted before reaching it: still unsent.
            status: state.status === 'pending' ? 'failed' : state.status,
            source: state.source,
            messageId: state.messageId,
            code: state.status === 'pending' ? 'aborted' : state.code,
        };
    });
    return { send, numbers: report, ...statusCounts(report), outcome };
}

;// CONCATENATED MODULE: ./src/core/agent-v2/batch-status.ts
/**
 * The states of a batch task (agent-v2 reference §2.9), by the number GetBatchTaskDetail reports. A value
 * outside 0–9 is kept as it is, with no invented name.
 */
const BATCH_TASK_STATES = [
    'Init',
    'Draft',
    'Valid',
    'Consented',
    'Preparing',
    'Sending',
    'Done',
    'Canceled',
    'Failed',
    'Killed',
];
/** `2` → `Valid`; undefined for a status the reference does not name. */
function batchTaskStateName(status) {
    return status === undefined ? undefined : BATCH_TASK_STATES[status];
}

;// CONCATENATED MODULE: ./src/core/consent/canonical.ts

/**
 * The consent digest of the skill 1.3 gates (reference §4.3): lower-case hex SHA-256 of the UTF-8 JSON of
 * a payload with keys sorted at every level, no whitespace, non-ASCII characters as they are. It never
 * leaves the machine; it only proves that a submit carries exactly what its preview showed.
 */
/** Compact JSON with the keys of every object sorted; `undefined` members are left out as JSON does. */
function canonicalJson(value) {
    return JSON.stringify(canonical_sortKeys(value));
}
function canonical_sortKeys(value) {
    if (Array.isArray(value))
        return value.map(canonical_sortKeys);
    if (value === null || typeof value !== 'object')
        return value;
    const out = {};
    // Code-unit order, as Python's sort_keys and Array.prototype.sort agree on for these keys.
    for (const key of Object.keys(value).sort())
        out[key] = canonical_sortKeys(value[key]);
    return out;
}
function consentDigest(payload) {
    return (0,sign/* sha256Hex */.fg)(canonicalJson(payload));
}
/** A digest as a submit must carry it: 64 lower-case hex digits (upper case is accepted and lowered). */
function parseDigest(text) {
    const value = text.trim().toLowerCase();
    return /^[0-9a-f]{64}$/.test(value) ? value : undefined;
}

;// CONCATENATED MODULE: ./src/core/consent/gate-failure.ts

function gateFailure(code, message, field, hint, extra = {}) {
    return {
        ok: false,
        code,
        error: new errors/* SmsInputError */.E$(message, [{ field, message }], { hint }),
        retryable: false,
        ...extra,
    };
}
/**
 * The skill's code for an error of the project's hierarchy: a gate's pre-check (`check`: any query failure
 * is `resource_query_failed`), a plain read (`read`: the API's own code), or the write itself (`send`: the
 * API's code, never retryable).
 */
function failureOf(error, stage) {
    if (!(0,errors/* isSmsError */.yc)(error)) {
        const message = error instanceof Error ? error.message : String(error);
        return {
            ok: false,
            code: 'internal_error',
            error: new errors/* SmsInputError */.E$(`Unexpected failure: ${message}`, [{ field: 'internal', message }]),
            retryable: false,
        };
    }
    // Only a read may be tried again; a send that got this far is never retried blindly.
    const retryable = stage !== 'send' &&
        (error.code === 'ERR_SMS_NETWORK' ||
            error.code === 'ERR_SMS_TIMEOUT' ||
            ((0,errors/* isSmsApiError */.MZ)(error) && error.retryable));
    const code = (() => {
        switch (error.code) {
            case 'ERR_SMS_INPUT':
                return 'validation_error';
            case 'ERR_SMS_CONFIG':
            case 'ERR_SMS_AUTH':
                return 'credential_error';
            case 'ERR_SMS_OUTCOME_UNKNOWN':
                return 'outcome_unknown';
            case 'ERR_SMS_RESPONSE_INVALID':
                return 'invalid_response';
            case 'ERR_SMS_NETWORK':
            case 'ERR_SMS_TIMEOUT':
                return stage === 'check' ? 'resource_query_failed' : 'network_error';
            default:
                if (stage === 'check')
                    return 'resource_query_failed';
                return (0,errors/* isSmsApiError */.MZ)(error) && error.apiCode !== '' ? error.apiCode : 'service_error';
        }
    })();
    return { ok: false, code, error, retryable };
}

;// CONCATENATED MODULE: ./src/core/consent/send-request.ts




/** The skill's ceiling for one send (one SendSmsForAgent request). */
const MAX_GATED_RECIPIENTS = 200;
// The skill 1.3 rule, stricter than send_sms: only +86 may be dropped, then 1[3-9] and nine digits
// (a bare 86 prefix is refused, as is every international number).
const GATED_MOBILE = /^(?:\+86)?(1[3-9]\d{9})$/;
const OUTER_BRACKETS = [
    ['【', '】'],
    ['[', ']'],
    ['［', '］'],
];
/** One outer bracket pair removed, then 2–25 characters (code points). */
function normalizeSignature(text) {
    let value = text.trim();
    for (const [open, close] of OUTER_BRACKETS) {
        if (value.startsWith(open) && value.endsWith(close) && value.length > open.length + close.length) {
            value = value.slice(open.length, -close.length).trim();
            break;
        }
    }
    const length = [...value].length;
    if (length < 2 || length > 25)
        return { problem: `must have 2–25 characters (has ${length})` };
    return { value };
}
function issueError(issues) {
    return new errors/* SmsInputError */.E$(issues.map((issue) => `${issue.field}: ${issue.message}`).join('; '), issues, {
        hint: 'Fix the named fields and run send-preview again.',
    });
}
/**
 * Normalises a gated send or throws one SmsInputError naming every bad field (numbers masked).
 * With the default `reject` policy, a number given twice is an error, not a silent drop.
 */
function normalizeSend(request) {
    const issues = [];
    const required = (value, field) => {
        if (typeof value !== 'string' || value.trim() === '')
            issues.push({ field, message: 'is required' });
        return typeof value === 'string' ? value.trim() : '';
    };
    const subAccount = required(request.subAccount, 'sub-account');
    const templateId = required(request.templateId, 'template-id');
    const signature = normalizeSignature(request.signature ?? '');
    if ('problem' in signature)
        issues.push({ field: 'signature', message: signature.problem });
    const dedupePolicy = request.dedupePolicy ?? 'reject';
    if (dedupePolicy !== 'reject' && dedupePolicy !== 'keep-first') {
        issues.push({ field: 'dedupe-policy', message: 'must be "reject" or "keep-first"' });
    }
    const originalRecipients = [];
    (request.mobiles ?? []).forEach((input, index) => {
        const match = GATED_MOBILE.exec(String(input).trim());
        if (match)
            originalRecipients.push(match[1]);
        else {
            const message = `#${index + 1} "${maskPhone(String(input))}" is not a mainland mobile (1[3-9] and 9 digits, +86 allowed)`;
            issues.push({ field: 'mobile', message });
        }
    });
    if ((request.mobiles ?? []).length === 0)
        issues.push({ field: 'mobile', message: 'at least one is required' });
    const seen = new Set();
    const recipients = [];
    const duplicates = [];
    for (const mobile of originalRecipients) {
        if (seen.has(mobile)) {
            duplicates.push(mobile);
        }
        else {
            seen.add(mobile);
            recipients.push(mobile);
        }
    }
    if (recipients.length > MAX_GATED_RECIPIENTS) {
        issues.push({
            field: 'mobile',
            message: `at most ${MAX_GATED_RECIPIENTS} numbers per send (has ${recipients.length})`,
        });
    }
    if (duplicates.length > 0 && dedupePolicy === 'reject') {
        const masked = [...new Set(duplicates)].map(maskPhone).join(', ');
        issues.push({
            field: 'mobile',
            message: `duplicate numbers ${masked}; remove them or pass --dedupe-policy keep-first`,
        });
    }
    let variables = {};
    try {
        variables = (0,sending_template/* parseTemplateParam */.VX)(request.templateParams ?? '', 'template-params');
    }
    catch (error) {
        if (!(error instanceof errors/* SmsInputError */.E$))
            throw error;
        issues.push(...error.issues);
    }
    if (issues.length > 0)
        throw issueError(issues);
    return {
        subAccount,
        signature: signature.value,
        templateId,
        originalRecipients,
        recipients,
        duplicates,
        dedupePolicy,
        variables,
    };
}
/** Template content without a leading `【signature】` (the service may return either form). */
function stripSignaturePrefix(content, signature) {
    const prefix = `【${signature}】`;
    return content.startsWith(prefix) ? content.slice(prefix.length) : content;
}
/** Characters of `【signature】` + text, counted in code points as the skill's Python does. */
function segmentsPerMessage(signature, text) {
    const length = [...`【${signature}】${text}`].length;
    return length <= 70 ? 1 : Math.ceil(length / 67);
}
/** Exactly the template's variables: each one given, nothing extra. */
function checkVariables(template, variables) {
    const given = Object.keys(variables);
    const missing = template.variableNames.filter((name) => !given.includes(name));
    const unused = given.filter((name) => !template.variableNames.includes(name));
    const issues = [];
    if (missing.length > 0)
        issues.push({ field: 'template-params', message: `missing ${missing.join(', ')}` });
    if (unused.length > 0) {
        issues.push({ field: 'template-params', message: `the template has no variable ${unused.join(', ')}` });
    }
    if (issues.length > 0)
        throw issueError(issues);
}
/** The object the digest covers (reference §4.3, "send canonical object"), full numbers included. */
function sendCanonicalObject(send, template) {
    const rendered = (0,sending_template/* renderTemplate */.Xm)(template.content, send.variables);
    return {
        subAccount: send.subAccount,
        signature: send.signature,
        templateId: send.templateId,
        originalRecipients: send.originalRecipients,
        dedupePolicy: send.dedupePolicy,
        duplicates: send.duplicates,
        recipients: send.recipients,
        recipientVariables: send.recipients.map((mobile) => ({ mobile, variables: send.variables })),
        templateContentSha256: (0,sign/* sha256Hex */.fg)(template.content),
        renderedContentSha256: (0,sign/* sha256Hex */.fg)(rendered),
        estimatedSegments: segmentsPerMessage(send.signature, rendered) * send.recipients.length,
    };
}
/** What a preview shows: the canonical object with every number masked and the content as hashes. */
function maskedSendSummary(canonical, variableNames) {
    return {
        subAccount: canonical.subAccount,
        signature: canonical.signature,
        templateId: canonical.templateId,
        originalRecipients: canonical.originalRecipients.map(maskPhone),
        recipients: canonical.recipients.map(maskPhone),
        recipientCount: canonical.recipients.length,
        dedupePolicy: canonical.dedupePolicy,
        duplicates: canonical.duplicates.map(maskPhone),
        variableNames: [...variableNames],
        contentSummary: {
            templateSha256: canonical.templateContentSha256,
            renderedSha256: canonical.renderedContentSha256,
        },
        estimatedSegments: canonical.estimatedSegments,
    };
}

;// CONCATENATED MODULE: ./src/core/sending/match-template.ts





const match_template_PAGE_SIZE = 100;
const MAX_PAGES = 100;
const EVERY_GROUP = ['*', 'All'];
const isApproved = (status) => status === 3 || status === 5 || status === '3' || status === '5';
function queryFailed(message) {
    return {
        ok: false,
        code: 'resource_query_failed',
        error: new errors/* SmsResponseValidationError */.Si(message, {
            hint: 'Try again later; if it persists, list the templates with list-templates and compare by hand.',
        }),
        retryable: false,
    };
}
/** The approved ids of the channel, over every page of the group's templates for the signature. */
async function approvedIds(client, input) {
    const ids = new Set();
    const seenPages = new Set();
    for (let page = 1;; page += 1) {
        if (page > MAX_PAGES)
            return queryFailed(`Template paging went past ${MAX_PAGES} pages`);
        const { result } = await client.listTemplates({
            subAccounts: [input.subAccount],
            signatures: [input.signature],
            page,
            pageSize: match_template_PAGE_SIZE,
        });
        const fingerprint = canonicalJson(result.List);
        if (seenPages.has(fingerprint))
            return queryFailed(`Template paging repeated a page (page ${page})`);
        seenPages.add(fingerprint);
        for (const template of result.List) {
            if (template.TemplateId && isApproved(template.Status) && template.ChannelType === input.channelType)
                ids.add(template.TemplateId);
        }
        if (result.List.length < match_template_PAGE_SIZE || page * match_template_PAGE_SIZE >= result.Total)
            return ids;
    }
}
const match_template_normalized = (signature) => {
    const result = normalizeSignature(signature);
    return 'value' in result ? result.value : signature;
};
/** The signatures a detail names, or undefined when it names none; a disagreement is a contract conflict. */
function namedSignatures(item) {
    const single = item.signature === undefined || item.signature === '' ? undefined : new Set([match_template_normalized(item.signature)]);
    const list = item.signatures === undefined || item.signatures === null
        ? undefined
        : new Set(item.signatures.filter((s) => s !== '').map(match_template_normalized));
    if (single && list && (single.size !== list.size || ![...single].every((s) => list.has(s))))
        return 'conflict';
    return single ?? list;
}
function candidateOf(item, input) {
    const groups = item.subAccounts ?? [];
    if (!groups.some((g) => g === input.subAccount || EVERY_GROUP.includes(g)))
        return undefined;
    if (typeof item.content !== 'string' || !('templateParams' in item))
        return undefined;
    const prefix = `【${input.signature}】`;
    const body = item.content.startsWith(prefix) ? item.content.slice(prefix.length) : item.content;
    if (body !== input.content)
        return undefined;
    const names = (item.templateParams ?? []).flatMap((p) => (p.name === undefined ? [] : [p.name]));
    if (new Set(names).size !== names.length)
        return undefined;
    return {
        templateId: item.templateId ?? '',
        signature: input.signature,
        subAccount: input.subAccount,
        variableNames: [...names].sort(),
        contentLength: [...body].length,
        contentSha256: (0,external_node_crypto_.createHash)('sha256').update(body).digest('hex'),
    };
}
/** The match, or how the queries failed (`resource_query_failed`, `contract_conflict`). */
async function matchTemplate(client, input) {
    const candidates = new Map();
    try {
        const ids = await approvedIds(client, input);
        if (!(ids instanceof Set))
            return ids;
        if (ids.size > 0) {
            const { result } = await client.listSecondTemplate({ signatures: input.signature });
            for (const item of result.list) {
                if (item.templateId === undefined || !ids.has(item.templateId))
                    continue;
                if (item.channelType !== input.channelType)
                    continue;
                const signatures = namedSignatures(item);
                if (signatures === 'conflict') {
                    return {
                        ok: false,
                        code: 'contract_conflict',
                        error: new errors/* SmsResponseValidationError */.Si(`Template ${item.templateId}'s signature and signatures disagree`, { hint: 'The service described the template inconsistently; check it in the console.' }),
                        retryable: false,
                    };
                }
                if (signatures && !signatures.has(input.signature))
                    continue;
                const candidate = candidateOf(item, input);
                if (candidate && !candidates.has(candidate.templateId))
                    candidates.set(candidate.templateId, candidate);
            }
        }
    }
    catch (error) {
        return failureOf(error, 'check');
    }
    const sorted = [...candidates.values()].sort((a, b) => a.templateId < b.templateId ? -1 : a.templateId > b.templateId ? 1 : 0);
    const classification = sorted.length === 0 ? 'none' : sorted.length === 1 ? 'single' : 'ambiguous';
    return { ok: true, classification, candidates: sorted };
}

;// CONCATENATED MODULE: ./src/core/sending/send-log-walk.ts



const secondOf = (entry) => Math.floor((entry.SendTime ?? 0) / 1000);
function unwalkable(why) {
    throw new errors/* SmsResponseValidationError */.Si(`${why}, so --all cannot walk the send log safely`, {
        hint: 'Export the window in pages with --page instead, or narrow it with --from-time/--to-time.',
    });
}
/** Where a resumed walk starts: the message's second, and how many of that second's messages to skip. */
async function resumePoint(client, input, options) {
    if (input.after === undefined)
        return undefined;
    const find = async (filters) => {
        await options.beforeRequest?.();
        const { result } = await client.listSendLogs({ subAccount: input.subAccount, ...filters, messageId: input.after, page: 1, pageSize: 1 }, { signal: options.signal });
        return result.List.find((entry) => entry.MessageId === input.after);
    };
    // Looked up under the export's own filters: a message they do not select is the caller's mistake, told
    // as such here, before the walk (which would otherwise meet older messages first and refuse the log).
    const filters = { mobile: input.mobile, templateId: input.templateId, signature: input.signature };
    const filtered = Object.values(filters).some((value) => value !== undefined);
    const message = await find(filters);
    if (message === undefined && filtered && (await find({})) !== undefined) {
        const text = `--after: message ${input.after} is not one of the messages this export's filters select`;
        throw new errors/* SmsInputError */.E$(text, [{ field: '--after', message: text }], {
            hint: 'Resume with the same filters (--signature, --template-id, --mobile…) as the export it continues.',
        });
    }
    if (message === undefined) {
        const text = `--after: message ${input.after} is not in the send log of ${input.subAccount}`;
        throw new errors/* SmsInputError */.E$(text, [{ field: '--after', message: text }], {
            hint: 'Give the MessageId of the last line a previous --all export wrote.',
        });
    }
    const second = secondOf(message);
    if (second < input.fromTime || second > input.toTime) {
        const at = (seconds) => `${(0,time_zone/* formatWallTime */.j0)(seconds * 1000)} Asia/Shanghai`;
        const text = `--after: message ${input.after} was sent at ${at(second)}, outside this export's window ` +
            `(${at(input.fromTime)} to ${at(input.toTime)})`;
        throw new errors/* SmsInputError */.E$(text, [{ field: '--after', message: text }], {
            hint: 'Resume with the same --from-time and --to-time as the export it continues.',
        });
    }
    return { cursor: Math.min(second, input.toTime), second, skipThrough: input.after };
}
/** Yields each page's new messages, newest first; a resumed walk starts after `input.after`. */
async function* walkSendLog(client, input, options = {}) {
    const { after, pageSize = 100, ...filters } = input;
    const resume = await resumePoint(client, { ...input, after }, options);
    let skipThrough = resume?.skipThrough;
    let cursor = resume?.cursor ?? input.toTime;
    while (cursor >= input.fromTime) {
        // Asia/Shanghai days, the days the service itself counts in.
        const dayFrom = Math.max(shanghaiDayStart(cursor), input.fromTime);
        const dayTo = cursor;
        // The day's total is known only when the walk starts at the day's end (not when it resumes inside it).
        let total;
        let written = 0;
        let page = 1;
        let seen = new Set();
        for (;;) {
            await options.beforeRequest?.();
            const { result } = await client.listSendLogs({ ...filters, fromTime: dayFrom, toTime: cursor, page, pageSize }, { signal: options.signal });
            if (page === 1 && total === undefined && skipThrough === undefined)
                total = result.Total;
            const entries = result.List;
            const fresh = [];
            let resumedPast = 0;
            let previous = Infinity;
            for (const entry of entries) {
                const time = entry.SendTime ?? 0;
                if (time > previous || secondOf(entry) > cursor)
                    unwalkable('The send log did not come newest first');
                previous = time;
                if (skipThrough !== undefined && resume !== undefined && secondOf(entry) < resume.second)
                    unwalkable(`Message ${resume.skipThrough} was not met again in its own second`);
                if (skipThrough !== undefined) {
                    // Resuming: everything up to the last message written is skipped.
                    if (entry.MessageId === skipThrough)
                        skipThrough = undefined;
                    seen.add(entry.MessageId);
                    resumedPast += 1;
                    continue;
                }
                if (seen.has(entry.MessageId))
                    continue;
                seen.add(entry.MessageId);
                fresh.push(entry);
            }
            written += fresh.length;
            if (fresh.length > 0)
                yield fresh;
            const last = entries.at(-1);
            if (entries.length < pageSize || last === undefined)
                break;
            if (fresh.length === 0 && resumedPast === 0)
                unwalkable(`Page ${page} repeated messages already read`);
            const oldest = secondOf(last);
            if (oldest < cursor) {
                // Only this page can hold messages of the oldest second: they are the ones to skip next time.
                // They are the newest of that second, so the first `seen.size` of the window up to it: a page that
                // was all that second is skipped by number, the rest by id.
                seen = new Set(entries.filter((e) => secondOf(e) === oldest).map((e) => e.MessageId));
                cursor = oldest;
                page = Math.floor(seen.size / pageSize) + 1;
            }
            else
                page += 1;
        }
        // Its own second was walked (the filters select it, as resumePoint checked) without meeting it.
        if (skipThrough !== undefined)
            unwalkable(`Message ${skipThrough} was not met again in its own second`);
        if (total !== undefined && total !== written)
            options.onMismatch?.({ fromTime: dayFrom, toTime: dayTo, total, written });
        cursor = dayFrom - 1;
    }
}

;// CONCATENATED MODULE: ./src/core/consent/ledger.ts



/**
 * A claim this young with no outcome is taken for a submit still running (a send's attempt is bounded by
 * its timeout), older for one whose process died mid-send: its outcome is unknown.
 */
const IN_FLIGHT_GRACE_MS = 2 * 60 * 1000;
class ConsentLedger {
    store;
    previewTtlMs;
    constructor(store, options = {}) {
        this.store = store;
        this.previewTtlMs = options.previewTtlMs ?? 60 * 60 * 1000;
    }
    /**
     * Records a preview. A preview after a definite send is a new consent (the same request may be sent
     * again); after an unknown outcome it is not: that one must be reconciled first. Returns the pending
     * submit, if any, so the preview can say so.
     */
    async remember(digest, canonical, now) {
        const id = ledgerId(digest);
        const [previous, submits] = await Promise.all([this.store.readPreview(id), this.store.readSubmits(id)]);
        const last = submits.at(-1);
        let armedAfter = previous?.armedAfter ?? 0;
        if (last !== undefined && (last.state === 'sent' || last.state === 'failed'))
            armedAfter = submits.length;
        await this.store.writePreview(id, {
            at: now,
            fields: fingerprints(digest, canonical),
            items: itemFingerprints(digest, canonical),
            armedAfter,
        });
        return submits.length > armedAfter ? last : undefined;
    }
    /** The preview of this digest, if one was made within the time-to-live. */
    async recall(digest, now) {
        const record = await this.store.readPreview(ledgerId(digest));
        return record !== undefined && now - record.at <= this.previewTtlMs ? record : undefined;
    }
    /** The fields of `canonical` that differ from what the preview of `digest` saw. */
    changedFields(record, digest, canonical) {
        const now = fingerprints(digest, canonical);
        const names = new Set([...Object.keys(record.fields), ...Object.keys(now)]);
        return [...names].filter((name) => record.fields[name] !== now[name]).sort();
    }
    /**
     * For each changed list field: the current elements the preview did not have, and how many of the
     * preview's elements are gone (their values are not kept, only their count is known).
     */
    changedItems(record, digest, canonical) {
        const out = [];
        for (const [field, before] of Object.entries(record.items ?? {})) {
            const value = canonical[field];
            if (!Array.isArray(value))
                continue;
            const had = new Set(before);
            const now = value.map((item) => hmac(digest, item));
            const has = new Set(now);
            const added = value.filter((_, i) => !had.has(now[i]));
            const removed = before.filter((h) => !has.has(h)).length;
            if (added.length > 0 || removed > 0)
                out.push({ field, added, removed });
        }
        return out;
    }
    /**
     * Takes the right to send once. Refused when this consent already sent, or when its last submit has an
     * unknown outcome and the caller has not said it reconciled it (checked the send log: not sent).
     */
    async claim(digest, now, reconciled) {
        const id = ledgerId(digest);
        const [preview, submits] = await Promise.all([this.store.readPreview(id), this.store.readSubmits(id)]);
        const armedAfter = preview?.armedAfter ?? 0;
        const last = submits.length > armedAfter ? submits.at(-1) : undefined;
        if (last?.state === 'sent')
            return { ok: false, reason: 'already_submitted', last };
        if (last?.state === 'in-flight' && now - last.at < IN_FLIGHT_GRACE_MS) {
            return { ok: false, reason: 'in_progress', last };
        }
        if ((last?.state === 'unknown' || last?.state === 'in-flight') && !reconciled) {
            return { ok: false, reason: 'outcome_unknown', last };
        }
        const n = submits.length + 1;
        // Two submits racing for the same digest: exactly one creates record n.
        const created = await this.store.createSubmit(id, n, { state: 'in-flight', at: now });
        if (!created)
            return { ok: false, reason: 'in_progress', last: { state: 'in-flight', at: now } };
        return { ok: true, n };
    }
    async settle(digest, n, record) {
        await this.store.updateSubmit(ledgerId(digest), n, record);
    }
}
/** Where a digest's records are filed: never the digest itself. */
function ledgerId(digest) {
    return (0,sign/* sha256Hex */.fg)(`volc-sms consent ledger\n${digest}`);
}
const hmac = (digest, value) => (0,external_node_crypto_.createHmac)('sha256', digest).update(canonicalJson(value)).digest('hex');
function fingerprints(digest, canonical) {
    const out = {};
    for (const [name, value] of Object.entries(canonical))
        out[name] = hmac(digest, value);
    return out;
}
function itemFingerprints(digest, canonical) {
    const out = {};
    for (const [name, value] of Object.entries(canonical)) {
        if (Array.isArray(value) && value.every((item) => typeof item !== 'object' || item === null))
            out[name] = value.map((item) => hmac(digest, item));
    }
    return out;
}
/** A ledger for one process: a long-lived server or a test. */
function memoryLedgerStore() {
    const previews = new Map();
    const submits = new Map();
    return {
        readPreview: async (id) => previews.get(id),
        writePreview: async (id, record) => void previews.set(id, record),
        readSubmits: async (id) => [...(submits.get(id) ?? [])],
        async createSubmit(id, n, record) {
            const list = submits.get(id) ?? [];
            if (list.length >= n)
                return false;
            submits.set(id, [...list, record]);
            return true;
        },
        async updateSubmit(id, n, record) {
            const list = submits.get(id);
            if (list !== undefined && n >= 1 && n <= list.length)
                list[n - 1] = record;
        },
    };
}

;// CONCATENATED MODULE: ./src/core/consent/file-ledger.ts



/**
 * The consent ledger in a directory, for processes that live one call (the CLI) and for the MCP server,
 * so both see the same "already used" memory. One small JSON file per record, private to the user:
 * `<id>.preview.json` (rewritten through a rename) and `<id>.submit.<n>.json` (created exclusively, the
 * cross-process lock that lets two racing submits send once). Files older than a week are removed.
 */
/** Records older than this are deleted on the next preview. */
const RETENTION_MS = 7 * 24 * 60 * 60 * 1000;
/** `VOLC_SMS_STATE_DIR`, else `$XDG_STATE_HOME/volc-sms`, else `~/.local/state/volc-sms`. */
function defaultLedgerDir(env) {
    if (env.VOLC_SMS_STATE_DIR)
        return env.VOLC_SMS_STATE_DIR;
    if (env.XDG_STATE_HOME)
        return external_node_path_default().join(env.XDG_STATE_HOME, 'volc-sms');
    const home = env.HOME ?? env.USERPROFILE;
    if (!home) {
        throw new errors/* SmsConfigError */.cw('No directory for the consent ledger: HOME is not set', {
            hint: 'Set VOLC_SMS_STATE_DIR to a private directory.',
        });
    }
    return external_node_path_default().join(home, '.local', 'state', 'volc-sms');
}
function fileLedgerStore(dir, now = Date.now) {
    const ledgerDir = external_node_path_default().join(dir, 'consent');
    const file = (name) => external_node_path_default().join(ledgerDir, name);
    let ready;
    const ensureDir = () => (ready ??= (0,external_node_fs_promises_.mkdir)(ledgerDir, { recursive: true, mode: 0o700 }).then(() => undefined, (error) => {
        ready = undefined;
        throw new errors/* SmsConfigError */.cw(`Cannot create the consent ledger directory ${ledgerDir}`, {
            cause: error,
            hint: 'Set VOLC_SMS_STATE_DIR to a writable private directory.',
        });
    }));
    const readJson = async (name) => {
        try {
            return JSON.parse(await (0,external_node_fs_promises_.readFile)(file(name), 'utf8'));
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return undefined;
            // A record being written by another process reads as empty: it is in flight.
            if (error instanceof SyntaxError)
                return { state: 'in-flight', at: now() };
            throw error;
        }
    };
    const prune = async () => {
        const names = await (0,external_node_fs_promises_.readdir)(ledgerDir).catch(() => []);
        const cutoff = now() - RETENTION_MS;
        await Promise.all(names.map(async (name) => {
            const info = await (0,external_node_fs_promises_.stat)(file(name)).catch(() => undefined);
            if (info !== undefined && info.mtimeMs < cutoff)
                await (0,external_node_fs_promises_.rm)(file(name), { force: true });
        }));
    };
    return {
        readPreview: (id) => readJson(`${id}.preview.json`),
        async writePreview(id, record) {
            await ensureDir();
            const temp = file(`${id}.preview.${process.pid}.tmp`);
            await (0,external_node_fs_promises_.writeFile)(temp, JSON.stringify(record), { mode: 0o600 });
            await (0,external_node_fs_promises_.rename)(temp, file(`${id}.preview.json`));
            await prune();
        },
        async readSubmits(id) {
            const records = [];
            for (let n = 1;; n++) {
                const record = await readJson(`${id}.submit.${n}.json`);
                if (record === undefined)
                    return records;
                records.push(record);
            }
        },
        async createSubmit(id, n, record) {
            await ensureDir();
            try {
                await (0,external_node_fs_promises_.writeFile)(file(`${id}.submit.${n}.json`), JSON.stringify(record), { flag: 'wx', mode: 0o600 });
                return true;
            }
            catch (error) {
                if (error.code === 'EEXIST')
                    return false;
                throw error;
            }
        },
        async updateSubmit(id, n, record) {
            const temp = file(`${id}.submit.${n}.${process.pid}.tmp`);
            await (0,external_node_fs_promises_.writeFile)(temp, JSON.stringify(record), { mode: 0o600 });
            await (0,external_node_fs_promises_.rename)(temp, file(`${id}.submit.${n}.json`));
        },
    };
}

;// CONCATENATED MODULE: ./src/core/consent/gate-types.ts
const isGateFailure = (value) => 'ok' in value && value.ok === false;
const isGateAnswer = (value) => 'answer' in value;
/** What an entry point hands on with a preview's summary: the digest, its expiry (ISO 8601), a pending submit. */
function previewDigestFields(preview) {
    return {
        digest: preview.digest,
        expiresAt: new Date(preview.expiresAt).toISOString(),
        ...(preview.pendingSubmit === undefined ? {} : { pendingSubmit: preview.pendingSubmit }),
    };
}

;// CONCATENATED MODULE: ./src/core/consent/gate.ts




/**
 * The one consent gate (reference §4.3) under every `*-preview`/`*-submit` pair and their MCP tools. A
 * gate definition says how its request is normalised and pre-checked, what the digest covers, what the
 * preview shows and which write it makes; this file owns the rules they share: a preview runs the
 * pre-checks and returns a masked summary and the digest of the canonical, unmasked object; a submit
 * runs them again, recomputes the digest, refuses on any difference (naming what changed), and makes the
 * write exactly once, through the ledger. Nothing here prints; nothing here retries a write.
 */
/** The ledger files a gate's digests apart from every other gate's: a send digest never opens a signature. */
const ledgerKey = (name, digest) => `${name}\n${digest}`;
async function previewGate(definition, context, request) {
    const prepared = await definition.prepare(context.client, request);
    if (isGateFailure(prepared) || isGateAnswer(prepared))
        return prepared;
    const digest = consentDigest(prepared.canonical);
    const now = (context.now ?? Date.now)();
    let pendingSubmit;
    try {
        pendingSubmit = await context.ledger.remember(ledgerKey(definition.name, digest), prepared.canonical, now);
    }
    catch (error) {
        return failureOf(error, 'check');
    }
    return {
        ok: true,
        preview: prepared.summary,
        digest,
        expiresAt: now + context.ledger.previewTtlMs,
        ...(pendingSubmit === undefined ? {} : { pendingSubmit }),
    };
}
/** A definition's preview and submit, for the commands and tools that take its request as is. */
function gateCalls(definition) {
    return {
        preview: (context, request) => previewGate(definition, context, request),
        submit: (context, request, input) => submitGate(definition, context, request, input),
    };
}
/** The send gate's rule: both digests given, equal, before anything touches the network. */
function requireEqualDigests(input, previewDigest) {
    const authorization = parseDigest(input.authorizationDigest ?? '');
    if (authorization === undefined) {
        return gateFailure('authorization_mismatch', '--authorization-digest must be the 64 hex digits the preview printed', 'authorization-digest', 'Pass the digest the user approved as both --preview-digest and --authorization-digest.');
    }
    if (authorization !== previewDigest) {
        return gateFailure('authorization_mismatch', 'The authorisation digest is not the preview digest: nothing was sent', 'authorization-digest', 'Show the preview to the user and pass the digest they approved as both flags.');
    }
    return undefined;
}
async function submitGate(definition, context, request, input) {
    const preview = `${definition.name}-preview`;
    const previewDigest = parseDigest(input.previewDigest ?? '');
    if (previewDigest === undefined) {
        return gateFailure('authorization_mismatch', `--preview-digest must be the 64 hex digits ${preview} printed`, 'preview-digest', `Run ${preview} and pass the digest it prints.`);
    }
    const refused = definition.authorise(input, previewDigest, request);
    if (refused !== undefined)
        return refused;
    const key = ledgerKey(definition.name, previewDigest);
    const now = (context.now ?? Date.now)();
    let record;
    try {
        record = await context.ledger.recall(key, now);
    }
    catch (error) {
        return failureOf(error, 'check');
    }
    if (record === undefined) {
        const minutes = Math.round(context.ledger.previewTtlMs / 60_000);
        return gateFailure('digest_mismatch', `No ${preview} produced this digest here in the last ${minutes} minutes: nothing was sent`, 'preview-digest', `Run ${preview} with the same flags, show its summary, and submit the digest it prints.`);
    }
    const prepared = await definition.prepare(context.client, request);
    if (isGateFailure(prepared) || isGateAnswer(prepared))
        return prepared;
    const canonical = prepared.canonical;
    if (consentDigest(canonical) !== previewDigest) {
        const changed = context.ledger.changedFields(record, key, canonical);
        const items = context.ledger.changedItems(record, key, canonical);
        const describe = (field) => definition.fieldWords[field] ?? field;
        const words = changed.map((field) => {
            const item = items.find((i) => i.field === field);
            if (item === undefined)
                return describe(field);
            const parts = [
                ...(item.added.length > 0
                    ? [`added ${item.added.map((v) => definition.describeItem?.(field, v) ?? String(v)).join(', ')}`]
                    : []),
                ...(item.removed > 0 ? [`${item.removed} removed`] : []),
            ];
            return `${describe(field)} (${parts.join('; ')})`;
        });
        const what = words.length > 0 ? `changed: ${words.join(', ')}` : 'the request differs';
        return gateFailure('digest_mismatch', `The request is not the one previewed (${what}): nothing was sent`, 'preview-digest', `Run ${preview} again, show the new summary, and submit its digest.`, { changed });
    }
    if (input.confirm !== undefined && !(await input.confirm(prepared.summary))) {
        return gateFailure('authorization_mismatch', 'The request was not confirmed: nothing was sent', 'confirmation', 'Submit again and confirm the summary.');
    }
    let claim;
    try {
        claim = await context.ledger.claim(key, now, input.reconciled === true);
    }
    catch (error) {
        return failureOf(error, 'check');
    }
    if (!claim.ok) {
        if (claim.reason === 'outcome_unknown')
            return gate_outcomeUnknown(definition, prepared.write, claim.last.requestId);
        return refusedClaim(preview, claim.reason, claim.last);
    }
    const settle = (state, requestId) => context.ledger.settle(key, claim.n, { state, at: (context.now ?? Date.now)(), requestId });
    let written;
    try {
        written = await definition.write(context.client, prepared.write);
    }
    catch (error) {
        if (!(0,errors/* isSmsError */.yc)(error) || error.code !== 'ERR_SMS_OUTCOME_UNKNOWN') {
            await settle('failed', (0,errors/* isSmsError */.yc)(error) ? error.requestId : undefined);
            // A request refused before it left (a bad field) attempted nothing.
            return {
                ...failureOf(error, 'send'),
                attempted: !((0,errors/* isSmsError */.yc)(error) && error.code === 'ERR_SMS_INPUT'),
            };
        }
        const found = await definition.reconcile?.(context.client, prepared.write).catch(() => undefined);
        if (found !== undefined) {
            await settle('sent', error.requestId);
            return {
                ok: true,
                action: definition.action,
                requestId: error.requestId,
                result: { reconciled: true, ...found },
                preview: prepared.summary,
                reconciled: true,
            };
        }
        await settle('unknown', error.requestId);
        return { ...gate_outcomeUnknown(definition, prepared.write, error.requestId, error), attempted: true };
    }
    await settle('sent', written.requestId);
    return {
        ok: true,
        action: definition.action,
        requestId: written.requestId,
        result: written.result,
        preview: prepared.summary,
    };
}
function gate_outcomeUnknown(definition, write, requestId, cause) {
    const error = new errors/* SmsOutcomeUnknownError */.iD(`The ${definition.action} call may or may not have taken effect: no usable answer came back. This digest will not write again on its own`, {
        cause,
        requestId,
        hint: `Check \`${definition.reconcileCommand(write)}\`; only if it shows nothing, run ${definition.name}-submit again with the same flags and --reconciled.`,
    });
    return { ok: false, code: 'outcome_unknown', error, retryable: false };
}
function refusedClaim(preview, reason, last) {
    const when = new Date(last.at).toISOString();
    const message = reason === 'in_progress'
        ? `Another submit of this digest started at ${when} and has not finished: this one sent nothing`
        : `This digest was already submitted at ${when}${last.requestId ? ` (request id ${last.requestId})` : ''}: nothing was sent again`;
    const error = new errors/* SmsInputError */.E$(message, [{ field: 'preview-digest', message: 'already used' }], {
        hint: `To make the same request again, run ${preview} again and submit the digest it prints.`,
    });
    return { ok: false, code: 'already_submitted', error, retryable: false };
}

;// CONCATENATED MODULE: ./src/core/consent/resource-checks.ts

/**
 * The resource queries the gates run before a preview and again before a write (reference §4.3, §5.3),
 * one function per query, each with the skill's own filters and paging (Page 1, PageSize 100), each
 * answering either the facts it read or the failure in the skill's words (the template queries are in
 * template-checks.ts). Gates compose them (send-checks.ts, batch-launch-gate.ts, …); a changed resource
 * state aborts with `validation_error`, a changed content reaches the digest.
 */
const APPROVED = new Set(['3', '5']);
const resource_checks_EVERY_GROUP = new Set(['*', 'All']);
const PAGE = { page: 1, pageSize: 100 };
const CHANNEL_TYPES = new Set(['CN_OTP', 'CN_NTC', 'CN_MKT']);
// An application in review, approved or in use (0, 1, 3, 5, 6): what a reconciling read after a lost answer
// accepts as the application having been made.
const NOT_REJECTED = new Set(['0', '1', '3', '5', '6']);
const isNotRejected = (status) => NOT_REJECTED.has(String(status));
/**
 * A reconciling read: the one item of a list's first page (100) that `matches` the write whose answer was
 * lost. None, or several alike: undefined, since the read cannot tell that this write made it.
 */
async function theOneListed(list, matches) {
    const found = (await list(PAGE)).result.List.filter(matches);
    return found.length === 1 ? found[0] : undefined;
}
const resource_checks_isApproved = (status) => status !== undefined && APPROVED.has(String(status));
/** The single-send rule: an empty list, `*` or `All` pass. `strict` (batch, §3.1): only the group itself. */
const boundTo = (groups, group, strict = false) => strict
    ? (groups ?? []).includes(group)
    : groups === null ||
        groups === undefined ||
        groups.length === 0 ||
        groups.some((g) => g === group || resource_checks_EVERY_GROUP.has(g));
function resource_checks_invalid(message, field, hint) {
    return gateFailure('validation_error', message, field, hint);
}
async function query(run) {
    try {
        return { ok: true, value: await run() };
    }
    catch (error) {
        return failureOf(error, 'check');
    }
}
/** GetSubAccountDetail: the group exists and its status is 1 (the send preview's rule). */
async function checkGroupDetail(client, subAccount) {
    const detail = await query(() => client.getSubAccountDetail({ subAccount }));
    if (!detail.ok)
        return detail;
    const status = detail.value.result.status;
    if (String(status) !== '1') {
        return resource_checks_invalid(`Message group ${subAccount} has status ${status ?? 'none'}, not 1 (usable)`, 'sub-account', 'Run `volc-sms list-message-groups` and pass a usable group as --sub-account.');
    }
    return undefined;
}
/** ListSubAccountForAgent: the group is among the approved groups (batch §3.1, signature applications). */
async function checkGroupListed(client, subAccount) {
    const groups = await query(() => client.listSubAccounts({}));
    if (!groups.ok)
        return groups;
    const group = groups.value.result.List.find((g) => g.SubAccount === subAccount);
    if (group === undefined) {
        return resource_checks_invalid(`Message group ${subAccount} is not among the approved groups`, 'sub-account', 'Run `volc-sms list-message-groups` and pass one of the listed ids as --sub-account.');
    }
    return { ok: true, value: group };
}
/**
 * ListSignatureForAgent: approved (3/5), not `usable:false`, bound to every group (`strict`, batch §3.1:
 * only the group itself counts) and, when the signature lists its channels, taking `channel`.
 */
async function checkSignature(client, signature, groups, options = {}) {
    const subAccounts = typeof groups === 'string' ? [groups] : [...groups];
    const listed = await query(() => client.listSignatures({ signature, subAccounts, ...PAGE }));
    if (!listed.ok)
        return listed;
    const where = subAccounts.join(', ');
    const hint = `Check \`volc-sms list-signatures --signature ${signature}\`: the signature must be approved and bound to ${subAccounts.length > 1 ? 'every' : 'the'} group.`;
    const item = listed.value.result.List.find((s) => s.Signature === signature);
    if (item === undefined) {
        return resource_checks_invalid(`Signature "${signature}" is not approved for group ${where}`, 'signature', hint);
    }
    if (!resource_checks_isApproved(item.Status)) {
        return resource_checks_invalid(`Signature "${signature}" has status ${item.Status ?? 'none'}, not approved (3/5)`, 'signature', hint);
    }
    if (item.Usable === false || item.usable === false) {
        return resource_checks_invalid(`Signature "${signature}" is marked not usable`, 'signature', hint);
    }
    const unbound = subAccounts.filter((group) => !boundTo(item.SubAccounts, group, options.strict));
    if (unbound.length > 0) {
        return resource_checks_invalid(`Signature "${signature}" is not bound to group ${unbound.join(', ')}`, 'signature', hint);
    }
    const channels = item.ChannelTypes;
    if (options.channel !== undefined &&
        channels != null &&
        channels.length > 0 &&
        !channels.includes(options.channel)) {
        return resource_checks_invalid(`Signature "${signature}" does not take ${options.channel}`, 'signature', hint);
    }
    return { ok: true, value: item };
}
/** §2.2: approved is `auditStatus` 3/5, `true` or one of these words, and `usable` truthy. */
const APPROVED_WORDS = new Set([
    '3',
    '5',
    'true',
    'approved',
    'passed',
    'success',
    'completed',
    'no_review',
    'no-review',
    '审核通过',
    '免审',
]);
/** GetSignatureIdentificationList `{id}`: approved and usable, and of the request's purpose when it says. */
async function checkQualification(client, id, purpose) {
    const listed = await query(() => client.getSignatureIdentificationList({ id, pageIndex: 1, pageSize: 100 }));
    if (!listed.ok)
        return listed;
    const hint = 'Run `volc-sms list-qualifications --status 3 --status 5` and pass an approved, usable id as --qualification-id.';
    const item = listed.value.result.list.find((q) => String(q.id) === String(id));
    if (item === undefined)
        return resource_checks_invalid(`Qualification ${id} does not exist`, 'qualification-id', hint);
    if (!APPROVED_WORDS.has(String(item.auditStatus).trim().toLowerCase()) || !item.usable) {
        return resource_checks_invalid(`Qualification ${id} is not approved and usable (auditStatus ${String(item.auditStatus ?? 'none')}, usable ${String(item.usable ?? false)})`, 'qualification-id', hint);
    }
    if (purpose !== undefined && item.purpose !== undefined && String(item.purpose) !== String(purpose)) {
        return resource_checks_invalid(`Qualification ${id} has purpose ${item.purpose}, not ${purpose}`, 'purpose', "Pass the qualification's own purpose (1 own use, 2 for others) as --purpose.");
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/consent/template-checks.ts



// The template queries of the gates' pre-checks (resource-checks.ts has the rest and the rules they share).
/**
 * A listed template's `Signature` and `Signatures` (either may be absent) agree with each other and, when
 * they name any signature, name `signature`.
 */
function checkTemplateSignatures(templateId, signature, named, hint) {
    const single = named.single === '' ? undefined : named.single;
    const list = named.list ?? [];
    if (single !== undefined && list.length > 0 && !list.includes(single)) {
        return gateFailure('contract_conflict', `Template ${templateId} names Signature "${single}" but Signatures ${JSON.stringify(named.list)}`, 'template-id', 'The service described the template inconsistently; check it in the console before sending.');
    }
    const signatures = list.length > 0 ? list : single === undefined ? [] : [single];
    if (signatures.length > 0 && !signatures.includes(signature)) {
        return resource_checks_invalid(`Template ${templateId} is not approved for signature "${signature}"`, 'template-id', hint);
    }
    return undefined;
}
/** ListSmsTemplateForAgent: approved (3/5) for that signature and group. */
async function checkTemplateListed(client, templateId, signature, subAccount, strict = false) {
    const listed = await query(() => client.listTemplates({ templateId, subAccounts: [subAccount], signatures: [signature], ...PAGE }));
    if (!listed.ok)
        return listed;
    const hint = templateHint(subAccount, signature);
    const item = listed.value.result.List.find((t) => t.TemplateId === templateId);
    if (item === undefined) {
        return resource_checks_invalid(`Template ${templateId} is not approved for signature "${signature}" and group ${subAccount}`, 'template-id', hint);
    }
    if (!resource_checks_isApproved(item.Status)) {
        return resource_checks_invalid(`Template ${templateId} has status ${item.Status ?? 'none'}, not approved (3/5)`, 'template-id', hint);
    }
    const signatures = { single: item.Signature, list: item.Signatures };
    const mismatch = checkTemplateSignatures(templateId, signature, signatures, hint);
    if (mismatch !== undefined)
        return mismatch;
    if (!boundTo(item.SubAccounts, subAccount, strict)) {
        return resource_checks_invalid(`Template ${templateId} does not belong to group ${subAccount}`, 'template-id', hint);
    }
    return { ok: true, value: item };
}
const templateHint = (subAccount, signature) => `Check \`volc-sms list-templates --sub-account ${subAccount} --signature ${signature}\`: the template must be approved for both.`;
/**
 * ListSecondTemplate `{templateId, signatures}`: the V2 detail the digest reads the content from (§2.3's
 * client rules: the group, `*` or `All` listed, an empty list fails; parameters present; content a
 * string; a known channel).
 */
async function secondTemplateFacts(client, templateId, signature, subAccount) {
    const listed = await query(() => client.listSecondTemplate({ templateId, signatures: signature }));
    if (!listed.ok)
        return listed;
    const hint = templateHint(subAccount, signature);
    const item = listed.value.result.list.find((t) => t.templateId === templateId);
    if (item === undefined) {
        return resource_checks_invalid(`ListSecondTemplate has no template ${templateId}`, 'template-id', hint);
    }
    const signatures = { single: item.signature, list: item.signatures };
    const mismatch = checkTemplateSignatures(templateId, signature, signatures, hint);
    if (mismatch !== undefined)
        return mismatch;
    if (!(item.subAccounts ?? []).some((g) => g === subAccount || resource_checks_EVERY_GROUP.has(g))) {
        return resource_checks_invalid(`Template ${templateId} does not belong to group ${subAccount}`, 'template-id', hint);
    }
    if (typeof item.content !== 'string' || item.templateParams == null) {
        return resource_checks_invalid(`The service returned no content or no parameter list for template ${templateId}, so it cannot be previewed`, 'template-id', hint);
    }
    if (item.channelType === undefined || !CHANNEL_TYPES.has(item.channelType)) {
        return resource_checks_invalid(`Template ${templateId} has channel type ${item.channelType ?? 'none'}, not CN_OTP, CN_NTC or CN_MKT`, 'template-id', hint);
    }
    const variableNames = item.templateParams
        .map((p) => p.name)
        .filter((name) => typeof name === 'string' && name !== '');
    return {
        ok: true,
        value: {
            content: stripSignaturePrefix(item.content, signature),
            variableNames,
            channelType: item.channelType,
            name: item.templateName ?? item.name,
        },
    };
}

;// CONCATENATED MODULE: ./src/core/consent/send-checks.ts


/**
 * The single-send pre-checks (reference §4.2 and §5.3, "the single-send gate is minimal"), run by the
 * preview and again by the submit: the four queries of the skill. GetSubAccountDetail: the group's status
 * is 1. ListSignatureForAgent: the signature is approved (3/5), not `usable:false`, bound to the group.
 * ListSmsTemplateForAgent: the template is approved for that signature and group. ListSecondTemplate:
 * the content and variables the digest covers, so a template edited between preview and submit, or a
 * group that stopped being usable, never sends.
 */
async function runSendChecks(client, send) {
    // All four at once (one round trip of waiting); the first failure in the order a human would fix them.
    const [group, signature, listed, second] = await Promise.all([
        checkGroupDetail(client, send.subAccount),
        checkSignature(client, send.signature, send.subAccount),
        checkTemplateListed(client, send.templateId, send.signature, send.subAccount),
        secondTemplateFacts(client, send.templateId, send.signature, send.subAccount),
    ]);
    const failed = group ?? [signature, listed, second].find((c) => !c.ok);
    if (failed !== undefined)
        return failed;
    const { content, variableNames } = second.value;
    return { ok: true, template: { content, variableNames } };
}

;// CONCATENATED MODULE: ./src/core/consent/send-gate.ts







const FIELD_WORDS = {
    templateContentSha256: 'the template content',
    renderedContentSha256: 'the rendered text',
    estimatedSegments: 'the segment count',
    originalRecipients: 'the numbers',
    recipients: 'the recipients after de-duplication',
    recipientVariables: 'the template variables',
    duplicates: 'the duplicate numbers',
    dedupePolicy: 'the de-duplication policy',
    subAccount: 'the message group',
    signature: 'the signature',
    templateId: 'the template id',
};
const SEND_GATE = {
    name: 'send',
    action: 'SendSmsForAgent',
    authorise: requireEqualDigests,
    async prepare(client, request) {
        let send;
        try {
            send = normalizeSend(request);
        }
        catch (error) {
            return failureOf(error, 'check');
        }
        const checked = await runSendChecks(client, send);
        if (!checked.ok)
            return checked;
        try {
            checkVariables(checked.template, send.variables);
        }
        catch (error) {
            return failureOf(error, 'check');
        }
        const canonical = sendCanonicalObject(send, checked.template);
        return { canonical, summary: maskedSendSummary(canonical, checked.template.variableNames), write: send };
    },
    async write(client, send) {
        const outcome = await client.sendSms({
            subAccount: send.subAccount,
            signature: send.signature,
            templateId: send.templateId,
            mobiles: send.recipients,
            // Always sent, compact and sorted: `{}` for a fixed text (reference §2.13).
            templateParam: canonicalJson(send.variables),
        });
        const recipients = outcome.recipients;
        const requestId = recipients.find((r) => r.requestId !== undefined)?.requestId;
        if (recipients.every((r) => r.status === 'sent'))
            return { requestId, result: { MessageIds: recipients.map((r) => r.messageId) } };
        const error = recipients.find((r) => r.error !== undefined)?.error;
        if (recipients.some((r) => r.status === 'unknown'))
            throw new errors/* SmsOutcomeUnknownError */.iD('No usable answer came back', { cause: error, requestId });
        throw error;
    },
    reconcileCommand: (send) => `volc-sms list_sms_send_log --sub-account ${send.subAccount} --template-id ${send.templateId} --since 1h`,
    fieldWords: FIELD_WORDS,
    describeItem: (_field, item) => maskPhone(String(item)),
};
async function previewSend(context, request) {
    // The send gate has no early answer: prepare never returns one.
    return (await previewGate(SEND_GATE, context, request));
}
async function submitSend(context, request, input) {
    return (await submitGate(SEND_GATE, context, request, input));
}

;// CONCATENATED MODULE: ./src/core/consent/signature-gate.ts






const signature_gate_FIELD_WORDS = {
    subAccounts: 'the message groups',
    channelTypes: 'the channel types',
    content: 'the signature text',
    purpose: 'the purpose',
    source: 'the source',
    signatureIdentificationID: 'the qualification',
};
/** The body as typed, before any query: the bracket rule, groups de-duplicated in order. */
function draftBody(request, subAccounts) {
    const signature = normalizeSignature(request.content ?? '');
    const optional = {
        desc: request.description,
        domain: request.domain,
        scene: request.scene,
        projectName: request.projectName,
        appIcp: request.appIcp,
        trademark: request.trademark,
    };
    return {
        content: 'value' in signature ? signature.value : request.content,
        purpose: request.purpose,
        source: request.source,
        signatureIdentificationID: request.qualificationId,
        subAccounts,
        channelTypes: [...new Set(request.channelTypes)],
        ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)),
    };
}
async function chooseGroups(client, request) {
    const listed = await query(() => client.listSubAccounts({}));
    if (!listed.ok)
        return listed;
    const visible = listed.value.result.List;
    const channels = [...new Set(request.channelTypes)];
    const lacks = (group) => {
        const offered = group.ChannelTypes ?? (group.ChannelType ? [group.ChannelType] : undefined);
        return offered === undefined ? [] : channels.filter((c) => !offered.includes(c));
    };
    const named = [...new Set(request.subAccounts ?? [])];
    const hint = 'Run `volc-sms list-message-groups` and name groups that take these channels with --sub-account.';
    const chosen = [];
    const excluded = [];
    if (named.length > 0) {
        for (const id of named) {
            const group = visible.find((g) => g.SubAccount === id);
            if (group === undefined)
                return resource_checks_invalid(`Message group ${id} is not among the visible groups`, 'sub-account', hint);
            const missing = lacks(group);
            if (missing.length > 0)
                return resource_checks_invalid(`Message group ${id} does not take ${missing.join(', ')}`, 'sub-account', hint);
            chosen.push(group);
        }
    }
    else {
        for (const group of visible) {
            const missing = lacks(group);
            if (missing.length === 0)
                chosen.push(group);
            else
                excluded.push({ subAccount: group.SubAccount, reason: `does not take ${missing.join(', ')}` });
        }
        if (chosen.length === 0)
            return resource_checks_invalid(`No visible message group takes ${channels.join(', ')}`, 'sub-account', hint);
    }
    return {
        ok: true,
        summary: {
            messageGroups: chosen.map((g) => ({
                subAccount: g.SubAccount,
                subAccountName: g.SubAccountName ?? null,
            })),
            messageGroupCount: chosen.length,
            ...(named.length === 0 && excluded.length > 0 ? { excludedGroups: excluded } : {}),
        },
    };
}
const covers = (have, want) => want.every((item) => (have ?? []).includes(item));
const SIGNATURE_GATE = {
    name: 'signature',
    action: 'ApplySmsSignatureV2',
    // The digest alone is the consent here (reference §4.3); nothing more to check before the network.
    authorise: () => undefined,
    async prepare(client, request) {
        try {
            // The bracket rule and every field rule first: a bad flag needs no query. Default-all groups are
            // only known after the query; a stand-in checks the rest of the body.
            const named = [...new Set(request.subAccounts ?? [])];
            await agentV2Params(AGENT_V2_ACTIONS.applySmsSignatureV2, draftBody(request, named.length > 0 ? named : ['(every visible group)']));
        }
        catch (error) {
            return failureOf(error, 'check');
        }
        const [qualification, groups] = await Promise.all([
            checkQualification(client, request.qualificationId, request.purpose),
            chooseGroups(client, request),
        ]);
        if (qualification !== undefined)
            return qualification;
        if (!groups.ok)
            return groups;
        const body = draftBody(request, groups.summary.messageGroups.map((g) => g.subAccount));
        return { canonical: { ...body }, summary: { body, ...groups.summary }, write: body };
    },
    write: (client, body) => client.applySmsSignatureV2(body),
    // §2.4: exactly one listed signature with this text, not rejected, covering the groups and channels,
    // with the same qualification and purpose.
    async reconcile(client, body) {
        const item = await theOneListed((page) => client.listSignatures({ signature: body.content, subAccounts: body.subAccounts, ...page }), (s) => s.Signature === body.content);
        if (item === undefined || !isNotRejected(item.Status))
            return undefined;
        const identification = item.IdentificationId ?? item.IdentificationID;
        if (!covers(item.SubAccounts, body.subAccounts) || !covers(item.ChannelTypes, body.channelTypes))
            return undefined;
        if (String(identification) !== String(body.signatureIdentificationID))
            return undefined;
        if (item.Purpose !== undefined && String(item.Purpose) !== String(body.purpose))
            return undefined;
        return {
            Signature: item.Signature,
            Status: item.Status,
            SubAccounts: item.SubAccounts,
            ChannelTypes: item.ChannelTypes,
        };
    },
    reconcileCommand: (body) => `volc-sms list-signatures --signature ${body.content} ${body.subAccounts.map((g) => `--sub-account ${g}`).join(' ')}`,
    fieldWords: signature_gate_FIELD_WORDS,
};
const { preview: previewSignature, submit: submitSignature } = gateCalls(SIGNATURE_GATE);

;// CONCATENATED MODULE: ./src/core/consent/template-gate.ts








const template_gate_FIELD_WORDS = {
    content: 'the content',
    channelType: 'the channel type',
    name: 'the name',
    signatures: 'the signatures',
    subAccounts: 'the message groups',
    templateParams: 'the variables',
};
function templateBody(request) {
    const signatures = (request.signatures ?? []).map((text) => {
        const normalized = normalizeSignature(text);
        return 'value' in normalized ? normalized.value : text;
    });
    const names = request.templateParams ?? (0,sending_template/* templateVariables */.Qp)(request.content ?? '');
    const optional = {
        project: request.project,
        desc: request.description,
        shortUrlConfig: request.shortUrlConfig,
    };
    return {
        content: request.content,
        channelType: request.channelType,
        area: 'cn',
        name: request.name,
        signatures: [...new Set(signatures)],
        subAccounts: [...new Set(request.subAccounts ?? [])],
        templateParams: [...new Set(names)].map((name) => ({ name })),
        ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)),
    };
}
const TEMPLATE_GATE = {
    name: 'template',
    action: 'ApplySmsTemplateV2',
    authorise: () => undefined,
    async prepare(client, request) {
        const body = templateBody(request);
        try {
            await agentV2Params(AGENT_V2_ACTIONS.applySmsTemplateV2, body);
        }
        catch (error) {
            return failureOf(error, 'check');
        }
        const checks = await Promise.all(body.signatures.map((signature) => checkSignature(client, signature, body.subAccounts, { strict: true, channel: body.channelType })));
        const failed = checks.find((c) => !c.ok);
        if (failed !== undefined && !failed.ok)
            return failed;
        const { content, ...rest } = body;
        const summary = {
            ...rest,
            content_length: [...content].length,
            content_sha256: (0,sign/* sha256Hex */.fg)(content),
        };
        return { canonical: { ...body }, summary, write: body };
    },
    write: (client, body) => client.applySmsTemplateV2(body),
    // §2.5: exactly one listed template of this name, not rejected, with this exact content and channel.
    async reconcile(client, body) {
        const item = await theOneListed((page) => client.listTemplates({ subAccounts: body.subAccounts, signatures: body.signatures, ...page }), (t) => (t.TemplateName ?? t.Name) === body.name &&
            isNotRejected(t.Status) &&
            t.Content === body.content &&
            (t.ChannelType === undefined || t.ChannelType === body.channelType));
        if (item === undefined)
            return undefined;
        return {
            TemplateId: item.TemplateId,
            TemplateName: item.TemplateName ?? item.Name,
            Status: item.Status,
            ContentSha256: (0,sign/* sha256Hex */.fg)(body.content),
        };
    },
    reconcileCommand: (body) => `volc-sms list-templates ${body.subAccounts.map((g) => `--sub-account ${g}`).join(' ')} ${body.signatures.map((s) => `--signature ${s}`).join(' ')}`,
    fieldWords: template_gate_FIELD_WORDS,
};
const { preview: previewTemplate, submit: submitTemplate } = gateCalls(TEMPLATE_GATE);

;// CONCATENATED MODULE: ./src/core/consent/batch-checks.ts




async function runBatchChecks(client, target) {
    const { subAccount, signature, templateId } = target;
    const [group, signed, listed, second] = await Promise.all([
        checkGroupListed(client, subAccount),
        checkSignature(client, signature, subAccount, { strict: true }),
        checkTemplateListed(client, templateId, signature, subAccount, true),
        secondTemplateFacts(client, templateId, signature, subAccount),
    ]);
    for (const check of [group, signed, listed, second])
        if (!check.ok)
            return check;
    const facts = second.value;
    const signatureItem = signed.value;
    const identification = signatureItem.IdentificationId ?? signatureItem.IdentificationID;
    if (typeof identification === 'number' || typeof identification === 'string') {
        const qualification = await checkQualification(client, Number(identification));
        if (qualification !== undefined)
            return qualification;
    }
    const hint = 'Batch tasks take notification (CN_NTC) and marketing (CN_MKT) templates only; send codes one by one.';
    if (isVerificationTemplate(facts) || facts.channelType === 'CN_OTP') {
        return resource_checks_invalid(`Template ${templateId} is a verification template (or reads like one); batch tasks never send codes`, 'template-id', hint);
    }
    if (facts.channelType !== 'CN_NTC' && facts.channelType !== 'CN_MKT') {
        return resource_checks_invalid(`Template ${templateId} has channel type ${facts.channelType}`, 'template-id', hint);
    }
    const channel = facts.channelType;
    const groupChannels = group.value.ChannelTypes;
    if (groupChannels !== undefined && groupChannels.length > 0 && !groupChannels.includes(channel))
        return resource_checks_invalid(`Message group ${subAccount} does not take ${channel}`, 'sub-account', hint);
    const signatureChannels = signatureItem.ChannelTypes;
    if (Array.isArray(signatureChannels) &&
        signatureChannels.length > 0 &&
        !signatureChannels.includes(channel))
        return resource_checks_invalid(`Signature "${signature}" does not take ${channel}`, 'signature', hint);
    return {
        ok: true,
        template: {
            templateName: facts.name ?? templateId,
            channelType: channel,
            variableNames: facts.variableNames,
            contentSha256: (0,sign/* sha256Hex */.fg)(facts.content),
        },
    };
}

;// CONCATENATED MODULE: ./src/core/consent/batch-launch-gate.ts








const describeTaskStatus = (status) => `${status} (${batchTaskStateName(status) ?? 'unknown'})`;
const STARTED = new Set([3, 4, 5, 6]);
const CONSENT_PHRASE = '确认启动任务';
/** GetBatchTaskDetail, with the identity check the launch and the cancel need. */
async function readTask(client, subAccount, taskId) {
    const detail = await query(() => client.getBatchTaskDetail({ subAccount, taskId }));
    if (!detail.ok)
        return detail;
    const task = detail.value.result;
    if (task.taskId !== taskId || task.subAccount !== subAccount) {
        return resource_checks_invalid(`Task ${taskId} of group ${subAccount}: the detail's identity does not match (taskId ${task.taskId ?? 'none'}, subAccount ${task.subAccount ?? 'none'})`, 'task-id', 'Check --task-id and --sub-account against the output of batch-create.');
    }
    return { ok: true, task: { ...task, status: task.status ?? -1 } };
}
const started = (task) => ({
    ok: true,
    answer: { alreadyStarted: true, status: task.status, taskId: task.taskId },
});
/** The digest's object; throws naming a value that neither the detail nor the flags give. */
function launchCanonical(task, request, contentSha256) {
    const missing = [];
    const need = (value, name) => {
        if (value === undefined || value === null || value === '')
            missing.push(name);
        return value;
    };
    const canonical = {
        taskId: need(task.taskId, 'taskId'),
        taskName: need(task.taskName, 'taskName'),
        subAccount: need(task.subAccount, 'subAccount'),
        signature: need(task.signature, 'signature'),
        templateId: need(task.templateId, 'templateId'),
        templateName: need(task.templateName, 'templateName'),
        channelType: need(task.channelType, 'channelType'),
        fileUrl: need(task.fileUrl, 'fileUrl'),
        scheduled: task.scheduled ?? false,
        sendTime: task.sendTime ?? 0,
        totalCount: need(task.totalCount ?? request.totalCount, 'totalCount'),
        fileSha256: need(request.fileSha256?.toLowerCase(), 'fileSha256'),
        validCount: need(request.validCount, 'validCount'),
        invalidCount: need(request.invalidCount, 'invalidCount'),
        dupCount: need(request.dupCount, 'dupCount'),
        contentSha256,
    };
    if (missing.length > 0) {
        throw new errors/* SmsInputError */.E$(`Neither the task detail nor the flags give ${missing.join(', ')}`, missing.map((field) => ({ field, message: 'is required' })), { hint: 'Pass the handoff flags batch-create printed (--file-sha256, --valid-count, …).' });
    }
    return canonical;
}
function summaryOf(canonical) {
    // templateName and scheduled are digested but not shown; the file key is shown as its hash (§4.3).
    const shown = { ...canonical };
    delete shown.fileUrl;
    delete shown.templateName;
    delete shown.scheduled;
    return { ...shown, fileKeySha256: (0,sign/* sha256Hex */.fg)(canonical.fileUrl) };
}
const batch_launch_gate_FIELD_WORDS = {
    totalCount: 'the number count',
    fileUrl: 'the file',
    sendTime: 'the send time',
    scheduled: 'the schedule',
    contentSha256: 'the template content',
    fileSha256: 'the file hash',
    taskName: 'the task name',
};
const BATCH_LAUNCH_GATE = {
    name: 'batch-launch',
    action: 'ConsentBatchTask',
    authorise(input, _digest, request) {
        const expected = `${CONSENT_PHRASE} ${request.taskId}`;
        if (input.authorizationText === expected)
            return undefined;
        return gateFailure('authorization_mismatch', `--authorization-text must be exactly "${expected}": nothing was launched`, 'authorization-text', `Show the summary to the user; launch only after they write "${expected}".`);
    },
    async prepare(client, request) {
        const read = await readTask(client, request.subAccount, request.taskId);
        if (!read.ok)
            return read;
        const { task } = read;
        if (STARTED.has(task.status))
            return started(task);
        if (task.status !== 2) {
            return resource_checks_invalid(`Task ${request.taskId} is in state ${describeTaskStatus(task.status)}, not in Valid(2) state`, 'task-id', 'Only a validated task waiting for consent can be launched; see batch-detail.');
        }
        const checks = await runBatchChecks(client, {
            subAccount: request.subAccount,
            signature: task.signature ?? '',
            templateId: task.templateId ?? '',
        });
        if (!checks.ok)
            return checks;
        // A count the detail returns must equal its flag (§4.3).
        if (task.totalCount !== undefined &&
            request.totalCount !== undefined &&
            task.totalCount !== request.totalCount) {
            return gateFailure('digest_mismatch', `--total-count ${request.totalCount} is not the task's totalCount ${task.totalCount}: nothing was launched`, 'total-count', 'Pass the counts batch-create printed for this task.');
        }
        let canonical;
        try {
            canonical = launchCanonical(task, request, checks.template.contentSha256);
        }
        catch (error) {
            return failureOf(error, 'check');
        }
        const write = { request, digest: consentDigest(canonical), contentSha256: checks.template.contentSha256 };
        return { canonical, summary: summaryOf(canonical), write };
    },
    async write(client, { request, digest, contentSha256 }) {
        // The last read before the consent: a task started meanwhile is not consented twice.
        const task = (await client.getBatchTaskDetail({ subAccount: request.subAccount, taskId: request.taskId }))
            .result;
        const status = task.status ?? -1;
        if (STARTED.has(status))
            return { requestId: undefined, result: started({ status, taskId: task.taskId }).answer };
        if (status !== 2 || consentDigest(launchCanonical(task, request, contentSha256)) !== digest) {
            throw new errors/* SmsInputError */.E$(`Task ${request.taskId} changed right before the launch (state ${describeTaskStatus(status)}): nothing was launched`, [{ field: 'task-id', message: 'changed' }], { hint: 'Run batch-launch-preview again and show the new summary.' });
        }
        const { requestId } = await client.consentBatchTask({
            subAccount: request.subAccount,
            taskId: request.taskId,
        });
        return { requestId, result: { taskId: request.taskId, subAccount: request.subAccount } };
    },
    // §2.11: after a lost answer the detail settles it: 3–6 is started.
    async reconcile(client, { request }) {
        const task = (await client.getBatchTaskDetail({ subAccount: request.subAccount, taskId: request.taskId }))
            .result;
        return STARTED.has(task.status ?? -1) ? { status: task.status, taskId: request.taskId } : undefined;
    },
    reconcileCommand: ({ request }) => `volc-sms batch-detail --sub-account ${request.subAccount} --task-id ${request.taskId}`,
    fieldWords: batch_launch_gate_FIELD_WORDS,
};
const { preview: previewBatchLaunch, submit: submitBatchLaunch } = gateCalls(BATCH_LAUNCH_GATE);

;// CONCATENATED MODULE: ./src/core/consent/batch-cancel.ts




const CUT_OFF_MS = 60_000;
/** A detail's `sendTime` in epoch ms: a number is Unix seconds, a string ISO 8601; 0 or empty is none. */
function sendTimeMs(sendTime) {
    if (sendTime === undefined || sendTime === null || sendTime === 0 || sendTime === '')
        return undefined;
    const ms = typeof sendTime === 'number' ? sendTime * 1000 : Date.parse(sendTime);
    return Number.isFinite(ms) ? ms : undefined;
}
async function cancelBatchTask(client, ref, now = Date.now()) {
    const read = await readTask(client, ref.subAccount, ref.taskId);
    if (!read.ok)
        return read;
    const { task } = read;
    const hint = 'See the task with batch-detail; a task that is sending or finished cannot be canceled.';
    if (task.status === 7) {
        return {
            ok: true,
            action: 'batch-cancel',
            requestId: undefined,
            result: { alreadyCanceled: true, status: 7, taskId: ref.taskId },
        };
    }
    if (task.status < 0 || task.status > 5) {
        return resource_checks_invalid(`Task ${ref.taskId} is in state ${describeTaskStatus(task.status)} and cannot be canceled`, 'task-id', hint);
    }
    if (task.scheduled === true) {
        const at = sendTimeMs(task.sendTime);
        if (at === undefined || at - now <= CUT_OFF_MS) {
            return resource_checks_invalid(at === undefined
                ? `Task ${ref.taskId} is scheduled but its send time is unknown: it is not canceled`
                : `Task ${ref.taskId} sends at ${new Date(at).toISOString()}, less than a minute from now: too late to cancel`, 'task-id', hint);
        }
    }
    try {
        const { requestId } = await client.deleteBatchTask(ref);
        return {
            ok: true,
            action: 'DeleteBatchTask',
            requestId,
            result: { taskId: ref.taskId, subAccount: ref.subAccount },
        };
    }
    catch (error) {
        if (!(0,errors/* isSmsError */.yc)(error) || error.code !== 'ERR_SMS_OUTCOME_UNKNOWN')
            return { ...failureOf(error, 'send'), attempted: true };
        const after = await readTask(client, ref.subAccount, ref.taskId);
        if (after.ok && after.task.status === 7) {
            return {
                ok: true,
                action: 'batch-cancel',
                requestId: error.requestId,
                result: { reconciled: true, status: 7, taskId: ref.taskId },
            };
        }
        const failure = failureOf(error, 'send');
        return { ...failure, attempted: true };
    }
}

;// CONCATENATED MODULE: ./src/core/consent/index.ts
// The consent gates (reference §4.3), exported through src/core/index.ts.














;// CONCATENATED MODULE: ./src/core/analytics/window.ts




/**
 * The analytics window and its buckets (agent-v2 reference §6): an explicit `[start, end)` read in
 * Asia/Shanghai (a fixed UTC+08:00, no daylight saving, so every local hour and day has a fixed length),
 * at most 90 days; `total` is one bucket, `hour` and `day` cut at local boundaries and are clipped at
 * both ends; at most 100 buckets, and buckets plus send-log pages at most 120 queries.
 */
const ANALYTICS_TIME_ZONE = 'Asia/Shanghai';
const MAX_ANALYTICS_BUCKETS = 100;
const MAX_ANALYTICS_QUERIES = 120;
function refuse(field, message) {
    throw new errors/* SmsInputError */.E$(`${field} ${message}`, [{ field, message: `${field} ${message}` }], {
        hint: 'Give --start and --end as ISO 8601 times (2026-07-01T00:00:00, read in Asia/Shanghai, or with an offset).',
    });
}
// An explicit point in time: a date, or a datetime with whole seconds and an optional offset (no ages, no
// "now": a report must say which window it covers, and the same command must give the same window).
const EXPLICIT_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
/** One bound: ISO 8601, whole seconds (a fraction of zeros is whole), no offset = Asia/Shanghai. */
function parseAnalyticsTime(text, field) {
    const trimmed = text.trim();
    const match = EXPLICIT_TIME.exec(trimmed);
    if (!match)
        refuse(field, `must be an ISO 8601 time such as 2026-07-01T08:00:00 (got "${trimmed}")`);
    if (match[1] !== undefined && /[1-9]/.test(match[1]))
        refuse(field, 'must have whole seconds');
    return parseTimeInput(trimmed, { field, timeZone: ANALYTICS_TIME_ZONE });
}
function analyticsWindow(startText, endText) {
    const start = parseAnalyticsTime(startText, '--start');
    const end = parseAnalyticsTime(endText, '--end');
    if (end <= start)
        refuse('--end', 'must be after --start');
    if (end - start > MAX_STATS_WINDOW_SECONDS)
        refuse('--end', 'must be at most 90 days after --start');
    return { start, end };
}
const STEP = { hour: 3600, day: 86_400 };
/** The first local boundary after `seconds` (hour or day in Asia/Shanghai). */
function nextBoundary(seconds, step) {
    const local = seconds + SHANGHAI_OFFSET_SECONDS;
    return (Math.floor(local / step) + 1) * step - SHANGHAI_OFFSET_SECONDS;
}
/** The buckets of the window, oldest first; refused past 100 (90 days cannot use `hour`). */
function analyticsBuckets(window, size) {
    if (size === 'total')
        return [window];
    const step = STEP[size];
    const count = Math.ceil((window.end - nextBoundary(window.start, step)) / step) + 1;
    if (count > MAX_ANALYTICS_BUCKETS) {
        refuse('--bucket', `${size} would need ${count} aggregate queries, at most ${MAX_ANALYTICS_BUCKETS}: use day or total, or a shorter window`);
    }
    const buckets = [];
    for (let start = window.start; start < window.end;) {
        const end = Math.min(nextBoundary(start, step), window.end);
        buckets.push({ start, end });
        start = end;
    }
    return buckets;
}
/** Buckets plus send-log pages, counted before retries, must stay within 120 queries. */
function checkQueryBudget(buckets, logPages) {
    if (buckets + logPages > MAX_ANALYTICS_QUERIES) {
        refuse('--max-pages', `and ${buckets} bucket(s) make ${buckets + logPages} queries, at most ${MAX_ANALYTICS_QUERIES}`);
    }
}
/** The stats request of a bucket: `EndTime` is the bucket's last second, so neighbours never overlap. */
function statsTimes(bucket) {
    return { startTime: bucket.start, endTime: bucket.end - 1 };
}

;// CONCATENATED MODULE: ./src/core/analytics/rates.ts
/**
 * Rates recomputed from the service's counts (agent-v2 reference §6); its own rate fields are never read.
 * A count counts only when it is a non-negative integer (an integral float passes; a string, a boolean or a
 * missing key does not), and a rate is `insufficient_data` when a count is missing, the denominator is 0 or
 * the numerator exceeds it. Each rate says which fields it came from, so a reader can check it.
 */
/** A count as the reference reads one: a non-negative integer, else null. */
function countOf(value) {
    return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null;
}
// Rounded as Python's round(x, 4) for the values counts can make (no ties at the fifth place but exact ones).
const percent = (numerator, denominator) => Math.round(((numerator * 100) / denominator) * 10_000) / 10_000;
function rateOf(numerator, denominator, numeratorField, denominatorField) {
    const available = numerator !== null && denominator !== null && denominator > 0 && numerator <= denominator;
    return {
        status: available ? 'available' : 'insufficient_data',
        numerator,
        denominator,
        percentage: available ? percent(numerator, denominator) : null,
        numerator_field: numeratorField,
        denominator_field: denominatorField,
    };
}
/** One bucket's metrics from the stats action's `Result`, as the server sent it. */
function bucketMetrics(result) {
    const allSend = countOf(result.TotalAllSendCount);
    const sendSuccess = countOf(result.TotalSendSuccessCount);
    const receiptSuccess = countOf(result.TotalReceiptSuccessCount);
    const receiptFailure = countOf(result.TotalReceiptFailureCount);
    const receiptsAdd = sendSuccess !== null &&
        receiptSuccess !== null &&
        receiptFailure !== null &&
        receiptSuccess + receiptFailure <= sendSuccess;
    return {
        service_reported_send_count: {
            value: countOf(result.TotalSendCount),
            source_field: 'TotalSendCount',
            semantic: 'not_used_as_recipient_or_rate_denominator',
        },
        submission_success_rate: rateOf(sendSuccess, allSend, 'TotalSendSuccessCount', 'TotalAllSendCount'),
        receipt_success_rate: rateOf(receiptSuccess, sendSuccess, 'TotalReceiptSuccessCount', 'TotalSendSuccessCount'),
        receipts: {
            status: receiptsAdd ? 'available' : 'insufficient_data',
            success: receiptSuccess,
            failure: receiptFailure,
            outstanding: receiptsAdd ? sendSuccess - receiptSuccess - receiptFailure : null,
            denominator: sendSuccess,
            denominator_field: 'TotalSendSuccessCount',
        },
    };
}
/** Whether every figure of a bucket could be computed; one that cannot makes the report insufficient. */
function metricsAvailable(metrics) {
    return (metrics.submission_success_rate.status === 'available' &&
        metrics.receipt_success_rate.status === 'available' &&
        metrics.receipts.status === 'available');
}

;// CONCATENATED MODULE: ./src/core/analytics/send-logs.ts


// §2.14: the send log's success markers, trimmed and upper-cased.
const SUCCESS_CODES = new Set(['', '0', 'OK', 'SUCCESS', 'DELIVRD']);
function logRecord(entry) {
    const errorCode = String(entry.ErrorCode ?? '').trim();
    const receiptTime = countOf(entry.ReceiptTime);
    const segments = countOf(entry.Count);
    return {
        messageId: entry.MessageId,
        sendTime: countOf(entry.SendTime),
        receiptTime,
        receiptState: !SUCCESS_CODES.has(errorCode.toUpperCase())
            ? 'failure'
            : receiptTime
                ? 'success'
                : 'outstanding',
        errorCode,
        segments: segments && segments > 0 ? segments : 1,
        subAccount: entry.SubAccount ?? '',
        signature: entry.Signature ?? '',
        templateId: entry.TemplateId ?? '',
    };
}
/** Collects pages in order; `add` says whether another page is needed. */
class LogCollector {
    #byId = new Map();
    #anonymous = [];
    #limitations = [];
    #total = null;
    #raw = 0;
    #duplicates = 0;
    #pages = 0;
    #complete = false;
    /** One page of `pageSize` asked for; false when paging is over (complete, or short of the total). */
    add(entries, total, pageSize) {
        this.#pages += 1;
        const pageTotal = countOf(total);
        if (pageTotal !== null)
            this.#total = Math.max(this.#total ?? 0, pageTotal);
        this.#raw += entries.length;
        for (const entry of entries) {
            const record = logRecord(entry);
            if (record.messageId === '') {
                this.#anonymous.push(record);
                this.#limit('missing_message_id');
            }
            else if (this.#byId.has(record.messageId))
                this.#duplicates += 1;
            else
                this.#byId.set(record.messageId, record);
        }
        if (this.#total !== null && this.#byId.size + this.#anonymous.length >= this.#total) {
            this.#complete = true;
            return false;
        }
        if (entries.length < pageSize) {
            if (this.#total === null)
                this.#complete = true;
            else
                this.#limit('service_total_not_reached');
            return false;
        }
        return true;
    }
    #limit(limitation) {
        if (!this.#limitations.includes(limitation))
            this.#limitations.push(limitation);
    }
    /** The evidence once paging stopped (after `add` said so, or after the last page allowed). */
    evidence() {
        if (!this.#complete)
            this.#limit('page_limit_reached');
        const records = [...this.#byId.values(), ...this.#anonymous].sort((a, b) => Number(a.sendTime === null) - Number(b.sendTime === null) ||
            (a.sendTime ?? 0) - (b.sendTime ?? 0) ||
            (a.messageId < b.messageId ? -1 : a.messageId > b.messageId ? 1 : 0));
        const receiptStates = { success: 0, failure: 0, outstanding: 0 };
        const errorCodes = new Map();
        for (const record of records) {
            receiptStates[record.receiptState] += 1;
            if (record.receiptState !== 'failure' || record.errorCode === '')
                continue;
            const entry = errorCodes.get(record.errorCode) ?? {
                messages: 0,
                segments: 0,
                explanation: 'unknown_public_code',
                recommendation: 'reconcile_with_the_customer_visible_send_log',
            };
            entry.messages += 1;
            entry.segments += record.segments;
            errorCodes.set(record.errorCode, entry);
        }
        return {
            population: 'message_level',
            complete: this.#complete,
            truncated: !this.#complete,
            evidence_status: this.#limitations.length === 0 ? 'complete' : 'insufficient_data',
            limitations: [...this.#limitations],
            pages_fetched: this.#pages,
            service_total: this.#total,
            raw_records_fetched: this.#raw,
            unique_records: records.length,
            duplicate_count: this.#duplicates,
            receipt_states: receiptStates,
            error_codes: Object.fromEntries([...errorCodes].sort(([a], [b]) => (a < b ? -1 : 1))),
            records,
        };
    }
}
const FIELD = {
    subAccount: 'subAccount',
    signature: 'signature',
    template: 'templateId',
};
/** The records by one dimension, sorted by value; `time` groups by local date (ms ≥ 10¹¹, else seconds). */
function groupRecords(records, dimension) {
    const groups = new Map();
    for (const record of records) {
        let value;
        if (dimension === 'time') {
            const time = record.sendTime;
            value = time === null ? 'unknown' : shanghaiDate(Math.floor(time >= 1e11 ? time / 1000 : time));
        }
        else
            value = record[FIELD[dimension]] || 'unknown';
        const group = groups.get(value) ?? {
            value,
            messages: 0,
            segments: 0,
            success: 0,
            failure: 0,
            outstanding: 0,
        };
        group.messages += 1;
        group.segments += record.segments;
        group[record.receiptState] += 1;
        groups.set(value, group);
    }
    return [...groups.values()].sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

;// CONCATENATED MODULE: ./src/core/analytics/report.ts






const windowJson = (w) => ({
    start_inclusive: shanghaiIso(w.start),
    end_exclusive: shanghaiIso(w.end),
});
function report_invalid(field, message) {
    throw new errors/* SmsInputError */.E$(`${field} ${message}`, [{ field, message: `${field} ${message}` }]);
}
/** A mainland mobile after an optional `+86` (a bare `86` prefix is refused, as the reference does). */
function mobileFilter(mobile) {
    const digits = mobile.trim().replace(/^\+86/, '');
    if (!/^1[3-9]\d{9}$/.test(digits))
        report_invalid('--mobile', 'must be a mainland China mobile number');
    return digits;
}
function range(value, min, max, field) {
    if (!Number.isInteger(value) || value < min || value > max)
        report_invalid(field, `must be ${min}–${max}`);
    return value;
}
/** Every rule that needs no query, so a bad request costs nothing. */
function plan(input) {
    const window = analyticsWindow(input.start, input.end);
    const bucket = input.bucket ?? 'day';
    const buckets = analyticsBuckets(window, bucket);
    const pageSize = range(input.pageSize ?? 100, 1, 100, '--page-size');
    const maxPages = range(input.maxPages ?? 10, 1, 100, '--max-pages');
    if (input.includeLogs) {
        if (!input.subAccount)
            report_invalid('--sub-account', 'is required with --include-logs (the send log is per group)');
        if (input.channelType)
            report_invalid('--channel-type', 'cannot be combined with --include-logs: the send log has no channel filter');
    }
    else if (input.mobile !== undefined)
        report_invalid('--mobile', 'needs --include-logs (it filters the send log only)');
    checkQueryBudget(buckets.length, input.includeLogs ? maxPages : 0);
    const mobile = input.mobile === undefined ? undefined : mobileFilter(input.mobile);
    return { window, buckets, bucket, pageSize, maxPages, mobile };
}
/** The send-log query of the window (§6): `ToTime` = end − 1 s, the filters, never a channel. */
function logQuery(input, p) {
    return {
        subAccount: input.subAccount ?? '',
        fromTime: p.window.start,
        toTime: p.window.end - 1,
        signature: input.signature,
        templateId: input.templateId,
        mobile: p.mobile,
    };
}
/**
 * `analytics --include-logs --all`: the same send-log query as the report's evidence, checked by the same
 * rules, for a walk of every message of the window (walkSendLog) instead of at most `maxPages` pages.
 */
function analyticsLogWalk(input) {
    try {
        // Buckets do not matter to a walk of the log: one, so only the window's own rules apply.
        const p = plan({ ...input, bucket: 'total', includeLogs: true, maxPages: 1 });
        return { ok: true, walk: { ...logQuery(input, p), pageSize: p.pageSize } };
    }
    catch (error) {
        if ((0,errors/* isSmsError */.yc)(error) && error.code === 'ERR_SMS_INPUT')
            return { ok: false, code: 'analytics_validation_error', error, retryable: false };
        throw error;
    }
}
async function sendLogs(client, input, p, options) {
    const collector = new LogCollector();
    const query = logQuery(input, p);
    for (let page = 1; page <= p.maxPages; page += 1) {
        await options.beforeQuery?.();
        const { result } = await client.listSendLogs({ ...query, page, pageSize: p.pageSize }, { signal: options.signal });
        if (!collector.add(result.List, result.Total, p.pageSize))
            break;
    }
    return collector.evidence();
}
/** The report, or how it failed: `analytics_validation_error` before any query, `analytics_query_failed`. */
async function buildAnalyticsReport(client, input, options = {}) {
    let p;
    try {
        p = plan(input);
    }
    catch (error) {
        if ((0,errors/* isSmsError */.yc)(error) && error.code === 'ERR_SMS_INPUT')
            return { ok: false, code: 'analytics_validation_error', error, retryable: false };
        throw error;
    }
    try {
        const trend = [];
        let complete = true;
        for (const bucket of p.buckets) {
            await options.beforeQuery?.();
            const response = await client.getSendStats({
                ...statsTimes(bucket),
                subAccount: input.subAccount,
                channelType: input.channelType,
                signature: input.signature,
                templateId: input.templateId,
            }, { signal: options.signal });
            // The counts as the server sent them: the parsed result fills a missing count with 0, and a missing
            // count must read as missing (insufficient data), never as zero traffic.
            const raw = response.raw?.Result;
            const metrics = bucketMetrics(raw !== null && typeof raw === 'object' ? raw : {});
            complete &&= metricsAvailable(metrics);
            trend.push({ window: windowJson(bucket), metrics });
        }
        const report = {
            status: complete ? 'complete' : 'insufficient_data',
            aggregate_population: 'submission_level',
            timezone: ANALYTICS_TIME_ZONE,
            window: windowJson(p.window),
            data_cutoff_exclusive: shanghaiIso(p.window.end),
            scope: {
                subAccount: input.subAccount ?? null,
                channelType: input.channelType ?? null,
                signature: input.signature ?? null,
                templateId: input.templateId ?? null,
                sendLogsMobileFilterApplied: p.mobile !== undefined,
            },
            bucket: p.bucket,
            trend,
        };
        if (input.includeLogs) {
            const evidence = await sendLogs(client, input, p, options);
            const dimension = input.dimension ?? 'time';
            report.send_logs = { ...evidence, breakdown: groupRecords(evidence.records, dimension), dimension };
            if (evidence.evidence_status !== 'complete')
                report.status = 'insufficient_data';
        }
        return { ok: true, report };
    }
    catch (error) {
        const failure = failureOf(error, 'read');
        return { ...failure, code: 'analytics_query_failed' };
    }
}

;// CONCATENATED MODULE: ./src/core/analytics/index.ts
// Analytics (agent-v2 reference §6), exported through src/core/index.ts.






;// CONCATENATED MODULE: ./src/core/batch/csv-rows.ts
/**
 * A strict RFC 4180 reader for batch files, fed text chunk by chunk: commas, `"` quoting with `""`
 * escapes, newlines (LF or CRLF) inside quotes, a quote inside an unquoted cell or an unclosed quote is an
 * error naming its line. It exists beside csv-parse (which the CLI's small files use) for speed, not
 * memory: bench/batch-precheck.ts at 1,000,000 rows, csv-parse alone only reading the rows took 0.84–0.87 s
 * (peak RSS 70–71 MB, its process bare), the whole bundled batch-precheck on this reader 0.50 s. The Action
 * checks its batch file while uploading it, so this reader's pace is part of its time to a created task.
 */
class CsvSyntaxError extends Error {
    line;
    constructor(message, line) {
        super(`line ${line}: ${message}`);
        this.line = line;
    }
}
const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;
class CsvRows {
    #onRow;
    #cells = [];
    #cell = '';
    #quoted = false;
    /** Inside quotes; `#afterQuote`: a quote was just read inside quotes (an escape or the end). */
    #inQuotes = false;
    #afterQuote = false;
    #pendingCr = false;
    /** The line the current row started on, and the line being read. */
    #rowLine = 1;
    #line = 1;
    #started = false;
    constructor(onRow) {
        this.#onRow = onRow;
    }
    write(text) {
        let start = 0;
        const n = text.length;
        for (let i = 0; i < n; i++) {
            const c = text.charCodeAt(i);
            if (this.#pendingCr) {
                this.#pendingCr = false;
                if (c === LF) {
                    start = i + 1;
                    continue;
                }
            }
            if (this.#inQuotes) {
                if (this.#afterQuote) {
                    this.#afterQuote = false;
                    if (c === QUOTE) {
                        // `""`: one quote, still inside.
                        this.#cell += '"';
                        start = i + 1;
                        continue;
                    }
                    this.#inQuotes = false;
                    // Falls through: the quote closed the cell; this character must end it.
                }
                else {
                    if (c === QUOTE) {
                        this.#cell += text.slice(start, i);
                        this.#afterQuote = true;
                    }
                    else if (c === LF)
                        this.#line++;
                    continue;
                }
            }
            if (c === COMMA) {
                this.#endCell(text, start, i);
                start = i + 1;
            }
            else if (c === LF || c === CR) {
                this.#endCell(text, start, i);
                this.#endRow();
                this.#line++;
                this.#rowLine = this.#line;
                this.#pendingCr = c === CR;
                start = i + 1;
            }
            else if (c === QUOTE) {
                if (this.#quoted || i > start || this.#cell !== '')
                    throw new CsvSyntaxError('a quote inside an unquoted cell (quote the whole cell and double its quotes)', this.#line);
                this.#quoted = true;
                this.#inQuotes = true;
                this.#started = true;
                start = i + 1;
            }
            else {
                if (this.#quoted)
                    throw new CsvSyntaxError('text after a closing quote', this.#line);
                this.#started = true;
            }
        }
        if (this.#inQuotes) {
            if (!this.#afterQuote)
                this.#cell += text.slice(start);
        }
        else if (!this.#quoted)
            this.#cell += text.slice(start);
    }
    end() {
        if (this.#inQuotes && !this.#afterQuote)
            throw new CsvSyntaxError('a quote is never closed', this.#rowLine);
        this.#inQuotes = false;
        if (this.#started || this.#cells.length > 0 || this.#cell !== '') {
            this.#endCell('', 0, 0);
            this.#endRow();
        }
    }
    #endCell(text, start, end) {
        const value = this.#quoted ? this.#cell : this.#cell + text.slice(start, end);
        this.#cells.push(value);
        this.#cell = '';
        this.#quoted = false;
        this.#started = true;
    }
    #endRow() {
        const cells = this.#cells;
        this.#cells = [];
        this.#started = false;
        this.#onRow(cells, this.#rowLine);
    }
}

;// CONCATENATED MODULE: ./src/core/batch/precheck.ts









/**
 * The batch file rules (reference §3.3), the one checker of them for the CLI, the Action, the Slack app
 * and the sandbox's server-side check. Streamed, so a 50 MiB file of a million rows never sits in memory:
 * the header is `phone` and then the template's variables in template order; every row has exactly those
 * cells, none wholly blank; the phone is a mainland mobile (`+86` allowed, a bare `86` refused); no number
 * twice; no empty variable; 1 to 1,000,000 rows in at most 50 MiB of UTF-8 CSV (optional BOM). Defects are
 * counted (invalid rows, repeated numbers) and the first ones described with their line; the client side
 * treats every defect as fatal, the service counts them and sends the rest.
 */
/** How many defects are described by default; the rest are counted. */
const ISSUES_SHOWN = 20;
/** Every cell empty or spaces. */
function isBlank(record) {
    for (const cell of record)
        if (cell.trim() !== '')
            return false;
    return true;
}
/** `1[3-9]` and nine digits after an optional `+86` (a bare `86` is refused), as a number; else undefined. */
function mobileNumber(cell) {
    const start = cell.startsWith('+86') ? 3 : 0;
    if (cell.length - start !== 11 || cell.charCodeAt(start) !== 0x31)
        return undefined;
    const second = cell.charCodeAt(start + 1);
    if (second < 0x33 || second > 0x39)
        return undefined;
    let value = 0;
    for (let i = start; i < cell.length; i++) {
        const digit = cell.charCodeAt(i) - 0x30;
        if (digit < 0 || digit > 9)
            return undefined;
        value = value * 10 + digit;
    }
    return value;
}
const fileError = (message) => new errors/* SmsInputError */.E$(`file: ${message}`, [{ field: 'file', message }], {
    hint: 'Give a UTF-8 CSV with the header phone,<the template variables in order> (batch-template-demo shows it).',
});
/**
 * The checker fed chunk by chunk (a file read, an upload as it arrives): `write` each chunk, then `end`.
 * @throws SmsInputError from `write`/`end` when the bytes are not a CSV at all (too big, XLSX, not UTF-8,
 *   a broken quote): there are no rows to report on.
 */
class BatchCsvCheck {
    #name;
    #rules;
    #hash = (0,external_node_crypto_.createHash)('sha256');
    #decoder = new TextDecoder('utf-8', { fatal: true });
    #rows;
    #phones = new number_set/* MobileNumberSet */.Y();
    #issues = [];
    #issueCount = 0;
    #expected;
    #columns;
    #size = 0;
    #totalCount = 0;
    #invalidCount = 0;
    #dupCount = 0;
    constructor(name, rules = {}) {
        this.#name = name;
        this.#rules = rules;
        if (rules.variableNames)
            this.#expected = ['phone', ...rules.variableNames];
        this.#rows = new CsvRows((cells, line) => this.#row(cells, line));
    }
    write(chunk) {
        const name = this.#name;
        if (this.#size === 0 && chunk[0] === 0x50 && chunk[1] === 0x4b && chunk[2] === 0x03 && chunk[3] === 0x04)
            throw fileError(`${name} is an XLSX (zip) file; save it as CSV (UTF-8) first`);
        this.#size += chunk.length;
        if (this.#size > MAX_BATCH_FILE_BYTES)
            throw fileError(`${name} is larger than ${MAX_BATCH_FILE_BYTES} bytes (50 MiB)`);
        this.#hash.update(chunk);
        // The decoder drops a leading BOM and refuses bytes that are not UTF-8.
        this.#parse(() => this.#rows.write(this.#decoder.decode(chunk, { stream: true })));
    }
    end() {
        this.#parse(() => {
            this.#rows.write(this.#decoder.decode());
            this.#rows.end();
        });
        const columns = this.#columns;
        if (columns === undefined)
            throw fileError(`${this.#name} has no header`);
        const total = this.#totalCount;
        if (total === 0)
            this.#problem(2, 'rows', 'none: the file needs 1 to 1,000,000 numbers');
        if (total > MAX_BATCH_ROWS)
            this.#problem(MAX_BATCH_ROWS + 2, 'rows', `${total} rows; at most ${MAX_BATCH_ROWS}`);
        return {
            ok: this.#issueCount === 0,
            report: {
                fileSha256: this.#hash.digest('hex'),
                fileSize: this.#size,
                columns,
                totalCount: total,
                validCount: Math.min(total, MAX_BATCH_ROWS) - this.#invalidCount - this.#dupCount,
                invalidCount: this.#invalidCount,
                dupCount: this.#dupCount,
            },
            issues: this.#issues,
            issueCount: this.#issueCount,
        };
    }
    #parse(step) {
        try {
            step();
        }
        catch (error) {
            if (error instanceof CsvSyntaxError)
                throw fileError(`${this.#name} is not valid CSV: ${error.message}`);
            if (error instanceof TypeError)
                throw fileError(`${this.#name} is not UTF-8 text`);
            throw error;
        }
    }
    #problem(line, field, message) {
        this.#issueCount++;
        if (this.#issues.length < (this.#rules.issuesShown ?? ISSUES_SHOWN))
            this.#issues.push({ field: `line ${line} ${field}`, message });
    }
    #row(record, line) {
        if (this.#columns === undefined) {
            const columns = record.map((cell) => cell.trim());
            this.#columns = columns;
            const expected = (this.#expected ??= columns);
            if (columns.join('\u0000') !== expected.join('\u0000'))
                this.#problem(1, 'header', `is "${columns.join(',')}", the template needs "${expected.join(',')}"`);
            return;
        }
        const expected = this.#expected;
        this.#totalCount++;
        if (this.#totalCount > MAX_BATCH_ROWS)
            return;
        // A million rows pass here: no arrays or regex matches per row, and the blank test only for a row
        // already found wanting (a row with a mobile is not blank), so the young heap stays small.
        const cell = record[0].trim();
        const phone = record.length === expected.length ? mobileNumber(cell) : undefined;
        if (phone === undefined) {
            if (isBlank(record))
                return this.#invalid(line, 'row', 'is blank');
            if (record.length !== expected.length)
                return this.#invalid(line, 'row', `has ${record.length} cells, the header ${expected.length}`);
            return this.#invalid(line, 'phone', `"${maskPhone(cell)}" is not a mainland mobile (1[3-9] and 9 digits, +86 allowed)`);
        }
        for (let i = 1; i < expected.length; i++)
            if (record[i].trim() === '')
                return this.#invalid(line, expected[i], 'is empty');
        if (!this.#phones.add(phone)) {
            this.#dupCount++;
            this.#problem(line, 'phone', `${maskPhone(String(phone))} is on an earlier line too`);
            return;
        }
        const onRow = this.#rules.onRow;
        if (onRow !== undefined) {
            record[0] = String(phone);
            onRow(record, line);
        }
    }
    #invalid(line, field, message) {
        this.#invalidCount++;
        this.#problem(line, field, message);
    }
}
/**
 * What can be told of a batch file before reading it: a readable `.csv` file, not empty, at most 50 MiB.
 * @throws SmsInputError naming the `file` field and `name` (how to show the file; else its path)
 */
async function assertBatchFile(path, name = path) {
    const info = await (0,external_node_fs_promises_.stat)(path).catch(() => undefined);
    if (info === undefined || !info.isFile())
        throw fileError(`${name} does not exist or cannot be read`);
    if (info.size === 0)
        throw fileError(`${name} is empty`);
    if (info.size > MAX_BATCH_FILE_BYTES)
        throw fileError(`${name} has ${info.size} bytes; the service takes at most ${MAX_BATCH_FILE_BYTES} (50 MiB)`);
    if (!name.toLowerCase().endsWith('.csv'))
        throw fileError(`${name} does not end in .csv`);
}
async function precheck_open(source) {
    if ('stream' in source) {
        if (!source.name.toLowerCase().endsWith('.csv'))
            throw fileError(`${source.name} does not end in .csv`);
        return source;
    }
    const name = source.name ?? source.path;
    await assertBatchFile(source.path, name);
    return { name, stream: (0,external_node_fs_.createReadStream)(source.path) };
}
/**
 * Checks a batch file against the rules; returns the report and the first defects.
 * @throws SmsInputError when the file is not a CSV at all (missing, empty, too big, XLSX, not UTF-8, a
 *   broken quote): there are no rows to report on.
 */
async function precheckBatchCsv(source, rules) {
    const { name, stream } = await precheck_open(source);
    const check = new BatchCsvCheck(name, rules);
    for await (const chunk of stream)
        check.write(chunk);
    return check.end();
}
/** A failed precheck as the one error a command reports: the first defects named, the rest counted. */
function precheckError(check, hint) {
    const shown = check.issues.map((i) => `${i.field} ${i.message}`).join('; ');
    const more = check.issueCount > check.issues.length ? `; and ${check.issueCount - check.issues.length} more` : '';
    return new errors/* SmsInputError */.E$(`The batch file has ${check.issueCount} defect(s): ${shown}${more}`, check.issues, {
        hint: hint ?? 'Fix these rows (every defect is fatal) and run batch-precheck again.',
    });
}

;// CONCATENATED MODULE: ./src/core/batch/schedule.ts



/**
 * When a batch task may send (reference §3.4), in Asia/Shanghai (fixed UTC+8): at once only between
 * 08:00:00 and 21:30:00; scheduled strictly in the future, no later than the same day of next month
 * (clamped to its last day), at a time of day in the same window. Checked before any network call.
 */
const SHANGHAI = 'Asia/Shanghai';
const SHANGHAI_MS = SHANGHAI_OFFSET_SECONDS * 1000;
const OPENS = 8 * 3600;
const CLOSES = 21 * 3600 + 30 * 60;
const schedule_refuse = (field, message, hint) => new errors/* SmsInputError */.E$(`${field}: ${message}`, [{ field, message }], { hint });
/** Seconds since Shanghai midnight of `ms`. */
const secondOfDay = (ms) => shanghaiSecondOfDay(ms / 1000);
function checkBatchSchedule(input, now) {
    const window = 'Batch tasks send between 08:00:00 and 21:30:00 Asia/Shanghai';
    if (!input.scheduled) {
        const second = secondOfDay(now);
        if (second < OPENS || second > CLOSES)
            throw schedule_refuse('scheduled', `it is outside 08:00–21:30 in Asia/Shanghai now`, `${window}; pass --scheduled --send-time for a later time.`);
        return { scheduled: false, sendTime: 0 };
    }
    const text = input.sendTime?.trim() ?? '';
    if (text === '')
        throw schedule_refuse('send-time', 'is required with --scheduled', 'Pass --send-time 2026-08-06T10:00:00 (Asia/Shanghai unless an offset is given).');
    // The core's one time parser reads it (a date that does not exist is refused, not rolled over); only
    // a datetime is a send time, not an age, an epoch or a bare date.
    if (!/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(text))
        throw schedule_refuse('send-time', `"${text}" is not an ISO 8601 time: write it like 2026-08-06T10:00:00 (Asia/Shanghai unless an offset is given)`, 'Pass e.g. 2026-08-06T10:00:00 (Asia/Shanghai unless an offset is given).');
    const at = parseTimeInput(text, { field: 'send-time', timeZone: SHANGHAI, now }) * 1000;
    if (at <= now)
        throw schedule_refuse('send-time', 'is not in the future: pick a later time', 'Pick a later time, or leave out --scheduled to send at once.');
    const second = secondOfDay(at);
    if (second < OPENS || second > CLOSES)
        throw schedule_refuse('send-time', 'is outside 08:00–21:30 Asia/Shanghai, when batch tasks send: pick a time of day in that window', `${window}.`);
    // The same day of next month, clamped to that month's last day, to its end.
    const local = new Date(now + SHANGHAI_MS);
    const year = local.getUTCFullYear();
    const month = local.getUTCMonth() + 1;
    const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
    const limit = Date.UTC(year, month, Math.min(local.getUTCDate(), lastDay), 23, 59, 59) - SHANGHAI_MS;
    if (at > limit)
        throw schedule_refuse('send-time', `is more than a month ahead: schedule no later than ${shanghaiDate(limit / 1000)} (the same day next month)`, 'Schedule no later than the same day next month.');
    return { scheduled: true, sendTime: Math.floor(at / 1000) };
}

;// CONCATENATED MODULE: ./src/core/batch/create.ts












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
            error: new errors/* SmsInputError */.E$(message, [{ field: 'file', message }], { hint }),
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
async function createBatchTask(client, input, now) {
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
    if (!(0,errors/* isSmsError */.yc)(error) || error.code !== 'ERR_SMS_OUTCOME_UNKNOWN')
        return error;
    return new errors/* SmsOutcomeUnknownError */.iD('SetBatchTask got no usable answer: a task may or may not have been created', {
        cause: error,
        requestId: error.requestId,
        hint: `Look for task "${input.taskName}" with \`volc-sms batch-list --sub-account ${input.subAccount}\` before creating it again.`,
    });
}
/** Status 2 (Valid): created and validated, awaiting consent (ConsentBatchTask). */
const BATCH_TASK_AWAITING_CONSENT = 2;
function channelOf(template) {
    if (isVerificationTemplate(template)) {
        const message = `${template.templateId} is a verification template, which the batch engine refuses`;
        throw new errors/* SmsInputError */.E$(`template-id: ${message}`, [{ field: 'template-id', message }], {
            hint: 'Send verification codes as direct requests (--engine direct).',
        });
    }
    if (template.channelType === 'CN_NTC' || template.channelType === 'CN_MKT')
        return template.channelType;
    const message = `${template.templateId} has channel ${template.channelType ?? '(none given)'}; a batch task takes CN_NTC or CN_MKT templates`;
    throw new errors/* SmsInputError */.E$(`template-id: ${message}`, [{ field: 'template-id', message }], {
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
async function createBatchSendTask(client, input, options = {}) {
    const ref = { subAccount: input.subAccount, signature: input.signature, templateId: input.templateId };
    const template = input.template ?? (await describeTemplate(client, ref));
    const channelType = channelOf(template);
    const csv = batchCsv(input.recipients, { variables: template.variables, duplicates: input.duplicates });
    // The file holds every number: readable by this user only, and gone once uploaded.
    const dir = await (0,external_node_fs_promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'volc-sms-batch-'));
    try {
        const file = external_node_path_default().join(dir, 'recipients.csv');
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
        await (0,external_node_fs_promises_.rm)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/core/batch/receipts.ts
// Receipt codes the skill counts as success (reference §2.14).
const receipts_SUCCESS_CODES = new Set(['', '0', 'OK', 'SUCCESS', 'DELIVRD']);
const receipts_PAGE_SIZE = 100;
const CLOCK_SLACK_SECONDS = 60;
/** One send-log entry as a receipt: `Status` wins (3 delivered, 2 failed, 1 waiting), else the receipt fields. */
function receiptOf(entry) {
    const errorCode = (entry.ErrorCode ?? '').trim();
    const errorMessage = entry.ErrorMessage ?? undefined;
    const error = [errorCode, errorMessage].filter(Boolean).join(' ');
    const failed = () => ({
        status: 'failed',
        error: error || 'failed without an error code',
        errorCode: errorCode || undefined,
        errorMessage,
    });
    if (entry.Status === 3)
        return { status: 'delivered' };
    if (entry.Status === 2)
        return failed();
    if (entry.Status === 1)
        return { status: 'pending' };
    if (!receipts_SUCCESS_CODES.has(errorCode.toUpperCase()))
        return failed();
    return entry.ReceiptTime ? { status: 'delivered' } : { status: 'pending' };
}
/** Polls the send log until every message has a final receipt, the time or the attempts run out, or abort. */
async function waitForReceipts(deps, scope, messageIds, policy) {
    const receipts = new Map(messageIds.map((id) => [id, { status: 'pending' }]));
    const pendingCount = () => [...receipts.values()].filter((r) => r.status === 'pending').length;
    const deadline = policy.timeoutMs === undefined ? Infinity : deps.now() + policy.timeoutMs;
    const growth = policy.growth ?? 1;
    const maxPause = policy.maxPauseMs ?? Infinity;
    let pause = policy.pauseMs;
    for (let attempt = 1; pendingCount() > 0; attempt++) {
        if (policy.attempts !== undefined && attempt > policy.attempts)
            return { receipts, timedOut: true };
        await deps.sleep(Math.max(0, Math.min(pause, deadline - deps.now())), deps.signal);
        if (deps.signal?.aborted)
            return { receipts, timedOut: false };
        pause = Math.min(pause * growth, maxPause);
        try {
            const waiting = new Set([...receipts].filter(([, r]) => r.status === 'pending').map(([id]) => id));
            for await (const entry of sendLogEntries(deps, scope, policy.maxPages ?? 100)) {
                if (!waiting.has(entry.MessageId))
                    continue;
                const receipt = receiptOf(entry);
                if (receipt.status === 'pending')
                    continue;
                receipts.set(entry.MessageId, receipt);
                waiting.delete(entry.MessageId);
                if (waiting.size === 0)
                    break;
            }
        }
        catch (error) {
            if ((policy.onReadError ?? 'stop') === 'stop')
                return { receipts, timedOut: false, readError: error };
            deps.onReadError?.(error, attempt);
        }
        const pending = pendingCount();
        if (pending === 0)
            break;
        if (deps.now() >= deadline)
            return { receipts, timedOut: true };
        deps.onPoll?.(pending, receipts.size, attempt);
    }
    return { receipts, timedOut: false };
}
/** The send log of a scope, page after page (at most `maxPages`), newest pages as the service orders them. */
async function* sendLogEntries(deps, scope, maxPages, paging = { truncated: false }) {
    for (let page = 1; page <= maxPages; page++) {
        const { result } = await deps.client.listSendLogs({
            subAccount: scope.subAccount,
            templateId: scope.templateId,
            ...(scope.signature === undefined ? {} : { signature: scope.signature }),
            fromTime: scope.sentAt - CLOCK_SLACK_SECONDS,
            ...(scope.until === undefined ? {} : { toTime: scope.until + CLOCK_SLACK_SECONDS }),
            page,
            pageSize: receipts_PAGE_SIZE,
        }, { signal: deps.signal });
        yield* result.List;
        if (result.List.length < receipts_PAGE_SIZE || page * receipts_PAGE_SIZE >= result.Total)
            return;
    }
    paging.truncated = true;
}
/** Counts the receipts of every message in the scope (a batch task's, by group, template and window). */
async function summarizeReceipts(deps, scope, maxPages = 10_000) {
    const seen = new Set();
    const codes = new Map();
    const counts = { delivered: 0, failed: 0, pending: 0 };
    const paging = { truncated: false };
    for await (const entry of sendLogEntries(deps, scope, maxPages, paging)) {
        // Pages can shift while receipts arrive; a message is counted once.
        if (seen.has(entry.MessageId))
            continue;
        seen.add(entry.MessageId);
        const receipt = receiptOf(entry);
        counts[receipt.status]++;
        if (receipt.status === 'failed') {
            const code = receipt.errorCode ?? 'unknown';
            codes.set(code, (codes.get(code) ?? 0) + 1);
        }
    }
    const failures = [...codes].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count);
    return { messages: seen.size, ...counts, failures, complete: !paging.truncated };
}
/**
 * Counts the scope's receipts (summarizeReceipts) again every `pauseMs` until none is pending, `timeoutMs`
 * has passed or the signal aborts: the wait for a finished batch task's last receipts (`batch-wait`).
 * Messages still `pending` in the summary returned are those whose receipt did not come in time.
 */
async function waitForReceiptSummary(deps, scope, policy) {
    const deadline = deps.now() + policy.timeoutMs;
    let summary = await summarizeReceipts(deps, scope);
    while (summary.pending > 0 && deps.now() < deadline && !deps.signal?.aborted) {
        deps.onPoll?.(summary);
        await deps.sleep(Math.min(policy.pauseMs, deadline - deps.now()), deps.signal);
        if (deps.signal?.aborted)
            break;
        summary = await summarizeReceipts(deps, scope);
    }
    return summary;
}

;// CONCATENATED MODULE: ./src/core/batch/follow-task.ts

/**
 * Follows a launched batch task (reference §2.9, §4.4) to a final state: GetBatchTaskDetail is the
 * authoritative state, read every `intervalMs`; each change (state or sent count) is reported once. The
 * detail has no progress count, so the count comes from the stats of the task's group, template and
 * signature since it started (one request per poll; absent when the stats cannot be read). Stopping (the
 * signal) stops the waiting, never the task. 6 Done means processed, not delivered: receipts are in the
 * send log (receipts.ts).
 */
const FINAL_TASK_STATES = new Set([6, 7, 8, 9]);
/** A task's send time in epoch seconds, or undefined for an immediate task. */
function scheduledAt(task) {
    const value = task.sendTime;
    if (value === undefined || value === null || value === 0 || value === '')
        return undefined;
    const seconds = typeof value === 'number' ? value : Math.floor(Date.parse(value) / 1000);
    return Number.isFinite(seconds) ? seconds : undefined;
}
async function followBatchTask(deps, ref, options) {
    const deadline = options.timeoutMs === undefined ? Infinity : deps.now() + options.timeoutMs;
    let pause = options.intervalMs;
    let task = { taskId: ref.taskId, subAccount: ref.subAccount };
    let last;
    let reported = options.lastStatus;
    let startedAt = options.since;
    for (;;) {
        const read = await deps.client.getBatchTaskDetail(ref, { signal: deps.signal }).then((answer) => answer.result, (error) => {
            if (options.onReadError === undefined || deps.signal?.aborted)
                throw error;
            options.onReadError(error);
            return undefined;
        });
        if (read !== undefined) {
            task = read;
            const status = task.status ?? -1;
            startedAt = scheduledAt(task) ?? options.since;
            const sentCount = options.counts === false ? undefined : await sentSoFar(deps, ref, task, startedAt);
            const progress = {
                taskId: ref.taskId,
                status,
                state: batchTaskStateName(status),
                totalCount: task.totalCount,
                sentCount,
                final: FINAL_TASK_STATES.has(status),
            };
            if (reported !== status || (last !== undefined && last.sentCount !== sentCount))
                deps.onChange?.(progress);
            last = progress;
            reported = status;
            if (progress.final)
                return { task, progress, startedAt, final: true, timedOut: false };
        }
        const remaining = deadline - deps.now();
        const stopped = (timedOut) => ({
            task,
            progress: last ?? unread(ref.taskId),
            startedAt,
            final: false,
            timedOut,
        });
        if (remaining <= 0)
            return stopped(true);
        await deps.sleep(Math.min(pause, remaining), deps.signal);
        if (deps.signal?.aborted)
            return stopped(false);
        pause = Math.min(pause * (options.growth ?? 1), options.maxIntervalMs ?? Infinity);
    }
}
/** No detail could be read: status -1, as for a detail without one. */
const unread = (taskId) => ({
    taskId,
    status: -1,
    state: undefined,
    totalCount: undefined,
    sentCount: undefined,
    final: false,
});
async function sentSoFar(deps, ref, task, startedAt) {
    if (task.templateId === undefined)
        return undefined;
    const now = Math.floor(deps.now() / 1000);
    try {
        const { result } = await deps.client.getSendStats({
            startTime: startedAt - 60,
            // A scheduled task's messages carry its send time, which may be ahead of this clock.
            endTime: Math.max(now, startedAt) + 7 * 86_400,
            subAccount: ref.subAccount,
            templateId: task.templateId,
            ...(task.signature === undefined ? {} : { signature: task.signature }),
        }, { signal: deps.signal });
        return result.TotalSendCount ?? undefined;
    }
    catch {
        // Progress is a courtesy: the task's state still comes from the detail.
        return undefined;
    }
}
/**
 * The receipts of a finished task, from the send stats of its group, template and signature since it
 * started (the API has no per-task stats, so another send of that template in that time counts too), read
 * until every accepted message has a receipt or the time or attempts run out. One request per read.
 */
async function waitForTaskReceipts(deps, scope, policy) {
    const deadline = policy.timeoutMs === undefined ? Infinity : deps.now() + policy.timeoutMs;
    let pause = policy.pauseMs;
    for (let attempt = 1;; attempt++) {
        const { result: stats } = await deps.client.getSendStats({
            startTime: scope.fromTime - 60,
            endTime: Math.ceil(deps.now() / 1000) + 60,
            subAccount: scope.subAccount,
            templateId: scope.templateId,
            ...(scope.signature === undefined ? {} : { signature: scope.signature }),
        }, { signal: deps.signal });
        const accepted = stats.TotalSendSuccessCount;
        const delivered = stats.TotalReceiptSuccessCount;
        const failed = stats.TotalReceiptFailureCount;
        const pending = Math.max(0, accepted - delivered - failed);
        const receipts = { accepted, delivered, failed, pending, stats, timedOut: false };
        if (pending === 0 && accepted >= (scope.expected ?? 0))
            return receipts;
        const remaining = deadline - deps.now();
        const outOfAttempts = policy.attempts !== undefined && attempt >= policy.attempts;
        if (remaining <= 0 || outOfAttempts || deps.signal?.aborted)
            return { ...receipts, timedOut: true };
        deps.onPoll?.(receipts);
        await deps.sleep(Math.min(pause, remaining), deps.signal);
        pause = Math.min(pause * (policy.growth ?? 1), policy.maxPauseMs ?? Infinity);
    }
}

;// CONCATENATED MODULE: ./src/core/batch/index.ts
// Batch files and tasks: the precheck of a CSV (reference §3.3), creating a task (from a checked file, or
// from recipients by the send engines) and following it to its end.






;// CONCATENATED MODULE: ./src/core/sending/verification.ts

/**
 * Verification codes are never echoed (reference §5.1): the text of a verification message (the
 * planner's rule, delivery-plan.ts) with its code hidden. One rule for the CLI's send log and the Slack app.
 */
/** 4–8 ASCII letters and digits, at least one digit, not adjoining other ASCII ones: a code's shape. */
const CODE = /(?<![A-Za-z0-9_])(?=[A-Za-z]*\d)[A-Za-z\d]{4,8}(?![A-Za-z0-9_])/g;
/**
 * The text of a verification message with its code hidden (`您的验证码是******，5分钟内有效。`). Other
 * texts come back as they are. Where the template is known, pass it: a verification template's text is
 * masked even when it lacks the usual words.
 */
function maskVerificationCode(text, template) {
    const verification = isVerificationTemplate({ content: text }) || (template !== undefined && isVerificationTemplate(template));
    return verification ? text.replace(CODE, (code) => '*'.repeat(code.length)) : text;
}

;// CONCATENATED MODULE: ./src/core/index.ts
// The core's public surface. Entry points (cli, mcp, action, slack) import from here alone; the sandbox and
// the tests may also use internal.ts.
// Every export is named on purpose: an area with its own index (analytics, batch) is re-exported
// whole, its index being the one named list of what it offers.

// The client signs every request itself; the signing parts the sandbox verifies with are in internal.ts.

// The zod wire schemas load on demand (a one-shot process never needs them on the usual send); the types
// derived from them are free.


// Input helpers shared by every entry point (the same rules and words everywhere).














// The client.




// Bulk sends (issue 14): the engine planner, the direct engine (paced, journaled, resumable), the batch
// file builder and the batch engine's path up to consent.









// The twelve lowerCamel actions of the 2026-01-01 agent API (client methods in agent-v2/methods.ts).






// Consent gates: preview → authorise → submit (reference §4.3), shared by the CLI and the MCP server.

// Analytics (reference §6): windows, buckets and rates are pure; the report runs the queries.

// Batch files: the streamed checker shared by the CLI, the Action, the Slack app and the sandbox
// (reference §3.3), creating a task and following it to its end.

// A verification message's text with its code hidden (reference §5.1).



/***/ }),

/***/ 41416:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y_: () => (/* binding */ quickSendSmsResult),
/* harmony export */   _Y: () => (/* binding */ quickSendLogList),
/* harmony export */   nx: () => (/* binding */ sendSmsForAgentBodyPasses),
/* harmony export */   u4: () => (/* binding */ isRecord),
/* harmony export */   vY: () => (/* binding */ quickSuccessEnvelope)
/* harmony export */ });
/* unused harmony exports SEND_SMS_FOR_AGENT_BODY_KEYS, SEND_LOG_ENTRY_FIELDS */
// Zod-free checks for the usual request and answer. Each gives exactly what its wire schema would, or
// says "not sure" (undefined / false) and leaves the decision to the schema; the schemas are then loaded on
// demand (wire-schemas.ts). test/core/quick-parse.test.ts (examples) and quick-read.property.test.ts
// (fast-check, generated values) hold every check to its schema.
const isRecord = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
// Each schema key, by its own spelling and by its lower-case form (the looseObject rule).
const keyLookup = (keys) => new Map(keys.flatMap((key) => [[key, key], [key.toLowerCase(), key]]));
const ENVELOPE_KEYS = keyLookup(['ResponseMetadata', 'Result']);
const METADATA_KEYS = keyLookup(['RequestId', 'Action', 'Version', 'Service', 'Region', 'Error']);
/** True when no key of `value` is another spelling of a schema key (which looseObject would respell). */
function spelledAsSchema(value, keys) {
    for (const key in value) {
        // The exact spelling is found without lower-casing; any other key is looked up by its lower case.
        const name = keys.get(key) ?? keys.get(key.toLowerCase());
        if (name !== undefined && name !== key)
            return false;
    }
    return true;
}
/**
 * A successful envelope in the schema's own spelling (no `Error`): every request reads one. Gives the
 * request id and `Result` exactly as EnvelopeSchema would, or undefined for anything else (an error,
 * another spelling, a wrong type), which the schema then decides.
 */
function quickSuccessEnvelope(raw) {
    if (!isRecord(raw) || !spelledAsSchema(raw, ENVELOPE_KEYS))
        return undefined;
    const metadata = raw.ResponseMetadata;
    if (!isRecord(metadata) || !spelledAsSchema(metadata, METADATA_KEYS))
        return undefined;
    if (metadata.Error !== undefined)
        return undefined;
    const { RequestId, Action, Version, Service, Region } = metadata;
    for (const text of [Action, Version, Service, Region]) {
        if (text !== undefined && typeof text !== 'string')
            return undefined;
    }
    if (RequestId !== undefined && typeof RequestId !== 'string')
        return undefined;
    return { requestId: RequestId ?? '', result: raw.Result };
}
/**
 * The usual send answer, `{ MessageIds: [...strings] }` with no other id key. Gives exactly what
 * SendSmsResultSchema gives, or undefined for anything else (another spelling, a wrong type).
 */
function quickSendSmsResult(value) {
    if (!isRecord(value))
        return undefined;
    const ids = value.MessageIds;
    if (!Array.isArray(ids))
        return undefined;
    for (const id of ids)
        if (typeof id !== 'string')
            return undefined;
    for (const key in value) {
        const lower = key.toLowerCase();
        if (lower === 'messageid' || (lower === 'messageids' && key !== 'MessageIds'))
            return undefined;
    }
    return { ...value, MessageIds: [...ids] };
}
/** The keys of SendSmsForAgentBodySchema (the test compares them with the schema's shape). */
const SEND_SMS_FOR_AGENT_BODY_KEYS = new Set([
    'SubAccount',
    'Signature',
    'TemplateId',
    'Mobiles',
    'TemplateParam',
    'Account',
]);
const isFilled = (value) => typeof value === 'string' && value.length > 0;
const isOptionalText = (value) => value === undefined || typeof value === 'string';
/**
 * True when SendSmsForAgentBodySchema would accept `body` unchanged: only its keys, every field valid.
 * False means "ask the schema", which then names what is wrong.
 */
function sendSmsForAgentBodyPasses(body) {
    if (!isRecord(body))
        return false;
    for (const key in body)
        if (!SEND_SMS_FOR_AGENT_BODY_KEYS.has(key))
            return false;
    return (isFilled(body.SubAccount) &&
        isFilled(body.Signature) &&
        isFilled(body.TemplateId) &&
        isFilled(body.Mobiles) &&
        isOptionalText(body.TemplateParam) &&
        isOptionalText(body.Account));
}
// SendLogEntrySchema's keys by the kind of value each takes (the test compares them with the schema's shape).
const SEND_LOG_ENTRY_FIELDS = {
    text: ['SubAccount', 'Signature', 'TemplateId', 'ChannelType', 'Mobile', 'Content'],
    nullableText: ['ErrorCode', 'ErrorType', 'ErrorMessage'],
    int: ['Status', 'Count'],
    nullableInt: ['SendTime', 'ReceiptTime'],
};
const LIST_KEYS = keyLookup(['Total', 'List']);
const ENTRY_KEYS = keyLookup(['MessageId', ...Object.values(SEND_LOG_ENTRY_FIELDS).flat()]);
const isInt = (value) => Number.isSafeInteger(value);
function isUsualSendLogEntry(entry) {
    if (!isRecord(entry) || !spelledAsSchema(entry, ENTRY_KEYS) || typeof entry.MessageId !== 'string')
        return false;
    const { text, nullableText, int, nullableInt } = SEND_LOG_ENTRY_FIELDS;
    for (const key of text)
        if (entry[key] !== undefined && typeof entry[key] !== 'string')
            return false;
    for (const key of nullableText) {
        const value = entry[key];
        if (value !== undefined && value !== null && typeof value !== 'string')
            return false;
    }
    for (const key of int)
        if (entry[key] !== undefined && !isInt(entry[key]))
            return false;
    for (const key of nullableInt) {
        const value = entry[key];
        if (value !== undefined && value !== null && !isInt(value))
            return false;
    }
    return true;
}
/**
 * The usual send-log page, `{Total, List: [entries]}` in the schema's own spelling. Gives exactly what
 * SendLogListSchema gives (its entries are the parsed JSON's own objects, not copies: a page of the
 * `--all` export is read at the rate it arrives, and a copy per message is most of what that costs), or
 * undefined for anything else.
 */
function quickSendLogList(value) {
    if (!isRecord(value) || !spelledAsSchema(value, LIST_KEYS))
        return undefined;
    const { Total, List } = value;
    if (Total !== undefined && !isInt(Total))
        return undefined;
    if (List !== undefined && List !== null && !Array.isArray(List))
        return undefined;
    const entries = (List ?? []);
    for (const entry of entries)
        if (!isUsualSendLogEntry(entry))
            return undefined;
    return { ...value, Total: Total ?? 0, List: entries };
}


/***/ }),

/***/ 18664:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ MobileNumberSet)
/* harmony export */ });
/**
 * A set of mainland mobile numbers (11 digits, 13,000,000,000 to 19,999,999,999: 35 bits) kept as
 * open-addressing tables of 32-bit words, one set per value of the bits above 32: about 8 bytes a number,
 * where a Set of strings costs some 60–80. A batch file holds up to 1,000,000 numbers and must be
 * de-duplicated within a 100 MB process.
 */
const TWO_32 = 0x1_0000_0000;
/** Each set is split by the top bits of the hash into this many tables that grow on their own. */
const PART_BITS = 8;
const PARTS = 1 << PART_BITS;
const FIRST_SLOTS = 16;
// Numbers of one batch often differ only in their last digits: mixed before masking. The top bits pick
// the table, the low bits (folded with the middle ones) the slot in it.
const mix = (value) => Math.imul(value, 0x9e3779b1) >>> 0;
const slotHash = (mixed) => (mixed ^ (mixed >>> 16)) >>> 0;
/** 32-bit values; 0 marks an empty slot, so it is kept aside. */
class Uint32Set {
    // One table of a million numbers would double from 4 to 8 MB, both held while it is copied; split
    // 256 ways, a table that grows copies ~30 kB.
    #parts = new Array(PARTS).fill(undefined);
    #counts = new Uint32Array(PARTS);
    #count = 0;
    #hasZero = false;
    add(value) {
        if (value === 0) {
            const added = !this.#hasZero;
            this.#hasZero = true;
            return added;
        }
        const mixed = mix(value);
        const part = mixed >>> (32 - PART_BITS);
        let slots = this.#parts[part] ?? (this.#parts[part] = new Uint32Array(FIRST_SLOTS));
        const count = this.#counts[part];
        // Linear probing stays short up to three quarters full.
        if (count * 4 >= slots.length * 3)
            this.#parts[part] = slots = Uint32Set.#grown(slots);
        const added = Uint32Set.#insert(slots, value, slotHash(mixed));
        if (added) {
            this.#counts[part] = count + 1;
            this.#count += 1;
        }
        return added;
    }
    get size() {
        return this.#count + (this.#hasZero ? 1 : 0);
    }
    static #insert(slots, value, hash) {
        const mask = slots.length - 1;
        let index = hash & mask;
        for (;;) {
            const slot = slots[index];
            if (slot === 0) {
                slots[index] = value;
                return true;
            }
            if (slot === value)
                return false;
            index = (index + 1) & mask;
        }
    }
    static #grown(old) {
        const next = new Uint32Array(old.length * 2);
        for (const value of old)
            if (value !== 0)
                Uint32Set.#insert(next, value, slotHash(mix(value)));
        // Freed now rather than when a full collection finds it (the tables of a million numbers left ~6 MB
        // of old tables behind). transfer is ES2024, beyond the ES2023 lib the project compiles against.
        old.buffer.transfer(0);
        return next;
    }
}
class MobileNumberSet {
    #tables = new Map();
    get size() {
        let size = 0;
        for (const table of this.#tables.values())
            size += table.size;
        return size;
    }
    /** Adds a non-negative integer (an 11-digit mobile as a number); false when it was already there. */
    add(value) {
        const high = Math.floor(value / TWO_32);
        let table = this.#tables.get(high);
        if (table === undefined)
            this.#tables.set(high, (table = new Uint32Set()));
        return table.add(value - high * TWO_32);
    }
}


/***/ }),

/***/ 21614:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qp: () => (/* binding */ templateVariables),
/* harmony export */   VX: () => (/* binding */ parseTemplateParam),
/* harmony export */   Xm: () => (/* binding */ renderTemplate),
/* harmony export */   _h: () => (/* binding */ templateParamJson),
/* harmony export */   wz: () => (/* binding */ compareTemplateParams)
/* harmony export */ });
/* unused harmony export serializeTemplateParam */
/* harmony import */ var _errors_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58692);

const VARIABLE = /\$\{([^}]+)\}/g;
/** The `${name}` placeholders of a template, unique, in order of first appearance. */
function templateVariables(content) {
    return [...new Set(Array.from(content.matchAll(VARIABLE), (m) => m[1].trim()))];
}
/** Fills `${name}` placeholders; a placeholder with no value is left as written so the gap is visible. */
function renderTemplate(content, params) {
    return content.replace(VARIABLE, (whole, name) => params[name.trim()] ?? whole);
}
/** Variables the template needs but `params` lacks, and keys in `params` the template does not use. */
function compareTemplateParams(content, params) {
    const needed = templateVariables(content);
    return {
        missing: needed.filter((name) => !(name in params)),
        unused: Object.keys(params).filter((name) => !needed.includes(name)),
    };
}
function fail(field, message) {
    throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SmsInputError */ .E$(`${field}: ${message}`, [{ field, message }], {
        hint: `Pass a JSON object of strings, e.g. --${field} '{"code":"1234"}'.`,
    });
}
/**
 * Parses template parameters given as JSON text (or already as an object): a JSON object whose values
 * are all strings. Throws SmsInputError naming `field`, e.g. telling to quote a number.
 */
function parseTemplateParam(value, field = 'template-param') {
    let parsed = value;
    if (typeof value === 'string') {
        if (value.trim() === '')
            return {};
        try {
            parsed = JSON.parse(value);
        }
        catch {
            fail(field, 'is not valid JSON (use double quotes around names and values)');
        }
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        fail(field, 'must be a JSON object such as {"code":"1234"}');
    }
    const out = {};
    const source = parsed;
    for (const name of Object.keys(source)) {
        const v = source[name];
        if (typeof v === 'string')
            out[name] = v;
        // The value itself is never repeated: it may be a verification code or a phone number.
        else if (typeof v === 'number' || typeof v === 'boolean') {
            fail(field, `value of "${name}" is a ${typeof v}; quote it, as template values are strings: {"${name}":"…"}`);
        }
        else
            fail(field, `value of "${name}" must be a string, not ${v === null ? 'null' : Array.isArray(v) ? 'an array' : 'an object'}`);
    }
    return out;
}
/** The compact JSON string the API expects in TemplateParam. */
function serializeTemplateParam(params) {
    return JSON.stringify(params);
}
/**
 * `serializeTemplateParam(parseTemplateParam(value, field))` in one step: a plain object whose values
 * are all strings (what callers usually pass) is serialised as it is, without the copy.
 */
function templateParamJson(value, field = 'template-param') {
    if (value !== null && typeof value === 'object') {
        const proto = Object.getPrototypeOf(value);
        if (proto === Object.prototype || proto === null) {
            let allStrings = true;
            // With that prototype, for-in sees exactly the own enumerable string keys (as JSON.stringify does).
            for (const name in value) {
                if (typeof value[name] !== 'string') {
                    allStrings = false;
                    break;
                }
            }
            if (allStrings)
                return JSON.stringify(value);
        }
    }
    return serializeTemplateParam(parseTemplateParam(value, field));
}


/***/ }),

/***/ 62247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ parseEndpoint),
/* harmony export */   m: () => (/* binding */ buildRequest)
/* harmony export */ });
/* harmony import */ var _sign_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54186);

/** Parses an endpoint URL once (see Endpoint). @throws TypeError when it is not a URL */
function parseEndpoint(url) {
    const parsed = new URL(url);
    const { hostname } = parsed;
    return {
        url,
        origin: parsed.origin,
        protocol: parsed.protocol,
        hostname: hostname.startsWith('[') ? hostname.slice(1, -1) : hostname,
        port: parsed.port === '' ? undefined : Number(parsed.port),
        host: parsed.host,
        path: parsed.pathname === '' ? '/' : parsed.pathname,
    };
}
const SMS_SERVICE = 'volcSMS';
/**
 * Builds the exact HTTP request for one attempt. Pure: the same call, context and date always give
 * the same bytes. Gateway mode: Bearer key plus `ServiceName: volcSMS`, no signature. AK/SK mode:
 * HMAC-SHA256 over content-type;host;x-content-sha256;x-date (content-type only when there is a body).
 */
function buildRequest(call, context) {
    const body = call.body === undefined ? '' : JSON.stringify(call.body);
    const base = typeof context.endpoint === 'string' ? parseEndpoint(context.endpoint) : context.endpoint;
    const params = { Action: call.action, Version: call.version, ...call.query };
    let headers;
    // The canonical query (RFC 3986, sorted) is also a valid URL query: what is sent is what is signed.
    let query;
    if (context.auth.kind === 'gateway') {
        headers = {};
        if (call.body !== undefined)
            headers['Content-Type'] = 'application/json';
        headers['ServiceName'] = SMS_SERVICE;
        headers['Authorization'] = `Bearer ${context.auth.apiKey}`;
        query = (0,_sign_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalQueryString */ .kK)(params);
    }
    else {
        // The signed set is Host and Content-Type (plus what signRequest adds); the signer returns a fresh
        // object holding them all, which becomes the request's headers, and the query it canonicalised.
        ({ headers, query } = (0,_sign_js__WEBPACK_IMPORTED_MODULE_0__/* .signParts */ .ip)({
            method: call.method,
            path: base.path,
            query: params,
            headers: call.body === undefined
                ? { Host: base.host }
                : { Host: base.host, 'Content-Type': 'application/json' },
            body,
        }, {
            credentials: context.auth,
            region: context.region,
            service: SMS_SERVICE,
            date: context.date,
            signingKeys: context.signingKeys,
        }));
    }
    const pathAndQuery = `${base.path}?${query}`;
    const url = `${base.origin}${pathAndQuery}`;
    // Not signed: a proxy may rewrite it.
    if (context.userAgent)
        headers['User-Agent'] = context.userAgent;
    return { method: call.method, url, endpoint: base, path: pathAndQuery, headers, body };
}


/***/ }),

/***/ 54186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CU: () => (/* binding */ stringToSign),
/* harmony export */   O9: () => (/* binding */ canonicalRequest),
/* harmony export */   T8: () => (/* binding */ SigningKeyCache),
/* harmony export */   aW: () => (/* binding */ computeSignature),
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   ip: () => (/* binding */ signParts),
/* harmony export */   kK: () => (/* binding */ canonicalQueryString),
/* harmony export */   s7: () => (/* binding */ credentialScope),
/* harmony export */   xW: () => (/* binding */ parseAuthorization)
/* harmony export */ });
/* unused harmony exports SIGNING_ALGORITHM, EMPTY_BODY_SHA256, uriEncode, formatXDate, deriveSigningKeyBytes, signingKey, signRequest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Volcengine "HMAC-SHA256" request signing (reference §4). Everything here is a pure function of its
 * inputs; the one piece of state, a cache of derived keys, belongs to whoever creates it (a client).
 */
const SIGNING_ALGORITHM = 'HMAC-SHA256';
const EMPTY_BODY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const UNRESERVED = /^[A-Za-z0-9\-._~]*$/;
/** RFC 3986 encoding: unreserved characters kept, everything else as upper-case `%XX` (space is `%20`). */
function uriEncode(value) {
    // Most values (action names, versions, ids) are unreserved already: nothing to encode.
    if (UNRESERVED.test(value))
        return value;
    return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/**
 * Sorts `items` in place, stably, by `before`. An insertion sort: what is signed is a handful of query
 * parameters and headers, and Array.prototype.sort allocates about 1 KB of working state per call however
 * short the list (Node 24), which every request paid twice.
 */
function sortSmall(items, before) {
    for (let i = 1; i < items.length; i++) {
        const item = items[i];
        let j = i;
        for (; j > 0 && before(item, items[j - 1]); j--)
            items[j] = items[j - 1];
        items[j] = item;
    }
    return items;
}
function canonicalQueryString(query) {
    const pairs = [];
    for (const key of Object.keys(query)) {
        const value = query[key];
        const name = uriEncode(key);
        if (typeof value === 'string')
            pairs.push([name, uriEncode(value)]);
        else
            for (const v of value)
                pairs.push([name, uriEncode(v)]);
    }
    sortSmall(pairs, ([ak, av], [bk, bv]) => ak < bk || (ak === bk && av < bv));
    let text = '';
    for (const [name, value] of pairs)
        text += text === '' ? `${name}=${value}` : `&${name}=${value}`;
    return text;
}
/** Canonical header value: trimmed, inner whitespace runs folded to one space (as the Node SDK does). */
function canonicalHeaderValue(value) {
    // The usual values (a type, a host, a date, a digest) hold no white space: nothing to fold.
    return /\s/.test(value) ? value.trim().replace(/\s+/g, ' ') : value;
}
function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash)('sha256', data, 'hex');
}
/** The one canonicaliser, for the client's requests and the sandbox's checks alike. */
function canonicalRequest(parts) {
    const headers = [];
    for (const name of Object.keys(parts.signedHeaders))
        headers.push([name.toLowerCase(), canonicalHeaderValue(parts.signedHeaders[name])]);
    sortSmall(headers, ([a], [b]) => a < b);
    let headerLines = '';
    let signedHeaderNames = '';
    for (const [name, value] of headers) {
        headerLines += `${name}:${value}\n`;
        signedHeaderNames += signedHeaderNames === '' ? name : `;${name}`;
    }
    const query = canonicalQueryString(parts.query);
    const text = `${parts.method.toUpperCase()}\n${parts.path || '/'}\n${query}\n` +
        `${headerLines}\n${signedHeaderNames}\n${parts.bodySha256}`;
    return { text, signedHeaderNames, query };
}
const twoDigits = (n) => (n < 10 ? `0${n}` : `${n}`);
/** `20240102T030405Z`, for years 0000–9999. @throws RangeError for an invalid date (as toISOString does) */
function formatXDate(date) {
    // From the UTC fields: toISOString formats a longer string (about 4× the time) only to be cut up.
    if (Number.isNaN(date.getTime()))
        throw new RangeError('Invalid time value');
    return (`${String(date.getUTCFullYear()).padStart(4, '0')}${twoDigits(date.getUTCMonth() + 1)}` +
        `${twoDigits(date.getUTCDate())}T${twoDigits(date.getUTCHours())}${twoDigits(date.getUTCMinutes())}` +
        `${twoDigits(date.getUTCSeconds())}Z`);
}
function credentialScope(shortDate, region, service) {
    return `${shortDate}/${region}/${service}/request`;
}
function stringToSign(xDate, scope, canonicalRequestText) {
    return `${SIGNING_ALGORITHM}\n${xDate}\n${scope}\n${sha256Hex(canonicalRequestText)}`;
}
/** kDate = HMAC(secret, shortDate) → kRegion → kService → kSigning; no "AWS4"-style prefix. */
function deriveSigningKeyBytes(secret, shortDate, region, service) {
    const kDate = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', secret).update(shortDate).digest();
    const kRegion = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', kDate).update(region).digest();
    const kService = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', kRegion).update(service).digest();
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', kService).update('request').digest();
}
/**
 * The derived signing keys of one client (or one sandbox), by day, region, service and secret. Deriving
 * costs four HMACs per request otherwise. Bounded, and it never holds a secret: entries are keyed by a
 * salted hash of it, the salt random per cache, so nothing in memory maps back to the secret in clear.
 */
class SigningKeyCache {
    #keys = new Map();
    #salt = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16).toString('hex');
    #limit;
    constructor(limit = 8) {
        this.#limit = limit;
    }
    get(secret, shortDate, region, service) {
        const id = `${shortDate}\u0000${region}\u0000${service}\u0000${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash)('sha256', this.#salt + secret, 'hex')}`;
        let key = this.#keys.get(id);
        if (key === undefined) {
            key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createSecretKey)(deriveSigningKeyBytes(secret, shortDate, region, service));
            // A day's change leaves yesterday's key unused: dropping the oldest entry is enough.
            if (this.#keys.size >= this.#limit)
                this.#keys.delete(this.#keys.keys().next().value);
            this.#keys.set(id, key);
        }
        return key;
    }
    get size() {
        return this.#keys.size;
    }
}
/** The signing key for a day; derived afresh unless a cache is given. */
function signingKey(secret, shortDate, region, service, cache) {
    return cache
        ? cache.get(secret, shortDate, region, service)
        : (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createSecretKey)(deriveSigningKeyBytes(secret, shortDate, region, service));
}
function computeSignature(key, toSign) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', key).update(toSign).digest('hex');
}
/**
 * Signs a request: returns the headers to send (the caller's headers plus `X-Date`,
 * `X-Content-Sha256`, `X-Security-Token` when a session token is set, and `Authorization`).
 * Every header passed in is signed, so the caller decides the set (SKILL/Go style:
 * `content-type;host;x-content-sha256;x-date`).
 */
function signRequest(request, context) {
    return signParts(request, context).headers;
}
/**
 * signRequest, also giving the canonical query string it signed: a client sends exactly that query, so
 * what is sent is what is signed, canonicalised once.
 */
function signParts(request, context) {
    const { credentials, region, service, date } = context;
    const xDate = formatXDate(date);
    const shortDate = xDate.slice(0, 8);
    const scope = credentialScope(shortDate, region, service);
    const bodySha256 = sha256Hex(request.body);
    const headers = {
        ...request.headers,
        'X-Date': xDate,
        'X-Content-Sha256': bodySha256,
    };
    if (credentials.sessionToken)
        headers['X-Security-Token'] = credentials.sessionToken;
    const { text, signedHeaderNames, query } = canonicalRequest({
        method: request.method,
        path: request.path,
        query: request.query,
        signedHeaders: headers,
        bodySha256,
    });
    const signature = computeSignature(signingKey(credentials.secretAccessKey, shortDate, region, service, context.signingKeys), stringToSign(xDate, scope, text));
    headers['Authorization'] =
        `${SIGNING_ALGORITHM} Credential=${credentials.accessKeyId}/${scope}, ` +
            `SignedHeaders=${signedHeaderNames}, Signature=${signature}`;
    return { headers, query };
}
/** Parses an `Authorization: HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…` value; null if malformed. */
function parseAuthorization(value) {
    const match = /^HMAC-SHA256\s+Credential=([^/,\s]+)\/(\d{8})\/([^/,\s]+)\/([^/,\s]+)\/request\s*,\s*SignedHeaders=([^,\s]+)\s*,\s*Signature=([0-9a-fA-F]+)\s*$/.exec(value.trim());
    if (!match)
        return null;
    const [, accessKeyId, shortDate, region, service, signed, signature] = match;
    return {
        accessKeyId,
        shortDate,
        region,
        service,
        signedHeaders: signed.toLowerCase().split(';'),
        signature: signature.toLowerCase(),
    };
}


/***/ }),

/***/ 3451:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Al: () => (/* binding */ TIME_ZONE_VARIABLE),
/* harmony export */   B9: () => (/* binding */ instantOf),
/* harmony export */   Uo: () => (/* binding */ timeZoneFrom),
/* harmony export */   Xi: () => (/* binding */ describeTimeZone),
/* harmony export */   j0: () => (/* binding */ formatWallTime),
/* harmony export */   lc: () => (/* binding */ DEFAULT_TIME_ZONE)
/* harmony export */ });
/* unused harmony exports zoneOffsetMinutes, formatOffset, isTimeZone */
/* harmony import */ var _errors_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58692);

/**
 * The zone in which times are shown and zone-less times are read. The API's day boundaries and stats
 * windows are Asia/Shanghai (UTC+8, no DST), and so are the skill's, so that is the default everywhere;
 * `VOLC_SMS_TZ` (an IANA name such as `UTC` or `Europe/Berlin`) moves both together, so a time copied
 * from a table always finds the same record again.
 */
const DEFAULT_TIME_ZONE = 'Asia/Shanghai';
const TIME_ZONE_VARIABLE = 'VOLC_SMS_TZ';
const formatters = new Map();
function formatterFor(zone) {
    let formatter = formatters.get(zone);
    if (formatter === undefined) {
        formatter = new Intl.DateTimeFormat('en-US', {
            timeZone: zone,
            hourCycle: 'h23',
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
            hour: '2-digit',
            minute: '2-digit',
            second: '2-digit',
        });
        formatters.set(zone, formatter);
    }
    return formatter;
}
// Zones with one offset all year, computed without Intl (its zone data costs 15–40 ms of a cold start).
const FIXED_OFFSET_MINUTES = { 'Asia/Shanghai': 480, UTC: 0, 'Etc/UTC': 0 };
function wallClock(ms, zone) {
    const fixed = FIXED_OFFSET_MINUTES[zone];
    if (fixed !== undefined) {
        const d = new Date(ms + fixed * 60_000);
        return {
            year: d.getUTCFullYear(),
            month: d.getUTCMonth() + 1,
            day: d.getUTCDate(),
            hour: d.getUTCHours(),
            minute: d.getUTCMinutes(),
            second: d.getUTCSeconds(),
        };
    }
    const parts = Object.fromEntries(formatterFor(zone)
        .formatToParts(new Date(ms))
        .map((part) => [part.type, Number(part.value)]));
    return {
        year: parts.year ?? 0,
        month: parts.month ?? 0,
        day: parts.day ?? 0,
        hour: parts.hour ?? 0,
        minute: parts.minute ?? 0,
        second: parts.second ?? 0,
    };
}
const asUtc = (w) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
/** Minutes east of UTC at that instant (`480` for Shanghai). */
function zoneOffsetMinutes(ms, zone) {
    const fixed = FIXED_OFFSET_MINUTES[zone];
    if (fixed !== undefined)
        return fixed;
    const whole = Math.floor(ms / 1000) * 1000;
    return Math.round((asUtc(wallClock(whole, zone)) - whole) / 60_000);
}
/** `+08:00`, `Z` for UTC. */
function formatOffset(minutes) {
    if (minutes === 0)
        return 'Z';
    const sign = minutes < 0 ? '-' : '+';
    const abs = Math.abs(minutes);
    return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
/**
 * The instant of a wall-clock time in a zone. Two passes find the offset in force at that instant (a
 * time inside a DST gap lands after it, as most libraries do).
 */
function instantOf(wall, zone) {
    const utc = asUtc(wall) + (wall.ms ?? 0);
    let guess = utc - zoneOffsetMinutes(utc, zone) * 60_000;
    guess = utc - zoneOffsetMinutes(guess, zone) * 60_000;
    return guess;
}
/** Whether the zone name is one Intl knows. */
function isTimeZone(zone) {
    if (FIXED_OFFSET_MINUTES[zone] !== undefined)
        return true;
    try {
        formatterFor(zone);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * The zone the user asked for (`VOLC_SMS_TZ`), else Asia/Shanghai.
 * @throws SmsInputError naming the variable when it is not a zone name
 */
function timeZoneFrom(env) {
    const asked = env[TIME_ZONE_VARIABLE]?.trim();
    if (asked === undefined || asked === '')
        return DEFAULT_TIME_ZONE;
    if (isTimeZone(asked))
        return asked;
    const message = `${TIME_ZONE_VARIABLE}="${asked}" is not a time zone: use an IANA name such as Asia/Shanghai or UTC`;
    throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SmsInputError */ .E$(message, [{ field: TIME_ZONE_VARIABLE, message }]);
}
const pad = (n) => String(n).padStart(2, '0');
/** Epoch milliseconds → `2026-11-25 19:40:02` in the zone. */
function formatWallTime(ms, zone = DEFAULT_TIME_ZONE) {
    const w = wallClock(ms, zone);
    return `${w.year}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;
}
/** What a table says about its times: `Asia/Shanghai, UTC+08:00` (the offset of `at`). */
function describeTimeZone(zone = DEFAULT_TIME_ZONE, at = Date.now()) {
    const offset = formatOffset(zoneOffsetMinutes(at, zone));
    if (offset === 'Z')
        return /^(Etc\/)?UTC$/.test(zone) ? 'UTC' : `${zone}, UTC`;
    return `${zone}, UTC${offset}`;
}


/***/ })

};
