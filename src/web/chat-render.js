// Chat widget, rendering: builds every node with createElement/textContent only.
// Bot and user strings are never parsed as HTML or markdown; links are built
// from an offer's reference only, always relative to this site.
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
  };

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

  function bubble(who, text, extraClass) {
    var item = el('div', 'msg msg-' + who + (extraClass ? ' ' + extraClass : ''));
    item.appendChild(el('span', 'visually-hidden', who === 'user' ? S.you : S.bot));
    item.appendChild(el('p', 'msg-text', text));
    return item;
  }

  function offerCard(offer) {
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

  /** A bot frame ({text, answer?, error?}) as one bubble with its offer cards. */
  function botBubble(frame) {
    var answer = frame.answer && typeof frame.answer === 'object' ? frame.answer : null;
    var text =
      typeof frame.text === 'string'
        ? frame.text
        : answer && typeof answer.text === 'string'
          ? answer.text
          : '';
    var item = bubble('bot', text, frame.error ? 'msg-error' : '');
    if (answer) {
      var offers = Array.isArray(answer.offers) ? answer.offers : [];
      var suggestions = Array.isArray(answer.suggestions) ? answer.suggestions : [];
      if (offers.length) item.appendChild(offerList(offers, 'offer-list-main'));
      if (suggestions.length) {
        item.appendChild(el('h2', 'offer-suggestions-heading', S.others));
        item.appendChild(offerList(suggestions, 'offer-list-suggestions'));
      }
    }
    return item;
  }

  /** Replaces the quick-reply buttons; `onPick(text)` when one is chosen. */
  function quickReplies(bar, replies, onPick) {
    while (bar.firstChild) bar.removeChild(bar.firstChild);
    (Array.isArray(replies) ? replies : []).forEach(function (reply) {
      if (typeof reply !== 'string' || reply === '') return;
      var button = el('button', 'quick-reply', reply);
      button.type = 'button';
      button.addEventListener('click', function () {
        onPick(reply);
      });
      bar.appendChild(button);
    });
  }

  window.AvpChatRender = {
    bubble: bubble,
    botBubble: botBubble,
    quickReplies: quickReplies,
    offerHref: offerHref,
  };
})();
