"""The body: kicker, lead and credits harvested during the prune walk (``harvest``), page
chrome cut by structure (``prune``), the main content located (``content``), blocks cleaned
by phrase rules (``clean``, ``phrases``), and teaser listings told apart (``listing``)."""
