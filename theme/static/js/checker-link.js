// Points "Check a draft" at the checker when the site is served by `icp serve`, which answers
// healthz; from file:// or plain static hosting the links keep leading to how to start it.
(function () {
  "use strict";
  var probe = document.querySelector("[data-health]");
  if (!probe || !window.fetch || !/^https?:$/.test(window.location.protocol)) return;
  fetch(probe.getAttribute("data-health"), { cache: "no-store" })
    .then(function (response) { return response.ok ? response.text() : ""; })
    .then(function (text) {
      if (text.trim() !== "ok") return;
      var links = document.querySelectorAll("[data-served-href]");
      for (var i = 0; i < links.length; i++) links[i].setAttribute("href", links[i].getAttribute("data-served-href"));
      var served = document.querySelectorAll("[data-when-served]");
      for (var j = 0; j < served.length; j++) served[j].hidden = false;
      var statics = document.querySelectorAll("[data-when-static]");
      for (var k = 0; k < statics.length; k++) statics[k].hidden = true;
    })
    .catch(function () { /* not served by icp serve */ });
})();
