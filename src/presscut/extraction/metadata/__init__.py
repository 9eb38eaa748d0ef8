"""The record's metadata: title (``title``), published date (``dates``, ``date_values``),
language (``language``), site name and section (``read``), and the markup they come from
(``metatags``, ``jsonld``). ``read.read_metadata`` runs them all."""
