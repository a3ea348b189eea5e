// Chat widget, connection and memory: plain browser JavaScript, no build step.
// The server issues the conversation's signed token (first frame); it is kept
// in sessionStorage with the transcript, so a reload continues the conversation.
(function () {
  'use strict';

  var S = {
    connecting: 'Connexion…',
    connected: 'Connecté',
    retryIn: function (s) {
      return 'Déconnecté — nouvelle tentative dans ' + s + ' s';
    },
    tooLong: 'Votre message est trop long (500 caractères au maximum).',
    notSent: 'Connexion perdue : votre message n’a pas été envoyé. Nouvelle tentative en cours…',
    renewed: 'La conversation reprend depuis le début.',
    voteNotSent: 'Connexion perdue : votre avis n’a pas été envoyé.',
    voteExpired: 'Cette réponse ne peut plus être notée.',
  };
  var MAX_TEXT = 500;
  var MAX_KEPT = 80;
  var BACKOFF_MIN_MS = 1000;
  var BACKOFF_MAX_MS = 30000;
  /** An answer slower than this shows the typing indicator (a quicker one never flashes it). */
  var TYPING_AFTER_MS = 300;
  var TOKEN_KEY = 'avp.chat.token';
  var LOG_KEY = 'avp.chat.transcript';
  /** The vote given to each answer ({answerId: 'up' | 'down'}), as the server acknowledged it. */
  var VOTES_KEY = 'avp.chat.votes';
  var R = window.AvpChatRender;

  var log = document.getElementById('chat-log');
  var quickBar = document.getElementById('chat-quick-replies');
  var form = document.getElementById('chat-form');
  var input = document.getElementById('chat-input');
  var sendButton = document.getElementById('chat-send');
  var status = document.getElementById('chat-status');
  var statusText = document.getElementById('chat-status-text');
  var typing = document.getElementById('chat-typing');
  var closeButton = document.getElementById('chat-close');

  var socket = null;
  var attempt = 0;
  var retryTimer = null;
  var pending = 0;
  var typingTimer = null;
  /** What the renderer remembers between answers (the last single card shown). */
  var memory = { lastCard: null };
  var embedded = window.top !== window.self;

  // ---- embedded (embed.js): tell the host page we are up, and when to close ----

  function toHost(type) {
    // Only a signal with no data: any host page may receive it.
    if (embedded) window.parent.postMessage({ source: 'avp-chat', type: type }, '*');
  }
  if (embedded) {
    document.documentElement.classList.add('is-embedded');
    closeButton.hidden = false;
    closeButton.addEventListener('click', function () {
      toHost('close');
    });
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') toHost('close');
    });
  }

  // ---- memory (sessionStorage may be unavailable: then nothing is kept) ----

  function load(key) {
    try {
      return window.sessionStorage.getItem(key);
    } catch (_e) {
      return null;
    }
  }
  function save(key, value) {
    try {
      if (value === null) window.sessionStorage.removeItem(key);
      else window.sessionStorage.setItem(key, value);
    } catch (_e) {
      /* storage full or denied: the conversation just won't survive a reload */
    }
  }
  function transcript() {
    try {
      var kept = JSON.parse(load(LOG_KEY) || '[]');
      return Array.isArray(kept) ? kept : [];
    } catch (_e) {
      return [];
    }
  }
  function votes() {
    try {
      var kept = JSON.parse(load(VOTES_KEY) || '{}');
      return kept && typeof kept === 'object' && !Array.isArray(kept) ? kept : {};
    } catch (_e) {
      return {};
    }
  }
  function rememberVote(answerId, vote) {
    var kept = votes();
    delete kept[answerId]; // re-added last: the oldest votes go first
    kept[answerId] = vote;
    var ids = Object.keys(kept);
    ids.slice(0, Math.max(0, ids.length - MAX_KEPT)).forEach(function (id) {
      delete kept[id];
    });
    save(VOTES_KEY, JSON.stringify(kept));
  }
  function remember(entry) {
    var kept = transcript();
    kept.push(entry);
    save(LOG_KEY, JSON.stringify(kept.slice(-MAX_KEPT)));
  }

  // ---- display ----------------------------------------------------------

  function setState(state, text) {
    status.setAttribute('data-state', state);
    statusText.textContent = text;
    sendButton.disabled = state !== 'open';
  }
  function setBusy(delta) {
    pending = Math.max(0, pending + delta);
    log.setAttribute('aria-busy', pending > 0 ? 'true' : 'false');
    document.body.classList.toggle('is-waiting', pending > 0);
    if (pending > 0 && !typingTimer && typing.hidden) {
      typingTimer = setTimeout(function () {
        typingTimer = null;
        typing.hidden = false;
      }, TYPING_AFTER_MS);
    } else if (pending === 0) {
      clearTimeout(typingTimer);
      typingTimer = null;
      typing.hidden = true;
    }
  }
  /** Brings a message's start into view: the log scrolls, never the page. */
  function reveal(item) {
    var top = item.offsetTop - parseFloat(getComputedStyle(log).paddingTop || '0');
    log.scrollTop = Math.max(0, top);
  }
  function show(entry) {
    var item;
    if (entry.who === 'user') item = R.bubble('user', String(entry.text), '', entry.at);
    else if (entry.who === 'notice')
      item = R.bubble('bot', String(entry.text), 'msg-notice', entry.at);
    else {
      var frame = entry.frame || {};
      var shown = R.botBubble(frame, entry.at, memory, pickQuickReply, {
        vote: typeof frame.answerId === 'string' ? votes()[frame.answerId] || null : null,
        onVote: sendVote,
      });
      item = shown.item;
      if (entry.frame && entry.frame.answer)
        R.quickReplies(quickBar, shown.quickReplies, pickQuickReply);
    }
    log.appendChild(item);
    reveal(item);
  }
  function notice(text) {
    var item = R.bubble('bot', text, 'msg-error', new Date().toISOString());
    log.appendChild(item);
    reveal(item);
  }
  function clearLog() {
    while (log.firstChild) log.removeChild(log.firstChild);
    R.quickReplies(quickBar, [], pickQuickReply);
    memory.lastCard = null;
    save(LOG_KEY, null);
    save(VOTES_KEY, null);
  }
  function pickQuickReply(text) {
    sendText(text);
    input.focus();
  }

  // ---- connection -------------------------------------------------------

  function onFrame(frame) {
    if (!frame || typeof frame !== 'object') return;
    if (frame.type === 'session' && typeof frame.token === 'string') {
      save(TOKEN_KEY, frame.token);
      if (frame.renewed) {
        // The server no longer knows the old token (restarted with another secret, expired): the
        // transcript stays for the reader, and says the assistant no longer has its context.
        var line = { who: 'notice', text: S.renewed, at: new Date().toISOString() };
        remember(line);
        show(line);
      } else if (!frame.resumed) clearLog(); // a new visitor: nothing to keep
      return;
    }
    if (frame.type === 'feedback') return onVoted(frame);
    if (frame.type !== 'message') return;
    if (frame.error === 'rate_limited') setBusy(-pending);
    else if (!(frame.answer && frame.answer.intent === 'welcome')) setBusy(-1);
    var entry = {
      who: 'bot',
      at: new Date().toISOString(),
      frame: {
        text: frame.text,
        answer: frame.answer,
        answerId: frame.answerId,
        error: frame.error,
      },
    };
    remember(entry);
    show(entry);
  }

  function connect() {
    retryTimer = null;
    setState('connecting', S.connecting);
    var token = load(TOKEN_KEY);
    var protocols = token ? ['avp.v1', 'token.' + token] : ['avp.v1'];
    var ws;
    try {
      ws = new WebSocket(
        (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws',
        protocols,
      );
    } catch (_e) {
      scheduleReconnect();
      return;
    }
    socket = ws;
    ws.addEventListener('open', function () {
      attempt = 0;
      setState('open', S.connected);
    });
    ws.addEventListener('message', function (event) {
      try {
        onFrame(JSON.parse(event.data));
      } catch (_e) {
        /* not ours */
      }
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
    setState('closed', S.retryIn(Math.ceil(delay / 1000)));
    retryTimer = setTimeout(connect, delay);
  }

  // ---- 👍/👎 ---------------------------------------------------------------

  /** The feedback group of an answer in the log, or null. */
  function feedbackOf(answerId) {
    var groups = log.querySelectorAll('.msg-feedback');
    for (var i = 0; i < groups.length; i += 1)
      if (groups[i].getAttribute('data-answer-id') === answerId) return groups[i];
    return null;
  }
  /** The server counted a vote (marked and kept), or refused it (an expired answer: no more votes). */
  function onVoted(frame) {
    if (typeof frame.answerId !== 'string') return;
    var group = feedbackOf(frame.answerId);
    if (frame.vote === 'up' || frame.vote === 'down') {
      rememberVote(frame.answerId, frame.vote);
      if (group) R.markVote(group, frame.vote);
    } else if (frame.error === 'unknown_answer' && group) {
      group.title = S.voteExpired;
      Array.prototype.forEach.call(group.querySelectorAll('button'), function (b) {
        b.disabled = true;
      });
    }
  }
  function sendVote(answerId, vote) {
    if (!socket || socket.readyState !== WebSocket.OPEN) return notice(S.voteNotSent);
    socket.send(JSON.stringify({ type: 'feedback', answerId: answerId, vote: vote }));
  }

  // ---- sending ----------------------------------------------------------

  function sendText(raw) {
    var text = String(raw).trim();
    if (text === '') return false;
    if (text.length > MAX_TEXT) {
      notice(S.tooLong);
      return false;
    }
    if (!socket || socket.readyState !== WebSocket.OPEN) {
      notice(S.notSent);
      return false;
    }
    var entry = { who: 'user', text: text, at: new Date().toISOString() };
    remember(entry);
    show(entry);
    socket.send(JSON.stringify({ type: 'message', text: text }));
    setBusy(1);
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

  transcript().forEach(show);
  connect();
  input.focus();
})();
