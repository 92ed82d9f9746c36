(function () {
"use strict";
var html = document.documentElement, KEY = "icp-theme", THEMES = ["auto", "light", "dark"];
html.classList.add("js");
function stored() { try { return localStorage.getItem(KEY) || "auto"; } catch (e) { return "auto"; } }
function apply(theme) {
if (theme === "auto") html.removeAttribute("data-theme"); else html.setAttribute("data-theme", theme);
}
apply(stored());
document.addEventListener("DOMContentLoaded", function () {
var $ = function (s) { return document.querySelector(s); }, all = function (s) { return document.querySelectorAll(s); };
var add = function (parent, tag, text) { var el = parent.appendChild(document.createElement(tag)); el.textContent = text; return el; };
var switcher = $(".theme-toggle");
if (switcher) {
var show = function (theme) {
var name = switcher.getAttribute("data-name-" + theme) || theme[0].toUpperCase() + theme.slice(1);
switcher.lastChild.textContent = name;
switcher.setAttribute("aria-label", (switcher.getAttribute("data-label") || "Colour theme: {theme} (change)").replace("{theme}", name));
apply(theme);
};
switcher.hidden = false;
show(stored());
switcher.addEventListener("click", function () {
var next = THEMES[(THEMES.indexOf(stored()) + 1) % 3];
try { localStorage.setItem(KEY, next); } catch (e) { /* private mode: this page only */ }
show(next);
});
}
var toggle = $(".nav-toggle"), sidebar = $("#sidebar"), inline = $(".toc-inline ol");
if (toggle && sidebar) {
if (inline) {
var part = document.createElement("div");
part.className = "nav-page";
add(part, "p", inline.parentNode.querySelector("summary").textContent);
part.appendChild(inline.cloneNode(true));
sidebar.insertBefore(part, sidebar.firstChild);
}
toggle.hidden = false;
var setOpen = function (open) {
sidebar.classList.toggle("open", open);
toggle.setAttribute("aria-expanded", open ? "true" : "false");
};
toggle.addEventListener("click", function () { setOpen(!sidebar.classList.contains("open")); });
sidebar.addEventListener("click", function (e) { if (e.target.closest("a[href^='#']")) setOpen(false); });
document.addEventListener("keydown", function (e) {
if (e.key === "Escape" && sidebar.classList.contains("open")) { setOpen(false); toggle.focus(); }
});
}
var marking = function () {
all(".table-wrap, main pre").forEach(function (box) {
var scrolls = box.scrollWidth > box.clientWidth + 1;
box.classList.toggle("scrolls", scrolls);
if (scrolls) { box.tabIndex = 0; box.setAttribute("role", "region"); box.setAttribute("aria-label", document.body.getAttribute("data-text-scrolls") || "Scrolls sideways"); }
});
};
marking();
window.addEventListener("resize", marking);
all("main pre").forEach(function (pre) {
var box = document.createElement("div");
box.className = "code";
pre.before(box);
box.appendChild(pre);
var copy = document.body.getAttribute("data-text-copy") || "Copy", copied = document.body.getAttribute("data-text-copied") || "Copied";
var button = add(box, "button", copy), done = function () { button.textContent = copied; setTimeout(function () { button.textContent = copy; }, 1500); };
button.className = "copy";
button.type = "button";
button.addEventListener("click", function () {
if (navigator.clipboard) return navigator.clipboard.writeText(pre.innerText).then(done, done);
getSelection().selectAllChildren(pre);
document.execCommand("copy");
done();
});
});
var notes = [];
addEventListener("beforeprint", function () {
var page = $("main article") || $("main"), list = document.createElement("ol");
list.className = "print-notes";
page.querySelectorAll("a[href^='http']").forEach(function (a, i) {
notes.push(add(a, "sup", "[" + (i + 1) + "]"));
add(list, "li", a.href);
});
if (notes.length) notes.push(page.appendChild(list));
});
addEventListener("afterprint", function () { notes.splice(0).forEach(function (n) { n.remove(); }); });
var toc = $(".toc");
if (toc) {
var links = {};
toc.querySelectorAll("a[href^='#']").forEach(function (a) { links[decodeURIComponent(a.getAttribute("href").slice(1))] = a; });
var headings = Array.prototype.filter.call(all("main h2[id], main h3[id]"), function (h) { return links[h.id]; });
var mark = function () {
var current = headings[0];
headings.forEach(function (h) { if (h.getBoundingClientRect().top < innerHeight * 0.35) current = h; });
for (var id in links) links[id].classList.toggle("active", current && id === current.id);
};
var pending = false;
addEventListener("scroll", function () {
if (!pending) { pending = true; requestAnimationFrame(function () { pending = false; mark(); }); }
}, { passive: true });
mark();
}
});
})();
