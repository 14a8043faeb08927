'use strict';
// The dashboard: health (open), and live events over the authenticated WebSocket after a backlog from REST.
(function () {
  const tokenInput = document.getElementById('token');
  const eventsList = document.getElementById('events');
  const connection = document.getElementById('connection');
  let socket = null;
  let lastId = 0;

  function setBadge(element, text, cls) {
    element.textContent = text;
    element.className = 'badge ' + cls;
  }

  async function refreshHealth() {
    try {
      const response = await fetch('api/health');
      const health = await response.json();
      setBadge(document.getElementById('overall'), health.status, health.status);
      const body = document.querySelector('#health tbody');
      body.replaceChildren(...Object.entries(health.components).map(([name, c]) => {
        const row = document.createElement('tr');
        row.innerHTML = '<td></td><td><span class="badge"></span></td><td></td>';
        row.children[0].textContent = name;
        setBadge(row.children[1].firstChild, c.status, c.status);
        row.children[2].textContent = c.detail;
        return row;
      }));
    } catch (e) {
      setBadge(document.getElementById('overall'), 'unreachable', 'DOWN');
    }
  }

  function show(event) {
    if (event.id <= lastId) return;
    lastId = event.id;
    const item = document.createElement('li');
    item.innerHTML = '<span class="time"></span> <span class="type"></span> <span class="call"></span> <span class="payload"></span>';
    item.querySelector('.time').textContent = new Date(event.timestamp).toLocaleTimeString();
    item.querySelector('.type').textContent = event.type;
    item.querySelector('.call').textContent = event.callId || '';
    item.querySelector('.payload').textContent = JSON.stringify(event.payload);
    eventsList.prepend(item);
  }

  async function connect(token) {
    if (socket) socket.close();
    const backlog = await fetch('api/events?since=' + lastId, { headers: { Authorization: 'Bearer ' + token } });
    if (backlog.status === 401) {
      setBadge(connection, 'token refused', 'closed');
      return;
    }
    (await backlog.json()).forEach(show);
    const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
    socket = new WebSocket(scheme + '//' + location.host + location.pathname.replace(/[^/]*$/, '')
      + 'ws/events?access_token=' + encodeURIComponent(token));
    socket.onopen = () => setBadge(connection, 'connected', 'connected');
    socket.onclose = () => setBadge(connection, 'disconnected', 'closed');
    socket.onmessage = (message) => show(JSON.parse(message.data));
  }

  document.getElementById('token-form').addEventListener('submit', (e) => {
    e.preventDefault();
    sessionStorage.setItem('holdslayer.token', tokenInput.value);
    connect(tokenInput.value);
  });
  const saved = sessionStorage.getItem('holdslayer.token');
  if (saved) { tokenInput.value = saved; connect(saved); }
  refreshHealth();
  setInterval(refreshHealth, 5000);
})();
