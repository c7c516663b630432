import type { ActionIo } from '../../../src/action/runner-io.ts';

/** An ActionIo that records everything, fed from a plain map of inputs (names as in action.yml). */
export interface RecordingIo extends ActionIo {
  inputsRead: Set<string>;
  outputs: Map<string, string>;
  summary: string[];
  secrets: string[];
  logs: string[];
  warnings: string[];
  failures: string[];
  /** Every line the step would print or write, for "no secret, no full number" checks. */
  everything(): string;
}

export function recordingIo(inputs: Record<string, string>): RecordingIo {
  const io: RecordingIo = {
    inputsRead: new Set(),
    outputs: new Map(),
    summary: [],
    secrets: [],
    logs: [],
    warnings: [],
    failures: [],
    getInput(name) {
      io.inputsRead.add(name);
      return (inputs[name] ?? '').trim();
    },
    setOutput: (name, value) => void io.outputs.set(name, value),
    appendSummary: async (markdown) => void io.summary.push(markdown),
    setSecret: (value) => void io.secrets.push(value),
    info: (message) => void io.logs.push(message),
    warning: (message) => void io.warnings.push(message),
    setFailed: (message) => void io.failures.push(message),
    everything: () =>
      [
        ...io.logs,
        ...io.warnings,
        ...io.failures,
        ...io.summary,
        ...[...io.outputs].map(([k, v]) => `${k}=${v}`),
      ].join('\n'),
  };
  return io;
}
