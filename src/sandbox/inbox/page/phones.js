// The phones panel: every number that received something (paged by the server), and one phone's
// messages as its handset shows them, kept live from the event stream.
import { api, el, pager, receiptBadge, segmentsLabel, smsText, throttle, timeElement } from './dom.js';

const PAGE_SIZE = 50;
const THREAD_PAGE = 50;

export function createPhones(options) {
  const $ = (id) => document.getElementById(id);
  const list = { page: 1, total: 0, phones: [] };
  const showPage = pager($('phone-pager'), (step) => {
    list.page += step;
    loadList().catch(options.onError);
  });
  const thread = { mobile: null, masked: '', count: 0, messages: [], hasOlder: false };
  const shown = (item) => (options.reveal() ? item.mobile : item.maskedMobile);

  async function loadList() {
    const body = await api(`/_sandbox/phones?page=${list.page}&pageSize=${PAGE_SIZE}`);
    Object.assign(list, { total: body.total, phones: body.phones });
    const current = body.phones.find((p) => p.mobile === thread.mobile);
    if (current) thread.count = current.count;
    renderList();
    renderThreadHeader();
  }
  const refreshList = throttle(() => loadList().catch(options.onError), 300);

  function renderList() {
    $('phone-total').textContent = list.total ? String(list.total) : '';
    $('phones-empty').hidden = list.total > 0;
    $('phone-list').replaceChildren(
      ...list.phones.map((phone) =>
        el(
          'li',
          {},
          el(
            'a',
            {
              href: `#phones/${encodeURIComponent(phone.mobile)}`,
              class: 'phone',
              'aria-current': phone.mobile === thread.mobile ? 'true' : undefined,
              dataset: { mobile: phone.mobile },
            },
            el('span', { class: 'number' }, shown(phone)),
            el('span', { class: 'count', title: 'messages received' }, phone.count),
            el('span', { class: 'last' }, phone.lastMessage.text),
            el('span', { class: 'when' }, timeElement(phone.lastMessage.sendTime)),
            receiptBadge(phone.lastMessage),
          ),
        ),
      ),
    );
    const pages = Math.max(1, Math.ceil(list.total / PAGE_SIZE));
    showPage(list.page, pages);
  }

  function bubble(message) {
    return el(
      'li',
      { class: 'bubble', dataset: { messageId: message.messageId } },
      smsText(message),
      el(
        'p',
        { class: 'meta' },
        timeElement(message.sendTime),
        el('span', {}, segmentsLabel(message.segments)),
        receiptBadge(message),
      ),
      el('p', { class: 'meta id' }, 'ID ', el('code', {}, message.messageId)),
    );
  }

  // The server's count covers every message up to the phone's last one in the list; messages that the
  // stream brought after it are added. Derived, not incremented: a message both in the list's count and in
  // a later stream event (they can overlap) is counted once.
  function threadCount() {
    const listed = list.phones.find((p) => p.mobile === thread.mobile);
    if (!listed) return thread.count;
    const at = thread.messages.findIndex((m) => m.messageId === listed.lastMessage.messageId);
    return at < 0 ? listed.count : listed.count + thread.messages.length - 1 - at;
  }

  function renderThreadHeader() {
    if (!thread.mobile) return;
    const count = threadCount();
    $('handset-title').textContent = options.reveal() ? thread.mobile : thread.masked;
    $('handset-count').textContent = count === 1 ? '1 message' : `${count} messages`;
  }

  function renderThread({ scroll } = {}) {
    const box = $('thread');
    const nearBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 80;
    box.replaceChildren(...thread.messages.map(bubble));
    $('thread-older').hidden = !thread.hasOlder;
    renderThreadHeader();
    if (scroll || nearBottom) box.scrollTop = box.scrollHeight;
  }

  async function open(mobile) {
    const changed = thread.mobile !== mobile;
    thread.mobile = mobile;
    $('handset').hidden = false;
    $('handset-pick').hidden = true;
    document.getElementById('view-phones').dataset.open = 'true';
    const query = `mobile=${encodeURIComponent(mobile)}&limit=${THREAD_PAGE}`;
    const body = await api(`/_sandbox/messages?${query}`);
    if (thread.mobile !== mobile) return;
    thread.messages = body.messages;
    thread.hasOlder = body.messages.length === THREAD_PAGE;
    thread.count = list.phones.find((p) => p.mobile === mobile)?.count ?? body.messages.length;
    thread.masked = body.messages[0]?.maskedMobile ?? 'No message';
    renderList();
    renderThread({ scroll: true });
    if (changed) $('handset-title').focus();
  }

  async function older() {
    const first = thread.messages[0];
    if (!first) return;
    const query = `mobile=${encodeURIComponent(thread.mobile)}&limit=${THREAD_PAGE}&before=${first.messageId}`;
    const body = await api(`/_sandbox/messages?${query}`);
    thread.messages = [...body.messages, ...thread.messages];
    thread.hasOlder = body.messages.length === THREAD_PAGE;
    renderThread();
  }

  function close() {
    thread.mobile = null;
    $('handset').hidden = true;
    $('handset-pick').hidden = false;
    delete document.getElementById('view-phones').dataset.open;
    renderList();
  }

  /** New messages and receipts from the stream: keyed by message id, so a repeat only updates. */
  function apply(messages, { arrived }) {
    let touched = false;
    for (const message of messages) {
      if (message.mobile !== thread.mobile) continue;
      const index = thread.messages.findIndex((m) => m.messageId === message.messageId);
      if (index >= 0) thread.messages[index] = message;
      else if (arrived) {
        thread.messages.push(message);
        thread.count += 1;
      }
      touched = true;
    }
    if (touched) renderThread();
    refreshList();
  }

  $('thread-older').addEventListener('click', () => older().catch(options.onError));

  return {
    open,
    close,
    apply,
    refresh: () => {
      loadList().catch(options.onError);
      if (thread.mobile) open(thread.mobile).catch(options.onError);
    },
    render: () => {
      renderList();
      renderThread();
    },
  };
}
