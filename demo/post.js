// The post page shows the post named in its address: /post.html?id=…
const id = new URLSearchParams(location.search).get('id');
const post = document.querySelector('trade-post');
if (id && post) post.setAttribute('post-id', id);
