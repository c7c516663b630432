// Small DOM and formatting helpers for the inbox page. Text always goes in through textContent (never
// innerHTML), so a message's content cannot inject markup.

/** Builds an element: el('li', { class: 'x', dataset: { id } }, 'text', child). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'dataset') Object.assign(node.dataset, value);
    else if (name === 'onclick') node.addEventListener('click', value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

/**
 * The Newer / "Page n of m" / Older bar inside `container` (hidden while there is one page); `turn(-1)` or
 * `turn(1)` asks for the page before or after. Returns what shows the current page.
 */
export function pager(container, turn) {
  const label = el('span');
  const newer = el('button', { type: 'button', onclick: () => turn(-1) }, 'Newer');
  const older = el('button', { type: 'button', onclick: () => turn(1) }, 'Older');
  container.replaceChildren(newer, label, older);
  return (page, pages) => {
    container.hidden = pages === 1;
    label.textContent = `Page ${page} of ${pages}`;
    newer.disabled = page === 1;
    older.disabled = page >= pages;
  };
}

/** The JSON admin API; a failure throws the server's one-line error and hint. */
export async function api(path, init) {
  const response = await fetch(path, init);
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const message = [body.error ?? `HTTP ${response.status}`, body.hint].filter(Boolean).join(' ');
    throw new Error(message);
  }
  return body;
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'medium' });

export function formatTime(ms) {
  return ms === null || ms === undefined ? '' : dateTime.format(new Date(ms));
}

export function timeElement(ms) {
  return el('time', { datetime: new Date(ms).toISOString() }, formatTime(ms));
}

const STATUS_LABEL = { sent: 'Awaiting receipt', delivered: 'Delivered', failed: 'Failed' };

/** The receipt as a badge: status, and the code once the receipt arrived (DELIVRD, NE:0105…). */
export function receiptBadge(message) {
  return el(
    'span',
    {
      class: `status status-${message.status}`,
      title: message.errorMessage || undefined,
      dataset: { status: message.status },
    },
    STATUS_LABEL[message.status] ?? message.status,
    message.errorCode ? el('code', { class: 'code' }, message.errorCode) : null,
  );
}

/** 【signature】 in bold, then the rendered template, as the handset shows it. */
export function smsText(message) {
  const prefix = `【${message.signature}】`;
  const rest = message.text.startsWith(prefix) ? message.text.slice(prefix.length) : message.text;
  return el('p', { class: 'sms-text' }, el('strong', {}, prefix), rest);
}

export function segmentsLabel(count) {
  return count === 1 ? '1 SMS' : `${count} SMS parts`;
}

/** Runs `work` at most once per `ms`, and once more after a burst so the last change is never lost. */
export function throttle(work, ms) {
  let last = 0;
  let timer;
  return () => {
    const wait = last + ms - Date.now();
    if (wait <= 0) {
      last = Date.now();
      work();
    } else if (timer === undefined) {
      timer = setTimeout(() => {
        timer = undefined;
        last = Date.now();
        work();
      }, wait);
    }
  };
}

/** Shows an error line (role=alert) or hides it. */
export function showError(node, error) {
  node.hidden = !error;
  node.textContent = error ? error.message : '';
}
