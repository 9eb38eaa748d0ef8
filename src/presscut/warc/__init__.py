"""Web archives (WARC 1.0/1.1): telling one by its first bytes (`detect`), reading its HTTP
responses (`read`), writing every exchange of a run (`write`). Plain data in and out; it
imports nothing else of presscut, so that the fetcher can write archives and the batch
engine read them. Nothing is imported here: `detect` alone does not load warcio.

The library is warcio (pure Python, reads and writes, undoes chunking and gzip); it was
chosen over FastWARC by measurement, see the README ("Web archives") and bench/warc.py.
"""
