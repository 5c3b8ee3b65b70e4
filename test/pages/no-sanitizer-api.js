// Stands in for a browser without the HTML Sanitizer API (Firefox and Safari today), so post bodies
// go through the DOMPurify fallback.
delete Element.prototype.setHTML;
delete ShadowRoot.prototype.setHTML;
delete Document.parseHTML;
delete window.Sanitizer;
