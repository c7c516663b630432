// The batch-tasks panel: every task with its state and, while it sends, a progress bar of the numbers
// sent so far. Live from the stream's `batch-tasks` event (the engine writes progress with each
// transaction); the list is GET /_sandbox/batch-tasks, as a test reads it.
import { api, el, formatTime } from './dom.js';

// Review-badge tones: waiting (0–5), done (6), ended otherwise (7 Canceled, 8 Failed, 9 Killed).
const tone = (status) => (status === 6 ? 'delivered' : status >= 7 ? 'failed' : 'sent');

function progress(task) {
  // Invalid rows and duplicates are never sent: the bar runs to the numbers that will be.
  const toSend = task.validCount;
  const label = `${task.sentCount.toLocaleString()} of ${toSend.toLocaleString()} numbers sent`;
  return el(
    'div',
    { class: 'progress' },
    el('progress', {
      max: String(Math.max(toSend, 1)),
      value: String(task.sentCount),
      'aria-label': `${task.taskName}: ${label}`,
    }),
    el('span', { class: 'muted' }, label),
  );
}

function card(task) {
  const lines = [
    `Task ${task.taskId} · group ${task.subAccount} · 【${task.signature}】 ${task.templateId} · ${task.channelType}`,
    `${task.totalCount.toLocaleString()} rows: ${task.validCount.toLocaleString()} to send, ${task.invalidCount.toLocaleString()} invalid, ${task.dupCount.toLocaleString()} duplicates`,
    task.scheduled
      ? `Scheduled for ${formatTime(task.sendTime * 1000)}`
      : `Created ${formatTime(task.createdMs)}`,
  ];
  return el(
    'li',
    { class: 'application batch-task', dataset: { taskId: task.taskId, status: String(task.status) } },
    el(
      'div',
      { class: 'application-top' },
      el('strong', {}, task.taskName),
      el(
        'span',
        { class: `status status-${tone(task.status)}`, dataset: { batchStatus: String(task.status) } },
        task.statusName,
      ),
    ),
    ...lines.map((line) => el('p', { class: 'muted' }, line)),
    task.status >= 3 ? progress(task) : null,
  );
}

export function createBatch(options) {
  const $ = (id) => document.getElementById(id);

  function render(view) {
    const sending = view.tasks.filter((t) => t.status >= 3 && t.status <= 5).length;
    $('batch-total').textContent = sending ? String(sending) : '';
    $('batch-empty').hidden = view.tasks.length > 0;
    $('batch-list').replaceChildren(...view.tasks.map(card));
  }

  async function load() {
    try {
      render(await api('/_sandbox/batch-tasks'));
    } catch (error) {
      options.onError(error);
    }
  }

  return { load, render };
}
