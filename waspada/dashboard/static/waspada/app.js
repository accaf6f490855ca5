// Waspada's only script: keeps a report form's typed text on the device until it is sent, and
// submits selects marked data-autosubmit. Everything works without it.
(function () {
  "use strict";

  document.querySelectorAll("select[data-autosubmit]").forEach(function (select) {
    select.addEventListener("change", function () { select.form.submit(); });
  });

  var form = document.querySelector("form[data-draft-key]");
  if (!form || !window.localStorage) { return; }
  var key = "waspada-draft:" + form.getAttribute("data-draft-key");
  var skip = { csrfmiddlewaretoken: true };

  function fields() {
    return Array.prototype.filter.call(form.elements, function (el) {
      return el.name && !skip[el.name] && el.type !== "submit" && el.type !== "file";
    });
  }
  function save() {
    var data = {};
    fields().forEach(function (el) { data[el.name] = el.value; });
    try { localStorage.setItem(key, JSON.stringify(data)); } catch (e) { /* storage full: nothing to do */ }
  }
  var hasErrors = form.querySelector(".error") !== null;
  var stored = null;
  try { stored = JSON.parse(localStorage.getItem(key) || "null"); } catch (e) { stored = null; }
  // After a refused submission the server's echo is fresher than the draft; otherwise restore the draft,
  // including its idempotency key, so that resending what may already have arrived cannot duplicate it.
  if (stored && !hasErrors) {
    var restored = false;
    fields().forEach(function (el) {
      if (Object.prototype.hasOwnProperty.call(stored, el.name) && el.tagName !== "SELECT" && stored[el.name]) {
        el.value = stored[el.name];
        restored = true;
      }
    });
    if (restored) {
      var note = document.createElement("p");
      note.className = "draft-note";
      note.textContent = form.getAttribute("data-draft-restored") || "Draf yang belum terkirim dipulihkan dari perangkat ini.";
      form.insertBefore(note, form.firstChild);
    }
  }
  form.addEventListener("input", save);
  form.addEventListener("change", save);
})();

(function () {
  "use strict";
  // "Use my location" fills the point fields from the phone's GPS, when the browser allows it.
  var button = document.querySelector("[data-geolocate]");
  if (!button || !navigator.geolocation) { return; }
  button.hidden = false;
  button.addEventListener("click", function () {
    navigator.geolocation.getCurrentPosition(function (position) {
      document.getElementById("id_latitude").value = position.coords.latitude.toFixed(6);
      document.getElementById("id_longitude").value = position.coords.longitude.toFixed(6);
    });
  });
})();

(function () {
  "use strict";
  // On a page that confirms a saved report, the draft it came from is no longer needed.
  var saved = document.querySelector("[data-clear-draft]");
  if (saved && window.localStorage) {
    localStorage.removeItem("waspada-draft:" + saved.getAttribute("data-clear-draft"));
  }
})();
