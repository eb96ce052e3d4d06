/* samverkan query page: examples, parameters, running, table/network/timeline, links.
 * Every string from the data is shown with textContent, never as HTML. The only request
 * the page makes is POST /api/run on the server that served it. */
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('sv-data').textContent);
  var $ = function (id) { return document.getElementById(id); };
  var editor = $('sv-query');
  var state = { ready: false, runs: 0, result: null, example: null, view: 'table', network: null };
  window.samverkan = state;

  var MAX_TABLE_ROWS = 2000;
  var DATE = /^-?\d{4}(-\d{2}(-\d{2})?)?$/;
  var IRI = /^(https?|urn|file|mailto|tag):/;

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }

  function status(text, error) {
    var s = $('sv-status');
    s.textContent = text;
    s.className = error ? 'sv-error' : '';
  }

  // ---------------------------------------------------------------- examples and parameters

  function byName(name) {
    for (var i = 0; i < data.queries.length; i++) {
      if (data.queries[i].name === name) return data.queries[i];
    }
    return null;
  }

  function renderExamples() {
    var nav = $('sv-examples');
    var groups = [['report', 'Reports'], ['construct', 'Constructs'], ['violation', 'Data checks (no rows = pass)']];
    groups.forEach(function (group) {
      var list = el('ul');
      data.queries.forEach(function (q) {
        if (q.kind !== group[0]) return;
        var button = el('button');
        button.type = 'button';
        button.dataset.name = q.name;
        button.title = q.description;
        button.appendChild(document.createTextNode(q.title || q.name));
        button.appendChild(el('small', q.name));
        button.addEventListener('click', function () { selectExample(q.name, {}); });
        var item = el('li');
        item.appendChild(button);
        list.appendChild(item);
      });
      if (list.children.length) {
        nav.appendChild(el('h2', group[1]));
        nav.appendChild(list);
      }
    });
  }

  function selectExample(name, values) {
    var q = byName(name);
    if (!q) return false;
    state.example = name;
    editor.value = q.text;
    $('sv-description').textContent = q.description;
    renderParams(q.params, values || {});
    Array.prototype.forEach.call(document.querySelectorAll('#sv-examples button'), function (b) {
      b.setAttribute('aria-current', b.dataset.name === name ? 'true' : 'false');
    });
    return true;
  }

  function renderParams(params, values) {
    var box = $('sv-params');
    box.textContent = '';
    params.forEach(function (p) {
      var label = el('label');
      label.title = p.description;
      label.appendChild(el('span', '?' + p.name));
      var input;
      if (p.type === 'boolean') {
        input = el('select');
        ['', 'true', 'false'].forEach(function (v) {
          var option = el('option', v || '(unset)');
          option.value = v;
          input.appendChild(option);
        });
      } else {
        input = el('input');
        input.type = p.type === 'integer' || p.type === 'decimal' ? 'number' : 'text';
        if (p.type === 'decimal') input.step = 'any';
        input.placeholder = p.default !== null ? p.default : (p.required ? 'required' : 'optional');
        if (p.type === 'iri') input.size = 40;
      }
      input.dataset.param = p.name;
      var given = values[p.name];
      input.value = given !== undefined ? given : (p.default !== null ? p.default : '');
      label.appendChild(input);
      label.appendChild(el('small', p.type + (p.required ? ', required' : '')));
      box.appendChild(label);
    });
  }

  function paramValues() {
    var values = {};
    Array.prototype.forEach.call(document.querySelectorAll('#sv-params [data-param]'), function (input) {
      if (input.value !== '') values[input.dataset.param] = input.value;
    });
    return values;
  }

  // ---------------------------------------------------------------- links

  function linkFor() {
    var params = new URLSearchParams();
    if (state.example && byName(state.example) && byName(state.example).text === editor.value) {
      params.set('example', state.example);
    } else {
      params.set('query', editor.value);
    }
    var values = paramValues();
    Object.keys(values).sort().forEach(function (k) { params.set('p.' + k, values[k]); });
    return params.toString();
  }

  function updateLink() {
    var fragment = linkFor();
    history.replaceState(null, '', '#' + fragment);
    $('sv-link').value = location.href;
  }

  function fromFragment() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ''));
    var values = {};
    params.forEach(function (v, k) { if (k.indexOf('p.') === 0) values[k.slice(2)] = v; });
    var example = params.get('example');
    var query = params.get('query');
    if (example && selectExample(example, values)) return true;
    if (query === null) return false;
    state.example = null;
    editor.value = query;
    renderParams(Object.keys(values).map(function (k) {
      return { name: k, type: 'string', default: null, required: false, description: '' };
    }), values);
    return true;
  }

  // ---------------------------------------------------------------- running

  function run() {
    status('running…');
    var body = JSON.stringify({ query: editor.value, params: paramValues() });
    updateLink();
    return fetch('/api/run', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: body
    }).then(function (response) {
      return response.json().then(function (payload) { return [response.ok, payload]; });
    }).then(function (answer) {
      state.runs += 1;
      if (!answer[0]) {
        state.result = null;
        $('sv-table').textContent = '';
        status(answer[1].error || 'the query failed', true);
        return;
      }
      state.result = answer[1];
      status(answer[1].rows.length + (answer[1].rows.length === 1 ? ' row' : ' rows'));
      render(answer[1]);
    }).catch(function (error) {
      state.runs += 1;
      status('the server did not answer: ' + error, true);
    });
  }

  // ---------------------------------------------------------------- result shapes

  function labelColumn(columns, name) {
    var suffixes = ['Label', 'Title', 'Name'];
    for (var i = 0; i < suffixes.length; i++) {
      var index = columns.indexOf(name + suffixes[i]);
      if (index >= 0) return index;
    }
    return -1;
  }

  function shape(result) {
    var cols = result.columns;
    var iri = [], dates = [], labels = {}, hidden = {};
    cols.forEach(function (name, i) {
      var values = result.rows.map(function (r) { return r[i]; }).filter(function (v) { return v !== null; });
      if (!values.length) return;
      if (values.every(function (v) { return typeof v === 'string' && IRI.test(v); })) iri.push(i);
      else if (values.every(function (v) { return typeof v === 'string' && DATE.test(v); })) dates.push(i);
    });
    iri.forEach(function (i) {
      var l = labelColumn(cols, cols[i]);
      if (l >= 0) {
        labels[i] = l;
        if (cols[l] === cols[i] + 'Label') hidden[l] = true;
      }
    });
    return { iri: iri, dates: dates, labels: labels, hidden: hidden };
  }

  function short(iri) {
    var m = /[#/]([^#/]+)\/?$/.exec(iri);
    return m ? m[1] : iri;
  }

  function labelOf(row, s, i) {
    var l = s.labels[i];
    return (l !== undefined && row[l]) ? row[l] : short(row[i]);
  }

  // ---------------------------------------------------------------- views

  function render(result) {
    var s = shape(result);
    state.shape = s;
    renderTable(result, s);
    var tabs = document.querySelectorAll('#sv-tabs button');
    tabs[1].disabled = s.iri.length < 2;
    tabs[2].disabled = s.dates.length < 1;
    var view = state.view;
    if ((view === 'network' && tabs[1].disabled) || (view === 'timeline' && tabs[2].disabled)) view = 'table';
    show(view);
  }

  function describe(iri) {
    state.example = null;
    editor.value = 'SELECT ?property ?value WHERE {\n  <' + iri + '> ?property ?value\n}\nORDER BY ?property';
    $('sv-description').textContent = '';
    renderParams([], {});
    run();
  }

  function renderTable(result, s) {
    var box = $('sv-table');
    box.textContent = '';
    if (!result.rows.length) {
      box.appendChild(el('p', 'No rows.'));
      return;
    }
    var table = el('table');
    var head = el('tr');
    result.columns.forEach(function (name, i) {
      if (!s.hidden[i]) head.appendChild(el('th', name));
    });
    var thead = el('thead');
    thead.appendChild(head);
    table.appendChild(thead);
    var tbody = el('tbody');
    result.rows.slice(0, MAX_TABLE_ROWS).forEach(function (row) {
      var tr = el('tr');
      row.forEach(function (value, i) {
        if (s.hidden[i]) return;
        var td = el('td');
        if (value !== null && s.iri.indexOf(i) >= 0) {
          var l = s.labels[i];
          if (l !== undefined && row[l] !== null && s.hidden[l]) td.appendChild(el('span', row[l], 'sv-label'));
          var button = el('button', value, 'sv-iri');
          button.type = 'button';
          button.title = 'What the graph says about it';
          button.addEventListener('click', function () { describe(value); });
          td.appendChild(button);
        } else if (value !== null) {
          td.textContent = String(value);
        }
        tr.appendChild(td);
      });
      tbody.appendChild(tr);
    });
    table.appendChild(tbody);
    box.appendChild(table);
    if (result.rows.length > MAX_TABLE_ROWS) {
      box.appendChild(el('p', 'The first ' + MAX_TABLE_ROWS + ' of ' + result.rows.length + ' rows are shown.'));
    }
  }

  function show(view) {
    state.view = view;
    Array.prototype.forEach.call(document.querySelectorAll('#sv-tabs button'), function (b) {
      b.setAttribute('aria-selected', b.dataset.view === view ? 'true' : 'false');
    });
    $('sv-table').hidden = view !== 'table';
    $('sv-graph').hidden = view === 'table';
    if (state.network) { state.network.destroy(); state.network = null; }
    if (view === 'network') drawNetwork(state.result, state.shape);
    if (view === 'timeline') drawTimeline(state.result, state.shape);
  }

  function drawNetwork(result, s) {
    var a = s.iri[0], b = s.iri[1];
    var predicate = result.columns.indexOf('predicate');
    var nodes = {}, edges = [];
    result.rows.forEach(function (row) {
      if (row[a] === null || row[b] === null) return;
      [a, b].forEach(function (i) {
        if (!nodes[row[i]]) nodes[row[i]] = { id: row[i], label: labelOf(row, s, i), group: i === a ? 'a' : 'b' };
      });
      var edge = { from: row[a], to: row[b] };
      if (predicate >= 0 && predicate !== a && predicate !== b && row[predicate] !== null) {
        edge.label = labelOf(row, s, predicate);
      }
      edges.push(edge);
    });
    var list = Object.keys(nodes).sort().map(function (k) { return nodes[k]; });
    state.network = new vis.Network($('sv-graph'), {
      nodes: new vis.DataSet(list), edges: new vis.DataSet(edges)
    }, {
      nodes: { shape: 'dot', size: 9, font: { size: 13 } },
      edges: { arrows: { to: { enabled: true, scaleFactor: 0.5 } }, color: { color: '#999' }, font: { size: 10 } },
      groups: { a: { color: '#1f77b4' }, b: { color: '#ff7f0e' } },
      physics: { stabilization: { iterations: 300 } },
      layout: { randomSeed: 7 }
    });
    state.drawn = { view: 'network', nodes: list.length, edges: edges.length };
  }

  function yearOf(text) {
    var parts = text.split('-');
    var negative = text[0] === '-';
    if (negative) parts = parts.slice(1);
    var year = parseInt(parts[0], 10) * (negative ? -1 : 1);
    var month = parts.length > 1 ? parseInt(parts[1], 10) - 1 : 0;
    var day = parts.length > 2 ? parseInt(parts[2], 10) - 1 : 0;
    return year + month / 12 + day / 365;
  }

  function span(date) {
    var parts = date.replace(/^-/, '').split('-').length;
    return parts === 1 ? 1 : (parts === 2 ? 1 / 12 : 1 / 365);
  }

  function drawTimeline(result, s) {
    var start = s.dates[0], end = s.dates.length > 1 ? s.dates[1] : -1;
    var name = s.iri.length ? s.iri[0] : -1;
    var seen = {}, items = [];
    result.rows.forEach(function (row) {
      if (row[start] === null && (end < 0 || row[end] === null)) return;
      var label = name >= 0 && row[name] !== null ? labelOf(row, s, name) : String(row[0]);
      var from = row[start] !== null ? row[start] : row[end];
      var to = end >= 0 && row[end] !== null ? row[end] : null;
      var key = label + '\u0000' + from + '\u0000' + to;
      if (seen[key]) return;
      seen[key] = true;
      items.push({ label: label, from: from, to: to });
    });
    items.sort(function (x, y) { return yearOf(x.from) - yearOf(y.from) || (x.label < y.label ? -1 : 1); });
    var PX = 160, ROW = 40, nodes = [], edges = [];
    var first = Infinity, last = -Infinity;
    items.forEach(function (item) {
      first = Math.min(first, Math.floor(yearOf(item.from)));
      last = Math.max(last, Math.ceil(yearOf(item.to || item.from) + 0.001));
    });
    items.forEach(function (item, i) {
      // every item is a bar with its label above: from the start of its first period to the
      // end of its last (a year, a month or a day, as precise as the data)
      var y = i * ROW;
      var until = item.to || item.from;
      var x0 = (yearOf(item.from) - first) * PX;
      var x1 = Math.max((yearOf(until) + span(until) - first) * PX, x0 + 6);
      var label = item.label + ' (' + item.from + (item.to ? ' – ' + item.to : '') + ')';
      var colour = item.to ? '#8fb8de' : '#f5b971';
      nodes.push({ id: 's' + i, x: x0, y: y, shape: 'dot', size: 2, color: colour });
      nodes.push({ id: 'e' + i, x: x1, y: y, shape: 'dot', size: 2, color: colour });
      edges.push({ from: 's' + i, to: 'e' + i, width: 8, color: { color: colour }, label: label, font: { align: 'top', size: 12 } });
    });
    for (var year = first; year <= last; year++) {
      nodes.push({ id: 'y' + year, x: (year - first) * PX, y: -2 * ROW, shape: 'text', label: String(year), font: { size: 14, color: '#555' } });
    }
    state.network = new vis.Network($('sv-graph'), {
      nodes: new vis.DataSet(nodes), edges: new vis.DataSet(edges)
    }, {
      physics: false, interaction: { dragNodes: false }, edges: { smooth: false }
    });
    state.drawn = { view: 'timeline', items: items.length, first: first, last: last };
  }

  // ---------------------------------------------------------------- start

  $('sv-prefixes').textContent = Object.keys(data.prefixes).sort().map(function (p) { return p + ':'; }).join(' ');
  $('sv-endpoint').textContent = location.origin + '/query';
  renderExamples();
  $('sv-run').addEventListener('click', run);
  editor.addEventListener('input', function () {
    // text that no longer opens with the example's title is a query of the user's own
    var q = state.example && byName(state.example);
    if (q && editor.value.split('\n')[0] !== q.text.split('\n')[0]) {
      state.example = null;
      $('sv-description').textContent = '';
      renderParams([], {});
      Array.prototype.forEach.call(document.querySelectorAll('#sv-examples button'), function (b) {
        b.setAttribute('aria-current', 'false');
      });
    }
  });
  editor.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run();
    }
  });
  Array.prototype.forEach.call(document.querySelectorAll('#sv-tabs button'), function (b) {
    b.addEventListener('click', function () { if (!b.disabled) show(b.dataset.view); });
  });
  window.addEventListener('hashchange', function () { if (fromFragment()) run(); });
  if (fromFragment()) {
    run();
  } else {
    selectExample(data.start, {});
  }
  state.ready = true;
}());
