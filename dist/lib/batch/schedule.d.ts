export interface BatchSchedule {
    scheduled: boolean;
    /** Unix seconds; 0 for at once. */
    sendTime: number;
}
export declare function checkBatchSchedule(input: {
    scheduled: boolean;
    sendTime?: string | undefined;
}, now: number): BatchSchedule;
