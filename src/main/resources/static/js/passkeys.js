// Passkeys (WebAuthn) for Bulwark: registration on the account page and sign-in as the second factor.
// Talks to Spring Security's WebAuthn endpoints; the CSRF token comes from the page's meta tags.
(function () {
  'use strict';

  function b64urlToBuffer(value) {
    var base64 = value.replace(/-/g, '+').replace(/_/g, '/');
    var binary = window.atob(base64);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) {
      bytes[i] = binary.charCodeAt(i);
    }
    return bytes.buffer;
  }

  function bufferToB64url(buffer) {
    var bytes = new Uint8Array(buffer);
    var binary = '';
    for (var i = 0; i < bytes.length; i++) {
      binary += String.fromCharCode(bytes[i]);
    }
    return window.btoa(binary).replace(/=/g, '').replace(/\+/g, '-').replace(/\//g, '_');
  }

  function headers() {
    var result = { 'Content-Type': 'application/json' };
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      result[header.content] = token.content;
    }
    return result;
  }

  function post(url, body) {
    return fetch(url, { method: 'POST', headers: headers(), body: body ? JSON.stringify(body) : undefined,
      credentials: 'same-origin' });
  }

  function showError(message) {
    var box = document.getElementById('passkey-error');
    if (box) {
      box.textContent = message;
      box.hidden = false;
    }
  }

  function clearError() {
    var box = document.getElementById('passkey-error');
    if (box) {
      box.hidden = true;
      box.textContent = '';
    }
  }

  async function register() {
    clearError();
    var labelInput = document.getElementById('passkey-label');
    var label = labelInput && labelInput.value.trim();
    if (!label) {
      showError('Give the passkey a name first, e.g. "Office laptop".');
      if (labelInput) { labelInput.focus(); }
      return;
    }
    if (!window.PublicKeyCredential) {
      showError('This browser does not support passkeys.');
      return;
    }
    try {
      var optionsResponse = await post('/webauthn/register/options');
      if (!optionsResponse.ok) { throw new Error('options ' + optionsResponse.status); }
      var options = await optionsResponse.json();
      options.user.id = b64urlToBuffer(options.user.id);
      options.challenge = b64urlToBuffer(options.challenge);
      options.excludeCredentials = (options.excludeCredentials || []).map(function (c) {
        return Object.assign({}, c, { id: b64urlToBuffer(c.id) });
      });
      var credential = await navigator.credentials.create({ publicKey: options });
      var response = credential.response;
      var body = { publicKey: { label: label, credential: {
        id: credential.id,
        rawId: bufferToB64url(credential.rawId),
        response: {
          attestationObject: bufferToB64url(response.attestationObject),
          clientDataJSON: bufferToB64url(response.clientDataJSON),
          transports: response.getTransports ? response.getTransports() : []
        },
        type: credential.type,
        clientExtensionResults: credential.getClientExtensionResults(),
        authenticatorAttachment: credential.authenticatorAttachment
      } } };
      var result = await post('/webauthn/register', body);
      var json = result.ok ? await result.json() : null;
      if (!json || !json.success) { throw new Error('register ' + result.status); }
      // A fresh query string: assigning the current URL (same fragment) would not reload the page.
      window.location.assign('/account?passkeyAdded=' + Date.now() + '#passkeys');
    } catch (error) {
      var reason = 'Try again, or use another device.';
      if (error && error.name === 'InvalidStateError') {
        reason = 'This device already has a passkey for your account.';
      } else if (error && error.name === 'NotAllowedError') {
        reason = 'The request was cancelled or timed out.';
      }
      showError('The passkey was not added. ' + reason);
    }
  }

  async function authenticate() {
    clearError();
    try {
      var optionsResponse = await post('/webauthn/authenticate/options');
      if (!optionsResponse.ok) { throw new Error('options ' + optionsResponse.status); }
      var options = await optionsResponse.json();
      options.challenge = b64urlToBuffer(options.challenge);
      options.allowCredentials = (options.allowCredentials || []).map(function (c) {
        return Object.assign({}, c, { id: b64urlToBuffer(c.id) });
      });
      var credential = await navigator.credentials.get({ publicKey: options });
      var response = credential.response;
      var body = {
        id: credential.id,
        rawId: bufferToB64url(credential.rawId),
        response: {
          authenticatorData: bufferToB64url(response.authenticatorData),
          clientDataJSON: bufferToB64url(response.clientDataJSON),
          signature: bufferToB64url(response.signature),
          userHandle: response.userHandle ? bufferToB64url(response.userHandle) : undefined
        },
        credType: credential.type,
        clientExtensionResults: credential.getClientExtensionResults(),
        authenticatorAttachment: credential.authenticatorAttachment
      };
      var result = await post('/login/webauthn', body);
      var json = result.ok ? await result.json() : null;
      if (!json || !json.authenticated) { throw new Error('login ' + result.status); }
      window.location.assign(json.redirectUrl || '/');
    } catch (error) {
      showError('The passkey did not work. Use your authenticator code instead, or try again.');
    }
  }

  document.addEventListener('click', function (event) {
    if (event.target.closest('[data-passkey-register]')) {
      register();
    } else if (event.target.closest('[data-passkey-authenticate]')) {
      authenticate();
    }
  });
})();
