'use strict';
// What the gateway has learned and kept, beside the live view: analytics of the last 30 days, the call-flow tree
// of a number, and the recent calls with their recordings. Loaded after sign-in and refreshed every 15 s; uses
// dashboard.js's authorised requests (window.holdslayer).
(function () {
  const $ = (selector, root) => (root || document).querySelector(selector);
  const api = location.pathname.replace(/dashboard\/.*$/, '');
  const REFRESH_MS = 15000;
  let timer = null;
  let playing = null;

  const gateway = () => window.holdslayer;

  async function refresh() {
    if (!gateway().token()) return;
    try {
      await Promise.all([analytics(), flows(), recent()]);
    } catch (e) {
      if (e.message !== 'unauthorised') gateway().say('Could not load the history: ' + e.message, true);
    }
  }

  // ---- analytics ----
  async function analytics() {
    const [summary, companies, hours] = await Promise.all([
      gateway().request('GET', 'api/analytics/summary'),
      gateway().request('GET', 'api/analytics/companies'),
      gateway().request('GET', 'api/analytics/hours')]);
    $('#analytics-summary').textContent = summary.calls + ' calls, ' + summary.bridged + ' reached a person ('
      + Math.round(summary.successRate * 100) + ' %)' + (summary.averageHoldSeconds == null ? ''
      : ', average hold ' + Math.round(summary.averageHoldSeconds) + ' s') + '.';
    if (!window.Chart) return;
    gateway().chart('hold-by-company', 'bar', companies.map(c => c.number), 'average hold (s)',
      companies.map(c => c.averageHoldSeconds == null ? 0 : Math.round(c.averageHoldSeconds)));
    gateway().chart('calls-by-hour', 'bar', hours.map(h => h.hour + ':00'), 'calls by hour of day',
      hours.map(h => h.calls));
  }

  // ---- call flows ----
  async function flows() {
    const select = $('#flows');
    const chosen = select.value;
    const list = await gateway().request('GET', 'api/call-flows');
    select.replaceChildren(option('', list.length ? 'choose a number' : 'none learned yet'),
      ...list.map(f => option(String(f.id), f.number + ' ' + (f.name === f.number ? '' : f.name + ' ')
        + '(' + f.successes + '/' + f.calls + ')')));
    select.value = list.some(f => String(f.id) === chosen) ? chosen : '';
    if (select.value) await showFlow(select.value);
  }

  function option(value, text) {
    const o = document.createElement('option');
    o.value = value;
    o.textContent = text;
    return o;
  }

  async function showFlow(id) {
    const tree = $('#flow-tree');
    if (!id) {
      tree.replaceChildren();
      return;
    }
    const flow = await gateway().request('GET', 'api/call-flows/' + id);
    tree.replaceChildren(menu(flow.root));
  }

  function menu(node) {
    const block = document.createElement('div');
    block.className = 'menu';
    const prompt = document.createElement('p');
    prompt.className = 'prompt';
    prompt.textContent = node.prompt ? '“' + node.prompt + '”' : '(menu, not transcribed)';
    const options = document.createElement('ul');
    (node.options || []).forEach(o => {
      const li = document.createElement('li');
      const digits = document.createElement('kbd');
      digits.textContent = o.digits;
      const text = document.createElement('span');
      text.textContent = ' ' + (o.label || '') + ' → ' + o.outcome.toLowerCase() + ' (' + o.humans + ' of ' + o.taken
        + ' reached a person' + (o.holdSeconds ? ', ' + Math.round(o.holdSeconds / Math.max(1, o.taken)) + ' s hold' : '') + ')';
      li.append(digits, text);
      if (o.next) li.append(menu(o.next));
      options.append(li);
    });
    block.append(prompt, options);
    return block;
  }

  // ---- recent calls and recordings ----
  async function recent() {
    const page = await gateway().request('GET', 'api/calls/history?size=15');
    const rows = await Promise.all(page.calls.map(async call => {
      const tr = document.createElement('tr');
      const hold = call.holdSeconds == null ? '' : call.holdSeconds + ' s';
      [new Date(call.started).toLocaleString(), call.number, call.mode, call.status, hold, call.reason || '']
        .forEach(value => {
          const td = document.createElement('td');
          td.textContent = value;
          tr.append(td);
        });
      const cell = document.createElement('td');
      const recordings = call.status === 'ENDED' || call.status === 'FAILED'
        ? await gateway().request('GET', 'api/recordings?call=' + encodeURIComponent(call.id)) : [];
      recordings.forEach(r => {
        const play = document.createElement('button');
        play.type = 'button';
        play.className = 'play';
        play.textContent = '▶ ' + Math.round(r.durationMs / 1000) + ' s';
        play.addEventListener('click', () => listen(r.id));
        cell.append(play);
      });
      tr.append(cell);
      return tr;
    }));
    $('#recent tbody').replaceChildren(...rows);
  }

  // the audio element cannot send the token, so the recording is fetched with it and played from memory
  async function listen(id) {
    try {
      const response = await fetch(api + 'api/recordings/' + id + '/audio',
        { headers: { Authorization: 'Bearer ' + gateway().token() } });
      if (!response.ok) throw new Error(response.statusText);
      const player = $('#player');
      if (playing) URL.revokeObjectURL(playing);
      playing = URL.createObjectURL(await response.blob());
      player.src = playing;
      player.hidden = false;
      await player.play().catch(() => {});
    } catch (e) {
      gateway().say('Could not play recording ' + id + ': ' + e.message, true);
    }
  }

  $('#flows').addEventListener('change', e => showFlow(e.target.value).catch(err => gateway().say(err.message, true)));
  document.addEventListener('holdslayer:signed-in', () => {
    refresh();
    if (timer) clearInterval(timer);
    timer = setInterval(refresh, REFRESH_MS);
  });
})();
