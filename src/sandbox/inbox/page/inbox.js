// The sandbox inbox: what every phone received, live. Plain modules served by the sandbox itself (no
// CDN, no build step); everything it shows comes from the JSON admin API under /_sandbox/ and the
// server-sent events of /_sandbox/events, so whatever the page does a test can do over HTTP.
import { createBatch } from './batch.js';
import { api, showError } from './dom.js';
import { createFaults } from './faults.js';
import { createLog } from './log.js';
import { createPhones } from './phones.js';
import { createReviews } from './reviews.js';

const $ = (id) => document.getElementById(id);
const TABS = ['phones', 'log', 'batch', 'reviews', 'faults'];
let current = 'phones';

const onError = (error) => showError($('page-error'), error);
const reveal = () => $('reveal').checked;
const phones = createPhones({ reveal, onError });
const log = createLog({ reveal, visible: () => current === 'log' });
const faults = createFaults({ onError });
const reviews = createReviews({ onError });
const batch = createBatch({ onError });

/** `#phones`, `#phones/13800000000`, `#log`, `#batch`, `#reviews`, `#faults`. */
function route() {
  const [tab, arg] = location.hash.slice(1).split('/');
  current = TABS.includes(tab) ? tab : 'phones';
  for (const name of TABS) {
    $(`view-${name}`).hidden = name !== current;
    const link = document.querySelector(`[data-tab="${name}"]`);
    if (name === current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  if (current === 'phones') {
    if (arg) phones.open(decodeURIComponent(arg)).catch(onError);
    else phones.close();
  }
  if (current === 'log') log.load();
}

function refreshAll() {
  phones.refresh();
  faults.load().catch(onError);
  reviews.load();
  batch.load();
  api('/_sandbox/world').then(log.setCatalog, onError);
  if (current === 'log') log.load();
}

function setLive(state, text) {
  const live = $('live');
  live.dataset.state = state;
  live.textContent = text;
}

function connect() {
  const events = new EventSource('/_sandbox/events');
  // `hello` comes first on every (re)connection: load the views then, and apply later events on top.
  events.addEventListener('hello', () => {
    setLive('live', 'Live');
    showError($('page-error'), null);
    refreshAll();
  });
  const changed = (arrived) => (event) => {
    phones.apply(JSON.parse(event.data), { arrived });
    log.refresh();
  };
  events.addEventListener('messages', changed(true));
  events.addEventListener('receipts', changed(false));
  events.addEventListener('faults', (event) => faults.render(JSON.parse(event.data)));
  events.addEventListener('applications', (event) => reviews.render(JSON.parse(event.data)));
  events.addEventListener('batch-tasks', (event) => batch.render(JSON.parse(event.data)));
  events.addEventListener('world', (event) => log.setCatalog(JSON.parse(event.data)));
  events.addEventListener('resync', refreshAll);
  events.addEventListener('error', () => setLive('offline', 'Reconnecting…'));
}

$('reveal').addEventListener('change', () => {
  phones.render();
  log.render();
});
addEventListener('hashchange', route);
route();
connect();
