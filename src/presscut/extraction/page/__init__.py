"""Page preparation: bytes to text as a browser decodes them (``decode``), nesting capped
(``nesting``), layout tables flattened (``layout``), text a site encoded twice repaired
(``repair``)."""
