'use strict';
// The dashboard. After sign-in it loads the active calls and the recent events over REST, then follows the
// gateway live over the WebSocket: every call event updates its row, HUMAN_DETECTED raises the alert (banner,
// desktop notification, sound). It reloads nothing: the socket keeps the page current.
(function () {
  const $ = (selector, root) => (root || document).querySelector(selector);
  const api = location.pathname.replace(/dashboard\/.*$/, '');
  const ENDED_ROW_SECONDS = 120;
  const STATUS_BY_EVENT = {
    CALL_STARTED: 'TRYING', CALL_RINGING: 'RINGING', CALL_CONNECTED: 'CONNECTED', HOLD_DETECTED: 'ON_HOLD',
    TRANSFER_STARTED: 'TRANSFERRING', CALL_ENDED: 'ENDED', CALL_FAILED: 'FAILED'
  };
  const calls = new Map();
  let token = null;
  let socket = null;
  let lastId = 0;
  const seen = new Set();
  let devices = [];
  const history = [];
  const charts = {};

  // a badge's state is one class beside those it keeps (data-base), e.g. the status badge of a call row
  function badge(element, text, cls) {
    element.textContent = text;
    element.className = (element.dataset.base || 'badge') + ' ' + (cls || text);
  }

  function say(text, error) {
    const message = $('#message');
    message.textContent = text;
    message.className = 'message' + (error ? ' error' : '');
    message.hidden = !text;
  }

  async function request(method, path, body) {
    const response = await fetch(api + path, {
      method,
      headers: Object.assign({ Authorization: 'Bearer ' + token },
        body === undefined ? {} : { 'Content-Type': 'application/json' }),
      body: body === undefined ? undefined : JSON.stringify(body)
    });
    if (response.status === 401) {
      signOut('The token was refused.');
      throw new Error('unauthorised');
    }
    const text = await response.text();
    const json = text ? JSON.parse(text) : null;
    if (!response.ok) {
      throw new Error((json && (json.detail || json.title)) || response.statusText);
    }
    return json;
  }

  async function act(description, action) {
    try {
      await action();
      say('');
    } catch (e) {
      if (e.message !== 'unauthorised') say(description + ' failed: ' + e.message, true);
    }
  }

  // ---- calls ----
  function row(id) {
    let call = calls.get(id);
    if (!call) {
      const element = $('#call-row').content.firstElementChild.cloneNode(true);
      element.dataset.callId = id;
      call = { id, element, status: 'TRYING', holdSince: null, audio: null };
      calls.set(id, call);
      $('#calls tbody').prepend(element);
      wireActions(call);
      fillDevices(element.querySelector('select.devices'));
    }
    return call;
  }

  function update(call, facts) {
    Object.assign(call, facts);
    const e = call.element;
    $('.number', e).textContent = call.number || '';
    badge($('.status', e), call.status);
    e.dataset.status = call.status;
    $('.reason', e).textContent = call.reason || '';
    $('.device-name', e).textContent = call.device || '';
    $('.audio', e).textContent = call.audio ? call.audio + (call.confidence ? ' ' + Math.round(call.confidence * 100) + '%' : '') : '–';
    const ended = call.status === 'ENDED' || call.status === 'FAILED';
    e.classList.toggle('ended', ended);
    e.querySelectorAll('.actions button, .actions input, .actions select').forEach(c => { c.disabled = ended; });
    if (ended && !call.removal) {
      call.humanAt = call.humanAt || Date.now();
      call.removal = setTimeout(() => { e.remove(); calls.delete(call.id); showEmpty(); }, ENDED_ROW_SECONDS * 1000);
    }
    showEmpty();
  }

  function showEmpty() {
    $('#no-calls').hidden = calls.size > 0;
  }

  // the SIP plane reports a held call as CONNECTED; the hold is known from HOLD_DETECTED until a person answers
  function snapshot(json) {
    const call = row(json.id);
    const held = json.status === 'CONNECTED' && call.holdSince && !call.humanAt;
    update(call, { number: json.number, status: held ? 'ON_HOLD' : json.status, device: json.device, reason: json.reason });
  }

  async function reconcile(id) {
    try {
      snapshot(await request('GET', 'api/calls/' + encodeURIComponent(id)));
    } catch (e) {
      // gone from the gateway: the ending event tells why
    }
  }

  function wireActions(call) {
    const e = call.element;
    $('.hang-up', e).addEventListener('click', () =>
      act('Hang up', () => request('DELETE', 'api/calls/' + encodeURIComponent(call.id))));
    $('form.dtmf', e).addEventListener('submit', ev => {
      ev.preventDefault();
      const digits = $('.digits', e).value;
      act('Sending ' + digits, async () => {
        await request('POST', 'api/calls/' + encodeURIComponent(call.id) + '/dtmf', { digits });
        $('.digits', e).value = '';
      });
    });
    $('form.transfer', e).addEventListener('submit', ev => {
      ev.preventDefault();
      const device = $('form.transfer select', e).value;
      act('Transfer', () => request('POST', 'api/calls/' + encodeURIComponent(call.id) + '/transfer', { device }));
    });
  }

  function fillDevices(select) {
    const keep = select.value;
    const options = select.id === 'device' ? [['', 'no device']] : [];
    devices.forEach(d => options.push([d.username, d.display_name || d.username]));
    select.replaceChildren(...options.map(([value, label]) => new Option(label, value)));
    select.value = keep;
  }

  async function loadDevices() {
    try {
      devices = await request('GET', 'api/devices');
    } catch (e) {
      devices = [];
    }
    document.querySelectorAll('select.devices').forEach(fillDevices);
  }

  function tickHoldTimers() {
    const now = Date.now();
    calls.forEach(call => {
      const cell = $('.hold-timer', call.element);
      if (call.holdSince) {
        const seconds = Math.max(0, Math.floor(((call.humanAt || now) - call.holdSince) / 1000));
        cell.textContent = Math.floor(seconds / 60) + ':' + String(seconds % 60).padStart(2, '0');
      }
    });
  }

  // ---- events ----
  // replayed events only update the calls that are still active; live ones also add new calls
  // Events of different calls may arrive slightly out of id order (the gateway sends calls in parallel): each
  // is taken once, by its id; lastId is the highest seen, which is what a rejoin asks the backlog after.
  function onEvent(event, replayed) {
    if (seen.has(event.id)) return;
    seen.add(event.id);
    if (seen.size > 5000) seen.delete(seen.values().next().value);
    lastId = Math.max(lastId, event.id);
    log(event);
    history.push(event);
    if (event.callId && (replayed !== true || calls.has(event.callId))) onCallEvent(event);
    if (event.type.startsWith('CALL_')) drawHistory();
  }

  function onCallEvent(event) {
    const p = event.payload || {};
    const known = calls.has(event.callId);
    if (!known && event.type !== 'CALL_STARTED' && !STATUS_BY_EVENT[event.type]) return;
    const call = row(event.callId);
    const facts = {};
    if (STATUS_BY_EVENT[event.type]) facts.status = STATUS_BY_EVENT[event.type];
    if (event.type === 'CALL_STARTED') { facts.number = p.number; facts.device = p.device || ''; }
    if (event.type === 'CALL_ENDED' || event.type === 'CALL_FAILED') facts.reason = p.reason;
    if (event.type === 'HOLD_DETECTED') facts.holdSince = Date.parse(event.timestamp);
    if (event.type === 'AUDIO_CLASSIFIED') { facts.audio = p.detail; facts.confidence = p.confidence; }
    if (event.type === 'TRANSFER_COMPLETE') facts.status = p.success ? 'BRIDGED' : call.status;
    if (event.type === 'TRANSCRIPT_CHUNK') appendTranscript(call, p.text || p.detail || '');
    if (event.type === 'HUMAN_DETECTED') {
      facts.humanAt = Date.parse(event.timestamp);
      if (call.status === 'ON_HOLD') facts.status = 'CONNECTED';
      humanDetected(call, event);
    }
    update(call, facts);
    if (facts.status && facts.status !== 'ENDED' && facts.status !== 'FAILED') reconcile(event.callId);
  }

  function appendTranscript(call, text) {
    if (!text) return;
    const box = $('.transcript', call.element);
    const line = document.createElement('div');
    line.textContent = text;
    box.append(line);
    box.scrollTop = box.scrollHeight;
  }

  function humanDetected(call, event) {
    const alert = $('#human-alert');
    $('.number', alert).textContent = call.number || event.callId;
    alert.dataset.callId = event.callId;
    alert.hidden = false;
    beep();
    if ('Notification' in window && Notification.permission === 'granted') {
      new Notification('Pick up your phone', { body: 'A person answered ' + (call.number || 'the call') + '.', tag: event.callId });
    }
  }

  function beep() {
    try {
      const audio = new (window.AudioContext || window.webkitAudioContext)();
      [0, 0.25].forEach(offset => {
        const tone = audio.createOscillator();
        const gain = audio.createGain();
        tone.frequency.value = 880;
        gain.gain.value = 0.2;
        tone.connect(gain).connect(audio.destination);
        tone.start(audio.currentTime + offset);
        tone.stop(audio.currentTime + offset + 0.18);
      });
    } catch (e) {
      // no audio output: the banner and the notification remain
    }
  }

  function log(event) {
    const item = document.createElement('li');
    item.dataset.type = event.type;
    item.innerHTML = '<span class="time"></span> <span class="type"></span> <span class="call"></span> <span class="payload"></span>';
    $('.time', item).textContent = new Date(event.timestamp).toLocaleTimeString();
    $('.type', item).textContent = event.type;
    $('.call', item).textContent = event.callId || '';
    $('.payload', item).textContent = JSON.stringify(event.payload);
    item.hidden = !wanted(event.type);
    const list = $('#events');
    list.prepend(item);
    while (list.children.length > 500) list.lastElementChild.remove();
  }

  function wanted(type) {
    const filter = $('#event-types').value.trim().toUpperCase();
    return !filter || filter.split(/[\s,]+/).includes(type);
  }

  // ---- history ----
  function drawHistory() {
    const started = history.filter(e => e.type === 'CALL_STARTED');
    const hours = [];
    const now = new Date();
    for (let i = 23; i >= 0; i--) hours.push(new Date(now.getTime() - i * 3600000).getHours());
    const perHour = hours.map(h => started.filter(e => new Date(e.timestamp).getHours() === h
      && now - Date.parse(e.timestamp) < 24 * 3600000).length);
    const outcomes = { connected: 0, ended: 0, failed: 0 };
    history.forEach(e => {
      if (e.type === 'CALL_CONNECTED') outcomes.connected++;
      if (e.type === 'CALL_ENDED') outcomes.ended++;
      if (e.type === 'CALL_FAILED') outcomes.failed++;
    });
    $('#history-span').textContent = history.length ? history.length + ' events since '
      + new Date(history[0].timestamp).toLocaleString() : 'none yet';
    if (window.Chart) {
      chart('calls-per-hour', 'bar', hours.map(h => h + ':00'), 'calls placed per hour', perHour);
      chart('outcomes', 'bar', Object.keys(outcomes), 'calls', Object.values(outcomes));
    } else {
      const table = $('#history-table');
      table.hidden = false;
      $('.chart', document).parentElement.querySelectorAll('.chart').forEach(c => { c.hidden = true; });
      $('tbody', table).replaceChildren(...Object.entries(outcomes).map(([k, v]) => {
        const tr = document.createElement('tr');
        tr.innerHTML = '<td></td><td></td>';
        tr.children[0].textContent = k;
        tr.children[1].textContent = v;
        return tr;
      }));
    }
  }

  function chart(id, type, labels, label, data) {
    if (charts[id]) {
      charts[id].data.labels = labels;
      charts[id].data.datasets[0].data = data;
      charts[id].update('none');
      return;
    }
    charts[id] = new window.Chart(document.getElementById(id), {
      type,
      data: { labels, datasets: [{ label, data, backgroundColor: '#6c5ce7' }] },
      options: { animation: false, maintainAspectRatio: false, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
    });
  }

  // ---- health ----
  async function refreshHealth() {
    try {
      const health = await (await fetch(api + 'api/health')).json();
      badge($('#overall'), health.status);
      $('#health tbody').replaceChildren(...Object.entries(health.components).map(([name, c]) => {
        const tr = document.createElement('tr');
        tr.innerHTML = '<td></td><td><span class="badge"></span></td><td></td>';
        tr.children[0].textContent = name;
        badge(tr.children[1].firstChild, c.status);
        tr.children[2].textContent = c.detail;
        return tr;
      }));
    } catch (e) {
      badge($('#overall'), 'unreachable', 'DOWN');
    }
  }

  // ---- session ----
  async function signIn(candidate) {
    token = candidate;
    try {
      const active = await request('GET', 'api/calls');
      const backlog = await request('GET', 'api/events?since=' + lastId);
      active.forEach(snapshot);
      backlog.forEach(event => onEvent(event, true));
    } catch (e) {
      if (e.message !== 'unauthorised') say('Could not load the calls: ' + e.message, true);
      if (!token) return;
    }
    sessionStorage.setItem('holdslayer.token', token);
    $('#login').hidden = true;
    $('#app').hidden = false;
    $('#sign-out').hidden = false;
    const myRole = await role();
    badge($('#role'), myRole, 'role');
    document.body.dataset.role = myRole;
    loadDevices();
    drawHistory();
    showEmpty();
    openSocket();
    document.dispatchEvent(new CustomEvent('holdslayer:signed-in'));
    if ('Notification' in window && Notification.permission === 'default') {
      Notification.requestPermission().catch(() => {});
    }
  }

  async function role() {
    try {
      return (await request('GET', 'api/session')).role;
    } catch (e) {
      return '';
    }
  }

  function openSocket() {
    if (socket) socket.close();
    const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
    const current = new WebSocket(scheme + '//' + location.host + api + 'ws/events?since=' + lastId
      + '&access_token=' + encodeURIComponent(token));
    socket = current;
    current.onopen = () => badge($('#connection'), 'live', 'connected');
    current.onmessage = message => onEvent(JSON.parse(message.data));
    current.onclose = () => {
      if (socket !== current || !token) return;
      badge($('#connection'), 'reconnecting', 'closed');
      setTimeout(() => { if (socket === current && token) openSocket(); }, 2000);
    };
  }

  function signOut(reason) {
    token = null;
    sessionStorage.removeItem('holdslayer.token');
    if (socket) { const s = socket; socket = null; s.close(); }
    $('#app').hidden = true;
    $('#login').hidden = false;
    $('#sign-out').hidden = true;
    badge($('#connection'), 'signed out', 'closed');
    $('#role').textContent = '';
    say(reason || '', !!reason);
  }

  $('#login').addEventListener('submit', e => { e.preventDefault(); signIn($('#token').value); });
  $('#sign-out').addEventListener('click', () => signOut());
  $('#human-alert .dismiss').addEventListener('click', () => { $('#human-alert').hidden = true; });
  $('#event-types').addEventListener('input', () => {
    document.querySelectorAll('#events li').forEach(li => { li.hidden = !wanted(li.dataset.type); });
  });
  $('#place-call').addEventListener('submit', e => {
    e.preventDefault();
    const body = { number: $('#number').value.trim(), mode: $('#mode').value };
    if ($('#device').value) body.device = $('#device').value;
    if ($('#intent').value.trim()) body.intent = $('#intent').value.trim();
    act('Placing the call', async () => snapshot(await request('POST', 'api/calls', body)));
  });
  // for insights.js: the same authorised requests
  window.holdslayer = { request, say, chart, token: () => token };
  refreshHealth();
  setInterval(refreshHealth, 5000);
  setInterval(tickHoldTimers, 1000);
  const saved = sessionStorage.getItem('holdslayer.token');
  if (saved) signIn(saved);
})();
