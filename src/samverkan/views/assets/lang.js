/* samverkan: the Swedish/English switch of every page (views, index, resource pages).
 *
 * Every text exists in both languages, as elements of class "sv" and "en"; the class
 * "lang-sv" or "lang-en" of <html> hides one of them (see the page's CSS). The choice is
 * kept in localStorage (Chromium and Firefox allow it for file: pages), so it follows the
 * reader from page to page; an address ending in #lang=en opens a page in English.
 */
(function () {
  "use strict";
  var KEY = "samverkan-lang";
  var root = document.documentElement;
  function current() { return root.classList.contains("lang-en") ? "en" : "sv"; }
  function set(lang) {
    root.classList.remove("lang-sv", "lang-en");
    root.classList.add("lang-" + lang);
    root.setAttribute("lang", lang);
    try { window.localStorage.setItem(KEY, lang); } catch (e) { /* file: may forbid it */ }
    document.dispatchEvent(new CustomEvent("samverkan:lang", { detail: lang }));
  }
  var lang = "sv";
  try { lang = window.localStorage.getItem(KEY) || lang; } catch (e) { /* ignore */ }
  var m = /#lang=(sv|en)$/.exec(window.location.hash);
  if (m) { lang = m[1]; }
  set(lang === "en" ? "en" : "sv");
  var button = document.getElementById("sv-lang");
  if (button) {
    button.addEventListener("click", function () { set(current() === "en" ? "sv" : "en"); });
  }
  window.samverkanLang = { set: set, current: current };
})();
