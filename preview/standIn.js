// google.script.run stand-in for the local preview, injected into the sidebar page.
// It follows Google's rules: arguments must survive a JSON round trip (Date, function and DOM
// values are refused), names ending in "_" are private, at most 10 calls are in flight (others
// wait), and a return value that contains a Date arrives as null, as it does in Apps Script.
(() => {
  const MAX_IN_FLIGHT = 10;
  let inFlight = 0;
  const queue = [];

  const isForm = (value) => typeof Node !== 'undefined' && value instanceof Node && value.nodeName === 'FORM';

  /** The path of the first value Google would refuse, or null. */
  const illegal = (value, path) => {
    if (value === null) return null;
    const type = typeof value;
    if (type === 'function' || type === 'symbol' || type === 'bigint') return path;
    if (type !== 'object') return null;
    if (Object.prototype.toString.call(value) === '[object Date]') return path;
    // Google accepts a <form> element (its fields are sent); no other DOM value.
    if (typeof Node !== 'undefined' && value instanceof Node) return isForm(value) ? null : path;
    for (const key of Object.keys(value)) {
      const found = illegal(value[key], `${path}.${key}`);
      if (found) return found;
    }
    return null;
  };

  const formToObject = (form) => {
    const out = {};
    for (const element of form.elements) if (element.name) out[element.name] = element.value;
    return out;
  };

  const pump = () => {
    while (inFlight < MAX_IN_FLIGHT && queue.length) {
      const job = queue.shift();
      inFlight++;
      fetch('/__rpc', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ fn: job.name, args: job.args }) })
        .then((response) => response.json())
        .then((reply) => {
          if (reply.ok) job.success?.(reply.value, job.userObject);
          else job.failure?.(new Error(reply.error.message), job.userObject);
        })
        .catch((error) => job.failure?.(error, job.userObject))
        .then(() => {
          inFlight--;
          // Lets the preview page redraw the workbook at once, as Sheets does after a server call.
          window.parent.postMessage({ type: 'pmd-rpc-done' }, '*');
          pump();
        });
    }
  };

  const runner = (success, failure, userObject) =>
    new Proxy(
      {},
      {
        get: (_target, name) => {
          if (name === 'withSuccessHandler') return (fn) => runner(fn, failure, userObject);
          if (name === 'withFailureHandler') return (fn) => runner(success, fn, userObject);
          if (name === 'withUserObject') return (obj) => runner(success, failure, obj);
          if (typeof name !== 'string' || name === 'then') return undefined;
          return (...rawArgs) => {
            if (name.endsWith('_')) throw new Error(`Cannot call private function ${name} from the client.`);
            const bad = illegal(rawArgs, 'args');
            if (bad) throw new Error(`Failed due to illegal value in property: ${bad.split('.')[1]}`);
            const args = rawArgs.map((a) => (isForm(a) ? formToObject(a) : a));
            queue.push({ name, args: JSON.parse(JSON.stringify(args)), success, failure, userObject });
            pump();
          };
        },
      },
    );

  // Links to Google Docs open the preview's page of that document (there is no Google here).
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    const match = link ? /docs\.google\.com\/document\/d\/([\w-]+)/.exec(link.getAttribute('href') || '') : null;
    if (!match) return;
    event.preventDefault();
    window.open(`/docs/${encodeURIComponent(match[1])}`, '_blank', 'noopener');
  });

  window.google = window.google || {};
  window.google.script = {
    run: runner(null, null, undefined),
    host: {
      close: () => window.parent.postMessage({ type: 'pmd-close-sidebar' }, '*'),
      setHeight: () => {},
      setWidth: () => {},
      editor: { focus: () => {} },
      origin: window.location.origin,
    },
  };
})();
