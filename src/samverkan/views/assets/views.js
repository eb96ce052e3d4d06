/* samverkan views: draws the network embedded as JSON in #sv-data with vis-network.
 *
 * Safety rule: every string that comes from the data reaches the page through
 * textContent (or a canvas label, which is text). Nothing here writes innerHTML, and every
 * tooltip is an Element built from text nodes, which vis-network appends as is.
 */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("sv-data").textContent);

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  /* Search key: case and accents folded (\u201coar\u201d finds \u201c\u00d6ar\u201d). */
  function norm(s) {
    return String(s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .toLocaleLowerCase("sv-SE");
  }

  /* A tooltip Element from {heading, rows: [[key, value]], quotes: [{document, quote}]}. */
  function tooltip(tip) {
    var box = el("div", "sv-tip");
    box.appendChild(el("div", "sv-tip-heading", tip.heading));
    var rows = tip.rows || [];
    if (rows.length) {
      var table = el("table", "sv-tip-rows");
      rows.forEach(function (row) {
        var tr = el("tr");
        tr.appendChild(el("th", null, row[0]));
        tr.appendChild(el("td", null, row[1]));
        table.appendChild(tr);
      });
      box.appendChild(table);
    }
    (tip.quotes || []).forEach(function (q) {
      var quote = el("blockquote", "sv-tip-quote", "\u201d" + q.quote + "\u201d");
      quote.appendChild(el("cite", null, q.document));
      box.appendChild(quote);
    });
    return box;
  }

  function prepare(items) {
    return items.map(function (item) {
      var copy = Object.assign({}, item);
      copy.title = tooltip(item.tip);
      return copy;
    });
  }

  var physics = Boolean(data.options.physics && data.options.physics.enabled);

  /* Without positions from Python (very large graphs), seeded physics lays out every node
   * of every year once, and is then switched off. */
  function union() {
    var seenNodes = {}, seenEdges = {}, outNodes = [], outEdges = [];
    data.snapshots.forEach(function (s) {
      s.nodes.forEach(function (n) {
        if (!seenNodes[n.id]) { seenNodes[n.id] = true; outNodes.push(n); }
      });
      s.edges.forEach(function (e) {
        var key = e.from + "\u0000" + e.to;
        if (!seenEdges[key]) {
          seenEdges[key] = true;
          outEdges.push(Object.assign({}, e, { id: "u" + outEdges.length }));
        }
      });
    });
    return [outNodes, outEdges];
  }

  var first = data.kind === "timeline"
    ? (physics ? union() : [[], []])
    : [data.nodes, data.edges];
  var nodes = new vis.DataSet(prepare(first[0]));
  var edges = new vis.DataSet(prepare(first[1]));
  var container = document.getElementById("sv-network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);

  var sectorSelect = document.getElementById("sv-sector");
  var municipalitySelect = document.getElementById("sv-municipality");
  var searchBox = document.getElementById("sv-search");
  var results = document.getElementById("sv-results");
  var status = document.getElementById("sv-status");

  function fillSelect(select, options) {
    options.forEach(function (opt) {
      var o = el("option", null, opt[1]);
      o.value = opt[0];
      select.appendChild(o);
    });
  }
  fillSelect(sectorSelect, data.filters.sectors);
  fillSelect(municipalitySelect, data.filters.municipalities.map(function (m) { return [m, m]; }));

  /* Legend: sectors (colour), actor types (shape), relation kinds (line). */
  function buildLegend() {
    var legend = document.getElementById("sv-legend");
    legend.textContent = "";
    legend.appendChild(el("h2", null, "Teckenförklaring"));
    function section(heading, entries, draw) {
      if (!entries.length) { return; }
      legend.appendChild(el("h3", null, heading));
      var list = el("ul");
      entries.forEach(function (entry) {
        var li = el("li");
        li.appendChild(draw(entry));
        li.appendChild(el("span", "sv-legend-label", entry.label));
        list.appendChild(li);
      });
      legend.appendChild(list);
    }
    section("Sektor (färg)", data.legend.sectors, function (s) {
      var sw = el("span", "sv-swatch");
      sw.style.backgroundColor = s.color;
      return sw;
    });
    section("Aktörstyp (form)", data.legend.types, function (t) {
      return el("span", "sv-glyph", t.glyph);
    });
    section("Relation (linje)", data.legend.edges, function (k) {
      var line = el("span", "sv-line");
      line.style.borderTopColor = k.color;
      line.style.borderTopStyle = k.dashes ? "dashed" : "solid";
      return line;
    });
    if (data.sizeBy) {
      legend.appendChild(el("p", "sv-legend-note", "Storlek: " + data.sizeBy));
    }
  }

  function visible(node) {
    var sector = sectorSelect.value;
    var municipality = municipalitySelect.value;
    return (!sector || node.sector === sector) &&
      (!municipality || node.municipality === municipality);
  }

  function applyFilters() {
    var hidden = {};
    var nodeUpdates = nodes.get().map(function (n) {
      var h = !visible(n);
      if (h) { hidden[n.id] = true; }
      return { id: n.id, hidden: h };
    });
    nodes.update(nodeUpdates);
    edges.update(edges.get().map(function (e) {
      return { id: e.id, hidden: Boolean(hidden[e.from] || hidden[e.to]) };
    }));
    var shown = nodeUpdates.length - Object.keys(hidden).length;
    status.textContent = shown + " av " + nodeUpdates.length + " aktörer visas";
  }

  function search(query) {
    var q = norm(query).trim();
    results.textContent = "";
    if (!q) { network.unselectAll(); return []; }
    var found = nodes.get({
      filter: function (n) {
        return (n.search || []).some(function (s) { return norm(s).indexOf(q) !== -1; });
      }
    });
    found.slice(0, 25).forEach(function (n) {
      var li = el("li");
      var button = el("button", "sv-result", n.label);
      button.type = "button";
      button.addEventListener("click", function () { focus(n.id); });
      li.appendChild(button);
      results.appendChild(li);
    });
    if (!found.length) { results.appendChild(el("li", "sv-none", "Ingen träff")); }
    var ids = found.map(function (n) { return n.id; });
    network.selectNodes(ids.filter(function (id) { return !nodes.get(id).hidden; }));
    return ids;
  }

  function focus(id) {
    network.selectNodes([id]);
    network.focus(id, { scale: 1.2, animation: false });
  }

  var current = { year: null };

  function load(nodeItems, edgeItems) {
    nodes.clear();
    edges.clear();
    nodes.add(prepare(nodeItems));
    edges.add(prepare(edgeItems));
    applyFilters();
    if (searchBox.value) { search(searchBox.value); }
  }

  function showYear(year) {
    var snapshot = null;
    data.snapshots.forEach(function (s) { if (s.year === year) { snapshot = s; } });
    if (!snapshot) { return false; }
    current.year = year;
    load(snapshot.nodes, snapshot.edges);
    var index = data.years.indexOf(year);
    document.getElementById("sv-year").value = String(index);
    document.getElementById("sv-year-label").textContent = String(year);
    fitView();
    return true;
  }

  function fitView() {
    network.fit({ animation: false });
    if (network.getScale() > 1.2) { network.moveTo({ scale: 1.2, animation: false }); }
  }

  function step(delta) {
    var index = data.years.indexOf(current.year) + delta;
    if (index >= 0 && index < data.years.length) { showYear(data.years[index]); }
  }

  /* A click on a node opens its page; on a tie, the page of its first end with a page
   * (where the tie's facts, reasons and quotes are listed). */
  function pageOf(params) {
    if (params.nodes && params.nodes.length) {
      var n = nodes.get(params.nodes[0]);
      return n && n.page ? n.page : null;
    }
    if (params.edges && params.edges.length) {
      var e = edges.get(params.edges[0]);
      if (!e) { return null; }
      var a = nodes.get(e.from), b = nodes.get(e.to);
      if (a && a.page) { return a.page + "#derived"; }
      if (b && b.page) { return b.page + "#derived"; }
    }
    return null;
  }
  network.on("click", function (params) {
    var target = pageOf(params);
    if (target) { window.location.href = target; }
  });
  network.on("hoverNode", function (params) {
    var n = nodes.get(params.node);
    container.style.cursor = n && n.page ? "pointer" : "default";
  });
  network.on("blurNode", function () { container.style.cursor = "default"; });

  buildLegend();
  sectorSelect.addEventListener("change", applyFilters);
  municipalitySelect.addEventListener("change", applyFilters);
  searchBox.addEventListener("input", function () { search(searchBox.value); });
  searchBox.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      var ids = search(searchBox.value);
      if (ids.length) { focus(ids[0]); }
    }
  });

  function finish() {
    if (physics) {
      var positions = network.getPositions();
      network.setOptions({ physics: { enabled: false } });
      (data.snapshots || []).forEach(function (snapshot) {
        snapshot.nodes.forEach(function (n) {
          if (positions[n.id]) { n.x = positions[n.id].x; n.y = positions[n.id].y; }
        });
      });
    }
    if (data.kind === "timeline") {
      var slider = document.getElementById("sv-year");
      document.getElementById("sv-timeline").hidden = false;
      slider.max = String(Math.max(data.years.length - 1, 0));
      slider.addEventListener("input", function () {
        showYear(data.years[Number(slider.value)]);
      });
      document.getElementById("sv-prev").addEventListener("click", function () { step(-1); });
      document.getElementById("sv-next").addEventListener("click", function () { step(1); });
      if (data.years.length) { showYear(data.years[0]); }
    } else {
      applyFilters();
    }
    fitView();
    window.samverkan.ready = true;
  }

  window.samverkan = {
    network: network,
    nodes: nodes,
    edges: edges,
    data: data,
    search: search,
    focus: focus,
    showYear: showYear,
    applyFilters: applyFilters,
    ready: false
  };
  if (physics && nodes.length) {
    network.once("stabilizationIterationsDone", finish);
  } else {
    finish();
  }
})();
