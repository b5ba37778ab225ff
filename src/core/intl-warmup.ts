/**
 * The first `Intl.DateTimeFormat` or `Intl.NumberFormat` a page builds loads the browser's ICU
 * data, once for the whole process: 20–35 ms on a fast machine, 80–220 ms at 4× CPU throttling,
 * in one task. A worker (made from a Blob, so no extra file) builds one of each first; once it
 * is done the main thread's first formatter costs a few ms. `intlWarming` is that wait while it
 * lasts, then undefined. A refusal (CSP `worker-src`, Trusted Types) only skips the warm-up.
 */
export let intlWarming: Promise<void> | undefined;

try {
  // A page that declares a policy refusing a Blob worker (or enforcing Trusted Types, where a
  // string URL is a violation) in a <meta> is not asked: the refusal would be reported. A
  // policy sent as a header is invisible here: README, Security, says what to allow.
  const refused = [...document.querySelectorAll<HTMLMetaElement>('meta[http-equiv="content-security-policy" i]')].some(({ content }) => !/blob:/.test(content) || /trusted-types/.test(content));
  if (!refused) {
    const url = URL.createObjectURL(new Blob([`let l=${JSON.stringify(document.documentElement.lang || 'en')};try{new Intl.DateTimeFormat(l,{dateStyle:'medium'}).format(0);new Intl.NumberFormat(l).format(0)}catch{}postMessage(0)`]));
    const worker = new Worker(url);
    intlWarming = new Promise<void>((done) => {
      worker.onmessage = worker.onerror = () => done();
      // A worker that never starts (a policy, a busy machine) holds nothing up for long.
      setTimeout(done, 1000);
    }).then(() => {
      worker.terminate();
      URL.revokeObjectURL(url);
      intlWarming = undefined;
    });
  }
} catch {
  // No Worker (the server renderer), or refused at once: the first formatter pays on the main thread.
}
