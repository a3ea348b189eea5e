// One script tag on another site: <script src="https://<bot>/embed.js" async></script>
// adds a floating button that opens the chat in an iframe served by the bot.
// The bot's CSP `frame-ancestors` (FRAME_ANCESTORS) decides which sites may show it.
(function () {
  'use strict';

  var S = {
    open: 'Ouvrir l’assistant des offres d’emploi public',
    close: 'Fermer l’assistant',
    label: 'Offres d’emploi',
    title: 'Assistant — offres d’emploi public de Nouvelle-Calédonie',
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

  function toggle(open) {
    if (open && !frame.src) frame.src = origin + '/';
    frame.hidden = !open;
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
    button.setAttribute('aria-label', open ? S.close : S.open);
    if (open) frame.focus();
  }

  button.addEventListener('click', function () {
    toggle(frame.hidden);
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && !frame.hidden) {
      toggle(false);
      button.focus();
    }
  });

  function mount() {
    document.body.appendChild(frame);
    document.body.appendChild(button);
  }
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount);
})();
