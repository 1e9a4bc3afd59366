// Directive Tracker: the little behaviour htmx does not give. No dependencies.
(function () {
  "use strict";

  function typing(target) {
    return target.closest("input, textarea, select, [contenteditable]") !== null;
  }

  // Review queue shortcuts: a / e / r / n click the element marked data-key, or focus
  // the field marked data-key-focus. Ignored while typing and with modifier keys.
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    var card = document.querySelector("[data-review]");
    if (!card) return;
    var key = event.key.toLowerCase();
    var focus = card.querySelector('[data-key-focus="' + key + '"]');
    if (focus) { event.preventDefault(); focus.focus(); return; }
    var target = card.querySelector('[data-key="' + key + '"]');
    if (target) { event.preventDefault(); target.click(); }
  });

  // Escape leaves a text field in the review card, so the keys work again.
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && typing(event.target) && event.target.closest("[data-review]")) {
      event.target.blur();
    }
  });

  document.addEventListener("change", function (event) {
    var el = event.target;
    if (el.matches("[data-autosubmit]")) el.form.submit();
    if (el.matches("[data-select-all]")) {
      var name = el.getAttribute("data-select-all");
      el.form.querySelectorAll('input[type=checkbox][name="' + name + '"]').forEach(function (box) {
        box.checked = el.checked;
      });
    }
  });

  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-dismiss]");
    if (button) {
      var target = document.querySelector(button.getAttribute("data-dismiss"));
      if (target) target.innerHTML = "";
    }
  });

  // Filter forms send only the fields that are set, so pushed URLs stay short and
  // readable when bookmarked or shared.
  document.addEventListener("htmx:configRequest", function (event) {
    if (event.detail.verb !== "get" || !event.detail.elt.closest("[data-clean-query]")) return;
    var params = event.detail.parameters;
    Array.from(new Set(Array.from(params.keys ? params.keys() : Object.keys(params)))).forEach(
      function (key) { if (params[key] === "" || params[key] === undefined) delete params[key]; }
    );
  });

  // After a swap, put focus on the first field of a freshly opened inline form.
  document.addEventListener("htmx:afterSwap", function (event) {
    var field = event.detail.target.querySelector && event.detail.target.querySelector(
      "form.inline-edit textarea, form.inline-edit input:not([type=hidden]), form.review-edit textarea"
    );
    if (field) field.focus();
  });
})();
