/* dateline timeline page: reads the JSON block, draws one mark per item on a time axis, filters, zooms.
   Plain DOM and SVG, no framework, nothing fetched. Text from the data is only ever set as textContent. */
(function () {
  'use strict';

  var SVG = 'http://www.w3.org/2000/svg';
  var DAY = 86400000;
  var PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#17becf',
    '#bcbd22', '#393b79', '#ad494a', '#637939'];
  var NO_EVENT = '#8a949b';
  var LANE = 14;        // px per lane of marks
  var TOP = 30;         // px above the first lane, for the tick labels
  var PAD = 28;         // px left and right of the data
  var MAX_LANES = 160;  // beyond this, marks overlap instead of growing the page without end
  var MIN_TICK = 84;    // px between tick labels at least (an ISO date is about 70 px)

  var data = JSON.parse(document.getElementById('timeline-data').textContent);
  var items = data.items;
  var wrap = document.getElementById('axis-wrap');
  var axis = document.getElementById('axis');
  var undatedWrap = document.getElementById('undated-wrap');
  var undatedSvg = document.getElementById('undated');
  var panel = document.getElementById('detail');
  var tip = document.getElementById('tip');
  var countEl = document.getElementById('count');

  var colours = {};
  var paletteIndex = 0;
  data.categories.forEach(function (name) {
    colours[name] = name ? PALETTE[paletteIndex++ % PALETTE.length] : NO_EVENT;
  });

  var state = { actor: '', event: '', lang: '', from: '', to: '', off: {} };
  var zoom = 1;
  var selected = null;

  items.forEach(function (it, i) {
    it.index = i;
    it.category = it.event.length ? it.event[0] : '';
    it.r = Math.min(5 * Math.sqrt(Math.max(it.n_sources, 1)), 20);  // area grows with the number of sources
    if (it.range) {
      it.t0 = Date.parse(it.range[0]);
      it.t1 = Date.parse(it.range[1]) + DAY;
      it.t = (it.t0 + it.t1) / 2;
    }
  });
  var dated = items.filter(function (it) { return it.range; }).sort(function (a, b) { return a.t - b.t; });
  var undated = items.filter(function (it) { return !it.range; });
  var tMin = Math.min.apply(null, dated.map(function (it) { return it.t0; }).concat([Infinity]));
  var tMax = Math.max.apply(null, dated.map(function (it) { return it.t1; }).concat([-Infinity]));
  if (!dated.length) { tMin = Date.UTC(2000, 0, 1); tMax = tMin + DAY; }
  var spanMs = Math.max(tMax - tMin, DAY);

  function el(name, attrs, text, ns) {
    var node = ns ? document.createElementNS(SVG, name) : document.createElement(name);
    Object.keys(attrs || {}).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  /* ---- marks ---- */
  var ticksGroup = el('g', { 'class': 'ticks' }, null, true);
  var spansGroup = el('g', {}, null, true);
  var marksGroup = el('g', {}, null, true);
  axis.appendChild(ticksGroup);
  axis.appendChild(spansGroup);
  axis.appendChild(marksGroup);

  items.forEach(function (it) {
    var circle = el('circle', {
      'class': 'mark', r: it.r, fill: colours[it.category] || NO_EVENT, tabindex: '0', 'data-index': it.index,
      'aria-label': it.date + ': ' + it.text
    }, null, true);
    it.mark = circle;
    if (it.range && it.t1 - it.t0 > DAY) {
      it.bar = el('line', { 'class': 'span', stroke: colours[it.category] || NO_EVENT }, null, true);
      spansGroup.appendChild(it.bar);
    }
    (it.range ? marksGroup : undatedSvg).appendChild(circle);
  });

  /* ---- scale and layout ---- */
  function plotWidth() { return Math.round(Math.max(wrap.clientWidth - 2, 320) * zoom); }
  function xOf(t, width) { return PAD + (t - tMin) / spanMs * (width - 2 * PAD); }
  function tOf(x, width) { return tMin + (x - PAD) / (width - 2 * PAD) * spanMs; }

  function visible(it) {
    if (state.off[it.category]) return false;
    if (state.actor && it.actors.indexOf(state.actor) < 0) return false;
    if (state.event && it.event.indexOf(state.event) < 0) return false;
    if (state.lang && it.langs.indexOf(state.lang) < 0) return false;
    if (state.from || state.to) {
      if (!it.range) return false;
      if (state.from && it.range[1] < state.from) return false;
      if (state.to && it.range[0] > state.to) return false;
    }
    return true;
  }

  function layout() {
    var width = plotWidth();
    var lanes = [];  // right edge of the last mark in each lane
    var used = 0;
    dated.forEach(function (it) {
      if (it.hidden) return;
      var x = xOf(it.t, width);
      var left = Math.min(x - it.r, xOf(it.t0, width));
      var right = Math.max(x + it.r, xOf(it.t1, width));
      var height = Math.ceil((2 * it.r + 2) / LANE);
      var lane = 0;
      for (;;) {
        var free = true;
        for (var k = lane; k < lane + height; k++) {
          if (lanes[k] !== undefined && lanes[k] > left - 2) { free = false; break; }
        }
        if (free) break;
        lane++;
        if (lane + height > MAX_LANES) { lane = it.index % Math.max(MAX_LANES - height, 1); break; }
      }
      for (var j = lane; j < lane + height; j++) lanes[j] = Math.max(lanes[j] || -Infinity, right);
      used = Math.max(used, lane + height);
      var y = TOP + lane * LANE + height * LANE / 2;
      it.mark.setAttribute('cx', x.toFixed(1));
      it.mark.setAttribute('cy', y.toFixed(1));
      if (it.bar) {
        it.bar.setAttribute('x1', xOf(it.t0, width).toFixed(1));
        it.bar.setAttribute('x2', xOf(it.t1, width).toFixed(1));
        it.bar.setAttribute('y1', y.toFixed(1));
        it.bar.setAttribute('y2', y.toFixed(1));
      }
    });
    var height = TOP + Math.max(used, 3) * LANE + 12;
    axis.setAttribute('width', width);
    axis.setAttribute('height', height);
    drawTicks(width, height);
    layoutUndated();
  }

  function layoutUndated() {
    var shown = undated.filter(function (it) { return !it.hidden; });
    undatedWrap.hidden = !undated.length;
    var width = Math.max(wrap.clientWidth - 2, 320);
    var cell = 2 * Math.max.apply(null, undated.map(function (it) { return it.r; }).concat([6])) + 6;
    var columns = Math.max(Math.floor((width - 8) / cell), 1);
    shown.forEach(function (it, k) {
      it.mark.setAttribute('cx', 4 + cell / 2 + (k % columns) * cell);
      it.mark.setAttribute('cy', cell / 2 + Math.floor(k / columns) * cell);
    });
    undatedSvg.setAttribute('width', width);
    undatedSvg.setAttribute('height', Math.max(Math.ceil(shown.length / columns), 1) * cell);
  }

  /* ---- axis ticks: the coarsest calendar step that leaves MIN_TICK px between labels ---- */
  var STEPS = [['day', 1], ['day', 2], ['week', 1], ['week', 2], ['month', 1], ['month', 3], ['month', 6],
    ['year', 1], ['year', 2], ['year', 5], ['year', 10], ['year', 25], ['year', 50], ['year', 100]];
  var APPROX = { day: DAY, week: 7 * DAY, month: 30.44 * DAY, year: 365.25 * DAY };

  function pad2(n) { return (n < 10 ? '0' : '') + n; }

  function startOf(unit, n, t) {
    var d = new Date(t);
    var y = d.getUTCFullYear(), m = d.getUTCMonth(), day = d.getUTCDate();
    if (unit === 'day') return Date.UTC(y, m, day);
    if (unit === 'week') return Date.UTC(y, m, day) - ((d.getUTCDay() + 6) % 7) * DAY;
    if (unit === 'month') return Date.UTC(y, m - (m % n), 1);
    return Date.UTC(y - (((y % n) + n) % n), 0, 1);
  }

  function next(unit, n, t) {
    var d = new Date(t);
    if (unit === 'day') return t + n * DAY;
    if (unit === 'week') return t + 7 * n * DAY;
    if (unit === 'month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1);
    return Date.UTC(d.getUTCFullYear() + n, 0, 1);
  }

  function label(unit, t) {
    var d = new Date(t);
    var y = d.getUTCFullYear(), m = pad2(d.getUTCMonth() + 1), day = pad2(d.getUTCDate());
    if (unit === 'year') return { text: String(y), major: true };
    if (unit === 'month') return { text: y + '-' + m, major: m === '01' };
    return { text: y + '-' + m + '-' + day, major: day === '01' };
  }

  function drawTicks(width, height) {
    while (ticksGroup.firstChild) ticksGroup.removeChild(ticksGroup.firstChild);
    var pxPerMs = (width - 2 * PAD) / spanMs;
    var step = STEPS[STEPS.length - 1];
    for (var i = 0; i < STEPS.length; i++) {
      if (APPROX[STEPS[i][0]] * STEPS[i][1] * pxPerMs >= MIN_TICK) { step = STEPS[i]; break; }
    }
    var unit = step[0], n = step[1];
    for (var t = startOf(unit, n, tMin - DAY); t <= tMax + DAY; t = next(unit, n, t)) {
      var x = xOf(t, width);
      if (x < 0 || x > width) continue;
      var text = label(unit, t);
      var g = el('g', { 'class': text.major ? 'tick major' : 'tick' }, null, true);
      g.appendChild(el('line', { x1: x, x2: x, y1: 18, y2: height }, null, true));
      if (x + 3 + 6.5 * text.text.length <= width) g.appendChild(el('text', { x: x + 3, y: 13 }, text.text, true));
      ticksGroup.appendChild(g);
    }
  }

  /* ---- filters, legend, count ---- */
  function counts(key) {
    var seen = {};
    items.forEach(function (it) {
      it[key].forEach(function (value) { seen[value] = (seen[value] || 0) + 1; });
    });
    return Object.keys(seen).sort(function (a, b) { return seen[b] - seen[a] || (a < b ? -1 : 1); })
      .map(function (value) { return [value, seen[value]]; });
  }

  function fill(select, key) {
    counts(key).forEach(function (pair) {
      select.appendChild(el('option', { value: pair[0] }, pair[0] + ' (' + pair[1] + ')'));
    });
  }

  var selects = { actor: 'f-actor', event: 'f-event', lang: 'f-lang' };
  fill(document.getElementById('f-actor'), 'actors');
  fill(document.getElementById('f-event'), 'event');
  fill(document.getElementById('f-lang'), 'langs');
  if (dated.length) {
    ['f-from', 'f-to'].forEach(function (id) {
      var input = document.getElementById(id);
      input.min = new Date(tMin).toISOString().slice(0, 10);
      input.max = new Date(tMax - DAY).toISOString().slice(0, 10);
    });
  }

  var legend = document.getElementById('legend');
  data.categories.forEach(function (name) {
    var n = items.filter(function (it) { return it.category === name; }).length;
    var li = el('li', { 'data-category': name, role: 'button', tabindex: '0', 'aria-pressed': 'true' });
    li.appendChild(el('span', { 'class': 'swatch', style: 'background:' + colours[name] }));
    li.appendChild(el('span', {}, (name || 'no event') + ' (' + n + ')'));
    function toggle() {
      state.off[name] = !state.off[name];
      li.classList.toggle('off', state.off[name]);
      li.setAttribute('aria-pressed', String(!state.off[name]));
      apply();
    }
    li.addEventListener('click', toggle);
    li.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); toggle(); } });
    legend.appendChild(li);
  });

  function apply() {
    var shown = 0;
    items.forEach(function (it) {
      it.hidden = !visible(it);
      it.mark.classList.toggle('hidden', it.hidden);
      if (it.bar) it.bar.classList.toggle('hidden', it.hidden);
      if (!it.hidden) shown++;
    });
    countEl.textContent = shown === items.length ? items.length + ' items' : shown + ' of ' + items.length + ' items';
    layout();
  }

  var form = document.getElementById('filters');
  form.addEventListener('change', function () {
    Object.keys(selects).forEach(function (key) { state[key] = document.getElementById(selects[key]).value; });
    state.from = document.getElementById('f-from').value;
    state.to = document.getElementById('f-to').value;
    apply();
  });
  form.addEventListener('reset', function () {
    setTimeout(function () {
      state.actor = state.event = state.lang = state.from = state.to = '';
      state.off = {};
      Array.prototype.forEach.call(legend.children, function (li) {
        li.classList.remove('off');
        li.setAttribute('aria-pressed', 'true');
      });
      apply();
    }, 0);
  });
  form.addEventListener('submit', function (e) { e.preventDefault(); });

  /* ---- zoom and pan ---- */
  function maxZoom() { return Math.max(1, spanMs / DAY * 160 / Math.max(wrap.clientWidth, 320)); }

  function zoomTo(factor, clientX) {
    var box = wrap.getBoundingClientRect();
    var px = clientX === undefined ? box.width / 2 : clientX - box.left;
    var t = tOf(wrap.scrollLeft + px, plotWidth());
    zoom = Math.min(Math.max(zoom * factor, 1), maxZoom());
    layout();
    wrap.scrollLeft = xOf(t, plotWidth()) - px;
  }

  document.getElementById('zoom-in').addEventListener('click', function () { zoomTo(1.6); });
  document.getElementById('zoom-out').addEventListener('click', function () { zoomTo(1 / 1.6); });
  document.getElementById('zoom-fit').addEventListener('click', function () { zoom = 1; layout(); });
  wrap.addEventListener('wheel', function (e) {
    if (!e.ctrlKey && !e.metaKey) return;  // plain wheel scrolls; Ctrl + wheel (and a pinch) zooms
    e.preventDefault();
    zoomTo(Math.exp(-e.deltaY * 0.0025), e.clientX);
  }, { passive: false });
  wrap.addEventListener('keydown', function (e) {
    if (e.target !== wrap) return;
    if (e.key === '+' || e.key === '=') zoomTo(1.6);
    if (e.key === '-') zoomTo(1 / 1.6);
  });

  var drag = null;
  wrap.addEventListener('mousedown', function (e) {
    if (e.target.classList && e.target.classList.contains('mark')) return;
    drag = { x: e.clientX, left: wrap.scrollLeft };
    wrap.classList.add('dragging');
  });
  window.addEventListener('mousemove', function (e) {
    if (drag) wrap.scrollLeft = drag.left - (e.clientX - drag.x);
  });
  window.addEventListener('mouseup', function () { drag = null; wrap.classList.remove('dragging'); });
  window.addEventListener('resize', layout);

  /* ---- tooltip and detail ---- */
  function itemOf(target) {
    var index = target && target.getAttribute && target.getAttribute('data-index');
    return index === null || index === undefined ? null : items[Number(index)];
  }

  function sourcesText(it) {
    return it.n_sources + (it.n_sources === 1 ? ' source' : ' sources') + (it.langs.length ? ' · ' + it.langs.join(', ') : '');
  }

  function showTip(it, e) {
    while (tip.firstChild) tip.removeChild(tip.firstChild);
    tip.appendChild(el('b', {}, it.date + (it.range ? '' : ' (no calendar date)')));
    tip.appendChild(document.createTextNode(' · ' + sourcesText(it)));
    tip.appendChild(el('br'));
    tip.appendChild(document.createTextNode(it.text.length > 220 ? it.text.slice(0, 219) + '…' : it.text));
    tip.hidden = false;
    var x = Math.min(e.clientX + 14, window.innerWidth - tip.offsetWidth - 8);
    var y = e.clientY + 16 + tip.offsetHeight > window.innerHeight ? e.clientY - tip.offsetHeight - 10 : e.clientY + 16;
    tip.style.left = Math.max(x, 4) + 'px';
    tip.style.top = Math.max(y, 4) + 'px';
  }

  function row(dl, term, value, cls) {
    if (value === null || value === undefined || value === '') return;
    dl.appendChild(el('dt', {}, term));
    dl.appendChild(el('dd', cls ? { 'class': cls } : {}, value));
  }

  function safeUrl(url) { return typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null; }

  function showDetail(it) {
    if (selected) selected.mark.classList.remove('selected');
    selected = it;
    it.mark.classList.add('selected');
    while (panel.firstChild) panel.removeChild(panel.firstChild);
    panel.appendChild(el('h3', {}, it.text));
    var dl = el('dl');
    row(dl, 'Written', it.written);
    row(dl, 'Resolved', it.date + (it.range ? '  =  ' + (it.range[0] === it.range[1] ? it.range[0]
      : it.range[0] + ' … ' + it.range[1]) : '  (no calendar range)'));
    row(dl, 'Who', it.who.join('; '));
    row(dl, 'Actors', it.actors.join(', '));
    row(dl, 'Event', it.event.join(', '));
    row(dl, 'Numbers', it.quantities.join('; '), it.agree === false ? 'disagree' : '');
    row(dl, 'Modality', it.modality);
    row(dl, 'Score', it.score === null ? null : String(it.score));
    if (it.kind === 'group') row(dl, 'Group', it.n_claims + ' claims from ' + sourcesText(it));
    else row(dl, 'Language', it.langs.join(', '));
    panel.appendChild(dl);
    panel.appendChild(el('h2', {}, it.sources.length === 1 ? 'Source' : 'Sources (' + it.sources.length + ')'));
    var list = el('ol');
    it.sources.forEach(function (source) {
      var li = el('li');
      var url = safeUrl(source.url);
      var name = source.title || source.url || source.source;
      if (url) li.appendChild(el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, name));
      else li.appendChild(el('span', {}, name));
      var meta = [source.site || (url ? '' : source.source), source.lang, source.published,
        source.attribution ? 'by ' + source.attribution : ''].filter(Boolean).join(' · ');
      if (meta) { li.appendChild(el('br')); li.appendChild(el('span', { 'class': 'meta' }, meta)); }
      list.appendChild(li);
    });
    panel.appendChild(list);
  }

  [axis, undatedSvg].forEach(function (svg) {
    svg.addEventListener('mouseover', function (e) { var it = itemOf(e.target); if (it) showTip(it, e); });
    svg.addEventListener('mousemove', function (e) { var it = itemOf(e.target); if (it) showTip(it, e); });
    svg.addEventListener('mouseout', function () { tip.hidden = true; });
    svg.addEventListener('click', function (e) { var it = itemOf(e.target); if (it) showDetail(it); });
    svg.addEventListener('keydown', function (e) {
      var it = itemOf(e.target);
      if (it && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); showDetail(it); }
    });
  });

  /* First view: the middle 96% of the items fill the width, so one claim about the 1990s does not squash a
     year of news into a corner; "fit" shows everything. */
  function focusBulk() {
    if (dated.length < 10) return;
    var lo = dated[Math.floor(dated.length * 0.02)].t0;
    var hi = dated[Math.ceil(dated.length * 0.98) - 1].t1;
    if (hi - lo > spanMs / 2) return;
    zoom = Math.min(spanMs / Math.max(hi - lo, DAY) * 0.95, maxZoom());
    layout();
    wrap.scrollLeft = xOf(lo, plotWidth()) - PAD;
  }

  apply();
  focusBulk();
  document.body.setAttribute('data-ready', 'true');
})();
