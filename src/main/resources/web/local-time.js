// Adds the reader's local time beside each UTC time on the page. Served as a file because the
// pages' Content-Security-Policy allows no inline script; without it the UTC times stand alone.
(function () {
  'use strict';
  function addLocalTimes() {
    var times = document.querySelectorAll('time.utc[datetime]');
    for (var i = 0; i < times.length; i++) {
      var at = new Date(times[i].getAttribute('datetime'));
      if (isNaN(at.getTime())) {
        continue;
      }
      var local = document.createElement('span');
      local.className = 'local-time';
      local.textContent = ' (' + at.toLocaleString() + ' local)';
      times[i].parentNode.insertBefore(local, times[i].nextSibling);
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', addLocalTimes);
  } else {
    addLocalTimes();
  }
})();
