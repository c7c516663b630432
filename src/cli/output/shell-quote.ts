/** Quotes an argument for a POSIX shell only when needed, so printed command lines can be pasted as is. */
export function shellQuote(arg: string): string {
  return /^[\p{L}\p{N}_@%+=:,./-]+$/u.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
