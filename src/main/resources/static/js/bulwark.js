// Bulwark's only page script (no inline scripts: the Content-Security-Policy forbids them).
(function () {
  'use strict';

  // CSRF token for htmx requests, from the meta tags the layout renders.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // Automatic logoff, on screen too: when the session's idle time has passed, leave the page so that
  // nothing stays visible on an unattended screen. Any page load or htmx request restarts the clock.
  var idleSeconds = parseInt(document.body.getAttribute('data-idle-seconds') || '', 10);
  if (idleSeconds > 0) {
    var timer;
    var restart = function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        window.location.assign('/login?timeout');
      }, (idleSeconds + 1) * 1000);
    };
    document.addEventListener('htmx:afterRequest', restart);
    restart();
  }

  // A change refused because the record was frozen meanwhile (409) carries a message meant for the
  // person: show it in place instead of silently doing nothing.
  document.addEventListener('htmx:beforeSwap', function (event) {
    if (event.detail.xhr && event.detail.xhr.status === 409) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  // Confirmation for destructive forms: <form data-confirm="Are you sure?">.
  document.addEventListener('submit', function (event) {
    var message = event.target.getAttribute && event.target.getAttribute('data-confirm');
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  });

  // Copy buttons: <button data-copy-target="element-id">.
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('[data-copy-target]');
    if (!button) {
      return;
    }
    var target = document.getElementById(button.getAttribute('data-copy-target'));
    if (target && navigator.clipboard) {
      navigator.clipboard.writeText(target.innerText.trim()).then(function () {
        button.textContent = 'Copied';
      });
    }
  });
})();
