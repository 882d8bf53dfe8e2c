/* On a phone the top bar's navigation folds behind a Menu button (without JavaScript it
   wraps onto more lines instead), and a table wider than the screen scrolls inside its own
   box rather than the whole page; a map opens on its middle. */
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("main table:not(.stack):not(.cases-table)").forEach(function (table) {
      if (table.parentElement && table.parentElement.classList.contains("table-scroll")) return;
      var box = document.createElement("div");
      box.className = "table-scroll";
      table.parentNode.insertBefore(box, table);
      box.appendChild(table);
    });
    // On a phone the case filters fold behind a button that says how many are active, so
    // the results are on the first screen.
    var filters = document.querySelector("form.filter-grid");
    if (filters && window.matchMedia("(max-width: 760px)").matches && !document.querySelector(".filter-errors")) {
      var active = document.querySelectorAll(".applied .chip").length;
      var fold = document.createElement("details");
      fold.className = "filters-fold";
      var summary = document.createElement("summary");
      summary.className = "button";
      summary.textContent = active ? "Filters (" + active + " active)" : "Filters";
      fold.appendChild(summary);
      filters.parentNode.insertBefore(fold, filters);
      fold.appendChild(filters);
    }
    // A map wider than the phone opens on its middle, where the routes are.
    document.querySelectorAll(".map-scroll").forEach(function (box) {
      box.scrollLeft = (box.scrollWidth - box.clientWidth) / 2;
    });
    var bar = document.querySelector(".topbar");
    var nav = bar && bar.querySelector("nav");
    if (!nav) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "menu-toggle";
    button.textContent = "Menu";
    button.setAttribute("aria-expanded", "false");
    nav.id = nav.id || "main-nav";
    button.setAttribute("aria-controls", nav.id);
    bar.insertBefore(button, nav);
    bar.classList.add("collapsible");
    button.addEventListener("click", function () {
      var open = bar.classList.toggle("open");
      button.setAttribute("aria-expanded", open ? "true" : "false");
    });
  });
})();
