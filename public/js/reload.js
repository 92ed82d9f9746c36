(function () {
"use strict";
if (!window.EventSource) return;
var overlay = null;
function showError(text) {
if (!overlay) {
overlay = document.createElement("div");
overlay.setAttribute("role", "alert");
overlay.className = "live-reload-error";
overlay.style.position = "fixed";
overlay.style.inset = "0";
overlay.style.zIndex = "10000";
overlay.style.overflow = "auto";
overlay.style.padding = "2rem";
overlay.style.background = "rgba(20, 0, 0, 0.92)";
overlay.style.color = "#fff";
var title = document.createElement("h2");
title.textContent = "The build failed; this page shows the last good build.";
var pre = document.createElement("pre");
pre.style.whiteSpace = "pre-wrap";
overlay.appendChild(title);
overlay.appendChild(pre);
document.body.appendChild(overlay);
}
overlay.querySelector("pre").textContent = text;
}
var script = document.currentScript;
var source = new EventSource(script ? new URL("events", script.src).href : "_live/events");
source.addEventListener("reload", function () { window.location.reload(); });
source.addEventListener("build-error", function (event) { showError(event.data); });
})();
