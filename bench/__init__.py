"""The scale benchmark (issue #7): `make bench`, see docs/performance.md."""
