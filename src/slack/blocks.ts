import type { types } from '@slack/bolt';

/** Block Kit primitives. Every message also carries `text`: notifications and screen readers use it. */

export type Block = types.KnownBlock;

export interface SlackMessage {
  text: string;
  blocks?: Block[];
}

// Slack rejects section text over 3000 characters; stay under it with room for a "… more" line.
const SECTION_LIMIT = 2900;

export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function section(markdown: string): Block {
  return { type: 'section', text: { type: 'mrkdwn', text: truncate(markdown, SECTION_LIMIT) } };
}

export function header(text: string): Block {
  return { type: 'header', text: { type: 'plain_text', text: truncate(text, 150), emoji: true } };
}

export function context(markdown: string): Block {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: truncate(markdown, 2000) }] };
}

export function divider(): Block {
  return { type: 'divider' };
}

export function truncate(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

/**
 * Lines as one or more sections, each under Slack's size limit; beyond `maxLines` a count of the rest is
 * shown instead, so a 500-recipient send still renders.
 */
export function lineSections(lines: readonly string[], maxLines = 60): Block[] {
  const shown = lines.slice(0, maxLines);
  const blocks: Block[] = [];
  let chunk = '';
  for (const line of shown) {
    if (chunk !== '' && chunk.length + line.length + 1 > SECTION_LIMIT) {
      blocks.push(section(chunk));
      chunk = '';
    }
    chunk = chunk === '' ? line : `${chunk}\n${line}`;
  }
  if (chunk !== '') blocks.push(section(chunk));
  if (lines.length > shown.length) blocks.push(context(`… and ${lines.length - shown.length} more`));
  return blocks;
}

/** A short answer: a refusal, an error, a confirmation of a small change. */
export function notice(markdown: string): SlackMessage {
  return { text: markdown, blocks: [section(markdown)] };
}
