/* The article page follows its article's processing (queued, fetched, extracted) by
   itself: it asks the server every two seconds while the article is being worked on, shows
   the state as it changes, and reloads once it is done, so its proposals appear. */
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var badge = document.getElementById("article-state");
    if (!badge || !badge.getAttribute("data-progress")) return;
    var url = badge.getAttribute("data-progress"), status = badge.getAttribute("data-status");
    var tries = 0;
    function poll() {
      tries += 1;
      fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
        .then(function (r) { return r.json(); })
        .then(function (data) {
          if (data.status !== status) {
            status = data.status;
            badge.textContent = data.label;
            badge.className = "badge badge-" + data.status;
          }
          if (!data.working) { window.location.reload(); return; }
          if (tries < 300) setTimeout(poll, 2000);  // ten minutes, then a reload is the editor's
        })
        .catch(function () { if (tries < 300) setTimeout(poll, 5000); });
    }
    setTimeout(poll, 1500);
  });
})();
