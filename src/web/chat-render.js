// Chat widget, rendering: builds every node with createElement/textContent only.
// Bot and user strings are never parsed as HTML or markdown; links are built by
// chat-links.js (e-mails, phones, http(s), the answer's own offer references).
// One representation per listing: the text keeps its sentences, the numbered lines
// naming shown offers give way to their cards (the first few, then "voir plus").
(function () {
  'use strict';

  var S = {
    you: 'Vous : ',
    bot: 'Assistant : ',
    untitled: 'Offre sans titre',
    closed: 'Offre clôturée',
    upcoming: 'Pas encore publiée',
    employer: 'Employeur',
    place: 'Lieu',
    deadline: 'Date limite',
    reference: 'Référence',
    notGiven: 'non précisé',
    notGivenF: 'non précisée',
    seeOffer: 'Voir l’offre',
    newTab: ' (s’ouvre dans un nouvel onglet)',
    others: 'Autres offres',
    more: function (n) {
      return 'Voir plus (' + n + ' autre' + (n > 1 ? 's' : '') + ')';
    },
    ask: 'Plus de détails',
    voteQuestion: 'Cette réponse vous a-t-elle aidé ?',
    voteUp: 'Réponse utile',
    voteDown: 'Réponse pas utile',
  };
  /** The votes a reader can give an answer, with their symbol and name. */
  var VOTES = [
    { vote: 'up', label: S.voteUp },
    { vote: 'down', label: S.voteDown },
  ];
  /** A thumb up (Material Icons, Apache 2.0); 👎 is the same thumb turned by CSS. */
  var THUMB =
    'M1 21h4V9H1v12zm22-11c0-1.1-.9-2-2-2h-6.31l.95-4.57.03-.32c0-.41-.17-.79-.44-1.06L14.17 1 ' +
    '7.59 7.59C7.22 7.95 7 8.45 7 9v10c0 1.1.9 2 2 2h9c.83 0 1.54-.5 1.84-1.22l3.02-7.05c.09-.23.14-.47.14-.73v-2z';
  var SVG_NS = 'http://www.w3.org/2000/svg';

  /** The thumb icon, drawn in the text colour (no emoji font needed). */
  function thumb() {
    var svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('width', '18');
    svg.setAttribute('height', '18');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    var path = document.createElementNS(SVG_NS, 'path');
    path.setAttribute('d', THUMB);
    path.setAttribute('fill', 'currentColor');
    svg.appendChild(path);
    return svg;
  }
  var ANSWER_ID = /^[\w-]{1,64}$/;
  /** Cards shown at first in one answer; the rest wait behind "voir plus". */
  var FIRST_CARDS = 3;
  /** A numbered line of a listing ("3. Title — Place (réf. …)"). */
  var NUMBERED = /^\s*\d+\.\s/;
  /** The line that follows a truncated listing ("… et 10 autres"). */
  var CONTINUED = /^\s*…/;
  var L = window.AvpChatLinks;

  var REFERENCE = /^[0-9A-Za-z][0-9A-Za-z\-/]{0,39}$/;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  /** '2025-06-20' → '20/06/2025'; anything else is shown as given. */
  function frenchDate(iso) {
    if (typeof iso !== 'string') return S.notGivenF;
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
    return m ? m[3] + '/' + m[2] + '/' + m[1] : iso;
  }

  /** The offer page's relative URL, or null when the reference is not one. */
  function offerHref(reference) {
    if (typeof reference !== 'string' || !REFERENCE.test(reference)) return null;
    return '/offres/' + encodeURIComponent(reference);
  }

  /** "14:05" in the reader's time zone, in a <time> element; nothing for a bad date. */
  function stamp(at) {
    var date = new Date(at);
    if (typeof at !== 'string' || Number.isNaN(date.getTime())) return null;
    var node = el(
      'time',
      'msg-time',
      date.toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' }),
    );
    node.setAttribute('datetime', date.toISOString());
    return node;
  }

  /** A message: hidden speaker label, text (with links when `refs` is given), time. */
  function bubble(who, text, extraClass, at, refs) {
    var item = el('div', 'msg msg-' + who + (extraClass ? ' ' + extraClass : ''));
    item.appendChild(el('span', 'visually-hidden', who === 'user' ? S.you : S.bot));
    var p = el('p', 'msg-text');
    if (refs) p.appendChild(L.linkify(String(text), refs));
    else p.textContent = String(text);
    item.appendChild(p);
    var time = stamp(at);
    if (time) item.appendChild(time);
    return item;
  }

  function offerCard(offer, ask, onPick) {
    var card = el('article', 'offer-card');
    var reference = typeof offer.reference === 'string' ? offer.reference : '';
    card.setAttribute('data-reference', reference);
    if (offer.status) card.setAttribute('data-status', String(offer.status));
    card.appendChild(el('h3', 'offer-title', offer.title || S.untitled));
    if (offer.status === 'closed')
      card.appendChild(el('p', 'offer-badge offer-badge-closed', S.closed));
    if (offer.status === 'upcoming') card.appendChild(el('p', 'offer-badge', S.upcoming));
    var dl = el('dl', 'offer-facts');
    function fact(label, value, cls) {
      var row = el('div', 'offer-fact ' + cls);
      row.appendChild(el('dt', null, label));
      row.appendChild(el('dd', null, value));
      dl.appendChild(row);
    }
    if (offer.employer) fact(S.employer, offer.employer, 'offer-employer');
    fact(S.place, offer.location || S.notGiven, 'offer-location');
    fact(S.deadline, frenchDate(offer.deadline), 'offer-deadline');
    fact(S.reference, reference || '—', 'offer-reference');
    card.appendChild(dl);
    var href = offerHref(reference);
    if (href) {
      var link = el('a', 'offer-link', S.seeOffer);
      link.href = href;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      link.appendChild(el('span', 'visually-hidden', ' ' + reference + S.newTab));
      card.appendChild(link);
    }
    if (ask) {
      var button = el('button', 'offer-ask', S.ask);
      button.type = 'button';
      button.setAttribute('aria-label', ask);
      button.addEventListener('click', function () {
        onPick(ask);
      });
      card.appendChild(button);
    }
    return card;
  }

  /** Cards, the first FIRST_CARDS shown, the others behind one "voir plus" button. */
  function offerList(offers, className, asks, onPick) {
    var list = el('ul', 'offer-list ' + className);
    var hidden = [];
    offers.forEach(function (offer, i) {
      var li = el('li');
      li.appendChild(offerCard(offer, asks[offer.reference], onPick));
      if (i >= FIRST_CARDS) {
        li.hidden = true;
        hidden.push(li);
      }
      list.appendChild(li);
    });
    var box = el('div', 'offer-box');
    box.appendChild(list);
    if (hidden.length) {
      var more = el('button', 'offer-more', S.more(hidden.length));
      more.type = 'button';
      more.addEventListener('click', function () {
        hidden.forEach(function (li) {
          li.hidden = false;
        });
        var first = hidden[0].querySelector('.offer-link, .offer-ask');
        more.remove();
        if (first) first.focus();
      });
      box.appendChild(more);
    }
    return box;
  }

  function offersOf(list) {
    return (Array.isArray(list) ? list : []).filter(function (o) {
      return o && typeof o === 'object' && typeof o.reference === 'string';
    });
  }

  /** The text without the numbered lines that name a shown card, nor the "…" line after them. */
  function withoutListedLines(text, shown) {
    var dropped = false;
    return text
      .split('\n')
      .filter(function (line) {
        if (NUMBERED.test(line)) {
          var named = shown.some(function (ref) {
            return line.indexOf(ref) !== -1;
          });
          dropped = named;
          return !named;
        }
        var keep = !(dropped && CONTINUED.test(line));
        dropped = false;
        return keep;
      })
      .join('\n');
  }

  /** Quick replies naming one of the shown offers ("Title (REF)"), by reference. */
  function asksFor(replies, shown) {
    var asks = {};
    (Array.isArray(replies) ? replies : []).forEach(function (reply) {
      if (typeof reply !== 'string') return;
      shown.forEach(function (ref) {
        if (!asks[ref] && reply.indexOf('(' + ref + ')') !== -1) asks[ref] = reply;
      });
    });
    return asks;
  }

  /** Marks `vote` ('up', 'down' or null) as the chosen one among a feedback group's buttons. */
  function markVote(group, vote) {
    Array.prototype.forEach.call(group.querySelectorAll('button[data-vote]'), function (b) {
      b.setAttribute('aria-pressed', b.getAttribute('data-vote') === vote ? 'true' : 'false');
    });
  }

  /** 👍 and 👎 for one answer, `vote` marked; `onVote(answerId, vote)` when one is pressed. */
  function feedbackGroup(answerId, vote, onVote) {
    var group = el('div', 'msg-feedback');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', S.voteQuestion);
    group.setAttribute('data-answer-id', answerId);
    VOTES.forEach(function (v) {
      var button = el('button', 'msg-vote msg-vote-' + v.vote);
      button.appendChild(thumb());
      button.type = 'button';
      button.title = v.label;
      button.setAttribute('aria-label', v.label);
      button.setAttribute('data-vote', v.vote);
      button.addEventListener('click', function () {
        onVote(answerId, v.vote);
      });
      group.appendChild(button);
    });
    markVote(group, vote);
    return group;
  }

  /**
   * A bot frame ({text, answer?, answerId?, error?}, received `at`) as one bubble with its cards.
   * `memory.lastCard` is the reference of the last single card shown: an answer about
   * that same offer only gets its text (a follow-up answers in a line). Returns the
   * bubble and the quick replies left for the bar (those naming a shown card go on it).
   * With `feedback` ({vote, onVote}) and an `answerId`, 👍/👎 sit beside the time.
   */
  function botBubble(frame, at, memory, onPick, feedback) {
    var answer = frame.answer && typeof frame.answer === 'object' ? frame.answer : null;
    var text =
      typeof frame.text === 'string'
        ? frame.text
        : answer && typeof answer.text === 'string'
          ? answer.text
          : '';
    var offers = offersOf(answer && answer.offers);
    var suggestions = offersOf(answer && answer.suggestions);
    var replies = answer && Array.isArray(answer.quickReplies) ? answer.quickReplies : [];
    var refs = {};
    offers.concat(suggestions).forEach(function (o) {
      var href = offerHref(o.reference);
      if (href) refs[o.reference] = href;
    });
    var followUp =
      offers.length === 1 && !suggestions.length && offers[0].reference === memory.lastCard;
    if (followUp) offers = [];
    var shown = offers.concat(suggestions).map(function (o) {
      return o.reference;
    });
    if (offers.length + suggestions.length === 1) memory.lastCard = shown[0];
    else if (shown.length) memory.lastCard = null;
    var item = bubble(
      'bot',
      withoutListedLines(text, shown),
      frame.error ? 'msg-error' : '',
      at,
      refs,
    );
    var asks = asksFor(replies, shown);
    var time = item.querySelector('.msg-time');
    if (offers.length) item.insertBefore(offerList(offers, 'offer-list-main', asks, onPick), time);
    if (suggestions.length) {
      // Alone, suggestions are introduced by the text; beside offers they need a heading.
      if (offers.length) item.insertBefore(el('h2', 'offer-suggestions-heading', S.others), time);
      item.insertBefore(offerList(suggestions, 'offer-list-suggestions', asks, onPick), time);
    }
    if (feedback && typeof frame.answerId === 'string' && ANSWER_ID.test(frame.answerId)) {
      var foot = el('div', 'msg-foot');
      foot.appendChild(feedbackGroup(frame.answerId, feedback.vote, feedback.onVote));
      if (time) foot.appendChild(time);
      item.appendChild(foot);
    }
    var taken = Object.keys(asks).map(function (ref) {
      return asks[ref];
    });
    return {
      item: item,
      quickReplies: replies.filter(function (reply) {
        return taken.indexOf(reply) === -1;
      }),
    };
  }

  /** Replaces the quick-reply buttons (one row); `onPick(text)` when one is chosen. */
  function quickReplies(bar, replies, onPick) {
    while (bar.firstChild) bar.removeChild(bar.firstChild);
    (Array.isArray(replies) ? replies : []).forEach(function (reply) {
      if (typeof reply !== 'string' || reply === '') return;
      var button = el('button', 'quick-reply', reply);
      button.type = 'button';
      button.title = reply;
      button.addEventListener('click', function () {
        onPick(reply);
      });
      bar.appendChild(button);
    });
    bar.scrollLeft = 0;
  }

  window.AvpChatRender = {
    bubble: bubble,
    botBubble: botBubble,
    quickReplies: quickReplies,
    offerHref: offerHref,
    markVote: markVote,
  };
})();
