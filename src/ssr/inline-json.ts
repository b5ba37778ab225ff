/**
 * The text of a `<script type="application/json">` holding `value`. Only `</script` and `<!--`
 * could end or change the script's text in HTML; escaping every `<` as `\u003c` (same JSON
 * value) rules out both, whatever the strings hold. U+2028/U+2029 are valid in JSON and in
 * script text alike.
 */
export function inlineJson(value: unknown): string {
  return `<script type="application/json">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`;
}
