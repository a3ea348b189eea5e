// Chat widget: plain browser JavaScript, no build step, no framework.
// Every bot or user string is rendered with textContent / createElement only.
(function () {
  'use strict';

  var MAX_TEXT = 500;
  var BACKOFF_MIN_MS = 1000;
  var BACKOFF_MAX_MS = 30000;

  var log = document.getElementById('chat-log');
  var quickBar = document.getElementById('chat-quick-replies');
  var form = document.getElementById('chat-form');
  var input = document.getElementById('chat-input');
  var sendButton = document.getElementById('chat-send');
  var status = document.getElementById('chat-status');
  var statusText = document.getElementById('chat-status-text');

  var socket = null;
  var attempt = 0;
  var retryTimer = null;
  var pending = 0;

  // ---- helpers ---------------------------------------------------------

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  /** '2025-06-20' → '20/06/2025'; anything else is shown as given. */
  function frenchDate(iso) {
    if (typeof iso !== 'string') return 'non précisée';
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
    return m ? m[3] + '/' + m[2] + '/' + m[1] : iso;
  }

  function scrollToEnd() {
    log.scrollTop = log.scrollHeight;
  }

  function setState(state, text) {
    status.setAttribute('data-state', state);
    statusText.textContent = text;
    sendButton.disabled = state !== 'open';
  }

  function setBusy(delta) {
    pending = Math.max(0, pending + delta);
    log.setAttribute('aria-busy', pending > 0 ? 'true' : 'false');
    document.body.classList.toggle('is-waiting', pending > 0);
  }

  // ---- rendering -------------------------------------------------------

  function addBubble(who, text, extraClass) {
    var item = el('div', 'msg msg-' + who + (extraClass ? ' ' + extraClass : ''));
    item.appendChild(el('span', 'visually-hidden', who === 'user' ? 'Vous : ' : 'Assistant : '));
    item.appendChild(el('p', 'msg-text', text));
    log.appendChild(item);
    return item;
  }

  function offerCard(offer) {
    var card = el('article', 'offer-card');
    card.setAttribute('data-reference', String(offer.reference || ''));
    if (offer.status) card.setAttribute('data-status', String(offer.status));
    card.appendChild(el('h3', 'offer-title', offer.title || 'Offre sans titre'));
    if (offer.status === 'closed') card.appendChild(el('p', 'offer-badge offer-badge-closed', 'Offre clôturée'));
    if (offer.status === 'upcoming') card.appendChild(el('p', 'offer-badge', 'Pas encore publiée'));
    var dl = el('dl', 'offer-facts');
    function fact(label, value, cls) {
      var row = el('div', 'offer-fact' + (cls ? ' ' + cls : ''));
      row.appendChild(el('dt', null, label));
      row.appendChild(el('dd', null, value));
      dl.appendChild(row);
    }
    if (offer.employer) fact('Employeur', offer.employer, 'offer-employer');
    fact('Lieu', offer.location || 'non précisé', 'offer-location');
    fact('Date limite', frenchDate(offer.deadline), 'offer-deadline');
    fact('Référence', offer.reference || '—', 'offer-reference');
    card.appendChild(dl);
    return card;
  }

  function offerList(offers, className) {
    var list = el('ul', 'offer-list ' + className);
    offers.forEach(function (offer) {
      if (!offer || typeof offer !== 'object') return;
      var li = el('li');
      li.appendChild(offerCard(offer));
      list.appendChild(li);
    });
    return list;
  }

  function renderQuickReplies(replies) {
    while (quickBar.firstChild) quickBar.removeChild(quickBar.firstChild);
    (replies || []).forEach(function (reply) {
      if (typeof reply !== 'string' || reply === '') return;
      var button = el('button', 'quick-reply', reply);
      button.type = 'button';
      button.addEventListener('click', function () { sendText(reply); });
      quickBar.appendChild(button);
    });
  }

  function renderBotFrame(frame) {
    var answer = frame.answer && typeof frame.answer === 'object' ? frame.answer : null;
    var text = typeof frame.text === 'string' ? frame.text : (answer && answer.text) || '';
    var bubble = addBubble('bot', text, frame.error ? 'msg-error' : '');
    if (answer) {
      var offers = Array.isArray(answer.offers) ? answer.offers : [];
      var suggestions = Array.isArray(answer.suggestions) ? answer.suggestions : [];
      if (offers.length) bubble.appendChild(offerList(offers, 'offer-list-main'));
      if (suggestions.length) {
        bubble.appendChild(el('h2', 'offer-suggestions-heading', 'Autres offres'));
        bubble.appendChild(offerList(suggestions, 'offer-list-suggestions'));
      }
      renderQuickReplies(Array.isArray(answer.quickReplies) ? answer.quickReplies : []);
    }
    scrollToEnd();
  }

  // ---- connection ------------------------------------------------------

  function socketUrl() {
    return (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws';
  }

  function connect() {
    retryTimer = null;
    setState('connecting', 'Connexion…');
    var ws;
    try {
      ws = new WebSocket(socketUrl());
    } catch (e) {
      scheduleReconnect();
      return;
    }
    socket = ws;
    ws.addEventListener('open', function () {
      attempt = 0;
      setState('open', 'Connecté');
    });
    ws.addEventListener('message', function (event) {
      var frame;
      try { frame = JSON.parse(event.data); } catch (e) { return; }
      if (!frame || frame.type !== 'message') return;
      // The welcome frame is not an answer to a question.
      if (!(frame.answer && frame.answer.intent === 'welcome')) setBusy(-1);
      renderBotFrame(frame);
    });
    ws.addEventListener('close', function () {
      if (socket !== ws) return;
      socket = null;
      setBusy(-pending);
      scheduleReconnect();
    });
  }

  function scheduleReconnect() {
    if (retryTimer) return;
    var delay = Math.min(BACKOFF_MAX_MS, BACKOFF_MIN_MS * Math.pow(2, attempt));
    delay = Math.round(delay * (0.75 + Math.random() * 0.5));
    attempt += 1;
    setState('closed', 'Déconnecté — nouvelle tentative dans ' + Math.ceil(delay / 1000) + ' s');
    retryTimer = setTimeout(connect, delay);
  }

  // ---- sending ---------------------------------------------------------

  function sendText(raw) {
    var text = String(raw).trim();
    if (text === '') return false;
    if (text.length > MAX_TEXT) {
      addBubble('bot', 'Votre message est trop long (500 caractères au maximum).', 'msg-error');
      scrollToEnd();
      return false;
    }
    if (!socket || socket.readyState !== WebSocket.OPEN) {
      addBubble('bot', 'Connexion perdue : votre message n’a pas été envoyé. Nouvelle tentative en cours…', 'msg-error');
      scrollToEnd();
      return false;
    }
    addBubble('user', text);
    socket.send(JSON.stringify({ type: 'message', text: text }));
    setBusy(1);
    scrollToEnd();
    return true;
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (sendText(input.value)) input.value = '';
    input.focus();
  });

  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'visible' && !socket && retryTimer) {
      clearTimeout(retryTimer);
      attempt = 0;
      connect();
    }
  });

  connect();
})();
