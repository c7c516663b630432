import type { AccessConfig } from './access-config.ts';
import type { SmsCommandKind } from './command-parser.ts';

/**
 * Who may run what, and where. Deny by default: with no config file only `help` runs; a user not named
 * (directly or through a user group) in `readers`, `senders` or `admins` may run nothing else. Roles nest:
 * admins may do everything senders may, senders everything readers may.
 */

export type Role = 'reader' | 'sender' | 'admin';

const RANK: Record<Role, number> = { reader: 1, sender: 2, admin: 3 };

const REQUIRED_ROLE: Record<SmsCommandKind, Role | undefined> = {
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
const CHANNEL_BOUND: ReadonlySet<SmsCommandKind> = new Set([
  'send',
  'batch-create',
  'batch-launch',
  'batch-cancel',
]);

export type AccessDecision = { allowed: true; role: Role | undefined } | { allowed: false; reason: string };

/** Members of a Slack user group (`S…`), e.g. via usergroups.users.list; may throw. */
export type GroupMembers = (groupId: string) => Promise<readonly string[]>;

export const NOT_CONFIGURED_REASON =
  'This app has no permissions configured yet, so only `/sms help` works. An admin sets SMS_SLACK_CONFIG to a JSON or YAML file ' +
  'naming `senders`, `readers` and `admins` (Slack user or user-group ids) and restarts the app; see docs/slack.md.';

export class AccessPolicy {
  readonly #config: AccessConfig | undefined;
  readonly #groupMembers: GroupMembers;
  readonly #log: (line: string) => void;

  constructor(
    config: AccessConfig | undefined,
    groupMembers: GroupMembers,
    log: (line: string) => void = () => {},
  ) {
    this.#config = config;
    this.#groupMembers = groupMembers;
    this.#log = log;
  }

  get configured(): boolean {
    return this.#config !== undefined;
  }

  async decide(command: SmsCommandKind, userId: string, channelId: string): Promise<AccessDecision> {
    const needed = REQUIRED_ROLE[command];
    if (needed === undefined) return { allowed: true, role: await this.roleOf(userId) };
    if (this.#config === undefined) return { allowed: false, reason: NOT_CONFIGURED_REASON };
    const role = await this.roleOf(userId);
    if (role === undefined || RANK[role] < RANK[needed]) {
      return {
        allowed: false,
        reason:
          `\`/sms ${commandWord(command)}\` needs the ${needed} role and you ${role === undefined ? 'have no role' : `are a ${role}`} ` +
          `in this app. Ask an admin to add your user id (${userId}) or one of your user groups to \`${needed}s\`.`,
      };
    }
    if (
      CHANNEL_BOUND.has(command) &&
      this.#config.channels.length > 0 &&
      !this.#config.channels.includes(channelId)
    ) {
      return {
        allowed: false,
        reason:
          `Sends are not allowed from this channel (${channelId}). Use one of: ${this.#config.channels.map((id) => `<#${id}>`).join(', ')}, ` +
          'or ask an admin to add this channel to `channels`.',
      };
    }
    return { allowed: true, role };
  }

  /** The highest role the user holds, directly or through a user group. */
  async roleOf(userId: string): Promise<Role | undefined> {
    const config = this.#config;
    if (config === undefined) return undefined;
    for (const [role, ids] of [
      ['admin', config.admins],
      ['sender', config.senders],
      ['reader', config.readers],
    ] as const) {
      if (await this.#isIn(userId, ids)) return role;
    }
    return undefined;
  }

  async #isIn(userId: string, ids: readonly string[]): Promise<boolean> {
    if (ids.includes(userId)) return true;
    for (const id of ids) {
      if (!id.startsWith('S')) continue;
      try {
        if ((await this.#groupMembers(id)).includes(userId)) return true;
      } catch (err) {
        // Deny rather than guess: a failed lookup never grants access.
        this.#log(`warn: could not list members of user group ${id}: ${(err as Error).message}`);
      }
    }
    return false;
  }
}

function commandWord(command: SmsCommandKind): string {
  return command.replace('-', ' ');
}
