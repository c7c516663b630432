// The send log and stats of the last hour or day, with the same filters as the API's send log
// (group, signature, template, number, message id). Both are read from the admin API, paged there.
import { api, el, pager, receiptBadge, segmentsLabel, showError, throttle, timeElement } from './dom.js';

const PAGE_SIZE = 50;
/** The choices filled from what the sandbox has configured: field, label, and each item's value and text. */
const CATALOG_CHOICES = [
  ['subAccount', 'Group', (catalog) => catalog.subAccounts.map((g) => [g.id, `${g.id} · ${g.name}`])],
  ['signature', 'Signature', (catalog) => catalog.signatures.map((s) => [s.text, s.text])],
  ['templateId', 'Template', (catalog) => catalog.templates.map((t) => [t.id, `${t.id} · ${t.name}`])],
];
const FILTERS = ['since', ...CATALOG_CHOICES.map(([name]) => name), 'mobile', 'messageId'];

export function createLog(options) {
  const $ = (id) => document.getElementById(id);
  const form = $('log-filter');
  // After the window, before the number: "All" until the catalog arrives.
  form.elements
    .namedItem('since')
    .closest('label')
    .after(
      ...CATALOG_CHOICES.map(([name, label]) =>
        el('label', {}, `${label} `, el('select', { name }, el('option', { value: '' }, 'All'))),
      ),
    );
  let page = 1;
  const showPage = pager($('log-pager'), (step) => {
    page += step;
    load();
  });
  let last = { total: 0, messages: [] };

  function query() {
    const data = new FormData(form);
    const params = new URLSearchParams();
    for (const name of FILTERS) {
      const value = String(data.get(name) ?? '').trim();
      if (value) params.set(name, value);
    }
    return params;
  }

  async function load() {
    const params = query();
    try {
      const [log, stats] = await Promise.all([
        api(`/_sandbox/log?${params}&page=${page}&pageSize=${PAGE_SIZE}`),
        api(`/_sandbox/stats?${params}`),
      ]);
      showError($('log-error'), null);
      last = log;
      renderStats(stats);
      renderRows();
    } catch (error) {
      showError($('log-error'), error);
    }
  }
  const refresh = throttle(() => {
    if (options.visible()) load();
  }, 1000);

  function renderStats(stats) {
    const awaiting =
      stats.TotalSendSuccessCount - stats.TotalReceiptSuccessCount - stats.TotalReceiptFailureCount;
    const items = [
      ['Sent', stats.TotalAllSendCount],
      ['Billed segments', stats.TotalSendCount],
      ['Delivered', stats.TotalReceiptSuccessCount],
      ['Failed', stats.TotalReceiptFailureCount],
      ['Awaiting receipt', awaiting],
      ['Delivery rate', `${(stats.TotalReceiptSuccessRate * 100).toFixed(1)} %`],
    ];
    $('stats').replaceChildren(
      ...items.map(([name, value]) => el('div', {}, el('dt', {}, name), el('dd', {}, value))),
    );
  }

  function renderRows() {
    const reveal = options.reveal();
    $('log-rows').replaceChildren(
      ...last.messages.map((m) =>
        el(
          'tr',
          { dataset: { messageId: m.messageId } },
          el('td', { 'data-label': 'Time' }, timeElement(m.sendTime)),
          el('td', { 'data-label': 'Number', class: 'number' }, reveal ? m.mobile : m.maskedMobile),
          el('td', { 'data-label': 'Text', class: 'text' }, m.text),
          el('td', { 'data-label': 'Group / template' }, `${m.subAccount} · ${m.templateId}`),
          el('td', { 'data-label': 'Receipt' }, receiptBadge(m)),
          el('td', { 'data-label': 'Segments' }, segmentsLabel(m.segments)),
          el('td', { 'data-label': 'Message id' }, el('code', {}, m.messageId)),
        ),
      ),
    );
    const pages = Math.max(1, Math.ceil(last.total / PAGE_SIZE));
    $('log-caption').textContent = `${last.total} message${last.total === 1 ? '' : 's'} in the window`;
    showPage(page, pages);
  }

  /** Fills the group, signature and template choices from what the sandbox has configured. */
  function setCatalog(catalog) {
    const fill = (name, items) => {
      const select = form.elements.namedItem(name);
      const chosen = select.value;
      select.replaceChildren(
        el('option', { value: '' }, 'All'),
        ...items.map(([value, label]) => el('option', { value, selected: value === chosen }, label)),
      );
    };
    for (const [name, , items] of CATALOG_CHOICES) fill(name, items(catalog));
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    page = 1;
    load();
  });
  form.addEventListener('reset', () => {
    page = 1;
    setTimeout(load);
  });

  return { load, refresh, render: renderRows, setCatalog };
}
