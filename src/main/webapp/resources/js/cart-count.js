// The number of items in the cart beside "Cart", read from a cookie: the page itself is the same for every visitor.
(function () {
  var match = document.cookie.match(/(?:^|;\s*)koinagora_cart_items=(\d{1,4})/);
  var link = document.getElementById('nav-cart');
  if (!match || !link || Number(match[1]) < 1) {
    return;
  }
  var count = document.createElement('span');
  count.className = 'cart-count';
  count.textContent = match[1];
  link.appendChild(document.createTextNode(' '));
  link.appendChild(count);
})();
