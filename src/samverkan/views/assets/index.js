/* samverkan index: sort the measure table by a column (text only, no innerHTML). */
(function () {
  "use strict";
  var table = document.getElementById("sv-measures");
  if (!table) { return; }
  var heads = table.tHead.rows[0].cells;
  Array.prototype.forEach.call(heads, function (th, column) {
    th.querySelector("button").addEventListener("click", function () {
      var descending = th.getAttribute("aria-sort") !== "descending";
      Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", descending ? "descending" : "ascending");
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = a.cells[column], y = b.cells[column];
        var nx = x.dataset.sort, ny = y.dataset.sort, r;
        if (nx !== undefined && ny !== undefined) {
          r = Number(nx) - Number(ny);
        } else if (nx !== undefined || ny !== undefined) {
          r = nx !== undefined ? 1 : -1;
        } else {
          r = x.textContent.localeCompare(y.textContent, "sv");
        }
        return descending ? -r : r;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
})();
