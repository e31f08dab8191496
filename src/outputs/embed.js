/*
 * Statusbook's embeddable status notice. Add to your app:
 *   <script src="https://status.example.com/embed.js" async></script>
 * While an incident or maintenance is going on, it shows a small dismissible notice linking
 * to the status page. It reads the status page's /api/v2/summary.json (next to this file),
 * sends no data, and writes all text as text. No dependencies.
 * This file is the template of /embed.js and of /<locale>/embed.js (src/outputs/embed.ts):
 * the build writes WORDS in the page's language and ROOT, the site's root from the script.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src || !window.fetch) return;
  var ROOT = './';
  var LANG = 'en';
  var DIR = 'ltr';
  var base = new URL(ROOT, script.src);
  var KEY = 'statusbook-dismissed:' + base.href;
  var COLORS = { critical: '#c0262d', major: '#b54708', minor: '#8f6a00', maintenance: '#3b5bdb', none: '#4f5965' };
  var WORDS = {
    critical: 'Major outage',
    major: 'Partial outage',
    minor: 'Degraded performance',
    maintenance: 'Maintenance',
    none: 'Notice',
    more: { one: '(+{n} more on the status page)', other: '(+{n} more on the status page)' },
    dismiss: 'Dismiss this status notice',
  };

  fetch(new URL('api/v2/summary.json', base).href, { credentials: 'omit' })
    .then(function (response) {
      return response.ok ? response.json() : null;
    })
    .then(function (summary) {
      if (!summary) return;
      var current = (summary.incidents || []).filter(function (i) {
        return i.status !== 'resolved';
      });
      var running = (summary.scheduled_maintenances || []).filter(function (m) {
        return m.status === 'in_progress' || m.status === 'verifying';
      });
      var items = current.concat(running);
      if (items.length === 0) return;
      var seen = items
        .map(function (i) {
          return i.id + '@' + i.updated_at;
        })
        .join(' ');
      try {
        if (localStorage.getItem(KEY) === seen) return;
      } catch {
        /* storage blocked: show the notice every time */
      }
      show(items[0], items.length, seen);
    })
    .catch(function () {
      /* the status page is unreachable: show nothing */
    });

  function show(item, count, seen) {
    var host = document.createElement('div');
    host.setAttribute('data-statusbook-notice', '');
    var root = host.attachShadow ? host.attachShadow({ mode: 'open' }) : host;
    var color = COLORS[item.impact] || COLORS.none;
    var style = document.createElement('style');
    style.textContent =
      '.n{position:fixed;left:1rem;right:1rem;bottom:1rem;z-index:2147483000;max-width:36rem;margin:0 auto;display:flex;gap:.75rem;align-items:flex-start;' +
      'padding:.75rem 1rem;border-radius:.5rem;border-left:6px solid ' + color + ';background:#fff;color:#16191d;' +
      'box-shadow:0 4px 16px rgba(0,0,0,.2);font:15px/1.4 system-ui,-apple-system,Segoe UI,Roboto,sans-serif}' +
      '.t{flex:1}.t strong{color:' + color + '}a{color:#0a55c8}' +
      'button{border:0;background:none;font-size:1.4rem;line-height:1;cursor:pointer;color:#4f5965;padding:.25rem .5rem;min-width:44px;min-height:44px}';
    var box = document.createElement('div');
    box.className = 'n';
    box.setAttribute('role', 'status');
    box.setAttribute('lang', LANG);
    box.setAttribute('dir', DIR);
    var text = document.createElement('div');
    text.className = 't';
    var label = document.createElement('strong');
    label.textContent = WORDS[item.impact] || WORDS.none;
    var link = document.createElement('a');
    link.href = item.shortlink;
    link.textContent = item.name;
    text.append(label, ': ', link);
    var update = item.incident_updates && item.incident_updates[0];
    if (update) text.append(document.createElement('br'), update.body);
    if (count > 1) {
      var form = window.Intl && Intl.PluralRules ? new Intl.PluralRules(LANG).select(count - 1) : 'other';
      text.append(' ' + (WORDS.more[form] || WORDS.more.other).replace('{n}', String(count - 1)));
    }
    var close = document.createElement('button');
    close.type = 'button';
    close.setAttribute('aria-label', WORDS.dismiss);
    close.textContent = '×';
    close.addEventListener('click', function () {
      host.remove();
      try {
        localStorage.setItem(KEY, seen);
      } catch {
        /* storage blocked: the notice returns on the next page */
      }
    });
    box.append(text, close);
    root.append(style, box);
    document.body.append(host);
  }
})();
