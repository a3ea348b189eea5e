// One script tag on another site: <script src="https://<bot>/embed.js" async></script>
// adds a floating button that opens the chat in an iframe served by the bot.
// The bot's CSP `frame-ancestors` (FRAME_ANCESTORS) decides which sites may show it:
// the script asks `/embed-status` first, and on a site that is not allowed the button
// opens a plain French notice instead of a frame the browser would leave blank.
// The chat closes with the button, with Escape (here or inside the frame, which posts
// `{source: 'avp-chat', type: 'close'}`), or with the close button in its header.
(function () {
  'use strict';

  var S = {
    open: 'Ouvrir l’assistant des offres d’emploi public',
    close: 'Fermer l’assistant',
    label: 'Offres d’emploi',
    labelOpen: 'Fermer ×',
    title: 'Assistant — offres d’emploi public de Nouvelle-Calédonie',
    refused:
      'Ce site n’est pas autorisé à afficher l’assistant des offres d’emploi public. ' +
      'Vous pouvez le consulter directement : ',
    refusedLink: 'ouvrir l’assistant (nouvel onglet)',
  };
  var script = document.currentScript;
  if (!script || !script.src || document.getElementById('avp-chat-launcher')) return;
  var origin = new URL(script.src).origin;
  if (!/^https?:$/.test(new URL(origin).protocol)) return;

  function style(node, rules) {
    Object.keys(rules).forEach(function (k) {
      node.style[k] = rules[k];
    });
  }

  var button = document.createElement('button');
  button.id = 'avp-chat-launcher';
  button.type = 'button';
  button.textContent = S.label;
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', 'avp-chat-frame');
  button.setAttribute('aria-label', S.open);
  style(button, {
    position: 'fixed',
    right: '16px',
    bottom: '16px',
    zIndex: '2147483000',
    minHeight: '48px',
    padding: '0 20px',
    border: '2px solid #ffffff',
    borderRadius: '999px',
    background: '#005a9c',
    color: '#ffffff',
    font: '600 16px system-ui, sans-serif',
    cursor: 'pointer',
    boxShadow: '0 2px 12px rgba(0,0,0,.25)',
  });

  var frame = document.createElement('iframe');
  frame.id = 'avp-chat-frame';
  frame.title = S.title;
  frame.hidden = true;
  frame.setAttribute('referrerpolicy', 'strict-origin');
  style(frame, {
    position: 'fixed',
    right: '16px',
    bottom: '76px',
    zIndex: '2147483000',
    width: 'min(400px, calc(100vw - 32px))',
    height: 'min(640px, calc(100vh - 100px))',
    border: '1px solid #6b7785',
    borderRadius: '14px',
    background: '#ffffff',
    boxShadow: '0 4px 24px rgba(0,0,0,.25)',
  });

  // The notice shown instead of the frame on a site the bot does not allow.
  var notice = document.createElement('p');
  notice.id = 'avp-chat-refused';
  notice.setAttribute('role', 'alert');
  notice.hidden = true;
  notice.appendChild(document.createTextNode(S.refused));
  var direct = document.createElement('a');
  direct.href = origin + '/';
  direct.target = '_blank';
  direct.rel = 'noopener noreferrer';
  direct.textContent = S.refusedLink;
  style(direct, { color: '#005a9c', fontWeight: '600' });
  notice.appendChild(direct);
  style(notice, {
    position: 'fixed',
    right: '16px',
    bottom: '76px',
    zIndex: '2147483000',
    maxWidth: 'min(360px, calc(100vw - 32px))',
    margin: '0',
    padding: '12px 16px',
    border: '2px solid #a4161a',
    borderRadius: '14px',
    background: '#ffffff',
    color: '#1b2430',
    font: '16px/1.45 system-ui, sans-serif',
    boxShadow: '0 4px 24px rgba(0,0,0,.25)',
  });

  // Allowed unless the bot says otherwise: when it cannot be asked, the frame is tried.
  var status = null;
  function allowed() {
    if (!status) {
      status = fetch(origin + '/embed-status', { mode: 'cors', credentials: 'omit' })
        .then(function (res) {
          return res.ok ? res.json() : { allowed: true };
        })
        .then(
          function (body) {
            return !(body && body.allowed === false);
          },
          function () {
            return true;
          },
        );
    }
    return status;
  }

  function isOpen() {
    return button.getAttribute('aria-expanded') === 'true';
  }
  function show(open, refused) {
    frame.hidden = !open || refused;
    notice.hidden = !open || !refused;
    button.setAttribute('aria-controls', refused ? notice.id : frame.id);
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
    button.setAttribute('aria-label', open ? S.close : S.open);
    button.textContent = open ? S.labelOpen : S.label;
  }
  function toggle(open) {
    if (!open) {
      show(false, false);
      return;
    }
    allowed().then(function (ok) {
      if (ok && !frame.src) frame.src = origin + '/';
      show(true, !ok);
      if (ok) frame.focus();
    });
  }
  function close() {
    if (!isOpen()) return;
    toggle(false);
    button.focus();
  }

  button.addEventListener('click', function () {
    toggle(!isOpen());
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') close();
  });
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== origin || event.source !== frame.contentWindow) return;
    if (data && data.source === 'avp-chat' && data.type === 'close') close();
  });

  function mount() {
    document.body.appendChild(frame);
    document.body.appendChild(notice);
    document.body.appendChild(button);
    allowed();
  }
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount);
})();
