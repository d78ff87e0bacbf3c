"""Claims: quantities of the prose with what they measure."""
from .build import assign_case_subjects, attach_claims, find_author, find_claims, find_organisations, find_year
from .context import find_aliases

__all__ = ["assign_case_subjects", "attach_claims", "find_aliases", "find_author", "find_claims",
           "find_organisations", "find_year"]
