import { type HttpEngine } from './engine.ts';
export declare function createOneshotEngine(options: {
    maxSockets: number;
    proxy?: string | undefined;
}): HttpEngine;
