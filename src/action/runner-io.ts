import { EOL } from 'node:os';
import * as core from '@actions/core';
import type { AnnotationProperties } from '@actions/core';

/**
 * Everything the Action says to the runner goes through this interface, so `run()` is tested with a
 * recording fake and production speaks the runner protocol through `@actions/core` (`createRunnerIo()`):
 * a protocol change reaches this Action with a dependency update instead of a hand-written copy.
 */
export interface ActionIo {
  /** The raw input, trimmed; '' when not given. */
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  /** Appends Markdown to the job summary (nothing outside a runner). */
  appendSummary(markdown: string): Promise<void>;
  /** Registers a value the runner replaces with *** in every later log line. */
  setSecret(value: string): void;
  info(message: string): void;
  /** A warning annotation; `title` names what to fix (an input), shown above the message. */
  warning(message: string, annotation?: Annotation): void;
  /** Logs an error annotation and makes the step fail. */
  setFailed(message: string, annotation?: Annotation): void;
}

export type Annotation = Pick<AnnotationProperties, 'title'>;

/** The runner's own I/O: inputs from `INPUT_*`, file commands, workflow commands on stdout. */
export function createRunnerIo(): ActionIo {
  return {
    getInput: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    async appendSummary(markdown) {
      // core.summary throws without the file; a local run simply has no summary page.
      if (!process.env['GITHUB_STEP_SUMMARY']) return;
      await core.summary.addRaw(markdown, !markdown.endsWith(EOL)).write();
    },
    setSecret(value) {
      if (value) core.setSecret(value);
    },
    info: (message) => core.info(message),
    warning: (message, annotation) => core.warning(message, annotation),
    setFailed(message, annotation) {
      // core.setFailed without the annotation's properties: the same exit code and `::error::` command.
      process.exitCode = core.ExitCode.Failure;
      core.error(message, annotation);
    },
  };
}
