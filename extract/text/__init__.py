"""Text utilities shared by ingest and later stages: line roles, offset-keeping views, sentences."""
