// htm's preact binding: tagged templates that make preact elements, `html\`<p>${text}</p>\``; values are escaped when rendered.
export { html } from "htm/preact";
export { renderToString } from "preact-render-to-string";
