(function () {
"use strict";
var form = document.getElementById("checker-form");
if (!form) return;
var type = document.getElementById("f-entity-type");
function showFieldsFor() {
var chosen = type ? type.value : "";
var fields = form.querySelectorAll("[data-applies-to]");
for (var i = 0; i < fields.length; i++) {
var applies = fields[i].getAttribute("data-applies-to").split(" ");
fields[i].hidden = chosen !== "" && applies.indexOf(chosen) < 0;
}
}
if (type) {
type.addEventListener("change", showFieldsFor);
showFieldsFor();
}
var file = document.querySelector("[data-draft-file]");
var text = document.getElementById("draft-text");
if (file && text && window.FileReader) {
file.addEventListener("change", function () {
if (!file.files || !file.files[0]) return;
if (file.files[0].size > 65536) { text.value = ""; alert("The draft file is larger than 64 KiB."); return; }
var reader = new FileReader();
reader.onload = function () { text.value = String(reader.result); text.form.requestSubmit ? text.form.requestSubmit(text.form.querySelector("button[value=load]")) : text.form.submit(); };
reader.readAsText(file.files[0]);
});
}
var api = document.querySelectorAll("[data-api-address]");
for (var j = 0; j < api.length; j++) api[j].textContent = new URL(api[j].textContent, window.location.href).href;
var summary = document.getElementById("error-summary");
if (summary && !window.location.hash) summary.focus();
})();
