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
  // nothing stays visible on an unattended screen. A minute before, a banner offers to stay signed in.
  // Any page load or htmx request restarts the clock (the server's idle timer restarts with it).
  var idleSeconds = parseInt(document.body.getAttribute('data-idle-seconds') || '', 10);
  if (idleSeconds > 0) {
    var logoffTimer;
    var warningTimer;
    var banner = null;
    var hideWarning = function () {
      if (banner) {
        banner.remove();
        banner = null;
      }
    };
    var showWarning = function () {
      banner = document.createElement('div');
      banner.className = 'idle-warning';
      banner.setAttribute('role', 'alertdialog');
      banner.setAttribute('aria-live', 'assertive');
      var text = document.createElement('p');
      text.textContent = 'For your protection you will be signed out in about a minute because nothing happened here.';
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'button primary';
      button.textContent = 'Stay signed in';
      button.addEventListener('click', function () {
        var token = document.querySelector('meta[name="_csrf"]');
        var header = document.querySelector('meta[name="_csrf_header"]');
        var headers = {};
        if (token && header) {
          headers[header.content] = token.content;
        }
        fetch('/session/keep-alive', { method: 'POST', headers: headers, credentials: 'same-origin' })
          .then(function (response) {
            if (response.ok) {
              restart();
            } else {
              window.location.assign('/login?timeout');
            }
          });
      });
      banner.appendChild(text);
      banner.appendChild(button);
      document.body.appendChild(banner);
      button.focus();
    };
    var restart = function () {
      hideWarning();
      window.clearTimeout(logoffTimer);
      window.clearTimeout(warningTimer);
      // A minute ahead; with very short timeouts (tests, kiosks) half-way.
      var warnAfter = idleSeconds > 120 ? idleSeconds - 60 : idleSeconds / 2;
      warningTimer = window.setTimeout(showWarning, warnAfter * 1000);
      logoffTimer = window.setTimeout(function () {
        window.location.assign('/login?timeout');
      }, (idleSeconds + 1) * 1000);
    };
    document.addEventListener('htmx:afterRequest', restart);
    restart();
  }

  // Confirmation for destructive forms: <form data-confirm="Are you sure?">.
  document.addEventListener('submit', function (event) {
    var message = event.target.getAttribute && event.target.getAttribute('data-confirm');
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  });

  // File size limit: <input type="file" data-max-bytes="...">. A file over the limit is refused here, next to the
  // field, before minutes of uploading end in an error page; the server checks again.
  document.addEventListener('change', function (event) {
    var input = event.target;
    if (!input.matches || !input.matches('input[type=file][data-max-bytes]')) {
      return;
    }
    var max = parseInt(input.getAttribute('data-max-bytes'), 10);
    var file = input.files && input.files[0];
    var message = '';
    if (file && max > 0 && file.size > max) {
      message = 'The file is ' + (file.size / 1048576).toFixed(1) + ' MB; the most Bulwark keeps is '
        + (max / 1048576).toFixed(0) + ' MB. Choose a smaller file.';
    }
    input.setCustomValidity(message);
    var errorId = input.id + '-error';
    var error = document.getElementById(errorId);
    if (!error && message) {
      error = document.createElement('p');
      error.id = errorId;
      error.className = 'field-error';
      input.parentNode.appendChild(error);
    }
    if (error) {
      error.textContent = message;
      input.closest('.field') && input.closest('.field').classList.toggle('has-error', message !== '');
    }
    if (message) {
      input.reportValidity();
    }
  });

  // Forms marked novalidate still must not send a file refused above.
  document.addEventListener('submit', function (event) {
    var refused = event.target.querySelector && event.target.querySelector('input[type=file][data-max-bytes]');
    if (refused && refused.validationMessage) {
      event.preventDefault();
      refused.focus();
    }
  });

  // Print buttons: <button data-print>. What prints is decided by the print stylesheet.
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('[data-print]');
    if (button) {
      window.print();
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
