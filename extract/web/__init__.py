"""The review page: browse a claim store, inspect each claim's tie-out, record reviewers' decisions.

``tieout serve --store tieout.db`` runs it; from Python::

    from extract.web import make_server, export_reviews
    make_server("tieout.db", "127.0.0.1", 8000).serve_forever()
    export_reviews("tieout.db", "reviews.csv")
"""
from .app import ReviewApp, make_server, serve
from .reviews import Review, ReviewError, add_review, export_reviews

__all__ = ["Review", "ReviewApp", "ReviewError", "add_review", "export_reviews", "make_server", "serve"]
