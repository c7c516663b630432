/**
 * Turns the text after `/sms` into tokens. Slack escapes `&`, `<` and `>` and (with should_escape on in the
 * manifest) wraps channels as `<#C123|name>`, users as `<@U123>` and auto-linked numbers as
 * `<tel:+86138…|+86 138…>`; clients may also "smarten" quotes. All of that is undone here so the parser
 * sees what the user typed.
 */

const QUOTES: Record<string, string> = { '"': '"', '\u201c': '\u201d', "'": "'", '\u2018': '\u2019' };

function unescapeSlackText(text: string): string {
  return (
    text
      // Auto-links of phone numbers and URLs: keep what the user typed (the label), or the target.
      .replace(
        /<(?:tel:|mailto:|https?:\/\/)([^>|]*)(?:\|([^>]*))?>/g,
        (_whole, target: string, label?: string) => (label ?? target).replace(/\s+/g, ''),
      )
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
  );
}

/**
 * Splits on whitespace outside quotes. A quote may open mid-token (`message="disk full"`); the quotes
 * themselves are dropped. An unclosed quote runs to the end of the text.
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let current = '';
  let inToken = false;
  let closing: string | undefined;
  // Channel mentions (`<#C123|ops team>`) may contain spaces in the label: keep them in one token.
  let inMention = false;
  const chars = [...unescapeMentionsOnly(text)];
  for (const [index, char] of chars.entries()) {
    if (closing !== undefined) {
      if (char === closing) closing = undefined;
      else current += char;
      continue;
    }
    if (inMention) {
      current += char;
      if (char === '>') inMention = false;
      continue;
    }
    if (char === '<' && /^[#@!]$/.test(chars[index + 1] ?? '')) {
      inMention = true;
      inToken = true;
      current += char;
      continue;
    }
    const close = QUOTES[char];
    if (close !== undefined) {
      closing = close;
      inToken = true;
      continue;
    }
    if (/\s/.test(char)) {
      if (inToken) tokens.push(current);
      current = '';
      inToken = false;
      continue;
    }
    current += char;
    inToken = true;
  }
  if (inToken) tokens.push(current);
  return tokens;
}

// Mentions stay wrapped (`<#C…|…>`) for the tokenizer; everything else is unescaped.
function unescapeMentionsOnly(text: string): string {
  const mentions: string[] = [];
  const held = text.replace(/<[#@!][^>]*>/g, (mention) => {
    mentions.push(mention);
    return `\u0000${mentions.length - 1}\u0000`;
  });
  return unescapeSlackText(held).replace(
    /\u0000(\d+)\u0000/g,
    (_whole, index: string) => mentions[Number(index)] ?? '',
  );
}

/** `<#C0123|ops>` or a bare `C0123` → `C0123`; anything else → undefined. */
export function channelIdOf(token: string): string | undefined {
  const mention = /^<#([CG][A-Z0-9]+)(?:\|[^>]*)?>$/.exec(token);
  if (mention) return mention[1];
  if (/^[CG][A-Z0-9]{6,}$/.test(token)) return token;
  return undefined;
}

export function isKeyValue(token: string): boolean {
  return /^[A-Za-z_][\w.-]*=/.test(token);
}

export function splitKeyValue(token: string): [key: string, value: string] {
  const at = token.indexOf('=');
  return [token.slice(0, at), token.slice(at + 1)];
}

/** A command's tokens as its `name=value` options, in order, and the rest (ids, windows), in order. */
export function splitOptions(tokens: readonly string[]): {
  options: Array<[key: string, value: string]>;
  positional: string[];
} {
  const options: Array<[key: string, value: string]> = [];
  const positional: string[] = [];
  for (const token of tokens) {
    if (isKeyValue(token)) options.push(splitKeyValue(token));
    else positional.push(token);
  }
  return { options, positional };
}
