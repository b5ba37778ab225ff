// Runs first on the CSP page (a 'self' script, no inline code): records every CSP violation
// and reports it, with the widgets' states, to the test in the parent window.
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  const node = event.composedPath()[0];
  const where = node instanceof Element ? ` on <${node.localName}${node.getAttribute('part') ? ` part=${node.getAttribute('part')}` : ''}> in <${node.getRootNode().host?.localName ?? 'document'}>` : '';
  window.cspViolations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}${where}`);
});
window.addEventListener('error', (event) => {
  window.cspViolations.push(`error: ${event.message}`);
});
