// Set-up page: preselect the browser's own time zone in the time-zone list, when the list offers it.
// The server's zone is preselected without JavaScript; the person can always choose another one.
(function () {
  'use strict';
  var select = document.querySelector('select[data-preselect-browser-zone]');
  if (!select || typeof Intl === 'undefined' || !Intl.DateTimeFormat) {
    return;
  }
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!zone) {
    return;
  }
  for (var i = 0; i < select.options.length; i++) {
    if (select.options[i].value === zone) {
      select.value = zone;
      return;
    }
  }
})();
