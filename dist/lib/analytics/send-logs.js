import { countOf } from "./rates.js";
import { shanghaiDate } from "../time/shanghai-day.js";
// §2.14: the send log's success markers, trimmed and upper-cased.
const SUCCESS_CODES = new Set(['', '0', 'OK', 'SUCCESS', 'DELIVRD']);
export function logRecord(entry) {
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
export class LogCollector {
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
export function groupRecords(records, dimension) {
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
