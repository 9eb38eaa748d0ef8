"""The credit: byline authors (``authors``, ``byline``, ``page_bylines``, ``author_cards``),
the agency or source line and the image credit (``lines``), and the site's owner as a last
resort (``owner``)."""
