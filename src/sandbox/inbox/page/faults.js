// The faults panel: the active faults (live from the stream), a form that adds one in the text form
// `volc-sms sandbox --fault` takes (the sandbox parses it, so the page never re-implements the syntax),
// and clearing one or all.
import { api, el, showError } from './dom.js';

function describe(fault) {
  switch (fault.kind) {
    case 'status':
      return `answers HTTP ${fault.status}`;
    case 'throttle':
      return `answers 429, Retry-After ${fault.retryAfterSeconds ?? 1} s`;
    case 'latency':
      return `adds ${fault.latencyMs} ms`;
    case 'non-json':
      return `processes, then answers a non-JSON page (HTTP ${fault.status ?? 200})`;
    case 'error':
      return `answers error ${fault.code} without processing`;
    case 'error-after':
      return `processes, then answers error ${fault.code}`;
    case 'drop-before':
      return 'closes the connection before processing';
    case 'drop-after':
      return 'processes, then closes the connection';
    case 'truncate':
      return 'processes, then sends half the answer';
    default:
      return fault.kind;
  }
}

export function createFaults(options) {
  const $ = (id) => document.getElementById(id);

  function render(faults) {
    $('fault-total').textContent = faults.length ? String(faults.length) : '';
    $('faults-empty').hidden = faults.length > 0;
    $('faults-clear').hidden = faults.length === 0;
    $('fault-list').replaceChildren(
      ...faults.map((fault) =>
        el(
          'li',
          { class: 'fault', dataset: { faultId: fault.id } },
          el('code', {}, fault.action === '*' ? 'every action' : fault.action),
          el('span', {}, describe(fault)),
          el(
            'span',
            { class: 'muted' },
            fault.count === undefined
              ? 'until cleared'
              : `${fault.count} more request${fault.count === 1 ? '' : 's'}`,
          ),
          el(
            'button',
            {
              type: 'button',
              'aria-label': `Clear fault ${fault.id} (${fault.action} ${fault.kind})`,
              onclick: () => remove(fault.id),
            },
            'Clear',
          ),
        ),
      ),
    );
  }

  async function load() {
    render((await api('/_sandbox/faults')).faults);
  }

  async function remove(id) {
    try {
      render((await api(`/_sandbox/faults/${id}`, { method: 'DELETE' })).faults);
    } catch (error) {
      options.onError(error);
    }
  }

  $('fault-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const input = $('fault-spec');
    try {
      const body = await api('/_sandbox/faults', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ spec: input.value.trim() }),
      });
      showError($('fault-error'), null);
      input.value = '';
      render(body.faults);
    } catch (error) {
      showError($('fault-error'), error);
      input.focus();
    }
  });
  $('faults-clear').addEventListener('click', async () => {
    render((await api('/_sandbox/faults', { method: 'DELETE' })).faults);
    $('fault-spec').focus();
  });

  return { load, render };
}
