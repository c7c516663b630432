#!/usr/bin/env node
// The `volc-sms` bin: run main() and leave the exit code to the process, so stdout is flushed first.
import { processIo } from './io.ts';
import { main } from './main.ts';

void main(process.argv.slice(2), process.env, processIo()).then((code) => {
  process.exitCode = code;
});
