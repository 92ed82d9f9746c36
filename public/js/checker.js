// Enhances the checker form served by `icp serve` at /check; the form works without it.
// Keeps the draft in this browser's local storage, so a reload or a new visit restores it.
(function () {
  "use strict";
  var form = document.getElementById("checker-form");
  if (!form || !window.localStorage) return;
  var key = "icp-checker-draft";

  function save() {
    var entries = [];
    var data = new FormData(form);
    data.forEach(function (value, name) { if (typeof value === "string") entries.push([name, value]); });
    try { localStorage.setItem(key, JSON.stringify(entries)); } catch (e) { /* storage full or disabled */ }
  }

  function isEmpty() {
    var fields = form.querySelectorAll("input[type=text]");
    for (var i = 0; i < fields.length; i++) if (fields[i].value !== "") return false;
    return true;
  }

  function restore() {
    var saved;
    try { saved = JSON.parse(localStorage.getItem(key) || "[]"); } catch (e) { return; }
    if (!Array.isArray(saved)) return;
    saved.forEach(function (entry) {
      if (!Array.isArray(entry) || entry.length !== 2) return;
      var fields = form.querySelectorAll("[name]");
      for (var i = 0; i < fields.length; i++) {
        var field = fields[i];
        if (field.name !== entry[0]) continue;
        if (field.type === "checkbox") { if (field.value === entry[1]) field.checked = true; }
        else field.value = entry[1];
      }
    });
  }

  if (isEmpty()) restore();
  form.addEventListener("input", save);
  form.addEventListener("change", save);

  var clear = document.createElement("button");
  clear.type = "button";
  clear.textContent = "Clear the saved draft";
  clear.addEventListener("click", function () {
    localStorage.removeItem(key);
    window.location.href = "/check";
  });
  var actions = form.querySelector(".checker-actions");
  if (actions) actions.appendChild(clear);
})();
