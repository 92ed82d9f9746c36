// Progressive enhancements: the page works without this file.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  // The sidebar folds away behind a Menu button on narrow screens.
  var toggle = document.querySelector(".nav-toggle");
  var sidebar = document.getElementById("sidebar");
  if (toggle && sidebar) {
    toggle.hidden = false;
    var setOpen = function (open) {
      sidebar.classList.toggle("open", open);
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
    };
    toggle.addEventListener("click", function () { setOpen(!sidebar.classList.contains("open")); });
    document.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && sidebar.classList.contains("open")) { setOpen(false); toggle.focus(); }
    });
  }

  // The table of contents marks the section being read.
  var toc = document.querySelector(".toc");
  if (toc) {
    var links = {};
    toc.querySelectorAll("a[href^='#']").forEach(function (a) { links[decodeURIComponent(a.getAttribute("href").slice(1))] = a; });
    var headings = Array.prototype.filter.call(document.querySelectorAll("main h2[id], main h3[id]"), function (h) { return links[h.id]; });
    var mark = function () {
      var current = null;
      for (var i = 0; i < headings.length; i++) {
        if (headings[i].getBoundingClientRect().top < window.innerHeight * 0.35) current = headings[i];
        else break;
      }
      if (!current) current = headings[0];
      Object.keys(links).forEach(function (id) { links[id].classList.toggle("active", current && id === current.id); });
    };
    var pending = false;
    window.addEventListener("scroll", function () {
      if (pending) return;
      pending = true;
      window.requestAnimationFrame(function () { pending = false; mark(); });
    }, { passive: true });
    mark();
  }
})();
