// The assistant's chat panel, on every page. Progressive enhancement: without this file the "assistente" link
// leads to /assistente, a plain form. The conversation's id and token stay in sessionStorage (this tab only).
'use strict';

(function () {
  var root = document.getElementById('assistente');
  if (!root) {
    return;
  }
  var opener = document.getElementById('assistente-abrir');
  var panel = document.getElementById('assistente-painel');
  var title = document.getElementById('assistente-painel-titulo');
  var log = root.querySelector('[data-assistente-conversa]');
  var status = root.querySelector('[data-assistente-estado]');
  var form = root.querySelector('[data-assistente-form]');
  var input = document.getElementById('assistente-painel-mensagem');
  var submit = form.querySelector('button[type="submit"]');
  var eraseButton = root.querySelector('[data-assistente-apagar]');
  var closeButton = root.querySelector('[data-assistente-fechar]');
  var api = root.getAttribute('data-api');
  var STORAGE = 'assistente.conversa';
  var loaded = false;

  function text(name) {
    return root.getAttribute('data-texto-' + name) || '';
  }

  function conversation() {
    try {
      return JSON.parse(window.sessionStorage.getItem(STORAGE));
    } catch (e) {
      return null;
    }
  }

  function remember(value) {
    try {
      if (value) {
        window.sessionStorage.setItem(STORAGE, JSON.stringify(value));
      } else {
        window.sessionStorage.removeItem(STORAGE);
      }
    } catch (e) {
      // Storage refused (private mode): the conversation lasts as long as the page.
    }
  }

  // Only links the site itself or a known channel may point to: never javascript: or data:.
  function safeHref(href) {
    return typeof href === 'string' && /^(\/(?!\/)|https:\/\/|tel:|mailto:)/.test(href) ? href : null;
  }

  function element(tag, className, content) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (content) {
      node.textContent = content;
    }
    return node;
  }

  function links(items, className) {
    var list = element('ul', className);
    items.forEach(function (item) {
      var href = safeHref(item.href);
      if (!href) {
        return;
      }
      var entry = element('li');
      entry.appendChild(element('a', null, item.label)).setAttribute('href', href);
      if (item.openNow === true || item.openNow === false) {
        entry.appendChild(document.createTextNode(' '));
        entry.appendChild(element('span', null, item.openNow ? text('aberto') : text('fechado')));
      }
      list.appendChild(entry);
    });
    return list;
  }

  function showCitizen(message) {
    var item = element('div', 'assistente__msg msg-cidadao');
    item.appendChild(element('p', 'assistente__autor', text('voce')));
    item.appendChild(element('p', 'assistente__texto', message));
    log.appendChild(item);
  }

  function showAnswer(reply, handoff) {
    var item = element('div', 'assistente__msg msg-assistente');
    item.appendChild(element('p', 'assistente__autor', text('assistente')));
    item.appendChild(element('p', 'assistente__texto', reply.answer || reply.text));
    if (reply.mode === 'knowledge-base') {
      item.appendChild(element('p', 'assistente__nota', text('modo-base')));
    }
    var sources = (reply.sources || []).map(function (s) { return {label: s.title, href: s.url}; });
    if (sources.length) {
      item.appendChild(element('p', 'assistente__rotulo', text('fontes')));
      item.appendChild(links(sources, 'assistente__fontes'));
    }
    if ((reply.outcome === 'not-found' || reply.outcome === 'refused') && handoff && handoff.length) {
      item.appendChild(element('p', 'assistente__nota', text(reply.outcome === 'refused' ? 'recusado' : 'nao-encontrado')));
      item.appendChild(links(handoff, 'assistente__canais'));
    }
    if (reply.messageId && (reply.useful === undefined || reply.useful === null)) {
      item.appendChild(feedback(reply.messageId));
    }
    log.appendChild(item);
  }

  function feedback(messageId) {
    var box = element('div', 'assistente__avaliacao');
    var question = element('p', null, text('util'));
    question.id = 'assistente-util-' + messageId;
    // The group gives "Sim" and "Não" their question when a screen reader reaches the buttons.
    box.setAttribute('role', 'group');
    box.setAttribute('aria-labelledby', question.id);
    box.appendChild(question);
    [['sim', true], ['nao', false]].forEach(function (choice) {
      var button = element('button', null, text(choice[0]));
      button.type = 'button';
      button.addEventListener('click', function () {
        var current = conversation();
        if (!current) {
          return;
        }
        send('POST', api + '/' + current.id + '/messages/' + messageId + '/feedback', {useful: choice[1]})
          .then(function () {
            // The pressed button disappears with the question: the focus goes back to the field instead of
            // falling to the page's start, and the status region announces the thanks.
            box.removeAttribute('role');
            box.removeAttribute('aria-labelledby');
            box.textContent = text('obrigado');
            status.textContent = text('obrigado');
            input.focus();
          })
          .catch(function () {
            status.textContent = text('erro-rede');
          });
      });
      box.appendChild(button);
    });
    return box;
  }

  function send(method, url, body) {
    var current = conversation();
    var headers = {'Accept': 'application/json'};
    if (body) {
      headers['Content-Type'] = 'application/json';
    }
    if (current && current.token) {
      headers['X-Conversation-Token'] = current.token;
    }
    return window.fetch(url, {
      method: method,
      headers: headers,
      body: body ? JSON.stringify(body) : undefined,
      credentials: 'omit'
    }).then(function (response) {
      if (response.status === 204) {
        return null;
      }
      return response.json().catch(function () { return {}; }).then(function (json) {
        if (!response.ok) {
          var error = new Error(json.detail || text('erro-rede'));
          error.status = response.status;
          throw error;
        }
        return json;
      });
    });
  }

  function loadHistory() {
    var current = conversation();
    if (loaded || !current) {
      return;
    }
    loaded = true;
    send('GET', api + '/' + current.id).then(function (history) {
      (history.messages || []).forEach(function (m) {
        if (m.role === 'citizen') {
          showCitizen(m.text);
        } else {
          showAnswer({text: m.text, mode: m.mode, outcome: m.outcome, sources: m.sources,
            messageId: m.messageId, useful: m.useful}, null);
        }
      });
    }).catch(function (error) {
      if (error.status === 404) {
        remember(null);
      }
    });
  }

  function open() {
    panel.hidden = false;
    opener.setAttribute('aria-expanded', 'true');
    loadHistory();
    input.focus();
  }

  function close() {
    panel.hidden = true;
    opener.setAttribute('aria-expanded', 'false');
    opener.focus();
  }

  opener.setAttribute('role', 'button');
  opener.setAttribute('aria-controls', 'assistente-painel');
  opener.setAttribute('aria-expanded', 'false');
  opener.addEventListener('click', function (event) {
    event.preventDefault();
    if (panel.hidden) {
      open();
    } else {
      close();
    }
  });
  opener.addEventListener('keydown', function (event) {
    // A link acting as a button also answers the space bar.
    if (event.key === ' ') {
      event.preventDefault();
      opener.click();
    }
  });
  closeButton.addEventListener('click', close);
  panel.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      close();
    }
  });

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var message = input.value.trim();
    if (!message) {
      status.textContent = text('vazia');
      input.focus();
      return;
    }
    var current = conversation();
    submit.disabled = true;
    status.textContent = text('enviando');
    showCitizen(message);
    var body = {message: message};
    if (current) {
      body.conversationId = current.id;
    }
    send('POST', api, body).then(function (reply) {
      if (reply.conversationToken) {
        remember({id: reply.conversationId, token: reply.conversationToken});
      }
      showAnswer(reply, reply.handoff);
      input.value = '';
      status.textContent = '';
    }).catch(function (error) {
      if (error.status === 404) {
        remember(null);
      }
      status.textContent = error.message || text('erro-rede');
    }).then(function () {
      submit.disabled = false;
      input.focus();
    });
  });

  eraseButton.addEventListener('click', function () {
    var current = conversation();
    var done = function () {
      remember(null);
      log.textContent = '';
      status.textContent = text('apagada');
      title.focus();
    };
    if (!current) {
      done();
      return;
    }
    send('DELETE', api + '/' + current.id).then(done).catch(function (error) {
      if (error.status === 404) {
        done();
      } else {
        status.textContent = error.message || text('erro-rede');
      }
    });
  });
})();
