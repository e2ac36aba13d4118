// The example host page's script (public/embed.html): it frames Knee Explorer with ?embed=1 and
// drives it through the postMessage protocol only (README, "Embedding"). A file, not inline script,
// so it runs under a strict CSP. Plain JavaScript: copy it to your own site as it is.

/** The app to frame: `?app=<url>` on this page (http or https only), or the copy beside this page. */
const appUrl = (() => {
  const asked = new URLSearchParams(location.search).get('app');
  const url = new URL(asked || './', location.href);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`not a web address: ${asked}`);
  url.searchParams.set('embed', '1');
  return url;
})();
// Requests are addressed to this origin only, and only its messages are read.
const appOrigin = appUrl.origin;

const frame = document.getElementById('knee');
const log = document.getElementById('log');
const status = document.getElementById('status');
const pending = new Map();
let nextId = 1;

/** One line in the log; data attributes let a test read it without parsing the text. */
const note = (kind, name, body) => {
  const item = document.createElement('li');
  item.dataset.kind = kind;
  item.dataset.name = name;
  item.dataset.body = JSON.stringify(body ?? null);
  item.textContent = `${kind} ${name}: ${item.dataset.body}`;
  log.prepend(item);
};

/** Calls a method of window.kneeExplorer inside the frame; resolves with its result or rejects with its error. */
const call = (method, ...args) =>
  new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { method, resolve, reject });
    frame.contentWindow.postMessage({ type: 'knee-explorer:request', id, method, args }, appOrigin);
  });

window.addEventListener('message', (e) => {
  // Only the knee's own frame, from the app's origin: any other window may post here too.
  if (e.source !== frame.contentWindow || e.origin !== appOrigin) return;
  const msg = e.data;
  if (msg?.type === 'knee-explorer:event') {
    note('event', msg.name, msg.detail);
    if (msg.name === 'ready') {
      status.textContent = `Ready (${msg.detail.status}).`;
      for (const b of document.querySelectorAll('button[data-call]')) b.disabled = false;
    }
  } else if (msg?.type === 'knee-explorer:response' && pending.has(msg.id)) {
    const { method, resolve, reject } = pending.get(msg.id);
    pending.delete(msg.id);
    if ('error' in msg) {
      note('error', method, msg.error);
      reject(new Error(msg.error));
    } else {
      note('reply', method, msg.result);
      resolve(msg.result);
    }
  }
});

for (const button of document.querySelectorAll('button[data-call]')) {
  button.addEventListener('click', () => {
    const args = JSON.parse(button.dataset.args ?? '[]');
    // The log shows the reply or the error; nothing else to do with it here.
    call(button.dataset.call, ...args).catch(() => undefined);
  });
}

frame.src = appUrl.href;
