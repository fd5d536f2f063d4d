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

  // sessionStorage may be switched off (private modes, policies): then nothing is kept, nothing breaks.
  var remember = function (key, value) {
    try {
      window.sessionStorage.setItem(key, value);
    } catch (ignored) {
      // Not kept.
    }
  };
  var recall = function (key) {
    try {
      return window.sessionStorage.getItem(key);
    } catch (ignored) {
      return null;
    }
  };
  var forget = function (key) {
    try {
      window.sessionStorage.removeItem(key);
    } catch (ignored) {
      // Nothing kept.
    }
  };
  var forgetAll = function () {
    try {
      Object.keys(window.sessionStorage).forEach(function (key) {
        if (key.indexOf('bulwark.') === 0) {
          window.sessionStorage.removeItem(key);
        }
      });
    } catch (ignored) {
      // Nothing kept.
    }
  };

  // Automatic logoff, on screen too: when the session's idle time has passed, leave the page so that
  // nothing stays visible on an unattended screen. A minute before, a banner offers to stay signed in.
  // Any page load, htmx request or typing restarts the clock: typing sends a keep-alive at most once a
  // minute (or every quarter of the idle time), so the server's idle timer restarts with it.
  var idleSeconds = parseInt(document.body.getAttribute('data-idle-seconds') || '', 10);
  var keepAlive = function () {
    var headers = {};
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      headers[header.content] = token.content;
    }
    return fetch('/session/keep-alive', { method: 'POST', headers: headers, credentials: 'same-origin' });
  };
  var signedOut = function () {
    remember('bulwark.returnTo', window.location.pathname + window.location.search + window.location.hash);
    window.location.assign('/login?timeout');
  };
  if (idleSeconds > 0) {
    var logoffTimer;
    var warningTimer;
    var banner = null;
    var lastKeepAlive = Date.now();
    var keepAliveEvery = Math.max(5, Math.min(60, idleSeconds / 4)) * 1000;
    var hideWarning = function () {
      if (banner) {
        banner.remove();
        banner = null;
      }
    };
    var typing = function () {
      var active = document.activeElement;
      return active && active !== document.body
        && (active.matches('input, textarea, select') || active.isContentEditable);
    };
    var showWarning = function () {
      banner = document.createElement('div');
      banner.className = 'idle-warning';
      banner.setAttribute('role', 'alertdialog');
      banner.setAttribute('aria-live', 'assertive');
      banner.setAttribute('aria-label', 'Automatic sign-out');
      var text = document.createElement('p');
      text.textContent = 'For your protection you will be signed out in about a minute because nothing happened here.'
        + ' Typing counts too; what you have not saved is kept in this tab until you sign in again.';
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'button primary';
      button.textContent = 'Stay signed in';
      button.addEventListener('click', function () {
        keepAlive().then(function (response) {
          if (response.ok) {
            restart();
          } else {
            signedOut();
          }
        });
      });
      banner.appendChild(text);
      banner.appendChild(button);
      document.body.appendChild(banner);
      // Never take the keyboard from someone typing: the banner is announced, the focus stays.
      if (!typing()) {
        button.focus();
      }
    };
    var restart = function () {
      hideWarning();
      window.clearTimeout(logoffTimer);
      window.clearTimeout(warningTimer);
      // A minute ahead; with very short timeouts (tests, kiosks) half-way.
      var warnAfter = idleSeconds > 120 ? idleSeconds - 60 : idleSeconds / 2;
      warningTimer = window.setTimeout(showWarning, warnAfter * 1000);
      logoffTimer = window.setTimeout(signedOut, (idleSeconds + 1) * 1000);
    };
    var activity = function () {
      if (Date.now() - lastKeepAlive < keepAliveEvery) {
        if (banner) {
          // The warning is up: the server's clock is close to its end, so tell it now.
          lastKeepAlive = 0;
        } else {
          return;
        }
      }
      lastKeepAlive = Date.now();
      keepAlive().then(function (response) {
        if (response.ok) {
          restart();
        }
      });
    };
    document.addEventListener('input', activity);
    document.addEventListener('htmx:afterRequest', function () {
      lastKeepAlive = Date.now();
      restart();
    });
    restart();
  }

  // A save refused by the server (the assessment was signed off in another tab, a record was removed,
  // the role changed) is said on screen, next to what was being saved: never a silent failure.
  document.addEventListener('htmx:responseError', function (event) {
    var form = event.detail.elt && event.detail.elt.closest ? (event.detail.elt.closest('form') || event.detail.elt) : null;
    if (!form) {
      return;
    }
    var reason = '';
    try {
      var page = new DOMParser().parseFromString(event.detail.xhr.responseText, 'text/html');
      var heading = page.querySelector('main h1');
      var detail = page.querySelector('main h1 + p');
      reason = (heading ? heading.textContent.trim() + ': ' : '') + (detail ? detail.textContent.trim() : '');
    } catch (ignored) {
      reason = '';
    }
    var note = form.querySelector(':scope > .save-refused');
    if (!note) {
      note = document.createElement('p');
      note.className = 'flash flash-error save-refused';
      note.setAttribute('role', 'alert');
      form.insertBefore(note, form.firstChild);
    }
    note.textContent = 'Not saved. ' + (reason || 'The server refused the change; reload the page to see why.')
      + ' What you typed is still here and kept in this tab.';
  });
  document.addEventListener('htmx:sendError', function (event) {
    var form = event.detail.elt && event.detail.elt.closest ? event.detail.elt.closest('form') : null;
    if (form) {
      var note = document.createElement('p');
      note.className = 'flash flash-error save-refused';
      note.setAttribute('role', 'alert');
      note.textContent = 'Not saved: Bulwark could not be reached. Check the connection and save again.';
      form.insertBefore(note, form.firstChild);
    }
  });

  // Keyboard focus after an htmx save: htmx keeps it on an element with the same id; when the
  // focused element is gone, the saved question's heading takes it, never the top of the page.
  // After an outerHTML swap the event's target is the element that was replaced: find what replaced it
  // (by its id, or the form posting to the same address).
  var swappedRoot = function (event) {
    var target = event.detail.target;
    if (target && target.isConnected) {
      return target;
    }
    if (target && target.id && document.getElementById(target.id)) {
      return document.getElementById(target.id);
    }
    var form = event.detail.requestConfig && event.detail.requestConfig.elt;
    var action = form && form.getAttribute && form.getAttribute('action');
    if (action) {
      var again = Array.prototype.find.call(document.querySelectorAll('form'), function (candidate) {
        return candidate.getAttribute('action') === action;
      });
      return again ? (again.closest('article, section') || again) : null;
    }
    return null;
  };
  document.addEventListener('htmx:afterSettle', function (event) {
    var target = swappedRoot(event);
    if (target && (document.activeElement === document.body || document.activeElement === null)) {
      var heading = target.querySelector('[data-focus-after-save]') || target.querySelector('h2, h3');
      if (heading) {
        if (!heading.hasAttribute('tabindex')) {
          heading.setAttribute('tabindex', '-1');
        }
        heading.focus({ preventScroll: true });
      }
    }
  });

  // Answers are saved as they are chosen: <form data-save-on-change> posts itself (through htmx) when a
  // choice in it changes. Text is saved with the form's button; until then it is kept as a draft.
  document.addEventListener('change', function (event) {
    var field = event.target;
    var form = field.form;
    if (form && form.hasAttribute('data-save-on-change') && field.matches('input[type=radio], input[type=checkbox], select')
        && window.htmx) {
      window.htmx.trigger(form, 'submit');
    }
  });

  // A page with choices not saved yet warns before it is left: <form data-warn-unsaved>.
  var dirtyForms = new Set();
  document.addEventListener('change', function (event) {
    var form = event.target.form;
    if (form && form.hasAttribute('data-warn-unsaved')) {
      dirtyForms.add(form);
    }
  });
  document.addEventListener('submit', function (event) {
    dirtyForms.delete(event.target);
  });
  window.addEventListener('beforeunload', function (event) {
    var unsaved = false;
    dirtyForms.forEach(function (form) {
      if (form.isConnected) {
        unsaved = true;
      }
    });
    if (unsaved) {
      event.preventDefault();
      event.returnValue = '';
    }
  });

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

  // A date the browser could not read (typed 31/12/2025 where it expects another order, or half typed)
  // would be sent as an empty field and quietly ignored: say so next to the field and send nothing.
  var DATE_MESSAGE = 'Enter a real date between 1900 and 2199, for example 2026-03-31, or pick it from the calendar.';
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.querySelectorAll) {
      return;
    }
    var first = null;
    form.querySelectorAll('input[type=date]').forEach(function (input) {
      var errorId = input.id + '-error';
      var error = document.getElementById(errorId);
      var field = input.closest('.field');
      if (input.validity && input.validity.badInput) {
        if (!error) {
          error = document.createElement('p');
          error.id = errorId;
          error.className = 'field-error';
          (field || input.parentNode).appendChild(error);
        }
        error.textContent = DATE_MESSAGE;
        input.setAttribute('aria-invalid', 'true');
        if (field) {
          field.classList.add('has-error');
        }
        first = first || input;
      }
    });
    if (first) {
      event.preventDefault();
      event.stopImmediatePropagation();
      first.focus();
    }
  }, true);

  // Phones: the menu button shows and hides the navigation.
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('.menu-button');
    if (!button) {
      return;
    }
    var nav = document.getElementById(button.getAttribute('aria-controls'));
    if (nav) {
      var open = nav.classList.toggle('open');
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
      if (open) {
        var first = nav.querySelector('a');
        if (first) {
          first.focus();
        }
      }
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

  // Fields only one choice needs: <div data-show-for="VALUE OTHER:box"> inside <... data-show-scope> is shown
  // when the scope's checked radio has one of the values ("OTHER:box": that value and the scope's checkbox whose
  // name ends in ".box" or is "box" ticked). Without script every field is shown; the server ignores what the
  // choice does not use.
  var showChosen = function (scope) {
    var radio = scope.querySelector('input[type=radio]:checked');
    var value = radio ? radio.value : '';
    scope.querySelectorAll('[data-show-for]').forEach(function (part) {
      var shown = part.getAttribute('data-show-for').split(/\s+/).some(function (token) {
        var pieces = token.split(':');
        if (pieces[0] !== value) {
          return false;
        }
        if (pieces.length < 2) {
          return true;
        }
        var box = Array.prototype.find.call(scope.querySelectorAll('input[type=checkbox]'), function (candidate) {
          return candidate.name === pieces[1] || candidate.name.slice(-(pieces[1].length + 1)) === '.' + pieces[1];
        });
        return !!(box && box.checked);
      });
      // A field with an error stays in view whatever is chosen: the person must see it.
      part.hidden = !shown && !part.querySelector('.has-error');
    });
  };
  document.querySelectorAll('[data-show-scope]').forEach(showChosen);
  document.addEventListener('change', function (event) {
    var scope = event.target.closest && event.target.closest('[data-show-scope]');
    if (scope) {
      showChosen(scope);
    }
  });
  document.addEventListener('htmx:afterSettle', function (event) {
    var root = swappedRoot(event);
    if (root) {
      if (root.matches('[data-show-scope]')) {
        showChosen(root);
      }
      root.querySelectorAll('[data-show-scope]').forEach(showChosen);
    }
  });

  // ---------------------------------------------------------------- unsaved text survives a sign-out
  // What a person types into a form is copied to this tab's sessionStorage (never to the server, gone
  // when the tab closes), keyed by the person, the page, the form and the field. After an automatic
  // sign-out and a new sign-in on the same tab, Bulwark returns to the page and puts the text back.
  // Drafts are dropped once a save succeeded (the next page shows no error) or when the person
  // signs out on purpose. Passwords, codes, hidden fields and files are never copied.
  var user = document.body.getAttribute('data-user');
  var draftPrefix = 'bulwark.draft|';
  var kept = function (element) {
    if (!element.form || !element.name || element.closest('[data-no-draft]')) {
      return false;
    }
    if (element.tagName === 'TEXTAREA') {
      return true;
    }
    return element.tagName === 'INPUT'
      && /^(text|email|url|tel|search|number|date)$/.test(element.type)
      && !/code|token|password|secret/i.test(element.name + ' ' + (element.autocomplete || ''));
  };
  var draftKey = function (element) {
    return draftPrefix + user + '|' + window.location.pathname + '|' + (element.form.getAttribute('action') || '')
      + '|' + (element.id || element.name);
  };
  var showRestored = function (element, key) {
    var note = document.createElement('p');
    note.className = 'hint draft-restored';
    note.setAttribute('role', 'status');
    note.textContent = 'Restored what you had typed here but not saved yet. Save it, or ';
    var discard = document.createElement('button');
    discard.type = 'button';
    discard.className = 'link-button';
    discard.textContent = 'discard it';
    discard.addEventListener('click', function () {
      element.value = element.defaultValue;
      forget(key);
      note.remove();
      element.focus();
    });
    note.appendChild(discard);
    note.appendChild(document.createTextNode('.'));
    element.insertAdjacentElement('afterend', note);
  };
  var restoreDrafts = function (root) {
    if (!user) {
      return;
    }
    root.querySelectorAll('textarea, input').forEach(function (element) {
      if (!kept(element) || element.disabled || element.readOnly) {
        return;
      }
      var key = draftKey(element);
      var draft = recall(key);
      if (draft === null) {
        return;
      }
      if (draft === element.value) {
        forget(key);
        return;
      }
      element.value = draft;
      element.setAttribute('data-draft-restored', 'true');
      showRestored(element, key);
      if (element.closest('details')) {
        element.closest('details').open = true;
      }
    });
  };
  document.addEventListener('input', function (event) {
    if (user && kept(event.target)) {
      remember(draftKey(event.target), event.target.value);
    }
  });
  var submittedKeys = function (form) {
    var keys = [];
    form.querySelectorAll('textarea, input').forEach(function (element) {
      if (kept(element)) {
        keys.push(draftKey(element));
      }
    });
    return keys;
  };
  var pageHasErrors = function (root) {
    return root.querySelector('.field-error, .flash-error, .has-error') !== null;
  };
  // A full-page form post: the next page (after the redirect) decides whether it was saved.
  document.addEventListener('submit', function (event) {
    if (user && !event.defaultPrevented && !event.target.hasAttribute('hx-post')) {
      remember('bulwark.submitted', JSON.stringify(submittedKeys(event.target)));
    }
    if (event.target.id === 'logout-form') {
      forgetAll();
    }
  });
  // An htmx save: the answer that came back says whether it was saved.
  document.addEventListener('htmx:afterSettle', function (event) {
    var target = swappedRoot(event);
    if (!user || !target || !event.detail.successful) {
      return;
    }
    var form = event.detail.requestConfig && event.detail.requestConfig.elt;
    var saved = !pageHasErrors(target);
    if (saved && form && form.tagName === 'FORM') {
      Object.keys(sessionStorage).forEach(function (key) {
        if (key.indexOf(draftPrefix + user + '|' + window.location.pathname + '|' + form.getAttribute('action') + '|') === 0) {
          forget(key);
        }
      });
    }
    restoreDrafts(target);
  });
  if (user) {
    var submitted = recall('bulwark.submitted');
    if (submitted !== null) {
      forget('bulwark.submitted');
      if (!pageHasErrors(document)) {
        try {
          JSON.parse(submitted).forEach(forget);
        } catch (ignored) {
          // Nothing to clear.
        }
      }
    }
    // Drafts of another person who used this tab are not theirs to see.
    Object.keys(sessionStorage).forEach(function (key) {
      if (key.indexOf(draftPrefix) === 0 && key.indexOf(draftPrefix + user + '|') !== 0) {
        forget(key);
      }
    });
    var returnTo = recall('bulwark.returnTo');
    forget('bulwark.returnTo');
    if (returnTo && window.location.pathname === '/' && /^\/[^/\\]/.test(returnTo) && returnTo.indexOf('/login') !== 0) {
      window.location.replace(returnTo);
      return;
    }
    restoreDrafts(document);
  } else if (document.querySelector('form[action$="/login"]') && recall('bulwark.returnTo') === null) {
    // Sent to sign in by the server (the session had already ended): come back to where the person was.
    if (document.referrer && document.referrer.indexOf(window.location.origin + '/') === 0) {
      var from = document.referrer.substring(window.location.origin.length);
      if (!/^\/(login|mfa|setup|invite)/.test(from) && from !== '/') {
        remember('bulwark.returnTo', from);
      }
    }
  }
})();
