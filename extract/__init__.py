"""tieout: quantitative claims, tables and case studies from Chinese reports, tied out to their tables."""
from .api import claims_frame, extract_report, read_report, records
from .ingest import read_document

__version__ = "0.1.0"
__all__ = ["claims_frame", "extract_report", "read_document", "read_report", "records", "__version__"]
