// google.script.run stand-in for the local preview, injected into the sidebar page.
// It follows Google's rules: arguments must survive a JSON round trip (Date, function and DOM
// values are refused), names ending in "_" are private, at most 10 calls are in flight (others
// wait), and a return value that contains a Date arrives as null, as it does in Apps Script.
(function () {
  var MAX_IN_FLIGHT = 10;
  var inFlight = 0;
  var queue = [];

  function illegal(value, path) {
    if (value === null) return null;
    var type = typeof value;
    if (type === 'function' || type === 'symbol' || type === 'bigint') return path;
    if (type !== 'object') return null;
    if (Object.prototype.toString.call(value) === '[object Date]') return path;
    if (typeof Node !== 'undefined' && value instanceof Node) {
      // Google accepts a <form> element (its fields are sent); no other DOM value.
      return value.nodeName === 'FORM' ? null : path;
    }
    var keys = Object.keys(value);
    for (var i = 0; i < keys.length; i++) {
      var found = illegal(value[keys[i]], path + '.' + keys[i]);
      if (found) return found;
    }
    return null;
  }

  function formToObject(form) {
    var out = {};
    for (var i = 0; i < form.elements.length; i++) {
      var el = form.elements[i];
      if (el.name) out[el.name] = el.value;
    }
    return out;
  }

  function pump() {
    while (inFlight < MAX_IN_FLIGHT && queue.length) {
      var job = queue.shift();
      inFlight++;
      window.__pmdCalls = (window.__pmdCalls || 0) + 1;
      fetch('/__rpc', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ fn: job.name, args: job.args }),
      })
        .then(function (response) { return response.json(); })
        .then(function (reply) {
          if (reply.ok) job.success && job.success(reply.value, job.userObject);
          else job.failure && job.failure(new Error(reply.error.message), job.userObject);
        })
        .catch(function (error) { job.failure && job.failure(error, job.userObject); })
        .then(function () {
          inFlight--;
          // Lets the preview page redraw the workbook at once, as Sheets does after a server call.
          window.parent.postMessage({ type: 'pmd-rpc-done' }, '*');
          pump();
        });
    }
  }

  function runner(success, failure, userObject) {
    return new Proxy({}, {
      get: function (_target, name) {
        if (name === 'withSuccessHandler') return function (fn) { return runner(fn, failure, userObject); };
        if (name === 'withFailureHandler') return function (fn) { return runner(success, fn, userObject); };
        if (name === 'withUserObject') return function (obj) { return runner(success, failure, obj); };
        if (typeof name !== 'string' || name === 'then') return undefined;
        return function () {
          if (name.slice(-1) === '_') throw new Error('Cannot call private function ' + name + ' from the client.');
          var args = Array.prototype.slice.call(arguments).map(function (a) {
            return a && typeof Node !== 'undefined' && a instanceof Node && a.nodeName === 'FORM' ? formToObject(a) : a;
          });
          var bad = illegal(Array.prototype.slice.call(arguments), 'args');
          if (bad) {
            var index = bad.split('.')[1];
            throw new Error('Failed due to illegal value in property: ' + index);
          }
          queue.push({ name: name, args: JSON.parse(JSON.stringify(args)), success: success, failure: failure, userObject: userObject });
          pump();
        };
      },
    });
  }

  window.google = window.google || {};
  window.google.script = {
    run: runner(null, null, undefined),
    host: {
      close: function () { window.parent.postMessage({ type: 'pmd-close-sidebar' }, '*'); },
      setHeight: function () {},
      setWidth: function () {},
      editor: { focus: function () {} },
      origin: window.location.origin,
    },
  };
})();
