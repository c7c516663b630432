// The reviews panel: signature and template applications (ApplySmsSignatureV2 / ApplySmsTemplateV2),
// with Approve and Reject (and an opinion) for those under review. The buttons call the same admin
// routes a test would (POST /_sandbox/applications/KIND/KEY/approve|reject); the list stays live from
// the stream's `applications` event.
import { api, el, formatTime, showError } from './dom.js';

const STATUS = { 1: ['Under review', 'sent'], 2: ['Rejected', 'failed'], 3: ['Approved', 'delivered'] };

function statusBadge(status) {
  const [label, tone] = STATUS[status] ?? [`Status ${status}`, 'sent'];
  return el('span', { class: `status status-${tone}`, dataset: { review: String(status) } }, label);
}

export function createReviews(options) {
  const $ = (id) => document.getElementById(id);

  function decisionForm(kind, key, label) {
    const opinionId = `opinion-${kind}-${key}`;
    const error = el('p', { class: 'error', role: 'alert', hidden: true });
    const opinion = el('input', { id: opinionId, name: 'opinion', autocomplete: 'off' });
    const decide = (decision) => async () => {
      try {
        await api(`/_sandbox/applications/${kind}/${encodeURIComponent(key)}/${decision}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(opinion.value.trim() ? { opinion: opinion.value.trim() } : {}),
        });
        showError(error, null);
        await load();
      } catch (failure) {
        showError(error, failure);
      }
    };
    return el(
      'div',
      { class: 'decide' },
      el('label', { for: opinionId }, 'Opinion'),
      opinion,
      el(
        'button',
        { type: 'button', class: 'approve', 'aria-label': `Approve ${label}`, onclick: decide('approve') },
        'Approve',
      ),
      el(
        'button',
        { type: 'button', class: 'danger', 'aria-label': `Reject ${label}`, onclick: decide('reject') },
        'Reject',
      ),
      error,
    );
  }

  function card({ kind, key, title, status, lines, opinion, autoReviewAt }) {
    return el(
      'li',
      { class: 'application', dataset: { kind, key } },
      el('div', { class: 'application-top' }, el('strong', {}, title), statusBadge(status)),
      ...lines.map((line) => el('p', { class: 'muted' }, line)),
      opinion ? el('p', {}, `Opinion: ${opinion}`) : null,
      status === 1 && autoReviewAt
        ? el('p', { class: 'muted' }, `Approved on its own at ${formatTime(autoReviewAt)}`)
        : null,
      status === 1 ? decisionForm(kind, key, title) : null,
    );
  }

  function render(view) {
    // A change elsewhere re-renders the list: keep what was typed in an opinion and where focus was.
    const typed = [...document.querySelectorAll('.decide input')].map((input) => [input.id, input.value]);
    const focused = document.activeElement?.id;
    const pending = [...view.signatures, ...view.templates].filter((a) => a.status === 1).length;
    $('review-total').textContent = pending ? String(pending) : '';
    $('reviews-empty').hidden = view.signatures.length + view.templates.length > 0;
    $('template-applications').replaceChildren(
      ...view.templates.map((t) =>
        card({
          kind: 'templates',
          key: t.id,
          title: `${t.id} · ${t.name}`,
          status: t.status,
          lines: [
            t.content,
            `${t.channelType} · signatures ${t.signatures.join(', ')} · groups ${t.subAccounts.join(', ')}`,
          ],
          opinion: t.auditOpinion,
          autoReviewAt: t.autoReviewAt,
        }),
      ),
    );
    $('signature-applications').replaceChildren(
      ...view.signatures.map((s) =>
        card({
          kind: 'signatures',
          key: s.applyId ?? s.text,
          title: `【${s.text}】`,
          status: s.status,
          lines: [`groups ${s.subAccounts.join(', ')}${s.applyId ? ` · application ${s.applyId}` : ''}`],
          opinion: s.auditOpinion,
          autoReviewAt: s.autoReviewAt,
        }),
      ),
    );
    for (const [id, value] of typed) {
      const input = document.getElementById(id);
      if (input) input.value = value;
    }
    if (focused) document.getElementById(focused)?.focus();
  }

  async function load() {
    try {
      render(await api('/_sandbox/applications'));
    } catch (error) {
      options.onError(error);
    }
  }

  return { load, render };
}
