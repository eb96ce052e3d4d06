/* samverkan views: draws the network embedded as JSON in #sv-data with vis-network.
 *
 * Safety rule: every string that comes from the data reaches the page through
 * textContent (or a canvas label, which is text). Nothing here writes innerHTML, and every
 * tooltip is an Element built from text nodes, which vis-network appends as is.
 */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("sv-data").textContent);

  /* A municipality's view keeps its measures in a script beside it (data.measuresFile,
   * which sets window.svMeasures): each node's size and the measure rows of its tooltip,
   * put in before the last row (the IRI). Without that file the page says so. */
  var measuresMissing = false;
  if (data.measuresFile) {
    var beside = window.svMeasures;
    if (beside && beside.sizes && beside.rows) {
      data.nodes.forEach(function (n) {
        var key = String(n.id);
        if (typeof beside.sizes[key] === "number") { n.size = beside.sizes[key]; }
        var rows = beside.rows[key];
        if (rows && rows.length && n.tip && n.tip.rows) {
          var at = Math.max(n.tip.rows.length - 1, 0);
          Array.prototype.splice.apply(n.tip.rows, [at, 0].concat(rows));
        }
      });
    } else {
      measuresMissing = true;
    }
  }

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

  /* The interface's language (set by lang.js) and the English of an interface text. */
  function lang() {
    return document.documentElement.classList.contains("lang-en") ? "en" : "sv";
  }
  function tr(s) {
    return lang() === "en" && data.en && data.en[s] !== undefined ? data.en[s] : s;
  }
  function named(item) {
    return lang() === "en" && item.label_en ? item.label_en : item.label;
  }

  /* A tooltip Element from {heading, rows: [[key, value, value_en?]], quotes}. */
  function tooltip(tip) {
    var box = el("div", "sv-tip");
    box.appendChild(el("div", "sv-tip-heading", tip.heading));
    var rows = tip.rows || [];
    if (rows.length) {
      var table = el("table", "sv-tip-rows");
      rows.forEach(function (row) {
        var line = el("tr");
        line.appendChild(el("th", null, tr(row[0])));
        line.appendChild(el("td", null, lang() === "en" && row.length > 2 ? row[2] : tr(row[1])));
        table.appendChild(line);
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
      if (item.label !== undefined && item.sv_label === undefined) {
        copy.sv_label = item.label;
        copy.fullLabel = lang() === "en" && item.label_en ? item.label_en : item.label;
        copy.label = copy.fullLabel;
      }
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
  if (measuresMissing) {
    var note = el("p", null);
    note.id = "sv-measures-missing";
    note.appendChild(el("span", "sv", "Måtten (nodernas storlek, mått i rutorna) läses ur filen " +
      data.measuresFile + " bredvid sidan, och den saknas: nätverket visas utan dem."));
    note.appendChild(el("span", "en", "The measures (node sizes, measures in the tooltips) " +
      "are read from the file " + data.measuresFile + " beside this page, which is missing: " +
      "the network is shown without them."));
    document.getElementById("sv-subtitle").insertAdjacentElement("afterend", note);
  }

  function fillSelect(select, options) {
    options.forEach(function (opt) {
      var o = el("option", null, opt[1]);
      o.value = opt[0];
      select.appendChild(o);
    });
  }
  function sectorName(opt) {
    var found = null;
    data.legend.sectors.forEach(function (s) { if (s.key === opt[0]) { found = s; } });
    return found && lang() === "en" && found.label_en ? found.label_en : opt[1];
  }
  fillSelect(sectorSelect, data.filters.sectors);
  fillSelect(municipalitySelect, data.filters.municipalities.map(function (m) { return [m, m]; }));

  /* Legend: sectors (colour), actor types (shape), relation kinds (line). */
  function buildLegend() {
    var legend = document.getElementById("sv-legend");
    legend.textContent = "";
    legend.appendChild(el("h2", null, tr("Teckenförklaring")));
    function section(heading, entries, draw) {
      if (!entries.length) { return; }
      legend.appendChild(el("h3", null, tr(heading)));
      var list = el("ul");
      entries.forEach(function (entry) {
        var li = el("li");
        li.appendChild(draw(entry));
        li.appendChild(el("span", "sv-legend-label", named(entry)));
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
      legend.appendChild(el("p", "sv-legend-note", tr("Storlek: ") + tr(data.sizeBy)));
    }
  }

  function visible(node) {
    var sector = sectorSelect.value;
    var municipality = municipalitySelect.value;
    return (!sector || node.sector === sector) &&
      (!municipality || node.municipality === municipality ||
        (node.municipalities || []).indexOf(municipality) !== -1);
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
    if (typeof declutter === "function" && network.getScale) { declutter(); }
    var shown = nodeUpdates.length - Object.keys(hidden).length;
    status.textContent = shown + tr(" av ") + nodeUpdates.length + tr(" aktörer visas");
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
      var button = el("button", "sv-result", n.fullLabel || n.label);
      button.type = "button";
      button.addEventListener("click", function () { focus(n.id); });
      li.appendChild(button);
      results.appendChild(li);
    });
    if (!found.length) { results.appendChild(el("li", "sv-none", tr("Ingen träff"))); }
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
    declutter();
  }

  function step(delta) {
    var index = data.years.indexOf(current.year) + delta;
    if (index >= 0 && index < data.years.length) { showYear(data.years[index]); }
  }

  /* Labels that would collide are hidden (greedy, larger nodes first) and come back on
   * zoom or hover. Labels keep one size on screen whatever the zoom, so zooming in makes
   * room for more of them. The boxes are computed from the positions, the node sizes and
   * the label font (as vis-network draws a label under a node of these shapes). */
  var BASE_FONT = (data.options.nodes && data.options.nodes.font && data.options.nodes.font.size) || 14;
  var FACE = (data.options.nodes && data.options.nodes.font && data.options.nodes.font.face) || "sans-serif";
  var measure = document.createElement("canvas").getContext("2d");
  var hovered = null;

  function labelBoxes(items, scale) {
    var fs = BASE_FONT / scale;
    measure.font = fs + "px " + FACE;
    var ids = items.map(function (n) { return n.id; });
    var pos = network.getPositions(ids);
    return items.map(function (n) {
      var p = pos[n.id] || { x: n.x || 0, y: n.y || 0 };
      var w = measure.measureText(n.fullLabel || "").width + 6 / scale;
      var top = p.y + (n.size || 10) + 2 / scale;
      return { id: n.id, x0: p.x - w / 2, x1: p.x + w / 2, y0: top - 2 / scale, y1: top + fs * 1.3 };
    });
  }

  function declutter() {
    var scale = network.getScale() || 1;
    var items = nodes.get().map(function (n) {
      if (n.fullLabel === undefined) { n.fullLabel = n.label; }
      return n;
    });
    var shown = items.filter(function (n) { return !n.hidden; });
    shown.sort(function (a, b) {
      return (b.size || 0) - (a.size || 0) || String(a.id).localeCompare(String(b.id));
    });
    var boxes = labelBoxes(shown, scale);
    var kept = [], keep = {};
    boxes.forEach(function (b) {
      var clash = kept.some(function (k) {
        return b.x0 < k.x1 && k.x0 < b.x1 && b.y0 < k.y1 && k.y0 < b.y1;
      });
      if (!clash || b.id === hovered) { kept.push(b); keep[b.id] = true; }
    });
    var fs = BASE_FONT / scale;
    nodes.update(items.map(function (n) {
      return { id: n.id, fullLabel: n.fullLabel, label: keep[n.id] ? n.fullLabel : "",
               font: { size: fs } };
    }));
  }

  var zoomTimer = null;
  network.on("zoom", function () {
    if (zoomTimer) { window.clearTimeout(zoomTimer); }
    zoomTimer = window.setTimeout(declutter, 60);
  });

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
    if (n && !n.label && n.fullLabel) {
      hovered = n.id;
      nodes.update({ id: n.id, label: n.fullLabel });
    }
  });
  network.on("blurNode", function () {
    container.style.cursor = "default";
    if (hovered !== null) { hovered = null; declutter(); }
  });

  /* The language switch (lang.js) changes every label, tooltip, legend and control. */
  function relabel() {
    nodes.update(nodes.get().map(function (n) {
      var name = lang() === "en" && n.label_en ? n.label_en : (n.sv_label || n.label);
      return { id: n.id, title: tooltip(n.tip), fullLabel: name, label: name };
    }));
    edges.update(edges.get().map(function (e) { return { id: e.id, title: tooltip(e.tip) }; }));
    buildLegend();
    Array.prototype.forEach.call(sectorSelect.options, function (o, i) {
      if (i === 0) { return; }
      o.textContent = sectorName([o.value, o.getAttribute("data-sv") || o.textContent]);
    });
    [sectorSelect.options[0], municipalitySelect.options[0]].forEach(function (o) {
      if (!o.getAttribute("data-sv")) { o.setAttribute("data-sv", o.textContent); }
      o.textContent = lang() === "en" ? o.getAttribute("data-en") : o.getAttribute("data-sv");
    });
    searchBox.placeholder = tr("aktör, t.ex. Malmö");
    applyFilters();
    if (searchBox.value) { search(searchBox.value); }
  }
  Array.prototype.forEach.call(sectorSelect.options, function (o) {
    o.setAttribute("data-sv", o.textContent);
  });
  document.addEventListener("samverkan:lang", function () {
    if (window.samverkan && window.samverkan.ready) { relabel(); }
  });

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
      if (data.years.length) { showYear(data.startYear || data.years[0]); }
    } else {
      applyFilters();
    }
    fitView();
    window.samverkan.ready = true;
    if (lang() === "en") { relabel(); }
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
    declutter: declutter,
    ready: false
  };
  if (physics && nodes.length) {
    network.once("stabilizationIterationsDone", finish);
  } else {
    finish();
  }
})();
