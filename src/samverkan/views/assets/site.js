/* samverkan resource pages: the measure panel, filled from the file beside the pages.
 *
 * A page's measures (betweenness, closeness ...) move with any change of the network, so
 * they are not written in the page: the panel's script element loads the file of its
 * measures (site/measures/XX.js, written by every build), which sets window.svMeasures to
 * {terms: {measure: [sv, en, meaning sv, meaning en]}, rows: {key: [[measure, sv, en,
 * link]]}}. Every text reaches the page through textContent; nothing writes innerHTML.
 */
(function () {
  "use strict";
  var panel = document.getElementById("measures");
  if (!panel) { return; }
  var data = window.svMeasures;
  var rows = data && data.rows && data.rows[panel.getAttribute("data-key")];
  var root = panel.getAttribute("data-root") || "";

  /* Swedish and English, one shown at a time by the language switch (lang.js). */
  function bi(parent, sv, en) {
    if (!en || en === sv) {
      parent.appendChild(document.createTextNode(sv));
      return parent;
    }
    [["sv", sv], ["en", en]].forEach(function (pair) {
      var span = document.createElement("span");
      span.className = pair[0];
      span.textContent = pair[1];
      parent.appendChild(span);
    });
    return parent;
  }

  if (!rows) {
    var file = panel.getAttribute("data-file");
    var note = document.createElement("p");
    note.id = "sv-measures-missing";
    bi(note, "Måtten läses ur filen " + file + " i webbplatsens mapp, och den saknas.",
       "The measures are read from the file " + file + " of the site's folder, which is " +
       "missing.");
    panel.appendChild(note);
    return;
  }
  var table = panel.querySelector("table");
  rows.forEach(function (row) {
    var term = data.terms[row[0]] || [row[0], row[0], "", ""];
    var tr = document.createElement("tr");
    tr.appendChild(bi(document.createElement("th"), term[0], term[1]));
    var value = document.createElement("td");
    if (row[3]) {
      var link = document.createElement("a");
      link.setAttribute("href", root + row[3]);
      value.appendChild(bi(link, row[1], row[2]));
    } else {
      bi(value, row[1], row[2]);
    }
    tr.appendChild(value);
    tr.appendChild(bi(document.createElement("td"), term[2], term[3]));
    table.appendChild(tr);
  });
})();
