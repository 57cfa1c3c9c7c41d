/**
 * The pages' inline script, plain DOM code: the filters and the id search hide cases; the case named
 * by the address's `#id` is shown and highlighted whatever the filters say; Copy buttons copy the
 * text of the element they name. Without it every case shows and the commands stay selectable.
 */
export const PAGE_SCRIPT = String.raw`
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var count = document.getElementById("shown-count");
  var cases = Array.prototype.slice.call(document.querySelectorAll("article.case"));

  function pinned() {
    var id = "";
    try { id = decodeURIComponent(location.hash.slice(1)); } catch (error) { id = location.hash.slice(1); }
    var element = id ? document.getElementById(id) : null;
    return element && element.classList.contains("case") ? element : null;
  }

  function field(name) {
    var element = form ? form.elements.namedItem(name) : null;
    return element ? String(element.value).trim() : "";
  }

  function apply() {
    var status = field("status"), requirement = field("requirement"), operation = field("operation"), feature = field("feature");
    var search = field("search").toLowerCase();
    var pin = pinned();
    var shown = 0;
    cases.forEach(function (element) {
      var data = element.dataset;
      var matches = (!status || data.status === status) &&
        (!requirement || (data.requirements || "").split(" ").indexOf(requirement) >= 0) &&
        (!operation || data.operation === operation) &&
        (!feature || data.feature === feature) &&
        (!search || element.id.toLowerCase().indexOf(search) >= 0);
      var show = matches || element === pin;
      element.hidden = !show;
      element.classList.toggle("pinned", element === pin);
      if (show) shown += 1;
    });
    if (count) count.textContent = shown + " of " + cases.length + " cases shown";
  }

  function showPinned() {
    apply();
    var pin = pinned();
    document.documentElement.style.scrollPaddingTop = form && getComputedStyle(form).position === "sticky" ? form.offsetHeight + 8 + "px" : ""; if (pin) { pin.scrollIntoView({ block: "start" }); pin.focus({ preventScroll: true }); }
  }

  function copied(button, ok) {
    var label = button.textContent;
    button.textContent = ok ? "Copied" : "Select and copy";
    setTimeout(function () { button.textContent = label; }, 1500);
  }

  function copyByHand(element, button) {
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (error) { ok = false; }
    copied(button, ok);
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("button[data-copy]") : null;
    if (!button) return;
    var element = document.getElementById(button.getAttribute("data-copy"));
    if (!element) return;
    var text = element.textContent;
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () { copied(button, true); }, function () { copyByHand(element, button); });
    } else {
      copyByHand(element, button);
    }
  });

  if (form) {
    form.addEventListener("input", apply);
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.addEventListener("reset", function () { setTimeout(apply, 0); });
  }
  window.addEventListener("hashchange", showPinned);
  showPinned();
})();
`;
