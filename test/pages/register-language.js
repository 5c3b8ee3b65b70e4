// A partner's own strings, registered right after the script tag and before any element code loads.
window.TradeWidgets.registerLanguage('de', { 'feed.heading': 'Neueste Beiträge', 'post.readMore': 'Weiterlesen' });
