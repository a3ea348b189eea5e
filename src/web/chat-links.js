// Chat widget, links in plain text: e-mails (mailto:), New Caledonia phone numbers
// (tel:+687…), explicit http(s) addresses and the references of the answer's own
// offers become links; everything else stays text. Builds DOM nodes only.
(function () {
  'use strict';

  // A New Caledonia number has 6 digits and starts with 2-9: "26 79 38", "26.79.38",
  // "+687 26 79 38", "+687 267938". Without "+687" the groups must be separated, so
  // amounts ("250000") and references ("3134-25-0699") are never taken for phones.
  var SEP = '[ .\\u00a0]';
  var PHONE =
    '\\+687' +
    SEP +
    '?[2-9]\\d' +
    SEP +
    '?\\d{2}' +
    SEP +
    '?\\d{2}' +
    '|[2-9]\\d' +
    SEP +
    '\\d{2}' +
    SEP +
    '\\d{2}';
  var EMAIL = '[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}';
  var URL_ = 'https?://[^\\s<>"\'`]+';
  var TRAILING = /[.,;:!?)»]+$/;

  function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }

  /**
   * Text as nodes, with links for e-mails, phones, http(s) addresses and the given
   * offer references (`refs`: reference → href).
   */
  function linkify(text, refs) {
    var refKeys = Object.keys(refs || {}).sort(function (a, b) {
      return b.length - a.length;
    });
    var parts = ['(' + EMAIL + ')', '(' + URL_ + ')', '(' + PHONE + ')'];
    parts.push(refKeys.length ? '(' + refKeys.map(escapeRegExp).join('|') + ')' : '(?!)');
    var re = new RegExp(parts.join('|'), 'g');
    var out = document.createDocumentFragment();
    var done = 0;
    var m;
    while ((m = re.exec(text)) !== null) {
      var start = m.index;
      var before = start > 0 ? text.charAt(start - 1) : '';
      var found = m[0];
      var href = null;
      if (m[1] && !/[\w.%+-]/.test(before)) href = 'mailto:' + found;
      else if (m[2] && (before === '' || /[\s(«]/.test(before))) {
        found = found.replace(TRAILING, '');
        href = found;
      } else if (m[3]) {
        var after = text.charAt(start + found.length);
        var glued =
          /[\w+\-/.]/.test(before) ||
          /[\d\-/]/.test(after) ||
          new RegExp('\\d' + SEP + '$').test(text.slice(Math.max(0, start - 2), start));
        var more = new RegExp('^' + SEP + '\\d').test(text.slice(start + found.length));
        if (!glued && !more) href = 'tel:+687' + found.replace(/^\+687/, '').replace(/\D/g, '');
      } else if (m[4]) {
        var next = text.charAt(start + found.length);
        if (!/[\w\-/]/.test(before) && !/[\w\-/]/.test(next)) href = refs[found];
      }
      if (!href) {
        re.lastIndex = start + 1;
        continue;
      }
      if (start > done) out.appendChild(document.createTextNode(text.slice(done, start)));
      var link = document.createElement('a');
      link.href = href;
      link.textContent = found;
      if (m[3] || m[4]) link.className = 'link-nowrap';
      if (/^https?:/.test(href) || href.charAt(0) === '/') {
        link.target = '_blank';
        link.rel = 'noopener noreferrer';
      }
      out.appendChild(link);
      done = start + found.length;
      re.lastIndex = done;
    }
    if (done < text.length) out.appendChild(document.createTextNode(text.slice(done)));
    return out;
  }

  window.AvpChatLinks = { linkify: linkify };
})();
