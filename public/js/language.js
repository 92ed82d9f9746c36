(function () {
"use strict";
var KEY = "icp-language";
var current = document.documentElement.getAttribute("lang");
var wanted = null;
try { wanted = window.localStorage.getItem(KEY); } catch (e) { /* storage disabled */ }
if (wanted && wanted !== current) {
var links = document.querySelectorAll('link[rel="alternate"][hreflang]');
for (var i = 0; i < links.length; i++) {
if (links[i].getAttribute("hreflang") === wanted) {
window.location.replace(links[i].getAttribute("href") + window.location.search + window.location.hash);
return;
}
}
}
document.addEventListener("click", function (e) {
var link = e.target.closest && e.target.closest("a[data-language]");
if (!link) return;
try { window.localStorage.setItem(KEY, link.getAttribute("data-language")); } catch (err) { /* not remembered */ }
if (window.location.hash) link.setAttribute("href", link.getAttribute("href").split("#")[0] + window.location.hash);
});
})();
