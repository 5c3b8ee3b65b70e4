// The partner's own script hands a card a raw WordPress REST API post through its `post` property
// (the first of test/pages/wordpress.json), once the element is defined.
const [post] = await (await fetch('wordpress.json')).json();
await customElements.whenDefined('trade-post');
document.querySelector('trade-post').post = post;
