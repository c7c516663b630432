import { type HttpEngine } from './engine.ts';
export declare function createNodeHttpEngine(options: {
    maxSockets: number;
    proxy?: string | undefined;
}): HttpEngine;
