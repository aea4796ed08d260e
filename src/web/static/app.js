// The newsroom page. Every text from the store is put in the page with DOM APIs
// (textContent, createTextNode), never parsed as markup; links are kept only when
// they are http(s). The chart is uPlot's; this file only prepares its data.
'use strict';
(() => {
  const $ = (sel) => document.querySelector(sel);
  const state = { overview: null, claims: [], alerts: null, sources: [], stamp: null, metric: null };
  window.tallywatch = state; // for the browser tests and curious readers

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k === 'href') {
        const safe = safeHref(v);
        if (safe) e.setAttribute('href', safe);
      } else e.setAttribute(k, String(v));
    }
    for (const c of children.flat(Infinity)) {
      if (c === undefined || c === null || c === false) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }
  function safeHref(url) {
    try {
      const u = new URL(String(url), location.href);
      return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
    } catch {
      return null;
    }
  }
  const link = (url, text) => (safeHref(url) ? el('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, text) : el('span', {}, text));
  const fmt = (n) => (n === null || n === undefined ? '–' : Number(n).toLocaleString('en-GB'));
  const plus = (n) => (n === null || n === undefined ? '–' : `+${fmt(n)}`);
  const when = (iso) => (iso ? new Date(iso).toISOString().replace('T', ' ').slice(0, 16) + ' UTC' : '–');
  const badge = (cls, text) => el('span', { class: `badge ${cls}` }, text ?? cls);
  const label = (m) => String(m).replace(/_/g, ' ');
  const table = (head, rows, numeric = []) =>
    el('div', { class: 'scroll' }, el('table', {}, el('thead', {}, el('tr', {}, head.map((h, i) => el('th', { class: numeric.includes(i) ? 'num' : null }, h)))), el('tbody', {}, rows.map((r) => el('tr', {}, r.map((c, i) => el('td', { class: numeric.includes(i) ? 'num' : null }, c)))))));
  const replace = (node, ...children) => node.replaceChildren(...children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false).map((c) => (c instanceof Node ? c : document.createTextNode(String(c)))));
  const empty = (text) => el('p', { class: 'empty' }, text);

  async function getJson(path) {
    const res = await fetch(path, { credentials: 'same-origin', cache: 'no-store' });
    if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
    return res.json();
  }

  // ---- Today
  function renderToday() {
    const t = state.overview?.today;
    const view = $('#view-today');
    if (!t) return replace(view, empty('No report stored yet.'));
    replace(
      view,
      el('h2', {}, `General Staff report of ${t.date}`),
      el('p', { class: 'muted' }, 'Posted ', when(t.postedAt), ' · seen by tallywatch ', when(t.seenAt), t.url ? [' · ', link(t.url, 'the post')] : null, t.origin === 'import' ? ' · imported' : null),
      table(
        ['Metric', 'Total', '(+N)', 'Record', ''],
        t.rows.map((r) => [label(r.metric), fmt(r.total), plus(r.delta), r.record ? `${fmt(r.record.value)} (${r.record.date})` : '–', r.setsRecord ? badge('record', 'record') : '']),
        [1, 2],
      ),
    );
  }

  // ---- Chart
  let chart = null;
  const DAY = 86400;
  const ts = (d) => Date.parse(`${d}T00:00:00Z`) / 1000;
  function chartData(metric) {
    const o = state.overview;
    const xs = o.dates.map(ts);
    const ys = o.deltas[metric];
    const recs = o.records.filter((r) => r.metric === metric);
    const recByDate = new Map(recs.map((r) => [r.date, r.value]));
    const marks = o.dates.map((d) => (recByDate.has(d) ? recByDate.get(d) : null));
    // The running record: the value of the latest record day on or before each date.
    let current = null;
    const running = o.dates.map((d) => {
      if (recByDate.has(d)) current = recByDate.get(d);
      return current;
    });
    return [xs, ys, marks, running];
  }
  function chartSize() {
    const w = Math.max(280, $('#chart').clientWidth || document.body.clientWidth - 32);
    return { width: w, height: w < 600 ? 260 : 380 };
  }
  function showTip(u) {
    const i = u.cursor.idx;
    const tip = $('#tip');
    if (i === null || i === undefined) return;
    const o = state.overview;
    const flags = (o.flags[state.metric] || []).find(([j]) => j === i);
    const v = u.data[1][i];
    replace(tip, el('strong', {}, o.dates[i]), ` · ${label(state.metric)} ${plus(v)}`, u.data[2][i] !== null ? [' ', badge('record', 'record day')] : null, flags ? ` · ${flags[1].split(',').map(label).join(', ')}` : '', u.data[3][i] !== null ? ` · record then ${fmt(u.data[3][i])}` : '');
  }
  function renderChart() {
    const o = state.overview;
    const box = $('#chart');
    if (!o || o.dates.length === 0) {
      if (chart) chart.destroy();
      chart = null;
      return replace(box, empty('No series yet.'));
    }
    const sel = $('#metric');
    if (sel.options.length !== o.metrics.length) replace(sel, o.metrics.map((m) => el('option', { value: m }, label(m))));
    if (!state.metric || !o.metrics.includes(state.metric)) state.metric = o.metrics[0];
    sel.value = state.metric;
    const data = chartData(state.metric);
    const keep = chart ? { min: chart.scales.x.min, max: chart.scales.x.max, metric: chart.__metric } : null;
    if (chart) chart.destroy();
    box.replaceChildren();
    const opts = {
      ...chartSize(),
      cursor: { drag: { x: true, y: false } },
      scales: { x: { time: true } },
      series: [
        {},
        { label: `${label(state.metric)} (+N)`, stroke: '#1f5fa8', width: 1, points: { show: false } },
        { label: 'record day', stroke: '#c0262d', fill: '#c0262d', width: 0, paths: () => null, points: { show: true, size: 7, fill: '#c0262d' } },
        { label: 'running record', stroke: '#8a8f96', width: 1.5, paths: uPlot.paths.stepped({ align: 1 }), points: { show: false } },
      ],
      hooks: { setCursor: [showTip] },
    };
    chart = new uPlot(opts, data, box);
    chart.__metric = state.metric;
    state.chart = chart;
    if (keep && keep.metric === state.metric && keep.min !== undefined) chart.setScale('x', { min: keep.min, max: keep.max });
  }
  function setRange(days) {
    if (!chart) return;
    const xs = chart.data[0];
    const max = xs[xs.length - 1];
    chart.setScale('x', { min: days === 'all' ? xs[0] : max - Number(days) * DAY, max });
  }
  function pan(dir) {
    if (!chart) return;
    const { min, max } = chart.scales.x;
    const step = (max - min) / 2;
    chart.setScale('x', { min: min + dir * step, max: max + dir * step });
  }

  // ---- Records
  function renderRecords() {
    const o = state.overview;
    const view = $('#view-records');
    if (!o) return;
    const current = new Map();
    for (const r of o.records) current.set(r.metric, r);
    const history = [...o.records].sort((a, b) => (a.date === b.date ? a.metric.localeCompare(b.metric) : a.date < b.date ? 1 : -1));
    replace(
      view,
      el('h2', {}, 'Current record per metric'),
      current.size ? table(['Metric', 'Record', 'Date', 'Previous', 'Status'], [...current.values()].map((r) => [label(r.metric), plus(r.value), r.date, r.previous ? `${plus(r.previous.value)} (${r.previous.date})` : '–', badge(r.status)]), [1]) : empty('No record days yet.'),
      el('h2', {}, `Record days (${o.records.length})`),
      history.length ? table(['Date', 'Metric', '(+N)', 'Previous', 'Status'], history.map((r) => [r.date, label(r.metric), plus(r.value), r.previous ? `${plus(r.previous.value)} (${r.previous.date})` : '–', badge(r.status)]), [2]) : empty('None.'),
    );
  }

  // ---- Claims
  const VERDICT = (c) => c.corroboration?.status ?? 'unverified';
  function fillSelect(sel, values) {
    const keep = sel.value;
    replace(sel, el('option', { value: '' }, 'all'), [...values].sort().map((v) => el('option', { value: v }, label(v))));
    sel.value = [...values].includes(keep) ? keep : '';
  }
  function renderClaims() {
    const claims = state.claims;
    fillSelect($('#f-metric'), new Set(claims.map((c) => c.metric)));
    fillSelect($('#f-claimant'), new Set(claims.map((c) => c.claimant)));
    fillSelect($('#f-verdict'), new Set(['corroborates', 'contradicts', 'unverified']));
    const [fm, fc, fv] = ['#f-metric', '#f-claimant', '#f-verdict'].map((s) => $(s).value);
    const shown = claims.filter((c) => (!fm || c.metric === fm) && (!fc || c.claimant === fc) && (!fv || VERDICT(c) === fv));
    replace(
      $('#claims-list'),
      shown.length === 0 ? empty(claims.length ? 'No claim matches these filters.' : 'No claims stored yet.') : null,
      shown.map((c) => {
        const v = VERDICT(c);
        const first = c.mentionList[0];
        return el(
          'article',
          { class: 'claim', 'data-verdict': v },
          el('div', { class: 'head' }, badge(v), c.corroboration?.reason ? el('span', { class: 'muted reason' }, c.corroboration.reason.text || label(c.corroboration.reason.code)) : null, el('span', { class: 'value' }, `${label(c.metric)} ${fmt(c.value)}`), el('span', {}, `${label(c.kind)}${c.qualifier && c.qualifier !== 'exact' ? `, ${label(c.qualifier)}` : ''}`), el('span', { class: 'muted' }, `${label(c.claimant)} about ${label(c.subject)}${c.asOf ? `, as of ${c.asOf}` : ''}`), c.record ? badge('record', 'record claim') : null),
          el('blockquote', {}, first ? link(first.url, c.quote) : c.quote),
          el('div', { class: 'muted' }, `${c.mentions} mention${c.mentions === 1 ? '' : 's'}: `, c.mentionList.map((m, i) => [i ? ', ' : '', link(m.url, m.outlet || m.url)]), ` · first seen ${when(c.firstSeenAt)}`),
        );
      }),
    );
  }

  // ---- Alerts and deliveries
  function renderAlerts() {
    const a = state.alerts;
    const view = $('#view-alerts');
    if (!a) return;
    const pendingFor = (id) => a.pending.filter((p) => p.eventId === id);
    const events = [...a.events].reverse();
    replace(
      view,
      el('h2', {}, `Record events (${events.length})`),
      events.length === 0 ? empty('No record event yet: history found by the backfill is not alerted.') : null,
      events.map((e) =>
        el(
          'div',
          { class: 'event', 'data-event': e.id },
          el('div', {}, badge(e.status), ' ', el('strong', {}, `${label(e.metric)} ${plus(e.value)} on ${e.date}`), e.previous ? el('span', { class: 'muted' }, ` (previous ${plus(e.previous.value)}, ${e.previous.date})`) : null),
          e.reported ? el('div', { class: 'muted' }, `first reported by the press: ${plus(e.reported.value)} at ${when(e.reported.at)} (${(e.reported.claimants || []).map(label).join(', ')})`) : null,
          e.evidence?.length ? el('div', { class: 'muted' }, 'evidence: ', e.evidence.map((x, i) => [i ? ', ' : '', link(x.url, x.outlet || x.url)])) : null,
          table(
            ['Subscriber', 'Status', 'State', 'At', 'Attempts', 'Detail'],
            [
              ...e.deliveries.map((d) => [d.subscriberId, d.status, badge(d.state), when(d.at), String(d.attempts), d.error ?? d.channel ?? '']),
              ...pendingFor(e.id).map((p) => [p.subscriberId, p.status, badge(p.state), p.nextAttemptAt ? `next ${when(p.nextAttemptAt)}` : '–', String(p.attempts), p.error ?? '']),
            ],
          ),
        ),
      ),
      el('h2', {}, `Dead letters (${a.dead.length})`),
      a.dead.length ? table(['Delivery', 'Subscriber', 'At', 'Attempts', 'Error'], a.dead.map((d) => [d.id, d.subscriberId, when(d.at), String(d.attempts), d.error ?? ''])) : empty('None.'),
    );
  }

  // ---- Sources
  function renderSources() {
    const view = $('#view-sources');
    const s = state.sources;
    replace(
      view,
      el('h2', {}, 'Sources'),
      s.length === 0
        ? empty('No sources configured.')
        : table(
            ['Source', 'Type', 'Last poll', 'Last success', 'Failures', 'State', 'Next due', 'Backfill'],
            s.map((x) => [link(x.url, x.id), x.type + (x.primary ? ' (primary)' : ''), when(x.lastPollAt), when(x.lastSuccessAt), String(x.consecutiveFailures ?? 0), !x.enabled ? badge('historical', 'disabled') : x.stale ? badge('stale') : badge('ok'), when(x.nextRunAt), x.type === 'telegram' ? `${x.backfill.done ? 'done' : 'running'}, ${x.backfill.pages ?? 0} pages${x.backfill.oldestDate ? `, back to ${x.backfill.oldestDate}` : ''}` : '–']),
          ),
    );
  }

  // ---- Loading and live updates
  function setStatus(text) {
    $('#status').textContent = text;
  }
  async function loadAll() {
    const [overview, claims, alerts, sources] = await Promise.all(['/api/overview', '/api/claims', '/api/alerts', '/api/sources'].map(getJson));
    Object.assign(state, { overview, claims, alerts, sources });
    renderToday();
    renderChart();
    renderRecords();
    renderClaims();
    renderAlerts();
    renderSources();
    setStatus(`updated ${new Date().toLocaleTimeString('en-GB')}`);
  }
  async function tick() {
    try {
      const { stamp } = await getJson('/api/stamp');
      if (stamp !== state.stamp) {
        await loadAll();
        state.stamp = stamp;
      }
    } catch (err) {
      setStatus(`offline: ${err.message}`);
    }
  }
  let sourcesTimer = 0;
  function show(view) {
    const name = ['today', 'chart', 'records', 'claims', 'alerts', 'sources'].includes(view) ? view : 'today';
    document.querySelectorAll('.view').forEach((v) => v.classList.toggle('active', v.id === `view-${name}`));
    document.querySelectorAll('#tabs a').forEach((a) => a.classList.toggle('active', a.dataset.view === name));
    if (name === 'chart' && chart) chart.setSize(chartSize());
    clearInterval(sourcesTimer);
    // Poll times change on every poll without changing the stamp: refresh them while they are shown.
    if (name === 'sources') sourcesTimer = setInterval(() => getJson('/api/sources').then((s) => { state.sources = s; renderSources(); }, () => {}), 10000);
  }

  $('#metric').addEventListener('change', (e) => {
    state.metric = e.target.value;
    renderChart();
  });
  document.querySelectorAll('[data-range]').forEach((b) => b.addEventListener('click', () => setRange(b.dataset.range)));
  document.querySelectorAll('[data-pan]').forEach((b) => b.addEventListener('click', () => pan(Number(b.dataset.pan))));
  ['#f-metric', '#f-claimant', '#f-verdict'].forEach((s) => $(s).addEventListener('change', renderClaims));
  window.addEventListener('hashchange', () => show(location.hash.slice(1)));
  let resizeTimer = 0;
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => chart && chart.setSize(chartSize()), 150);
  });
  show(location.hash.slice(1));
  const POLL_MS = Number(new URLSearchParams(location.search).get('poll')) || 3000;
  tick().then(() => setInterval(tick, POLL_MS));
})();
